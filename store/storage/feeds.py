"""The feed registry in the database: feeds with their polling state, and the entries each
poll has handled. Polling itself (fetching, parsing, relevance) is
``store.services.feeds``; nothing here touches the network.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from store.storage.db import Store
from store.storage.dedup import normalize_url


def iso(t: datetime | None) -> str | None:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z" if t else None


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@dataclass
class Feed:
    id: int
    url: str
    title: str | None
    interval_min: int
    etag: str | None = None
    last_modified: str | None = None
    added_at: str | None = None
    last_poll_at: str | None = None
    last_ok_at: str | None = None
    last_status: str | None = None  # ok | not-modified | error
    last_error: str | None = None  # Vietnamese reason of the last failure
    errors: int = 0  # consecutive failures (backoff)
    next_poll_at: str | None = None  # not before this time (backoff)
    articles_added: int = 0
    meetings_added: int = 0
    poll_owner: str | None = None  # the replica that leased the current interval's poll
    poll_until: str | None = None

    def public(self) -> dict[str, Any]:
        data = asdict(self)
        del data["etag"], data["last_modified"], data["poll_owner"], data["poll_until"]
        return data

    def due(self, now: datetime) -> bool:
        """Whether a scheduled poll may run now (a backing-off feed waits)."""
        wait = parse_iso(self.next_poll_at)
        return wait is None or wait <= now + timedelta(seconds=60)


def _feed(row: sqlite3.Row) -> Feed:
    return Feed(**dict(row))


async def insert_feed(store: Store, url: str, interval_min: int) -> int:
    def write(conn: sqlite3.Connection) -> int:
        cur = conn.execute(
            "INSERT INTO feeds(url, interval_min) VALUES (?, ?)", (url, interval_min)
        )
        return int(cur.lastrowid or 0)

    return await store.atomic(write)


async def set_interval(store: Store, feed_id: int, interval_min: int) -> None:
    def write(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE feeds SET interval_min = ? WHERE id = ?", (interval_min, feed_id))

    await store.atomic(write)


async def set_title(store: Store, feed_id: int, title: str) -> None:
    """A title from elsewhere (an OPML outline) until the feed names itself."""

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE feeds SET title = coalesce(title, ?) WHERE id = ?", (title, feed_id))

    await store.atomic(write)


async def list_feeds(store: Store) -> list[Feed]:
    rows = await (await store.conn.execute("SELECT * FROM feeds ORDER BY id")).fetchall()
    return [_feed(r) for r in rows]


async def get_feed(store: Store, key: str | int) -> Feed | None:
    """A feed by id, exact URL or normalised URL."""
    if isinstance(key, int) or str(key).strip().lstrip("#").isdigit():
        feed_id = key if isinstance(key, int) else int(str(key).strip().lstrip("#"))
        row = await (
            await store.conn.execute("SELECT * FROM feeds WHERE id = ?", (feed_id,))
        ).fetchone()
        return _feed(row) if row else None
    key = str(key).strip()
    row = await (await store.conn.execute("SELECT * FROM feeds WHERE url = ?", (key,))).fetchone()
    if row:
        return _feed(row)
    if key.lower().startswith(("http://", "https://")):
        norm = normalize_url(key)
        for feed in await list_feeds(store):
            if normalize_url(feed.url) == norm:
                return feed
    return None


async def delete_feed(store: Store, feed_id: int) -> None:
    """Forget a feed and its handled entries; the articles it brought stay."""

    def write(conn: sqlite3.Connection) -> None:
        conn.execute("DELETE FROM feed_entries WHERE feed_id = ?", (feed_id,))
        conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    await store.atomic(write)


async def feed_stats(store: Store) -> dict[str, Any]:
    """Counts and the last poll, for /thongke, /nguon and `feeds list`."""
    feeds = await list_feeds(store)
    polls = [f.last_poll_at for f in feeds if f.last_poll_at]
    oks = [f.last_ok_at for f in feeds if f.last_ok_at]
    return {
        "feeds": len(feeds),
        "failing": sum(1 for f in feeds if f.errors),
        "last_poll_at": max(polls) if polls else None,
        "last_ok_at": max(oks) if oks else None,
        "articles_added": sum(f.articles_added for f in feeds),
        "meetings_added": sum(f.meetings_added for f in feeds),
        "per_feed": [f.public() for f in feeds],
    }


async def claim_poll(
    store: Store, feed_id: int, owner: str, now: datetime, until: datetime
) -> bool:
    """Lease this interval's scheduled poll of a feed to ``owner``: True for the one
    replica that gets it, False while another's lease runs (one poll per interval however
    many replicas run the same job; a dead replica's lease simply runs out)."""

    def write(conn: sqlite3.Connection) -> bool:
        cur = conn.execute(
            "UPDATE feeds SET poll_owner=?, poll_until=? WHERE id=?"
            " AND (poll_until IS NULL OR poll_until <= ? OR poll_owner = ?)",
            (owner, iso(until), feed_id, iso(now), owner),
        )
        return cur.rowcount > 0

    return await store.atomic(write)


async def record_failure(
    store: Store, feed_id: int, now: datetime, reason: str, errors: int, next_poll_at: str | None
) -> None:
    def write(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE feeds SET last_poll_at=?, last_status='error', last_error=?, errors=?,"
            " next_poll_at=? WHERE id=?",
            (iso(now), reason, errors, next_poll_at, feed_id),
        )

    await store.atomic(write)


async def record_success(
    store: Store,
    feed_id: int,
    now: datetime,
    *,
    status: str,
    title: str | None,
    etag: str | None,
    modified: str | None,
    articles: int,
    meetings: int,
) -> None:
    def write(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE feeds SET title=coalesce(?, title), etag=?, last_modified=?, last_poll_at=?,"
            " last_ok_at=?, last_status=?, last_error=NULL, errors=0, next_poll_at=NULL,"
            " articles_added=articles_added+?, meetings_added=meetings_added+? WHERE id=?",
            (title, etag, modified, iso(now), iso(now), status, articles, meetings, feed_id),
        )

    await store.atomic(write)


async def entry_seen(store: Store, feed_id: int, key: str) -> tuple[str, int] | None:
    """(status, attempts) of an entry an earlier poll handled."""
    row = await (
        await store.conn.execute(
            "SELECT status, attempts FROM feed_entries WHERE feed_id = ? AND entry_key = ?",
            (feed_id, key),
        )
    ).fetchone()
    return (row["status"], row["attempts"]) if row else None


async def mark_entry(
    store: Store, feed_id: int, key: str, url: str, status: str, reason: str | None = None
) -> None:
    def write(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO feed_entries(feed_id, entry_key, url, status, reason) VALUES (?,?,?,?,?)"
            " ON CONFLICT(feed_id, entry_key) DO UPDATE SET status=excluded.status,"
            " reason=excluded.reason, url=excluded.url, attempts=feed_entries.attempts+1,"
            " seen_at=excluded.seen_at",
            (feed_id, key, url, status, reason),
        )

    await store.atomic(write)
