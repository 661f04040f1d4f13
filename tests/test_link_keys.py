"""Sources name their meeting by its seq (migration 28): the ``meeting_sources`` view reads
as the table did, for stores from before and for rows written and deleted since."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from store.storage.db import Store, register_functions
from store.storage.schema import LINK_KEYS, MIGRATIONS

SOURCES = "SELECT rowid, meeting_id, article_id, source FROM meeting_sources ORDER BY rowid"


async def _read(store: Store) -> list[tuple[object, ...]]:
    return [tuple(r) for r in await (await store.conn.execute(SOURCES)).fetchall()]


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_28_keeps_its_sources(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(await aiosqlite.connect(path), str(path))
    await register_functions(store.conn)
    for number, script in enumerate(MIGRATIONS[: MIGRATIONS.index(LINK_KEYS)], start=1):
        await store.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    await store.conn.executemany(
        "INSERT INTO articles(id, source, url, text) VALUES (?, ?, ?, '')",
        [("a1", "https://x.vn/1", "https://x.vn/1"), ("a2", "a2.txt", None)],
    )
    await store.conn.executemany(
        "INSERT INTO meetings(id, date, date_start, date_end, kind) VALUES (?, ?, ?, ?, 'gặp')",
        [("m1", "2022-09-21", "2022-09-21", "2022-09-21"), ("m2", None, None, None)],
    )
    await store.conn.executemany(
        "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES (?, ?, ?)",
        [("m2", "a2", "a2.txt"), ("m1", "a1", "https://x.vn/1"), ("m1", "a2", "a2.txt")],
    )
    await store.conn.commit()
    before = await _read(store)
    await store.close()
    assert len(before) == 3
    store = await Store.open(path)
    try:
        assert await _read(store) == before
        raw = sqlite3.connect(path)
        # The article's own URL is not stored again; a file name is.
        assert raw.execute(
            "SELECT mseq, article_id, source FROM source_rows ORDER BY id"
        ).fetchall() == [(2, "a2", "a2.txt"), (1, "a1", None), (1, "a2", "a2.txt")]
        raw.close()
        # Rows written and deleted since, through the view (an outer OR IGNORE holds inside).
        await store.conn.execute(
            "INSERT OR IGNORE INTO meeting_sources(meeting_id, article_id, source) VALUES"
            " ('m2', 'a1', 'https://x.vn/1'), ('m2', 'a2', 'again')"
        )
        await store.conn.execute(
            "DELETE FROM meeting_sources WHERE meeting_id = 'm1' AND article_id = 'a2'"
        )
        with pytest.raises(sqlite3.IntegrityError):  # no such meeting, as the foreign key said
            await store.conn.execute(
                "INSERT INTO meeting_sources(meeting_id, article_id, source)"
                " VALUES ('nope', 'a1', 'x')"
            )
        await store.conn.commit()
        assert [r[1:] for r in await _read(store)] == [
            ("m2", "a2", "a2.txt"),
            ("m1", "a1", "https://x.vn/1"),
            ("m2", "a1", "https://x.vn/1"),
        ]
        # A meeting or an article deleted takes its rows along.
        await store.conn.execute("DELETE FROM meetings WHERE id = 'm1'")
        await store.conn.execute("DELETE FROM articles WHERE id = 'a2'")
        await store.conn.commit()
        assert [r[1:3] for r in await _read(store)] == [("m2", "a1")]
    finally:
        await store.close()
