"""Round 15 of reading questions, over articles written for these tests
(tests/round15_i10q_articles): a month typed without a year with a place only the article
names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round15_i10q_articles"


store = store_with(ARTICLES)


@pytest.mark.parametrize(
    ("question", "lang", "note"),
    [
        ("đoàn Vologda đến Quảng Trị tháng 9", None, "hiểu là tháng 9/2021"),
        ("Quang Tri Vologda delegation September", "en", "read as September 2021"),
        ("делегация Вологды в Куангчи в сентябре", "ru", "2021"),
    ],
)
async def test_a_month_without_a_year_and_a_place_only_the_article_names(
    store: Store, question: str, lang: str | None, note: str
) -> None:
    # The reception gives no place; the article names the province. No such meeting this
    # year: the newest September that has one is meant, and the reply says so.
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e01_" in r.results[0].sources[0], r.answer
    assert note in r.answer


@pytest.mark.parametrize(
    "question", ["đoàn Vologda đến Quảng Trị tháng 5", "Quảng Trị Vologda tháng 10"]
)
async def test_another_month_is_still_nothing(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results, r.answer


@pytest.mark.parametrize(
    ("question", "lang", "article"),
    [
        ("Lê Đình Thọ tiếp Fadeyev đường sắt", None, "e02_"),
        ("Deputy transport minister met Valery Fadeyev", "en", "e02_"),
        ("Gureev cảng Vladivostok Hải Phòng", None, "e03_"),
        ("Hai Phong vice chairman received Pavel Gureev", "en", "e03_"),
    ],
)
async def test_a_surname_romanised_with_or_without_y_after_a_vowel(
    store: Store, question: str, lang: str | None, article: str
) -> None:
    # Russian "е" after a vowel is "ye" or "e": the store's one spelling is the same man.
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and article in r.results[0].sources[0], r.answer


async def test_another_surname_of_the_same_stem_is_still_unknown(store: Store) -> None:
    r = await ask(store, "Lê Đình Thọ tiếp Fadeyenko", today=TODAY)
    assert not r.results, r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Trần Hồng Hà Overchuk Indonesia", None),
        ("tran hong ha gap overchuk indonesia 2023", None),
        ("Tran Hong Ha Overchuk Indonesia", "en"),
    ],
)
async def test_a_third_country_beside_a_vietnamese_and_a_russian_is_where_they_met(
    store: Store, question: str, lang: str | None
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e04_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    "question", ["Trần Hồng Hà Indonesia", "Trần Hồng Hà gặp Tổng thống Indonesia Widodo"]
)
async def test_a_third_country_without_both_sides_is_still_not_ours(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results, r.answer


async def test_a_third_country_where_they_did_not_meet_is_nothing(store: Store) -> None:
    r = await ask(store, "Trần Hồng Hà Overchuk Thái Lan", today=TODAY)
    assert not r.results, r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Ủy ban Pháp luật Quốc hội hội đàm Krasheninnikov",
        "UB Pháp luật QH làm việc với Duma 2019",
        "Chủ nhiệm UB Pháp luật hội đàm Nga",
    ],
)
async def test_phap_before_luat_is_the_law_not_france(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e05_" in r.results[0].sources[0], r.answer


async def test_france_as_a_side_is_still_not_ours(store: Store) -> None:
    r = await ask(store, "Bộ trưởng Ngoại giao Pháp gặp Nga", today=TODAY)
    assert not r.results and "Pháp" in r.answer, r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Chủ tịch Zarubezhneft sang Hà Nội", None),
        ("Zarubezhneft head met the Deputy Prime Minister", "en"),
        ("Zarubezhneft CEO in Hanoi 2019", "en"),
    ],
)
async def test_a_title_whose_holder_the_data_knows_only_from_a_later_day(
    store: Store, question: str, lang: str | None
) -> None:
    # The people data quotes the company's head from 2021 on ("attested"), with no one
    # before him: his meeting of 2019 is the head's.
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e06_" in r.results[0].sources[0], r.answer


async def test_the_same_title_in_a_year_without_his_meeting_is_nothing(store: Store) -> None:
    r = await ask(store, "Chủ tịch Zarubezhneft năm 2016", today=TODAY)
    assert not r.results, r.answer


@pytest.mark.parametrize(
    ("question", "lang", "article"),
    [
        ("State Audit Office Ngo Van Tuan Kovalchuk", "en", "e07_"),
        ("Vietnam State Audit head in Moscow 2024", "en", "e07_"),
        ("Ủy ban Bầu cử Trung ương Nga 2023", None, "e08_"),
        ("uy ban bau cu trung uong nga", None, "e08_"),
        ("Central Election Commission of Russia Pamfilova Hanoi", "en", "e08_"),
        ("ЦИК России Ханой 2023", "ru", "e08_"),
        ("Мурашко Минздрав 2023", "ru", "e09_"),
        ("Минздрав России Вьетнам", "ru", "e09_"),
    ],
)
async def test_a_body_named_in_any_language_is_the_body(
    store: Store, question: str, lang: str | None, article: str
) -> None:
    # Not an unknown name ("State Audit Office", "Минздрав"), nor a leader called by his
    # given name ("Trung" of "Trung ương").
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and article in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [("Ủy ban Bầu cử Trung ương Nga 2019", None), ("Минздрав России 2021", "ru")],
)
async def test_the_body_in_a_year_without_its_meeting_is_nothing(
    store: Store, question: str, lang: str | None
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert not r.results, r.answer


async def test_a_given_name_alone_is_still_the_leaders(store: Store) -> None:
    r = await ask(store, "Trung gặp Lavrov", today=TODAY)
    assert "Lê Hoài Trung" in r.understood.leaders, r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("ГАЗ министр промышленности и торговли Вьетнама", "ru"),
        ("GAZ Vietnam industry and trade minister", "en"),
    ],
)
async def test_a_companys_abbreviation_beside_a_title_ranks_its_meeting_first(
    store: Store, question: str, lang: str
) -> None:
    # The minister met the company's head once and the Russian minister later: the
    # abbreviation the article writes as it is says which meeting is meant.
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e10_" in r.results[0].sources[0], r.answer


async def test_the_title_alone_still_lists_the_newest_first(store: Store) -> None:
    r = await ask(store, "министр промышленности и торговли Вьетнама", today=TODAY, lang="ru")
    assert r.results and "e10_" not in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [("Мурашко в Москве, Дни здравоохранения", "ru"), ("Murashko in Moscow, Days of Health", "en")],
)
async def test_days_of_an_event_capitalised_are_no_name(
    store: Store, question: str, lang: str
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e09_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Vietnamese and Russian deputy defence ministers in Moscow",
        "deputy defense ministers talks 2021",
    ],
)
async def test_a_title_in_the_english_plural_is_the_same_office(
    store: Store, question: str
) -> None:
    # Not "deputy" and "defence ministers" read apart, the city read into the title.
    r = await ask(store, question, today=TODAY, lang="en")
    assert r.results and "e12_" in r.results[0].sources[0], r.answer


async def test_the_title_in_the_singular_is_unchanged(store: Store) -> None:
    r = await ask(store, "deputy defence minister in Moscow 2021", today=TODAY, lang="en")
    assert r.results and "e12_" in r.results[0].sources[0], r.answer


async def test_a_plural_title_in_another_year_is_nothing(store: Store) -> None:
    r = await ask(store, "deputy defence ministers in Moscow 2019", today=TODAY, lang="en")
    assert not r.results, r.answer
