"""Honest summaries: what an ingest added against what was already there, and feed times
in local time (BRIEFING_TZ)."""

from __future__ import annotations

import json
import socket
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.cli import main
from bot.feeds_cli import feed_line
from store.services.feeds import FeedReport

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("BRIEFING_DB", "BRIEFING_TZ", "BRIEFING_ADMIN_IDS", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def test_reingesting_a_folder_says_nothing_was_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(tmp_path / "b.db")]
    assert main([*db, "ingest", str(ROOT / "seeds")]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith("Đã đọc 5 bài: 5 bài mới, 0 bài đã có;")
    assert main([*db, "ingest", str(ROOT / "seeds")]) == 0
    second = capsys.readouterr().out.splitlines()[0]
    assert second.startswith("Đã đọc 5 bài: 0 bài mới, 5 bài đã có; 0 cuộc gặp mới,")
    assert main([*db, "ingest", str(ROOT / "seeds"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["articles"], data["new_articles"], data["new_meetings"]) == (5, 0, 0)


def test_feed_times_are_local() -> None:
    report = FeedReport(
        feed_id=1,
        url="https://bao.example/rss",
        status="error",
        error="máy chủ đang lỗi (HTTP 503)",
        next_poll_at="2025-03-17T01:10:00.000Z",
    )
    assert "17/03/2025 08:10" in feed_line(report)  # Asia/Ho_Chi_Minh by default
    assert "17/03/2025 04:10" in feed_line(report, ZoneInfo("Europe/Moscow"))


def test_feeds_commands_print_times_in_briefing_tz(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_TZ", "America/New_York")
    with socket.socket() as probe:  # a port nothing listens on: the poll fails at once
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = ["--db", str(tmp_path / "b.db")]
    zone = ZoneInfo("America/New_York")

    def local(iso: str) -> str:
        return (
            f"{datetime.fromisoformat(iso.replace('Z', '+00:00')).astimezone(zone):%d/%m/%Y %H:%M}"
        )

    assert main([*db, "feeds", "add", f"http://127.0.0.1:{port}/rss"]) == 0
    capsys.readouterr()
    assert main([*db, "feeds", "poll", "--timeout", "1"]) == 1
    polled = capsys.readouterr().out
    assert main([*db, "feeds", "list", "--json"]) == 0
    row = json.loads(capsys.readouterr().out)[0]
    assert main([*db, "feeds", "list"]) == 0
    listed = capsys.readouterr().out
    assert f"thử lại sau {local(row['next_poll_at'])}" in polled
    assert f"lần cuối: {local(row['last_poll_at'])}" in listed
    assert "UTC" not in polled + listed
