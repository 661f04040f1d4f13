"""Ingest: the one way articles enter the store — files, web pages, feeds and /them.

The caller reads (files, fetched pages, feed entries, a pasted text); ``ingest`` then takes
each item through the same steps: is it already stored (by URL, by text or by near-identical
text — asked once, just before the write)? If not, extract its meetings once, in a worker
thread so the bot's event loop stays free, with the same "today" for every article of the
run; then store the article and its meetings (merging meetings already reported), a batch
per transaction. One ``IngestReport`` says what became of every item.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from store.language.fold import fold, remember
from store.language.localtime import local_today
from store.language.models import Article, IngestReport, Meeting, Outcome, Skipped
from store.language.reasons import Reason
from store.storage.db import NewArticle, Store
from store.storage.dedup import Duplicate, Print, Unwritten, article_urls, fingerprint

if TYPE_CHECKING:  # the pool's modules load when a pool starts, not for `briefing ask`
    from concurrent.futures import Executor, ProcessPoolExecutor

log = logging.getLogger(__name__)

# The bundled seed articles (the embedded default), beside the packages.
# Beside the packages in a clone; an installed copy (the Docker image) finds ./seeds instead.
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
NO_MEETING = Reason("ingest.no_meeting")

_locks: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


def write_lock(store: Store) -> asyncio.Lock:
    """One lock per store around an ingest run: the duplicate check and the write of an
    article must not interleave with another run's (two feed jobs storing one copy twice)."""
    lock = _locks.get(store)
    if lock is None:
        lock = _locks[store] = asyncio.Lock()
    return lock


def extract(article: Article, today: date) -> list[Meeting]:
    """The one call of the extractor; every path reaches it through here (tests wrap it)."""
    from store.language.extract import extract_meetings  # only writers pay for the extractor

    return extract_meetings(article, today)


@dataclass(frozen=True)
class Prepared:
    """An article with the meetings extracted from it (a /them preview keeps one until saved)."""

    article: Article
    meetings: tuple[Meeting, ...]


async def prepare(article: Article, today: date | None = None) -> Prepared:
    """Extract an article's meetings in a worker thread (``today`` defaults to Vietnam's)."""
    when = today or local_today()
    meetings = await asyncio.to_thread(extract, article, when)
    return Prepared(article, tuple(meetings))


# What the pipeline takes: an article (read or fetched), an article already extracted, a
# stored article found by its URL before fetching, or something that could not be read.
Item = Article | Prepared | Duplicate | Skipped


async def ingest(
    store: Store,
    items: Iterable[Item],
    *,
    today: date | None = None,
    keep_empty: bool = True,
) -> IngestReport:
    """Store what is new among ``items``; the report has one outcome per item, in order.

    ``keep_empty=False`` leaves out articles without a Vietnam–Russia meeting (feeds pick
    candidates by their headline); otherwise they are stored and reported as skipped, like
    a file with no meeting. A duplicate counts as an article and reports the stored copy's
    meetings. A failure inside the extractor skips that article with a reason; the rest go on.
    New articles are written ``BATCH`` at a time (one transaction) and, in a large run,
    extracted in worker processes meanwhile (``set_workers``; a batch is written while the
    workers extract the next), which is what makes a large folder quick; the results are the
    same either way.
    """
    when = today or local_today()
    report = IngestReport()
    unread: dict[int, Skipped] = {}
    async with write_lock(store):
        await store.backfill_prints()
        batch = _Batch()
        # With the pool, the full batch before this one: its articles are still being
        # extracted while this one fills, and it is written once this one is full, so the
        # workers always have articles to extract, while this process writes too.
        last: _Batch | None = None
        unwritten: Unwritten[_Pending] = Unwritten()  # accepted, not written: both batches
        pooled = False  # this run sends its extraction to worker processes
        for item in items:
            if isinstance(item, Skipped):
                unread[len(report.outcomes)] = item
                report.outcomes.append(Outcome(item.path, "skipped", reason=item.reason))
                continue
            out, pending = await _look(store, item, batch, unwritten)
            report.outcomes.append(out)
            if pending is not None:
                pooled = batch.add(pending, when, pooled)
            if len(batch.pending) >= BATCH:
                batch.flush(when, pooled)
                if last is not None:
                    await last.store(store, when, keep_empty, pooled)
                    unwritten.forget(len(last.pending))
                last, batch = batch, _Batch()
                if not pooled:  # extracted here: nothing runs meanwhile
                    await last.store(store, when, keep_empty, pooled)
                    unwritten.forget(len(last.pending))
                    last = None
        batch.flush(when, pooled)
        if last is not None:
            await last.store(store, when, keep_empty, pooled)
        await batch.store(store, when, keep_empty, pooled)
        ids = dict.fromkeys(i for out in report.outcomes for i in out.meeting_ids)
        report.meetings = await store.meetings_by_ids(list(ids))
    for n, out in enumerate(report.outcomes):
        if n in unread:
            report.skipped.append(unread[n])  # as it is: the CLI tells Unreadable apart
            continue
        report.articles += 1
        if out.reason:
            report.skipped.append(Skipped(out.source, out.reason))
        if out.status == "new":
            report.new_articles += 1
            report.new_meetings += out.new_meetings
    return report


BATCH = 64  # new articles extracted and written together
# Extraction is pure and CPU-bound: a run with many new articles sends them, CHUNK at a
# time, to worker processes as they are accepted, while this process checks the next ones
# for duplicates and writes. A run with fewer than POOL_MIN new articles in a batch (a
# /them, a feed's few entries, a CLI run of a small folder) stays in a thread: starting a
# worker (a fresh interpreter importing the extractor, about a second) costs more.
CHUNK = 8
POOL_MIN = BATCH
_workers: int | None = None  # None: one per CPU
_pool: tuple[int, ProcessPoolExecutor] | None = None


def set_workers(n: int | None) -> None:
    """Worker processes for batch extraction (the BRIEFING_INGEST_WORKERS setting); None is
    one per CPU, 1 extracts in a thread of this process."""
    global _workers
    _workers = n


def workers() -> int:
    return max(1, _workers if _workers is not None else (os.cpu_count() or 1))


def _executor() -> Executor | None:
    """The process pool, started on first use and kept (None: extract in a thread)."""
    global _pool
    n = workers()
    if n < 2:
        return None
    if _pool is None or _pool[0] != n:
        if _pool is not None:
            _pool[1].shutdown(wait=False)
        # spawn: forking a process that runs threads (aiosqlite's, the bot's) can copy a
        # lock another thread holds; a fresh interpreter imports the extractor once.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        context = multiprocessing.get_context("spawn")
        _pool = (n, ProcessPoolExecutor(n, mp_context=context, initializer=_warm))
    return _pool[1]


def _drop_pool(wait: bool = False) -> None:
    global _pool
    if _pool is not None:
        _pool[1].shutdown(wait=wait, cancel_futures=True)
        _pool = None


# Shut the pool down while modules are still whole: left to the interpreter's teardown,
# its manager thread's callback finds multiprocessing already gone and prints a traceback.
atexit.register(_drop_pool, wait=True)


def _warm() -> None:
    """A worker loads the extractor and its lexicon before its first article."""
    from store.language.extract import extract_meetings  # noqa: F401
    from store.language.lexicon import get_lexicon

    get_lexicon()


@dataclass
class _Pending:
    """A new article on its way to the store, with its outcome to fill in once written."""

    out: Outcome
    article: Article
    print_: Print
    folded: str  # fold(article.text), as the duplicate check made it: a worker takes it along
    meetings: tuple[Meeting, ...] | None  # None until extracted
    copies: list[Outcome] = field(default_factory=list)  # later items of the run repeating it
    # Those copies: another outlet's becomes one more source of its meetings, the same
    # outlet's only an alias (Store.add_report decides).
    reports: list[tuple[Article, Print]] = field(default_factory=list)


@dataclass
class _Batch:
    pending: list[_Pending] = field(default_factory=list)
    queued: list[_Pending] = field(default_factory=list)  # to extract, not sent yet
    sent: list[tuple[list[_Pending], asyncio.Future[list[tuple[Meeting, ...] | str]]]] = field(
        default_factory=list
    )

    def add(self, p: _Pending, today: date, pooled: bool) -> bool:
        """Accept a new article; sends full chunks to the pool once the run uses it (or
        this batch has enough to). True when the run now extracts in the pool."""
        if p.meetings is None:
            self.queued.append(p)
        if (pooled or len(self.queued) >= POOL_MIN) and len(self.queued) >= CHUNK:
            pooled = self._send(today)
        return pooled

    def _send(self, today: date) -> bool:
        pool = _executor()
        if pool is None:
            return False
        loop = asyncio.get_running_loop()
        while self.queued:
            chunk = self.queued[:CHUNK]
            try:
                future = loop.run_in_executor(
                    pool, _extract_all, [p.article for p in chunk], today, [p.folded for p in chunk]
                )
            except (OSError, RuntimeError) as exc:  # no process could start: a thread does it
                log.warning("no extraction workers (%s); extracting in this process", exc)
                _drop_pool()
                return False
            self.sent.append((chunk, future))
            del self.queued[:CHUNK]
        return True

    def flush(self, today: date, pooled: bool) -> None:
        """Send the articles left over from full chunks to the pool, once the run uses it."""
        if pooled and self.queued:
            self._send(today)

    async def _extracted(self, today: date, pooled: bool) -> None:
        """Every accepted article's meetings (or why not), in the order they came."""
        self.flush(today, pooled)
        if self.queued:  # a small batch: one thread hop
            self.sent.append(
                (
                    self.queued,
                    asyncio.ensure_future(
                        asyncio.to_thread(_extract_all, [p.article for p in self.queued], today)
                    ),
                )
            )
            self.queued = []
        from concurrent.futures.process import BrokenProcessPool  # loaded with the pool

        for chunk, future in self.sent:
            try:
                found = await future
            except BrokenProcessPool:  # a worker died (killed, out of memory): go on here
                log.warning("the extraction pool broke; extracting in this process")
                _drop_pool()
                found = await asyncio.to_thread(_extract_all, [p.article for p in chunk], today)
            for p, result in zip(chunk, found, strict=True):
                if isinstance(result, str):
                    p.out.status, p.out.reason = "skipped", result
                else:
                    p.meetings = result
        self.sent = []

    async def store(self, store: Store, today: date, keep_empty: bool, pooled: bool) -> None:
        """Extract what is not extracted yet, then write (one transaction)."""
        await self._extracted(today, pooled)
        for p in self.pending:
            if p.meetings == () and not keep_empty:
                p.out.status, p.out.reason = "irrelevant", NO_MEETING
        keep = [p for p in self.pending if p.out.status == "new"]
        if keep:
            stored = await store.add_articles(
                [
                    NewArticle(
                        with_publication(p.article), p.meetings or (), p.print_, (), p.reports
                    )
                    for p in keep
                ]
            )
            for p, s in zip(keep, stored, strict=True):
                p.out.article_id, p.out.meeting_ids = s.article_id, tuple(s.meeting_ids)
                p.out.new_meetings = s.new_meetings
                p.out.reason = None if p.meetings else NO_MEETING
        for p in self.pending:
            for copy in p.copies:  # the repeat of an article not kept is not kept either
                copy.article_id, copy.meeting_ids = p.out.article_id, p.out.meeting_ids
                if p.out.status != "new":
                    copy.status, copy.reason, copy.duplicate_of = p.out.status, p.out.reason, None


async def _look(
    store: Store,
    item: Article | Prepared | Duplicate,
    batch: _Batch,
    unwritten: Unwritten[_Pending],
) -> tuple[Outcome, _Pending | None]:
    """Is the item stored already (or accepted earlier in the run and not written yet: in
    this batch or the one before)? Asked once, before the write. A new article is added to
    the batch and to ``unwritten`` (and returned)."""
    if isinstance(item, Duplicate):  # found by its URL before it was fetched
        ids = tuple(await store.article_meetings(item.article_id))
        out = Outcome(item.source, "duplicate", item.article_id, ids, duplicate_of=item.source)
        return out, None
    article = item.article if isinstance(item, Prepared) else item
    print_ = fingerprint(article.text)
    dup = await store.find_duplicate(article, print_)
    if dup is not None:
        if dup.how == "url":  # the same page: remember how it was reached
            await store.add_aliases(dup.article_id, [u for u in (article.url, *article.via) if u])
        else:  # the same text: another outlet's copy is one more source
            await store.add_report(dup.article_id, article, print_)
        ids = tuple(await store.article_meetings(dup.article_id))
        out = Outcome(article.source, "duplicate", dup.article_id, ids, duplicate_of=dup.source)
        return out, None
    known_as = article_urls(article)
    earlier = unwritten.find(print_, known_as)
    if earlier is not None:
        out = Outcome(article.source, "duplicate", duplicate_of=earlier.article.source)
        earlier.copies.append(out)
        earlier.reports.append((article, print_))
        return out, None
    out = Outcome(article.source, "new")
    meetings = item.meetings if isinstance(item, Prepared) else None
    # The fingerprint has just folded the text: this is the fold it kept, not another.
    pending = _Pending(out, article, print_, fold(article.text), meetings)
    batch.pending.append(pending)
    unwritten.add(pending, print_, known_as)
    return out, pending


def with_publication(article: Article) -> Article:
    """The article with the publication date its text or URL gives, when none came with it
    (the one its meetings were dated against): kept, a reader sees when it came out."""
    if article.published is not None:
        return article
    from store.language.document import publication  # only writers pay for the extractor

    found = publication(article)
    if found is None:
        return article
    return replace(article, published=found[0], published_precision=found[1])


def _extract_all(
    articles: list[Article], today: date, folded: list[str] | None = None
) -> list[tuple[Meeting, ...] | str]:
    """Each article's meetings, or why extraction failed (in a worker thread or process).
    ``folded``: each article's text folded, as this process's duplicate check folded it."""
    out: list[tuple[Meeting, ...] | str] = []
    for n, article in enumerate(articles):
        if folded is not None:
            remember(article.text, folded[n])
        try:
            out.append(tuple(extract(article, today)))
        except Exception as exc:  # an extractor bug on one article must not stop the others
            log.exception("extracting %s failed", article.source)
            out.append(Reason("ingest.internal", error=type(exc).__name__))
    return out


async def ensure_seeded(store: Store) -> bool:
    """Ingest the bundled seed articles into an empty database (the embedded default)."""
    if await store.count_articles():
        return False
    from store.services.sources import load_paths

    seeds = SEEDS_DIR if SEEDS_DIR.is_dir() else Path("seeds")
    if not seeds.is_dir():
        log.warning("no seeds/ folder beside the package or here: the store starts empty")
        return False
    await ingest(store, load_paths([seeds]))
    return True
