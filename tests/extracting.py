"""Helpers shared by the extraction tests over short reports written for them."""

from __future__ import annotations

from datetime import date

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
