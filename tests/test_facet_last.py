"""A facet's last day is stored only where it differs from its first (migration 24):
``day_end`` reads the same as before, for stores from before and for rows written since."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiosqlite
import pytest

from store.language.edits import Edit
from store.language.models import Article
from store.services.ingest import ingest
from store.storage import corrections
from store.storage.db import Store, register_functions
from store.storage.schema import FACETS_AND_SECTORS, MIGRATIONS

REPORT = """Sáng 21/9/2022, tại Thủ đô Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko đang thăm chính thức Việt Nam.
Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực du lịch, giáo dục - đào tạo và dầu khí, coi đây là những trụ cột của quan hệ song phương.
"""


async def _facets(store: Store, where: str = "1") -> set[tuple[str, str, str]]:
    rows = await (
        await store.conn.execute(f"SELECT facet, day, day_end FROM meeting_facets WHERE {where}")
    ).fetchall()
    return {(r[0], r[1], r[2]) for r in rows}


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_24_keeps_its_facets(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    store = Store(await aiosqlite.connect(path), str(path))
    await register_functions(store.conn)
    for number, script in enumerate(MIGRATIONS[: MIGRATIONS.index(FACETS_AND_SECTORS)], start=1):
        await store.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    await store.conn.executemany(
        "INSERT INTO meetings(id, date, date_start, date_end, place, kind, sectors)"
        " VALUES (?, ?, ?, ?, 'Hà Nội', 'hội đàm', '[\"năng lượng\"]')",
        [
            ("day", "2022-09-21", "2022-09-21", "2022-09-21"),
            ("month", "2022-09", "2022-09-01", "2022-09-30"),
            ("undated", None, None, None),
        ],
    )
    await store.conn.execute(
        "INSERT INTO meeting_participants(meeting_id, pos, name) VALUES ('month', 0, 'Lê Văn A')"
    )
    await store.conn.commit()
    before = await _facets(store)
    await store.close()
    assert ("p:Lê Văn A", "2022-09-01", "2022-09-30") in before
    assert ("k:hội đàm", "", "") in before and len(before) == 10
    store = await Store.open(path)
    try:
        assert await _facets(store) == before
        raw = sqlite3.connect(path)
        lasts = dict(raw.execute("SELECT day, last FROM meeting_facets GROUP BY day").fetchall())
        raw.close()
        assert lasts == {"2022-09-21": None, "2022-09-01": "2022-09-30", "": None}
    finally:
        await store.close()


async def test_edits_move_day_end_with_the_meeting(empty_store: Store) -> None:
    report = await ingest(empty_store, [Article(text=REPORT, source="qh.txt")])
    m = await empty_store.meeting(report.outcomes[0].meeting_ids[0])
    assert m is not None and m.date == "2022-09-21"
    facets = await _facets(empty_store)
    assert facets and {(d, e) for _f, d, e in facets} == {("2022-09-21", "2022-09-21")}
    await corrections.edit_meeting(empty_store, m, [Edit("date", "2022-10")], "cli:t", "sửa")
    after = await _facets(empty_store)
    assert after == {(f, "2022-10-01", "2022-10-31") for f, _d, _e in facets}
    m = await empty_store.meeting(m.id)
    assert m is not None
    await corrections.edit_meeting(empty_store, m, [Edit("date", "2022-10-02")], "cli:t", "sửa")
    assert await _facets(empty_store) == {(f, "2022-10-02", "2022-10-02") for f, _d, _e in facets}
