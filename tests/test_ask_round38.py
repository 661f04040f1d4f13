"""Round 38 of reading questions, over articles written for these tests
(tests/round38_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import assert_found_first, store_with

TODAY = date(2026, 12, 6)
ARTICLES = Path(__file__).resolve().parent / "round38_articles"


store = store_with(ARTICLES)


async def test_a_message_and_a_call_of_one_month_are_two_records(store: Store) -> None:
    # q01: Putin's congratulations of October 2024 (the month of the election it is sent
    # for); q02: the two leaders' call of 29/10/2024; q03: the thanks sent back that same
    # day. Same people, same month or day: a message is no call, so each is found as itself.
    r = await ask(store, "Putin và Lương Cường tháng 10/2024", today=TODAY)
    kinds = sorted(m.kind for m in r.results)
    assert kinds == ["điện cảm ơn", "điện mừng", "điện đàm"], r.answer
    await assert_found_first(
        store,
        (
            ("Putin gửi điện mừng Lương Cường tháng 10/2024", "vi"),
            ("putin gui dien mung luong cuong thang 10/2024", "vi"),
        ),
        "q01",
        TODAY,
    )
    await assert_found_first(
        store, (("Lương Cường điện đàm với Putin tháng 10/2024", "vi"),), "q02", TODAY
    )
