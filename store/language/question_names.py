"""Names in a question: misspelt aliases of known leaders (rapidfuzz over folded aliases)
and the shapes of names the lexicon does not know.
"""

from __future__ import annotations

import itertools
import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from store.language.compiled import fingerprint, kept, kept_regex, source_bytes
from store.language.fold import fold_key
from store.language.fuzzy import fuzz, process
from store.language.lexicon import Lexicon, get_lexicon, lexicon_key
from store.language.question_words import STOP_WORDS, is_vietnamese_word, wordset
from store.language.surnames import surname_as_typed, vn_surnames

VN_SURNAMES = vn_surnames()
# Middle names that make "surname + middle + given" a person even when typed in lower case.
VN_MIDDLE = wordset(
    "van thi duc minh xuan thanh quoc hong huu dinh ngoc anh kim tan cong quang trung hai tuan manh "
    "hoai thu bich my gia ba"
)

# Foreign-looking words that are not personal names (acronyms, fora, common loanwords).
NOT_NAMES = wordset(
    "apec asean brics sco ipu eaeu eeu g20 g7 un wto covid vaccine vac xin online video internet "
    "email http https www com vn ru html pdf ok okay hi hello bot telegram start help tim search "
    "latest sectors leaders subscribe settings stats add km usd rub vnd gdp fdi oda lng hpp npp "
    "ttxvn vov vtv sputnik tass ria reuters afp ap bbc cnn"
)
FUZZY_MIN = 84  # rapidfuzz ratio (0–100) for a misspelt foreign name ("lavrof" ~ "lavrov": 83.3)
FUZZY_MIN_SHORT = 80  # single tokens of 5–6 letters need a little more leniency
FUZZY_MIN_PHRASE = 90  # multi-word Vietnamese names: only near-identical spellings


@dataclass
class Token:
    start: int
    end: int
    text: str
    folded: str
    capital: bool


@dataclass
class _AliasIndex:
    foreign: list[str]  # folded single-word aliases of non-Vietnamese people
    foreign_owner: list[str]
    phrases: list[str]  # folded multi-word aliases
    phrase_owner: list[str]
    vocabulary: frozenset[str]  # every folded word the lexicon knows (titles, places, sectors...)
    ambiguous: frozenset[str]  # first names shared by several people
    given: dict[str, str]  # the last two words of one Vietnamese leader's name ("kim ngan")
    given_one: dict[str, tuple[str, ...]]  # a Vietnamese given name → the leaders who bear it
    # Two folded words in a row in the name of an office, a place, a sector or a kind
    # ("chinh phu", "quoc hoi"): a given name followed so is a word of that name.
    pairs: frozenset[str]


@lru_cache(maxsize=1)
def alias_index() -> _AliasIndex:
    """Fuzzy-matching tables built once from the lexicon, kept on disk beside it."""
    key = lexicon_key()
    if key is None:
        return _build_alias_index()
    import store.language.question_words as words_module

    code = source_bytes(sys.modules[__name__], words_module)
    return kept("aliases", fingerprint([key.encode(), *code]), _build_alias_index)


def _build_alias_index() -> _AliasIndex:
    lex = get_lexicon()
    foreign: dict[str, str] = {}
    phrases: dict[str, str] = {}
    inner: dict[str, set[str]] = {}
    # Given names ("leonid", "anatoly"): one leader's alone still names no one in particular.
    firsts: set[str] = set()
    for p in lex.people.values():
        if p.country == "VN" or len(p.name.split()) < 2:
            continue
        surname = translit_key(fold_key(p.name).split()[-1])
        for a in (p.name, *p.aliases):
            firsts.update(w for w in fold_key(a).split() if translit_key(w) != surname)
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
        if len(names) == 1 and w not in firsts:
            foreign.setdefault(w, next(iter(names)))
        elif w not in foreign:
            ambiguous.add(w)
    # "Kim Ngân", "Minh Chính": a Vietnamese leader called by the last two words of the
    # name, when they belong to one leader only.
    given: dict[str, str | None] = {}
    for p in lex.people.values():
        words = fold_key(p.name).split()
        if p.country == "VN" and len(words) >= 3:
            key = " ".join(words[-2:])
            given[key] = p.name if given.get(key, p.name) == p.name else None
    vocab: set[str] = set()
    pairs: set[str] = set()

    def add_pairs(alias: str) -> None:
        words = fold_key(alias).split()
        pairs.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))

    for o in lex.offices.values():
        for p in (o.title, *o.patterns):
            vocab.update(fold_key(p).split())
            add_pairs(p)
    for pl in lex.places.values():
        for a in (pl.name, *pl.aliases, *pl.venues):
            words = fold_key(a).split()
            # "trụ sở Petrovietnam": the body whose seat it is stays a name a question may
            # anchor on ("Petrovietnam Gazprom SPIEF"), not a word of the place data.
            vocab.update(words[:2] if words[:2] == ["tru", "so"] else words)
            add_pairs(a)
    for s in lex.sectors.values():
        for a in (s.name, *s.synonyms):
            vocab.update(fold_key(a).split())
            add_pairs(a)
    for k in lex.kinds.values():
        for a in (k.kind, *k.patterns):
            vocab.update(fold_key(a).split())
            add_pairs(a)
    return _AliasIndex(
        foreign=list(foreign),
        foreign_owner=list(foreign.values()),
        phrases=list(phrases),
        phrase_owner=list(phrases.values()),
        vocabulary=frozenset(vocab),
        ambiguous=frozenset(ambiguous),
        given={k: v for k, v in given.items() if v},
        given_one=_given_one(lex),
        pairs=frozenset(pairs),
    )


def _given_one(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for p in lex.people.values():
        words = fold_key(p.name).split()
        if p.country == "VN" and len(words) >= 2:
            out.setdefault(words[-1], []).append(p.name)
    return {k: tuple(v) for k, v in out.items()}


# Words that join a given name to the rest of a question: "Sang và Putin", "Dũng gặp
# Medvedev", "Putin tiếp Trọng".
JOIN_WORDS = wordset("va voi gap tiep hoi dien cung noi")
# After a capitalised given name only: "Phúc thăm Nga", but "chủ tịch nước sang thăm Nga".
_JOIN_AFTER_NAME = wordset("tham")
# Words a question opens with before the one it asks about: "lần đầu Hưng nói chuyện …",
# "khi nào Trọng gặp Putin", "bao giờ Phúc sang Nga".
_LEAD_INS = wordset("dau nao gio")
# One word each: "đồng chí" is checked as a pair below ("chi" alone is "Chí" in "Hồ Chí Minh").
_HONORIFICS = wordset("ong ba ngai cu bac")
# Folded forms of other words too ("ba": three, "bac": north, as in "Bắc Sơn"): before a
# name typed in lower case they say nothing.
_UNSURE_HONORIFICS = wordset("ba cu bac")


def given_name(words: list[tuple[str, bool, bool]], i: int) -> bool:
    """Whether word ``i`` (folded, capitalised, free) of a question is a leader's given name
    alone ("Sang và Putin", "ông Trọng", "Dũng gặp Medvedev"), given its neighbours.

    ``words`` holds (folded, capitalised, is a person mention) per word. A common word
    that shares the spelling ("sang", "trong", "Chính phủ") stays what it is: the name
    needs an honorific before it, or a joining word on one side and nothing that
    continues a phrase on the other.
    """
    prev = words[i - 1] if i > 0 else None
    nxt = words[i + 1] if i + 1 < len(words) else None
    if prev is not None and prev[0] in _HONORIFICS:
        # "ba ngan gap putin" is "bà Ngân gặp": a joining word after says a person is named.
        first = i < 2 or words[i - 2][0] in JOIN_WORDS  # "gap ba ngan", "ba ngan …"
        if (
            not words[i][1]
            and any(w[1] and w[2] for w in words)
            and nxt is not None
            and nxt[1]
            and not nxt[2]
        ):
            # "… Putin khi ông sang Hà Nội": names capitalised, this one not, and a place
            # after it: a verb ("ông" is "he")
            return False
        return (
            words[i][1]
            or prev[0] not in _UNSURE_HONORIFICS
            or (nxt is None and first)
            or (nxt is not None and nxt[0] in JOIN_WORDS)
        )
    if prev is not None and " ".join(w[0] for w in words[i - 2 : i]) == "dong chi":
        return True

    def person_beyond(j: int, step: int) -> bool:
        while 0 <= j < len(words) and words[j][0] in JOIN_WORDS:
            j += step
        return 0 <= j < len(words) and words[j][2]

    before_ok = prev is None or prev[0] in JOIN_WORDS
    after_ok = nxt is None or nxt[0] in JOIN_WORDS
    after_name = after_ok or (nxt is not None and nxt[0] in _JOIN_AFTER_NAME)
    if words[i][1] and (before_ok or (prev is not None and prev[0] in _LEAD_INS)) and after_name:
        return True
    if (
        words[i][1]
        and prev is not None
        and prev[0] in JOIN_WORDS
        and person_beyond(i - 1, -1)
        and (nxt is None or (not nxt[1] and f"{words[i][0]} {nxt[0]}" not in alias_index().pairs))
    ):
        return True  # "Putin gặp Trọng lần gần nhất", not "Putin gặp Chính phủ …"
    if after_ok and nxt is not None and person_beyond(i + 1, 1) and before_ok:
        return True
    if words[i][1] and nxt is not None and nxt[1] and nxt[2] and (prev is None or not prev[1]):
        return True  # "cuộc hội đàm Phúc Putin", "Sang - Putin": two names paired
    return before_ok and prev is not None and person_beyond(i - 1, -1) and after_ok


def given_names(tokens: list[Token]) -> list[tuple[str, int, int]]:
    """ "Kim Ngân": two capitalised words that end one Vietnamese leader's name."""
    idx = alias_index()
    out = []
    for k, (a, b) in enumerate(zip(tokens, tokens[1:], strict=False)):
        if a.capital and b.capital and b.start - a.end <= 1:
            owner = idx.given.get(f"{a.folded} {b.folded}")
            prev = tokens[k - 1] if k else None
            if (
                owner
                and prev is not None
                and prev.capital
                and a.start - prev.end <= 1
                and prev.folded in vn_surnames()
                and fold_key(owner).split()[0] != prev.folded
            ):
                continue  # "Hoàng Tuấn Anh": another family name, not Trần Tuấn Anh
            if owner:
                out.append((owner, a.start, b.end))
    return out


# Words of dates: free (not read as a date) after a name, they are its given name ("Thắng").
_DATE_WORDS = wordset("thang nam ngay tuan quy hom")


def _name_goes_on(span: list[Token], around: list[Token], idx: _AliasIndex) -> bool:
    """Whether the Vietnamese name ``span`` starts runs on past it in the question: the next
    free word is joined to it, a Vietnamese syllable, capitalised when the span is, and in
    lower case no question, joining or known title, place or sector word. A fuzzy match of
    part of a longer name names someone else ("Nguyễn Xuân Thắng" is no "Nguyễn Quân")."""
    if span[0].folded not in VN_SURNAMES:
        return False
    end = span[-1].end
    nxt = next((t for t in around if t.start > end), None)
    if nxt is None or nxt.start - end > 1 or not is_vietnamese_word(nxt.folded):
        return False
    if all(t.capital for t in span):
        return nxt.capital
    if nxt.folded in _DATE_WORDS:
        return True
    return not (
        nxt.folded in idx.vocabulary or nxt.folded in JOIN_WORDS or nxt.folded in STOP_WORDS
    )


def fuzzy_person(
    tokens: list[Token], lex: Lexicon, around: list[Token] | None = None
) -> tuple[list[tuple[str, int, int]], set[int]]:
    """Misspelt names among leftover tokens: (canonical name, start, end) and the token indexes
    used; ``around`` holds every free word of the question, stop words too."""
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
            if len(phrase) < 8 or all(tokens[j].folded in STOP_WORDS for j in span):
                continue
            if _name_goes_on(tokens[i : i + size], around or tokens, idx):
                continue  # "Nguyễn Xuân Cường": not "Nguyễn Quân" misspelt with a word left over
            if tokens[i].folded in VN_SURNAMES and not surname_as_typed(tokens[i].text):
                continue  # "Tài nguyên thiên nhiên": no "Nguyễn Thiện Nhân" misspelt
            hit = process.extractOne(
                phrase, idx.phrases, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_PHRASE
            )
            if hit:
                found.append((idx.phrase_owner[hit[2]], tokens[i].start, tokens[i + size - 1].end))
                used.update(span)
    # Single foreign-looking words ("mishutin", "lavrof", "bezdetco").
    for i, t in enumerate(tokens):
        if i in used or len(t.folded) < 5 or is_vietnamese_word(t.folded) or t.folded in NOT_NAMES:
            continue
        if t.folded in idx.vocabulary or t.folded in idx.ambiguous:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            t.capital
            and nxt is not None
            and nxt.capital
            and nxt.start - t.end <= 1
            and not is_vietnamese_word(nxt.folded)
        ):
            continue  # "Radiy Khabirov": a given name before a surname, not "Arkady" misspelt
        cutoff = FUZZY_MIN if len(t.folded) >= 7 else FUZZY_MIN_SHORT
        hit = process.extractOne(t.folded, idx.foreign, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit:
            found.append((idx.foreign_owner[hit[2]], t.start, t.end))
            used.add(i)
    return found, used


# Romanisations of one Russian (or other foreign) name differ in a few regular ways:
# "Shaposnikov"/"Shaposhnikov", "Lavrow"/"Lavrov", "Kozhemyaco"/"Kozhemyako",
# "Sergey"/"Sergei". Both sides are reduced to one spelling before they are compared.
_TRANSLIT = (
    ("shch", "s"),
    ("sch", "s"),
    ("tch", "c"),
    ("zh", "j"),
    ("kh", "h"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("ck", "k"),
    ("ph", "f"),
    ("w", "v"),
    ("yo", "e"),  # "Degtyaryov" / "Degtyarev"
    ("ey", "ei"),
    ("iy", "i"),
    ("yi", "i"),
    ("y", "i"),
    ("c", "k"),
    ("q", "k"),
    ("x", "ks"),
)
_DOUBLED = kept_regex(r"(.)\1+")
_VOWEL_YE = kept_regex(r"(?<=[aeiou])ye")
STORE_FUZZY_MIN = 85  # rapidfuzz ratio of two transliteration keys
_ENDING = kept_regex(r"(?<=[a-z]{3})[oe][vfp]$")


@lru_cache(maxsize=8192)
def translit_key(word: str) -> str:
    """One spelling for the romanisations of a name: "Kozhemyaco" and "Kozhemyako",
    "Shaposnikov" and "Shaposhnikov" give nearly the same key."""
    key = fold_key(word).replace(" ", "")
    # Russian "е" after a vowel is romanised "ye" or "e" alike: "Avdeyev" / "Avdeev",
    # "Sergeyev" / "Sergeev", "Matviyenko" / "Matvienko".
    key = _VOWEL_YE.sub("e", key)
    for a, b in _TRANSLIT:
        key = key.replace(a, b)
    key = _DOUBLED.sub(r"\1", key)
    # The surname ending as Vietnamese papers and ears write it: "Lavrof", "Ivanoff",
    # "Pushkop", "Medvedep", and "-ov" / "-ev" / "-yov" taken for one another ("Kosachov").
    return _ENDING.sub("ev", key)


@lru_cache(maxsize=65536)
def _folded_name(name: str) -> str:
    return fold_key(name)


@lru_cache(maxsize=65536)
def _name_keys(name: str, surname: bool) -> tuple[str, ...]:
    """Transliteration keys of a stored name's foreign words (its surnames only)."""
    words = fold_key(name).split()
    if surname and len(words) >= 2:
        words = words[1:]
    return tuple(translit_key(w) for w in words if len(w) >= 4 and not is_vietnamese_word(w))


def store_name_matches(typed: str, names: list[str]) -> list[str]:
    """Participant names (as stored) that a typed name most likely means.

    The whole name typed without marks ("nguyen tan tuan") matches exactly; a foreign
    surname or full name matches by its transliteration key, fuzzily. Several people of
    one surname all come back; a shorter typed word than four letters matches nothing.
    """
    folded = fold_key(typed)
    index = _name_index(names)
    exact = index.exact.get(folded)
    if exact:
        return list(exact)
    words = folded.split()
    if not words or all(len(w) < 4 for w in words):
        return []
    if all(is_vietnamese_word(w) for w in words):
        return []  # a Vietnamese name is matched whole (above), never by a fuzzy syllable
    typed_keys = [translit_key(w) for w in words if len(w) >= 4]
    # One word typed is a surname: "Olga" alone names no one.
    keys, owners = index.keys(surname=len(typed_keys) == 1)
    # Every typed word must match some word of the name: a name's score is, over the
    # typed words, the least of its best word's ratio.
    best: dict[int, float] = {}
    for i, t in enumerate(typed_keys):
        near: dict[int, float] = {}
        for _key, score, k in process.extract(
            t, keys, scorer=fuzz.ratio, processor=None, score_cutoff=STORE_FUZZY_MIN, limit=None
        ):
            for n in owners[k]:
                if (i == 0 or n in best) and score > near.get(n, -1.0):
                    near[n] = score
        best = near if i == 0 else {n: min(best[n], s) for n, s in near.items()}
        if not best:
            return []
    scores = {names[n]: s for n, s in best.items()}
    top = max(scores.values())
    return sorted(n for n, s in scores.items() if s >= top - 0.01)


def typed_full_names(
    words: list[str], question: str, names: list[str]
) -> list[tuple[list[str], list[str]]]:
    """Runs of two or three of ``words`` (folded, in the question's order) that the
    question holds one after another and that together are a participant's whole name as
    stored, "kirill kozlov" for Kirill Kozlov: (the run, the names). A full name typed in
    lower case is that person, not every namesake of its surname (nor its given name a
    word of the articles)."""
    exact = _name_index(names).exact
    text = f" {fold_key(question)} "
    out: list[tuple[list[str], list[str]]] = []
    i = 0
    while i < len(words):
        for n in (3, 2):
            run = words[i : i + n]
            key = " ".join(run)
            if len(run) == n and f" {key} " in text and (found := exact.get(key)):
                out.append((run, list(found)))
                i += n - 1
                break
        i += 1
    return out


class _NameIndex:
    """A list of stored names indexed for :func:`store_name_matches`: by folded name, and
    the distinct transliteration keys with the names holding each, so that the fuzzy
    comparison runs over distinct keys in rapidfuzz rather than over every name in Python."""

    def __init__(self, names: list[str]) -> None:
        self.exact: dict[str, list[str]] = {}
        for n in names:
            self.exact.setdefault(_folded_name(n), []).append(n)
        self._names = names
        self._keys: dict[bool, tuple[list[str], list[list[int]]]] = {}

    def keys(self, surname: bool) -> tuple[list[str], list[list[int]]]:
        """Distinct keys of the names' foreign words (surnames only), and for each the
        positions of the names holding it."""
        if surname not in self._keys:
            at: dict[str, list[int]] = {}
            for i, n in enumerate(self._names):
                for k in dict.fromkeys(_name_keys(n, surname)):
                    at.setdefault(k, []).append(i)
            self._keys[surname] = (list(at), list(at.values()))
        return self._keys[surname]


_LAST_INDEX: list[tuple[list[str], int, _NameIndex]] = []


def prepare(names: list[str]) -> None:
    """Index the store's names (``names``: its list of them) for both kinds of match, and
    import rapidfuzz, at start-up: the first question naming someone the lexicon does not
    know paid 10-20 ms for them at 100,000 meetings."""
    index = _name_index(names)
    index.keys(surname=True)
    index.keys(surname=False)
    process.extract  # noqa: B018 - imports rapidfuzz (see store.language.fuzzy)


def _name_index(names: list[str]) -> _NameIndex:
    """The index of this very list (the store's names are one list until its data changes);
    kept for the last list only."""
    last = _LAST_INDEX[0] if _LAST_INDEX else None  # read once: questions run in threads
    if last is not None and last[0] is names and last[1] == len(names):
        return last[2]
    index = _NameIndex(names)
    _LAST_INDEX[:] = [(names, len(names), index)]
    return index


_WORD_RUN = re.compile(r"\w+")
# Folded full name → the name as stored, per list of participant names (the store's list
# object is kept while the data is unchanged, so this is built once per change).
_STORED: dict[int, tuple[list[str], dict[str, str]]] = {}


def _stored_vietnamese(names: list[str]) -> dict[str, str]:
    held = _STORED.get(id(names))
    if held is not None and held[0] is names:
        return held[1]
    out: dict[str, str] = {}
    for name in names:
        words = fold_key(name).split()
        if 3 <= len(words) <= 4 and words[0] in VN_SURNAMES:
            key = " ".join(words)
            out[key] = "" if out.get(key, name) != name else name  # two people: neither
    _STORED.clear()
    _STORED[id(names)] = (names, out)
    return out


def _stored_given(names: list[str]) -> dict[str, str]:
    """The last two words of a stored Vietnamese name (folded) → that name, when they are
    one participant's only and no leader of the lexicon is called so."""
    held = _GIVEN.get(id(names))
    if held is not None and held[0] is names:
        return held[1]
    taken = alias_index().given
    out: dict[str, str] = {}
    for key, name in _stored_vietnamese(names).items():
        given = " ".join(key.split()[-2:])
        if name and given not in taken:
            out[given] = "" if out.get(given, name) != name else name
    _GIVEN.clear()
    _GIVEN[id(names)] = (names, out)
    return out


_GIVEN: dict[int, tuple[list[str], dict[str, str]]] = {}


def stored_given_names(question: str, names: list[str]) -> str:
    """The question with a Vietnamese participant called by the last two words of the name
    ("Kim Tiến Skvortsova", "health minister Kim Tien") written as the store has it, when
    they are one participant's only and the word before them is not the rest of the name."""
    given = _stored_given(names)
    if not given:
        return question
    pairs = alias_index().pairs
    words = list(_WORD_RUN.finditer(question))
    out: list[str] = []
    at = 0
    for k, (a, b) in enumerate(itertools.pairwise(words)):
        if a.start() < at or not (a.group()[:1].isupper() and b.group()[:1].isupper()):
            continue
        key = fold_key(f"{a.group()} {b.group()}")
        name = given.get(key)
        if not name or key in pairs or not _joined(question, [a, b]):
            continue
        if not all(map(is_vietnamese_word, key.split())):
            continue
        if k and fold_key(words[k - 1].group()) in fold_key(name).split()[:-2]:
            continue  # "Thị Kim Tiến": the name typed in full is read as typed
        out.append(question[at : a.start()] + name)
        at = b.end()
    return "".join(out) + question[at:]


def may_hold_unmarked_name(question: str) -> bool:
    """Whether the question has three unmarked words in a row, the first a surname."""
    words = [m for m in _WORD_RUN.finditer(question) if m.group().isascii()]
    return any(
        words[i].group().lower() in VN_SURNAMES and _joined(question, words[i : i + 3])
        for i in range(len(words) - 2)
    )


def _joined(question: str, run: list[re.Match[str]]) -> bool:
    """Whether the words follow one another with only spaces between."""
    return all(not question[a.end() : b.start()].strip() for a, b in itertools.pairwise(run))


_CITY_NAMED = kept_regex(r"\s*(?:city|city's)\b", re.IGNORECASE)
_CITY_BEFORE = kept_regex(r"(?:^|\s)(?:tp\.?|thanh pho|city of)\s*$", re.IGNORECASE)


def unmarked_names(question: str, names: list[str]) -> str:
    """The question with a Vietnamese full name typed without marks ("nguyen van duoc")
    written as the store has it ("Nguyễn Văn Được") when a participant is so named: a name
    first, before its syllables are read as a sector, a kind or a place ("dược", "thăm")."""
    words = [m for m in _WORD_RUN.finditer(question) if m.group().isascii()]
    if len(words) < 3:
        return question
    stored = _stored_vietnamese(names)
    out: list[str] = []
    at = i = 0
    while i < len(words):
        for n in (4, 3):
            run = words[i : i + n]
            if len(run) < n or run[0].start() < at:
                continue
            joined = _joined(question, run)
            key = " ".join(m.group().lower() for m in run)
            if _CITY_NAMED.match(question, run[-1].end()) or _CITY_BEFORE.search(
                question, 0, run[0].start()
            ):
                continue  # "Ho Chi Minh City", "tp Ho Chi Minh": the city, not the person
            if joined and run[0].group().lower() in VN_SURNAMES and stored.get(key):
                out.append(question[at : run[0].start()] + stored[key])
                at = run[-1].end()
                i += n - 1
                break
        i += 1
    return "".join(out) + question[at:]
