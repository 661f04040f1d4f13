"""Digest benchmarks.

1. Compose: the digests of 10,000 subscriptions with mixed filters (none, a leader, a
   sector, a sector with an exclusion, a keyword) over the seeds plus 60 new meetings —
   loading the subscriptions, planning and rendering each — once with every chat at the
   same cursor (the usual 07:00) and once with chats lagging by 0–45 meetings. Target:
   under 2 s.
2. Deliver: the 07:00 run of 10,000 subscribers (9,000 private chats, 1,000 groups, 20
   of them with a backlog of 30 parts so the per-group limit bites) through the
   production path — outbox, pacer, python-telegram-bot's HTTP client with its rate
   limiter installed — over real HTTP to the recording Bot API of the tests
   (tests/botapi.py) on 127.0.0.1, with six 429 answers (retry after 2–7 s) injected.
   The event loop runs on virtual time (tests/virtualtime.py): the minutes of pacing
   cost no wall time, while HTTP and SQLite run for real; every limit is measured on the
   server's arrival times. Reports the busiest 1-second window (Telegram allows 30), the
   busiest 60-second window of any group (20 allowed), what was sent during a flood wait,
   and that every message arrived exactly once.

Usage: python bench/bench_digests.py [--subscriptions 10000] [--deliveries 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import record  # noqa: E402

from bot.app import build_application  # noqa: E402
from bot.digests import install_digests  # noqa: E402
from handlers.render import render_digest  # noqa: E402
from store.language.models import Article  # noqa: E402
from store.language.subscribe_args import parse_filters  # noqa: E402
from store.language.subscription import Filters  # noqa: E402
from store.services.digest import Composer  # noqa: E402
from store.services.ingest import ensure_seeded, ingest  # noqa: E402
from store.storage.db import Store  # noqa: E402
from store.storage.subscriptions import (  # noqa: E402
    DigestMessage,
    get_subscription,
    list_subscriptions,
    outbox,
    record_digest,
)
from tests.botapi import TOKEN, BotAPIServer  # noqa: E402
from tests.botkit import test_settings  # noqa: E402
from tests.virtualtime import virtual_time  # noqa: E402

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


async def bench_deliver(n: int, busy_groups: int, parts: int) -> dict[str, Any]:
    """Every chat's digest through the production path (outbox, pacer, PTB's HTTP client
    with its rate limiter installed) to a recording Bot API on 127.0.0.1; 429s injected."""
    loop = asyncio.get_running_loop()
    groups = n // 10
    chats = list(range(1, n - groups + 1)) + [-(10**12) - i for i in range(groups)]
    busy = chats[-busy_groups:] if busy_groups else []
    base = datetime(2025, 6, 2, 0, 0, tzinfo=UTC)  # 07:00 in Hà Nội

    def clock() -> datetime:
        return base + timedelta(seconds=loop.time())

    server = await BotAPIServer().start()
    # Flood waits spread over the run: Telegram's answer, not our guess, sets the pause.
    waits = [3, 5, 7, 2, 4, 6]
    for k, wait in enumerate(waits, start=1):
        server.inject[k * n // (len(waits) + 1)] = ("retry_after", wait)
    with tempfile.TemporaryDirectory() as tmp:
        store, cursor = await make_store(Path(tmp) / "bench.db", 10)
        try:
            await add_subscriptions(store, chats, cursor)
            # Every filter above matches something new, so every chat gets a digest.
            await store.conn.execute("UPDATE subscriptions SET filters = '{}'")
            await store.conn.commit()
            for chat in busy:  # a long backlog: the group limit must bite
                sub = await get_subscription(store, chat)
                assert sub is not None
                backlog = [
                    DigestMessage(f"📰 Bản tin Việt–Nga — phần {i}/{parts}", (), sub.cursor)
                    for i in range(parts)
                ]
                await record_digest(store, sub, base - timedelta(hours=1), backlog, kind="manual")
            settings = test_settings(
                TELEGRAM_API_BASE_URL=server.base_url, TELEGRAM_BOT_TOKEN=TOKEN
            )
            app = build_application(settings, store)
            await app.initialize()
            service = install_digests(app, clock=clock)
            wall = time.perf_counter()
            queued = await service.queue_due()
            start = loop.time()
            stats = await service.drain()
            virtual = loop.time() - start
            wall = time.perf_counter() - wall
            rows = await outbox(store)
            await app.shutdown()
        finally:
            await store.close()
            await server.stop()
    accepted = server.accepted()
    got = [(r.chat_id, r.text) for r in accepted]
    expected = {(r.chat_id, r.text) for r in rows}
    floods = [r for r in server.received if r.status == 429]
    during = sum(
        1
        for f in floods
        for r in server.received
        if r.chat_id == f.chat_id and f.at < r.at < f.at + (f.retry_after or 0)
    )
    in_flight = sum(
        1
        for f in floods
        for r in server.received
        if r.chat_id != f.chat_id and f.at < r.at < f.at + (f.retry_after or 0)
    )
    return {
        "subscribers": len(chats),
        "chats_queued": len(queued),
        "groups": groups,
        "busy_groups": len(busy),
        "messages_recorded": len(expected),
        "requests": len(server.received),
        "flood_waits_injected": len(floods),
        "flood_wait_seconds": sum(f.retry_after or 0 for f in floods),
        "busiest_second": server.busiest(1.0),
        "limit_per_second": 30,
        "busiest_group_minute": server.busiest_group_minute(),
        "limit_per_group_minute": 20,
        "sent_to_a_flooded_chat_during_its_wait": during,
        "sent_by_others_during_a_wait": in_flight,
        "lost": len(expected - set(got)),
        "repeated": len(got) - len(set(got)),
        "outbox_states": sorted({r.state for r in rows}),
        "failed": stats.failed,
        "virtual_minutes": round(virtual / 60, 1),
        "wall_seconds": round(wall, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--deliveries", type=int, default=10_000)
    parser.add_argument("--busy-groups", type=int, default=20)
    parser.add_argument("--parts", type=int, default=30)
    args = parser.parse_args()

    composes = []
    for step in (0, 5):
        compose = asyncio.run(bench_compose(args.subscriptions, step))
        print("compose:", json.dumps(compose, ensure_ascii=False))
        composes.append(compose)

    logging.getLogger("bot.digests").setLevel(logging.ERROR)  # one line per flood wait
    with virtual_time() as loop:
        deliver = loop.run_until_complete(
            bench_deliver(args.deliveries, args.busy_groups, args.parts)
        )
    print("deliver:", json.dumps(deliver, ensure_ascii=False))
    ok = (
        all(c["ok"] for c in composes)
        and deliver["lost"] == 0
        and deliver["repeated"] == 0
        and deliver["busiest_second"] <= deliver["limit_per_second"]
        and deliver["busiest_group_minute"] <= deliver["limit_per_group_minute"]
        and deliver["sent_to_a_flooded_chat_during_its_wait"] == 0
    )
    print("OK" if ok else "FAILED")
    record(
        "digests",
        figure="compose "
        + " / ".join(f"{c['seconds']} s" for c in composes)
        + f" ({args.subscriptions:,} subscriptions, cursors aligned / lagging); delivery to"
        f" {deliver['subscribers']:,} subscribers, {deliver['flood_waits_injected']} 429s"
        f" injected: busiest second {deliver['busiest_second']} (limit 30), busiest group minute"
        f" {deliver['busiest_group_minute']} (limit 20), lost {deliver['lost']}, repeated"
        f" {deliver['repeated']}, {deliver['virtual_minutes']} min",
        met=ok,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
