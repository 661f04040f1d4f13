"""Vietnamese surnames (store/data/vn_surnames.json): one list for articles and questions."""

from __future__ import annotations

import json
from functools import cache

from store.language.fold import fold
from store.language.packaged import files


@cache
def written_surnames() -> frozenset[str]:
    """Every surname as written, with its marks ("Đoàn", not "Doãn")."""
    return frozenset(
        json.loads(files("store").joinpath("data/vn_surnames.json").read_text(encoding="utf-8"))
    )


@cache
def vn_surnames() -> frozenset[str]:
    """Every surname, folded ("Nguyễn" → "nguyen"), as text and questions are matched."""
    return frozenset(fold(n) for n in written_surnames())


def surname_as_typed(word: str) -> bool:
    """A family name as typed: without marks any ("truong"), with marks its own ("Trương",
    not the "trưởng" of "Bộ trưởng")."""
    if word.isascii():
        return True
    return word[:1].upper() + word[1:].lower() in written_surnames()
