"""Participants and sources name their meeting by its seq (migration 28): the
``meeting_participants`` and ``meeting_sources`` views read as the tables did, for stores
from before and for rows written and deleted since."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from store.storage.db import Store, register_functions
from store.storage.schema import LINK_KEYS, MIGRATIONS

PEOPLE = "SELECT rowid, meeting_id, pos, name, title, country FROM meeting_participants"
SOURCES = "SELECT rowid, meeting_id, article_id, source FROM meeting_sources"
FACETS = "SELECT facet, seq FROM meeting_facets WHERE facet LIKE 'p:%'"


async def _read(store: Store, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in await (await store.conn.execute(sql + " ORDER BY rowid")).fetchall()]


async def _facets(store: Store) -> set[tuple[object, ...]]:
    return {tuple(r) for r in await (await store.conn.execute(FACETS)).fetchall()}


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_28_keeps_its_links(tmp_path: Path) -> None:
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
        "INSERT INTO meeting_participants(meeting_id, pos, name, title, country)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            ("m2", 0, "Lê Văn A", "Bộ trưởng", "VN"),
            ("m1", 0, "Lê Văn A", None, None),
            ("m1", 1, "Ivan Petrov", "Thống đốc", "RU"),
        ],
    )
    await store.conn.executemany(
        "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES (?, ?, ?)",
        [("m2", "a2", "a2.txt"), ("m1", "a1", "https://x.vn/1"), ("m1", "a2", "a2.txt")],
    )
    await store.conn.commit()
    people, sources, facets = (
        await _read(store, PEOPLE),
        await _read(store, SOURCES),
        await _facets(store),
    )
    await store.close()
    assert len(people) == 3 and len(sources) == 3 and len(facets) == 3
    store = await Store.open(path)
    try:
        assert await _read(store, PEOPLE) == people
        assert await _read(store, SOURCES) == sources
        assert await _facets(store) == facets
        raw = sqlite3.connect(path)
        # The article's own URL is not stored again; a file name is.
        assert raw.execute(
            "SELECT mseq, article_id, source FROM source_rows ORDER BY id"
        ).fetchall() == [
            (2, "a2", "a2.txt"),
            (1, "a1", None),
            (1, "a2", "a2.txt"),
        ]
        raw.close()
        # Rows written and deleted since: through the views, with their facets and titles.
        await store.conn.execute(
            "INSERT INTO meeting_participants(meeting_id, pos, name, title) VALUES"
            " ('m2', 1, 'Ivan Petrov', 'Bộ trưởng')"
        )
        await store.conn.execute(
            "INSERT OR IGNORE INTO meeting_sources(meeting_id, article_id, source) VALUES"
            " ('m2', 'a1', 'https://x.vn/1'), ('m2', 'a2', 'again')"
        )
        await store.conn.execute(
            "DELETE FROM meeting_participants WHERE meeting_id = 'm1' AND pos = 0"
        )
        await store.conn.execute(
            "DELETE FROM meeting_sources WHERE meeting_id = 'm1' AND article_id = 'a2'"
        )
        with pytest.raises(sqlite3.IntegrityError):  # no such meeting, as the foreign key said
            await store.conn.execute(
                "INSERT INTO meeting_participants(meeting_id, pos, name) VALUES ('nope', 0, 'X')"
            )
        await store.conn.commit()
        assert [r[1:] for r in await _read(store, PEOPLE)] == [
            ("m2", 0, "Lê Văn A", "Bộ trưởng", "VN"),
            ("m1", 1, "Ivan Petrov", "Thống đốc", "RU"),
            ("m2", 1, "Ivan Petrov", "Bộ trưởng", None),
        ]
        assert [r[1:] for r in await _read(store, SOURCES)] == [
            ("m2", "a2", "a2.txt"),
            ("m1", "a1", "https://x.vn/1"),
            ("m2", "a1", "https://x.vn/1"),
        ]
        assert await _facets(store) == {
            ("p:Lê Văn A", 2),
            ("p:Ivan Petrov", 1),
            ("p:Ivan Petrov", 2),
        }
        titles = await (
            await store.conn.execute("SELECT name, title FROM participant_titles ORDER BY id")
        ).fetchall()
        assert [tuple(t) for t in titles][-1] == ("Ivan Petrov", "Bộ trưởng")
        # A meeting or an article deleted takes its rows (and a meeting its facets) along.
        await store.conn.execute("DELETE FROM meetings WHERE id = 'm1'")
        await store.conn.execute("DELETE FROM articles WHERE id = 'a2'")
        await store.conn.commit()
        assert [r[1:3] for r in await _read(store, PEOPLE)] == [("m2", 0), ("m2", 1)]
        assert [r[1:3] for r in await _read(store, SOURCES)] == [("m2", "a1")]
        assert await _facets(store) == {("p:Lê Văn A", 2), ("p:Ivan Petrov", 2)}
    finally:
        await store.close()
