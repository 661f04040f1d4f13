"""`briefing ask` loads only what answering needs: the Telegram library and rapidfuzz cost as
much to import as a question takes to answer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

LOADED = """
import io, json, sys
from contextlib import redirect_stdout
from bot.cli import main
out = io.StringIO()
with redirect_stdout(out):
    code = main(["--db", sys.argv[1], "ask", sys.argv[2]])
print(json.dumps({"code": code, "answer": out.getvalue(),
                  "modules": sorted(m.split(".")[0] for m in sys.modules)}))
"""


def _ask(db: Path, question: str) -> dict:
    run = subprocess.run(
        [sys.executable, "-c", LOADED, str(db), question],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(run.stdout.splitlines()[-1])


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("startup") / "seeds.db"
    _ask(db, "Nga")  # an empty store takes the seeds in first
    return db


def test_a_question_of_known_names_loads_neither_telegram_nor_rapidfuzz(seeded: Path) -> None:
    got = _ask(seeded, "Tô Lâm gặp Medvedev ở đâu?")
    assert got["code"] == 0 and "Medvedev" in got["answer"]
    assert "telegram" not in got["modules"]
    assert "rapidfuzz" not in got["modules"]


def test_a_misspelt_name_still_finds_its_leader(seeded: Path) -> None:
    got = _ask(seeded, "To Lam gap Medvedep o dau?")
    assert got["code"] == 0 and "Dmitry Medvedev" in got["answer"]
    assert "rapidfuzz" in got["modules"]  # the fuzzy match was made
