"""Digest pacing proven on the wire: the bot as `briefing run` builds it (PTB's HTTP client,
its rate limiter installed) delivers to a recording Bot API server on 127.0.0.1 that
answers 429 with retry_after, refuses a blocked chat and answers slowly; the process is
killed twice — once at full speed, once inside a flood wait — and restarted over the same
database. The server's arrival times show that no 1-second window holds more than 28
messages, no group gets more than 19 in 60 seconds, a 429 holds what Telegram said to
hold (across the restart too), and nothing is lost or repeated but a message in flight.

Time is virtual (``tests.virtualtime``): the minutes of waiting cost no wall time, while
HTTP, SQLite and the server run for real and are timed on the same clock.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application
from bot.digests import DigestService, install_digests
from handlers.render import DIGEST_MARK
from store.storage.db import Store
from store.storage.subscriptions import (
    DigestMessage,
    get_subscription,
    outbox,
    record_digest,
    subscribe,
)
from tests.botapi import TOKEN, BotAPIServer, Received
from tests.botkit import test_settings
from tests.test_digests_kit import at
from tests.test_digests_store import NOVAK, ingest
from tests.virtualtime import virtual_time

PRIVATE = [300_001 + i for i in range(260)]
GROUPS = [-100_200_001 - i for i in range(12)]  # one digest message each
BUSY = [-100_900_001 - i for i in range(3)]  # a long backlog each: the group limit bites
PARTS = 25
BLOCKED = PRIVATE[7]
SLOW = PRIVATE[11]
CONCURRENCY = 8


async def _process(path: Path, server: BotAPIServer, clock: Callable[[], datetime]) -> Any:
    """ "briefing run" over ``path``: real HTTP to the server, the production rate limiter."""
    store = await Store.open(path)
    settings = test_settings(TELEGRAM_API_BASE_URL=server.base_url, TELEGRAM_BOT_TOKEN=TOKEN)
    app = build_application(settings, store)
    await app.initialize()
    service = install_digests(app, clock=clock, concurrency=CONCURRENCY)
    return store, app, service


async def _kill(store: Store, app: Any, task: asyncio.Future[Any]) -> set[int]:
    """kill -9: the run stops mid-flight; returns the chats whose message was in flight."""
    task.cancel()
    with suppress(asyncio.CancelledError):
        await task
    await app.shutdown()
    in_flight = {r.chat_id for r in await outbox(store) if r.state == "sending"}
    await store.close()
    return in_flight


async def _scenario(path: Path) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    base = at(2, 7)  # Monday 07:00 in Hà Nội: every daily digest is due

    def clock() -> datetime:
        return base + timedelta(seconds=loop.time())

    server = await BotAPIServer().start()
    store = await Store.open(path)
    for chat in [*PRIVATE, *GROUPS, *BUSY]:
        await subscribe(store, chat, "private" if chat > 0 else "supergroup", now=at(1, 8))
    await ingest(store, NOVAK)
    for group in BUSY:  # what a long catch-up leaves behind: many parts for one group
        sub = await get_subscription(store, group)
        assert sub is not None
        parts = [
            DigestMessage(f"{DIGEST_MARK} — phần {i}/{PARTS}", (), sub.cursor) for i in range(PARTS)
        ]
        await record_digest(store, sub, at(2, 6), parts, kind="manual")
    await store.close()

    server.inject[30] = ("retry_after", 3)  # a flood wait early on, for whichever chat
    server.script[GROUPS[0]] = [("retry_after", 7)]  # and one for a group
    server.script[BLOCKED] = [("error", 403, "Forbidden: bot was blocked by the user")]
    server.script[SLOW] = [("delay", 2)]  # a 2-second answer
    starts: list[float] = []

    # Process A: killed at full speed, after 120 messages went through.
    crash = asyncio.Event()
    server.on_receive = lambda r: len(server.accepted()) >= 120 and crash.set()  # type: ignore[func-returns-value]
    store, app, service = await _process(path, server, clock)
    starts.append(loop.time())
    await service.start()
    task = asyncio.ensure_future(service.drain())
    await crash.wait()
    in_flight = await _kill(store, app, task)

    # Process B: killed one second into a flood wait of 5 s.
    flood_at = len(server.received) + 40
    server.inject[flood_at] = ("retry_after", 5)
    flooded = asyncio.Event()
    server.on_receive = lambda r: r.n == flood_at and flooded.set()  # type: ignore[func-returns-value]
    store, app, service = await _process(path, server, clock)
    starts.append(loop.time())
    await service.start()
    task = asyncio.ensure_future(service.drain())
    await flooded.wait()
    await asyncio.sleep(1.0)
    in_flight |= await _kill(store, app, task)

    # Process C: runs to the end.
    server.on_receive = None
    store, app, service = await _process(path, server, clock)
    starts.append(loop.time())
    assert isinstance(service, DigestService)
    await service.start()
    await service.drain()
    rows = await outbox(store)
    blocked = await get_subscription(store, BLOCKED)
    await app.shutdown()
    await store.close()
    await server.stop()
    return {
        "received": server.received,
        "accepted": server.accepted(),
        "busiest_second": server.busiest(1.0),
        "busiest_group_minute": server.busiest_group_minute(),
        "rows": rows,
        "in_flight": in_flight,
        "starts": starts,
        "blocked": blocked,
    }


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
def test_pacing_holds_on_the_wire_across_flood_waits_and_restarts(tmp_path: Path) -> None:
    with virtual_time() as loop:
        run = loop.run_until_complete(_scenario(tmp_path / "bot.db"))
    received: list[Received] = run["received"]
    accepted: list[Received] = run["accepted"]

    # Telegram's limits, measured where Telegram would measure them.
    assert run["busiest_second"] <= 28, run["busiest_second"]
    assert run["busiest_group_minute"] <= 19, run["busiest_group_minute"]
    assert min(len([r for r in accepted if r.chat_id == g]) for g in BUSY) > PARTS  # it bit

    # Each 429 held what it said: nothing to that chat, nothing new from anyone (only what
    # other workers had already sent), and nothing at all from a process started during it.
    floods = [r for r in received if r.status == 429]
    assert len(floods) == 3
    for flood in floods:
        end = flood.at + (flood.retry_after or 0)
        during = [r for r in received if flood.at < r.at < end]
        assert not [r for r in during if r.chat_id == flood.chat_id]
        assert len(during) <= CONCURRENCY - 1
        for start in run["starts"]:
            if flood.at <= start < end:
                assert not [r for r in received if start <= r.at < end]
    restarted_in_flood = [s for s in run["starts"] if any(f.at <= s < f.at + 5 for f in floods)]
    assert restarted_in_flood  # the second restart did happen inside a flood wait

    # Nothing lost: every message recorded was delivered; the blocked chat stopped at once.
    rows = run["rows"]
    assert {r.state for r in rows if r.chat_id != BLOCKED} == {"sent"}
    scheduled = {r.chat_id for r in rows if r.kind == "scheduled" and r.state == "sent"}
    assert scheduled == {*PRIVATE, *GROUPS, *BUSY} - {BLOCKED}  # every chat got its digest
    delivered = Counter((r.chat_id, r.text) for r in accepted)
    assert all((r.chat_id, r.text) in delivered for r in rows if r.state == "sent")
    assert len([r for r in received if r.chat_id == BLOCKED]) == 1
    assert run["blocked"] is not None and not run["blocked"].active
    assert run["blocked"].reason == "blocked"
    # Repeated: at most once, and only a message in flight when a process was killed.
    repeated = {key: n for key, n in delivered.items() if n > 1}
    assert all(n == 2 for n in repeated.values())
    assert {chat for chat, _ in repeated} <= run["in_flight"]
    assert len({chat for chat, _ in delivered}) == len(PRIVATE) + len(GROUPS) + len(BUSY) - 1
