"""A phrase found only in an article's own text (not in its meetings' index) leads to the
article's meetings: whole words, ASCII case ignored, and articles stored later are seen."""

from __future__ import annotations

from store.language.models import Article
from store.services.ingest import ingest
from store.storage.db import Store
from store.storage.search import article_meetings

FIRST = """Chiều 9/4/2024, tại Moskva, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã hội đàm với Bộ trưởng Năng lượng Nga Sergei Tsivilev.
Hai bên trao đổi về hợp tác dầu khí, trong đó có dự án của liên doanh Rusvietpetro và tập đoàn Gazprom Neft tại khu tự trị Nenets.
"""
SECOND = """Sáng 21/11/2025, tại Hà Nội, Phó Thủ tướng Bùi Thanh Sơn đã tiếp Phó Thủ tướng Nga Dmitry Chernyshenko.
Phó Thủ tướng Nga cho biết các doanh nghiệp như RUSVIETPETRO mong muốn mở rộng hoạt động tại thềm lục địa Việt Nam.
"""


async def _seqs(store: Store) -> list[int]:
    rows = await (await store.conn.execute("SELECT seq FROM meetings ORDER BY seq")).fetchall()
    return [int(r[0]) for r in rows]


async def test_a_phrase_in_the_article_text_finds_its_meeting(empty_store: Store) -> None:
    await ingest(empty_store, [Article(text=FIRST, source="first.txt")])
    (first,) = await _seqs(empty_store)
    assert await article_meetings(empty_store, "rusvietpetro") == [first]
    assert await article_meetings(empty_store, "Gazprom Neft") == [first]
    assert await article_meetings(empty_store, "Rusviet") == []  # part of a word only
    assert await article_meetings(empty_store, "Zarubezhneft") == []
    # An article stored after the first question is searched too.
    await ingest(empty_store, [Article(text=SECOND, source="second.txt")])
    both = await _seqs(empty_store)
    assert len(both) == 2
    assert await article_meetings(empty_store, "Rusvietpetro") == both
    assert await article_meetings(empty_store, "Gazprom Neft") == [first]
