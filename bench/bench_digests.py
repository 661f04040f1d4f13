"""Digest benchmarks.

1. Compose: the digests of 10,000 subscriptions with mixed filters (none, a leader, a
   sector, a sector with an exclusion, a keyword) over the seeds plus 60 new meetings —
   loading the subscriptions, planning and rendering each — once with every chat at the
   same cursor (the usual 07:00) and once with chats lagging by 0–45 meetings. Target:
   under 2 s.
2. Deliver: a run of 1,000 digests (900 private chats, 100 groups) through the real
   delivery path — outbox, pacer, python-telegram-bot's Bot — against a recording Bot
   API, on an event loop with virtual time (sleeping costs no wall time; database work
   runs for real). One flood-control answer (429, retry after 5 s) is injected midway.
   Reports the busiest 1-second window (Telegram allows 30), the busiest minute of any
   group (20 allowed), and that every chat got exactly one message.

Usage: python bench/bench_digests.py [--subscriptions 10000] [--deliveries 1000]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import selectors
import sys
import tempfile
import time
from bisect import bisect_left
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiosqlite  # noqa: E402
from telegram import Bot  # noqa: E402
from telegram.request import BaseRequest, RequestData  # noqa: E402

from bot.digests import DigestService, Pacer  # noqa: E402
from handlers.render import render_digest  # noqa: E402
from store.language.models import Article  # noqa: E402
from store.language.subscribe_args import parse_filters  # noqa: E402
from store.language.subscription import Filters  # noqa: E402
from store.services.digest import Composer  # noqa: E402
from store.services.ingest import ensure_seeded, ingest  # noqa: E402
from store.storage.db import Store  # noqa: E402
from store.storage.subscriptions import list_subscriptions, outbox  # noqa: E402

TOPICS = ["", "", "", "", "Putin", "Mishustin", "dầu khí", "năng lượng", "giáo dục", "quốc phòng",
          "năng lượng -quốc phòng", "Lavrov, du lịch", '"ASEAN"', "điện hạt nhân", "Tô Lâm"]  # fmt: skip

VN = ["Thủ tướng Phạm Minh Chính", "Tổng Bí thư Tô Lâm", "Bộ trưởng Ngoại giao Bùi Thanh Sơn",
      "Đại tướng Phan Văn Giang", "Chủ tịch nước Lương Cường"]  # fmt: skip
RU = ["Phó Thủ tướng Nga Alexander Novak", "Ngoại trưởng Nga Sergei Lavrov",
      "Thủ tướng Nga Mikhail Mishustin", "Bộ trưởng Quốc phòng Nga Andrei Belousov",
      "Phó Thủ tướng Nga Dmitry Chernyshenko"]  # fmt: skip
TOPIC_SENTENCES = ["hợp tác dầu khí và năng lượng", "hợp tác giáo dục, đào tạo",
                   "hợp tác quốc phòng", "du lịch và giao lưu nhân dân",
                   "dự án điện hạt nhân", "thương mại và đầu tư"]  # fmt: skip


def articles(n: int) -> list[Article]:
    """Meetings written for the benchmark, in the style of Vietnamese news reports."""
    out = []
    for i in range(n):
        vn, ru, topic = VN[i % len(VN)], RU[(i // 2) % len(RU)], TOPIC_SENTENCES[i % 6]
        day = date(2024, 1, 1) + timedelta(days=4 * i)
        text = (
            f"{vn} tiếp {ru}\n"
            f"Chiều {day.day}/{day.month}/{day.year}, tại Hà Nội, {vn} đã tiếp {ru} đang thăm "
            f"làm việc tại Việt Nam. Hai bên trao đổi về {topic} và nhất trí thúc đẩy quan hệ "
            "Đối tác chiến lược toàn diện Việt Nam – Liên bang Nga."
        )
        out.append(Article(text=text, source=f"bench_{i:04d}.txt", published=day))
    return out


async def make_store(path: Path, new_meetings: int) -> tuple[Store, int]:
    store = await Store.open(path)
    await ensure_seeded(store)
    cursor = await store.max_seq()
    await ingest(store, articles(new_meetings))
    return store, cursor


async def add_subscriptions(
    store: Store, chat_ids: list[int], cursor: int, cursor_step: int = 0
) -> None:
    """Bulk insert (setup only; the bot goes through ``store.storage.subscriptions.subscribe``)."""
    parsed = {t: (parse_filters(t, date(2025, 6, 1)) if t else Filters()) for t in TOPICS}
    rows = []
    for n, chat_id in enumerate(chat_ids):
        filters = parsed[TOPICS[n % len(TOPICS)]]
        kind = "private" if chat_id > 0 else "group"
        start = cursor + cursor_step * (n % 10)  # chats that missed some digests lag behind
        rows.append((chat_id, kind, json.dumps(filters.public(), ensure_ascii=False), start))
    await store.conn.executemany(
        "INSERT INTO subscriptions(chat_id, chat_type, filters, cursor, last_slot)"
        " VALUES (?, ?, ?, ?, '2025-05-31T00:00:00.000000Z')",
        rows,
    )
    await store.conn.commit()


# ----------------------------------------------------------------- 1. composing


async def bench_compose(n: int, cursor_step: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        store, cursor = await make_store(Path(tmp) / "bench.db", 60)
        try:
            await add_subscriptions(store, list(range(1, n + 1)), cursor, cursor_step)
            started = time.perf_counter()
            subs = await list_subscriptions(store, active_only=True)
            composer = Composer(store)
            await composer.refresh()
            sizes, nonempty, messages = [], 0, 0
            for sub in subs:
                plan = await composer.plan(sub)
                parts = render_digest(plan, sub, day=date(2025, 6, 1))
                nonempty += not plan.empty
                messages += len(parts) if not plan.empty else 0
                sizes.append(len(plan.facts) + plan.more)
            elapsed = time.perf_counter() - started
        finally:
            await store.close()
    return {
        "subscriptions": len(subs),
        "distinct_cursors": len({s.cursor for s in subs}),
        "distinct_filters": len({s.filters for s in subs}),
        "most_new_meetings": max(sizes),
        "digests_with_news": nonempty,
        "messages": messages,
        "seconds": round(elapsed, 3),
        "target_seconds": 2.0,
        "ok": elapsed < 2.0,
    }


# ----------------------------------------------------------------- 2. delivering


_db_calls = 0  # database calls in flight (the virtual clock stands still meanwhile)


def _track_database_calls() -> None:
    real = aiosqlite.Connection._execute

    async def tracked(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        global _db_calls
        _db_calls += 1
        try:
            return await real(self, fn, *args, **kwargs)
        finally:
            _db_calls -= 1

    aiosqlite.Connection._execute = tracked  # type: ignore[method-assign]


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """An event loop whose clock jumps to the next timer when there is nothing to do.

    Sleeps cost no wall time. Database calls run for real and take no virtual time: the
    clock does not move while one is in flight, so the measured rate is the pacer's.
    """

    def __init__(self) -> None:
        super().__init__()
        self._now = 0.0
        selector: selectors.BaseSelector = self._selector  # type: ignore[attr-defined]
        real_select = selector.select

        def select(timeout: float | None = None) -> list[Any]:
            if timeout is not None and timeout <= 0:
                return real_select(timeout)
            if timeout is None or _db_calls:
                return real_select(None if timeout is None else 0.05)  # wait for real I/O
            events = real_select(0)
            if not events:
                self._now += timeout  # idle until the next timer: skip the wait
            return events

        selector.select = select  # type: ignore[method-assign]

    def time(self) -> float:
        return self._now


class RecordingAPI(BaseRequest):
    """Answers like Telegram and records (virtual time, chat) of every accepted message;
    answers 429 once, when ``flood_at`` messages have gone out."""

    def __init__(self, flood_at: int, flood_seconds: int) -> None:
        self.sends: list[tuple[float, int]] = []
        self.texts: list[tuple[int, str]] = []
        self.flood_at = flood_at
        self.flood_seconds = flood_seconds
        self.flood_time: float | None = None
        self._ids = itertools.count(1)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *args: Any, **kw: Any
    ) -> tuple[int, bytes]:
        api = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if api == "getMe":
            result: Any = {"id": 1, "is_bot": True, "first_name": "Bản tin", "username": "BenchBot"}
        elif api == "sendMessage":
            now = asyncio.get_running_loop().time()
            chat_id = int(params["chat_id"])
            if self.flood_time is None and len(self.sends) == self.flood_at:
                self.flood_time = now
                body = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {self.flood_seconds}",
                    "parameters": {"retry_after": self.flood_seconds},
                }
                return 429, json.dumps(body).encode()
            self.sends.append((now, chat_id))
            self.texts.append((chat_id, str(params["text"])))
            result = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "text": "x",
            }
        else:
            result = True
        return 200, json.dumps({"ok": True, "result": result}).encode()


def busiest(times: list[float], window: float) -> int:
    """Most events in any half-open window [t, t + window)."""
    times = sorted(times)
    return max((bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)


async def bench_deliver(n: int) -> dict[str, Any]:
    groups = n // 10
    chats = list(range(1, n - groups + 1)) + [-(10**6) - i for i in range(groups)]
    with tempfile.TemporaryDirectory() as tmp:
        store, cursor = await make_store(Path(tmp) / "bench.db", 10)
        api = RecordingAPI(flood_at=n // 2, flood_seconds=5)
        bot = Bot("1:bench", request=api, get_updates_request=RecordingAPI(-1, 0))
        await bot.initialize()
        try:
            await add_subscriptions(store, chats, cursor)
            # Every filter above matches something new, so every chat gets a digest.
            await store.conn.execute("UPDATE subscriptions SET filters = '{}'")
            await store.conn.commit()
            service = DigestService(
                store, bot, clock=lambda: datetime(2025, 6, 1, 0, 0, 30, tzinfo=UTC), pacer=Pacer()
            )
            wall = time.perf_counter()
            queued = await service.queue_due()
            start = asyncio.get_running_loop().time()
            stats = await service.drain()
            virtual = asyncio.get_running_loop().time() - start
            wall = time.perf_counter() - wall
            # What each chat should have received: its digest's parts, as recorded.
            expected = {(r.chat_id, r.text) for r in await outbox(store)}
            states = {r.state for r in await outbox(store)}
        finally:
            await bot.shutdown()
            await store.close()
    got = api.texts
    group_times: dict[int, list[float]] = defaultdict(list)
    for t, chat in api.sends:
        if chat < 0:
            group_times[chat].append(t)
    times = [t for t, _ in api.sends]
    flood_end = (api.flood_time or 0) + api.flood_seconds
    during_flood = [
        t for t in times if api.flood_time is not None and api.flood_time < t < flood_end
    ]
    return {
        "chats": len(queued),
        "messages": len(api.sends),
        "digest_messages_recorded": len(expected),
        "outbox_states": sorted(states),
        "lost": len(expected - set(got)),
        "repeated": len(got) - len(set(got)),
        "chats_reached": len({c for c, _ in got}),
        "busiest_second": busiest(times, 1.0),
        "limit_per_second": 30,
        "mean_rate_per_s_outside_flood_wait": round(
            len(times) / (max(times) - min(times) - api.flood_seconds), 2
        ),
        "busiest_group_minute": max((busiest(v, 60.0) for v in group_times.values()), default=0),
        "limit_per_group_minute": 20,
        "flood_wait_s": api.flood_seconds,
        "sent_during_flood_wait": len(during_flood),
        "virtual_seconds": round(virtual, 1),
        "wall_seconds": round(wall, 2),
        "failed": stats.failed,
        "projected_10000_minutes": round(
            10_000 * (virtual - api.flood_seconds) / len(times) / 60, 1
        ),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--deliveries", type=int, default=1_000)
    args = parser.parse_args()

    composes = []
    for step in (0, 5):
        compose = asyncio.run(bench_compose(args.subscriptions, step))
        print("compose:", json.dumps(compose, ensure_ascii=False))
        composes.append(compose)

    _track_database_calls()
    loop = VirtualTimeLoop()
    try:
        deliver = loop.run_until_complete(bench_deliver(args.deliveries))
    finally:
        loop.close()
    print("deliver:", json.dumps(deliver, ensure_ascii=False))
    ok = (
        all(c["ok"] for c in composes)
        and deliver["lost"] == 0
        and deliver["repeated"] == 0
        and deliver["busiest_second"] < deliver["limit_per_second"]
        and deliver["busiest_group_minute"] < deliver["limit_per_group_minute"]
        and deliver["sent_during_flood_wait"] == 0
    )
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
