"""Near-duplicates recognised against stored articles, also in a store written before
near-duplicate anchors became integers (schema migration 13)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from store.language.models import Article
from store.services.ingest import ingest
from store.storage import corrections, dedup
from store.storage.db import Store
from store.storage.dedup import anchor, fingerprint
from store.storage.schema import MIGRATIONS

WIRE = """Sáng 14/10/2023, tại Thủ đô Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã tiếp Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đang thăm chính thức Việt Nam.
Phó Chủ tịch nước bày tỏ vui mừng được đón Chủ tịch Duma Quốc gia cùng đoàn đại biểu Quốc hội Nga sang thăm.
Hai bên đánh giá cao kết quả hợp tác giữa cơ quan lập pháp hai nước trong những năm gần đây.
Chủ tịch Duma Quốc gia khẳng định Nga luôn coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam.
Hai bên nhất trí tăng cường trao đổi đoàn các cấp và phối hợp chặt chẽ tại các diễn đàn nghị viện quốc tế.
"""

# Another meeting's report (nothing in common with WIRE but a URL, in the URL tests).
REPORT_TEXT = """Chiều 12/3/2024, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko về hợp tác du lịch và giáo dục.
Hai Phó Thủ tướng nhất trí tăng cường kết nối đường bay trực tiếp giữa các thành phố lớn của hai nước.
Phó Thủ tướng Nga khẳng định sẵn sàng tạo điều kiện cho sinh viên Việt Nam sang học tập tại Nga.
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
        # 60 bits then, of which an anchor is the first 47 now (migration 27)
        [(h,) for h in old] + [(f"{a << 13:015x}0",) for a in p.anchors],
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


# ------------------------------------- anchors keyed by the fingerprint row (SQLite 21)

OTHER = """Chiều 3/6/2021, tại Moskva, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Ngoại giao Nga Sergei Lavrov trong chuyến thăm chính thức Liên bang Nga.
Hai Bộ trưởng thống nhất thúc đẩy hợp tác y tế, năng lượng và khoa học công nghệ trong thời gian tới.
Bộ trưởng Bùi Thanh Sơn cảm ơn Nga đã hỗ trợ vắc xin cho Việt Nam trong giai đoạn khó khăn của đại dịch.
Hai bên nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương, trong đó có Liên hợp quốc và APEC.
"""


async def _anchored(store: Store) -> dict[str, int]:
    """How many anchors each article has in the table, by article id."""
    rows = await (
        await store.conn.execute(
            "SELECT p.article_id, count(*) FROM article_anchors x"
            " JOIN article_prints p ON p.num = x.print_num GROUP BY p.article_id"
        )
    ).fetchall()
    return {r[0]: r[1] for r in rows}


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_21_keeps_its_anchors_through_vacuum(
    tmp_path: Path,
) -> None:
    """Anchors named their article by its id; they name its fingerprint row's key now,
    which must survive VACUUM after a deletion left a gap before it."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:20], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    texts = {"a1": OTHER, "a2": WIRE}
    for aid, text in texts.items():
        p = fingerprint(text)
        conn.execute(
            "INSERT INTO articles(id, source, text) VALUES (?, ?, ?)", (aid, f"{aid}.txt", text)
        )
        conn.execute(
            "INSERT INTO article_prints(article_id, exact, anchors) VALUES (?, ?, ?)",
            (aid, p.exact, len(p.anchors)),
        )
        conn.executemany(  # 60 bits then, of which an anchor is the first 47 now
            "INSERT INTO article_anchors(anchor, article_id) VALUES (?, ?)",
            [(a << 13, aid) for a in p.anchors],
        )
    # An anchor an older version left behind a deleted article: nothing to name it by.
    conn.execute("INSERT INTO article_anchors(anchor, article_id) VALUES (7, 'gone')")
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        assert await _anchored(store) == {a: len(fingerprint(t).anchors) for a, t in texts.items()}
        (total,) = await (
            await store.conn.execute("SELECT count(*) FROM article_anchors")
        ).fetchone()
        assert total == sum(len(fingerprint(t).anchors) for t in texts.values())
        await corrections.delete_article(store, "a1", "cli:t", "xoá")
        assert await _anchored(store) == {"a2": len(fingerprint(WIRE).anchors)}
        await store.conn.execute("VACUUM")
        report = await ingest(store, [Article(text=COPY, source="copy.txt")])
        (outcome,) = report.outcomes
        assert outcome.status == "duplicate" and outcome.duplicate_of == "a2.txt"
    finally:
        await store.close()


async def test_a_fingerprint_written_again_keeps_its_anchors(empty_store: Store) -> None:
    """Writing an article's fingerprint row again (an upsert) keeps the key its anchors
    name it by: the copy is still found, and deleting the article removes them all."""
    await ingest(empty_store, [Article(text=WIRE, source="wire.txt")])
    aid = Article(text=WIRE, source="wire.txt").content_hash
    p = fingerprint(WIRE)
    await empty_store.atomic(lambda c: dedup.write_prints(c, [(aid, "https://a.vn/x", p)]))
    assert await _anchored(empty_store) == {aid: len(p.anchors)}
    report = await ingest(empty_store, [Article(text=COPY, source="copy.txt")])
    assert report.outcomes[0].status == "duplicate"
    await corrections.delete_article(empty_store, aid, "cli:t", "xoá")
    (left,) = await (
        await empty_store.conn.execute("SELECT count(*) FROM article_anchors")
    ).fetchone()
    assert left == 0


@pytest.mark.postgres_only
async def test_the_postgres_migration_keys_the_anchors_by_fingerprint(empty_store: Store) -> None:
    from store.storage.pg import PgStore
    from tests.pgcluster import database_at

    async with database_at(empty_store.path, "anchors_before", 13) as (old, url):
        for aid, text in (("a1", OTHER), ("a2", WIRE)):
            p = fingerprint(text)
            await old.execute(
                "INSERT INTO articles(id, source, text) VALUES ($1, $2, $3)",
                aid,
                f"{aid}.txt",
                text,
            )
            await old.execute(
                "INSERT INTO article_prints(article_id, exact, anchors) VALUES ($1, $2, $3)",
                aid,
                p.exact,
                len(p.anchors),
            )
            await old.executemany(  # 60 bits then, of which an anchor is the first 47 now
                "INSERT INTO article_anchors(anchor, article_id) VALUES ($1, $2)",
                [(a << 13, aid) for a in p.anchors],
            )
        await old.close()
        store = await PgStore.open(url)
        try:
            assert await _anchored(store) == {
                a: len(fingerprint(t).anchors) for a, t in (("a1", OTHER), ("a2", WIRE))
            }
            await corrections.delete_article(store, "a1", "cli:t", "xoá")
            assert await _anchored(store) == {"a2": len(fingerprint(WIRE).anchors)}
            report = await ingest(store, [Article(text=COPY, source="copy.txt")])
            (outcome,) = report.outcomes
            assert outcome.status == "duplicate" and outcome.duplicate_of == "a2.txt"
        finally:
            await store.close()


# ------------------------------- a fingerprint's URL only where it differs (SQLite 22)

# A URL as a feed gives it (host in capitals, tracking parameters) and one already normal.
LOUD = "https://WWW.Example.vn/tin/hoi-kien.html?utm_source=rss&id=7"
PLAIN = "https://www.example.vn/tin/hoi-dam.html"
THIRD = """Sáng 5/7/2019, tại Hà Nội, Bộ trưởng Công Thương Trần Tuấn Anh đã tiếp Bộ trưởng Năng lượng Nga Alexander Novak.
Hai Bộ trưởng trao đổi về các dự án dầu khí chung và việc cung cấp khí hóa lỏng cho Việt Nam.
"""


async def _norm_urls(store: Store) -> dict[str, str | None]:
    rows = await (
        await store.conn.execute(
            "SELECT a.url, p.norm_url FROM article_prints p JOIN articles a ON a.id = p.article_id"
        )
    ).fetchall()
    return {r[0]: r[1] for r in rows}


async def _found_again(store: Store) -> list[str | None]:
    """Unrelated texts at other spellings of the two URLs: each is a duplicate of the
    article stored at that URL, found by it (the stored one's source)."""
    report = await ingest(
        store,
        [
            Article(
                text=OTHER, source="x.txt", url="https://www.example.vn/tin/hoi-kien.html?id=7"
            ),
            Article(text=THIRD, source="y.txt", url=PLAIN + "?utm_medium=social#top"),
        ],
    )
    return [o.duplicate_of if o.status == "duplicate" else None for o in report.outcomes]


async def test_an_article_is_found_by_its_url_however_it_was_written(empty_store: Store) -> None:
    await ingest(
        empty_store,
        [
            Article(text=WIRE, source="a.txt", url=LOUD),
            Article(text=REPORT_TEXT, source="b.txt", url=PLAIN),
        ],
    )
    assert await _norm_urls(empty_store) == {
        LOUD: "https://www.example.vn/tin/hoi-kien.html?id=7",
        PLAIN: None,
    }
    assert await _found_again(empty_store) == ["a.txt", "b.txt"]


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_22_still_finds_articles_by_url(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:21], start=1):
        conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    for aid, text, url in (("a1", WIRE, LOUD), ("a2", REPORT_TEXT, PLAIN)):
        conn.execute(
            "INSERT INTO articles(id, source, url, text) VALUES (?, ?, ?, ?)",
            (aid, f"{aid}.txt", url, text),
        )
        conn.execute(
            "INSERT INTO article_prints(article_id, norm_url, exact, anchors) VALUES (?, ?, ?, 0)",
            (aid, dedup.normalize_url(url), fingerprint(text).exact),
        )
    conn.commit()
    conn.close()
    store = await Store.open(path)
    try:
        assert await _norm_urls(store) == {
            LOUD: "https://www.example.vn/tin/hoi-kien.html?id=7",
            PLAIN: None,
        }
        assert await _found_again(store) == ["a1.txt", "a2.txt"]
    finally:
        await store.close()


async def test_a_written_head_is_the_one_read_back(empty_store: Store) -> None:
    """The duplicate check compares a text this process wrote by the head it kept: the same
    head as decompressing and folding the stored text gives; a longer text keeps none."""
    long_text = REPORT_TEXT * 12
    await ingest(
        empty_store,
        [Article(text=WIRE, source="wire.txt"), Article(text=long_text, source="long.txt")],
    )
    rows = await (
        await empty_store.conn.execute("SELECT body FROM articles ORDER BY source")
    ).fetchall()
    (long_body,), (wire_body,) = [(bytes(r[0]),) for r in rows]
    assert len(long_text) > 2 * dedup.HEAD_CHARS and long_body not in dedup._WRITTEN_HEADS
    kept = dedup._WRITTEN_HEADS[wire_body]
    assert kept == dedup._stored_head.__wrapped__(wire_body, "") == fingerprint(WIRE).head
