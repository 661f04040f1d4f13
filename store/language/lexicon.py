"""Domain lexicon: people with dated offices, office titles, places, sectors and meeting kinds.

The knowledge lives in ``store/data/*.json``; this module validates it, answers "who held
which office when", and finds mentions in text. Matching runs on folded text
(:func:`store.language.fold.fold`: lower case, no marks, ``đ``→``d``) with one regex per category,
shaped as a trie so a long alternation costs one pass over the text. Inside an alias, ``-``,
``.`` and whitespace runs are interchangeable and optional ("Mát-xcơ-va" = "Mát xcơ va" =
"Matxcova", "V.Putin" = "V. Putin"); mentions are whole words (no letter or digit on
either side), leftmost-longest and non-overlapping, with offsets into the original text.

Entries flagged ``"block": true`` in offices.json / kinds.json are phrases that start like a
title or a meeting verb but are not one ("Đại sứ quán", "tiếp tục", "thăm dò"): they are
matched so that they hide the shorter false match, and then dropped.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from store.language import fold as _fold_module
from store.language.compiled import KeptPattern, fingerprint, kept, kept_regex, source_bytes
from store.language.fold import COMBINING_RANGES, fold, fold_key
from store.language.packaged import files

__all__ = [
    "Kind",
    "Lexicon",
    "LexiconError",
    "Mention",
    "Office",
    "Person",
    "Place",
    "Sector",
    "Tenure",
    "get_lexicon",
]

FLAGS = (None, "uncertain", "attested")
PLACE_KINDS = ("city", "province")
# What a meeting kind means (kinds.json "flags"): a contact at a distance (a call, a
# message), a written message, a visit, a working session, a reception (the first
# participant hosts the other in their own country), a ceremony that closes a meeting (a
# signing: the meeting of the two who sign, never the act a visit is reported for), a letter
# handed over in person (its bearer met its recipient), the chairing of another act (the
# act chaired, when named, is what was held), an online meeting over a video link (what a
# question for online talks asks), an event both sides attend (a reception, a wreath-laying:
# the story only when the page tells no meeting or visit of theirs). A kind without "remote"
# is an in-person contact.
# One kind is "plain": the word for any meeting ("gặp"), what an act named no other way is,
# and, asked, no kind at all. "loose" kinds (a reception, a working session, a visit) are
# asked of one another and of the plain kind loosely: one answers a question naming another.
KIND_FLAGS = (
    "remote",
    "message",
    "visit",
    "working_session",
    "hosted",
    "ceremony",
    "delivery",
    "chairing",
    "plain",
    "loose",
    "online",
    "event",
)


# Generic heads a sector's alias may start with ("ngành điện", "hợp tác kinh tế").
_SECTOR_HEAD = re.compile(r"(?:ngành|lĩnh vực|hợp tác)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.,;:()\n]")
# "Phó" right before an office the data has no deputy form of ("Phó Thư ký Hội đồng An ninh
# Nga", "phó bộ trưởng Quốc phòng Nga") names its deputy, never its holder.
_DEPUTY_WORD = re.compile(r"(?<!\w)ph[óo]\s+$", re.IGNORECASE)
DEPUTY = "generic_deputy"
RANK = "generic_military_rank"  # "Đại tướng", "Phó Đô đốc": a rank, nobody's deputy
NO_DEPUTY = frozenset({DEPUTY, RANK})


class LexiconError(ValueError):
    """The lexicon data is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Tenure:
    office: str
    title: str
    start: date
    end: date | None
    flag: str | None
    note: str | None = None

    def active(self, when: date) -> bool:
        return self.start <= when and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Person:
    name: str
    country: str
    aliases: tuple[str, ...]
    tenures: tuple[Tenure, ...]


@dataclass(frozen=True)
class Office:
    id: str
    country: str | None
    title: str
    patterns: tuple[str, ...]
    rank: int
    generic: bool
    # A post abroad ("Tổng Lãnh sự Nga tại Đà Nẵng"): a city after it is the post's seat.
    posted: bool = False
    # A seat, not a post ("Thượng nghị sĩ", "Nghị sĩ"): it names a person in an article, while a
    # question's "nghị sĩ Nga" means any member of parliament, whatever title he met under.
    seat: bool = False


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None
    aliases: tuple[str, ...]
    venues: tuple[str, ...]
    kind: str
    province: str | None = None  # the province a city lies in ("Nha Trang" → "Khánh Hòa")
    not_names: tuple[str, ...] = ()  # names holding an alias that are no such place


@dataclass(frozen=True)
class Sector:
    name: str
    parent: str | None
    synonyms: tuple[str, ...]
    # A field named by a body's proper name ("Liên minh Kinh tế Á - Âu"): written capitalised.
    proper: bool = False


@dataclass(frozen=True)
class Kind:
    kind: str
    patterns: tuple[str, ...]
    priority: int  # higher wins when several kinds describe one event
    flags: frozenset[str] = frozenset()  # from KIND_FLAGS


@dataclass(frozen=True)
class Mention:
    key: str  # canonical name / office id / place name / sector name / kind
    start: int
    end: int
    surface: str


# ------------------------------------------------------------------------ folding


# Separators inside names ("Mát-xcơ-va", "V. Putin", "kỹ thuật – quân sự") are all one space
# in the matching text, so the regex needs only " *" between alias parts.
_SEP_CHARS = ".-\u2010\u2011\u2012\u2013\u2014\u2212"
# Every character ``\s`` matches but the space itself (the tests check the list against
# str.isspace): one class without the space, so a text's spaces are no substitutions (one
# per word gap made the substitution five times slower) and the engine skips to the next
# line break or hyphen.
SPACES_BUT_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SEP_ANY = kept_regex("[" + re.escape(SPACES_BUT_SPACE + _SEP_CHARS) + "]")
_SEP_PATTERN = " *"
_SEP = "\x00"  # token for a separator run inside an alias

# fold() is lru-cached; whole articles would flood its cache, so texts use the plain function.
_fold_plain = getattr(fold, "__wrapped__", fold)


def _char_ranges(pred: Any, lo: int, hi: int) -> str:
    out: list[str] = []
    start = None
    for cp in range(lo, hi + 1):
        if pred(chr(cp)):
            if start is None:
                start = cp
        elif start is not None:
            out.append(f"\\U{start:08x}-\\U{cp - 1:08x}")
            start = None
    if start is not None:
        out.append(f"\\U{start:08x}-\\U{hi:08x}")
    return "".join(out)


# Characters whose folding may change the text's length (combining marks, conjoining Hangul,
# anything outside the BMP): texts with none of them fold one character to one character.
_RISKY = kept_regex("[" + COMBINING_RANGES + r"\u1100-\u11ff\U00010000-\U0010ffff]")
_NON_BMP = kept_regex("[\U00010000-\U0010ffff]")


_fold_text = fold  # fold() itself takes the fast path for long texts


# Vietnamese letters carrying marks: a text with any is written with diacritics.
_MARKED_CLASS = (
    _char_ranges(lambda c: c.isalpha() and _fold_plain(c) != c.lower(), 0xC0, 0x24F)
    + _char_ranges(lambda c: c.isalpha() and _fold_plain(c) != c.lower(), 0x1E00, 0x1EFF)
    + r"\u0300-\u036f"
)
_MARKED = kept_regex(f"[{_MARKED_CLASS}]")
_COMBINING_MARK = kept_regex(r"[\u0300-\u036f]")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORDS = kept_regex(r"\w+")
_WORD_CHAR = kept_regex(r"\w")


def _norm(text: str) -> str:
    """Folded, with every separator as a space (same length as fold's output)."""
    return _SEP_ANY.sub(" ", _fold_text(text))


@lru_cache(maxsize=16)
def _folded(text: str) -> tuple[str, tuple[int, ...] | None]:
    """Matching text and, when folding changed lengths, the original index of each of its chars."""
    folded = _norm(text)
    if len(folded) == len(text) and not _RISKY.search(text):
        return folded, None
    parts: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        f = _SEP_ANY.sub(" ", fold(ch))
        parts.append(f)
        pos.extend([i] * len(f))
    return "".join(parts), tuple(pos)


def _span(text: str, pos: tuple[int, ...] | None, a: int, b: int) -> tuple[int, int, str]:
    """Offsets and surface in ``text`` of the folded span [a, b)."""
    if pos is None:
        return a, b, text[a:b]
    start, end = pos[a], pos[b - 1] + 1
    while end < len(text) and unicodedata.combining(text[end]):
        end += 1
    return start, end, text[start:end]


def _squash(normed: str) -> str:
    return normed.replace(" ", "")


def _key(text: str) -> str:
    """The matching key of an alias or a surface: folded, separators removed."""
    if len(text) <= 64:
        return _short_key(text)  # titles and names are looked up again and again
    return _squash(_norm(text))


@lru_cache(maxsize=65536)
def _short_key(text: str) -> str:
    return _squash(_norm(text))


def _letters(text: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFC", text).lower() if c.isalnum()]


@lru_cache(maxsize=4096)
def _marks(letter: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(vowel/consonant modifiers incl. đ, tone marks) of one NFC letter."""
    d = unicodedata.normalize("NFD", letter)
    mods = {c for c in d[1:] if c not in _TONE_MARKS}
    if d[0] == "đ":
        mods.add("đ")
    return frozenset(mods), tuple(c for c in d[1:] if c in _TONE_MARKS)


def _compatible(surface: list[str], alias: Sequence[str], strict: bool) -> bool:
    """Do the surface's marks fit the alias? Tones may sit on another vowel ("hoá" = "hóa").

    strict: the surface is fully marked, so every mark must agree ("tham" is not "thăm").
    Otherwise unmarked letters are wildcards and only the marks present must agree.
    """
    if len(surface) != len(alias):
        return True  # folding changed lengths; the folded match stands
    tones_s: list[str] = []
    tones_a: list[str] = []
    for s_ch, a_ch in zip(surface, alias, strict=True):
        mods_a, t_a = _marks(a_ch)
        tones_a += t_a
        if s_ch == a_ch:
            tones_s += t_a
            continue
        mods_s, t_s = _marks(s_ch)
        if (strict or mods_s) and mods_s != mods_a:
            return False
        tones_s += t_s
    if strict:
        return sorted(tones_s) == sorted(tones_a)
    return all(tones_s.count(t) <= tones_a.count(t) for t in set(tones_s))


def written_alike(written: str, form: str) -> bool:
    """Whether a word is ``form`` as written: typed without marks, any word that folds alike;
    with marks, its own ("Thưởng", not "Thương"), a tone allowed on another of its vowels."""
    letters = _letters(written)
    return "".join(letters).isascii() or _compatible(letters, _letters(form), True)


def _syllables(text: str) -> tuple[int, ...]:
    """The number of letters of each word."""
    return tuple(n for n in (len(_letters(w)) for w in text.split()) if n)


def _same_syllable_tones(
    surface: list[str], alias: Sequence[str], cuts: tuple[int, ...], alias_cuts: tuple[int, ...]
) -> bool:
    if cuts != alias_cuts or len(surface) != len(alias):
        return True  # words cut elsewhere: the whole-word check stands
    pos = 0
    for n in cuts:
        tones_s = sorted(t for ch in surface[pos : pos + n] for t in _marks(ch)[1])
        tones_a = sorted(t for ch in alias[pos : pos + n] for t in _marks(ch)[1])
        if tones_s != tones_a:
            return False
        pos += n
    return True


@lru_cache(maxsize=16)
def _well_marked(text: str) -> bool:
    """Written with diacritics throughout (an article, not a phone-typed question).

    In such text an unmarked word is really unmarked ("tham dự" is not "thăm"); in short text
    and text typed without (or with few) marks, the marks present must agree but missing ones
    are tolerated ("Lương Cuong").
    """
    if _COMBINING_MARK.search(text):
        text = unicodedata.normalize("NFC", text)
    words = _WORDS.findall(text)
    if len(words) < 12:
        return False
    # Only lower-case words count: names and short forms written out with their marks
    # ("ttg nguyen xuan phuc hoi dam" read as "Thủ tướng Nguyễn Xuân Phúc hoi dam") do not
    # make a question typed without marks a marked one.
    lower = [w for w in words if not w[:1].isupper()]
    return sum(1 for w in lower if _MARKED.search(w)) >= 0.3 * len(lower)


def _is_acronym(alias: str) -> bool:
    """Short all-capital aliases ("AI", "LNG") match only in capitals: "ai" is a Vietnamese word."""
    letters = [c for c in alias if c.isalnum()]
    return 0 < len(letters) <= 3 and alias.isupper()


def _tokens(alias: str) -> list[str]:
    """Trie tokens: folded characters, with separator runs as _SEP (punctuation is kept, padded)."""
    out: list[str] = []
    for ch in _norm(alias):
        if ch == " ":
            if out and out[-1] != _SEP:
                out.append(_SEP)
        elif ch.isalnum():
            out.append(ch)
        else:
            if out and out[-1] != _SEP:
                out.append(_SEP)
            out += [ch, _SEP]
    while out and out[-1] == _SEP:
        out.pop()
    while out and out[0] == _SEP:
        out.pop(0)
    return out


_PAST_BMP = r"\U00010000-\U0010ffff"


@lru_cache(maxsize=1)
def _non_word_bmp() -> str:
    r"""The characters of the BMP that \W matches, as ranges of a class (built with the
    lexicon only: its regexes are kept compiled)."""
    return _char_ranges(lambda c: not (c.isalnum() or c == "_"), 0, 0xFFFF)


class _Node:
    """Trie node over alias characters; an edge remembers whether a separator may precede it."""

    __slots__ = ("children", "end")

    def __init__(self) -> None:
        self.children: dict[str, tuple[_Node, bool]] = {}
        self.end = False


def _trie_regex(aliases: Iterable[list[str]]) -> str:
    """One regex for all aliases: a trie, so each branch starts with a distinct character.

    Separators are optional spaces *before* a character (not trie nodes of their own), so two
    branches never both match at one point and the greedy "(…)?" yields the longest alias.
    """
    root = _Node()
    for toks in aliases:
        node, sep = root, False
        for t in toks:
            if t == _SEP:
                sep = True
                continue
            child, had_sep = node.children.get(t, (None, False))
            if child is None:
                child = _Node()
            node.children[t] = (child, had_sep or sep)
            node, sep = child, False
        node.end = True

    def edge(t: str, sep: bool) -> str:
        return (_SEP_PATTERN if sep else "") + re.escape(t)

    def render(node: _Node) -> str:
        alts = []
        for t, (child, sep) in node.children.items():
            s = edge(t, sep)
            while len(child.children) == 1 and not child.end:
                ((t2, (child, sep2)),) = child.children.items()
                s += edge(t2, sep2)
            alts.append(s + render(child))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if node.end else body

    return r"(?<!\w)(?:" + render(root) + r")(?!\w)"


# Texts longer than this are scanned once for where an alias of any category starts; a
# shorter one (a sentence, a title's rest) is read by one category or two, each scan cheap.
_SHARED_SCAN = 256


def _starts_regex(aliases: Iterable[list[str]]) -> str:
    """Where an alias of any category matches, consuming only the character before it (as the
    matchers' regexes do). The categories' tries merged allow a space wherever one of them
    does, and end wherever one of them ends: a superset of each category's matches' starts."""
    body = _trie_regex(aliases).removeprefix(r"(?<!\w)")
    return f"[{_non_word_bmp()}{_PAST_BMP}](?={body})"


class _Starts:
    """Where an alias of any category starts in a text, kept for the last few texts: the five
    categories read one text in turn. (Not an lru_cache keyed by the regex: hashing a pattern
    object hashes its compiled code, longer than the text.) The regex is compiled, or read
    from its own cache file, on first use: a process that reads only questions never loads it."""

    __slots__ = ("_pattern", "_rx", "_seen")

    def __init__(self, pattern: str) -> None:
        self._pattern = pattern
        self._rx: re.Pattern[str] | None = None
        self._seen: dict[str, list[int]] = {}

    def __getstate__(self) -> str:
        return self._pattern

    def __setstate__(self, pattern: str) -> None:
        self.__init__(pattern)  # type: ignore[misc]

    def find(self, scan: str) -> list[int]:
        found = self._seen.get(scan)
        if found is None:
            rx = self._rx
            if rx is None:
                key = fingerprint([self._pattern.encode()])
                rx = self._rx = kept("alias-starts", key, lambda: KeptPattern(self._pattern)).rx
            if len(self._seen) >= 8:
                self._seen.clear()
            found = self._seen[scan] = [m.start() for m in rx.finditer(scan)]
        return found


class _Matcher:
    """One category's aliases compiled into a single regex over folded text."""

    def __init__(self, entries: dict[str, str | None]) -> None:
        # entries: alias → key (None for blocking phrases). Conflicts are checked by the loader.
        self.keys: dict[str, str | None] = {}
        self.acronyms: set[str] = set()
        # key → letters of each alias, as one string: indexed and zipped like a list of them,
        # and a tenth of the pickled lexicon's load time instead of a third
        self.spellings: dict[str, list[str]] = {}
        self.syllables: dict[str, list[tuple[int, ...]]] = {}  # key → each alias's word lengths
        self.exact: set[str] = set()  # every alias's letters, lower case, marks kept
        tokens = []
        plain: set[str] = set()
        for alias, key in entries.items():
            toks = _tokens(alias)
            if not toks:
                continue
            k = "".join(t for t in toks if t != _SEP)
            self.keys[k] = key
            tokens.append(toks)
            if _is_acronym(alias):
                self.acronyms.add(k)
            else:
                plain.add(k)
            self.spellings.setdefault(k, []).append("".join(_letters(alias)))
            self.syllables.setdefault(k, []).append(_syllables(alias))
            self.exact.add("".join(_letters(alias)))
        self.acronyms -= plain
        pattern = _trie_regex(tokens) if tokens else r"(?!x)x"
        # Searched in the text after a space, with the character before an alias consumed
        # (a class the engine skips to) rather than a lookbehind tried at every position
        # (find keeps the matches the same). The class is \W's characters of the BMP listed
        # (a bitmap, tested twice as fast as \W's per-character lookup of its category) and
        # every character past it, word or not: find skips a match after a letter there.
        self._shift = int(bool(tokens))
        if self._shift:
            pattern = f"[{_non_word_bmp()}{_PAST_BMP}]" + pattern.removeprefix(r"(?<!\w)")
        self._rx = KeptPattern(pattern)
        # Where an alias of any category starts (the lexicon sets it, shared by the five): a
        # long text is scanned once for the five, each then tried only at those places.
        self.starts: _Starts | None = None
        # (alias key, surface) → whether its marks agree in well-marked text, and in other text
        self._agreed: dict[tuple[str, str], tuple[bool, bool]] = {}

    @property
    def regex(self) -> re.Pattern[str]:
        return self._rx.rx

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_agreed": {}}

    def find(self, text: str) -> list[Mention]:
        if not text:
            return []
        folded, pos = _folded(text)
        shift = self._shift
        scan = " " + folded if shift else folded
        out: list[Mention] = []
        search = self.regex.search
        if self.starts is not None and len(scan) > _SHARED_SCAN:
            search = self._search_at(self.starts.find(scan))
        at = 0
        while (m := search(scan, at)) is not None:
            a, b = m.start(), m.end() - shift  # offsets into the folded text
            if shift and scan[a] > "\uffff" and _WORD_CHAR.match(scan, a):
                at = a + 1  # a letter past the BMP, which the class lets through
                continue
            # The next alias may start right after this one when it ends with no word's
            # character ("… (Rostec)"): that character is the one the next match consumes.
            at = m.end() - (shift and not _WORD_CHAR.match(scan, m.end() - 1))
            k = _squash(folded[a:b])
            key = self.keys.get(k)
            if key is None:
                # A blocking phrase hides a shorter false match ("tiếp thu" hides "tiếp"),
                # but only where it is what is written: "tiếp Thủ tướng" folds alike.
                written = _span(text, pos, a, b)[2]
                if k not in self.keys or (
                    self._marks_agree(k, written, text)
                    and (written.isupper() or not any(w[:1].isupper() for w in written.split()[1:]))
                ):
                    continue  # "tiếp Thị trưởng" is no "tiếp thị": a capital starts a title
                shorter = self._shorter(scan, a, b)
                if shorter is None:
                    continue
                b, k = shorter
                key = self.keys[k]
            start, end, surface = _span(text, pos, a, b)
            if k in self.acronyms and not surface.isupper():
                continue
            if not self._marks_agree(k, surface, text):
                continue
            out.append(Mention(key, start, end, surface))  # type: ignore[arg-type]
        return out

    def _search_at(self, starts: list[int]) -> Callable[[str, int], re.Match[str] | None]:
        """``regex.search`` tried only at ``starts`` (every place this regex can match is
        one); ``at`` only grows from one call to the next, as ``find`` asks."""
        match = self.regex.match
        todo = iter(starts)

        def search(scan: str, at: int) -> re.Match[str] | None:
            for p in todo:  # a place passed once is never asked again
                if p >= at and (m := match(scan, p)) is not None:
                    return m
            return None

        return search

    def _shorter(self, scan: str, a: int, b: int) -> tuple[int, str] | None:
        """The longest alias (not a blocking phrase) starting at ``a`` and ending before ``b``
        (offsets into the folded text, ``scan`` as searched)."""
        shift = self._shift
        end = b - 1
        while end > a:
            m = self.regex.match(scan, a, end + shift)
            if m is None:
                return None
            found = m.end() - shift
            k = _squash(scan[a + shift : m.end()])
            if self.keys.get(k) is not None and not scan[m.end() : m.end() + 1].isalnum():
                return found, k
            end = found - 1
        return None

    def _marks_agree(self, k: str, surface: str, text: str) -> bool:
        """Marks decide between words that fold alike ("Tô Lâm" / "tố làm", "thăm" / "tham")."""
        agreed = self._agreed.get((k, surface))
        if agreed is None:
            if len(self._agreed) > 100_000:
                self._agreed.clear()
            agreed = self._agreed[(k, surface)] = self._agreement(k, surface)
        strict, lenient = agreed
        # Whether the text is written with marks throughout is read only when it matters.
        return strict if strict == lenient or _well_marked(text) else lenient

    def _agreement(self, k: str, surface: str) -> tuple[bool, bool]:
        """Whether the surface's marks agree with the alias's in a text written with marks
        throughout, and in one typed with few or none."""
        letters = _letters(surface)
        if "".join(letters) in self.exact:
            return True, True  # an exact spelling agrees in any text
        # Fully marked text: a tone may move within its syllable, never to the next one
        # ("tiếp thu ý kiến" is not "thú y").
        cuts = _syllables(surface)
        strict = any(
            _compatible(letters, a, True) and _same_syllable_tones(letters, a, cuts, sy)
            for a, sy in zip(self.spellings.get(k, ()), self.syllables.get(k, ()), strict=True)
        )
        lenient = not _MARKED.search(surface) or any(
            _compatible(letters, a, False) for a in self.spellings.get(k, ())
        )
        return strict, lenient

    def lookup(self, text: str) -> str | None:
        return self.keys.get(_key(text))


# Sentence openers: a capitalised sector word right after one of these is not a proper name.
_OPENERS = frozenset(".!?:\n\r•*\"“”'‘’([{|>…")
_BULLETS = frozenset("-–—+")
# Prefixes a user or a dateline puts before a place or a sector ("thủ đô Moskva", "hợp tác dầu khí").
_PLACE_PREFIX = kept_regex(r"^(?:thu do|thanh pho|tp|tinh|vung|dao|co do|tai|o)\s+")
_SECTOR_PREFIX = kept_regex(r"^(?:hop tac|trong|cac|linh vuc|nganh|ve|tren)\s+")


def _in_proper_name(text: str, m: Mention) -> bool:
    words = m.surface.split()
    if not m.surface[:1].isupper() or m.surface.isupper() or _sentence_start(text, m.start):
        return False
    if len(words) < 3 or any(w[:1].isupper() for w in words[1:]):
        return True
    # The name goes on from a capitalised word before it ("Báo Bảo vệ pháp luật").
    before = text[: m.start].split()
    return bool(before) and before[-1][:1].isupper() and not before[-1].isupper()


def _runs_into_name(text: str, m: Mention, synonyms: tuple[str, ...]) -> bool:
    """A lower-case phrase running into a name ("đề nghị Viện Công tố" is no "nghị viện",
    "vấn đề Biển Đông" no "vấn đề biển"): its last word starts a name that goes on after it,
    a word the sector's own forms write in lower case ("hai Đảng", "liên Nghị viện" are
    written so out of respect, and stay)."""
    words = m.surface.split()
    if len(words) < 2 or not words[0][:1].islower():
        return False
    last = words[-1]
    if not last[:1].isupper() or last.isupper():
        return False
    after = text[m.end :].split(maxsplit=1)
    if not after or not after[0][:1].isupper():
        return False
    return fold_key(last) not in {
        fold_key(w) for s in synonyms for w in s.split() if w[:1].isupper()
    }


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i >= 0 and text[i] in _BULLETS:  # "- Năng lượng" at the start of a line
        j = i - 1
        while j >= 0 and text[j] in " \t\u00a0":
            j -= 1
        return j < 0 or text[j] == "\n"
    return i < 0 or text[i] in _OPENERS


# ----------------------------------------------------------------------- validation


def _fail(where: str, msg: str) -> LexiconError:
    return LexiconError(f"{where}: {msg}")


def _get(
    obj: Any, key: str, types: type | tuple[type, ...], where: str, required: bool = True
) -> Any:
    if not isinstance(obj, dict):
        raise _fail(where, "expected an object")
    if key not in obj:
        if required:
            raise _fail(where, f"missing '{key}'")
        return None
    value = obj[key]
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in _as_tuple(types)):
        raise _fail(where, f"'{key}' has the wrong type ({type(value).__name__})")
    return value


def _as_tuple(types: type | tuple[type, ...]) -> tuple[type, ...]:
    return types if isinstance(types, tuple) else (types,)


def _strings(obj: dict, key: str, where: str, required: bool = True) -> tuple[str, ...]:
    value = _get(obj, key, list, where, required)
    if value is None:
        return ()
    for i, s in enumerate(value):
        if not isinstance(s, str) or not s.strip():
            raise _fail(where, f"'{key}'[{i}] must be a non-empty string")
    return tuple(value)


def _country(obj: dict, where: str, required: bool) -> str | None:
    value = _get(obj, "country", (str, type(None)), where)
    if value is None:
        if required:
            raise _fail(where, "'country' must not be null")
        return None
    if not re.fullmatch(r"[A-Z]{2}", value):
        raise _fail(where, f"bad country code {value!r}")
    return value


def _date(value: Any, where: str, key: str) -> date:
    if not isinstance(value, str):
        raise _fail(where, f"'{key}' must be a YYYY-MM-DD string")
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise _fail(where, f"'{key}' is not a date: {value!r}") from e


def _entries(
    data: list, fname: str, key: str, seen: Container[str]
) -> Iterator[tuple[Any, str, str]]:
    """Each entry of a data file with its name (``key``) and where it is, for messages;
    a name already in ``seen`` (the entries loaded so far) is an error."""
    for i, entry in enumerate(data):
        name = _get(entry, key, str, f"{fname}[{i}]")
        where = f"{fname}[{i}] ({name})"
        if name in seen:
            raise _fail(where, f"duplicate {key}")
        yield entry, name, where


def _list(data: Any, fname: str) -> list:
    if not isinstance(data, list):
        raise LexiconError(f"{fname}: expected a JSON list")
    return data


class _KeyTable:
    """Alias keys of one category; a key claimed by two entries is an error."""

    def __init__(self, fname: str, what: str) -> None:
        self.fname, self.what = fname, what
        self.owner: dict[str, str | None] = {}
        self.aliases: dict[str, str | None] = {}

    def add(self, alias: str, owner: str | None, where: str) -> None:
        k = _key(alias)
        if not k:
            raise _fail(where, f"alias {alias!r} has no letters")
        if k in self.owner and self.owner[k] != owner:
            raise _fail(
                where,
                f"{self.what} {alias!r} already belongs to {self.owner[k]!r} (same folded form)",
            )
        self.owner[k] = owner
        self.aliases.setdefault(alias, owner)


def _building_forms(places: dict[str, Place], keys: _KeyTable) -> None:
    """A body's seat the data writes "trụ sở X" is also written "tòa nhà X" (its building:
    "tại tòa nhà Duma Quốc gia"), in the same place."""
    for place in places.values():
        for venue in place.venues:
            if venue.startswith(("trụ sở ", "Trụ sở ")):
                form = "tòa nhà " + venue[len("trụ sở ") :]
                if keys.owner.get(_key(form), place.name) == place.name:
                    keys.add(form, place.name, f"places.json: {place.name}")


def _region_forms(places: dict[str, Place], keys: _KeyTable) -> None:
    """A region named for its capital is "vùng"/"tỉnh" + any name of the capital: "vùng
    Irkutsk" written in the data reads "vùng I-rơ-cút-xcơ" too (the region, not the city)."""
    for city in places.values():
        region = places.get(city.province or "")
        if region is None or not fold_key(region.name).startswith(fold_key(city.name)):
            continue
        words = {a[: -len(city.name)] for a in region.aliases if a.endswith(" " + city.name)}
        for word in words:
            for alias in city.aliases:
                if keys.owner.get(_key(word + alias), region.name) == region.name:
                    keys.add(word + alias, region.name, f"places.json: {region.name}")


# -------------------------------------------------------------------------- lexicon


@dataclass
class Lexicon:
    people: dict[str, Person]
    offices: dict[str, Office]
    places: dict[str, Place]
    sectors: dict[str, Sector]
    kinds: dict[str, Kind] = field(default_factory=dict)
    _m: dict[str, _Matcher] = field(default_factory=dict, repr=False)
    _children: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _by_office: dict[str, list[tuple[str, Tenure]]] = field(default_factory=dict, repr=False)
    _heads: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    # ---- loading

    @classmethod
    def load(cls, directory: Path | None = None) -> Lexicon:
        """Load and validate the five JSON files (default: the packaged ``store/data``)."""
        base: Any = directory if directory is not None else files("store") / "data"
        raw = {}
        for name in ("people", "offices", "places", "sectors", "kinds"):
            fname = f"{name}.json"
            try:
                raw[name] = json.loads((base / fname).read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise LexiconError(f"{fname}: cannot read: {e}") from e
        return cls.from_data(**raw)

    @classmethod
    def from_data(cls, people: Any, offices: Any, places: Any, sectors: Any, kinds: Any) -> Lexicon:
        office_map, office_keys = cls._offices(_list(offices, "offices.json"))
        people_map, people_keys = cls._people(_list(people, "people.json"), office_map)
        place_map, place_keys = cls._places(_list(places, "places.json"))
        sector_map, sector_keys = cls._sectors(_list(sectors, "sectors.json"))
        kind_map, kind_keys = cls._kinds(_list(kinds, "kinds.json"))
        lex = cls(people_map, office_map, place_map, sector_map, kind_map)
        lex._m = {
            "people": _Matcher(people_keys.aliases),
            "offices": _Matcher(office_keys.aliases),
            "places": _Matcher(place_keys.aliases),
            "sectors": _Matcher(sector_keys.aliases),
            "kinds": _Matcher(kind_keys.aliases),
        }
        every = (people_keys, office_keys, place_keys, sector_keys, kind_keys)
        starts = _Starts(
            _starts_regex(t for keys in every for t in map(_tokens, keys.aliases) if t)
        )
        for m in lex._m.values():
            if m._shift:  # a matcher with no alias has no regex to try at those places
                m.starts = starts
        for s in sector_map.values():
            if s.parent:
                lex._children.setdefault(s.parent, []).append(s.name)
        for p in people_map.values():
            for t in p.tenures:
                lex._by_office.setdefault(t.office, []).append((p.name, t))
        return lex

    @staticmethod
    def _offices(data: list) -> tuple[dict[str, Office], _KeyTable]:
        out: dict[str, Office] = {}
        keys = _KeyTable("offices.json", "pattern")
        for o, oid, where in _entries(data, "offices.json", "id", out):
            country = _country(o, where, required=False)
            title = _get(o, "title", str, where)
            patterns = _strings(o, "patterns", where)
            rank = _get(o, "rank", int, where)
            generic = bool(_get(o, "generic", bool, where, required=False))
            posted = bool(_get(o, "posted", bool, where, required=False))
            seat = bool(_get(o, "seat", bool, where, required=False))
            block = bool(_get(o, "block", bool, where, required=False))
            if not patterns:
                raise _fail(where, "no patterns")
            for p in patterns:
                keys.add(p, None if block else oid, where)
            if block:
                continue
            if not title.strip():
                raise _fail(where, "empty title")
            out[oid] = Office(oid, country, title, patterns, rank, generic, posted, seat)
        return out, keys

    @staticmethod
    def _people(data: list, offices: dict[str, Office]) -> tuple[dict[str, Person], _KeyTable]:
        out: dict[str, Person] = {}
        keys = _KeyTable("people.json", "alias")
        for p, name, where in _entries(data, "people.json", "name", out):
            country = _country(p, where, required=True)
            aliases = _strings(p, "aliases", where)
            for a in (name, *aliases):
                # A lone Vietnamese given name ("Lâm", "Sơn") is an ordinary word or shared by many.
                if country == "VN" and len(_key_words(a)) < 2:
                    raise _fail(where, f"Vietnamese alias {a!r} is a single word")
                keys.add(a, name, where)
            tenures = []
            for j, t in enumerate(_get(p, "offices", list, where)):
                tw = f"{where} offices[{j}]"
                oid = _get(t, "office", str, tw)
                if oid not in offices:
                    raise _fail(tw, f"unknown office {oid!r}")
                start = _date(t.get("start"), tw, "start")
                end = None if t.get("end") is None else _date(t["end"], tw, "end")
                if end is not None and end < start:
                    raise _fail(tw, f"end {end} is before start {start}")
                flag = _get(t, "flag", (str, type(None)), tw, required=False)
                if flag not in FLAGS:
                    raise _fail(tw, f"flag must be one of {FLAGS}, not {flag!r}")
                note = _get(t, "note", (str, type(None)), tw, required=False)
                title = _get(t, "title", str, tw, required=False) or offices[oid].title
                tenures.append(Tenure(oid, title, start, end, flag, note))
            tenures.sort(key=lambda t: (t.start, t.office))
            out[name] = Person(name, country, aliases, tuple(tenures))
        return out, keys

    @staticmethod
    def _places(data: list) -> tuple[dict[str, Place], _KeyTable]:
        out: dict[str, Place] = {}
        keys = _KeyTable("places.json", "alias or venue")
        for p, name, where in _entries(data, "places.json", "name", out):
            country = _country(p, where, required=False)
            aliases = _strings(p, "aliases", where)
            venues = _strings(p, "venues", where, required=False)
            kind = _get(p, "kind", str, where)
            if kind not in PLACE_KINDS:
                raise _fail(where, f"kind must be one of {PLACE_KINDS}")
            for a in (name, *aliases, *venues):
                keys.add(a, name, where)
            # Names holding an alias that are no such place ("Thái Bình Dương"): blocked.
            blocked = _strings(p, "not", where, required=False)
            for a in blocked:
                keys.add(a, None, where)
            province = p.get("province")
            if province is not None and not isinstance(province, str):
                raise _fail(where, "province must be a place's name")
            out[name] = Place(name, country, aliases, venues, kind, province, tuple(blocked))
        for name, place in out.items():
            if place.province is not None and out.get(place.province, place).kind != "province":
                raise _fail(f"places.json: {name}", "province must name a place of kind province")
        _region_forms(out, keys)
        _building_forms(out, keys)
        return out, keys

    @staticmethod
    def _sectors(data: list) -> tuple[dict[str, Sector], _KeyTable]:
        out: dict[str, Sector] = {}
        keys = _KeyTable("sectors.json", "synonym")
        for s, name, where in _entries(data, "sectors.json", "name", out):
            proper = _get(s, "proper", bool, where, required=False) is True
            if name != name.lower() and not proper:
                raise _fail(where, "sector names are lower case unless marked proper")
            parent = _get(s, "parent", (str, type(None)), where)
            synonyms = _strings(s, "synonyms", where)
            for a in (name, *synonyms):
                keys.add(a, name, where)
            # Phrases holding a synonym that name no field ("tin cậy chính trị"): blocked.
            for a in _strings(s, "not", where, required=False):
                keys.add(a, None, where)
            out[name] = Sector(name, parent, synonyms, proper)
        for s in out.values():
            seen = {s.name}
            parent = s.parent
            while parent is not None:
                if parent not in out:
                    raise LexiconError(f"sectors.json ({s.name}): unknown parent {parent!r}")
                if parent in seen:
                    raise LexiconError(f"sectors.json ({s.name}): parent cycle through {parent!r}")
                seen.add(parent)
                parent = out[parent].parent
        return out, keys

    @staticmethod
    def _kinds(data: list) -> tuple[dict[str, Kind], _KeyTable]:
        out: dict[str, Kind] = {}
        keys = _KeyTable("kinds.json", "pattern")
        for i, k in enumerate(data):
            where = f"kinds.json[{i}]"
            kind = _get(k, "kind", str, where)
            where = f"kinds.json[{i}] ({kind})"
            patterns = _strings(k, "patterns", where)
            priority = _get(k, "priority", int, where)
            block = bool(_get(k, "block", bool, where, required=False))
            flags = frozenset(_strings(k, "flags", where, required=False))
            if flags - set(KIND_FLAGS):
                raise _fail(where, f"flags must be among {KIND_FLAGS}")
            if "message" in flags and "remote" not in flags:
                raise _fail(where, "a message is remote: add the 'remote' flag")
            for p in patterns:
                keys.add(p, None if block else kind, where)
            if block:
                continue
            if kind in out:
                raise _fail(where, "duplicate kind")
            out[kind] = Kind(kind, patterns, priority, flags)
        if sum("plain" in k.flags for k in out.values()) != 1:
            raise _fail("kinds.json", "exactly one kind must carry the 'plain' flag")
        return out, keys

    # ---- finding mentions

    def find_people(self, text: str) -> list[Mention]:
        """People by any alias (key = canonical name)."""
        return self._m["people"].find(text)

    def find_offices(self, text: str) -> list[Mention]:
        """Titles (key = office id); bare Vietnamese titles ("Thủ tướng") are Vietnamese offices."""
        out = self._m["offices"].find(text)
        for i, m in enumerate(out):
            word = _DEPUTY_WORD.search(text, max(0, m.start - 8), m.start)
            if word and m.key not in NO_DEPUTY and DEPUTY in self.offices:
                a = word.start()
                out[i] = Mention(DEPUTY, a, m.end, text[a : m.end])
        return out

    def find_places(self, text: str) -> list[Mention]:
        """Cities and provinces by alias or by venue (key = the place's canonical name)."""
        return self._m["places"].find(text)

    def find_sectors(self, text: str) -> list[Mention]:
        """Cooperation sectors (key = sector name).

        Marks must agree ("dược" is not "được"), and a capitalised phrase inside a sentence is
        part of a proper name ("Bộ Quốc phòng", "Tập đoàn Dầu khí Việt Nam"), not a sector —
        unless it is a longer phrase capitalised only as a name's head ("dự án Nhà máy điện
        hạt nhân Ninh Thuận"). A sector the data marks proper is such a name itself.
        """
        table = self._m["sectors"]
        out: list[Mention] = []
        read_to = 0
        for m in table.find(text):
            if m.start < read_to:
                continue  # inside the longer phrase the one before was read as
            head = _SECTOR_HEAD.match(m.surface)
            if head:
                # "ngành điện hạt nhân": a generic head's alias ("ngành điện") gives way to the
                # longer sector written after the head ("điện hạt nhân").
                at = m.start + head.end()
                clause = _CLAUSE_END.search(text, at)
                rest = text[at : clause.start() if clause else len(text)]
                longer = next(iter(table.find(rest)), None)
                if longer is not None and longer.start == 0 and at + longer.end > m.end:
                    m = Mention(longer.key, at, at + longer.end, longer.surface)
            read_to = m.end
            sector = self.sectors[m.key]
            if sector.proper or not (
                _in_proper_name(text, m) or _runs_into_name(text, m, sector.synonyms)
            ):
                out.append(m)
        return out

    def find_kinds(self, text: str) -> list[Mention]:
        """Meeting kinds (key = kind); marks must agree in marked text ("thăm" is not "tham")."""
        return self._m["kinds"].find(text)

    # ---- dated offices

    def title_at(self, name: str, when: date | None) -> str | None:
        """The most senior title held on `when` (None → the latest: current titles, else the last one)."""
        person = self._person_obj(name)
        if person is None or not person.tenures:
            return None
        if when is None:
            pool = [t for t in person.tenures if t.end is None]
            if not pool:
                last = max(t.end for t in person.tenures if t.end is not None)
                pool = [t for t in person.tenures if t.end == last]
        else:
            pool = [t for t in person.tenures if t.active(when)]
        if not pool:
            return None
        best = min(pool, key=lambda t: (self.offices[t.office].rank, -t.start.toordinal()))
        return best.title

    def holders(self, office_id: str, when: date | None) -> list[str]:
        """Who held the office on `when` (None → now). On a handover day the incoming holder wins."""
        rows = self._by_office.get(office_id, [])
        if when is None:
            active = [(n, t) for n, t in rows if t.end is None]
        else:
            active = [(n, t) for n, t in rows if t.active(when)]
            if any(t.start == when for _, t in active):
                active = [(n, t) for n, t in active if t.end != when or t.start == when]
        active.sort(key=lambda nt: nt[1].start)
        return list(dict.fromkeys(n for n, _ in active))

    def tenure_span(self, name: str) -> tuple[date, date | None] | None:
        """First start and last end of all tenures (end None while any is open)."""
        person = self._person_obj(name)
        if person is None or not person.tenures:
            return None
        start = min(t.start for t in person.tenures)
        ends = [t.end for t in person.tenures]
        return start, None if any(e is None for e in ends) else max(
            e for e in ends if e is not None
        )

    # ---- lookups

    def person(self, text: str) -> str | None:
        """Canonical name for an exact alias (diacritics, case, '-', '.' and spacing ignored)."""
        return self._m["people"].lookup(text)

    def person_as_written(self, text: str) -> str | None:
        """Canonical name for an alias whose marks agree with the ones written: a name written
        with marks is read strictly ("Lê Văn Thanh" is not "Lê Văn Thành"), one typed without
        marks matches any spelling."""
        key = self.person(text)
        if key is None or not _MARKED.search(text):
            return key
        m = self._m["people"]
        letters = _letters(text)
        spellings = m.spellings.get(_key(text), ())
        return key if any(_compatible(letters, a, True) for a in spellings) else None

    def places_within(self, name: str) -> tuple[str, ...]:
        """The place and the cities that lie in it (a province: "Khánh Hòa" → "Nha Trang");
        for a city named like its province ("Ulyanovsk", in "Ulyanovsk Oblast"), also a
        meeting the article places in the province by that name ("tại vùng Ulyanovsk")."""
        cities = tuple(p.name for p in self.places.values() if p.province == name)
        place = self.places.get(name)
        province = place.province if place is not None and place.kind == "city" else None
        if province and fold_key(province).startswith(fold_key(name)):
            return (name, *cities, province)
        return (name, *cities)

    def canonical_place(self, text: str) -> str | None:
        """Canonical place for an alias or venue ("Matxcova" → "Moskva", "thủ đô Moskva" too)."""
        m = self._m["places"]
        found = m.lookup(text)
        if found is None:
            stripped = _PLACE_PREFIX.sub("", fold_key(text))
            found = m.lookup(stripped) if stripped else None
        return found

    def canonical_sector(self, text: str) -> str | None:
        """Canonical sector for a synonym ("dau khi", "hợp tác năng lượng - dầu khí" → "dầu khí")."""
        m = self._m["sectors"]
        found = m.lookup(text)
        if found is None:
            stripped = fold(text).strip()
            while True:
                shorter = _SECTOR_PREFIX.sub("", stripped)
                if shorter == stripped:
                    break
                stripped = shorter
            found = m.lookup(stripped) if stripped else None
        return found

    def sector_descendants(self, name: str) -> set[str]:
        """The sector and every sector below it; empty for an unknown sector."""
        root = name if name in self.sectors else self.canonical_sector(name)
        if root is None:
            return set()
        out, todo = set(), [root]
        while todo:
            s = todo.pop()
            if s not in out:
                out.add(s)
                todo.extend(self._children.get(s, []))
        return out

    def alias_index(self) -> list[tuple[str, str]]:
        """(fold_key of each name and alias, canonical name), for fuzzy matching of user input."""
        out: dict[tuple[str, str], None] = {}
        for p in self.people.values():
            for a in (p.name, *p.aliases):
                k = fold_key(a)
                if k:
                    out[(k, p.name)] = None
        return list(out)

    def kind_priority(self, kind: str) -> int:
        k = self.kinds.get(kind)
        return k.priority if k else 0

    def kind_is(self, kind: str, flag: str) -> bool:
        """Whether ``kind`` carries ``flag`` (one of KIND_FLAGS); an unknown kind carries none."""
        if flag not in KIND_FLAGS:
            raise ValueError(f"unknown kind flag {flag!r}")
        k = self.kinds.get(kind)
        return k is not None and flag in k.flags

    @property
    def plain_kind(self) -> str:
        """The kind of a meeting the text names no other way ("gặp"); asked, it is any kind."""
        return self.kinds_with("plain")[0]

    def kinds_with(self, flag: str) -> tuple[str, ...]:
        """Every kind carrying ``flag``, in kinds.json order."""
        return tuple(k for k in self.kinds if self.kind_is(k, flag))

    def iter_tenures(self, office_id: str) -> Iterator[tuple[str, Tenure]]:
        """Every (person, tenure) of an office, in start order."""
        yield from sorted(self._by_office.get(office_id, []), key=lambda nt: nt[1].start)

    def rank_heads(self, office_id: str) -> tuple[str, ...]:
        """The generic titles an office's own title starts with ("Thống đốc" for "Thống đốc
        St. Petersburg", "Bộ trưởng" for "Bộ trưởng Quốc phòng"): what an article may call a
        holder once the place or the ministry was said elsewhere in it."""
        heads = self._heads.get(office_id)
        if heads is None:
            office = self.offices.get(office_id)
            own = office.title.split() if office else []
            heads = self._heads[office_id] = tuple(
                o.title
                for o in self.offices.values()
                if o.generic
                and o.id != office_id
                and len(o.title.split()) < len(own)
                and own[: len(o.title.split())] == o.title.split()
            )
        return heads

    def _person_obj(self, name: str) -> Person | None:
        person = self.people.get(name)
        if person is None:
            canonical = self.person(name)
            person = self.people.get(canonical) if canonical else None
        return person


def _key_words(alias: str) -> list[str]:
    return fold_key(alias).split()


@lru_cache(maxsize=1)
def lexicon_key() -> str | None:
    """Hash of the packaged data files and of the code that compiles them (None: unreadable)."""
    data = files("store") / "data"
    names = ("people", "offices", "places", "sectors", "kinds")
    try:
        parts = [(data / f"{n}.json").read_bytes() for n in names]
    except OSError:
        return None
    return fingerprint([*parts, *source_bytes(sys.modules[__name__], _fold_module)])


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The packaged lexicon, loaded and validated once per process; the compiled form is
    kept on disk (store.language.compiled), keyed by the data files and this code."""
    key = lexicon_key()
    return Lexicon.load() if key is None else kept("lexicon", key, Lexicon.load)
