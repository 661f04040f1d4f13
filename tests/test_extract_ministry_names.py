"""A ministry's name that holds a planning word ("Bộ Kế hoạch và Đầu tư") names a body, not
a plan: the meeting its minister held is an event, however far back the window reaching the
verb starts."""

from __future__ import annotations

import pytest

from tests import extracting
from tests.extracting import names

HELD = [
    (
        "Bộ trưởng Kế hoạch và Đầu tư hội kiến Phó Thủ tướng Nga\nChiều 14/9/2022, tại Moskva, Bộ "
        "trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng đã hội kiến Phó Thủ tướng Liên bang Nga "
        "Alexander Novak.",
        {"Nguyễn Chí Dũng", "Alexander Novak"},
    ),
    (
        "Làm việc với Bộ Phát triển kinh tế Nga\nSáng 5/6/2019, tại Hà Nội, Thứ trưởng Bộ Kế hoạch "
        "và Đầu tư Vũ Đại Thắng đã tiếp Thứ trưởng Phát triển kinh tế Nga Azer Talybov.",
        {"Vũ Đại Thắng", "Azer Talybov"},
    ),
]


@pytest.mark.parametrize("text,who", HELD, ids=["minister", "deputy"])
def test_a_minister_of_planning_and_investment_meets(text: str, who: set[str]) -> None:
    found = extracting.meetings(text)
    assert found, "no meeting"
    assert {name for name, _ in names(found[0])} == who


def test_a_planned_meeting_of_the_same_minister_is_still_a_plan() -> None:
    text = (
        "Lịch công tác\nTheo kế hoạch, ngày 20/12/2022, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn "
        "Chí Dũng sẽ hội kiến Phó Thủ tướng Nga Alexander Novak tại Moskva."
    )
    assert not [m for m in extracting.meetings(text) if not m.secondary]
