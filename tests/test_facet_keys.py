"""Facets name their facet by an integer key (migration 25): ``meeting_facets`` reads the
same as before, for stores from before and for rows written and deleted since."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from store.storage.db import Store, register_functions
from store.storage.schema import FACET_KEYS, MIGRATIONS

FACETS = "SELECT facet, day, seq, last, day_end FROM meeting_facets"


async def _facets(store: Store) -> set[tuple[object, ...]]:
    return {tuple(r) for r in await (await store.conn.execute(FACETS)).fetchall()}


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_25_keeps_its_facets(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(await aiosqlite.connect(path), str(path))
    await register_functions(store.conn)
    for number, script in enumerate(MIGRATIONS[: MIGRATIONS.index(FACET_KEYS)], start=1):
        await store.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    await store.conn.executemany(
        "INSERT INTO meetings(id, date, date_start, date_end, place, kind, sectors_z)"
        " VALUES (?, ?, ?, ?, 'Hà Nội', 'hội đàm', pack_sectors(?))",
        [
            ("day", "2022-09-21", "2022-09-21", "2022-09-21", '["năng lượng", "dầu khí"]'),
            ("month", "2022-09", "2022-09-01", "2022-09-30", '["năng lượng"]'),
            ("undated", None, None, None, "[]"),
        ],
    )
    await store.conn.executemany(
        "INSERT INTO meeting_participants(meeting_id, pos, name) VALUES (?, ?, ?)",
        [("month", 0, "Lê Văn A"), ("day", 0, "Lê Văn A"), ("day", 1, "Ivan Petrov")],
    )
    await store.conn.commit()
    before = await _facets(store)
    await store.close()
    assert ("p:Lê Văn A", "2022-09-01", 2, "2022-09-30", "2022-09-30") in before
    assert len(before) == 12
    store = await Store.open(path)
    try:
        assert await _facets(store) == before
        raw = sqlite3.connect(path)
        keys = raw.execute("SELECT count(*), count(DISTINCT facet) FROM facet_keys").fetchone()
        rows = raw.execute("SELECT count(*) FROM facet_days").fetchone()[0]
        raw.close()
        assert keys == (6, 6) and rows == 12  # l:, k:, two people, two sectors
        # Rows written, changed and deleted since keep the view in step with the meetings.
        await store.conn.execute(
            "INSERT INTO meetings(id, date, date_start, date_end, place, kind, sectors_z)"
            " VALUES ('new', '2023', '2023-01-01', '2023-12-31', 'Moskva', 'gặp',"
            ' pack_sectors(\'["dầu khí", "du lịch"]\'))'
        )
        await store.conn.execute(
            "INSERT INTO meeting_participants(meeting_id, pos, name) VALUES ('new', 0, 'Ivan Petrov')"
        )
        await store.conn.execute(
            "DELETE FROM meeting_participants WHERE meeting_id = 'day' AND pos = 1"
        )
        await store.conn.execute("UPDATE meetings SET date_start = '2022-09-02' WHERE id = 'month'")
        await store.conn.execute("DELETE FROM meetings WHERE id = 'undated'")
        await store.conn.execute(
            "UPDATE meetings SET sectors_z = pack_sectors('[\"du lịch\"]') WHERE id = 'day'"
        )
        await store.conn.commit()
        after = await _facets(store)
        assert after == {
            ("l:Hà Nội", "2022-09-21", 1, None, "2022-09-21"),
            ("k:hội đàm", "2022-09-21", 1, None, "2022-09-21"),
            ("p:Lê Văn A", "2022-09-21", 1, None, "2022-09-21"),
            ("s:du lịch", "2022-09-21", 1, None, "2022-09-21"),
            ("l:Hà Nội", "2022-09-02", 2, "2022-09-30", "2022-09-30"),
            ("k:hội đàm", "2022-09-02", 2, "2022-09-30", "2022-09-30"),
            ("p:Lê Văn A", "2022-09-02", 2, "2022-09-30", "2022-09-30"),
            ("s:năng lượng", "2022-09-02", 2, "2022-09-30", "2022-09-30"),
            ("l:Moskva", "2023-01-01", 4, "2023-12-31", "2023-12-31"),
            ("k:gặp", "2023-01-01", 4, "2023-12-31", "2023-12-31"),
            ("p:Ivan Petrov", "2023-01-01", 4, "2023-12-31", "2023-12-31"),
            ("s:dầu khí", "2023-01-01", 4, "2023-12-31", "2023-12-31"),
            ("s:du lịch", "2023-01-01", 4, "2023-12-31", "2023-12-31"),
        }
    finally:
        await store.close()
