"""Evidence (the sentences a meeting's facts came from) in the store, and merges that never
coarsen a date."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from store.language.models import Article
from store.services.ingest import ingest
from store.storage import packed
from store.storage.db import Store
from store.storage.schema import MIGRATIONS

DAY = """Chiều 3/6/2025, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Nga Alexei Overchuk.
Hai bên nhất trí thúc đẩy hợp tác giao thông vận tải và logistics.
"""
MONTH = """Trong tháng 6/2025, Phó Thủ tướng Trần Hồng Hà và Phó Thủ tướng Nga Alexei Overchuk đã hội đàm tại Moskva về kết nối vận tải.
Hai bên cũng bàn về thanh toán bằng đồng nội tệ.
"""


async def test_evidence_is_stored_and_shown(empty_store: Store) -> None:
    await ingest(empty_store, [Article(text=DAY, source="day.txt")])
    (m,) = await empty_store.meetings()
    assert m.evidence["date"].startswith("Chiều 3/6/2025")
    assert "tại Moskva" in m.evidence["place"]
    assert "Alexei Overchuk" in m.evidence["participants"]
    assert set(m.public()["evidence"]) == {"date", "place", "participants"}


async def test_merging_keeps_the_finest_date(empty_store: Store) -> None:
    await ingest(empty_store, [Article(text=MONTH, source="month.txt")])
    (coarse,) = await empty_store.meetings()
    assert coarse.date == "2025-06"
    await ingest(empty_store, [Article(text=DAY, source="day.txt")])
    (merged,) = await empty_store.meetings()
    assert merged.date == "2025-06-03" and not merged.date_inferred
    assert merged.evidence["date"].startswith("Chiều 3/6/2025")
    # and the other way round: a coarser report never coarsens a finer date
    other = MONTH.replace("Trong tháng 6/2025", "Hồi tháng 6/2025, tại Moskva,").replace(
        "Hai bên cũng bàn", "Các bên còn trao đổi"
    )
    await ingest(empty_store, [Article(text=other, source="month2.txt")])
    (again,) = await empty_store.meetings()
    assert again.date == "2025-06-03"


@pytest.mark.sqlite_only
async def test_evidence_column_is_the_last_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    packed.register(conn)  # the functions migrations use, as the store registers them
    for number, script in enumerate(MIGRATIONS[:-1], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute(
        "INSERT INTO meetings(id, date, kind, summary) VALUES ('m1', '2025-01-01', 'gặp', 's')"
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    (m,) = await store.meetings_by_ids(["m1"])
    await store.close()
    assert m.evidence == {}
    assert json.loads(json.dumps(m.public()["evidence"])) == {}
