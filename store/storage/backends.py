"""Which store a database setting names: a SQLite file, or PostgreSQL by URL."""

from __future__ import annotations

from pathlib import Path

from store.storage.db import Store


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith(("postgresql://", "postgres://"))


async def open_store(target: str | Path) -> Store:
    """The store at ``target``: ``postgresql://…`` opens PostgreSQL (asyncpg is imported
    only then), anything else is a SQLite file path."""
    if is_url(target):
        from store.storage.pg import PgStore

        return await PgStore.open(str(target))
    return await Store.open(target)
