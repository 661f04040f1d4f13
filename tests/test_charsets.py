"""Files that are not UTF-8: legacy Vietnamese encodings are read, anything else is refused
with the encoding it seems to be in."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from store.language.charsets import Decoded, Undecodable, decode_text, is_syllable
from store.language.models import Article, Skipped
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

ARTICLE = (
    "Phó Thủ tướng Trần Hồng Hà tiếp Bộ trưởng Năng lượng Nga Sergei Tsivilev\n\n"
    "Sáng 9/10/2025, tại trụ sở Chính phủ ở Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp "
    "Bộ trưởng Năng lượng Liên bang Nga Sergei Tsivilev đang ở thăm và làm việc tại Việt Nam. "
    "Hai bên trao đổi về hợp tác dầu khí, điện hạt nhân và than; Phó Thủ tướng đề nghị "
    "các doanh nghiệp hai nước sớm triển khai những dự án đã ký kết.\n"
)
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str, *, combining: bool) -> bytes:
    """Windows-1258 bytes; ``combining`` writes every tone as a separate mark, else the
    letters the code page has precomposed (à, á, é…) stay precomposed."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if not combining or not set(unicodedata.normalize("NFD", ch)) & set(TONES):
            try:
                out += ch.encode("cp1258")
                continue
            except UnicodeEncodeError:
                pass
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + tone).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize("combining", [False, True], ids=["precomposed", "combining"])
def test_windows_1258_becomes_nfc(combining: bool) -> None:
    data = cp1258(ARTICLE, combining=combining)
    if combining:
        assert b"a\xcc" in data  # "à" written as a + combining grave
    decoded = decode_text(data)
    assert decoded == Decoded(ARTICLE, "Windows-1258")
    assert unicodedata.is_normalized("NFC", decoded.text)


# The motto every official document carries, as the legacy fonts' bytes (Latin-1 view).
MOTTO = "Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập, tự do, hạnh phúc."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp, tù do, h¹nh phóc.", "TCVN3"),
        ("Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp, töï do, haïnh phuùc.", "VNI"),
    ],
)
def test_font_encodings_are_recognised(raw: str, encoding: str) -> None:
    decoded = decode_text(raw.encode("latin-1"))
    assert decoded == Decoded(MOTTO, encoding)


def test_utf16_with_a_byte_order_mark() -> None:
    assert decode_text(ARTICLE.encode("utf-16")) == Decoded(ARTICLE, "UTF-16")


@pytest.mark.parametrize(
    ("data", "guess"),
    [
        (
            "Переговоры на высшем уровне прошли в Москве; стороны обсудили энергетику.".encode(
                "cp1251"
            ),
            "Windows-1251",
        ),
        ("Le président a reçu à l'Élysée où ils ont signé des accords.".encode("cp1252"), None),
        (cp1258("Hà Nội, tháng Mười.", combining=True), None),  # too little to judge
    ],
    ids=["russian", "french", "too-short"],
)
def test_other_encodings_are_refused_with_a_guess(data: bytes, guess: str | None) -> None:
    decoded = decode_text(data)
    assert isinstance(decoded, Undecodable)
    if guess:
        assert decoded.guess == guess


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("nghiêng", True),
        ("người", True),
        ("Quốc", True),
        ("khuya", True),
        ("gì", True),
        ("Đoàn", True),
        ("Âựòđ", False),  # Russian read through a Vietnamese font table
        ("français", False),
        ("hóà", False),  # two tones
    ],
)
def test_syllables(word: str, ok: bool) -> None:
    assert is_syllable(word) is ok


async def test_a_windows_1258_file_is_ingested_like_utf8(
    empty_store: Store, tmp_path: Path
) -> None:
    (tmp_path / "tin-cu.txt").write_bytes(cp1258(ARTICLE, combining=True))
    (tmp_path / "tin-nga.txt").write_bytes("Москва, переговоры, сотрудничество".encode("cp1251"))
    items = list(load_paths([tmp_path]))
    articles = [i for i in items if isinstance(i, Article)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [a.text for a in articles] == [ARTICLE]
    assert len(skipped) == 1 and "tin-nga.txt" in skipped[0].path
    assert "UTF-8" in skipped[0].reason and "Windows-1251" in skipped[0].reason
    await ingest(empty_store, articles)
    (meeting,) = await empty_store.meetings()
    assert {p.name for p in meeting.participants} >= {"Trần Hồng Hà"}
    assert meeting.place == "Hà Nội" and meeting.date == "2025-10-09"
