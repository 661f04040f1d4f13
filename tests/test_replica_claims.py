"""Scheduled work claimed in the database, so replicas on one database share it: a digest
period composed once per chat, outbox rows leased to their sender, feed polls leased per
interval, and one sender at a time. Two stores opened on one database stand for two
replicas (on PostgreSQL: two pools, two sets of sessions)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.pacing import Pacer
from store.storage.db import Store
from store.storage.feeds import claim_poll, get_feed, insert_feed
from store.storage.subscriptions import (
    Claim,
    DigestMessage,
    Held,
    claim_open,
    get_subscription,
    mark_sending,
    mark_sent,
    outbox,
    record_digest,
    sends_by_others,
    subscribe,
)
from tests.test_digests_store import NOVAK, ingest

NOW = datetime(2025, 6, 14, 1, 0, tzinfo=UTC)  # 08:00 in Hà Nội, the default digest time
SLOT = datetime(2025, 6, 14, 1, 0, tzinfo=UTC)
CHATS = range(501, 531)


@pytest.fixture
async def two(tmp_path: Path) -> AsyncIterator[tuple[Store, Store]]:
    a = await Store.open(tmp_path / "shared.db")
    b = await Store.open(tmp_path / "shared.db")
    try:
        yield a, b
    finally:
        await b.close()
        await a.close()


def _message(n: int) -> DigestMessage:
    return DigestMessage(text=f"bản tin {n}", items=(), cursor_to=n)


async def _subscribed(store: Store) -> int:
    await ingest(store, NOVAK)
    for chat_id in CHATS:
        await subscribe(store, chat_id, now=NOW - timedelta(days=1))
    return await store.max_seq()


async def test_a_period_is_composed_once_whoever_composes_it(two: tuple[Store, Store]) -> None:
    a, b = two
    top = await _subscribed(a)
    # Both replicas read every subscription before either records its digest.
    subs = {c: await get_subscription(a, c) for c in CHATS}
    results = await asyncio.gather(
        *(
            record_digest(store, subs[c], SLOT, [_message(top)])  # type: ignore[arg-type]
            for c in CHATS
            for store in (a, b)
        )
    )
    assert sum(len(rows) for rows in results) == len(CHATS)
    rows = await outbox(a)
    assert sorted(r.chat_id for r in rows) == list(CHATS)  # one digest per chat
    # An alert for the same range of meetings is one period too.
    sub = await get_subscription(a, CHATS[0])
    assert sub is not None
    first = await record_digest(a, sub, NOW + timedelta(minutes=2), [_message(top)], kind="alert")
    again = await record_digest(b, sub, NOW + timedelta(minutes=4), [_message(top)], kind="alert")
    assert len(first) == 1 and again == []


async def test_outbox_rows_are_leased_and_pass_on_when_the_lease_runs_out(
    two: tuple[Store, Store],
) -> None:
    a, b = two
    top = await _subscribed(a)
    sub = await get_subscription(a, CHATS[0])
    assert sub is not None
    lease = timedelta(seconds=60)
    mine = Claim("replica-a", NOW + lease)
    parts = [_message(top), _message(top)]
    rows = await record_digest(a, sub, SLOT, parts, claim=mine)
    assert len(rows) == 2
    await mark_sending(a, rows[0].id, mine)  # replica a dies with the first part in flight
    held = await claim_open(
        b, CHATS[0], Claim("replica-b", NOW + lease), NOW + timedelta(seconds=5)
    )
    assert isinstance(held, Held) and held.owner == "replica-a"
    assert held.until == NOW + lease
    later = NOW + lease + timedelta(seconds=1)
    taken = await claim_open(b, CHATS[0], Claim("replica-b", later + lease), later)
    assert [r.id for r in taken] == [r.id for r in rows]  # the in-flight part goes again
    # Now replica b holds them: a, back from the dead, waits its turn.
    back = await claim_open(a, CHATS[0], Claim("replica-a", later + lease), later)
    assert isinstance(back, Held) and back.owner == "replica-b"


async def test_concurrent_claims_give_each_chat_to_one_replica(two: tuple[Store, Store]) -> None:
    a, b = two
    top = await _subscribed(a)
    for c in CHATS:
        sub = await get_subscription(a, c)
        assert sub is not None
        await record_digest(a, sub, SLOT, [_message(top)])
    claims = {
        "a": Claim("a", NOW + timedelta(minutes=1)),
        "b": Claim("b", NOW + timedelta(minutes=1)),
    }
    results = await asyncio.gather(
        *(
            claim_open(store, c, claims[name], NOW)
            for c in CHATS
            for name, store in (("a", a), ("b", b))
        )
    )
    got = [r for r in results if not isinstance(r, Held) and r]
    assert sorted(rows[0].chat_id for rows in got) == list(CHATS)  # each chat claimed once
    owners = {r.chat_id: r for r in await outbox(a)}
    assert len(owners) == len(CHATS)


async def test_a_new_sender_counts_what_the_others_sent_at_their_times(
    two: tuple[Store, Store],
) -> None:
    a, b = two
    top = await _subscribed(a)
    sub = await get_subscription(a, CHATS[0])
    assert sub is not None
    mine = Claim("replica-a", NOW + timedelta(minutes=1))
    rows = await record_digest(a, sub, SLOT, [_message(top), _message(top)], claim=mine)
    await mark_sending(a, rows[0].id, mine)
    await mark_sent(a, rows[0], CHATS[0], 77, at=NOW - timedelta(seconds=0.5))
    await mark_sending(a, rows[1].id, mine)  # in flight when a stopped
    sends = await sends_by_others(b, NOW - timedelta(minutes=1), "replica-b")
    assert sorted(sends, key=lambda s: s[1] is None) == [
        (CHATS[0], NOW - timedelta(seconds=0.5)),
        (CHATS[0], None),
    ]
    assert await sends_by_others(a, NOW - timedelta(minutes=1), "replica-a") == []
    clock = [100.0]
    pacer = Pacer(per_second=2, clock=lambda: clock[0])
    pacer.merge([(CHATS[0], 99.5), (CHATS[0], 100.0)])
    assert pacer.ready_at(CHATS[0]) == pytest.approx(100.5)  # two in the last second: wait


async def test_a_feed_poll_is_leased_for_its_interval(two: tuple[Store, Store]) -> None:
    a, b = two
    feed_id = await insert_feed(a, "http://127.0.0.1:9/rss", 30)
    until = NOW + timedelta(minutes=24)
    assert await claim_poll(a, feed_id, "replica-a", NOW, until)
    assert not await claim_poll(b, feed_id, "replica-b", NOW + timedelta(minutes=1), until)
    assert await claim_poll(b, feed_id, "replica-b", until, until + timedelta(minutes=24))
    feed = await get_feed(a, feed_id)
    assert feed is not None and feed.poll_owner == "replica-b"
    assert "poll_owner" not in feed.public()


async def test_one_store_sender_lock_at_a_time(two: tuple[Store, Store]) -> None:
    """On PostgreSQL the second replica waits for the first to finish sending; SQLite
    serves one process, whose lock is its own."""
    a, b = two
    order: list[str] = []

    turns: list[str] = []

    async def send(store: Store, name: str) -> None:
        async with store.sender_lock() as turn:
            turns.append(turn)
            order.append(f"{name} starts")
            await asyncio.sleep(0.3)
            order.append(f"{name} ends")

    first = asyncio.create_task(send(a, "a"))
    await asyncio.sleep(0.1)
    async with b.sender_lock(lambda: False) as stopping:  # b's application stops meanwhile
        pass
    await asyncio.gather(first, send(b, "b"))
    if type(a).__name__ == "PgStore":
        assert order == ["a starts", "a ends", "b starts", "b ends"]
        assert turns == ["shared", "shared"] and stopping == "stopped"
    else:
        assert order == ["a starts", "b starts", "a ends", "b ends"]
        assert turns == ["alone", "alone"] and stopping == "alone"
