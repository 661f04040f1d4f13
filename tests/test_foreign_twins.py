"""English and Russian questions and their Vietnamese twins over the project's test articles.

The cases live in tests/foreign_twins.json, one set per group of articles written for them
(officials known only from articles, and the forms met on unseen articles round by round):
each set's twins must find the same meetings as the Vietnamese question, its "nothing"
questions no meeting, and its rewrites read as the stated Vietnamese."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.language.foreign_question import detect, to_vietnamese, understand_in
from store.language.wording_i18n import localize_question
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import assert_twins_agree

TODAY = date(2026, 12, 1)
HERE = Path(__file__).parent
SETS: dict[str, dict[str, Any]] = {
    s["name"]: s
    for s in json.loads((HERE / "foreign_twins.json").read_text(encoding="utf-8"))["sets"]
}


def cases(key: str) -> list[Any]:
    """Every set's rows of one kind, each with its set's name first."""
    out = []
    for name, s in SETS.items():
        for row in s.get(key, []):
            values = [row["vi"], row["en"], row["ru"]] if isinstance(row, dict) else row
            values = values if isinstance(values, list) else [values]
            out.append(pytest.param(name, *values, id=f"{name}: {values[0]}"))
    return out


async def with_articles(store: Store, name: str) -> Store:
    await ingest(store, load_paths([HERE / folder for folder in SETS[name]["articles"]]))
    return store


@pytest.mark.parametrize("name,vi,en,ru", cases("twins"))
async def test_twins_answer_with_the_same_meetings(
    seeded_store: Store, name: str, vi: str, en: str, ru: str
) -> None:
    await assert_twins_agree(await with_articles(seeded_store, name), vi, en, ru, TODAY)


@pytest.mark.parametrize("name,question", cases("nothing"))
async def test_no_meeting_satisfies_these(seeded_store: Store, name: str, question: str) -> None:
    got = await ask(await with_articles(seeded_store, name), question, today=TODAY)
    assert not got.results, got.answer


@pytest.mark.parametrize("name,question", cases("one_unknown_name"))
async def test_an_unknown_full_name_is_one_person_nobody_met(
    seeded_store: Store, name: str, question: str
) -> None:
    got = await ask(await with_articles(seeded_store, name), question, today=TODAY)
    assert not got.results, got.answer
    assert len(got.unknown_names) == 1, got.unknown_names


@pytest.mark.parametrize("name,question,names", cases("unknown_names"))
def test_a_given_name_and_a_surname_are_read_together(
    name: str, question: str, names: list[str]
) -> None:
    q, _ = understand_in(question, TODAY)
    assert q.unknown_names == names
    assert len(q.leaders) == (0 if names else 1), q.leaders


@pytest.mark.parametrize("name,question,lang,vietnamese", cases("rewritten"))
def test_rewritten_in_vietnamese_words_and_order(
    name: str, question: str, lang: str, vietnamese: str
) -> None:
    assert to_vietnamese(question, lang) == vietnamese  # type: ignore[arg-type]


@pytest.mark.parametrize("name,question,lang", cases("detected"))
def test_the_language_is_detected(name: str, question: str, lang: str) -> None:
    assert detect(question) == lang


async def test_a_title_after_a_name_with_a_patronymic_is_that_persons(
    seeded_store: Store,
) -> None:
    """ "ông Denis Vladimirovich Pasler, Thống đốc tỉnh Orenburg": the title is kept though the
    lexicon knows the surname alone."""
    got = await ask(await with_articles(seeded_store, "round7"), "Pasler", today=TODAY)
    titles = [p.title for m in got.results for p in m.participants if p.name == "Denis Pasler"]
    assert titles == ["Thống đốc tỉnh Orenburg"], got.answer


def test_suggested_places_are_asked_in_the_language() -> None:
    assert localize_question("Dmitry Medvedev ở Bình Nhưỡng", "en") == (
        "Dmitry Medvedev in Pyongyang"
    )
    assert localize_question("Dmitry Medvedev ở Bình Nhưỡng", "ru") == "Дмитрий Медведев, Пхеньян"


def test_suggested_offices_are_asked_in_the_language() -> None:
    # An office and whom it met: the title in the language, joined so that it stays the
    # office's and does not read as the person's own title.
    assert (
        localize_question("Thủ tướng Nga gặp Tô Lâm", "en")
        == "Prime Minister of Russia meets To Lam"
    )
    ru = localize_question("Thủ tướng Nga gặp Tô Lâm", "ru")
    assert ru == "Председатель Правительства России: встреча с То Лам"
    assert (
        to_vietnamese(ru, "ru")
        == to_vietnamese("Prime Minister of Russia meets To Lam", "en")
        == "Thủ tướng Nga gặp Tô Lâm"
    )


async def test_no_vietnamese_title_in_foreign_suggestions(seeded_store: Store) -> None:
    got = await ask(seeded_store, "Kitten prime ministers of Vietnam and Russia", today=TODAY)
    assert got.lang == "en" and got.suggestions
    assert not [s for s in got.suggestions if "Thủ tướng" in s or "gặp" in s]


def test_an_acronym_and_a_numbered_unit_read_in_russian() -> None:
    # "АЭС" written in capitals is still the nuclear plant, not a company's initials; a
    # numbered unit ("Ниньтхуан-1") is named for its place.
    assert to_vietnamese("Кириенко и АЭС Ниньтхуан-1", "ru") == (
        "Kiriyenko nhà máy điện hạt nhân Ninh Thuận"
    )
    # Near miss: an aircraft's model keeps its number.
    assert to_vietnamese("Су-30", "ru") == "Su-30"
