"""Live-blog pages ("TRỰC TIẾP: …", "Cập nhật liên tục") and their entries under clock times.

An entry ("15:05 / Thủ tướng X gặp Thủ tướng Y") writes no day: it happens on the page's day,
the one its byline gives below the headline. The marks are data (store/data/page_chrome.json).
"""

from __future__ import annotations

import re
from functools import cache

from store.language.fold import fold_key
from store.language.related_links import chrome

# A line that opens with a clock time, alone ("15:05") or before the entry ("10:05 Chủ tịch
# nước …"); not a date ("15.05.2024") nor a score ("2:1 …" has a one-digit minute).
_CLOCK_LINE = re.compile(r"^[ \t]*(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d/.:\-]*\d)(?=\s|$)", re.M)
_FEWEST_ENTRIES = 2


@cache
def _marks() -> tuple[str, ...]:
    return tuple(chrome()["live_marks"]["words"])


def entries_start(text: str) -> int | None:
    """Where the first timed entry of a live-blog page starts; None on any other page (a
    live mark above the entries and at least two of them are needed)."""
    clocks = list(_CLOCK_LINE.finditer(text))
    if len(clocks) < _FEWEST_ENTRIES:
        return None
    first = clocks[0].start()
    top = f" {fold_key(text[:first])} "
    if not any(f" {w} " in top for w in _marks()):
        return None
    return first
