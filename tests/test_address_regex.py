"""``addressed_by`` is a faster spelling of the words of address before a name: the regexes
built with it find exactly what they found written as two nested alternations."""

import re
from pathlib import Path

import pytest

from store.language.compiled import word_start_caseless
from store.language.document import _HONOURED_VN
from store.language.names import (
    _ADDRESSED,
    _ADDRESSED_INITIALS,
    ACADEMIC,
    ACADEMIC_ABBREVIATIONS,
    ADDRESS_WORDS,
    addressed_at,
    addressed_by,
)

HERE = Path(__file__).parent
SAMPLES = [
    "ông Vladimir Putin, bà Valentina Matviyenko và ngài Sergei Lavrov",
    "Ông A. Kozlov; ÔNG Oleg Ivanov; ông  Anton  Vaino\nTổng giám đốc",
    "GS.TS Nguyễn Văn An, PGS. TS Trần Thị Bình, GS.TSKH Lê Văn Cường, ThS Phạm Minh",
    "PGX Ivanov, .TS Petrov, xGS Sidorov, TS.VS Kuznetsov, VS. Popov, PGS.  TS. Sokolov",
    "Viện sĩ V.N.Parmon, viện sỹ Alexander Aseev, Giáo sư Châu Văn Minh, phó giáo sư Ngô Lan",
    "Tiến sĩ Hồ Sĩ Thành, tiến sỹ Boris Gryzlov, đồng chí Lê Văn Tuấn, Đồng chí Tô Lâm",
    "không Vladimir, bông Lan, ngàiA Bcd, tiếp ông Yury Trutnev (phải) tại Hà Nội",
]


def _old(head_words: tuple[str, ...], rest: str) -> re.Pattern[str]:
    return re.compile(f"(?:{word_start_caseless(*head_words)}|{ACADEMIC_ABBREVIATIONS})" + rest)


def _rest(rx: re.Pattern[str]) -> str:
    # what follows the words of address: the part of the pattern after its first "(?:…)"
    depth = 0
    for i, ch in enumerate(rx.pattern):
        depth += {"(": 1, ")": -1}.get(ch, 0) if rx.pattern[i - 1 : i] != "\\" else 0
        if depth == 0:
            return rx.pattern[i + 1 :]
    raise AssertionError(rx.pattern)


ADDRESSED = [
    (_ADDRESSED, ("ông", "bà", "ngài", "đồng chí", *ACADEMIC)),
    (_ADDRESSED_INITIALS, ("ông", "bà", "ngài", *ACADEMIC)),
    (_HONOURED_VN, ("ông", "bà", "đồng chí", *ACADEMIC)),
]


@pytest.mark.parametrize(("new", "words"), ADDRESSED)
def test_same_matches_as_nested_alternations(new: re.Pattern[str], words: tuple[str, ...]) -> None:
    old = _old(words, _rest(new))
    texts = SAMPLES + [p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*articles/*.txt"))]
    found = 0
    for text in texts:
        a = [(m.span(), m.groups()) for m in old.finditer(text)]
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == a, text[:80]
        found += len(a)
    assert found >= 4  # the texts exercise the pattern


@pytest.mark.parametrize(("rx", "words"), ADDRESSED)
def test_tried_where_a_word_of_address_starts(rx: re.Pattern[str], words: tuple[str, ...]) -> None:
    # addressed_at tries each regex only where one of ADDRESS_WORDS starts: a regex taking a
    # word not among them would lose its matches.
    assert rx.pattern.startswith(addressed_by(*words))
    assert set(words) <= set(ADDRESS_WORDS)
    texts = SAMPLES + [p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*articles/*.txt"))]
    texts.append("phó giáo sư giáo sư Ivan Petrov, PGS.TS Ngô Văn An")  # overlapping words
    found = 0
    for text in texts:
        a = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in addressed_at(rx, text)] == a, text[:80]
        found += len(a)
    assert found >= 4
