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


def test_a_port_named_for_a_place_is_in_that_place() -> None:
    # "tại cảng quốc tế Hải Phòng": the port of the city, as "tại sân bay quốc tế …" is.
    lead = meetings(_text("t03"))[0]
    assert names(lead) == {("Trần Văn Tuấn", "VN"), ("Oleg Pavlov", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2024-08-12", "Hải Phòng"), (lead.date, lead.place)
    assert "cảng quốc tế Hải Phòng" in lead.evidence["place"]
    # Near miss: a port the data does not know is no place, whatever city it lies by.
    text = _text("t03").replace("cảng quốc tế Hải Phòng", "cảng quốc tế Lạch Huyện")
    assert meetings(text)[0].place is None
