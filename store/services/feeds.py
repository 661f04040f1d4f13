"""News feeds: polling with feedparser, over the registry in ``store.storage.feeds``.

A poll fetches the feed conditionally (ETag / Last-Modified), skips entries it has
handled before, and decides relevance on the article itself: each new entry's page is
fetched (or the feed's own full text used) and extraction keeps it only when it holds a
Vietnam–Russia meeting — a headline naming a museum stop of a visit does not lose the
visit. The headline is only a hint, for which pages to fetch first: at most
``MAX_FETCHES`` pages per poll, the rest wait for the next poll. New articles go through
the one de-duplicating ingest. A failing feed backs off exponentially; its state lives in
the database so the backoff survives restarts. Nothing here raises for a bad feed or
page: every failure becomes a reason in the report.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from time import struct_time
from urllib.parse import urljoin

import feedparser
import httpx

from store.language.countries import BILATERAL, find_countries
from store.language.fold import nfc, squash_spaces
from store.language.lexicon import get_lexicon
from store.language.localtime import DEFAULT_TZ, zone
from store.language.models import Article, Meeting, Skipped
from store.language.reasons import Reason
from store.services.ingest import Item, ingest
from store.services.web import (
    FetchConfig,
    FetchError,
    fetch,
    fetch_article,
    is_http_url,
    make_client,
)
from store.storage.db import Store
from store.storage.dedup import Duplicate, normalize_url
from store.storage.feeds import (
    Feed,
    delete_feed,
    entry_seen,
    feed_stats,
    get_feed,
    insert_feed,
    iso,
    list_feeds,
    mark_entry,
    record_failure,
    record_success,
    set_interval,
)

__all__ = [
    "Feed",
    "FeedError",
    "FeedReport",
    "PollReport",
    "add_feed",
    "feed_stats",
    "get_feed",
    "list_feeds",
    "poll_all",
    "poll_feed",
    "poll_feed_id",
    "relevance",
    "remove_feed",
]

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MIN = 30
MIN_INTERVAL_MIN = 1  # breaking-news feeds may warrant a poll a minute
MAX_INTERVAL_MIN = 24 * 60
MAX_BACKOFF_MIN = 24 * 60
MAX_ENTRIES = 60  # newest entries looked at per poll
MAX_ENTRY_ATTEMPTS = 3  # a page that keeps failing is given up after this many polls
FULL_TEXT_CHARS = 500  # feed content at least this long is used without fetching the page
FALLBACK_CHARS = 200  # feed text used when the page cannot be fetched
PAGE_FETCHES = 4  # pages fetched at once per feed
MAX_FETCHES = 20  # pages fetched per poll of one feed; the rest wait for the next poll
NEWS_TZ = zone(DEFAULT_TZ)  # the outlets' day, for publication dates
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)


class FeedError(ValueError):
    """A feed command that cannot be done; its argument is the :class:`Reason`."""


def _now() -> datetime:
    return datetime.now(UTC)


# ----------------------------------------------------------------- relevance

SIDES = frozenset(BILATERAL)


@dataclass(frozen=True)
class Relevance:
    """What a feed entry's title and summary say about a Vietnam–Russia meeting."""

    sides: frozenset[str]  # countries named through people, offices, places or the country name
    meeting: bool  # a meeting verb ("hội đàm", "tiếp", "điện đàm", "thăm", …)

    @property
    def score(self) -> int:
        """0–3: both sides named, and a meeting verb. Only a hint of which pages to fetch
        first — titles often name one side, or a stop of a visit ("… thăm Bảo tàng …")."""
        return len(self.sides & SIDES) + int(self.meeting)

    @property
    def worth_fetching(self) -> bool:
        """Two of the three signs: the likely meetings, fetched first."""
        return self.score >= 2


def relevance(text: str) -> Relevance:
    lex = get_lexicon()
    sides: set[str] = set()
    for m in lex.find_people(text):
        sides.add(lex.people[m.key].country)
    for m in lex.find_offices(text):
        office = lex.offices.get(m.key)
        if office is not None and office.country:
            sides.add(office.country)
    for m in lex.find_places(text):
        place = lex.places.get(m.key)
        if place is not None and place.country:
            sides.add(place.country)
    sides.update(code for _, code in find_countries(text))
    return Relevance(frozenset(sides), bool(lex.find_kinds(text)))


# ----------------------------------------------------------------- registry


def check_interval(interval_min: int) -> int:
    if not MIN_INTERVAL_MIN <= interval_min <= MAX_INTERVAL_MIN:
        raise FeedError(Reason("feed.interval", low=MIN_INTERVAL_MIN, high=MAX_INTERVAL_MIN))
    return interval_min


async def add_feed(store: Store, url: str, interval_min: int | None = None) -> tuple[Feed, bool]:
    """Register a feed; returns (feed, created). Adding a known feed changes only its
    interval, and only when one is given (default for a new feed: 30 minutes)."""
    url = url.strip()
    if not is_http_url(url):
        raise FeedError(Reason("feed.bad_url", url=url))
    if interval_min is not None:
        check_interval(interval_min)
    existing = await get_feed(store, url)
    if existing is None:
        feed_id = await insert_feed(store, url, interval_min or DEFAULT_INTERVAL_MIN)
    else:
        feed_id = existing.id
        if interval_min is not None:
            await set_interval(store, feed_id, interval_min)
    feed = await get_feed(store, feed_id)
    assert feed is not None
    return feed, existing is None


async def remove_feed(store: Store, key: str | int) -> Feed | None:
    """Forget a feed (by id, #id or URL); the articles it brought stay."""
    feed = await get_feed(store, key)
    if feed is not None:
        await delete_feed(store, feed.id)
    return feed


# ----------------------------------------------------------------- reports


@dataclass
class EntryProblem:
    url: str
    reason: str

    def public(self) -> dict:
        return {"url": self.url, "reason": self.reason}


@dataclass
class FeedReport:
    """One feed's poll. ``status``: ok | not-modified | error | waiting (backing off)."""

    feed_id: int
    url: str
    title: str | None = None
    status: str = "ok"
    error: str | None = None
    entries: int = 0  # entries the feed holds now
    new: int = 0  # entries stored as new articles
    repeated: int = 0  # entries handled by an earlier poll
    duplicates: int = 0  # entries whose article the store already had
    irrelevant: int = 0  # entries not about a Vietnam–Russia meeting
    deferred: int = 0  # new entries left for the next poll (the cap on page fetches)
    failed: list[EntryProblem] = field(default_factory=list)
    new_articles: int = 0
    new_meetings: int = 0
    meetings: list[Meeting] = field(default_factory=list)
    next_poll_at: str | None = None

    def public(self) -> dict:
        return {
            "id": self.feed_id,
            "url": self.url,
            "title": self.title,
            "status": self.status,
            "error": self.error,
            "entries": self.entries,
            "new": self.new,
            "repeated": self.repeated,
            "duplicates": self.duplicates,
            "irrelevant": self.irrelevant,
            "deferred": self.deferred,
            "failed": [p.public() for p in self.failed],
            "new_articles": self.new_articles,
            "new_meetings": self.new_meetings,
            "meetings": [m.public() for m in self.meetings],
            "next_poll_at": self.next_poll_at,
        }


@dataclass
class PollReport:
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def new_articles(self) -> int:
        return sum(f.new_articles for f in self.feeds)

    @property
    def new_meetings(self) -> int:
        return sum(f.new_meetings for f in self.feeds)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.feeds if f.status == "error")

    def public(self) -> dict:
        return {
            "feeds": [f.public() for f in self.feeds],
            "new_articles": self.new_articles,
            "new_meetings": self.new_meetings,
            "errors": self.errors,
        }


# ----------------------------------------------------------------- polling


async def poll_all(
    store: Store,
    *,
    config: FetchConfig | None = None,
    force: bool = True,
    now: datetime | None = None,
) -> PollReport:
    """Poll every feed once (``force`` ignores backoff, as `briefing feeds poll` does)."""
    report = PollReport()
    config = config or FetchConfig()
    async with make_client(config) as client:
        for feed in await list_feeds(store):
            report.feeds.append(
                await poll_feed(store, feed, client=client, config=config, force=force, now=now)
            )
    return report


async def poll_feed_id(
    store: Store, feed_id: int, *, config: FetchConfig | None = None, force: bool = False
) -> FeedReport | None:
    """Poll one feed by id (the scheduled job's entry point); None when it was removed."""
    feed = await get_feed(store, feed_id)
    if feed is None:
        return None
    config = config or FetchConfig()
    async with make_client(config) as client:
        return await poll_feed(store, feed, client=client, config=config, force=force)


async def poll_feed(
    store: Store,
    feed: Feed,
    *,
    client: httpx.AsyncClient | None = None,
    config: FetchConfig | None = None,
    force: bool = False,
    now: datetime | None = None,
) -> FeedReport:
    now = now or _now()
    config = config or FetchConfig()
    report = FeedReport(feed.id, feed.url, feed.title)
    if not force and not feed.due(now):
        report.status = "waiting"
        report.next_poll_at = feed.next_poll_at
        return report
    own = client is None
    client = client or make_client(config)
    try:
        try:
            res = await fetch(
                feed.url,
                client=client,
                config=config,
                etag=feed.etag,
                last_modified=feed.last_modified,
                accept=FEED_ACCEPT,
            )
        except FetchError as exc:
            return await _failed(store, feed, report, exc.reason, now, exc.retry_after)
        if res.not_modified:
            report.status = "not-modified"
            await _succeeded(
                store,
                feed,
                report,
                now,
                "not-modified",
                res.etag or feed.etag,
                res.last_modified or feed.last_modified,
            )
            return report
        parsed = feedparser.parse(
            res.content,
            response_headers={
                "content-type": res.headers.get("content-type", "application/xml"),
                "content-location": res.url,
            },
        )
        entries = [
            e for e in (_entry(r, res.url) for r in parsed.entries[:MAX_ENTRIES]) if e is not None
        ]
        if not entries and (parsed.bozo or not parsed.get("version")):
            # feedparser recovers what it can from broken XML; nothing usable is a failure.
            return await _failed(
                store,
                feed,
                report,
                Reason("feed.not_feed"),
                now,
            )
        report.title = squash_spaces(parsed.feed.get("title", "")) or feed.title
        await _handle_entries(store, feed, entries, report, client, config)
        await _succeeded(store, feed, report, now, "ok", res.etag, res.last_modified)
        return report
    except Exception as exc:  # a bug or a database error must not stop the other feeds
        log.exception("polling feed %s failed", feed.url)
        return await _failed(
            store, feed, report, Reason("feed.internal", error=type(exc).__name__), now
        )
    finally:
        if own:
            await client.aclose()


async def _failed(
    store: Store,
    feed: Feed,
    report: FeedReport,
    reason: str,
    now: datetime,
    retry_after: float | None = None,
) -> FeedReport:
    errors = feed.errors + 1
    wait = min(feed.interval_min * 2**errors, MAX_BACKOFF_MIN)
    if retry_after:
        wait = min(max(wait, retry_after / 60), MAX_BACKOFF_MIN)
    report.status = "error"
    report.error = reason
    report.next_poll_at = iso(now + timedelta(minutes=wait))
    await record_failure(store, feed.id, now, reason, errors, report.next_poll_at)
    return report


async def _succeeded(
    store: Store,
    feed: Feed,
    report: FeedReport,
    now: datetime,
    status: str,
    etag: str | None,
    modified: str | None,
) -> None:
    await record_success(
        store,
        feed.id,
        now,
        status=status,
        title=report.title,
        etag=etag,
        modified=modified,
        articles=report.new_articles,
        meetings=report.new_meetings,
    )


@dataclass
class _Entry:
    key: str
    url: str
    title: str
    summary: str  # plain text
    content: str  # plain text of full content, when the feed carries it
    published: date | None


def _entry(raw: feedparser.FeedParserDict, base: str) -> _Entry | None:
    link = raw.get("link") or next(
        (ln.get("href") for ln in raw.get("links", []) if ln.get("href")), None
    )
    if not link:
        return None
    url = urljoin(base, link.strip())
    if not is_http_url(url):
        return None
    title = squash_spaces(_plain(raw.get("title", "")))
    summary = _plain(raw.get("summary", ""))
    content = max(
        (_plain(c.get("value", "")) for c in raw.get("content", []) or []), key=len, default=""
    )
    key = (
        raw.get("id")
        or raw.get("guid")
        or normalize_url(url)
        or hashlib.sha1(title.encode()).hexdigest()
    )
    return _Entry(str(key)[:500], url, nfc(title), nfc(summary), nfc(content), _entry_date(raw))


def _plain(value: str) -> str:
    """Plain text of an HTML fragment from a feed (summaries often carry <img>, <a>, <p>)."""
    if "<" not in value:
        return value.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(value, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml raises several types on garbage; fall back to raw text
        return value.strip()
    for br in root.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    return "\n".join(line.strip() for line in root.text_content().splitlines() if line.strip())


def _entry_date(raw: feedparser.FeedParserDict) -> date | None:
    parsed: struct_time | None = raw.get("published_parsed") or raw.get("updated_parsed")
    if not parsed:
        return None
    try:
        return datetime(*parsed[:6], tzinfo=UTC).astimezone(NEWS_TZ).date()
    except (ValueError, OverflowError):
        return None


async def _mark(
    store: Store, feed_id: int, entry: _Entry, status: str, reason: str | None = None
) -> None:
    await mark_entry(store, feed_id, entry.key, entry.url, status, reason)


def _hint(entry: _Entry) -> int:
    """How strongly the headline and summary suggest a Vietnam–Russia meeting (0–3): only
    which pages to fetch first; the article decides."""
    return relevance(f"{entry.title}\n{entry.summary}\n{entry.content[:2000]}").score


async def _handle_entries(
    store: Store,
    feed: Feed,
    entries: list[_Entry],
    report: FeedReport,
    client: httpx.AsyncClient,
    config: FetchConfig,
) -> None:
    report.entries = len(entries)
    candidates: list[_Entry] = []
    known: dict[str, Duplicate] = {}
    for entry in entries:  # newest first, as feeds list them
        seen = await entry_seen(store, feed.id, entry.key)
        if seen and (seen[0] != "error" or seen[1] >= MAX_ENTRY_ATTEMPTS):
            report.repeated += 1
            continue
        dup = await store.find_by_url(entry.url)  # a page the store has is not fetched again
        if dup is not None:
            known[entry.key] = dup
        candidates.append(entry)
    # Pages to fetch, likeliest first (newest first among equals); past the cap they wait.
    fetches = [e for e in candidates if e.key not in known and len(e.content) < FULL_TEXT_CHARS]
    ranked = sorted(range(len(fetches)), key=lambda i: (-_hint(fetches[i]), i))
    later = {fetches[i].key for i in ranked[MAX_FETCHES:]}
    report.deferred = len(later)
    # Oldest first, so insertion order follows publication.
    chosen = [e for e in reversed(candidates) if e.key not in later]
    gate = asyncio.Semaphore(PAGE_FETCHES)

    async def item_of(entry: _Entry) -> Item:
        if entry.key in known:
            return known[entry.key]
        async with gate:
            item = await _entry_article(entry, client, config)
        return item.model_copy(update={"via": (entry.url,)}) if isinstance(item, Article) else item

    items = await asyncio.gather(*(item_of(e) for e in chosen))
    # Extraction decides what the headline only suggested: an article without a
    # Vietnam–Russia meeting is not stored.
    stored = await ingest(store, items, keep_empty=False)
    for entry, out in zip(chosen, stored.outcomes, strict=True):
        if out.status == "new":
            report.new += 1
            await _mark(store, feed.id, entry, "stored")
        elif out.status == "duplicate":
            report.duplicates += 1
            await _mark(store, feed.id, entry, "duplicate", out.duplicate_of)
        elif out.status == "irrelevant":
            report.irrelevant += 1
            await _mark(store, feed.id, entry, "irrelevant")
        else:
            reason = out.reason or Reason("unknown")
            report.failed.append(EntryProblem(entry.url, reason))
            await _mark(store, feed.id, entry, "error", reason)
    report.new_articles = stored.new_articles
    report.new_meetings = stored.new_meetings
    report.meetings = stored.meetings


async def _entry_article(
    entry: _Entry, client: httpx.AsyncClient, config: FetchConfig
) -> Article | Skipped:
    """The entry's article: the feed's own full text when it has it, else the linked page
    (falling back to a substantial feed text when the page cannot be had)."""
    if len(entry.content) >= FULL_TEXT_CHARS:
        return _feed_article(entry, entry.content)
    item = await fetch_article(entry.url, client=client, config=config, title=entry.title or None)
    if isinstance(item, Article):
        if item.published is None and entry.published is not None:
            item = item.model_copy(
                update={"published": entry.published, "published_precision": "day"}
            )
        return item
    text = max(entry.content, entry.summary, key=len)
    return _feed_article(entry, text) if len(text) >= FALLBACK_CHARS else item


def _feed_article(entry: _Entry, text: str) -> Article:
    body = text if text.startswith(entry.title) else f"{entry.title}\n\n{text}"
    url = normalize_url(entry.url)
    return Article(
        text=body,
        source=url,
        url=url,
        title=entry.title or None,
        published=entry.published,
        published_precision="day" if entry.published else None,
    )
