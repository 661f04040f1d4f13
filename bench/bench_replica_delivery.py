"""Digest delivery by 1, 2 and 4 bot replicas on one PostgreSQL database, the real code.

    python bench/bench_replica_delivery.py [--chats 10000] [--replicas 1 2 4] [--url URL]

Each replica is a ``briefing run --webhook`` process (``python -m bot.cli``: PTB application,
digest jobs, outbox leases, the sender advisory lock and ``bot.pacing.Pacer``), all on one
database, sending to a recording Bot API server on 127.0.0.1 (tests/botapi.py) run by this
script. ``--chats`` subscribers (the seeds ingested, each owed the newest meeting) are due at
once when the replicas start. Per number of replicas, a fresh database copied from one
template, the script waits until every chat has its digest and prints: total time (first to
last message the server saw), messages/s, the busiest 1-second window (Telegram allows
about 30), chats served, repeated messages, and each replica's share of the sends.

Without --url a throwaway cluster is started (tests/pgcluster.py); with --url the databases
``deliver_*`` are created and dropped on that server.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import sys
import tempfile
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from results import record  # noqa: E402

TEMPLATE = "deliver_template"
SECRET = "bench-replicas-secret"
LIMIT = 30


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _db_url(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


async def _admin(url: str, *sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        for statement in sql:
            await conn.execute(statement)
    finally:
        await conn.close()


async def make_template(url: str, chats: int) -> None:
    """The seeds ingested and ``chats`` daily subscriptions whose time passed 3 min ago."""
    from store.language.localtime import DEFAULT_TZ
    from store.language.subscription import utc_now
    from store.services.ingest import ingest
    from store.services.sources import load_paths
    from store.storage.backends import open_store
    from store.storage.subscriptions import subscribe

    await _admin(url, f"DROP DATABASE IF EXISTS {TEMPLATE}", f"CREATE DATABASE {TEMPLATE}")
    store = await open_store(_db_url(url, TEMPLATE))
    try:
        await ingest(store, load_paths([ROOT / "seeds"]))
        local = utc_now().astimezone(ZoneInfo(DEFAULT_TZ))
        at = (local - timedelta(minutes=3)).strftime("%H:%M")
        yesterday = utc_now() - timedelta(days=1)
        ids = [10_000_000 + c for c in range(1, chats + 1)]
        for k in range(0, chats, 16):  # the pool's connections in parallel
            await asyncio.gather(
                *(subscribe(store, chat_id, at=at, now=yesterday) for chat_id in ids[k : k + 16])
            )
        # Each chat owed the newest meeting (a cursor just before it).
        await store.pool.execute("UPDATE subscriptions SET cursor = cursor - 1")  # type: ignore[attr-defined]
    finally:
        await store.close()


async def run_round(url: str, replicas: int, chats: int, logs: Path) -> dict[str, float | int]:
    from tests.botapi import TOKEN, BotAPIServer

    name = f"deliver_{replicas}"
    await _admin(
        url, f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}"
    )
    server = await BotAPIServer().start()
    env = {
        **os.environ,
        "BRIEFING_DATABASE_URL": _db_url(url, name),
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "BRIEFING_WEBHOOK_URL": "https://bot.example.vn/tg",
        "BRIEFING_WEBHOOK_SECRET": SECRET,
        "BRIEFING_WEBHOOK_LISTEN": "127.0.0.1",
    }
    env.pop("BRIEFING_DB", None)
    procs: list[asyncio.subprocess.Process] = []
    started = time.perf_counter()
    try:
        for i in range(replicas):
            with (logs / f"r{replicas}-{i}.log").open("ab") as err:
                procs.append(
                    await asyncio.create_subprocess_exec(
                        sys.executable,
                        "-m",
                        "bot.cli",
                        "run",
                        "--webhook",
                        env={**env, "BRIEFING_WEBHOOK_PORT": str(_free_port())},
                        cwd=ROOT,
                        stdout=asyncio.subprocess.DEVNULL,
                        stderr=err,
                    )
                )
        wanted = {10_000_000 + c for c in range(1, chats + 1)}
        served: set[int] = set()
        seen = 0
        while not wanted <= served:
            await asyncio.sleep(1.0)
            new = server.accepted()[seen:]
            seen += len(new)
            served.update(r.chat_id for r in new)
            if any(p.returncode is not None for p in procs):
                raise RuntimeError(f"a replica exited; see {logs}")
            if time.perf_counter() - started > chats / 5 + 300:
                raise RuntimeError(f"{len(served & wanted)} of {chats} served; see {logs}")
    finally:
        for p in procs:
            if p.returncode is None:
                p.terminate()
        for p in procs:
            try:
                await asyncio.wait_for(p.wait(), 30)
            except TimeoutError:
                p.kill()
                await p.wait()
        await server.stop()
    sends = await _sends_by_replica(_db_url(url, name))
    received = server.received
    times = sorted(r.at for r in received)
    copies = Counter((r.chat_id, r.text) for r in server.accepted())
    span = times[-1] - times[0]
    await _admin(url, f"DROP DATABASE IF EXISTS {name}")
    return {
        "replicas": replicas,
        "messages": len(received),
        "served": len(served & wanted),
        "repeated": sum(n - 1 for n in copies.values()),
        "seconds": span,
        "rate": (len(times) - 1) / span if span else 0.0,
        "busiest": server.busiest(1.0),
        "shares": " / ".join(str(n) for n in sends),
    }


async def _sends_by_replica(url: str) -> list[int]:
    """How many messages each replica sent (the outbox records who claimed each row)."""
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch(
            "SELECT split_part(claimed_by, ':', 2) AS pid, count(*) AS n FROM digest_outbox"
            " WHERE state = 'sent' GROUP BY 1 ORDER BY 2 DESC"
        )
    finally:
        await conn.close()
    return [int(r["n"]) for r in rows]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chats", type=int, default=10_000)
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--url", help="a PostgreSQL server (default: a throwaway cluster)")
    args = parser.parse_args()
    from tests.pgcluster import server_url

    logs = Path(tempfile.mkdtemp(prefix="bench-delivery-"))
    with server_url(args.url) as url:
        t = time.perf_counter()
        await make_template(url, args.chats)
        print(f"{args.chats:,} subscribers due at once (set up in {time.perf_counter() - t:.0f} s)")
        print(
            "| replicas | messages | chats served | repeated | total s | msg/s | busiest 1-s window | sent per replica |"
        )
        print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        rounds = []
        for n in args.replicas:
            r = await run_round(url, n, args.chats, logs)
            rounds.append((n, r))
            flag = "" if int(r["busiest"]) <= LIMIT else " OVER"
            print(
                f"| {n} | {r['messages']:,} | {r['served']:,} | {r['repeated']} |"
                f" {r['seconds']:.0f} | {r['rate']:.1f} | {r['busiest']}{flag} | {r['shares']} |",
                flush=True,
            )
    record(
        "replica_delivery",
        figure=f"{args.chats:,} subscribers due at once; "
        + "; ".join(
            f"{n} replica{'s' if n > 1 else ''}: {r['seconds']:.0f} s, {r['rate']:.1f} msg/s,"
            f" busiest second {r['busiest']}, served {r['served']:,}, repeated {r['repeated']}"
            for n, r in rounds
        ),
        met=all(int(r["busiest"]) <= LIMIT and r["served"] == args.chats for _, r in rounds),
    )


if __name__ == "__main__":
    asyncio.run(main())
