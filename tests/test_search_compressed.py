"""The search text compressed in SQLite (migration 23, store.storage.packed): stores
from before keep their texts and full-text index; edits and deletions keep the contentless
index in step; a client without the store's functions still reads and VACUUMs."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.language.edits import Edit
from store.language.models import Article
from store.services.ingest import ingest
from store.storage import corrections, packed
from store.storage.db import Store
from store.storage.pg_sql import translate
from store.storage.schema import MIGRATIONS, SEARCH_COMPRESSED

REPORT = """Sáng 21/9/2022, tại Thủ đô Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko đang thăm chính thức Việt Nam.
Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực du lịch, giáo dục - đào tạo và dầu khí, coi đây là những trụ cột của quan hệ song phương.
"""
TEXTS = {
    "m1": "vuong dinh hue chu tich quoc hoi ha noi hoi kien hop tac du lich",
    "m2": "bui thanh son bo truong ngoai giao moskva hoi dam nang luong",
}


async def _matches(store: Store, expr: str) -> list[str]:
    rows = await (
        await store.conn.execute(
            "SELECT m.id FROM meetings_fts JOIN meetings m ON m.seq = meetings_fts.rowid"
            " WHERE meetings_fts MATCH ? ORDER BY m.id",
            (expr,),
        )
    ).fetchall()
    return [r[0] for r in rows]


async def _texts(store: Store) -> dict[str, str]:
    rows = await (
        await store.conn.execute("SELECT id, unpack_search(folded_z) FROM meetings")
    ).fetchall()
    return {r[0]: r[1] for r in rows}


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_23_keeps_its_texts_and_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[: MIGRATIONS.index(SEARCH_COMPRESSED)], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.executemany(
        "INSERT INTO meetings(id, date, date_start, date_end, kind, folded)"
        " VALUES (?, '2022-09-21', '2022-09-21', '2022-09-21', 'hội kiến', ?)",
        list(TEXTS.items()),
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        assert await _texts(store) == TEXTS
        assert await _matches(store, '"hop tac"') == ["m1"]
        assert await _matches(store, "hoi") == ["m1", "m2"]
        # An edit re-indexes the new text; a deletion takes the old one out.
        m1 = await store.meeting("m1")
        assert m1 is not None
        await corrections.edit_meeting(store, m1, [Edit("place", "Đà Nẵng")], "cli:t", "sửa")
        assert await _matches(store, '"da nang"') == ["m1"]
        assert await _matches(store, '"hop tac"') == []
        await store.conn.execute("DELETE FROM meetings WHERE id = 'm2'")
        await store.conn.commit()
        assert await _matches(store, "moskva") == []
        assert await _matches(store, "hoi") == ["m1"]
    finally:
        await store.close()
    # The sqlite3 shell, without the store's functions, reads the rest and VACUUMs.
    plain = sqlite3.connect(path)
    assert plain.execute("SELECT id FROM meetings").fetchall() == [("m1",)]
    plain.execute("VACUUM")
    plain.close()


@pytest.mark.sqlite_only
async def test_an_ingested_meeting_is_found_through_its_compressed_text(empty_store: Store) -> None:
    report = await ingest(empty_store, [Article(text=REPORT, source="qh.txt")])
    mid = report.outcomes[0].meeting_ids[0]
    texts = await _texts(empty_store)
    assert "vuong dinh hue" in texts[mid] and "du lich" in texts[mid]
    assert await _matches(empty_store, '"du lich"') == [mid]


def test_the_compressed_form_is_smaller_and_reads_back() -> None:
    text = " ".join(TEXTS.values()) * 3
    stored = packed.pack_search(text)
    assert len(stored) < len(text) / 2
    assert packed.unpack_search(stored) == text
    assert packed.unpack_search(None) == ""


def test_postgres_reads_and_writes_its_plain_column() -> None:
    assert translate("SELECT instr(unpack_search(m.folded_z), ?) FROM meetings m")[0] == (
        "SELECT instr(m.folded, $1) FROM meetings m"
    )
    assert translate("UPDATE meetings SET kind=?, folded_z=pack_search(?) WHERE id=?")[0] == (
        "UPDATE meetings SET kind=$1, folded=$2 WHERE id=$3"
    )
