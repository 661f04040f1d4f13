"""Diacritic folding for Vietnamese text.

Users type without marks ("to lam gap putin"), so every lookup compares folded
forms. SQLite FTS5 and rapidfuzz do not fold ``đ`` (a letter of its own), so we
fold it here and feed only folded text to both.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from store.language.compiled import fingerprint, kept, kept_regex

_SPECIAL_PAIRS = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"}
_SPECIAL = str.maketrans(_SPECIAL_PAIRS)


def _special(text: str) -> str:
    """``text.translate(_SPECIAL)``: a translate table is walked per character in Python's
    slow path for non-ASCII text, eight ``replace`` calls are C loops (4× faster on articles)."""
    for src, dst in _SPECIAL_PAIRS.items():
        if src in text:
            text = text.replace(src, dst)
    return text


_SPACES = kept_regex(r"\s+")
_NON_WORD = kept_regex(r"[^0-9a-z]+")


def _ranges(pred, lo: int, hi: int) -> str:  # type: ignore[no-untyped-def]
    out, start = [], None
    for cp in range(lo, hi + 2):
        if cp <= hi and pred(chr(cp)):
            start = cp if start is None else start
        elif start is not None:
            out.append(f"\\U{start:08x}-\\U{cp - 1:08x}")
            start = None
    return "".join(out)


def _combining_ranges() -> str:
    """The character class of the combining characters in U+0300–U+FFFF. Scanning 64k code
    points took a sixth of `briefing ask`'s start-up: the result is kept on disk, keyed by
    the Unicode database's version."""
    key = fingerprint([unicodedata.unidata_version.encode(), b"combining 0300-ffff v1"])
    return kept("combining", key, lambda: _ranges(unicodedata.combining, 0x300, 0xFFFF))


COMBINING_RANGES = _combining_ranges()
_COMBINING = kept_regex("[" + COMBINING_RANGES + "]+")
_NON_BMP = kept_regex("[\U00010000-\U0010ffff]")


# The marks of Vietnamese (and Russian й, ё) once decomposed: removed by ``replace`` (a C
# loop per mark) before the regex, which then finds only the rarer ones, if any. The same
# result: these are in _COMBINING's class, and removing characters commutes.
_COMMON_MARKS = "\u0300\u0301\u0302\u0303\u0306\u0308\u0309\u031b\u0323"


def _fold_chars(text: str) -> str:
    if not _NON_BMP.search(text):
        # Every combining character of the BMP is in _COMBINING's class: one regex strips
        # the marks, five times faster than a Python loop per character even on a short name.
        decomposed = unicodedata.normalize("NFD", _special(text))
        if len(decomposed) > 64:  # a long text: most of its marks go faster by replace
            for mark in _COMMON_MARKS:
                if mark in decomposed:
                    decomposed = decomposed.replace(mark, "")
        stripped = _COMBINING.sub("", decomposed)
        return _special(unicodedata.normalize("NFC", stripped).casefold())
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold().translate(_SPECIAL)


@lru_cache(maxsize=65536)
def _fold_short(text: str) -> str:
    return _fold_chars(text)


_RECENT: dict[str, str] = {}  # the last few long texts: an article is folded by several readers


def fold(text: str) -> str:
    """Lower-case, strip all combining marks, map đ→d; keeps punctuation and spacing."""
    if len(text) <= 64:
        return _fold_short(text)  # names and query words repeat: cache them
    done = _RECENT.get(text)
    if done is not None:
        return done
    done = _fold_chars(text)
    remember(text, done)
    return done


def remember(text: str, folded: str) -> None:
    """Keep ``folded``, which is ``fold(text)``, as the fold of a long text: the ingest's
    duplicate check folds each article before a worker process extracts it, and the worker
    takes that fold along instead of folding the article again."""
    if len(text) > 500:
        if len(_RECENT) >= 4:
            try:
                _RECENT.pop(next(iter(_RECENT)))
            except (KeyError, RuntimeError, StopIteration):  # another thread's fold meanwhile
                _RECENT.clear()
        _RECENT[text] = folded


def remember_blanked(text: str, blanked: str) -> None:
    """``blanked`` is ``text`` with some of its lines made spaces (a list of related links):
    its fold is the kept fold of ``text`` with the same lines blank, when folding kept every
    line's length, instead of folding the whole text again."""
    done = _RECENT.get(text)
    if done is None or len(done) != len(text) or len(blanked) != len(text):
        return
    lines, now, folded = text.split("\n"), blanked.split("\n"), done.split("\n")
    if not len(lines) == len(now) == len(folded):
        return
    out = []
    for line, line_now, f in zip(lines, now, folded, strict=True):
        if line_now != line and line_now.strip(" "):
            return  # not a line made spaces: fold the text as it is
        out.append(f if line_now == line else line_now)
    remember(blanked, "\n".join(out))


def fold_key(text: str) -> str:
    """Folded form reduced to ``[0-9a-z]`` words separated by single spaces."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def words(text: str) -> list[str]:
    """Folded word tokens."""
    return fold_key(text).split()


def squash_spaces(text: str) -> str:
    return " ".join(text.split())


# Characters pages carry that show nothing: zero-width spaces and joiners, the word joiner,
# a byte-order mark, soft hyphens. Inside a name ("Sergey Ye\u200bvgenyevich") they split it.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def nfc(text: str) -> str:
    """Vietnamese text arrives in NFC and NFD; store and compare NFC only, without the
    characters that show nothing."""
    return unicodedata.normalize("NFC", text).translate(_INVISIBLE)
