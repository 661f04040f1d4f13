"""The meeting store: an aiosqlite database with a folded full-text index.

One ``Store`` per process; every coroutine shares its connection (aiosqlite runs the
calls on one thread, so writes are serialised without extra locking).
"""

from __future__ import annotations

import asyncio
import calendar
import hashlib
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TypeVar

import aiosqlite

from store.language.fold import fold
from store.language.lexicon import get_lexicon
from store.language.models import Article, IngestReport, Meeting, Participant, Skipped
from store.storage.schema import MIGRATIONS

T = TypeVar("T")
log = logging.getLogger(__name__)


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


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Two reports can be one meeting: day dates within a day, or one inside the other's month."""
    if not a or not b:
        return False
    if len(a) == 10 and len(b) == 10:
        return abs(date.fromisoformat(a) - date.fromisoformat(b)) <= timedelta(days=1)
    if len(a) == 4 or len(b) == 4:
        return False  # a bare year is too loose to merge on
    return a[:7] == b[:7]


def search_text(m: Meeting) -> str:
    """Folded text the FTS index holds: people, titles, place, kind, sectors and key sentences."""
    lex = get_lexicon()
    parts: list[str] = []
    for p in m.participants:
        parts.append(p.name)
        if p.title:
            parts.append(p.title)
        person = lex.people.get(p.name)
        if person:
            parts.extend(person.aliases)
    parts += [m.place or "", m.kind, " ".join(m.sectors), m.summary, " ".join(m.key_points)]
    return fold(" ".join(x for x in parts if x))


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
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA busy_timeout = 5000")
        self._conn.execute("PRAGMA query_only = 1")

    async def execute(self, sql: str, params: Sequence[object] = ()) -> _Cursor:
        return _Cursor(self._conn.execute(sql, params))

    def load_meetings(self, ids: Sequence[str]) -> list[Meeting]:
        return _load_meetings(self._conn, ids)

    def close(self) -> None:
        self._conn.close()


class Store:
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
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await conn.execute("PRAGMA foreign_keys = ON")
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

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def migrate(self) -> int:
        (version,) = await (await self.conn.execute("PRAGMA user_version")).fetchone()
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            await self.conn.executescript(
                f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;"
            )
        return len(MIGRATIONS)

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
                    result = fn(conn)
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

    async def ingest(self, items: Iterable[Article | Skipped]) -> IngestReport:
        """Store articles and the meetings they report; idempotent and merging.

        Skipped items pass straight into the report so callers can stream a folder through.
        Extraction runs in a worker thread and the writes as one transaction per batch, so
        the event loop (the bot) stays responsive during a long ingest.
        """
        report = IngestReport()
        ids: dict[str, None] = {}
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Skipped):
                report.skipped.append(item)
                continue
            report.articles += 1
            batch.append(item)
            if len(batch) >= 200:
                await self._ingest_batch(batch, report, ids)
                batch = []
        if batch:
            await self._ingest_batch(batch, report, ids)
        report.meetings = await self.meetings_by_ids(list(ids))
        return report

    async def _ingest_batch(
        self, batch: list[Article], report: IngestReport, ids: dict[str, None]
    ) -> None:
        from store.language.extract import extract_meetings  # only writers pay for the extractor

        known = await self._known_articles(batch)
        fresh = [a for a in batch if a.content_hash not in known and (a.url or "") not in known]
        extracted = await asyncio.to_thread(lambda: [(a, extract_meetings(a)) for a in fresh])
        outcome = await self.atomic(lambda c: _write_batch(c, batch, extracted))
        for source in outcome.no_meeting:
            report.skipped.append(Skipped(source, "không tìm thấy cuộc gặp Việt Nam – Nga"))
        report.new_articles += outcome.new_articles
        report.new_meetings += outcome.new_meetings
        ids.update(dict.fromkeys(outcome.meeting_ids))

    async def _known_articles(self, batch: list[Article]) -> set[str]:
        keys = [a.content_hash for a in batch] + [a.url for a in batch if a.url]
        marks = ",".join("?" * len(keys))
        rows = await (
            await self.conn.execute(
                f"SELECT id, url FROM articles WHERE id IN ({marks}) OR url IN ({marks})",
                (*keys, *keys),
            )
        ).fetchall()
        return {r["id"] for r in rows} | {r["url"] for r in rows if r["url"]}

    # ----------------------------------------------------------------- reading

    async def count_articles(self) -> int:
        (n,) = await (await self.conn.execute("SELECT count(*) FROM articles")).fetchone()
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
        if isinstance(self.reader, Reader):
            return self.reader.load_meetings(list(ids))
        return await self.conn._execute(_load_meetings, self.conn._conn, list(ids))  # noqa: SLF001

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
                "SELECT sector, count(*) AS n FROM meeting_sectors GROUP BY sector ORDER BY n DESC, sector"
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


@dataclass
class _BatchOutcome:
    new_articles: int = 0
    new_meetings: int = 0
    meeting_ids: list[str] = field(default_factory=list)
    no_meeting: list[str] = field(default_factory=list)


def _write_batch(
    c: sqlite3.Connection, batch: list[Article], extracted: list[tuple[Article, list[Meeting]]]
) -> _BatchOutcome:
    """The write half of ingest, synchronous, inside one transaction."""
    out = _BatchOutcome()
    meetings_of = {id(a): ms for a, ms in extracted}
    for article in batch:
        aid = article.content_hash
        row = c.execute(
            "SELECT id FROM articles WHERE id = ? OR (url IS NOT NULL AND url = ?)",
            (aid, article.url),
        ).fetchone()
        if row is not None or id(article) not in meetings_of:
            # Already stored (or a repeat within this batch): report what it holds.
            key = row[0] if row is not None else aid
            out.meeting_ids += [
                r[0]
                for r in c.execute(
                    "SELECT meeting_id FROM meeting_sources WHERE article_id = ?", (key,)
                )
            ]
            continue
        c.execute(
            "INSERT INTO articles(id, source, url, title, published, text) VALUES (?,?,?,?,?,?)",
            (
                aid,
                article.source,
                article.url,
                article.title,
                article.published.isoformat() if article.published else None,
                article.text,
            ),
        )
        out.new_articles += 1
        meetings = meetings_of[id(article)]
        if not meetings:
            out.no_meeting.append(article.source)
        for m in meetings:
            mid, created = _store_meeting(c, m, aid, article.url or article.source)
            out.meeting_ids.append(mid)
            out.new_meetings += created
    return out


def _store_meeting(
    c: sqlite3.Connection, m: Meeting, article_id: str, source: str
) -> tuple[str, bool]:
    same = _find_same(c, m)
    if same is not None:
        _write_meeting(c, _merge(same, m, source), replace=True)
        c.execute(
            "INSERT OR IGNORE INTO meeting_sources(meeting_id, article_id, source) VALUES (?,?,?)",
            (same.id, article_id, source),
        )
        return same.id, False
    names = "|".join(sorted(p.name for p in m.participants))
    digest = hashlib.sha1(f"{names}|{m.date}|{m.kind}|{article_id}".encode()).hexdigest()[:12]
    m = m.model_copy(update={"id": digest, "sources": [source]})
    _write_meeting(c, m, replace=False)
    c.execute(
        "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES (?,?,?)",
        (m.id, article_id, source),
    )
    return m.id, True


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
    rows = c.execute(
        "SELECT m.id, m.date, m.place,"
        " (SELECT group_concat(name, '|') FROM meeting_participants WHERE meeting_id = m.id)"
        " FROM meetings m WHERE m.date_start BETWEEN ? AND ? AND m.date_end >= ?"
        " AND EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id AND p.name = ?)",
        ((lo - timedelta(days=32)).isoformat(), hi.isoformat(), lo.isoformat(), names[0]),
    ).fetchall()
    for mid, when, place, people in rows:
        if sorted(set(people.split("|"))) != names or not _dates_compatible(m.date, when):
            continue
        if m.place and place and m.place != place:
            continue
        found = _load_meetings(c, [mid])
        return found[0] if found else None
    return None


def _write_meeting(c: sqlite3.Connection, m: Meeting, replace: bool) -> None:
    start, end = date_bounds(m.date)
    values = (
        m.date,
        start,
        end,
        int(m.date_inferred),
        m.time_of_day,
        m.place,
        m.kind,
        m.summary,
        json.dumps(m.key_points, ensure_ascii=False),
        int(m.secondary),
        search_text(m),
    )
    if replace:
        c.execute(
            "UPDATE meetings SET date=?, date_start=?, date_end=?, date_inferred=?, time_of_day=?,"
            " place=?, kind=?, summary=?, key_points=?, secondary=?, folded=? WHERE id=?",
            (*values, m.id),
        )
        c.execute("DELETE FROM meeting_participants WHERE meeting_id=?", (m.id,))
        c.execute("DELETE FROM meeting_sectors WHERE meeting_id=?", (m.id,))
    else:
        c.execute(
            "INSERT INTO meetings(date, date_start, date_end, date_inferred, time_of_day, place,"
            " kind, summary, key_points, secondary, folded, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, m.id),
        )
    c.executemany(
        "INSERT INTO meeting_participants(meeting_id, pos, name, title, country) VALUES (?,?,?,?,?)",
        [(m.id, i, p.name, p.title, p.country) for i, p in enumerate(m.participants)],
    )
    c.executemany(
        "INSERT OR IGNORE INTO meeting_sectors(meeting_id, sector) VALUES (?,?)",
        [(m.id, s) for s in m.sectors],
    )


def _load_meetings(c: sqlite3.Connection, ids: Sequence[str]) -> list[Meeting]:
    """Meetings in the order of ``ids`` (unknown ids are dropped), in four queries."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    params = tuple(ids)
    factory, c.row_factory = c.row_factory, sqlite3.Row
    try:
        rows = c.execute(f"SELECT * FROM meetings WHERE id IN ({marks})", params).fetchall()
        people: dict[str, list[Participant]] = {}
        for r in c.execute(
            f"SELECT * FROM meeting_participants WHERE meeting_id IN ({marks}) ORDER BY pos", params
        ):
            people.setdefault(r["meeting_id"], []).append(
                Participant(name=r["name"], title=r["title"], country=r["country"])
            )
        sectors: dict[str, list[str]] = {}
        for r in c.execute(
            f"SELECT * FROM meeting_sectors WHERE meeting_id IN ({marks}) ORDER BY rowid", params
        ):
            sectors.setdefault(r["meeting_id"], []).append(r["sector"])
        sources: dict[str, list[str]] = {}
        for r in c.execute(
            f"SELECT * FROM meeting_sources WHERE meeting_id IN ({marks}) ORDER BY rowid", params
        ):
            sources.setdefault(r["meeting_id"], []).append(r["source"])
    finally:
        c.row_factory = factory
    by_id = {
        r["id"]: Meeting(
            id=r["id"],
            date=r["date"],
            date_inferred=bool(r["date_inferred"]),
            time_of_day=r["time_of_day"],
            place=r["place"],
            kind=r["kind"],
            participants=people.get(r["id"], []),
            sectors=sectors.get(r["id"], []),
            summary=r["summary"],
            sources=sources.get(r["id"], []),
            secondary=bool(r["secondary"]),
            key_points=json.loads(r["key_points"]),
        )
        for r in rows
    }
    return [by_id[i] for i in ids if i in by_id]


def _merge(old: Meeting, new: Meeting, source: str) -> Meeting:
    """Fold a second report of the same meeting into the stored one."""
    update: dict = {}
    better_date = new.date and (
        not old.date
        or (old.date_inferred and not new.date_inferred)
        or (len(new.date) > len(old.date) and not new.date_inferred)
    )
    if better_date:
        update |= {"date": new.date, "date_inferred": new.date_inferred}
    if not old.place and new.place:
        update["place"] = new.place
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
    update["participants"] = [
        p if p.title else next((q for q in new.participants if q.name == p.name), p)
        for p in old.participants
    ]
    update["sources"] = old.sources + ([source] if source not in old.sources else [])
    return old.model_copy(update=update)


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ban-tin-viet-nga")) / "briefing.db"


def today() -> date:
    return date.today()
