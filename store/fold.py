"""Diacritic folding for Vietnamese text.

Users type without marks ("to lam gap putin"), so every lookup compares folded
forms. SQLite FTS5 and rapidfuzz do not fold ``đ`` (a letter of its own), so we
fold it here and feed only folded text to both.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({"đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o"})
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip all combining marks, map đ→d; keeps punctuation and spacing."""
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold().translate(_SPECIAL)


def fold_key(text: str) -> str:
    """Folded form reduced to ``[0-9a-z]`` words separated by single spaces."""
    return _NON_WORD.sub(" ", fold(text)).strip()


def words(text: str) -> list[str]:
    """Folded word tokens."""
    return fold_key(text).split()


def squash_spaces(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def nfc(text: str) -> str:
    """Vietnamese text arrives in NFC and NFD; store and compare NFC only."""
    return unicodedata.normalize("NFC", text)
