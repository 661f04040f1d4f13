"""The ranking's text terms tested in Python (SQLite: search._scored_rows) give the scores and
the order that the SQL sum and search._order give."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.query import understand
from store.storage import search
from store.storage.db import Store

QUESTIONS = [
    "hợp tác dầu khí",
    "hợp tác kinh tế năm 2019",
    "giáo dục - đào tạo",
    "cuộc gặp mới nhất về năng lượng",
    "lần đầu tiên bàn về dầu khí",
    "Tổng Giám đốc Rosatom",
    "Bộ trưởng Ngoại giao Nga bàn về kinh tế",
    "Thủ tướng hội đàm về hợp tác giáo dục",
]


async def test_python_text_terms_score_and_order_as_sql(seeded_store: Store) -> None:
    if not seeded_store.lists_inline:
        pytest.skip("SQLite's path only")
    rows = await (await seeded_store.reader.execute("SELECT seq FROM meetings")).fetchall()
    seqs = [r[0] for r in rows]
    candidates = f"m.seq IN ({search._marks(len(seqs))})"
    orders = set()
    for question in QUESTIONS:
        q = understand(question, date(2026, 12, 5))
        parts, join, join_params = await search._ranking(seeded_store, q, seqs)
        if not any(p[2] for p in parts):
            continue
        orders.add("newest" if q.newest else "oldest" if q.oldest else "score")
        score = " + ".join(p[0] for p in parts)
        sql = (
            f"SELECT m.id, {score} AS score, m.seq, m.date_end FROM meetings m {join}"
            f" WHERE {candidates} ORDER BY {search._order(q)}"
        )
        params = [x for p in parts for x in p[1]]
        cur = await seeded_store.reader.execute(sql, [*params, *join_params, *seqs])
        expected = [tuple(r) for r in await cur.fetchall()]
        got = await search._scored_rows(
            seeded_store, q, parts, join, [*join_params, *seqs], candidates
        )
        assert [tuple(r) for r in got] == expected, question
    assert orders == {"score", "newest", "oldest"}
