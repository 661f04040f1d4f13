"""Ministries and committees whose names hold "và" or commas (store/data/body_names.json).

A title ends at "và" or at a comma before a lower-case word: "Bộ trưởng A và Bộ trưởng B" are
two people. Inside a body's name the data lists, neither ends it: "Bộ trưởng Tài nguyên thiên
nhiên và Sinh thái Nga", "thứ trưởng Bộ Văn hóa, thể thao và du lịch".
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from store.language.fold import fold
from store.language.packaged import files

# Between two words of a name: a space, or a hyphen, dash or comma with any spaces.
_GAP = r"(?:\s*[,\-–]\s*|\s+)"


@cache
def _names() -> list[list[str]]:
    """The folded words of each name, the longest name first."""
    raw = json.loads(files("store").joinpath("data/body_names.json").read_text(encoding="utf-8"))
    names = sorted({fold(n) for n in raw["names"]}, key=len, reverse=True)
    return [re.findall(r"[^\s,\-–]+", n) for n in names]


@cache
def _pattern() -> re.Pattern[str]:
    alternation = "|".join(_GAP.join(re.escape(w) for w in words) for words in _names())
    # The name right where the title goes on, or after "Bộ"/"Ủy ban" further in it ("Thứ
    # trưởng Thường trực Bộ Khoa học và Công nghệ").
    return re.compile(rf"(?:(?<!\w)(?P<body>bo|uy ban)\s+)?(?:{alternation})(?!\w)")


@cache
def _first_words() -> re.Pattern[str]:
    """The first word of any name: every match of _pattern() holds one. Most windows hold
    none, and _pattern(), which tries every position, need not run on them."""
    return re.compile(
        "|".join(sorted({re.escape(words[0]) if words else "" for words in _names()}))
    )


@lru_cache(maxsize=64)
def body_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Spans of the data's bodies named in a title's rest ``text[start:end]``: at its start
    (past spaces and "Bộ"/"Ủy ban") or after "Bộ"/"Ủy ban".

    Kept for the last few windows: a title's rest is read for where it ends and then again,
    most often to the same end, for the name in it (a tuple: the callers share it)."""
    window = text[start:end]
    # An article's fold is kept (fold.remember): a slice of it, when folding kept every
    # offset, rather than folding each window again.
    whole = fold(text) if len(text) > 500 else ""
    folded = whole[start:end] if len(whole) == len(text) else fold(window)
    if len(folded) != len(window):
        return ()  # folding moved offsets: no span rather than a wrong one
    if _first_words().search(folded) is None:
        return ()
    lead = len(window) - len(window.lstrip())
    return tuple(
        (start + m.start(), start + m.end())
        for m in _pattern().finditer(folded)
        if m.start() == lead or m.group("body")
    )


Spans = Sequence[tuple[int, int]]


def inside_body(spans: Spans, pos: int) -> int | None:
    """The end of the body's name that ``pos`` falls inside (not at its edges), if any."""
    return next((b for a, b in spans if a < pos < b), None)


def blanked(text: str, start: int, end: int, spans: Spans) -> str:
    """``text[start:end]`` with the bodies' names in ``spans`` blanked to spaces, lengths kept."""
    out = list(text[start:end])
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            out[i - start] = " "
    return "".join(out)
