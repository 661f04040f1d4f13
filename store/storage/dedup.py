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

import hashlib
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rapidfuzz import fuzz

from store.language.fold import fold
from store.language.models import Article

if TYPE_CHECKING:
    from store.storage.db import Store

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
