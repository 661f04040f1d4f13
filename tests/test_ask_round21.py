"""Round 21 of reading questions, over articles written for these tests
(tests/round21_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with, top_source

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round21_articles"


store = store_with(ARTICLES)


async def test_an_undated_holder_called_by_the_generic_title_answers_the_office(
    store: Store,
) -> None:
    # No date and no publication day: the article calls the mayor "Thị trưởng" and names
    # the city only as the delegation's; asked by the office, he is its holder.
    for question in ("Thị trưởng Moskva thăm Hà Nội", "thi truong moskva tham ha noi"):
        assert "t01_" in await top_source(store, question, TODAY)


async def test_another_title_of_the_same_person_is_not_the_office(store: Store) -> None:
    # Near miss: undated, the same person under another title is not asked by this office.
    res = await ask(store, "Thị trưởng Moskva thăm Quảng Nam", today=TODAY)
    assert all("t02_" not in m.sources[0] for m in res.results), res.answer
