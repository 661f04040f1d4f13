"""A surname alone after a title: "Phó Thủ tướng Chernyshenko", "Bộ trưởng Năng lượng Novak",
"ông Zubkov, Phó Thủ tướng Nga".

The people data keeps a bare surname as an alias only where it names one person whatever the
context; other surnames are common (Novak, Sokolov, Fomin). With a title, the surname names
the person of the data who held that title when the article was written — when exactly one
did. Otherwise the surname stays as written with its title, a Russian official the data does
not know (never another person of the same surname).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.language.compiled import kept_regex
from store.language.countries import is_country_name
from store.language.fold import fold
from store.language.lexicon import Lexicon, Mention, Person
from store.language.names import not_person_word, one_edit, vietnamese_script

# A title, the rest of its body's name and maybe its country ("Bộ trưởng Năng lượng Nga"), then
# one capitalised Latin word and no further name word.
_AFTER = re.compile(
    r"((?:\s+(?!(?:đã|đang|sẽ|vừa|tiếp|hội|gặp|với|cùng|tại|ở|cho|là|ông|bà|ngài)(?!\w))"
    r"(?:Nga|LB|[a-zà-ỹđ][^\s,.;:()]*|[^\s,.;:()]*[^\x00-\x7f][^\s,.;:()]*)){0,5}?)"
    r"\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)"
    r"(?![\w'’\-]|\.\w|\s+[A-ZĐ]|\s*\()"
)
# "ông Zubkov, Phó Thủ tướng Nga": the surname addressed, the title after it.
_ADDRESSED = re.compile(r"(?<!\w)(?:ông|bà|ngài)\s+([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s*[,\-–]\s*$")
_ADDRESSED_ENDS = (",", "-", "–")  # what an _ADDRESSED match ends with, but for spaces
_COUNTRY_WORDS = kept_regex(r"\b(?:cua\s+)?(?:lien bang nga|lb nga|nga|viet nam)\b")
_SLACK = timedelta(days=60)  # an article may report a meeting of some weeks before


_INDEX: dict[int, dict[str, tuple[str, ...]]] = {}


def _by_surname(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Surname (folded) → the data's people of that surname, built once per lexicon."""
    done = _INDEX.get(id(lex))
    if done is not None:
        return done
    out: dict[str, set[str]] = {}
    for person in lex.people.values():
        for name in (person.name, *person.aliases):
            words = name.replace(".", " ").split()
            if len(words) >= 2 and not vietnamese_script(name):
                out.setdefault(fold(words[-1]), set()).add(person.name)
    _INDEX[id(lex)] = {k: tuple(sorted(v)) for k, v in out.items()}
    return _INDEX[id(lex)]


_VOCABULARY: dict[int, frozenset[str]] = {}


def _title_words(lex: Lexicon) -> frozenset[str]:
    """Every word of every title the data knows (folded), and the words of a country's name."""
    done = _VOCABULARY.get(id(lex))
    if done is None:
        words = {
            w for o in lex.offices.values() for t in (o.title, *o.patterns) for w in fold(t).split()
        }
        done = _VOCABULARY[id(lex)] = frozenset(words | {"cua", "lien", "bang", "lb", "nga"})
    return done


def _words(title: str) -> list[str]:
    return _COUNTRY_WORDS.sub(" ", fold(title)).replace(",", " ").split()


def _held(person: Person, written: str, office_key: str, when: date | None, lex: Lexicon) -> bool:
    """The person held the title as written (its words begin one of the office's names) on
    the article's date, give or take some weeks (any time when the article is undated)."""
    want = _words(written)
    for t in person.tenures:
        if when is not None and not (
            t.start - timedelta(days=1) <= when and (t.end is None or when - _SLACK <= t.end)
        ):
            continue
        office = lex.offices.get(t.office)
        names = [t.title, *(office.patterns if office else ())]
        if t.office == office_key or any(_words(n)[: len(want)] == want for n in names):
            return True
    return False


# A Vietnamese syllable written without marks ("Trang", "Nam", "Minh"): no Russian surname.
_VN_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?",
    re.IGNORECASE,
)


def _surname_word(word: str) -> bool:
    return not (
        vietnamese_script(word)
        or _VN_SYLLABLE.fullmatch(word)
        or is_country_name(word)
        or not_person_word(word)
        or word.isupper()
    )


def titled_surnames(
    text: str,
    offices: list[Mention],
    lex: Lexicon,
    spans: list[tuple[int, int]],
    when: date | None,
) -> list[tuple[Mention, str, str | None]]:
    """(mention, country, title as written for a person the data lacks) for each surname alone
    with a title."""
    out: list[tuple[Mention, str, str | None]] = []
    taken = list(spans)
    for off in offices:
        office = lex.offices.get(off.key)
        if office is None:
            continue
        found = []
        m = _AFTER.match(text, off.end)
        if m:
            found.append((m.start(2), m.end(2), text[off.start : m.end(1) or off.end]))
        before = text[max(0, off.start - 40) : off.start]
        a = (
            _ADDRESSED.search(text, max(0, off.start - 40), off.start)
            if before.rstrip().endswith(_ADDRESSED_ENDS)
            else None  # most titles follow a word: no regex for them
        )
        if a:
            end = off.end
            rest = _AFTER.match(text, off.end)
            if rest and rest.group(1):
                end = rest.end(1)
            found.append((a.start(1), a.end(1), text[off.start : end]))
        vocabulary = _title_words(lex)
        for start, end, written in found:
            word = text[start:end]
            if any(x < end and start < y for x, y in taken) or not _surname_word(word):
                continue
            gap = fold(text[off.end : start]).split() if start > off.end else []
            if any(w not in vocabulary for w in gap) or any(
                k.surface.islower() for k in lex.find_kinds(text[off.end : start])
            ):
                continue  # "… Nga thăm Việt Nam": words of no title stand between
            before = text[max(0, start - 12) : start].split()
            if before and is_country_name(f"{before[-1]} {word}"):
                continue  # "Việt Nam", "Hàn Quốc": a country's second word
            if lex.canonical_place(word):
                continue
            holders = [
                name
                for name in _by_surname(lex).get(fold(word), ())
                if _held(lex.people[name], written, off.key, when, lex)
            ]
            if not holders and len(word) >= 5:
                # One letter off the surname of whoever held the title then ("Ngoại trưởng
                # Nga Lavrop"): a copied page's typo of him (issue 9 §5).
                folded = fold(word)
                holders = sorted(
                    {
                        name
                        for surname, names in _by_surname(lex).items()
                        if one_edit(surname, folded)
                        for name in names
                        if _held(lex.people[name], written, off.key, when, lex)
                    }
                )
            if len(holders) == 1:
                person = lex.people[holders[0]]
                out.append((Mention(person.name, start, end, word), person.country, None))
            elif "nga" in fold(written).split():  # "Phó Thủ tướng Nga Zubkov": a Russian
                out.append((Mention(word, start, end, word), "RU", written.strip(" ,")))
            else:
                continue
            taken.append((start, end))
    return out
