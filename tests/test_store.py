"""The store: idempotent ingest, merging reports of one meeting, bad files skipped with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.services.ingest import ingest
from store.services.sources import Unreadable, load_paths
from store.storage.db import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


async def test_ingest_is_idempotent(empty_store: Store) -> None:
    first = await ingest(empty_store, load_paths([SEEDS]))
    count = await empty_store.count_meetings()
    second = await ingest(empty_store, load_paths([SEEDS]))
    assert await empty_store.count_meetings() == count
    assert await empty_store.count_articles() == 5
    assert second.new_articles == 0 and second.new_meetings == 0
    assert {m.id for m in second.meetings} == {m.id for m in first.meetings}


@pytest.mark.sqlite_only
async def test_migrations_are_versioned(tmp_path: Path) -> None:
    from store.storage.schema import MIGRATIONS

    store = await Store.open(tmp_path / "v.db")
    (version,) = await (await store.conn.execute("PRAGMA user_version")).fetchone()
    (mode,) = await (await store.conn.execute("PRAGMA journal_mode")).fetchone()
    await store.close()
    assert version == len(MIGRATIONS)
    assert mode == "wal"
    store = await Store.open(tmp_path / "v.db")  # reopening applies nothing twice
    await store.close()


REPORT_A = """Chiều 12/3/2024, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Đại sứ Liên bang Nga tại Việt Nam Gennady Bezdetko.
Hai bên nhất trí thúc đẩy hợp tác năng lượng, dầu khí và giáo dục - đào tạo.
"""
REPORT_B = """HÀ NỘI - Ngày 12-3-2024, Thủ tướng Chính phủ Phạm Minh Chính tiếp ông Gennady Bezdetko, Đại sứ Nga tại Việt Nam.
Thủ tướng đề nghị hai nước đẩy mạnh hợp tác thương mại, du lịch và điện hạt nhân.
"""


async def test_two_reports_of_one_meeting_merge(empty_store: Store, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT_B, encoding="utf-8")
    report = await ingest(empty_store, load_paths([tmp_path]))
    assert report.articles == 2
    meetings = await empty_store.meetings()
    assert len(meetings) == 1
    m = meetings[0]
    assert m.sources == ["a.txt", "b.txt"]
    assert m.date == "2024-03-12"
    assert {"dầu khí", "du lịch"} <= set(m.sectors)


async def test_bad_files_are_skipped_with_reasons(empty_store: Store, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT_A, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (tmp_path / "latin.txt").write_bytes(  # Russian in Windows-1251: not read, named
        "Переговоры на высшем уровне прошли в Москве, стороны обсудили сотрудничество".encode(
            "cp1251"
        )
    )
    (tmp_path / "big.txt").write_bytes(b"a" * (2 * 1024 * 1024 + 1))
    (tmp_path / "other.txt").write_text(
        "Giá vàng hôm nay tăng mạnh, thị trường sôi động.", encoding="utf-8"
    )
    (tmp_path / "rows.jsonl").write_text(
        '{"text": "'
        + REPORT_B.replace("\n", " ")
        + '", "url": "https://example.vn/a"}\nnot json\n{"url": "x"}\n',
        encoding="utf-8",
    )
    report = await ingest(empty_store, load_paths([tmp_path, tmp_path / "missing.txt"]))
    reasons = {Path(s.path.split(":")[0]).name: s.reason for s in report.skipped}
    assert set(reasons) == {
        "empty.txt",
        "binary.txt",
        "latin.txt",
        "big.txt",
        "other.txt",
        "rows.jsonl",
        "missing.txt",
    }
    assert "rỗng" in reasons["empty.txt"]
    assert "nhị phân" in reasons["binary.txt"]
    assert "2 MB" in reasons["big.txt"]
    assert "UTF-8" in reasons["latin.txt"] and "Windows-1251" in reasons["latin.txt"]
    assert "cuộc gặp" in reasons["other.txt"]
    assert [type(s) for s in report.skipped if s.path.endswith("missing.txt")] == [Unreadable]
    # The good text file and the good JSONL row are both stored (one merged meeting).
    assert await empty_store.count_articles() == 3
    assert await empty_store.count_meetings() == 1
