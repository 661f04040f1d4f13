"""Article texts as stored: zlib-compressed UTF-8 in ``articles.body``.

An article's text is read whole only to parse it for evidence sentences and for the
in-memory phrase scan, never searched by SQL, so it is kept compressed (a 3 kB report
takes 1.3 kB; levels 6 and 9 give the same size on news text, level 1 is 6% larger).
Rows written before migration SQLite 14 / PostgreSQL 7 that were not rewritten keep
their text in ``articles.text`` (``body`` NULL): every read goes through ``unpack``.
"""

from __future__ import annotations

import zlib

LEVEL = 6


def pack(text: str) -> bytes | None:
    """The stored form of an article's text (None for a copy, which keeps no text)."""
    return zlib.compress(text.encode(), LEVEL) if text else None


def unpack(body: bytes | memoryview | None, text: str | None = None) -> str:
    """The article's text from its stored columns (``body``, else the legacy ``text``)."""
    if body is None:
        return text or ""
    return zlib.decompress(body).decode()


def head(body: bytes | memoryview | None, text: str | None, chars: int) -> str | None:
    """The text's first ``chars`` characters, decompressing no more than they need."""
    if body is None:
        return None if text is None else text[:chars]
    start = zlib.decompressobj().decompress(body, 4 * chars)  # UTF-8: ≤ 4 bytes a character
    return start.decode(errors="ignore")[:chars]


# A head for citations, read only for articles without a stored title.
def head_columns(chars: int) -> str:
    return (
        "CASE WHEN a.title IS NULL THEN a.body END AS head_body,"
        f" CASE WHEN a.title IS NULL THEN substr(a.text, 1, {chars}) END AS head"
    )


def rewrite_rows(rows: list[tuple[object, str]]) -> list[tuple[bytes | None, object]]:
    """(body, key) updates that move legacy texts into ``body`` (migration backfill)."""
    return [(pack(text), key) for key, text in rows]
