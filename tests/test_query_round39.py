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


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Putin phone call with To Lam after his re-election, January 2026", "en"),
        ("Путин телефонный разговор с То Ламом после его переизбрания, январь 2026", "ru"),
    ],
)
def test_after_a_reelection_a_month_is_the_month_asked(question: str, lang: str) -> None:
    # "after his re-election, January 2026": "after" is the re-election's, not the month's.
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    assert (q.date_from, q.date_to) == (date(2026, 1, 1), date(2026, 1, 31)), q
    # Near miss: "after January 2026" is the months after it.
    q, _ = understand_in("Putin phone call with To Lam after January 2026", TODAY, "en")
    assert q.date_from == date(2026, 2, 1), q


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("tong bi thu nguyen phu trong uong tra voi putin", "uong tra"),
        ("Tổng Bí thư uống trà với Tổng thống Putin", "uong tra"),
    ],
)
def test_a_phrase_ends_before_the_tie_to_the_name_after_it(question: str, phrase: str) -> None:
    # "uống trà với Putin": the article writes "uống trà", rarely "uống trà với".
    q, _ = understand_in(question, TODAY, "vi")
    assert phrase in q.phrases and f"{phrase} voi" not in q.phrases, q.phrases
