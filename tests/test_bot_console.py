"""`briefing chat`: the same handlers, typed in a terminal, no token, plain-text replies."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from bot.console import BANNER, run_console


@pytest.fixture(autouse=True)
def no_token(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("TELEGRAM_API_BASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)  # no stray .env


def chat(lines: list[str], db: Path) -> str:
    out = io.StringIO()
    run_console(db, io.StringIO("".join(f"{line}\n" for line in lines)), out)
    return out.getvalue()


def test_console_answers_through_the_handlers(tmp_path: Path) -> None:
    out = chat(
        ["/start", "Mishustin gặp Tô Lâm ở đâu?", "/moinhat", "/lanhdao", "/linhvuc", "/help"],
        tmp_path / "c.db",
    )
    assert out.startswith(BANNER)
    assert "Bản tin Việt–Nga" in out
    assert "Mishustin" in out
    assert "Các cuộc gặp mới nhất" in out
    assert "Lĩnh vực hợp tác" in out
    assert not re.search(r"</?(b|i|a|code)\b", out), "HTML tags must be stripped"
    assert "&lt;" not in out and "&amp;" not in out


def test_buttons_can_be_pressed_by_number(tmp_path: Path) -> None:
    out = chat(["/moinhat", "#1"], tmp_path / "c.db")
    # details buttons are named by date and counterpart: "[#1 8/5/2025 · Mishustin]"
    assert re.search(r"Nút: \[#1 [^\]]+ · [^\]]+\]", out)
    assert "Nguồn:" in out.split("Nút:", 1)[1]  # the details of meeting 1
    out = chat(["#1"], tmp_path / "c.db")  # nothing to press yet: treated as a question
    assert "Traceback" not in out


def test_quits_on_thoat_and_on_eof(tmp_path: Path) -> None:
    out = chat(["/thoat", "Mishustin"], tmp_path / "c.db")
    assert "Mishustin" not in out.removeprefix(BANNER)
    assert chat([], tmp_path / "c.db").strip() == BANNER.strip()


def test_hostile_lines_get_replies(tmp_path: Path) -> None:
    out = chat(
        ["<b>&amp;</b>", "\x00\x01", "'; DROP TABLE meetings; --", "NEAR(", "🙂" * 500],
        tmp_path / "c.db",
    )
    assert "Xin lỗi" not in out  # no handler failed
    assert out.count("\n\n") >= 5
