"""Two reports of one meeting a day apart (issue 9): the meeting keeps one date, each source
keeps the day its article gave, and the card says that a source gives another day, in
Vietnamese, English and Russian. Agreeing reports (the same day, or only the month) show
nothing more; a store from before migration 29 reads back and learns the dates of new
reports."""

from __future__ import annotations

import os
from pathlib import Path

import aiosqlite
import pytest

from store.language import wording, wording_i18n
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage import corrections
from store.storage.db import Store, register_functions
from store.storage.schema import MIGRATIONS

# Captured at import, before the PostgreSQL fixture points Store.open at the cluster.
open_sqlite = Store.open

# Articles written for this test, in the manner of Vietnamese news reports.
KREMLIN = """MOSKVA (TTXVN) - Chiều 9/5/2025, tại Điện Kremlin, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Nga Vladimir Putin.
Hai nhà lãnh đạo nhất trí tăng cường hợp tác năng lượng, dầu khí và giáo dục - đào tạo.
"""
NEXT_DAY = """Ngày 10/5/2025, tại Moskva, Tổng Bí thư Tô Lâm và Tổng thống Liên bang Nga Vladimir Putin đã tiến hành hội đàm.
Hai bên thảo luận các biện pháp thúc đẩy thương mại, đầu tư và du lịch giữa hai nước.
"""
SAME_DAY = """Chiều ngày 9/5/2025, Tổng Bí thư Tô Lâm đã có cuộc hội đàm với Tổng thống Vladimir Putin tại Điện Kremlin ở thủ đô Moskva của Nga.
Hai nhà lãnh đạo đánh giá cao kết quả hợp tác kinh tế, thương mại thời gian qua.
"""
MONTH_ONLY = """Trong chuyến thăm chính thức Liên bang Nga hồi tháng 5/2025, Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Nga Vladimir Putin tại Moskva.
Hai bên ký kết nhiều văn kiện hợp tác về năng lượng hạt nhân và khoa học - công nghệ.
"""

WHEN = {
    "vi": "Tô Lâm hội đàm với Putin khi nào?",
    "en": "When did To Lam hold talks with Putin?",
    "ru": "Когда То Лам провёл переговоры с Путиным?",
}
# What the card adds after the date, in each language.
NOTE = {
    "vi": "(một nguồn ghi 10/5/2025)",
    "en": "(one source gives 10 May 2025)",
    "ru": "(в одном источнике — 10 мая 2025 г.)",
}
DATE_LINE = {
    "vi": "Thời gian: chiều 9/5/2025 (một nguồn ghi 10/5/2025)",
    "en": "Date: 9 May 2025 (afternoon) (one source gives 10 May 2025)",
    "ru": "Дата: 9 мая 2025 г. (во второй половине дня) (в одном источнике — 10 мая 2025 г.)",
}
# Words only the note uses: none of them in an answer whose sources agree.
NOTE_WORDS = ("nguồn ghi", "source gives", "sources give", "источнике —", "источниках —")


async def _ingest(store: Store, tmp_path: Path, *texts: str) -> None:
    """Each text as its own file, ingested one after the other (a later report)."""
    for i, text in enumerate(texts):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        await ingest(store, load_paths([path]))


@pytest.mark.parametrize("lang", ["vi", "en", "ru"])
async def test_a_source_giving_another_day_is_shown_beside_the_date(
    empty_store: Store, tmp_path: Path, lang: str
) -> None:
    await _ingest(empty_store, tmp_path, KREMLIN, NEXT_DAY)
    result = await ask(empty_store, WHEN[lang], lang=lang)  # type: ignore[arg-type]
    assert len(result.results) == 1
    m = result.results[0]
    # The first stated date is kept; the other report keeps its own, in the JSON too.
    assert m.date == "2025-05-09" and m.sources == ["0.txt", "1.txt"]
    cites = result.public()["results"][0]["citations"]
    assert [(c["source"], c["date"], c["date_inferred"]) for c in cites] == [
        ("0.txt", None, None),
        ("1.txt", "2025-05-10", False),
    ]
    # A "when" answer leads with the date, and does not state it as certain.
    assert result.answer.splitlines()[0] == DATE_LINE[lang]
    # A list item and the detail view say it too.
    line = wording.meeting_line(m) if lang == "vi" else wording_i18n.meeting_line(m, lang)
    assert NOTE[lang] in line
    from handlers.views import detail_html

    assert NOTE[lang] in detail_html(m, lang)


async def test_reports_of_the_same_day_add_nothing(empty_store: Store, tmp_path: Path) -> None:
    await _ingest(empty_store, tmp_path, KREMLIN, SAME_DAY)
    for lang, question in WHEN.items():
        result = await ask(empty_store, question, lang=lang)  # type: ignore[arg-type]
        assert len(result.results) == 1 and len(result.results[0].sources) == 2
        assert not any(w in result.answer for w in NOTE_WORDS), result.answer
        cites = result.public()["results"][0]["citations"]
        assert [c["date"] for c in cites] == [None, None]


@pytest.mark.parametrize("order", ["month first", "day first"])
async def test_a_month_only_report_agrees_with_a_day_in_it(
    empty_store: Store, tmp_path: Path, order: str
) -> None:
    texts = (MONTH_ONLY, KREMLIN) if order == "month first" else (KREMLIN, MONTH_ONLY)
    await _ingest(empty_store, tmp_path, *texts)
    for lang, question in WHEN.items():
        result = await ask(empty_store, question, lang=lang)  # type: ignore[arg-type]
        assert len(result.results) == 1
        m = result.results[0]
        assert m.date == "2025-05-09" and len(m.sources) == 2  # the finer date kept
        assert not any(w in result.answer for w in NOTE_WORDS), result.answer
        # What each article said stays traceable: the month is its report's own.
        month_source = "0.txt" if order == "month first" else "1.txt"
        assert {c.source: c.date for c in m.citations} == {
            month_source: "2025-05",
            ({"0.txt", "1.txt"} - {month_source}).pop(): None,
        }


async def test_a_corrected_date_leaves_each_source_its_own(
    empty_store: Store, tmp_path: Path
) -> None:
    await _ingest(empty_store, tmp_path, KREMLIN, NEXT_DAY)
    (m,) = await empty_store.meetings()
    from store.language.edits import Edit

    await corrections.edit_meeting(empty_store, m, [Edit("date", "2025-05-10")], "cli:t", "sửa")
    (m,) = await empty_store.meetings()
    assert m.date == "2025-05-10"
    assert {c.source: c.date for c in m.citations} == {"0.txt": "2025-05-09", "1.txt": None}
    assert "(một nguồn ghi 9/5/2025)" in wording.meeting_card(m, "when")


async def test_deleting_the_article_whose_date_was_kept_takes_the_others(
    empty_store: Store, tmp_path: Path
) -> None:
    await _ingest(empty_store, tmp_path, KREMLIN, NEXT_DAY)
    (m,) = await empty_store.meetings()
    await corrections.delete_article(empty_store, m.citations[0].article_id, "cli:t", "xoá")
    (m,) = await empty_store.meetings()
    # The date shown is the one the article left reports, and nothing disagrees with it.
    assert (m.date, m.sources, [c.date for c in m.citations]) == ("2025-05-10", ["1.txt"], [None])
    card = wording.meeting_card(m, "when")
    assert card.startswith("Thời gian: ") and "10/5/2025" in card.splitlines()[0]
    assert not any(w in card for w in NOTE_WORDS)


@pytest.mark.sqlite_only
async def test_a_store_from_before_migration_29_reads_back_and_learns_new_dates(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.db"
    (tmp_path / "a.txt").write_text(KREMLIN, encoding="utf-8")
    store = Store(await aiosqlite.connect(path), str(path))
    await register_functions(store.conn)
    # Built at migration 28 by this version's own writer, less the two new columns.
    for number, script in enumerate(MIGRATIONS[:28], start=1):
        await store.conn.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")
    store.conn.row_factory = aiosqlite.Row
    await store.conn.execute(
        "INSERT INTO articles(id, source, text) VALUES ('a1', 'a.txt', ?)", (KREMLIN,)
    )
    await store.conn.execute(
        "INSERT INTO meetings(id, date, date_start, date_end, kind) VALUES"
        " ('m1', '2025-05-09', '2025-05-09', '2025-05-09', 'hội đàm')"
    )
    await store.conn.executemany(
        "INSERT INTO meeting_participants(meeting_id, pos, name, title, country)"
        " VALUES ('m1', ?, ?, ?, ?)",
        [(0, "Tô Lâm", "Tổng Bí thư", "VN"), (1, "Vladimir Putin", "Tổng thống Nga", "RU")],
    )
    await store.conn.execute(
        "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES ('m1', 'a1', 'a.txt')"
    )
    await store.conn.commit()
    await store.close()

    store = await Store.open(path)
    try:
        (version,) = await (await store.conn.execute("PRAGMA user_version")).fetchone()
        assert version == len(MIGRATIONS)
        m = await store.meeting("m1")
        assert m is not None and m.sources == ["a.txt"]
        assert [(c.article_id, c.date) for c in m.citations] == [("a1", None)]
        # A later report of the next day merges into it and keeps its own day.
        await _ingest(store, tmp_path, NEXT_DAY)
        m = await store.meeting("m1")
        assert m is not None and m.date == "2025-05-09" and len(m.sources) == 2
        assert [c.date for c in m.citations] == [None, "2025-05-10"]
        assert "Thời gian: 9/5/2025 (một nguồn ghi 10/5/2025)" in wording.meeting_card(m, "when")
    finally:
        await store.close()


@pytest.mark.postgres_only
async def test_briefing_copy_keeps_each_sources_date(tmp_path: Path) -> None:
    from store.storage.pg import PgStore
    from store.storage.transfer import copy_sqlite_to_pg

    path = tmp_path / "lite.db"
    lite = await open_sqlite(path)
    try:
        await _ingest(lite, tmp_path, KREMLIN, NEXT_DAY)
        before = await ask(lite, WHEN["en"], lang="en")
    finally:
        await lite.close()
    dest = await PgStore.open(os.environ["BRIEFING_DATABASE_URL"])
    try:
        await copy_sqlite_to_pg(path, dest)
        after = await ask(dest, WHEN["en"], lang="en")
        assert after.answer == before.answer
        assert after.answer.splitlines()[0] == DATE_LINE["en"]
    finally:
        await dest.close()


@pytest.mark.postgres_only
async def test_a_postgres_store_from_before_its_migration_17_reads_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.storage import pg
    from store.storage.pg import PgStore

    url = os.environ["BRIEFING_DATABASE_URL"]
    with monkeypatch.context() as patch:
        patch.setattr(pg, "MIGRATIONS", pg.MIGRATIONS[:16])  # the schema before it
        store = await PgStore.open(url)
    try:
        await store.conn.execute(
            "INSERT INTO articles(id, source, text) VALUES ('a1', 'a.txt', ?)", (KREMLIN,)
        )
        await store.conn.execute(
            "INSERT INTO meetings(id, date, date_start, date_end, kind) VALUES"
            " ('m1', '2025-05-09', '2025-05-09', '2025-05-09', 'hội đàm')"
        )
        for pos, name, title, country in [
            (0, "Tô Lâm", "Tổng Bí thư", "VN"),
            (1, "Vladimir Putin", "Tổng thống Nga", "RU"),
        ]:
            await store.conn.execute(
                "INSERT INTO meeting_participants(meeting_id, pos, name, title, country)"
                " VALUES ('m1', ?, ?, ?, ?)",
                (pos, name, title, country),
            )
        await store.conn.execute(
            "INSERT INTO meeting_sources(meeting_id, article_id, source)"
            " VALUES ('m1', 'a1', 'a.txt')"
        )
    finally:
        await store.close()
    store = await PgStore.open(url)
    try:
        m = await store.meeting("m1")
        assert m is not None and [(c.article_id, c.date) for c in m.citations] == [("a1", None)]
        await _ingest(store, tmp_path, NEXT_DAY)
        m = await store.meeting("m1")
        assert m is not None and m.date == "2025-05-09"
        assert [c.date for c in m.citations] == [None, "2025-05-10"]
    finally:
        await store.close()


# A tea the evening a guest arrived and the talks the next morning, both in Hà Nội, each
# told with its time of day.
TEA_EVENING = """HÀ NỘI - Tối 18/11/2018, ngay sau khi đến Hà Nội, Thủ tướng Nga Dmitry Medvedev đã có cuộc gặp thân mật, dùng trà với Thủ tướng Nguyễn Xuân Phúc.
Hai Thủ tướng trao đổi về quan hệ hợp tác kinh tế, năng lượng và giáo dục giữa hai nước.
"""
TALKS_MORNING = """Sáng 19/11/2018, tại Trụ sở Chính phủ ở Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Liên bang Nga Dmitry Medvedev.
Hai bên nhất trí thúc đẩy hợp tác dầu khí, thương mại và đầu tư.
"""


async def test_acts_a_day_apart_in_viet_nam_each_with_its_hour_are_two(
    empty_store: Store, tmp_path: Path
) -> None:
    # In Hà Nội, Vietnamese pages give the city's own time: "tối 18/11" and "sáng 19/11"
    # are two acts, not one meeting two time zones apart.
    await _ingest(empty_store, tmp_path, TEA_EVENING, TALKS_MORNING)
    result = await ask(empty_store, "Nguyễn Xuân Phúc Medvedev tháng 11/2018")
    assert sorted(m.date for m in result.results) == ["2018-11-18", "2018-11-19"], result.answer
    assert not any(w in result.answer for w in NOTE_WORDS), result.answer


async def test_reports_a_day_apart_without_hours_stay_one(
    empty_store: Store, tmp_path: Path
) -> None:
    # Near miss: with no time of day a day apart may be a slip or a time zone: one meeting.
    await _ingest(
        empty_store,
        tmp_path,
        TEA_EVENING.replace("Tối 18/11/2018", "Ngày 18/11/2018"),
        TALKS_MORNING.replace("Sáng 19/11/2018", "Ngày 19/11/2018"),
    )
    result = await ask(empty_store, "Nguyễn Xuân Phúc Medvedev tháng 11/2018")
    assert len(result.results) == 1, result.answer
