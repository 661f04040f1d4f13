"""Round 38 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("question", "lang", "year"),
    [
        ("điện mừng 75 năm quan hệ ngoại giao Việt Nam Nga", "vi", 2025),
        ("dien mung 70 nam quan he viet nam nga", "vi", 2020),
        ("поздравления к 75-летию дипломатических отношений России и Вьетнама", "ru", 2025),
        (
            "messages for the 70th anniversary of diplomatic relations between Russia and Vietnam",
            "en",
            2020,
        ),
    ],
)
def test_an_anniversary_of_relations_typed_without_a_hyphen_is_its_year(
    question: str, lang: str, year: int
) -> None:
    # "… quan hệ ngoại giao Việt Nam Nga" (no hyphen between the countries), and the Russian
    # "России и Вьетнама" rendered "Nga Việt Nam": the year the anniversary counts to.
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    assert (q.date_from, q.date_to) == (date(year, 1, 1), date(year, 12, 31)), q


def test_a_count_of_years_without_an_event_is_no_anniversary() -> None:
    # Near miss: "75 năm" beside no event the data knows is no year asked.
    q, _ = understand_in("hợp tác 75 năm dầu khí Việt Nam Nga", TODAY, "vi")
    assert q.date_from is None, q


@pytest.mark.parametrize(
    ("question", "lang", "message"),
    [
        ("Путин поздравил То Лама в январе 2026 года", "ru", False),
        ("Putin congratulated To Lam in January 2026", "en", False),
        ("поздравительное послание Путина То Ламу", "ru", True),
        ("Putin's congratulatory message to To Lam", "en", True),
    ],
)
def test_congratulating_asks_a_message_only_when_one_is_named(
    question: str, lang: str, message: bool
) -> None:
    # "поздравил", "congratulated": said in a call as well as in a message, so no kind is
    # asked (as "Putin chúc mừng Tô Lâm" asks none); the message named as one is asked.
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    assert ("điện mừng" in q.kinds) is message, q.kinds
