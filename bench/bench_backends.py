"""``ask()`` on PostgreSQL beside SQLite, over the same store built through ingest.

    python bench/bench_backends.py [--sizes 2000 10000] [--per-category 60] [--rounds 2]
                                   [--cache DIR]

The store is built from bench/synth.py's generated articles through the public ingest path
(``store.services.ingest.ingest``, 1,000 per call), the same batch into a SQLite file and
into a PostgreSQL database in turn, so both hold the same meetings. Each size is cached in
``--cache`` keyed by the generator's version: the SQLite file, and a ``pg_dump`` of the
PostgreSQL database that later runs restore into a throwaway cluster (tests/pgcluster.py).
The sizes are prefixes of one build (the 2,000-article store is the 10,000 one's first
2,000 articles).

``--from-sqlite DB`` measures an existing SQLite store instead (bench_ask.py's 100,000-article
build: ingesting that into PostgreSQL too would take hours here), copied into PostgreSQL
with the code of `briefing copy` (store/storage/transfer.py).

Questions of every category are drawn from the stored meetings as bench/bench_ask.py does,
and each is asked of both backends alternately (which goes first alternates question by
question and round by round). Printed per size: answers/s (questions answered one after
another: count / total time) and p50 / p99 / max in ms per category and overall, and how
many questions got a different list of results on the two backends (should be 0).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ask import CATEGORIES, TODAY, cells, pct, questions  # noqa: E402
from results import record  # noqa: E402

from store.services.answer import ask  # noqa: E402
from store.storage.db import Store  # noqa: E402
from store.storage.search import prepare  # noqa: E402


def _paths(cache: Path, n: int) -> tuple[Path, Path]:
    from synth import GENERATOR_VERSION

    stem = f"backends_{n}_g{GENERATOR_VERSION}"
    return cache / f"{stem}.db", cache / f"{stem}.pgdump"


def _pg_tool(name: str, *args: str) -> None:
    from tests.pgcluster import find_binary

    subprocess.run([find_binary(name), *args], check=True, capture_output=True)


def _db_url(url: str, name: str) -> str:
    return url.rsplit("/", 1)[0] + "/" + name


async def _create(url: str, name: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        await conn.execute(f"DROP DATABASE IF EXISTS {name}")
        await conn.execute(f"CREATE DATABASE {name}")
    finally:
        await conn.close()


async def _analyze(url: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(url)
    try:
        await conn.execute("ANALYZE")
    finally:
        await conn.close()


async def _copy(lite_path: Path, pg_url: str) -> int:
    """The SQLite store copied into an empty PostgreSQL database, as `briefing copy` does."""
    from store.storage.pg import PgStore
    from store.storage.transfer import copy_sqlite_to_pg

    lite = await Store.open(lite_path)  # at the latest schema first
    await lite.close()
    pg = await PgStore.open(pg_url)
    try:
        return sum((await copy_sqlite_to_pg(lite_path, pg)).values())
    finally:
        await pg.close()


async def build(url: str, cache: Path, sizes: list[int]) -> None:
    """Ingest the generated articles into both backends, saving each size on the way."""
    from synth import Generator

    from store.services.ingest import ingest
    from store.storage.backends import open_store

    gen = Generator()
    part = cache / "backends_build.part.db"
    part.unlink(missing_ok=True)
    await _create(url, "build")
    pg_url = _db_url(url, "build")
    lite, pg = await Store.open(part), await open_store(pg_url)
    t = time.perf_counter()
    spent = {"sqlite": 0.0, "postgres": 0.0}
    done, step = 0, 1000
    for n in sorted(sizes):
        while done < n:
            batch = gen.articles(min(step, n - done), done)
            for name, store in (("sqlite", lite), ("postgres", pg)):
                s = time.perf_counter()
                await ingest(store, batch, today=TODAY)
                spent[name] += time.perf_counter() - s
            done += len(batch)
            print(
                f"  ingested {done:,} articles into both ({time.perf_counter() - t:.0f} s;"
                f" SQLite {done / spent['sqlite']:.0f}/s, PostgreSQL {done / spent['postgres']:.0f}/s)",
                file=sys.stderr,
            )
        lite_path, dump = _paths(cache, n)
        await lite.close()
        shutil.copyfile(part, lite_path)
        _pg_tool("pg_dump", "-Fc", "-f", str(dump), "-d", pg_url)
        lite = await Store.open(part)
    await lite.close()
    await pg.close()
    part.unlink(missing_ok=True)


async def measure(lite_path: Path, pg_url: str, n_each: int, rounds: int) -> None:
    from store.storage.backends import open_store

    lite, pg = await Store.open(lite_path), await open_store(pg_url)
    asked = await questions(lite, n_each)
    for store in (lite, pg):
        # As the bot does at start (bot/app.py): the in-memory indexes the search keeps
        # per data version are read before the first question; then one question warms
        # the lexicon and the first queries.
        await prepare(store)
        await ask(store, asked[0][1], today=TODAY)
    times: dict[str, dict[str, list[float]]] = {
        b: {c: [] for c in CATEGORIES} for b in ("sqlite", "postgres")
    }
    differ: list[str] = []
    worst: dict[str, dict[str, float]] = {"sqlite": {}, "postgres": {}}
    for r in range(rounds):
        for i, (cat, q) in enumerate(asked):
            order = ("sqlite", "postgres") if (i + r) % 2 == 0 else ("postgres", "sqlite")
            got: dict[str, list[str]] = {}
            for backend in order:
                store = lite if backend == "sqlite" else pg
                t = time.perf_counter()
                res = await ask(store, q, today=TODAY)
                ms = (time.perf_counter() - t) * 1000
                times[backend][cat].append(ms)
                key = f"[{cat}] {q}"
                worst[backend][key] = max(worst[backend].get(key, 0.0), ms)
                got[backend] = [m.id for m in res.results]
            if r == 0 and got["sqlite"] != got["postgres"]:
                differ.append(
                    f"[{cat}] {q}: SQLite {len(got['sqlite'])} results,"
                    f" PostgreSQL {len(got['postgres'])}, first"
                    f" {got['sqlite'][:1]} / {got['postgres'][:1]}"
                )
    meetings = await lite.count_meetings()
    await lite.close()
    await pg.close()

    print(f"\n## ask() at {meetings:,} meetings, ms p50 / p99 / max\n")
    print(
        f"{len(asked)} questions x {rounds} rounds, each asked of SQLite and PostgreSQL alternately.\n"
    )
    print("| questions | n | SQLite | PostgreSQL | PostgreSQL p99 / SQLite p99 |")
    print("|---|---:|---:|---:|---:|")
    every: dict[str, list[float]] = {"sqlite": [], "postgres": []}
    for cat in CATEGORIES:
        a, b = times["sqlite"][cat], times["postgres"][cat]
        every["sqlite"] += a
        every["postgres"] += b
        print(f"| {cat} | {len(a)} | {cells(a)} | {cells(b)} | {pct(b, 99) / pct(a, 99):.1f}× |")
    a, b = every["sqlite"], every["postgres"]
    print(f"| **all** | {len(a)} | {cells(a)} | {cells(b)} | {pct(b, 99) / pct(a, 99):.1f}× |")
    print(
        f"\nanswers/s one after another: SQLite {len(a) / sum(a) * 1000:.1f},"
        f" PostgreSQL {len(b) / sum(b) * 1000:.1f}"
    )
    print(
        f"questions whose results differ between the backends: {len(differ)} of {len(asked)}"
        + "".join(f"\n  - {q}" for q in differ[:10])
    )
    for backend, label in (("sqlite", "SQLite"), ("postgres", "PostgreSQL")):
        print(f"five slowest on {label} (worst of the rounds):")
        for q, ms in sorted(worst[backend].items(), key=lambda kv: -kv[1])[:5]:
            print(f"  {ms:8.1f} ms  {q}")
    label = "100k" if meetings >= 50_000 else "10k" if meetings >= 5_000 else "1k"
    record(
        f"backends_{label}",
        figure=f"{meetings:,} meetings, {len(asked)} questions × {rounds}, ms p50 / p99 / max:"
        f" SQLite {cells(a)}, PostgreSQL {cells(b)}; answers/s {len(a) / sum(a) * 1000:.1f} /"
        f" {len(b) / sum(b) * 1000:.1f}; results differ on {len(differ)} of {len(asked)};"
        " p99 per category SQLite / PostgreSQL: "
        + ", ".join(
            f"{cat} {pct(times['sqlite'][cat], 99):.0f} / {pct(times['postgres'][cat], 99):.0f}"
            for cat in CATEGORIES
        ),
        met=not differ and max(a + b) <= 1000,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2_000, 10_000])
    parser.add_argument("--per-category", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bench_stores")
    parser.add_argument(
        "--from-sqlite",
        type=Path,
        metavar="DB",
        help="instead of --sizes: an existing SQLite store (e.g. bench_ask.py's 100k build),"
        " copied into PostgreSQL with `briefing copy`'s code",
    )
    args = parser.parse_args()
    from tests.pgcluster import Cluster

    args.cache.mkdir(parents=True, exist_ok=True)
    cluster = Cluster().start()
    try:
        url = cluster.url()
        if args.from_sqlite:
            await _create(url, "copied")
            t = time.perf_counter()
            rows = await _copy(args.from_sqlite, _db_url(url, "copied"))
            print(f"copied {rows:,} rows in {time.perf_counter() - t:.0f} s", file=sys.stderr)
            await measure(args.from_sqlite, _db_url(url, "copied"), args.per_category, args.rounds)
            return
        missing = [n for n in args.sizes if not all(p.exists() for p in _paths(args.cache, n))]
        if missing:
            t = time.perf_counter()
            print(f"building {missing} in {args.cache} …", file=sys.stderr)
            await build(url, args.cache, missing)
            print(f"built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        for n in args.sizes:
            lite_path, dump = _paths(args.cache, n)
            name = f"articles_{n}"
            await _create(url, name)
            _pg_tool("pg_restore", "-d", _db_url(url, name), str(dump))
            await _analyze(_db_url(url, name))  # pg_restore leaves the planner no statistics
            # On a copy: opening the cached file migrates it to this checkout's schema,
            # which other checkouts sharing the cache may not know yet.
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp) / lite_path.name
                shutil.copyfile(lite_path, work)
                await measure(work, _db_url(url, name), args.per_category, args.rounds)
    finally:
        cluster.stop()


if __name__ == "__main__":
    asyncio.run(main())
