"""A candidate's facets (a sector, a person, a place asked beside the walk's driver) are
probed in SQLite by the facets' keys (``Store.facet_probe_sql``: the key looked up once a
statement), not through the ``meeting_facets`` view (once a probe). Both must find the same
meetings, in the same order, and count as many."""

from __future__ import annotations

import sqlite3

import pytest

from store.storage.db import Store
from tests.asking import answers_to
from tests.test_ask import TODAY, _fill, _synthetic_meetings

QUESTIONS = [
    "Putin hợp tác dầu khí năm 2019",
    "Lavrov bàn về du lịch ở Hà Nội",
    "Tổng Bí thư gặp Tổng thống Nga về quốc phòng",
    "điện đàm năm 2021 về năng lượng",
    "hội đàm ở Sochi",
    "Thủ tướng Nga gặp Thủ tướng năm 2016 giáo dục",
]
VIEW = "meeting_facets {a} WHERE {a}.facet {op}"


async def _answers(store: Store) -> list[tuple[str, list[str], int]]:
    return await answers_to(store, QUESTIONS, TODAY)


@pytest.mark.sqlite_only  # PostgreSQL's facets are a table, probed as the view is here
async def test_facets_probed_by_their_keys_answer_as_through_the_view(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _fill(empty_store, _synthetic_meetings(3000))
    reader = empty_store.reader.conn
    assert isinstance(reader, sqlite3.Connection)
    statements: list[str] = []
    reader.set_trace_callback(statements.append)
    keyed = await _answers(empty_store)
    reader.set_trace_callback(None)
    assert any("EXISTS (SELECT 1 FROM facet_days f WHERE f.fid IN" in s for s in statements)
    monkeypatch.setattr(empty_store, "facet_probe_sql", VIEW)
    assert await _answers(empty_store) == keyed
    assert sum(1 for _q, ids, _n in keyed if ids) >= 4, keyed
