"""Country names (store/data/countries.json) found in article text.

Names are proper nouns written with their marks and capitals, so they are matched as
written (or in capitals, for headlines): folding would make "ảnh" (photo) England and
"ngã ba" Russia.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib.resources import files

from store.language.fold import fold


@cache
def _table() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    rows = json.loads(files("store").joinpath("data/countries.json").read_text(encoding="utf-8"))
    code_of: dict[str, str] = {}
    for row in rows:
        for name in row["names"]:
            code_of[name] = code_of[name.upper()] = row["code"]
    alternation = "|".join(re.escape(n) for n in sorted(code_of, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    return pattern, code_of, frozenset(fold(n) for n in code_of)


def find_countries(text: str) -> list[tuple[int, str]]:
    """(offset, country code) of every country name, in reading order."""
    pattern, code_of, _ = _table()
    return [(m.start(), code_of[m.group(0)]) for m in pattern.finditer(text)]


def country_in(text: str) -> str | None:
    """The country a passage names last ("Ngoại trưởng Ấn Độ" → IN)."""
    found = find_countries(text)
    return found[-1][1] if found else None


def is_country_name(text: str) -> bool:
    """Whether ``text`` (any marks, any case) is exactly a country name."""
    return fold(text) in _table()[2]
