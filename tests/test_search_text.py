"""The stored search text (issue 17, disk): a known person's aliases are no longer copied
into every meeting's text, questions naming a person by any alias still find the meeting,
and stores written before migration SQLite 18 / PostgreSQL 11 lose the aliases they hold."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from store.language.models import Article, Meeting, Participant
from store.services.answer import ask
from store.services.ingest import ingest
from store.storage.db import Store, _folded_aliases, search_text
from store.storage.schema import ALIASES_MIGRATION, MIGRATIONS

TODAY = date(2026, 12, 1)
REPORT = """Chiều 14/3/2024, tại Điện Kremlin, Tổng thống Liên bang Nga Vladimir Putin đã tiếp Chủ tịch Quốc hội Trần Thanh Mẫn đang thăm chính thức Liên bang Nga.
Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực năng lượng, giáo dục và khoa học công nghệ.
Tổng thống Putin khẳng định Nga coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam.
"""
PUTIN = "Vladimir Putin"


def _meeting() -> Meeting:
    return Meeting(
        id="m1",
        date="2024-03-14",
        kind="tiếp",
        place="Moskva",
        participants=[
            Participant(name=PUTIN, title="Tổng thống", country="RU"),
            Participant(name="Trần Thanh Mẫn", title="Chủ tịch Quốc hội", country="VN"),
        ],
        summary="Tổng thống Vladimir Putin tiếp Chủ tịch Quốc hội Trần Thanh Mẫn.",
    )


def _as_written_before(m: Meeting) -> str:
    """The search text as versions before migration 18 wrote it: the aliases at the end."""
    aliases = [_folded_aliases(p.name) for p in m.participants]
    return " ".join(x for x in [search_text(m), *aliases] if x)


def test_the_search_text_leaves_the_aliases_to_the_lexicon() -> None:
    m = _meeting()
    text = search_text(m)
    assert "vladimir putin" in text and "tran thanh man" in text
    assert "vla-di-mia" in _folded_aliases(PUTIN)  # a transliteration the article never used
    assert "vla-di-mia" not in text


async def test_a_question_naming_the_person_by_an_alias_finds_the_meeting(
    empty_store: Store,
) -> None:
    await ingest(empty_store, [Article(source="kremlin.txt", text=REPORT)], today=TODAY)
    for question in ("Vla-đi-mia Pu-tin gặp ai năm 2024?", "Pu-tin tiếp Trần Thanh Mẫn khi nào?"):
        result = await ask(empty_store, question, today=TODAY, limit=5)
        assert result.results, (question, result.answer)
        assert any(p.name == PUTIN for p in result.results[0].participants), question


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_18_loses_the_aliases(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    m = _meeting()
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[: ALIASES_MIGRATION - 1], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute(
        "INSERT INTO meetings(id, date, date_start, date_end, kind, folded)"
        " VALUES ('m1', '2024-03-14', '2024-03-14', '2024-03-14', 'tiếp', ?)",
        (_as_written_before(m),),
    )
    conn.executemany(
        "INSERT INTO meeting_participants(meeting_id, pos, name, title, country)"
        " VALUES ('m1', ?, ?, ?, ?)",
        [(i, p.name, p.title, p.country) for i, p in enumerate(m.participants)],
    )
    # A text the lexicon no longer explains (aliases changed since) is left as it is.
    conn.execute("INSERT INTO meetings(id, kind, folded) VALUES ('m2', 'gặp', 'putin v.v. la')")
    conn.execute(
        "INSERT INTO meeting_participants(meeting_id, pos, name) VALUES ('m2', 0, ?)", (PUTIN,)
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        rows = dict(await (await store.conn.execute("SELECT id, folded FROM meetings")).fetchall())
        assert rows == {"m1": search_text(m), "m2": "putin v.v. la"}
        matched = await (
            await store.conn.execute(
                "SELECT m.id FROM meetings_fts JOIN meetings m ON m.seq = meetings_fts.rowid"
                " WHERE meetings_fts MATCH ? ORDER BY m.id",
                ('"vla di mia"',),
            )
        ).fetchall()
        assert [r[0] for r in matched] == []
        matched = await (
            await store.conn.execute(
                "SELECT m.id FROM meetings_fts JOIN meetings m ON m.seq = meetings_fts.rowid"
                " WHERE meetings_fts MATCH ? ORDER BY m.id",
                ('"tran thanh man"',),
            )
        ).fetchall()
        assert [r[0] for r in matched] == ["m1"]
    finally:
        await store.close()


@pytest.mark.postgres_only
async def test_the_postgres_migration_strips_the_aliases(empty_store: Store) -> None:
    from store.storage import pg

    m = _meeting()
    await empty_store.conn.execute(
        "INSERT INTO meetings(id, date, date_start, date_end, kind, folded)"
        " VALUES ('m1', '2024-03-14', '2024-03-14', '2024-03-14', 'tiếp', ?)",
        (_as_written_before(m),),
    )
    for i, p in enumerate(m.participants):
        await empty_store.conn.execute(
            "INSERT INTO meeting_participants(meeting_id, pos, name, title, country)"
            " VALUES ('m1', ?, ?, ?, ?)",
            (i, p.name, p.title, p.country),
        )
    async with empty_store.pool.acquire() as conn:  # type: ignore[attr-defined]
        await pg._strip_aliases(conn)
    rows = await (await empty_store.conn.execute("SELECT folded FROM meetings")).fetchall()
    assert [r[0] for r in rows] == [search_text(m)]
