"""Extraction classes met on two more unseen judge sets (issue 9), on reports written for these
tests. Each class has two differently worded cases and a near-miss that keeps its reading."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings, names

# A plan word inside a body's name ("Bộ Kế hoạch và Đầu tư") where the look-back before the
# verb happens to begin: the name, not a plan.
MINISTRY_NAME_AT_THE_EDGE = """Hai Bộ trưởng hội đàm về hợp tác đầu tư

Chiều 12/3, tại Hà Nội, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Thị Thu Hà đã hội đàm với Bộ trưởng Phát triển kinh tế Nga Maxim Reshetnikov.
"""

DEPARTMENT_NAME_AT_THE_EDGE = """Khánh Hòa và Primorye bàn hợp tác

Sáng 9/8, Phó Giám đốc Sở Kế hoạch và Đầu tư Trần Quang Minh Đức đã làm việc với Phó Thống đốc vùng Primorye Konstantin Bogdanenko.
"""

A_PLAN_STAYS_A_PLAN = """Khánh Hòa và Primorye bàn hợp tác

Theo kế hoạch, Phó Giám đốc Sở Kế hoạch và Đầu tư Trần Quang Minh Đức làm việc với Phó Thống đốc vùng Primorye Konstantin Bogdanenko vào ngày 9/8.
"""


def test_a_ministry_named_for_planning_plans_nothing() -> None:
    (m,) = meetings(MINISTRY_NAME_AT_THE_EDGE, date(2023, 3, 13))
    assert names(m) == {("Nguyễn Thị Thu Hà", "VN"), ("Maxim Reshetnikov", "RU")}
    assert (m.date, m.kind, m.place) == ("2023-03-12", "hội đàm", "Hà Nội")


def test_a_provincial_department_named_for_planning_plans_nothing() -> None:
    (m,) = meetings(DEPARTMENT_NAME_AT_THE_EDGE, date(2023, 8, 10))
    assert names(m) == {("Trần Quang Minh Đức", "VN"), ("Konstantin Bogdanenko", "RU")}
    assert (m.date, m.kind) == ("2023-08-09", "làm việc")


def test_a_meeting_told_as_planned_is_still_no_meeting() -> None:
    assert meetings(A_PLAN_STAYS_A_PLAN, date(2023, 8, 10)) == []
