"""Disk use per 1,000 meetings of a store built through the public ingest path.

Usage: python bench/bench_disk.py [--n 2000] [--db PATH]

Generates --n articles with bench/synth.py, ingests them into a fresh SQLite store, then
prints the file size per 1,000 meetings and what each table and index takes (dbstat).
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import record  # noqa: E402

from store.services.ingest import ingest  # noqa: E402
from store.storage.db import Store  # noqa: E402

TODAY = date(2026, 12, 1)


async def build(path: Path, n: int) -> None:
    from synth import Generator

    gen = Generator()
    store = await Store.open(path)
    for k in range(0, n, 500):
        await ingest(store, gen.articles(min(500, n - k), k), today=TODAY)
    await store.close()


def report(path: Path) -> None:
    """Print the file size per 1,000 meetings and the largest tables; record the figure."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("VACUUM")
    # In WAL mode the vacuumed pages sit in the log until a checkpoint writes them back:
    # before it the file still has its old size.
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    meetings = con.execute("SELECT count(*) FROM meetings").fetchone()[0]
    articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    size = path.stat().st_size
    print(f"{articles:,} articles, {meetings:,} meetings, file {size / 1e6:.2f} MB")
    print(f"  {size / meetings * 1000 / 1e6:.2f} MB per 1,000 meetings")
    per = size / meetings * 1000 / 1e6
    try:
        rows = con.execute(
            "SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC"
        ).fetchall()
    except sqlite3.OperationalError:
        rows = []
    con.close()
    for name, pages in rows[:16]:
        print(f"  {name:32} {pages / meetings * 1000 / 1e6:6.2f} MB per 1,000 meetings")
    largest = ", ".join(f"{n} {p / meetings * 1000 / 1e6:.2f}" for n, p in rows[:4])
    record(
        "disk",
        figure=f"{per:.2f} MB per 1,000 meetings ({meetings:,} meetings; largest: {largest})",
        met=per <= 2.5,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--db", type=Path, help="keep the store here (default: a temporary file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "disk.db"
        if not path.exists():
            asyncio.run(build(path, args.n))
        report(path)


if __name__ == "__main__":
    main()
