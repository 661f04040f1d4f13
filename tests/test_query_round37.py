"""Round 37 of question readings (store.language.query.understand)."""

from __future__ import annotations

from datetime import date

from store.language.foreign_question import understand_in
from store.language.query import understand

TODAY = date(2026, 12, 6)


def test_a_season_is_its_months() -> None:
    # "mùa hè 2017": May to August of 2017, not the whole year; winter runs into February.
    for asked, lang in (
        ("Nguyễn Phú Trọng gặp Putin mùa hè 2017", None),
        ("nguyen phu trong gap putin mua he nam 2017", None),
        ("Did Nguyen Phu Trong meet Putin in the summer of 2017?", "en"),
        ("Встреча Нгуен Фу Чонга с Путиным летом 2017 года", "ru"),
    ):
        q = understand_in(asked, TODAY, lang)[0] if lang else understand(asked, TODAY)
        assert (q.date_from, q.date_to) == (date(2017, 5, 1), date(2017, 8, 31)), asked
    winter = understand("Putin gặp Tô Lâm mùa đông năm 2023", TODAY)
    assert (winter.date_from, winter.date_to) == (date(2023, 11, 1), date(2024, 2, 29))
    # Near misses: "mua" of "hợp đồng mua bán 2019" is no season, nor a season without its
    # year, as a fair's name ("Hội chợ Mùa thu Vàng") writes it.
    q = understand("hợp đồng mua bán 2019", TODAY)
    assert (q.date_from, q.date_to) == (date(2019, 1, 1), date(2019, 12, 31))
    assert understand("Hội chợ Nông sản Mùa thu Vàng ở Moskva", TODAY).date_from is None


def test_becoming_partners_is_asked_as_the_year_it_happened() -> None:
    # "trở thành / nâng quan hệ lên đối tác chiến lược toàn diện khi nào": the event's year
    # (store/data/anniversaries.json), its words left to rank the reports that say them.
    for asked, lang in (
        ("Việt Nam và Nga trở thành đối tác chiến lược toàn diện khi nào?", None),
        ("quan hệ Việt - Nga được nâng lên đối tác chiến lược toàn diện năm nào", None),
        ("When did Vietnam and Russia become comprehensive strategic partners?", "en"),
        ("Когда Россия и Вьетнам стали всеобъемлющими стратегическими партнёрами?", "ru"),
    ):
        q = understand_in(asked, TODAY, lang)[0] if lang else understand(asked, TODAY)
        assert (q.date_from, q.date_to) == (date(2012, 1, 1), date(2012, 12, 31)), asked
        assert any("doi tac chien luoc toan dien" in p for p in q.phrases), (asked, q.phrases)
    # Near misses: the partnership furthered is no event of a year; one year written wins.
    assert understand("thúc đẩy quan hệ đối tác chiến lược toàn diện", TODAY).date_from is None
    q = understand("nâng quan hệ lên đối tác chiến lược toàn diện năm 2013", TODAY)
    assert q.date_from == date(2013, 1, 1)


def test_question_words_end_a_phrase() -> None:
    # "… đối tác chiến lược toàn diện khi nào": no article says "toàn diện khi nào".
    q = understand("Việt Nam và Nga trở thành đối tác chiến lược toàn diện ở đâu", TODAY)
    assert not any("o dau" in p for p in q.phrases), q.phrases
    q = understand("tuyên bố chung về tầm nhìn được ký khi nào", TODAY)
    assert not any("khi nao" in p for p in q.phrases), q.phrases


def test_the_place_of_another_trip_is_not_where_they_met() -> None:
    # "… sau khi thăm Triều Tiên", "… trước hội nghị G20 ở Bali": where the trip went before
    # or after; it ranks the reports that name it.
    q = understand("Putin đến Hà Nội sau khi thăm Triều Tiên thì hội đàm với ai", TODAY)
    assert (q.places, q.countries) == (["Hà Nội"], []), (q.places, q.countries)
    q = understand("Lavrov gặp ai ở Hà Nội trước khi sang Bắc Kinh", TODAY)
    assert q.places == ["Hà Nội"], q.places
    # Near misses: the place he came to, or left from, is where he met them.
    assert understand("sau khi đến Moskva, Tô Lâm hội đàm với ai", TODAY).places == ["Moskva"]
    q = understand("trước khi rời Hà Nội, Lavrov gặp ai", TODAY)
    assert q.places == ["Hà Nội"], q.places
    assert understand("Tô Lâm hội đàm với ai ở Triều Tiên", TODAY).countries == ["KP"]


def test_a_visit_offered_is_no_kind_asked() -> None:
    # "X mời Y thăm Nga trong cuộc điện đàm": a call is asked, the visit only offered.
    for asked in (
        "Putin mời Chủ tịch nước Nguyễn Xuân Phúc thăm Nga trong cuộc điện đàm",
        "tran dai quang dien dam moi putin tham viet nam",
    ):
        assert understand(asked, TODAY).kinds == ["điện đàm"], asked
    # Near misses: "mới thăm" (has just visited), "moi tham" typed without marks, and a
    # visit made at an invitation ("theo lời mời", "nhận lời mời") are visits asked.
    for asked in (
        "Putin mới thăm Việt Nam",
        "Putin moi tham Viet Nam nam 2024",
        "Phúc thăm Nga theo lời mời của Putin",
        "Tô Lâm nhận lời mời thăm Nga",
    ):
        assert understand(asked, TODAY).kinds == ["thăm"], asked


def test_more_countries_are_a_third_side() -> None:
    # "Tổng thống Thụy Sĩ Guy Parmelin": Switzerland was not in countries.json, so "Tổng
    # thống Thụy" read as a name and the meetings of whichever page named Parmelin answered.
    for asked, country in (
        ("Chủ tịch nước hội đàm với Tổng thống Thụy Sĩ Guy Parmelin", "Thụy Sĩ"),
        ("Thủ tướng gặp Thủ tướng Hà Lan năm 2024", "Hà Lan"),
        ("Bộ trưởng Ngoại giao tiếp Ngoại trưởng Ai Cập", "Ai Cập"),
    ):
        assert country in understand(asked, TODAY).foreign, asked
    # Near misses: Russia's president is a side of ours; a country after "ở" is a place.
    assert understand("Chủ tịch nước hội đàm với Tổng thống Nga", TODAY).foreign == []
    assert understand("gặp nhau ở Thụy Sĩ năm 2019", TODAY).countries == ["CH"]


def test_after_an_occasion_named_at_length_is_the_days_after_it() -> None:
    # "sau lễ diễu binh Ngày Chiến thắng 9/5": the day and the week after it (the occasion's
    # name ran past the words "sau" was looked for in, and the week before was asked), any
    # year the store has, as for "9/5" alone.
    q = understand("Tô Lâm gặp Putin sau lễ diễu binh Ngày Chiến thắng 9/5", TODAY)
    assert (q.date_from, q.date_to, q.year_open) == (date(2026, 5, 9), date(2026, 5, 16), True)
    # Near miss: "nhân" the occasion is the day and the week before it, and the few days
    # its visits go on after it (questions.json visits_after).
    q = understand("Putin gặp ai nhân Ngày Chiến thắng 9/5/2025", TODAY)
    assert (q.date_from, q.date_to) == (date(2025, 5, 2), date(2025, 5, 12))


def test_a_meeting_counted_from_is_named_by_its_place_and_period() -> None:
    # "sau cuộc hội đàm với Medvedev ở Moskva tháng 5/2016, Thủ tướng Phúc gặp ai ở Sochi":
    # Moskva, May 2016, Medvedev and "hội đàm" name the meeting counted from; Sochi and Phúc
    # the one asked.
    q = understand(
        "Sau hội đàm với Medvedev ở Moskva tháng 5/2016, Thủ tướng Phúc gặp ai ở Sochi?", TODAY
    )
    counted = q.counted_from
    assert counted is not None and (counted.side, counted.place) == ("after", "Moskva")
    assert (counted.start, counted.end) == (date(2016, 5, 1), date(2016, 5, 31))
    assert (counted.people, q.leaders, q.places) == (
        ["Dmitry Medvedev"],
        ["Nguyễn Xuân Phúc"],
        ["Sochi"],
    )
    assert (q.date_from, q.kinds) == (None, [])
    q = understand("Trước cuộc hội đàm ở Sochi năm 2018, lần gần nhất Trọng gặp Putin?", TODAY)
    counted = q.counted_from
    assert counted is not None and (counted.side, counted.place, q.places) == (
        "before",
        "Sochi",
        [],
    )
    # Near misses: where they went and met, or left from, is the place asked.
    for asked in (
        "sau khi đến Moskva, Tô Lâm hội đàm với ai",
        "trước khi rời Hà Nội, Lavrov gặp ai",
    ):
        q = understand(asked, TODAY)
        assert q.counted_from is None and q.places, asked
