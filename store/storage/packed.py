"""Columns SQLite keeps compressed: a meeting's search text and its sector list.

The folded search text (store.storage.db.search_text) was the largest column of the store
(810 bytes a meeting of 5 kB) and the sector list (a JSON array, store.storage.db.
pack_sectors) the next (200 bytes). SQLite keeps them in ``meetings.folded_z`` and
``meetings.sectors_z`` (253 and 31 bytes), and statements read them through SQL functions:
``unpack_search(m.folded_z)`` (``instr`` in the ranking, digests, the FTS5 triggers; the
index itself is contentless) and ``json_each(unpack_sectors(m.sectors_z))`` (the
``meeting_sectors`` view, the facet triggers). Writes give the plain value to
``pack_search(?)`` / ``pack_sectors(?)``. PostgreSQL keeps its plain ``folded`` and
``sectors`` columns: store.storage.pg_sql maps these names back to them.

The functions are registered on every connection that reads these columns or writes
meetings (``register``): the store's writer and reader, and ``briefing copy``. Another
client (the sqlite3 shell) reads every other column, and VACUUMs, as usual.

Stored form: one byte naming the preset dictionary, then a raw deflate stream. No zlib
header and checksum: they were 10 of a sector list's 41 bytes, and CPython inflates with a
preset dictionary several times faster without them. A dictionary is a file, never changed
once used (a new one gets the next number), and not derived at run time: a change to the
data it was made from, or to fold(), must not change what stored values inflate with.
"""

from __future__ import annotations

import re
import sqlite3
import zlib
from functools import cache, lru_cache
from pathlib import Path

LEVEL = 6  # level 9: 1% smaller, 50% slower to write
# store/data/body_dict_2.txt folded (store.language.fold.fold): the domain's titles,
# places, sectors, kinds and the phrases reports repeat, as the search text writes them.
SEARCH_DICTIONARIES = {1: "search_dict_1.txt"}
# Every sector name and synonym of store/data/sectors.json as a JSON string, names last
# (tools/build_sector_dict.py).
SECTOR_DICTIONARIES = {1: "sector_dict_1.txt"}
_DATA = Path(__file__).resolve().parent.parent / "data"
CACHED = 8192  # values kept inflated (a question ranks tens of meetings, reads them again)


@cache
def _dictionary(name: str) -> bytes:
    return (_DATA / name).read_bytes()


@cache
def _primed(name: str) -> zlib._Compress:
    """A raw deflater primed with dictionary ``name`` (copied per value: priming is most of
    the cost)."""
    return zlib.compressobj(LEVEL, zlib.DEFLATED, -15, zdict=_dictionary(name))


def _pack(text: str | None, dictionaries: dict[int, str]) -> bytes:
    number = max(dictionaries)
    z = _primed(dictionaries[number]).copy()
    return bytes([number]) + z.compress((text or "").encode()) + z.flush()


def _unpack(blob: bytes | None, dictionaries: dict[int, str], empty: str) -> str:
    if not blob:
        return empty
    z = zlib.decompressobj(-15, zdict=_dictionary(dictionaries[blob[0]]))
    return (z.decompress(blob[1:]) + z.flush()).decode()


def pack_search(text: str | None) -> bytes:
    """The stored form of a search text."""
    return _pack(text, SEARCH_DICTIONARIES)


@lru_cache(maxsize=CACHED)
def unpack_search(blob: bytes | None) -> str:
    """The search text of a stored ``folded_z`` ('' for none)."""
    return _unpack(blob, SEARCH_DICTIONARIES, "")


def pack_sectors(listed: str | None) -> bytes:
    """The stored form of a sector list (its JSON text)."""
    return _pack(listed or "[]", SECTOR_DICTIONARIES)


@lru_cache(maxsize=CACHED)
def unpack_sectors(blob: bytes | None) -> str:
    """The JSON sector list of a stored ``sectors_z`` ('[]' for none)."""
    return _unpack(blob, SECTOR_DICTIONARIES, "[]")


# A character of a word as the full-text index splits the folded text (unicode61).
_WORD = "0-9a-z"


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    """The words of a phrase with only non-word characters between, none around. The first
    word comes literally first, so a search skips to it (a look-behind first is tried at
    every character: three times slower)."""
    first, *rest = map(re.escape, phrase.split())
    between = "".join(f"[^{_WORD}]+{w}" for w in rest)
    return re.compile(f"{first}(?<![{_WORD}]{first}){between}(?![{_WORD}])")


@lru_cache(maxsize=256)
def _phrase_patterns(phrases: str) -> tuple[tuple[re.Pattern[str], ...], ...]:
    return tuple(tuple(_phrase_pattern(p) for p in line.split("|")) for line in phrases.split("\n"))


def search_has(blob: bytes | None, phrases: str) -> int:
    """1 when the search text holds, for each line of ``phrases``, one of its '|'-separated
    phrases (folded words, one space apart) as the full-text index matches a phrase: whole
    words in order with only spaces or punctuation between. A check on one meeting's text in
    place of reading the index's matches of common words (see store.storage.search)."""
    text = unpack_search(blob)
    return int(all(any(p.search(text) for p in line) for line in _phrase_patterns(phrases)))


# (function, number of arguments)
FUNCTIONS = (
    (pack_search, 1),
    (unpack_search, 1),
    (pack_sectors, 1),
    (unpack_sectors, 1),
    (search_has, 2),
)


def register(conn: sqlite3.Connection) -> None:
    """The SQL functions the schema and the statements use, on ``conn``."""
    for f, n in FUNCTIONS:
        conn.create_function(f.__name__, n, f, deterministic=True)
