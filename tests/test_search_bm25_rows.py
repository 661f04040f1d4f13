"""A leftover word of a question ranks its candidates by bm25 (store.storage.search._ranking).
When a few candidates stand among many meetings saying the word, bm25 is looked up for the
candidates alone instead of for every match: the scores are the same (bm25 reads the
index's statistics, not the rows asked for), so the answers and their order must be too."""

from __future__ import annotations

import sqlite3

import pytest

from store.language.query import understand
from store.services.answer import ask
from store.storage import search
from store.storage.db import Store
from tests.test_ask import TODAY, _fill, _synthetic_meetings

QUESTIONS = [
    "Putin cảng Zarubino năm 2019",
    "Lavrov cảng Zarubino tháng 3/2021",
    "Thủ tướng Nga cảng Zarubino năm 2016",
    "cảng Zarubino năm 2024",
]


async def _with_word(store: Store) -> None:
    """3,000 meetings, one in four of them speaking of the port."""
    meetings = _synthetic_meetings(3000)
    for i, m in enumerate(meetings):
        if i % 4 == 0:
            m.key_points = [*m.key_points, "Hai bên bàn về dự án cảng Zarubino."]
    await _fill(store, meetings)


async def _answers(store: Store) -> list[tuple[str, list[str], list[float], list[str]]]:
    """Per question: the search's ids and scores, and the answer's meetings."""
    out = []
    for q in QUESTIONS:
        found = await search.search(store, understand(q, TODAY), limit=10)
        answer = await ask(store, q, today=TODAY, limit=10)
        scores = [round(found.scores[i], 9) for i in found.ids]
        out.append((q, found.ids, scores, [m.id for m in answer.results]))
    return out


@pytest.mark.sqlite_only  # PostgreSQL scores the ranked rows alone already (pg_sql)
async def test_bm25_for_the_candidates_alone_ranks_as_for_every_match(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _with_word(empty_store)
    monkeypatch.setattr(search, "BM25_PER_ROW", 10**9)  # every match scored
    want = await _answers(empty_store)
    statements: list[str] = []
    reader = empty_store.reader.conn
    assert isinstance(reader, sqlite3.Connection)
    reader.set_trace_callback(statements.append)
    monkeypatch.setattr(search, "BM25_PER_ROW", 1)  # the candidates alone, however many
    got = await _answers(empty_store)
    reader.set_trace_callback(None)
    assert any("bm25(meetings_fts)" in s and "AND rowid IN (" in s for s in statements)
    assert got == want
    assert all(ids for _q, ids, _s, _t in want), want
