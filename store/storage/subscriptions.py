"""Daily digest subscriptions in the database: who gets which digest when, and the
delivery log (outbox).

A subscription belongs to a chat (private or group): a local time, the days of the week,
topic filters and whether an empty day still sends "không có gì mới". Its ``cursor`` is
the meeting insertion number (``meetings.seq``) covered by the last digest Telegram
confirmed, so each digest holds exactly the meetings added since.

Delivery is an outbox: composing a digest writes its messages as ``pending`` rows (and
marks the schedule slot as handled) in one transaction; before each send the row becomes
``sending``; after Telegram confirms it, ``sent`` and the cursor moves in one transaction.
A crash therefore loses nothing (pending/sending rows are sent at restart) and repeats at
most a message that was ``sending`` when the process died.

Every multi-statement change runs as one transaction inside the database thread
(``_atomic``), so it can neither interleave with nor be committed or rolled back by other
coroutines that share the store's connection. Nothing here imports Telegram.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TypeVar

from store.language.localtime import DEFAULT_TZ
from store.language.subscription import (
    Filters,
    Subscription,
    iso,
    parse_iso,
    utc_now,
)
from store.storage.db import Store

log = logging.getLogger(__name__)


T = TypeVar("T")


@dataclass(frozen=True)
class DigestMessage:
    """One message of a digest: text (Telegram HTML or plain), item buttons, and how far
    the cursor may move once Telegram confirms it."""

    text: str
    items: tuple[tuple[str, str], ...]  # (button label, meeting id)
    cursor_to: int


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"],
        chat_type=row["chat_type"],
        time=row["time"],
        tz=row["tz"],
        days=tuple(int(d) for d in row["days"]),
        filters=Filters.from_public(json.loads(row["filters"])),
        send_empty=bool(row["send_empty"]),
        active=bool(row["active"]),
        cursor=row["cursor"],
        last_slot=parse_iso(row["last_slot"]),
        failures=row["failures"],
        reason=row["reason"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


async def _atomic(store: Store, fn: Callable[[sqlite3.Connection], T]) -> T:
    return await store.atomic(fn)


async def get_subscription(store: Store, chat_id: int) -> Subscription | None:
    row = await (
        await store.conn.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,))
    ).fetchone()
    return _subscription(row) if row is not None else None


async def list_subscriptions(store: Store, active_only: bool = False) -> list[Subscription]:
    sql = "SELECT * FROM subscriptions" + (" WHERE active = 1" if active_only else "")
    rows = await (await store.conn.execute(sql + " ORDER BY chat_id")).fetchall()
    return [_subscription(r) for r in rows]


def _max_seq(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM meetings").fetchone()[0])


def _handled_slot(sub: Subscription, now: datetime) -> str | None:
    """A schedule change never fires at once for a slot that already passed."""
    due = sub.due_slot(now)
    last = sub.last_slot
    latest = max((s for s in (due, last) if s is not None), default=None)
    return iso(latest) if latest else None


async def subscribe(
    store: Store,
    chat_id: int,
    chat_type: str = "private",
    *,
    at: str | None = None,
    filters: Filters | None = None,
    tz: str = DEFAULT_TZ,
    now: datetime | None = None,
) -> tuple[Subscription, bool]:
    """Create or (re)activate a chat's subscription; ``at``/``filters`` given replace the old.

    Returns the subscription and whether it was newly started (new or reactivated), in
    which case the digest starts from the meetings added from now on.
    """
    now = now or utc_now()

    def tx(conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()
        old = _subscription(row) if row is not None else None
        started = old is None or not old.active
        base = old or Subscription(chat_id=chat_id, chat_type=chat_type, tz=tz)
        sub = replace(
            base,
            chat_type=chat_type,
            time=at or base.time,
            filters=base.filters if filters is None else filters,
            cursor=_max_seq(conn) if started else base.cursor,
            last_slot=None if started else base.last_slot,
        )
        moved = started or sub.time != base.time
        conn.execute(
            "INSERT INTO subscriptions(chat_id, chat_type, time, tz, days, filters, send_empty, active,"
            " cursor, last_slot, failures, reason) VALUES (?,?,?,?,?,?,?,1,?,?,0,NULL)"
            " ON CONFLICT(chat_id) DO UPDATE SET chat_type=excluded.chat_type, time=excluded.time,"
            " filters=excluded.filters, active=1, cursor=excluded.cursor, last_slot=excluded.last_slot,"
            " failures=0, reason=NULL, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
            (
                chat_id,
                sub.chat_type,
                sub.time,
                sub.tz,
                "".join(str(d) for d in sub.days),
                json.dumps(sub.filters.public(), ensure_ascii=False),
                int(sub.send_empty),
                sub.cursor,
                _handled_slot(sub, now) if moved else row["last_slot"],
            ),
        )
        if started:  # an old digest still waiting must not arrive after a fresh start
            _expire_open(conn, chat_id, "restarted")
        return started

    started = await _atomic(store, tx)
    sub = await get_subscription(store, chat_id)
    assert sub is not None
    return sub, started


async def update_subscription(
    store: Store,
    chat_id: int,
    *,
    at: str | None = None,
    days: Iterable[int] | None = None,
    filters: Filters | None = None,
    send_empty: bool | None = None,
    now: datetime | None = None,
) -> Subscription | None:
    """Change settings of an existing subscription; None when there is none."""
    now = now or utc_now()

    def tx(conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()
        if row is None:
            return False
        old = _subscription(row)
        sub = replace(
            old,
            time=at or old.time,
            days=old.days if days is None else tuple(sorted(set(days))),
            filters=old.filters if filters is None else filters,
            send_empty=old.send_empty if send_empty is None else send_empty,
        )
        schedule_changed = (sub.time, sub.days) != (old.time, old.days)
        conn.execute(
            "UPDATE subscriptions SET time=?, days=?, filters=?, send_empty=?, last_slot=?,"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE chat_id=?",
            (
                sub.time,
                "".join(str(d) for d in sub.days),
                json.dumps(sub.filters.public(), ensure_ascii=False),
                int(sub.send_empty),
                _handled_slot(sub, now) if schedule_changed else row["last_slot"],
                chat_id,
            ),
        )
        return True

    if not await _atomic(store, tx):
        return None
    return await get_subscription(store, chat_id)


def _expire_open(conn: sqlite3.Connection, chat_id: int, why: str) -> None:
    conn.execute(
        "UPDATE digest_outbox SET state='expired', error=?, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
        " WHERE chat_id=? AND state IN ('pending', 'sending')",
        (why, chat_id),
    )


async def deactivate(store: Store, chat_id: int, reason: str = "kicked") -> bool:
    """Stop a chat's digests (unsubscribed, bot blocked or removed); True if it was active.

    Call it when ``my_chat_member`` says the bot was kicked or left the chat.
    """

    def tx(conn: sqlite3.Connection) -> bool:
        cur = conn.execute(
            "UPDATE subscriptions SET active=0, reason=?, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
            " WHERE chat_id=? AND active=1",
            (reason, chat_id),
        )
        _expire_open(conn, chat_id, reason)
        return cur.rowcount > 0

    return await _atomic(store, tx)


async def unsubscribe(store: Store, chat_id: int) -> bool:
    return await deactivate(store, chat_id, "unsubscribed")


def move_subscription(conn: sqlite3.Connection, old_id: int, new_id: int) -> bool:
    """A group became a supergroup: its subscription and undelivered digest follow it
    (part of ``store.storage.chats.migrate_chat``'s transaction).

    If the supergroup already has its own subscription, that one wins and the old one ends.
    """
    old = conn.execute("SELECT 1 FROM subscriptions WHERE chat_id=?", (old_id,)).fetchone()
    if old is None or old_id == new_id:
        return False
    if conn.execute("SELECT 1 FROM subscriptions WHERE chat_id=?", (new_id,)).fetchone():
        conn.execute(
            "UPDATE subscriptions SET active=0, reason='migrated' WHERE chat_id=?", (old_id,)
        )
        _expire_open(conn, old_id, "migrated")
        return False
    conn.execute(
        "UPDATE subscriptions SET chat_id=?, chat_type='supergroup',"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE chat_id=?",
        (new_id, old_id),
    )
    conn.execute(
        "UPDATE digest_outbox SET chat_id=? WHERE chat_id=? AND state IN ('pending', 'sending')",
        (new_id, old_id),
    )
    return True


async def record_unreachable(store: Store, chat_id: int, max_failures: int) -> bool:
    """One more failed attempt to reach a chat (blocked, kicked, not found).

    Returns True when this failure deactivated the subscription.
    """

    def tx(conn: sqlite3.Connection) -> bool:
        conn.execute("UPDATE subscriptions SET failures = failures + 1 WHERE chat_id=?", (chat_id,))
        cur = conn.execute(
            "UPDATE subscriptions SET active=0, reason='unreachable' WHERE chat_id=? AND active=1"
            " AND failures >= ?",
            (chat_id, max_failures),
        )
        if cur.rowcount:
            _expire_open(conn, chat_id, "unreachable")
        return cur.rowcount > 0

    return await _atomic(store, tx)


@dataclass(frozen=True)
class OutboxRow:
    id: int
    chat_id: int
    slot: str
    kind: str  # scheduled | manual
    part: int
    parts: int
    text: str
    items: tuple[tuple[str, str], ...]
    cursor_to: int
    state: str
    attempts: int
    message_id: int | None
    error: str | None

    @property
    def slot_time(self) -> datetime:
        when = parse_iso(self.slot)
        assert when is not None
        return when


def _outbox_row(row: sqlite3.Row) -> OutboxRow:
    return OutboxRow(
        id=row["id"],
        chat_id=row["chat_id"],
        slot=row["slot"],
        kind=row["kind"],
        part=row["part"],
        parts=row["parts"],
        text=row["text"],
        items=tuple((label, mid) for label, mid in json.loads(row["items"])),
        cursor_to=row["cursor_to"],
        state=row["state"],
        attempts=row["attempts"],
        message_id=row["message_id"],
        error=row["error"],
    )


async def record_digest(
    store: Store,
    sub: Subscription,
    slot: datetime,
    messages: Sequence[DigestMessage],
    *,
    kind: str = "scheduled",
    skip_cursor: int | None = None,
) -> list[OutboxRow]:
    """Write a composed digest's messages as pending and mark a scheduled slot handled —
    one transaction, so a slot is never both skipped and unsent.

    With no messages (nothing new, nothing to say) the slot is marked handled and the
    cursor moves to ``skip_cursor`` (the non-matching meetings it looked at).
    Returns the new rows; none if the slot was already handled (another run got there first).
    """
    slot_iso = iso(slot)

    def tx(conn: sqlite3.Connection) -> list[int]:
        row = conn.execute(
            "SELECT last_slot, active, cursor FROM subscriptions WHERE chat_id=?", (sub.chat_id,)
        ).fetchone()
        if row is None or not row["active"] or row["cursor"] != sub.cursor:
            return []
        if kind == "scheduled":
            last = parse_iso(row["last_slot"])
            if last is not None and last >= slot:
                return []
            conn.execute(
                "UPDATE subscriptions SET last_slot=? WHERE chat_id=?", (slot_iso, sub.chat_id)
            )
        if not messages and skip_cursor is not None:
            conn.execute(
                "UPDATE subscriptions SET cursor=max(cursor, ?) WHERE chat_id=?",
                (skip_cursor, sub.chat_id),
            )
        ids = []
        for part, message in enumerate(messages):
            cur = conn.execute(
                "INSERT INTO digest_outbox(chat_id, slot, kind, part, parts, text, items, cursor_to)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (
                    sub.chat_id,
                    slot_iso,
                    kind,
                    part,
                    len(messages),
                    message.text,
                    json.dumps([list(i) for i in message.items], ensure_ascii=False),
                    message.cursor_to,
                ),
            )
            ids.append(int(cur.lastrowid or 0))
        return ids

    ids = await _atomic(store, tx)
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    rows = await (
        await store.conn.execute(
            f"SELECT * FROM digest_outbox WHERE id IN ({marks}) ORDER BY part", ids
        )
    ).fetchall()
    return [_outbox_row(r) for r in rows]


async def open_rows(store: Store, chat_id: int) -> list[OutboxRow]:
    """A chat's undelivered digest messages, in the order they must arrive."""
    rows = await (
        await store.conn.execute(
            "SELECT * FROM digest_outbox WHERE chat_id=? AND state IN ('pending', 'sending')"
            " ORDER BY slot, part",
            (chat_id,),
        )
    ).fetchall()
    return [_outbox_row(r) for r in rows]


async def chats_with_open_rows(store: Store) -> list[int]:
    rows = await (
        await store.conn.execute(
            "SELECT chat_id, min(id) AS first FROM digest_outbox WHERE state IN ('pending', 'sending')"
            " GROUP BY chat_id ORDER BY first"
        )
    ).fetchall()
    return [r["chat_id"] for r in rows]


async def mark_sending(store: Store, row_id: int) -> None:
    """The intent: this message is about to go to Telegram (committed before the send)."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE digest_outbox SET state='sending', attempts=attempts+1,"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id=?",
            (row_id,),
        )

    await _atomic(store, tx)


async def mark_sent(store: Store, row: OutboxRow, chat_id: int, message_id: int | None) -> None:
    """Telegram confirmed the message: log it and move the chat's cursor, atomically."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE digest_outbox SET state='sent', message_id=?, error=NULL,"
            " sent_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now'),"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id=?",
            (message_id, row.id),
        )
        conn.execute(
            "UPDATE subscriptions SET cursor=max(cursor, ?), failures=0 WHERE chat_id=?",
            (row.cursor_to, chat_id),
        )

    await _atomic(store, tx)


async def mark_unsent(store: Store, row_id: int, state: str, error: str) -> None:
    """``pending`` (try again later), ``failed`` (give up; the meetings roll into the next
    digest because the cursor did not move) or ``expired`` (too old to send)."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE digest_outbox SET state=?, error=?, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
            " WHERE id=?",
            (state, error[:500], row_id),
        )

    await _atomic(store, tx)


async def outbox(store: Store, chat_id: int | None = None) -> list[OutboxRow]:
    """The delivery log, oldest first (tests, diagnostics)."""
    sql = "SELECT * FROM digest_outbox" + (" WHERE chat_id=?" if chat_id is not None else "")
    params: tuple[int, ...] = (chat_id,) if chat_id is not None else ()
    rows = await (await store.conn.execute(sql + " ORDER BY id", params)).fetchall()
    return [_outbox_row(r) for r in rows]


async def prune_outbox(store: Store, keep_days: int = 30, now: datetime | None = None) -> int:
    """Forget finished rows older than ``keep_days``."""
    cutoff = iso((now or utc_now()) - timedelta(days=keep_days))

    def tx(conn: sqlite3.Connection) -> int:
        cur = conn.execute(
            "DELETE FROM digest_outbox WHERE state NOT IN ('pending', 'sending') AND slot < ?",
            (cutoff,),
        )
        return cur.rowcount

    return await _atomic(store, tx)
