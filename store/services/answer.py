"""Question → answer: understanding, search, and the plain-text reply.

The wording lives in ``store.language.wording``; here the question is understood, the
store searched, and when nothing is found, what the store does have is offered.
"""

from __future__ import annotations

import calendar
from datetime import date

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from store.language.cards import ordered_sectors
from store.language.countries import country_name
from store.language.fold import fold, fold_key
from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from store.language.query import Query, understand
from store.language.wording import (
    EXAMPLES,
    LIST_MAX,
    compose_answer,
    help_text,
    month_label,
    understood_text,
)
from store.storage import db as _db
from store.storage.db import Store
from store.storage.search import (
    forget_sizes,
    fts_has,
    remember_sizes,
    sample_days,
    search,
    sector_set,
)

SUGGEST_SCAN = 200  # meetings read at most for each kind of suggestion


class Understood(BaseModel):
    leaders: list[str] = Field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    places: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)
    intent: str = "list"
    kinds: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)

    def public(self) -> dict:
        return self.model_dump(
            include={"leaders", "date_from", "date_to", "places", "sectors", "intent"}
        )


class AskResult(BaseModel):
    question: str
    understood: Understood
    answer: str
    results: list[Meeting] = Field(default_factory=list)
    suggestions: list[str] = Field(default_factory=list)
    total: int = 0  # meetings satisfying the question
    total_estimated: bool = False  # broad question over a big store: ``total`` is an estimate
    offset: int = 0
    unknown_names: list[str] = Field(default_factory=list)
    quotes: dict[str, list[str]] = Field(default_factory=dict)  # meeting id → quoted sentences

    def public(self) -> dict:
        """The ``briefing ask --json`` document (DESIGN §5); each result also carries
        ``quotes``, the article's sentences about what was asked."""
        return {
            "question": self.question,
            "understood": self.understood.public(),
            "answer": self.answer,
            "results": [
                m.public(with_score=True) | {"quotes": list(self.quotes.get(m.id, []))}
                for m in self.results
            ],
            "suggestions": list(self.suggestions),
        }


def _understood(q: Query) -> Understood:
    return Understood(
        leaders=list(q.leaders),
        date_from=q.date_from.isoformat() if q.date_from else None,
        date_to=q.date_to.isoformat() if q.date_to else None,
        places=list(q.places) + [country_name(c) or c for c in q.countries],
        sectors=list(q.sectors),
        intent=q.intent,
        kinds=list(q.kinds),
        keywords=list(q.keywords),
    )


def _terms(q: Query) -> set[str]:
    """Folded words and sector names (with their synonyms) the question asks about."""
    lex = get_lexicon()
    terms = set(q.keywords)
    for s in sector_set(q.sectors):
        sec = lex.sectors.get(s)
        terms.update(fold_key(t) for t in (s, *(sec.synonyms if sec else ())))
    terms.discard("")
    return terms


def _hits(point: str, terms: set[str]) -> int:
    f = f" {fold_key(point)} "
    return sum(f" {t} " in f for t in terms)


def _best_points(m: Meeting, q: Query) -> Meeting:
    """Put the key point that speaks of the asked sector or words first, and the asked
    sectors first among the meeting's."""
    if not (q.sectors or q.keywords):
        return m
    terms = _terms(q)
    ranked = sorted(m.key_points, key=lambda p: _hits(p, terms), reverse=True)
    sectors = ordered_sectors(m.sectors, set(sector_set(q.sectors)))
    return m.model_copy(update={"key_points": ranked, "sectors": sectors})


def _quotes(q: Query, meetings: list[Meeting]) -> dict[str, list[str]]:
    """Each meeting's key sentences about the asked sectors or words (for sector questions)."""
    if not (q.sectors or q.keywords):
        return {}
    terms = _terms(q)
    return {m.id: [p for p in m.key_points if _hits(p, terms)] for m in meetings}


def _ask_text(*parts: str) -> str:
    return " ".join(p for p in parts if p)


async def _present(store: Store, name: str) -> bool:
    row = await (
        await store.reader.execute(
            "SELECT 1 FROM meeting_participants WHERE name = ? LIMIT 1", (name,)
        )
    ).fetchone()
    return row is not None


async def _nearest_people(store: Store, text: str, cutoff: float) -> list[str]:
    """Known leaders whose names look like ``text`` and who are in the store."""
    lex = get_lexicon()
    names = list(lex.people)
    hits = process.extract(
        fold(text), [fold(n) for n in names], scorer=fuzz.WRatio, limit=4, score_cutoff=cutoff
    )
    return [names[h[2]] for h in hits if await _present(store, names[h[2]])][:2]


async def _met_by(store: Store, g, limit: int = 3) -> list[str]:
    """The people a leader met most often among their recent meetings."""
    seqs = await sample_days(store, Query(groups=[g]), limit=SUGGEST_SCAN)
    names = g.names
    rows = await _in_seqs(
        store,
        "SELECT p.name, count(*) AS n FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id"
        " WHERE m.seq IN ({}) GROUP BY p.name ORDER BY n DESC LIMIT " + str(limit + len(names)),
        seqs,
    )
    return [r[0] for r in rows if r[0] not in names][:limit]


async def _suggest(store: Store, q: Query) -> list[str]:
    """Closest leaders / sectors / months the store does have, as questions one can ask."""
    out: list[str] = []
    labels = [g.label for g in q.groups]
    date_part = q.date_label or ""

    for name in q.unknown_names:
        out += await _nearest_people(store, name, 70)

    # Leaders the store has never seen: offer the nearest names it has.
    usable = []
    for g in q.groups:
        present = [n for n in g.names if await _present(store, n)]
        if present:
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
            rows = await _in_seqs(
                store,
                "SELECT s.sector, count(*) AS n FROM meeting_sectors s JOIN meetings m ON m.id = s.meeting_id"
                " WHERE m.seq IN ({}) GROUP BY s.sector ORDER BY n DESC LIMIT 3",
                seqs,
            )
            out += [_ask_text(*labels, r[0], date_part) for r in rows]
        if q.places or q.countries:
            seqs = await sample_days(store, q, places=False, limit=SUGGEST_SCAN)
            rows = await _in_seqs(
                store,
                "SELECT m.place, count(*) AS n FROM meetings m WHERE m.seq IN ({}) AND m.place IS NOT NULL"
                " GROUP BY m.place ORDER BY n DESC LIMIT 3",
                seqs,
            )
            out += [_ask_text(*labels, f"ở {r[0]}", date_part) for r in rows]
    out = [x.replace(" (không rõ ngày)", "") for x in out]
    if len(q.groups) >= 2 or (q.groups and (q.unknown_names or not out)):
        for g in usable[:2]:  # who each named leader did meet
            out += [_ask_text(g.label, name) for name in await _met_by(store, g)]
    if not q.groups and (q.date_from or q.sectors) and not out:
        if q.date_from and q.date_to:
            out += [_ask_text(*q.sectors, m) for m in await _nearest_months(store, q)]
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
        rows = await _in_seqs(
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


async def _in_seqs(store: Store, sql: str, seqs: list[int]) -> list:
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
    rows = await _in_seqs(
        store, "SELECT m.date FROM meetings m WHERE m.seq IN ({})", before + after
    )
    months = sorted(
        {r[0][:7] for r in rows if r[0]}, key=lambda ym: abs((_month_start(ym) - q.date_from).days)
    )
    labels = [month_label(ym) for ym in months[:3]]
    if not labels and await sample_days(store, q, dates=False, limit=1):
        labels = ["(không rõ ngày)"]
    return labels


def _month_start(ym: str) -> date:
    y = int(ym[:4])
    mo = int(ym[5:7]) if len(ym) >= 7 else 6
    return date(y, mo, min(15, calendar.monthrange(y, mo)[1]))


# --------------------------------------------------------------------------------- ask


async def ask(
    store: Store, question: str, today: date | None = None, limit: int = LIST_MAX, offset: int = 0
) -> AskResult:
    """Answer a question about Vietnam–Russia meetings from the store."""
    token = remember_sizes()
    try:
        return await _ask(store, question, today, limit, offset)
    finally:
        forget_sizes(token)


async def _ask(
    store: Store, question: str, today: date | None, limit: int, offset: int
) -> AskResult:
    today = today or _db.today()
    limit = max(0, min(int(limit), 50))
    offset = max(0, int(offset))
    q = understand(question or "", today)
    base = {"question": question or "", "understood": _understood(q), "offset": offset}

    # Names we do not know may still be words the store has (an enterprise, a programme).
    required: list[str] = []
    unknown: list[str] = []
    for name in q.unknown_names:
        (required if await fts_has(store, name) else unknown).append(name)
    if required:
        q = q.model_copy(update={"unknown_names": unknown, "keywords": [k for k in q.keywords]})
    if not q.has_constraints and q.keywords and not q.newest:
        required += q.keywords  # words alone must all appear

    if unknown:
        suggestions = await _suggest(store, q)
        names = ", ".join(f"«{n}»" for n in unknown)
        answer = (
            f"Chưa có dữ liệu về {names} trong các cuộc gặp Việt Nam – Nga đã lưu, nên không có kết quả.\n"
            + understood_text(q)
        )
        if suggestions:
            answer += "\nGợi ý: " + "; ".join(suggestions)
        return AskResult(**base, answer=answer, suggestions=suggestions, unknown_names=unknown)

    if q.is_empty and not required:
        return AskResult(**base, answer=help_text(), suggestions=list(EXAMPLES))

    page = 1 if q.single and offset == 0 else limit
    found = await search(store, q, limit=page, offset=offset, required=required or None)
    meetings = await store.meetings_by_ids(found.ids)
    shown = [
        _best_points(m, q).model_copy(update={"score": found.scores.get(m.id)}) for m in meetings
    ]

    if found.total == 0:
        suggestions = await _suggest(store, q)
        answer = "Không tìm thấy cuộc gặp nào phù hợp với câu hỏi.\n" + understood_text(q)
        if suggestions:
            answer += "\nGợi ý: " + "; ".join(suggestions)
        return AskResult(**base, answer=answer, suggestions=suggestions, total=0)
    if not shown:
        answer = f"Đã hết kết quả: có tất cả {found.total} cuộc gặp phù hợp."
        return AskResult(**base, answer=answer, total=found.total)
    answer = compose_answer(
        q, shown, found.total, offset, found.kinds_relaxed, found.total_estimated
    )
    return AskResult(
        **base,
        answer=answer,
        results=shown,
        total=found.total,
        total_estimated=found.total_estimated,
        quotes=_quotes(q, shown),
    )
