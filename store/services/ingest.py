"""Ingest: articles from files, web pages, feeds and admins into the store."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from store.language.models import Article, IngestReport, Skipped
from store.storage.db import Store
from store.storage.dedup import (
    _print_writer,
    atomic,
    backfill_prints,
    find_duplicate,
    fingerprint,
    meetings_of,
    normalize_url,
)

# The bundled seed articles (the embedded default), beside the packages.
SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"

_locks: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


def write_lock(store: Store) -> asyncio.Lock:
    """One lock per store around ``Store.ingest``: it keeps a transaction open across
    awaits, so two feed jobs ingesting through one connection at once would nest them."""
    lock = _locks.get(store)
    if lock is None:
        lock = _locks[store] = asyncio.Lock()
    return lock


async def ensure_seeded(store: Store) -> bool:
    """Ingest the bundled seed articles into an empty database (the embedded default)."""
    if await store.count_articles():
        return False
    from store.services.sources import load_paths

    articles = [a for a in load_paths([SEEDS_DIR]) if isinstance(a, Article)]
    await store.ingest(articles)
    return True


@dataclass
class Outcome:
    """What became of one item given to ``ingest_unique``."""

    source: str
    status: str  # "new" | "duplicate" | "skipped"
    article_id: str | None = None
    meeting_ids: tuple[str, ...] = ()
    new_meetings: int = 0
    duplicate_of: str | None = None
    reason: str | None = None


async def ingest_unique(
    store: Store,
    items: Iterable[Article | Skipped],
    *,
    aliases: Callable[[Article], Iterable[str]] | None = None,
    on_item: Callable[[Outcome], None] | None = None,
) -> tuple[IngestReport, list[Outcome]]:
    """``Store.ingest`` that also stops near-duplicates and records URL aliases.

    ``aliases(article)`` names extra URLs that reached the article (a feed link that
    redirected, the URL the user typed), remembered so later polls skip them unfetched.
    A duplicate counts as an article and reports the stored copy's meetings, exactly as
    ``Store.ingest`` does for a byte-identical repeat.
    """
    from store.language.models import IngestReport, Skipped

    report = IngestReport()
    outcomes: list[Outcome] = []
    seen: dict[str, None] = {}
    async with write_lock(store):
        await backfill_prints(store)
        for item in items:
            if isinstance(item, Skipped):
                report.skipped.append(item)
                out = Outcome(item.path, "skipped", reason=item.reason)
            else:
                out = await _ingest_one(store, item, aliases(item) if aliases else (), report)
                for mid in out.meeting_ids:
                    seen.setdefault(mid, None)
            outcomes.append(out)
            if on_item:
                on_item(out)
        report.meetings = await store.meetings_by_ids(list(seen))
    return report, outcomes


async def _ingest_one(
    store: Store, article: Article, extra: Iterable[str], report: IngestReport
) -> Outcome:
    report.articles += 1
    dup = await find_duplicate(store, article)
    if dup is not None:
        urls = {*(u for u in extra if u), *([article.url] if article.url else [])}
        await atomic(store, _print_writer([], [(u, dup.article_id) for u in urls]))
        ids = await meetings_of(store, dup.article_id)
        return Outcome(
            article.source, "duplicate", dup.article_id, tuple(ids), duplicate_of=dup.source
        )
    before = await store.count_meetings()
    sub = await store.ingest([article])
    new_meetings = await store.count_meetings() - before  # merged reports add none
    report.new_articles += sub.new_articles
    report.new_meetings += new_meetings
    sub.new_meetings = new_meetings
    report.skipped.extend(sub.skipped)
    row = await (
        await store.conn.execute(
            "SELECT id, url FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)",
            (article.content_hash, article.url),
        )
    ).fetchone()
    if row is None:  # pragma: no cover - ingest always stores the article
        return Outcome(article.source, "skipped", reason="không lưu được bài")
    own = normalize_url(row["url"]) if row["url"] else None
    aliases = [(u, row["id"]) for u in extra if u and normalize_url(u) != own]
    await atomic(
        store, _print_writer([(row["id"], row["url"], fingerprint(article.text))], aliases)
    )
    ids = tuple(m.id for m in sub.meetings)
    reason = sub.skipped[0].reason if sub.skipped else None
    return Outcome(article.source, "new", row["id"], ids, new_meetings, reason=reason)
