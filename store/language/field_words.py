"""Whether a phrase of an article's own list of areas is a field (store/data/field_words.json).

"hợp tác trong các lĩnh vực đào tạo giáo viên, giáo dục nghề nghiệp …" lists fields; a list
after "nhất trí" also holds acts and frames ("tăng số học bổng", "xây dựng lộ trình cụ thể",
"bối cảnh tình hình khu vực"), which are no field.
"""

from __future__ import annotations

import json
import re
from functools import cache

from store.language.packaged import files


def _words(items: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))


@cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    raw = json.loads(files("store").joinpath("data/field_words.json").read_text(encoding="utf-8"))
    return (
        re.compile(rf"(?<!\w)(?:{_words(raw['never'])})(?!\w)"),
        re.compile(rf"(?:{_words(raw['not_first'])})(?!\w)"),
        re.compile(rf"(?:{_words(raw['first_anyway'])})(?!\w)"),
        frozenset(raw["not_alone"]),
    )


def no_field(item: str) -> bool:
    """A phrase that names no field: a word no field holds, an act leading it, or a word that
    is no field alone."""
    never, not_first, first_anyway, not_alone = _rules()
    low = item.lower()
    if low in not_alone or never.search(low):
        return True
    return bool(not_first.match(low)) and not first_anyway.match(low)
