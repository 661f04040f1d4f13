"""Rendered replies kept while the database is unchanged.

Answers are a function of the question, the date and the database, so a reply rendered
once can be served again until the data changes: popular questions, "latest", and the
people and sector lists then cost no SQL. Changes made through this process's connection
are seen at once (``total_changes``); changes by another process (``briefing ingest``
while the bot runs, or another replica) through the store's data version (bumped by every
write transaction) within ``recheck`` seconds.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any, TypeVar

from store.storage.db import Store

T = TypeVar("T")


class ViewCache:
    def __init__(self, size: int = 2048, recheck: float = 2.0) -> None:
        self.size = size
        self.recheck = recheck
        self.hits = 0
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._version: tuple[int, int, int] | None = None
        self._data_version = 0
        self._checked = float("-inf")

    async def _current(self, store: Store) -> tuple[int, int, int]:
        now = time.monotonic()
        if now - self._checked >= self.recheck:
            self._data_version = await store.data_version()
            self._checked = now
        return id(store), store.conn.total_changes, self._data_version

    async def get(self, store: Store, key: Hashable, make: Callable[[], Awaitable[T]]) -> T:
        version = await self._current(store)
        if version != self._version:
            self._items.clear()
            self._version = version
        if key in self._items:
            self.hits += 1
            self._items.move_to_end(key)
            return self._items[key]  # type: ignore[no-any-return]
        value = await make()
        # The data may have changed while ``make`` ran (another coroutine wrote): don't keep it.
        if store.conn.total_changes == version[1]:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value


class ChatLanguages:
    """Each chat's stored language, kept until the data version moves: a language set on
    another replica is seen within ``recheck`` seconds; this process's own are kept at once."""

    def __init__(self, size: int = 50_000, recheck: float = 2.0) -> None:
        self.size = size
        self.recheck = recheck
        self._langs: dict[int, str | None] = {}
        self._data_version: int | None = None
        self._checked = float("-inf")

    async def get(
        self, store: Store, chat_id: int, load: Callable[[], Awaitable[str | None]]
    ) -> str | None:
        now = time.monotonic()
        if now - self._checked >= self.recheck:
            version = await store.data_version()
            self._checked = now
            if version != self._data_version:
                self._langs.clear()
                self._data_version = version
        if chat_id not in self._langs:
            if len(self._langs) >= self.size:
                self._langs.clear()
            self._langs[chat_id] = await load()
        return self._langs[chat_id]

    def put(self, chat_id: int, lang: str) -> None:
        self._langs[chat_id] = lang
