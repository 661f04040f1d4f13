"""Recognising an article the store already holds: by URL, by text, or by near-identical text.

Outlets republish wire copy with their own headline, a dateline, a byline or a "Theo
TTXVN" tail, and feeds link the same page with tracking parameters. Besides the exact
text and the URL, we compare normalised URLs, folded text (case and diacritics ignored)
and near-duplicates.

Near-duplicates are found through *anchors* — hashes of the article's long sentences —
since a copy keeps most sentences verbatim while a different outlet's own report of the
same meeting keeps almost none. Candidates sharing anchors are confirmed when the first
2,000 folded characters are ≥ 90 % alike (rapidfuzz) or when most long sentences of the
shorter text appear in the other (robust to a prepended headline or lead).

The functions below that take a connection run synchronously inside ``Store`` (a read on
its reader, a write in one of its transactions); the rest of the project calls the Store.
"""

from __future__ import annotations

import hashlib
import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from store.language.compiled import kept_regex
from store.language.fold import fold
from store.language.fuzzy import LCSseq, fuzz
from store.language.models import Article
from store.storage import bodies

HEAD_CHARS = 2000
MIN_NEAR_CHARS = 300  # shorter texts share too much boilerplate to judge by similarity
NEAR_RATIO = 90.0
ANCHOR_WORDS = 8  # sentences with fewer words are too common to identify an article
SHARED_SENTENCES = 0.8
ANCHOR_FANOUT = 50  # a sentence in more articles than this is boilerplate
CANDIDATES = 5  # articles compared in full
_TRACKING = ("utm_", "fbclid", "gclid", "zarsrc", "gidzl", "_ga", "mc_cid", "mc_eid", "ref_src")
# fold() is lru-cached for short strings; whole articles would only flood its cache.
_fold = getattr(fold, "__wrapped__", fold)
K = TypeVar("K")


@lru_cache(maxsize=4096)  # an article's URLs are normalised for its check, then for its write
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
    anchors: frozenset[int]  # hashes of long sentences (see anchor())


_WORD = kept_regex(r"[0-9a-z]+")


def _words(folded_text: str) -> str:
    """The folded words, one space apart: found, not a substitution per gap between them."""
    return " ".join(_WORD.findall(folded_text))


def anchor(sentence_key: str) -> int:
    """A long sentence as a 47-bit integer: the first 47 bits of its SHA-1, which SQLite
    stores in 6 bytes (60 bits took 8; a chance match among a million anchors is still
    one in a hundred million). Older versions stored the first 15 hex digits (60 bits;
    schema migration 13 read them from hex) and migration 27 keeps their first 47 bits."""
    return int(hashlib.sha1(sentence_key.encode()).hexdigest()[:12], 16) >> 1


# For fingerprint, on the folded text as ASCII bytes (each other character one "?"): a
# sentence end becomes a line break, a letter or digit stays, anything else is a space.
_WORD_BYTES = bytes(
    10 if chr(i) in ".!;\n" else i if chr(i) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32
    for i in range(256)
)


def fingerprint(text: str) -> Print:
    # The words are found once, sentence by sentence: no word holds a sentence end, so the
    # sentences' words in order are the text's (a second pass over the text was a sixth of it).
    # Byte operations, not regexes: each sentence's words ([0-9a-z] runs between runs of
    # [.!?;…\n], as _WORD and a split at those were), twice as fast. "…" and "?" become line
    # breaks first, so that a "?" in the bytes stands for another character, a space.
    every: list[bytes] = []
    anchors = set()
    ascii_ = _fold(text).replace("…", "\n").replace("?", "\n").encode("ascii", "replace")
    for sentence in ascii_.translate(_WORD_BYTES).split(b"\n"):
        words = sentence.split()
        every += words
        if len(words) >= ANCHOR_WORDS:
            anchors.add(anchor(b" ".join(words).decode()))
    folded = b" ".join(every).decode()
    return Print(
        hashlib.sha256(folded.encode()).hexdigest()[:24], folded[:HEAD_CHARS], frozenset(anchors)
    )


def near_identical(a: Print, b: Print) -> bool:
    if min(len(a.head), len(b.head)) < MIN_NEAR_CHARS:
        return False
    return _shared_sentences(
        len(a.anchors & b.anchors), len(a.anchors), len(b.anchors)
    ) or _similar_heads(a.head, b.head)


def _similar_heads(a: str, b: str) -> bool:
    # A ratio of NEAR_RATIO needs a common subsequence of NEAR_RATIO / 200 of both lengths
    # together. rapidfuzz answers "is it that long?" in two thirds of the ratio's time, so it
    # is asked first, one character short of that (clear of the ratio's rounding): most
    # candidates (texts sharing a few sentences) fall short, and only the rest are scored.
    floor = math.ceil((len(a) + len(b)) * NEAR_RATIO / 200) - 1
    if floor > 0 and not LCSseq.similarity(a, b, score_cutoff=floor):
        return False
    return bool(fuzz.ratio(a, b, score_cutoff=NEAR_RATIO))


def _shared_sentences(shared: int, a: int, b: int) -> bool:
    """Most long sentences of the shorter text appear in the other."""
    small = min(a, b)
    return small >= 3 and shared >= SHARED_SENTENCES * small


@dataclass(frozen=True)
class Duplicate:
    article_id: str
    source: str  # what the stored copy is shown as
    how: str  # "url" | "text" | "near"


def write_prints(
    c: sqlite3.Connection,
    prints: Iterable[tuple[str, str | None, Print]],
    aliases: Iterable[tuple[str, str]] = (),
) -> None:
    """Store (article id, url, fingerprint) rows and (url, article id) aliases."""
    prints = list(prints)
    # An upsert, not a replace: the row keeps its key (``num``), which its anchors name.
    c.executemany(
        "INSERT INTO article_prints(article_id, norm_url, exact, anchors) VALUES (?,?,?,?)"
        " ON CONFLICT (article_id) DO UPDATE SET norm_url = excluded.norm_url,"
        " exact = excluded.exact, anchors = excluded.anchors",
        [(aid, _own_url(url), p.exact, len(p.anchors)) for aid, url, p in prints],
    )
    anchored = [(aid, p) for aid, _, p in prints if p.anchors]
    nums = {aid: _print_num(c, aid) for aid, _ in anchored}
    c.executemany(
        "INSERT OR IGNORE INTO article_anchors(anchor, print_num) VALUES (?,?)",
        [(a, nums[aid]) for aid, p in anchored for a in sorted(p.anchors)],
    )
    c.executemany(
        "INSERT OR IGNORE INTO article_aliases(url, article_id) VALUES (?, ?)",
        [(normalize_url(url), aid) for url, aid in aliases],
    )


def _own_url(url: str | None) -> str | None:
    """The normalised URL a fingerprint row keeps: none when it is the article's URL as
    stored (``find_by_url`` looks that up in the articles' own URL index)."""
    norm = normalize_url(url) if url else None
    return None if norm == url else norm


def _print_num(c: sqlite3.Connection, article_id: str) -> int:
    """The key an article's anchors name it by: its fingerprint row's."""
    return int(
        c.execute("SELECT num FROM article_prints WHERE article_id = ?", (article_id,)).fetchone()[
            0
        ]
    )


def forget(c: sqlite3.Connection, article_id: str) -> None:
    """Delete an article's anchors (before the article): they are found by their key, the
    anchors of its text, so the table needs no index by article."""
    row = c.execute(
        "SELECT a.body, a.text, p.num FROM articles a"
        " JOIN article_prints p ON p.article_id = a.id WHERE a.id = ?",
        (article_id,),
    ).fetchone()
    if row is None:
        return
    anchors = fingerprint(bodies.unpack(row[0], row[1])).anchors
    c.executemany(
        "DELETE FROM article_anchors WHERE anchor = ? AND print_num = ?",
        [(a, row[2]) for a in sorted(anchors)],
    )


def backfill_prints(c: sqlite3.Connection) -> int:
    """Fingerprint articles stored without one (by an older version of the project)."""
    rows = c.execute(
        "SELECT a.id, a.url, a.body, a.text FROM articles a"
        " LEFT JOIN article_prints p ON p.article_id = a.id WHERE p.article_id IS NULL"
    ).fetchall()
    write_prints(
        c, [(aid, url, fingerprint(bodies.unpack(body, text))) for aid, url, body, text in rows]
    )
    return len(rows)


def find_by_url(c: sqlite3.Connection, url: str) -> Duplicate | None:
    """The stored article behind ``url`` (its canonical form, or a URL it was reached by)."""
    norm = normalize_url(url)
    row = c.execute(
        "SELECT a.id, a.source FROM article_prints p JOIN articles a ON a.id = p.article_id"
        " WHERE p.norm_url = ?"
        " UNION ALL SELECT a.id, a.source FROM articles a JOIN article_prints p"
        " ON p.article_id = a.id WHERE a.url = ? AND p.norm_url IS NULL"
        " UNION ALL SELECT a.id, a.source FROM article_aliases x JOIN articles a ON a.id = x.article_id"
        " WHERE x.url = ? LIMIT 1",
        (norm, norm, norm),
    ).fetchone()
    return Duplicate(row[0], row[1], "url") if row else None


def article_urls(article: Article) -> frozenset[str]:
    """The normalised URLs an article is known by (its own, its source, those that led to it)."""
    source = article.source if "://" in article.source else None
    return frozenset(normalize_url(u) for u in (article.url, source, *article.via) if u)


class Unwritten(Generic[K]):
    """Articles accepted earlier in one ingest run and not written yet, checked the way
    ``find_duplicate`` checks the stored ones, so that a copy later in the run is caught."""

    def __init__(self) -> None:
        self._items: dict[int, tuple[K, Print]] = {}  # by number, in the order they came
        self._added = 0
        self._keys: dict[str, int] = {}  # "u:" normalised URL | "x:" folded text hash
        self._anchors: dict[int, list[int]] = {}

    def add(self, item: K, p: Print, urls: Iterable[str]) -> None:
        n = self._added
        self._added += 1
        self._items[n] = (item, p)
        for key in (f"x:{p.exact}", *(f"u:{u}" for u in urls)):
            self._keys.setdefault(key, n)
        for a in p.anchors:
            self._anchors.setdefault(a, []).append(n)

    def find(self, p: Print, urls: Iterable[str]) -> K | None:
        """The earlier item that this article (``p``, known by ``urls``) repeats, if any."""
        for key in (*(f"u:{u}" for u in urls), f"x:{p.exact}"):
            if key in self._keys:
                return self._items[self._keys[key]][0]
        if len(p.head) < MIN_NEAR_CHARS:
            return None
        shared: dict[int, int] = {}
        for a in p.anchors:
            found = self._anchors.get(a, ())
            if len(found) <= ANCHOR_FANOUT:
                for n in found:
                    shared[n] = shared.get(n, 0) + 1
        ranked = sorted((n for n in shared if shared[n] >= _least_shared(p)), key=shared.get)
        for n in reversed(ranked[-CANDIDATES:]):
            if near_identical(p, self._items[n][1]):
                return self._items[n][0]
        return None

    def forget(self, count: int) -> None:
        """Forget the ``count`` earliest items held: they are written, and ``find_duplicate``
        finds them now. (An item's keys are its own: a later item sharing one was a copy.)"""
        gone = set(list(self._items)[:count])
        for n in gone:
            del self._items[n]
        self._keys = {k: n for k, n in self._keys.items() if n not in gone}
        for a, found in list(self._anchors.items()):
            kept = [n for n in found if n not in gone]
            if kept:
                self._anchors[a] = kept
            else:
                del self._anchors[a]


def _least_shared(p: Print) -> int:
    """Long sentences a candidate copy must share: one common sentence alone is not a copy."""
    return min(2, len(p.anchors))


# The heads of texts this process wrote, by their stored bytes: a text of up to 2 × HEAD_CHARS
# characters is read back whole by _stored_head, so its head is its fingerprint's (no word
# holds a sentence end). Later articles sharing its sentences compare it without
# decompressing and folding it again (a quarter of the duplicate check on generated articles).
_WRITTEN_HEADS: dict[bytes, str] = {}


def remember_head(body: bytes | None, text: str, p: Print) -> None:
    """Keep the head of ``text``, just stored as ``body`` with fingerprint ``p`` (on the
    database thread; the duplicate check reads on another)."""
    if body is None or len(text) > 2 * HEAD_CHARS:
        return
    if len(_WRITTEN_HEADS) >= 1024:
        try:
            _WRITTEN_HEADS.pop(next(iter(_WRITTEN_HEADS)))
        except (KeyError, RuntimeError, StopIteration):  # read meanwhile: start afresh
            _WRITTEN_HEADS.clear()
    _WRITTEN_HEADS[body] = p.head


@lru_cache(maxsize=1024)
def _stored_head(body: bytes | None, text: str | None) -> str:
    """A stored article's head as ``Print.head`` has it, from its columns. Kept: an article
    sharing boilerplate sentences with many others is a candidate again and again, and
    decompressing and folding it each time was a third of the duplicate check."""
    return _words(_fold(bodies.head(body, text, 2 * HEAD_CHARS) or ""))[:HEAD_CHARS]


def find_duplicate(c: sqlite3.Connection, article: Article, p: Print) -> Duplicate | None:
    """The stored article that ``article`` (whose fingerprint is ``p``) repeats, if any."""
    for url in filter(None, {article.url, article.source if "://" in article.source else None}):
        found = find_by_url(c, url)
        if found:
            return found
    row = c.execute(
        "SELECT a.id, a.source FROM article_prints p JOIN articles a ON a.id = p.article_id"
        " WHERE p.exact = ? UNION ALL SELECT id, source FROM articles WHERE id = ? LIMIT 1",
        (p.exact, article.content_hash),
    ).fetchone()
    if row:
        return Duplicate(row[0], row[1], "text")
    if len(p.head) < MIN_NEAR_CHARS or not p.anchors:
        return None
    # Articles sharing long sentences, the most shared first. A sentence many articles
    # carry (a site's boilerplate) identifies none of them and is left out, so the work
    # per article does not grow with the store; a real copy shares the rarer sentences.
    shared: dict[str, int] = {}
    for a in sorted(p.anchors):
        # Counted first, in SQL: an anchor in more articles than ANCHOR_FANOUT (boilerplate)
        # had its rows fetched into Python only to be dropped.
        (n,) = c.execute(
            "SELECT count(*) FROM (SELECT 1 FROM article_anchors x JOIN article_prints p"
            " ON p.num = x.print_num WHERE x.anchor = ? LIMIT ?) t",
            (a, ANCHOR_FANOUT + 1),
        ).fetchone()
        if not 0 < n <= ANCHOR_FANOUT:
            continue
        rows = c.execute(
            "SELECT p.article_id FROM article_anchors x JOIN article_prints p"
            " ON p.num = x.print_num WHERE x.anchor = ? LIMIT ?",
            (a, ANCHOR_FANOUT + 1),
        ).fetchall()
        if len(rows) <= ANCHOR_FANOUT:
            for (aid,) in rows:
                shared[aid] = shared.get(aid, 0) + 1
    least = _least_shared(p)
    ranked = sorted((a for a in shared if shared[a] >= least), key=shared.__getitem__, reverse=True)
    for aid in ranked[:CANDIDATES]:
        row = c.execute(
            "SELECT a.source, a.body, substr(a.text, 1, ?), p.anchors FROM articles a"
            " LEFT JOIN article_prints p ON p.article_id = a.id WHERE a.id = ?",
            (2 * HEAD_CHARS, aid),
        ).fetchone()
        if row is None:
            continue  # anchors an older version left behind a deleted article
        source, body, text, theirs = row
        if theirs is None:  # no fingerprint row (an older version's): count from the text
            full = c.execute("SELECT body, text FROM articles WHERE id = ?", (aid,)).fetchone()
            theirs = len(fingerprint(bodies.unpack(full[0], full[1])).anchors)
        body = None if body is None else bytes(body)
        head = (body is not None and _WRITTEN_HEADS.get(body)) or _stored_head(body, text)
        if len(head) < MIN_NEAR_CHARS:
            continue
        if _shared_sentences(shared[aid], len(p.anchors), theirs) or _similar_heads(p.head, head):
            return Duplicate(aid, source, "near")
    return None
