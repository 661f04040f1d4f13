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
THIRD = """Ngày 5/3/2024, tại Hà Nội, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nga Gennady Bezdetko.
Đại sứ nhắc tới đề án của Viện Đông Ánh và sáng kiến “Hành lang Đông Á” mà hai bên cùng theo đuổi.
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


async def test_a_phrase_with_marks_is_found_as_a_whole_word(empty_store: Store) -> None:
    # Words are looked up whole with their marks: inside quotation marks ("“Hành"), after
    # a longer word holding the phrase ("Đông Ánh"), never inside one.
    await ingest(empty_store, [Article(text=THIRD, source="third.txt")])
    (seq,) = await _seqs(empty_store)
    assert await article_meetings(empty_store, "Hành lang Đông Á") == [seq]
    assert await article_meetings(empty_store, "Đông Á") == [seq]
    assert await article_meetings(empty_store, "Đông Án") == []
    assert await article_meetings(empty_store, "Hành lang Tây Á") == []
