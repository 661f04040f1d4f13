"""Vietnamese names written in Cyrillic: "Чан Кам Ту" is the stored "Trần Cẩm Tú".

Russian spells a Vietnamese name by sound (Trần → Чан, Dũng → Зунг, Phạm Minh Chính →
Фам Минь Тинь), so no letter-by-letter table gives the Vietnamese back. Both spellings are
reduced to one comparison key instead (store/data/cyrillic_vi.json): the Cyrillic letters
by the transcription's table, the Vietnamese syllables by its rules read backwards. A run of
capitalised Cyrillic words whose key is a stored Vietnamese name's is that name; the names
the data already has in Cyrillic (names_i18n) are read before this and never reach it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib.resources import files

from rapidfuzz import fuzz

from store.language.fold import fold_key
from store.language.question_words import is_vietnamese_word

MIN_SCORE = 90  # a key differing by one vowel ("нгуен" / "nguyen") still matches
_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?:[ \-][А-ЯЁ][а-яё]+)+")


@dataclass(frozen=True)
class _Table:
    cyrillic: tuple[tuple[str, str], ...]  # longest first
    initials: tuple[tuple[str, str], ...]
    finals: tuple[tuple[str, str], ...]
    letters: tuple[tuple[str, str], ...]
    endings: tuple[str, ...]


def _longest_first(pairs: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


@cache
def _table() -> _Table:
    raw = json.loads(files("store").joinpath("data/cyrillic_vi.json").read_text("utf-8"))
    return _Table(
        _longest_first(raw["cyrillic"]),
        _longest_first(raw["initials"]),
        _longest_first(raw["finals"]),
        _longest_first(raw["letters"]),
        tuple(sorted(raw["endings"], key=len, reverse=True)),
    )


def cyrillic_key(word: str) -> str:
    out, i, low = [], 0, word.lower()
    table = _table().cyrillic
    while i < len(low):
        for src, dst in table:
            if low.startswith(src, i):
                out.append(dst)
                i += len(src)
                break
        else:
            out.append(low[i])
            i += 1
    return "".join(out)


def _syllable_key(syllable: str) -> str:
    table = _table()
    # đ is told apart from d (Д, not З) before the other marks are folded away.
    word = syllable.lower()
    head = dict(table.initials)["đ"] if word.startswith("đ") else ""
    word = fold_key(word[1:] if head else word)
    initial, final = head, ""
    if not head:
        for src, dst in table.initials:
            if word.startswith(src):
                initial, word = dst, word[len(src) :]
                break
    for src, dst in table.finals:
        if word.endswith(src) and len(word) > len(src):
            word, final = word[: -len(src)], dst
            break
    for src, dst in table.letters:
        word = word.replace(src, dst)
    return initial + word + final


@lru_cache(maxsize=65536)
def vietnamese_key(name: str) -> str | None:
    """The comparison key of a Vietnamese name; None for a name that is not Vietnamese."""
    words = name.split()
    if len(words) < 2 or not all(is_vietnamese_word(fold_key(w)) for w in words):
        return None
    return " ".join(_syllable_key(w) for w in words)


def _best(key: str, names: list[str]) -> str | None:
    scored = [
        (fuzz.ratio(key, k), n)
        for n in names
        if (k := vietnamese_key(n)) is not None and k.count(" ") == key.count(" ")
    ]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    best = {n for s, n in scored if s == top}
    return best.pop() if top >= MIN_SCORE and len(best) == 1 else None


def match(run: str, names: list[str]) -> str | None:
    """The stored Vietnamese name a Cyrillic run of words spells, if exactly one does."""
    words = run.replace("-", " ").split()
    key = " ".join(cyrillic_key(w) for w in words)
    found = _best(key, names)
    if found is None:
        last = words[-1].lower()
        for ending in _table().endings:
            if last.endswith(ending) and len(last) - len(ending) >= 2:
                stem = " ".join(cyrillic_key(w) for w in [*words[:-1], last[: -len(ending)]])
                if found := _best(stem, names):
                    break
    return found


def has_run(question: str) -> bool:
    return _RUN.search(question) is not None


def rewrite(question: str, names: list[str]) -> str:
    """The question with each Cyrillic run of a stored Vietnamese name written as stored
    (the longest run that is one, leftmost first: "Когда Чан Кам Ту" → "Когда Trần Cẩm Tú")."""
    if not _RUN.search(question):
        return question

    def one(m: re.Match[str]) -> str:
        words = m.group().split(" ")
        out: list[str] = []
        i = 0
        while i < len(words):
            for j in range(len(words), i + 1, -1):
                if found := match(" ".join(words[i:j]), names):
                    out.append(found)
                    i = j
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)

    return _RUN.sub(one, question)
