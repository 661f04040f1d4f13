"""``briefing digest --chat ID --dry-run`` and ``briefing subscriptions``."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from store.language.subscribe_args import parse_filters
from store.services.ingest import ensure_seeded
from store.storage.db import Store
from store.storage.subscriptions import subscribe
from tests.test_digests_store import BELOUSOV, NOVAK, ingest


def prepare(path: Path) -> None:
    async def run() -> None:
        store = await Store.open(path)
        try:
            await ensure_seeded(store)
            now = datetime(2025, 6, 1, 1, tzinfo=UTC)
            await subscribe(store, 42, "private", now=now)
            await subscribe(
                store, -4001, "group", at="06:30", filters=parse_filters("dầu khí"), now=now
            )
            await ingest(store, NOVAK, BELOUSOV)
        finally:
            await store.close()

    asyncio.run(run())


def test_dry_run_prints_the_digest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.db"
    prepare(db)
    assert main(["--db", str(db), "digest", "--chat", "42", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 cuộc gặp mới" in out and "Novak" in out and "Belousov" in out
    assert "<b>" not in out  # plain text on a terminal

    assert main(["--db", str(db), "digest", "--chat", "-4001", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["chat_id"] == -4001 and data["would_send"] is True
    assert [m["participants"][1]["name"] for m in data["meetings"]] == ["Alexander Novak"]
    assert data["until_seq"] > data["since_seq"]
    # A dry run changes nothing: the same digest is still due.
    assert main(["--db", str(db), "digest", "--chat", "-4001", "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["meetings"] == data["meetings"]


def test_dry_run_for_an_unknown_chat_or_without_the_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "cli.db"
    prepare(db)
    assert main(["--db", str(db), "digest", "--chat", "7", "--dry-run"]) == 1
    assert "chưa đăng ký" in capsys.readouterr().err
    # The command only ever previews: --dry-run is accepted, not required.
    assert main(["--db", str(db), "digest", "--chat", "42", "--dry-run"]) == 0
    with_flag = capsys.readouterr().out
    assert main(["--db", str(db), "digest", "--chat", "42"]) == 0
    assert capsys.readouterr().out == with_flag and "Novak" in with_flag


def test_subscriptions_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "cli.db"
    prepare(db)
    assert main(["--db", str(db), "subscriptions", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    by_chat = {d["chat_id"]: d for d in data}
    assert set(by_chat) == {42, -4001}
    group = by_chat[-4001]
    assert group["time"] == "06:30" and group["days"] == [1, 2, 3, 4, 5, 6, 7]
    assert group["filters"]["sectors"] == ["dầu khí"] and group["active"] is True
    assert main(["--db", str(db), "subscriptions"]) == 0
    out = capsys.readouterr().out
    assert "06:30" in out and "dầu khí" in out
