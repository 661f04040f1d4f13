"""Domain models shared by extraction, the database, search and the bot."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

from store.language.records import EXCLUDE, Record

Country = str  # ISO-like code: "VN", "RU", "CN", ...
Precision = Literal["day", "month", "year"]
TimeOfDay = Literal["sáng", "trưa", "chiều", "tối", "đêm"]


@dataclass(kw_only=True, frozen=True)
class Article(Record):
    """One source document as ingested."""

    text: str
    source: str  # file name or URL, as shown to users
    url: str | None = None
    title: str | None = None
    published: date | None = None  # publication date when known
    published_precision: Precision | None = None
    site_name: str | None = None  # the name a web page gives its site (og:site_name)
    # Other URLs that led here (the address typed, a feed link that redirected): kept with
    # the stored article so that they are recognised later without fetching them.
    via: tuple[str, ...] = ()

    @cached_property  # asked by the duplicate check and again by the write
    def content_hash(self) -> str:
        return hashlib.sha256(" ".join(self.text.split()).encode()).hexdigest()[:16]


@dataclass(kw_only=True)
class Participant(Record):
    name: str
    title: str | None = None
    country: Country | None = None


@dataclass(kw_only=True)
class Citation(Record):
    """One article that reports a meeting, as a reader cites it (see store.language.citation)."""

    article_id: str = ""
    source: str = ""  # the file name or URL stored with the article
    url: str | None = None
    outlet: str | None = None  # "VnExpress", "Báo Chính phủ", …; None for a file
    title: str | None = None  # the headline
    published: str | None = None  # "YYYY-MM-DD", or "YYYY-MM" when only the month is known
    # The meeting's date as this article reports it, where that is not the meeting's date
    # (a day apart, or only the month); None: the meeting's own.
    date: str | None = None
    date_inferred: bool | None = None  # that date was inferred (None with no date)


@dataclass(kw_only=True)
class Meeting(Record):
    """A meeting as the DESIGN §5 MEETING JSON shows it."""

    id: str = ""
    date: str | None = None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    date_inferred: bool = False
    time_of_day: TimeOfDay | None = None
    place: str | None = None
    kind: str = "gặp"
    participants: list[Participant] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    summary: str = ""
    sources: list[str] = field(default_factory=list)
    score: float | None = None
    # True when the article only reports it in passing (talks during the same visit, an
    # earlier visit it recalls); main meetings rank above these.
    secondary: bool = False
    # The sentences the date, the place and the participants were read from.
    evidence: dict[str, str] = field(default_factory=dict)
    # The articles reporting it (the original first, then later reports and copies).
    citations: list[Citation] = field(default_factory=list)
    key_points: list[str] = field(default_factory=list, metadata=EXCLUDE)

    @property
    def two_sided(self) -> bool:
        """People of both Vietnam and Russia take part: a meeting between the two sides, not a
        one-sided visit record or a message with no counterpart named."""
        return {p.country for p in self.participants} >= {"VN", "RU"}

    @property
    def precision(self) -> Precision | None:
        if self.date is None:
            return None
        return {10: "day", 7: "month", 4: "year"}[len(self.date)]

    def public(self, with_score: bool = False) -> dict:
        data = self.model_dump(mode="json")
        if not with_score:
            data.pop("score", None)
        return data


@dataclass
class Skipped:
    path: str
    reason: str


OutcomeStatus = Literal["new", "duplicate", "irrelevant", "skipped"]


@dataclass
class Outcome:
    """What became of one item given to the ingest pipeline.

    new: stored (``new_meetings`` of its meetings were new, the others merged); duplicate:
    the store had it (``duplicate_of`` names the stored copy, ``meeting_ids`` its meetings);
    irrelevant: no Vietnam–Russia meeting in it and it was not kept; skipped: not readable
    or not processable (``reason`` says why).
    """

    source: str
    status: OutcomeStatus
    article_id: str | None = None
    meeting_ids: tuple[str, ...] = ()
    new_meetings: int = 0
    duplicate_of: str | None = None
    reason: str | None = None


@dataclass
class IngestReport:
    """One run of the ingest pipeline: totals, the meetings concerned and each item's outcome."""

    articles: int = 0  # articles read (new, duplicate or irrelevant)
    meetings: list[Meeting] = field(default_factory=list)  # new, merged or already stored
    skipped: list[Skipped] = field(default_factory=list)
    new_articles: int = 0
    new_meetings: int = 0
    outcomes: list[Outcome] = field(default_factory=list)  # one per item, in order

    def public(self) -> dict:
        return {
            "articles": self.articles,
            "meetings": [m.public() for m in self.meetings],
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
        }
