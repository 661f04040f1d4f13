"""Composing digests: which new meetings each chat's filters select.

The Telegram wording is ``handlers.render.render_digest``; the outbox that delivers it is
``store.storage.subscriptions``.
"""

from __future__ import annotations

import asyncio
import sqlite3
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from store.language import wording_i18n as i18n
from store.language.fold import fold_key
from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from store.language.subscription import Filters, Subscription, Topics
from store.language.wording import meeting_line
from store.storage.db import Store
from store.storage.subscriptions import dated_meeting_rows, meeting_rows

MAX_ITEMS = 40  # meetings listed in one digest (and buttons: Telegram allows 100)


@dataclass(frozen=True)
class Fact:
    """What filters look at in one meeting, computed once per meeting."""

    seq: int
    meeting: Meeting
    names: frozenset[str]
    sectors: frozenset[str]
    place: str | None
    kind: str
    words: frozenset[str]  # folded words of the meeting's search text and sectors
    line: str  # the meeting in one line, plain text


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
        rows = await meeting_rows(self.store, after, upto)
        known = {f.seq for f in self._facts}
        self._facts += await facts_of(self.store, [r for r in rows if r["seq"] not in known])
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
            names |= get_lexicon().sector_descendants(sector)
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


async def facts_of(store: Store, rows: list[sqlite3.Row]) -> list[Fact]:
    """The facts of meetings given as (seq, id, folded) rows, in the rows' order."""
    meetings = {m.id: m for m in await store.meetings_by_ids([r["id"] for r in rows])}
    out = []
    for r in rows:
        m = meetings.get(r["id"])
        if m is None:
            continue
        out.append(
            Fact(
                seq=r["seq"],
                meeting=m,
                names=frozenset(p.name for p in m.participants),
                sectors=frozenset(m.sectors),
                place=m.place,
                kind=m.kind,
                # The search text no longer holds the sectors: a keyword still finds them.
                words=frozenset(fold_key(" ".join([r["folded"] or "", *m.sectors])).split()),
                line=digest_line(m),
            )
        )
    return out


PREVIEW_DAYS = 30
PREVIEW_SCAN = 2000  # meetings looked at for a preview, newest first
PREVIEW_PAGE = 200


@dataclass(frozen=True)
class FilterPreview:
    """What a filter would have caught: matches dated in the last ``days`` days, and the
    latest matches (from the whole store when none is that recent)."""

    days: int
    recent: int
    latest: list[Meeting]
    capped: bool  # more recent meetings than were looked at


async def preview(
    store: Store, filters: Filters, today: date, days: int = PREVIEW_DAYS, latest: int = 2
) -> FilterPreview:
    """How many meetings of the last ``days`` days ``filters`` matches, and the latest two."""
    composer = Composer(store)
    rows = await dated_meeting_rows(store, today - timedelta(days=days), PREVIEW_SCAN, today)
    recent = [f for f in await facts_of(store, rows) if composer.matches(filters, f)]
    found = [f.meeting for f in recent[:latest]]
    for offset in range(0, PREVIEW_SCAN if not found else 0, PREVIEW_PAGE):
        older = await dated_meeting_rows(store, None, PREVIEW_PAGE, today, offset)
        found += [f.meeting for f in await facts_of(store, older) if composer.matches(filters, f)]
        if len(found) >= latest or len(older) < PREVIEW_PAGE:
            break
    found = found[:latest]
    return FilterPreview(days, len(recent), found, len(rows) >= PREVIEW_SCAN)


async def plan_digest(store: Store, sub: Subscription) -> DigestPlan:
    composer = Composer(store)
    await composer.refresh()
    return await composer.plan(sub)


# ----------------------------------------------------------------- rendering


def digest_line(m: Meeting, lang: str = "vi") -> str:
    """One meeting in a digest: the answer's one-line form plus its sectors, in ``lang``."""
    if lang != "vi":
        line = i18n.meeting_line(m, lang)
        return line + (f" — {i18n.sectors_text(m.sectors, lang, 3)}" if m.sectors else "")
    line = meeting_line(m)
    if m.sectors:
        line += f" — {', '.join(m.sectors[:3])}"
    return line


def fact_line(fact: Fact, lang: str = "vi") -> str:
    """The fact's digest line in ``lang`` (the Vietnamese one is made with the fact)."""
    return fact.line if lang == "vi" else digest_line(fact.meeting, lang)


def topic_label(lang: str) -> Callable[[str, str], str] | None:
    """How a filter's leaders, sectors, places and kinds are written in ``lang``."""
    if lang == "vi":
        return None
    writers = {"leader": i18n.name, "sector": i18n.sector, "place": i18n.place, "kind": i18n.kind}
    return lambda kind, value: writers[kind](value, lang)
