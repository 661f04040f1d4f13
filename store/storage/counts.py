"""Meetings counted per month or year, and one leader's meetings in time, aggregated in SQL.

Everything reads the ``meeting_facets`` index (person, sector) or the date index, so a chart
over a store of 100,000 meetings costs one index range scan and a GROUP BY — no meeting is
loaded into Python. A meeting is counted in a month only when its date fixes the month
(a date known only to the year counts in years, not in months); undated meetings are
counted apart so a chart can say how many it leaves out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from store.storage.db import Store

Window = tuple[str, date | None, date | None]  # person, within a term of office (or not)


@dataclass(frozen=True)
class Counts:
    periods: list[tuple[str, int]]  # ("YYYY-MM" | "YYYY", n), oldest first, as found
    coarser: int  # meetings known only to a coarser period (a month chart: only the year)
    undated: int


@dataclass(frozen=True)
class TimelineRow:
    meeting: str  # meeting id
    day_start: str  # YYYY-MM-DD
    day_end: str
    kind: str
    counterpart: str  # a person of the other side
    place: str | None


def _person(alias: str, group: list[Window], params: list[object]) -> str:
    """Any person of ``group``, each within their window: a condition on facet row ``alias``."""
    ors = []
    for name, start, end in group:
        cond = f"{alias}.facet = ?"
        params.append(f"p:{name}")
        if start:
            cond += f" AND {alias}.day >= ?"
            params.append(start.isoformat())
        if end:
            cond += f" AND {alias}.day <= ?"
            params.append(end.isoformat())
        ors.append(f"({cond})")
    return "(" + " OR ".join(ors) + ")"


def _filters(groups: list[list[Window]], sectors: list[str]) -> tuple[str, list[object]]:
    """The facet rows ``f`` to range over: the first asked person's (else the sectors', else
    every meeting's kind row), each other constraint checked by an index lookup."""
    params: list[object] = []
    checks: list[str] = []
    if groups:
        where = _person("f", groups[0], params)
        rest: list[tuple[str, list[Window] | None]] = [("g", g) for g in groups[1:]]
    elif sectors:
        marks = ",".join("?" * len(sectors))
        where = f"f.facet IN ({marks})"
        params += [f"s:{s}" for s in sectors]
        rest = []
        sectors = []
    else:
        # Every meeting: the kind facets hold each one exactly once ("k:" ≤ facet < "k;").
        where = "f.facet >= 'k:' AND f.facet < 'k;'"
        rest = []
    for n, (alias, group) in enumerate(rest):
        a = f"{alias}{n}"
        cond = _person(a, group or [], params)
        checks.append(
            f"EXISTS (SELECT 1 FROM meeting_facets {a} WHERE {cond}"
            f" AND {a}.day = f.day AND {a}.seq = f.seq)"
        )
    if sectors:
        marks = ",".join("?" * len(sectors))
        checks.append(
            f"EXISTS (SELECT 1 FROM meeting_facets s WHERE s.facet IN ({marks})"
            " AND s.day = f.day AND s.seq = f.seq)"
        )
        params += [f"s:{s}" for s in sectors]
    return " AND ".join([where, *checks]), params


async def count_by_period(
    store: Store,
    by: str,
    people: list[list[Window]] | None = None,
    sectors: list[str] | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Counts:
    """Meetings per month (``by="month"``) or year; ``people`` are groups (a person, or the
    holders of an office, each in their term) that must all take part; ``sectors`` any of."""
    width = 7 if by == "month" else 4
    where, params = _filters(people or [], sectors or [])
    source = "meeting_facets f"
    span = ""
    span_params: list[object] = []
    if start:
        span += " AND f.day >= ?"
        span_params.append(start.isoformat())
    if end:
        span += " AND f.day <= ?"
        span_params.append(end.isoformat())
    rows = await (
        await store.reader.execute(
            f"SELECT substr(f.day, 1, {width}) AS p, count(DISTINCT f.seq) AS n,"
            f" substr(f.day, 1, {width}) = substr(f.day_end, 1, {width}) AS exact"
            f" FROM {source} WHERE {where} AND f.day != ''{span} GROUP BY p, exact ORDER BY p",
            (*params, *span_params),
        )
    ).fetchall()
    periods: dict[str, int] = {}
    coarser = 0
    for p, n, exact in rows:
        if exact:
            periods[p] = periods.get(p, 0) + n
        else:
            coarser += n
    undated = 0
    if not start and not end:
        (undated,) = await (
            await store.reader.execute(
                f"SELECT count(DISTINCT f.seq) FROM {source} WHERE {where} AND f.day = ''",
                params,
            )
        ).fetchone()
    return Counts(sorted(periods.items()), coarser, int(undated))


async def timeline_rows(
    store: Store, person: str, other_country: str | None, limit: int = 5000
) -> list[TimelineRow]:
    """A person's dated meetings with the people of the other side, oldest first (the
    newest ``limit`` rows when there are more)."""
    country = "AND p.country = ?" if other_country else "AND p.country IS NOT NULL"
    params: list[object] = [f"p:{person}", person]
    if other_country:
        params.append(other_country)
    rows = await (
        await store.reader.execute(
            "SELECT m.id, f.day, f.day_end, m.kind, p.name, m.place FROM meeting_facets f"
            " JOIN meetings m ON m.seq = f.seq JOIN meeting_participants p ON p.meeting_id = m.id"
            f" WHERE f.facet = ? AND f.day != '' AND p.name != ? {country}"
            " ORDER BY f.day DESC LIMIT ?",
            (*params, limit),
        )
    ).fetchall()
    return [TimelineRow(*tuple(r)) for r in reversed(rows)]
