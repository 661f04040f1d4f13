"""Near-duplicates recognised against stored articles, also in a store written before
near-duplicate anchors became integers (schema migration 13)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from store.language.models import Article
from store.services.ingest import ingest
from store.storage.db import Store
from store.storage.dedup import anchor, fingerprint
from store.storage.schema import MIGRATIONS

WIRE = """Sáng 14/10/2023, tại Thủ đô Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đang thăm chính thức Việt Nam.
Phó Chủ tịch nước bày tỏ vui mừng được đón Chủ tịch Duma Quốc gia cùng đoàn đại biểu Quốc hội Nga sang thăm.
Hai bên đánh giá cao kết quả hợp tác giữa cơ quan lập pháp hai nước trong những năm gần đây.
Chủ tịch Duma Quốc gia khẳng định Nga luôn coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam.
Hai bên nhất trí tăng cường trao đổi đoàn các cấp và phối hợp chặt chẽ tại các diễn đàn nghị viện quốc tế.
"""

# Another outlet's copy: its own headline and credit line around the same wire text.
COPY = "Báo Điện tử Mẫu — Tin thời sự\n" + WIRE + "Theo TTXVN, phóng viên thường trú.\n"


async def test_a_copy_of_a_stored_article_is_a_near_duplicate(empty_store: Store) -> None:
    first = await ingest(empty_store, [Article(text=WIRE, source="wire.txt")])
    second = await ingest(empty_store, [Article(text=COPY, source="copy.txt")])
    (outcome,) = second.outcomes
    assert outcome.status == "duplicate" and outcome.duplicate_of == "wire.txt"
    assert outcome.meeting_ids == first.outcomes[0].meeting_ids
    assert await empty_store.count_articles() == 1


@pytest.mark.sqlite_only
async def test_anchors_stored_as_hex_strings_still_find_copies(tmp_path: Path) -> None:
    """A store at migration 12 kept each anchor as 16 hex digits of the sentence's SHA-1."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:12], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    conn.execute("INSERT INTO articles(id, source, text) VALUES ('a1', 'wire.txt', ?)", (WIRE,))
    p = fingerprint(WIRE)
    conn.execute("INSERT INTO article_prints(article_id, exact) VALUES ('a1', ?)", (p.exact,))
    old = [
        hashlib.sha1(key.encode()).hexdigest()[:16]
        for key in ("hai ben danh gia cao ket qua hop tac giua co quan lap phap hai nuoc",)
    ]
    conn.executemany(
        "INSERT INTO article_anchors(anchor, article_id) VALUES (?, 'a1')",
        [(h,) for h in old] + [(f"{a:015x}0",) for a in p.anchors],
    )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        stored = {
            a
            for (a,) in await (
                await store.conn.execute("SELECT anchor FROM article_anchors")
            ).fetchall()
        }
        assert stored == p.anchors | {
            anchor("hai ben danh gia cao ket qua hop tac giua co quan lap phap hai nuoc")
        }
        report = await ingest(store, [Article(text=COPY, source="copy.txt")])
        (outcome,) = report.outcomes
        assert outcome.status == "duplicate" and outcome.duplicate_of == "wire.txt"
    finally:
        await store.close()


def test_a_fingerprint_reads_the_words_across_sentence_ends() -> None:
    """The head is every folded word one space apart, whatever ends the sentences between
    them; only a sentence of eight words or more is an anchor (not the first one here)."""
    text = "Sáng nay, Đại sứ Nga đến Huế!\nHai bên trao đổi về hợp tác năng lượng và giáo dục; hết…"
    p = fingerprint(text)
    assert (
        p.head
        == "sang nay dai su nga den hue hai ben trao doi ve hop tac nang luong va giao duc het"
    )
    assert p.anchors == {anchor("hai ben trao doi ve hop tac nang luong va giao duc")}
    # Case, marks, punctuation and line breaks aside it is the same text; a word less is not.
    assert fingerprint(text.upper().replace("\n", " ").replace(";", ",")).exact == p.exact
    assert fingerprint(text.replace(" hết", "")).exact != p.exact
