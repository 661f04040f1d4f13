"""A foreign given name and the capitalised word after it are one person.

"Tatiana Tsvetkova" or "Arkady Zhukovskiy" is someone the data may not know. Read word by
word, the given name alone would be the one known person who bears it ("Tatiana" → Tatyana
Golikova) and the surname another ("Kudryashov" → Sergei Kudryashov even after "Viktor"):
two leaders nobody asked about. A given name (store/data/ru_given_names.json, or the first
word of a known foreign person's name) right before a capitalised foreign word makes one
name instead, unless the given name is that known person's own ("Sergey Lavrov").
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cache

from store.language import question_names
from store.language.compiled import fingerprint, kept, source_bytes
from store.language.fold import fold_key
from store.language.fuzzy import fuzz
from store.language.lexicon import Lexicon, Mention, get_lexicon, lexicon_key
from store.language.packaged import files
from store.language.question_names import alias_index, translit_key
from store.language.question_words import is_vietnamese_word

GIVEN_MIN_SCORE = 80  # "Sergey"/"Sergei", "Tatiana"/"Tatyana" by their transliteration keys


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    folded: str
    capital: bool


@cache
def _given_keys() -> frozenset[str]:
    """Transliteration keys of foreign given names, kept on disk beside the lexicon."""
    raw = files("store").joinpath("data/ru_given_names.json").read_bytes()
    lexicon = lexicon_key()
    if lexicon is None:
        return _build_given_keys(raw)
    code = source_bytes(sys.modules[__name__], question_names)
    return kept(
        "given", fingerprint([lexicon.encode(), raw, *code]), lambda: _build_given_keys(raw)
    )


def _build_given_keys(raw: bytes) -> frozenset[str]:
    lex = get_lexicon()
    keys = {translit_key(n) for n in json.loads(raw)}
    for p in lex.people.values():
        words = fold_key(p.name).split()
        if p.country != "VN" and len(words) >= 2:
            keys.add(translit_key(words[0]))
    return frozenset(k for k in keys if len(k) >= 3)


def _own_given(lex: Lexicon, person: str, key: str) -> bool:
    p = lex.people.get(person)
    if p is None:
        return False
    # A Cyrillic alias folds to nothing: only names with a Latin given name count.
    keys = (fold_key(a).split() for a in (p.name, *p.aliases) if len(a.split()) >= 2)
    firsts = {k[0] for k in keys if k}
    return any(fuzz.ratio(translit_key(f), key) >= GIVEN_MIN_SCORE for f in firsts)


def one_person_spans(
    text: str, words: list[Word], people: list[Mention], lex: Lexicon
) -> list[tuple[int, int]]:
    """(start, end) of each "Given Surname" pair in ``text`` that names one person no known
    alias covers. ``words`` are the words no reading has claimed; ``people`` the names found."""
    given = _given_keys()
    vocabulary = alias_index().vocabulary
    after = {m.start: m for m in people}
    free = {w.start: w for w in words}
    spans: list[tuple[int, int]] = []
    for w in words:
        if not w.capital or is_vietnamese_word(w.folded) or translit_key(w.folded) not in given:
            continue
        if text[w.end : w.end + 1] != " ":
            continue
        mention = after.get(w.end + 1)
        if mention is not None:
            # "Viktor Kudryashov" is not Sergei Kudryashov; "Sergey Lavrov" is Lavrov.
            if " " in mention.surface.strip() or _own_given(
                lex, mention.key, translit_key(w.folded)
            ):
                continue
            spans.append((w.start, mention.end))
            continue
        nxt = free.get(w.end + 1)
        if (
            nxt is not None
            and nxt.capital
            and len(nxt.folded) >= 3
            and not is_vietnamese_word(nxt.folded)
            and nxt.folded not in vocabulary
            and translit_key(nxt.folded) not in given
        ):
            spans.append((w.start, nxt.end))
    return spans
