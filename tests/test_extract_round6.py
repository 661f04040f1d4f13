"""Classes that gave no meeting, a wrong name, place or date on unseen articles (issue 9,
round 6), on short reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.models import Meeting
from tests import extracting
from tests.extracting import names


def meetings(text: str, published: date | None = None) -> list[Meeting]:
    return extracting.meetings(text, published)


def lead(text: str, published: date | None = None) -> Meeting:
    found = meetings(text, published)
    assert found, "no meeting"
    return found[0]


# ------------------------------------- a year-less day resolved from the publication date

YEARLESS = [
    (
        " date 2014-05-21 \nTrưởng Ban Đối ngoại Trung ương tiếp đoàn Đảng Nước Nga Thống nhất\n"
        "Chiều 20/5, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Hoàng Văn Minh đã tiếp ông Pavel "
        "Kozlov, Phó Chủ tịch Duma Quốc gia Nga.",
        date(2014, 5, 21),
        "2014-05-20",
    ),
    (
        "Phó Thủ tướng làm việc với đoàn đại biểu Đảng Nước Nga Thống nhất\n"
        "Sáng 3/11, Phó Thủ tướng Trịnh Văn Đông đã làm việc với ông Anton Belov, Phó Chủ tịch "
        "Duma Quốc gia Nga, tại trụ sở Chính phủ.",
        date(2017, 11, 4),
        "2017-11-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), YEARLESS)
def test_a_headline_ending_in_a_holiday_word_leaves_the_leads_day(
    text: str, published: date, day: str
) -> None:
    assert lead(text, published).date == day


def test_a_holiday_in_the_dates_own_sentence_is_still_no_meeting_day() -> None:
    m = lead(
        "Nhân dịp kỷ niệm ngày Thống nhất 30/4, sáng 2/5, tại Hà Nội, Thủ tướng Phạm Minh Chính "
        "đã tiếp Đại sứ Nga Gennady Bezdetko.",
        date(2025, 5, 2),
    )
    assert m.date == "2025-05-02"
