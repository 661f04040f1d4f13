"""`briefing copy`: a SQLite store moved into an empty PostgreSQL database answers the same.

PostgreSQL only: the destination is the throwaway cluster's database (--backend=postgres).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.language.models import Article
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.chat_languages import get_language, set_language
from store.storage.db import Store
from store.storage.pg import PgStore
from store.storage.subscriptions import get_subscription, subscribe
from store.storage.transfer import TransferError, copy_sqlite_to_pg
from tests.conftest import ARTICLES, ROOT, SEEDS

pytestmark = pytest.mark.postgres_only

# Captured at import, before the PostgreSQL fixture points Store.open at the cluster.
open_sqlite = Store.open

QUESTIONS = [
    "Tô Lâm gặp Putin khi nào?",
    "thu tuong nga tham ha noi thang 1",
    "hợp tác dầu khí",
    "Medvedev",
    "tháng 1/2025 có cuộc gặp nào?",
    "hội đàm ở Moskva",
]

ARTICLE = """Bộ trưởng Quốc phòng hai nước điện đàm

Chiều 4/9/2025, Bộ trưởng Quốc phòng Phan Văn Giang đã điện đàm với Bộ trưởng Quốc phòng
Nga Andrei Belousov. Hai bên trao đổi về hợp tác kỹ thuật quân sự và đào tạo sĩ quan."""


async def _source(path: Path) -> None:
    store = await open_sqlite(path)
    try:
        await ingest(store, load_paths([SEEDS, ARTICLES]))
        await subscribe(store, 4242, "group", at="07:30")
        await set_language(store, 4242, "en")
    finally:
        await store.close()


def _answers(results: list) -> list[list[str]]:
    return [[m.id for m in r.results] for r in results]


async def test_a_copied_store_answers_the_same_and_keeps_its_chats(tmp_path: Path) -> None:
    path = tmp_path / "lite.db"
    await _source(path)
    lite = await open_sqlite(path)
    try:
        before = [await ask(lite, q) for q in QUESTIONS]
        (meetings,) = await (await lite.conn.execute("SELECT count(*) FROM meetings")).fetchone()
    finally:
        await lite.close()

    dest = await PgStore.open(os.environ["BRIEFING_DATABASE_URL"])
    try:
        copied = await copy_sqlite_to_pg(path, dest)
        assert copied["meetings"] == meetings > 0
        assert copied["subscriptions"] == 1
        after = [await ask(dest, q) for q in QUESTIONS]
        assert _answers(after) == _answers(before)
        assert [r.answer for r in after] == [r.answer for r in before]
        sub = await get_subscription(dest, 4242)
        assert sub is not None and sub.time == "07:30" and sub.chat_type == "group"
        assert await get_language(dest, 4242) == "en"
        # Rows added afterwards get fresh ids: the identity sequences moved past the copy.
        outcome = await ingest(dest, [Article(text=ARTICLE, source="dien-dam.txt")])
        assert outcome.new_meetings == 1
        found = await ask(dest, "Phan Văn Giang điện đàm Belousov")
        assert found.results and found.results[0].date is not None
    finally:
        await dest.close()


async def test_copy_refuses_a_database_that_is_not_empty(tmp_path: Path) -> None:
    path = tmp_path / "lite.db"
    await _source(path)
    dest = await PgStore.open(os.environ["BRIEFING_DATABASE_URL"])
    try:
        await copy_sqlite_to_pg(path, dest)
        with pytest.raises(TransferError, match="không trống"):
            await copy_sqlite_to_pg(path, dest)
    finally:
        await dest.close()


def test_briefing_copy_on_the_command_line(tmp_path: Path) -> None:
    import asyncio

    path = tmp_path / "lite.db"
    asyncio.run(_source(path))
    env = {**os.environ, "BRIEFING_DB": str(path)}
    run = subprocess.run(
        [sys.executable, "-m", "bot.cli", "copy", "--json"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["source"] == str(path) and report["copied"]["meetings"] > 0
    again = subprocess.run(
        [sys.executable, "-m", "bot.cli", "copy"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert again.returncode == 1
    assert "không trống" in again.stderr and "Traceback" not in again.stderr
