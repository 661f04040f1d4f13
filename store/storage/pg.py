"""The PostgreSQL Store: the same interface as the SQLite one, on an asyncpg pool.

The storage modules write their multi-statement changes as synchronous functions of a
connection (``Store.atomic(fn)``, ``Store._read(fn)``), which SQLite runs on its own
thread. Here such a function runs in a greenlet on a ``SyncConnection``: each statement
switches back to the event loop, which awaits it on the asyncpg connection and switches
the result back (SQLAlchemy's asyncio bridge works the same way). No thread hop per
statement; other coroutines run while a statement is in flight. One-statement reads go
straight through the pool. Statements are SQLite SQL, translated by store.storage.pg_sql.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, TypeVar

import asyncpg
import greenlet

from store.storage import bodies
from store.storage.db import Store, strip_aliases, strip_sectors
from store.storage.pg_schema import (
    ALIASES_MIGRATION,
    BODY_MIGRATION,
    MIGRATIONS,
    SECTORS_MIGRATION,
)
from store.storage.pg_sql import rowcount, translate

T = TypeVar("T")
log = logging.getLogger(__name__)
_MIGRATE_LOCK = 0x62726965  # advisory lock key: one replica migrates at a time
_SENDER_LOCK = 0x62726966  # advisory lock key: one replica sends digests at a time


def _returns_rows(sql: str) -> bool:
    head = sql.lstrip()[:6].upper()
    return head in ("SELECT", "WITH  ", "VALUES") or head.startswith("WITH") or "RETURNING" in sql


class Cursor:
    """What the storage modules read from sqlite3 cursors: rows, rowcount, lastrowid."""

    def __init__(self, rows: list[asyncpg.Record], count: int, lastrowid: int | None) -> None:
        self._rows = rows
        self._pos = 0
        self.rowcount = count
        self.lastrowid = lastrowid

    def fetchone(self) -> asyncpg.Record | None:
        if self._pos >= len(self._rows):
            return None
        self._pos += 1
        return self._rows[self._pos - 1]

    def fetchall(self) -> list[asyncpg.Record]:
        rest, self._pos = self._rows[self._pos :], len(self._rows)
        return rest

    def __iter__(self) -> Iterator[asyncpg.Record]:
        return iter(self.fetchall())


class AsyncCursor:
    def __init__(self, cursor: Cursor) -> None:
        self._cursor = cursor
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid

    async def fetchone(self) -> asyncpg.Record | None:
        return self._cursor.fetchone()

    async def fetchall(self) -> list[asyncpg.Record]:
        return self._cursor.fetchall()


async def _run(conn: Any, sql: str, params: Sequence[object]) -> Cursor:
    pg, returning = translate(sql)
    args = list(params)
    try:
        return await _fetch(conn, pg, returning, args)
    except asyncpg.PostgresError as exc:
        exc.add_note(f"SQL: {pg}")
        raise


async def _fetch(conn: Any, pg: str, returning: bool, args: list[object]) -> Cursor:
    if _returns_rows(pg):
        rows = await conn.fetch(pg, *args)
        last = int(rows[0][0]) if returning and rows else None
        return Cursor(rows, len(rows), last)
    return Cursor([], rowcount(await conn.execute(pg, *args)), None)


class _Bridge(greenlet.greenlet):
    """The greenlet a synchronous ``fn(conn)`` runs in; ``await_`` hands awaitables out."""


def await_(awaitable: Any) -> Any:
    """From synchronous code inside ``run_sync``: await ``awaitable`` on the event loop."""
    current = greenlet.getcurrent()
    if not isinstance(current, _Bridge):
        raise RuntimeError("a PostgreSQL statement outside Store.atomic/_read")
    return current.parent.switch(awaitable)  # type: ignore[union-attr]


async def run_sync(fn: Callable[..., T], *args: object) -> T:
    """Run ``fn(*args)`` whose statements call ``await_``, awaiting each on this loop."""
    bridge = _Bridge(fn, greenlet.getcurrent())
    step = bridge.switch(*args)
    while not bridge.dead:
        try:
            value = await step
        except BaseException as exc:  # noqa: BLE001 - handed to fn, which may catch it
            step = bridge.throw(exc)
        else:
            step = bridge.switch(value)
    return step  # type: ignore[no-any-return]


class SyncConnection:
    """A sqlite3.Connection look-alike over one asyncpg connection, for ``run_sync``."""

    row_factory: object = None  # rows are asyncpg Records: by index and by name already

    def __init__(self, conn: Any, in_transaction: bool) -> None:
        self._conn = conn
        self.in_transaction = in_transaction
        self.changes = 0

    def _wait(self, coro: Any) -> Any:
        return await_(coro)

    def execute(self, sql: str, params: Sequence[object] = ()) -> Cursor:
        cursor = self._wait(_run(self._conn, sql, params))
        if not sql.lstrip()[:6].upper().startswith("SELECT"):
            self.changes += max(cursor.rowcount, 0)
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        rows = list(rows)
        if rows:
            pg, _ = translate(sql)
            self._wait(self._conn.executemany(pg, rows))
            self.changes += len(rows)


class PgConnection:
    """``store.conn`` / ``store.reader``: one-statement queries through the pool."""

    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool
        self.total_changes = 0

    async def execute(self, sql: str, params: Sequence[object] = ()) -> AsyncCursor:
        async with self.pool.acquire() as conn:
            cursor = await _run(conn, sql, params)
        if not sql.lstrip()[:6].upper().startswith(("SELECT", "PRAGMA")):
            self.total_changes += max(cursor.rowcount, 0)
        return AsyncCursor(cursor)

    async def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        rows = list(rows)
        if rows:
            async with self.pool.acquire() as conn:
                await conn.executemany(translate(sql)[0], rows)
            self.total_changes += len(rows)

    async def commit(self) -> None:
        """Statements outside ``Store.atomic`` commit by themselves (aiosqlite's API)."""


async def _init_connection(conn: asyncpg.Connection) -> None:
    # SQLite gives floats for computed scores; numeric would come back as Decimal.
    await conn.set_type_codec(
        "numeric", encoder=str, decoder=float, schema="pg_catalog", format="text"
    )


class PgStore(Store):
    """A Store on PostgreSQL (``BRIEFING_DATABASE_URL=postgresql://…``)."""

    loop_bound = True  # its pool serves the event loop that opened it, no other
    lists_inline = False  # statements are translated and cached by their text
    sector_facets_sql = "SELECT DISTINCT facet FROM meeting_facets WHERE facet LIKE 's:%'"
    facet_probe_sql = "meeting_facets {a} WHERE {a}.facet {op}"

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:  # noqa: D107
        self.pool = pool
        self.path = url
        self.conn = PgConnection(pool)  # type: ignore[assignment]
        self.reader = self.conn  # type: ignore[assignment]
        self._write = asyncio.Lock()

    @classmethod
    async def open(cls, path: Any) -> PgStore:  # type: ignore[override]
        url = str(path)
        pool = await asyncpg.create_pool(
            url,
            min_size=1,
            max_size=8,
            init=_init_connection,
            server_settings={
                # Which process holds a lock or a slow query, in pg_stat_activity.
                "application_name": f"briefing:{os.getpid()}",
                # A question is a few short statements on a pool shared by the bot's
                # updates (and by other replicas): parallel workers cost more to start
                # than they save (a 10 ms facet count took 50-70 ms with two workers).
                "max_parallel_workers_per_gather": "0",
            },
        )
        store = cls(pool, url)
        try:
            await store.migrate()
        except BaseException:
            await pool.close()
            raise
        return store

    async def close(self) -> None:
        await self.pool.close()

    @contextlib.asynccontextmanager
    async def sender_lock(
        self, keep_waiting: Callable[[], bool] = lambda: True, poll: float = 0.5
    ) -> AsyncIterator[str]:
        """Global pacing across replicas: one replica at a time sends digests, the one
        holding this session-level advisory lock; its pacer alone then governs the bot's
        rate. A process that dies drops its connection, and PostgreSQL releases the lock
        at once. Yields "shared": whoever sent before may have done so within the last
        second, so the new holder counts their sends from the outbox first
        (``bot.digests``); "stopped" when ``keep_waiting()`` turns false first (the
        application stops: its shutdown must not wait for another replica's run)."""
        while True:
            if not keep_waiting():
                yield "stopped"
                return
            conn = await self.pool.acquire()
            try:
                held = await conn.fetchval("SELECT pg_try_advisory_lock($1)", _SENDER_LOCK)
            except BaseException:
                await self.pool.release(conn)
                raise
            if held:
                break
            await self.pool.release(conn)
            await asyncio.sleep(poll)  # polling, not a blocking wait: cancellable at stop
        try:
            yield "shared"
        finally:
            try:
                await conn.execute("SELECT pg_advisory_unlock($1)", _SENDER_LOCK)
            finally:
                await self.pool.release(conn)  # asyncpg's reset also drops any lock left

    async def migrate(self) -> int:
        async with self.pool.acquire() as conn, conn.transaction():
            await conn.execute("SELECT pg_advisory_xact_lock($1)", _MIGRATE_LOCK)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_version (n INTEGER NOT NULL);"
                "INSERT INTO schema_version SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM schema_version)"
            )
            version = await conn.fetchval("SELECT n FROM schema_version")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                await conn.execute(script)
                if number == BODY_MIGRATION:
                    await _compress_texts(conn)
                if number == ALIASES_MIGRATION:
                    await _strip_aliases(conn)
                if number == SECTORS_MIGRATION:
                    await _strip_sectors(conn)
                await conn.execute("UPDATE schema_version SET n = $1", number)
            if version < len(MIGRATIONS):
                # A migration may add indexes or rewrite rows: plans need statistics of
                # them at once, not when autovacuum next passes.
                await conn.execute("ANALYZE")
        return len(MIGRATIONS)

    async def atomic(self, fn: Callable[[Any], T]) -> T:
        """Run ``fn(conn)`` as one transaction (writers of this process take turns, as
        SQLite's single writer does; other processes are kept apart by row locks)."""
        async with self._write, self.pool.acquire() as conn, conn.transaction():
            sync = SyncConnection(conn, in_transaction=True)
            result = await run_sync(fn, sync)
        self.conn.total_changes += sync.changes  # type: ignore[attr-defined]
        return result

    async def _read(self, fn: Callable[..., T], *args: object) -> T:
        async with self.pool.acquire() as conn:
            return await run_sync(fn, SyncConnection(conn, False), *args)

    async def meetings(self, limit: int | None = None, offset: int = 0) -> list:
        rows = await self.pool.fetch(
            "SELECT id FROM meetings ORDER BY date_end IS NULL, date_end DESC, secondary, seq DESC"
            " LIMIT $1 OFFSET $2",
            limit,
            offset,
        )
        return await self.meetings_by_ids([r["id"] for r in rows])


async def _batches(conn: Any, sql: str) -> AsyncIterator[list[Any]]:
    """The rows of ``sql`` a page at a time, keyed on its first column: the query takes the
    last key seen as $1 (a migration rewrites rows as it goes)."""
    last = 0
    while True:
        rows = await conn.fetch(sql, last)
        if not rows:
            return
        last = rows[-1][0]
        yield rows


async def _compress_texts(conn: Any) -> None:
    """Texts stored before migration 7 move into ``body`` (a batch at a time)."""
    async for rows in _batches(
        conn,
        "SELECT rowid, text FROM articles WHERE rowid > $1 AND body IS NULL"
        " AND text <> '' ORDER BY rowid LIMIT 500",
    ):
        await conn.executemany(
            "UPDATE articles SET body = $1, text = '' WHERE rowid = $2",
            bodies.rewrite_rows([(r[0], r[1]) for r in rows]),
        )


async def _strip_aliases(conn: Any) -> None:
    """Search texts written before migration 11 lose their aliases (a batch at a time)."""
    async for rows in _batches(
        conn, "SELECT seq, id, folded FROM meetings WHERE seq > $1 ORDER BY seq LIMIT 500"
    ):
        seqs = {r[1]: r[0] for r in rows}
        names: dict[int, list[str]] = {}
        for r in await conn.fetch(
            "SELECT meeting_id, name FROM meeting_participants WHERE meeting_id = ANY($1::text[])"
            " ORDER BY meeting_id, pos",
            list(seqs),
        ):
            names.setdefault(seqs[r[0]], []).append(r[1])
        await conn.executemany(
            "UPDATE meetings SET folded = $1 WHERE seq = $2",
            strip_aliases([(r[0], r[2]) for r in rows], names),
        )


async def _strip_sectors(conn: Any) -> None:
    """Search texts written before migration 12 lose their sectors (a batch at a time)."""
    async for rows in _batches(
        conn,
        "SELECT seq, id, place, kind, folded FROM meetings WHERE seq > $1 ORDER BY seq LIMIT 500",
    ):
        ids = [r[1] for r in rows]
        people: dict[str, list[tuple[str, str | None]]] = {}
        for r in await conn.fetch(
            "SELECT meeting_id, name, title FROM meeting_participants"
            " WHERE meeting_id = ANY($1::text[]) ORDER BY meeting_id, pos",
            ids,
        ):
            people.setdefault(r[0], []).append((r[1], r[2]))
        sectors: dict[str, list[str]] = {}
        for r in await conn.fetch(
            "SELECT meeting_id, sector FROM meeting_sectors WHERE meeting_id = ANY($1::text[])"
            " ORDER BY meeting_id, pos",
            ids,
        ):
            sectors.setdefault(r[0], []).append(r[1])
        await conn.executemany(
            "UPDATE meetings SET folded = $1 WHERE seq = $2",
            strip_sectors([tuple(r) for r in rows], people, sectors),
        )
