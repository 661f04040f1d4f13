"""Copy a SQLite store into an empty PostgreSQL database (``briefing copy``).

A newsroom that outgrows one process moves its store to PostgreSQL without losing what
it built: articles, meetings with their corrections, chats, subscriptions, feeds, the
outbox. Both backends hold the same tables and columns at the same schema version (each
is migrated to the latest when opened), so the copy is driven by PostgreSQL's catalogue,
not by a list written here that a new migration would have to remember:

- every table both databases have is copied, parents before children (foreign keys);
- what PostgreSQL derives itself is left to it: generated columns (the search
  ``tsvector``), the facet index its triggers keep, its data version and schema version;
- identity columns keep their values, and their sequences are moved past them, so rows
  added afterwards get new ids;
- everything runs in one transaction: a failed copy leaves the database empty.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from store.storage import packed

# Kept by PostgreSQL itself: the schema's own bookkeeping, the facet index its triggers
# fill as meetings, participants and sectors are inserted, and the titles participants
# were given (filled by a trigger on participants the same way).
DERIVED = frozenset({"schema_version", "data_version", "meeting_facets", "participant_titles"})
BATCH = 5_000
# PostgreSQL columns SQLite keeps in another form: read through these expressions.
LITE_EXPRESSIONS = {  # store.storage.packed
    ("meetings", "folded"): "unpack_search(folded_z)",
    ("meetings", "sectors"): "unpack_sectors(sectors_z)",
}

_TYPES: dict[str, Callable[[Any], Any]] = {
    "int2": int,
    "int4": int,
    "int8": int,
    "float4": float,
    "float8": float,
    "numeric": float,
    "bool": bool,
    "bytea": lambda v: v.encode() if isinstance(v, str) else bytes(v),
    "text": str,
    "varchar": str,
}


class TransferError(Exception):
    """The copy cannot start (the destination is not empty); the message says why."""


async def copy_sqlite_to_pg(source: Path, dest: Any) -> dict[str, int]:
    """Copy the SQLite file ``source`` into ``dest`` (an open PgStore, migrated and
    empty); returns the rows copied per table. ``source`` must be at the latest schema
    (open it with ``Store.open`` first)."""
    lite = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    packed.register(lite)
    try:
        async with dest.pool.acquire() as conn, conn.transaction():
            columns = await _pg_columns(conn)
            have = _lite_tables(lite)
            tables = [
                t
                for t in _parents_first(columns, await _pg_references(conn))
                if t not in DERIVED and t in have
            ]
            for table in tables:
                if await conn.fetchval(f"SELECT EXISTS (SELECT 1 FROM {table})"):
                    raise TransferError(
                        f"Cơ sở dữ liệu PostgreSQL đích không trống (bảng {table} đã có dữ"
                        " liệu): chỉ chép vào một cơ sở dữ liệu mới."
                    )
            copied: dict[str, int] = {}
            for table in tables:
                copied[table] = await _copy_table(lite, conn, table, columns[table])
            for table in tables:
                for name, _udt, identity in columns[table]:
                    if identity and copied[table]:
                        await conn.execute(
                            f"SELECT setval(pg_get_serial_sequence('{table}', '{name}'),"
                            f" (SELECT max({name}) FROM {table}))"
                        )
        async with dest.pool.acquire() as conn:
            await conn.execute("ANALYZE")  # fresh statistics for the planner
        return copied
    finally:
        lite.close()


async def _copy_table(
    lite: sqlite3.Connection,
    conn: Any,
    table: str,
    pg_columns: list[tuple[str, str, bool]],
) -> int:
    have = {row[1] for row in lite.execute(f"PRAGMA table_info({table})")}
    rowid_table = not _without_rowid(lite, table)
    names, convert = [], []
    selected = []
    for name, udt, _identity in pg_columns:
        expr = LITE_EXPRESSIONS.get((table, name))
        if name in have or (name == "rowid" and rowid_table) or expr:
            names.append(name)
            selected.append(expr or name)
            convert.append(_TYPES.get(udt))
    if not names:
        return 0
    done = 0
    for batch in _batches(lite.execute(f"SELECT {', '.join(selected)} FROM {table}")):
        records = [
            tuple(v if v is None or f is None else f(v) for v, f in zip(row, convert, strict=True))
            for row in batch
        ]
        await conn.copy_records_to_table(table, records=records, columns=names)
        done += len(records)
    return done


def _batches(cursor: sqlite3.Cursor) -> Iterator[list[tuple]]:
    while rows := cursor.fetchmany(BATCH):
        yield rows


async def _pg_columns(conn: Any) -> dict[str, list[tuple[str, str, bool]]]:
    """Each table's writable columns in order: (name, type, is an identity column)."""
    rows = await conn.fetch(
        "SELECT c.table_name, c.column_name, c.udt_name, c.is_identity"
        " FROM information_schema.columns c JOIN information_schema.tables t"
        " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
        " WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"
        " AND c.is_generated = 'NEVER' ORDER BY c.table_name, c.ordinal_position"
    )
    out: dict[str, list[tuple[str, str, bool]]] = defaultdict(list)
    for r in rows:
        out[r["table_name"]].append((r["column_name"], r["udt_name"], r["is_identity"] == "YES"))
    return dict(out)


async def _pg_references(conn: Any) -> list[tuple[str, str]]:
    """(child, parent) for every foreign key between two tables of the schema."""
    rows = await conn.fetch(
        "SELECT cl.relname AS child, pa.relname AS parent FROM pg_constraint k"
        " JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pa ON pa.oid = k.confrelid"
        " JOIN pg_namespace n ON n.oid = cl.relnamespace"
        " WHERE k.contype = 'f' AND n.nspname = current_schema()"
    )
    return [(r["child"], r["parent"]) for r in rows]


def _parents_first(columns: dict[str, list], references: list[tuple[str, str]]) -> list[str]:
    parents: dict[str, set[str]] = {t: set() for t in columns}
    for child, parent in references:
        if child != parent and child in parents:
            parents[child].add(parent)
    order: list[str] = []
    placed: set[str] = set()
    while len(order) < len(parents):
        ready = sorted(t for t in parents if t not in placed and parents[t] <= placed)
        if not ready:  # a cycle (the schema has none): PostgreSQL's check then says where
            ready = sorted(t for t in parents if t not in placed)
        order += ready
        placed.update(ready)
    return order


def _lite_tables(lite: sqlite3.Connection) -> set[str]:
    # Views too: SQLite reads some of PostgreSQL's tables through a view of the same name
    # and columns (schema.LINK_KEYS), its ``rowid`` column among them.
    return {
        r[0] for r in lite.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
    }


def _without_rowid(lite: sqlite3.Connection, table: str) -> bool:
    (sql,) = lite.execute(
        "SELECT sql FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", (table,)
    ).fetchone()
    return "WITHOUT ROWID" in (sql or "").upper()
