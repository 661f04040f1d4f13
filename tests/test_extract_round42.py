"""Round 42 of extraction classes, on reports written for these tests
(tests/round42_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round42_articles"


def test_the_month_of_a_guests_stay_is_the_acts_by_inference() -> None:
    # "X tiếp Y đang thăm và làm việc tại Việt Nam trong tháng 10/2019": the month is the
    # stay's; the reception fell in it, which the page does not say in so many words.
    lead = meetings(written(ARTICLES, "t01"), None)[0]
    assert (lead.kind, lead.date, lead.date_inferred) == ("tiếp", "2019-10", True)
    # Near miss: the month written as the act's own ("Trong tháng 10/2019, X đã tiếp Y đang
    # thăm …") is stated.
    own = rewritten(
        ARTICLES,
        "t01",
        "Tại Trụ sở Chính phủ, Phó Thủ tướng",
        "Trong tháng 10/2019, tại Trụ sở Chính phủ, Phó Thủ tướng",
    ).replace(" trong tháng 10/2019.", ".")
    lead = meetings(own, None)[0]
    assert (lead.date, lead.date_inferred) == ("2019-10", False)


def test_a_headline_act_told_of_the_same_day_takes_the_day_given_before() -> None:
    # "… ngày 18/11/2018, buổi sáng Y hội đàm với Z. Cùng ngày, tại Nhà Quốc hội, X đã tiếp
    # Y." under the headline "X tiếp Y": the reception is of that day.
    lead = meetings(written(ARTICLES, "t02"), None)[0]
    assert (lead.kind, lead.date, lead.date_inferred) == ("tiếp", "2018-11-18", False)
    assert "Nguyễn Thị Kim Ngân" in {p.name for p in lead.participants}
    # Near miss: without "Cùng ngày" the day of the talks is not the reception's.
    other = rewritten(ARTICLES, "t02", "Cùng ngày, tại Nhà Quốc hội", "Tại Nhà Quốc hội")
    assert meetings(other, None)[0].date is None
