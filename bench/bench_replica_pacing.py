"""Global pacing across replicas: which keeps every 1-second window at Telegram ≤ 30?

    python bench/bench_replica_pacing.py [--messages 1000] [--replicas 1 2 4] [--url URL]

Each replica is its own process (own event loop, own connection pool) sending its share
of ``--messages`` to a recording Bot API server on 127.0.0.1 (tests/botapi.py), paced one
of two ways through PostgreSQL:

- ``lock``: one sender at a time holds a session advisory lock (store.storage.pg's
  ``sender_lock``); it counts the sends the others logged in the last second, then its own
  ``bot.pacing.Pacer`` (28/s, decided at the instant of sending) paces it, as the bot does;
- ``bucket``: a shared token bucket, one row: every send reserves the next free slot
  1/28 s after the previous one (``UPDATE … RETURNING``), sleeps until it, and sends.

Prints, per strategy and number of replicas: messages/s achieved and the busiest
1-second window the server saw. Without --url a throwaway cluster is started
(tests/pgcluster.py).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RATE = 28
LOCK = 0x62726966


async def _lock_sender(url: str, api: str, chats: list[int]) -> None:
    import asyncpg
    import httpx

    from bot.pacing import Pacer

    pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
    pacer = Pacer(RATE)
    async with httpx.AsyncClient() as client, pool.acquire() as conn:
        while not await conn.fetchval("SELECT pg_try_advisory_lock($1)", LOCK):
            await asyncio.sleep(0.5)
        # Taking over: count what the others sent in the last second, at their times.
        wall, loop_now = time.time(), pacer.now()
        rows = await conn.fetch("SELECT chat_id, at FROM sends WHERE at > $1", wall - 1.5)
        pacer.merge([(r["chat_id"], loop_now - (wall - r["at"])) for r in rows])
        for chat_id in chats:
            await pacer.acquire(chat_id)
            at = time.time()
            await client.post(f"{api}/sendMessage", json={"chat_id": chat_id, "text": "x"})
            await conn.execute("INSERT INTO sends VALUES ($1, $2)", chat_id, at)
        await conn.execute("SELECT pg_advisory_unlock($1)", LOCK)
    await pool.close()


async def _bucket_sender(url: str, api: str, chats: list[int]) -> None:
    import asyncpg
    import httpx

    pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
    step = 1.0 / RATE
    async with httpx.AsyncClient() as client, pool.acquire() as conn:
        for chat_id in chats:
            wait = await conn.fetchval(
                "UPDATE bucket SET next_at = greatest(next_at, extract(epoch FROM clock_timestamp()))"
                " + $1 RETURNING next_at - $1 - extract(epoch FROM clock_timestamp())",
                step,
            )
            if wait > 0:
                await asyncio.sleep(wait)
            await client.post(f"{api}/sendMessage", json={"chat_id": chat_id, "text": "x"})
    await pool.close()


def _sender(strategy: str, url: str, api: str, chats: list[int]) -> None:
    run = _lock_sender if strategy == "lock" else _bucket_sender
    asyncio.run(run(url, api, chats))


async def _round(url: str, strategy: str, replicas: int, messages: int) -> tuple[float, int]:
    import asyncpg

    from tests.botapi import TOKEN, BotAPIServer

    conn = await asyncpg.connect(url)
    await conn.execute(
        "DROP TABLE IF EXISTS sends; CREATE TABLE sends (chat_id BIGINT, at DOUBLE PRECISION);"
        "DROP TABLE IF EXISTS bucket; CREATE TABLE bucket (next_at DOUBLE PRECISION);"
        "INSERT INTO bucket VALUES (0)"
    )
    await conn.close()
    server = await BotAPIServer().start()
    api = f"{server.base_url}{TOKEN}"
    chats = list(range(1, messages + 1))
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_sender, args=(strategy, url, api, chats[i::replicas]))
        for i in range(replicas)
    ]
    for p in procs:
        p.start()
    while any(p.is_alive() for p in procs):
        await asyncio.sleep(0.2)
    await server.stop()
    times = sorted(r.at for r in server.received)
    rate = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
    return rate, server.busiest(1.0)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--replicas", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--url", help="a PostgreSQL database to use (default: a throwaway one)")
    args = parser.parse_args()
    from tests.pgcluster import server_url

    with server_url(args.url) as url:
        print(f"{args.messages} messages, Telegram's limit 30/s, pacing at {RATE}/s")
        print("strategy  replicas  msg/s  busiest 1-s window")
        for strategy in ("lock", "bucket"):
            for n in args.replicas:
                rate, busiest = await _round(url, strategy, n, args.messages)
                flag = "" if busiest <= 30 else "  OVER"
                print(f"{strategy:<9} {n:>8}  {rate:5.1f}  {busiest:>5}{flag}")


if __name__ == "__main__":
    asyncio.run(main())
