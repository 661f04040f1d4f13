"""Round 21 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date

from store.language.extract import extract_meetings
from store.language.models import Article, Meeting
from tests.extracting import TODAY, meetings


def _lead(text: str, published: date | None) -> Meeting:
    return next(m for m in meetings(text, published) if not m.secondary)


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
