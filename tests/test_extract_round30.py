"""Round 30 of extraction classes (issue 9), on reports written for these tests
(tests/round30_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round30_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_an_act_told_months_from_another_borrows_no_day() -> None:
    # "Chuyến thăm diễn ra ba tháng sau khi ông X tiếp Y tại Moskva" under the day of the
    # visit the page is about: the reception was months earlier, on a day the page never
    # gives, so it has no date (not the visit's month, inferred).
    lead = meetings(_text("t01"))[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}, names(lead)
    assert (lead.date, lead.place) == (None, "Moskva"), (lead.date, lead.place)
    # Near miss: a day before is, as a rule, the same month: that month, inferred.
    text = _text("t01").replace("ba tháng sau khi", "một ngày sau khi")
    near = meetings(text)[0]
    assert (near.date, near.date_inferred) == ("2024-12", True), (near.date, near.date_inferred)
