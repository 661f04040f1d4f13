"""The first questions after opening a store and after each write: the cost of the indexes
answering keeps in memory (participants' names and titles, the newest articles' texts).

Usage: python bench/bench_after_write.py --db STORE [--writes 5]

STORE is a store bench_ask.py built (never modified: it is copied first, with its
_fts.db, to a temporary directory). In one process: the first question of each kind after
opening (with the indexes read first, as the bot does when it starts, and without), then, ``--writes`` times, one generated article ingested through
``store.services.ingest.ingest`` (the way a feed poll adds one) followed by one question of
each kind, timed. Printed: ms per question, and the ingest's own time.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_ask import TODAY, baseline_path, open_both  # noqa: E402
from synth import Generator  # noqa: E402

from store.services.answer import ask  # noqa: E402
from store.services.ingest import ingest  # noqa: E402

try:  # older checkouts (bench_ask_ab.py's "before") have no prepare()
    from store.storage.search import prepare  # noqa: E402
except ImportError:
    prepare = None

# One question per in-memory index: a title the lexicon lists no holder of (the titles
# index), a romanised surname no participant is stored under (the names index), a word
# only articles hold (the newest articles' texts), and a plain one (no index at all).
QUESTIONS = {
    "title": "Thứ trưởng Bộ Giao thông Vận tải Nga thăm Việt Nam",
    "name": "Kozhemyaco",
    "article word": "Zarubezhneft",
    "plain": "Thủ tướng Việt Nam gặp Tổng thống Nga năm 2019",
}


async def timed(store, question: str) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    await ask(store, question, today=TODAY)
    return (time.perf_counter() - t) * 1000


async def run(path: Path, writes: int) -> None:
    # As the bot starts: the indexes read before the first question (bot.app._post_init).
    store = await open_both(path)
    t = time.perf_counter()
    if prepare is not None:
        await prepare(store)
    prepared = (time.perf_counter() - t) * 1000
    first = [await timed(store, q) for q in QUESTIONS.values()]
    await store.close()
    store = await open_both(path)
    print(f"store {path.name}: {await store.count_meetings():,} meetings\n")
    print("| when | " + " | ".join(QUESTIONS) + " | ingest |")
    print("|---|" + "---:|" * (len(QUESTIONS) + 1))
    print(
        f"| first after opening, indexes read at start ({prepared:.0f} ms) | "
        + " | ".join(f"{ms:.1f}" for ms in first)
        + " | |"
    )
    first = [await timed(store, q) for q in QUESTIONS.values()]
    print("| first after opening | " + " | ".join(f"{ms:.1f}" for ms in first) + " | |")
    again = [await timed(store, q) for q in QUESTIONS.values()]
    print("| again (warm) | " + " | ".join(f"{ms:.1f}" for ms in again) + " | |")
    gen = Generator()
    start = 10_000_000  # far past any article the store was built from: new texts
    for k in range(writes):
        t = time.perf_counter()
        await ingest(store, gen.articles(1, start + k), today=TODAY)
        wrote = (time.perf_counter() - t) * 1000
        after = [await timed(store, q) for q in QUESTIONS.values()]
        print(
            f"| after write {k + 1} | "
            + " | ".join(f"{ms:.1f}" for ms in after)
            + f" | {wrote:.1f} |"
        )
    await store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--writes", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.db.parent) as tmp:
        copy = Path(tmp) / args.db.name
        shutil.copy(args.db, copy)
        shutil.copy(baseline_path(args.db), baseline_path(copy))
        asyncio.run(run(copy, args.writes))


if __name__ == "__main__":
    main()
