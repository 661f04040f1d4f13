"""Text from the bytes of a Vietnamese file: UTF-8, UTF-16, or a legacy Vietnamese encoding.

Files saved by older Vietnamese software are often not UTF-8: Windows-1258 (base
letters precomposed, tones often as separate combining marks), or the font encodings
TCVN3 (ABC, the ``.Vn`` fonts), VNI and VISCII. Each candidate decoding is tried and the
one that reads as Vietnamese — nearly every accented word a Vietnamese syllable — is
kept, normalised to NFC. The font-encoding tables come from viparse; anything that
does not clearly read as Vietnamese is refused with a guess of its encoding.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from store.language.compiled import kept_regex
from store.language.fold import nfc

SAMPLE = 100_000  # bytes scored per candidate; the winner then decodes the whole file
MIN_SHARE = 0.9  # share of the accented words that must be Vietnamese syllables
MIN_WORDS = 5  # fewer accented words than this is too little to judge

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# viparse's name for each font encoding, and the name users know it by.
_FONT_ENCODINGS = {"tcvn3": "TCVN3", "vni": "VNI", "viscii": "VISCII"}


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC
    encoding: str  # "UTF-8", "UTF-16", "Windows-1258", "TCVN3", "VNI", "VISCII", …


@dataclass(frozen=True)
class Undecodable:
    guess: str | None  # the encoding the bytes look like, for the user's hint


def decode_text(data: bytes) -> Decoded | Undecodable:
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(nfc(data.decode(codec)), name)
            except UnicodeDecodeError:
                return Undecodable(f"{name} hỏng")
    try:
        return Decoded(nfc(data.decode("utf-8")), "UTF-8")
    except UnicodeDecodeError:
        pass
    sample = data[:SAMPLE]
    scored = []
    for rank, name in enumerate(["Windows-1258", *_FONT_ENCODINGS.values()]):
        text = _legacy(sample, name)
        if text is not None:
            share, words = vietnamese_share(text)
            scored.append((share, -rank, words, name))
    if scored:
        share, _rank, words, name = max(scored)
        if share >= MIN_SHARE and words >= MIN_WORDS:
            text = _legacy(data, name)
            if text is not None:
                return Decoded(text, name)
    return Undecodable(_guess(sample))


def _legacy(data: bytes, name: str) -> str | None:
    if name == "Windows-1258":
        try:
            return nfc(data.decode("cp1258"))
        except UnicodeDecodeError:  # a byte cp1258 leaves undefined
            return None
    import viparse  # only files that are not UTF-8 pay for it

    code = next(k for k, v in _FONT_ENCODINGS.items() if v == name)
    # The font encodings' tables are keyed by the byte values read as Latin-1.
    return nfc(viparse.fix(data.decode("latin-1"), encoding=code, normalize="NFC"))


def vietnamese_share(text: str) -> tuple[float, int]:
    """(share of the accented words that are Vietnamese syllables, how many there are).

    Only words with a non-ASCII letter count: foreign names are plain ASCII, and a wrong
    decoding turns Vietnamese (or Russian, or French) into accented non-syllables.
    """
    total = good = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        total += 1
        good += is_syllable(word)
    return (good / total if total else 0.0), good


_WORD = kept_regex(r"[^\W\d_]+")
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_SYLLABLE = kept_regex(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    r"[aăâeêioôơuưy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)


def is_syllable(word: str) -> bool:
    """Whether ``word`` is spelt like a Vietnamese syllable (at most one tone)."""
    parts = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in parts) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def _guess(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    if name.startswith("cp125"):
        return f"Windows-{name[2:]}"
    return name.replace("_", "-").upper()
