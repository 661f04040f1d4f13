"""Article texts as stored: zlib-compressed UTF-8 in ``articles.body``.

An article's text is read whole only to parse it for evidence sentences and for the
in-memory phrase scan, never searched by SQL, so it is kept compressed (a 3 kB report
takes 1.3 kB, 1.0 kB with the preset dictionary below; levels 6 and 9 give the same size on
news text, level 1 is 6% larger).
Rows written before migration SQLite 14 / PostgreSQL 7 that were not rewritten keep
their text in ``articles.text`` (``body`` NULL): every read goes through ``unpack``.

Texts written since 5 Dec 2026 (issue 17, disk) whose every character is ASCII or in
``CHARSET`` (Vietnamese letters, the punctuation news uses) are deflated one byte a
character instead of UTF-8's two or three for each accented letter, with dictionary 3
(dictionary 2's sources, a third more of their vocabulary fitting the 32 kB window in this
charset): 9-13% smaller than dictionary 2's form on the generated and on held-out reports,
and inflated in half the time. Stored form: the byte ``CHARSET_FORMAT`` (never the first
byte of a zlib stream, whose low four bits are 8), then a raw deflate stream (no zlib
header or checksum). Texts with another character keep the zlib form.
"""

from __future__ import annotations

import codecs
import unicodedata
import zlib
from functools import cache
from pathlib import Path

LEVEL = 6
# Preset dictionaries (tools/build_body_dict.py: the domain's titles, places, sectors and
# kinds, a quarter off each text; from 2 on also the phrases reports repeat, 9% more). A
# stored text names the one it used in its zlib header (FDICT and the dictionary's
# Adler-32), so texts stored before, with an older one or none, still read; a dictionary
# is never changed once used: a new one gets the next number and packs from then.
DICTIONARIES = ("body_dict_1.txt", "body_dict_2.txt")
_DATA = Path(__file__).resolve().parent.parent / "data"


@cache
def _dictionaries() -> dict[int, bytes]:
    out: dict[int, bytes] = {}
    for name in DICTIONARIES:
        data = (_DATA / name).read_bytes()
        out[zlib.adler32(data)] = data
    return out


@cache
def _by_name(name: str) -> bytes:
    return (_DATA / name).read_bytes()


def _decompressor(body: bytes | memoryview) -> tuple[zlib._Decompress, bytes]:
    """A decompressor for the stored text, and the bytes left for it to read."""
    data = bytes(body)
    if len(data) >= 6 and data[1] & 0x20:  # FDICT: the dictionary's checksum follows
        return _past_header(data[:6]).copy(), data[6:]
    return zlib.decompressobj(), data


@cache
def _past_header(head: bytes) -> zlib._Decompress:
    """A decompressor that has read a stream's header and set the dictionary it names:
    copying it skips setting the 32 kB dictionary for each text (a third of unpacking a
    report; an answer unpacks 20-30)."""
    z = zlib.decompressobj(zdict=_dictionaries()[int.from_bytes(head[2:6], "big")])
    z.decompress(head)
    return z


# One byte a character: ASCII as itself, and these in bytes 0x80-0xFF, then 0x01-0x1F
# (not tab, newline, carriage return): every precomposed Vietnamese vowel (each of
# a ă â e ê i o ô ơ u ư y with no tone mark or one of the five, as NFC writes them), đ,
# their capitals, and punctuation and signs news texts use. Never changed once used.
_VOWELS = "aăâeêioôơuưy"
_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_LOWER = [
    c
    for c in (unicodedata.normalize("NFC", v + m) for v in _VOWELS for m in _MARKS)
    if ord(c) > 127
] + ["đ"]
CHARSET = "".join(_LOWER + [c.upper() for c in _LOWER]) + "“”‘’–—…«»\u00a0•°·×©›‹►®€±ü"
_SLOTS = [*range(0x80, 0x100), *(b for b in range(1, 0x20) if b not in (9, 10, 13))]
CHARSET_FORMAT = 1  # the stored form's first byte: CHARSET, raw deflate, dictionary 3
CHARSET_DICTIONARY = "body_dict_3.txt"


@cache
def _charset() -> tuple[str, object]:
    """(the decoding table, the encoding map) of CHARSET."""
    table = [chr(i) for i in range(256)]
    for char, slot in zip(CHARSET, _SLOTS, strict=True):
        table[slot] = char
    decoding = "".join(table)
    return decoding, codecs.charmap_build(decoding)


def _to_charset(text: str) -> bytes:
    return codecs.charmap_encode(text, "strict", _charset()[1])[0]


def _from_charset(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _charset()[0])[0]


@cache
def _charset_dictionary() -> bytes:
    # Written only with characters the charset holds (tools/build_body_dict.py).
    return _to_charset((_DATA / CHARSET_DICTIONARY).read_text(encoding="utf-8"))[-32768:]


@cache
def _charset_decompressor() -> zlib._Decompress:
    """Copied per text, as _past_header is: setting the dictionary is a third of the work."""
    return zlib.decompressobj(-15, zdict=_charset_dictionary())


@cache
def _primed_charset() -> zlib._Compress:
    return zlib.compressobj(LEVEL, zlib.DEFLATED, -15, zdict=_charset_dictionary())


def pack(text: str) -> bytes | None:
    """The stored form of an article's text (None for a copy, which keeps no text)."""
    if not text:
        return None
    try:
        raw = _to_charset(text)
    except UnicodeEncodeError:  # a character outside the charset: UTF-8
        z = _primed().copy()
        return z.compress(text.encode()) + z.flush()
    z = _primed_charset().copy()
    return bytes([CHARSET_FORMAT]) + z.compress(raw) + z.flush()


@cache
def _primed() -> zlib._Compress:
    """A compressor primed with the current dictionary: copying it is a quarter of the cost of
    priming a new one per article (the same bytes come out)."""
    return zlib.compressobj(LEVEL, zdict=_by_name(DICTIONARIES[-1]))


def unpack(body: bytes | memoryview | None, text: str | None = None) -> str:
    """The article's text from its stored columns (``body``, else the legacy ``text``)."""
    if body is None:
        return text or ""
    key = body if isinstance(body, bytes) else bytes(body)
    done = _RECENT.get(key)
    if done is not None:
        return done
    if body[0] == CHARSET_FORMAT:
        z = _charset_decompressor().copy()
        done = _from_charset(z.decompress(bytes(body[1:])) + z.flush())
    else:
        z, data = _decompressor(body)
        done = (z.decompress(data) + z.flush()).decode()
    if len(_RECENT) >= RECENT_TEXTS:
        try:
            _RECENT.pop(next(iter(_RECENT)))
        except (KeyError, RuntimeError, StopIteration):  # another thread's meanwhile
            _RECENT.clear()
    _RECENT[key] = done
    return done


# The last texts unpacked, by their stored bytes: an answer unpacks its candidates' texts
# to weigh them, then its results' again as their notes' dictionaries (5 × 0.05 ms).
RECENT_TEXTS = 64
_RECENT: dict[bytes, str] = {}


def head(body: bytes | memoryview | None, text: str | None, chars: int) -> str | None:
    """The text's first ``chars`` characters, decompressing no more than they need."""
    if body is None:
        return None if text is None else text[:chars]
    if body[0] == CHARSET_FORMAT:
        z = _charset_decompressor().copy()
        return _from_charset(z.decompress(bytes(body[1:]), chars))
    z, data = _decompressor(body)
    start = z.decompress(data, 4 * chars)  # UTF-8: ≤ 4 bytes a char
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
