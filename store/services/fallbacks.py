"""Leeway for vague questions: whether the store accounts for a question's words, and what
to answer when the plain search finds nothing — an earlier year for a day or month typed
without one, undated meetings whose participants' terms fix the period, visits of top
leaders when no article names both.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from store.language import passages
from store.language.fold import fold_key
from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from store.language.query import Query, is_vietnamese_word, surname_as_typed
from store.language.question_names import VN_SURNAMES
from store.language.question_words import domain_spans, function_words_at
from store.services.suggestions import in_seqs
from store.storage.db import Store, date_bounds
from store.storage.search import (
    Found,
    fts_has,
    fts_has_all,
    matching_days,
    sample_days,
    search,
    source_articles,
    undated_matches,
)

YEARS_BACK = 20  # a day or month without a year is looked for this many years back at most
YEAR_SCAN = 150  # newest matching meetings whose days are read to pick that year
VISIT_SCAN = 60  # visits of a leader read when looking for whom they may have met
TOP_RANK = 5  # offices ranked this high (head of state, party, government, parliament) host


async def explain(store: Store, q: Query) -> tuple[list[str], list[str]]:
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
        covered = domain_spans(words) | function_words_at(words)
        # "hợp tác đại học": the on-topic words leading the run prove nothing; the words
        # after them are what an article must say ("hợp tác đào tạo với các đại học").
        lead = next((i for i in range(len(words)) if i not in covered), len(words))
        core = " ".join(words[lead:])
        if lead > 0 and len(words) - lead >= 2 and await fts_has(store, core):
            found.append(core)
            continue
        if len(words) >= 2 and await fts_has(store, run):
            found.append(run)
            continue
        # The run without the on-topic and function words at its ends ("hợp tác kiểm toán"
        # → "kiểm toán"): a phrase of the store as a whole, even where a syllable inside it
        # is also a function word ("toàn" of "kiểm toán" folds like "toán").
        lo, hi = 0, len(words)
        while lo < hi and lo in covered:
            lo += 1
        while hi > lo and hi - 1 in covered:
            hi -= 1
        core = None
        for c in (words[lo:hi], words[lo:]):  # a function-like last syllable may be the word's
            if len(c) >= 2 and c != words and await fts_has(store, " ".join(c)):
                core = " ".join(c)
                break
        if core is not None:
            found.append(core)
            continue
        joined = await _phrases_of(store, words, covered)
        if joined:
            found += joined  # "thi truong thanh long": "thị trường" and "thanh long" apart
            continue
        pieces: list[list[str]] = [[]]
        for i, w in enumerate(words):
            if i in covered:
                pieces.append([])
            else:
                pieces[-1].append(w)
        for piece in [p for q in pieces if q for p in _at_foreign(q)]:
            text = " ".join(piece)
            single_vn = len(piece) == 1 and is_vietnamese_word(piece[0])
            # Foreign words typed together ("Sputnik V RDIF") need not be one phrase of
            # the text, only words of one meeting; Vietnamese syllables must be a phrase.
            foreign = [w for w in piece if len(w) > 1 and not is_vietnamese_word(w)]
            words_of_one = len(foreign) >= 2 and len(foreign) >= len(piece) - 1
            if not single_vn and await fts_has(store, text):
                found.append(text)
            elif words_of_one and await fts_has_all(store, piece):
                found += piece  # each must appear, not the phrase
            else:
                unexplained.append(text)
    return found, unexplained


PHRASES_RUN = 6  # words of a run split into phrases of the store (bounded lookups)


async def _phrases_of(store: Store, words: list[str], covered: set[int]) -> list[str] | None:
    """The run as consecutive phrases of the store of two words or more (longest first),
    its function and on-topic words and the foreign words the store has free: keywords
    typed together that the article says apart. None when it does not split so."""
    if not 3 <= len(words) <= PHRASES_RUN:
        return None
    said: dict[str, bool] = {}
    memo: dict[int, list[str] | None] = {}

    async def held(phrase: str) -> bool:
        if phrase not in said:
            said[phrase] = await fts_has(store, phrase)
        return said[phrase]

    async def split(i: int) -> list[str] | None:
        if i == len(words):
            return []
        if i in memo:
            return memo[i]
        memo[i] = None
        for j in range(len(words), i + 1, -1):
            phrase = " ".join(words[i:j])
            if (i, j) != (0, len(words)) and await held(phrase):
                rest = await split(j)
                if rest is not None:
                    memo[i] = [phrase, *rest]
                    return memo[i]
        word = words[i]
        # A function word, or a foreign word the store has ("zarubezhneft"), stands alone.
        alone = i in covered or (
            len(word) > 2 and not is_vietnamese_word(word) and await held(word)
        )
        if alone:
            memo[i] = await split(i + 1)
        return memo[i]

    parts = await split(0)
    return parts or None


def _at_foreign(piece: list[str]) -> list[list[str]]:
    """A run mixing one foreign word with Vietnamese syllables ("topilin bao hiem xa hoi",
    typed without a verb) is a name beside a topic, each judged alone; foreign words typed
    together stay one piece (see ``explain``)."""
    foreign = [i for i, w in enumerate(piece) if len(w) > 2 and not is_vietnamese_word(w)]
    if len(foreign) != 1 or len(piece) == 1:
        return [piece]
    i = foreign[0]
    return [p for p in (piece[:i], piece[i : i + 1], piece[i + 1 :]) if p]


def vietnamese_name(name: str) -> bool:
    """Every word a Vietnamese syllable ("Trấn Thành"): as a phrase it may sit inside another
    name in the store ("Trần Thanh Mẫn"), so only an exact participant name counts."""
    return all(is_vietnamese_word(w) for w in fold_key(name).split())


def surnameless_phrase(name: str) -> bool:
    """Vietnamese syllables that start with no surname ("Viễn Đông", "Phát triển"; typed
    without marks, "Vien" may be "Viên"): words of an article, never a person's name."""
    words = name.split()
    if not words or not vietnamese_name(name):
        return False
    return not (fold_key(words[0]) in VN_SURNAMES and surname_as_typed(words[0]))


def phrase_not_name(name: str) -> bool:
    """Three Vietnamese syllables or more the store holds as a phrase ("mua thu vang" of a
    fair's name): too long to sit inside another person's name as "Trấn Thành" does."""
    return len(name.split()) >= 3


def national(office_words: list[str]) -> bool:
    """Whether one of these folded office words names a country ("bo truong … viet nam")."""
    return any(w.endswith((" viet nam", " nga", " lien bang nga")) for w in office_words)


def places_of(terms: list[str]) -> list[str]:
    """The places these folded terms name ("ba ria vung tau" → "Bà Rịa - Vũng Tàu"; a city
    typed bare is read as "tp …" too)."""
    lex = get_lexicon()
    return list(
        dict.fromkeys(
            m.key for term in terms for m in lex.find_places(term) or lex.find_places(f"tp {term}")
        )
    )


def place_spellings(terms: list[str]) -> list[str]:
    """Other ways an article may write the places of these folded terms ("ho chi minh" →
    "tp hcm", "sai gon"; "khabarovsk krai" → "khabarovsk"), folded, the terms excluded."""
    lex = get_lexicon()
    out: dict[str, None] = {}
    for key in places_of(terms):
        place = lex.places[key]
        for form in (place.name, *place.aliases):
            f = fold_key(form)
            if f and f not in terms:
                out[f] = None
    return list(out)


def shift_years(q: Query, years: int) -> Query | None:
    """The same day or month ``years`` earlier (29/2 of a year without one does not exist)."""
    assert q.date_from and q.date_to
    try:
        start = q.date_from.replace(year=q.date_from.year - years)
        end = q.date_to.replace(year=q.date_to.year - years)
    except ValueError:
        return None
    if q.weekday is not None and start.weekday() != q.weekday:
        return None  # "thứ Sáu 7/9": not a year whose 7/9 was another day
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


async def _published_days(store: Store, q: Query, required: list[str]) -> list[tuple[str, str]]:
    """Publication days of the articles of undated meetings matching the question but its
    period, as the first and last day each can be."""
    seqs = await undated_matches(store, q, required or None)
    rows = await in_seqs(
        store,
        "SELECT a.published FROM meetings m JOIN meeting_sources ms ON ms.meeting_id = m.id"
        " JOIN articles a ON a.id = ms.article_id"
        " WHERE a.published IS NOT NULL AND m.seq IN ({})",
        seqs,
    )
    # (first, last): an article dated to its month only came out on one of its days
    bounds = [date_bounds(str(r[0])[:10]) for r in rows]
    return [(first, last) for first, last in bounds if first and last]


async def earlier_year(
    store: Store, q: Query, page: int, offset: int, required: list[str]
) -> tuple[Query, Found] | None:
    """A day or month typed without a year: the most recent year that has a matching
    meeting on it (the current year had none). One walk gives the days of the newest
    matching meetings; years beyond it are probed one by one."""
    days = await matching_days(store, q, required, limit=YEAR_SCAN)
    # An undated meeting is found in the period its article came out in (storage.search):
    # "Lương Cường Mishustin tháng 1" when the live blog of January 2025 gives no day.
    published = await _published_days(store, q, required)
    if not days and not published:
        return None  # nothing matches in any year
    # The oldest year worth probing: of the first dated meeting or undated meeting's article.
    first = min(filter(None, [await _earliest(store), *(f for f, _ in published)]), default=None)
    # "hội đàm … tháng 7": the newest July whose meeting is talks, before a newer July's
    # other kind of meeting (the kind asked only ranks within a year).
    fallback: tuple[Query, Found] | None = None
    for years in range(1, YEARS_BACK + 1):
        sub = shift_years(q, years)
        if sub is None:
            continue
        assert sub.date_from and sub.date_to
        lo, hi = sub.date_from.isoformat(), sub.date_to.isoformat()
        if first and hi < first:
            break
        seen = not days or len(days) < YEAR_SCAN or lo >= days[-1]
        if (
            seen
            and not any(lo <= d <= hi for d in days)
            and not any(lo <= first and last <= hi for first, last in published)
        ):
            continue
        found = await search(store, sub, limit=page, offset=offset, required=required or None)
        if not found.total:
            continue
        if not q.kinds or await _of_kind(store, found.ids[0], q.kinds):
            return sub, found
        fallback = fallback or (sub, found)
    return fallback


async def _of_kind(store: Store, meeting_id: str, kinds: list[str]) -> bool:
    meetings = await store.meetings_by_ids([meeting_id])
    return bool(meetings) and meetings[0].kind in kinds


def meeting_day(m: Meeting):  # noqa: ANN202 - date | None
    start, _end = date_bounds(m.date)
    return date.fromisoformat(start) if start else None


async def visits(store: Store, q: Query) -> list[Meeting]:
    """Visits the store records one side of, that a named leader of the other side hosted.

    "Tô Lâm gặp Putin" over a store that only says "chuyến thăm chính thức Nga của Tổng Bí
    thư Tô Lâm tháng 5/2025": a leader of the top rank on an official visit is received by
    the hosts of the top rank. Used only when no meeting names both.
    """
    lex = get_lexicon()
    if len(q.groups) != 2 or any(lex.kind_is(k, "remote") for k in q.kinds):
        return []
    if q.events:
        return []  # "gặp … bên lề G20": a summit abroad, which no visit to either side is
    if q.date_from and q.date_to and (q.date_to - q.date_from).days < 28:
        return []  # a visit is dated to the month at best: no use for a day
    visit = lex.kinds_with("visit")
    out: list[Meeting] = []
    for visitor, host in (q.groups, q.groups[::-1]):
        seqs = await sample_days(
            store, q.model_copy(update={"groups": [visitor]}), limit=VISIT_SCAN
        )
        if not seqs:
            continue
        rows = await in_seqs(store, "SELECT m.id, m.kind FROM meetings m WHERE m.seq IN ({})", seqs)
        ids = [r[0] for r in rows if r[1] in visit]
        for m in await store.meetings_by_ids(ids):
            sides = {p.country for p in m.participants}
            when = meeting_day(m)
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


@lru_cache(maxsize=4096)
def _term(name: str, title: str) -> tuple[date, date] | None:
    """The span of the person's terms under that title (None: the title fixes nothing). Posts
    held together ("Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng") fix the span
    of each post the data has for him, all held at once."""
    person = get_lexicon().people.get(name)
    if person is None or not title:
        return None
    lo, hi, fixed = date.min, date.max, False
    for part in title.split(","):
        mine = fold_key(part)
        terms = [
            t
            for t in person.tenures
            if mine and (fold_key(t.title).startswith(mine) or mine.startswith(fold_key(t.title)))
        ]
        if terms:
            lo = max(lo, min(t.start for t in terms))
            hi = min(hi, max((t.end or date.max) for t in terms))
            fixed = True
    return (lo, hi) if fixed and lo <= hi else None


def _term_window(people: list[tuple[str, str | None]]) -> tuple[date, date] | None:
    """When an undated meeting can have been, from the terms of office its participants had
    under the titles the article gives them; None when no title fixes it."""
    lo, hi = date.min, date.max
    fixed = False
    for name, title in people:
        span = _term(name, title or "")
        if span is not None:
            lo, hi, fixed = max(lo, span[0]), min(hi, span[1]), True
    return (lo, hi) if fixed and lo <= hi else None


def _person_span(name: str) -> tuple[date, date] | None:
    """From the start of the person's first term to the end of the last (None: unknown)."""
    person = get_lexicon().people.get(name)
    if person is None or not person.tenures:
        return None
    return min(t.start for t in person.tenures), max((t.end or date.max) for t in person.tenures)


def _possible_window(people: list[tuple[str, str | None]]) -> tuple[date, date]:
    """When an undated meeting can have been at all: each participant's terms under the
    title the article gives, or all their terms when it gives a rank or nothing ("Thượng
    tướng Tô Lâm"); an office the lexicon does not list for them fixes nothing."""
    lo, hi = date.min, date.max
    for name, title in people:
        span = _term(name, title or "")
        if span is None and (not title or _is_rank(title)):
            span = _person_span(name)
        if span is not None:
            lo, hi = max(lo, span[0]), min(hi, span[1])
    return lo, hi


@lru_cache(maxsize=1)
def _ranks() -> tuple[str, ...]:
    office = get_lexicon().offices.get("generic_military_rank")
    return tuple(fold_key(p) for p in office.patterns) if office else ()


def _is_rank(title: str) -> bool:
    """A military rank ("Thượng tướng", "Đại tướng quân đội") rather than an office."""
    folded = fold_key(title)
    return any(folded == r or folded.startswith(r + " ") for r in _ranks())


async def yearless_day(store: Store, q: Query, required: list[str]) -> list[tuple[Meeting, int]]:
    """ "Volodin hội kiến Vương Đình Huệ hôm 9/9", "… từ 23 đến 26/10", "… tháng 9": the
    undated meetings matching the rest of the question whose article gives a day of those,
    with its month and no year, each with that day. No year is invented for them; the reply
    says the article gives none. A question naming a year or a month of a year never
    reaches them: their date stays unknown."""
    assert q.date_from and q.date_to
    seqs = await undated_matches(store, q, required or None)
    rows = await in_seqs(store, "SELECT m.id FROM meetings m WHERE m.seq IN ({})", seqs)
    ids = [str(r[0]) for r in rows]
    day, month, last = q.date_from.day, q.date_from.month, q.date_to.day
    meetings = await store.meetings_by_ids(ids) if ids else []
    # The lead paragraph dates the trip the meeting was part of ("Từ 23 đến 26/10, Bộ
    # trưởng X thăm Liên bang Nga. Tại Moskva, Bộ trưởng đã hội đàm với …").
    leads = await source_articles(store, [m.id for m in meetings])
    out = []
    for m in meetings:
        texts = [[*m.evidence.values(), m.summary], *(list(p.sentences[:2]) for p in leads[m.id])]
        said = next(
            (d for t in texts if (d := passages.stated_day(t, month, day, last)) is not None),
            None,
        )
        if said is not None:
            out.append((m, said))
    return out


def yearless_years(m: Meeting, day: int, month: int, today: date) -> tuple[int, int] | None:
    """The first and last year the meeting's day and month can fall in, from the terms of
    office its participants held under the titles the article gives them (an inference,
    said as one); None when no title fixes a term."""
    window = _term_window([(p.name, p.title) for p in m.participants])
    if window is None:
        return None
    lo, hi = window[0], min(window[1], today)
    years = []
    for y in range(lo.year, hi.year + 1):
        try:
            when = date(y, month, day)
        except ValueError:  # 29/2 of a common year
            continue
        if lo <= when <= hi:
            years.append(y)
    return (years[0], years[-1]) if years else None


async def coarser_in_period(
    store: Store, q: Query, required: list[str], within: list[int] | None = None
) -> tuple[list[Meeting], str]:
    """Meetings their articles date only to the month, else only to the year, that holds the
    period asked ("Đinh La Thăng 14-17/4/2014" when the page gives only April 2014; "tháng
    4/2023" when a page dated only to 2023 says "chiều nay"): they may fall in it, and the
    reply says what is not known. Returned with the level they are dated to ("month" or
    "year"). ``within``: seqs the question limits the meetings to, as for the search."""
    assert q.date_from and q.date_to
    lo, hi = q.date_from, q.date_to
    for level, first, last in (
        (
            "month",
            date(lo.year, lo.month, 1),
            date(lo.year, lo.month, calendar.monthrange(lo.year, lo.month)[1]),
        ),
        ("year", date(lo.year, 1, 1), date(lo.year, 12, 31)),
    ):
        if not first <= hi <= last:
            continue  # the period reaches past it
        if (lo, hi) == (first, last):
            continue  # the whole month or year was asked: the search has seen its meetings
        if not await _dated_exactly(store, first, last):
            continue  # no meeting is dated to just that month or year: nothing to search
        wider = q.model_copy(update={"date_from": first, "date_to": last})
        found = await search(
            store, wider, limit=YEAR_SCAN, required=required or None, within=within
        )
        meetings = await store.meetings_by_ids(found.ids) if found.ids else []
        size = len("2014-04") if level == "month" else len("2014")
        kept = [m for m in meetings if m.date is not None and len(m.date) == size]
        if kept:
            return kept, level
    return [], ""


async def _dated_exactly(store: Store, first: date, last: date) -> bool:
    """Some meeting is dated to exactly this month or year (its bounds, by the date index)."""
    row = await (
        await store.reader.execute(
            "SELECT 1 FROM meetings WHERE date_start = ? AND date_end = ? LIMIT 1",
            (first.isoformat(), last.isoformat()),
        )
    ).fetchone()
    return row is not None


async def undated_in_period(
    store: Store, q: Query, required: list[str], within: list[int] | None = None
) -> tuple[list[Meeting], bool]:
    """Undated meetings whose participants' terms put them inside the period asked; else
    (flagged True) those whose article gives no publication date either, unless the
    participants' terms rule the period out — the date is unknown, not outside it.
    ``within``: seqs the question limits the meetings to ("… khi dự Atomexpo 2024": those
    whose index or article names the event)."""
    assert q.date_from and q.date_to
    seqs = await undated_matches(store, q, required or None, within=within)
    rows = await in_seqs(
        store,
        # In the meetings' order, as SQLite reads the list; PostgreSQL's join has none.
        "SELECT m.id, p.name, p.title FROM meetings m JOIN meeting_participants p"
        " ON p.meeting_id = m.id WHERE m.seq IN ({}) ORDER BY m.seq, p.pos",
        seqs,
    )
    people: dict[str, list[tuple[str, str | None]]] = {}
    for mid, name, title in rows:
        people.setdefault(mid, []).append((name, title))
    inside = []
    for mid, who in people.items():
        window = _term_window(who)
        if window and q.date_from <= window[0] and window[1] <= q.date_to:
            inside.append(mid)
    held = [m for m in await store.meetings_by_ids(inside) if not _outside(_told_days(m), q)]
    if held:
        return held, False
    dated = {
        str(r[0])
        for r in await in_seqs(
            store,
            "SELECT m.id FROM meetings m JOIN meeting_sources ms ON ms.meeting_id = m.id"
            " JOIN articles a ON a.id = ms.article_id"
            " WHERE a.published IS NOT NULL AND m.seq IN ({})",
            seqs,
        )
    }
    reported = await _reported_after(store, [m for m in people if m not in dated])
    possible = []
    for mid, who in people.items():
        window = _possible_window(who)
        lo = max(window[0], reported.get(mid, date.min))
        if mid not in dated and lo <= q.date_to and q.date_from <= window[1]:
            possible.append(mid)
    found = await store.meetings_by_ids(possible) if possible else []
    found = [
        m
        for m in found
        if not _outside(days := _told_days(m), q)
        and not await _dated_elsewhere(store, m, days, q.date_from, q.date_to)
    ]
    # An unknown date is already one step from the question; another act than the one asked
    # would be a second: "trình quốc thư năm 2017" is not answered by an undated reception.
    # Receptions, meetings, working sessions and visits are asked of one another loosely.
    lex = get_lexicon()
    acts = [k for k in q.kinds if not lex.kind_is(k, "plain") and not lex.kind_is(k, "loose")]
    if acts:
        found = [m for m in found if m.kind in acts]
    # Of those asked loosely, the act the question names first ("tiếp Putin năm 2013": the
    # reception before the same day's talks).
    found.sort(key=lambda m: m.kind not in q.kinds)
    return (found, True) if found else ([], False)


# An undated act an article tells beside its own meeting, with no year ("sau chuyến thăm …
# hồi tháng 6"), is of the year before the report at the earliest.
TOLD_BEFORE = timedelta(days=366)


async def _reported_after(store: Store, ids: list[str]) -> dict[str, date]:
    """Per meeting (by id), the earliest it can have been from its article's own meeting:
    the report is dated by the terms its lead's participants held then ("Bộ trưởng Bùi
    Thanh Sơn": April 2021 on), and an act it tells with no year is at most a year older."""
    if not ids:
        return {}
    rows = await in_seqs(
        store,
        "SELECT ms.meeting_id, lead.id, p.name, p.title FROM meeting_sources ms"
        " JOIN meeting_sources other ON other.article_id = ms.article_id"
        " JOIN meetings lead ON lead.id = other.meeting_id AND lead.secondary = 0"
        " JOIN meeting_participants p ON p.meeting_id = lead.id"
        " WHERE ms.meeting_id IN ({}) ORDER BY lead.id, p.pos",
        ids,
    )
    leads: dict[tuple[str, str], list[tuple[str, str | None]]] = {}
    for mid, lead, name, title in rows:
        leads.setdefault((str(mid), str(lead)), []).append((name, title))
    out: dict[str, date] = {}
    for (mid, lead), who in leads.items():
        window = _term_window(who)
        if window is None or window[0] == date.min:
            continue
        earliest = window[0] if lead == mid else window[0] - TOLD_BEFORE
        out[mid] = max(out.get(mid, date.min), earliest)
    return out


def _told_days(m: Meeting) -> list[tuple[int, int]]:
    """(month, day) the article gives the meeting with no year ("Ngày 12/4, tại …")."""
    return passages.yearless_days([m.summary, *m.evidence.values()])


def _outside(days: list[tuple[int, int]], q: Query) -> bool:
    """Days told with no year, none of which falls in the period asked in any of its years:
    "tháng 5" is no time of a meeting told as of 12/4."""
    assert q.date_from and q.date_to
    for month, day in days:
        for year in range(q.date_from.year, q.date_to.year + 1):
            try:
                told = date(year, month, day)
            except ValueError:  # 29/2 of a common year
                continue
            if q.date_from <= told <= q.date_to:
                return False
    return bool(days)


async def _dated_elsewhere(
    store: Store, m: Meeting, days: list[tuple[int, int]], lo: date, hi: date
) -> bool:
    """An undated meeting whose article gives its day and month ("Ngày 6/7, … X tiếp Y"), when
    one of its people met someone on that day of another year and of no year of the period
    (Y's talks of 6/7/2022, reported by another article): it was on that trip, not in the
    period asked. A person is in one place on a day; a year is still not given to it.
    ``days``: its days told with no year (_told_days)."""
    names = [p.name for p in m.participants]
    if not days or not names:
        return False
    month_days = [f"{month:02d}-{day:02d}" for month, day in days]
    rows = await (
        await store.reader.execute(
            "SELECT DISTINCT x.date FROM meeting_facets f JOIN meetings x ON x.seq = f.seq"
            f" WHERE f.facet IN ({','.join('?' * len(names))}) AND length(x.date) = 10"
            f" AND substr(x.date, 6, 5) IN ({','.join('?' * len(month_days))}) AND x.id <> ?",
            [*(f"p:{n}" for n in names), *month_days, m.id],
        )
    ).fetchall()
    met = [date.fromisoformat(str(r[0])) for r in rows]
    return bool(met) and not any(lo <= d <= hi for d in met)


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
