"""ask() of two checkouts alternately, question by question, with the FTS5 baseline between.

Usage: python bench/bench_ask_ab.py BEFORE_DIR [--db STORE] [--before-db STORE]
       [--per-category 120] [--rounds 2]

BEFORE_DIR is another checkout (``git archive main | tar -x -C DIR``); this checkout is
"after". Each side runs in a process of its own on the same store (built by bench_ask.py,
with its _fts.db beside it), answers every question once to warm up, then each question is
timed in both and with FTS5 bm25 (in the "after" process), the order alternating, so that
a shared machine's load falls on both sides alike. Printed: p50 / p99 / max per category
for the three, and the ten slowest questions after with their time before. ``--before-db``:
the store "before" reads, when the two layouts differ (a copy of the store, migrated by
"after" when it opens it; the questions must come out the same).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
CATEGORIES = ["names", "titles", "sectors", "dates", "places", "accentless", "out of scope"]


async def _worker(path: str, n_each: int) -> None:
    """Answer questions by index from stdin ("a 12" ask(), "f 12" FTS5); print ms."""
    root = Path.cwd()
    sys.path[:0] = [str(root / "bench"), str(root)]
    from bench_ask import TODAY, fts_answer, open_both, questions

    from store.services.answer import ask

    store = await open_both(Path(path))
    asked = list(dict.fromkeys(await questions(store, n_each)))
    for _, q in asked:
        await ask(store, q, today=TODAY)
    print(json.dumps(asked, ensure_ascii=False), flush=True)
    for line in sys.stdin:
        kind, i = line.split()
        q = asked[int(i)][1]
        t = time.perf_counter()
        if kind == "a":
            await ask(store, q, today=TODAY)
        else:
            await fts_answer(store, q)
        print(f"{(time.perf_counter() - t) * 1000:.3f}", flush=True)
    await store.close()


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))]


def cells(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {pct(values, 99):.1f} / {max(values):.1f}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_stores/ask_10k_g2.db"))
    parser.add_argument("--before-db", type=Path, help="the store before reads (default: --db)")
    parser.add_argument("--per-category", type=int, default=120)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        asyncio.run(_worker(str(args.db), args.per_category))
        return

    def spawn(cwd: Path, db: Path) -> subprocess.Popen:
        cmd = [sys.executable, str(HERE), str(args.before), "--worker"]
        cmd += ["--db", str(db), "--per-category", str(args.per_category)]
        env = dict(os.environ, PYTHONPATH=str(cwd))
        return subprocess.Popen(
            cmd, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    # One after the other: opening a store made by older code migrates it, which the
    # second process must not try at the same time ("database is locked").
    workers: dict[str, subprocess.Popen] = {}
    asked: dict[str, list] = {}
    sides = (
        ("after", HERE.parent.parent, args.db),
        ("before", args.before.resolve(), args.before_db or args.db),
    )
    for side, cwd, db in sides:
        workers[side] = spawn(cwd, db)
        asked[side] = json.loads(workers[side].stdout.readline())
    if asked["before"] != asked["after"]:
        sys.exit("the two checkouts generate different questions")
    qs = asked["after"]
    times: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}, "fts": {}}
    per_q: dict[str, dict[tuple[str, str], float]] = {"before": {}, "after": {}}

    def timed(side: str, kind: str, i: int) -> float:
        w = workers["after" if side == "fts" else side]
        w.stdin.write(f"{kind} {i}\n")
        w.stdin.flush()
        return float(w.stdout.readline())

    for r in range(args.rounds):
        for i, (cat, q) in enumerate(qs):
            order = [("before", "a"), ("after", "a"), ("fts", "f")]
            for side, kind in order if (i + r) % 2 == 0 else order[::-1]:
                ms = timed(side, kind, i)
                times[side].setdefault(cat, []).append(ms)
                if side != "fts":
                    per_q[side][(cat, q)] = max(per_q[side].get((cat, q), 0.0), ms)
    for w in workers.values():
        w.stdin.close()
        w.wait()
    print(f"{len(qs)} questions x {args.rounds} rounds on {args.db.name}, ms p50 / p99 / max\n")
    print("| questions | n | before | after | FTS5 bm25 | FTS5 p99 / after p99 |")
    print("|---|---:|---:|---:|---:|---:|")
    every: dict[str, list[float]] = {k: [] for k in times}
    for cat in CATEGORIES:
        row = [times[k].get(cat, [0.0]) for k in ("before", "after", "fts")]
        for k, v in zip(("before", "after", "fts"), row, strict=True):
            every[k] += v
        ratio = pct(row[2], 99) / max(pct(row[1], 99), 1e-9)
        print(f"| {cat} | {len(row[1])} | {' | '.join(cells(v) for v in row)} | {ratio:.1f}× |")
    b, a, f = every["before"], every["after"], every["fts"]
    ratio = pct(f, 99) / max(pct(a, 99), 1e-9)
    print(f"| **all** | {len(a)} | {cells(b)} | {cells(a)} | {cells(f)} | {ratio:.1f}× |")
    print("\nten slowest questions after (worst of the rounds; before in brackets):")
    for (cat, q), ms in sorted(per_q["after"].items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {ms:7.1f} ms ({per_q['before'][(cat, q)]:.1f})  [{cat}] {q}")


if __name__ == "__main__":
    main()
