"""Helpers shared by the extraction tests over short reports written for them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.language.extract import extract_meetings
from store.language.models import Article, Meeting

TODAY = date(2026, 11, 24)


def meetings(text: str, published: date | None = None) -> list[Meeting]:
    """The meetings of one report, published that day (or undated)."""
    return extract_meetings(
        Article(
            text=text,
            source="t.txt",
            published=published,
            published_precision="day" if published else None,
        ),
        today=TODAY,
    )


def names(m: Meeting) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in m.participants}


def written(folder: Path, prefix: str) -> str:
    """The text of the report in ``folder`` whose file name starts with ``prefix`` ("t01")."""
    return next(folder.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def rewritten(folder: Path, prefix: str, old: str, new: str) -> str:
    """That report with ``old`` (which it must hold) replaced: a near miss of it."""
    text = written(folder, prefix)
    assert old in text, old
    return text.replace(old, new)
