"""First asking of bench_ask.py's questions, per question, in fresh processes; with statements.

Usage: python bench/ask_first.py --db STORE [--category titles|all] [--per-category 20]
       [--procs 3] [--statements N] [--profile N] [--code CHECKOUT]

bench_ask.py's p99 per category is a question's *first* asking in its process (kept
full-text matches, prepared statements and parsed articles make a second asking cheaper).
Each process opens the store as the bot does (``warm_up``), asks every question in bench
order and times the chosen category's: wall and CPU (thread time) per question, the
minimum over ``--procs`` fresh processes. ``--statements N`` prints, for the N slowest,
each SQL statement over 0.5 ms (from one more process); ``--profile N`` a cProfile of them.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import io
import json
import pstats
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


async def _worker(
    path: str, n_each: int, category: str, watch: list[str], prof: bool, code: Path
) -> None:
    sys.path[:0] = [str(code / "bench"), str(code)]
    from bench_ask import TODAY, open_both, questions

    from store.services.answer import ask, warm_up
    from store.storage import db

    spent: list[tuple[float, str]] = []
    execute = db.Reader.execute

    async def timed(self, sql, params=()):  # the statement and all its rows
        t = time.perf_counter()
        cur = await execute(self, sql, params)
        rows = await cur.fetchall()
        ms = (time.perf_counter() - t) * 1000
        if ms > 0.5:
            spent.append((ms, f"{sql[:300]} … [{len(sql)} chars, {len(params)} params]"))
        return _Rows(rows)

    class _Rows:
        def __init__(self, rows):
            self.rows = rows

        async def fetchall(self):
            return self.rows

        async def fetchone(self):
            return self.rows[0] if self.rows else None

    if watch:
        db.Reader.execute = timed  # type: ignore[method-assign]
    store = await open_both(Path(path))
    asked = await questions(store, n_each)
    await warm_up(store)
    out = {}
    for cat, q in asked:
        spent.clear()
        profiler = cProfile.Profile() if prof and q in watch else None
        t, c = time.perf_counter(), time.thread_time()
        if profiler:
            profiler.enable()
        await ask(store, q, today=TODAY)
        if profiler:
            profiler.disable()
        wall, cpu = (time.perf_counter() - t) * 1000, (time.thread_time() - c) * 1000
        if category in (cat, "all"):
            out[f"{cat}\t{q}"] = (wall, cpu)
        if q in watch:
            print(f"## {q}: {wall:.1f} ms wall, {cpu:.1f} ms CPU", file=sys.stderr)
            for ms, sql in spent:
                print(f"  {ms:6.1f} ms  {sql}", file=sys.stderr)
            if profiler:
                s = io.StringIO()
                st = pstats.Stats(profiler, stream=s)
                st.sort_stats("cumulative").print_stats(40)
                st.sort_stats("tottime").print_stats(15)
                print(s.getvalue(), file=sys.stderr)
    await store.close()
    print(json.dumps(out, ensure_ascii=False))


def _run(args: argparse.Namespace, watch: list[str], prof: bool) -> dict[str, list[float]]:
    cmd = [
        sys.executable,
        __file__,
        "--worker",
        "--db",
        str(args.db),
        "--category",
        args.category,
        "--per-category",
        str(args.per_category),
        "--watch",
        json.dumps(watch),
        "--code",
        str(args.code),
    ]
    if prof:
        cmd.append("--prof")
    res = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--category", default="titles")
    p.add_argument("--per-category", type=int, default=20)
    p.add_argument("--procs", type=int, default=3)
    p.add_argument("--show", type=int, default=10, help="the slowest questions printed")
    p.add_argument("--statements", type=int, default=0)
    p.add_argument("--profile", type=int, default=0)
    p.add_argument("--code", type=Path, default=ROOT, help="the checkout to time (default this)")
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--watch", default="[]", help=argparse.SUPPRESS)
    p.add_argument("--prof", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        asyncio.run(
            _worker(
                str(args.db),
                args.per_category,
                args.category,
                json.loads(args.watch),
                args.prof,
                args.code,
            )
        )
        return
    best: dict[str, list[float]] = {}
    for _ in range(args.procs):
        for q, (wall, cpu) in _run(args, [], False).items():
            b = best.setdefault(q, [wall, cpu])
            b[0], b[1] = min(b[0], wall), min(b[1], cpu)
    ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
    print(f"first asking, min of {args.procs} processes, ms (wall, CPU):")
    for cat in dict.fromkeys(k.split("\t")[0] for k in best):
        walls = sorted(v[0] for k, v in best.items() if k.startswith(cat + "\t"))
        cpus = sorted(v[1] for k, v in best.items() if k.startswith(cat + "\t"))
        print(
            f"{cat:13s} {len(walls):3d} questions: wall p50 {walls[len(walls) // 2]:5.1f}"
            f" max {walls[-1]:5.1f}; CPU p50 {cpus[len(cpus) // 2]:5.1f} max {cpus[-1]:5.1f}"
        )
    for q, (wall, cpu) in ranked[: args.show]:
        print(f"  {wall:7.1f} {cpu:7.1f}  {q.replace(chr(9), ': ')}")
    n = max(args.statements, args.profile)
    if n:
        _run(args, [q.split("\t")[1] for q, _ in ranked[:n]], args.profile > 0)


if __name__ == "__main__":
    main()
