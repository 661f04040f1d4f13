"""Round 33 of extraction classes, on reports written for these tests
(tests/round33_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.language.models import Article
from store.services.sources import load_paths
from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round33_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_reception_is_read_past_guests_described_by_their_past() -> None:
    # "Cùng dự có … cựu sinh viên từng học tập tại Liên Xô" between the reception and the
    # ambassador who speaks at it: "từng" describes the guests, it recalls no act.
    lead = meetings(_text("t01"), date(2017, 6, 13))[0]
    assert names(lead) == {("Phùng Quốc Hiển", "VN"), ("Konstantin Vnukov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2017-06-12", "Hà Nội", "dự lễ")


def test_a_guest_listed_after_tham_du_co_attends_the_reception() -> None:
    # "Tham dự có Thứ trưởng Ngoại giao Nga Igor Vladimirovich Morgulov, …": at talks such a
    # line lists who watched; at a reception it lists its guests, parties to it.
    lead = meetings(_text("t02"), date(2016, 9, 4))[0]
    assert names(lead) == {("Nguyễn Thanh Sơn", "VN"), ("Igor Morgulov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2016-09-02", "Moskva", "dự lễ")
    # Near miss: at talks, "Tham dự buổi hội đàm có …" lists watchers, not parties.
    text = (
        "Bộ trưởng Ngoại giao hội đàm với Ngoại trưởng Nga\n\n"
        "Chiều 5/4/2016, tại Hà Nội, Bộ trưởng Ngoại giao Phạm Bình Minh hội đàm với Ngoại"
        " trưởng Nga Sergei Lavrov. Tham dự buổi hội đàm có Thứ trưởng Ngoại giao Nga Igor"
        " Vladimirovich Morgulov.\n"
    )
    lead = meetings(text, date(2016, 4, 6))[0]
    assert names(lead) == {("Phạm Bình Minh", "VN"), ("Sergei Lavrov", "RU")}, names(lead)


def test_a_visit_recalled_in_a_speech_at_the_ceremony_does_not_end_it() -> None:
    # "Phát biểu tại lễ kỷ niệm, Phó Chủ tịch nước khẳng định chuyến thăm … hồi tháng 6 năm
    # ngoái …", then "Đại sứ Nga … Konstantin Vnukov cảm ơn …": the ambassador spoke there.
    lead = meetings(_text("t03"), date(2018, 1, 30))[0]
    assert names(lead) == {("Đặng Thị Ngọc Thịnh", "VN"), ("Konstantin Vnukov", "RU")}
    assert (lead.date, lead.place, lead.kind) == ("2018-01-29", "Hà Nội", "dự lễ")
    # A Russian named in what was said is of the visit recalled, not a guest of the ceremony.
    said = _text("t03").replace(
        "chuyến thăm chính thức Nga của Chủ tịch nước Trần Đại Quang hồi tháng 6 năm ngoái",
        "chuyến thăm Việt Nam của Thủ tướng Dmitry Medvedev hồi tháng 4 năm ngoái",
    )
    assert said != _text("t03")
    lead = meetings(said, date(2018, 1, 30))[0]
    assert names(lead) == {("Đặng Thị Ngọc Thịnh", "VN"), ("Konstantin Vnukov", "RU")}
    # Near miss: an earlier act told as such, not said at the ceremony, ends the reading: its
    # Russian (Medvedev) is no guest of this one.
    recalled = _text("t03").replace(
        "Phát biểu tại lễ kỷ niệm, Phó Chủ tịch nước khẳng định chuyến thăm chính thức Nga của"
        " Chủ tịch nước Trần Đại Quang hồi tháng 6 năm ngoái đã đưa",
        "Hồi tháng 6 năm ngoái, Chủ tịch nước Trần Đại Quang đã hội kiến Thủ tướng Dmitry"
        " Medvedev tại Moskva, đưa",
    )
    assert recalled != _text("t03")
    for m in meetings(recalled, date(2018, 1, 30)):
        assert ("Đặng Thị Ngọc Thịnh", "VN") not in names(m) or m.kind != "dự lễ", names(m)


def test_messages_exchanged_the_same_day_are_beside_the_reception() -> None:
    # A reception both sides attend, then "Cùng ngày, Chủ tịch nước X và Tổng thống Y đã trao
    # đổi điện mừng": the reception is the story, the messages are told beside it.
    found = meetings(_text("t04"), date(2015, 1, 30))
    assert [(m.kind, m.secondary) for m in found] == [("dự lễ", False), ("điện mừng", True)]
    assert names(found[0]) == {("Nguyễn Thị Doan", "VN"), ("Andrei Kovtun", "RU")}
    assert (found[0].date, found[0].place) == ("2015-01-30", "Hà Nội")
    assert names(found[1]) == {("Trương Tấn Sang", "VN"), ("Vladimir Putin", "RU")}
    # Near miss: with no Russian at the reception, the messages are the page's act.
    alone = _text("t04").replace("Đại sứ Andrey Kovtun cho biết hai bên", "Ban tổ chức cho biết")
    found = meetings(alone, date(2015, 1, 30))
    assert [(m.kind, m.secondary) for m in found] == [("điện mừng", False)], found


def test_characters_that_show_nothing_do_not_split_a_name(tmp_path: Path) -> None:
    # Pages carry zero-width spaces, joiners and soft hyphens inside names ("Vnu\u200bkov"):
    # reading a file drops them as it makes the text NFC.
    for i, hidden in enumerate(("\u200b", "\u00ad", "\u2060", "\ufeff")):
        path = tmp_path / f"t01_{i}.txt"
        text = _text("t01").replace("Konstantin Vnukov", f"Konstantin Vnu{hidden}kov")
        path.write_text(text, encoding="utf-8")
        (article,) = load_paths([path])
        assert isinstance(article, Article) and hidden not in article.text, repr(hidden)
        lead = meetings(article.text, date(2017, 6, 13))[0]
        assert ("Konstantin Vnukov", "RU") in names(lead), (repr(hidden), names(lead))


def test_the_act_named_again_with_where_it_was_held_places_it() -> None:
    # "Tại hội đàm ở Hà Nội, hai Thủ tướng nhất trí …" after talks told with no place.
    lead = meetings(_text("t05"), date(2018, 11, 19))[0]
    assert names(lead) == {("Nguyễn Xuân Phúc", "VN"), ("Dmitry Medvedev", "RU")}
    assert (lead.date, lead.place, lead.kind) == ("2018-11-18", "Hà Nội", "hội đàm")
    # Near misses: said with no place, or of another act ("Tại cuộc gặp ở Moskva năm 2016"),
    # it places nothing.
    for said in ("Tại hội đàm, hai Thủ tướng", "Tại cuộc gặp ở Moskva năm 2016, hai Thủ tướng"):
        text = _text("t05").replace("Tại hội đàm ở Hà Nội, hai Thủ tướng", said)
        assert text != _text("t05")
        assert meetings(text, date(2018, 11, 19))[0].place is None, said


def test_a_visit_called_off_is_no_meeting() -> None:
    # "chuyến thăm …, dự kiến từ ngày 14 đến 16/4, đã được hai bên thống nhất hoãn lại": the
    # planned days are no meeting's date, and the talks it would have held are only a plan.
    assert meetings(_text("t06"), date(2020, 4, 6)) == []
    for said in ("đã bị hủy", "đã được lùi lại", "sẽ không diễn ra"):
        text = _text("t06").replace("đã được hai bên thống nhất hoãn lại", said)
        assert text != _text("t06")
        assert meetings(text, date(2020, 4, 6)) == [], said
    # Near miss: held after all ("vốn bị hoãn …, đã diễn ra sáng nay").
    held = (
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Hội đồng Liên bang Nga\n\n"
        "Sáng 9/12/2020, tại Hà Nội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ"
        " tịch Hội đồng Liên bang Nga Valentina Matviyenko; cuộc hội đàm, vốn bị hoãn từ tháng"
        " 4 do dịch COVID-19, đã diễn ra trong không khí thân tình.\n"
    )
    lead = meetings(held, date(2020, 12, 9))[0]
    assert (lead.date, lead.kind) == ("2020-12-09", "hội đàm"), lead
    # Nor is an act whose sides said something was cancelled ("… khẳng định … đã bị hủy").
    said = held.replace(
        "; cuộc hội đàm, vốn bị hoãn từ tháng 4 do dịch COVID-19, đã diễn ra trong không khí"
        " thân tình.",
        ", khẳng định các rào cản với hàng xuất khẩu của Việt Nam đã bị hủy.",
    )
    assert said != held
    lead = meetings(said, date(2020, 12, 9))[0]
    assert (lead.date, lead.kind) == ("2020-12-09", "hội đàm"), lead


def test_a_report_the_next_sentence_calls_untrue_is_no_meeting() -> None:
    # A correction: 'Báo điện tử đăng tin "X hội đàm với Y tại Moskva". Thông tin này không
    # chính xác.' The talks were reported, wrongly; they were not held.
    assert meetings(_text("t07"), date(2022, 10, 14)) == []
    # Near miss: a next sentence that calls nothing untrue leaves the report read.
    text = _text("t07").replace(
        "Thông tin này không chính xác.", "Thông tin này được nhiều báo đăng."
    )
    assert text != _text("t07")
    found = meetings(text, date(2022, 10, 14))
    assert found and names(found[0]) == {("Nguyễn Hồng Diên", "VN"), ("Denis Manturov", "RU")}


def test_an_office_held_before_does_not_bar_the_day() -> None:
    # "nguyên Chủ tịch nước Trương Tấn Sang đã tiếp …" in 2018: his presidency ended in 2016,
    # but "nguyên" says so; the day written (14/8) is the meeting's.
    lead = meetings(_text("t08"), date(2018, 8, 15))[0]
    assert names(lead) == {("Trương Tấn Sang", "VN"), ("Ivan Melnikov", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2018-08-14", "Long An"), lead.date
    # Near miss: titled as holding the office then, the day does not fit it.
    text = _text("t08").replace("nguyên Chủ tịch nước Trương", "Chủ tịch nước Trương")
    assert meetings(text, date(2018, 8, 15))[0].date is None


def test_a_meeting_recalled_with_its_year_is_dated_by_it() -> None:
    # "Chủ tịch Quốc hội nhắc lại cuộc hội đàm trực tuyến với Chủ tịch Duma … năm 2021": the
    # recalled talks are of 2021, not undated (and so not counted by the report's day).
    found = meetings(_text("t09"), date(2022, 3, 10))
    assert [(m.kind, m.secondary) for m in found] == [("tiếp", False), ("hội đàm", True)]
    assert (found[1].date, found[1].date_inferred) == ("2021", False), found[1].date
    assert "năm 2021" in found[1].evidence["date"]
    # Near misses: a year after the report's is a plan's, and a span's first year is no date.
    for said in ("năm 2023", "năm 2021 - 2022", "năm 2021 đến nay"):
        text = _text("t09").replace("Volodin năm 2021", f"Volodin {said}")
        assert text != _text("t09")
        assert meetings(text, date(2022, 3, 10))[1].date is None, said


def test_a_provinces_seat_since_the_two_tier_reform_is_the_province() -> None:
    # "tại trụ sở UBND tỉnh" in a report of October 2025: Vietnam's cities below the province
    # are gone (and merged provinces' seats moved): the act is placed in Nghệ An, not Vinh.
    lead = meetings(_text("t10"), date(2025, 10, 21))[0]
    assert names(lead) == {("Lê Hồng Vinh", "VN"), ("Andrei Belyakov", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2025-10-20", "Nghệ An"), lead.place
    # Near miss: the same report a year earlier places it at the seat city.
    text = _text("t10").replace("21/10/2025", "21/10/2024")
    assert text != _text("t10")
    assert meetings(text, date(2024, 10, 21))[0].place == "Vinh"
