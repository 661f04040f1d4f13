"""Batch ingest extracts in worker processes (``set_workers``): the same outcomes and the
same meetings, in the same order, as extracting in this process."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import aiosqlite
import pytest

from store.language.models import Article
from store.services import ingest as pipeline
from store.services.sources import load_paths
from store.storage.db import Store

ARTICLES = Path(__file__).parent / "articles"
TODAY = date(2026, 12, 1)


@pytest.fixture
def pool_settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    # Small chunks, so the few test articles cross several of them and the pool's order.
    monkeypatch.setattr(pipeline, "CHUNK", 3)
    monkeypatch.setattr(pipeline, "POOL_MIN", 4)
    pipeline._drop_pool()  # an earlier test's large ingest may have started one
    yield
    pipeline.set_workers(None)
    pipeline._drop_pool()


async def _memory_store() -> Store:
    """A private SQLite store for the in-process reference (whatever backend the test runs)."""
    store = Store(await aiosqlite.connect(":memory:"), ":memory:")
    store.conn.row_factory = aiosqlite.Row
    await store.conn.execute("PRAGMA foreign_keys = ON")
    await store.migrate()
    return store


def _articles() -> list[Article]:
    found = [a for a in load_paths([ARTICLES]) if isinstance(a, Article)]
    # A repeat inside the run and an article with no meeting, among the others.
    return [
        *found[:10],
        found[3],
        Article(text="Giá vàng hôm nay tăng nhẹ.", source="x.txt"),
        *found[10:],
    ]


async def test_worker_processes_give_what_one_process_gives(
    empty_store: Store, pool_settings: None
) -> None:
    articles = _articles()
    pipeline.set_workers(1)
    reference = await _memory_store()
    try:
        expected = await pipeline.ingest(reference, articles, today=TODAY)
    finally:
        await reference.close()
    assert pipeline._pool is None  # one worker: extracted in a thread

    pipeline.set_workers(2)
    got = await pipeline.ingest(empty_store, articles, today=TODAY)
    assert pipeline._pool is not None

    assert [(o.source, o.status, o.reason, o.meeting_ids) for o in got.outcomes] == [
        (o.source, o.status, o.reason, o.meeting_ids) for o in expected.outcomes
    ]
    assert got.meetings == expected.meetings
    assert (got.new_articles, got.new_meetings) == (expected.new_articles, expected.new_meetings)
    assert got.new_meetings > 20
