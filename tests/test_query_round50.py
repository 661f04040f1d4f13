"""Round 50 of reading questions: where a visit asked in Russian or English went, when its
visitor is named between the visit and the place."""

from __future__ import annotations

from datetime import date

from store.language.foreign_question import to_vietnamese
from store.language.query import understand

TODAY = date(2026, 12, 8)


def test_a_visit_to_vietnam_asked_in_russian_is_a_visit_there() -> None:
    # "во Вьетнам" (to Vietnam) was dropped for a side, not a place: a meeting in Moscow
    # was offered for "Визит Путина во Вьетнам в 2015 году".
    for question, code in (
        ("Визит Путина во Вьетнам в 2015 году", "VN"),
        ("визит Мишустина в Россию", "RU"),
    ):
        q = understand(to_vietnamese(question, "ru"), TODAY)
        assert q.countries == [code] and q.kinds == ["thăm"], (question, q.countries)
    # Near miss: Vietnam as a side ("министр образования Вьетнама") is no place.
    q = understand(to_vietnamese("министр образования Вьетнама Путин", "ru"), TODAY)
    assert not q.countries, q.countries


def test_a_visit_of_someone_to_vietnam_asked_in_english_is_a_visit_there() -> None:
    # "visit of Putin to Vietnam" read "thăm Putin Việt Nam": Vietnam was no place.
    q = understand(to_vietnamese("visit of Putin to Vietnam in 2015", "en"), TODAY)
    assert q.countries == ["VN"] and q.kinds == ["thăm"], (q.countries, q.kinds)
    # Near miss: "visit to Vietnam" says the same without anyone between.
    q = understand(to_vietnamese("Putin visit to Vietnam in 2015", "en"), TODAY)
    assert q.countries == ["VN"], q.countries
