"""Recognising an article the store already holds: by URL, by text, or by near-identical text.

Outlets republish wire copy with their own headline, a dateline, a byline or a "Theo
TTXVN" tail, and feeds link the same page with tracking parameters. ``Store.ingest``
already stops exact repeats (same whitespace-normalised text, same URL); here we add
normalised URLs, folded text (case and diacritics ignored) and near-duplicates.

Near-duplicates are found through *anchors* — hashes of the article's long sentences —
since a copy keeps most sentences verbatim while a different outlet's own report of the
same meeting keeps almost none. Candidates sharing anchors are confirmed when the first
2,000 folded characters are ≥ 90 % alike (rapidfuzz) or when most long sentences of the
shorter text appear in the other (robust to a prepended headline or lead).

Fingerprints are filled lazily for articles stored by other paths (files, seeds, the
admin command), so every article takes part whatever route it came by.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sqlite3
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rapidfuzz import fuzz

from store.fold import fold
from store.models import Article

if TYPE_CHECKING:
    from store.db import IngestReport, Skipped, Store

HEAD_CHARS = 2000
MIN_NEAR_CHARS = 300  # shorter texts share too much boilerplate to judge by similarity
NEAR_RATIO = 90.0
ANCHOR_WORDS = 8  # sentences with fewer words are too common to identify an article
SHARED_SENTENCES = 0.8
_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc", "gidzl", "_ga", "mc_cid", "mc_eid", "ref_src")
_SENTENCE_END = re.compile(r"[.!?;…\n]+")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# fold() is lru-cached for short strings; whole articles would only flood its cache.
_fold = getattr(fold, "__wrapped__", fold)

_locks: weakref.WeakKeyDictionary[object, asyncio.Lock] = weakref.WeakKeyDictionary()


def write_lock(store: Store) -> asyncio.Lock:
    """One lock per store around ``Store.ingest``: it keeps a transaction open across
    awaits, so two feed jobs ingesting through one connection at once would nest them."""
    lock = _locks.get(store)
    if lock is None:
        lock = _locks[store] = asyncio.Lock()
    return lock


T = TypeVar("T")


async def atomic(store: Store, fn: Callable[[sqlite3.Connection], T]) -> T:
    """Run ``fn(conn)`` as one transaction on the database thread (see ``Store.atomic``)."""
    return await store.atomic(fn)


def normalize_url(url: str) -> str:
    """Same page, same string: lower-case scheme/host, no default port, fragment or tracking."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = (
        host
        if port is None or (scheme, port) in (("http", 80), ("https", 443))
        else f"{host}:{port}"
    )
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


@dataclass(frozen=True)
class Print:
    exact: str  # hash of the whole folded text
    head: str  # first HEAD_CHARS folded characters
    anchors: frozenset[str]  # hashes of long sentences


def fingerprint(text: str) -> Print:
    folded_text = _fold(text)
    folded = _NON_WORD.sub(" ", folded_text).strip()
    anchors = set()
    for sentence in _SENTENCE_END.split(folded_text):
        key = _NON_WORD.sub(" ", sentence).strip()
        if key.count(" ") + 1 >= ANCHOR_WORDS:
            anchors.add(hashlib.sha1(key.encode()).hexdigest()[:16])
    return Print(
        hashlib.sha256(folded.encode()).hexdigest()[:24], folded[:HEAD_CHARS], frozenset(anchors)
    )


def near_identical(a: Print, b: Print) -> bool:
    if min(len(a.head), len(b.head)) < MIN_NEAR_CHARS:
        return False
    if fuzz.ratio(a.head, b.head, score_cutoff=NEAR_RATIO):
        return True
    small, big = sorted((a.anchors, b.anchors), key=len)
    return len(small) >= 3 and len(small & big) >= SHARED_SENTENCES * len(small)


@dataclass(frozen=True)
class Duplicate:
    article_id: str
    source: str  # what the stored copy is shown as
    how: str  # "url" | "text" | "near"


def _print_writer(
    prints: Iterable[tuple[str, str | None, Print]], aliases: Iterable[tuple[str, str]] = ()
) -> Callable[[sqlite3.Connection], None]:
    """A transaction body storing fingerprints and (url, article id) aliases."""

    prints, aliases = list(prints), list(aliases)

    def write(conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT OR REPLACE INTO article_prints(article_id, norm_url, exact) VALUES (?,?,?)",
            [(aid, normalize_url(url) if url else None, p.exact) for aid, url, p in prints],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO article_anchors(anchor, article_id) VALUES (?,?)",
            [(a, aid) for aid, _, p in prints for a in sorted(p.anchors)],
        )
        conn.executemany(
            "INSERT OR IGNORE INTO article_aliases(url, article_id) VALUES (?, ?)",
            [(normalize_url(url), aid) for url, aid in aliases],
        )

    return write


async def backfill_prints(store: Store) -> int:
    """Fingerprint articles stored without one (by files, seeds or the admin command)."""
    rows = await (
        await store.conn.execute(
            "SELECT a.id, a.url, a.text FROM articles a"
            " LEFT JOIN article_prints p ON p.article_id = a.id WHERE p.article_id IS NULL"
        )
    ).fetchall()
    if rows:
        prints = [(r["id"], r["url"], fingerprint(r["text"])) for r in rows]
        await atomic(store, _print_writer(prints))
    return len(rows)


async def find_by_url(store: Store, url: str) -> Duplicate | None:
    """The stored article behind ``url`` (its canonical form, or a URL it was reached by)."""
    norm = normalize_url(url)
    row = await (
        await store.conn.execute(
            "SELECT a.id, a.source FROM article_prints p JOIN articles a ON a.id = p.article_id"
            " WHERE p.norm_url = ?"
            " UNION ALL SELECT a.id, a.source FROM article_aliases x JOIN articles a ON a.id = x.article_id"
            " WHERE x.url = ? LIMIT 1",
            (norm, norm),
        )
    ).fetchone()
    return Duplicate(row["id"], row["source"], "url") if row else None


async def find_duplicate(store: Store, article: Article) -> Duplicate | None:
    """The stored article that ``article`` repeats, if any (call ``backfill_prints`` first)."""
    for url in filter(None, {article.url, article.source if "://" in article.source else None}):
        found = await find_by_url(store, url)
        if found:
            return found
    p = fingerprint(article.text)
    row = await (
        await store.conn.execute(
            "SELECT a.id, a.source FROM article_prints p JOIN articles a ON a.id = p.article_id"
            " WHERE p.exact = ? OR a.id = ? LIMIT 1",
            (p.exact, article.content_hash),
        )
    ).fetchone()
    if row:
        return Duplicate(row["id"], row["source"], "text")
    if len(p.head) < MIN_NEAR_CHARS or not p.anchors:
        return None
    marks = ",".join("?" * len(p.anchors))
    rows = await (
        await store.conn.execute(
            f"SELECT x.article_id, a.source, a.text, count(*) AS shared FROM article_anchors x"
            f" JOIN articles a ON a.id = x.article_id WHERE x.anchor IN ({marks})"
            f" GROUP BY x.article_id ORDER BY shared DESC LIMIT 5",
            tuple(sorted(p.anchors)),
        )
    ).fetchall()
    for r in rows:
        if near_identical(p, fingerprint(r["text"])):
            return Duplicate(r["article_id"], r["source"], "near")
    return None


async def remember_alias(store: Store, url: str, article_id: str) -> None:
    """Record that ``url`` leads to a stored article (redirects, tracking links, copies)."""
    await atomic(store, _print_writer([], [(url, article_id)]))


async def meetings_of(store: Store, article_id: str) -> list[str]:
    rows = await (
        await store.conn.execute(
            "SELECT meeting_id FROM meeting_sources WHERE article_id = ? ORDER BY rowid",
            (article_id,),
        )
    ).fetchall()
    return [r["meeting_id"] for r in rows]


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
    from store.db import IngestReport, Skipped

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
