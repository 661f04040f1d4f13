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


async def test_a_message_between_those_asked_comes_before_a_round_of_messages(
    store: Store,
) -> None:
    # q05: Putin's congratulations to Tô Lâm (May 2024); q04: the round of messages for Russia
    # Day 2024, Tô Lâm to Putin and the prime ministers to each other. Nothing else tells
    # them apart: the one between the two people asked first, though older.
    await assert_found_first(
        store,
        (
            ("Putin gửi điện mừng Tô Lâm năm 2024", "vi"),
            ("putin dien mung to lam 2024", "vi"),
        ),
        "q05",
        TODAY,
    )
    # Near miss: the round asked by its occasion's month is found.
    await assert_found_first(
        store, (("Tô Lâm gửi điện mừng Putin tháng 6/2024", "vi"),), "q04", TODAY
    )


async def test_a_meeting_dated_to_the_month_asked_comes_before_an_undated_one(
    store: Store,
) -> None:
    # t01: Kim Ngân's message to Volodin for the 70th anniversary (January 2020, inferred);
    # q06: another message of hers to him, with no date and no publication date. Asked on the
    # anniversary's day, the message of that month, not the one of no date.
    r = await ask(store, "Kim Ngân gửi điện mừng Volodin ngày 30/1/2020", today=TODAY)
    assert r.results and r.results[0].sources[0].split("/")[-1].startswith("t01"), r.answer
    assert "tháng 1/2020" in r.answer
    # Near miss: asked in another month, the undated one may be offered, never t01.
    r = await ask(store, "Kim Ngân gửi điện mừng Volodin ngày 12/3/2019", today=TODAY)
    assert all(not m.sources[0].split("/")[-1].startswith("t01") for m in r.results), r.answer


async def test_an_undated_meeting_reported_in_the_year_asked_of_a_party_is_found(
    store: Store,
) -> None:
    # q07: a page of 12/7/2019 whose reception names no day; asked by the party alone and a
    # year, as by its people and the year ("Có cuộc gặp không rõ ngày: tính theo ngày đăng").
    await assert_found_first(
        store,
        (
            ("Đảng Nước Nga Thống nhất năm 2019", "vi"),
            ("dang nuoc nga thong nhat 2019", "vi"),
        ),
        "q07",
        TODAY,
    )
    # Near miss: another year has nothing of it.
    r = await ask(store, "Đảng Nước Nga Thống nhất năm 2017", today=TODAY)
    assert all("q07" not in m.sources[0] for m in r.results), r.answer
