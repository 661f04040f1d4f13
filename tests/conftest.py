"""Shared fixtures: a fresh database per test, optionally holding the seed articles."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from store.services.ingest import ingest
from store.storage.db import Store
from tests.newsserver import NewsServer, build_site

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = Path(__file__).resolve().parent / "articles"  # test articles written for this project


@pytest.fixture
async def empty_store(tmp_path: Path) -> AsyncIterator[Store]:
    store = await Store.open(tmp_path / "test.db")
    try:
        yield store
    finally:
        await store.close()


@pytest.fixture
async def seeded_store(empty_store: Store) -> Store:
    """The seeds plus the project's own test articles (tests/articles)."""
    from store.services.sources import load_paths

    await ingest(empty_store, load_paths([SEEDS, ARTICLES]))
    return empty_store


@pytest.fixture
def site() -> Iterator[NewsServer]:
    """The news sites of tests/newsserver.py on 127.0.0.1."""
    server = build_site(NewsServer().start())
    try:
        yield server
    finally:
        server.stop()
