"""Country names (store/data/countries.json) found in article text.

Names are proper nouns written with their marks and capitals, so they are matched as
written (or in capitals, for headlines): folding would make "ảnh" (photo) England and
"ngã ba" Russia.
"""

from __future__ import annotations

import json
import re
from functools import cache

from store.language.fold import fold
from store.language.packaged import files

BILATERAL = ("VN", "RU")  # the two sides the bot covers, Vietnam first


@cache
def _json() -> list[dict]:
    return json.loads(files("store").joinpath("data/countries.json").read_text(encoding="utf-8"))


@cache
def _rows() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((row["code"], tuple(row["names"])) for row in _json())


@cache
def _table() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    code_of: dict[str, str] = {}
    for code, names in _rows():
        for name in names:
            code_of[name] = code_of[name.upper()] = code
    alternation = "|".join(re.escape(n) for n in sorted(code_of, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    return pattern, code_of, frozenset(fold(n) for n in code_of)


def country_name(code: str | None) -> str | None:
    """The usual Vietnamese name of a country code ("RU" → "Nga"); None when unknown."""
    return next((names[0] for c, names in _rows() if c == code), None)


# How an article has a visitor in a country at the time of a meeting it gives no city
# for ("… hội đàm với Thủ tướng Nga …, đang thăm chính thức Việt Nam"; "tiếp … nhân dịp
# thăm Nga"), folded. Present visits only: one recalled ("sau chuyến thăm Việt Nam năm
# 2017") says nothing of where this meeting was.
_VISITING = (
    "dang tham",
    "dang tham chinh thuc",
    "dang tham cap nha nuoc",
    "dang tham lam viec",
    "dang tham lam viec tai",
    "dang tham va lam viec tai",
    "dang o tham",
    "dang co chuyen tham chinh thuc",
    "nhan dip tham",
    "nhan dip tham chinh thuc",
    "nhan dip tham cap nha nuoc",
    "nhan dip tham va lam viec tai",
    "nhan dip sang tham",
    "nhan dip den tham",
    "nhan dip sang",
    "nhan chuyen tham",
    "nhan chuyen tham chinh thuc",
    "trong khuon kho chuyen tham",
    "trong khuon kho chuyen tham chinh thuc",
    "trong khuon kho chuyen tham cap nha nuoc",
    "trong khuon kho chuyen tham va lam viec tai",
)


# The visit a sentence tells as its own news ("Phó Thủ tướng Nga … thăm làm việc tại Việt
# Nam từ ngày 27 đến 30/10"), folded: not a trip planned or recalled ("chuẩn bị cho chuyến
# thăm Việt Nam", "sẽ thăm", "thăm Việt Nam năm 2017").
_TOLD_VISIT = (
    r"(?<!chuyen )(?<!se )(?<!kien )(?<!moi )(?<!tung )(?<!bi )"
    r"(?:sang |den )?tham(?: chinh thuc| cap nha nuoc| lam viec| va lam viec)?(?: tai)? "
)


def visit_told(code: str, sentence: str) -> bool:
    """Whether the sentence a meeting's own date was read from tells a visit to the country
    that date belongs to: the meeting was held there, though no city is named."""
    names = "|".join(re.escape(n) for n in sorted(folded_names((code,)), key=len, reverse=True))
    pattern = rf"(?<!\w){_TOLD_VISIT}(?:{names})(?!\w)(?! (?:nam|vao nam) \d{{4}})"
    return re.search(pattern, fold(sentence)) is not None


def visiting(code: str) -> list[str]:
    """Folded phrases saying the visitor is in the country at the time ("dang tham viet nam")."""
    return [f"{v} {n}" for n in folded_names((code,)) for v in _VISITING]


def utc_offsets(code: str | None) -> tuple[int, int] | None:
    """The least and greatest hours a country's clocks are ahead of UTC, when the data has them."""
    row = next((row for row in _json() if row["code"] == code), None)
    hours = row.get("utc_offsets") if row else None
    return (int(hours[0]), int(hours[1])) if hours else None


def capital(code: str | None) -> str | None:
    """The capital where a country's national bodies sit ("RU" → "Moskva"), when the data has it."""
    return next((row.get("capital") for row in _json() if row["code"] == code), None)


def short_name(code: str) -> str:
    """The country's name as the data writes it first ("RU" → "Nga")."""
    return next((names[0] for c, names in _rows() if c == code and names), code)


def folded_names(codes: tuple[str, ...]) -> dict[str, str]:
    """Every name of these countries, folded ("lien bang nga"), with its code."""
    return {fold(n): c for c, names in _rows() if c in codes for n in names}


def flag(code: str | None) -> str:
    """The flag emoji of a two-letter code ("VN" → 🇻🇳); empty for anything else."""
    if not code or len(code) != 2 or not code.isascii() or not code.isalpha():
        return ""
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code.upper())


@cache
def _not_places() -> re.Pattern[str] | None:
    """Places whose name begins with a country's ("Lào Cai", "Mỹ Tho", "Đức Giang"): no country."""
    places = [p for row in _json() for name in row.get("not", ()) for p in (name, name.upper())]
    if not places:
        return None
    alternation = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})(?!\w)")


def _a_place(text: str, pos: int) -> bool:
    places = _not_places()
    return places is not None and places.match(text, pos) is not None


def find_countries(text: str) -> list[tuple[int, str]]:
    """(offset, country code) of every country name, in reading order."""
    return [(a, code) for a, _b, code in country_spans(text)]


def country_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country code) of every country name, in reading order."""
    pattern, code_of, _ = _table()
    return [
        (m.start(), m.end(), code_of[m.group(0)])
        for m in pattern.finditer(text)
        if not _a_place(text, m.start())
    ]


@cache
def _first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in _table()[1])


def country_at(text: str, pos: int) -> tuple[int, str] | None:
    """(end, country code) of a country name written at pos, if any."""
    word = text[pos : pos + 24].split(None, 1)
    if not word or word[0].rstrip(",.;:)") not in _first_words():
        return None  # most capitalised words after a title begin a name
    pattern, code_of, _ = _table()
    m = pattern.match(text, pos)
    return (m.end(), code_of[m.group(0)]) if m and not _a_place(text, pos) else None


def country_in(text: str) -> str | None:
    """The country a passage names last ("Ngoại trưởng Ấn Độ" → IN)."""
    found = find_countries(text)
    return found[-1][1] if found else None


def is_country_name(text: str) -> bool:
    """Whether ``text`` (any marks, any case) is exactly a country name."""
    return fold(text) in _table()[2]


_ASIDE_AT_END = re.compile(r"\s*\(\s*([^()]{1,40}?)\s*\)\s*$")


def aside_country(text: str) -> str | None:
    """The country a text ends with in brackets ("… thành phố Minsk (Belarus)" → BY)."""
    m = _ASIDE_AT_END.search(text)
    return country_in(m.group(1)) if m is not None and is_country_name(m.group(1)) else None


def without_country_aside(title: str) -> str:
    """A title without the country bracketed at its end ("Phó Thống đốc tỉnh Irkutsk (Nga)"
    → "Phó Thống đốc tỉnh Irkutsk"): the country is the person's side, shown as such. Other
    asides stay ("Tổng Giám đốc Quỹ Đầu tư trực tiếp Nga (RDIF)")."""
    m = _ASIDE_AT_END.search(title)
    if m is None or not is_country_name(m.group(1)):
        return title
    return title[: m.start()]
