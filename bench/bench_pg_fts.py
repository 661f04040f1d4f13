"""PostgreSQL full-text index for the folded search text: ``tsvector`` ('simple') vs pg_trgm.

Usage: python bench/bench_pg_fts.py [--rows 100000] [--url postgresql://…]

Without --url a throwaway cluster is started on 127.0.0.1 (tests/pgcluster.py). Builds a
table of synthetic folded texts (words of the domain, 40–120 per row), indexes it both
ways and times the queries search.py makes: a phrase match counted up to 2,001 rows (the
bm25 gate) and a phrase existence check. pg_trgm answers a phrase by a regular
expression on word boundaries; tsvector by a phrase tsquery. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import time
from pathlib import Path

import asyncpg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORDS = [
    "to",
    "lam",
    "putin",
    "mishustin",
    "ha",
    "noi",
    "moskva",
    "hop",
    "tac",
    "nang",
    "luong",
    "dau",
    "khi",
    "dien",
    "hat",
    "nhan",
    "giao",
    "duc",
    "dao",
    "tao",
    "thuong",
    "mai",
    "du",
    "lich",
    "quoc",
    "phong",
    "an",
    "ninh",
    "khoa",
    "hoc",
    "cong",
    "nghe",
    "tri",
    "tue",
    "nhan",
    "tao",
    "kinh",
    "te",
    "so",
    "van",
    "hoa",
    "tong",
    "bi",
    "thu",
    "thu",
    "tuong",
    "chu",
    "tich",
    "nuoc",
    "quoc",
    "hoi",
    "bo",
    "truong",
    "dai",
    "su",
    "lien",
    "bang",
    "nga",
    "viet",
    "nam",
    "hoi",
    "dam",
    "hoi",
    "kien",
    "tiep",
    "tham",
    "chinh",
    "thuc",
    "cap",
    "nha",
    "nuoc",
    "dien",
    "dam",
    "dien",
    "thoai",
    "thu",
    "gui",
    "chuc",
    "mung",
    "ninh",
    "thuan",
]
PHRASES = ["dien hat nhan", "tri tue nhan tao", "putin", "dai su lien bang nga", "ninh thuan"]


async def _time(conn: asyncpg.Connection, sql: str, arg: str, runs: int = 20) -> tuple[float, int]:
    n = await conn.fetchval(sql, arg)
    start = time.perf_counter()
    for _ in range(runs):
        await conn.fetchval(sql, arg)
    return (time.perf_counter() - start) / runs * 1000, int(n or 0)


async def main(url: str, rows: int) -> None:
    conn = await asyncpg.connect(url)
    await conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    await conn.execute(
        "DROP TABLE IF EXISTS fts_bench;"
        " CREATE TABLE fts_bench(seq serial PRIMARY KEY, folded text, tsv tsvector)"
    )
    rnd = random.Random(1)
    texts = [
        (" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(40, 120))),) for _ in range(rows)
    ]
    await conn.executemany("INSERT INTO fts_bench(folded) VALUES ($1)", texts)
    await conn.execute("UPDATE fts_bench SET tsv = to_tsvector('simple', folded)")
    t = time.perf_counter()
    await conn.execute("CREATE INDEX fts_bench_tsv ON fts_bench USING gin(tsv)")
    build_tsv = time.perf_counter() - t
    t = time.perf_counter()
    await conn.execute("CREATE INDEX fts_bench_trgm ON fts_bench USING gin(folded gin_trgm_ops)")
    build_trgm = time.perf_counter() - t
    await conn.execute("ANALYZE fts_bench")
    size_tsv = await conn.fetchval("SELECT pg_relation_size('fts_bench_tsv')")
    size_trgm = await conn.fetchval("SELECT pg_relation_size('fts_bench_trgm')")
    print(
        f"{rows} rows. Index build: tsvector {build_tsv:.1f} s, {size_tsv // 2**20} MiB;"
        f" pg_trgm {build_trgm:.1f} s, {size_trgm // 2**20} MiB\n"
    )
    print(
        "| phrase | tsvector count≤2001 (ms) | pg_trgm count≤2001 (ms) | tsvector exists (ms) | pg_trgm exists (ms) | rows (tsv / trgm) |"
    )
    print("|---|---|---|---|---|---|")
    count_tsv = "SELECT count(*) FROM (SELECT 1 FROM fts_bench WHERE tsv @@ to_tsquery('simple', $1) LIMIT 2001) x"
    count_trgm = "SELECT count(*) FROM (SELECT 1 FROM fts_bench WHERE folded ~ $1 LIMIT 2001) x"
    has_tsv = "SELECT 1 FROM fts_bench WHERE tsv @@ to_tsquery('simple', $1) LIMIT 1"
    has_trgm = "SELECT 1 FROM fts_bench WHERE folded ~ $1 LIMIT 1"
    for phrase in PHRASES:
        tq = phrase.replace(" ", "<->")
        rx = "(^|[^0-9a-z])" + phrase.replace(" ", "[^0-9a-z]+") + "([^0-9a-z]|$)"
        a, na = await _time(conn, count_tsv, tq)
        b, nb = await _time(conn, count_trgm, rx)
        c, _ = await _time(conn, has_tsv, tq)
        d, _ = await _time(conn, has_trgm, rx)
        print(f"| {phrase} | {a:.1f} | {b:.1f} | {c:.2f} | {d:.2f} | {na} / {nb} |")
    await conn.execute("DROP TABLE fts_bench")
    await conn.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--url")
    args = parser.parse_args()
    if args.url:
        asyncio.run(main(args.url, args.rows))
    else:
        from tests.pgcluster import Cluster

        cluster = Cluster().start()
        try:
            asyncio.run(main(cluster.url(), args.rows))
        finally:
            cluster.stop()
