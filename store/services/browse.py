"""Browsing and exporting meetings by plain filters (leader, sector, period, place).

``find_meetings`` is what ``briefing meetings`` calls; the filters are read the way a
question is (a leader by any spelling or title, a sector with its sub-sectors, a city by
any spelling) but combined strictly: every filter given must hold.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from store.language import citation
from store.language.edits import EditError, parse_date, parse_place
from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from store.language.query import understand
from store.storage.db import Store, date_bounds
from store.storage.search import sector_set


class FilterError(ValueError):
    """A filter that names nothing known; the message is Vietnamese."""


@dataclass(frozen=True)
class Filters:
    leader: str | None = None
    sector: str | None = None
    date_from: str | None = None  # as typed: 2025, 5/2025, 8/5/2025, 2025-05-08
    date_to: str | None = None
    place: str | None = None


def _leaders(text: str, today: date) -> list[str]:
    q = understand(text, today)
    names = [n for g in q.groups for n in g.names]
    if not names:
        raise FilterError(f"Không nhận ra lãnh đạo «{text}».")
    return list(dict.fromkeys(names))


def _sectors(text: str) -> list[str]:
    lex = get_lexicon()
    found = lex.canonical_sector(text) or next((m.key for m in lex.find_sectors(text)), None)
    if not found:
        raise FilterError(f"Không nhận ra lĩnh vực «{text}».")
    return sector_set([found])


def _day(text: str, end: bool) -> str:
    try:
        value = parse_date(text)
    except EditError:
        value = None
    if value is None:
        raise FilterError(f"Ngày «{text}» không hợp lệ; dùng dạng 2025, 5/2025 hoặc 8/5/2025.")
    start, stop = date_bounds(value)
    return str(stop if end else start)


async def find_meetings(
    store: Store, filters: Filters, limit: int | None = None, today: date | None = None
) -> list[Meeting]:
    """Meetings satisfying every filter, newest first (undated last)."""
    today = today or date.today()
    where: list[str] = []
    params: list[object] = []
    if filters.leader:
        names = _leaders(filters.leader, today)
        marks = ",".join("?" * len(names))
        where.append(
            "EXISTS (SELECT 1 FROM meeting_participants p WHERE p.meeting_id = m.id"
            f" AND p.name IN ({marks}))"
        )
        params += names
    if filters.sector:
        sectors = _sectors(filters.sector)
        marks = ",".join("?" * len(sectors))
        # Probed by the facets' key (each of a meeting's sectors is one), not by reading
        # every meeting's sector list.
        where.append(
            f"EXISTS (SELECT 1 FROM meeting_facets sf WHERE sf.facet IN ({marks})"
            " AND sf.day = coalesce(m.date_start, '') AND sf.seq = m.seq)"
        )
        params += [f"s:{x}" for x in sectors]
    if filters.date_from:
        where.append("m.date_start >= ?")
        params.append(_day(filters.date_from, end=False))
    if filters.date_to:
        where.append("m.date_end <= ?")
        params.append(_day(filters.date_to, end=True))
    if filters.place:
        try:
            place = parse_place(filters.place)
        except EditError as exc:
            raise FilterError(str(exc)) from None
        where.append("m.place = ?")
        params.append(place)
    sql = "SELECT id FROM meetings m"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY date_end IS NULL, date_end DESC, secondary, seq DESC LIMIT ?"
    rows = await (
        await store.reader.execute(sql, (*params, -1 if limit is None else limit))
    ).fetchall()
    return await store.meetings_by_ids([r[0] for r in rows])


# ----------------------------------------------------------------- export formats

CSV_COLUMNS = (
    "id",
    "date",
    "date_inferred",
    "time_of_day",
    "place",
    "kind",
    "participants",
    "sectors",
    "summary",
    "citations",
    "sources",
)


def as_row(m: Meeting) -> dict[str, str]:
    """One meeting as a flat CSV row; lists joined by " | "."""
    people = [
        p.name
        + (f" ({', '.join(x for x in (p.title, p.country) if x)})" if p.title or p.country else "")
        for p in m.participants
    ]
    return {
        "id": m.id,
        "date": m.date or "",
        "date_inferred": "1" if m.date_inferred else "0",
        "time_of_day": m.time_of_day or "",
        "place": m.place or "",
        "kind": m.kind,
        "participants": " | ".join(people),
        "sectors": " | ".join(m.sectors),
        "summary": m.summary,
        "citations": " | ".join(citation.cite(c) for c in m.citations),
        "sources": " | ".join(m.sources),
    }


def to_csv(meetings: Iterable[Meeting]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for m in meetings:
        writer.writerow(as_row(m))
    return out.getvalue()


def to_jsonl(meetings: Iterable[Meeting]) -> str:
    return "".join(json.dumps(m.public(), ensure_ascii=False) + "\n" for m in meetings)
