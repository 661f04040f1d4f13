"""What the store keeps without the indexes migration SQLite 15 / PostgreSQL 8 dropped:
facets deleted by their key when a meeting changes or goes, sectors in their order, an
article's anchors deleted with it, and the anchor count a near-duplicate check reads."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from store.language.edits import Edit
from store.language.models import Article
from store.services.ingest import ingest
from store.storage import corrections
from store.storage.db import Store
from store.storage.dedup import fingerprint
from store.storage.schema import MIGRATIONS

REPORT = """Sáng 21/9/2022, tại Thủ đô Hà Nội, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko đang thăm chính thức Việt Nam.
Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực du lịch, giáo dục - đào tạo và dầu khí, coi đây là những trụ cột của quan hệ song phương.
Chủ tịch Quốc hội đề nghị hai nước tạo điều kiện thuận lợi cho doanh nghiệp mở rộng đầu tư và thương mại.
Chủ tịch Hội đồng Liên bang khẳng định Nga luôn coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam.
"""
OTHER = """Chiều 3/6/2021, tại Moskva, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Nga Sergei Lavrov trong chuyến thăm chính thức Liên bang Nga.
Hai Bộ trưởng thống nhất thúc đẩy hợp tác y tế, năng lượng và khoa học công nghệ trong thời gian tới.
Bộ trưởng Bùi Thanh Sơn cảm ơn Nga đã hỗ trợ vắc xin cho Việt Nam trong giai đoạn khó khăn của đại dịch.
Hai bên nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương, trong đó có Liên hợp quốc và APEC.
"""


LEAD, POINT = REPORT.splitlines()[:2]


async def _facets(store: Store, seq: int) -> set[tuple[str, str]]:
    rows = await (
        await store.conn.execute("SELECT facet, day FROM meeting_facets WHERE seq = ?", (seq,))
    ).fetchall()
    return {(r[0], r[1]) for r in rows}


async def _seq(store: Store, meeting_id: str) -> int:
    row = await (
        await store.conn.execute("SELECT seq FROM meetings WHERE id = ?", (meeting_id,))
    ).fetchone()
    return int(row[0])


async def test_an_edited_date_moves_every_facet_of_the_meeting(empty_store: Store) -> None:
    report = await ingest(empty_store, [Article(text=REPORT, source="qh.txt")])
    m = await empty_store.meeting(report.outcomes[0].meeting_ids[0])
    assert m is not None and m.date == "2022-09-21"
    seq = await _seq(empty_store, m.id)
    before = await _facets(empty_store, seq)
    assert ("p:Vương Đình Huệ", "2022-09-21") in before and ("l:Hà Nội", "2022-09-21") in before
    await corrections.edit_meeting(empty_store, m, [Edit("date", "2022-09-22")], "cli:t", "sửa")
    after = await _facets(empty_store, seq)
    assert after == {(facet, "2022-09-22") for facet, _day in before}


async def test_a_deleted_article_leaves_no_facets_nor_anchors(empty_store: Store) -> None:
    report = await ingest(
        empty_store,
        [Article(text=REPORT, source="qh.txt"), Article(text=OTHER, source="ng.txt")],
    )
    gone, kept = (o.meeting_ids[0] for o in report.outcomes)
    gone_seq, kept_seq = await _seq(empty_store, gone), await _seq(empty_store, kept)
    article_id = Article(text=REPORT, source="qh.txt").content_hash
    kept_facets = await _facets(empty_store, kept_seq)
    done = await corrections.delete_article(empty_store, article_id, "cli:t", "xoá")
    assert done is not None and done.deleted_meetings == [gone]
    assert await _facets(empty_store, gone_seq) == set()
    assert await _facets(empty_store, kept_seq) == kept_facets
    rows = await (
        await empty_store.conn.execute(
            "SELECT DISTINCT p.article_id FROM article_anchors x"
            " JOIN article_prints p ON p.num = x.print_num"
        )
    ).fetchall()
    assert [r[0] for r in rows] == [Article(text=OTHER, source="ng.txt").content_hash]
    # The text can come back: nothing of the deleted one is taken for a copy of it.
    again = await ingest(empty_store, [Article(text=REPORT, source="qh2.txt")])
    assert again.outcomes[0].status != "duplicate"


async def test_sectors_come_back_in_the_order_the_meeting_lists_them(empty_store: Store) -> None:
    report = await ingest(empty_store, [Article(text=REPORT, source="qh.txt")])
    m = await empty_store.meeting(report.outcomes[0].meeting_ids[0])
    assert m is not None and len(m.sectors) >= 3
    reordered = m.model_copy(update={"sectors": list(reversed(m.sectors))})
    from store.storage.db import _write_meeting

    await empty_store.atomic(lambda c: _write_meeting(c, reordered, replace=True))
    again = await empty_store.meeting(m.id)
    assert again is not None and again.sectors == list(reversed(m.sectors))


# Another outlet's own report of the same meeting (not a copy): the two merge into one.
SECOND = """HÀ NỘI - Ngày 21-9-2022, Chủ tịch Quốc hội Vương Đình Huệ hội kiến bà Valentina Matviyenko, Chủ tịch Hội đồng Liên bang Nga.
Chủ tịch Quốc hội mong muốn hai nước mở rộng hợp tác năng lượng và khoa học công nghệ.
"""


@pytest.mark.parametrize("deleted", [REPORT, SECOND])
async def test_key_points_and_evidence_outlive_the_article_they_were_read_from(
    empty_store: Store, deleted: str
) -> None:
    report = await ingest(
        empty_store,
        [Article(text=REPORT, source="qh.txt"), Article(text=SECOND, source="b.txt")],
    )
    ids = {mid for o in report.outcomes for mid in o.meeting_ids}
    assert len(ids) == 1
    before = await empty_store.meeting(ids.pop())
    assert before is not None and before.key_points and before.evidence.get("date")
    assert before.sources == ["qh.txt", "b.txt"]
    gone = Article(text=deleted, source="x.txt").content_hash
    done = await corrections.delete_article(empty_store, gone, "cli:t", "xoá")
    assert done is not None and done.kept_meetings == [before.id]
    after = await empty_store.meeting(before.id)
    assert after is not None
    assert (after.summary, after.key_points, after.evidence) == (
        before.summary,
        before.key_points,
        before.evidence,
    )


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_15_keeps_its_sectors_and_anchor_counts(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:14], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute("INSERT INTO articles(id, source, text) VALUES ('a1', 'qh.txt', ?)", (REPORT,))
    p = fingerprint(REPORT)
    conn.execute("INSERT INTO article_prints(article_id, exact) VALUES ('a1', ?)", (p.exact,))
    conn.executemany(  # 60 bits then, of which an anchor is the first 47 now (migration 27)
        "INSERT INTO article_anchors(anchor, article_id) VALUES (?, 'a1')",
        [(a << 13,) for a in p.anchors],
    )
    conn.execute(
        "INSERT INTO meetings(id, date, date_start, date_end, kind, summary, key_points,"
        " evidence) VALUES ('m1', '2022-09-21', '2022-09-21', '2022-09-21', 'hội kiến', ?, ?, ?)",
        (LEAD, json.dumps([POINT], ensure_ascii=False), json.dumps({"date": LEAD})),
    )
    conn.executemany(
        "INSERT INTO meeting_sectors(meeting_id, sector) VALUES ('m1', ?)",
        [("du lịch",), ("dầu khí",), ("giáo dục",)],
    )
    conn.execute("INSERT INTO meeting_sources VALUES ('m1', 'a1', 'qh.txt')")
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        m = await store.meeting("m1")
        assert m is not None and m.sectors == ["du lịch", "dầu khí", "giáo dục"]
        assert (m.summary, m.key_points, m.evidence) == (LEAD, [POINT], {"date": LEAD})
        (count,) = await (
            await store.conn.execute("SELECT anchors FROM article_prints WHERE article_id = 'a1'")
        ).fetchone()
        assert count == len(p.anchors) > 0
        seq = await _seq(store, "m1")
        assert ("s:dầu khí", "2022-09-21") in await _facets(store, seq)
        await corrections.delete_article(store, "a1", "cli:t", "xoá")
        assert await _facets(store, seq) == set()
        (left,) = await (
            await store.conn.execute("SELECT count(*) FROM article_anchors")
        ).fetchone()
        assert left == 0
    finally:
        await store.close()


# ------------------------------------------------------- sectors in the meeting's row


async def _sector_facets(store: Store, seq: int) -> set[tuple[str, str]]:
    return {(f, day) for f, day in await _facets(store, seq) if f.startswith("s:")}


async def test_a_merged_report_adds_its_sectors_and_their_facets(empty_store: Store) -> None:
    first = await ingest(empty_store, [Article(text=REPORT, source="qh.txt")])
    (mid,) = first.outcomes[0].meeting_ids
    before = await empty_store.meeting(mid)
    assert before is not None and before.sectors
    again = await ingest(empty_store, [Article(text=SECOND, source="b.txt")])
    assert list(again.outcomes[0].meeting_ids) == [mid]
    after = await empty_store.meeting(mid)
    assert after is not None
    added = [s for s in after.sectors if s not in before.sectors]
    assert after.sectors == before.sectors + added and "năng lượng" in added
    seq = await _seq(empty_store, mid)
    assert await _sector_facets(empty_store, seq) == {
        (f"s:{s}", "2022-09-21") for s in after.sectors
    }
    counts = dict(await empty_store.sector_counts())
    assert {s: counts.get(s) for s in after.sectors} == {s: 1 for s in after.sectors}
    # The link rows' old name still reads them, in order.
    rows = await (
        await empty_store.conn.execute(
            "SELECT sector FROM meeting_sectors WHERE meeting_id = ? ORDER BY pos", (mid,)
        )
    ).fetchall()
    assert [r[0] for r in rows] == after.sectors
    # Fewer sectors after an edit of the row: the facets of the dropped ones go.
    fewer = after.model_copy(update={"sectors": after.sectors[:1]})
    from store.storage.db import _write_meeting

    await empty_store.atomic(lambda c: _write_meeting(c, fewer, replace=True))
    assert await _sector_facets(empty_store, seq) == {(f"s:{after.sectors[0]}", "2022-09-21")}


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_20_keeps_its_sectors_in_the_row(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:19], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute(
        "INSERT INTO meetings(id, date, date_start, date_end, kind)"
        " VALUES ('m1', '2022-09-21', '2022-09-21', '2022-09-21', 'hội kiến')"
    )
    # Listed out of alphabetical order: the order is pos, not the key.
    conn.executemany(
        "INSERT INTO meeting_sectors(meeting_id, sector, pos) VALUES ('m1', ?, ?)",
        [("du lịch", 0), ("dầu khí", 1), ("bóng đá", 2)],
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        m = await store.meeting("m1")
        assert m is not None and m.sectors == ["du lịch", "dầu khí", "bóng đá"]
        (kind,) = await (
            await store.conn.execute(
                "SELECT type FROM sqlite_master WHERE name = 'meeting_sectors'"
            )
        ).fetchone()
        assert kind == "view"
        seq = await _seq(store, "m1")
        assert await _sector_facets(store, seq) == {(f"s:{s}", "2022-09-21") for s in m.sectors}
        await corrections.edit_meeting(store, m, [Edit("date", "2022-09-22")], "cli:t", "sửa")
        assert await _sector_facets(store, seq) == {(f"s:{s}", "2022-09-22") for s in m.sectors}
        await corrections.delete_meeting(store, m, "cli:t", "xoá")
        assert await _facets(store, seq) == set()
    finally:
        await store.close()


@pytest.mark.postgres_only
async def test_the_postgres_migration_moves_the_sectors_into_the_row(empty_store: Store) -> None:
    from store.storage.pg import PgStore
    from tests.pgcluster import database_at

    async with database_at(empty_store.path, "sectors_before", 12) as (old, url):
        await old.execute(
            "INSERT INTO meetings(id, date, date_start, date_end, kind)"
            " VALUES ('m1', '2022-09-21', '2022-09-21', '2022-09-21', 'hội kiến')"
        )
        await old.executemany(
            "INSERT INTO meeting_sectors(meeting_id, sector, pos) VALUES ('m1', $1, $2)",
            [("du lịch", 0), ("dầu khí", 1), ("bóng đá", 2)],
        )
        await old.close()
        store = await PgStore.open(url)
        try:
            m = await store.meeting("m1")
            assert m is not None and m.sectors == ["du lịch", "dầu khí", "bóng đá"]
            seq = await _seq(store, "m1")
            assert await _sector_facets(store, seq) == {(f"s:{s}", "2022-09-21") for s in m.sectors}
            await corrections.edit_meeting(store, m, [Edit("date", "2022-09-22")], "cli:t", "x")
            assert await _sector_facets(store, seq) == {(f"s:{s}", "2022-09-22") for s in m.sectors}
        finally:
            await store.close()
