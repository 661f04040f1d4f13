"""Shared fixtures: a fresh database per test, optionally holding the seed articles."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from store.services.ingest import ingest
from store.storage.db import Store
from tests.newsserver import NewsServer, build_site

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"  # test articles written for this project


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        choices=("sqlite", "postgres"),
        default="sqlite",
        help="the database every test runs on (postgres: a throwaway cluster on 127.0.0.1)",
    )


_CLUSTER: list = []  # [Cluster, TestDatabase] with --backend=postgres


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--backend") != "postgres":
        return
    from tests.pgcluster import Cluster, PostgresMissing, TestDatabase

    try:
        cluster = Cluster().start()
    except PostgresMissing as exc:  # asked for PostgreSQL: its absence fails the run
        raise pytest.UsageError(str(exc)) from exc
    _CLUSTER[:] = [cluster, TestDatabase(cluster)]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    backend = config.getoption("--backend")
    for item in items:
        for mark in ("sqlite_only", "postgres_only"):
            if item.get_closest_marker(mark) and not mark.startswith(backend):
                item.add_marker(
                    pytest.mark.skip(reason=f"{mark}: checks one backend's own behaviour")
                )


def pytest_unconfigure(config: pytest.Config) -> None:
    if _CLUSTER:
        _CLUSTER[0].stop()
        _CLUSTER.clear()


@pytest.fixture(autouse=True)
def database_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """With --backend=postgres, every store a test opens (in the test, the bot or a
    `briefing` subprocess) is one empty PostgreSQL database, whatever path it names."""
    if not _CLUSTER:
        return
    from store.storage.pg import PgStore

    database = _CLUSTER[1]
    database.reset()
    monkeypatch.setenv("BRIEFING_DATABASE_URL", database.url)

    async def open_pg(cls: type, path: object) -> Store:
        return await PgStore.open(database.url)

    monkeypatch.setattr(Store, "open", classmethod(open_pg))


@pytest.fixture
async def empty_store(tmp_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(tmp_path / "test.db")
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the SQLite store of the seeds and the test articles is built, once a run."""
    return tmp_path_factory.mktemp("seeded")


@pytest.fixture
async def seeded_store(tmp_path: Path, seeded_dir: Path) -> AsyncIterator[Store]:
    """The seeds plus the project's own test articles (tests/articles): ingested once a run,
    then each test gets its own copy (SQLite: of the file; PostgreSQL: of the rows)."""
    from store.services.sources import load_paths

    database = _CLUSTER[1] if _CLUSTER else None
    built = seeded_dir / "seeded.db"
    if database is None and not built.exists():
        template = await Store.open(seeded_dir / "building.db")
        await ingest(template, load_paths([SEEDS, ARTICLES]))
        await template.close()  # the last connection closed: the file holds every page
        (seeded_dir / "building.db").rename(built)
    if database is None:
        shutil.copyfile(built, tmp_path / "test.db")
    store = await Store.open(tmp_path / "test.db")
    try:
        if database is not None and database.has_seeded:
            database.restore_seeded()  # the rows the ingest below made in an earlier test
        elif database is not None:
            await ingest(store, load_paths([SEEDS, ARTICLES]))
            database.save_seeded()
        yield store
    finally:
        await store.close()


@pytest.fixture
def site() -> Iterator[NewsServer]:
    """The news sites of tests/newsserver.py on 127.0.0.1."""
    server = build_site(NewsServer().start())
    try:
        yield server
    finally:
        server.stop()
