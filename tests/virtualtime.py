"""An asyncio event loop whose clock jumps to the next timer when there is nothing to do.

Sleeps and timeouts cost no wall time, so a delivery that takes Telegram's limits minutes
runs in seconds, while real work — sockets on 127.0.0.1, SQLite in its thread, worker
threads — runs for real and takes no virtual time: the clock never moves while a thread
(aiosqlite's, an executor's) is busy or a socket has data to read. Times measured on this
clock are the times the code under test acted at.

    with virtual_time() as loop:
        loop.run_until_complete(main())
"""

from __future__ import annotations

import asyncio
import selectors
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import aiosqlite

_busy = 0  # calls in flight on other threads (database, executors)


def _track(fn: Callable[..., Any]) -> Callable[..., Any]:
    async def tracked(*args: Any, **kwargs: Any) -> Any:
        global _busy
        _busy += 1
        try:
            return await fn(*args, **kwargs)
        finally:
            _busy -= 1

    return tracked


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    """See the module docstring. ``time()`` starts at 0."""

    def __init__(self) -> None:
        super().__init__()
        self._now = 0.0
        selector: selectors.BaseSelector = self._selector  # type: ignore[attr-defined]
        real_select = selector.select

        def select(timeout: float | None = None) -> list[Any]:
            if timeout is not None and timeout <= 0:
                return real_select(timeout)
            if timeout is None or _busy:
                return real_select(None if timeout is None else min(timeout, 0.05))
            events = real_select(0)
            if not events:
                self._now += timeout  # idle until the next timer: skip the wait
            return events

        selector.select = select  # type: ignore[method-assign]

    def time(self) -> float:
        return self._now

    def run_in_executor(self, executor: Any, func: Callable[..., Any], *args: Any) -> Any:
        global _busy
        future = super().run_in_executor(executor, func, *args)
        _busy += 1

        def done(_: object) -> None:
            global _busy
            _busy -= 1

        future.add_done_callback(done)
        return future


def _postgres_calls() -> list[tuple[Any, str]]:
    import asyncpg.connect_utils
    import asyncpg.connection

    conn = asyncpg.connection.Connection
    calls = ["execute", "executemany", "fetch", "fetchrow", "fetchval", "reset", "close"]
    return [(conn, name) for name in calls] + [(asyncpg.connect_utils, "_connect_addr")]


@contextmanager
def virtual_time() -> Iterator[VirtualTimeLoop]:
    """A virtual-time loop, with database calls (aiosqlite's thread, asyncpg's statements)
    counted as busy; closed after."""
    real = aiosqlite.Connection._execute
    aiosqlite.Connection._execute = _track(real)  # type: ignore[method-assign]
    # PostgreSQL (pytest --backend=postgres): a statement or a connection in progress is
    # busy too, or the clock would jump to asyncpg's own timeouts while PostgreSQL works.
    patched = [(owner, name, getattr(owner, name)) for owner, name in _postgres_calls()]
    for owner, name, fn in patched:
        setattr(owner, name, _track(fn))
    loop = VirtualTimeLoop()
    try:
        yield loop
    finally:
        aiosqlite.Connection._execute = real  # type: ignore[method-assign]
        for owner, name, fn in patched:
            setattr(owner, name, fn)
        loop.run_until_complete(loop.shutdown_asyncgens())
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()
