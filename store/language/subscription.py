"""What a digest subscription is: its topic filters and its schedule, as users write them.

Pure: parsing "/dangky 6:30 Putin năng lượng -quân sự" and working out when a chat's next
digest is due. The database side is ``store.storage.subscriptions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from store.language.fold import fold_key
from store.language.localtime import DEFAULT_TZ

DEFAULT_TIME = "07:00"
ALL_DAYS: tuple[int, ...] = (0, 1, 2, 3, 4, 5, 6)  # Python weekdays: 0 = Monday
WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
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
