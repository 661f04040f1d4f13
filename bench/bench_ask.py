"""Latency of ``ask()`` beside an FTS5 bm25 baseline, and top-1 accuracy on the test questions.

Usage: python bench/bench_ask.py [--size 1k|10k|100k] [--rounds 2] [--cache DIR] [--accuracy]

Latency: a store of 1,000 / 10,000 / 100,000 generated articles (bench/synth.py: 1,500–4,000
characters, realistic leads, sector paragraphs, quotes, delegations; office holders and
hundreds of people the lexicon does not know; every kind; 2011–2026; provinces and Russian
regions) is built through the public ingest path (``store.services.ingest.ingest``) and
cached in ``--cache`` under a name keyed by the generator's version. The baseline is plain
FTS5 bm25 over the raw article texts (question words OR-ed, best five articles read back as
their meetings), in a separate attached database so it does not count in the store's size.

Questions are generated from stored meetings in seven categories (names, titles, sectors,
dates, places, accentless = another category's question without diacritics, out of scope =
off-topic or other countries' meetings). Each question is timed with ``ask()`` and with the
baseline alternately, ``--rounds`` times. Printed: p50 / p99 / max per category for both,
the ten slowest questions, the off-topic questions that returned a meeting (a wrong answer,
counted beside latency), and the cold cases: the first question in a fresh process (lexicon
and grammar loaded) and the first question after reopening the database (SQLite's page
cache empty; the OS page cache is not dropped, which needs root).

Accuracy (``--accuracy``): the test questions of tests/test_ask.py on the seeded store, each
with and without diacritics; right when the first result satisfies the case.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

T0 = time.perf_counter()
from results import record  # noqa: E402

from store.services.answer import ask, warm_up  # noqa: E402
from store.storage.bodies import unpack  # noqa: E402
from store.storage.db import Store  # noqa: E402

if TYPE_CHECKING:
    from store.language.models import Meeting
    from tests.test_ask import Case

TODAY = date(2026, 12, 1)
SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}


# ----------------------------------------------------------------------- accuracy


def _right(case: Case, top: Meeting | None) -> bool:
    if case.empty:
        return top is None
    if top is None:
        return False
    if case.every is not None and not case.every(top):
        return False
    if case.top is not None and not case.top(top):
        return False
    if case.every is None and case.some is not None:
        return case.some(top)
    return True


async def _article_main(store: Store, article_id: str) -> Meeting | None:
    rows = await (
        await store.conn.execute(
            "SELECT m.id FROM meeting_sources s JOIN meetings m ON m.id = s.meeting_id"
            " WHERE s.article_id = ? ORDER BY m.secondary, m.seq LIMIT 1",
            (article_id,),
        )
    ).fetchall()
    found = await store.meetings_by_ids([r[0] for r in rows])
    return found[0] if found else None


async def accuracy() -> list[tuple[str, int, int, int, int]]:
    from rapidfuzz import fuzz, process

    from store.language.fold import fold
    from store.services.ingest import ingest
    from store.services.sources import load_paths
    from tests.test_ask import (
        DATES,
        INTENTS,
        KINDS,
        NAMES,
        OUT_OF_SCOPE,
        PLACES,
        SECTORS,
        TITLES,
        TYPOS,
    )

    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "acc.db")
        await ingest(store, load_paths([ROOT / "seeds", ROOT / "tests" / "articles"]))
        await store.conn.execute(
            "CREATE VIRTUAL TABLE raw_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
        )
        articles = [
            (r["rowid"], r["id"], unpack(r["body"], r["text"]))
            for r in await (
                await store.conn.execute("SELECT rowid, id, body, text FROM articles")
            ).fetchall()
        ]
        await store.conn.executemany(
            "INSERT INTO raw_fts(rowid, text) VALUES (?, ?)", [(r[0], r[2]) for r in articles]
        )
        texts = [fold(r[2]) for r in articles]
        ids = [r[1] for r in articles]
        by_rowid = {r[0]: r[1] for r in articles}
        groups = {
            "names": NAMES,
            "typos": TYPOS,
            "titles": TITLES,
            "dates": DATES,
            "places": PLACES,
            "sectors": SECTORS,
            "kinds": KINDS,
            "intents": INTENTS,
            "out of scope": OUT_OF_SCOPE,
        }
        rows = []
        for label, cases in groups.items():
            ours = fts = fz = 0
            for case in cases:
                for question in (case.q, fold(case.q)):
                    r = await ask(store, question, today=case.today, limit=1)
                    ours += _right(case, r.results[0] if r.results else None)
                    expr = fts_query(question)
                    top = None
                    if expr:
                        hit = await (
                            await store.conn.execute(
                                "SELECT rowid FROM raw_fts WHERE raw_fts MATCH ? ORDER BY bm25(raw_fts) LIMIT 1",
                                (expr,),
                            )
                        ).fetchone()
                        if hit:
                            top = await _article_main(store, by_rowid[hit[0]])
                    fts += _right(case, top)
                    best = process.extractOne(fold(question), texts, scorer=fuzz.WRatio)
                    top = await _article_main(store, ids[best[2]]) if best and best[1] > 0 else None
                    fz += _right(case, top)
            rows.append((label, 2 * len(cases), ours, fts, fz))
        await store.close()
        return rows


async def print_accuracy() -> None:
    print("\n## Top-1 accuracy on the test questions (seeded store, with and without diacritics)\n")
    print("| questions | n | ask() | FTS5 bm25 on raw text | rapidfuzz scan |")
    print("|---|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0]
    for label, n, ours, fts, fz in await accuracy():
        print(f"| {label} | {n} | {ours / n:.0%} | {fts / n:.0%} | {fz / n:.0%} |")
        totals = [t + v for t, v in zip(totals, (n, ours, fts, fz), strict=True)]
    n = totals[0]
    print(
        f"| **all** | {n} | **{totals[1] / n:.0%}** | {totals[2] / n:.0%} | {totals[3] / n:.0%} |"
    )
    record(
        "ask_accuracy",
        figure=f"{n} test questions (with and without diacritics): ask() {totals[1] / n:.0%},"
        f" FTS5 bm25 {totals[2] / n:.0%}, rapidfuzz scan {totals[3] / n:.0%}",
        met=totals[1] > max(totals[2], totals[3]),
    )


# ------------------------------------------------------------------------ latency


def fts_query(question: str) -> str | None:
    from store.language.fold import fold
    from store.storage.search import fts_phrase

    words = [w for w in fold(question).replace('"', " ").split() if w.isalnum()]
    phrases = [p for p in (fts_phrase(w) for w in words) if p]
    return " OR ".join(dict.fromkeys(phrases)) or None


async def build(path: Path, n: int) -> None:
    """The store through the public ingest path, then the baseline's FTS5 index beside it."""
    from synth import Generator

    from store.services.ingest import ingest

    gen = Generator()
    tmp = path.with_suffix(".part")
    # A crashed build leaves its WAL and shared-memory files, which the new file cannot use.
    for stale in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        stale.unlink(missing_ok=True)
    store = await Store.open(tmp)
    t = time.perf_counter()
    step = 1000
    for k in range(0, n, step):
        await ingest(store, gen.articles(min(step, n - k), k), today=TODAY)
        done = k + min(step, n - k)
        if done % 10_000 == 0 or done == n:
            rate = done / (time.perf_counter() - t)
            print(f"  ingested {done:,} articles ({rate:.0f}/s)", file=sys.stderr)
    await store.close()
    base = baseline_path(path)
    base.unlink(missing_ok=True)
    import sqlite3

    con = sqlite3.connect(base)
    con.execute(f"ATTACH DATABASE '{tmp}' AS s")
    con.execute(
        "CREATE VIRTUAL TABLE raw_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
    )
    con.executemany(
        "INSERT INTO raw_fts(rowid, text) VALUES (?, ?)",
        (
            (r[0], unpack(r[1], r[2]))
            for r in con.execute("SELECT rowid, body, text FROM s.articles")
        ),
    )
    con.commit()
    con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{tmp}{suffix}").unlink(missing_ok=True)
    tmp.rename(path)


def baseline_path(path: Path) -> Path:
    return path.with_name(path.stem + "_fts.db")


async def open_both(path: Path) -> Store:
    store = await Store.open(path)
    await store.conn.execute(f"ATTACH DATABASE '{baseline_path(path)}' AS base")
    return store


async def fts_answer(store: Store, question: str) -> int:
    """The baseline's work for one question: best five articles, read back as meetings."""
    expr = fts_query(question)
    if not expr:
        return 0
    rows = await (
        await store.conn.execute(
            "SELECT s.meeting_id FROM (SELECT rowid AS r, bm25(raw_fts) AS score"
            " FROM base.raw_fts WHERE raw_fts MATCH ? ORDER BY score LIMIT 5) f"
            " JOIN articles a ON a.rowid = f.r JOIN meeting_sources s ON s.article_id = a.id"
            " ORDER BY f.score",
            (expr,),
        )
    ).fetchall()
    return len(await store.meetings_by_ids([r[0] for r in rows]))


OFF_TOPIC = [
    "tỷ giá đô la hôm nay",
    "giá xăng tuần này",
    "kết quả xổ số miền Bắc",
    "thời tiết {p} ngày mai",
    "giá vàng năm {y}",
    "lịch thi đấu bóng đá tháng {m}",
    "công thức nấu phở bò",
    "tỷ giá rúp tháng {m}/{y}",
    "dự báo bão ở {p}",
    "giá vé máy bay đi {p}",
    "Thủ tướng Nhật Bản gặp Tổng thống Mỹ",
    "Chủ tịch Trung Quốc thăm Pháp năm {y}",
    "Tổng thống Mỹ hội đàm với Tổng thống Pháp",
    "ai vô địch World Cup {y}",
    "cách làm hộ chiếu",
    "học tiếng Nga ở đâu",
    "khách sạn ở {p}",
    "điểm thi đại học {y}",
    "tình hình giao thông {p}",
    "lãi suất ngân hàng tháng {m}",
    "mua bitcoin ở đâu",
    "Thủ tướng Ấn Độ gặp Thủ tướng Nhật Bản ở Tokyo",
    "phim hay tuần này",
]
CATEGORIES = ["names", "titles", "sectors", "dates", "places", "accentless", "out of scope"]


async def questions(store: Store, n_each: int, seed: int = 11) -> list[tuple[str, str]]:
    """(category, question) pairs generated from stored meetings."""
    from store.language.fold import fold

    rnd = random.Random(seed)
    count = await store.count_meetings()
    rows = await (
        await store.conn.execute(
            "SELECT id FROM meetings WHERE seq IN ({})".format(
                ",".join(str(rnd.randrange(1, count + 1)) for _ in range(4 * n_each))
            )
        )
    ).fetchall()
    meetings = await store.meetings_by_ids([r[0] for r in rows])
    meetings = [m for m in meetings if len(m.participants) >= 2]
    out: list[tuple[str, str]] = []

    def pick() -> dict[str, str]:
        m = rnd.choice(meetings)
        a, b = m.participants[0], m.participants[1]
        d = m.date or "2020-06-15"
        return {
            "a": a.name,
            "b": b.name,
            "bs": b.name.split()[-1],
            "ta": a.title or "Thủ tướng",
            "tb": b.title or "Tổng thống Nga",
            "y": d[:4],
            "m": str(int(d[5:7] or 6)) if len(d) >= 7 else "6",
            "d": str(int(d[8:10])) if len(d) == 10 else "1",
            "s": rnd.choice(m.sectors or ["năng lượng"]),
            "p": m.place or "Hà Nội",
            "k": m.kind,
        }

    templates = {
        "names": [
            "{a} gặp {b}",
            "{b}",
            "lần gần nhất {a} gặp {b}",
            "{a} đã gặp những ai năm {y}",
            "{bs} năm {y}",
            "{a} {k} {b} khi nào",
            "{b} tháng {m}/{y}",
        ],
        "titles": [
            "{ta} gặp {tb} năm {y}",
            "{tb} thăm Việt Nam",
            "{tb}",
            "{ta} {k} {tb}",
            "{tb} tháng {m}/{y}",
            "{ta} và {tb} bàn về {s}",
        ],
        "sectors": [
            "hợp tác {s}",
            "{s} năm {y}",
            "{a} bàn về {s}",
            "{s} ở {p}",
            "{s}",
            "các cuộc gặp về {s} tháng {m}/{y}",
        ],
        "dates": [
            "ngày {d}/{m}/{y}",
            "tháng {m}/{y}",
            "năm {y}",
            "quý {q} năm {y}",
            "từ tháng {m} đến tháng 12 năm {y}",
            "{k} ngày {d} tháng {m} năm {y}",
            "tuần trước",
        ],
        "places": [
            "gặp ở {p}",
            "{p} năm {y}",
            "{k} tại {p}",
            "các cuộc gặp ở Nga năm {y}",
            "ai đã đến {p}",
            "{b} ở {p}",
        ],
    }
    for cat, forms in templates.items():
        for _ in range(n_each):
            v = pick()
            v["q"] = str(rnd.randint(1, 4))
            out.append((cat, rnd.choice(forms).format(**v)))
    picked = [q for _, q in out]
    out += [("accentless", fold(rnd.choice(picked))) for _ in range(n_each)]
    for _ in range(n_each):
        v = pick()
        q = rnd.choice(OFF_TOPIC).format(**v)
        out.append(("out of scope", q if rnd.random() < 0.7 else fold(q)))
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))]


def cells(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {pct(values, 99):.1f} / {max(values):.1f}"


async def latency(path: Path, n_each: int, rounds: int) -> None:
    t = time.perf_counter()
    store = await open_both(path)
    asked = await questions(store, n_each)
    first = asked[0][1]
    await ask(store, first, today=TODAY)
    cold_process = (time.perf_counter() - T0) * 1000
    first_ask = (time.perf_counter() - t) * 1000
    # What the bot does when it starts (bot/app.py), before its first update: answering's
    # in-memory indexes, and one example question per language (services.answer.warm_up:
    # the English and Russian question tables, 20 ms, were otherwise built by the first
    # timed question that looked for a foreign phrase). Without it the timed questions
    # would include that start-up work.
    await warm_up(store)
    ours: dict[str, list[float]] = {c: [] for c in CATEGORIES}
    base: dict[str, list[float]] = {c: [] for c in CATEGORIES}
    per_q: dict[tuple[str, str], float] = {}
    answered: dict[str, int] = {}
    for r in range(rounds):
        for i, (cat, q) in enumerate(asked):
            order = (0, 1) if (i + r) % 2 == 0 else (1, 0)  # alternate which goes first
            for which in order:
                t = time.perf_counter()
                if which == 0:
                    res = await ask(store, q, today=TODAY)
                    ms = (time.perf_counter() - t) * 1000
                    ours[cat].append(ms)
                    per_q[(cat, q)] = max(per_q.get((cat, q), 0.0), ms)
                    if cat == "out of scope" and res.results:
                        answered[q] = len(res.results)
                else:
                    await fts_answer(store, q)
                    base[cat].append((time.perf_counter() - t) * 1000)
    meetings = await store.count_meetings()
    await store.close()

    # Cold database: reopen, first question (SQLite page cache empty), alternately.
    cold_ours: list[float] = []
    cold_base: list[float] = []
    rnd = random.Random(5)
    for k in range(6):
        q = rnd.choice(asked)[1]
        for which in (0, 1) if k % 2 == 0 else (1, 0):
            store = await open_both(path)
            t = time.perf_counter()
            if which == 0:
                await ask(store, q, today=TODAY)
                cold_ours.append((time.perf_counter() - t) * 1000)
            else:
                await fts_answer(store, q)
                cold_base.append((time.perf_counter() - t) * 1000)
            await store.close()

    size = os.path.getsize(path)
    print(f"\n## ask() latency at {meetings:,} meetings ({path.name}), ms p50 / p99 / max\n")
    print(
        f"{len(asked)} questions x {rounds} rounds, each timed with ask() and FTS5 alternately.\n"
    )
    print("| questions | n | ask() | FTS5 bm25 on raw text | FTS5 p99 / ask() p99 |")
    print("|---|---:|---:|---:|---:|")
    allo: list[float] = []
    allb: list[float] = []
    for cat in CATEGORIES:
        o, b = ours[cat], base[cat]
        allo += o
        allb += b
        print(f"| {cat} | {len(o)} | {cells(o)} | {cells(b)} | {pct(b, 99) / pct(o, 99):.1f}× |")
    print(
        f"| **all** | {len(allo)} | {cells(allo)} | {cells(allb)} | {pct(allb, 99) / pct(allo, 99):.1f}× |"
    )
    print(
        f"\ncold: first question in a fresh process {first_ask:.0f} ms (process start to answer"
        f" {cold_process:.0f} ms); first question after reopening the database: ask()"
        f" {cells(cold_ours)}, FTS5 {cells(cold_base)} (p50 / p99 / max of {len(cold_ours)})"
    )
    print(
        f"store size {size / 1e6:.1f} MB = {size / meetings * 1000 / 1e6:.2f} MB per 1,000 meetings"
    )
    off = [q for c, q in asked if c == "out of scope"]
    print(
        f"\nout-of-scope questions that returned a meeting: {len(answered)} of {len(off)}"
        + "".join(f"\n  - {q!r} ({n} results)" for q, n in sorted(answered.items()))
    )
    print("\nten slowest questions (worst of the rounds):")
    for (cat, q), ms in sorted(per_q.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {ms:7.1f} ms  [{cat}] {q}")
    ratio = pct(allb, 99) / pct(allo, 99)
    worst = max(CATEGORIES, key=lambda c: pct(ours[c], 99))
    label = "1k" if meetings < 5_000 else "10k" if meetings < 50_000 else "100k"
    record(
        f"ask_latency_{label}",
        figure=f"{meetings:,} meetings, {len(asked)} questions × {rounds}: all {cells(allo)} ms,"
        f" FTS5 {cells(allb)} ms, p99 ratio {ratio:.1f}×; p99 per category "
        + ", ".join(f"{c} {pct(ours[c], 99):.1f}" for c in CATEGORIES)
        + f" (worst: {worst}); out of scope answered {len(answered)} of {len(off)}",
        met=pct(ours[worst], 99) <= 10 and ratio >= 20 and not answered,
    )


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", choices=list(SIZES), default="10k")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--per-category", type=int, default=120)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "bench_stores")
    parser.add_argument("--accuracy", action="store_true", help="also the top-1 accuracy table")
    parser.add_argument("--db", type=Path, help="an existing store (with its _fts.db) instead")
    args = parser.parse_args()
    from synth import GENERATOR_VERSION

    n = SIZES[args.size]
    args.cache.mkdir(parents=True, exist_ok=True)
    path = args.db or args.cache / f"ask_{args.size}_g{GENERATOR_VERSION}.db"
    if not path.exists() or not baseline_path(path).exists():
        t = time.perf_counter()
        print(f"building {path} …", file=sys.stderr)
        await build(path, n)
        print(f"built in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    await latency(path, args.per_category, args.rounds)
    if args.accuracy:
        await print_accuracy()


if __name__ == "__main__":
    asyncio.run(main())
