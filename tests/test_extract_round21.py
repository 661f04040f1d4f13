"""Round 21 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date

from store.language.extract import extract_meetings
from store.language.models import Article, Meeting
from tests.extracting import TODAY, meetings


def _lead(text: str, published: date | None) -> Meeting:
    return next(m for m in meetings(text, published) if not m.secondary)


def _side(m: Meeting, country: str) -> list[str]:
    return [p.name for p in m.participants if p.country == country]


def _lead_of_month(text: str, year: int, month: int) -> Meeting:
    """The lead meeting of a report whose page gives only the month it came out (a URL's
    '/201404/')."""
    article = Article(
        text=text, source="t.txt", published=date(year, month, 1), published_precision="month"
    )
    return next(m for m in extract_meetings(article, today=TODAY) if not m.secondary)


# A weekday between the time of day and a day written with a dash, or in brackets.
WEEKDAY_DASHED = """Chủ tịch UBND tỉnh tiếp Thống đốc vùng Nga
{when}, Chủ tịch UBND tỉnh Khánh Hòa Nguyễn Chiến Thắng tiếp Thống đốc vùng Tomsk Sergei Zhvachkin cùng đoàn công tác đang thăm tỉnh.
Hai bên bàn về hợp tác du lịch và giáo dục.
"""


def test_a_dashed_day_after_a_weekday_is_the_meetings_day() -> None:
    for when in ("Sáng thứ Năm 17-4", "Chiều thứ Năm (17-4)", "Thứ Năm, 17-4"):
        m = _lead_of_month(WEEKDAY_DASHED.format(when=when), 2014, 4)
        assert m.date == "2014-04-17", when
        assert not m.date_inferred, when


def test_the_time_of_day_before_a_weekday_is_kept() -> None:
    m = _lead(WEEKDAY_DASHED.format(when="Chiều thứ Năm 17/4"), date(2014, 4, 18))
    assert (m.date, m.time_of_day) == ("2014-04-17", "chiều")


def test_an_ordinal_before_a_dashed_number_is_no_weekday() -> None:
    # Near miss: "lần thứ năm" counts; "17-4" after it is no day without another lead.
    text = WEEKDAY_DASHED.format(when="Tại phiên họp lần thứ năm 17-4 thành viên có mặt")
    assert _lead_of_month(text, 2014, 4).date != "2014-04-17"


# A general's rank before his name and his office after it: the office's country is his.
RANKED_FOREIGN = """Bộ trưởng Quốc phòng tiếp xúc song phương tại Moskva
Ngày 15/8/2018, tại Moskva, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã gặp {who}, trao đổi về hợp tác đào tạo.
Hai bên nhất trí tăng cường trao đổi đoàn.
"""


def test_a_ranked_officer_of_a_third_country_is_not_the_russian_side() -> None:
    text = RANKED_FOREIGN.format(who="Thiếu tướng Petr Sidorenko, Bộ trưởng Quốc phòng Kazakhstan")
    for m in meetings(text, date(2018, 8, 16)):
        assert "Petr Sidorenko" not in _side(m, "RU")


def test_a_ranked_russian_officer_stays_russian() -> None:
    # Near miss: the same shape with a Russian office.
    text = RANKED_FOREIGN.format(who="Thượng tướng Petr Sidorenko, Thứ trưởng Bộ Quốc phòng Nga")
    assert _side(_lead(text, date(2018, 8, 16)), "RU") == ["Petr Sidorenko"]


# An act told in a "sau khi …" clause before the one the sentence reports.
AFTER_CLAUSE = """Bộ Xây dựng làm việc với đoàn Nga
Nhân chuyến thăm Việt Nam của Thủ tướng Nga Mikhail Mishustin, sau khi hai Thủ tướng hội đàm tại Hà Nội hôm 14/1, chiều 15/1 Bộ trưởng Bộ Xây dựng Trần Hồng Minh đã làm việc với ông Pavel Sorokin, Thứ trưởng Bộ Giao thông Liên bang Nga.
Hai bên bàn về hợp tác đường sắt tốc độ cao.
"""


def test_an_act_in_a_sau_khi_clause_is_not_the_sentences_act() -> None:
    m = _lead(AFTER_CLAUSE, date(2025, 1, 16))
    assert (m.date, m.kind) == ("2025-01-15", "làm việc")
    assert _side(m, "VN") == ["Trần Hồng Minh"]
    assert _side(m, "RU") == ["Pavel Sorokin"]


def test_a_sau_khi_clause_with_no_act_after_it_keeps_its_act() -> None:
    # Near miss: the clause's act is the only one the sentence tells.
    text = (
        "Hai Thủ tướng hội đàm\nChiều 14/1, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với"
        " Thủ tướng Nga Mikhail Mishustin sau khi chủ trì lễ đón chính thức.\n"
    )
    m = _lead(text, date(2025, 1, 15))
    assert (m.date, m.kind) == ("2025-01-14", "hội đàm")


# An act on the sidelines of an event told by the event's days: some day of them.
EVENT_SPAN = """Petrovietnam làm việc với đối tác Nga
Bên lề Diễn đàn Năng lượng Nga diễn ra từ 12-14/10, ông Lê Mạnh Hùng, Tổng Giám đốc Petrovietnam đã làm việc với ông Vadim Yakovlev, Phó Tổng Giám đốc Gazprom Neft.
Hai bên bàn về các dự án thăm dò.
"""


def test_an_act_beside_an_event_of_several_days_gets_their_month() -> None:
    m = _lead(EVENT_SPAN, date(2022, 10, 16))
    assert m.date == "2022-10"


def test_a_visit_over_several_days_keeps_its_first_day() -> None:
    # Near miss: a visit's own days ("thăm … từ 12-14/10") start the visit.
    text = (
        "Phó Thủ tướng thăm Nga\nTừ 12-14/10, Phó Thủ tướng Lê Minh Khái thăm chính thức Liên"
        " bang Nga và hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko.\n"
    )
    assert _lead(text, date(2022, 10, 16)).date == "2022-10-12"


# A year a long plan is told for is no year of the meeting.
PLANNED_LONG = """Bộ trưởng Ngoại giao gặp Ngoại trưởng Nga
Chiều 1/8, bên lề hội nghị tại Bangkok, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh gặp Bộ trưởng Ngoại giao Nga Sergei Lavrov. Hai bên nhất trí phối hợp chuẩn bị chu đáo các hoạt động kỷ niệm 70 năm thiết lập quan hệ ngoại giao giữa hai nước vào năm 2020.
"""


def test_the_year_of_a_plan_told_at_length_dates_no_meeting() -> None:
    assert _lead(PLANNED_LONG, None).date != "2020-08-01"


# A photo caption naming an act that the body tells as co-chaired, after another act.
COCHAIRED = """Tham vấn chính trị Việt Nam - Nga lần thứ 10
Nhân dịp sang Hà Nội, ông Igor Morgulov, Thứ trưởng Ngoại giao Nga đã được Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp chiều 3/4.
Ảnh: {caption}
Sáng 4/4, tại Trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Đỗ Hùng Việt và Thứ trưởng Igor Morgulov đã đồng chủ trì cuộc tham vấn chính trị lần thứ 10 giữa hai Bộ Ngoại giao.
Hai bên trao đổi về hợp tác tại các diễn đàn đa phương.
"""


def test_the_captions_act_co_chaired_in_the_body_leads() -> None:
    caption = "Thứ trưởng Đỗ Hùng Việt và Thứ trưởng Igor Morgulov tại phiên tham vấn."
    m = _lead(COCHAIRED.format(caption=caption), date(2023, 4, 5))
    assert m.date == "2023-04-04"
    assert _side(m, "VN") == ["Đỗ Hùng Việt"]


def test_a_caption_naming_the_reception_keeps_it() -> None:
    # Near miss: the caption shows the reception told first.
    caption = "Bộ trưởng Bùi Thanh Sơn tiếp Thứ trưởng Igor Morgulov."
    m = _lead(COCHAIRED.format(caption=caption), date(2023, 4, 5))
    assert (m.date, m.kind) == ("2023-04-03", "tiếp")


# A page's own "today" above the headline, and a wire's dateline with another day.
HEADER_AND_DATELINE = """QĐND Online | Thứ Bảy, 08/03/2025 - 14:20
Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nga
MOSKVA, ngày {day} - Nhân dịp dự Hội nghị an ninh quốc tế, chiều nay, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Đại tướng {russian}, Bộ trưởng Quốc phòng Liên bang Nga.
Hai bên nhất trí đẩy mạnh hợp tác đào tạo.
"""


def test_a_dateline_another_day_than_the_page_header_is_the_reports_today() -> None:
    # "chiều nay" is the dateline's 15-8, not the header's 8/3; the header's year is not
    # the report's, and 15/8/2024 was after Shoigu left the ministry.
    text = HEADER_AND_DATELINE.format(day="15-8", russian="Sergei Shoigu")
    m = _lead(text, None)
    assert m.date not in ("2025-03-08", "2024-08-15")
    assert m.date is None or m.date_inferred


def test_a_dateline_within_days_of_the_byline_counts_from_it() -> None:
    # Near miss: the line on top is the byline, the dateline a day before it.
    text = HEADER_AND_DATELINE.format(day="7-3", russian="Andrei Belousov")
    assert _lead(text, None).date == "2025-03-07"


def test_an_office_after_a_ranked_name_checks_the_date() -> None:
    # "Đại tướng X, Bộ trưởng Quốc phòng …": Shoigu held that office until May 2024.
    text = (
        "Hội đàm quốc phòng\nChiều 15/8, tại Moskva, Đại tướng Phan Văn Giang, Bộ trưởng Bộ"
        " Quốc phòng đã hội đàm với Đại tướng {russian}, Bộ trưởng Quốc phòng Liên bang Nga.\n"
    )
    assert _lead(text.format(russian="Sergei Shoigu"), date(2025, 8, 16)).date != "2025-08-15"
    # Near miss: his successor held it then.
    assert _lead(text.format(russian="Andrei Belousov"), date(2025, 8, 16)).date == "2025-08-15"


# A live page marked "CẬP NHẬT": entries under clock times happen on the byline's day.
LIVE_PAGE = """CẬP NHẬT | Thủ tướng Nga thăm chính thức Việt Nam
14/01/2025 - 18:20

17:40 - Họp báo
Hai Thủ tướng gặp gỡ báo chí sau hội đàm.

15:10 - Hội đàm
Sau lễ đón, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail Mishustin tại Trụ sở Chính phủ. Hai bên bàn về hợp tác năng lượng và giáo dục.

14:00 - Lễ đón chính thức
Lễ đón diễn ra trọng thể.
"""


def test_entries_of_a_live_page_marked_cap_nhat_are_of_its_day() -> None:
    m = _lead(LIVE_PAGE, None)
    assert (m.date, m.kind) == ("2025-01-14", "hội đàm")


def test_a_byline_saying_cap_nhat_makes_no_live_page() -> None:
    # Near miss: "Cập nhật 17:25, 05/09/2019" is a byline; the page has no timed entries.
    text = (
        "Bộ trưởng Công Thương gặp Bộ trưởng Nga\nCập nhật 17:25, 05/09/2019\nTại Vladivostok,"
        " Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã gặp Bộ trưởng Phát triển Viễn Đông Nga"
        " Alexander Kozlov. Hai bên bàn về đầu tư.\n"
    )
    assert _lead(text, None).date is None


# The day and the city of talks a photo caption shows; the body tells the talks without them.
CAPTIONED_DAY = """Ảnh: {caption} (Ảnh: TTXVN)

Quốc hội hai nước tăng cường hợp tác

Trong chuyến thăm chính thức Liên bang Nga, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko. Hai bên nhất trí thúc đẩy hợp tác thương mại và giáo dục.
"""


def test_a_caption_gives_the_talks_their_day_and_city() -> None:
    caption = (
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và Chủ tịch Hội đồng Liên bang Nga Valentina"
        " Matviyenko tại hội đàm ở Moskva, ngày 9/12/2019."
    )
    m = _lead(CAPTIONED_DAY.format(caption=caption), None)
    assert (m.date, m.place) == ("2019-12-09", "Moskva")


def test_a_caption_of_another_act_lends_no_day() -> None:
    # Near miss: the caption shows the Speaker with someone else.
    caption = (
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và Chủ tịch Duma Quốc gia Vyacheslav Volodin"
        " tại hội đàm ở Moskva, ngày 10/12/2019."
    )
    assert _lead(CAPTIONED_DAY.format(caption=caption), None).date != "2019-12-10"


# A news brief's items after bullets, one with a dateline.
BRIEFS = """TIN VẮN | 21/11/2024 06:00

▪ MOSKVA - Hôm qua, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an đã hội đàm với Đại tướng cảnh sát Vladimir Kolokoltsev, Bộ trưởng Bộ Nội vụ Liên bang Nga. Hai bên nhất trí tăng cường phòng, chống tội phạm.

▪ Công an TP Hà Nội khuyến cáo người dân cảnh giác với các cuộc gọi giả danh.
"""


def test_a_dateline_after_a_briefs_bullet_is_where_it_was() -> None:
    m = _lead(BRIEFS, None)
    assert (m.date, m.place) == ("2024-11-20", "Moskva")


# A site's bar line among the few lines of a short report.
BAR_LINE = """Báo Điện tử Quốc phòng
Đăng ký nhận tin | Đường dây nóng: 0243.111.2222

Ngày 6/5/2023, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã tiếp Đại sứ Nga Gennady Bezdetko.
Hai bên nhất trí lập đường dây nóng giữa hai Bộ Quốc phòng và tăng cường hợp tác đào tạo.
"""


def test_a_sites_bar_line_is_no_key_point() -> None:
    points = _lead(BAR_LINE, None).key_points
    assert not any("0243" in p for p in points)
    # Near miss: a sentence about a hotline between the two sides is one.
    assert any("lập đường dây nóng" in p for p in points)
