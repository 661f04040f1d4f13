"""An installed (non-editable) copy works: each file under a package that is not Python is
named by a `package-data` glob of pyproject.toml, and the seeds are found from where it runs."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from store.services import ingest
from store.storage.db import Store

ROOT = Path(__file__).resolve().parent.parent


ARTICLE = """Chiều 12/4/2023, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã hội kiến Phó Thủ tướng Nga Dmitry Chernyshenko.
Hai bên trao đổi về hợp tác giáo dục, du lịch và khoa học công nghệ.
"""


def _package_data() -> dict[str, list[str]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["setuptools"]["package-data"]


def test_every_data_file_is_packaged() -> None:
    missing = []
    for package in ("bot", "handlers", "store"):
        base = ROOT / package
        globs = _package_data().get(package, [])
        shipped = {path for pattern in globs for path in base.glob(pattern)}
        for path in base.rglob("*"):
            if path.is_dir() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            if path not in shipped:
                missing.append(str(path.relative_to(ROOT)))
    assert not missing, f"not in pyproject's package-data: {missing}"


async def test_an_installed_copy_seeds_from_the_folder_it_runs_in(
    empty_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Installed from a wheel, the package has no seeds/ beside it; the Docker image runs in
    # the project folder, whose seeds/ is the one to ingest.
    monkeypatch.setattr(ingest, "SEEDS_DIR", tmp_path / "site-packages" / "seeds")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert await ingest.ensure_seeded(empty_store)
    assert await empty_store.count_articles() == 1


async def test_no_seeds_anywhere_leaves_the_store_empty_without_failing(
    empty_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "SEEDS_DIR", tmp_path / "site-packages" / "seeds")
    monkeypatch.chdir(tmp_path)
    assert not await ingest.ensure_seeded(empty_store)
    assert await empty_store.count_articles() == 0
