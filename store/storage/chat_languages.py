"""The language each chat is answered in: vi, en or ru, set with /ngonngu (/language).

A chat without a stored language gets its default from the caller (a private user's
Telegram ``language_code``, else Vietnamese).
"""

from __future__ import annotations

import sqlite3

from store.storage.db import Store

LANGUAGES = ("vi", "en", "ru")


async def get_language(store: Store, chat_id: int) -> str | None:
    row = await (
        await store.conn.execute("SELECT lang FROM chat_languages WHERE chat_id = ?", (chat_id,))
    ).fetchone()
    return row[0] if row is not None else None


async def set_language(store: Store, chat_id: int, lang: str, by_user: int | None = None) -> None:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language: {lang}")

    def write(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO chat_languages(chat_id, lang, set_by) VALUES (?,?,?)"
            " ON CONFLICT(chat_id) DO UPDATE SET lang=excluded.lang, set_by=excluded.set_by,"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (chat_id, lang, by_user),
        )

    await store.atomic(write)


def move_language(conn: sqlite3.Connection, old_id: int, new_id: int) -> bool:
    """A group that became a supergroup keeps its language (inside ``migrate_chat``)."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO chat_languages(chat_id, lang, set_by, updated_at)"
        " SELECT ?, lang, set_by, updated_at FROM chat_languages WHERE chat_id = ?",
        (new_id, old_id),
    )
    return cur.rowcount > 0
