"""A meeting's summary, key points and evidence as stored: zlib-compressed JSON in
``meetings.notes``, with the text of the article they were read from (``notes_from``) as
zlib's preset dictionary.

They are sentences of that article, so each compresses to a back-reference of a few bytes
(about 1.2 kB of sentences per meeting took a tenth of that); sentences from elsewhere (a
merged report, a correction) are still stored, only less compressed. Reading them back
needs the article's text, so an article whose text is deleted first has its meetings'
notes re-encoded without it (``detach``). Rows written before migration SQLite 16 /
PostgreSQL 9 keep the plain columns (``notes`` NULL).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Sequence

from store.storage import bodies

LEVEL = 9
Notes = tuple[str, list[str], dict[str, object]]  # summary, key points, packed evidence


def _zdict(text: str) -> bytes:
    # zlib reads only the dictionary's last 32 kB (its window).
    return text.encode()[-32768:]


def pack(notes: Notes, source: str | None) -> bytes:
    """The stored form; ``source`` is the article's text (None: no dictionary)."""
    raw = json.dumps(list(notes), ensure_ascii=False, separators=(",", ":")).encode()
    if not source:
        return zlib.compress(raw, LEVEL)
    z = zlib.compressobj(LEVEL, zdict=_zdict(source))
    return z.compress(raw) + z.flush()


def unpack(blob: bytes | memoryview, source: str | None) -> Notes:
    z = zlib.decompressobj(zdict=_zdict(source)) if source else zlib.decompressobj()
    summary, key_points, evidence = json.loads(z.decompress(bytes(blob)) + z.flush())
    return summary, key_points, evidence


def source_texts(c: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
    """The texts of the articles whose ids are given (the notes' dictionaries)."""
    ids = sorted({i for i in ids if i})
    if not ids:
        return {}
    rows = c.execute(
        f"SELECT id, body, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
    ).fetchall()
    return {r[0]: bodies.unpack(r[1], r[2]) for r in rows}


def detach(c: sqlite3.Connection, article_id: str, meeting_ids: Sequence[str]) -> None:
    """Before the article's text goes: notes it is the dictionary of, re-encoded without.
    Only meetings it reports can have it as their dictionary (``meeting_ids``)."""
    if not meeting_ids:
        return
    marks = ",".join("?" * len(meeting_ids))
    rows = c.execute(
        f"SELECT id, notes FROM meetings WHERE notes_from = ? AND id IN ({marks})",
        (article_id, *meeting_ids),
    ).fetchall()
    if not rows:
        return
    source = source_texts(c, [article_id]).get(article_id)
    c.executemany(
        "UPDATE meetings SET notes = ?, notes_from = NULL WHERE id = ?",
        [(pack(unpack(r[1], source), None), r[0]) for r in rows],
    )
