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


# A date on the clock's line: a byline ("12:05 | 12/06/2017"), not an entry.
_DATED = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def entries_start(text: str) -> int | None:
    """Where the first timed entry of a live-blog page starts; None on any other page (at
    least two entries, and a line above them that opens with a live mark, are needed)."""
    clocks = [
        m
        for m in _CLOCK_LINE.finditer(text)
        if not _DATED.search(text, m.end(), _line_end(text, m.end()))
    ]
    if len(clocks) < _FEWEST_ENTRIES:
        return None
    first = clocks[0].start()
    for line in text[:first].split("\n"):
        words = f"{fold_key(line)} "
        if any(words.startswith(f"{w} ") for w in _marks()):
            return first
    return None


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
