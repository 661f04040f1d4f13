"""A meeting's search text as SQLite stores it: zlib-compressed in ``meetings.folded_z``.

The folded search text (store.storage.db.search_text) was the largest column of the
store (810 bytes a meeting of 5 kB). SQLite keeps it compressed (263 bytes), and
statements read it as ``unpack_search(m.folded_z)`` (``instr`` in the ranking, digests);
the FTS5 index is contentless, its triggers giving it the text. PostgreSQL keeps its plain
``folded`` column: store.storage.pg_sql maps ``unpack_search(m.folded_z)`` and
``folded_z = pack_search(?)`` to it.

The two SQL functions are registered on every connection that reads the text or writes
meetings (``register``): the store's writer and reader, and ``briefing copy``. Another
client (the sqlite3 shell) reads every other column, and VACUUMs, as usual.
"""

from __future__ import annotations

import sqlite3
import zlib
from functools import cache, lru_cache
from pathlib import Path

LEVEL = 6  # level 9: 1% smaller, 50% slower to write
# Preset dictionaries: ``search_dict_1.txt`` is store/data/body_dict_2.txt folded
# (store.language.fold.fold), the domain's titles, places, sectors, kinds and the phrases
# reports repeat, as the search text writes them: 263 bytes a meeting instead of 350 with
# zlib alone. A stored text names its dictionary by Adler-32 in the zlib header; a
# dictionary is never changed once used (a new one gets the next number), and is a file,
# not folded at run time, since a change to fold() must not change what stored texts
# decompress with.
DICTIONARIES = ("search_dict_1.txt",)
_DATA = Path(__file__).resolve().parent.parent / "data"
CACHED = 8192  # texts kept decompressed (a question ranks tens of meetings, reads them again)


@cache
def _dictionaries() -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for name in DICTIONARIES:
        data = (_DATA / name).read_bytes()
        out[zlib.adler32(data)] = data
    return out


@cache
def _primed() -> zlib._Compress:
    """A compressor primed with the current dictionary (copied per text: priming is most
    of the cost)."""
    return zlib.compressobj(LEVEL, zdict=(_DATA / DICTIONARIES[-1]).read_bytes())


def pack(text: str | None) -> bytes:
    """The stored form of a search text."""
    z = _primed().copy()
    return z.compress((text or "").encode()) + z.flush()


@lru_cache(maxsize=CACHED)
def unpack(blob: bytes | None) -> str:
    """The search text of a stored ``folded_z`` ('' for none)."""
    if not blob:
        return ""
    head = blob[:6]
    if len(head) == 6 and head[1] & 0x20:  # FDICT: the dictionary's checksum follows
        z = zlib.decompressobj(zdict=_dictionaries()[int.from_bytes(head[2:6], "big")])
    else:
        z = zlib.decompressobj()
    return (z.decompress(blob) + z.flush()).decode()


def register(conn: sqlite3.Connection) -> None:
    """The SQL functions the ``folded`` column and the writes use, on ``conn``."""
    conn.create_function("pack_search", 1, pack, deterministic=True)
    conn.create_function("unpack_search", 1, unpack, deterministic=True)
