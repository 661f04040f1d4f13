"""Round 19 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date | None):
    return next(m for m in meetings(text, published) if not m.secondary)


def _names(m) -> list[str]:
    return [p.name for p in m.participants]


# A plan word inside a capitalised name ("Ban Chuẩn bị") before the verb plans nothing.
PLAN_WORD_IN_NAME = """Thủ tướng tiếp Phó Thủ tướng Nga
Sáng 12/3/2023, tại trụ sở Ban Chuẩn bị Hội nghị, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga Dmitry Chernyshenko.
"""

# Near miss: the same words as a plan at the head of the sentence stay a plan.
PLAN_AT_HEAD = """Thủ tướng sẽ tiếp Phó Thủ tướng Nga
Theo chương trình, chiều 12/3/2023, Thủ tướng Phạm Minh Chính sẽ tiếp Phó Thủ tướng Nga Dmitry Chernyshenko.
"""


def test_a_plan_word_inside_a_name_plans_nothing() -> None:
    m = _lead(PLAN_WORD_IN_NAME, date(2023, 3, 12))
    assert _names(m) == ["Phạm Minh Chính", "Dmitry Chernyshenko"]
    assert (m.date, m.kind) == ("2023-03-12", "tiếp")


def test_a_plan_at_the_head_of_the_sentence_stays_a_plan() -> None:
    assert all(m.date != "2023-03-12" or m.secondary for m in meetings(PLAN_AT_HEAD, date(2023, 3, 1)))
