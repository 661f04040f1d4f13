"""Round 22 of reading questions, over articles written for these tests
(tests/round22_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with, top_source

TODAY = date(2026, 12, 5)
ARTICLES = Path(__file__).resolve().parent / "round22_articles"


store = store_with(ARTICLES)


async def test_a_span_of_days_keeps_the_meetings_within_it(store: Store) -> None:
    # The ambassador met a minister on 16/4/2019 and a city's chairman on 23/4/2019.
    for question in ("Vnukov gặp ai từ 14 đến 17/4/2019", "vnukov gap ai 14-17/4/2019"):
        res = await ask(store, question, today=TODAY)
        assert res.results and "t01_" in res.results[0].sources[0], res.answer
        assert all("t02_" not in m.sources[0] for m in res.results), res.answer
    assert "t02_" in await top_source(store, "Vnukov 20-25/4/2019", TODAY)


async def test_a_span_of_days_without_a_year_takes_the_latest_year_with_a_meeting(
    store: Store,
) -> None:
    # tests/articles holds his farewell call of 14/4/2021: the latest such span.
    res = await ask(store, "Đại sứ Vnukov từ 14 đến 17 tháng 4", today=TODAY)
    assert res.results and "2021" in res.results[0].date, res.answer
    assert "14–17/4/2021" in res.answer


async def test_a_span_of_days_asked_in_english_or_russian(store: Store) -> None:
    for question, lang in (
        ("Whom did Vnukov meet on 14-17 April 2019?", "en"),
        ("Whom did Vnukov meet between April 14 and 17, 2019?", "en"),
        ("С кем встречался Внуков 14-17 апреля 2019 года?", "ru"),
        ("С кем встречался Внуков с 14 по 17 апреля 2019 г.?", "ru"),
    ):
        res = await ask(store, question, today=TODAY, lang=lang)
        assert res.results and "t01_" in res.results[0].sources[0], (question, res.answer)
        assert all("t02_" not in m.sources[0] for m in res.results), (question, res.answer)
