"""What a digest subscription is: its topic filters, how often it is sent (daily, weekly or
as soon as there is news), where (a forum topic) and in which time zone.

Pure: working out when a chat's next digest is due. What users type to /dangky and /caidat
is read by ``store.language.subscribe_args``; the database side is
``store.storage.subscriptions``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from store.language.catalogue import items, say
from store.language.localtime import DEFAULT_TZ

DEFAULT_TIME = "07:00"
ALL_DAYS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Python weekdays: 0 = Monday
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")

# How often a chat hears from the bot.
DAILY, WEEKLY, INSTANT = "daily", "weekly", "instant"
MODES = (DAILY, WEEKLY, INSTANT)
SLACK = timedelta(seconds=2)  # a timer that fires a moment early still counts as on time


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

    def labels(self, label: Callable[[str, str], str] | None = None) -> list[str]:
        """Every topic as shown; ``label(kind, value)`` writes one in another language."""
        same: Callable[[str, str], str] = lambda kind, value: value  # noqa: E731
        write = label or same
        return [
            *(write("leader", v) for v in self.leaders),
            *(write("sector", v) for v in self.sectors),
            *(write("place", v) for v in self.places),
            *(write("kind", v) for v in self.kinds),
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

    def describe(self, lang: str = "vi", label: Callable[[str, str], str] | None = None) -> str:
        """For replies, digests and the settings panel; ``label(kind, value)`` writes a
        leader, sector, place or kind in the language (Vietnamese as stored by default)."""
        everything = say(lang, "filters.all")
        if not self:
            return everything
        text = ", ".join(self.include.labels(label)) if self.include else everything
        if self.exclude:
            text += say(lang, "filters.except", value=", ".join(self.exclude.labels(label)))
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


# ----------------------------------------------------------------- subscriptions


@dataclass(frozen=True)
class Subscription:
    chat_id: int
    chat_type: str = "private"
    time: str = DEFAULT_TIME  # HH:MM in ``tz``
    tz: str = DEFAULT_TZ
    days: tuple[int, ...] = ALL_DAYS  # weekly: exactly one day
    mode: str = DAILY  # daily | weekly | instant (a short alert as soon as news is stored)
    thread_id: int | None = None  # the forum topic the chat subscribed from
    filters: Filters = field(default_factory=Filters)
    send_empty: bool = False
    active: bool = True
    cursor: int = 0  # meetings.seq covered by the last delivered digest
    last_slot: datetime | None = None  # latest scheduled run already handled
    failures: int = 0  # consecutive transient delivery failures (timeouts, 5xx); diagnostics
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

    @property
    def scheduled(self) -> bool:
        """Sent at a time of day (daily or weekly), as opposed to as soon as news comes."""
        return self.mode != INSTANT

    def due_slot(self, now: datetime) -> datetime | None:
        """The latest scheduled run at or before ``now`` (UTC), or None without any days
        (or for instant alerts, which follow the news, not a clock)."""
        if not self.scheduled:
            return None
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
        if not self.scheduled:
            return None
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

    def days_text(self, lang: str = "vi") -> str:
        if self.mode == WEEKLY and len(self.days) == 1:
            return items(lang, "schedule.every")[self.days[0]]
        if set(self.days) == set(ALL_DAYS):
            return say(lang, "schedule.daily")
        if set(self.days) == {0, 1, 2, 3, 4}:
            return say(lang, "schedule.workdays")
        if not self.days:
            return say(lang, "schedule.no_day")
        short = items(lang, "weekdays.short")
        return ", ".join(short[d] for d in sorted(self.days))

    def schedule_text(self, lang: str = "vi") -> str:
        """When the chat hears from the bot ("hằng ngày lúc 07:00", "daily at 07:00")."""
        if not self.scheduled:
            return say(lang, "schedule.instant")
        return say(lang, "schedule.at", days=self.days_text(lang), time=self.time)

    def public(self) -> dict[str, Any]:
        """The ``briefing subscriptions --json`` object; days are ISO weekdays (1 = Monday)."""
        return {
            "chat_id": self.chat_id,
            "chat_type": self.chat_type,
            "time": self.time,
            "tz": self.tz,
            "days": [d + 1 for d in sorted(self.days)],
            "mode": self.mode,
            "thread_id": self.thread_id,
            "filters": self.filters.public(),
            "send_empty": self.send_empty,
            "active": self.active,
            "cursor": self.cursor,
            "last_slot": iso(self.last_slot) if self.last_slot else None,
            "failures": self.failures,
            "reason": self.reason,
        }
