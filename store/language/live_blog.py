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
# "10:05 Hội đàm …", "10h05: Hội đàm …" (a colon or dash may close the time)
_CLOCK_LINE = re.compile(
    r"^[ \t]*(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\d/.:\-]*\d)(?=\s|[:\-–]\s|$)", re.M
)
_FEWEST_ENTRIES = 2


@cache
def _marks() -> tuple[str, ...]:
    return tuple(chrome()["live_marks"]["words"])


# A date on the clock's line: a byline ("12:05 | 12/06/2017"), not an entry.
_DATED = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}")


def entries_start(text: str) -> int | None:
    """Where the first timed entry of a live-blog page starts; None on any other page (at
    least two entries are needed, and above them a line that opens with a live mark or, right
    above, a heading that gives their day: "ĐÀ NẴNG – Minute by minute ngày 11/11:")."""
    clocks = [
        m
        for m in _CLOCK_LINE.finditer(text)
        if not _DATED.search(text, m.end(), _line_end(text, m.end()))
    ]
    if len(clocks) < _FEWEST_ENTRIES:
        return None
    first = clocks[0].start()
    lines = text[:first].rstrip().split("\n")
    if lines and is_day_heading(lines[-1]):
        return first
    return first if any(map(live_marked, lines)) else None


def live_marked(line: str) -> bool:
    """The line opens with a live mark ("TRỰC TIẾP: …", "Cập nhật liên tục")."""
    words = f"{fold_key(line)} "
    return any(words.startswith(f"{w} ") for w in _marks())


# A short line ending with a colon that writes a day: the day of the entries under it.
_DAY_HEADING = re.compile(r"\b\d{1,2}[/\-]\d{1,2}(?:[/\-]\d{2,4})?\)?\s*:\s*$")
_HEADING_MAX = 80


def is_day_heading(line: str) -> bool:
    """ "Ngày 19/6:", "ĐÀ NẴNG – Minute by minute ngày 11/11:": a heading over timed entries."""
    line = line.strip()
    return len(line) <= _HEADING_MAX and bool(_DAY_HEADING.search(line))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end
