"""Question → structured query.

A question is read in passes over the original text: dates (``store.language.dates``), then the
lexicon's people, titles, places, sectors and meeting kinds, each pass claiming the
characters it matched. What is left is checked for intent words ("khi nào", "ở đâu"),
function words, misspelt names (rapidfuzz over folded aliases) and names we do not know;
the rest become full-text keywords. Everything compares folded text, so "to lam gap putin"
and "Tô Lâm gặp Putin" read the same.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pydantic import BaseModel, Field
from rapidfuzz import fuzz, process

from store.language.countries import BILATERAL, folded_names
from store.language.dates import parse_question_dates
from store.language.fold import fold, fold_key, nfc
from store.language.lexicon import Lexicon, Mention, get_lexicon
from store.language.surnames import vn_surnames

MAX_QUESTION = 1000  # characters read; a question longer than this is noise after that point
Intent = str  # "when" | "where" | "who" | "what" | "count" | "latest" | "list"


class Alternative(BaseModel):
    """One way to satisfy a leader constraint: this person, optionally within a term of office."""

    name: str
    start: date | None = None  # the meeting must fall inside the tenure when set
    end: date | None = None
    titles: list[str] = Field(default_factory=list)  # accepted titles for undated meetings


class LeaderGroup(BaseModel):
    """A person asked for, by name or by title; any alternative satisfies it."""

    label: str  # canonical name, or the title as understood ("Thủ tướng Nga")
    office: str | None = None
    alternatives: list[Alternative]

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(a.name for a in self.alternatives))


class Query(BaseModel):
    leaders: list[str] = Field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    date_label: str | None = None
    places: list[str] = Field(default_factory=list)
    sectors: list[str] = Field(default_factory=list)  # canonical, as asked
    kinds: list[str] = Field(default_factory=list)
    intent: Intent = "list"
    keywords: list[str] = Field(default_factory=list)  # folded leftovers
    unknown_names: list[str] = Field(default_factory=list)
    # Finer structure used by search:
    groups: list[LeaderGroup] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)  # "ở Nga" → meetings held in Russia
    met: bool = False  # a meeting verb was used ("gặp", "hội đàm"): messages are not meetings
    newest: bool = False  # "mới nhất", "lần gần nhất": newest first
    single: bool = False  # "lần gần nhất": only the newest one
    truncated: bool = False

    @property
    def has_constraints(self) -> bool:
        return bool(
            self.groups
            or self.date_from
            or self.places
            or self.countries
            or self.sectors
            or self.kinds
        )

    @property
    def is_empty(self) -> bool:
        """Nothing to search for and no intent that needs no criteria."""
        return not (self.has_constraints or self.keywords or self.unknown_names or self.newest)


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Vietnamese country names in questions ("ở Nga", "sang Việt Nam"); only these two matter here.
_COUNTRY_WORDS = folded_names(BILATERAL)
_COUNTRY_RX = re.compile(
    r"\b(?:o|tai|sang|den|toi|tren dat|tham|cong du)\s+("
    + "|".join(sorted(map(re.escape, _COUNTRY_WORDS), key=len, reverse=True))
    + r")\b"
)

# Intent cues, on folded text. "ai" is matched only in lower case (upper-case "AI" is a sector).
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    ("count", re.compile(r"\b(bao nhieu|may lan|may cuoc|may buoi|so lan|so cuoc)\b")),
    (
        "when",
        re.compile(
            r"\b(khi nao|bao gio|luc nao|ngay nao|hom nao|thoi gian nao|thoi diem nao|nam nao|"
            r"thang nao|dip nao|ngay bao nhieu|vao ngay nao|vao luc nao|ngay may|hom nao)\b"
        ),
    ),
    (
        "where",
        re.compile(
            r"\b(o dau|tai dau|noi nao|dia diem|cho nao|thanh pho nao|o nuoc nao|tai nuoc nao|"
            r"dia diem nao|o thanh pho nao|dau vay)\b"
        ),
    ),
    (
        "who",
        re.compile(
            r"\b(nhung ai|voi ai|gap ai|tiep ai|lanh dao nao|nguoi nao|nhan vat nao|ai|ai da|ai la)\b"
        ),
    ),
    (
        "what",
        re.compile(
            r"\b(gi|noi dung|thoa thuan|ket qua|ban ve|ban gi|thao luan|nhat tri|cam ket|ky ket|"
            r"dat duoc|the nao|ra sao|nhu the nao|trao doi ve)\b"
        ),
    ),
]
_LATEST = re.compile(
    r"\b(moi nhat|gan nhat|gan day nhat|moi day nhat|lan cuoi|cuoi cung|sau cung|co gi moi|tin moi)\b"
)
_SINGLE = re.compile(
    r"\b(gan nhat|gan day nhat|lan cuoi|cuoi cung|sau cung|"
    r"(?:lan|cuoc(?: \w+){0,2}) (?:moi nhat|moi day nhat))\b"
)
_PLURAL = re.compile(r"\b(cac|nhung|may|danh sach)\b")

# Function words and words every meeting shares: never keywords, never names.
_STOP = _wordset(
    """
    a ah a oi oi nhe nha vay the thi la ma ma nhi ha hen voi va cua cho den tu tai o trong tren duoi
    ngoai giua sau truoc nay do kia day roi se dang da vua moi nhat gan cuoi lan cuoc buoi chuyen
    dip khi nao bao gio luc ngay thang nam tuan quy hom gio ai gi dau sao the nhu nhung cac mot hai
    ba bon may bao nhieu so dem co khong chua duoc bi hay hoac xin vui long lam on biet cho toi minh
    ban anh chi em ong ba ngai ngai ay ho chung hai ben phia nuoc quoc gia nha lanh dao cap cao
    tong bi thu viet nam nga lien bang vn ru quan he hop tac song phuong doi tac chien luoc toan dien
    noi dung thoa thuan ket qua van de linh vuc ve ban thao luan nhat tri cam ket ky ket dat gap
    gap go tiep hoi dam hoi kien tham dien tin tuc ban tin su kien cuoc gap thong tin lien quan
    dieu gi can tim kiem tim xem cho hoi muon hoi giup liet ke danh sach tat ca moi toan bo nhieu
    it vai rat lam qua hon kem nhat ca cung deu chi con them nua lai tiep tuc den nay hien nay
    bay gio hien tai gan day vao luc ngay nao dia diem thanh pho noi cho nao lan gan nhat moi nhat
    moi day chao xin chao cam on
    """
)
_WORD = re.compile(r"\w+", re.UNICODE)
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_VN_SURNAMES = vn_surnames()
# Middle names that make "surname + middle + given" a person even when typed in lower case.
_VN_MIDDLE = _wordset(
    "van thi duc minh xuan thanh quoc hong huu dinh ngoc anh kim tan cong quang trung hai tuan manh "
    "hoai thu bich my gia ba"
)
# "hợp tác ai": a lower-case "ai" after these words is the sector, not "who".
_AI_SECTOR = re.compile(
    r"\b(?:hop tac|linh vuc|ve|nganh|cong nghe|ung dung|phat trien|va)\s+(ai)\b(?!\s+(?:da|la|gap|tiep|hoi))"
)
# Foreign-looking words that are not personal names (acronyms, fora, common loanwords).
_NOT_NAMES = _wordset(
    "apec asean brics sco ipu eaeu eeu g20 g7 un wto covid vaccine vac xin online video internet "
    "email http https www com vn ru html pdf ok okay hi hello bot telegram start help tim search "
    "latest sectors leaders subscribe settings stats add km usd rub vnd gdp fdi oda lng hpp npp "
    "ttxvn vov vtv sputnik tass ria reuters afp ap bbc cnn"
)
FUZZY_MIN = 84  # rapidfuzz ratio (0–100) for a misspelt foreign name ("lavrof" ~ "lavrov": 83.3)
FUZZY_MIN_SHORT = 80  # single tokens of 5–6 letters need a little more leniency
FUZZY_MIN_PHRASE = 90  # multi-word Vietnamese names: only near-identical spellings


@dataclass
class _Token:
    start: int
    end: int
    text: str
    folded: str
    capital: bool


def _clean(question: str) -> tuple[str, bool]:
    """NFC, control characters to spaces, bounded length."""
    q = nfc(question or "")
    truncated = len(q) > MAX_QUESTION
    q = q[:MAX_QUESTION]
    q = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in q)
    return q, truncated


def _free(mask: list[bool], start: int, end: int) -> bool:
    return not any(mask[start:end])


def _claim(mask: list[bool], start: int, end: int) -> None:
    for i in range(start, min(end, len(mask))):
        mask[i] = True


def _take(mentions: list[Mention], mask: list[bool]) -> list[Mention]:
    out = []
    for m in mentions:
        if _free(mask, m.start, m.end):
            _claim(mask, m.start, m.end)
            out.append(m)
    return out


def is_vietnamese_word(folded: str) -> bool:
    """Whether a folded token is shaped like one Vietnamese syllable ("gap", "nguyen", "dau")."""
    return _VN_SYLLABLE.fullmatch(folded) is not None


@dataclass
class _AliasIndex:
    foreign: list[str]  # folded single-word aliases of non-Vietnamese people
    foreign_owner: list[str]
    phrases: list[str]  # folded multi-word aliases
    phrase_owner: list[str]
    vocabulary: frozenset[str]  # every folded word the lexicon knows (titles, places, sectors...)
    ambiguous: frozenset[str]  # first names shared by several people


@lru_cache(maxsize=1)
def alias_index() -> _AliasIndex:
    """Fuzzy-matching tables built once per process from the lexicon."""
    lex = get_lexicon()
    foreign: dict[str, str] = {}
    phrases: dict[str, str] = {}
    inner: dict[str, set[str]] = {}
    for key, name in lex.alias_index():
        words = key.split()
        if len(words) == 1:
            if len(key) >= 4 and not is_vietnamese_word(key):
                foreign.setdefault(key, name)
        else:
            phrases.setdefault(key, name)
        for w in words:
            if len(w) >= 4 and not is_vietnamese_word(w) and lex.people[name].country != "VN":
                inner.setdefault(w, set()).add(name)
    # Words inside full names ("chernyshenko") count when they name one person only:
    # "vladimir" or "sergei" alone names no one in particular.
    ambiguous = set()
    for w, names in inner.items():
        if len(names) == 1:
            foreign.setdefault(w, next(iter(names)))
        elif w not in foreign:
            ambiguous.add(w)
    vocab: set[str] = set()
    for o in lex.offices.values():
        for p in (o.title, *o.patterns):
            vocab.update(fold_key(p).split())
    for pl in lex.places.values():
        for a in (pl.name, *pl.aliases, *pl.venues):
            vocab.update(fold_key(a).split())
    for s in lex.sectors.values():
        for a in (s.name, *s.synonyms):
            vocab.update(fold_key(a).split())
    for k in lex.kinds.values():
        for a in (k.kind, *k.patterns):
            vocab.update(fold_key(a).split())
    return _AliasIndex(
        foreign=list(foreign),
        foreign_owner=list(foreign.values()),
        phrases=list(phrases),
        phrase_owner=list(phrases.values()),
        vocabulary=frozenset(vocab),
        ambiguous=frozenset(ambiguous),
    )


def _fuzzy_person(
    tokens: list[_Token], lex: Lexicon
) -> tuple[list[tuple[str, int, int]], set[int]]:
    """Misspelt names among leftover tokens: (canonical name, start, end) and the token indexes used."""
    idx = alias_index()
    found: list[tuple[str, int, int]] = []
    used: set[int] = set()
    # Multi-word spellings first ("nguyen xuan phuk", "dmitri medvedef").
    for size in (4, 3, 2):
        for i in range(len(tokens) - size + 1):
            span = range(i, i + size)
            if any(j in used for j in span):
                continue
            if any(tokens[j + 1].start - tokens[j].end > 2 for j in range(i, i + size - 1)):
                continue
            phrase = " ".join(tokens[j].folded for j in span)
            if len(phrase) < 8 or all(tokens[j].folded in _STOP for j in span):
                continue
            hit = process.extractOne(
                phrase, idx.phrases, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_PHRASE
            )
            if hit:
                found.append((idx.phrase_owner[hit[2]], tokens[i].start, tokens[i + size - 1].end))
                used.update(span)
    # Single foreign-looking words ("mishutin", "lavrof", "bezdetco").
    for i, t in enumerate(tokens):
        if i in used or len(t.folded) < 5 or is_vietnamese_word(t.folded) or t.folded in _NOT_NAMES:
            continue
        if t.folded in idx.vocabulary or t.folded in idx.ambiguous:
            continue
        cutoff = FUZZY_MIN if len(t.folded) >= 7 else FUZZY_MIN_SHORT
        hit = process.extractOne(t.folded, idx.foreign, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit:
            found.append((idx.foreign_owner[hit[2]], t.start, t.end))
            used.add(i)
    return found, used


def _office_group(
    lex: Lexicon, office_ids: list[str], label: str, dfrom: date | None, dto: date | None
) -> LeaderGroup | None:
    """Everyone who held one of the offices during the period asked (any time when none)."""
    alts: list[Alternative] = []
    for oid in office_ids:
        office = lex.offices[oid]
        for name, t in lex.iter_tenures(oid):
            if dfrom and t.end is not None and t.end < dfrom:
                continue
            if dto and t.start > dto:
                continue
            alts.append(
                Alternative(name=name, start=t.start, end=t.end, titles=[office.title, t.title])
            )
    if not alts:
        return None
    return LeaderGroup(label=label, office=office_ids[0], alternatives=alts)


def _offices_for(lex: Lexicon, office_id: str) -> list[str]:
    """A bare generic title ("Tổng thống", "Đại sứ") means the Vietnamese or Russian office of that name."""
    office = lex.offices[office_id]
    if not office.generic or office.country is not None and office.country in ("VN", "RU"):
        return [office_id]
    head = fold_key(office.title)
    out = [
        o.id
        for o in lex.offices.values()
        if o.country in ("VN", "RU") and not o.generic and fold_key(o.title).startswith(head)
    ]
    return out


def _intent(folded: str, mask: list[bool]) -> tuple[Intent, bool, bool]:
    newest = bool(_LATEST.search(folded))
    single = bool(_SINGLE.search(folded)) and not _PLURAL.search(folded)
    for name, rx in _INTENTS:
        for m in rx.finditer(folded):
            if len(mask) == len(folded) and not _free(mask, m.start(1), m.end(1)):
                continue  # part of a name, a sector ("AI"), a place…
            return name, newest, single
    return ("latest" if newest else "list"), newest, single


def understand(question: str, today: date) -> Query:
    """Read a Vietnamese question (with or without diacritics) into a :class:`Query`."""
    lex = get_lexicon()
    q, truncated = _clean(question)
    if not q.strip():
        return Query(truncated=truncated)
    mask = [False] * len(q)

    dr = parse_question_dates(q, today)
    if dr is not None:
        for a, b in dr.spans:
            _claim(mask, a, b)

    people = _take(lex.find_people(q), mask)
    offices = _take(lex.find_offices(q), mask)
    places = _take(lex.find_places(q), mask)
    sectors = _take(lex.find_sectors(q), mask)
    kinds = _take(lex.find_kinds(q), mask)
    # "điện hạt nhân Ninh Thuận", "dầu khí Vũng Tàu": a place right after a sector names a
    # project, not where the meeting was; it stays a keyword instead of a constraint.
    for p in [p for p in places if any(0 <= p.start - s.end <= 1 for s in sectors)]:
        places.remove(p)
        for i in range(p.start, min(p.end, len(mask))):
            mask[i] = False

    folded_q = fold(q)  # one char per char for NFC Vietnamese; used for cue phrases only
    same_len = len(folded_q) == len(q)
    ai = lex.canonical_sector("AI")
    if same_len and ai:
        for m in _AI_SECTOR.finditer(folded_q):
            if _free(mask, m.start(1), m.end(1)):
                _claim(mask, m.start(1), m.end(1))
                sectors.append(Mention(ai, m.start(1), m.end(1), q[m.start(1) : m.end(1)]))
    countries: list[str] = []
    if same_len:
        for m in _COUNTRY_RX.finditer(folded_q):
            if _free(mask, m.start(1), m.end(1)):
                countries.append(_COUNTRY_WORDS[m.group(1)])
                _claim(mask, m.start(1), m.end(1))

    intent, newest, single = _intent(folded_q if same_len else fold_key(q), mask)

    # Leftover words.
    tokens = [
        _Token(m.start(), m.end(), m.group(), fold(m.group()), m.group()[:1].isupper())
        for m in _WORD.finditer(q)
        if _free(mask, m.start(), m.end())
    ]
    tokens = [t for t in tokens if t.folded and not t.folded.isdigit()]

    dfrom, dto = (dr.start, dr.end) if dr else (None, None)
    content = [t for t in tokens if t.folded not in _STOP]
    fuzzy, used = _fuzzy_person(content, lex)
    named: list[tuple[str, int, int]] = [(m.key, m.start, m.end) for m in people] + fuzzy
    named.sort(key=lambda x: x[1])
    groups: list[LeaderGroup] = []
    seen: set[str] = set()
    for name, _s, _e in named:
        if name not in seen:
            seen.add(name)
            groups.append(LeaderGroup(label=name, alternatives=[Alternative(name=name)]))
    foreign_titles: list[str] = []
    for off in offices:
        # A title placed right before a name describes that person ("Thủ tướng Nga Mishustin").
        nxt = next((n for n in named if n[1] >= off.end), None)
        if nxt is not None and not q[off.end : nxt[1]].strip(" ,.-–:"):
            continue
        if lex.offices[off.key].generic and lex.offices[off.key].country is None:
            # "Tổng thống Pháp": a bare title followed by a word we cannot place is some other
            # country's office, not the Russian or Vietnamese one.
            after = next((t for t in tokens if t.start >= off.end), None)
            if after is not None and after.start - off.end <= 1 and after.folded not in _STOP:
                foreign_titles.append(q[off.start : after.end])
                continue
        ids = _offices_for(lex, off.key)
        if not ids:
            continue
        label = lex.offices[ids[0]].title if len(ids) == 1 else off.surface
        g = _office_group(lex, ids, label, dfrom, dto)
        if g is None:
            # Nobody held it in that period: keep the constraint, it cannot be met.
            g = LeaderGroup(label=label, office=ids[0], alternatives=[])
        if all(g.label != x.label for x in groups):
            groups.append(g)

    unknown: list[str] = list(foreign_titles)
    run_tokens: set[int] = set()  # start offsets of tokens inside an unknown Vietnamese name
    for title in foreign_titles:
        run_tokens.update(
            t.start for t in tokens if q.find(title) <= t.start < q.find(title) + len(title)
        )
    matched = {content[i].start for i in used}  # tokens read as a (misspelt) known name
    tokens = [t for t in tokens if t.start not in matched]
    i = 0
    while i < len(tokens):
        t = tokens[i]
        # "surname middle given" in lower case ("nguyen van binh") is a person too.
        if (
            t.folded in _VN_SURNAMES
            and i + 2 < len(tokens)
            and tokens[i + 1].folded in _VN_MIDDLE
            and tokens[i + 2].start - tokens[i].end <= len(tokens[i + 1].text) + 2
            and tokens[i + 2].folded not in _STOP
        ):
            unknown.append(q[t.start : tokens[i + 2].end])
            run_tokens.update(x.start for x in tokens[i : i + 3])
            i += 3
            continue
        # A capitalised run starting with a Vietnamese surname is a person we do not know.
        if t.capital and t.folded in _VN_SURNAMES:
            run = [t]
            j = i + 1
            while (
                j < len(tokens)
                and tokens[j].capital
                and tokens[j].start - run[-1].end <= 1
                and len(run) < 4
            ):
                run.append(tokens[j])
                j += 1
            if len(run) >= 2:
                unknown.append(q[run[0].start : run[-1].end])
                run_tokens.update(x.start for x in run)
                i = j
                continue
        i += 1

    keywords: list[str] = []
    idx = alias_index()
    for i, t in enumerate(content):
        if i in used or t.start in run_tokens:
            continue
        foreign = not is_vietnamese_word(t.folded)
        if (
            foreign
            and len(t.folded) >= 3
            and t.text.isalpha()
            and t.folded not in _NOT_NAMES
            and t.folded not in idx.vocabulary
            and t.folded not in idx.ambiguous
        ):
            unknown.append(t.text)
        elif len(t.folded) >= 2 and t.folded not in keywords:
            keywords.append(t.folded)

    return Query(
        leaders=list(dict.fromkeys(n for g in groups for n in g.names)),
        date_from=dfrom,
        date_to=dto,
        date_label=dr.label if dr else None,
        places=list(dict.fromkeys(m.key for m in places)),
        sectors=list(dict.fromkeys(m.key for m in sectors)),
        kinds=list(dict.fromkeys(m.key for m in kinds if m.key != "gặp")),
        met=any(not lex.kind_is(m.key, "message") for m in kinds),
        intent=intent,
        keywords=keywords,
        unknown_names=list(dict.fromkeys(unknown)),
        groups=groups,
        countries=list(dict.fromkeys(countries)),
        newest=newest,
        single=single,
        truncated=truncated,
    )
