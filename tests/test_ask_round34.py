"""Round 34 of reading questions, over articles written for these tests
(tests/round34_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import assert_found_first, store_with

TODAY = date(2026, 12, 6)
ARTICLES = Path(__file__).resolve().parent / "round34_articles"


store = store_with(ARTICLES)


async def test_a_third_country_asked_alone_is_where_they_met(store: Store) -> None:
    # t01: a Vietnam–Russia meeting beside a summit in Jakarta. "Indonesia" asked with no one
    # is where a meeting was held, in each language.
    await assert_found_first(
        store, (("Indonesia", "vi"), ("Indonesia", "en"), ("Индонезия", "ru")), "t01", TODAY
    )
    # Near misses: with Vietnam named it is another pair of countries, and a country where no
    # Vietnam–Russia meeting was held is still not tracked.
    for asked in ("quan hệ Việt Nam Indonesia", "Nhật Bản"):
        res = await ask(store, asked, today=TODAY, lang="vi")
        assert not res.results and "chỉ theo dõi" in res.answer, (asked, res.answer)


async def test_a_place_and_a_year_find_an_undated_meeting_there_they_cannot_rule_out(
    store: Store,
) -> None:
    # t08: talks in Kazan, no day, no year, no publication date; the two chairmen's terms
    # overlap 2021-2024. "Kazan 2022" may be it: shown, with the note that the day is unknown.
    await assert_found_first(store, (("Kazan 2022", "vi"), ("Kazan 2022", "en")), "t08", TODAY)
    res = await ask(store, "Kazan 2022", today=TODAY, lang="vi")
    assert "không rõ" in res.answer, res.answer
    # Near miss: a year neither held his office in is ruled out.
    res = await ask(store, "Kazan 2018", today=TODAY, lang="vi")
    assert all(not m.sources[0].split("/")[-1].startswith("t08") for m in res.results), res.answer
