"""Question → answer: understanding, search, and the plain-text reply.

The wording lives in ``store.language.wording``; here the question is understood, the
store searched, and when nothing is found, what the store does have is offered.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, TypeVar

from store.language import (
    citation,
    cyrillic_names,
    passages,
    query,
    question_names,
    question_venues,
)
from store.language import wording_i18n as i18n
from store.language.cards import ordered_sectors
from store.language.catalogue import say
from store.language.compose import compose_answer
from store.language.countries import (
    BILATERAL,
    country_name,
    folded_names,
    visit_told,
    visiting,
)
from store.language.dates import EARLIEST_ASKED
from store.language.fold import fold, fold_key
from store.language.foreign_question import (
    Lang,
    as_asked,
    cyrillic_typed,
    detect,
    to_vietnamese,
    understand_in,
)
from store.language.lexicon import get_lexicon, written_alike
from store.language.models import Meeting
from store.language.names import is_given_name, one_edit
from store.language.query import (
    Alternative,
    CountedFrom,
    LeaderGroup,
    Query,
    ministry_apart,
)
from store.language.question_local import expand_local_leaders
from store.language.question_names import (
    VN_SURNAMES,
    may_hold_unmarked_name,
    store_name_matches,
    stored_given_names,
    typed_full_names,
    unmarked_names,
)
from store.language.question_venues import Venue, venue_city, venue_forms
from store.language.question_words import (
    as_typed,
    domain_spans,
    errand_words,
    everyday_words,
    figure_words,
    function_words_at,
    honours,
    is_event,
    is_vietnamese_word,
    numbered_session,
)
from store.language.records import Record
from store.language.wording import (
    EXAMPLES,
    LIST_MAX,
    ago,
    chat_text,
    foreign_text,
    format_date,
    help_text,
    off_topic_text,
    understood_text,
)
from store.services import fallbacks
from store.services.suggestions import in_seqs, present, suggest
from store.storage import db as _db
from store.storage.db import Store
from store.storage.search import (
    ARTICLE_HITS,
    W_MAIN,
    Found,
    article_meetings,
    forget_sizes,
    fts_has,
    fts_meetings,
    names_by_surname,
    participant_names,
    prepare,
    remember_sizes,
    search,
    sector_set,
    sector_terms,
    source_articles,
    stored_sectors,
    unmarked_meetings,
)

PLACE_SCAN = 50  # meetings read for a place their article names
VENUE_SCAN = 20  # meetings without a city read for a venue that implies the one asked
SESSION_SCAN = 200  # meetings of a body read for the numbered session asked
NARROW_DAYS = 92  # a period this short is narrow enough to read its meetings' articles


@dataclass(kw_only=True)
class Understood(Record):
    leaders: list[str] = field(default_factory=list)
    date_from: str | None = None
    date_to: str | None = None
    places: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    intent: str = "list"
    kinds: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)

    def public(self) -> dict:
        return self.model_dump(
            include={"leaders", "date_from", "date_to", "places", "sectors", "intent"}
        )


@dataclass(kw_only=True)
class AskResult(Record):
    question: str
    understood: Understood
    answer: str
    results: list[Meeting] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    total: int = 0  # meetings satisfying the question
    total_estimated: bool = False  # broad question over a big store: ``total`` is an estimate
    offset: int = 0
    unknown_names: list[str] = field(default_factory=list)
    quotes: dict[str, list[str]] = field(default_factory=dict)  # meeting id → quoted sentences
    lang: str = "vi"  # the language the question was read in, and the answer written in

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


async def _listed_fields(store: Store, q: Query, question: str) -> Query:
    """Words naming a field some meeting lists though the sector data lacks it ("hợp tác đóng
    tàu"): that field is asked as a sector (a facet), not as words its index must hold. Only
    a field no other folds like: "hai quan" is the navy and customs, which the search, reading
    folded text, cannot tell apart."""
    if not q.runs:
        return q
    listed = await stored_sectors(store)

    named = [f" {form} " for forms in q.agencies for form in forms]

    def field_of(phrase: str) -> str | None:
        fields = listed.get(phrase, ())
        if len(fields) != 1 or any(f" {phrase} " in form for form in named):
            return None  # two fields fold alike, or the words are an institution's name
        typed = as_typed(question, phrase).lower()
        # Typed with marks, they must be the field's ("hải quân" is no "hải quan").
        return fields[0] if typed == fold_key(typed) or fields[0].lower() == typed else None

    sectors, runs = list(q.sectors), []
    taken: set[str] = set()
    for run in q.runs:
        words = run.split()
        covered = domain_spans(words) | function_words_at(words)
        hit = next(
            (
                (i, n, field)
                for n in range(len(words), 1, -1)
                for i in range(len(words) - n + 1)
                if not all(j in covered for j in range(i, i + n))
                and (field := field_of(" ".join(words[i : i + n]))) is not None
            ),
            None,
        )
        if hit is None:
            runs.append(run)
            continue
        i, n, field = hit
        if field not in sectors:
            sectors.append(field)
        taken.update(words[i : i + n])
        if any(j not in covered for j in range(len(words)) if not i <= j < i + n):
            runs.append(" ".join(w for j, w in enumerate(words) if not i <= j < i + n))
    if sectors == q.sectors:
        return q
    keywords = [k for k in q.keywords if k not in taken]
    return q.model_copy(update={"sectors": sectors, "runs": runs, "keywords": keywords})


async def _headed_by(store: Store, role: str, forms: list[str]) -> set[int] | None:
    """Seqs of the meetings naming the institution in one of its forms with a participant
    whose title names it too, or is the role asked ("Thống đốc" in a meeting at the State
    Bank); None when too many meetings name it to tell."""
    seqs = await fts_meetings(store, forms, ARTICLE_HITS + 1)
    if len(seqs) > ARTICLE_HITS:
        return None
    rows = await in_seqs(
        store,
        "SELECT m.seq, p.title FROM meetings m JOIN meeting_participants p"
        " ON p.meeting_id = m.id WHERE m.seq IN ({})",
        seqs,
    )
    return {
        int(seq)
        for seq, title in rows
        if title and (any(f in fold_key(title) for f in forms) or fold_key(title).startswith(role))
    }


def _point_terms(q: Query) -> frozenset[str]:
    """Folded words of the asked sectors (with their sub-sectors) and leftover words."""
    terms = set(q.keywords) | set(sector_terms(q.sectors))
    terms.discard("")
    return frozenset(terms)


def _hits(point: str, terms: frozenset[str]) -> int:
    f = f" {fold_key(point)} "
    return sum(f" {t} " in f for t in terms)


def _best_points(m: Meeting, q: Query, terms: frozenset[str]) -> Meeting:
    """Put the key point that speaks of the asked sector or words first, and the asked
    sectors first among the meeting's."""
    if not terms:
        return m
    ranked = sorted(m.key_points, key=lambda p: _hits(p, terms), reverse=True)
    sectors = ordered_sectors(m.sectors, set(sector_set(q.sectors)))
    return m.model_copy(update={"key_points": ranked, "sectors": sectors})


def _named_with_title(g: LeaderGroup) -> bool:
    """ "Tổng thống Nga Medvedev": one person, named, whose title fixed the period."""
    return g.names == [g.label] and any(a.start or a.end for a in g.alternatives)


def _bodies(q: Query) -> list[list[str]]:
    """The institutions the question names, not the events among them."""
    return [a for a in q.agencies if a not in q.events]


def _mentioned_only(places: list[str], lang: str, typed: Sequence[str] = ()) -> str:
    """Places the articles name that were not where their meetings took place; one asked by
    a venue of it (``typed``: "Cam Ranh" of Khánh Hòa) is named by that venue."""
    lex = get_lexicon()

    def name(p: str) -> str:
        place = lex.places.get(p)
        own = {fold_key(v): v for v in place.venues} if place else {}
        venue = next((own[fold_key(v)] for v in typed if fold_key(v) in own), None)
        return venue or (p if lang == "vi" else i18n.place(p, lang))

    return say(lang, "answer.place_mentioned", place=", ".join(map(name, places)))


def _localized(suggestions: list[str], lang: str) -> list[str]:
    return [i18n.localize_question(s, lang) for s in suggestions] if lang != "vi" else suggestions


# --------------------------------------------------------------------------------- ask


async def ask(
    store: Store,
    question: str,
    today: date | None = None,
    limit: int = LIST_MAX,
    offset: int = 0,
    quote_all: bool = False,
    lang: Lang | None = None,
    default: Lang = "vi",
) -> AskResult:
    """Answer a question about Vietnam–Russia meetings from the store.

    The article's sentences about what was asked are quoted for the meeting a card shows;
    ``quote_all`` quotes them for every result (``briefing ask --json``).
    """
    token = remember_sizes()
    try:
        return await _ask(store, question, today, limit, offset, quote_all, lang, default)
    finally:
        forget_sizes(token)


T = TypeVar("T")


async def off_loop(fn: Callable[..., Awaitable[T]], *args: Any, **kw: Any) -> T:
    """``await fn(*args, **kw)`` in a worker thread with an event loop of its own.

    The bot answers through this: a question needing many reads and much ranking (a
    hundred milliseconds at 100,000 meetings) must not hold up the event loop and the
    other chats' replies. Questions only read, on the store's reader connection, which
    SQLite lets several threads use.
    """
    if any(getattr(a, "loop_bound", False) for a in args):
        return await fn(*args, **kw)  # a PostgreSQL pool belongs to this loop; it waits on I/O
    return await asyncio.to_thread(lambda: asyncio.run(_awaited(fn(*args, **kw))))


async def _awaited(aw: Awaitable[T]) -> T:
    return await aw


async def warm_up(store: Store) -> None:
    """Read what answering keeps in memory, and answer each language's example questions,
    with and without diacritics, so the first user after a start does not wait for the
    store's names and titles, the lexicon and the question grammars (a second or two at
    100,000 meetings; the unmarked spellings' tables, such as the "nam" ending a place's
    name, are built on first use: 5 ms for the first "… nam 2023")."""
    await prepare(store)
    passages.prepare()
    query.prepare()
    question_venues.prepare()
    question_names.prepare(await participant_names(store))
    for lang in ("vi", "en", "ru"):
        for example in say(lang, "examples").split("|"):
            for spelling in dict.fromkeys((example, fold(example))):
                await ask(store, spelling, lang=lang)
    # What was just read lives as long as the process: out of the collector's reach, a
    # full collection no longer walks it (the names, titles and word tables are millions
    # of references: 90-160 ms at 100,000 meetings, paid by whichever question set it off).
    gc.freeze()


def _month_day(iso: str | None) -> tuple[int, int] | None:
    """(month, day) of a meeting dated to the day ("2019-10-13"), else None."""
    parts = (iso or "").split("-")
    return (int(parts[1]), int(parts[2])) if len(parts) == 3 else None


async def _quotes(store: Store, q: Query, meetings: list[Meeting]) -> dict[str, list[str]]:
    """The article's sentences about what was asked, per meeting (its lead otherwise)."""
    articles = await source_articles(store, [m.id for m in meetings])
    words = [*sector_terms(q.sectors), *q.phrases, *map(fold_key, q.project_places)]
    subs = sector_set(q.sectors)
    out: dict[str, list[str]] = {}
    for m in meetings:
        own = m.evidence.get("participants") if m.secondary else None
        if own and not words:
            # Reported in passing: the article's lead is about another meeting; the
            # sentence its people were read from is about this one.
            out[m.id] = [own]
            continue
        # Of the meeting's articles, the one that names its people most (a merged meeting
        # may carry a report about another meeting of the same visit), then the one whose
        # headline does: a report of the visit's other talks names them too, in passing.
        names = citation.name_words(m.participants)

        def headlined(a: passages.Parsed, names: list[str] = names) -> int:
            return citation.headline_names(a.headline, names)

        arts = articles.get(m.id, [])
        ranked = sorted(
            arts, key=lambda a: (-sum(passages.holds(a, [n]) for n in names), -headlined(a))
        )
        # An article whose headline names fewer of them than another's tells the meeting in
        # passing: its other sentences are about its own story ("Hai nhà lãnh đạo nhất trí
        # … dầu khí" of the talks before), so only a sentence naming its people is quoted.
        top = max(map(headlined, arts), default=0)
        day = _month_day(m.date)
        out[m.id] = next(
            (
                q
                for a in ranked
                if (
                    q := passages.quotes(
                        a, words, subs, day=day, naming=names if headlined(a) < top else None
                    )
                )
            ),
            [],
        )
    return out


def _without(runs: list[str], words: set[str]) -> list[str]:
    """Word runs with some words taken out (each run split where a word was)."""
    out: list[str] = []
    for run in runs:
        piece: list[str] = []
        for w in [*run.split(), ""]:
            if w and w not in words:
                piece.append(w)
            elif piece:
                out.append(" ".join(piece))
                piece = []
    return out


def _place_forms(place: str) -> tuple[str, ...]:
    """How an article may name a place: its name, its other names, and its venues ("Tàu ngầm
    … Cam Ranh" names Khánh Hòa, the place "Cam Ranh" is read as)."""
    p = get_lexicon().places.get(place)
    return (place,) if p is None else (place, *p.aliases, *p.venues)


async def _place_named(
    store: Store,
    q: Query,
    required: list[str],
    within: list[int] | None,
    page: int,
    runs: list[str] | None = None,
) -> tuple[Found, list[str]] | None:
    """A place no meeting was held in may be what the meeting was about ("Khusnullin điện
    hạt nhân Ninh Thuận"): the meetings matching everything else whose article names it.
    With nothing else to go by, the articles naming the place and the question's other
    words literally ("Ulyanovsk TP Vinh": a governor's province, a city the data lacks)."""
    subjects = [p for p in q.places if p not in q.venues]
    if not subjects:
        return None  # "ở Moskva": the venue was asked for
    apart = False  # the places asked are not all in one meeting's text
    if not (q.groups or required or within or q.roles or q.sectors):
        lex = get_lexicon()
        named: set[int] | None = None
        for phrase in [*subjects, *(runs or ())]:
            forms = list(_place_forms(phrase))
            seqs = set(await fts_meetings(store, forms, ARTICLE_HITS + 1))
            if len(seqs) > ARTICLE_HITS:
                continue  # too common to say anything
            if named is not None and not named & seqs and phrase in subjects:
                # The meeting's text names one place, its article's body the other ("đoàn
                # Novosibirsk … tại Đà Nẵng"): the article's passages are read below.
                named = named if len(named) <= len(seqs) or not seqs else seqs
                apart = True
                continue
            named = seqs if named is None else named & seqs
            if not named:
                return None
        if not named:
            return None
        within = sorted(named)
    venues = [p for p in q.places if p in q.venues]
    rest = q.model_copy(update={"places": venues, "project_places": []})
    found = await search(store, rest, limit=PLACE_SCAN, required=required or None, within=within)
    if not found.ids:
        return None
    lex = get_lexicon()
    spellings = [[fold_key(a) for a in _place_forms(p)] for p in subjects if p in lex.places]
    articles = await _own_passages(store, found.ids)

    def named(i: str) -> int:
        """How many of the asked places the meeting's own passage names."""
        own = articles.get(i, [])
        return sum(any(passages.holds(a, forms) for a in own) for forms in spellings)

    counts = {i: named(i) for i in found.ids}
    # A meeting told with every place asked ("a Russian region's mission in a Vietnamese
    # city") before one naming only some of them.
    # Places found apart (one in the meeting's text, one in the article's body) must all be
    # in the meeting's own passage: "Tula TP Huế" is not the Tula governor's Quảng Bình visit.
    least = len(spellings) if apart else 1
    # Then one recorded without a place, which may well have been held there ("Đà Nẵng tiếp
    # Thống đốc vùng Primorsky" of a reception whose article names no city), before one
    # held somewhere else.
    unplaced = set(await _placeless_there(store, found.ids, lambda place: place in subjects))
    keep = sorted(
        (i for i in found.ids if counts[i] >= least),
        key=lambda i: (-counts[i], i not in unplaced),
    )
    if not keep:
        return None
    return Found(keep[:page], {i: found.scores.get(i, 0.0) for i in keep}, len(keep)), subjects


async def _placeless_named(
    store: Store, q: Query, required: list[str], within: list[int] | None, page: int
) -> Found | None:
    """ "Miklushevsky ở Đà Nẵng" of a reception whose article gives no place: the meetings
    matching everything else, recorded without a place, whose own passage names the city
    asked (the host is its chairman, the delegation came to it)."""
    lex = get_lexicon()
    # The city, or one of its venues ("Phủ Chủ tịch" of a live page's welcome ceremony).
    spellings = [
        [fold_key(a) for a in (p, *lex.places[p].aliases, *lex.places[p].venues)] for p in q.places
    ]
    if not (q.groups or q.roles or required or within):
        # Nothing else asked ("đoàn Sverdlovsk ở Cần Thơ"): the meetings whose text names
        # every place, when few enough to mean something.
        for forms in spellings:
            seqs = set(await fts_meetings(store, forms, ARTICLE_HITS + 1))
            if not seqs or len(seqs) > ARTICLE_HITS:
                return None
            within = sorted(seqs if within is None else set(within) & seqs)
        if not within:
            return None
    rest = q.model_copy(update={"places": [], "project_places": []})
    found = await search(store, rest, limit=PLACE_SCAN, required=required or None, within=within)
    if not found.ids:
        return None
    placeless = await _placeless_there(store, found.ids, lambda place: place in q.places)
    return await _naming(store, found, placeless, spellings, page)


async def _placeless_there(store: Store, ids: list[str], there: Callable[[str], bool]) -> list[str]:
    """Of ``ids``, the meetings recorded without a place, but for one told in passing in a
    report whose own meeting was held elsewhere than asked (talks during Putin's visit to
    Hà Nội, on a page that lists Đà Nẵng among the partners: held in Hà Nội)."""
    placeless = [m.id for m in await store.meetings_by_ids(ids) if not m.place]
    leads = await store.lead_places(placeless)
    return [i for i in placeless if not leads.get(i) or any(there(p) for p in leads[i])]


async def _placeless_abroad(
    store: Store, q: Query, required: list[str], within: list[int] | None, page: int
) -> Found | None:
    """ "Nguyễn Tấn Dũng gặp Medvedev ở Kazakhstan" of talks held where the data knows no
    city ("tại thị trấn nghỉ dưỡng Burabay (Kazakhstan)"): the meetings of the people asked,
    recorded without a place, whose own passage names the third country."""
    outside = [c for c in q.countries if c not in BILATERAL]
    if not outside or not (q.groups or q.roles):
        return None
    # A meeting with no place matches no place asked: the places are named in its passage.
    rest = q.model_copy(
        update={
            "countries": [c for c in q.countries if c in BILATERAL],
            "places": [],
            "project_places": [],
        }
    )
    found = await search(store, rest, limit=PLACE_SCAN, required=required or None, within=within)
    if not found.ids:
        return None
    lex = get_lexicon()
    placeless = await _placeless_there(
        store, found.ids, lambda place: place in lex.places and lex.places[place].country in outside
    )
    names = folded_names(tuple(outside))
    spellings = [[fold_key(n) for n, c in names.items() if c == code] for code in outside]
    spellings += [[fold_key(a) for a in (p, *lex.places[p].aliases)] for p in q.places]
    return await _naming(store, found, placeless, spellings, page)


async def _in_province(
    store: Store, q: Query, required: list[str], within: list[int] | None, page: int
) -> tuple[Found, Query] | None:
    """ "Đại sứ … ở Ufa" of a working visit recorded in Bashkortostan: the meetings the
    articles place only in the province or region of each city asked (never in another
    city), with the question as answered."""
    lex = get_lexicon()
    wider = [lex.places[p].province if p in lex.places else None for p in q.places]
    if not any(wider):
        return None
    pairs = list(zip(q.places, wider, strict=True))
    places = list(dict.fromkeys(w or p for p, w in pairs))
    venues = list(dict.fromkeys(w or p for p, w in pairs if p in q.venues))
    there = q.model_copy(update={"places": places, "venues": venues, "project_places": []})
    found = await search(store, there, limit=PLACE_SCAN, required=required or None, within=within)
    held = {m.id: m.place for m in await store.meetings_by_ids(found.ids)}
    keep = [i for i in found.ids if held.get(i) in places]
    if not keep:
        return None
    return Found(keep[:page], {i: found.scores.get(i, 0.0) for i in keep}, len(keep)), there


async def _unstated_names(store: Store, q: Query, found: Found, lang: str) -> list[str]:
    """What the first meeting's passage names of each place asked: the city, or the venue of
    it that it names instead ("«Phủ Chủ tịch» được nêu trong bài" for Hà Nội)."""
    if lang != "vi":
        return [i18n.place(p, lang) for p in q.places]
    lex = get_lexicon()
    own = (await _own_passages(store, found.ids[:1])).get(found.ids[0], []) if found.ids else []
    names = []
    for p in q.places:
        place = lex.places.get(p)
        forms = [p, *place.aliases] if place else [p]
        said = any(passages.holds(a, [fold_key(f) for f in forms]) for a in own)
        venue = (
            None
            if said or place is None
            else next(
                (v for v in place.venues if any(passages.holds(a, [fold_key(v)]) for a in own)),
                None,
            )
        )
        names.append(venue or p)
    return names


def _visited(q: Query) -> str | None:
    """The one side's country a question asks the meeting in ("Medvedev thăm Việt Nam")."""
    return q.countries[0] if len(q.countries) == 1 and q.countries[0] in BILATERAL else None


async def _visiting(store: Store, ids: list[str], code: str) -> list[str]:
    """Of ``ids`` (in order), the meetings recorded without a place whose own passage has the
    visitor in that country at the time ("…, đang thăm chính thức Việt Nam"): held there,
    though the article names no city."""
    placeless = [m for m in await store.meetings_by_ids(ids) if not m.place]
    if not placeless:
        return []
    articles = await _own_passages(store, [m.id for m in placeless])
    phrases = visiting(code)
    return [
        m.id
        for m in placeless
        if any(visit_told(code, m.evidence.get(f, "")) for f in _TOLD_IN)
        or any(passages.holds(a, phrases) for a in articles.get(m.id, []))
    ]


_TOLD_IN = ("date", "participants")  # the evidence sentences a visit's direction is read from


async def _not_visiting_elsewhere(store: Store, found: Found, code: str) -> Found:
    """``found`` without the meetings recorded with no place whose own sentence has the
    guest visiting the other side ("Phó Thủ tướng Nga … thăm làm việc tại Việt Nam", asked
    in Russia): a visit record lists Vietnam's side first whichever way the guest went."""
    others = [c for c in BILATERAL if c != code]
    away = {
        m.id
        for m in await store.meetings_by_ids(found.ids)
        if not m.place
        and any(visit_told(c, m.evidence.get(f, "")) for c in others for f in _TOLD_IN)
    }
    if not away:
        return found
    keep = [i for i in found.ids if i not in away]
    return replace(found, ids=keep, total=max(len(keep), found.total - len(away)))


def _visiting_note(code: str, lang: Lang) -> str:
    """The reply's note that the place is the country the guest was visiting."""
    where = country_name(code) if lang == "vi" else i18n.country(code, lang)
    return say(lang, "answer.place_visiting", place=where)


async def _visiting_named(
    store: Store, q: Query, required: list[str], within: list[int] | None, page: int
) -> Found | None:
    """ "Medvedev thăm Việt Nam 2018" of talks whose article names no city but has him
    'đang thăm chính thức Việt Nam': the meetings matching everything else so told."""
    code = _visited(q)
    if code is None:
        return None
    rest = q.model_copy(update={"countries": []})
    found = await search(store, rest, limit=PLACE_SCAN, required=required or None, within=within)
    keep = await _visiting(store, found.ids, code) if found.ids else []
    if not keep:
        return None
    return Found(keep[:page], {i: found.scores.get(i, 0.0) for i in keep}, len(keep))


async def _place_any_year(
    store: Store,
    q: Query,
    required: list[str],
    within: list[int] | None,
    page: int,
    runs: list[str],
) -> tuple[Query, tuple[Found, list[str]] | None, Found | None] | None:
    """A month typed without a year with a place only the article names ("đoàn Ulyanovsk
    tháng 4", "Nghe An delegation April"): the meetings the place fallbacks find in any
    year, then the newest year one of them falls in that month; the question shifted to
    it, and what each fallback finds there."""
    assert q.date_from and q.date_to
    if q.date_from.year != q.date_to.year:
        return None
    free = q.model_copy(update={"date_from": None, "date_to": None, "date_label": None})
    ids: list[str] = []
    named = await _place_named(store, free, required, within, PLACE_SCAN, runs)
    if named is not None:
        ids += named[0].ids
    loose = await _placeless_named(store, free, required, within, PLACE_SCAN)
    if loose is not None:
        ids += loose.ids
    span = ((q.date_from.month, q.date_from.day), (q.date_to.month, q.date_to.day))
    back = sorted(
        {
            q.date_from.year - day.year
            for m in await store.meetings_by_ids(ids)
            if (day := fallbacks.meeting_day(m)) and m.date and len(m.date) >= 7
            if span[0] <= (day.month, day.day) <= span[1] and day.year <= q.date_from.year
        }
    )
    for years in back[:3]:
        sub = fallbacks.shift_years(q, years)
        if sub is None:
            continue
        named = await _place_named(store, sub, required, within, page, runs)
        loose = None if named else await _placeless_named(store, sub, required, within, page)
        if named or loose:
            return sub, named, loose
    return None


async def _naming(
    store: Store, found: Found, ids: list[str], phrases: list[list[str]], page: int
) -> Found | None:
    """Of ``ids`` (in ``found``'s order), those whose own passage holds one phrase of every
    list, as a page of ``found``; None when none does."""
    articles = await _own_passages(store, ids)
    keep = [
        i
        for i in ids
        if all(any(passages.holds(a, forms) for a in articles.get(i, [])) for forms in phrases)
    ]
    if not keep:
        return None
    return Found(keep[:page], {i: found.scores.get(i, 0.0) for i in keep}, len(keep))


async def _sector_named(
    store: Store, q: Query, required: list[str], within: list[int] | None, page: int
) -> tuple[Found, Query] | None:
    """A sector the article names without it being what the meeting was recorded about
    ("Likhachev … trung tâm khoa học công nghệ hạt nhân"): the meetings matching everything
    else whose own passage names the sector's words (in the most recent year that has
    one, for a month typed without a year), and the question as it was then read."""
    rest = q.model_copy(update={"sectors": []})
    found = await search(store, rest, limit=PLACE_SCAN, required=required or None, within=within)
    if not found.ids and q.year_open and q.date_from and q.date_to:
        earlier = await fallbacks.earlier_year(store, rest, PLACE_SCAN, 0, required)
        if earlier is not None:
            rest, found = earlier
    if not found.ids:
        return None
    shown = await _naming(store, found, found.ids, [sector_terms(q.sectors)], page)
    return None if shown is None else (shown, rest.model_copy(update={"sectors": q.sectors}))


def _narrow(q: Query) -> bool:
    """A sector, or a period of a season at most: few enough meetings to read their articles."""
    if q.sectors:
        return True
    return bool(q.date_from and q.date_to and (q.date_to - q.date_from).days <= NARROW_DAYS)


async def _venues_written(store: Store, ids: list[str], places: list[str]) -> list[str]:
    """For each place the meetings' own passages name only by one of its venues ("cảng Cam
    Ranh" for Khánh Hòa), that venue: what the article wrote, for the note."""
    own = [a for parsed in (await _own_passages(store, ids)).values() for a in parsed]
    out: list[str] = []
    for key in places:
        place = get_lexicon().places.get(key)
        if place is None or any(
            passages.holds(a, [fold_key(f) for f in (key, *place.aliases)]) for a in own
        ):
            continue
        out += [v for v in place.venues if any(passages.holds(a, [fold_key(v)]) for a in own)][:1]
    return out


async def _own_passages(store: Store, ids: list[str]) -> dict[str, list[passages.Parsed]]:
    """Per meeting (by id), the part of each of its articles it was told in
    (passages.own_passage): a news-in-brief page's other items are not the meeting's."""
    articles = await source_articles(store, ids)
    if not articles:
        return {}
    summaries = {m.id: m.summary for m in await store.meetings_by_ids(list(articles))}
    return {
        i: [passages.own_passage(a, summaries.get(i, "")) for a in parsed]
        for i, parsed in articles.items()
    }


async def _titled_first(store: Store, found: Found, roles: list[str]) -> Found:
    """A title asked with no name ("directors general of TASS and VNA"): the meetings of
    people holding it before those whose article only mentions it (a recalled summit told
    on the same page). The first page is reordered; the search ranked by text alone."""
    met = await store.meetings_by_ids(found.ids)
    terms = [f" {r} " for r in roles]
    titled = {
        m.id
        for m in met
        if any(t in f" {fold_key(p.title or '')} " for p in m.participants for t in terms)
    }
    if not titled or len(titled) == len(found.ids):
        return found
    ids = [i for i in found.ids if i in titled] + [i for i in found.ids if i not in titled]
    return replace(found, ids=ids)


FOREIGN_SPELLING = 6  # letters a foreign word needs before one letter more or less is a spelling


def _says(article: passages.Parsed, word: str) -> bool:
    """Whether the article's text holds the (folded) word; a foreign word of some length also
    written one letter apart ("Pushkin" / "Puskin", "Rosatom" / "Rossatom"), as Vietnamese
    articles transliterate Russian names in more than one way."""
    if passages.holds(article, [word]):
        return True
    if len(word) < FOREIGN_SPELLING or " " in word or is_vietnamese_word(word):
        return False
    texts = (article.headline_folded, *article.folded)
    return any(
        one_edit(word, w)
        for text in texts
        for w in text.split()
        if abs(len(w) - len(word)) <= 1 and w[:1] == word[:1]
    )


FEW_ARTICLES = 3  # meetings a phrase may stand for and still say what the question means


async def _phrase_of_few_articles(store: Store, question: str, words: list[str]) -> list[int]:
    """Seqs of the few meetings whose articles hold every phrase of ``words`` (two syllables
    or more each, as the question types them, with their marks): none when any is common."""
    seqs: set[int] | None = None
    for w in words:
        typed = as_typed(question, w)
        if len(typed.split()) < 2:
            return []  # one syllable proves nothing
        # Typed without marks, it is any of the phrases it folds from ("tam nhin": "tầm nhìn").
        look = unmarked_meetings if typed.isascii() else article_meetings
        hits = set(await look(store, typed))
        seqs = hits if seqs is None else seqs & hits
        if not seqs or len(seqs) > FEW_ARTICLES:
            return []
    return sorted(seqs or ())


async def _counted_from(store: Store, q: Query, counted: CountedFrom, today: date) -> Query:
    """ "Cuộc gặp tiếp theo … sau cuộc gặp ở Sochi năm 2018", "Trước cuộc hội đàm ở Sochi,
    lần gần nhất … là khi nào": the meeting counted from is found first (the pair, and
    whoever the clause names with it, at that place in that period); the one asked is the
    earliest after it, or the latest before it. When none is found, the place and the
    period are asked as written."""
    extra = [LeaderGroup(label=n, alternatives=[Alternative(name=n)]) for n in counted.people]
    ref = q.model_copy(
        update={
            "groups": [*q.groups, *extra],
            "leaders": [*q.leaders, *counted.people],
            "places": [counted.place],
            "venues": [counted.place],
            "date_from": counted.start,
            "date_to": counted.end,
            "kinds": [],
            "newest": False,
            "oldest": False,
            "counted_from": None,
        }
    )
    found = await search(store, ref, limit=1)
    held = (await store.meetings_by_ids(found.ids[:1])) if found.ids else []
    first, last = _db.date_bounds(held[0].date) if held else (None, None)
    if first is None or last is None:
        return q.model_copy(
            update={
                "places": [*q.places, counted.place],
                "date_from": q.date_from or counted.start,
                "date_to": q.date_to or counted.end,
                "counted_from": None,
            }
        )
    # "6/9/2018", "9/2018", "2018": the date as the question's own periods are labelled
    shown = "/".join(str(int(x)) for x in reversed((held[0].date or "").split("-")))
    if counted.side == "after":
        lo = date.fromisoformat(last) + timedelta(days=1)
        update = {"date_from": lo, "date_to": max(today, lo), "oldest": not q.newest}
        label = say("vi", "period.after", date=shown)
    else:
        update = {
            "date_from": EARLIEST_ASKED,
            "date_to": date.fromisoformat(first) - timedelta(days=1),
        }
        update["newest"] = not q.oldest
        label = say("vi", "period.before", date=shown)
    found_one = counted.model_copy(update={"meeting_id": held[0].id})
    update |= {"date_label": label, "year_open": False, "counted_from": found_one}
    return q.model_copy(update=update)


UNDATED_SAYING = 3  # undated meetings shown before the period's for a phrase only they hold


def _sector_and_filler(phrase: str, sectors: set[str]) -> bool:
    """A sector asked and only words any on-topic question uses ("hai nước", "hợp tác")."""
    for sector in sectors:
        if f" {sector} " in f" {phrase} ":
            rest = f" {phrase} ".replace(f" {sector} ", " ").split()
            return len(domain_spans(rest)) == len(rest)
    return False


async def _undated_saying(
    store: Store, q: Query, required: list[str]
) -> tuple[list[Meeting], bool]:
    """Undated meetings the period asked may hold whose text says the question's most
    specific phrase (two words or more, not a sector's own name), when no meeting of the
    period does; (meetings, unsure) as fallbacks.undated_in_period gives them."""
    sectors = {fold_key(x) for x in q.sectors}
    for phrase in sorted(q.phrases, key=len, reverse=True):
        if len(phrase.split()) < 2 or phrase in sectors or phrase in required:
            continue
        if _sector_and_filler(phrase, sectors):
            continue  # "giao lưu nhân dân hai nước": the sector, no more specific
        if not await fts_has(store, phrase):
            continue
        if (await search(store, q, limit=1, required=[*required, phrase])).total:
            return [], False  # the period has a meeting saying it
        undated, unsure = await fallbacks.undated_in_period(store, q, [*required, phrase])
        return undated[:UNDATED_SAYING], unsure
    return [], False


async def _named_anywhere(store: Store, name: str) -> list[int]:
    """Seqs of the meetings whose article names ``name`` as typed; typed without marks
    ("Bach Ho"), however its marks are written ("mỏ Bạch Hổ")."""
    seqs = await article_meetings(store, name)
    if not seqs and name.isascii() and " " in name:
        seqs = await unmarked_meetings(store, name)
    return seqs


async def _at_tribute(
    store: Store,
    q: Query,
    mourned: list[str],
    required: list[str],
    within: list[int] | None,
    page: int,
    offset: int,
) -> Found:
    """Of the meetings matching ``q`` ("Volodin", the one mourned now only ranking), those
    whose own passage names each of ``mourned`` as the one the funeral or tribute is for
    ("dự Lễ Quốc tang Tổng Bí thư X"), not merely as someone once met."""
    near = await search(store, q, limit=PLACE_SCAN, required=required or None, within=within)
    if not near.ids:
        return near
    lex = get_lexicon()
    forms = {
        n: [n, *(lex.people[n].aliases if n in lex.people else ())] for n in dict.fromkeys(mourned)
    }
    articles = await _own_passages(store, near.ids)
    keep = [
        i
        for i in near.ids
        if all(
            any(
                honours(s, f)
                for a in articles.get(i, [])
                for s in (a.headline or "", *a.sentences)
                for f in spelt
            )
            for spelt in forms.values()
        )
    ]
    return Found(
        keep[offset : offset + page], {i: near.scores.get(i, 0.0) for i in keep}, len(keep)
    )


async def _at_venues(
    store: Store,
    q: Query,
    found: Found,
    required: list[str],
    within: list[int] | None,
    page: int,
) -> Found | None:
    """ "Tô Lâm gặp Putin ở Điện Kremlin": of the meetings found (those of the page first,
    then more of the question's, then its people's recorded with no place), those whose own
    passage names each venue typed (in any of its spellings); None when none does (then none
    is known to have been there: talks at the Kremlin are no answer for Novo-Ogaryovo)."""
    near = await search(store, q, limit=PLACE_SCAN, required=required or None, within=within)
    # And those of the people asked recorded with no place, which the venue then places.
    loose = q.model_copy(update={"places": [], "venues": [], "project_places": []})
    other = await search(store, loose, limit=PLACE_SCAN, required=required or None, within=within)
    unplaced = await _unplaced(store, other.ids)
    placeless = [i for i in other.ids if i in unplaced]
    pool = list(dict.fromkeys([*found.ids, *near.ids, *placeless]))
    scores = {**other.scores, **near.scores, **found.scores}
    spellings = [venue_forms(v) for v in q.named_venues]
    return await _naming(store, Found(pool, scores, len(pool)), pool, spellings, page)


async def _said_in_articles(
    store: Store, q: Query, words: list[str], within: list[int] | None = None
) -> list[int]:
    """Seqs of the meetings matching the question's other constraints (among ``within``)
    whose article holds every one of ``words`` (a bounded number of candidates is read)."""
    near = await search(store, q, limit=VENUE_SCAN, within=within)
    spellings: list[list[str]] = []
    if not near.ids and (len(q.places) > 1 or any(p not in q.venues for p in q.places)):
        # Two places no meeting was held in both ("tuyến Hải Phòng - Vladivostok"), or one
        # beside the words ("Gazpromviet Orenburg": the joint venture's field there): where
        # it was or not, the article must name each.
        lex = get_lexicon()
        spellings = [
            [fold_key(a) for a in (p, *lex.places[p].aliases)] for p in q.places if p in lex.places
        ]
        loose = q.model_copy(update={"places": [], "project_places": [], "venues": []})
        near = await search(store, loose, limit=VENUE_SCAN, within=within)
    if not near.ids:
        return []
    articles = await _own_passages(store, near.ids)
    keep = [
        i
        for i in near.ids
        if any(
            all(_says(a, w) for w in words) and all(passages.holds(a, f) for f in spellings)
            for a in articles.get(i, [])
        )
    ]
    if not keep:
        return []
    marks = ", ".join("?" for _ in keep)
    cur = await store.reader.execute(f"SELECT seq FROM meetings WHERE id IN ({marks})", keep)
    return [int(r[0]) for r in await cur.fetchall()]


async def _session(
    store: Store, q: Query, required: list[str], within: list[int] | None, page: int, offset: int
) -> Found:
    """ "Phiên họp Ủy ban liên Chính phủ lần thứ 24": of the body's meetings, those whose
    article gives the body that number in its headline or lead. Another session's report
    is no answer, however alike its words."""
    near = await search(store, q, limit=SESSION_SCAN, required=required or None, within=within)
    articles = await source_articles(store, near.ids)
    bodies = [f for g in q.events for f in g]
    keep = [
        i
        for i in near.ids
        if any(passages.numbered(a, bodies, q.ordinals) for a in articles.get(i, []))
    ]
    return Found(
        keep[offset : offset + page], {i: near.scores.get(i, 0.0) for i in keep}, len(keep)
    )


async def _unplaced(store: Store, ids: list[str]) -> set[str]:
    """The meetings among ``ids`` stored without a place."""
    if not ids:
        return set()
    marks = ", ".join("?" for _ in ids)
    cur = await store.reader.execute(
        f"SELECT id FROM meetings WHERE id IN ({marks}) AND coalesce(place, '') = ''", list(ids)
    )
    return {str(r[0]) for r in await cur.fetchall()}


async def _venue_places(
    store: Store,
    q: Query,
    found: Found,
    required: list[str],
    within: list[int] | None,
    page: int,
) -> tuple[Found, Venue] | None:
    """Meetings stored without a city whose venue implies the place asked ("Nhà Quốc hội"
    → Hà Nội, "Điện Kremlin" → Moskva), when the place matched nothing or only meetings
    an article mentions in passing. The rest of the question must still constrain."""
    if len(q.places) > 1 or q.project_places:
        return None  # "Hà Nội và Moskva ký …": the cities are what it is about
    if found.total and max(found.scores.values(), default=W_MAIN) >= W_MAIN:
        return None  # a meeting held there, not only mentioned in passing (see W_MAIN)
    lex = get_lexicon()
    rest = q.model_copy(update={"places": [], "venues": [], "project_places": [], "countries": []})
    if not (rest.has_constraints or required or within is not None):
        return None
    near = await search(store, rest, limit=VENUE_SCAN, required=required or None, within=within)
    keep: list[tuple[str, Venue]] = []
    # Only meetings stored without a city are read whole (with their citations) and their
    # lead searched for a venue: most of the scanned ones have a city.
    unplaced = await _unplaced(store, near.ids)
    for m in await store.meetings_by_ids([i for i in near.ids if i in unplaced]):
        if m.place:
            continue
        lead = " ".join(dict.fromkeys([m.evidence.get("place", ""), m.summary]))
        venue = venue_city(lead)
        if venue is None or (q.places and venue.city not in q.places):
            continue
        country = lex.places[venue.city].country if venue.city in lex.places else None
        if any(c != country for c in q.countries):
            continue
        keep.append((m.id, venue))
    if not keep:
        return None
    if found.total:  # the passing mentions stay, after the meetings held there
        keep += [(i, keep[0][1]) for i in found.ids if i not in {k for k, _ in keep}]
    ids = [i for i, _ in keep]
    return Found(ids[:page], {i: near.scores.get(i, 0.0) for i in ids}, len(ids)), keep[0][1]


async def _namesakes(store: Store, groups: list[LeaderGroup], question: str) -> list[LeaderGroup]:
    """A person asked for by surname alone ("Patrushev") is anyone of that surname the store
    has met, not only the one the lexicon knows (a father and a son both in office)."""
    typed = set(fold_key(question).split())
    out: list[LeaderGroup] = []
    for g in groups:
        if g.office or len(g.alternatives) != 1 or g.alternatives[0].start or g.titles:
            out.append(g)
            continue
        words = fold_key(g.alternatives[0].name).split()
        if (
            len(words) < 2
            or words[-1] not in typed
            or set(words[:-1]) & typed
            or is_vietnamese_word(words[-1])
        ):
            out.append(g)  # a Vietnamese name, or the given name was typed too
            continue
        same = [
            n
            for n in (await names_by_surname(store)).get(words[-1], [])
            if fold_key(n) != " ".join(words)
        ]
        extra = [Alternative(name=n) for n in same]
        out.append(g.model_copy(update={"alternatives": [*g.alternatives, *extra]}) if extra else g)
    return out


def _read_as(readings: list[tuple[str, str]], typed: str, matches: list[str]) -> None:
    """Note how a name typed another way was read, unless it is the name's own spelling."""
    words = set(fold_key(typed).split())
    if len(matches) == 1 and not words <= set(fold_key(matches[0]).split()):
        readings.append((typed, matches[0]))


def _person_typed(name: str) -> bool:
    """A name the question reads (``unknown_names``) that is a Vietnamese person's full name:
    a family name and two words more, capitalised ("Trần Đức Lương") or all in lower case
    ("tran duc luong"); not a phrase the store holds ("mua thu vang") nor a two-word name of
    a field or a place ("Bach Ho")."""
    words = name.split()
    typed = all(w[:1].isupper() for w in words) or name.islower()
    return (
        len(words) in (3, 4)
        and fold_key(words[0]) in VN_SURNAMES
        and typed
        and fallbacks.vietnamese_name(name)
    )


GIVEN_MORE = 12  # participants of one given name the store may add to the lexicon's


async def _given_in_store(store: Store, groups: list[LeaderGroup]) -> list[LeaderGroup]:
    """ "Ông Hải tiếp Poltavchenko ở TP.HCM": a Vietnamese leader called by the given name
    alone may be any participant of that name in the store (a city's party secretary the
    lexicon does not list), not only the leaders it knows; the other words of the question
    tell them apart."""
    out: list[LeaderGroup] = []
    for g in groups:
        if not g.given:
            out.append(g)
            continue
        key = fold_key(g.given)
        more = [
            n
            for n in await participant_names(store)
            if n not in g.names
            and len(words := n.split()) >= 3
            and fold_key(words[-1]) == key
            and fold_key(words[0]) in VN_SURNAMES
            and written_alike(g.given, words[-1])
        ]
        if not more:
            out.append(g)
            continue
        alternatives = [*g.alternatives, *(Alternative(name=n) for n in more[:GIVEN_MORE])]
        out.append(g.model_copy(update={"alternatives": alternatives}))
    return out


async def _store_spellings(
    store: Store, groups: list[LeaderGroup], readings: list[tuple[str, str]], question: str
) -> tuple[list[LeaderGroup], bool]:
    """People read from a misspelling: a participant of the store spelt nearer to what was
    typed is meant rather than the person the lexicon guessed ("klimov" is the store's
    Klimov, not the lexicon's Akimov). Returns the groups and whether any was replaced."""
    out: list[LeaderGroup] = []
    changed = False
    names = await participant_names(store)
    typed = f" {fold_key(question)} "
    merged: list[LeaderGroup] = []
    for g in groups:
        prev = merged[-1] if merged else None
        both = f"{prev.spelled} {g.spelled}" if prev is not None and prev.spelled else ""
        if g.spelled and both and f" {fold_key(both)} " in typed:
            # "anatoliy vasiliev": one participant's given name and surname typed together,
            # not two people the lexicon guessed for each word.
            whole = store_name_matches(both, names)
            if len(whole) == 1:
                merged[-1] = LeaderGroup(
                    label=whole[0], alternatives=[Alternative(name=whole[0])], spelled=both
                )
                changed = True
                continue
        merged.append(g)
    for g in merged:
        if not g.spelled:
            out.append(g)
            continue
        matches = store_name_matches(g.spelled, await participant_names(store))
        if matches and not set(matches) & set(g.names):
            label = matches[0] if len(matches) == 1 else g.spelled
            g = LeaderGroup(
                label=label, alternatives=[Alternative(name=n) for n in matches], spelled=g.spelled
            )
            changed = True
        _read_as(readings, g.spelled, g.names)
        out.append(g)
    return out, changed


async def _two_names(store: Store, name: str) -> list[str]:
    """A capitalised run the store has no one of may be two things typed together: two
    people ("Đinh Thế Huynh Zyuganov"), or an agency its articles name and a person
    ("Rosselkhoznadzor Dankvert"). Split where both halves are participants (the second
    possibly spelt another way) or foreign words of the articles; otherwise the run as
    typed ("Yun Byung-se", one name the store does not hold)."""
    words = name.split()
    if len(words) < 2 or await present(store, name) or await fts_has(store, name):
        return [name]
    names = await participant_names(store)

    async def held(part: str) -> bool:
        if await present(store, part) or store_name_matches(part, names):
            return True
        # An article's word, not a person's: "Pavel Nikitin" is one man, whatever other
        # Pavel an article names.
        if any(map(is_given_name, part.split())):
            return False
        if fallbacks.vietnamese_name(part) and not fallbacks.surnameless_phrase(part):
            return False
        # "Viễn Đông Kozlov": the region of his title typed before his name.
        return await fts_has(store, part)

    for k in range(len(words) - 1, 0, -1):
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if await held(left) and await held(right):
            return [left, right]
    return [name]


async def _ask(
    store: Store,
    question: str,
    today: date | None,
    limit: int,
    offset: int,
    quote_all: bool,
    lang: Lang | None = None,
    default: Lang = "vi",
) -> AskResult:
    today = today or _db.today()
    limit = max(0, min(int(limit), 50))
    offset = max(0, int(offset))
    lang = lang or detect(question or "", default)
    read = cyrillic_typed(question or "") if lang == "ru" else question or ""
    if lang == "ru" and cyrillic_names.has_run(read):
        # A Vietnamese name in Cyrillic the data has no form of ("Чан Кам Ту"): the stored one.
        read = cyrillic_names.rewrite(read, await participant_names(store))
    if lang == "ru" and cyrillic_names.has_word(read):
        # A Russian person only articles name, in Latin, asked in a case form ("Цветковой").
        read = cyrillic_names.rewrite_russian(read, await participant_names(store))
    if lang in ("vi", "en") and may_hold_unmarked_name(read):
        # "beglov nguyen van duoc", "Fomin and Nguyen Chi Vinh": a participant's name, not
        # the sector "dược" or the city of Vinh (English writes every Vietnamese name so).
        # "ct tp hcm phan van mai": a place's leader in shorthand first, while the question
        # is all in lower case (the name written back in capitals would leave "ct" a word
        # of its own). Other short forms wait for the name: "tt" before a deputy minister's
        # name is not "Tổng thống".
        typed = expand_local_leaders(read) if lang == "vi" else read
        read = unmarked_names(typed, await participant_names(store))
    if lang in ("vi", "en"):
        # "Kim Tiến Skvortsova": a Vietnamese participant called by the last two words of
        # the name, as the press does after the first mention.
        read = stored_given_names(read, await participant_names(store))
    q, lang = understand_in(read, today, lang, default)
    base = {
        "question": question or "",
        "understood": _understood(q),
        "offset": offset,
        "lang": lang,
    }

    vi = lang == "vi"
    examples = EXAMPLES if vi else i18n.items(lang, "examples")
    if q.chat:
        text = chat_text(q.chat) if vi else i18n.chat_text(q.chat, lang)
        return AskResult(**base, answer=text, suggestions=examples[:2])
    if q.foreign and q.abroad and len(q.abroad) == len(q.foreign):
        # "Lavrov AMM-57 Lào": beside an event, the other country may be where a Vietnam–
        # Russia meeting was held; only when none was is it another pair of countries
        # ("Trần Hồng Hà Indonesia" alone asks of Vietnam and Indonesia). So with no one
        # named ("Kazakhstan 2015").
        there = q.model_copy(
            update={"foreign": [], "countries": [*q.countries, *q.abroad], "abroad": []}
        )
        held = (q.events or q.agencies or not q.groups) and (
            await search(store, there, limit=1)
        ).total
        if held or (
            # Talks held there at a place the data knows no city of ("Medvedev Kazakhstan":
            # "tại thị trấn nghỉ dưỡng Burabay (Kazakhstan)"), told as where they met.
            q.groups and await _placeless_abroad(store, there, [], None, 1) is not None
        ):
            q = there
            base["understood"] = _understood(q)
    if q.counted_from:
        q = await _counted_from(store, q, q.counted_from, today)
        base["understood"] = _understood(q)
    if q.foreign:
        # Another pair of countries: the store holds Vietnam–Russia meetings only.
        text = foreign_text(q.foreign) if vi else i18n.foreign_text(q.foreign, lang)
        return AskResult(**base, answer=text, suggestions=examples[:2])

    # Names the lexicon does not know may still be in the store: a participant recorded
    # under that name (or a romanisation of it: "Lavrow", "Kozhemyaco"), a foreign word of
    # its articles (an enterprise, a programme, a forum: "RDIF", "Cấp cao Đông Á").
    required: list[str] = []
    unknown: list[str] = []
    within: set[int] | None = None
    readings: list[tuple[str, str]] = []  # (as typed, whom it was read as)
    recalled: list[str] = []  # people asked whom articles only name, met by no one recorded
    groups, respelt = await _store_spellings(store, q.groups, readings, read)
    names_asked = [n for name in q.unknown_names for n in await _two_names(store, name)]
    for name in names_asked:
        if await present(store, name):
            groups.append(LeaderGroup(label=name, alternatives=[Alternative(name=name)]))
        elif matches := store_name_matches(name, await participant_names(store)):
            label = matches[0] if len(matches) == 1 else name
            groups.append(
                LeaderGroup(label=label, alternatives=[Alternative(name=n) for n in matches])
            )
            _read_as(readings, name, matches)
        elif groups and _person_typed(name):
            # A leader asked beside another ("Trần Đức Lương hội đàm Putin") who took part in
            # no meeting the store has: an article recalling him does not answer it.
            unknown.append(name)
        elif (seqs := await _named_anywhere(store, name)) and len(seqs) <= ARTICLE_HITS:
            # Named anywhere in an article, not only in the sentences a meeting keeps.
            within = set(seqs) if within is None else within & set(seqs)
            if _person_typed(name):
                recalled.append(name)
        elif (
            not fallbacks.vietnamese_name(name) or fallbacks.phrase_not_name(name)
        ) and await fts_has(store, name):
            required.append(name)
            if _person_typed(name):
                recalled.append(name)
        else:
            unknown.append(name)
    for word in q.abbreviations:
        # "met Putin at XYZF": a body or an event no article names is not in the data; the
        # other words alone would answer with meetings that have nothing to do with it.
        if not await fts_has(store, fold_key(word)) and not await article_meetings(store, word):
            unknown.append(word)
    # Foreign words typed in lower case ("degtiarev", "zarubezhneft") that no meeting's
    # index holds: a participant's name spelt another way, or a word of an article.
    resolved: list[str] = []
    errands = errand_words(read)  # "tour", "visa": an errand's word, whatever article holds it

    def foreign(word: str) -> bool:
        return len(word) >= 3 and word.isalpha() and not is_vietnamese_word(word)

    foreign_words = [w for w in q.keywords if foreign(w) and w not in errands]
    if len(foreign_words) >= 2:
        # A full name in lower case ("kirill kozlov"): that person, not each word read
        # alone (the surname every namesake the store holds, a fuzzy look-up each).
        names = await participant_names(store)
        for run, matches in typed_full_names(foreign_words, read, names):
            typed = " ".join(run)
            label = matches[0] if len(matches) == 1 else typed
            groups.append(
                LeaderGroup(label=label, alternatives=[Alternative(name=n) for n in matches])
            )
            resolved += run
    # "VKSNDTC": an institution's abbreviation is read with its other forms (q.agencies), not
    # looked for as typed in the articles.
    agency_forms = {f for forms in q.agencies for f in forms}
    for word in q.keywords:
        if not foreign(word) or word in errands or word in resolved or word in agency_forms:
            continue
        matches = store_name_matches(word, await participant_names(store))
        if await fts_has(store, word):
            # In the index: a participant's very surname ("topilin" typed in lower case)
            # is that person; any other word of the articles is left to the phrases.
            matches = [n for n in matches if word in fold_key(n).split()[1:]]
            if not matches:
                continue
        if matches:
            label = matches[0] if len(matches) == 1 else word
            groups.append(
                LeaderGroup(label=label, alternatives=[Alternative(name=n) for n in matches])
            )
            resolved.append(word)
            _read_as(readings, word, matches)
        elif (seqs := await article_meetings(store, word)) and len(seqs) <= ARTICLE_HITS:
            within = set(seqs) if within is None else within & set(seqs)
            resolved.append(word)
    if resolved:
        q = q.model_copy(
            update={
                "keywords": [k for k in q.keywords if k not in resolved],
                "runs": _without(q.runs, set(resolved)),
                "groups": groups,
            }
        )
    if len(unknown) < len(names_asked) or resolved or respelt:
        q = q.model_copy(
            update={
                "unknown_names": unknown,
                "groups": groups,
                "leaders": list(dict.fromkeys(n for g in groups for n in g.names)),
            }
        )
        base["understood"] = _understood(q)

    if q.groups:
        widened = await _given_in_store(store, await _namesakes(store, q.groups, question or ""))
        if widened != q.groups:
            q = q.model_copy(update={"groups": widened})

    if unknown:
        suggestions = _localized(await suggest(store, q), lang)
        names = ", ".join(f"«{n}»" for n in unknown)
        answer = (
            say(lang, "answer.unknown_names", names=names)
            + "\n"
            + (understood_text(q) if vi else i18n.understood_text(q, lang))
        )
        if suggestions:
            answer += "\n" + say(lang, "answer.suggestions", value="; ".join(suggestions))
        return AskResult(**base, answer=answer, suggestions=suggestions, unknown_names=unknown)

    # "ở Duma": a word after "ở" the meetings' text holds is an institution or a venue they
    # name; it must be there. "gặp ở Cairo": a place nothing names satisfies nothing.
    nowhere = [p for p in q.unknown_places if not await fts_has(store, p)]
    required += [p for p in q.unknown_places if p not in nowhere]
    if nowhere:
        answer = (
            say(lang, "answer.unknown_place", place=", ".join(nowhere))
            + "\n"
            + (understood_text(q) if vi else i18n.understood_text(q, lang))
        )
        return AskResult(**base, answer=answer, suggestions=examples[:2])

    # An organisation filters only a question naming nobody ("KPRF năm 2015") and only when
    # some meeting's text names it; otherwise it ranks (its forms are phrases): a person's
    # meeting whose article alone names the forum is still his ("Khusnullin EEF").
    bodies_asked = _bodies(q) if q.groups else []  # (q.agencies keeps only those that filter)
    held = []
    for forms in [] if q.groups else q.agencies:
        if await fts_meetings(store, forms, 1):
            held.append(forms)
        elif seqs := await _named_in_articles(store, forms):
            # "bên lề Hội nghị Cấp cao Đông Á": a forum an article names beside its meeting
            # in a sentence the meeting's index does not keep.
            within = seqs if within is None else within & seqs
    # A summit asked with people ("Phạm Minh Chính gặp Putin bên lề G20") is where they met:
    # only their meetings whose index or article names it, unless too many name it to tell.
    for forms in q.agencies if q.groups else []:
        if is_event(forms) and (named := await _event_meetings(store, forms)) is not None:
            within = named if within is None else within & named
    # "Phạm Minh Chính gặp Hiệu trưởng MGIMO": the rector met him, so the meeting itself names
    # the school (in a participant's title), not only its article.
    for role, *forms in q.headed:
        headed = await _headed_by(store, role, forms)
        if headed is not None:
            within = headed if within is None else within & headed
    if held != q.agencies:
        q = q.model_copy(update={"agencies": held})

    if q.owned_places and not (q.groups or q.roles or q.agencies or q.sectors or q.kinds):
        # "Đoàn Sverdlovsk (ở Cần Thơ)" asks for nothing else: the body's place is what the
        # meeting's article must name (see _place_named), not only a ranking word.
        owned = [p for p in q.owned_places if p not in q.places]
        q = q.model_copy(update={"places": [*q.places, *owned]})
    # A question is answered only when something it names is in the store: a leader, or a
    # phrase of an article; places, dates, sectors and kinds alone do not vouch for words
    # the store has never seen ("thời tiết Đà Nẵng", "giá xăng tuần này").
    q = await _listed_fields(store, q, question or "")
    anchored = bool(q.groups or required or within or q.agencies)
    # A figure asked in English or Russian ("trade turnover", "тонн") is asked in the words
    # the question was read in.
    worded = question or "" if vi else to_vietnamese(read, lang)
    found_runs, unexplained = ([], []) if anchored else await fallbacks.explain(store, q)
    session = numbered_session(fold_key(worded))  # "kim ngạch …, khóa họp thứ 23": a meeting
    # "khóa họp Ủy ban liên Chính phủ năm 2021 kim ngạch 10 tỷ USD": a body that meets in
    # sessions, asked with its figure, asks for its session.
    session = session or any(is_event(forms) for forms in q.agencies)
    if not (anchored or q.kinds or q.met or q.roles or session) and not unexplained:
        # "kim ngạch xuất khẩu sang Nga năm 2020": a figure, not a meeting.
        # "tình hình giao thông Hà Nội": an errand, though "giao thông" names a sector.
        unexplained = figure_words(worded) or everyday_words(worded)
    elif not (q.groups or q.kinds or q.met or q.roles or session or unexplained) and (
        figures := figure_words(worded)
    ):
        # "Vietsovpetro khai thác bao nhiêu tấn dầu": a figure of a firm or a body the
        # articles name, asked of no one and of no meeting, is a figure all the same.
        unexplained = figures
    elif not (q.groups or _bodies(q) or q.kinds or q.met or q.roles) and not unexplained:
        # "lịch thi đấu AFF Cup 2018": an errand whose other words only a page's links or
        # most-read list holds ("Nhiều người quan tâm: …") is still an errand, not that
        # page's meeting; no one, no office and no kind of meeting was asked. So is one
        # about an event ("lịch thi đấu Army Games 2022"), which meetings only mention.
        unexplained = everyday_words(worded)
    elif (
        unexplained
        and (_narrow(q) or (q.places and found_runs))
        and not figure_words(worded)
        and not everyday_words(worded)
    ):
        # Words the index lacks ("thanh toán nội tệ") beside a period or a sector the store
        # has, or beside a place and a phrase some meeting's index holds ("tầm nhìn 2030 …
        # tuyên bố chung … Đà Nẵng"; a place alone vouches for no words: "cấp cứu ở Moskva"):
        # the meetings matching the rest whose article says them are meant.
        grounded = await _said_in_articles(store, q, unexplained)
        if grounded:
            within, unexplained = set(grounded), []
    elif unexplained and not figure_words(worded) and not everyday_words(worded):
        # A distinctive phrase of a few articles that no meeting's index keeps ("Tuyên bố chung
        # về Tầm nhìn …" outside the key sentences), typed as written: those meetings.
        phrased = await _phrase_of_few_articles(store, question or "", unexplained)
        # The runs holding the pieces, whole: a syllable alone proves nothing, but the name
        # it ends may be a few articles' ("Nam Côn Sơn": "Sơn"); without marks, a syllable
        # read as an on-topic word may be the phrase's ("phuc hoi rung ngap man": "hồi").
        whole = [r for r in q.runs if any(u in r for u in unexplained)]
        if not phrased and whole != unexplained:
            phrased = await _phrase_of_few_articles(store, question or "", whole)
        if phrased:
            within, unexplained = set(phrased), []
    if unexplained:
        # A figure asked is said to be one: an article may state it, no meeting is its answer.
        figure = set(unexplained) <= set(figure_words(worded))
        # Quoted as the user typed them ("«Giá vàng»"), not as folded for matching.
        # Each as typed once: two folded words may be typed alike ("ĐHQG" read as "dai hoc …").
        unexplained = list(
            dict.fromkeys(
                as_typed(question or "", w) if vi else as_asked(w, question or "", lang) or w
                for w in unexplained
            )
        )
        text = (
            off_topic_text(unexplained, q, figure)
            if vi
            else i18n.off_topic_text(unexplained, q, lang, figure)
        )
        return AskResult(**base, answer=text, suggestions=examples[:2])
    placed: list[str] = []
    office_of_place = not q.groups and not required and q.roles
    office_words = [t for t in q.role_terms if any(r.startswith(t) for r in q.roles)]
    if (
        office_of_place
        and len(q.roles) == 1  # two offices of two places: each place must stay
        and [t for t in q.role_terms if t not in q.roles]
        and not fallbacks.national(office_words)
    ):
        # "Thống đốc vùng Sakhalin" alone: the office's words and its place's, the place
        # written any way the data knows ("tỉnh Sakhalin", "Sakhalin"), as for a named one.
        placed = list(q.role_terms)
    elif office_of_place:
        required += q.role_terms or q.roles  # "đại sứ" alone: someone with that title
    elif q.groups:
        # "Chủ tịch UBND Cần Thơ tiếp Đại sứ Nga": an office of one place is one person,
        # not a role to rank by; its words and its place are looked for in the meeting
        # first (an article may write the place another way: "TP.HCM", "Vùng Khabarovsk").
        placed = [t for t in q.role_terms if t not in q.roles and t not in required]
    # Words beside nothing but a period or a place must all appear: a year or a city
    # vouches for no words ("khách sạn ở Sochi", "dự báo bão ở Hà Nội").
    anchors = q.groups or q.sectors or q.kinds or q.roles
    if not anchors and not required:
        required += found_runs  # "cuộc gặp mới nhất của Zarubezhneft": the newest that says it
    elif not q.groups:
        # A foreign word of the articles (a company, a programme) beside only a kind, a sector
        # or a role ("lần gần nhất làm việc với Rostec") is what the meeting must be about.
        required += [r for r in found_runs if not any(map(is_vietnamese_word, r.split()))]

    if not (
        q.has_constraints or required or q.newest or q.oldest or within is not None or q.agencies
    ):
        text = help_text() if vi else i18n.help_text(lang)
        return AskResult(**base, answer=text, suggestions=list(examples))

    page = 1 if q.single and offset == 0 else limit
    only = sorted(within) if within is not None else None
    found = Found([], {}, 0)
    spots: list[str] = []  # the place of an office of one place, kept as a constraint
    if placed:
        found = await search(
            store, q, limit=page, offset=offset, required=[*required, *placed], within=only
        )
    if placed and not found.total:
        # The place written another way ("TP.HCM", "Vùng Khabarovsk"): the office's own
        # words and one of the place's spellings — never the same office of another place.
        heads = [t for t in placed if any(r.startswith(t) for r in q.roles)]
        # An office of a country ("Bộ trưởng Giáo dục Việt Nam") is of no place: a place
        # read after it is not its constraint.
        spots = [] if fallbacks.national(heads) else [t for t in placed if t not in heads]
        for form in fallbacks.place_spellings(spots) if spots else [None]:
            found = await search(
                store,
                q,
                limit=page,
                offset=offset,
                required=[*required, *heads, *([form] if form else [])],
                within=only,
            )
            if found.total:
                break
        if not found.total and spots and not q.places and (at := fallbacks.places_of(spots)):
            # The office's own place as where they met, its cities included: "Bí thư Tỉnh ủy
            # Bà Rịa - Vũng Tàu tiếp …" at the seat in TP Bà Rịa, whose title says "tỉnh".
            there = q.model_copy(update={"places": at})
            found = await search(
                store, there, limit=page, offset=offset, required=[*required, *heads], within=only
            )
            if found.total:
                q = there
        if not found.total and spots and q.places:
            # "Tổng Lãnh sự Nga tại TP.HCM làm việc với Cần Thơ" of a reception recorded
            # without a place: the seat's spelling the office's holder is stored with is
            # what the fallbacks below (the city asked only named) must look for.
            loose = q.model_copy(update={"places": [], "project_places": [], "venues": []})
            for form in fallbacks.place_spellings(spots):
                seat = [*heads, form]
                if (await search(store, loose, limit=1, required=[*required, *seat])).total:
                    placed = seat
                    break
    if office_of_place and placed and not found.total:
        required += placed  # no spelling of the place: the words as read, for what follows
    elif not found.total and not spots:
        found = await search(
            store, q, limit=page, offset=offset, required=required or None, within=only
        )
        if not found.total and office_of_place and not q.places and len(q.roles) > 1:
            # Offices of two places ("Bí thư Tỉnh ủy Nghệ An tiếp Thống đốc Ulyanovsk"): a
            # place the titles leave unwritten ("Bí thư Tỉnh ủy") may be where they met.
            for term in [t for t in q.role_terms if t in required]:
                at = fallbacks.places_of([term])
                if not at or fallbacks.national([term]):
                    continue
                rest = [t for t in required if t != term]
                there = q.model_copy(update={"places": at})
                found = await search(
                    store, there, limit=page, offset=offset, required=rest, within=only
                )
                if found.total:
                    q, required = there, rest
                    break
    foreign_runs = [
        r
        for r in required
        if r in found_runs
        and (
            not any(map(is_vietnamese_word, r.split()))
            # "Tầm nhìn 2030 … Sochi", "quan hệ ngoại giao … năm 2025": a phrase beside a
            # place or a period, whose meetings are few; or beside a rarer phrase only a few
            # articles say ("tầm nhìn 2030 … tuyên bố chung"), in the same articles
            or ((q.places or q.date_from or only is not None) and len(r.split()) >= 2)
        )
    ]
    mentioned: list[str] = []  # places asked that the articles only name
    if not found.total and foreign_runs and offset == 0:
        # "điện đàm covid 2020": the word is in the article (its headline, a later paragraph),
        # not the meeting's index; the meetings matching the rest whose article says it.
        rest = [r for r in required if r not in foreign_runs]
        said = await _said_in_articles(store, q, foreign_runs, only)
        if said:
            found = await search(
                store, q, limit=page, offset=offset, required=rest or None, within=said
            )
            if not found.total and q.places:
                # Their articles name the places asked; the meetings were held elsewhere.
                loose = q.model_copy(update={"places": [], "project_places": [], "venues": []})
                found = await search(
                    store, loose, limit=page, offset=offset, required=rest or None, within=said
                )
                if found.total:
                    # Only the places the meetings found were not held in ("TPHCM ở Saint
                    # Petersburg" of the delegation's working session there).
                    held = {m.place for m in await store.meetings_by_ids(found.ids)}
                    asked = [p for p in q.places if p not in q.owned_places]
                    mentioned, q = [p for p in asked if p not in held], loose
            required = rest
    # A minister's title the article writes in neither form (search tries both): its rank
    # and its ministry apart ("Bộ trưởng Nguyễn Thị Kim Tiến … Bộ Y tế").
    apart = ministry_apart(required)
    if not found.total and apart != required:
        again = await search(store, q, limit=page, offset=offset, required=apart, within=only)
        if again.total:
            found, required = again, apart
    if q.roles and not q.groups and offset == 0 and len(found.ids) > 1:
        found = await _titled_first(store, found, q.roles)
    if q.events and q.ordinals and (found.total or q.sectors):
        reported = found.total  # the body's meetings matching the rest of the question
        if reported:
            found = await _session(store, q, required, only, page, offset)
        if not found.total and q.sectors:
            # "khóa họp 25 … an toàn thực phẩm": the session asked, though its record lists
            # other sectors (its article may name that one further down); never "no report
            # of session 25" while one is stored.
            loose = q.model_copy(update={"sectors": []})
            found = await _session(store, loose, required, only, page, offset)
        if not found.total and reported:
            number = q.ordinals[0].split()[-1]
            answer = (
                say(lang, "answer.session_none", number=number)
                + "\n"
                + (understood_text(q) if vi else i18n.understood_text(q, lang))
            )
            return AskResult(**base, answer=answer, total=0)
    # The spelling folded: the same note whether the question was typed with marks or not.
    notes = [say(lang, "answer.read_as", typed=fold_key(t), name=n) for t, n in readings]
    if mentioned:
        notes.append(_mentioned_only(mentioned, lang, q.named_venues))
    if bodies_asked and q.agency_labels and found.total and offset == 0:
        # "Lavrov thăm Đại học Tổng hợp Quốc gia Moskva": his meetings rank first, but none
        # of their articles names the school; the answer must not read as if one did.
        named: set[int] = set()
        for forms in bodies_asked:
            named |= await _article_seqs(store, forms)
            named.update(await fts_meetings(store, forms, ARTICLE_HITS))
        among = named if within is None else within & named
        if not among or not (
            await search(store, q, limit=1, required=required or None, within=among)
        ).total:
            notes.append(say(lang, "answer.agency_unnamed", name=", ".join(q.agency_labels)))
    if recalled:
        names = recalled if vi else [i18n.name(n, lang) for n in recalled]
        notes.append(say(lang, "answer.person_mentioned", name=", ".join(names)))
    if q.carried and (found.total == 0 or q.mourned):
        # "X chuyển thư của Y gửi Z": X may have handed it to someone else for Z; "X dự
        # Quốc tang Y": X met whoever received him, and a record Y takes part in (a
        # message he once sent X) is not about his funeral.
        bearer = [g for g in q.groups if g.label not in q.carried]
        # The one carried for is still named in the text of the meeting it was for.
        named = [fold_key(n) for n in q.carried]
        absent = [n for g in q.groups if g.label in q.mourned for n in g.names]
        loose = q.model_copy(
            update={
                "groups": bearer,
                "carried": [],
                "phrases": [*q.phrases, *named],
                "absent": absent,
            }
        )
        again = (
            await search(
                store, loose, limit=page, offset=offset, required=required or None, within=only
            )
            if bearer
            else found
        )
        if again.total and absent:
            # No meeting of the bearer's told at the funeral is no answer: not his others.
            again = await _at_tribute(store, loose, absent, required, only, page, offset)
        if again.total or absent:
            q, found = loose, again
    if found.total == 0 and any(g.principal for g in q.groups):
        # No envoy of his met anyone then: the leader's own meetings are the nearest answer.
        own = q.model_copy(
            update={"groups": [g.model_copy(update={"principal": False}) for g in q.groups]}
        )
        again = await search(
            store, own, limit=page, offset=offset, required=required or None, within=only
        )
        if again.total:
            label = ", ".join(g.label for g in q.groups if g.principal)
            notes.append(say(lang, "answer.no_envoy", value=label))
            q, found = own, again
    retitled: list[LeaderGroup] = []  # titles dropped: the answer says whose it was not
    titled = [g for g in q.groups if g.office and _named_with_title(g)]
    if found.total == 0 and titled:
        # "TT Nga Medvedev" of a meeting in July 2012, when he was Prime Minister: a title
        # remembered wrongly is the softer word; the named person's meetings are the answer.
        plain = q.model_copy(
            update={
                "groups": [
                    g.model_copy(
                        update={"office": None, "alternatives": [Alternative(name=g.label)]}
                    )
                    if g in titled
                    else g
                    for g in q.groups
                ]
            }
        )
        again = await search(
            store, plain, limit=page, offset=offset, required=required or None, within=only
        )
        if again.total:
            q, found, retitled = plain, again, titled
    if found.total == 0 and q.year_open and q.date_from and q.date_to:
        earlier = await fallbacks.earlier_year(store, q, page, offset, required)
        if not earlier and apart != required:
            earlier = await fallbacks.earlier_year(store, q, page, offset, apart)
        if earlier:
            q, found = earlier
            base["understood"] = _understood(q)
    if q.year_open and q.date_label and found.total:
        label = q.date_label if vi else i18n.period(q.date_from, q.date_to, lang)
        notes.append(say(lang, "answer.no_year", value=label))
    # "hôm qua", "tuần trước" copied from an article about a meeting asked by who or what
    # kind ("Pesoshin hôm qua"): the article's day is meant, so nothing then falls back
    # the same way; words alone ("giá vàng hôm nay") are an errand of the day, and "có cuộc
    # gặp nào thứ Ba tuần trước" asks of that day itself: nothing then is the answer.
    relative = q.relative and bool(q.groups or q.roles or q.kinds)
    if found.total == 0 and (q.recent or relative):
        newest = q.model_copy(
            update={"date_from": None, "date_to": None, "date_label": None, "newest": True}
        )
        again = await search(
            store, newest, limit=page, offset=offset, required=required or None, within=only
        )
        unstated = None
        if not again.total and offset == 0 and q.places:
            # "Bình Dương Tatarstan Pesoshin hôm qua": the reception's article names the
            # province but gives no place, as when no day is asked (below).
            unstated = await _placeless_named(store, newest, required, only, page)
            again = unstated or again
        if again.total:
            label = (q.date_label if vi else i18n.period(q.date_from, q.date_to, lang)) or say(
                lang, "answer.recent"
            )
            day = q.date_from is not None and q.date_from == q.date_to  # "hôm qua"
            notes.append(say(lang, "answer.day_none" if day else "answer.recent_none", value=label))
            q, found = newest, again
        if unstated is not None:
            names = await _unstated_names(store, q, unstated, lang)
            notes.append(say(lang, "answer.place_unstated", place=", ".join(names)))
    if offset == 0 and (q.places or q.countries):
        inferred = await _venue_places(store, q, found, required, only, page)
        if inferred is not None:
            found, venue = inferred
            notes.append(say(lang, "answer.place_inferred", place=venue.city, venue=venue.venue))
    if found.total == 0 and offset == 0 and q.places:
        named = await _place_named(store, q, required, only, page, found_runs)
        unstated, tried = None, False  # the place-only meetings of the month asked
        if named is None and q.year_open and q.date_from and q.date_to:
            # "X Kaluga tháng 11": the governor's province, in the year that has X's meeting.
            venues = [p for p in q.places if p in q.venues]
            loose = q.model_copy(update={"places": venues, "project_places": []})
            earlier = await fallbacks.earlier_year(store, loose, page, 0, required)
            shifted, anyyear = None, None
            if earlier is not None:
                dated = {k: getattr(earlier[0], k) for k in ("date_from", "date_to", "date_label")}
                shifted = q.model_copy(update=dated)
                named = await _place_named(store, shifted, required, only, page, found_runs)
            if named is None:
                unstated, tried = await _placeless_named(store, q, required, only, page), True
            if named is None and unstated is None:
                # Nothing in the month this year, nor in the year the words alone point to
                # ("đoàn Ulyanovsk tháng 4": its article names the province, no place).
                anyyear = await _place_any_year(store, q, required, only, page, found_runs)
                if anyyear is not None:
                    shifted, named, unstated = anyyear
            if shifted is not None and (named is not None or anyyear is not None):
                q = shifted
                base["understood"] = _understood(q)
                label = q.date_label if vi else i18n.period(q.date_from, q.date_to, lang)
                notes.append(say(lang, "answer.no_year", value=label))
        if named is not None:
            found, subjects = named
            shown_places = [m.place for m in await store.meetings_by_ids(found.ids)]
            # "Hải Phòng Vladivostok" of a meeting in Vladivostok: only Hải Phòng was not
            # where it was held.
            # A delegation's own place ("đoàn TP HCM") was never asked as where they met.
            elsewhere = [p for p in subjects if p not in shown_places and p not in q.owned_places]
            # The first has no place recorded: the city may well be where they met, unless
            # its report's own meeting was held elsewhere (the visit it was part of).
            unstated = shown_places[:1] == [None] and bool(
                await _placeless_there(store, found.ids[:1], lambda place: place in q.places)
            )
            if not unstated:
                if elsewhere:
                    written = await _venues_written(store, found.ids[:1], elsewhere)
                    notes.append(_mentioned_only(elsewhere, lang, [*q.named_venues, *written]))
            else:
                names = q.places if vi else [i18n.place(p, lang) for p in q.places]
                notes.append(say(lang, "answer.place_unstated", place=", ".join(names)))
        else:
            if not tried:
                unstated = await _placeless_named(store, q, required, only, page)
            if unstated is not None:
                found = unstated
                names = await _unstated_names(store, q, unstated, lang)
                notes.append(say(lang, "answer.place_unstated", place=", ".join(names)))
    visited = _visited(q)
    if visited and found.ids and offset == 0:
        found = await _not_visiting_elsewhere(store, found, visited)
    if found.total == 0 and offset == 0 and visited:
        told = await _visiting_named(store, q, required, only, page)
        if told is not None:
            found = told
            notes.append(_visiting_note(visited, lang))
    if found.total == 0 and offset == 0:
        abroad = await _placeless_abroad(store, q, required, only, page)
        if abroad is not None:
            found = abroad
            outside = [c for c in q.countries if c not in BILATERAL]
            names = [country_name(c) or c if vi else i18n.country(c, lang) for c in outside]
            notes.append(say(lang, "answer.place_unstated", place=", ".join(names)))
    if found.total == 0 and offset == 0 and q.places:
        wider = await _in_province(store, q, required, only, page)
        if wider is not None:
            found, q = wider
            where = ", ".join(p if vi else i18n.place(p, lang) for p in q.places)
            notes.append(say(lang, "answer.place_province", place=where))
            base["understood"] = _understood(q)
    if found.total == 0 and offset == 0 and q.sectors and (q.groups or q.places or q.date_from):
        named = await _sector_named(store, q, required, only, page)
        if named is not None:
            found, shifted = named
            if shifted.date_label != q.date_label:
                label = (
                    shifted.date_label
                    if vi
                    else i18n.period(shifted.date_from, shifted.date_to, lang)
                )
                notes.append(say(lang, "answer.no_year", value=label))
                base["understood"] = _understood(shifted)
            asked = ", ".join(s if vi else i18n.sector(s, lang) for s in q.sectors)
            notes.append(say(lang, "answer.sector_mentioned", value=asked))
    venue_none = None  # a venue asked that no article of a meeting found names
    if found.total and offset == 0 and q.named_venues:
        at = await _at_venues(store, q, found, required, only, page)
        if at is None:
            venue_none, found = q.named_venues[0], Found([], {}, 0)
        else:
            # Those naming it first; the city's others follow (held there, maybe, unsaid).
            ids = list(dict.fromkeys([*at.ids, *found.ids]))
            found = Found(ids[:page], {**found.scores, **at.scores}, max(found.total, len(ids)))
    meetings = await store.meetings_by_ids(found.ids)
    day = fallbacks.meeting_day(meetings[0]) if retitled and meetings else None
    for g in retitled:
        if day is None or any((a.start or day) <= day <= (a.end or day) for a in g.alternatives):
            continue  # he held the title then: it was the other name's
        asked = g.alternatives[0].titles[:1] if vi else [i18n.office(g.office or "", lang)]
        name = g.label if vi else i18n.name(g.label, lang)
        notes.append(say(lang, "answer.title_not_held", name=name, title=asked[0] or g.office))
    if q.project_places and meetings and all(m.place not in q.places for m in meetings):
        notes.append(_mentioned_only(q.project_places, lang))
    # Words of the question found in the store anchor it as a person would ("tòa án tối
    # cao"): an undated meeting holding them may be the one meant.
    words = required if q.groups else [*required, *found_runs]
    yearless = False  # met on the day asked, in a year the article does not give
    # A day, a span of days or a month ("hôm 9/9", "từ 23 đến 26/10", "tháng 5"), typed
    # without a year.
    days = (
        q.year_open
        and q.date_from is not None
        and q.date_to is not None
        and q.date_from.month == q.date_to.month
    )
    if found.total == 0 and offset == 0 and days and (q.groups or words or q.sectors or q.agencies):
        same_day = await fallbacks.yearless_day(store, q, words)
        if same_day:
            yearless = True
            meetings = [m for m, _ in same_day[:page]]
            found = Found([m.id for m in meetings], {}, len(same_day))
            d, mo = q.date_from.day, q.date_from.month  # type: ignore[union-attr]
            e = q.date_to.day  # type: ignore[union-attr]
            if e - d < 9:
                said = f"{d}/{mo}" if d == e else f"{d}–{e}/{mo}"
                notes.append(say(lang, "answer.yearless_day", day=said))
            else:  # "tháng 5": the article gives a day of May and no year
                notes.append(say(lang, "answer.yearless_month", month=i18n.month_name(mo, lang)))
            years = fallbacks.yearless_years(meetings[0], same_day[0][1], mo, today)
            if years:
                span = str(years[0]) if years[0] == years[1] else f"{years[0]}–{years[1]}"
                notes.append(say(lang, "answer.yearless_years", years=span))
    # A meeting dated to the month (or year) that holds the period asked is nearer than one
    # of no date.
    if found.total == 0 and offset == 0 and q.date_from and q.date_to and (q.groups or words):
        coarser, level = await fallbacks.coarser_in_period(store, q, words, only)
        if coarser:
            meetings = coarser[:page]
            found = Found([m.id for m in meetings], {}, len(coarser))
            if level == "month":
                first = q.date_from.replace(day=1)
                last = (first + timedelta(days=31)).replace(day=1) - timedelta(days=1)
                month = i18n.period(first, last, lang)
                notes.append(say(lang, "answer.month_only", month=month))
            else:
                notes.append(say(lang, "answer.year_only", year=q.date_from.year))
    undated_only = False  # the period's answer is undated meetings it cannot rule out
    if (
        found.total == 0
        and offset == 0
        and q.date_from
        and q.date_to
        # "hội đàm giữa hai Đảng năm 2020", "Sochi 2012"
        and (q.groups or words or q.agencies or q.places)
    ):
        undated, unsure = await fallbacks.undated_in_period(store, q, words, only)
        if not undated and visited:
            rest = q.model_copy(update={"countries": []})
            undated, unsure = await fallbacks.undated_in_period(store, rest, words, only)
            # a place read from the text on top of a date that may be any: one step too far
            told = await _visiting(store, [m.id for m in undated], visited) if not unsure else []
            undated = [m for m in undated if m.id in told]
            if undated:
                notes.append(_visiting_note(visited, lang))
        if undated:
            undated_only = True
            meetings = undated[:page]
            found = Found([m.id for m in meetings], {}, len(undated))
            notes.append(say(lang, "answer.undated_unknown" if unsure else "answer.undated_period"))
    if (
        found.total
        and offset == 0
        and q.date_from
        and q.date_to
        and not q.groups
        and not undated_only
    ):
        # "học bổng … 2019", "Viện Hàn lâm Khoa học Nga 2023": the words typed are in no
        # meeting of the period found, but in undated ones the period may hold.
        undated, unsure = await _undated_saying(store, q, required)
        if undated:
            ids = [m.id for m in undated]
            meetings = [*undated, *(m for m in meetings if m.id not in ids)][:page]
            found = Found([m.id for m in meetings], found.scores, found.total + len(undated))
            notes.append(say(lang, "answer.undated_unknown" if unsure else "answer.undated_period"))
    visits: list[Meeting] = []
    if found.total == 0 and offset == 0 and venue_none is None:
        visits = await fallbacks.visits(store, q)
    if visits:
        meetings = visits[:page]
        found = Found([m.id for m in meetings], {}, len(visits))
        a, b = q.groups[0].label, q.groups[1].label
        if not vi:
            a, b = i18n.group_label(q.groups[0], lang), i18n.group_label(q.groups[1], lang)
        notes.append(say(lang, "answer.visits", a=a, b=b))
    lex = get_lexicon()
    asked_message = any(lex.kind_is(k, "message") for k in q.kinds)
    if (
        q.met
        and asked_message
        and offset == 0
        and meetings
        and all(lex.kind_is(m.kind, "message") for m in meetings)
    ):
        # "… gửi điện chia buồn … có cuộc gặp nào": a message is no meeting between the people
        # it names; say so and name the message, without listing it as the meeting asked.
        told = understood_text(q) if vi else i18n.understood_text(q, lang)
        first = meetings[0]
        what = first.kind if vi else i18n.kind(first.kind, lang)
        when = format_date(first) if vi else i18n.format_date(first, lang)
        source = first.sources[0] if first.sources else ""
        detail = f"{when} · {source}" if source else when
        answer = say(lang, "answer.message_only", kind=what, detail=detail) + "\n" + told
        return AskResult(**base, answer=answer, total=0)
    terms = _point_terms(q)
    shown = [
        _best_points(m, q, terms).model_copy(update={"score": found.scores.get(m.id)})
        for m in meetings
    ]

    if found.total == 0:
        suggestions = _localized(await suggest(store, q), lang)
        told = understood_text(q) if vi else i18n.understood_text(q, lang)
        answer = say(lang, "answer.none") + "\n" + told
        outside = [c for c in q.countries if c not in BILATERAL]
        if outside:
            answer = say(lang, "answer.none_abroad") + "\n" + told
        if venue_none is not None:
            city = lex.canonical_place(venue_none) or venue_none
            where = city if vi else i18n.place(city, lang)
            answer = say(lang, "answer.venue_none", venue=venue_none, place=where) + "\n" + told
        if suggestions:
            answer += "\n" + say(lang, "answer.suggestions", value="; ".join(suggestions))
        return AskResult(**base, answer=answer, suggestions=suggestions, total=0)
    if not shown:
        answer = say(lang, "answer.end", n=found.total)
        return AskResult(**base, answer=answer, total=found.total)
    by_terms = (
        any(
            n in notes
            for n in (say(lang, "answer.undated_unknown"), say(lang, "answer.undated_period"))
        )
        or yearless
    )
    if q.date_from and any(not m.date for m in shown) and not by_terms:
        notes.append(say(lang, "answer.undated_note"))
    counted_id = q.counted_from.meeting_id if q.counted_from else None
    if counted_id and offset == 0:
        # "the next after / the last before the meeting of …": said as counted from it.
        counted = await store.meetings_by_ids([counted_id])
        if counted:
            when = format_date(counted[0]) if vi else i18n.format_date(counted[0], lang)
            side = q.counted_from.side  # type: ignore[union-attr]
            key = "answer.after_reference" if side == "after" else "answer.before_reference"
            notes.append(say(lang, key, date=when))
    elif q.newest and not visits and shown[0].date and offset == 0:
        day = fallbacks.meeting_day(shown[0])
        if day and (today - day).days > 21:
            when, since = (
                (format_date(shown[0]), ago(day, today))
                if vi
                else (i18n.format_date(shown[0], lang), i18n.ago(day, today, lang))
            )
            notes.append(say(lang, "answer.last_was", date=when, ago=since))
    if q.oldest and offset == 0 and shown[0].date and not counted_id:
        # The store holds what its articles report: the earliest it has may not be the first.
        notes.append(say(lang, "answer.earliest"))
    card = (len(shown) == 1 and (found.total == 1 or q.single)) or (
        q.intent == "what" and offset == 0
    )
    # Sector questions quote every result (a list item shows its sentence about the
    # sector); others quote the card's meeting, or every result for --json.
    asked = bool(q.sectors or q.phrases or q.project_places)
    quotes = await _quotes(store, q, shown if quote_all or asked else shown[:1] if card else [])
    answer = compose_answer(
        lang,
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


async def _event_meetings(store: Store, forms: list[str]) -> set[int] | None:
    """Seqs of the meetings whose index or (recent) article names a recurring event in any of
    its forms; None when more than ARTICLE_HITS do, which says nothing of one."""
    named = set(await fts_meetings(store, forms, ARTICLE_HITS + 1)) | await _article_seqs(
        store, forms
    )
    return None if len(named) > ARTICLE_HITS else named


async def _named_in_articles(store: Store, forms: list[str]) -> set[int]:
    """Seqs of meetings whose (recent) article names the institution in any of its forms,
    when that is a constraint (at most ARTICLE_HITS of them); empty otherwise."""
    seqs = await _article_seqs(store, forms)
    return seqs if len(seqs) <= ARTICLE_HITS else set()


async def _article_seqs(store: Store, forms: list[str]) -> set[int]:
    """Seqs of meetings whose (recent) article names any of the forms, however many."""
    seqs: set[int] = set()
    for form in forms:
        read = unmarked_meetings if " " in form else article_meetings
        seqs.update(await read(store, form))
    return seqs
