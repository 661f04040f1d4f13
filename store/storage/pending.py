"""Conversation state in the database: what an admin is in the middle of (a /them preview
awaiting «Lưu», a correction awaiting its value or its confirmation).

Kept here rather than in process memory so that with several replicas the button pressed
on one finishes what another started. A row is (kind, key) → user, JSON payload and the
wall-clock time it was made; rows older than the caller's time-to-live count as gone.
Taking a row (``take``) deletes it in the same statement, so of two presses, on one
replica or two, exactly one gets it.
"""

from __future__ import annotations

from dataclasses import dataclass

from store.storage.db import Store


@dataclass(frozen=True)
class State:
    user_id: int
    payload: str  # JSON
    created: float  # Unix time


async def put(
    store: Store, kind: str, key: str, user_id: int, payload: str, now: float, keep: int
) -> None:
    """Store (or replace) a row; only the ``keep`` newest rows of the kind stay."""

    def write(c) -> None:  # noqa: ANN001 - a sqlite3 or PostgreSQL connection
        c.execute("DELETE FROM conversation_state WHERE kind = ? AND key = ?", (kind, key))
        c.execute(
            "INSERT INTO conversation_state(kind, key, user_id, payload, created)"
            " VALUES (?, ?, ?, ?, ?)",
            (kind, key, user_id, payload, now),
        )
        c.execute(
            "DELETE FROM conversation_state WHERE kind = ? AND key NOT IN (SELECT key FROM"
            " conversation_state WHERE kind = ? ORDER BY created DESC, key LIMIT ?)",
            (kind, kind, keep),
        )

    await store.atomic(write)


async def get(store: Store, kind: str, key: str, since: float) -> State | None:
    """The row, unless it was made before ``since`` (expired)."""
    row = await (
        await store.conn.execute(
            "SELECT user_id, payload, created FROM conversation_state"
            " WHERE kind = ? AND key = ? AND created >= ?",
            (kind, key, since),
        )
    ).fetchone()
    return State(int(row[0]), row[1], float(row[2])) if row else None


async def take(store: Store, kind: str, key: str, since: float) -> State | None:
    """The row, deleted as it is read (None when another took it first, or expired)."""

    def write(c) -> State | None:  # noqa: ANN001
        row = c.execute(
            "DELETE FROM conversation_state WHERE kind = ? AND key = ?"
            " RETURNING user_id, payload, created",
            (kind, key),
        ).fetchone()
        if row is None or float(row[2]) < since:
            return None
        return State(int(row[0]), row[1], float(row[2]))

    return await store.atomic(write)


async def count(store: Store, kind: str, since: float) -> int:
    row = await (
        await store.conn.execute(
            "SELECT count(*) FROM conversation_state WHERE kind = ? AND created >= ?",
            (kind, since),
        )
    ).fetchone()
    return int(row[0])


async def forget(store: Store, before: float) -> None:
    """Drop expired rows of every kind."""
    await store.atomic(
        lambda c: c.execute("DELETE FROM conversation_state WHERE created < ?", (before,))
    )
