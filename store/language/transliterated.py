"""Russian names in the old Vietnamese transliteration ("Xéc-gây La-vơ-rốp", "Đmi-tri
Nô-vi-cốp", "V. Ma-ti-vi-en-cô"): Nhân Dân, QĐND and TTXVN wrote foreign names so until
about 2016. Such a name is name-shaped — capitalised syllables joined by hyphens — and is
read back to a comparison key (store/data/vi_translit.json) shared with the Latin spellings
of the people data, so that a known person is found whichever way the page spelt him.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
import weakref
from dataclasses import dataclass
from datetime import date
from functools import cache

from store.language.compiled import kept_regex
from store.language.fold import fold
from store.language.lexicon import Lexicon
from store.language.packaged import files

# One word: capitalised syllables joined by hyphens ("Nô-vi-cốp"), or an initial ("Đ.").
_WORD = kept_regex(r"[^\W\d_]{1,6}(?:-[^\W\d_]{1,6})+")
_INITIAL = kept_regex(r"[^\W\d_]\.")
# A patronymic as these pages spell it: "Vla-đi-mi-rô-vích", "I-va-nốp-na".
_PATRONYMIC = kept_regex(r"(?:vich|vic|vna|na)$")


def is_hyphenated(word: str) -> bool:
    """A capitalised word of two or more hyphen-joined syllables ("Pu-tin", "Ma-ti-vi-en-cô")."""
    return word[:1].isupper() and bool(_WORD.fullmatch(word))


def transliterated(words: list[str]) -> str | None:
    """The name a run of capitalised words ends with, when it is written in hyphenated
    Vietnamese syllables: the surname hyphenated, the given name hyphenated or an initial
    ("Đ. Nô-vi-cốp"), and a patronymic between them kept out. None for any other run."""
    if len(words) < 2 or not is_hyphenated(words[-1]):
        return None
    given = words[-2]
    if len(words) >= 3 and is_hyphenated(given) and _PATRONYMIC.search(fold(given)):
        given = words[-3]  # "Vla-đi-mia Vla-đi-mi-rô-vích Pu-tin": Given Patronymic Surname
    given = given.strip()
    if is_hyphenated(given):
        return f"{given} {words[-1]}"
    if len(given.rstrip(".")) == 1 and given[0].isupper():
        return f"{given[0]}. {words[-1]}"  # an initial, however the run kept its dot
    return None


@dataclass(frozen=True)
class _Rules:
    hollow: str
    initials: tuple[tuple[str, str], ...]  # longest first
    finals: tuple[tuple[str, str], ...]
    letters: dict[str, str]
    latin: tuple[tuple[str, str], ...]


@cache
def _rules() -> _Rules:
    data = json.loads(files("store").joinpath("data/vi_translit.json").read_text(encoding="utf-8"))

    def longest(table: dict[str, str]) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(table.items(), key=lambda kv: -len(kv[0])))

    return _Rules(
        data["hollow"],
        longest(data["initials"]),
        longest(data["finals"]),
        dict(data["letters"]),
        tuple((a, b) for a, b in data["latin"]),
    )


_VOWELS = frozenset("aăâeêioôơuưy")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _shape(syllable: str) -> str:
    """Lower case without tone marks; the vowel shapes (â ê ô ơ ư ă) and đ kept."""
    parts = unicodedata.normalize("NFD", syllable.lower())
    return unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))


def _latin(key: str) -> str:
    for a, b in _rules().latin:
        key = key.replace(a, b)
    return key


def syllables_key(word: str) -> str:
    """ "La-vơ-rốp" → "lavrov", "Ma-ti-vi-en-cô" → "mativenko": one hyphenated word read back."""
    rules = _rules()
    out: list[str] = []
    for syl in (_shape(s) for s in word.rstrip(".").split("-") if s):
        head = ""
        for a, b in rules.initials:
            if syl.startswith(a) and len(syl) > len(a):
                head, syl = b, syl[len(a) :]
                break
        while syl and syl[0] not in _VOWELS:  # a cluster: "xtơ", "vrốp"
            head, syl = head + rules.letters.get(syl[0], syl[0]), syl[1:]
        if syl == rules.hollow and head:
            out.append(head)  # "vơ": a consonant of a cluster, the vowel only makes it writable
            continue
        tail = ""
        for a, b in rules.finals:
            if syl.endswith(a) and len(syl) > len(a):
                syl, tail = syl[: -len(a)], b
                break
        out.append(head + "".join(rules.letters.get(c, c) for c in syl) + tail)
    return _latin("".join(out))


def latin_key(word: str) -> str:
    """A Latin spelling reduced the same way ("Matviyenko" → "matvenko")."""
    return _latin(re.sub(r"[^a-z]", "", fold(word)))


@dataclass(frozen=True)
class _Row:
    name: str
    given: str  # key of the given name
    surname: str  # key of the surname


_ROWS: dict[int, tuple[weakref.ref[Lexicon], list[_Row]]] = {}


def _rows(lex: Lexicon) -> list[_Row]:
    """Keys of every two-word alias of a non-Vietnamese person, built once per lexicon."""
    entry = _ROWS.get(id(lex))
    if entry is None or entry[0]() is not lex:
        seen: dict[tuple[str, str, str], None] = {}
        for p in lex.people.values():
            if p.country == "VN":
                continue
            for alias in (p.name, *p.aliases):
                w = alias.split()
                if len(w) == 2 and all(x.replace("-", "").isalpha() for x in w):
                    key = (
                        syllables_key(w[0]) if "-" in w[0] else latin_key(w[0]),
                        syllables_key(w[1]) if "-" in w[1] else latin_key(w[1]),
                    )
                    seen[(p.name, *key)] = None
        entry = _ROWS[id(lex)] = (weakref.ref(lex), [_Row(n, g, s) for n, g, s in seen])
    return entry[1]


SURNAME_MIN = 0.85  # difflib ratio of the surname keys ("mativenko" ~ "matvenko": 0.94)
GIVEN_MIN = 0.6  # of the given names' keys ("sekgai" ~ "sergei"), or the same initial


def known_transliterated(
    name: str, lex: Lexicon, country: str | None, office: str | None, when: date | None
) -> str | None:
    """The known person a transliterated name spells ("Xéc-gây La-vơ-rốp" → Sergei Lavrov),
    or None. Both names must agree, and a title written with the name that someone else held
    that day rules the person out: "Chủ tịch Duma X. Na-rư-skin" in 2012 is Naryshkin."""
    words = name.split()
    if len(words) != 2 or not is_hyphenated(words[-1]):
        return None
    surname = syllables_key(words[1])
    initial = len(words[0].rstrip(".")) == 1
    given = syllables_key(words[0])
    holders = set(lex.holders(office, when)) if office and when else set()
    best: tuple[float, str] | None = None
    for row in _rows(lex):
        if country and lex.people[row.name].country != country:
            continue
        if holders and row.name not in holders:
            continue
        if abs(len(row.surname) - len(surname)) > 3 or row.surname[:1] != surname[:1]:
            continue
        ratio = difflib.SequenceMatcher(None, row.surname, surname).ratio()
        if ratio < SURNAME_MIN:
            continue
        if initial:
            if row.given[:1] != given[:1]:
                continue
        elif difflib.SequenceMatcher(None, row.given, given).ratio() < GIVEN_MIN:
            continue
        if best is None or ratio > best[0]:
            best = (ratio, row.name)
    return best[1] if best else None
