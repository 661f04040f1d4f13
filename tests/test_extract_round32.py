"""Round 32 of extraction classes, on reports written for these tests
(tests/round32_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings

ARTICLES = Path(__file__).resolve().parent / "round32_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_day_named_by_its_weekday_alone_is_marked_inferred() -> None:
    # "Tối thứ Năm" in a report published on Thursday 16/3/2023: that Thursday, by the
    # assumption that the weekday is of the publication's week; marked as inferred.
    lead = meetings(_text("t06"), date(2023, 3, 16))[0]
    assert (lead.date, lead.date_inferred, lead.time_of_day) == ("2023-03-16", True, "tối")
    lead = meetings(_text("t06"), date(2023, 3, 17))[0]
    assert (lead.date, lead.date_inferred) == ("2023-03-16", True), lead.date
    # Near misses: the weekday with its day, or "tối qua", states the day.
    for said in ("Tối thứ Năm (16/3)", "Tối qua", "Tối thứ Năm tuần này"):
        text = _text("t06").replace("Tối thứ Năm", said)
        lead = meetings(text, date(2023, 3, 17))[0]
        assert (lead.date, lead.date_inferred) == ("2023-03-16", False), (said, lead.date)
