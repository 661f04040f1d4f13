"""Round 30 of extraction classes (issue 9), on reports written for these tests
(tests/round30_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.language.dates import find_dates
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


def test_what_was_said_at_the_meeting_is_no_meeting_with_whom_it_thanks() -> None:
    # "Tại buổi gặp, ông X cảm ơn sự quan tâm của Chủ tịch nước, … các lô 05-2/10 và 12-11/9":
    # the meeting told before, named again; the President it thanks was not there, and the
    # blocks' numbers are no days.
    found = meetings(_text("t04"))
    assert len(found) == 1, [(m.date, names(m)) for m in found]
    lead = found[0]
    assert names(lead) == {("Ngô Đức Mạnh", "VN"), ("Alexander Dyukov", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2021-09-14", "Saint Petersburg")
    # Near miss: an act of its own in that sentence is one.
    text = _text("t04").replace(
        "Tại buổi gặp, ông Dyukov cảm ơn sự quan tâm của Chủ tịch nước, cho biết",
        "Chiều cùng ngày, ông Dyukov đã gặp Phó Thủ tướng Lê Văn Thành và cho biết",
    )
    assert any(
        names(m) == {("Lê Văn Thành", "VN"), ("Alexander Dyukov", "RU")} for m in meetings(text)
    )


def test_a_day_and_month_joined_to_a_number_before_them_is_a_code() -> None:
    found = find_dates("đầu tư vào các lô 09-1, 09-3/12 và 05-2/10", date(2023, 3, 16))
    assert found == [], found
    # Near misses: a range of days, and a day alone.
    assert [(d.day, d.end_day, d.month) for d in find_dates("từ ngày 15-17/6", None)] == [
        (15, 17, 6)
    ]
    assert [(d.day, d.month) for d in find_dates("Chiều 3/12, tại Moskva", None)] == [(3, 12)]


def _people(found: list) -> list[tuple[str | None, set]]:  # type: ignore[type-arg]
    return [(m.date, {p.name for p in m.participants}) for m in found]


def test_a_years_review_listing_visits_clause_by_clause_pairs_no_one_across_them() -> None:
    # "tháng 3, Bộ trưởng X làm việc tại Moskva; tháng 11, Chủ tịch nước Y thăm Nga và hội đàm
    # với Tổng thống Z": X did not meet Z. The report's own talks (named by title, the holder
    # named the sentence before) lead, and "Chiều cùng ngày" is their day.
    found = meetings(_text("t05"), date(2021, 12, 30))
    # Y's visit keeps the month opening its clause ("tháng 11, Chủ tịch nước Y thăm …").
    assert _people(found) == [
        ("2021-12-14", {"Vương Đình Huệ", "Vyacheslav Volodin"}),
        ("2021-11", {"Nguyễn Xuân Phúc"}),
        ("2021-12-14", {"Vương Đình Huệ", "Konstantin Vnukov"}),
    ], _people(found)
    assert found[2].time_of_day == "chiều"
    # Near miss: a first clause naming both sides is an act reported, and leads; the acts
    # after it keep their own day and the holder the article names, not the March one's.
    text = _text("t05").replace(
        "Phan Văn Giang làm việc tại Moskva",
        "Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nga Sergei Shoigu tại Moskva",
    )
    found = meetings(text, date(2021, 12, 30))
    assert {"Phan Văn Giang", "Sergei Shoigu"} == _people(found)[0][1]
    assert ("2021-12-14", {"Vương Đình Huệ", "Konstantin Vnukov"}) in _people(found)


def test_an_invitation_opening_a_clause_of_a_plan_is_no_visit() -> None:
    # "nhận lời mời của Tổng thống X, Chủ tịch nước Y sẽ dẫn đầu đoàn … tham dự …": an
    # announced trip; the invitation opens the clause, the plan is told after it.
    assert meetings(_text("t06"), date(2023, 6, 5)) == []
    # Near miss: the same opening before an arrival told as done is a visit.
    text = _text("t06").replace(
        "Chủ tịch nước Võ Văn Thưởng sẽ dẫn đầu",
        "chiều 14/6, Chủ tịch nước Võ Văn Thưởng đã dẫn đầu",
    )
    lead = meetings(text, date(2023, 6, 14))[0]
    assert (lead.date, lead.kind) == ("2023-06-14", "thăm"), (lead.date, lead.kind)


def test_a_bracketed_dateline_is_the_day_its_relative_words_count_from() -> None:
    # "(Hà Nội, 14/3) - Chiều nay, …" published the next morning: "this afternoon" is the
    # dateline's day, not the publication's.
    lead = meetings(_text("t08"), date(2024, 3, 15))[0]
    assert (lead.date, lead.time_of_day) == ("2024-03-14", "chiều"), lead.date
    # Near miss: an outlet's tag in brackets gives no day; "chiều nay" is the publication's.
    text = _text("t08").replace("(Hà Nội, 14/3) - ", "(Chinhphu.vn) - ")
    assert meetings(text, date(2024, 3, 15))[0].date == "2024-03-15"
