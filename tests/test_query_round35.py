"""Round 35 of question readings (store.language.query.understand)."""

from __future__ import annotations

from datetime import date

from store.language.foreign_question import understand_in
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
    # Near miss: the occasion asked before it is the day and the week up to it; asked alone,
    # Victory Day's also the few days its visits go on after it (questions.json).
    q = understand("điện mừng trước Quốc khánh 2019", TODAY)
    assert (q.date_from, q.date_to) == (date(2019, 8, 26), date(2019, 9, 2)), q
    q = understand("Tô Lâm hội đàm Putin Ngày Chiến thắng 2025", TODAY)
    assert (q.date_from, q.date_to) == (date(2025, 5, 2), date(2025, 5, 12)), q


def test_a_year_a_target_is_set_to_is_no_period_in_english_or_russian() -> None:
    # "the joint vision statement to 2030", "заявление о видении до 2030 года": a horizon,
    # as "tầm nhìn đến năm 2030" is; the vision is a phrase to find.
    for asked, lang in (
        ("Which talks adopted the joint vision statement to 2030?", "en"),
        ("Какие переговоры завершились совместным заявлением о видении до 2030 года?", "ru"),
    ):
        q, _ = understand_in(asked, TODAY, lang)  # type: ignore[arg-type]
        assert q.date_from is None or q.date_to is None or q.date_to.year < 2030, (asked, q)
        assert "tam nhin" in q.phrases or "tam nhin" in " ".join(q.keywords), (asked, q)
        assert q.unknown_names == [], (asked, q.unknown_names)  # "завершились" is a verb
    # Near miss: a span of past years stays a period.
    q, _ = understand_in("meetings from 2019 to 2021", TODAY, "en")
    assert (q.date_from, q.date_to) == (date(2019, 1, 1), date(2021, 12, 31))


def test_after_an_occasions_day_is_the_days_after_it() -> None:
    # "ngay sau dịp Quốc khánh 2/9/2018": from the day on, not the week before it.
    q = understand(
        "Tổng Bí thư thăm Nga ngay sau dịp Quốc khánh 2/9/2018, hội đàm với Putin", TODAY
    )
    assert (q.date_from, q.date_to) == (date(2018, 9, 2), date(2018, 9, 9)), q
    # Near miss: "nhân dịp" is the day and the week up to it.
    q = understand("Tô Lâm gặp Putin nhân dịp Quốc khánh 2/9/2018", TODAY)
    assert (q.date_from, q.date_to) == (date(2018, 8, 26), date(2018, 9, 2)), q


def test_the_first_or_last_week_of_a_month_in_english_and_russian() -> None:
    # "the last week of June 2024" read "tuần trước" (the week before today) and reached
    # 2026; "the first week" read as the whole month.
    for asked, lang, first in (
        ("To Lam meets Putin in the first week of June 2024", "en", True),
        ("To Lam meets Putin in the last week of June 2024", "en", False),
        ("То Лам и Путин в первую неделю июня 2024 года", "ru", True),
        ("То Лам и Путин в последнюю неделю июня 2024", "ru", False),
    ):
        q, _ = understand_in(asked, TODAY, lang)  # type: ignore[arg-type]
        want = understand(f"Tô Lâm gặp Putin tuần {'đầu' if first else 'cuối'} tháng 6/2024", TODAY)
        assert (q.date_from, q.date_to) == (want.date_from, want.date_to), (asked, q)
        assert q.date_to is not None and q.date_to <= date(2024, 6, 30), asked
    # Near miss: the month alone is the month.
    q, _ = understand_in("To Lam Putin June 2024", TODAY, "en")
    assert (q.date_from, q.date_to) == (date(2024, 6, 1), date(2024, 6, 30))
