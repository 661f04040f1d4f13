"""Question → answer: understanding, search, and the plain-text reply.

The wording lives in ``store.language.wording``; here the question is understood, the
store searched, and when nothing is found, what the store does have is offered.
"""

from __future__ import annotations

import calendar
from datetime import date

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from store.language import passages
from store.language.cards import ordered_sectors
from store.language.countries import BILATERAL, country_name
from store.language.fold import fold, fold_key
from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from store.language.query import (
    Alternative,
    LeaderGroup,
    Query,
    is_function_word,
    is_vietnamese_word,
    understand,
)
from store.language.question_words import domain_spans
from store.language.wording import (
    EXAMPLES,
    LIST_MAX,
    ago,
    chat_text,
    compose_answer,
    foreign_text,
    format_date,
    help_text,
    month_label,
    off_topic_text,
    understood_text,
)
from store.storage import db as _db
from store.storage.db import Store, date_bounds
from store.storage.search import (
    Found,
    forget_sizes,
    fts_has,
    matching_days,
    remember_sizes,
    sample_days,
    search,
    sector_set,
    sector_terms,
    source_texts,
    undated_matches,
)

SUGGEST_SCAN = 200  # meetings read at most for each kind of suggestion
YEARS_BACK = 20  # a day or month without a year is looked for this many years back at most
YEAR_SCAN = 400  # newest matching meetings whose days are read to pick that year
VISIT_SCAN = 60  # visits of a leader read when looking for whom they may have met
TOP_RANK = 5  # offices ranked this high (head of state, party, government, parliament) host


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


# ----------------------------------------------------------------- what the store holds


async def _explain(store: Store, q: Query) -> tuple[list[str], list[str]]:
    """Leftover word runs the store accounts for (phrases of its articles) and the ones it
    does not ("thời tiết", "giá xăng"): (found, unexplained).

    Words of on-topic questions ("tuyên bố chung", "ký kết") need no proof. A single
    Vietnamese syllable proves nothing by being somewhere in the store ("giá" is in
    "đánh giá"), so alone it stays unexplained.
    """
    found: list[str] = []
    unexplained: list[str] = []
    for run in q.runs:
        words = run.split()
        if len(words) >= 2 and await fts_has(store, run):
            found.append(run)
            continue
        covered = domain_spans(words) | {i for i, w in enumerate(words) if is_function_word(w)}
        pieces: list[list[str]] = [[]]
        for i, w in enumerate(words):
            if i in covered:
                pieces.append([])
            else:
                pieces[-1].append(w)
        for piece in [p for p in pieces if p]:
            text = " ".join(piece)
            single_vn = len(piece) == 1 and is_vietnamese_word(piece[0])
            if not single_vn and await fts_has(store, text):
                found.append(text)
            else:
                unexplained.append(text)
    return found, unexplained


def _vietnamese_name(name: str) -> bool:
    """Every word a Vietnamese syllable ("Trấn Thành"): as a phrase it may sit inside another
    name in the store ("Trần Thanh Mẫn"), so only an exact participant name counts."""
    return all(is_vietnamese_word(w) for w in fold_key(name).split())


def _shift_years(q: Query, years: int) -> Query | None:
    """The same day or month ``years`` earlier (29/2 of a year without one does not exist)."""
    assert q.date_from and q.date_to
    try:
        start = q.date_from.replace(year=q.date_from.year - years)
        end = q.date_to.replace(year=q.date_to.year - years)
    except ValueError:
        return None
    label = (q.date_label or "").replace(str(q.date_from.year), str(start.year))
    return q.model_copy(update={"date_from": start, "date_to": end, "date_label": label})


async def _earliest(store: Store) -> str | None:
    row = await (
        await store.reader.execute(
            "SELECT date_start FROM meetings WHERE date_start IS NOT NULL"
            " ORDER BY date_start LIMIT 1"
        )
    ).fetchone()
    return row[0] if row else None


async def _earlier_year(
    store: Store, q: Query, page: int, offset: int, required: list[str]
) -> tuple[Query, Found] | None:
    """A day or month typed without a year: the most recent year that has a matching
    meeting on it (the current year had none). One walk gives the days of the newest
    matching meetings; years beyond it are probed one by one."""
    days = await matching_days(store, q, required, limit=YEAR_SCAN)
    if not days:
        return None  # nothing matches in any year
    first = await _earliest(store)
    for years in range(1, YEARS_BACK + 1):
        sub = _shift_years(q, years)
        if sub is None:
            continue
        assert sub.date_from and sub.date_to
        lo, hi = sub.date_from.isoformat(), sub.date_to.isoformat()
        if first and hi < first:
            return None
        seen = len(days) < YEAR_SCAN or lo >= days[-1]
        if seen and not any(lo <= d <= hi for d in days):
            continue
        found = await search(store, sub, limit=page, offset=offset, required=required or None)
        if found.total:
            return sub, found
    return None


def _meeting_day(m: Meeting):  # noqa: ANN202 - date | None
    start, _end = date_bounds(m.date)
    return date.fromisoformat(start) if start else None


async def _visits(store: Store, q: Query) -> list[Meeting]:
    """Visits the store records one side of, that a named leader of the other side hosted.

    "Tô Lâm gặp Putin" over a store that only says "chuyến thăm chính thức Nga của Tổng Bí
    thư Tô Lâm tháng 5/2025": a leader of the top rank on an official visit is received by
    the hosts of the top rank. Used only when no meeting names both.
    """
    if len(q.groups) != 2 or q.kinds and any(k.startswith("điện") for k in q.kinds):
        return []
    lex = get_lexicon()
    out: list[Meeting] = []
    for visitor, host in (q.groups, q.groups[::-1]):
        seqs = await sample_days(
            store, q.model_copy(update={"groups": [visitor]}), limit=VISIT_SCAN
        )
        if not seqs:
            continue
        ids = [
            r[0]
            for r in await _in_seqs(
                store, "SELECT m.id FROM meetings m WHERE m.seq IN ({}) AND m.kind = 'thăm'", seqs
            )
        ]
        for m in await store.meetings_by_ids(ids):
            sides = {p.country for p in m.participants}
            when = _meeting_day(m)
            if len(sides) != 1 or when is None or not m.date or len(m.date) < 7:
                continue
            side = next(iter(sides))
            place = lex.places.get(m.place or "")
            hosting = place.country if place else {"VN": "RU", "RU": "VN"}.get(side or "")
            if not _ranked(lex, [p.name for p in m.participants], when, side):
                continue
            if any(_ranked(lex, [a.name], when, hosting) for a in host.alternatives):
                out.append(m)
    return sorted(out, key=lambda m: m.date or "", reverse=True)


def _term_window(m: Meeting) -> tuple[date, date] | None:
    """When an undated meeting can have been, from the terms of office its participants had
    under the titles the article gives them; None when a title does not fix it."""
    lex = get_lexicon()
    lo, hi = date.min, date.max
    fixed = False
    for p in m.participants:
        person = lex.people.get(p.name)
        if person is None or not p.title:
            continue
        mine = fold_key(p.title)
        terms = [
            t
            for t in person.tenures
            if fold_key(t.title).startswith(mine) or mine.startswith(fold_key(t.title))
        ]
        if not terms:
            continue
        start = min(t.start for t in terms)
        end = max((t.end or date.max) for t in terms)
        lo, hi, fixed = max(lo, start), min(hi, end), True
    return (lo, hi) if fixed and lo <= hi else None


async def _undated_in_period(store: Store, q: Query, required: list[str]) -> list[Meeting]:
    """Undated meetings whose participants' terms put them inside the period asked."""
    assert q.date_from and q.date_to
    seqs = await undated_matches(store, q, required or None)
    rows = await _in_seqs(store, "SELECT m.id FROM meetings m WHERE m.seq IN ({})", seqs)
    out = []
    for m in await store.meetings_by_ids([r[0] for r in rows]):
        window = _term_window(m)
        if window and q.date_from <= window[0] and window[1] <= q.date_to:
            out.append(m)
    return out


def _ranked(lex, names: list[str], when, country: str | None) -> bool:  # noqa: ANN001
    """Someone among ``names`` held an office of the top rank of ``country`` on ``when``."""
    for name in names:
        person = lex.people.get(name)
        if person is None or person.country != country:
            continue
        for t in person.tenures:
            if t.active(when) and lex.offices[t.office].rank <= TOP_RANK:
                return True
    return False


# --------------------------------------------------------------------------------- ask


async def ask(
    store: Store,
    question: str,
    today: date | None = None,
    limit: int = LIST_MAX,
    offset: int = 0,
    quote_all: bool = False,
) -> AskResult:
    """Answer a question about Vietnam–Russia meetings from the store.

    The article's sentences about what was asked are quoted for the meeting a card shows;
    ``quote_all`` quotes them for every result (``briefing ask --json``).
    """
    token = remember_sizes()
    try:
        return await _ask(store, question, today, limit, offset, quote_all)
    finally:
        forget_sizes(token)


async def _quotes(store: Store, q: Query, meetings: list[Meeting]) -> dict[str, list[str]]:
    """The article's sentences about what was asked, per meeting (its lead otherwise)."""
    texts = await source_texts(store, [m.id for m in meetings])
    words = [*sector_terms(q.sectors), *q.phrases, *q.must]
    subs = sector_set(q.sectors)
    out: dict[str, list[str]] = {}
    for m in meetings:
        best: list[str] = []
        for text in texts.get(m.id, []):
            found = passages.quotes(passages.parsed(text), words, subs)
            if found and (not best or len(found) > len(best)):
                best = found
        out[m.id] = best
    return out


async def _ask(
    store: Store, question: str, today: date | None, limit: int, offset: int, quote_all: bool
) -> AskResult:
    today = today or _db.today()
    limit = max(0, min(int(limit), 50))
    offset = max(0, int(offset))
    q = understand(question or "", today)
    base = {"question": question or "", "understood": _understood(q), "offset": offset}

    if q.chat:
        return AskResult(**base, answer=chat_text(q.chat), suggestions=EXAMPLES[:2])
    if q.foreign:
        # Another pair of countries: the store holds Vietnam–Russia meetings only.
        return AskResult(**base, answer=foreign_text(q.foreign), suggestions=EXAMPLES[:2])

    # Names the lexicon does not know may still be in the store: a participant recorded
    # under that exact name, or a foreign word of its articles (an enterprise, a programme).
    required: list[str] = []
    unknown: list[str] = []
    groups = list(q.groups)
    for name in q.unknown_names:
        if await _present(store, name):
            groups.append(LeaderGroup(label=name, alternatives=[Alternative(name=name)]))
        elif not _vietnamese_name(name) and await fts_has(store, name):
            required.append(name)
        else:
            unknown.append(name)
    if len(unknown) < len(q.unknown_names):
        q = q.model_copy(update={"unknown_names": unknown, "groups": groups})

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

    # A question is answered only when something it names is in the store: a leader, or a
    # phrase of an article; places, dates, sectors and kinds alone do not vouch for words
    # the store has never seen ("thời tiết Đà Nẵng", "giá xăng tuần này").
    found_runs, unexplained = await _explain(store, q)
    if unexplained and not (q.groups or required):
        return AskResult(**base, answer=off_topic_text(unexplained, q), suggestions=EXAMPLES[:2])
    required += q.must
    if not q.groups and not required and q.roles:
        required += q.roles  # "đại sứ" alone: meetings of someone with that title
    if not q.has_constraints and not required and not q.newest:
        required += found_runs  # words alone must all appear

    if not (q.has_constraints or required or q.newest):
        return AskResult(**base, answer=help_text(), suggestions=list(EXAMPLES))

    page = 1 if q.single and offset == 0 else limit
    found = await search(store, q, limit=page, offset=offset, required=required or None)
    notes: list[str] = []
    if found.total == 0 and q.year_open and q.date_from and q.date_to:
        earlier = await _earlier_year(store, q, page, offset, required)
        if earlier:
            q, found = earlier
            base["understood"] = _understood(q)
    if q.year_open and q.date_label and found.total:
        notes.append(f"Câu hỏi không nêu năm: hiểu là {q.date_label}.")
    if found.total == 0 and q.recent:
        newest = q.model_copy(
            update={"date_from": None, "date_to": None, "date_label": None, "newest": True}
        )
        again = await search(store, newest, limit=page, offset=offset, required=required or None)
        if again.total:
            notes.append(
                f"Không có cuộc gặp nào trong {q.date_label or 'thời gian gần đây'}; "
                "đây là các cuộc gặp gần nhất."
            )
            q, found = newest, again
    meetings = await store.meetings_by_ids(found.ids)
    if found.total == 0 and offset == 0 and q.date_from and q.date_to and q.groups:
        undated = await _undated_in_period(store, q, required)
        if undated:
            meetings = undated[:page]
            found = Found([m.id for m in meetings], {}, len(undated))
            notes.append(
                "Ngày gặp không rõ; chức vụ của những người dự khi đó cho thấy cuộc gặp "
                "nằm trong thời gian hỏi."
            )
    visits: list[Meeting] = []
    if found.total == 0 and offset == 0:
        visits = await _visits(store, q)
    if visits:
        meetings = visits[:page]
        found = Found([m.id for m in meetings], {}, len(visits))
        a, b = q.groups[0].label, q.groups[1].label
        notes.append(
            f"Không có bài nào nêu trực tiếp cuộc gặp {a} – {b}. Có chuyến thăm cấp cao sau, "
            "trong đó lãnh đạo nước chủ nhà thường tiếp đoàn (bài không nêu tên người tiếp):"
        )
    shown = [
        _best_points(m, q).model_copy(update={"score": found.scores.get(m.id)}) for m in meetings
    ]

    if found.total == 0:
        suggestions = await _suggest(store, q)
        answer = "Không tìm thấy cuộc gặp nào phù hợp với câu hỏi.\n" + understood_text(q)
        outside = [c for c in q.countries if c not in BILATERAL]
        if outside:
            answer = (
                "Mình chỉ theo dõi các cuộc gặp cấp cao Việt Nam – Nga; không có cuộc gặp nào"
                " như vậy ở nước được hỏi.\n" + understood_text(q)
            )
        if suggestions:
            answer += "\nGợi ý: " + "; ".join(suggestions)
        return AskResult(**base, answer=answer, suggestions=suggestions, total=0)
    if not shown:
        answer = f"Đã hết kết quả: có tất cả {found.total} cuộc gặp phù hợp."
        return AskResult(**base, answer=answer, total=found.total)
    if q.date_from and any(not m.date for m in shown):
        notes.append("Có cuộc gặp không rõ ngày: tính theo ngày đăng bài, trong thời gian hỏi.")
    if q.newest and not visits and shown[0].date and offset == 0:
        day = _meeting_day(shown[0])
        if day and (today - day).days > 21:
            notes.append(f"Cuộc gặp gần nhất: {format_date(shown[0])}, {ago(day, today)}.")
    card = (len(shown) == 1 and (found.total == 1 or q.single)) or (
        q.intent == "what" and offset == 0
    )
    quotes = await _quotes(store, q, shown if quote_all else shown[:1] if card else [])
    answer = compose_answer(
        q,
        shown,
        found.total,
        offset,
        found.kinds_relaxed,
        found.total_estimated,
        quotes=quotes,
        notes=notes,
    )
    return AskResult(
        **base,
        answer=answer,
        results=shown,
        total=found.total,
        total_estimated=found.total_estimated,
        quotes=quotes,
    )
