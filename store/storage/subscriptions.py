"""Daily digest subscriptions in the database: who gets which digest when, and the
delivery log (outbox).

A subscription belongs to a chat (private or group, optionally one forum topic of it): how
often (daily, weekly, or an instant alert as soon as news is stored), a local time in the
chat's time zone, the days of the week, topic filters and whether an empty day still
sends "không có gì mới". Its ``cursor`` is the meeting insertion number
(``meetings.seq``) covered by the last message Telegram confirmed, so each digest holds
exactly the meetings added since.

Delivery is an outbox: composing a digest writes its messages as ``pending`` rows (and
marks the schedule slot as handled) in one transaction; before each send the row becomes
``sending``; after Telegram confirms it, ``sent`` and the cursor moves in one transaction.
A crash therefore loses nothing (pending/sending rows are sent at restart) and repeats at
most a message that was ``sending`` when the process died. The outbox also keeps what
pacing needs after a restart: when each message was confirmed (``sent_at``), which were in
flight, and until when Telegram asked the bot to wait (``retry_at``).

Every multi-statement change runs as one transaction inside the database thread
(``_atomic``), so it can neither interleave with nor be committed or rolled back by other
coroutines that share the store's connection. Nothing here imports Telegram.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import TypeVar

from store.language.localtime import DEFAULT_TZ
from store.language.subscription import (
    ALL_DAYS,
    WEEKLY,
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


@functools.lru_cache(maxsize=1024)
def _filters(raw: str) -> Filters:
    """Stored filters, parsed once per distinct text (most chats share a few)."""
    return Filters.from_public(json.loads(raw))


def _subscription(row: sqlite3.Row) -> Subscription:
    return Subscription(
        chat_id=row["chat_id"],
        chat_type=row["chat_type"],
        time=row["time"],
        tz=row["tz"],
        days=tuple(int(d) for d in row["days"]),
        mode=row["mode"],
        thread_id=row["thread_id"],
        filters=_filters(row["filters"]),
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


def _days_for(
    mode: str, old: Subscription, weekday: int | None, days: Iterable[int] | None
) -> tuple[int, ...]:
    """The days a frequency implies: a weekly digest has exactly one (Monday unless given)."""
    if mode == WEEKLY:
        if weekday is not None:
            return (weekday,)
        if days is not None and len(set(days)) == 1:
            return tuple(set(days))
        return old.days if old.mode == WEEKLY and len(old.days) == 1 else (0,)
    if days is not None:
        return tuple(sorted(set(days)))
    return ALL_DAYS if old.mode == WEEKLY else old.days


def _write(conn: sqlite3.Connection, sub: Subscription, last_slot: str | None) -> None:
    conn.execute(
        "INSERT INTO subscriptions(chat_id, chat_type, time, tz, days, filters, send_empty, active,"
        " cursor, last_slot, failures, reason, mode, thread_id)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
        " ON CONFLICT(chat_id) DO UPDATE SET chat_type=excluded.chat_type, time=excluded.time,"
        " tz=excluded.tz, days=excluded.days, filters=excluded.filters,"
        " send_empty=excluded.send_empty, active=excluded.active, cursor=excluded.cursor,"
        " last_slot=excluded.last_slot, failures=excluded.failures, reason=excluded.reason,"
        " mode=excluded.mode, thread_id=excluded.thread_id,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
        (
            sub.chat_id,
            sub.chat_type,
            sub.time,
            sub.tz,
            "".join(str(d) for d in sub.days),
            json.dumps(sub.filters.public(), ensure_ascii=False),
            int(sub.send_empty),
            int(sub.active),
            sub.cursor,
            last_slot,
            sub.failures,
            sub.reason,
            sub.mode,
            sub.thread_id,
        ),
    )


def _schedule(sub: Subscription) -> tuple[object, ...]:
    return (sub.mode, sub.time, sub.days, sub.tz)


async def subscribe(
    store: Store,
    chat_id: int,
    chat_type: str = "private",
    *,
    at: str | None = None,
    filters: Filters | None = None,
    tz: str = DEFAULT_TZ,
    mode: str | None = None,
    weekday: int | None = None,
    thread_id: int | None = None,
    fresh: bool = True,
    now: datetime | None = None,
) -> tuple[Subscription, bool]:
    """Create or (re)activate a chat's subscription; what is given replaces the old.

    ``thread_id`` is the forum topic the request came from (None: the chat itself); the
    digest goes there. A chat that had unsubscribed (or was stopped) starts fresh — the
    defaults plus what is given — unless ``fresh`` is False (the settings' "turn back on"
    button resumes the old settings). Returns the subscription and whether it was newly
    started (new or reactivated), in which case the digest starts from the meetings added
    from now on.
    """
    now = now or utc_now()

    def tx(conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()
        old = _subscription(row) if row is not None else None
        started = old is None or not old.active
        if old is None or (started and fresh):
            base = Subscription(chat_id=chat_id, chat_type=chat_type, tz=tz)
        else:
            base = old
        new_mode = mode or base.mode
        sub = replace(
            base,
            chat_type=chat_type,
            time=at or base.time,
            filters=base.filters if filters is None else filters,
            mode=new_mode,
            days=_days_for(new_mode, base, weekday, None),
            thread_id=thread_id,
            active=True,
            failures=0,
            reason=None,
            cursor=_max_seq(conn) if started else base.cursor,
            last_slot=None if started else base.last_slot,
        )
        moved = started or _schedule(sub) != _schedule(base)
        _write(conn, sub, _handled_slot(sub, now) if moved else row["last_slot"])
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
    tz: str | None = None,
    mode: str | None = None,
    now: datetime | None = None,
) -> Subscription | None:
    """Change settings of an existing subscription; None when there is none."""
    now = now or utc_now()

    def tx(conn: sqlite3.Connection) -> bool:
        row = conn.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()
        if row is None:
            return False
        old = _subscription(row)
        new_mode = mode or old.mode
        sub = replace(
            old,
            time=at or old.time,
            tz=tz or old.tz,
            mode=new_mode,
            days=_days_for(new_mode, old, None, days),
            filters=old.filters if filters is None else filters,
            send_empty=old.send_empty if send_empty is None else send_empty,
        )
        changed = _schedule(sub) != _schedule(old)
        _write(conn, sub, _handled_slot(sub, now) if changed else row["last_slot"])
        return True

    if not await _atomic(store, tx):
        return None
    return await get_subscription(store, chat_id)


async def forget_thread(store: Store, chat_id: int) -> None:
    """The forum topic was deleted: deliver to the chat itself from now on."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE subscriptions SET thread_id=NULL WHERE chat_id=?", (chat_id,))
        conn.execute(
            "UPDATE digest_outbox SET thread_id=NULL WHERE chat_id=? AND state IN ('pending', 'sending')",
            (chat_id,),
        )

    await _atomic(store, tx)


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


async def record_strike(store: Store, chat_id: int) -> int:
    """One more transient failure to reach a chat (timeouts, 5xx); a success clears the
    count. Diagnostics only: a transient failure never stops a digest. Returns the count."""

    def tx(conn: sqlite3.Connection) -> int:
        conn.execute("UPDATE subscriptions SET failures = failures + 1 WHERE chat_id=?", (chat_id,))
        row = conn.execute(
            "SELECT failures FROM subscriptions WHERE chat_id=?", (chat_id,)
        ).fetchone()
        return int(row[0]) if row else 0

    return await _atomic(store, tx)


@dataclass(frozen=True)
class OutboxRow:
    id: int
    chat_id: int
    slot: str
    kind: str  # scheduled | manual | alert
    part: int
    parts: int
    text: str
    items: tuple[tuple[str, str], ...]
    cursor_to: int
    state: str
    attempts: int
    message_id: int | None
    error: str | None
    thread_id: int | None = None  # the forum topic it goes to

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
        thread_id=row["thread_id"],
    )


async def record_digest(
    store: Store,
    sub: Subscription,
    slot: datetime,
    messages: Sequence[DigestMessage],
    *,
    kind: str = "scheduled",
    skip_cursor: int | None = None,
    claim: Claim | None = None,
) -> list[OutboxRow]:
    """Write a composed digest's messages as pending and mark a scheduled slot handled —
    one transaction, so a slot is never both skipped and unsent.

    With no messages (nothing new, nothing to say) the slot is marked handled and the
    cursor moves to ``skip_cursor`` (the non-matching meetings it looked at). A scheduled
    slot or an alert's range of meetings is a period, composed once per chat: its key in
    ``digest_periods`` makes a second composer (another replica) insert nothing. ``claim``
    leases the new rows to their composer, who sends them next.
    Returns the new rows; none if the slot was already handled (another run got there first).
    """
    slot_iso = iso(slot)
    if kind == "scheduled":
        period: str | None = slot_iso
    elif kind == "alert":
        period = f"alert:{sub.cursor}-{max((m.cursor_to for m in messages), default=skip_cursor)}"
    else:
        period = None  # asked for by hand: every request is its own

    def tx(conn: sqlite3.Connection) -> list[int]:
        row = conn.execute(
            "SELECT last_slot, active, cursor FROM subscriptions WHERE chat_id=?", (sub.chat_id,)
        ).fetchone()
        if row is None or not row["active"] or row["cursor"] != sub.cursor:
            return []
        if period is not None:
            claimed = conn.execute(
                "INSERT OR IGNORE INTO digest_periods(chat_id, period) VALUES (?, ?)",
                (sub.chat_id, period),
            )
            if claimed.rowcount == 0:
                return []  # composed already (another replica, or a run before a restart)
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
                "INSERT INTO digest_outbox(chat_id, slot, kind, part, parts, text, items,"
                " cursor_to, thread_id, claimed_by, lease_until) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    sub.chat_id,
                    slot_iso,
                    kind,
                    part,
                    len(messages),
                    message.text,
                    json.dumps([list(i) for i in message.items], ensure_ascii=False),
                    message.cursor_to,
                    sub.thread_id,
                    claim.owner if claim else None,
                    iso(claim.until) if claim else None,
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


@dataclass(frozen=True)
class Claim:
    """A lease on outbox rows: ``owner`` (a replica) sends them; nobody else before ``until``."""

    owner: str
    until: datetime


@dataclass(frozen=True)
class Held:
    """A chat's open rows are leased to another replica until ``until``."""

    owner: str
    until: datetime


async def claim_open(
    store: Store, chat_id: int, claim: Claim, now: datetime
) -> list[OutboxRow] | Held:
    """Lease a chat's undelivered messages to ``claim.owner`` and return them in order —
    or ``Held`` when another replica holds them (its lease still runs, or it is claiming
    them this instant). A dead replica's lease runs out and its rows pass to the next
    claimant; only a message it had in flight is sent twice.

    The rows are locked ``FOR UPDATE SKIP LOCKED`` on PostgreSQL (SQLite has one writer:
    the comment is all it sees), so two claimants never wait on each other nor both win.
    """

    def tx(conn: sqlite3.Connection) -> list[int] | Held:
        rows = conn.execute(
            "SELECT id, claimed_by, lease_until FROM digest_outbox WHERE chat_id=?"
            " AND state IN ('pending', 'sending') ORDER BY slot, part /*SKIP LOCKED*/",
            (chat_id,),
        ).fetchall()
        (total,) = conn.execute(
            "SELECT count(*) FROM digest_outbox WHERE chat_id=? AND state IN ('pending', 'sending')",
            (chat_id,),
        ).fetchone()
        if len(rows) < total:  # some are locked by a claim in progress elsewhere
            return Held("?", now + timedelta(seconds=1))
        for row in rows:
            until = parse_iso(row["lease_until"])
            if row["claimed_by"] not in (None, claim.owner) and until is not None and until > now:
                return Held(row["claimed_by"], until)
        ids = [int(r["id"]) for r in rows]
        if ids:
            marks = ",".join("?" * len(ids))
            conn.execute(
                f"UPDATE digest_outbox SET claimed_by=?, lease_until=? WHERE id IN ({marks})",
                (claim.owner, iso(claim.until), *ids),
            )
        return ids

    claimed = await _atomic(store, tx)
    if isinstance(claimed, Held):
        return claimed
    return await open_rows(store, chat_id)


async def chats_with_open_rows(store: Store) -> list[int]:
    rows = await (
        await store.conn.execute(
            "SELECT chat_id, min(id) AS first FROM digest_outbox WHERE state IN ('pending', 'sending')"
            " GROUP BY chat_id ORDER BY first"
        )
    ).fetchall()
    return [r["chat_id"] for r in rows]


async def mark_sending(store: Store, row_id: int, claim: Claim | None = None) -> None:
    """The intent: this message is about to go to Telegram (committed before the send);
    the sender's lease on it is renewed."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE digest_outbox SET state='sending', attempts=attempts+1,"
            " claimed_by=coalesce(?, claimed_by), lease_until=coalesce(?, lease_until),"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id=?",
            (claim.owner if claim else None, iso(claim.until) if claim else None, row_id),
        )

    await _atomic(store, tx)


async def mark_sent(
    store: Store,
    row: OutboxRow,
    chat_id: int,
    message_id: int | None,
    at: datetime | None = None,
) -> None:
    """Telegram confirmed the message: log it (sent ``at``, the sender's clock) and move
    the chat's cursor, atomically."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE digest_outbox SET state='sent', message_id=?, error=NULL, retry_at=NULL,"
            " sent_at=?, updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id=?",
            (message_id, iso(at or utc_now()), row.id),
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
            "UPDATE digest_outbox SET state=?, error=?, claimed_by=NULL, lease_until=NULL,"
            " updated_at=strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id=?",
            (state, error[:500], row_id),
        )

    await _atomic(store, tx)


async def mark_retry(store: Store, row_id: int, error: str, until: datetime | None = None) -> None:
    """A request for this message failed and will be made again (``attempts`` counts the
    requests); after a 429 nothing may be sent before ``until`` (kept for a restart)."""

    def tx(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE digest_outbox SET attempts=attempts+1, error=?,"
            " retry_at=coalesce(?, retry_at) WHERE id=?",
            (error[:500], iso(until) if until else None, row_id),
        )

    await _atomic(store, tx)


async def flood_wait_until(store: Store, now: datetime) -> datetime | None:
    """The end of a flood wait Telegram imposed that is still running, if any."""
    row = await (
        await store.conn.execute(
            "SELECT max(retry_at) FROM digest_outbox WHERE retry_at > ?", (iso(now),)
        )
    ).fetchone()
    return parse_iso(row[0]) if row and row[0] else None


async def recent_sends(store: Store, since: datetime) -> list[int]:
    """The chat of every request that may have reached Telegram after ``since``: for each
    message confirmed since then, or in flight when the last process stopped, one entry
    per request made for it (a 429 or a timeout counts too)."""
    rows = await (
        await store.conn.execute(
            "SELECT chat_id, attempts FROM digest_outbox WHERE state='sending' OR sent_at >= ?",
            (iso(since),),
        )
    ).fetchall()
    return [r[0] for r in rows for _ in range(max(1, min(int(r[1]), 20)))]


async def sends_by_others(
    store: Store, since: datetime, owner: str
) -> list[tuple[int, datetime | None]]:
    """(chat, when) of every request other senders may have made since ``since``: each
    message they had confirmed by then (at its ``sent_at``), and each still in flight
    (``None``: as if sent now) — what a replica taking over the sending must count."""
    rows = await (
        await store.conn.execute(
            "SELECT chat_id, attempts, sent_at, state FROM digest_outbox"
            " WHERE (state='sending' OR sent_at >= ?) AND claimed_by IS NOT ?",
            (iso(since), owner),
        )
    ).fetchall()
    out: list[tuple[int, datetime | None]] = []
    for r in rows:
        when = None if r["state"] == "sending" else parse_iso(r["sent_at"])
        out += [(int(r["chat_id"]), when)] * max(1, min(int(r["attempts"]), 20))
    return out


async def instant_due(store: Store) -> list[int]:
    """Active instant-alert chats with meetings stored after their cursor."""
    rows = await (
        await store.conn.execute(
            "SELECT chat_id FROM subscriptions WHERE active=1 AND mode='instant'"
            " AND cursor < (SELECT coalesce(max(seq), 0) FROM meetings) ORDER BY chat_id"
        )
    ).fetchall()
    return [r[0] for r in rows]


# ----------------------------------------------------------------- meetings for digests


async def meeting_rows(store: Store, after: int, upto: int) -> list[sqlite3.Row]:
    """(seq, id, folded) of the meetings stored after ``after`` up to ``upto``, in order."""
    return await (
        await store.conn.execute(
            "SELECT seq, id, unpack_search(folded_z) AS folded FROM meetings"
            " WHERE seq > ? AND seq <= ? ORDER BY seq",
            (after, upto),
        )
    ).fetchall()


async def dated_meeting_rows(
    store: Store, since: date | None, limit: int, until: date | None = None, offset: int = 0
) -> list[sqlite3.Row]:
    """(seq, id, folded) of meetings dated within [since, until] (any date when ``since``
    is None), newest first."""
    sql = (
        "SELECT seq, id, unpack_search(folded_z) AS folded FROM meetings WHERE date_end IS NOT NULL"
    )
    params: list[object] = []
    if since is not None:
        sql += " AND date_end >= ?"
        params.append(since.isoformat())
    if until is not None:
        sql += " AND date_start <= ?"
        params.append(until.isoformat())
    sql += " ORDER BY date_end DESC, seq DESC LIMIT ? OFFSET ?"
    params += [limit, offset]
    return await (await store.conn.execute(sql, params)).fetchall()


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
        conn.execute("DELETE FROM digest_periods WHERE created_at < ?", (cutoff,))
        return cur.rowcount

    return await _atomic(store, tx)
