"""Links to other articles on a copied news page ("Tin liên quan", "Xem thêm: …").

Their headlines report other events ("Tổng thống Putin thăm Việt Nam: dấu ấn …" under a story
about another country), so they are blanked before sentences are cut — with spaces, so that
every offset into the text still holds. The headings are data (store/data/page_chrome.json).
"""

from __future__ import annotations

import json
import re
from functools import cache

from store.language.fold import fold_key
from store.language.packaged import files

# A headline of a link list ends without a full stop; a paragraph of the story ends with one.
_SENTENCE_END = (".", "!", "…", '."', ".”", ".»")
_LONGEST_LINK = 200  # a line longer than this is a paragraph, whatever its end
# "Xem thêm: …", ">> Tin liên quan: …": one link written on the heading's own line.
_LEAD_MARKS = re.compile(r"^[\s>»+*•\-–|]*")


@cache
def chrome() -> dict:
    return json.loads(files("store").joinpath("data/page_chrome.json").read_text(encoding="utf-8"))


def _headings() -> frozenset[str]:
    return frozenset(chrome()["related_headings"])


@cache
def never_final() -> frozenset[str]:
    """Words no sentence, headline or caption ends on: a copied line ending on one runs on."""
    return frozenset(chrome()["never_final"]["words"])


def _heading(line: str) -> tuple[bool, bool]:
    """(the line opens a link list, the line also holds a link after a colon)."""
    bare = _LEAD_MARKS.sub("", line).strip()
    head, colon, rest = bare.partition(":")
    if fold_key(head) not in _headings():
        return False, False
    return True, bool(colon and rest.strip())


def blank_related(text: str) -> str:
    """The text with each link list below the story's start (its heading and the headlines
    under it) blanked; above the first paragraph, a heading may be a menu item before the
    article's own headline."""
    lines = text.split("\n")
    started = listing = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        opens, inline = (
            _heading(stripped) if started and len(stripped) <= _LONGEST_LINK else (False, False)
        )
        if opens and (inline or len(stripped) <= 60):  # "Tin liên quan: <a headline>"
            lines[i] = " " * len(line)
            listing = not inline
            continue
        if listing and len(stripped) <= _LONGEST_LINK and not stripped.endswith(_SENTENCE_END):
            lines[i] = " " * len(line)
            continue
        listing = False
        started = started or stripped.endswith(_SENTENCE_END)
    return "\n".join(lines)
