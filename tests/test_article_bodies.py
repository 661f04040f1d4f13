"""Article texts are stored compressed; a database from before keeps every text readable."""

from __future__ import annotations

import sqlite3
import zlib
from pathlib import Path

import pytest

from store.language import citation, passages
from store.language.models import Article
from store.services.answer import ask
from store.services.ingest import ingest
from store.storage import bodies, corrections
from store.storage.db import Store
from store.storage.schema import BODY_MIGRATION, MIGRATIONS
from store.storage.search import source_articles

REPORT = """Sáng 9/10/2023, tại Thủ đô Hà Nội, Phó Thủ tướng Trần Lưu Quang đã hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko.
Hai bên trao đổi về hợp tác du lịch, giáo dục và khoa học - công nghệ.
Phó Thủ tướng Trần Lưu Quang đề nghị phía Nga tăng số chuyến bay thẳng giữa hai nước.
"""


async def test_ingested_text_is_kept_compressed_and_quoted(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await ingest(empty_store, [Article(text=REPORT, source="quang.txt")])
    (row,) = await (await empty_store.conn.execute("SELECT text, body FROM articles")).fetchall()
    assert row[0] == ""
    assert len(row[1]) < len(REPORT.encode())
    assert bodies.unpack(row[1]) == REPORT
    (meeting,) = await empty_store.meetings()
    assert meeting.evidence["date"].startswith("Sáng 9/10/2023")
    monkeypatch.setattr(passages, "ARTICLES", passages.ParsedCache())  # read from the store
    (parsed,) = (await source_articles(empty_store, [meeting.id]))[meeting.id]
    assert any("chuyến bay thẳng" in s for s in parsed.sentences)
    result = await ask(empty_store, "Trần Lưu Quang gặp Chernyshenko khi nào?")
    assert result.results and result.results[0].id == meeting.id


def test_head_reads_only_the_start() -> None:
    body = bodies.pack(REPORT * 50)
    assert bodies.head(body, None, 40) == REPORT[:40]
    assert bodies.head(None, REPORT, 40) == REPORT[:40]
    assert bodies.head(None, None, 40) is None
    assert bodies.pack("") is None and bodies.unpack(None, None) == ""


def test_texts_compressed_with_or_without_a_preset_dictionary_both_read() -> None:
    plain = zlib.compress(REPORT.encode(), 6)  # as stored before the dictionary
    first = zlib.compressobj(6, zdict=(bodies._DATA / bodies.DICTIONARIES[0]).read_bytes())
    older = first.compress(REPORT.encode()) + first.flush()  # an older dictionary's
    packed = bodies.pack(REPORT)
    assert packed is not None and len(packed) < len(older) < len(plain)
    for body in (plain, older, packed):
        assert bodies.unpack(body) == REPORT
        assert bodies.head(body, None, 30) == REPORT[:30]


def test_vietnamese_texts_are_deflated_one_byte_a_letter_and_others_in_utf8() -> None:
    vietnamese = bodies.pack(REPORT)
    assert vietnamese is not None and vietnamese[0] == bodies.CHARSET_FORMAT
    # A character outside the charset (Cyrillic here) keeps the text in UTF-8 (zlib form).
    russian = REPORT + "Дмитрий Чернышенко.\n"
    other = bodies.pack(russian)
    assert other is not None and other[0] & 0x0F == 8
    first = zlib.compressobj(6, zdict=(bodies._DATA / bodies.DICTIONARIES[-1]).read_bytes())
    assert len(vietnamese) < len(first.compress(REPORT.encode()) + first.flush())
    for text, body in ((REPORT, vietnamese), (russian, other)):
        assert bodies.unpack(body) == text
        assert bodies.head(body, None, 30) == text[:30]
    assert len(bodies.CHARSET) == len(set(bodies.CHARSET)) == 156
    assert all(ord(c) > 127 for c in bodies.CHARSET)


@pytest.mark.sqlite_only
async def test_the_migration_compresses_texts_stored_before(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[: BODY_MIGRATION - 1], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute(
        "INSERT INTO articles(id, source, title, text) VALUES ('a1', 'old.txt', NULL, ?)",
        (REPORT,),
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        (row,) = await (await store.conn.execute("SELECT text, body FROM articles")).fetchall()
        assert row[0] == "" and bodies.unpack(row[1]) == REPORT
        info = await corrections.get_article(store, "a1")
        assert info is not None
        assert info.title == citation.headline(None, REPORT[: citation.HEAD_CHARS])
    finally:
        await store.close()


@pytest.mark.postgres_only
async def test_the_postgres_migration_compresses_texts_stored_before(empty_store: Store) -> None:
    from store.storage import pg

    await empty_store.conn.execute(
        "INSERT INTO articles(id, source, text) VALUES ('a1', 'old.txt', ?)", (REPORT,)
    )
    async with empty_store.pool.acquire() as conn:  # type: ignore[attr-defined]
        await pg._compress_texts(conn)
    (row,) = await (await empty_store.conn.execute("SELECT text, body FROM articles")).fetchall()
    assert row[0] == "" and bodies.unpack(row[1]) == REPORT
