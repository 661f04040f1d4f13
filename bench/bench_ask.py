"""Latency and top-1 accuracy of ``ask()`` against two baselines.

Usage: python bench/bench_ask.py [--sizes 1000,10000,100000] [--runs 3] [--keep DIR]

1. Accuracy, on the seeded store (seeds + tests/articles) and the test questions of
   tests/test_ask.py: a question is answered right when the first result satisfies the
   case (every constraint it states; the expected meeting for look-ups) and, for
   out-of-scope questions, when nothing is returned. Baselines search the raw article
   texts and answer with the article's main meeting:
   - FTS5: plain bm25 over the raw article text (question words OR-ed),
   - rapidfuzz: a WRatio scan over every article text.
2. Latency, on synthetic stores of 1,000 / 10,000 / 100,000 meetings generated from
   templates with the real lexicon (office holders at the meeting's date, places,
   sectors, kinds) and written with SQL directly. Each store also gets one synthetic
   article text per meeting for the baselines. Questions: the test questions plus
   questions generated from the synthetic meetings.

Prints Markdown tables.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from store.language.fold import fold  # noqa: E402
from store.language.lexicon import get_lexicon  # noqa: E402
from store.language.models import Meeting, Participant  # noqa: E402
from store.services.answer import ask  # noqa: E402
from store.services.ingest import ingest  # noqa: E402
from store.services.sources import load_paths  # noqa: E402
from store.storage.db import Store, date_bounds, search_text  # noqa: E402
from store.storage.search import fts_phrase  # noqa: E402
from tests.test_ask import (  # noqa: E402
    DATES,
    INTENTS,
    KINDS,
    NAMES,
    OUT_OF_SCOPE,
    PLACES,
    SECTORS,
    TITLES,
    TODAY,
    TYPOS,
    Case,
)

CASES: list[Case] = (
    NAMES + TYPOS + TITLES + DATES + PLACES + SECTORS + KINDS + INTENTS + OUT_OF_SCOPE
)
VN_OFFICES = [
    "vn_gen_sec",
    "vn_president",
    "vn_pm",
    "vn_na_chair",
    "vn_deputy_pm",
    "vn_fm",
    "vn_defence",
    "vn_mps",
]
RU_OFFICES = [
    "ru_president",
    "ru_pm",
    "ru_fm",
    "ru_deputy_pm",
    "ru_fc_chair",
    "ru_duma_chair",
    "ru_amb_vn",
    "ru_sc_secretary",
]
KINDS_W = [
    ("hội đàm", 30),
    ("hội kiến", 20),
    ("tiếp", 20),
    ("gặp", 10),
    ("điện đàm", 10),
    ("thăm", 5),
    ("điện mừng", 5),
]
TIMES = [None, "sáng", "chiều", "tối"]
POINTS = [
    "Hai bên nhất trí thúc đẩy hợp tác {s1} và {s2}, triển khai hiệu quả các thỏa thuận đã ký.",
    "{a} đề nghị hai nước tăng cường hợp tác trong lĩnh vực {s1}, đặc biệt là các dự án {s2}.",
    "{b} khẳng định Nga coi Việt Nam là đối tác ưu tiên, sẵn sàng mở rộng hợp tác {s1}.",
    "Hai nhà lãnh đạo đánh giá cao kết quả hợp tác {s1}, nhất trí tháo gỡ khó khăn về {s2}.",
]


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


def _fts_query(question: str) -> str | None:
    words = [w for w in fold(question).replace('"', " ").split() if w.isalnum()]
    phrases = [p for p in (fts_phrase(w) for w in words) if p]
    return " OR ".join(dict.fromkeys(phrases)) or None


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
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "acc.db")
        await ingest(store, load_paths([ROOT / "seeds", ROOT / "tests" / "articles"]))
        await store.conn.execute(
            "CREATE VIRTUAL TABLE raw_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
        )
        await store.conn.execute(
            "INSERT INTO raw_fts(rowid, text) SELECT rowid, text FROM articles"
        )
        articles = await (
            await store.conn.execute("SELECT rowid, id, text FROM articles")
        ).fetchall()
        texts = [fold(r["text"]) for r in articles]
        ids = [r["id"] for r in articles]
        by_rowid = {r["rowid"]: r["id"] for r in articles}
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
                    expr = _fts_query(question)
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


# ------------------------------------------------------------------ synthetic data


def _synthetic(n: int, seed: int = 7) -> list[tuple[Meeting, str]]:
    """Meetings plus a news-like article text for each, consistent with terms of office."""
    lex = get_lexicon()
    rnd = random.Random(seed)
    start, span = date(2012, 1, 1), (TODAY - date(2012, 1, 1)).days
    vn_places = [p.name for p in lex.places.values() if p.country == "VN"]
    ru_places = [p.name for p in lex.places.values() if p.country == "RU"]
    sectors = list(lex.sectors)
    kinds, weights = zip(*KINDS_W, strict=True)
    out: list[tuple[Meeting, str]] = []
    while len(out) < n:
        day = start + timedelta(days=rnd.randrange(span))
        vo, ro = rnd.choice(VN_OFFICES), rnd.choice(RU_OFFICES)
        vn, ru = lex.holders(vo, day), lex.holders(ro, day)
        if not vn or not ru:
            continue
        a, b = vn[0], ru[0]
        kind = rnd.choices(kinds, weights)[0]
        place = (
            None
            if kind.startswith("điện")
            else rnd.choice(vn_places if rnd.random() < 0.55 else ru_places)
        )
        precision = rnd.random()
        when = (
            day.isoformat()
            if precision < 0.85
            else day.isoformat()[:7]
            if precision < 0.95
            else None
        )
        picked = rnd.sample(sectors, rnd.randint(0, 5))
        s1, s2 = (picked + ["kinh tế", "thương mại"])[:2]
        ta, tb = lex.offices[vo].title, lex.offices[ro].title
        points = [
            t.format(a=f"{ta} {a}", b=f"{tb} {b}", s1=s1, s2=s2) for t in rnd.sample(POINTS, 2)
        ]
        summary = f"{ta} {a} {kind} {tb} {b}" + (f" tại {place}" if place else "") + "."
        m = Meeting(
            id=hashlib.sha1(f"{len(out)}|{seed}".encode()).hexdigest()[:12],
            date=when,
            date_inferred=precision > 0.8 and when is not None and rnd.random() < 0.3,
            time_of_day=rnd.choice(TIMES) if when and len(when) == 10 else None,
            place=place,
            kind=kind,
            participants=[
                Participant(name=a, title=ta, country="VN"),
                Participant(name=b, title=tb, country="RU"),
            ],
            sectors=picked,
            summary=summary,
            sources=[f"synthetic_{len(out):06d}.txt"],
            secondary=rnd.random() < 0.15,
            key_points=points,
        )
        lead = f"Ngày {day.day}/{day.month}/{day.year}, " if when else ""
        text = (
            f"{lead}{summary} "
            + " ".join(points)
            + " Quan hệ Đối tác chiến lược toàn diện Việt Nam - Nga tiếp tục phát triển."
        )
        out.append((m, text))
    return out


async def build_store(path: Path, n: int) -> None:
    store = await Store.open(path)  # creates the schema
    await store.close()
    data = _synthetic(n)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    with con:
        for i, (m, text) in enumerate(data):
            aid = f"a{i:07d}"
            a, b = date_bounds(m.date)
            con.execute(
                "INSERT INTO articles(id, source, text) VALUES (?,?,?)", (aid, m.sources[0], text)
            )
            con.execute(
                "INSERT INTO meetings(id, date, date_start, date_end, date_inferred, time_of_day, place, kind,"
                " summary, key_points, secondary, folded) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    m.id,
                    m.date,
                    a,
                    b,
                    int(m.date_inferred),
                    m.time_of_day,
                    m.place,
                    m.kind,
                    m.summary,
                    json.dumps(m.key_points, ensure_ascii=False),
                    int(m.secondary),
                    search_text(m),
                ),
            )
            con.executemany(
                "INSERT INTO meeting_participants(meeting_id, pos, name, title, country) VALUES (?,?,?,?,?)",
                [(m.id, j, p.name, p.title, p.country) for j, p in enumerate(m.participants)],
            )
            con.executemany(
                "INSERT INTO meeting_sectors(meeting_id, sector) VALUES (?,?)",
                [(m.id, s) for s in m.sectors],
            )
            con.execute(
                "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES (?,?,?)",
                (m.id, aid, m.sources[0]),
            )
        con.execute(
            "CREATE VIRTUAL TABLE raw_fts USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
        )
        con.execute("INSERT INTO raw_fts(rowid, text) SELECT rowid, text FROM articles")
    con.execute("ANALYZE")
    con.close()


def _questions(n: int, seed: int = 11) -> list[str]:
    """Test questions plus questions about the synthetic meetings."""
    rnd = random.Random(seed)
    data = _synthetic(min(n, 2000))
    out = [c.q for c in CASES] + [fold(c.q) for c in CASES]
    templates = [
        "{a} gặp {b} khi nào",
        "{b} tháng {mo}/{y}",
        "{a} {s} năm {y}",
        "{tb} năm {y}",
        "{b} ở {p}",
        "lần gần nhất {a} gặp {b}",
        "{s} {p}",
        "{a} đã gặp những ai năm {y}",
    ]
    for _ in range(len(out)):
        m, _text = rnd.choice(data)
        y = (m.date or "2020")[:4]
        mo = int(m.date[5:7]) if m.date and len(m.date) >= 7 else 6
        q = rnd.choice(templates).format(
            a=m.participants[0].name,
            b=m.participants[1].name,
            tb=m.participants[1].title,
            y=y,
            mo=mo,
            s=rnd.choice(m.sectors or ["năng lượng"]),
            p=m.place or "Hà Nội",
        )
        out.append(q if rnd.random() < 0.5 else fold(q))
    return out


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


async def _ask_latency(path: Path, questions: list[str], runs: int) -> list[float]:
    store = await Store.open(path)
    for q in questions[:20]:  # warm caches (lexicon, alias index, page cache)
        await ask(store, q, today=TODAY)
    times: list[float] = []
    for _ in range(runs):
        for q in questions:
            t = time.perf_counter()
            await ask(store, q, today=TODAY)
            times.append((time.perf_counter() - t) * 1000)
    await store.close()
    return times


async def _baselines(
    path: Path, questions: list[str], fuzz_questions: int
) -> tuple[list[float], list[float]]:
    store = await Store.open(path)
    fts: list[float] = []
    for q in questions:
        expr = _fts_query(q)
        t = time.perf_counter()
        if expr:  # the same work as ask(): best five, read back as meetings
            rows = await (
                await store.conn.execute(
                    "SELECT s.meeting_id FROM raw_fts JOIN articles a ON a.rowid = raw_fts.rowid"
                    " JOIN meeting_sources s ON s.article_id = a.id"
                    " WHERE raw_fts MATCH ? ORDER BY bm25(raw_fts) LIMIT 5",
                    (expr,),
                )
            ).fetchall()
            await store.meetings_by_ids([r[0] for r in rows])
        fts.append((time.perf_counter() - t) * 1000)
    texts = [
        fold(r[0]) for r in await (await store.conn.execute("SELECT text FROM articles")).fetchall()
    ]
    fz: list[float] = []
    for q in questions[:fuzz_questions]:
        t = time.perf_counter()
        process.extract(fold(q), texts, scorer=fuzz.WRatio, limit=5)
        fz.append((time.perf_counter() - t) * 1000)
    await store.close()
    return fts, fz


def _cell(values: list[float]) -> str:
    return f"{statistics.median(values):.1f} / {_pct(values, 99):.1f}"


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="keep the synthetic databases in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]

    print("## Top-1 accuracy on the test questions (seeded store, with and without diacritics)\n")
    print("| questions | n | ask() | FTS5 bm25 on raw text | rapidfuzz scan |")
    print("|---|---:|---:|---:|---:|")
    totals = [0, 0, 0, 0]
    for label, n, ours, fts, fz in await accuracy():
        print(f"| {label} | {n} | {ours / n:.0%} | {fts / n:.0%} | {fz / n:.0%} |")
        totals = [t + v for t, v in zip(totals, (n, ours, fts, fz), strict=True)]
    n = totals[0]
    print(
        f"| **all** | {n} | **{totals[1] / n:.0%}** | {totals[2] / n:.0%} | {totals[3] / n:.0%} |\n"
    )

    print("## Latency (ms, p50 / p99)\n")
    print("| meetings | questions | ask() | FTS5 bm25 on raw text | rapidfuzz scan |")
    print("|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in sizes:
            path = folder / f"bench_{size}.db"
            if not path.exists():
                t = time.perf_counter()
                await build_store(path, size)
                print(f"built {size:,} meetings in {time.perf_counter() - t:.1f}s", file=sys.stderr)
            questions = _questions(size)
            ours = await _ask_latency(path, questions, args.runs)
            fts, fz = await _baselines(path, questions, 20 if size >= 100_000 else 60)
            print(f"| {size:,} | {len(questions)} | {_cell(ours)} | {_cell(fts)} | {_cell(fz)} |")


if __name__ == "__main__":
    asyncio.run(main())
