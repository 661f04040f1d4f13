"""Daily digest subscriptions: who gets which digest when, and the delivery log (outbox).

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

import asyncio
import html
import json
import logging
import re
import sqlite3
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from store.language.fold import fold_key
from store.language.models import Meeting
from store.storage.db import Store

log = logging.getLogger(__name__)

DEFAULT_TIME = "07:00"
DEFAULT_TZ = "Asia/Ho_Chi_Minh"
ALL_DAYS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Python weekdays: 0 = Monday
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
MAX_MESSAGE = 4096  # Telegram's limit, in UTF-16 code units
MAX_ITEMS = 40  # meetings listed in one digest (and buttons: Telegram allows 100)
LINE_LIMIT = 300  # characters of one meeting line
SLACK = timedelta(seconds=2)  # a timer that fires a moment early still counts as on time
OPEN_STATES = ("pending", "sending")

T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


# ----------------------------------------------------------------- filters


@dataclass(frozen=True)
class Topics:
    """One side of a filter: canonical leaders, sectors, places, and folded keyword phrases."""

    leaders: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()  # every word of a phrase must occur

    def __bool__(self) -> bool:
        return bool(self.leaders or self.sectors or self.places or self.kinds or self.keywords)

    def labels(self) -> list[str]:
        return [
            *self.leaders,
            *self.sectors,
            *self.places,
            *self.kinds,
            *(f"«{k}»" for k in self.keywords),
        ]

    def merged(self, other: Topics) -> Topics:
        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys([*a, *b]))

        return Topics(
            union(self.leaders, other.leaders),
            union(self.sectors, other.sectors),
            union(self.places, other.places),
            union(self.kinds, other.kinds),
            union(self.keywords, other.keywords),
        )

    def public(self) -> dict[str, list[str]]:
        return {
            "leaders": list(self.leaders),
            "sectors": list(self.sectors),
            "places": list(self.places),
            "kinds": list(self.kinds),
            "keywords": list(self.keywords),
        }

    @classmethod
    def from_public(cls, data: dict[str, Any] | None) -> Topics:
        data = data or {}
        return cls(
            tuple(data.get("leaders", ())),
            tuple(data.get("sectors", ())),
            tuple(data.get("places", ())),
            tuple(data.get("kinds", ())),
            tuple(data.get("keywords", ())),
        )


@dataclass(frozen=True)
class Filters:
    """A meeting is in the digest when it matches any included topic (or there are none)
    and no excluded one."""

    include: Topics = field(default_factory=Topics)
    exclude: Topics = field(default_factory=Topics)

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)

    def describe(self) -> str:
        """Vietnamese, for replies and the settings panel."""
        if not self:
            return "tất cả các cuộc gặp"
        text = ", ".join(self.include.labels()) if self.include else "tất cả các cuộc gặp"
        if self.exclude:
            text += "; trừ " + ", ".join(self.exclude.labels())
        return text

    def toggled(self, kind: str, value: str) -> Filters:
        """Add or remove one included leader or sector (the settings buttons)."""
        current = getattr(self.include, kind)
        items = tuple(v for v in current if v != value) if value in current else (*current, value)
        return Filters(replace(self.include, **{kind: items}), self.exclude)

    def public(self) -> dict[str, Any]:
        return self.include.public() | {"exclude": self.exclude.public()}

    @classmethod
    def from_public(cls, data: dict[str, Any] | None) -> Filters:
        data = data or {}
        return cls(Topics.from_public(data), Topics.from_public(data.get("exclude")))


class FilterError(ValueError):
    """The topic text names nothing we can filter on; the message is Vietnamese."""


# "-quân sự", "trừ quân sự", "ngoại trừ …" start an excluded segment; "," ";" "+" separate.
_SPLIT = re.compile(r"\s*[,;+]\s*|\s+(?=-\S)")
_EXCLUDE_PREFIX = re.compile(
    r"^(?:-\s*|(?:ngoại trừ|ngoai tru|loại trừ|loai tru|trừ|không gồm|khong gom)\s+)", re.IGNORECASE
)
_EXCLUDE_INNER = re.compile(
    r"\s+(?=(?:ngoại trừ|ngoai tru|loại trừ|loai tru|trừ)\s)", re.IGNORECASE
)
_ALL = {"tat ca", "all", "moi chu de", "tat ca chu de", "het", "tat ca cuoc gap", "bo loc"}


def _topics_of(text: str, today: date) -> Topics:
    """One segment of topic text, read like a question (``store.language.query.understand``)."""
    from store.language.query import understand

    query = understand(text, today)
    leaders: list[str] = []
    for group in query.groups:
        if group.office is None:
            leaders += group.names
            continue
        # A title ("Thủ tướng Nga") follows whoever holds the office now.
        current = [a.name for a in group.alternatives if a.end is None or a.end >= today]
        leaders += current or group.names
    words = [*query.keywords, *(fold_key(n) for n in query.unknown_names)]
    keywords = (" ".join(dict.fromkeys(" ".join(words).split())),) if words else ()
    return Topics(
        leaders=tuple(dict.fromkeys(leaders)),
        sectors=tuple(query.sectors),
        places=tuple(query.places),
        kinds=tuple(query.kinds),
        keywords=keywords,
    )


def parse_filters(text: str, today: date | None = None) -> Filters:
    """Topic text as users type it ("Putin năng lượng -quân sự", accents optional).

    Raises ``FilterError`` when a non-empty text yields no topic at all.
    """
    text = " ".join(text.split())
    if not text or fold_key(text) in _ALL:
        return Filters()
    today = today or date.today()
    include, exclude = Topics(), Topics()
    segments: list[str] = []
    for chunk in _SPLIT.split(text):
        segments += [s for s in _EXCLUDE_INNER.split(chunk) if s.strip()]
    for segment in segments:
        m = _EXCLUDE_PREFIX.match(segment.strip())
        body = segment.strip()[m.end() :] if m else segment.strip()
        if not fold_key(body):
            continue
        topics = _topics_of(body, today)
        if m:
            exclude = exclude.merged(topics)
        else:
            include = include.merged(topics)
    filters = Filters(include, exclude)
    if not filters:
        raise FilterError(f"Không nhận ra chủ đề nào trong «{text[:80]}».")
    return filters


_TIME = re.compile(r"^(\d{1,2})(?:(?:[:.hHgG])(\d{2})?|[:.hHgG]?)$")
_AFTERNOON = {"chieu", "toi", "pm"}
_MORNING = {"sang", "am"}


class TimeError(ValueError):
    """A time-looking argument that is not a time of day; the message is Vietnamese."""


def parse_time(token: str) -> str | None:
    """'6:30', '06:30', '6h30', '6h', '18g', '7' → 'HH:MM'; None if it does not look like a time."""
    m = _TIME.match(token.strip())
    if not m:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if hour > 23 or minute > 59:
        raise TimeError(f"«{token}» không phải giờ hợp lệ; hãy viết dạng HH:MM, ví dụ 06:30.")
    return f"{hour:02d}:{minute:02d}"


def parse_subscribe_args(text: str) -> tuple[str | None, str]:
    """'/dangky 6:30 chiều Putin năng lượng' arguments → ('18:30', 'Putin năng lượng')."""
    words = text.split()
    if not words:
        return None, ""
    when = parse_time(words[0])
    if when is None:
        return None, " ".join(words)
    rest = words[1:]
    if rest and fold_key(rest[0]) in _AFTERNOON | _MORNING:
        if fold_key(rest[0]) in _AFTERNOON and int(when[:2]) < 12:
            when = f"{int(when[:2]) + 12:02d}{when[2:]}"
        rest = rest[1:]
    return when, " ".join(rest)


# ----------------------------------------------------------------- subscriptions


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    chat_type: str = "private"
    time: str = DEFAULT_TIME  # HH:MM in ``tz``
    tz: str = DEFAULT_TZ
    days: tuple[int, ...] = ALL_DAYS
    filters: Filters = field(default_factory=Filters)
    send_empty: bool = False
    active: bool = True
    cursor: int = 0  # meetings.seq covered by the last delivered digest
    last_slot: datetime | None = None  # latest scheduled run already handled
    failures: int = 0  # consecutive "cannot reach this chat" failures
    reason: str | None = None  # why it is inactive
    created_at: str = ""
    updated_at: str = ""

    @property
    def hour_minute(self) -> tuple[int, int]:
        h, m = self.time.split(":")
        return int(h), int(m)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.tz)

    def local_time(self) -> time:
        h, m = self.hour_minute
        return time(h, m, tzinfo=self.zone)

    def due_slot(self, now: datetime) -> datetime | None:
        """The latest scheduled run at or before ``now`` (UTC), or None without any days."""
        local = now.astimezone(self.zone) + SLACK
        h, m = self.hour_minute
        for back in range(8):
            day = local.date() - timedelta(days=back)
            if day.weekday() not in self.days:
                continue
            slot = datetime.combine(day, time(h, m), tzinfo=self.zone)
            if slot <= local:
                return slot.astimezone(UTC)
        return None

    def next_slot(self, now: datetime) -> datetime | None:
        local = now.astimezone(self.zone) + SLACK
        h, m = self.hour_minute
        for ahead in range(8):
            day = local.date() + timedelta(days=ahead)
            if day.weekday() not in self.days:
                continue
            slot = datetime.combine(day, time(h, m), tzinfo=self.zone)
            if slot > local:
                return slot.astimezone(UTC)
        return None

    def days_text(self) -> str:
        if set(self.days) == set(ALL_DAYS):
            return "hằng ngày"
        if set(self.days) == {0, 1, 2, 3, 4}:
            return "thứ Hai – thứ Sáu"
        if not self.days:
            return "không ngày nào"
        return ", ".join(WEEKDAYS[d] for d in sorted(self.days))

    def public(self) -> dict[str, Any]:
        """The ``briefing subscriptions --json`` object; days are ISO weekdays (1 = Monday)."""
        return {
            "chat_id": self.chat_id,
            "chat_type": self.chat_type,
            "time": self.time,
            "tz": self.tz,
            "days": [d + 1 for d in sorted(self.days)],
            "filters": self.filters.public(),
            "send_empty": self.send_empty,
            "active": self.active,
            "cursor": self.cursor,
            "last_slot": iso(self.last_slot) if self.last_slot else None,
            "failures": self.failures,
            "reason": self.reason,
        }


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


async def migrate(store: Store, old_id: int, new_id: int) -> bool:
    """A group became a supergroup: its subscription and undelivered digest follow it.

    If the supergroup already has its own subscription, that one wins and the old one ends.
    """

    def tx(conn: sqlite3.Connection) -> bool:
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

    return await _atomic(store, tx)


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


# ----------------------------------------------------------------- composing digests


@dataclass(frozen=True)
class Fact:
    """What filters look at in one meeting, computed once per meeting."""

    seq: int
    meeting: Meeting
    names: frozenset[str]
    sectors: frozenset[str]
    place: str | None
    kind: str
    words: frozenset[str]  # folded words of the meeting's search text
    line: str  # the meeting in one line, plain text
    line_html: str  # the same, escaped for Telegram HTML


@dataclass(frozen=True)
class DigestPlan:
    """The meetings one chat's digest would hold now."""

    chat_id: int
    facts: list[Fact]  # matching meetings, oldest first, at most MAX_ITEMS
    more: int  # matching meetings beyond MAX_ITEMS
    cursor_from: int
    cursor_to: int  # the newest meeting looked at (matching or not)

    @property
    def meetings(self) -> list[Meeting]:
        return [f.meeting for f in self.facts]

    @property
    def empty(self) -> bool:
        return not self.facts


class Composer:
    """Plans digests for many chats from one snapshot of the new meetings.

    Chats usually share a cursor (all got yesterday's digest), so meetings are loaded once
    and each chat only filters. ``refresh`` extends the snapshot to meetings ingested since.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._facts: list[Fact] = []  # sorted by seq; every meeting with _from < seq <= _to
        self._from: int | None = None
        self._to: int | None = None
        self._expanded: dict[str, frozenset[str]] = {}
        self._plans: dict[tuple[Filters, int], tuple[list[Fact], int]] = {}
        self._lock = asyncio.Lock()  # concurrent workers share one snapshot: load it once

    async def refresh(self) -> None:
        async with self._lock:
            top = await self.store.max_seq()
            if self._from is not None and self._to is not None and top > self._to:
                await self._load(self._to, top)
                self._plans.clear()
            self._to = max(top, self._to or 0)

    async def _load(self, after: int, upto: int) -> None:
        rows = await (
            await self.store.conn.execute(
                "SELECT seq, id, folded FROM meetings WHERE seq > ? AND seq <= ? ORDER BY seq",
                (after, upto),
            )
        ).fetchall()
        known = {f.seq for f in self._facts}
        rows = [r for r in rows if r["seq"] not in known]
        meetings = {m.id: m for m in await self.store.meetings_by_ids([r["id"] for r in rows])}
        for r in rows:
            m = meetings.get(r["id"])
            if m is None:
                continue
            self._facts.append(
                Fact(
                    seq=r["seq"],
                    meeting=m,
                    names=frozenset(p.name for p in m.participants),
                    sectors=frozenset(m.sectors),
                    place=m.place,
                    kind=m.kind,
                    words=frozenset(fold_key(r["folded"] or "").split()),
                    line=(line := _clip(_line(m), LINE_LIMIT)),
                    line_html=html.escape(line, quote=False),
                )
            )
        self._facts.sort(key=lambda f: f.seq)

    @property
    def top(self) -> int:
        return self._to or 0

    async def since(self, cursor: int) -> list[Fact]:
        """Meetings added after ``cursor`` (up to the snapshot), oldest first."""
        if self._to is None:
            await self.refresh()
        async with self._lock:
            top = self._to or 0
            start = min(cursor, top)
            if self._from is None:
                await self._load(start, top)
                self._from = start
            elif start < self._from:
                await self._load(start, self._from)
                self._from = start
        return self._facts[bisect_right(self._facts, cursor, key=lambda f: f.seq) :]

    def sectors_under(self, sector: str) -> frozenset[str]:
        """A sector and its sub-sectors ("năng lượng" covers "dầu khí")."""
        found = self._expanded.get(sector)
        if found is None:
            names = {sector}
            try:
                from store.language.lexicon import get_lexicon

                names |= set(get_lexicon().sector_descendants(sector))
            except (ImportError, AttributeError, KeyError):
                pass
            found = self._expanded[sector] = frozenset(names)
        return found

    def _hits(self, topics: Topics, fact: Fact) -> bool:
        if fact.names.intersection(topics.leaders):
            return True
        if fact.place is not None and fact.place in topics.places:
            return True
        for sector in topics.sectors:
            if fact.sectors & self.sectors_under(sector):
                return True
        if fact.kind in topics.kinds:
            return True
        return any(fact.words.issuperset(k.split()) for k in topics.keywords)

    def matches(self, filters: Filters, fact: Fact) -> bool:
        if filters.exclude and self._hits(filters.exclude, fact):
            return False
        return not filters.include or self._hits(filters.include, fact)

    async def plan(self, sub: Subscription) -> DigestPlan:
        # At 07:00 most chats share a cursor and many share filters: select once for them.
        key = (sub.filters, sub.cursor)
        cached = self._plans.get(key)
        if cached is None or cached[1] != self.top:
            new = await self.since(sub.cursor)
            cached = self._plans[key] = ([f for f in new if self.matches(sub.filters, f)], self.top)
        matching = cached[0]
        cursor_to = max(self.top, sub.cursor)
        return DigestPlan(
            chat_id=sub.chat_id,
            facts=matching[:MAX_ITEMS],
            more=max(0, len(matching) - MAX_ITEMS),
            cursor_from=sub.cursor,
            cursor_to=cursor_to,
        )


async def plan_digest(store: Store, sub: Subscription) -> DigestPlan:
    composer = Composer(store)
    await composer.refresh()
    return await composer.plan(sub)


# ----------------------------------------------------------------- rendering


@dataclass(frozen=True)
class DigestMessage:
    """One message of a digest: text (Telegram HTML or plain), item buttons, and how far
    the cursor may move once Telegram confirms it."""

    text: str
    items: tuple[tuple[str, str], ...]  # (button label, meeting id)
    cursor_to: int


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + "…"


def _line(m: Meeting) -> str:
    """One meeting in a digest: the answer's one-line form plus its sectors."""
    from store.services.answer import meeting_line

    line = meeting_line(m)
    if m.sectors:
        line += f" — {', '.join(m.sectors[:3])}"
    return line


def _date_vi(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year}"


def render_digest(
    plan: DigestPlan, sub: Subscription, *, day: date, html_mode: bool = True
) -> list[DigestMessage]:
    """The digest as messages (split only past Telegram's limit), oldest meeting first.

    An empty plan renders "không có gì mới" — the caller decides whether to send it.
    """

    def esc(text: str) -> str:
        return html.escape(text, quote=False) if html_mode else text

    def bold(text: str) -> str:
        return f"<b>{esc(text)}</b>" if html_mode else text

    title = f"📰 Bản tin Việt–Nga — {_date_vi(day)}"
    topic = "" if not sub.filters else f"Chủ đề: {sub.filters.describe()}"
    if plan.empty:
        lines = [bold(title), esc("Không có gì mới kể từ bản tin trước.")]
        if topic:
            lines.append(esc(topic))
        return [DigestMessage("\n".join(lines), (), plan.cursor_to)]

    count = len(plan.facts) + plan.more
    intro = f"{count} cuộc gặp mới" + (f" · {topic}" if topic else "")
    footer_parts = []
    if plan.more:
        footer_parts.append(f"… và {plan.more} cuộc gặp khác — gõ /moinhat để xem.")
    footer_parts.append("Bấm số để xem chi tiết · /caidat để đổi giờ hoặc chủ đề.")
    footer = esc(" ".join(footer_parts))
    head_room = _utf16(bold(title + " (phần 99/99)")) + _utf16(esc(intro)) + _utf16(footer) + 8

    # Pack numbered lines into groups that fit beside the header and footer.
    groups: list[list[tuple[int, Fact, str]]] = [[]]
    used = head_room
    for n, fact in enumerate(plan.facts, start=1):
        line = f"{n}. {fact.line_html if html_mode else fact.line}"
        size = _utf16(line) + 1
        if groups[-1] and used + size > MAX_MESSAGE:
            groups.append([])
            used = head_room
        groups[-1].append((n, fact, line))
        used += size

    messages: list[DigestMessage] = []
    for i, group in enumerate(groups, start=1):
        heading = title if len(groups) == 1 else f"{title} (phần {i}/{len(groups)})"
        lines = [bold(heading)]
        if i == 1:
            lines.append(esc(intro))
        lines += [line for _, _, line in group]
        last = i == len(groups)
        if last:
            lines.append(footer)
        # The last part lets the cursor pass the non-matching meetings too.
        cursor = plan.cursor_to if last else group[-1][1].seq
        items = tuple((str(n), fact.meeting.id) for n, fact, _ in group)
        messages.append(DigestMessage("\n".join(lines), items, cursor))
    return messages


# ----------------------------------------------------------------- the outbox


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
