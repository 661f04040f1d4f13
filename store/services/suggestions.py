"""When a question finds nothing: the closest leaders, sectors, places and months the
store does have, as questions one can ask instead."""

from __future__ import annotations

import calendar
from datetime import date

from store.language.fold import fold, fold_key
from store.language.fuzzy import fuzz, process
from store.language.lexicon import get_lexicon
from store.language.query import Query
from store.language.wording import month_label
from store.storage.db import Store
from store.storage.search import sample_days, sector_set

SUGGEST_SCAN = 200  # meetings read at most for each kind of suggestion


UNDATED_LABEL = "(không rõ ngày)"  # a suggestion's period: the same question, any day


def _ask_text(*parts: str) -> str:
    return " ".join(p for p in parts if p)


async def present(store: Store, name: str) -> bool:
    row = await (
        await store.reader.execute(
            "SELECT 1 FROM meeting_participants WHERE name = ? LIMIT 1", (name,)
        )
    ).fetchone()
    return row is not None


async def present_names(store: Store, names: list[str]) -> set[str]:
    """Which of the names the store has a participant of: one query for them all."""
    found: set[str] = set()
    for k in range(0, len(names), 500):
        part = names[k : k + 500]
        rows = await (
            await store.reader.execute(
                "SELECT DISTINCT name FROM meeting_participants"
                f" WHERE name IN ({','.join('?' * len(part))})",
                part,
            )
        ).fetchall()
        found.update(str(r[0]) for r in rows)
    return found


async def _nearest_people(store: Store, text: str, cutoff: float) -> list[str]:
    """Known leaders whose names look like ``text`` and who are in the store."""
    lex = get_lexicon()
    names = list(lex.people)
    hits = process.extract(
        fold(text), [fold(n) for n in names], scorer=fuzz.WRatio, limit=4, score_cutoff=cutoff
    )
    return [names[h[2]] for h in hits if await present(store, names[h[2]])][:2]


async def _met_by(store: Store, g, limit: int = 3) -> list[str]:
    """The people a leader met most often among their recent meetings."""
    seqs = await sample_days(store, Query(groups=[g]), limit=SUGGEST_SCAN)
    names = g.names
    rows = await in_seqs(
        store,
        "SELECT p.name, count(*) AS n FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id"
        " WHERE m.seq IN ({}) GROUP BY p.name ORDER BY n DESC LIMIT " + str(limit + len(names)),
        seqs,
    )
    return [r[0] for r in rows if r[0] not in names][:limit]


async def suggest(store: Store, q: Query) -> list[str]:
    """Closest leaders / sectors / months the store does have, as questions one can ask."""
    out: list[str] = []
    labels = [g.label for g in q.groups]
    date_part = q.date_label or ""

    for name in q.unknown_names:
        out += await _nearest_people(store, name, 70)

    # Leaders the store has never seen: offer the nearest names it has.
    usable = []
    for g in q.groups:
        held = await present_names(store, g.names)
        here = [n for n in g.names if n in held]
        if here:
            usable.append(g)
        else:
            out += [n for n in await _nearest_people(store, g.label, 75) if n not in g.names]

    if usable and len(usable) == len(q.groups):
        # Drop one constraint at a time: what the same people (place, sector, period) did have.
        if q.date_from and q.date_to:
            near = await _nearest_months(store, q)
            out += [_ask_text(*labels, m) for m in near]
        if q.sectors:
            seqs = await sample_days(store, q, sectors=False, limit=SUGGEST_SCAN)
            rows = await in_seqs(
                store,
                "SELECT s.sector, count(*) AS n FROM meeting_sectors s JOIN meetings m ON m.id = s.meeting_id"
                " WHERE m.seq IN ({}) GROUP BY s.sector ORDER BY n DESC LIMIT 3",
                seqs,
            )
            out += [_ask_text(*labels, r[0], date_part) for r in rows]
        if q.places or q.countries:
            seqs = await sample_days(store, q, places=False, limit=SUGGEST_SCAN)
            rows = await in_seqs(
                store,
                "SELECT m.place, count(*) AS n FROM meetings m WHERE m.seq IN ({}) AND m.place IS NOT NULL"
                " GROUP BY m.place ORDER BY n DESC LIMIT 3",
                seqs,
            )
            out += [_ask_text(*labels, f"ở {r[0]}", date_part) for r in rows]
    out = [x.replace(f" {UNDATED_LABEL}", "") for x in out]
    if len(q.groups) >= 2 or (q.groups and (q.unknown_names or not out)):
        for g in usable[:2]:  # who each named leader did meet
            # An office asked ("Thủ tướng Nga") is joined to a name by "gặp": a title right
            # before a name reads as that person's ("Thủ tướng Nga Tô Lâm").
            join = "gặp" if g.office is not None else ""
            out += [_ask_text(g.label, join, name) for name in await _met_by(store, g)]
    if not q.groups and (q.date_from or q.sectors) and not out:
        if q.date_from and q.date_to:
            # What was asked besides the period, so a suggestion is a question of its own
            # ("Ban Đối ngoại Trung ương (không rõ ngày)", never "(không rõ ngày)" alone).
            asked = [*q.sectors, *q.agency_labels]
            months = await _nearest_months(store, q)
            out += [_ask_text(*asked, m) for m in months if asked or m != UNDATED_LABEL]
        elif q.sectors:
            # Related sectors (same parent) the store does have.
            lex = get_lexicon()
            asked = set(sector_set(q.sectors))
            parents = {lex.sectors[s].parent or s for s in q.sectors if s in lex.sectors}
            related = [
                s
                for s in lex.sectors.values()
                if s.name not in asked and (s.parent in parents or s.name in parents)
            ]
            for sec in related:
                if await sample_days(store, Query(sectors=[sec.name]), limit=1):
                    out.append(sec.name)
                if len(out) >= 3:
                    break
    if not out:
        seqs = await sample_days(store, Query(), limit=20)
        rows = await in_seqs(
            store,
            "SELECT p.name, count(*) AS n FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id"
            " WHERE m.seq IN ({}) GROUP BY p.name ORDER BY n DESC LIMIT 3",
            seqs,
        )
        out = [r[0] for r in rows]
    unique: dict[frozenset[str], str] = {}
    for x in out:
        if x:
            unique.setdefault(frozenset(fold_key(x).split()), x)
    return list(unique.values())[:5]


async def in_seqs(store: Store, sql: str, seqs: list[int]) -> list:
    if not seqs:
        return []
    return list(
        await (await store.reader.execute(sql.format(",".join("?" * len(seqs))), seqs)).fetchall()
    )


async def _nearest_months(store: Store, q: Query) -> list[str]:
    """Months before and after the period asked in which the same constraints did hold."""
    assert q.date_from and q.date_to
    before = await sample_days(store, q, before=q.date_from.isoformat(), limit=40)
    after = await sample_days(store, q, after=q.date_to.isoformat(), limit=40)
    rows = await in_seqs(store, "SELECT m.date FROM meetings m WHERE m.seq IN ({})", before + after)
    months = sorted(
        {r[0][:7] for r in rows if r[0]}, key=lambda ym: abs((_month_start(ym) - q.date_from).days)
    )
    labels = [month_label(ym) for ym in months[:3]]
    if not labels and await sample_days(store, q, dates=False, limit=1):
        labels = [UNDATED_LABEL]
    return labels


def _month_start(ym: str) -> date:
    y = int(ym[:4])
    mo = int(ym[5:7]) if len(ym) >= 7 else 6
    return date(y, mo, min(15, calendar.monthrange(y, mo)[1]))
