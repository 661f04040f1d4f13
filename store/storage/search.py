"""Structured query → ranked meeting ids, in SQL, with bounded work per question.

Every constraint the question states (people, period, place, sector, kind, required
words) becomes a *term*: a set of ranges of the ``meeting_facets`` index (see
store.storage.schema.FACETS_MIGRATION), ordered by day. The planner sizes each term from
the index, starts from the term that makes the walk cheapest, reads it newest first,
checks the other terms by point lookups, stops after a window of matches, ranks that
window and counts (or, for broad questions over a big store, estimates) the total. Work
is bounded by the window, not the store.

Ranking, best first: meetings the article is about above ones it mentions in passing,
then how much of the asked sector and leftover words the meeting carries (its sectors,
its key points and summary), then recency. Nothing here reads all meetings.
"""

from __future__ import annotations

import bisect
import contextvars
import itertools
import json
import re
import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter

from store.language import passages
from store.language.compiled import kept_regex
from store.language.countries import BILATERAL, country_in, country_name, folded_names
from store.language.fold import fold, fold_key
from store.language.lexicon import get_lexicon
from store.language.query import LeaderGroup, Query, ministry_form
from store.language.question_words import envoy_words, find_agencies, kind_text
from store.storage import bodies
from store.storage.db import Store, date_bounds

# Kinds that are messages, not contacts: "gặp" questions leave them out unless asked for.
MESSAGE_KINDS = get_lexicon().kinds_with("message")
# Contacts at a distance: when a meeting kind asked for is relaxed, these stay out.
REMOTE_KINDS = get_lexicon().kinds_with("remote")
ONLINE_KINDS = get_lexicon().kinds_with("online")
_FTS_TOKEN = kept_regex(r"[0-9a-z]+")
W_MAIN = 2.0  # the article is about this meeting
W_DATED = 0.25  # a meeting with a known date is the more useful answer
W_SECTOR = 1.0  # per asked sector (or sub-sector) the meeting carries
W_TEXT = 0.5  # per asked sector synonym / leftover word found in its key points and summary
W_FTS = 0.3  # per unit of bm25 for rare leftover words
W_KIND = 1.5  # the kind asked for, when kinds only rank
W_PHRASE = 1.0  # per literal phrase of the question found in the meeting's text
W_HOLDER = 1.0  # asked by title: a holder the lexicon knows, above a participant titled alike
W_ROLE = 1.0  # per role ("đại sứ") its participants' titles carry
W_FOCUS = 1.0  # per unit of how much the article is about the asked sector
W_LITERAL = 2.0  # the article holds a phrase of the question word for word
W_MORE_LITERAL = 1.0  # per further phrase of the question it holds
W_NEAR = 1.5  # it holds one nearly (a word or two between) and none word for word
W_MORE_NEAR = 0.5  # per phrase it holds nearly besides one word for word
W_MESSAGE = 0.2  # a message or letter not asked for: after the meetings that tie with it
W_KIND_ORDER = 0.001  # per point of a kind's priority (0-100), a visit asked: ties only
W_CROWD = 0.01  # more people than the question names: after a meeting of only them it ties
W_FRAME = 0.01  # "gặp" asked, no visit: a visit after the acts of the same people it ties with
FOCUS_TOP = 12  # the best-scored candidates whose articles are read for the focus
TOP_RANK = 5  # offices ranked this high (head of state, party, government, parliament)
FACET_RANKED = 60  # up to this many newest matches are ranked
COUNT_EXACT = 1500  # starting sets up to this size are counted exactly
EXACT_FTS_MAX = 2000  # bm25 is computed for leftover words matching at most this many meetings
BM25_PER_ROW = 50  # matches per candidate from which bm25 is looked up per candidate
MAX_TEXT_TERMS = 8


@dataclass
class Found:
    ids: list[str]
    scores: dict[str, float]
    total: int
    total_estimated: bool = False  # ``total`` is an estimate (broad question over a big store)
    kinds_relaxed: bool = False
    mode: str = "exact"
    notes: list[str] = field(default_factory=list)


def fts_phrase(text: str) -> str | None:
    """A safe FTS5 phrase for text: folded words, quoted; FTS syntax in user input is inert."""
    toks = _FTS_TOKEN.findall(fold(text))
    return '"' + " ".join(toks) + '"' if toks else None


def _all(terms: list[str]) -> str | None:
    phrases = [p for p in (fts_phrase(t) for t in terms) if p]
    return " AND ".join(dict.fromkeys(phrases)) if phrases else None


def _any(terms: list[str]) -> str | None:
    phrases = [p for p in (fts_phrase(t) for t in terms) if p]
    return " OR ".join(dict.fromkeys(phrases)) if phrases else None


def _partners(q: Query, places: list[str]) -> bool:
    """Places of both sides asked together, none of them typed as the venue."""
    lex = get_lexicon()
    sides = {lex.places[p].country for p in places if p in lex.places}
    return len(places) >= 2 and sides >= set(BILATERAL) and not set(places) & set(q.venues)


def _partner_alts(asked: list[str]) -> list[Alt]:
    """Meetings held in one of the places asked (or a city of it) whose text names another."""
    lex = get_lexicon()
    forms = {
        place: list(
            dict.fromkeys(
                f" {fold_key(f)}"
                for o in asked
                if o != place and o in lex.places
                for f in (o, *lex.places[o].aliases)
                if fold_key(f)  # a Cyrillic alias folds to nothing: it would match any text
            )
        )
        for place in asked
    }
    # One shape for every alternative (the walk runs them as one statement): the shorter
    # lists repeat their first form.
    most = max(len(f) for f in forms.values())
    named = "(" + " OR ".join([_MENTIONS] * most) + ")"
    return [
        Alt(f"l:{x}", pred=named, pred_params=tuple(f + [f[0]] * (most - len(f))))
        for place, f in forms.items()
        if f
        for x in lex.places_within(place)
    ]


def _institution_spellings(term: str) -> list[str]:
    """``term`` and the same words with the institution it holds written another way."""
    found = find_agencies(term)
    if len(found) != 1:
        return [term]
    a, b, forms = found[0]
    return list(dict.fromkeys([term, *(f"{term[:a]}{f}{term[b:]}" for f in forms)]))


def _any_least(terms: list[str]) -> str | None:
    """The same matches as ``_any`` (never its bm25): a phrase holding another one whole
    ("tong giam doc rosatom" holds "giam doc rosatom") adds no match, and each phrase of
    common words costs FTS5 a pass over their position lists (an office's title forms: 20
    phrases, 40 ms at 10,000 meetings)."""
    phrases = list(dict.fromkeys(p for p in (fts_phrase(t) for t in terms) if p))
    inner = [f" {p[1:-1]} " for p in phrases]
    kept = [
        p
        for i, p in enumerate(phrases)
        if not any(j != i and inner[j] in inner[i] for j in range(len(phrases)))
    ]
    return " OR ".join(kept) if kept else None


def _said(groups: list[list[str]]) -> str:
    """Phrases for search_has: a line per group (one of its phrases must be in the text),
    when every phrase is of two words or more ("" otherwise). A phrase of common words
    costs the full-text index a merge of their position lists (4-6 ms a phrase at 100,000
    meetings); a word alone is one list, cheaper read than checked on every candidate."""
    lines = []
    for group in groups:
        phrases = [p[1:-1] for p in map(fts_phrase, group) if p]  # the words, unquoted
        if not phrases or any(" " not in p for p in phrases):
            return ""
        lines.append("|".join(dict.fromkeys(phrases)))
    return "\n".join(lines)


def sector_set(sectors: list[str]) -> list[str]:
    """The sectors and every sector below them ("năng lượng" → dầu khí, điện hạt nhân, …)."""
    return list(_sector_set(tuple(sectors)))


@lru_cache(maxsize=256)
def _sector_set(sectors: tuple[str, ...]) -> tuple[str, ...]:
    lex = get_lexicon()
    out: dict[str, None] = {}
    for s in sectors:
        for d in sorted(lex.sector_descendants(s)) or [s]:
            out[d] = None
    return tuple(out)


def sector_terms(sectors: list[str]) -> list[str]:
    """Folded words saying a text is about the sectors (names and synonyms)."""
    return list(_sector_terms(tuple(sectors)))


@lru_cache(maxsize=256)
def _sector_terms(sectors: tuple[str, ...]) -> tuple[str, ...]:
    lex = get_lexicon()
    terms: dict[str, None] = {}
    for s in _sector_set(sectors):
        sec = lex.sectors.get(s)
        for t in (s, *(sec.synonyms if sec else ())):
            k = fold_key(t)
            if len(k) > 2:
                terms[k] = None
    return tuple(terms)


def _sql_text(text: str) -> str:
    """A string literal for SQL (the text is folded [0-9a-z ] already; quotes doubled)."""
    return "'" + text.replace("'", "''") + "'"


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _iso(d) -> str | None:
    return d.isoformat() if d else None


async def _scalar(store: Store, sql: str, params: list[object]) -> int:
    sql, params = await _fts_listed(store, sql, params)
    row = await (await store.reader.execute(sql, params)).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


async def _rows(store: Store, sql: str, params: list[object]) -> list:
    sql, params = await _fts_listed(store, sql, params)
    return list(await (await store.reader.execute(sql, params)).fetchall())


# A full-text term is tested in several statements of one question (sizing the plan, the
# walk, the count): each evaluated the FTS5 expression again, which for a phrase of common
# words ("chu tich hoi dong") reads long position lists. Matches up to FTS_LISTED are read
# once per question and given to the later statements as a list of seqs.
FTS_LISTED = 2000
_FTS_ROWS = "SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?"
_FTS_IN = "IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)"


# Beyond FTS_LISTED a statement is given the matches as one JSON list (a parameter, so
# its text stays short): a phrase of common words ("bo truong quoc phong": ten thousand
# matches at 100,000 meetings) cost 10-40 ms in each statement that tested it, the list
# a millisecond.
_JSON_IN = "IN (SELECT value FROM json_each(?))"
# A list of seqs of LONG_LIST or more is given to SQLite the same way: each mark is compiled
# into the statement, and a walk repeats the list in every piece (the undated meetings
# reported within a year, 400 at 100,000 meetings, in each of 24 pieces: 10,000 marks and
# 80 kB of SQL). A statement is new for each question, so preparing it is paid each time:
# 8-9 ms there, 4-5 with the lists as JSON (the rows read are the same).
LONG_LIST = 50


def _seqs_in(column: str, seqs: Sequence[int], inline: bool) -> tuple[str, list[object]]:
    """``column IN (seqs)`` and its parameters; a long list as one JSON parameter when
    ``inline`` (SQLite: PostgreSQL translates and caches statements by their text)."""
    if inline and len(seqs) >= LONG_LIST:
        return f"{column} {_JSON_IN}", ["[" + ",".join(map(str, seqs)) + "]"]
    return f"{column} IN ({_marks(len(seqs))})", list(seqs)


# Full-text matches kept across questions, per connection, while the data is unchanged:
# (data key, {expression: its seqs as a tuple (at most FTS_LISTED), None, or JSON text}).
_FTS_KEPT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
FTS_KEPT_CHARS = 8_000_000  # characters of JSON lists kept per connection, at most


async def _kept(store: Store) -> dict[tuple[str, str], object]:
    """This connection's kept matches for the data as it is now (emptied when it changed)."""
    key = await _facet_key(store)
    held = _FTS_KEPT.get(store.conn)
    if held is None or held[0] != key:
        held = (key, {})
        _FTS_KEPT[store.conn] = held
    return held[1]


async def _fts_matches(store: Store, expr: str, whole: bool = False) -> tuple[int, ...] | None:
    """The seqs matching a full-text expression, when at most FTS_LISTED (else None);
    read once while the data is unchanged (see remember_sizes).

    ``whole``: the caller will test the expression on candidates whatever its size (a
    term of a plan), so every match is read now and kept for that (see _fts_all): reading
    the first FTS_LISTED + 1, then all of them again, read a phrase of common words'
    position lists twice (an office's title forms: 8-13 ms more at 100,000 meetings).
    """
    memo = _SIZES.get()
    key = ("fts", id(store.reader), expr)
    if memo is not None and key in memo:
        return memo[key]
    kept = await _kept(store) if memo is not None else {}
    if ("few", expr) in kept:
        found = kept[("few", expr)]
    elif whole and memo is not None:
        every = json.loads(await _fts_all(store, expr))
        found = tuple(sorted(every)) if len(every) <= FTS_LISTED else None
        kept[("few", expr)] = found
    else:
        rows = await (
            await store.reader.execute(
                "SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT ?",
                [expr, FTS_LISTED + 1],
            )
        ).fetchall()
        found = tuple(sorted(int(r[0]) for r in rows)) if len(rows) <= FTS_LISTED else None
        if memo is not None:
            kept[("few", expr)] = found
    if memo is not None:
        memo[key] = found
    return found  # type: ignore[return-value]


async def _fts_all(store: Store, expr: str) -> str:
    """Every seq matching a full-text expression, as a JSON list; read once while the data
    is unchanged, the oldest lists dropped beyond FTS_KEPT_CHARS."""
    kept = await _kept(store)
    found = kept.pop(("all", expr), None)
    if not isinstance(found, str):
        row = await (
            await store.reader.execute(
                "SELECT group_concat(rowid) FROM meetings_fts WHERE meetings_fts MATCH ?",
                [expr],
            )
        ).fetchone()
        found = "[" + (str(row[0]) if row and row[0] is not None else "") + "]"
    kept[("all", expr)] = found  # the newest last
    lists = [k for k in kept if k[0] == "all"]
    size = sum(len(str(kept[k])) for k in lists)
    for k in lists[:-1]:
        if size <= FTS_KEPT_CHARS:
            break
        size -= len(str(kept.pop(k)))
    return found


async def _fts_listed(store: Store, sql: str, params: list[object]) -> tuple[str, list[object]]:
    """The statement with each ``IN (full-text matches)`` written as the list of its seqs:
    a rare expression's in the statement's text, a common one's as a JSON parameter
    (SQLite; PostgreSQL keeps its own plan)."""
    if _FTS_IN not in sql or not store.lists_inline or _SIZES.get() is None:
        return sql, params
    parts = sql.split(_FTS_IN)
    out = [parts[0]]
    kept = list(params)
    drop: set[int] = set()
    at = parts[0].count("?")
    for part in parts[1:]:
        expr = params[at] if at < len(params) else None
        seqs = await _fts_matches(store, expr, whole=True) if isinstance(expr, str) else None
        if isinstance(expr, str) and seqs is None:
            out.append(_JSON_IN)
            kept[at] = await _fts_all(store, expr)
        elif seqs is None:
            out.append(_FTS_IN)
        else:
            out.append("IN (" + ",".join(map(str, seqs)) + ")")
            drop.add(at)
        at += 1 + part.count("?")
        out.append(part)
    return "".join(out), [x for i, x in enumerate(kept) if i not in drop]


# ------------------------------------------------------------------------- ranking


# A meeting's search text (compressed in SQLite: store.storage.packed).
_TEXT = "unpack_search(m.folded_z)"


# A term of the score: its SQL and parameters, and for a text term its weight and the
# strings of which the search text holding any scores it (tested in Python, see _rank).
ScorePart = tuple[str, list[object], tuple[float, tuple[str, ...]] | None]


def _score_parts(q: Query, fts_join: bool) -> list[ScorePart]:
    """The score's terms, summed in this order."""
    parts: list[ScorePart] = [
        (f"{W_MAIN} * (1 - m.secondary)", [], None),
        (f"{W_DATED} * (m.date_start IS NOT NULL)", [], None),
    ]
    # Carrying the asked sector counts once: a long list of sub-sectors is not more of it
    # (how much the article is about it is weighed from its text, see _rank). Probed by the
    # facets' key, which hold each of the meeting's sectors: its sector list is not read.
    for sector in q.sectors:
        subs = sector_set([sector])
        parts.append(
            (
                f"{W_SECTOR} * EXISTS (SELECT 1 FROM meeting_facets sf WHERE sf.facet IN"
                f" ({_marks(len(subs))}) AND sf.day = coalesce(m.date_start, '')"
                " AND sf.seq = m.seq)",
                [f"s:{x}" for x in subs],
                None,
            )
        )
    words = list(dict.fromkeys([*q.keywords, *sector_terms(q.sectors)]))[:MAX_TEXT_TERMS]
    for w in words:
        parts.append((f"{W_TEXT} * (instr({_TEXT}, ?) > 0)", [f" {w}"], (W_TEXT, (f" {w}",))))
    if q.kinds:
        # Or its text says so: "tiếp Đại sứ … đến chào từ biệt" is the farewell call asked.
        said = [f" {t}" for k in q.kinds for t in kind_text(k)]
        either = "".join(f" OR instr({_TEXT}, ?) > 0" for _ in said)
        parts.append(
            (f"{W_KIND} * (m.kind IN ({_marks(len(q.kinds))}){either})", [*q.kinds, *said], None)
        )
    if q.prefer_kinds:
        parts.append(
            (f"{W_KIND} * (m.kind IN ({_marks(len(q.prefer_kinds))}))", list(q.prefer_kinds), None)
        )
    lex = get_lexicon()
    if any(lex.kind_is(k, "visit") for k in q.kinds):
        # A visit asked: among the acts of one day of it, the talks before the receptions
        # (kinds.json priority), as a state visit is reported; only ties are broken.
        ranked = [k for k in lex.kinds if not lex.kind_is(k, "visit")]
        cases = " ".join(f"WHEN ? THEN {int(lex.kind_priority(k))}" for k in ranked)
        parts.append((f"{W_KIND_ORDER} * (CASE m.kind {cases} ELSE 0 END)", ranked, None))
    elif q.met and not q.kinds and not q.prefer_kinds:
        # "X gặp Y tại Kazan": the meeting, then the visit that frames it (its arrival page).
        visits = lex.kinds_with("visit")
        if visits:
            parts.append((f"-{W_FRAME} * (m.kind IN ({_marks(len(visits))}))", list(visits), None))
    if MESSAGE_KINDS and not set(MESSAGE_KINDS) & {*q.kinds, *q.prefer_kinds}:
        # "Matviyenko và Kim Ngân tháng 12/2016": their talks, then the condolences.
        parts.append(
            (
                f"-{W_MESSAGE} * (m.kind IN ({_marks(len(MESSAGE_KINDS))}))",
                list(MESSAGE_KINDS),
                None,
            )
        )
    # Literal phrases of the question ("khoa học cơ bản", "vắc xin Sputnik V") and roles
    # ("đại sứ") found in the meeting's text.
    # An institution counts once, however many of its names the text holds ("Petrovietnam"
    # and "Tập đoàn Dầu khí Quốc gia Việt Nam"): not above a meeting holding another word asked.
    agency_of = {f: tuple(forms) for forms in q.agencies for f in forms}
    counted: set[tuple[str, ...]] = set()
    for phrase in [*q.phrases, *q.roles][:MAX_TEXT_TERMS]:
        # A minister's title as typed or as articles write it ("bo truong giao thong",
        # "bo truong bo giao thong van tai").
        forms = list(dict.fromkeys([phrase, ministry_form(phrase)]))
        if (agency := agency_of.get(phrase)) is not None:
            if agency in counted:
                continue
            counted.add(agency)
            forms = [f for f in agency if f in q.phrases]
        weight = W_ROLE if phrase in q.roles else W_PHRASE
        needles = [f" {f}" for f in forms]
        parts.append(
            (
                f"{weight} * ({' OR '.join([f'instr({_TEXT}, ?) > 0'] * len(forms))})",
                list(needles),
                (weight, tuple(needles)),
            )
        )
    for g in q.groups:
        if g.typed_title and g.alternatives:
            names = g.names
            parts.append(
                (
                    f"{W_HOLDER} * EXISTS (SELECT 1 FROM meeting_participants hp WHERE"
                    f" hp.meeting_id = m.id AND hp.name IN ({_marks(len(names))}))",
                    list(names),
                    None,
                )
            )
    if q.groups:
        # "Putin điện mừng Lương Cường": his message to him before the round of messages
        # ten leaders exchanged, when nothing else tells them apart.
        parts.append(
            (
                f"-{W_CROWD} * ((SELECT count(*) FROM meeting_participants cp"
                " WHERE cp.meeting_id = m.id) > ?)",
                [len(q.groups)],
                None,
            )
        )
    if fts_join:
        parts.append((f"{W_FTS} * coalesce(-f.r, 0)", [], None))
    return parts


def _order(q: Query) -> str:
    # _scored_rows orders rows the same way in Python (SQLite): change both together.
    if q.newest:
        return "m.date_start IS NULL, m.date_start DESC, score DESC, m.seq DESC"
    if q.oldest:
        return "m.date_start IS NULL, m.date_start ASC, score DESC, m.seq ASC"
    return "score DESC, m.date_end IS NULL, m.date_end DESC, m.seq DESC"


# ------------------------------------------------------------------------- planner


@dataclass
class Alt:
    """One facet that satisfies a constraint, with the days it may hold on."""

    facet: str
    hi: str = ""  # last day the meeting may start (end of a term of office); "" = unbounded
    end_min: str = ""  # the meeting must end on or after this day (start of a term of office)
    titles: tuple[str, ...] = ()  # an undated meeting counts when the person had one of these
    name: str = ""
    pred: str = ""  # a further predicate on the meeting, with "{seq}" for its seq
    pred_params: tuple[object, ...] = ()
    fts: str = ""  # instead of a facet: meetings whose text matches, checked by ``pred``
    titled_anytime: bool = False  # dated outside hi/end_min yet titled so by the article
    said: str = ""  # ``fts`` as search_has reads it on one meeting's text (see _text_alts)
    text: str = ""  # instead of ``fts``: that check on each of the period's meetings

    @property
    def plain(self) -> bool:
        return not (self.hi or self.end_min or self.titles or self.pred or self.fts or self.text)


@dataclass
class FTerm:
    alts: list[Alt]
    negate: bool = False
    fts: str | None = None  # an FTS5 expression instead of facets
    date: bool = False  # the date index itself (questions with no other starting point)
    estimate: int | None = None
    pred: str = ""  # a check-only predicate on the meeting ("{seq}"), never a starting point
    seqs: tuple[int, ...] | None = None  # these meetings only (an article names a phrase)
    said: str = ""  # ``fts`` as search_has reads it on one meeting's text (see _text_checked)
    text_checked: bool = False  # ``fts`` turned into that check (_text_checked)

    @property
    def check_only(self) -> bool:
        return self.negate or (bool(self.pred) and self.fts is None)


@dataclass
class Piece:
    """Index-ordered rows (seq, day, day_end) of one term."""

    sql: str
    params: list[object]
    undated: bool = False  # meetings without a date: read after the dated ones


# A visit with no city goes to the other side's country (the store is Vietnam–Russia); the
# visitor is named first, the hosts after.
_VISIT_TO = (
    "EXISTS (SELECT 1 FROM meetings mm JOIN meeting_participants pp ON pp.meeting_id = mm.id"
    " WHERE mm.seq = {seq} AND mm.place IS NULL AND pp.pos = 0 AND pp.country <> ?)"
)
# A reception with no city is held in the host's country; the host is named first.
_HOSTED_IN = (
    "EXISTS (SELECT 1 FROM meetings mm JOIN meeting_participants pp ON pp.meeting_id = mm.id"
    " WHERE mm.seq = {seq} AND mm.place IS NULL AND pp.pos = 0 AND pp.country = ?)"
)
# A meeting's city followed in its text by the country asked, bracketed or after a comma.
_PLACED_IN = (
    "EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = {seq} AND mm.place IS NOT NULL"
    " AND (instr(unpack_search(mm.folded_z), lower(mm.place) || ?) > 0"
    " OR instr(unpack_search(mm.folded_z), lower(mm.place) || ?) > 0))"
)
# How each of those compares the first participant's country with the one asked.
_UNPLACED = {_VISIT_TO: "<>", _HOSTED_IN: "="}
# Military ranks an article may put before a name in place of the office ("Đại tướng").
_RANK_OFFICE = get_lexicon().offices.get("generic_military_rank")
_RANKS: tuple[str, ...] = tuple(_RANK_OFFICE.patterns) if _RANK_OFFICE else ()
# A participant of the office's country whom the article gives one of the office's titles,
# or whose recorded title is a rank ("Đại tướng") while the meeting's text (matched through
# the full-text index) names the office.
_TITLED = (
    "EXISTS (SELECT 1 FROM meetings mm JOIN meeting_participants pp ON pp.meeting_id = mm.id"
    " WHERE mm.seq = {seq} AND pp.country IS ? AND (pp.title IN ({marks})"
    " OR pp.title IS NULL"
    + "".join(f" OR pp.title LIKE {_sql_text(r + '%')}" for r in _RANKS)
    + "))"
)
# A participant of one side whose title starts with, or lists, one of the forms given:
# "Thống đốc Nga" is any Russian "Thống đốc …".
_SIDE_TITLE = (
    "EXISTS (SELECT 1 FROM meetings mm JOIN meeting_participants pp ON pp.meeting_id = mm.id"
    " WHERE mm.seq = {seq} AND pp.country = ? AND ({likes}))"
)


def _side_titled(g: LeaderGroup) -> list[Alt]:
    """A generic office asked of one side ("thống đốc Nga", "bộ trưởng nào của Nga"): the
    meetings whose text writes its title, with a participant of that side titled so — however
    many people the articles title so (the soft alternatives name twenty at most)."""
    office = get_lexicon().offices.get(g.office or "")
    if office is None or not office.generic or office.country or not g.country:
        return []
    forms = [t for t in g.titles if t]
    expr = _any_least(forms)
    if not expr:
        return []
    likes = " OR ".join([f"pp.title {_LIKE_PATTERN}"] * (2 * len(forms)))
    params = [f"{t}%" for t in forms] + [f"%, {t}%" for t in forms]
    return [
        Alt(
            "",
            fts=expr,
            pred=_SIDE_TITLE.replace("{likes}", likes),
            pred_params=(g.country, *params),
        )
    ]


# The meeting's own text (people, titles, place, key sentences) mentions a phrase.
_MENTIONS = (
    "EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = {seq}"
    " AND instr(replace(unpack_search(mm.folded_z), '-', ' '), ?) > 0)"
)
# What counting questions count: meetings naming both sides. Only visits name one side
# (the visitor) often enough to be worth the participant lookups.
_SIDE = (
    "EXISTS (SELECT 1 FROM meeting_participants pp WHERE pp.meeting_id = mm.id"
    " AND pp.country = '{code}')"
)
_TWO_SIDED = (
    "EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = {{seq}} AND (mm.kind NOT IN ({visits})"
    " OR ({sides})))"
)
PUBLISHED_LAG = 1  # days after a period in which a report may still be of a meeting in it


def _facet_terms(
    q: Query,
    *,
    groups: bool = True,
    places: bool = True,
    sectors: bool = True,
    kinds: bool = True,
    required: list[str] | None = None,
    titled: bool = False,
    lenient: bool = False,
    projects: bool = False,
    within: tuple[int, ...] | None = None,
    soft: dict[int, list[Alt]] | None = None,
) -> list[FTerm]:
    lex = get_lexicon()
    terms: list[FTerm] = []
    if q.absent:
        terms.append(FTerm([Alt(f"p:{n}") for n in q.absent], negate=True))
    if groups:
        for gi, g in enumerate(q.groups):
            if g.principal:
                terms += _envoy_terms(g)
            elif g.office is None:
                terms.append(FTerm([Alt(f"p:{n}") for n in g.names]))
            else:
                alts = [
                    Alt(
                        f"p:{a.name}",
                        hi=_iso(a.end) or "",
                        end_min=_iso(a.start) or "",
                        titles=tuple(a.titles),
                        name=a.name,
                        titled_anytime=a.titled_anytime and lenient,
                    )
                    for a in g.alternatives
                ]
                alts += (soft or {}).get(gi, [])
                alts += _side_titled(g)
                expr = _any_least(g.titles) if titled else None
                if expr:
                    alts.append(
                        Alt(
                            "",
                            fts=expr,
                            pred=_TITLED.replace("{marks}", _marks(len(g.titles))),
                            pred_params=(g.country, *g.titles),
                            said=_said([g.titles]),
                        )
                    )
                terms.append(FTerm(alts, estimate=None if alts else 0))
    if places:
        asked = [p for p in q.places if not (projects and p in q.project_places)]
        if _partners(q, asked):
            # A place of each side, none typed as where they met ("Nghệ An Ulyanovsk", "Đà
            # Nẵng với vùng Primorsky"): one of them was, and the meeting's text names the
            # other (a delegation of it came; not any meeting held in one of them).
            terms.append(FTerm(_partner_alts(asked)))
        else:
            for p in asked:
                # A province asked holds the meetings in its cities ("Khánh Hòa": Nha Trang).
                terms.append(FTerm([Alt(f"l:{x}") for x in lex.places_within(p)]))
        for c in q.countries:
            alts = [Alt(f"l:{p.name}") for p in lex.places.values() if p.country == c]
            name = country_name(c)
            if name:  # a visit recorded with the country it went to as its place
                alts.append(Alt(f"l:{name}"))
            if c not in BILATERAL:
                # A city the data lacks, which the text writes with its country: "tại khu
                # nghỉ dưỡng Burabay (Kazakhstan)".
                alts += [
                    Alt("", fts=phrase, pred=_PLACED_IN, pred_params=(f" ({n}", f", {n}"))
                    for n in folded_names((c,))
                    if (phrase := fts_phrase(n))
                ]
            if c in ("VN", "RU"):
                # A visit to that country whose city the article does not name.
                alts += [
                    Alt(f"k:{k}", pred=_VISIT_TO, pred_params=(c,)) for k in lex.kinds_with("visit")
                ]
                alts += [
                    Alt(f"k:{k}", pred=_HOSTED_IN, pred_params=(c,))
                    for k in lex.kinds_with("hosted")
                ]
            terms.append(FTerm(alts, estimate=None if alts else 0))
    if sectors:
        for sec in q.sectors:
            terms.append(FTerm([Alt(f"s:{x}") for x in sector_set([sec])]))
    # "hội đàm" / "hội kiến" / "tiếp" / "thăm" are used loosely: with people (or words) to
    # anchor the question, the kind asked for only ranks; a call or a message stays apart.
    remote = any(k in REMOTE_KINDS for k in q.kinds)
    prefer = bool(q.kinds) and not remote and bool(q.groups or required or q.roles or q.runs)
    if kinds and q.kinds and not prefer:
        alts = [Alt(f"k:{k}") for k in q.kinds]
        # Online talks recorded as talks are an online meeting too (their text says so).
        texts = [p for k in q.kinds for p in map(fts_phrase, kind_text(k)) if p]
        alts += [Alt("", fts=t, pred="1 = 1") for t in texts]
        terms.append(FTerm(alts))
    elif (q.met or q.kinds) and not any(k in MESSAGE_KINDS for k in q.kinds):
        # relaxed "hội kiến", "gặp trực tiếp": in person only
        away = REMOTE_KINDS if q.kinds or q.in_person else MESSAGE_KINDS
        if q.online:  # "hội đàm trực tuyến": held online, however the article names it
            away = tuple(k for k in away if k not in ONLINE_KINDS)
        terms.append(FTerm([Alt(f"k:{k}") for k in away], negate=True))
    if q.online and not (kinds and q.kinds and not prefer):
        # "… hội đàm trực tuyến với …" asks an online meeting: talks held in person are not
        # one (their text says no "trực tuyến", "qua video", …).
        texts = [p for k in ONLINE_KINDS for p in map(fts_phrase, kind_text(k)) if p]
        alts = [Alt(f"k:{k}") for k in ONLINE_KINDS]
        terms.append(FTerm(alts + [Alt("", fts=t, pred="1 = 1") for t in texts]))
    # A minister's title as typed or as articles write it: "thu truong quoc phong" is also
    # "thu truong bo quoc phong".
    ministers = [t for t in required or [] if ministry_form(t) != t]
    # A title naming an institution ("pho chu tich duma quoc gia"): the institution written
    # any way the data knows ("Phó Chủ tịch Đu-ma Quốc gia").
    spelt = {t: _institution_spellings(t) for t in required or []}
    alone = [t for t in required or [] if t not in ministers and len(spelt[t]) == 1]
    expr = _all(alone)
    if expr:
        terms.append(FTerm([], fts=expr, said=_said([[t] for t in alone])))
    for t in ministers:
        forms = [t, ministry_form(t)]
        terms.append(FTerm([], fts=_any(forms), said=_said([forms])))
    for t, forms in spelt.items():
        if len(forms) > 1 and t not in ministers:
            terms.append(FTerm([], fts=_any(forms), said=_said([forms])))
    for forms in q.agencies:
        terms.append(FTerm([], fts=_any(forms), said=_said([forms])))
    if within is not None:
        terms.append(FTerm([], seqs=within, estimate=len(within)))
    for phrase in q.project_places if projects else []:
        # Named by the meeting's text ("điện hạt nhân Ninh Thuận"): a starting point through
        # the full-text index when rare, else checked on each candidate's text.
        words = " ".join(_FTS_TOKEN.findall(fold(phrase)))
        if words:
            mentions = _MENTIONS.replace("?", _sql_text(f" {words}"))
            terms.append(FTerm([], fts=fts_phrase(words), pred=mentions))
    if q.intent == "count":
        visits = ", ".join(_sql_text(k) for k in lex.kinds_with("visit")) or "''"
        sides = " AND ".join(_SIDE.format(code=c) for c in BILATERAL)
        terms.append(FTerm([], pred=_TWO_SIDED.format(visits=visits, sides=sides)))
    return terms


# The meeting falls within a term of office: dated inside it, or undated and reported
# (its article came out) inside it (published is a timestamp: before the day after the end).
_IN_TERM = (
    "EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = {seq} AND ((mm.date_start >= ?"
    " AND mm.date_end <= ?) OR (mm.date_start IS NULL AND EXISTS (SELECT 1 FROM"
    " meeting_sources ms JOIN articles a ON a.id = ms.article_id WHERE ms.meeting_id = mm.id"
    " AND a.published >= ? AND a.published < ?))))"
)


def _envoy_terms(g: LeaderGroup) -> list[FTerm]:
    """ "Đặc phái viên của X": a meeting whose text names someone acting for X, X not among
    its participants (X's own meetings are another question; see store.services.answer).
    The cue and X are asked together, not within so many words (FTS5's NEAR), which
    PostgreSQL's phrase search cannot say: both backends then find the same meetings.
    Articles often name X by his office only ("Đặc phái viên của Tổng thống Liên bang Nga"):
    the cue right before one of his titles counts for a meeting within his term of it."""
    forms = g.names if g.names and not g.typed_title else [g.typed_title or g.label]
    phrases = [p for p in (fts_phrase(f) for f in forms) if p]
    # How an article says someone acts for another: "thừa ủy quyền của Tổng Bí thư Tô Lâm".
    expr = " OR ".join(f'"{c}" AND {p}' for p in phrases for c in envoy_words())
    alts = [Alt("", fts=expr, pred="1 = 1")] if expr else []
    if not g.typed_title:
        alts += [a for name in g.names for a in _envoy_office_alts(g, name)]
    if not alts:
        return [FTerm([], estimate=0)]
    out = [FTerm(alts)]
    if g.names:
        out.append(FTerm([Alt(f"p:{n}") for n in g.names], negate=True))
    return out


# A title inside a list of titles is looked for in its first forms only (the office's own
# title, then its short form): each form is two patterns tested on every candidate row.
LISTED_TITLES = 2
# A LIKE whose pattern is a bare parameter on a text column makes SQLite prepare the whole
# statement again at every run (the pattern might allow an index range): a walk of twenty
# holders' pieces, each with its title checks, was 5-6 ms of preparing per statement at
# 100,000 meetings. The pattern as an expression (a cast, a no-op on text) is never
# planned from, so the statement is prepared once; PostgreSQL reads it as it is.
_LIKE_PATTERN = "LIKE CAST(? AS TEXT)"


def _title_check(n: int, heads: int = 0) -> str:
    """The person (first parameter) has one of ``n`` titles in the meeting ({seq} is left to
    fill): as the whole title the article gave, or as one part of a title list ("Phó Bí thư
    Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng"), or (``heads``) a title starting with one
    of the office's generic heads. Parameters: ``_title_params``."""
    marks = _marks(n)
    likes = " OR ".join([f"pp.title {_LIKE_PATTERN}"] * (2 * min(n, LISTED_TITLES) + heads))
    return (
        "EXISTS (SELECT 1 FROM meetings mm JOIN meeting_participants pp ON pp.meeting_id = mm.id"
        f" WHERE mm.seq = {{seq}} AND pp.name = ? AND (pp.title IN ({marks}) OR {likes}))"
    )


def _title_params(name: str, titles: Sequence[str], heads: Sequence[str] = ()) -> list[str]:
    """The parameters of ``_title_check``: the name, the titles, then each of the first
    ``LISTED_TITLES`` forms as a list of titles starts with it or has it after a comma, with
    or without more words after it ("Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng
    Việt Nam"), then the generic heads a title may start with or be ("Bộ trưởng Shoigu")."""
    main = titles[:LISTED_TITLES]
    parts = [f"{t}%" for t in main] + [f"%, {t}%" for t in main]
    return [name, *titles, *parts, *(f"{h}%" for h in heads)]


@lru_cache(maxsize=1)
def _generic_titles() -> frozenset[str]:
    return frozenset(o.title for o in get_lexicon().offices.values() if o.generic)


def _heads(titles: Sequence[str]) -> list[str]:
    """The generic titles among an office's forms (query._title_forms adds them): an undated
    article may call its holder "Tổng Giám đốc Tập đoàn Năng lượng nguyên tử … (Rosatom)"."""
    generic = _generic_titles()
    return [t for t in titles if t in generic]


def _envoy_office_alts(g: LeaderGroup, name: str) -> list[Alt]:
    """The principal's offices, each as the cue before one of its titles within his term;
    a title asked with the name ("Tổng thống Putin") keeps that office's terms only."""
    person = get_lexicon().people.get(name)
    if person is None:
        return []
    asked = {(a.start, a.end) for a in g.alternatives if a.name == name and a.start}
    out: list[Alt] = []
    for t in person.tenures:
        if asked and (t.start, t.end) not in asked:
            continue
        titles = _own_country_titles(t.office, t.title)
        phrases = [
            p
            for f in titles
            for c in envoy_words()
            for p in (fts_phrase(f"{c} cua {f}"), fts_phrase(f"{c} {f}"))
            if p
        ]
        if not phrases:
            continue
        after = (t.end + timedelta(days=1)).isoformat() if t.end else "9999"
        out.append(
            Alt(
                "",
                fts=" OR ".join(dict.fromkeys(phrases)),
                pred=_IN_TERM,
                pred_params=(
                    t.start.isoformat(),
                    _iso(t.end) or "9999",
                    t.start.isoformat(),
                    after,
                ),
            )
        )
    return out


@lru_cache(maxsize=256)
def _own_country_titles(office_id: str, title: str) -> tuple[str, ...]:
    """An office's titles that name its country ("Tổng thống Liên bang Nga"): a bare
    "Tổng thống" or "Tổng Bí thư" may be another country's (never a wrong person)."""
    office = get_lexicon().offices.get(office_id)
    if office is None or office.country is None:
        return ()
    forms = dict.fromkeys((title, office.title, *office.patterns))
    return tuple(f for f in forms if country_in(f) == office.country)


_TITLE_CHECK = (
    "EXISTS (SELECT 1 FROM meetings mm JOIN meeting_participants pp ON pp.meeting_id = mm.id"
    " WHERE mm.seq = {seq} AND pp.name = ? AND pp.title IN ({marks}))"
)
_DAY = "coalesce(d.day, '')"  # the date index gives NULL for undated meetings, facets ''


# Undated meetings and the days their articles came out, per connection and data version.
_REPORTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def _reported_within(store: Store, lo: str | None, hi: str | None) -> tuple[int, ...]:
    """Seqs of undated meetings whose article came out within [lo, hi + PUBLISHED_LAG].

    Read once per change of the database (few meetings lack a date), then answered from
    memory, so a period costs no join per undated row.
    """
    if not (lo and hi) or lo <= "0" or hi >= "9999":
        return ()
    memo = _SIZES.get()
    if memo is not None and ("reported", lo, hi) in memo:
        return memo[("reported", lo, hi)]
    cached = _REPORTED.get(store.conn)
    if memo is None or "reported" not in memo:
        # Another connection's commit changes data_version; this connection's own writes
        # (an in-memory store) change the counts. Checked once per question.
        changed = [(await store.data_version(),)]
        counts = await _rows(
            store,
            "SELECT (SELECT count(*) FROM meetings WHERE date_start IS NULL),"
            " (SELECT coalesce(max(seq), 0) FROM meetings),"
            " (SELECT coalesce(max(rowid), 0) FROM meeting_sources)",
            [],
        )
        key = (changed[0][0], *counts[0])
        if memo is not None:
            memo["reported"] = key
    else:
        key = memo["reported"]
    if cached is None or cached[0] != key:
        rows = await _rows(
            store,
            "SELECT m.seq, a.published FROM meetings m JOIN meeting_sources ms"
            " ON ms.meeting_id = m.id JOIN articles a ON a.id = ms.article_id"
            " WHERE m.date_start IS NULL AND a.published IS NOT NULL",
            [],
        )
        # (first day, last day, seq): an article dated to its month only came out on one of
        # its days, and is within the period only when they all are
        cached = (key, [(*date_bounds(str(r[1])[:10]), int(r[0])) for r in rows])
        _REPORTED[store.conn] = cached
    end = (date.fromisoformat(hi) + timedelta(days=PUBLISHED_LAG)).isoformat()
    found = tuple(sorted({seq for first, last, seq in cached[1] if lo <= first and last <= end}))
    if memo is not None:
        memo[("reported", lo, hi)] = found
    return found


# Within a period, full-text matches are tested on the period's meetings, read through the
# date index ("+": never by looking each match up); a meeting starts before it ends.
_IN_PERIOD = " AND m.date_start >= ? AND m.date_start <= ? AND m.date_end <= ?"


_WHOLE_FACET = "SELECT seq, day, day_end FROM meeting_facets WHERE facet = ?"


def _reported_piece(reported: Sequence[int], inline: bool, fts: str | None = None) -> Piece:
    """The undated meetings among ``reported`` (reported within the period asked), those a
    full-text expression matches when given."""
    listed, seqs = _seqs_in("m.seq", reported, inline)
    sql = (
        "SELECT m.seq AS seq, '' AS day, '' AS day_end FROM meetings m"
        f" WHERE {listed} AND m.date_start IS NULL"
    )
    if fts is None:
        return Piece(sql, list(seqs), undated=True)
    sql += " AND m.seq IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)"
    return Piece(sql, [*seqs, fts], undated=True)


def _pieces(
    t: FTerm,
    lo: str | None,
    hi: str | None,
    rough: bool = False,
    reported: tuple[int, ...] = (),
    inline: bool = False,
) -> list[Piece]:
    """Index-ordered (by day, seq) row sources of (seq, day, day_end) for a term within [lo, hi].

    With a period, the undated meetings ``reported`` within it (their article came out
    then, see :func:`_reported_within`) are read too. ``rough`` leaves out the checks on
    undated meetings (for size estimates).
    """
    if t.date:
        sql = "SELECT m.seq AS seq, m.date_start AS day, m.date_end AS day_end FROM meetings m"
        if lo and hi:
            return [
                Piece(
                    sql + " WHERE m.date_start >= ? AND m.date_start <= ? AND m.date_end <= ?",
                    [lo, hi, hi],
                )
            ]
        return [Piece(sql, [])]
    if t.seqs is not None:
        listed, seqs = _seqs_in("m.seq", t.seqs, inline)
        sql = (
            "SELECT m.seq AS seq, coalesce(m.date_start, '') AS day, coalesce(m.date_end, '') AS day_end"
            f" FROM meetings m WHERE {listed}"
        )
        if lo and hi:
            dated = Piece(sql + " AND m.date_start >= ? AND m.date_end <= ?", [*seqs, lo, hi])
            # Its undated meetings reported within the period ("Sovcomflot năm 2022": those
            # whose article names the firm), as for the other terms below.
            undated = sorted(set(reported).intersection(t.seqs)) if reported else []
            return [dated, _reported_piece(undated, inline)] if undated else [dated]
        return [Piece(sql, seqs)]
    if t.fts is not None:
        sql = (
            "SELECT m.seq AS seq, coalesce(m.date_start, '') AS day, coalesce(m.date_end, '') AS day_end"
            " FROM meetings m WHERE m.seq IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)"
        )
        if lo and hi:
            dated = sql.replace(" WHERE m.seq IN", " WHERE +m.seq IN") + _IN_PERIOD
            if not reported:
                return [Piece(dated, [t.fts, lo, hi, hi])]
            # Undated, and reported within the period, as for an alternative's rows below
            # ("KPRF 2018": the party's page of September 2018 that gives no day).
            return [Piece(dated, [t.fts, lo, hi, hi]), _reported_piece(reported, inline, t.fts)]
        return [Piece(sql, [t.fts])]
    out: list[Piece] = []
    base = _WHOLE_FACET
    here = "meeting_facets.seq"
    for a in t.alts:
        if a.text:
            # The period's meetings through the date index, each text checked (_text_alts).
            said = _HAS_TEXT.format(seq="m.seq", said=_sql_text(a.text))
            pred = "" if rough else " AND " + a.pred.format(seq="m.seq")
            sql = (
                "SELECT m.seq AS seq, m.date_start AS day, m.date_end AS day_end FROM meetings m"
                " WHERE m.date_start >= ? AND m.date_start <= ? AND m.date_end <= ?"
            )
            params = [lo or "0", hi or "9999", hi or "9999", *([] if rough else a.pred_params)]
            out.append(Piece(f"{sql} AND {said}{pred}", params))
            if reported:
                piece = _reported_piece(reported, inline)
                piece.sql += f" AND {said}{pred}"
                piece.params += [] if rough else list(a.pred_params)
                out.append(piece)
            continue
        if a.fts:
            sql = (
                "SELECT m.seq AS seq, coalesce(m.date_start, '') AS day,"
                " coalesce(m.date_end, '') AS day_end FROM meetings m WHERE m.seq IN"
                " (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)"
            )
            params: list[object] = [a.fts]
            if lo and hi:
                sql = sql.replace(" WHERE m.seq IN", " WHERE +m.seq IN") + _IN_PERIOD
                params += [lo, hi, hi]
            if not rough:
                sql += " AND " + a.pred.format(seq="m.seq")
                params += list(a.pred_params)
            out.append(Piece(sql, params))
            if lo and hi and reported:
                # Undated, and reported within the period, as for a facet's rows below.
                piece = _reported_piece(reported, inline, a.fts)
                if not rough:
                    piece.sql += " AND " + a.pred.format(seq="m.seq")
                    piece.params += list(a.pred_params)
                out.append(piece)
            continue
        extra, extra_params = "", []
        if a.pred and not rough:
            extra, extra_params = " AND " + a.pred.format(seq=here), list(a.pred_params)
        if a.plain and not lo:
            out.append(Piece(base, [a.facet]))  # every day, undated ('') included
            continue
        a_lo, a_hi = lo or "0", min(a.hi or "9999", hi or "9999")
        if a_lo <= a_hi:
            sql, params = base + " AND day >= ? AND day <= ?", [a.facet, a_lo, a_hi]
            if a.end_min:
                sql += " AND day_end >= ?"
                params.append(a.end_min)
            if hi:
                sql += " AND day_end <= ?"
                params.append(hi)
            out.append(Piece(sql + extra, params + extra_params))
        if a.titled_anytime and a.titles and (a.hi or a.end_min) and not rough:
            # Dated outside the term, yet the article gives the person this very title: the
            # date is the doubtful part (a page's own date taken for the meeting's).
            sql, params = (
                base + " AND day <> '' AND (day > ? OR day_end < ?)",
                [
                    a.facet,
                    a.hi or "9999",
                    a.end_min or "0",
                ],
            )
            if lo and hi:
                sql += " AND day >= ? AND day_end <= ?"
                params += [lo, hi]
            sql += " AND " + _title_check(len(a.titles)).format(seq=here)
            out.append(Piece(sql + extra, params + _title_params(a.name, a.titles) + extra_params))
        # Undated meetings: with the title the article gave, and within a period only when
        # the article came out in it.
        sql, params = base + " AND day = ''", [a.facet]
        if lo and hi:
            if not reported:
                continue
            listed, seqs = _seqs_in("seq", reported, inline)
            sql += f" AND {listed}"
            params += seqs
        if a.titles and not rough:
            heads = [] if a.titled_anytime else _heads(a.titles)
            sql += " AND " + _title_check(len(a.titles), len(heads)).format(seq=here)
            params += _title_params(a.name, a.titles, heads)
        out.append(Piece(sql + extra, params + extra_params, undated=True))
    return out


ROW_PROBES = 4  # places and kinds up to this many are checked by probes, more on the row


def _check(
    t: FTerm, inline: bool = False, facets: str = Store.facet_probe_sql
) -> tuple[str, list[object]]:
    """The term as a predicate on a candidate d(seq, day, day_end), from indexes only."""
    if t.pred:
        return t.pred.format(seq="d.seq"), []
    if t.seqs is not None:
        return _seqs_in("d.seq", t.seqs, inline)
    if t.fts is not None:
        # "+": the matches are a list to test against, never rows to look meetings up by
        # (which reads every match's row instead of walking the driver's index in order).
        return "+d.seq IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?)", [t.fts]
    exists = f"EXISTS (SELECT 1 FROM {facets} AND f.day = {_DAY} AND f.seq = d.seq)"
    ors: list[str] = []
    params: list[object] = []
    plain = [a.facet for a in t.alts if a.plain]
    # A place or a kind is a column of the meeting's own row (its facet is derived from
    # it): one row lookup checks a country's hundred places, not a probe per place. A few
    # are probed in the facets' index instead, whose rows lie together: a meeting's row is
    # a read of its own page, five times a probe's cost at 100,000 meetings.
    columns = [f for f in plain if f.startswith(("l:", "k:"))]
    if len(columns) <= ROW_PROBES:
        columns = []
    places = [f[2:] for f in columns if f.startswith("l:")]
    kinds = [f[2:] for f in columns if f.startswith("k:")]
    plain = [f for f in plain if f not in columns]
    # A visit or a reception with no place (_VISIT_TO, _HOSTED_IN) reads the meeting's row
    # for its place and its first participant: its kind is read there too, not probed in
    # the facets, and all of them in one look at the row with the places read on it (a
    # Russian deputy minister's visit to Việt Nam: 2,000 placeless candidates, each with
    # two probes and two joins per country asked).
    folded = [
        a
        for a in t.alts
        if a.pred in _UNPLACED
        and a.facet.startswith("k:")
        and not (a.fts or a.hi or a.end_min or a.titles)
    ]
    unplaced: dict[tuple[object, ...], list[str]] = {}
    for a in folded:
        unplaced.setdefault((a.pred, *a.pred_params), []).append(a.facet[2:])
    cols = [f"mm.place IN ({_marks(len(places))})"] if places else []
    cols += [f"mm.kind IN ({_marks(len(kinds))})"] if kinds else []
    col_params: list[object] = [*places, *kinds]
    for (pred, *pred_params), held in unplaced.items():
        cols.append(
            f"(mm.place IS NULL AND mm.kind IN ({_marks(len(held))}) AND EXISTS (SELECT 1 FROM"
            f" meeting_participants pp WHERE pp.meeting_id = mm.id AND pp.pos = 0"
            f" AND pp.country {_UNPLACED[pred]} ?))"
        )
        col_params += [*held, *pred_params]
    if cols:
        ors.append(
            f"EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = d.seq AND ({' OR '.join(cols)}))"
        )
        params += col_params
    if plain:
        ors.append(exists.format(a="f", op=f"IN ({_marks(len(plain))})"))
        params += plain
    for a in t.alts:
        if a.text:
            said = _HAS_TEXT.format(seq="d.seq", said=_sql_text(a.text))
            ors.append(f"({said} AND {a.pred.format(seq='d.seq')})")
            params += list(a.pred_params)
            continue
        if a.fts:
            ors.append(
                "(d.seq IN (SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?) AND "
                + a.pred.format(seq="d.seq")
                + ")"
            )
            params += [a.fts, *a.pred_params]
            continue
        if a.plain or any(a is b for b in folded):
            continue
        # The days come first: a row outside a holder's term is passed over without the
        # probe of his facet (twelve holders of an office are twelve probes per row else).
        dated = ["d.day IS NOT NULL AND d.day <> ''"]
        d_params: list[object] = []
        if a.hi:
            dated.append("d.day <= ?")
            d_params.append(a.hi)
        if a.end_min:
            dated.append("d.day_end >= ?")
            d_params.append(a.end_min)
        probe = exists.format(a="f", op="= ?")
        undated = [f"{_DAY} = ''", probe]
        u_params: list[object] = [a.facet]
        if a.titles:
            # Undated (or, named with the title, any day) when the article gives the person
            # the title (see _pieces).
            # The generic heads only for the undated, as _pieces reads them.
            heads = [] if a.titled_anytime else _heads(a.titles)
            if a.titled_anytime:
                undated = [probe]
            undated.append(_title_check(len(a.titles), len(heads)).format(seq="d.seq"))
            u_params += _title_params(a.name, a.titles, heads)
        clause = f"({' AND '.join([*dated, probe])}) OR ({' AND '.join(undated)})"
        b_params = [*d_params, a.facet, *u_params]
        if a.pred:
            clause = f"({clause}) AND " + a.pred.format(seq="d.seq")
            b_params += list(a.pred_params)
        ors.append(f"({clause})")
        params += b_params
    if not ors:
        return ("1" if t.negate else "0"), []
    sql = "(" + " OR ".join(ors) + ")"
    return (f"NOT {sql}" if t.negate else sql), params


SAID_ROWS = 300  # candidates a phrase of common words is checked on rather than read (_said)
ESTIMATE_CAP = 20000  # sizes are counted up to this (index range counts); enough to choose
FTS_ESTIMATE_CAP = 2000


@dataclass
class _Plan:
    driver: FTerm
    pieces: list[Piece]
    where: str
    params: list[object]
    size: int  # rows of the driver
    others: list[FTerm]
    reported: tuple[int, ...] = ()  # undated meetings reported within the period


# Sizes counted during one ask() (search, then suggestions) are reused; they only steer the
# plan, so a stale one could cost time, never a wrong answer.
_SIZES: contextvars.ContextVar[dict | None] = contextvars.ContextVar("sizes", default=None)


def remember_sizes() -> contextvars.Token:
    """Start reusing index counts in this task (ask() calls this once per question)."""
    return _SIZES.set({})


def forget_sizes(token: contextvars.Token) -> None:
    _SIZES.reset(token)


async def _size(store: Store, sql: str, params: list[object], cap: int, whole: bool = False) -> int:
    """Rows of the statement, counted up to ``cap`` (``whole``: see _fts_matches)."""
    memo = _SIZES.get()
    key = (sql, tuple(params), cap)
    if memo is not None and key in memo:
        return memo[key]
    if sql == _FTS_ROWS and cap <= FTS_LISTED + 1 and store.lists_inline and memo is not None:
        seqs = await _fts_matches(store, str(params[0]), whole)
        n = min(cap, len(seqs) if seqs is not None else FTS_LISTED + 1)
    else:
        n = await _scalar(store, f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, cap])
    if memo is not None:
        memo[key] = n
    return n


# A meeting has one place: terms of places that share none ("của Nga" and "thăm Việt Nam")
# hold together only for a meeting stored without a place, through their visits and
# receptions with none (_VISIT_TO, _HOSTED_IN). Checked first, one look at the meeting's
# row rules out a candidate with a place before both terms' probes (a Russian deputy
# minister's visit to Việt Nam: 14,000 full-text matches walked, 45 -> ~20 ms).
_NO_PLACE = "EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = d.seq AND mm.place IS NULL)"


_ROW = " FROM meetings m"


def _without_place(piece: Piece) -> Piece | None:
    """The piece keeping only meetings without a place, when it reads their rows (``m``)."""
    if not piece.sql.startswith("SELECT m.seq AS seq,"):
        return None
    if _ROW + " WHERE " in piece.sql:
        return replace(piece, sql=piece.sql + " AND m.place IS NULL")
    if piece.sql.endswith(_ROW):
        return replace(piece, sql=piece.sql + " WHERE m.place IS NULL")
    return None


def _place_bound(t: FTerm) -> bool:
    """Whether the term holds only for a meeting by its place, or with no place at all."""
    return (
        bool(t.alts)
        and not (t.negate or t.pred or t.date or t.fts is not None or t.seqs is not None)
        and all(
            (a.plain and a.facet.startswith("l:"))
            or (a.pred in (_VISIT_TO, _HOSTED_IN) and not a.fts)
            for a in t.alts
        )
    )


def _placeless(terms: list[FTerm]) -> bool:
    """Whether only a meeting without a place can hold every term (see _NO_PLACE)."""
    bound = [_places(t) for t in terms if _place_bound(t)]
    return any(not a & b for i, a in enumerate(bound) for b in bound[i + 1 :])


def _places(t: FTerm) -> frozenset[str]:
    """The places a term asks for (its plain place facets)."""
    return frozenset(a.facet for a in t.alts if a.plain and a.facet.startswith("l:"))


def _check_cost(t: FTerm) -> float:
    """Relative cost of checking a term on one candidate (index point lookups)."""
    if t.fts is not None or t.pred:
        return 1.0
    # Places and kinds are one look at the meeting's row together (see _check).
    row = any(a.plain and a.facet.startswith(("l:", "k:")) for a in t.alts)
    probes = sum(
        0.0 if a.plain and a.facet.startswith(("l:", "k:")) else 1.0 if a.plain else 2.5
        for a in t.alts
    )
    return (probes + row) ** 0.5 + (0.5 if any(not a.plain for a in t.alts) else 0)


def _order_cost(t: FTerm) -> float:
    """Index probes checking a term costs per candidate as _check writes it, for ordering
    the checks (the planner's _check_cost, which steers the walk, is left as it is)."""
    if t.fts is not None or t.pred:
        return 1.0
    plain = [a for a in t.alts if a.plain]
    columns = sum(1 for a in plain if a.facet.startswith(("l:", "k:")))
    cost = float(min(columns, 1) if columns > ROW_PROBES else columns) + len(plain) - columns
    # Holders of an office: their days are compared first and one facet probed.
    dated = [a for a in t.alts if not (a.plain or a.fts or a.pred) and (a.hi or a.end_min)]
    if dated:
        cost += 1.0 + 0.1 * len(dated)
    return cost + 2.5 * (len(t.alts) - len(plain) - len(dated))


COUNTED_FACET = 3000  # terms with more rows than this in the whole store are sized from memory
# Rows per facet in the whole store, per connection, read once per change of the data:
# (key, sizes, complete). ``complete``: every facet was counted (by ``prepare``), so one
# absent has no rows; otherwise each facet is counted when first asked.
_FACET_SIZES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def _facet_key(store: Store) -> tuple[int, int]:
    memo = _SIZES.get()
    key = memo.get("facet_key") if memo is not None else None
    if key is None:
        row = await _rows(
            store,
            "SELECT (SELECT coalesce(max(seq), 0) FROM meetings), count(*) FROM"
            " (SELECT 1 FROM meeting_sources LIMIT 1)",
            [],
        )
        version = [(await store.data_version(),)]
        key = (version[0][0], row[0][0])
        if memo is not None:
            memo["facet_key"] = key
    return key


async def count_facets(store: Store) -> None:
    """Every facet's rows counted in one pass, kept until the data changes: a question then
    never counts a big facet (a kind, a capital, a common sector: tens of thousands of rows
    at 100,000 meetings) to size its plan or estimate its total."""
    key = await _facet_key(store)
    cached = _FACET_SIZES.get(store.conn)
    if cached is not None and cached[0] == key and cached[2]:
        return
    rows = await _rows(store, "SELECT facet, count(*) FROM meeting_facets GROUP BY facet", [])
    _FACET_SIZES[store.conn] = (key, {str(r[0]): int(r[1]) for r in rows}, True)


async def _facet_sizes(store: Store, facets: list[str]) -> dict[str, int]:
    """Rows of each facet in the whole store; only steers plans (see COUNTED_FACET)."""
    key = await _facet_key(store)
    cached = _FACET_SIZES.get(store.conn)
    if cached is None or cached[0] != key:
        cached = (key, {}, False)
        _FACET_SIZES[store.conn] = cached
    sizes: dict[str, int] = cached[1]
    if cached[2]:
        return {f: sizes.get(f, 0) for f in facets}
    missing = [f for f in dict.fromkeys(facets) if f not in sizes]
    if missing:
        rows = await _rows(
            store,
            f"SELECT facet, count(*) FROM meeting_facets WHERE facet IN ({_marks(len(missing))})"
            " GROUP BY facet",
            missing,
        )
        sizes.update({f: 0 for f in missing})
        sizes.update({r[0]: int(r[1]) for r in rows})
    return {f: sizes[f] for f in facets}


async def _known_size(store: Store, piece: Piece) -> int | None:
    """A whole facet's rows when already counted for this version of the data, else None."""
    if piece.sql != _WHOLE_FACET or len(piece.params) != 1:
        return None
    cached = _FACET_SIZES.get(store.conn)
    if cached is None or cached[0] != await _facet_key(store):
        return None
    facet = str(piece.params[0])
    if facet in cached[1]:
        return cached[1][facet]
    return 0 if cached[2] else None


PIECES_PER_COUNT = 200  # pieces counted in one statement (SQLite allows 500 compound arms)


async def _rows_up_to(store: Store, pieces: list[Piece], cap: int) -> int:
    """Rows of the pieces together, counted up to ``cap``: one statement for many pieces (a
    surname asked alone gives one piece per namesake, each a statement of its own before)."""
    n = 0
    for k in range(0, len(pieces), PIECES_PER_COUNT):
        part = pieces[k : k + PIECES_PER_COUNT]
        union = " UNION ALL ".join(f"SELECT 1 FROM ({p.sql})" for p in part)
        params = [x for p in part for x in p.params]
        n += await _scalar(store, f"SELECT count(*) FROM ({union} LIMIT ?)", [*params, cap - n])
        if n >= cap:
            break
    return n


async def _known_sets(store: Store, terms: list[FTerm]) -> dict[int, frozenset[int]]:
    """The terms that are each a known set of meetings (by ``id``): a list of seqs (meetings
    whose article names a word) or full-text matches read as a list (see _fts_matches)."""
    out: dict[int, frozenset[int]] = {}
    for t in terms:
        if t.negate or t.pred or t.alts:
            continue
        if t.seqs is not None:
            out[id(t)] = frozenset(t.seqs)
        elif t.fts is not None and store.lists_inline and _SIZES.get() is not None:
            seqs = await _fts_matches(store, t.fts)
            if seqs is not None:
                out[id(t)] = frozenset(seqs)
    return out


# A meeting's own search text holds the phrases (search_has; {said} an SQL string).
_HAS_TEXT = (
    "EXISTS (SELECT 1 FROM meetings mm WHERE mm.seq = {seq} AND search_has(mm.folded_z, {said}))"
)


def _text_checked(t: FTerm) -> FTerm:
    """The full-text term as a check of each candidate's own search text (search_has)."""
    pred = _HAS_TEXT.format(seq="{seq}", said=_sql_text(t.said))
    return replace(t, fts=None, pred=pred, said="", text_checked=True)


# Reading a phrase of common words from the full-text index costs 1-3 ms at 100,000
# meetings; checking one meeting's text for it, some 0.01 ms.
TEXT_ROWS_PER_PHRASE = 120


async def _text_alts(store: Store, t: FTerm, rows: int) -> FTerm:
    """The term with its full-text alternatives (an office's title forms) checked on each of
    a period's ``rows`` meetings instead, when that is cheaper than reading their matches
    (which the connection keeps once read: then they are used)."""
    if not store.lists_inline or _SIZES.get() is None:
        return t
    kept = await _kept(store)
    alts = [
        replace(a, fts="", text=a.said)
        if a.said
        and rows <= TEXT_ROWS_PER_PHRASE * (a.said.count("|") + 1)
        and ("all", a.fts) not in kept
        else a
        for a in t.alts
    ]
    return replace(t, alts=alts) if any(a.text for a in alts) else t


async def _facet_plan(
    store: Store, terms: list[FTerm], lo: str | None, hi: str | None, want: int = 61
) -> _Plan | None:
    """Size each term from the index, then start from the term that makes the walk cheapest.

    None when a term matches nothing.
    """
    reported = await _reported_within(store, lo, hi)
    n_all = max(1, await _scalar(store, "SELECT coalesce(max(seq), 0) FROM meetings", []))
    date_term = FTerm([], date=True)
    if lo and hi and lo > "0" and hi < "9999":
        piece = _pieces(date_term, lo, hi)[0]
        date_term.estimate = await _size(store, piece.sql, piece.params, ESTIMATE_CAP)
    else:
        date_term.estimate = n_all

    async def size(t: FTerm) -> None:
        if t.check_only or t.estimate is not None:
            return
        if any(a.text for a in t.alts):
            # Read through the period's meetings (_text_alts): at most as many.
            whole = sum((await _facet_sizes(store, [a.facet for a in t.alts if a.facet])).values())
            share = min(1.0, (date_term.estimate or 0) / n_all)
            rows = date_term.estimate or 0 if lo and hi else n_all
            t.estimate = max(1, min(ESTIMATE_CAP, round(whole * share) + rows))
            return
        # Full-text matches are not in day order: beyond a few thousand such a term never
        # drives the walk, so counting further is wasted.
        cap = FTS_ESTIMATE_CAP if t.fts is not None else ESTIMATE_CAP
        if t.fts is None and t.alts and all(a.facet or a.fts for a in t.alts):
            # A frequent facet (a kind, a capital, a common sector) is not counted again for
            # each question: its size in the whole store, scaled to the period, steers as
            # well. Small ones are counted exactly below, so "none at all" stays exact.
            whole = sum((await _facet_sizes(store, [a.facet for a in t.alts if a.facet])).values())
            # An office's titles in the text (a holder the lexicon lacks): their matches in
            # the full-text index, never their rows' days counted one by one (at 100,000
            # meetings "bộ trưởng quốc phòng" is ten thousand of them, 100 ms).
            for expr in [a.fts for a in t.alts if a.fts]:
                n = await _size(store, _FTS_ROWS, [expr], FTS_ESTIMATE_CAP, whole=True)
                whole = ESTIMATE_CAP if n >= FTS_ESTIMATE_CAP else whole + n
            if whole > COUNTED_FACET:
                share = min(1.0, (date_term.estimate or 0) / n_all)
                t.estimate = max(1, min(ESTIMATE_CAP, round(whole * share)))
                return
        if t.fts is not None and not (lo and hi):
            # Every day: counted in the full-text index, no meeting row read.
            n = await _size(store, _FTS_ROWS, [t.fts], cap, whole=True)
        else:
            pieces = _pieces(t, lo, hi, rough=True, reported=reported, inline=store.lists_inline)
            n = await _rows_up_to(store, pieces, cap)
        t.estimate = ESTIMATE_CAP if n >= cap and t.fts is not None else n

    # Phrases of common words (an office typed with its ministry) are read from the index
    # only when no other term is small: a few hundred candidates are cheaper checked on
    # their texts (see _said) than the phrase's matches read (4-10 ms at 100,000 meetings).
    said = {id(t) for t in terms if t.said and t.estimate is None and store.lists_inline}
    # Terms with an office's title forms are sized last: beside a few candidates they are
    # checked on each one's text (_text_alts), never read from the index.
    texted = {id(t) for t in terms if t.estimate is None and any(a.said for a in t.alts)}
    for t in terms:
        if id(t) not in said and id(t) not in texted:
            await size(t)
    least = [t.estimate for t in terms if not t.check_only and t.estimate is not None]
    if lo and hi and date_term.estimate is not None:
        least.append(date_term.estimate)
    if texted:
        rows = min(least) if least else n_all
        terms = [await _text_alts(store, t, rows) if id(t) in texted else t for t in terms]
        for t in terms:
            if id(t) not in said:
                await size(t)
        least = [t.estimate for t in terms if not t.check_only and t.estimate is not None]
        if lo and hi and date_term.estimate is not None:
            least.append(date_term.estimate)
    if said and least and min(least) <= SAID_ROWS:
        terms = [_text_checked(t) if id(t) in said else t for t in terms]
    else:
        for t in terms:
            if id(t) in said:
                await size(t)
    if any(t.estimate == 0 for t in terms):
        return None
    no_dated = date_term.estimate == 0  # undated meetings reported then may still match
    if no_dated and not reported and not any(not t.check_only and t.fts is None for t in terms):
        return None

    within = max(1, date_term.estimate or 0) if lo and hi else n_all

    def cost(d: FTerm) -> float:
        # Rows read until ``want`` matches (terms taken as independent), times the checks.
        others = [t for t in terms if t is not d]
        sel = 1.0
        for t in others:
            # Sizes are counted within the period: a share of the period's meetings.
            sel *= 0.95 if t.check_only else min(1.0, (t.estimate or 0) / within)
        # A meeting has one place: two terms of places no two of which are the same (in
        # Nga and in Việt Nam) hold together only through a visit with its place unstated.
        placed = [x for x in (_places(t) for t in terms) if x]
        for i, a in enumerate(placed):
            sel *= 0.02 ** sum(1 for b in placed[i + 1 :] if not a & b)
        rows = min(float(d.estimate or 0), want / max(sel, 1e-9))
        if d.fts is not None or any(a.fts for a in d.alts):
            # Full-text matches come in no day order: every one is read and sorted.
            rows = float(d.estimate or 0)
        # Each piece of the driver is a statement arm reading its own copy of the
        # full-text matches it checks.
        setup = 0.1 * sum(t.estimate or 0 for t in others if t.fts is not None and not t.pred)
        return rows * (1 + sum(_check_cost(t) for t in others)) + (40 + setup) * len(d.alts or [0])

    candidates = [t for t in terms if not t.check_only]
    # A common phrase is better checked on the newest meetings than read whole.
    common = any(
        (t.fts is not None or any(a.fts for a in t.alts)) and (t.estimate or 0) >= FTS_ESTIMATE_CAP
        for t in candidates
    )
    if not candidates or (not no_dated and ((lo and date_term.estimate < n_all) or common)):
        # Every term only checks ("khóa họp … cuối năm 2019" with no meeting dated then, of
        # those reported then): the period drives, even when no meeting is dated in it.
        candidates.append(date_term)
    driver = min(candidates, key=cost)
    checks: list[str] = []
    params: list[object] = []
    # Terms that are each a known set of meetings are checked as one list, their common
    # part: each was an IN list every piece of the walk built again (an office asked by
    # title walks its holders' and up to twenty titled namesakes' meetings: 22 pieces, two
    # lists of 400-700 seqs each, for each fallback of the search). None in common: no
    # match. The plan (driver, sizes, estimates) is the one the terms gave.
    sets = await _known_sets(store, terms)
    common: frozenset[int] | None = None
    if len(sets) >= 2 and any(t is not driver and id(t) in sets for t in terms):
        common = frozenset.intersection(*sets.values())
        if not common:
            return None
        checks.append("+d.seq IN (" + ",".join(map(str, sorted(common))) + ")")

    def rank(t: FTerm) -> float:
        # Checks run in order and stop at the first that fails: the cheap ones that pass
        # few candidates go first (cost over the share they rule out).
        sel = 0.95 if t.check_only else min(1.0, (t.estimate or 0) / within)
        return _order_cost(t) / max(1e-3, 1.0 - sel)

    pieces = _pieces(driver, lo, hi, reported=reported, inline=store.lists_inline)
    others = [t for t in terms if t is not driver and not t.check_only and t.fts is None]
    if driver.date:
        # Undated meetings reported within the period: read from the smallest other term's
        # undated rows, never by going through every undated meeting.
        pieces = [p for p in pieces if not p.undated]
        if others:
            least = min(others, key=lambda t: t.estimate or 0)
            more = _pieces(least, lo, hi, reported=reported, inline=store.lists_inline)
            pieces += [p for p in more if p.undated]
        elif reported and (worded := [t for t in terms if t.fts is not None and not t.check_only]):
            # Words of the full-text index beside a period of few dated meetings, which drive
            # ("Zarubezhneft tháng 11/2025"): the undated meetings reported then that they match.
            least = min(worded, key=lambda t: t.estimate or 0)
            pieces.append(_reported_piece(reported, store.lists_inline, least.fts))
        elif reported and any(t.text_checked for t in terms):
            # Words of the question only checked on each candidate's text ("Đảng Nước Nga
            # Thống nhất năm 2019": the party's name): the few undated meetings reported
            # then, each checked as the dated ones are (a period alone lists none).
            pieces.append(_reported_piece(reported, store.lists_inline))
    if _placeless(terms):
        # Pieces that read the meeting's row for its day (full-text matches, a list, the
        # date index) pass over one with a place there, never looking its row up again.
        placeless = [_without_place(p) for p in pieces]
        if all(placeless):
            pieces = [p for p in placeless if p is not None]
        else:
            checks.append(_NO_PLACE)
    for t in sorted((t for t in terms if t is not driver), key=rank):
        if common is not None and id(t) in sets:
            continue
        sql, p = _check(t, inline=store.lists_inline, facets=store.facet_probe_sql)
        checks.append(sql)
        params += p
    return _Plan(
        driver,
        pieces,
        " AND ".join(checks) or "1",
        params,
        driver.estimate or 0,
        [t for t in terms if t is not driver],
        reported,
    )


# An office asked by title is walked in one piece per holder (his facet within his term)
# and one more per holder for his undated meetings, each repeating the plan's checks: at
# 100,000 meetings a walk of twenty holders was 63-83 kB of SQL and its 1,200 parameters,
# new for each question, 7-10 ms to prepare before a row was read. Pieces that differ only
# in their parameters are one arm instead, over their parameters as JSON (a row each): the
# piece and the checks are written once, and the statement's text is the same for every
# office of that shape, so sqlite3 keeps it prepared for the next question.
_ARM = "a_"
SHAPED_ARMS = 2  # pieces of one SQL from which they are one arm


def _param_at(sql: str) -> str:
    """The piece's SQL with its k-th parameter read from the arm's JSON row instead."""
    parts = sql.split("?")
    return "".join(f"{p}{_ARM}.value->>'$[{k}]'" for k, p in enumerate(parts[:-1])) + parts[-1]


def _arms(
    pieces: list[Piece], body: str, body_params: list[object], inline: bool
) -> tuple[list[str], list[object]]:
    """One arm of a compound statement per piece, as ``body`` (its "{rows}" the piece's
    SQL) with ``body_params`` after the piece's; on SQLite (``inline``) pieces of the same
    SQL are one arm over their parameters (see above), giving rows (seq, day, day_end)."""
    shapes: dict[str, list[Piece]] = {}
    for p in pieces:
        shapes.setdefault(p.sql, []).append(p)
    arms: list[str] = []
    params: list[object] = []
    for sql, same in shapes.items():
        # Full-text matches in a piece are written as a list by _fts_listed, which finds
        # their expression by its place among the statement's parameters.
        if len(same) < SHAPED_ARMS or not inline or "meetings_fts" in sql:
            for p in same:
                arms.append(f"SELECT * FROM ({body.replace('{rows}', p.sql)})")
                params += [*p.params, *body_params]
            continue
        rows = body.replace("{rows}", _param_at(sql))
        arms.append(
            "SELECT j.value->>'$[0]' AS seq, j.value->>'$[1]' AS day, j.value->>'$[2]' AS day_end"
            f" FROM json_each(?) AS {_ARM}, json_each((SELECT"
            f" json_group_array(json_array(seq, day, day_end)) FROM ({rows}))) AS j"
        )
        params += [json.dumps([p.params for p in same], ensure_ascii=False), *body_params]
    return arms, params


async def _walk(store: Store, plan: _Plan, want: int, newest: bool = True) -> list[tuple[int, str]]:
    """Up to ``want`` matching (seq, day), newest first (oldest first when not ``newest``).

    Each piece is read in index order and stops after ``want`` matches; all pieces go in
    one statement and are merged by a sort of at most pieces × ``want`` rows. Undated
    meetings (day '') come last, so their pieces are read only when the dated ones fall
    short.
    """
    way = "DESC" if newest else "ASC"
    order = "day {w}, seq {w}" if not plan.driver.date else "day {w}, day_end {w}, seq {w}"
    order = order.format(w=way)
    dated = [p for p in plan.pieces if not p.undated]
    undated = [p for p in plan.pieces if p.undated]
    out: list[tuple[int, str]] = []
    seen: set[int] = set()
    for group in (dated, undated):
        if not group or len(out) >= want:
            continue
        body = (
            "SELECT d.seq AS seq, d.day AS day, d.day_end AS day_end FROM ({rows}) AS d"
            f" WHERE {plan.where} ORDER BY {order} LIMIT ?"
        )
        arms, params = _arms(group, body, [*plan.params, want], store.lists_inline)
        walk = f"SELECT seq, day FROM ({' UNION ALL '.join(arms)}) ORDER BY {order} LIMIT ?"
        for seq, day in await _rows(store, walk, [*params, want * len(group)]):
            if seq not in seen:
                seen.add(seq)
                out.append((seq, day or ""))
                if len(out) >= want:
                    break
    return out


async def _count(store: Store, plan: _Plan) -> int:
    if len(plan.pieces) == 1:
        piece = plan.pieces[0]
        return await _scalar(
            store,
            f"SELECT count(*) FROM ({piece.sql}) AS d WHERE {plan.where}",
            [*piece.params, *plan.params],
        )
    arms, params = _arms(plan.pieces, "{rows}", [], store.lists_inline)
    union = " UNION ALL ".join(arms)
    return await _scalar(
        store,
        f"SELECT count(DISTINCT d.seq) FROM ({union}) AS d WHERE {plan.where}",
        [*params, *plan.params],
    )


async def _facet_search(
    store: Store, q: Query, terms: list[FTerm], limit: int, offset: int
) -> Found:
    lo = _iso(q.date_from) if q.date_from and q.date_to else None
    hi = _iso(q.date_to) if lo else None
    want = max(FACET_RANKED, offset + limit) + 1
    plan = await _facet_plan(store, terms, lo, hi, want)
    if plan is None:
        return Found([], {}, 0, mode="facets")
    walked = await _walk(store, plan, want, newest=not q.oldest)
    seqs = [seq for seq, _day in walked]
    approx = False
    if len(seqs) < want:
        total = len(seqs)
    elif plan.size <= COUNT_EXACT:
        total = await _count(store, plan)
    elif q.oldest:
        total, approx = plan.size, True  # walked from the oldest: the driver's size bounds it
    else:
        # The walk found ``want`` matches among the driver's rows from its last day on; the
        # share of matches there, applied to all the driver's rows, estimates the total.
        last = walked[-1][1]
        span = 0
        every = 0
        inline = store.lists_inline
        for piece in _pieces(
            plan.driver, lo, hi, rough=True, reported=plan.reported, inline=inline
        ):
            sql, params = piece.sql, piece.params
            if plan.driver.fts is not None and plan.size < ESTIMATE_CAP and last:
                # The driver's rows were counted when sizing it; the matches from the
                # last walked day on are counted through the date index, not their rows.
                fts = "SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ?"
                # Matches held as a list are looked up by seq (a row each); otherwise the
                # date index from the last day on is walked ("+": never the match's rows).
                listed = (
                    store.lists_inline
                    and _SIZES.get() is not None
                    and await _fts_matches(store, plan.driver.fts) is not None
                )
                seq_in = "m.seq IN" if listed else "+m.seq IN"
                span += await _scalar(
                    store,
                    f"SELECT count(*) FROM meetings m WHERE m.date_start >= ? AND {seq_in} ({fts})"
                    + (" AND m.date_start >= ? AND m.date_end <= ?" if lo and hi else ""),
                    [last, plan.driver.fts, *([lo, hi] if lo and hi else [])],
                )
                every = plan.size
                continue
            if (plan.driver.date and not lo) or plan.size < ESTIMATE_CAP:
                span += await _scalar(
                    store, f"SELECT count(*) FROM ({sql}) AS d WHERE d.day >= ?", [*params, last]
                )
                if plan.driver.date and not lo:
                    every = await _scalar(store, "SELECT coalesce(max(seq), 0) FROM meetings", [])
                else:
                    every = plan.size
                continue
            known = await _known_size(store, piece)
            if known is not None:
                # A whole facet counted already: only the rows from the last walked day on
                # are counted (an index range), not the facet again.
                span += await _scalar(
                    store, f"SELECT count(*) FROM ({sql}) AS d WHERE d.day >= ?", [*params, last]
                )
                every += known
                continue
            # Both counts in one pass over the piece's rows.
            ((n_span, n_all),) = await _rows(
                store,
                f"SELECT coalesce(sum(CASE WHEN d.day >= ? THEN 1 ELSE 0 END), 0), count(*) FROM ({sql}) AS d",
                [last, *params],
            )
            span += int(n_span)
            every += int(n_all)
        total, approx = max(len(seqs), round(every * len(seqs) / max(span, 1))), True
    if not seqs or limit <= 0:
        return Found([], {}, total, approx, mode="facets")
    rows = await _rank(store, q, seqs, limit, offset)
    return Found(
        [r[0] for r in rows],
        {r[0]: round(float(r[1]), 3) for r in rows},
        total,
        approx,
        mode="facets",
    )


async def _ranking(store: Store, q: Query, seqs: list[int]) -> tuple[list[ScorePart], str, list]:
    """The score's terms and, for leftover words rare enough to mean something, a bm25
    join: (terms, join, its params)."""
    rank_expr = _any(q.keywords)
    fts_join = False
    hits = 0
    if rank_expr:
        hits = await _size(store, _FTS_ROWS, [rank_expr], EXACT_FTS_MAX + 1)
        fts_join = 0 < hits <= EXACT_FTS_MAX
    parts = _score_parts(q, fts_join)
    if not fts_join:
        return parts, "", []
    only = ""
    if store.lists_inline and len(seqs) * BM25_PER_ROW <= hits:
        # bm25 costs ~1 µs a match when every match is scored, ~45 µs a row looked up by
        # rowid: a few candidates among many matches ("rao": 9 of 1,934) are scored alone.
        only = f" AND rowid IN ({','.join(str(int(s)) for s in seqs)})"
    join = (
        "LEFT JOIN (SELECT rowid AS rid, bm25(meetings_fts) AS r FROM meetings_fts"
        f" WHERE meetings_fts MATCH ?{only}) f ON f.rid = m.seq"
    )
    return parts, join, [rank_expr]


async def _rank(store: Store, q: Query, seqs: list[int], limit: int, offset: int) -> list:
    """Order candidate meetings (by seq) best first and cut the page."""
    parts, join, join_params = await _ranking(store, q, seqs)
    score, score_params = " + ".join(p[0] for p in parts), [x for p in parts for x in p[1]]
    ordered = q.newest or q.oldest  # by date: nothing to weigh the texts for
    focus_words = sector_terms(q.sectors) if not ordered else []
    literal = [p for p in q.phrases if len(p) >= 4] if not ordered else []
    candidates = f"m.seq IN ({_marks(len(seqs))})"
    head, rows_of = "", f"meetings m {join} WHERE {candidates}"
    params, head_params = [*score_params, *join_params, *seqs], []
    focused = bool(focus_words or literal or q.ordinals) and len(seqs) >= 2
    if store.lists_inline and any(p[2] for p in parts):
        # SQLite's instr() walks the search text character by character (1.2 µs a term and
        # row, 600 calls for a sector's ten synonyms over 61 candidates): each row's text
        # is read once and the text terms tested in Python (``in``), the score summed in
        # the same order as the SQL sum, the rows ordered as _order does.
        rows = await _scored_rows(store, q, parts, join, [*join_params, *seqs], candidates)
        if not focused:
            return [(r[0], r[1]) for r in rows][offset : offset + limit]
    elif not focused:
        sql = f"{head}SELECT m.id, {score} AS score FROM {rows_of} ORDER BY {_order(q)} LIMIT ? OFFSET ?"
        return await _rows(store, sql, [*head_params, *params, limit, offset])
    else:
        # How much each article is about the asked sector (its headline, lead and
        # sentences) ranks too; the window is small, so its texts are read and weighed here.
        sql = f"{head}SELECT m.id, {score} AS score, m.seq, m.date_end FROM {rows_of} ORDER BY {_order(q)}"
        rows = await _rows(store, sql, [*head_params, *params])
    top = rows[: max(FOCUS_TOP, offset + limit)]
    focus = await _focus(
        store, [r[2] for r in top], focus_words, sector_set(q.sectors), literal, q.ordinals
    )
    ranked = sorted(rows, key=lambda r: (-(float(r[1]) + focus.get(r[2], 0.0)), r[3] is None))
    return [(r[0], float(r[1]) + focus.get(r[2], 0.0)) for r in ranked][offset : offset + limit]


async def _scored_rows(
    store: Store, q: Query, parts: list[ScorePart], join: str, params: list, candidates: str
) -> list[tuple]:
    """(id, score, seq, date_end) of the candidates in _order's order, the score's text terms
    tested in Python on each row's search text, its other terms read as columns."""
    cols = [p[0] for p in parts if p[2] is None]
    sql = (
        f"SELECT m.id, m.seq, m.date_end, m.date_start, {_TEXT}, {', '.join(cols)}"
        f" FROM meetings m {join} WHERE {candidates}"
    )
    col_params = [x for p in parts if p[2] is None for x in p[1]]
    out = []
    for mid, seq, end, start, text, *values in await _rows(store, sql, [*col_params, *params]):
        at = iter(values)
        score, null = 0.0, False
        for i, (_sql, _params, tested) in enumerate(parts):
            # SQL's "w * (instr(t, a) > 0 OR …)": w or w * 0 (never NULL: the text is '').
            v = next(at) if tested is None else tested[0] * any(n in text for n in tested[1])
            null = null or v is None  # as in SQL, a NULL term makes the sum NULL
            score = v if i == 0 or null else score + v
        out.append((mid, None if null else score, seq, end, start))
    # _order, key by key from the last (each sort keeps the order of equal keys).
    if q.newest or q.oldest:
        # date_start IS NULL, date_start DESC (oldest: ASC), score DESC, seq DESC (ASC)
        newest = bool(q.newest)
        out.sort(key=itemgetter(2), reverse=newest)
        out.sort(key=_score_key, reverse=True)
        out.sort(key=lambda r: r[4] or "", reverse=newest)
        out.sort(key=lambda r: r[4] is None)
    else:  # score DESC, date_end IS NULL, date_end DESC, seq DESC
        out.sort(key=itemgetter(2), reverse=True)
        out.sort(key=lambda r: r[3] or "", reverse=True)
        out.sort(key=lambda r: r[3] is None)
        out.sort(key=_score_key, reverse=True)
    return [r[:4] for r in out]


def _score_key(row: tuple) -> tuple[bool, float]:
    return row[1] is not None, row[1] or 0.0  # descending, a NULL score last (as SQLite)


async def articles_of(store: Store, seqs: list[int]) -> dict[int, list[passages.Parsed]]:
    """The parsed articles of each meeting (by seq); texts are read only when not cached."""
    rows = await _rows(
        store,
        "SELECT m.seq, ms.article_id FROM meetings m JOIN meeting_sources ms"
        f" ON ms.meeting_id = m.id WHERE m.seq IN ({_marks(len(seqs))})",
        seqs,
    )
    missing = list({aid for _seq, aid in rows if passages.ARTICLES.get(aid) is None})
    if missing:
        texts = await _rows(
            store,
            f"SELECT id, body, text, title FROM articles WHERE id IN ({_marks(len(missing))})",
            missing,
        )
        for aid, body, text, title in texts:
            passages.ARTICLES.put(aid, bodies.unpack(body, text), title)
    out: dict[int, list[passages.Parsed]] = {}
    for seq, aid in rows:
        p = passages.ARTICLES.get(aid)
        if p is not None:
            out.setdefault(seq, []).append(p)
    return out


async def _focus(
    store: Store,
    seqs: list[int],
    words: list[str],
    sectors: list[str],
    literal: list[str],
    ordinals: list[str] | None = None,
) -> dict[int, float]:
    """Per meeting: how much its article is about the sector, plus a bonus when it holds a
    phrase of the question word for word ("khoa học cơ bản", "vắc xin Sputnik V"), a smaller
    one when it holds it with a word or two between, and one when it names the session's
    number ("lần thứ 24", "XXIV"). Only the few best candidates are read (bounded work)."""
    out: dict[int, float] = {}
    for seq, parsed in (await articles_of(store, seqs)).items():
        for p in parsed:
            score = W_FOCUS * passages.focus(p, words, sectors)
            n = passages.held(p, literal) if literal else 0
            k = passages.near(p, literal) if literal else 0
            if n:
                # Each further phrase of the question it holds ("đoàn" and "viếng") adds.
                score += W_LITERAL + W_MORE_LITERAL * (n - 1) + W_MORE_NEAR * k
            elif k:
                # Phrases typed with a word left out ("dự Quốc tang" for "dự Lễ Quốc tang")
                # rank the meeting, below one that holds a phrase word for word.
                score += W_NEAR
            if ordinals and passages.holds(p, ordinals):
                score += W_LITERAL
            out[seq] = max(out.get(seq, 0.0), score)
    return out


async def source_articles(store: Store, ids: list[str]) -> dict[str, list[passages.Parsed]]:
    """The parsed articles each meeting (by id) came from, for quoting."""
    if not ids:
        return {}
    rows = await _rows(
        store, f"SELECT id, seq FROM meetings WHERE id IN ({_marks(len(ids))})", list(ids)
    )
    by_seq = await articles_of(store, [r[1] for r in rows])
    return {mid: by_seq.get(seq, []) for mid, seq in rows}


async def sample_days(
    store: Store,
    q: Query,
    *,
    dates: bool = True,
    groups: bool = True,
    places: bool = True,
    sectors: bool = True,
    before: str | None = None,
    after: str | None = None,
    limit: int = 200,
) -> list[int]:
    """Seqs of up to ``limit`` meetings matching the query with one kind of constraint dropped.

    ``before`` / ``after`` walk back from / forward from a day (for "the nearest months"
    suggestions); otherwise newest first. Used only when a question found nothing.
    """
    lo = _iso(q.date_from) if dates and q.date_from and q.date_to else None
    hi = _iso(q.date_to) if lo else None
    if before:
        lo, hi = "0", before
    elif after:
        lo, hi = after, "9999"
    terms = _facet_terms(q, groups=groups, places=places, sectors=sectors)
    plan = await _facet_plan(store, terms, lo, hi, limit)
    if plan is None:
        return []
    if lo and hi:  # suggestions: dated meetings are enough
        plan.pieces = [p for p in plan.pieces if not p.undated] or plan.pieces
    return [seq for seq, _day in await _walk(store, plan, limit, newest=not after)]


async def matching_days(
    store: Store, q: Query, required: list[str] | None = None, limit: int = 400
) -> list[str]:
    """First days of up to ``limit`` meetings matching the question but its period, newest
    first (dated ones only)."""
    undated = q.model_copy(update={"date_from": None, "date_to": None})
    # As search() does: the holders the lexicon lacks whom articles titled alike count too.
    soft = await _soft_alternatives(store, q)
    days = await _days(store, _facet_terms(undated, required=required, soft=soft), limit)
    if not days and any(_lexicon_gaps(g) for g in q.groups):
        # Whoever an article gives the title, the lexicon not listing every holder ("Bộ
        # trưởng TT&TT … tháng 4" met by a minister of 2014).
        terms = _facet_terms(undated, required=required, titled=True, soft=soft)
        days = await _days(store, terms, limit)
    return days


async def _days(store: Store, terms: list[FTerm], limit: int) -> list[str]:
    plan = await _facet_plan(store, terms, None, None, limit)
    if plan is None:
        return []
    return [day for _seq, day in await _walk(store, plan, limit) if day]


async def undated_matches(
    store: Store,
    q: Query,
    required: list[str] | None = None,
    limit: int = 50,
    within: list[int] | None = None,
) -> list[int]:
    """Seqs of undated meetings matching the question but its period (and among ``within``,
    when given)."""
    if within is not None and not within:
        return []
    undated = q.model_copy(update={"date_from": None, "date_to": None})
    # A group asked by title is read as search reads it: the participants titled alike, then
    # (none found) whoever the article gives the title ("Trưởng Ban Đối ngoại Trung ương …
    # ngày 20/4" of a holder the lexicon lacks).
    soft = await _soft_alternatives(store, undated)
    plan = await _facet_plan(
        store, _facet_terms(undated, required=required, soft=soft), None, None, limit
    )
    if plan is None and any(_lexicon_gaps(g) for g in q.groups):
        terms = _facet_terms(undated, required=required, soft=soft, titled=True)
        plan = await _facet_plan(store, terms, None, None, limit)
    if plan is None:
        return []
    pieces: list[Piece] = []
    for p in plan.pieces:
        if p.undated:
            pieces.append(p)
        elif p.sql.endswith("WHERE facet = ?"):  # the whole facet: its undated rows
            pieces.append(Piece(p.sql + " AND day = ''", p.params, undated=True))
        elif "meetings_fts" in p.sql and "date_start >=" not in p.sql:
            pieces.append(Piece(p.sql + " AND m.date_start IS NULL", p.params, undated=True))
    if not pieces:
        return []
    plan.pieces = pieces
    among = set(within) if within is not None else None
    return [
        seq
        for seq, day in await _walk(store, plan, limit)
        if not day and (among is None or seq in among)
    ]


async def stored_sectors(store: Store) -> dict[str, list[str]]:
    """Every sector some meeting lists, folded → as stored ("hai quan" → "hải quân", "hải
    quan"): fields an article names that the sector data lacks are facets too. Read once per
    data version."""
    kept = await _kept(store)
    found = kept.get(("sectors", ""))
    if found is None:
        found = {}
        for (facet,) in await _rows(store, store.sector_facets_sql, []):
            found.setdefault(fold_key(facet[2:]), []).append(facet[2:])
        kept[("sectors", "")] = found
    return found  # type: ignore[return-value]


async def fts_has(store: Store, text: str) -> bool:
    """Whether any meeting's search text holds the phrase."""
    expr = fts_phrase(text)
    if not expr:
        return False
    row = await (
        await store.reader.execute(
            "SELECT 1 FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT 1", (expr,)
        )
    ).fetchone()
    return row is not None


async def fts_has_all(store: Store, words: list[str]) -> bool:
    """Whether one meeting's search text holds every word (anywhere, in any order)."""
    expr = _all(words)
    if not expr:
        return False
    rows = await _rows(
        store, "SELECT 1 FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT 1", [expr]
    )
    return bool(rows)


async def fts_meetings(store: Store, texts: list[str], limit: int) -> list[int]:
    """Seqs of the meetings whose search text holds any of the phrases (at most ``limit``)."""
    expr = _any(texts)
    if not expr:
        return []
    rows = await _rows(
        store, "SELECT rowid FROM meetings_fts WHERE meetings_fts MATCH ? LIMIT ?", [expr, limit]
    )
    return [int(r[0]) for r in rows]


ARTICLE_HITS = 500  # meetings an article phrase may stand for; more is no constraint
ARTICLE_SCAN = 5000  # newest articles whose text is read for such a phrase (bounded work)


async def article_meetings(store: Store, phrase: str) -> list[int]:
    """Seqs of meetings whose article holds the phrase as typed (ASCII letters in any case):
    "RDIF", "Zarubezhneft", "Đông Á" named in a paragraph the meeting's index does not keep.

    Read only for a word that names nobody and is in no meeting's index, and only in the
    newest ``ARTICLE_SCAN`` articles, so the work stays bounded on a big store; their texts
    are held in memory (``_recent_articles``), since reading and matching them in SQL took
    a hundred milliseconds per question.
    """
    text = phrase.strip()
    if len(text) < 2:
        return []
    needle = text.encode().translate(_ASCII_LOWER)
    recent = await _recent_articles(store)
    hits: list[tuple[int, int]] = []  # (article, meeting seq), newest article first
    whole: dict[int, bool] = {}  # article -> its first occurrence is a whole word
    for k, at in recent.occurrences(needle):  # what SQL's LIKE '%phrase%' matched
        if len(hits) > ARTICLE_HITS:
            break
        hits += [(k, seq) for seq in recent.seqs[k]]
        whole[k] = _word_at(recent.blob, at, at + len(needle))
    del hits[ARTICLE_HITS + 1 :]
    # Case is ignored for ASCII letters only, and "EEF" is inside "REEF": whole words
    # (the whole text is read only when the first occurrence is part of a longer word).
    word = re.compile(rf"(?<!\w){re.escape(text)}(?!\w)", re.IGNORECASE)
    found = {k: whole[k] or word.search(recent.text(k)) is not None for k in {k for k, _ in hits}}
    return sorted({seq for k, seq in hits if found[k]})


async def unmarked_meetings(store: Store, phrase: str) -> list[int]:
    """Seqs of meetings whose article holds the phrase however its marks are typed ("tam
    nhin 2030" for "Tầm nhìn … 2030" said in a paragraph no meeting's index keeps), in the
    newest ``ARTICLE_SCAN`` articles; only articles holding every folded word are read."""
    needle = fold_key(phrase)
    words = needle.split()
    if len(words) < 2:
        return []
    recent = await _recent_articles(store)
    held = set.intersection(*(recent.by_unmarked(w) for w in words))
    word = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    seqs: set[int] = set()
    for k in sorted(recent.at[a] for a in held if a in recent.at):
        if word.search(recent.folded_text(k)):
            seqs.update(recent.seqs[k])
            if len(seqs) > ARTICLE_HITS:
                break
    return sorted(seqs)


def _word_at(blob: bytes, start: int, end: int) -> bool:
    """Whether blob[start:end] (UTF-8) is neither preceded nor followed by a word character."""
    before = blob[max(0, start - 4) : start].decode(errors="ignore")[-1:]
    after = blob[end : end + 4].decode(errors="ignore")[:1]
    return not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_")


_ASCII_LOWER = bytes.maketrans(bytes(range(65, 91)), bytes(range(97, 123)))


# Words as the regex module reads them (what ``(?<!\w)…(?!\w)`` bounds), in lower case.
_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


@dataclass
class _Postings:
    """Which articles (by id) hold each word (a run of word characters, lower-cased).

    A phrase held as a whole word, in any case, holds each of its words whole (the
    characters around it are not word characters, in the phrase and so in the text), so
    the articles holding all of a phrase's words are the only ones whose text need be
    read: a word no recent article has costs a lookup instead of a scan of every text,
    and a Vietnamese name is looked up by its syllables ("lê", "bá"), not by the ASCII
    letters between their marks ("l", "b"), which every article holds.
    Ids of articles that left the window stay until as many have left as it holds.
    """

    by_word: dict[str, list[str]] = field(default_factory=dict)
    held: set[str] = field(default_factory=set)

    def add(self, aid: str, text: bytes) -> None:
        self.held.add(aid)
        for word in _words(text.decode(errors="replace")):
            self.by_word.setdefault(word, []).append(aid)


@dataclass
class _Recent:
    """The newest articles' texts (UTF-8, ASCII letters lowered) end to end, newest first,
    with where each starts, its id, its meetings' seqs and the postings of its words."""

    version: int
    blob: bytes
    starts: list[int]
    ids: list[str]
    seqs: list[list[int]]
    postings: _Postings = field(default_factory=_Postings)
    at: dict[str, int] = field(default_factory=dict)  # article id -> k
    rowids: list[int] = field(default_factory=list)  # each article's rowid
    # (meetings, their highest seq, articles, their highest rowid, that article's id) when
    # read: what a write that only added rows leaves, see _appended
    marks: tuple[int, int, int, int, str | None] = (0, 0, 0, 0, None)

    # Built on the first phrase typed without marks: the postings' words folded, and the
    # folded texts of the articles read for one.
    unmarked: dict[str, set[str]] | None = None
    folded: dict[int, str] = field(default_factory=dict)

    def end(self, k: int) -> int:
        return self.starts[k + 1] - 1 if k + 1 < len(self.starts) else len(self.blob)

    def by_unmarked(self, word: str) -> set[str]:
        """Ids of the articles holding a word that folds to ``word`` ("nhin": "nhìn", "nhịn")."""
        if self.unmarked is None:
            table: dict[str, set[str]] = {}
            for w, aids in self.postings.by_word.items():
                table.setdefault(fold_key(w), set()).update(aids)
            self.unmarked = table
        return self.unmarked.get(word, set())

    def folded_text(self, k: int) -> str:
        if k not in self.folded:
            self.folded[k] = fold_key(self.text(k))
        return self.folded[k]

    def raw(self, k: int) -> bytes:
        return self.blob[self.starts[k] : self.end(k)]

    def text(self, k: int) -> str:
        return self.raw(k).decode()

    def occurrences(self, needle: bytes) -> Iterator[tuple[int, int]]:
        """(article k, where the lowered phrase first occurs in it), newest article first;
        only articles whose postings allow a whole-word occurrence are read."""
        words = _words(needle.decode(errors="replace"))
        if not words:  # no word to look up: every text is scanned
            at = self.blob.find(needle)
            while at >= 0:
                k = bisect.bisect_right(self.starts, at) - 1
                yield k, at
                at = self.blob.find(needle, self.end(k))
            return
        lists = sorted((self.postings.by_word.get(w, []) for w in words), key=len)
        held = set(lists[0])
        for other in lists[1:]:
            if not held:
                break
            held.intersection_update(other)
        ks = {self.at[a] for a in held if a in self.at}
        for k in sorted(ks):
            at = self.blob.find(needle, self.starts[k], self.end(k))
            if at >= 0:
                yield k, at


_RECENT: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # connection -> _Recent


_SOURCES = (
    "SELECT ms.article_id, m.seq FROM meeting_sources ms JOIN meetings m"
    " ON m.id = ms.meeting_id WHERE ms.article_id IN ({ids}) ORDER BY m.seq"
)


async def _window_marks(store: Store) -> tuple[int, int, int, int, str | None]:
    ((meetings, seq, articles, rowid),) = await _rows(
        store,
        "SELECT (SELECT count(*) FROM meetings), (SELECT coalesce(max(seq), 0) FROM meetings),"
        " (SELECT count(*) FROM articles), (SELECT coalesce(max(rowid), 0) FROM articles)",
        [],
    )
    top = await _rows(store, "SELECT id FROM articles WHERE rowid = ?", [rowid])
    return int(meetings), int(seq), int(articles), int(rowid), str(top[0][0]) if top else None


async def _appended(store: Store, old: _Recent, now: tuple) -> bool:
    """Whether the writes since ``old`` was read only added meetings and articles: none was
    deleted (seqs are never reused, so the meetings past the last seq are the new ones;
    an article's rowid may be, so the last one read must still be there)."""
    meetings, seq, articles, rowid, _top = old.marks
    if now[4] is None or now[1] < seq or now[3] < rowid:
        return False
    ((new_meetings, new_articles, top),) = await _rows(
        store,
        "SELECT (SELECT count(*) FROM meetings WHERE seq > ?),"
        " (SELECT count(*) FROM articles WHERE rowid > ?), (SELECT id FROM articles WHERE rowid = ?)",
        [seq, rowid, rowid],
    )
    return (
        now[0] - meetings == new_meetings
        and now[2] - articles == new_articles
        and (rowid == 0 or top == old.marks[4])
    )


async def _recent_articles(store: Store) -> _Recent:
    """The newest ``ARTICLE_SCAN`` articles with meetings, read again when the data changes:
    after writes that only added rows, just the new articles and their meetings (an
    article's meetings change only when one is deleted); only texts not held already are
    read (a few MB of memory, bounded by the scan)."""
    version = await store.data_version()
    old = _RECENT.get(store.conn)
    if old is not None and old.version == version:
        return old
    marks = await _window_marks(store)
    held = {aid: k for k, aid in enumerate(old.ids)} if old is not None else {}
    seqs: dict[str, list[int]] = {}
    if old is not None and await _appended(store, old, marks):
        newest = "SELECT rowid, id FROM articles WHERE rowid > ? ORDER BY rowid DESC LIMIT ?"
        rows = await _rows(store, newest, [old.marks[3], ARTICLE_SCAN])
        last = await _rows(
            store,
            "SELECT rowid FROM articles ORDER BY rowid DESC LIMIT 1 OFFSET ?",
            [ARTICLE_SCAN - 1],
        )
        cutoff = int(last[0][0]) if last else 0
        added = [str(r[1]) for r in rows]
        for k in range(0, len(added), 500):
            part = added[k : k + 500]
            for aid, seq in await _rows(store, _SOURCES.format(ids=_marks(len(part))), part):
                seqs.setdefault(str(aid), []).append(int(seq))
        window = [(int(r[0]), str(r[1])) for r in rows if str(r[1]) in seqs]
        for k, aid in enumerate(old.ids):
            # (An article read last time past its marks, by a write in between, is new now.)
            if old.rowids[k] >= cutoff and aid not in seqs:
                window.append((old.rowids[k], aid))
                seqs[aid] = old.seqs[k]
    else:
        newest = "SELECT rowid, id FROM articles ORDER BY rowid DESC LIMIT ?"
        rows = await _rows(store, newest, [ARTICLE_SCAN])
        sources = _SOURCES.format(ids="SELECT id FROM articles ORDER BY rowid DESC LIMIT ?")
        for aid, seq in await _rows(store, sources, [ARTICLE_SCAN]):
            seqs.setdefault(str(aid), []).append(int(seq))
        window = [(int(r[0]), str(r[1])) for r in rows if str(r[1]) in seqs]
    ids = [aid for _rowid, aid in window]
    # Texts held already are sliced from the old blob (bytes), never decoded again.
    texts = {aid: old.raw(held[aid]) for aid in ids if old is not None and aid in held}
    missing = [aid for aid in ids if aid not in texts]
    for k in range(0, len(missing), 500):
        part = missing[k : k + 500]
        for aid, body, text in await _rows(
            store, f"SELECT id, body, text FROM articles WHERE id IN ({_marks(len(part))})", part
        ):
            plain = bodies.unpack(body, text)
            texts[str(aid)] = plain.replace("\0", " ").encode().translate(_ASCII_LOWER)
    starts: list[int] = []
    at = 0
    for aid in ids:
        starts.append(at)
        at += len(texts.get(aid, b"")) + 1
    blob = b"\0".join(texts.get(aid, b"") for aid in ids)
    # Postings: kept from the last window with the new articles added; built again once as
    # many articles have left the window as it holds.
    postings = old.postings if old is not None else _Postings()
    if len(postings.held.difference(ids)) > ARTICLE_SCAN:
        postings = _Postings()
    for aid in ids:
        if aid not in postings.held:
            postings.add(aid, texts.get(aid, b""))
    at_k = {aid: k for k, aid in enumerate(ids)}
    recent = _Recent(
        version,
        blob,
        starts,
        ids,
        [seqs[aid] for aid in ids],
        postings,
        at_k,
        [rowid for rowid, _aid in window],
        marks,
    )
    _RECENT[store.conn] = recent
    return recent


async def prepare(store: Store) -> None:
    """Read what answering keeps in memory (participants' names and titles, the newest
    articles' texts) before a question needs it: at 100,000 meetings the first question
    otherwise pays one to two seconds for them."""
    await participant_names(store)
    await names_by_surname(store)
    await _title_index(store)
    recent = await _recent_articles(store)
    recent.by_unmarked("")  # the words without marks, for phrases typed so
    await count_facets(store)


# Participant names of the store, per connection and version of the data.
_NAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


async def participant_names(store: Store) -> list[str]:
    """Every distinct participant name in the store (read once per change of the data)."""
    version = await _rows(
        store,
        "SELECT (SELECT coalesce(max(rowid), 0) FROM meeting_participants),"
        " (SELECT coalesce(max(seq), 0) FROM meetings)",
        [],
    )
    changed = [(await store.data_version(),)]
    key = (changed[0][0], *version[0])
    cached = _NAMES.get(store.conn)
    if cached is None or cached[0] != key:
        rows = await _rows(store, "SELECT DISTINCT name FROM meeting_participants", [])
        cached = (key, [str(r[0]) for r in rows])
        _NAMES[store.conn] = cached
    return cached[1]


async def names_by_surname(store: Store) -> dict[str, list[str]]:
    """Every distinct participant name by its last word, folded ("putin" → ["Vladimir
    Putin"]), in participant_names' order: built once per change of the data (a surname
    asked alone looked each name of the store up, 10-15 ms at 100,000 meetings)."""
    names = await participant_names(store)
    cached = _SURNAMES.get(store.conn)
    if cached is None or cached[0] is not names:
        index: dict[str, list[str]] = {}
        for n in names:
            words = fold_key(n).split()
            if words:
                index.setdefault(words[-1], []).append(n)
        cached = (names, index)
        _SURNAMES[store.conn] = cached
    return cached[1]


_SURNAMES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


# Participants' titles in the store, per connection (see _title_index).
_TITLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
TITLE_GAP = 3  # words an article may put between two words of a title as asked
SOFT_NAMES = 20  # participants titled like an asked title that are searched for, at most
# Ids of titles written by transactions still open when the index read past them may come
# after ids it read (PostgreSQL hands them out before commit): this many are read again.
TITLES_OVERLAP = 1000

_Triple = tuple[str, str, str | None]  # a participant's name, title and country


@dataclass
class _TitleIndex:
    """Every (name, title, country) participants were given (the ``participant_titles``
    table, a superset: see _live) in the order first met, the title folded into words, and
    which titles hold each word, begin an office with each two words (and have a third
    word within TITLE_GAP of them), belong to each name.
    After a write only the rows past ``last`` are read."""

    version: int
    last: int = 0  # the highest id of participant_titles read
    rows: list[tuple[str, str, str | None, tuple[tuple[str, ...], ...]]] = field(
        default_factory=list
    )
    by_word: dict[str, list[int]] = field(default_factory=dict)
    by_head: dict[tuple[str, ...], list[int]] = field(default_factory=dict)
    by_name: dict[str, list[int]] = field(default_factory=dict)
    held: set[_Triple] = field(default_factory=set)

    def add(self, rows: list) -> None:
        for row_id, name, title, country in rows:
            self.last = max(self.last, int(row_id))
            triple = (str(name), str(title), country or None)
            if triple in self.held:
                continue
            self.held.add(triple)
            parts = _title_parts(triple[1])
            k = len(self.rows)
            for w in {w for part in parts for w in part}:
                self.by_word.setdefault(w, []).append(k)
            heads = {part[:2] for part in parts}
            heads |= {(*p[:2], w) for p in parts for w in p[2 : 3 + TITLE_GAP]}
            for head in heads:
                self.by_head.setdefault(head, []).append(k)
            self.by_name.setdefault(triple[0], []).append(k)
            self.rows.append((*triple, parts))

    def is_alike(self, k: int, asked: tuple[str, ...], country: str | None) -> bool:
        _name, _title, held_country, parts = self.rows[k]
        if country and held_country != country:
            return False
        return any(titled_alike(asked, words) for words in parts)

    def alike(self, asked: tuple[str, ...], country: str | None, known: set[str]) -> Iterator[int]:
        """The rows whose title holds an office titled like the one asked, in order, but
        those of ``known`` names, read lazily: a common head ("chu tich hoi dong": 4,600 of
        30,000 titles at 100,000 meetings) has thousands, of which a question searches for
        twenty names; the office's holders (Rosatom's two heads: 1,100 titles) are skipped
        before their titles are compared."""
        # Every match holds each asked word, begins an office with the asked head and has
        # the next asked word in that office at most TITLE_GAP words after the head.
        lists = [self.by_word.get(w, []) for w in asked]
        if len(asked) >= 2:
            lists = [self.by_head.get(asked[:3], []), *lists[2:]]
        rows = self.rows
        for k in min(lists, key=len):
            if rows[k][0] not in known and self.is_alike(k, asked, country):
                yield k


# "Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương": a title lists offices; each is
# compared with the one asked.
_OFFICE_SEP = re.compile(r"[,;]|\s(?:kiêm|đồng thời là)\s")


# A hyphen before a lower-case syllable joins a transliterated word ("Đu-ma" is "Duma");
# before a capital it joins two names ("Bà Rịa-Vũng Tàu"), which stay words of their own.
_SYLLABLE_HYPHEN = re.compile(r"(?<=\w)-(\w)")


def title_words(title: str) -> tuple[str, ...]:
    """A title folded into words, a transliterated word as one ("Đu-ma Quốc gia" → duma …)."""
    joined = _SYLLABLE_HYPHEN.sub(lambda m: m[1] if m[1].islower() else m[0], title)
    return tuple(fold_key(joined).split())


def title_parts(title: str) -> tuple[tuple[str, ...], ...]:
    """A stored title's offices, each folded into words."""
    return tuple(words for part in _OFFICE_SEP.split(title) if (words := title_words(part)))


@lru_cache(maxsize=4096)
def _title_parts(title: str) -> tuple[tuple[str, ...], ...]:
    return title_parts(title)


async def _title_index(store: Store) -> _TitleIndex:
    """The store's titles, read whole once per connection, then only those a write added."""
    version = await store.data_version()
    index = _TITLES.get(store.conn)
    if index is not None and index.version == version:
        return index
    if index is None:
        index = _TitleIndex(version)
        _TITLES[store.conn] = index
    index.version = version
    index.add(
        await _rows(
            store,
            "SELECT id, name, title, country FROM participant_titles WHERE id > ? ORDER BY id",
            [index.last - TITLES_OVERLAP if index.rows else 0],
        )
    )
    return index


async def _titled_like(
    store: Store,
    index: _TitleIndex,
    forms: list[tuple[str, ...]],
    country: str | None,
    known: set[str],
) -> dict[str, list[str]]:
    """The first ``SOFT_NAMES`` names titled like one of ``forms`` (not ``known``), in the
    order of their titles' matches (every match of the first form, then of the next…),
    each with its titles titled alike; triples no participant still has are left out
    (a meeting rewritten or deleted leaves its old ones in the table).

    With ``SOFT_NAMES`` names or fewer all are kept unchecked: one no participant has any
    more matches no meeting (its title is checked on each). Otherwise names are checked
    ``SOFT_NAMES`` at a time, in order, until that many have a live triple, and only the
    matches needed to name them are read (see _TitleIndex.alike).
    """

    def stream() -> Iterator[int]:
        seen: set[int] = set()
        for asked in forms:
            for k in index.alike(asked, country, known):
                if k not in seen:
                    seen.add(k)
                    yield k

    matches = stream()
    names: dict[str, None] = {}  # in order of their first match
    taken: list[int] = []

    def more(n: int) -> list[str]:
        """The names, read on until ``n`` of them or the last match."""
        while len(names) < n and (k := next(matches, None)) is not None:
            taken.append(k)
            names.setdefault(index.rows[k][0])
        return list(names)

    def titles_of(order: list[tuple[int, int]]) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for _at, k in sorted(order):
            out.setdefault(index.rows[k][0], []).append(index.rows[k][1])
        return dict(list(out.items())[:SOFT_NAMES])

    if len(more(SOFT_NAMES + 1)) <= SOFT_NAMES:
        return titles_of(list(enumerate(taken)))
    # A checked name's every match, placed as the matches come (form, then row).
    heads = {a[:2] for a in forms}
    found: list[tuple[int, int]] = []
    kept: set[str] = set()
    for start in itertools.count(0, SOFT_NAMES):
        part = more(start + SOFT_NAMES)[start : start + SOFT_NAMES]
        if not part:
            break
        alike: list[tuple[int, int]] = []
        for name in part:
            for k in index.by_name.get(name, ()):
                # A name's other titles mostly begin with no asked head: no form to try.
                if heads.isdisjoint(p[:2] for p in index.rows[k][3]):
                    continue
                at = next((i for i, a in enumerate(forms) if index.is_alike(k, a, country)), None)
                if at is not None:
                    alike.append((at, k))
        for at, k in await _held(store, index, alike, part):
            found.append((at, k))
            kept.add(index.rows[k][0])
        if len(kept) >= SOFT_NAMES:
            break
    return titles_of(found)


async def _held(
    store: Store, index: _TitleIndex, alike: list[tuple[int, int]], names: list[str]
) -> list[tuple[int, int]]:
    """Of the (form, row) matches, those whose triple some participant still has."""
    if not alike:
        return []
    if store.lists_inline:
        # Each triple looked up until a participant has it (its name's first rows, mostly),
        # not every row of twenty names read for their titles (300 rows, 1-4 ms at
        # 100,000 meetings on a first asking).
        triples = [list(index.rows[k][:3]) for _at, k in alike]
        rows = await _rows(
            store,
            "SELECT t.key FROM json_each(?) AS t WHERE EXISTS (SELECT 1 FROM"
            " meeting_participants p WHERE p.name = t.value->>0 AND p.title = t.value->>1"
            " AND coalesce(p.country, '') = coalesce(t.value->>2, ''))",
            [json.dumps(triples, ensure_ascii=False)],
        )
        return [alike[int(r[0])] for r in rows]
    rows = await _rows(
        store,
        "SELECT DISTINCT name, title, country FROM meeting_participants"
        f" WHERE name IN ({_marks(len(names))}) AND title IS NOT NULL",
        names,
    )
    live = {(str(r[0]), str(r[1]), r[2] or None) for r in rows}
    return [(at, k) for at, k in alike if index.rows[k][:3] in live]


def titled_alike(asked: tuple[str, ...], title: tuple[str, ...]) -> bool:
    """Whether a stored title is the asked one written more fully: the same head (its first
    two words) and the other words in order, a few words apart at most ("bo truong giao duc"
    in "bo truong giao duc va khoa hoc", "bo truong nong nghiep" in "bo truong bo nong
    nghiep"), never another office whose title merely contains them ("pho thu tuong")."""
    head = asked[:2]
    if not asked or title[: len(head)] != head:
        return False
    at = len(head)
    for w in asked[len(head) :]:
        window = title[at : at + TITLE_GAP + 1]
        if w not in window:
            return False
        at += window.index(w) + 1
    return True


async def _soft_alternatives(store: Store, q: Query) -> dict[int, list[Alt]]:
    """Per group asked by title: the participants the articles titled alike whom the
    lexicon does not list as holders, each only in the meetings where that title was his."""
    out: dict[int, list[Alt]] = {}
    for gi, g in enumerate(q.groups):
        if not g.typed_title or not g.titles:
            continue
        index = await _title_index(store)
        titles = await _titled_like(store, index, _asked_titles(g), g.country or None, set(g.names))
        alts = []
        for name, held in list(titles.items())[:SOFT_NAMES]:
            pred = _title_check(len(held))
            alts.append(
                Alt(f"p:{name}", pred=pred, pred_params=tuple(_title_params(name, held)), name=name)
            )
        if alts:
            out[gi] = alts
    return out


def _asked_titles(g: LeaderGroup) -> list[tuple[str, ...]]:
    """The title as typed, then the office's own forms: a question may name the office by a
    spelling the article does not use ("Thống đốc Primorye" for "Thống đốc vùng Primorsky"),
    yet any of the office's forms titles a holder of it. A generic office's forms are not
    specific enough to stand for the one typed."""
    office = get_lexicon().offices.get(g.office) if g.office else None
    words = [tuple(g.typed_title.split())]
    if office is not None and not office.generic:
        words += [title_words(t) for t in g.titles]
    return [w for w in dict.fromkeys(words) if len(w) >= 2]


def _lexicon_gaps(g: LeaderGroup) -> bool:
    """Whether holders of the office may be missing from the lexicon: it lists every head of
    state, party, government and parliament, not every minister, governor or ambassador."""
    if not g.titles:
        return False
    if not g.alternatives or g.office is None:
        return True
    return get_lexicon().offices[g.office].rank > TOP_RANK


async def search(
    store: Store,
    q: Query,
    limit: int = 5,
    offset: int = 0,
    required: list[str] | None = None,
    within: list[int] | None = None,
) -> Found:
    """Meetings satisfying every constraint of ``q``, best first (ids and scores), plus the
    count; ``within`` keeps to those meetings (by seq) when given."""
    only = tuple(within) if within is not None else None
    soft = await _soft_alternatives(store, q)
    # A fallback whose terms come out as those of a search made already (a kind that only
    # ranked, "relaxed") finds the same meetings: its walks are not made again.
    done: dict[str, Found] = {}

    async def run(
        kinds: bool, titled: bool = False, lenient: bool = False, projects: bool = False
    ) -> Found:
        fterms = _facet_terms(
            q,
            kinds=kinds,
            required=required,
            titled=titled,
            lenient=lenient,
            projects=projects,
            within=only,
            soft=soft,
        )
        key = repr(fterms)  # before planning, which sizes the terms in place
        if key not in done:
            done[key] = await _facet_search(store, q, fterms, limit, offset)
        return replace(done[key])

    found = await run(kinds=True)
    if found.total == 0 and q.project_places:
        # Nothing held there: the province names a project the articles speak of.
        found = await run(kinds=True, projects=True)
    if found.total == 0 and any(a.titled_anytime for g in q.groups for a in g.alternatives):
        # Named with a title and nothing in the term: a meeting whose article gives the
        # person that title, though dated outside it (the date is the doubtful part).
        found = await run(kinds=True, lenient=True)
    if found.total == 0 and any(_lexicon_gaps(g) for g in q.groups):
        # Asked by title and no holder the lexicon knows fits: whoever the article itself
        # gives the title (an office holder the lexicon does not list yet).
        found = await run(kinds=True, titled=True)
    if found.total == 0 and q.kinds and not any(k in REMOTE_KINDS for k in q.kinds):
        # "hội kiến" vs "tiếp" vs "hội đàm" are used loosely: keep the people, period and
        # place, and let the kind only rank. A phone call or a message never becomes a meeting.
        again = await run(kinds=False)
        if again.total:
            again.kinds_relaxed = True
            return again
    return found
