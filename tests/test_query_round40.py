"""Round 40 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("question", "period"),
    [
        # "Việt Nam trước G20": the place's "Nam", then "trước" (before) the summit, is not
        # "năm trước" (last year), typed with marks or without.
        ("Lavrov sang Việt Nam trước G20", None),
        ("ngoai truong nga sang viet nam truoc g20", None),
        ("Putin tới Quảng Nam trước hội nghị", None),
        # Near misses: the year word after the place, or "năm trước" alone, is last year.
        ("Lavrov sang Việt Nam năm trước", (date(2025, 1, 1), date(2025, 12, 31))),
        ("lavrov sang viet nam nam truoc", (date(2025, 1, 1), date(2025, 12, 31))),
        ("Lavrov gặp Bùi Thanh Sơn năm trước", (date(2025, 1, 1), date(2025, 12, 31))),
    ],
)
def test_a_place_ending_in_nam_before_truoc_is_no_year(
    question: str, period: tuple[date, date] | None
) -> None:
    q, _ = understand_in(question, TODAY, "vi")
    got = (q.date_from, q.date_to) if q.date_from else None
    assert got == period, q
