"""Round 36 of extraction classes, on reports written for these tests
(tests/round36_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round36_articles"


def _text(prefix: str) -> str:
    return written(ARTICLES, prefix)


def _replaced(prefix: str, old: str, new: str) -> str:
    return rewritten(ARTICLES, prefix, old, new)


def test_the_month_of_a_visit_recalled_in_a_meeting_is_not_the_meetings() -> None:
    # "Trong cuộc gặp Tổng thống Nga …, Chủ tịch nước … nhắc lại chuyến thăm … hồi tháng 7":
    # July is the visit's; the meeting, told again from the sentence before ("Bên lề Tuần lễ
    # Cấp cao APEC tại Vladivostok, Chủ tịch nước … đã có nhiều cuộc gặp song phương"), is
    # where that sentence places it.
    lead = meetings(_text("t01"), date(2012, 9, 9))[0]
    assert names(lead) == {("Trương Tấn Sang", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert (lead.date, lead.place) == (None, "Vladivostok")
    # Near misses: the meeting's own "Hồi tháng 7" is its month; a sentence before about
    # someone else places nothing.
    own = _replaced(
        "t01",
        "Trong cuộc gặp Tổng thống Nga Vladimir Putin, Chủ tịch nước Trương Tấn Sang nhắc lại"
        " chuyến thăm chính thức Liên bang Nga hồi tháng 7 và đề",
        "Hồi tháng 7, Chủ tịch nước Trương Tấn Sang đã gặp Tổng thống Nga Vladimir Putin và đề",
    )
    assert meetings(own, date(2012, 9, 9))[0].date == "2012-07"
    other = _replaced(
        "t01", "Chủ tịch nước Trương Tấn Sang đã có nhiều cuộc gặp", "Thủ tướng Nhật Bản đã có"
    )
    assert meetings(other, date(2012, 9, 9))[0].place is None


def test_an_act_told_beside_the_one_reported_is_not_the_story() -> None:
    # "Bên cạnh cuộc hội đàm với Tổng thống Putin tại Điện Kremlin, tại St. Petersburg, Chủ
    # tịch nước … đã hội kiến Chủ tịch Hội đồng Liên bang Nga …": the reception is reported.
    lead = meetings(_text("t02"))[0]
    assert names(lead) == {("Trương Tấn Sang", "VN"), ("Valentina Matviyenko", "RU")}
    assert (lead.place, lead.kind) == ("Saint Petersburg", "hội kiến")


def test_the_acts_a_visitor_came_after_do_not_name_the_meeting() -> None:
    # "… đã gặp Chủ tịch Duma …", then "vui mừng đón ông … đến thành phố sau các cuộc hội đàm,
    # hội kiến với lãnh đạo cấp cao Việt Nam tại Hà Nội": the meeting is no reception, and
    # not in Hà Nội.
    lead = meetings(_text("t03"), date(2019, 10, 13))[0]
    assert names(lead) == {("Nguyễn Thiện Nhân", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.date, lead.place, lead.kind) == ("2019-10-12", "TP Hồ Chí Minh", "gặp")
    # Near miss: the same list opening the sentence ("sau các cuộc hội đàm, hội kiến … tại Hà
    # Nội, Bí thư … đã gặp …") ends at its last act's comma.
    opening = _replaced(
        "t03",
        "Ngày 12-10, Bí thư",
        "Ngày 12-10, sau các cuộc hội đàm, hội kiến với lãnh đạo cấp cao tại Hà Nội, Bí thư",
    )
    lead = meetings(opening, date(2019, 10, 13))[0]
    assert (lead.place, lead.kind) == ("TP Hồ Chí Minh", "gặp")


def test_a_visit_told_again_after_its_announcement_is_still_to_come() -> None:
    # "… sẽ thăm chính thức Liên bang Nga trong thời gian tới. Thông tin được … cho biết sáng
    # nay. Đây là chuyến thăm chính thức Nga đầu tiên của ông …": no visit took place.
    assert meetings(_text("t04"), date(2023, 11, 20)) == []
    # Near miss: a visit that took place, told again so, is one.
    done = _replaced(
        "t04",
        "sẽ thăm chính thức Liên bang Nga trong thời gian tới",
        "đã thăm chính thức Liên bang Nga từ ngày 25 đến 28/11/2023",
    )
    lead = meetings(done, date(2023, 11, 29))[0]
    assert (lead.kind, lead.date) == ("thăm", "2023-11-25")


def test_an_envoys_headline_names_its_act_not_the_principal_s() -> None:
    # "Đặc phái viên của Chủ tịch nước Lương Cường hội kiến Tổng thống Nga …" over "…, Bộ
    # trưởng … cũng đã hội đàm với Ngoại trưởng Nga …": the President's office is the one the
    # envoy acts for, named with him, not one the headline's act needs a holder of.
    found = meetings(_text("t05"), date(2025, 4, 12))
    lead = found[0]
    assert names(lead) == {("Bùi Thanh Sơn", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2025-04-11", "Moskva", "hội kiến")
    assert [m.kind for m in found[1:]] == ["hội đàm"]


def test_here_is_the_one_place_the_sentence_before_names() -> None:
    # "Tòa nhà Quốc hội ở Hà Nội là điểm dừng thứ hai … Chiều 15/1, tại đây, Chủ tịch Quốc hội
    # … đã hội kiến …": in Hà Nội.
    lead = meetings(_text("t06"), date(2025, 1, 16))[0]
    assert (lead.date, lead.place) == ("2025-01-15", "Hà Nội")
    # Near miss: two places before "tại đây": neither is sure.
    two = _replaced(
        "t06",
        "Tòa nhà Quốc hội ở Hà Nội là điểm dừng thứ hai",
        "Sau Hà Nội và TP Hồ Chí Minh, đây là điểm dừng thứ hai",
    )
    assert meetings(two, date(2025, 1, 16))[0].place is None


def test_talks_the_lead_tells_of_both_are_the_story_named_where_the_text_returns() -> None:
    # "Lễ đón chính thức Tổng thống … Putin … sáng 12/11, ngay trước khi hai nhà lãnh đạo bước
    # vào hội đàm." … "Tại cuộc hội đàm, Chủ tịch nước Trương Tấn Sang khẳng định …": the
    # talks, not the visit its inviter (the General Secretary) is named in.
    lead = meetings(_text("t07"))[0]
    assert names(lead) == {("Trương Tấn Sang", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2013-11-12", "Hà Nội", "hội đàm")
    # Near miss: where the text returns to the talks it names the same side only; the
    # visit is what the lead tells of both sides by name.
    one_side = _replaced(
        "t07",
        "Tại cuộc hội đàm, Chủ tịch nước Trương Tấn Sang khẳng định",
        "Tại cuộc hội đàm, Tổng thống Putin khẳng định",
    )
    assert meetings(one_side)[0].kind == "thăm"


def test_an_outlets_tag_before_the_lead_is_no_sentence_of_the_report() -> None:
    # "TGVN. Bên lề Hội nghị … tại Jakarta, Indonesia, Bộ trưởng … đã có cuộc gặp …" under
    # a headline of the meeting: the tag does not hide the sentence that places it.
    lead = meetings(_text("t08"))[0]
    assert names(lead) == {("Bùi Thanh Sơn", "VN"), ("Sergei Lavrov", "RU")}, names(lead)
    assert (lead.place, lead.kind) == ("Jakarta", "gặp")


def test_an_outlet_named_online_is_no_meeting_held_online() -> None:
    # "… hội đàm với Thủ tướng Medvedev" over "QĐND Online - Ngày 15/6, tại thành phố St.
    # Petersburg, …" and "cùng ngày, Thủ tướng … đã hội đàm …": the talks are in St.
    # Petersburg; the outlet's name is no "trực tuyến".
    lead = meetings(_text("t09"))[0]
    assert names(lead) == {("Nguyễn Xuân Phúc", "VN"), ("Dmitry Medvedev", "RU")}, names(lead)
    assert lead.place == "Saint Petersburg"
    # Near miss: talks the headline says were held online have no place.
    online = _replaced(
        "t09", "hội đàm với Thủ tướng Medvedev", "hội đàm trực tuyến với Thủ tướng Medvedev"
    )
    assert meetings(online)[0].place is None


def test_a_headlines_act_told_again_with_a_year_of_a_title_keeps_its_place() -> None:
    # "Nhân dịp tham dự Hội nghị Cấp cao ASEAN - Nga … tại thành phố Hà Nội, Tổng thống … đã
    # có cuộc hội kiến với Thủ tướng …, Chủ tịch ASEAN năm 2010.": the sentence tells the
    # headline's reception again; the year is the chair's, and the place the reception's.
    lead = meetings(_text("t10"))[0]
    assert names(lead) == {("Nguyễn Tấn Dũng", "VN"), ("Dmitry Medvedev", "RU")}, names(lead)
    assert (lead.place, lead.kind) == ("Hà Nội", "hội kiến")


def test_a_courtesy_call_within_a_visits_days_is_on_one_of_them() -> None:
    # "Trong khuôn khổ chuyến thăm chính thức Việt Nam (từ 5 đến 7-4), Thủ tướng … đã đến chào
    # Tổng Bí thư …": a reception (the headline's "tiếp"), in April, on a day not told; not
    # the visit, dated its first day.
    lead = meetings(_text("t11"), date(2015, 4, 7))[0]
    assert names(lead) == {("Nguyễn Phú Trọng", "VN"), ("Dmitry Medvedev", "RU")}, names(lead)
    assert (lead.kind, lead.date) == ("tiếp", "2015-04")
    # Near miss: the call's own day is its date.
    dated = _replaced("t11", "(từ 5 đến 7-4), Thủ tướng", "ngày 6-4, Thủ tướng")
    assert meetings(dated, date(2015, 4, 7))[0].date == "2015-04-06"


def test_the_year_something_was_set_up_is_not_the_meetings() -> None:
    # "Ngày 12-11, …" with no year anywhere but "quan hệ … mà hai bên vừa xác lập năm 2012":
    # the partnership's year, not the reception's, which stays without a date.
    lead = meetings(_text("t12"))[0]
    assert lead.date is None
    # Near miss: a year the text tells of the relations in general is the one it mentions.
    other = _replaced("t12", "mà hai bên vừa xác lập năm 2012", "trong năm 2013")
    found = meetings(other)[0]
    assert (found.date, found.date_inferred) == ("2013-11-12", True)


def test_the_day_of_the_occasion_is_not_the_day_a_message_was_sent() -> None:
    # "Tổng thống … đã gửi điện mừng ông X nhân dịp ông được Quốc hội bầu …" then "Ngày 2/3, …
    # Quốc hội … đã bầu ông X …": the election's day; when the message went is not told.
    lead = meetings(_text("t13"), date(2023, 3, 3))[0]
    assert (lead.kind, lead.date) == ("điện mừng", None)
    # Near miss: the message's own day.
    own = _replaced(
        "t13",
        "Tổng thống Liên bang Nga Vladimir Putin đã gửi điện mừng",
        "Ngày 3/3, Tổng thống Liên bang Nga Vladimir Putin đã gửi điện mừng",
    )
    assert meetings(own, date(2023, 3, 3))[0].date == "2023-03-03"


def test_a_sentence_told_as_before_the_act_lends_it_no_day() -> None:
    # "… đã hội đàm với Bộ trưởng Năng lượng Liên bang Nga …" then "Trước đó, ngày 14/10, Bộ
    # trưởng … đã làm việc với lãnh đạo Tập đoàn Zarubezhneft": that day is another act's.
    lead = meetings(_text("t14"), date(2024, 10, 16))[0]
    assert names(lead) == {("Nguyễn Hồng Diên", "VN"), ("Sergei Tsivilev", "RU")}, names(lead)
    assert (lead.date, lead.place) == (None, "Moskva")
    # Near miss: the talks told again with their day.
    told = _replaced(
        "t14",
        "Trước đó, ngày 14/10, Bộ trưởng Nguyễn Hồng Diên đã làm việc với lãnh đạo Tập đoàn"
        " Zarubezhneft về các dự án dầu khí chung.",
        "Cuộc hội đàm diễn ra sáng 15/10.",
    )
    assert meetings(told, date(2024, 10, 16))[0].date == "2024-10-15"
