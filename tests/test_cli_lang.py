"""`briefing ask --lang en|ru` and detection from the question."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("BRIEFING_DB", "BRIEFING_TZ", "BRIEFING_ADMIN_IDS", "TELEGRAM_BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def test_ask_in_english_and_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "b.db")]
    assert main([*db, "ask", "Where did To Lam meet Medvedev?"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Place: Pyongyang"), out
    assert main([*db, "ask", "Где То Лам встречался с Медведевым?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["answer"].startswith("Место: Пхеньян")
    assert data["understood"]["leaders"] == ["Tô Lâm", "Dmitry Medvedev"]
    assert data["understood"]["intent"] == "where"


def test_lang_option_forces_the_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", str(tmp_path / "b.db")]
    assert main([*db, "ask", "Medvedev", "--lang", "en", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"] and "To Lam" in data["answer"] and "Pyongyang" in data["answer"]
    assert main([*db, "ask", "Medvedev", "--json"]) == 0
    assert "Bình Nhưỡng" in json.loads(capsys.readouterr().out)["answer"]
    with pytest.raises(SystemExit) as exit_:
        main([*db, "ask", "Medvedev", "--lang", "de"])
    assert exit_.value.code == 2
