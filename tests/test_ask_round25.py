"""Round 25 of reading questions, over articles written for these tests
(tests/round25_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 5)
ARTICLES = Path(__file__).resolve().parent / "round25_articles"


store = store_with(ARTICLES)


def _found(res) -> set[str]:  # type: ignore[no-untyped-def]
    return {m.sources[0].split("/")[-1][:3] for m in res.results}


async def test_a_third_country_asked_holds_a_city_its_text_places_there(store: Store) -> None:
    for question, want in (
        ("Trần Hồng Hà gặp Overchuk ở Kyrgyzstan", "t05"),
        ("gap o Kyrgyzstan", "t05"),
        ("Thứ trưởng Văn hóa gặp phía Nga ở Uzbekistan", "t06"),
        ("làm việc tại Uzbekistan năm 2023", "t06"),
    ):
        res = await ask(store, question, today=TODAY)
        assert _found(res) == {want}, (question, res.answer)
    # Near miss: another country holds no meeting; the bot says it covers Vietnam–Russia.
    res = await ask(store, "Trần Hồng Hà gặp Overchuk ở Kazakhstan", today=TODAY)
    assert not res.results and "Việt Nam – Nga" in res.answer, res.answer


async def test_an_earlier_call_recalled_with_its_day_is_found_by_that_day(store: Store) -> None:
    res = await ask(store, "luong cuong dien dam matviyenko 28/5/2025", today=TODAY)
    assert _found(res) == {"t07"} and "28/5/2025" in res.answer, res.answer


async def test_a_delegation_of_a_place_typed_short_is_the_place_as_articles_write_it(
    store: Store,
) -> None:
    for question in ("đoàn TP HCM làm việc ở Kazan", "doan tphcm lam viec voi Tatarstan"):
        res = await ask(store, question, today=TODAY)
        assert _found(res) == {"t08"}, (question, res.answer)


async def test_online_talks_asked_rank_the_online_act_before_online_fraud(store: Store) -> None:
    for question in ("hội đàm trực tuyến với phía Nga", "hoi dam truc tuyen voi Nga"):
        res = await ask(store, question, today=TODAY)
        # Other online talks of the store may come first; the fraud's talks come after.
        order = [m.sources[0].split("/")[-1][:3] for m in res.results]
        assert "t09" in order, (question, res.answer)
        assert "t10" not in order or order.index("t09") < order.index("t10"), res.answer
