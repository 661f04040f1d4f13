"""Warm CPU time of ask() per category, two checkouts alternately, each on its own store.

Usage: python bench/ask_cpu.py BEFORE_DIR --db STORE [--before-db STORE] [--per-category 60]
       [--reps 5] [--rounds 2]

For a change whose cost is a little CPU on every question (reading a compressed column):
each checkout answers bench_ask.py's questions in a process of its own, once to warm up,
then times each question ``--reps`` times by thread time and keeps the least (what the
question costs, without the other load of a shared machine). Rounds alternate the two
processes. Printed per category: p50 / p90 / max of those minima and their sum, before and
after. BEFORE_DIR is another checkout (``git archive main | tar -x -C DIR``); ``--before-db``
its store when the layouts differ (a copy migrated by this checkout must give the same
questions).
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


async def _worker(path: str, n_each: int, reps: int) -> None:
    root = Path.cwd()
    sys.path[:0] = [str(root / "bench"), str(root)]
    from bench_ask import TODAY, open_both, questions

    from store.services.answer import ask

    store = await open_both(Path(path))
    asked = list(dict.fromkeys(await questions(store, n_each)))
    for _, q in asked:
        await ask(store, q, today=TODAY)
    out = []
    for cat, q in asked:
        best = float("inf")
        for _ in range(reps):
            t = time.thread_time()
            await ask(store, q, today=TODAY)
            best = min(best, (time.thread_time() - t) * 1000)
        out.append((cat, q, best))
    await store.close()
    print(json.dumps(out, ensure_ascii=False))


def _run(cwd: Path, db: Path, args: argparse.Namespace) -> list:
    cmd = [sys.executable, str(HERE), str(args.before), "--worker", "--db", str(db)]
    cmd += ["--per-category", str(args.per_category), "--reps", str(args.reps)]
    env = dict(os.environ, PYTHONPATH=str(cwd))
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("before", type=Path)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--before-db", type=Path, help="the store before reads (default: --db)")
    parser.add_argument("--per-category", type=int, default=60)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        asyncio.run(_worker(str(args.db), args.per_category, args.reps))
        return
    sides = {
        "after": (HERE.parent.parent, args.db),
        "before": (args.before.resolve(), args.before_db or args.db),
    }
    best: dict[str, dict[tuple[str, str], float]] = {"before": {}, "after": {}}
    for r in range(args.rounds):
        for side in ("after", "before") if r % 2 == 0 else ("before", "after"):
            for cat, q, ms in _run(*sides[side], args):
                key = (cat, q)
                best[side][key] = min(best[side].get(key, ms), ms)
    if set(best["before"]) != set(best["after"]):
        sys.exit("the two checkouts generate different questions")
    load = os.getloadavg()
    print(
        f"{len(best['after'])} questions, least thread time of {args.reps} × {args.rounds} rounds;"
    )
    print(f"load {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}; ms p50 / p90 / max (sum)\n")
    print("| questions | n | before | after | after / before (sum) |")
    print("|---|---:|---:|---:|---:|")

    def cells(v: list[float]) -> str:
        v = sorted(v)
        p90 = v[min(len(v) - 1, round(0.9 * (len(v) - 1)))]
        return f"{statistics.median(v):.2f} / {p90:.2f} / {v[-1]:.2f} ({sum(v):.0f})"

    for cat in [*CATEGORIES, None]:
        keys = [k for k in best["after"] if cat is None or k[0] == cat]
        b = [best["before"][k] for k in keys]
        a = [best["after"][k] for k in keys]
        name = cat or "**all**"
        print(f"| {name} | {len(keys)} | {cells(b)} | {cells(a)} | {sum(a) / sum(b):.2f} |")


if __name__ == "__main__":
    main()
