"""The stored search text (issue 17, disk): a known person's aliases and the meeting's
sectors are no longer copied into every meeting's text, questions naming a person by any
alias or asking by sector still find the meeting, digest keywords still see the sectors,
and stores written before migration SQLite 18 / PostgreSQL 11 (aliases) and SQLite 19 /
PostgreSQL 12 (sectors) lose what they hold."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from store.language.fold import fold
from store.language.models import Article, Meeting, Participant
from store.language.subscribe_args import parse_filters
from store.language.subscription import Subscription
from store.services.answer import ask
from store.services.digest import plan_digest
from store.services.ingest import ingest
from store.storage.db import Store, _folded_aliases, pack_sectors, search_text
from store.storage.schema import ALIASES_MIGRATION, MIGRATIONS, SECTORS_MIGRATION

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
        rows = dict(
            await (
                await store.conn.execute("SELECT id, unpack_search(folded_z) FROM meetings")
            ).fetchall()
        )
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


# ------------------------------------------------------------------ sectors

# Written for these tests: the sectors are read from the lexicon's words for them, which
# are not the sectors' own words ("khí thiên nhiên hóa lỏng" is "dầu khí", "điện lực" is
# "năng lượng").
FUEL = """Chiều 9/4/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga Alexander Novak.
Hai bên trao đổi về cung ứng khí thiên nhiên hóa lỏng và điện lực cho các tỉnh phía Bắc.
"""


def _sector_meeting() -> Meeting:
    return _meeting().model_copy(
        update={
            "sectors": ["dầu khí", "giáo dục - đào tạo"],
            "key_points": ["Hai bên bàn việc thăm dò, khai thác trên thềm lục địa."],
        }
    )


def _with_sectors(m: Meeting) -> str:
    """The search text as versions before migration 19 wrote it: sectors after the kind."""
    parts = [x for p in m.participants for x in (p.name, p.title) if x]
    parts += [m.place or "", m.kind, " ".join(m.sectors), m.summary, " ".join(m.key_points)]
    return fold(" ".join(x for x in parts if x))


def test_the_search_text_leaves_the_sectors_to_their_facets() -> None:
    m = _sector_meeting()
    text = search_text(m)
    assert "dau khi" not in text and "giao duc - dao tao" not in text
    assert "tham do, khai thac" in text and "moskva tiep tong thong" in text
    assert _with_sectors(m) != text


async def test_a_question_by_sector_and_a_digest_keyword_still_find_the_meeting(
    empty_store: Store,
) -> None:
    await ingest(empty_store, [Article(source="fuel.txt", text=FUEL)], today=TODAY)
    (m,) = await empty_store.meetings()
    assert {"dầu khí", "năng lượng"} <= set(m.sectors)
    assert "nang luong" not in fold(" ".join([m.summary, *m.key_points]))
    result = await ask(empty_store, "Hợp tác năng lượng với Nga năm 2024?", today=TODAY, limit=5)
    assert [r.id for r in result.results[:1]] == [m.id], result.answer
    # A quoted keyword is matched against the meeting's words: its sectors are among them.
    sub = Subscription(chat_id=1, filters=parse_filters('"nang luong"', TODAY))
    assert [x.id for x in (await plan_digest(empty_store, sub)).meetings] == [m.id]
    sub = Subscription(chat_id=1, filters=parse_filters('"an ninh mang"', TODAY))
    assert (await plan_digest(empty_store, sub)).empty


def _sql_rows(m: Meeting) -> tuple[list[tuple], list[tuple]]:
    people = [(m.id, i, p.name, p.title, p.country) for i, p in enumerate(m.participants)]
    return people, [(m.id, s, i) for i, s in enumerate(m.sectors)]


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_19_loses_the_sectors(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    m = _sector_meeting()
    # Its text was edited by hand since: not what that version wrote, so it is left alone.
    odd = m.model_copy(update={"id": "m2", "place": None})
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[: SECTORS_MIGRATION - 1], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    for x, folded in ((m, _with_sectors(m)), (odd, "dau khi ghi tay")):
        conn.execute(
            "INSERT INTO meetings(id, date, date_start, date_end, place, kind, folded)"
            " VALUES (?, '2024-03-14', '2024-03-14', '2024-03-14', ?, ?, ?)",
            (x.id, x.place, x.kind, folded),
        )
        people, sectors = _sql_rows(x)
        conn.executemany("INSERT INTO meeting_participants VALUES (?, ?, ?, ?, ?)", people)
        conn.executemany(
            "INSERT INTO meeting_sectors(meeting_id, sector, pos) VALUES (?, ?, ?)", sectors
        )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        rows = dict(
            await (
                await store.conn.execute("SELECT id, unpack_search(folded_z) FROM meetings")
            ).fetchall()
        )
        assert rows == {"m1": search_text(m), "m2": "dau khi ghi tay"}

        async def matching(phrase: str) -> list[str]:
            found = await (
                await store.conn.execute(
                    "SELECT m.id FROM meetings_fts JOIN meetings m ON m.seq = meetings_fts.rowid"
                    " WHERE meetings_fts MATCH ? ORDER BY m.id",
                    (phrase,),
                )
            ).fetchall()
            return [r[0] for r in found]

        assert await matching('"giao duc"') == []
        assert await matching('"dau khi"') == ["m2"]
        assert await matching('"tham do"') == ["m1"]
        # The sectors themselves stay, a facet each.
        assert (await store.meeting("m1")).sectors == m.sectors  # type: ignore[union-attr]
    finally:
        await store.close()


@pytest.mark.postgres_only
async def test_the_postgres_migration_strips_the_sectors(empty_store: Store) -> None:
    from store.storage import pg

    m = _sector_meeting()
    # The sectors are read through ``meeting_sectors``: a table then, a view of the row now.
    await empty_store.conn.execute(
        "INSERT INTO meetings(id, date, date_start, date_end, place, kind, folded, sectors)"
        " VALUES (?, '2024-03-14', '2024-03-14', '2024-03-14', ?, ?, ?, ?)",
        (m.id, m.place, m.kind, _with_sectors(m), pack_sectors(m.sectors)),
    )
    people, _ = _sql_rows(m)
    for row in people:
        await empty_store.conn.execute(
            "INSERT INTO meeting_participants(meeting_id, pos, name, title, country)"
            " VALUES (?, ?, ?, ?, ?)",
            row,
        )
    async with empty_store.pool.acquire() as conn:  # type: ignore[attr-defined]
        await pg._strip_sectors(conn)
    rows = await (await empty_store.conn.execute("SELECT folded FROM meetings")).fetchall()
    assert [r[0] for r in rows] == [search_text(m)]
