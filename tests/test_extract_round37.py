"""Round 37 of extraction classes, on reports written for these tests
(tests/round37_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round37_articles"


def _text(prefix: str) -> str:
    return written(ARTICLES, prefix)


def _replaced(prefix: str, old: str, new: str) -> str:
    return rewritten(ARTICLES, prefix, old, new)


def test_a_dated_clause_of_another_person_lends_the_visit_before_it_nothing() -> None:
    # "…; ít lâu sau, Chủ tịch Quốc hội X thăm chính thức Liên bang Nga, và tháng 12/2016,
    # Chủ tịch Quốc hội Y sang Moskva …": December 2016 and Moskva are Y's trip, not X's visit.
    found = meetings(_text("t01"))
    hung = [m for m in found if ("Nguyễn Sinh Hùng", "VN") in names(m)]
    assert all(m.date is None and m.place != "Moskva" for m in hung), hung
    assert names(found[0]) == {("Nguyễn Thị Kim Ngân", "VN"), ("Vyacheslav Volodin", "RU")}
    # Near miss: a date opening the visitor's own clause is his visit's.
    own = _replaced("t01", "ít lâu sau, Chủ tịch", "tháng 3/2014, Chủ tịch")
    hung = [m for m in meetings(own) if ("Nguyễn Sinh Hùng", "VN") in names(m)]
    assert [m.date for m in hung] == ["2014-03"], hung


def test_the_place_of_what_a_trip_came_before_is_not_the_meetings() -> None:
    # "Trong chuyến công tác tại Liên bang Nga trước khi tham dự Diễn đàn … tại Saint
    # Petersburg, …, X đã hội kiến Y tại thủ đô Moskva": the forum's city is where he went next.
    lead = meetings(_text("t02"))[0]
    assert names(lead) == {("Vương Đình Huệ", "VN"), ("Valentina Matviyenko", "RU")}
    assert (lead.date, lead.place) == ("2019-06-05", "Moskva")
    # Near misses: with no place of its own the meeting is not placed at the forum; a trip
    # that takes in the forum ("và tham dự …") was there.
    alone = _replaced("t02", " tại thủ đô Moskva.", ".")
    assert meetings(alone)[0].place != "Saint Petersburg"
    both = _replaced("t02", "trước khi tham dự", "và tham dự").replace(" tại thủ đô Moskva.", ".")
    assert meetings(both)[0].place == "Saint Petersburg"


def test_a_caption_at_the_acts_venue_gives_its_day() -> None:
    # "… hội đàm … tại Nhà Quốc hội" told without a day, under a caption "X và Y tại Nhà
    # Quốc hội ngày 12/9": the talks' day.
    lead = meetings(_text("t03"), date(2024, 9, 12))[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.date, lead.place) == ("2024-09-12", "Hà Nội")
    # Near miss: the two pictured at another venue of the city, on a day of another act.
    elsewhere = _replaced(
        "t03", "tại Nhà Quốc hội ngày 12/9", "tại Lăng Chủ tịch Hồ Chí Minh ngày 12/9"
    )
    assert meetings(elsewhere, date(2024, 9, 12))[0].date is None


def test_every_pair_of_a_list_exchanging_messages_is_a_party() -> None:
    # "Cùng dịp này, Thủ tướng X và Thủ tướng Y; Chủ tịch Quốc hội A với Chủ tịch Duma B
    # cũng đã trao đổi điện mừng": both pairs exchanged messages of the occasion, folded with
    # the leaders' exchange told first (not only the pair nearest the verb).
    lead = meetings(_text("t04"), date(2025, 1, 30))[0]
    assert lead.kind == "điện mừng"
    assert names(lead) == {
        ("Tô Lâm", "VN"),
        ("Phạm Minh Chính", "VN"),
        ("Trần Thanh Mẫn", "VN"),
        ("Vladimir Putin", "RU"),
        ("Mikhail Mishustin", "RU"),
        ("Vyacheslav Volodin", "RU"),
    }, names(lead)


def test_a_caption_of_the_pages_day_dates_and_places_the_act() -> None:
    # "Sau phiên họp, Thủ tướng X có cuộc gặp với Tổng thống Y" without a day or a place,
    # under a byline of 1/9/2025 and a caption "X và Y tại Thiên Tân ngày 1/9": that day,
    # there.
    lead = meetings(_text("t05"))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Vladimir Putin", "RU")}
    assert (lead.date, lead.place) == ("2025-09-01", "Thiên Tân")
    # Near miss: a photograph of another day (from the archive) dates nothing.
    archive = _replaced("t05", "tại Thiên Tân ngày 1/9.", "tại Thiên Tân ngày 12/5.")
    assert meetings(archive)[0].date is None


def test_an_items_label_and_a_signing_before_split_no_one_from_the_act() -> None:
    # "Hội kiến Chủ tịch Quốc hội: Sau lễ ký kết các văn kiện, Chủ tịch Quốc hội X và Thủ tướng
    # Y hội kiến": the label and the signing told before named acts of their own, each
    # window holding one side, and the reception was lost.
    found = meetings(_text("t06"))
    assert names(found[0]) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")}
    assert {("Trần Thanh Mẫn", "VN"), ("Mikhail Mishustin", "RU")} in [names(m) for m in found]
    # Near miss: an item naming one side only reports no meeting of its own.
    alone = _replaced(
        "t06",
        "Sau lễ ký kết các văn kiện, Chủ tịch Quốc hội Trần Thanh Mẫn và Thủ tướng Mikhail"
        " Mishustin hội kiến, trao đổi",
        "Chủ tịch Quốc hội Trần Thanh Mẫn đề nghị trao đổi",
    )
    assert all(("Trần Thanh Mẫn", "VN") not in names(m) for m in meetings(alone))


def test_beside_the_sessions_of_the_event_told_just_before() -> None:
    # "… đã có mặt tại Vladivostok trong những ngày diễn ra Diễn đàn Kinh tế phương Đông …",
    # then "Bên lề các phiên họp, X … hội kiến với Y": the sessions are that event's.
    lead = meetings(_text("t07"))[0]
    assert names(lead) == {("Nguyễn Hồng Diên", "VN"), ("Yuri Trutnev", "RU")}
    assert lead.place == "Vladivostok"
    # Near miss: a sentence about something else between them: the sessions are no longer
    # told to be that event's.
    apart = _replaced(
        "t07",
        "Diễn đàn Kinh tế phương Đông lần thứ 8.",
        "Diễn đàn Kinh tế phương Đông lần thứ 8. Thời tiết những ngày này khá lạnh.",
    )
    assert meetings(apart)[0].place is None
    # Nor are the sessions of an event named otherwise ("bên lề Hội nghị APEC").
    other = _replaced("t07", "Bên lề các phiên họp,", "Bên lề Hội nghị APEC,")
    assert meetings(other)[0].place != "Vladivostok"


def test_the_city_a_visitor_left_places_the_acts_of_the_visit() -> None:
    # "… tiếp Thủ tướng Nga … nhân dịp ông thăm chính thức Việt Nam", then "Cùng ngày, … cũng
    # đã gặp … trước khi rời Hà Nội": the visit was in Hà Nội.
    lead = meetings(_text("t08"))[0]
    assert names(lead) == {("Nguyễn Phú Trọng", "VN"), ("Dmitry Medvedev", "RU")}
    assert lead.place == "Hà Nội"
    # Near miss: leaving the country names no city.
    country = _replaced("t08", "trước khi rời Hà Nội", "trước khi rời Việt Nam")
    assert meetings(country)[0].place is None


def test_talks_after_the_welcome_are_where_it_was_held() -> None:
    # "Sau lễ đón chính thức, Chủ tịch nước X đã hội đàm với Y" and a caption "Lễ đón chính
    # thức … tại Phủ Chủ tịch": the talks were in Hà Nội.
    lead = meetings(_text("t09"))[0]
    assert names(lead) == {("Tô Lâm", "VN"), ("Vladimir Putin", "RU")}
    assert lead.place == "Hà Nội"
    # Near miss: talks told on their own are not placed by the welcome.
    alone = _replaced("t09", "Sau lễ đón chính thức, Chủ tịch", "Cùng ngày, Chủ tịch")
    assert meetings(alone)[0].place is None
