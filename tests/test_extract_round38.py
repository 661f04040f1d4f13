"""Round 38 of extraction classes, on reports written for these tests
(tests/round38_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round38_articles"


def _text(prefix: str) -> str:
    return written(ARTICLES, prefix)


def _replaced(prefix: str, old: str, new: str) -> str:
    return rewritten(ARTICLES, prefix, old, new)


def test_a_message_sent_for_an_anniversary_is_of_its_month() -> None:
    # "Nhân dịp kỷ niệm 70 năm … (30/1/1950 - 30/1/2020), X đã gửi điện mừng tới Y", no other
    # day: the message went out for that day, so January 2020, marked inferred.
    lead = meetings(_text("t01"))[0]
    assert names(lead) == {("Nguyễn Thị Kim Ngân", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.kind, lead.date, lead.date_inferred) == ("điện mừng", "2020-01", True)
    # Near misses: an anniversary without its days gives no month; nor does a meeting held
    # for the anniversary (any day around it), only a message.
    bare = _replaced("t01", " (30/1/1950 - 30/1/2020)", "")
    assert meetings(bare)[0].date is None
    held = _replaced("t01", "đã gửi điện mừng tới", "đã hội đàm với")
    assert meetings(held)[0].date is None


def test_a_message_sent_for_an_election_is_of_the_elections_month() -> None:
    # "… được bầu làm Tổng Bí thư ngày 3/8": the congratulations of a page of 4 August.
    text = _replaced(
        "t01",
        "Nhân dịp kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Liên bang Nga"
        " (30/1/1950 - 30/1/2020), Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã gửi điện mừng tới"
        " Chủ tịch Duma Quốc gia Liên bang Nga Vyacheslav Volodin.",
        "Chủ tịch Duma Quốc gia Liên bang Nga Vyacheslav Volodin đã gửi điện mừng Chủ tịch"
        " Quốc hội Trần Thanh Mẫn. Ông Trần Thanh Mẫn được Quốc hội bầu làm Chủ tịch Quốc hội"
        " ngày 20/5.",
    )
    lead = meetings(text, date(2024, 5, 21))[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.date, lead.date_inferred) == ("2024-05", True)


def test_an_anniversarys_span_gives_a_datelines_year() -> None:
    # "Mát-xcơ-va, 30/1 (TTXVN) – Nhân dịp kỷ niệm … (30/1/1950 - 30/1/2020), X và Y đã trao
    # đổi điện mừng", no publication date: of the years the two held office, the one the
    # anniversary counts to.
    lead = meetings(_text("t02"))[0]
    assert names(lead) == {("Phạm Bình Minh", "VN"), ("Sergei Lavrov", "RU")}
    assert (lead.date, lead.date_inferred) == ("2020-01-30", True)
    # Near miss: without the span, two ministers in office for ten years leave it open.
    bare = _replaced("t02", " (30/1/1950 - 30/1/2020)", "")
    assert meetings(bare)[0].date is None


def test_a_day_after_the_page_is_no_day_of_the_meeting_it_reports() -> None:
    # A page of 22 June telling a meeting held for the parade, the parade "vào ngày 24/6" in
    # the next sentence: that day is still to come, not the meeting's.
    lead = meetings(_text("t03"), date(2020, 6, 22))[0]
    assert names(lead) == {("Ngô Xuân Lịch", "VN"), ("Sergei Shoigu", "RU")}
    assert lead.place == "Moskva"
    assert lead.date is None
    # Near miss: on a page of 25 June the parade's day may be the meeting's, as before.
    assert meetings(_text("t03"), date(2020, 6, 25))[0].date == "2020-06-24"


def test_an_act_during_a_visit_whose_days_are_told_far_after_it_has_its_month() -> None:
    # "Trong khuôn khổ chuyến thăm chính thức Liên bang Nga của Chủ tịch nước X từ ngày 26 đến
    # 28-7-2012, tại Moskva, Chủ tịch nước đã hội kiến Y": some day of the visit, not its first.
    lead = meetings(_text("t04"))[0]
    assert names(lead) == {("Trương Tấn Sang", "VN"), ("Dmitry Medvedev", "RU")}
    assert (lead.date, lead.date_inferred, lead.place) == ("2012-07", True, "Moskva")
    # Near miss: the days with no trip told before them are the act's.
    own = _replaced(
        "t04",
        "Trong khuôn khổ chuyến thăm chính thức Liên bang Nga của Chủ tịch nước Trương Tấn Sang"
        " từ ngày 26 đến 28-7-2012, tại Moskva, Chủ tịch nước",
        "Ngày 26-7-2012, tại Moskva, Chủ tịch nước Trương Tấn Sang",
    )
    assert meetings(own)[0].date == "2012-07-26"


def test_what_was_said_after_talks_is_no_plan_of_them() -> None:
    # "Thủ tướng Nga cho biết hai nước sẽ đẩy mạnh …, sau cuộc hội đàm với Thủ tướng X": the
    # talks were held; the "sẽ" is what he said about them.
    lead = meetings(_text("t05"))[0]
    assert names(lead) == {("Nguyễn Tấn Dũng", "VN"), ("Dmitry Medvedev", "RU")}
    assert (lead.kind, lead.place) == ("hội đàm", "Hà Nội")
    # Near miss: with no one saying it, the plan is the talks' own: nothing held yet.
    planned = _replaced(
        "t05", "Thủ tướng Nga cho biết hai nước sẽ đẩy mạnh", "Hai nước sẽ đẩy mạnh"
    )
    assert all(m.kind != "hội đàm" for m in meetings(planned))


def test_cooperation_against_covid_is_health() -> None:
    # "Về phòng, chống COVID-19, hai bên …": the field is health, as "phòng chống dịch" is.
    text = _replaced(
        "t02",
        "nhất trí tiếp tục thực hiện",
        "đẩy mạnh hợp tác phòng, chống COVID-19 và nhất trí tiếp tục thực hiện",
    )
    assert "y tế" in meetings(text)[0].sectors


def test_whoever_meets_the_visitor_that_day_was_not_at_his_wreath_laying() -> None:
    # "Ngày 12/11, Tổng thống Putin đặt vòng hoa và vào lăng viếng …", then "Cũng trong ngày
    # 12/11, tại Hà Nội, Chủ tịch Quốc hội X đã hội kiến Tổng thống Putin" and X named again:
    # the meeting is the reception; X is no party of the ceremony.
    lead = meetings(_text("t06"), date(2013, 11, 12))[0]
    assert names(lead) == {("Nguyễn Sinh Hùng", "VN"), ("Vladimir Putin", "RU")}
    assert (lead.kind, lead.date, lead.place) == ("hội kiến", "2013-11-12", "Hà Nội")


def test_the_welcome_before_the_act_told_again_by_its_two_sides_places_it() -> None:
    # Headline "Chủ tịch Quốc hội X hội đàm với Chủ tịch Duma Quốc gia Nga Y", then "Sau lễ
    # đón chính thức tại Nhà Quốc hội, hai Chủ tịch đã hội đàm": the talks were in Hà Nội.
    lead = meetings(_text("t07"))[0]
    assert names(lead) == {("Vương Đình Huệ", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.kind, lead.place) == ("hội đàm", "Hà Nội")
    # Near miss: told as to come after the welcome, the talks are not placed by it.
    planned = _replaced("t07", "hai Chủ tịch đã hội đàm", "hai Chủ tịch sẽ hội đàm")
    assert meetings(planned)[0].place is None


def test_an_envoy_named_in_the_headline_is_not_posted_where_the_next_sentence_is() -> None:
    # Headline "… tiếp Đại sứ Liên bang Nga", then "Tại Đà Nẵng, Chủ tịch UBND thành phố X đã
    # tiếp Đại sứ …": Đà Nẵng is where they met, not where the ambassador is posted.
    lead = meetings(_text("t08"))[0]
    assert names(lead) == {("Lê Trung Chinh", "VN"), ("Gennady Bezdetko", "RU")}
    assert (lead.kind, lead.place) == ("tiếp", "Đà Nẵng")
    # Near miss: without it, "Đại sứ … tại Việt Nam" in the sentence says where he is posted,
    # and the page no city of the act.
    posted = _replaced("t08", "Tại Đà Nẵng, Chủ tịch", "Chủ tịch")
    assert meetings(posted)[0].place is None
