"""Round 26 of extraction classes (issue 9), on reports written for these tests
(tests/round26_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings

ARTICLES = Path(__file__).resolve().parent / "round26_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_the_year_of_a_whole_years_figure_does_not_date_the_meeting() -> None:
    # "kim ngạch … năm 2016 đạt hơn 3,8 tỷ USD" is told once 2016 is over: the session's
    # "Ngày 14/10" has no year the article gives.
    lead = meetings(_text("t01"))[0]
    assert lead.date is None, lead.date
    # Near misses: the year written with the day, or in the headline, still dates it.
    text = _text("t01").replace("Ngày 14/10,", "Ngày 14/10/2017,")
    assert meetings(text)[0].date == "2017-10-14"
    text = _text("t01").replace("Liên bang Nga\n", "Liên bang Nga năm 2017\n", 1)
    assert meetings(text)[0].date == "2017-10-14", meetings(text)[0].date
