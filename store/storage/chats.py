"""Chats the bot is in: membership as Telegram reports it, kept in the meeting database.

The Telegram surface translates ``my_chat_member`` updates into plain values (chat id,
type, the bot's old and new status) and calls ``record_membership``; digests and admin
statistics read ``get_chat`` / ``list_chats``. Nothing here imports Telegram.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

from store.storage.chat_languages import move_language
from store.storage.db import Store
from store.storage.subscriptions import move_subscription

# The bot's statuses in which it is in the chat and can be talked to.
PRESENT = frozenset({"creator", "administrator", "member", "restricted"})


@dataclass(frozen=True)
class ChatRecord:
    chat_id: int
    type: str
    title: str | None
    username: str | None
    status: str
    active: bool
    migrated_to: int | None
    first_seen: str
    updated_at: str


def present(status: str, is_member: bool = True) -> bool:
    """Whether the bot is in the chat with this status."""
    return status in PRESENT and (status != "restricted" or is_member)


def membership_event(
    chat_type: str,
    old_status: str,
    new_status: str,
    is_member: bool = True,
    was_member: bool = True,
) -> str:
    """Name the change of the bot's own status in a chat.

    In a private chat "kicked" means the user blocked the bot; in groups "left" and
    "kicked" mean it was removed. A restricted bot may or may not still be a member.
    """
    was = present(old_status, was_member)
    now = present(new_status, is_member)
    if chat_type == "private":
        if new_status == "kicked":
            return "blocked"
        if old_status == "kicked" and now:
            return "unblocked"
        return "started" if now else "left"
    if now and not was:
        return "added"
    if was and not now:
        return "removed"
    if new_status == "administrator" and old_status != "administrator":
        return "promoted"
    if old_status == "administrator" and new_status != "administrator":
        return "demoted"
    return "changed"


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"


def _at(when: datetime | None) -> str:
    if when is None:
        return _now()
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


T = TypeVar("T")


async def _atomic(store: Store, fn: Callable[[sqlite3.Connection], T]) -> T:
    return await store.atomic(fn)


def _upsert(
    conn: sqlite3.Connection,
    chat_id: int,
    chat_type: str,
    title: str | None,
    username: str | None,
    status: str,
    active: bool,
) -> None:
    conn.execute(
        "INSERT INTO chats(chat_id, type, title, username, status, active) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(chat_id) DO UPDATE SET type=excluded.type,"
        " title=coalesce(excluded.title, chats.title), username=coalesce(excluded.username, chats.username),"
        " status=excluded.status, active=excluded.active,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        (chat_id, chat_type, title, username, status, int(active)),
    )


def _log(
    conn: sqlite3.Connection,
    chat_id: int,
    event: str,
    status: str | None,
    by_user: int | None,
    at: str,
) -> None:
    conn.execute(
        "INSERT INTO chat_events(chat_id, event, status, by_user, at) VALUES (?,?,?,?,?)",
        (chat_id, event, status, by_user, at),
    )


async def record_membership(
    store: Store,
    *,
    chat_id: int,
    chat_type: str,
    old_status: str,
    new_status: str,
    is_member: bool = True,
    was_member: bool = True,
    title: str | None = None,
    username: str | None = None,
    by_user: int | None = None,
    when: datetime | None = None,
) -> str:
    """Store the bot's new status in a chat and log the event; returns the event name."""
    event = membership_event(chat_type, old_status, new_status, is_member, was_member)
    active = present(new_status, is_member)
    at = _at(when)

    def write(conn: sqlite3.Connection) -> None:
        _upsert(conn, chat_id, chat_type, title, username, new_status, active)
        _log(conn, chat_id, event, new_status, by_user, at)

    await _atomic(store, write)
    return event


async def touch_chat(
    store: Store,
    *,
    chat_id: int,
    chat_type: str,
    title: str | None = None,
    username: str | None = None,
    by_user: int | None = None,
) -> bool:
    """Note a chat that talks to the bot (e.g. /start); returns True when it is new or was inactive."""
    at = _now()

    def write(conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT active FROM chats WHERE chat_id = ?", (chat_id,)).fetchone()
        if row is not None and row[0]:
            return False
        _upsert(conn, chat_id, chat_type, title, username, "member", True)
        _log(conn, chat_id, "started", "member", by_user, at)
        return True

    return await _atomic(store, write)


async def migrate_chat(store: Store, old_id: int, new_id: int) -> bool:
    """A group became a supergroup: the new id inherits the chat's record, subscription and
    undelivered digest; the old record points to the new one. The one place a migration is
    stored, whether Telegram announced it or a send was refused with ``ChatMigrated``.

    Telegram reports a migration twice (in the old and the new chat); the second is a no-op.
    Returns whether anything changed.
    """
    at = _now()

    def write(conn: sqlite3.Connection) -> bool:
        moved = move_subscription(conn, old_id, new_id)
        moved = move_language(conn, old_id, new_id) or moved
        return _move_record(conn, old_id, new_id, at) or moved

    return await _atomic(store, write)


def _move_record(conn: sqlite3.Connection, old_id: int, new_id: int, at: str) -> bool:
    cur = conn.execute(
        "SELECT title, username, status, active, migrated_to FROM chats WHERE chat_id = ?",
        (old_id,),
    )
    row = cur.fetchone()
    if row is not None and row[4] == new_id:
        return False
    if row is not None:
        _upsert(conn, new_id, "supergroup", row[0], row[1], row[2], bool(row[3]))
    else:
        conn.execute(
            "INSERT OR IGNORE INTO chats(chat_id, type, status, active) VALUES (?, 'supergroup', 'member', 1)",
            (new_id,),
        )
    conn.execute(
        "INSERT INTO chats(chat_id, type, status, active, migrated_to) VALUES (?, 'group', 'left', 0, ?)"
        " ON CONFLICT(chat_id) DO UPDATE SET active=0, status='left', migrated_to=excluded.migrated_to,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        (old_id, new_id),
    )
    _log(conn, old_id, "migrated", "left", None, at)
    _log(conn, new_id, "migrated", None, None, at)
    return True


def _record(row: object) -> ChatRecord:
    r = row  # aiosqlite.Row
    return ChatRecord(
        chat_id=r["chat_id"],  # type: ignore[index]
        type=r["type"],  # type: ignore[index]
        title=r["title"],  # type: ignore[index]
        username=r["username"],  # type: ignore[index]
        status=r["status"],  # type: ignore[index]
        active=bool(r["active"]),  # type: ignore[index]
        migrated_to=r["migrated_to"],  # type: ignore[index]
        first_seen=r["first_seen"],  # type: ignore[index]
        updated_at=r["updated_at"],  # type: ignore[index]
    )


async def get_chat(store: Store, chat_id: int) -> ChatRecord | None:
    row = await (
        await store.conn.execute("SELECT * FROM chats WHERE chat_id = ?", (chat_id,))
    ).fetchone()
    return _record(row) if row is not None else None


async def list_chats(store: Store, active_only: bool = False) -> list[ChatRecord]:
    sql = "SELECT * FROM chats" + (" WHERE active = 1" if active_only else "") + " ORDER BY chat_id"
    return [_record(r) for r in await (await store.conn.execute(sql)).fetchall()]


async def chat_events(store: Store, chat_id: int) -> list[tuple[str, str | None, int | None, str]]:
    """(event, status, by_user, at) for one chat, oldest first."""
    rows = await (
        await store.conn.execute(
            "SELECT event, status, by_user, at FROM chat_events WHERE chat_id = ? ORDER BY id",
            (chat_id,),
        )
    ).fetchall()
    return [(r["event"], r["status"], r["by_user"], r["at"]) for r in rows]


async def count_chats(store: Store) -> dict[str, int]:
    """Active chats by type (for admin statistics)."""
    rows = await (
        await store.conn.execute(
            "SELECT type, count(*) AS n FROM chats WHERE active = 1 GROUP BY type"
        )
    ).fetchall()
    return {r["type"]: r["n"] for r in rows}
