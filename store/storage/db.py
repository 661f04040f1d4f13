"""The meeting store: an aiosqlite database with a folded full-text index.

One ``Store`` per process; every coroutine shares its connection (aiosqlite runs the
calls on one thread, so writes are serialised without extra locking).
"""

from __future__ import annotations

import asyncio
import calendar
import contextlib
import hashlib
import json
import logging
import sqlite3
import zlib
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

import aiosqlite

from store.language import citation, countries
from store.language.fold import fold
from store.language.lexicon import get_lexicon
from store.language.models import Article, Citation, Meeting, Participant
from store.storage import bodies, dedup, notes, packed
from store.storage.dedup import Duplicate, Print
from store.storage.schema import (
    ALIASES_MIGRATION,
    BODY_MIGRATION,
    MIGRATIONS,
    SECTORS_MIGRATION,
)

T = TypeVar("T")
log = logging.getLogger(__name__)
WRITER_CACHE_KIB = 32 * 1024
# Every write transaction moves the data version that caches compare (see data_version).
_BUMP = "UPDATE data_version SET n = n + 1"


def date_bounds(value: str | None) -> tuple[str | None, str | None]:
    """First and last day a YYYY[-MM[-DD]] date can mean."""
    if not value:
        return None, None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return value, value
    if len(parts) == 2:
        y, m = parts
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"


def published_text(article: Article) -> str | None:
    """``articles.published`` as stored: the day, or "YYYY-MM" when only the month is known."""
    if article.published is None:
        return None
    if article.published_precision == "month":
        return article.published.isoformat()[:7]
    return article.published.isoformat()


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Two reports can be one meeting: day dates within a day, or one inside the other's month."""
    if not a or not b:
        return False
    if len(a) == 10 and len(b) == 10:
        return abs(date.fromisoformat(a) - date.fromisoformat(b)) <= timedelta(days=1)
    if len(a) == 4 or len(b) == 4:
        return False  # a bare year is too loose to merge on
    return a[:7] == b[:7]


# Times of day that end by 18:00 (store.language.dates.TimeOfDay).
_DAYTIME = ("sáng", "trưa", "chiều")


def _told_apart(m: Meeting, when: str | None, place: str | None, tod: str | None) -> bool:
    """Two reports a day apart of acts in one place, each with its time of day ("tối 19/6",
    "sáng 20/6"): two acts (a tea the evening a guest arrived, the talks next morning), not
    one meeting told twice in two time zones.

    Vietnamese pages tell acts in Việt Nam in its own time, so no zone joins them. Abroad a
    page may give either time; but an act in the day (by 18:00) is still on that day in any
    zone less than six hours ahead, so where every clock of the country is that close to
    Việt Nam's (Russia's) it is not the next day's act told in the other time ("chiều 11/9
    (giờ địa phương)" talks in Moskva, a session there "sáng 12/9"). An evening's can be."""
    if not (m.date and when and m.date != when and m.time_of_day and tod):
        return False
    if not (m.place and place == m.place):
        return False
    held = get_lexicon().places.get(place)
    if held is None:
        return False
    if held.country == "VN":
        return True
    hours, home = countries.utc_offsets(held.country), countries.utc_offsets("VN")
    if not (hours and home and len(m.date) == len(when) == 10):
        return False
    first = m.time_of_day if m.date < when else tod
    return first in _DAYTIME and all(abs(h - home[0]) < 6 for h in hours)


def search_text(m: Meeting) -> str:
    """Folded text the FTS index holds: people, titles, place, kind and key sentences.

    A known person's aliases are not in it (they were, a quarter of the text): questions
    name people through the lexicon, which reads every alias, and the person's meetings
    are found by facet, not by text. Nor are its sectors (a sixth of it): an asked sector
    is a facet and weighed once (search._score), its words count where the key sentences
    say them, and digest keywords read the sectors with the text (digest.facts_of).

    The sentences its facts were read from are in it when the summary and key sentences
    do not hold them: a summary taken from the headline leaves out the lead's occasion
    ("Nhân dịp tham dự Diễn đàn Nghị viện BRICS …, X hội đàm với Y")."""
    head = _search_head([(p.name, p.title) for p in m.participants], m.place, m.kind)
    said = [m.summary, *m.key_points]
    told = [s for s in dict.fromkeys(m.evidence.values()) if s and not any(s in x for x in said)]
    return fold(" ".join(x for x in (head, *said, *told) if x))


def _search_head(people: Sequence[tuple[str, str | None]], place: str | None, kind: str) -> str:
    """The search text's start, unfolded: each participant's name and title, place, kind."""
    parts = [x for name, title in people for x in (name, title) if x]
    return " ".join(x for x in (*parts, place, kind) if x)


def without_sectors(
    folded: str,
    people: Sequence[tuple[str, str | None]],
    place: str | None,
    kind: str,
    sectors: Sequence[str],
) -> str | None:
    """A search text stored before migration SQLite 19 / PostgreSQL 12 without the sectors
    it held after the kind; None when it has none, or when its start is not what that
    version wrote from the meeting's people, place, kind and sectors (left as it is)."""
    if not sectors:
        return None
    head = fold(_search_head(people, place, kind))
    written = fold(" ".join(sectors))
    start = f"{head} {written}" if head else written
    if folded == start or folded.startswith(start + " "):
        return (head + folded[len(start) :]).lstrip(" ")
    return None


SectorRow = tuple[int, str, str | None, str, str]  # seq, id, place, kind, search text


def strip_sectors(
    rows: Sequence[SectorRow],
    people: dict[str, list[tuple[str, str | None]]],
    sectors: dict[str, list[str]],
) -> list[tuple[str, int]]:
    """(new search text, seq) for the rows that still carry their sectors (people and
    sectors by meeting id, in their stored order)."""
    out = []
    for seq, mid, place, kind, folded in rows:
        new = without_sectors(folded, people.get(mid, []), place, kind, sectors.get(mid, []))
        if new is not None:
            out.append((new, seq))
    return out


@lru_cache(maxsize=4096)
def _folded_aliases(name: str) -> str:
    """A known person's aliases, folded once (Putin alone has dozens)."""
    person = get_lexicon().people.get(name)
    return fold(" ".join(person.aliases)) if person else ""


READER_MMAP = 1 << 32  # bytes of the database file the reader maps (SQLite caps it)


def without_aliases(folded: str, names: Sequence[str]) -> str | None:
    """A search text stored before migration SQLite 18 / PostgreSQL 11 without the aliases
    it ended with (the participants' in order, as written then); None when it has none, or
    when the lexicon has changed since and the ending is not what it wrote."""
    tail = " ".join(a for a in (_folded_aliases(n) for n in names) if a)
    if tail and folded.endswith(" " + tail):
        return folded[: -len(tail) - 1]
    return None


def strip_aliases(
    rows: Sequence[tuple[int, str]], names: dict[int, list[str]]
) -> list[tuple[str, int]]:
    """(new search text, seq) for the rows (seq, search text) that still carry aliases."""
    out = []
    for seq, folded in rows:
        new = without_aliases(folded, names.get(seq, []))
        if new is not None:
            out.append((new, seq))
    return out


class _Cursor:
    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    async def fetchall(self) -> list[sqlite3.Row]:
        return self._cursor.fetchall()

    async def fetchone(self) -> sqlite3.Row | None:
        return self._cursor.fetchone()


class Reader:
    """Read-only queries on a second connection, run inline in the event loop's thread.

    Answering a question takes a dozen small indexed queries; through aiosqlite each is a
    hop to its worker thread and back, which costs more than the query itself. SQLite in
    WAL mode lets this connection read what the writer committed; it never writes
    (``query_only``), so it cannot interfere with a write transaction.
    """

    def __init__(self, path: str) -> None:
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA busy_timeout = 5000")
        self.conn.execute("PRAGMA query_only = 1")
        packed.register(self.conn)
        # Pages read straight from the OS's cache of the file, not copied into SQLite's own
        # 2 MB cache one read() at a time: at 100,000 meetings (a 0.9 GB file) a question's
        # index walks and row lookups touch pages all over it. Address space, not memory.
        self.conn.execute(f"PRAGMA mmap_size = {READER_MMAP}")

    async def execute(self, sql: str, params: Sequence[object] = ()) -> _Cursor:
        return _Cursor(self.conn.execute(sql, params))

    def close(self) -> None:
        self.conn.close()


async def register_functions(conn: aiosqlite.Connection) -> None:
    """The SQL functions the schema uses (store.storage.packed), on an aiosqlite
    connection: before it migrates, reads a packed column or writes a meeting."""
    for f, n in packed.FUNCTIONS:
        await conn.create_function(f.__name__, n, f, deterministic=True)


class Store:
    _prints_done = False  # backfill_prints has run on this store (PostgreSQL's too)
    lists_inline = True  # answering may write a list of seqs into a statement (see search)
    # Every sector a meeting lists, each once: the facet keys' table holds them (search).
    sector_facets_sql = "SELECT facet FROM facet_keys WHERE facet LIKE 's:%'"
    # A meeting's rows of given facets, probed by a check ({a}: alias, {op}: "= ?" or an IN
    # list): by the facets' keys, looked up once a statement rather than once a probe
    # through the meeting_facets view (a fifth less time in a walk of thousands of probes).
    facet_probe_sql = "facet_days {a} WHERE {a}.fid IN (SELECT id FROM facet_keys WHERE facet {op})"

    def __init__(self, conn: aiosqlite.Connection, path: str) -> None:
        self.conn = conn
        self.path = path
        # An in-memory database is private to its connection: read through aiosqlite then.
        self.reader: Reader | aiosqlite.Connection = conn if path == ":memory:" else Reader(path)

    @classmethod
    async def open(cls, path: str | Path) -> Store:
        path = str(path)
        if path != ":memory:":
            Path(path).expanduser().parent.mkdir(parents=True, exist_ok=True)
            # Fail here, in this thread, on a path SQLite cannot open (a folder, no
            # permission): aiosqlite's failed connect leaves its worker thread to report
            # to an event loop that may already be closed.
            sqlite3.connect(path).close()
        conn = await aiosqlite.connect(path)
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute("PRAGMA busy_timeout = 5000")
            # A new file only (WAL fixes it once written): articles and meetings are rows of
            # 2–4 kB, and a 4 kB page holds one of them with a quarter left empty.
            await conn.execute("PRAGMA page_size = 16384")
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
            # The writer's page cache (default 2 MB): an ingest batch inserts into a dozen
            # B-trees keyed at random (FTS, facets, anchors, participants); at 100,000
            # meetings their inner pages no longer fit and each insert re-reads them.
            await conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            store = cls(conn, path)
            await store.migrate()
        except BaseException:
            # Not a database, locked, read-only…: close, or aiosqlite's worker thread keeps
            # the process alive after the error is reported.
            await conn.close()
            raise
        return store

    async def close(self) -> None:
        if isinstance(self.reader, Reader):
            self.reader.close()
        await self.conn.close()

    @contextlib.asynccontextmanager
    async def sender_lock(
        self, keep_waiting: Callable[[], bool] = lambda: True
    ) -> AsyncIterator[str]:
        """Held by the one process that sends digests now; yields ``"alone"``, ``"shared"``
        (others may have sent just before: count their sends) or ``"stopped"`` (gave up
        waiting because ``keep_waiting()`` turned false). A SQLite file serves one
        process, which is that sender already: always ``"alone"``."""
        yield "alone"

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def migrate(self) -> int:
        await register_functions(self.conn)  # the schema's own (packed), before any use
        (version,) = await (await self.conn.execute("PRAGMA user_version")).fetchone()
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number};")
            if number == BODY_MIGRATION:
                await self._compress_texts()
            if number == ALIASES_MIGRATION:
                await self._strip_aliases()
            if number == SECTORS_MIGRATION:
                await self._strip_sectors()
            await self.conn.commit()
        return len(MIGRATIONS)

    async def _strip_aliases(self) -> None:
        """Search texts written before migration 18 lose their aliases (a batch at a time)."""
        async for rows in self._batches(
            "SELECT seq, id, folded FROM meetings WHERE seq > ? ORDER BY seq LIMIT 500"
        ):
            seqs = {r[1]: r[0] for r in rows}
            names: dict[int, list[str]] = {}
            for mid, name in await (
                await self.conn.execute(
                    "SELECT meeting_id, name FROM meeting_participants"
                    f" WHERE meeting_id IN ({','.join('?' * len(seqs))}) ORDER BY meeting_id, pos",
                    list(seqs),
                )
            ).fetchall():
                names.setdefault(seqs[mid], []).append(name)
            await self.conn.executemany(
                "UPDATE meetings SET folded = ? WHERE seq = ?",
                strip_aliases([(r[0], r[2]) for r in rows], names),
            )

    async def _strip_sectors(self) -> None:
        """Search texts written before migration 19 lose their sectors (a batch at a time)."""
        async for rows in self._batches(
            "SELECT seq, id, place, kind, folded FROM meetings WHERE seq > ? ORDER BY seq LIMIT 500"
        ):
            marks = ",".join("?" * len(rows))
            ids = [r[1] for r in rows]
            people: dict[str, list[tuple[str, str | None]]] = {}
            for mid, name, title in await (
                await self.conn.execute(
                    "SELECT meeting_id, name, title FROM meeting_participants"
                    f" WHERE meeting_id IN ({marks}) ORDER BY meeting_id, pos",
                    ids,
                )
            ).fetchall():
                people.setdefault(mid, []).append((name, title))
            sectors: dict[str, list[str]] = {}
            for mid, sector in await (
                await self.conn.execute(
                    f"SELECT meeting_id, sector FROM meeting_sectors WHERE meeting_id IN ({marks})"
                    " ORDER BY meeting_id, pos",
                    ids,
                )
            ).fetchall():
                sectors.setdefault(mid, []).append(sector)
            await self.conn.executemany(
                "UPDATE meetings SET folded = ? WHERE seq = ?",
                strip_sectors([tuple(r) for r in rows], people, sectors),
            )

    async def _compress_texts(self) -> None:
        """Texts stored before migration 14 move into ``body`` (a batch at a time)."""
        async for rows in self._batches(
            "SELECT rowid, text FROM articles WHERE rowid > ? AND body IS NULL"
            " AND text != '' ORDER BY rowid LIMIT 500"
        ):
            await self.conn.executemany(
                "UPDATE articles SET body = ?, text = '' WHERE rowid = ?",
                bodies.rewrite_rows([(r[0], r[1]) for r in rows]),
            )

    async def _batches(self, sql: str) -> AsyncIterator[list[Any]]:
        """The rows of ``sql`` a page at a time, keyed on its first column: the query takes
        the last key seen as its one parameter (a migration rewrites rows as it goes)."""
        last = 0
        while True:
            rows = list(await (await self.conn.execute(sql, (last,))).fetchall())
            if not rows:
                return
            last = rows[-1][0]
            yield rows

    # ----------------------------------------------------------------- writing

    async def atomic(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` as one transaction on the database thread.

        aiosqlite's public API yields between statements, so a multi-statement write built
        from awaits could interleave with another coroutine's. Running the whole function on
        aiosqlite's own thread (``_execute``, stable since aiosqlite 0.17) makes it one
        unit; it also saves a thread hop per statement, which dominates bulk ingest. If
        another task has left a transaction open, we wait for it rather than join it; only
        after ten seconds do we nest in it with a savepoint (its commit is then ours), so a
        stuck task cannot stall digests or membership updates for ever.
        """
        waited = 0

        def run(conn: sqlite3.Connection) -> tuple[bool, T | None]:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    before = conn.total_changes
                    result = fn(conn)
                    if conn.total_changes != before:
                        conn.execute(_BUMP)
                except BaseException:
                    conn.rollback()
                    raise
                conn.commit()
                return True, result
            if waited < 1000:
                return False, None
            log.warning("a write joins a transaction another task left open")
            conn.execute("SAVEPOINT atomic")
            try:
                result = fn(conn)
                conn.execute(_BUMP)
            except BaseException:
                conn.execute("ROLLBACK TO atomic")
                conn.execute("RELEASE atomic")
                raise
            conn.execute("RELEASE atomic")
            return True, result

        while True:
            done, result = await self.conn._execute(run, self.conn._conn)  # noqa: SLF001
            if done:
                return result  # type: ignore[return-value]
            waited += 1
            await asyncio.sleep(0.01)

    async def add_articles(self, new: Sequence[NewArticle]) -> list[StoredArticle]:
        """Store new articles with the meetings extracted from them, in one transaction.

        A meeting another article already reported (same people, compatible dates and
        places) is merged into the stored one. The fingerprint and the URLs that reached
        an article (``article.via`` and ``aliases``) are kept for later duplicate checks.
        The caller has checked that the articles are not stored yet (``find_duplicate``).
        """
        return await self.atomic(lambda c: [_write_article(c, n) for n in new])

    async def add_report(self, article_id: str, article: Article, print_: Print) -> bool:
        """A stored article met again (same or near-identical text): when another outlet
        published it, it becomes one more source of the same meetings (its text is not kept
        twice); otherwise its URLs are remembered as aliases. True when a source was added."""
        return await self.atomic(lambda c: _write_report(c, article_id, article, print_))

    async def add_aliases(self, article_id: str, urls: Iterable[str]) -> None:
        """Remember URLs that lead to a stored article (redirects, tracking links, copies)."""
        rows = [(u, article_id) for u in dict.fromkeys(urls) if u]
        if rows:
            await self.atomic(lambda c: dedup.write_prints(c, [], rows))

    async def backfill_prints(self) -> int:
        """Fingerprint articles stored without one (databases from older versions). Once
        per open store: the check walks every article, and this version writes a
        fingerprint with each, so after the first run there is nothing left to find."""
        if self._prints_done:
            return 0
        found = await self.atomic(dedup.backfill_prints)
        self._prints_done = True
        return found

    async def find_duplicate(self, article: Article, print_: Print) -> Duplicate | None:
        """The stored article ``article`` repeats: same URL, same text or near-identical text."""
        return await self._read(dedup.find_duplicate, article, print_)

    async def find_by_url(self, url: str) -> Duplicate | None:
        """The stored article behind ``url`` (its canonical form, or a URL it was reached by)."""
        return await self._read(dedup.find_by_url, url)

    async def article_meetings(self, article_id: str) -> list[str]:
        """Ids of the meetings an article reports, in the order they were stored."""
        rows = await (
            await self.reader.execute(
                "SELECT meeting_id FROM meeting_sources WHERE article_id = ? ORDER BY rowid",
                (article_id,),
            )
        ).fetchall()
        return [r[0] for r in rows]

    async def lead_places(self, ids: Sequence[str]) -> dict[str, set[str]]:
        """Per meeting id, the places of the main meetings the articles reporting it tell (a
        meeting told in passing during that visit was most likely held there too)."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = await (
            await self.reader.execute(
                "SELECT a.meeting_id, m.place FROM meeting_sources a"
                " JOIN meeting_sources b ON b.article_id = a.article_id"
                " JOIN meetings m ON m.id = b.meeting_id"
                f" WHERE a.meeting_id IN ({marks}) AND b.meeting_id <> a.meeting_id"
                " AND m.secondary = 0 AND m.place IS NOT NULL",
                list(ids),
            )
        ).fetchall()
        out: dict[str, set[str]] = {}
        for mid, place in rows:
            out.setdefault(mid, set()).add(place)
        return out

    async def _read(self, fn: Callable[..., T], *args: object) -> T:
        """Run a synchronous read ``fn(conn, *args)`` on the reader (or the database thread)."""
        if isinstance(self.reader, Reader):
            return fn(self.reader.conn, *args)
        return await self.conn._execute(fn, self.conn._conn, *args)  # noqa: SLF001

    # ----------------------------------------------------------------- reading

    async def data_version(self) -> int:
        """A number every committed write changes, whichever process or replica made it."""
        row = await (await self.reader.execute("SELECT n FROM data_version")).fetchone()
        return int(row[0]) if row else 0

    async def count_articles(self) -> int:
        """Articles whose text is stored (another outlet's copy is a source, not an article)."""
        (n,) = await (
            await self.conn.execute("SELECT count(*) FROM articles WHERE copy_of IS NULL")
        ).fetchone()
        return int(n)

    async def count_meetings(self) -> int:
        (n,) = await (await self.conn.execute("SELECT count(*) FROM meetings")).fetchone()
        return int(n)

    async def meeting(self, meeting_id: str) -> Meeting | None:
        found = await self.meetings_by_ids([meeting_id])
        return found[0] if found else None

    async def meetings_by_ids(self, ids: Sequence[str]) -> list[Meeting]:
        """Meetings in the order of ``ids`` (unknown ids are dropped)."""
        if not ids:
            return []
        return await self._read(_load_meetings, list(ids))

    async def meetings(self, limit: int | None = None, offset: int = 0) -> list[Meeting]:
        """Every meeting, newest first (undated last), main meetings before passing mentions."""
        rows = await (
            await self.conn.execute(
                "SELECT id FROM meetings ORDER BY date_end IS NULL, date_end DESC, secondary, seq DESC"
                " LIMIT ? OFFSET ?",
                (-1 if limit is None else limit, offset),
            )
        ).fetchall()
        return await self.meetings_by_ids([r["id"] for r in rows])

    async def meetings_since(self, seq: int, limit: int = 1000) -> list[tuple[int, Meeting]]:
        """Meetings added after insertion number ``seq``, oldest first (for digests)."""
        rows = await (
            await self.conn.execute(
                "SELECT seq, id FROM meetings WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit)
            )
        ).fetchall()
        found = {m.id: m for m in await self.meetings_by_ids([r["id"] for r in rows])}
        return [(r["seq"], found[r["id"]]) for r in rows if r["id"] in found]

    async def max_seq(self) -> int:
        (n,) = await (
            await self.conn.execute("SELECT coalesce(max(seq), 0) FROM meetings")
        ).fetchone()
        return int(n)

    async def leaders(self) -> list[tuple[str, str | None, int]]:
        """(name, country, number of meetings), most frequent first."""
        rows = await (
            await self.conn.execute(
                "SELECT name, max(country) AS country, count(DISTINCT meeting_id) AS n"
                " FROM meeting_participants GROUP BY name ORDER BY n DESC, name"
            )
        ).fetchall()
        return [(r["name"], r["country"], r["n"]) for r in rows]

    async def sector_counts(self) -> list[tuple[str, int]]:
        rows = await (
            await self.conn.execute(
                # A sector's facet is one row per meeting, as its link rows were.
                "SELECT substr(facet, 3) AS sector, count(*) AS n FROM meeting_facets"
                " WHERE substr(facet, 1, 2) = 's:' GROUP BY facet ORDER BY n DESC, sector"
            )
        ).fetchall()
        return [(r["sector"], r["n"]) for r in rows]

    async def months(self) -> list[tuple[str, int]]:
        """(YYYY-MM, count) of dated meetings, newest first."""
        rows = await (
            await self.conn.execute(
                "SELECT substr(date, 1, 7) AS ym, count(*) AS n FROM meetings"
                " WHERE length(date) >= 7 GROUP BY ym ORDER BY ym DESC"
            )
        ).fetchall()
        return [(r["ym"], r["n"]) for r in rows]


class NewArticle(NamedTuple):
    article: Article
    meetings: Sequence[Meeting]  # as extracted
    print_: Print
    aliases: Sequence[str] = ()  # more URLs that lead to it (copies met in the same run)
    # Copies met in the same run: another outlet's becomes a source, the same outlet's an alias.
    reports: Sequence[tuple[Article, Print]] = ()


@dataclass
class StoredArticle:
    article_id: str
    meeting_ids: list[str] = field(default_factory=list)
    new_meetings: int = 0  # the others were merged into meetings already stored


def _write_article(c: sqlite3.Connection, new: NewArticle) -> StoredArticle:
    """The write half of ingest, synchronous, inside a transaction."""
    article, meetings, print_, more, reports = new
    aid = article.content_hash
    body = _insert_article(c, aid, article, article.text)
    dedup.remember_head(body, article.text, print_)
    own = dedup.normalize_url(article.url) if article.url else None
    urls = dict.fromkeys(u for u in (*article.via, *more) if u)
    aliases = [(u, aid) for u in urls if dedup.normalize_url(u) != own]
    dedup.write_prints(c, [(aid, article.url, print_)], aliases)
    out = StoredArticle(aid)
    for m in meetings:
        mid, created = _store_meeting(c, m, (aid, article.text), article.url or article.source)
        out.meeting_ids.append(mid)
        out.new_meetings += created
    for report, report_print in reports:
        _write_report(c, aid, report, report_print)
    return out


def _insert_article(
    c: sqlite3.Connection, aid: str, article: Article, text: str, copy_of: str | None = None
) -> bytes | None:
    """The article row (returns its stored text). A copy keeps no text, so it keeps its
    headline (else read from the text's first lines when cited, as the headline rules may
    improve)."""
    title = (
        citation.headline(article.title, article.text[: citation.HEAD_CHARS])
        if copy_of
        else article.title
    )
    body = bodies.pack(text)
    c.execute(
        "INSERT INTO articles(id, source, url, title, published, text, body, site_name, copy_of)"
        " VALUES (?,?,?,?,?,'',?,?,?)",
        (
            aid,
            article.source,
            article.url,
            title,
            published_text(article),
            body,
            article.site_name,
            copy_of,
        ),
    )
    return body


def _write_report(c: sqlite3.Connection, article_id: str, article: Article, p: Print) -> bool:
    """Another report of a stored article's text (see ``Store.add_report``), in a transaction."""
    row = c.execute(
        "SELECT coalesce(copy_of, id) FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    urls = [u for u in dict.fromkeys((article.url, *article.via)) if u]
    key = citation.outlet_key(article.url, article.site_name) if article.url else None
    if row is None or key is None:
        if row is not None:
            dedup.write_prints(c, [], [(u, article_id) for u in urls])
        return False
    root = row[0]
    known = c.execute(
        "SELECT url, site_name FROM articles WHERE id = ? OR copy_of = ?", (root, root)
    ).fetchall()
    copy_id = "c" + hashlib.sha256(dedup.normalize_url(article.url).encode()).hexdigest()[:15]
    taken = c.execute("SELECT 1 FROM articles WHERE id = ?", (copy_id,)).fetchone()
    if taken or key in {citation.outlet_key(u, s) for u, s in known if u}:
        dedup.write_prints(c, [], [(u, root) for u in urls])
        return False
    _insert_article(c, copy_id, article, "", copy_of=root)
    # Its URL and exact text lead to it; no anchors: the original's stand for the text.
    dedup.write_prints(
        c,
        [(copy_id, article.url, Print(p.exact, p.head, frozenset()))],
        [(u, copy_id) for u in urls if dedup.normalize_url(u) != dedup.normalize_url(article.url)],
    )
    c.execute(  # the same text: the same dates as the original's
        "INSERT OR IGNORE INTO meeting_sources(meeting_id, article_id, source, report_date,"
        " report_inferred) SELECT meeting_id, ?, ?, report_date, report_inferred"
        " FROM meeting_sources WHERE article_id = ? ORDER BY rowid",
        (copy_id, article.url, root),
    )
    return True


def _store_meeting(
    c: sqlite3.Connection, m: Meeting, article: tuple[str, str], source: str
) -> tuple[str, bool]:
    """Store a meeting read from ``article`` (its id and text), or merge it into the stored
    report of the same meeting."""
    article_id = article[0]
    same = _find_same(c, m)
    names = "|".join(sorted(p.name for p in m.participants))
    digest = hashlib.sha1(f"{names}|{m.date}|{m.kind}|{article_id}".encode()).hexdigest()[:12]
    if same is None and c.execute("SELECT 1 FROM meetings WHERE id = ?", (digest,)).fetchone():
        # The same people, kind and date read twice from one article (an undated one, which
        # _find_same does not merge on): one meeting, not a second row under the same key.
        same = next(iter(_load_meetings(c, [digest])), None)
    if same is not None:
        merged = _merge(same, m, source)
        _write_meeting(c, merged, replace=True, article=article)
        if merged.date != same.date:
            rebase_source_dates(c, same, merged.date)
        # This report's own date where it is not the one kept (a day apart, or coarser).
        said = (None, None) if m.date == merged.date else (m.date, int(m.date_inferred))
        c.execute(
            "INSERT OR IGNORE INTO meeting_sources(meeting_id, article_id, source, report_date,"
            " report_inferred) VALUES (?,?,?,?,?)",
            (same.id, article_id, source, *said),
        )
        return same.id, False
    m = m.model_copy(update={"id": digest, "sources": [source]})
    _write_meeting(c, m, replace=False, article=article)
    c.execute(
        "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES (?,?,?)",
        (m.id, article_id, source),
    )
    return m.id, True


def rebase_source_dates(c: sqlite3.Connection, old: Meeting, new_date: str | None) -> None:
    """The meeting ``old`` now has ``new_date``: its sources that gave the old date (stored
    as NULL, "the meeting's") keep it, and those that gave the new one say so by NULL.
    Sources stored before migration 29 have NULL too: they are taken to have given the old
    date, the one the store kept from them."""
    if old.date:
        c.execute(
            "UPDATE meeting_sources SET report_date = ?, report_inferred = ?"
            " WHERE meeting_id = ? AND report_date IS NULL",
            (old.date, int(old.date_inferred), old.id),
        )
    if new_date:
        c.execute(
            "UPDATE meeting_sources SET report_date = NULL, report_inferred = NULL"
            " WHERE meeting_id = ? AND report_date = ?",
            (old.id, new_date),
        )


def date_from_sources(c: sqlite3.Connection, meeting_id: str) -> None:
    """After a source of the meeting is deleted: when none of those left gives its date, it
    takes the first stated date they give (the first they give when all are inferred), so
    that the date shown is one a cited article reports."""
    rows = c.execute(
        "SELECT report_date, report_inferred FROM meeting_sources WHERE meeting_id = ?"
        " ORDER BY rowid",
        (meeting_id,),
    ).fetchall()
    if not rows or any(r[0] is None for r in rows):
        return
    day, inferred = next((tuple(r) for r in rows if not r[1]), tuple(rows[0]))
    old = _load_meetings(c, [meeting_id])[0]
    start, end = date_bounds(day)
    c.execute(
        "UPDATE meetings SET date=?, date_start=?, date_end=?, date_inferred=? WHERE id=?",
        (day, start, end, int(bool(inferred)), meeting_id),
    )
    rebase_source_dates(c, old, day)


def _find_same(c: sqlite3.Connection, m: Meeting) -> Meeting | None:
    """A stored report of the same meeting: same people, dates within a day, compatible places."""
    names = sorted({p.name for p in m.participants})
    if not names or not m.date or len(m.date) == 4:
        return None  # a bare year is too loose to merge on
    lo_s, hi_s = date_bounds(m.date)
    lo = date.fromisoformat(lo_s) - timedelta(days=1)  # type: ignore[arg-type]
    hi = date.fromisoformat(hi_s) + timedelta(days=1)  # type: ignore[arg-type]
    # date_start of a compatible meeting lies within a month before `lo`: a bounded range
    # on the date index, so the cost does not grow with the store.
    # Walked from the person's facet (key: person, day), not the date index: a month of
    # the date index holds every meeting of that month, more as the store grows.
    rows = c.execute(
        "SELECT m.id, m.date, m.place, m.kind, m.time_of_day,"
        " (SELECT group_concat(name, '|') FROM meeting_participants WHERE meeting_id = m.id)"
        " FROM meeting_facets f JOIN meetings m ON m.seq = f.seq"
        " WHERE f.facet = ? AND f.day BETWEEN ? AND ? AND m.date_end >= ?"
        " ORDER BY f.day, m.date_end, f.seq",
        ("p:" + names[0], (lo - timedelta(days=32)).isoformat(), hi.isoformat(), lo.isoformat()),
    ).fetchall()
    lex = get_lexicon()
    for mid, when, place, kind, tod, people in rows:
        if sorted(set(people.split("|"))) != names or not _dates_compatible(m.date, when):
            continue
        if _told_apart(m, when, place, tod):
            continue
        if lex.kind_is(kind, "visit") != lex.kind_is(m.kind, "visit"):
            continue  # a visit holds its talks, which are another record of their own
        if lex.kind_is(kind, "message") != lex.kind_is(m.kind, "message"):
            continue  # a message is no call or meeting of the same people that month
        if lex.kind_is(kind, "event") != lex.kind_is(m.kind, "event"):
            continue  # a parade or a banquet is no talks of the same people that day or next
        if m.place and place and m.place != place:
            continue
        found = _load_meetings(c, [mid])
        return found[0] if found else None
    return None


def _write_meeting(
    c: sqlite3.Connection, m: Meeting, replace: bool, article: tuple[str, str] | None = None
) -> None:
    """Insert or rewrite a meeting; its summary, key points and evidence are compressed
    against ``article``'s text (id, text), the one they were read from (store.storage.notes)."""
    start, end = date_bounds(m.date)
    packed = notes.pack(
        (m.summary, m.key_points, pack_evidence(m.evidence)), article[1] if article else None
    )
    values = (
        m.date,
        start,
        end,
        int(m.date_inferred),
        m.time_of_day,
        m.place,
        m.kind,
        int(m.secondary),
        search_text(m),
        packed,
        article[0] if article else None,
        pack_sectors(m.sectors),
    )
    if replace:
        c.execute(
            "UPDATE meetings SET date=?, date_start=?, date_end=?, date_inferred=?, time_of_day=?,"
            " place=?, kind=?, secondary=?, folded_z=pack_search(?), notes=?, notes_from=?,"
            " sectors_z=pack_sectors(?),"
            " summary='', key_points='[]', evidence='{}' WHERE id=?",
            (*values, m.id),
        )
        c.execute("DELETE FROM meeting_participants WHERE meeting_id=?", (m.id,))
    else:
        c.execute(
            "INSERT INTO meetings(date, date_start, date_end, date_inferred, time_of_day, place,"
            " kind, secondary, folded_z, notes, notes_from, sectors_z, id)"
            " VALUES (?,?,?,?,?,?,?,?,pack_search(?),?,?,pack_sectors(?),?)",
            (*values, m.id),
        )
    c.executemany(
        "INSERT INTO meeting_participants(meeting_id, pos, name, title, country) VALUES (?,?,?,?,?)",
        [(m.id, i, p.name, p.title, p.country) for i, p in enumerate(m.participants)],
    )


def pack_sectors(sectors: Sequence[str]) -> str:
    """A meeting's sectors as stored in its row: a JSON list, in order, each once (the
    facet triggers and the ``meeting_sectors`` view read it; SQLite keeps it compressed,
    store.storage.packed)."""
    return json.dumps(list(dict.fromkeys(sectors)), ensure_ascii=False, separators=(",", ":"))


def pack_evidence(evidence: dict[str, str]) -> dict[str, object]:
    """The evidence as stored: one sentence often supports the date, the place and the
    participants alike, so a repeated sentence is kept once ({"s": sentences, "k": {fact:
    index}}); evidence without repeats is stored as it is."""
    if len(set(evidence.values())) == len(evidence):
        return dict(evidence)
    sentences = list(dict.fromkeys(evidence.values()))
    return {"s": sentences, "k": {fact: sentences.index(v) for fact, v in evidence.items()}}


def unpack_evidence(stored: dict[str, object]) -> dict[str, str]:
    """The evidence as ``pack_evidence`` stored it (or as older versions did: plain)."""
    sentences, keys = stored.get("s"), stored.get("k")
    if isinstance(sentences, list) and isinstance(keys, dict):
        return {fact: sentences[i] for fact, i in keys.items()}
    return {k: v for k, v in stored.items() if isinstance(v, str)}


def _load_meetings(c: sqlite3.Connection, ids: Sequence[str]) -> list[Meeting]:
    """Meetings in the order of ``ids`` (unknown ids are dropped), in four queries."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    params = tuple(ids)
    factory, c.row_factory = c.row_factory, sqlite3.Row
    try:
        rows = c.execute(
            "SELECT id, date, date_inferred, time_of_day, place, kind, secondary, summary,"
            " key_points, evidence, notes, notes_from, unpack_sectors(sectors_z) AS sectors"
            f" FROM meetings WHERE id IN ({marks})",
            params,
        ).fetchall()
        people: dict[str, list[Participant]] = {}
        for r in c.execute(
            f"SELECT * FROM meeting_participants WHERE meeting_id IN ({marks}) ORDER BY pos", params
        ):
            people.setdefault(r["meeting_id"], []).append(
                Participant(name=r["name"], title=r["title"], country=r["country"])
            )
        sources: dict[str, list[str]] = {}
        cites: dict[str, list[Citation]] = {}
        for r in c.execute(
            "SELECT s.meeting_id, s.article_id, s.source, a.url, a.title, a.published,"
            " a.site_name, s.report_date, s.report_inferred,"
            f" {bodies.head_columns(citation.HEAD_CHARS)}"
            " FROM meeting_sources s JOIN articles a ON a.id = s.article_id"
            f" WHERE s.meeting_id IN ({marks}) ORDER BY s.rowid",
            params,
        ):
            sources.setdefault(r["meeting_id"], []).append(r["source"])
            cites.setdefault(r["meeting_id"], []).append(_citation(r))
        texts = notes.source_texts(c, [r["notes_from"] for r in rows if r["notes"] is not None])
    finally:
        c.row_factory = factory
    read = {r["id"]: _notes(r, texts) for r in rows}
    by_id = {
        r["id"]: Meeting(
            id=r["id"],
            date=r["date"],
            date_inferred=bool(r["date_inferred"]),
            time_of_day=r["time_of_day"],
            place=r["place"],
            kind=r["kind"],
            participants=people.get(r["id"], []),
            sectors=json.loads(r["sectors"]),
            summary=read[r["id"]][0],
            sources=sources.get(r["id"], []),
            citations=_cited_first(cites.get(r["id"], []), people.get(r["id"], [])),
            secondary=bool(r["secondary"]),
            evidence=unpack_evidence(read[r["id"]][2]),
            key_points=read[r["id"]][1],
        )
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _cited_first(cites: list[Citation], people: list[Participant]) -> list[Citation]:
    """The reports in the order a card cites them: one with a link first, then one whose
    headline names the meeting's people (a report of the visit's other talks tells this
    meeting in passing), then the order they came in (the original first)."""
    words = citation.name_words(people)
    return sorted(cites, key=lambda x: (x.url is None, -citation.headline_names(x.title, words)))


def _notes(r: sqlite3.Row, texts: dict[str, str]) -> notes.Notes:
    """Summary, key points and packed evidence of a meeting row (compressed or, written
    before migration 16, in plain columns)."""
    if r["notes"] is None:
        return r["summary"], json.loads(r["key_points"]), json.loads(r["evidence"])
    try:
        return notes.unpack(r["notes"], texts.get(r["notes_from"]) if r["notes_from"] else None)
    except (zlib.error, ValueError):
        log.error(
            "meeting %s: its notes cannot be read without article %s", r["id"], r["notes_from"]
        )
        return "", [], {}


def _citation(r: sqlite3.Row) -> Citation:
    return Citation(
        article_id=r["article_id"],
        source=r["source"],
        url=r["url"],
        outlet=citation.outlet_name(r["url"], r["site_name"]),
        title=citation.headline(
            r["title"], bodies.head(r["head_body"], r["head"], citation.HEAD_CHARS)
        ),
        published=_published(r["published"]),
        date=r["report_date"],
        date_inferred=None if r["report_date"] is None else bool(r["report_inferred"]),
    )


def _published(stored: str | None) -> str | None:
    """An article's publication as stored ("YYYY-MM-DD" or "YYYY-MM"), when it is one."""
    if not stored:
        return None
    try:
        if len(stored) == len("2014-11"):
            date.fromisoformat(stored + "-01")
        else:
            stored = date.fromisoformat(stored[:10]).isoformat()
    except ValueError:
        return None
    return stored


def _merge(old: Meeting, new: Meeting, source: str) -> Meeting:
    """Fold a second report of the same meeting into the stored one."""
    update: dict = {}
    evidence = dict(old.evidence)
    if _better_date(old, new):
        # A finer date that agrees with a stated coarser one keeps that one's certainty.
        agrees = bool(old.date) and new.date.startswith(old.date) and not old.date_inferred  # type: ignore[union-attr]
        update |= {"date": new.date, "date_inferred": new.date_inferred and not agrees}
        evidence["date"] = new.evidence.get("date", "")
    if not old.place and new.place:
        update["place"] = new.place
        evidence["place"] = new.evidence.get("place", "")
    if not evidence.get("participants") and new.evidence.get("participants"):
        evidence["participants"] = new.evidence["participants"]
    update["evidence"] = evidence
    if not old.time_of_day and new.time_of_day:
        update["time_of_day"] = new.time_of_day
    update["sectors"] = old.sectors + [s for s in new.sectors if s not in old.sectors]
    if old.secondary and not new.secondary:
        update |= {
            "secondary": False,
            "kind": new.kind,
            "summary": new.summary,
            "key_points": new.key_points,
        }
    elif not old.key_points:
        update["key_points"] = new.key_points
    if "kind" not in update and _names_the_act(old.kind, new.kind):
        update["kind"] = new.kind  # one report's "gặp" is another's "hội đàm": the act named
    update["participants"] = [
        p if p.title else next((q for q in new.participants if q.name == p.name), p)
        for p in old.participants
    ]
    update["sources"] = old.sources + ([source] if source not in old.sources else [])
    return old.model_copy(update=update)


def _names_the_act(old: str, new: str) -> bool:
    """Whether ``new`` says which act in person a plain "gặp" (``old``) was: talks, a
    reception, a co-chaired session; not a visit, a call, a message or a ceremony."""
    lex = get_lexicon()
    if not lex.kind_is(old, "plain") or lex.kind_priority(new) <= lex.kind_priority(old):
        return False
    flags = ("remote", "message", "visit", "ceremony", "event", "delivery", "online")
    return not any(lex.kind_is(new, f) for f in flags)


def _better_date(old: Meeting, new: Meeting) -> bool:
    """Merging never coarsens a date: a stated date beats an inferred one, a finer one a
    coarser one it agrees with."""
    if not new.date:
        return False
    if not old.date:
        return True
    if old.date_inferred != new.date_inferred:
        if not new.date_inferred:
            return True
        return len(new.date) > len(old.date) and new.date.startswith(old.date)
    return len(new.date) > len(old.date)


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ban-tin-viet-nga")) / "briefing.db"


def today() -> date:
    return date.today()
