"""Participants' titles indexed by name alone (migration 26): a store from before keeps its
titles and their ids, and a title is added once, as the unique index made it."""

from __future__ import annotations

from pathlib import Path

import aiosqlite
import pytest

from store.storage.db import Store, register_functions
from store.storage.schema import MIGRATIONS, TITLES_BY_NAME

TITLES = "SELECT id, name, title, country FROM participant_titles ORDER BY id"


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_26_keeps_its_titles(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(await aiosqlite.connect(path), str(path))
    await register_functions(store.conn)
    for number, script in enumerate(MIGRATIONS[: MIGRATIONS.index(TITLES_BY_NAME)], start=1):
        await store.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    await store.conn.executemany(
        "INSERT INTO meetings(id, kind) VALUES (?, 'hội đàm')", [("a",), ("b",), ("c",)]
    )
    insert = "INSERT INTO meeting_participants(meeting_id, pos, name, title, country) VALUES (?, ?, ?, ?, ?)"
    await store.conn.executemany(
        insert,
        [
            ("a", 0, "Lê Văn A", "Bộ trưởng", "VN"),
            ("a", 1, "Ivan Petrov", "Thống đốc", None),
            ("b", 0, "Lê Văn A", "Bộ trưởng", "VN"),
        ],
    )
    await store.conn.commit()
    before = await (await store.conn.execute(TITLES)).fetchall()
    await store.close()
    assert [tuple(r) for r in before] == [
        (1, "Lê Văn A", "Bộ trưởng", "VN"),
        (2, "Ivan Petrov", "Thống đốc", ""),
    ]
    store = await Store.open(path)
    try:
        now = await (await store.conn.execute(TITLES)).fetchall()
        assert [tuple(r) for r in now] == [tuple(r) for r in before]
        await store.conn.executemany(
            insert,
            [
                ("c", 0, "Lê Văn A", "Bộ trưởng", "VN"),  # known: no new row
                ("c", 1, "Ivan Petrov", "Thống đốc", None),  # known, country '' as before
                ("c", 2, "Lê Văn A", "Phó Thủ tướng", "VN"),  # a new title: the next id
                ("c", 3, "Nguyễn B", None, "VN"),  # no title: no row
            ],
        )
        await store.conn.commit()
        after = await (await store.conn.execute(TITLES)).fetchall()
        assert [tuple(r) for r in after] == [
            (1, "Lê Văn A", "Bộ trưởng", "VN"),
            (2, "Ivan Petrov", "Thống đốc", ""),
            (3, "Lê Văn A", "Phó Thủ tướng", "VN"),
        ]
    finally:
        await store.close()
