"""The years anniversaries name ("kỷ niệm 80 năm Chiến thắng" is 2025, "152 năm Ngày sinh
V.I. Lenin" 2022), from the years of the events news counts (store/data/anniversaries.json).
A year-less day takes its year from the titles the article gives, then from the years the
article names: an anniversary names one without writing it."""

from __future__ import annotations

import json
import re
from functools import cache

from store.language.packaged import files


@cache
def _events() -> tuple[re.Pattern[str], dict[str, int]]:
    raw = json.loads(files("store").joinpath("data/anniversaries.json").read_text(encoding="utf-8"))
    years = {name: e["year"] for e in raw["events"] for name in e["names"]}
    names = "|".join(re.escape(n) for n in sorted(years, key=len, reverse=True))
    # The name ends the phrase ("80 năm Chiến thắng.", "… Chiến thắng tại Quảng trường Đỏ"):
    # "50 năm Chiến thắng Điện Biên Phủ" is another victory, "Quốc khánh Nga" another day.
    end = r"(?=\s*$|\s*[^\w\s]|\s+(?:tai|trong|va|cua|o|cung|vao|tren|duoc|da|se|nam|co|thi|la)\b)"
    return re.compile(rf"(?<![\w.])(\d{{1,3}}) nam (?:ky niem )?({names}){end}"), years


def anniversary_years(folded: str) -> list[tuple[int, int]]:
    """(offset, year) of each anniversary the folded text counts."""
    if " nam " not in folded:
        return []
    pattern, years = _events()
    return [(m.start(), years[m.group(2)] + int(m.group(1))) for m in pattern.finditer(folded)]
