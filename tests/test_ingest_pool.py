"""Batch ingest extracts in worker processes (``set_workers``): the same outcomes and the
same meetings, in the same order, as extracting in this process."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import date
from pathlib import Path

import aiosqlite
import pytest

from store.language.models import Article, IngestReport
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


# ----------------------------------------------------------------- two batches in flight
# With the pool, a full batch is written only once the next one is full: the next batch's
# duplicate check runs while the one before is extracted and not written yet.


class _Threads(ThreadPoolExecutor):
    """The pool's path with threads for processes, so that a test's extractor runs in it;
    chunks after the first ``works`` fail as when a worker process dies."""

    def __init__(self, works: int | None = None) -> None:
        super().__init__(2)
        self.works, self.chunks = works, 0

    def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
        self.chunks += 1
        if self.works is not None and self.chunks > self.works:
            broken: Future[object] = Future()
            broken.set_exception(BrokenProcessPool("a worker died"))
            return broken
        return super().submit(fn, *args, **kwargs)


async def _through(
    threads: _Threads, store: Store, articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> IngestReport:
    """Ingest along the pool's path, run by ``threads``."""
    monkeypatch.setattr(pipeline, "_executor", lambda: threads)
    pipeline.set_workers(2)
    try:
        return await pipeline.ingest(store, articles, today=TODAY)
    finally:
        threads.shutdown()


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch, pool_settings: None) -> None:
    monkeypatch.setattr(pipeline, "BATCH", 4)  # and CHUNK 3, POOL_MIN 4


def _web(article: Article, site: str, n: int) -> Article:
    url = f"https://{site}/tin-tuc/{n}.html"
    return Article(text=article.text, source=url, url=url, title=article.title)


async def _in_one_process(articles: list[Article]) -> tuple[IngestReport, int]:
    """The reference: extracted in a thread, each batch written before the next is checked."""
    workers = pipeline.workers()
    pipeline.set_workers(1)
    reference = await _memory_store()
    try:
        return await pipeline.ingest(reference, articles, today=TODAY), (
            await reference.count_articles()
        )
    finally:
        await reference.close()
        pipeline.set_workers(workers)


def _outcomes(report: IngestReport) -> list[tuple[object, ...]]:
    return [(o.source, o.status, o.reason, o.meeting_ids, o.duplicate_of) for o in report.outcomes]


async def test_a_repeat_of_the_unwritten_batch_before_is_found_with_the_pool(
    empty_store: Store, small_batches: None
) -> None:
    found = [a for a in load_paths([ARTICLES]) if isinstance(a, Article)]
    first = [_web(a, "baomau.vn", n) for n, a in enumerate(found[:12])]
    articles = [
        *first[:6],  # the first batch (4), and two of the second
        first[1],  # the same page again
        _web(found[2], "baokhac.vn", 2),  # another outlet's copy: one more source
        Article(text="Tin tổng hợp\n" + found[0].text + "\nTheo TTXVN.", source="ban-sao.txt"),
        *first[6:],
    ]
    pipeline.set_workers(2)
    got = await pipeline.ingest(empty_store, articles, today=TODAY)
    assert pipeline._pool is not None

    assert [(o.status, o.duplicate_of) for o in got.outcomes[6:9]] == [
        ("duplicate", first[1].source),
        ("duplicate", first[2].source),
        ("duplicate", first[0].source),
    ]
    assert [o.meeting_ids for o in got.outcomes[6:9]] == [
        got.outcomes[n].meeting_ids for n in (1, 2, 0)
    ]
    expected, stored = await _in_one_process(articles)
    assert _outcomes(got) == _outcomes(expected)
    assert got.meetings == expected.meetings  # the other outlet among the citations
    assert await empty_store.count_articles() == stored == 12


async def test_an_extraction_failure_in_the_second_batch_skips_only_its_article(
    empty_store: Store, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [a for a in load_paths([ARTICLES]) if isinstance(a, Article)][:10]
    extract = pipeline.extract

    def broken_on_the_sixth(article: Article, today: date):  # type: ignore[no-untyped-def]
        if article.text == found[5].text:
            raise RuntimeError("boom")
        return extract(article, today)

    monkeypatch.setattr(pipeline, "extract", broken_on_the_sixth)
    threads = _Threads()
    got = await _through(threads, empty_store, found, monkeypatch)
    assert threads.chunks >= 4  # the pool's path: three batches, sent in chunks

    assert [o.status for o in got.outcomes].count("skipped") == 1
    assert (got.outcomes[5].status, got.outcomes[5].reason) == (
        "skipped",
        "lỗi nội bộ khi xử lý bài (RuntimeError)",
    )
    expected, stored = await _in_one_process(found)
    assert _outcomes(got) == _outcomes(expected)
    assert await empty_store.count_articles() == stored == 9


async def test_a_broken_pool_in_the_second_batch_extracts_the_rest_here(
    empty_store: Store, small_batches: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [a for a in load_paths([ARTICLES]) if isinstance(a, Article)][:11]
    threads = _Threads(works=2)  # the first batch's two chunks (3 + 1 articles)
    got = await _through(threads, empty_store, found, monkeypatch)
    assert threads.chunks > 2

    expected, stored = await _in_one_process(found)
    assert _outcomes(got) == _outcomes(expected)
    assert got.meetings == expected.meetings
    assert await empty_store.count_articles() == stored == 11
