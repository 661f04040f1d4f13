"""A Russian person the data has no Cyrillic form of (only an article names them, in Latin)
is found from a Russian question in any case form: "с Журавлёвым" is "Vyacheslav Zhuravlev"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.cyrillic_names import rewrite_russian
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).parent / "russian_name_articles"
NAMES = [
    "Vyacheslav Zhuravlev",
    "Larisa Tsvetkova",
    "Oleg Bystritsky",
    "Andrei Sorokin",
    "Nguyễn Đức Hải",
]


@pytest.mark.parametrize(
    "ru,want",
    [
        ("Когда Журавлёв был в Ханое?", "Когда Vyacheslav Zhuravlev был в Ханое?"),
        ("встреча с Журавлевым", "встреча с Vyacheslav Zhuravlev"),
        ("визит Вячеслава Журавлёва", "визит Vyacheslav Zhuravlev"),
        ("встреча с Ларисой Цветковой", "встреча с Larisa Tsvetkova"),
        ("переговоры с Цветковой", "переговоры с Larisa Tsvetkova"),
        ("визит Быстрицкого", "визит Oleg Bystritsky"),  # -ий surnames: -ого, -им, -ом
        ("встреча с Олегом Быстрицким", "встреча с Oleg Bystritsky"),
        ("о Быстрицком", "о Oleg Bystritsky"),
        ("Цветкова в Петербурге", "Larisa Tsvetkova в Петербурге"),  # at the start: exact
    ],
)
def test_a_case_form_is_the_stored_person(ru: str, want: str) -> None:
    assert rewrite_russian(ru, NAMES) == want


@pytest.mark.parametrize(
    "ru",
    [
        "Журналы о встрече",  # a common noun at the start near a surname: not exact
        "встреча с Журавским",  # another surname close in letters
        "встреча с Петром Журавлевым",  # the given name written is not the stored one
        "Когда встреча в Москве?",
    ],
)
def test_other_words_are_no_person(ru: str) -> None:
    assert rewrite_russian(ru, NAMES) == ru


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


@pytest.mark.parametrize(
    "vi,ru",
    [
        ("Vyacheslav Zhuravlev gặp ai?", "С кем встречался Журавлёв?"),
        (
            "Nguyễn Đức Hải tiếp Vyacheslav Zhuravlev khi nào?",
            "Когда Нгуен Дык Хай принимал Журавлева?",
        ),
        ("Vyacheslav Zhuravlev đến Hà Nội khi nào?", "Когда Вячеслав Журавлёв был в Ханое?"),
        ("các cuộc gặp của Vyacheslav Zhuravlev", "встречи с Журавлевым"),
        ("Larisa Tsvetkova gặp ai?", "С кем встречалась Лариса Цветкова?"),
        (
            "Larisa Tsvetkova gặp Trần Văn Thuấn ở đâu?",
            "Где Цветкова встречалась с Чан Ван Тхуаном?",
        ),
        ("các cuộc gặp của Larisa Tsvetkova", "встречи с Цветковой"),
        ("Larisa Tsvetkova hội kiến ai?", "Кого принимала Цветкова?"),
    ],
)
async def test_russian_question_finds_the_meeting_of_its_vietnamese_twin(
    store: Store, vi: str, ru: str
) -> None:
    want = await ask(store, vi, today=TODAY)
    got = await ask(store, ru, today=TODAY)
    assert want.results, want.answer
    assert got.lang == "ru"
    assert [m.id for m in got.results] == [m.id for m in want.results], got.answer


@pytest.mark.parametrize(
    "ru",
    [
        "Когда Журавский был в Ханое?",
        "встречи с Цветаевой",
        "Когда Жуков встречался с вьетнамцами?",
    ],
)
async def test_a_different_surname_finds_not_these_meetings(store: Store, ru: str) -> None:
    got = await ask(store, ru, today=TODAY)
    names = {p.name for m in got.results for p in m.participants}
    assert not names & {"Vyacheslav Zhuravlev", "Larisa Tsvetkova"}, got.answer
