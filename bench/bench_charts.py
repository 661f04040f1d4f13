"""Time the charts (/bieudo, /dongthoigian) on a synthetic store of 100,000 meetings.

Usage: python bench/bench_charts.py [--size 100k] [--runs 5] [--cache DIR] [--db STORE]

The store is bench_ask.py's (generated articles through the public ingest path, cached in
--cache by size and generator version and built when missing), or --db: a copy of one,
since opening it with newer code may migrate it. For each chart: the time of the first call in a fresh process
(matplotlib's import included), then the median and worst of ``--runs`` calls, split into
the SQL aggregation and the whole call (aggregation + drawing + PNG). Prints Markdown.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_ask import SIZES, TODAY, baseline_path, build  # noqa: E402
from results import record  # noqa: E402

from store.services.charts import _read, meetings_chart, timeline_chart, warm_up  # noqa: E402
from store.storage.counts import count_by_period  # noqa: E402
from store.storage.db import Store  # noqa: E402

CHARTS = [
    ("bars", ""),
    ("bars", "Putin"),
    ("bars", "dầu khí"),
    ("bars", "Tô Lâm 2024 theo tháng"),
    ("bars", "Putin năng lượng"),
    ("timeline", "Putin"),
    ("timeline", "Phạm Minh Chính"),
]


async def _one(store: Store, kind: str, text: str) -> int:
    if kind == "bars":
        return (await meetings_chart(store, text, today=TODAY)).total
    return (await timeline_chart(store, text, today=TODAY)).total


async def _sql(store: Store, text: str) -> None:
    asked = _read(text, TODAY)
    q = asked.query
    await count_by_period(store, "month", asked.groups, asked.sectors, q.date_from, q.date_to)


async def run(path: Path, runs: int) -> None:
    store = await Store.open(path)
    n = await store.count_meetings()
    t = time.perf_counter()
    warm_up()  # what the bot does in a worker thread at start-up
    warm = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    await _one(store, "bars", "")
    first = (time.perf_counter() - t) * 1000
    print(
        f"\n{n:,} meetings; matplotlib import (done at the bot's start-up): {warm:.0f} ms;"
        f" first chart after it: {first:.0f} ms\n"
    )
    print("| chart | meetings drawn | SQL median ms | whole median / max ms |")
    print("|---|---|---|---|")
    sql_all: list[float] = []
    whole_all: list[float] = []
    for kind, text in CHARTS:
        sql: list[float] = []
        whole: list[float] = []
        total = 0
        for _ in range(runs):
            if kind == "bars":
                t = time.perf_counter()
                await _sql(store, text)
                sql.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            total = await _one(store, kind, text)
            whole.append((time.perf_counter() - t) * 1000)
        label = f"/{'bieudo' if kind == 'bars' else 'dongthoigian'} {text}".strip()
        sql_cell = f"{statistics.median(sql):.0f}" if sql else "—"
        print(
            f"| {label} | {total:,} | {sql_cell} | "
            f"{statistics.median(whole):.0f} / {max(whole):.0f} |"
        )
        sql_all += sql
        whole_all += whole
    await store.close()
    record(
        "charts",
        figure=f"{n:,} meetings, {len(CHARTS)} charts × {runs}: SQL {min(sql_all):.0f}–"
        f"{max(sql_all):.0f} ms; whole call {min(whole_all):.0f}–{max(whole_all):.0f} ms;"
        f" matplotlib's import {warm:.0f} ms (at start-up)",
        met=max(whole_all) <= 1000,
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="100k")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bench_stores")
    parser.add_argument(
        "--db", type=Path, help="an existing store instead (a copy: it may migrate)"
    )
    args = parser.parse_args()
    from synth import GENERATOR_VERSION

    path = args.db or args.cache / f"ask_{args.size}_g{GENERATOR_VERSION}.db"
    if not path.exists() or (args.db is None and not baseline_path(path).exists()):
        args.cache.mkdir(parents=True, exist_ok=True)
        t = time.perf_counter()
        await build(path, SIZES[args.size])
        print(f"built {path} in {time.perf_counter() - t:.0f} s")
    await run(path, args.runs)


if __name__ == "__main__":
    asyncio.run(main())
