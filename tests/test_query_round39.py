"""Round 39 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("question", "countries"),
    [
        # One side's thing in the other's country: where the thing is, not the meeting.
        ("sáng kiến xây trường học Nga tại Việt Nam", []),
        ("lap rap o to nga tai viet nam", []),
        ("Năm Việt Nam tại Nga được hai Thủ tướng thống nhất khi nào", []),
        ("lắp ráp ô tô Nga tại Việt Nam trong chuyến thăm Nga của Trần Đại Quang", ["RU"]),
        # Near misses: where they met, after a person or a meeting.
        ("Putin gặp Tô Lâm tại Nga", ["RU"]),
        ("hội đàm Việt Nga tại Việt Nam năm 2024", ["VN"]),
    ],
)
def test_one_sides_thing_in_the_others_country_is_no_meeting_place(
    question: str, countries: list[str]
) -> None:
    q, _ = understand_in(question, TODAY, "vi")
    assert q.countries == countries, q
