"""Round 17 of reading questions, over articles written for these tests
(tests/round17_lead_articles): unions by their newsroom short forms, a ministry's name that
folds like "tại", social security asked in English and Russian.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with, top_source

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round17_lead_articles"


store = store_with(ARTICLES)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("Hội LHPN Việt Nam tiếp Liên hiệp Phụ nữ Nga", "f01_"),
        ("LHPN gap phu nu Nga 2017", "f01_"),
        ("TW Đoàn tiếp Cục Thanh niên Nga", "f02_"),
        ("tw doan rosmolodezh", "f02_"),
    ],
)
async def test_unions_by_their_short_forms(store: Store, question: str, want: str) -> None:
    assert want in await top_source(store, question, TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "Bộ trưởng Giao thông vận tải Việt Nam gặp ai ở Moskva năm 2019",
        "bo truong giao thong van tai viet nam gap ai o moskva 2019",
    ],
)
async def test_transport_in_a_title_is_no_place(store: Store, question: str) -> None:
    """ "vận tải Việt Nam" folds like "tại Việt Nam": the country is the title's."""
    assert "f03_" in await top_source(store, question, TODAY)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Dao Ngoc Dung Kotyakov social security", "en"),
        ("Дао Нгок Зунг Котяков социальная защита", "ru"),
    ],
)
async def test_social_security_in_english_and_russian(
    store: Store, question: str, lang: str
) -> None:
    assert "f04_" in await top_source(store, question, TODAY, lang=lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("президент РАН Красников в Ханое", "ru"),
        ("встреча с президентом Российской академии наук", "ru"),
        ("RAS president Krasnikov in Hanoi", "en"),
    ],
)
async def test_the_academys_president_is_no_head_of_state(
    store: Store, question: str, lang: str
) -> None:
    assert "f05_" in await top_source(store, question, TODAY, lang=lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Когда глава Русатом Оверсиз был в Ханое?", "ru"),
        ("When was the head of Rusatom Overseas in Hanoi?", "en"),
    ],
)
async def test_a_rosatom_company_as_foreigners_write_it(
    store: Store, question: str, lang: str
) -> None:
    assert "f06_" in await top_source(store, question, TODAY, lang=lang)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Russian Supreme Court chief Krasnov talks in Moscow", "en"),
        ("председатель Верховного суда России Краснов в Москве", "ru"),
    ],
)
async def test_the_supreme_courts_chief_as_foreigners_name_him(
    store: Store, question: str, lang: str
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "f07_" in r.results[0].sources[0], r.answer
    assert not r.unknown_names


@pytest.mark.parametrize(
    "question",
    [
        "Putin special envoy Oreshkin received by Pham Minh Chinh",
        "special envoy Oreshkin met Pham Minh Chinh",
    ],
)
async def test_a_name_after_special_envoy_is_the_envoy(store: Store, question: str) -> None:
    """ "special envoy Oreshkin" names the envoy; "Putin special envoy" his principal."""
    r = await ask(store, question, today=TODAY, lang="en")
    assert r.results and "f08_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    ("question", "lang", "want"),
    [
        (
            "firefighting and rescue cooperation with the emergency situations ministry",
            "en",
            "f09_",
        ),
        ("переговоры с МЧС России о спасательных работах", "ru", "f09_"),
        ("Vietnam Women's Union and the Union of Russian Women", "en", "f01_"),
        ("Союз женщин Вьетнама и Союз женщин России", "ru", "f01_"),
        ("Youth Union met Rosmolodezh", "en", "f02_"),
    ],
)
async def test_unions_and_agencies_named_in_english_and_russian(
    store: Store, question: str, lang: str, want: str
) -> None:
    assert want in await top_source(store, question, TODAY, lang=lang)
