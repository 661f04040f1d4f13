"""Round 35 of question readings (store.language.query.understand)."""

from __future__ import annotations

from datetime import date

from store.language.query import understand

TODAY = date(2026, 12, 6)


def test_a_number_after_an_office_ranks_it_and_numbers_no_session() -> None:
    # "Phó Thủ tướng thứ nhất", "Thứ trưởng thứ nhất": a first deputy, not a first session
    # (which made "… Ủy ban liên Chính phủ năm 2014" look for the first session only).
    for asked in (
        "Phó Thủ tướng thứ nhất Nga Shuvalov họp Ủy ban liên Chính phủ năm 2014",
        "thu truong thu nhat bo quoc phong nga tham viet nam",
    ):
        assert understand(asked, TODAY).ordinals == [], asked
    # Near miss: a session's number is one ("phiên họp thứ nhất", "khóa họp lần thứ 24").
    assert "thu 1" in understand("Ủy ban liên Chính phủ phiên họp thứ nhất", TODAY).ordinals
    assert "thu 24" in understand("khóa họp lần thứ 24 Ủy ban liên Chính phủ", TODAY).ordinals


def test_a_congress_is_numbered_as_sessions_are() -> None:
    # "Đại hội XIV", "đại hội 14": the way articles write the number ("lần thứ XIV").
    for asked in ("Putin chúc mừng Tô Lâm sau Đại hội XIV", "putin chuc mung dai hoi 14"):
        q = understand(asked, TODAY)
        assert "thu xiv" in q.ordinals and "thu 14" in q.ordinals, (asked, q.ordinals)
    # Near miss: a congress with no number, or a year, is numbered by nothing.
    for asked in ("Putin chúc mừng Đại hội Đảng", "Đại hội năm 2026"):
        assert understand(asked, TODAY).ordinals == [], asked


def test_after_an_occasion_is_the_days_after_it() -> None:
    # "sau (lễ duyệt binh) Ngày Chiến thắng 2025": 9/5 and the week after it.
    for asked in (
        "Tô Lâm hội đàm Putin sau lễ duyệt binh Ngày Chiến thắng 2025",
        "to lam hoi dam putin sau ngay chien thang 2025",
    ):
        q = understand(asked, TODAY)
        assert (q.date_from, q.date_to) == (date(2025, 5, 9), date(2025, 5, 16)), asked
    # Near miss: the occasion asked alone, or before, is the day and the week up to it.
    for asked in ("Tô Lâm hội đàm Putin Ngày Chiến thắng 2025", "điện mừng trước Quốc khánh 2019"):
        q = understand(asked, TODAY)
        assert q.date_to is not None and q.date_from is not None, asked
        assert (q.date_to - q.date_from).days == 7 and q.date_to.day in (9, 2), (asked, q)
