"""Round 16 of reading questions, over articles written for these tests
(tests/round16_lead_articles): "mới nhất" beside a word only articles hold.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with, top_source

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round16_lead_articles"


store = store_with(ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "cuộc gặp mới nhất của Rostec",
        "Rostec mới nhất",
        "lan gan nhat lam viec voi rostec",
    ],
)
async def test_the_newest_meeting_that_names_the_word(store: Store, question: str) -> None:
    """The newest of the meetings whose article says it, not the newest of the store."""
    assert "e02_" in await top_source(store, question, TODAY)


async def test_newest_alone_is_still_the_newest_of_the_store(store: Store) -> None:
    r = await ask(store, "cuộc gặp mới nhất", today=TODAY)
    assert r.results and (r.results[0].date or "") >= "2025-11-12", r.answer


@pytest.mark.parametrize(
    "question",
    ["Chủ nhiệm Ủy ban Giáo dục Duma thăm Việt Nam 2019", "doan uy ban giao duc duma 2019"],
)
async def test_the_duma_as_the_articles_transliterate_it(store: Store, question: str) -> None:
    """ "Đu-ma Quốc gia" in the article, "Duma" in the question: one body."""
    assert "e04_" in await top_source(store, question, TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "Trưởng Ban Tuyên giáo gặp Đảng Cộng sản Nga dịp Cách mạng Tháng Mười",
        "gap Zyuganov ky niem cach mang thang muoi",
    ],
)
async def test_a_revolutions_name_is_no_month(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e05_" in r.results[0].sources[0], r.answer
    assert "tháng 10/2026" not in r.answer


async def test_october_as_a_month_is_still_a_month(store: Store) -> None:
    r = await ask(store, "Zyuganov tháng Mười Một năm 2022", today=TODAY)
    assert r.results and "e05_" in r.results[0].sources[0], r.answer
    assert (await ask(store, "Zyuganov tháng Mười năm 2022", today=TODAY)).results == []


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Зюганов встреча к 105-летию Октября", "ru"),
        ("Зюганов годовщина Октябрьской революции", "ru"),
        ("Zyuganov met the Vietnamese party for the October Revolution anniversary", "en"),
    ],
)
async def test_the_october_revolution_in_russian_and_english(
    store: Store, question: str, lang: str
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e05_" in r.results[0].sources[0], r.answer
    assert not r.unknown_names
