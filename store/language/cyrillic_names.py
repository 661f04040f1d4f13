"""Vietnamese names written in Cyrillic: "Чан Кам Ту" is the stored "Trần Cẩm Tú".

Russian spells a Vietnamese name by sound (Trần → Чан, Dũng → Зунг, Phạm Minh Chính →
Фам Минь Тинь), so no letter-by-letter table gives the Vietnamese back. Both spellings are
reduced to one comparison key instead (store/data/cyrillic_vi.json): the Cyrillic letters
by the transcription's table, the Vietnamese syllables by its rules read backwards. A run of
capitalised Cyrillic words whose key is a stored Vietnamese name's is that name; the names
the data already has in Cyrillic (names_i18n) are read before this and never reach it.

Russian people are the other way round: "Журавлёвым" is a case form of a name the articles
store in Latin ("Vyacheslav Zhuravlev"). Its nominative candidates (store/data/ru_names.json
endings) are romanised letter by letter and compared with the stored surnames by the
transliteration key that already absorbs the romanisations' variants (zh/j, kh/h, yu/iu…).

The other way, a Russian answer writes a Vietnamese name the data has no Cyrillic form of
by the practical transcription (``vietnamese_in_cyrillic``; the 'spelling' rules of the same
file), in letters the reading above takes back to the same name; a Russian name the
articles give only in Latin ("Sergey Cheremin") is written back in Cyrillic by the
romanisation read backwards (``russian_in_cyrillic``, store/data/latin_ru.json).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from store.language.compiled import kept_regex
from store.language.fold import fold_key
from store.language.fuzzy import fuzz
from store.language.packaged import files
from store.language.question_names import translit_key
from store.language.question_words import is_vietnamese_word
from store.language.surnames import vn_surnames

MIN_SCORE = 90  # a key differing by one vowel ("нгуен" / "nguyen") still matches
_RUN = kept_regex(r"[А-ЯЁ][а-яё]+(?:[ \-][А-ЯЁ][а-яё]+)+")


@dataclass(frozen=True)
class _Table:
    cyrillic: tuple[tuple[str, str], ...]  # longest first
    initials: tuple[tuple[str, str], ...]
    finals: tuple[tuple[str, str], ...]
    letters: tuple[tuple[str, str], ...]
    endings: tuple[str, ...]
    press: tuple[tuple[str, str], ...] = ()  # initials as the press spells them ("ch" → Ч)


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
        _longest_first(raw.get("press_initials", {})),
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
    key = "".join(out)
    if low.endswith("ч") and key.endswith("ch") and len(low) > 2:
        # A final "ч" is the press's Vietnamese final "ch" ("Лич" for Lịch), which the
        # practical transcription writes "ть": one key for both.
        key = key[:-2] + dict(_table().finals).get("ch", "ch")
    return key


def _syllable_key(syllable: str, press: bool = False) -> str:
    table = _table()
    # đ is told apart from d (Д, not З) before the other marks are folded away.
    word = syllable.lower()
    head = dict(table.initials)["đ"] if word.startswith("đ") else ""
    word = fold_key(word[1:] if head else word)
    initial, final = head, ""
    if not head:
        for src, dst in (*table.press, *table.initials) if press else table.initials:
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
def vietnamese_key(name: str, press: bool = False) -> str | None:
    """The comparison key of a Vietnamese name; None for a name that is not Vietnamese.
    ``press``: as the Russian press often writes it instead ("Chung" → "Чунг", not "Тюнг")."""
    words = name.split()
    if len(words) < 2 or not all(is_vietnamese_word(fold_key(w)) for w in words):
        return None
    return " ".join(_syllable_key(w, press) for w in words)


def _vi_score(key: str, name: str) -> float:
    k = vietnamese_key(name)
    if k is None or k.count(" ") != key.count(" "):
        return 0.0
    alt = vietnamese_key(name, press=True)
    return max(fuzz.ratio(key, k), fuzz.ratio(key, alt) if alt and alt != k else 0.0)


def _best(key: str, names: list[str]) -> str | None:
    scored = [(score, n) for n in names if (score := _vi_score(key, n)) > 0]
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


# A surname key of 8 letters may differ in one ("zhuravlev"/"zhuravlyov" → 95, a variant the
# key misses); two differences ("zhuravskiy", "tsvetaeva" for "tsvetkova") fall below.
RU_MIN_SCORE = 88
GIVEN_MIN_SCORE = 80  # "Вячеслав"/"Viacheslav", "Татьяна"/"Tatiana" after the case ending
_WORD = re.compile(r"[А-ЯЁ][а-яё]+")
_GIVEN_GAP = re.compile(r"\s+")


@cache
def _ru() -> tuple[dict[str, str], tuple[tuple[str, tuple[str, ...]], ...]]:
    raw = json.loads(files("store").joinpath("data/ru_names.json").read_text("utf-8"))
    endings = sorted(raw["endings"].items(), key=lambda kv: -len(kv[0]))
    return raw["latin"], tuple((e, tuple(n)) for e, n in endings)


@lru_cache(maxsize=8192)
def _lemma_keys(word: str) -> frozenset[str]:
    """Transliteration keys of the nominatives a capitalised Cyrillic word may be a form of."""
    latin, endings = _ru()
    low = word.lower()
    forms = {low}
    for ending, nominatives in endings:
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            forms.update(low[: -len(ending)] + n for n in nominatives)
    return frozenset(translit_key("".join(latin.get(c, c) for c in f)) for f in forms)


@lru_cache(maxsize=4)
def _russian_people(names: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """(stored name, given-name key, surname key) of the stored non-Vietnamese people."""
    out = []
    for n in names:
        words = fold_key(n).split()
        if len(words) >= 2 and len(words[-1]) >= 4 and not is_vietnamese_word(words[-1]):
            out.append((n, translit_key(words[0]), translit_key(words[-1])))
    return tuple(out)


@cache
def _given_keys() -> frozenset[str]:
    raw = json.loads(files("store").joinpath("data/ru_given_names.json").read_text("utf-8"))
    return frozenset(translit_key(n) for n in raw)


def _score(word: str, key: str) -> float:
    return max(fuzz.ratio(k, key) for k in _lemma_keys(word))


def _at_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"'«(")
    return not before or before[-1] in ".!?\n"


def has_word(question: str) -> bool:
    return _WORD.search(question) is not None


def rewrite_russian(question: str, names: list[str]) -> str:
    """The question with each capitalised Cyrillic word that is a case form of a stored Russian
    surname (with the given name before it, if written) as the stored name. A word at the
    start of a sentence (capitalised anyway) must be the surname exactly; a given name written
    must be the stored person's."""
    people = _russian_people(tuple(names))
    if not people:
        return question
    out: list[str] = []
    last = 0
    matches = list(_WORD.finditer(question))
    for i, m in enumerate(matches):
        if m.start() < last:
            continue
        word = m.group()
        need = 100.0 if _at_start(question, m.start()) else RU_MIN_SCORE
        scored = [(s, p) for p in people if (s := _score(word, p[2])) >= need]
        if not scored:
            continue
        top = max(s for s, _ in scored)
        found = [p for s, p in scored if s == top]
        start = m.start()
        prev = matches[i - 1] if i else None
        if (
            prev is not None
            and prev.start() >= last
            and _GIVEN_GAP.fullmatch(question[prev.end() : m.start()])
        ):
            given = [p for p in found if _score(prev.group(), p[1]) >= GIVEN_MIN_SCORE]
            if given:
                found, start = given, prev.start()
            elif _lemma_keys(prev.group()) & _given_keys():
                continue  # another person's given name: "Петром Журавлевым" is not Vyacheslav
        stored = {p[0] for p in found}
        surname = {n.split()[-1] for n in stored}
        if len(stored) == 1:
            text = stored.pop()
        elif len(surname) == 1:
            text = surname.pop()  # several people of one surname: the reader keeps them all
        else:
            continue
        out.append(question[last:start])
        out.append(text)
        last = m.end()
    out.append(question[last:])
    return "".join(out)


# ------------------------------------------------------- Vietnamese names into Cyrillic

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # vowel marks (â, ă, ơ, ư) stay
_VOWELS = frozenset("aăâeêioôơuưy")


@dataclass(frozen=True)
class _Spelling:
    initials: tuple[tuple[str, str], ...]  # longest first
    nuclei: tuple[tuple[str, str], ...]  # longest first
    finals: dict[str, str]
    letters: dict[str, str]  # one letter at a time, for a final no rule spells
    soft: dict[str, str]  # a vowel after an initial ending in ь
    after_h: tuple[tuple[str, str], ...]  # a nucleus after an initial ending in х
    opening: tuple[tuple[str, str], ...]  # a nucleus starting a syllable without an initial


@cache
def _spelling() -> _Spelling:
    raw = json.loads(files("store").joinpath("data/cyrillic_vi.json").read_text("utf-8"))
    s = raw["spelling"]
    return _Spelling(
        _longest_first(s["initials"]),
        _longest_first(s["nuclei"]),
        s["finals"],
        {k: v for k, v in (*s["initials"].items(), *s["nuclei"].items()) if len(k) == 1},
        s["soft"],
        _longest_first(s["after_h"]),
        _longest_first(s["opening"]),
    )


def _toneless(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))


def _replace_head(text: str, table: tuple[tuple[str, str], ...]) -> str:
    for src, dst in table:
        if text.startswith(src):
            return dst + text[len(src) :]
    return text


def _cyrillic_syllable(word: str) -> str:
    sp = _spelling()
    rest, initial = _toneless(word), ""
    for src, dst in sp.initials:
        if rest.startswith(src):
            # 'gi' before a consonant or alone is g + the vowel i ('gìn' → 'зин').
            size = 1 if src == "gi" and rest[2:3] not in _VOWELS else len(src)
            initial, rest = dst, rest[size:]
            break
    nucleus = ""
    for src, dst in sp.nuclei:
        if rest.startswith(src):
            nucleus, rest = dst, rest[len(src) :]
            break
    if initial.endswith("ь") and nucleus[:1] in sp.soft:
        initial, nucleus = initial[:-1], sp.soft[nucleus[0]] + nucleus[1:]
    elif initial.endswith("х"):
        nucleus = _replace_head(nucleus, sp.after_h)
    elif not initial:
        nucleus = _replace_head(nucleus, sp.opening)
    final = sp.finals.get(rest)
    if final is None:
        final = "".join(sp.letters.get(c, c) for c in rest)
    out = initial + nucleus + final
    return out[:1].upper() + out[1:]


@lru_cache(maxsize=4096)
def vietnamese_in_cyrillic(name: str) -> str | None:
    """ "Lê Trung Chinh" → "Ле Чунг Тинь" by the Russian practical transcription of
    Vietnamese; None for a name not shaped like a Vietnamese one. Every word must be a
    Vietnamese syllable, and the name must carry Vietnamese marks or start with a Vietnamese
    surname ("Nguyen Van Thanh"; not "Hun Sen"). Whose name it is, the caller knows."""
    words = name.replace("-", " ").split()
    if len(words) < 2 or not all(is_vietnamese_word(fold_key(w)) for w in words):
        return None
    marked = any(fold_key(w) != w.lower() for w in words)
    if not marked and fold_key(words[0]) not in vn_surnames():
        return None
    return " ".join(_cyrillic_syllable(w) for w in words)


@dataclass(frozen=True)
class _LatinRu:
    given: dict[str, str]
    finals: tuple[tuple[str, str], ...]  # longest first
    letters: tuple[tuple[str, str], ...]  # longest first


@cache
def _latin_ru() -> _LatinRu:
    raw = json.loads(files("store").joinpath("data/latin_ru.json").read_text("utf-8"))
    return _LatinRu(
        raw["given"],
        tuple(sorted(map(tuple, raw["finals"]), key=lambda kv: -len(kv[0]))),
        tuple(sorted(map(tuple, raw["letters"]), key=lambda kv: -len(kv[0]))),
    )


_LATIN_NAME = kept_regex(r"[A-Za-z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*)+")
_LATIN_VOWELS = frozenset("aeiouy")


def _russian_word(word: str) -> str | None:
    """ "Cheremin" → "Черемин", "Zaretsky" → "Зарецкий", "Shchukin" → "Щукин"."""
    table = _latin_ru()
    if word in table.given:
        return table.given[word]
    low = word.lower()
    final = next(((f, c) for f, c in table.finals if low.endswith(f) and len(low) > len(f)), None)
    stem = low[: -len(final[0])] if final else low
    out: list[str] = []
    i = 0
    while i < len(stem):
        if stem[i] == "y" and not stem.startswith(("yu", "ya", "yo", "ye"), i):
            # "Shoygu" → "Шойгу", "Rybakov" → "Рыбаков": a glide after a vowel, else "ы".
            out.append("й" if i and stem[i - 1] in _LATIN_VOWELS else "ы")
            i += 1
            continue
        pair = next(((a, c) for a, c in table.letters if stem.startswith(a, i)), None)
        if pair is None:
            return None
        out.append(pair[1])
        i += len(pair[0])
    text = "".join(out) + (final[1] if final else "")
    return text[:1].upper() + text[1:]


def russian_in_cyrillic(name: str) -> str | None:
    """A Russian's name stored in Latin, in Cyrillic: given names as the data spells them,
    the rest by the romanisation's rules ("Sergey Cheremin" → "Сергей Черемин"); None for a
    name that is not words of Latin letters."""
    if not _LATIN_NAME.fullmatch(name):
        return None
    words = []
    for word in name.split():
        parts = [_russian_word(p) for p in word.split("-")]
        if any(p is None for p in parts):
            return None
        words.append("-".join(p for p in parts if p is not None))
    return " ".join(words)
