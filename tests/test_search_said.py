"""A phrase of common words typed with a question (an office written with its ministry) is
checked on each candidate's own search text when another term leaves few candidates, not
read whole from the full-text index (issue 17): the same meetings, found without the merge
of several long position lists."""

from __future__ import annotations

import sqlite3

import pytest

from store.language.fold import fold
from store.language.models import Meeting, Participant
from store.services.answer import ask
from store.storage import packed, search
from store.storage.db import Store
from tests.test_ask import TODAY, _fill

TEXTS = [
    "thu truong bo quoc phong nguyen van a tiep",
    "ong b, thu truong, bo quoc phong, da gap",  # punctuation between the words
    "pho thu truong bo quoc phongx",  # no whole word at the end
    "xthu truong bo quoc phong",  # nor at the start
    "thu truong quoc phong (viet nam) hoi dam voi chu tich duma quoc gia",
    "bo truong bo quoc phong lam viec",
    "thu truong bo ngoai giao va bo quoc phong",
]
PHRASES = [
    ("thu truong bo quoc phong", '"thu truong bo quoc phong"'),
    (
        "thu truong bo quoc phong|thu truong quoc phong",
        '"thu truong bo quoc phong" OR "thu truong quoc phong"',
    ),
    (
        "thu truong quoc phong\nchu tich duma quoc gia",
        '"thu truong quoc phong" AND "chu tich duma quoc gia"',
    ),
    ("bo quoc phong\nthu truong", '"bo quoc phong" AND "thu truong"'),
]


@pytest.mark.parametrize(("said", "expr"), PHRASES)
def test_search_has_matches_what_the_full_text_index_matches(said: str, expr: str) -> None:
    con = sqlite3.connect(":memory:")
    packed.register(con)
    con.execute(
        "CREATE VIRTUAL TABLE t USING fts5(folded, tokenize = 'unicode61 remove_diacritics 2')"
    )
    con.executemany("INSERT INTO t(rowid, folded) VALUES (?, ?)", enumerate(TEXTS))
    indexed = {r[0] for r in con.execute("SELECT rowid FROM t WHERE t MATCH ?", [expr])}
    checked = {
        i
        for i, text in enumerate(TEXTS)
        if con.execute("SELECT search_has(pack_search(?), ?)", [text, said]).fetchone()[0]
    }
    assert checked == indexed
    assert indexed  # each case matches something, and not everything
    assert len(indexed) < len(TEXTS)


def _meeting(mid: str, day: str, title: str, other: str) -> Meeting:
    return Meeting(
        id=mid,
        date=day,
        place="Hà Nội",
        kind="tiếp",
        participants=[
            Participant(name=f"Nguyễn Văn {mid.title()}", title=title, country="VN"),
            Participant(name=other, title="Thứ trưởng Bộ Năng lượng Nga", country="RU"),
        ],
        summary=f"{title} tiếp {other}.",
        key_points=["Hai bên trao đổi về hợp tác quốc phòng."],
    )


MEETINGS = [
    _meeting("an", "2024-05-14", "Thứ trưởng Bộ Quốc phòng", "Pavel Sorokin"),
    _meeting("binh", "2024-06-20", "Thứ trưởng Quốc phòng", "Pavel Sorokin"),
    _meeting("cuong", "2024-07-02", "Thứ trưởng Bộ Ngoại giao", "Pavel Sorokin"),
    _meeting("dung", "2023-03-01", "Thứ trưởng Bộ Quốc phòng", "Pavel Sorokin"),
    _meeting("giang", "2024-08-09", "Thứ trưởng Bộ Quốc phòng", "Sergei Tsivilev"),
]
QUESTION = "Thứ trưởng Bộ Quốc phòng năm 2024"
PHRASE = "thu truong bo quoc phong"


async def _asked(store: Store, monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], list[str]]:
    """The meetings found, and the full-text expressions read on the way."""
    read: list[str] = []
    reader = store.reader
    execute = reader.execute

    async def spy(sql: str, params=()):  # type: ignore[no-untyped-def]
        read.extend(str(p) for p in params if "MATCH" in sql and PHRASE in fold(str(p)))
        return await execute(sql, params)

    monkeypatch.setattr(reader, "execute", spy)
    found = await ask(store, QUESTION, today=TODAY, limit=10)
    monkeypatch.undo()
    return {m.id for m in found.results}, read


async def test_a_title_phrase_is_checked_on_a_few_candidates(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _fill(empty_store, MEETINGS)
    found, read = await _asked(empty_store, monkeypatch)
    assert found == {"an", "binh", "giang"}
    # The same meetings when the phrase is read from the index, as it is without a small
    # term to check it on.
    monkeypatch.setattr(search, "SAID_ROWS", 0)
    again, read_again = await _asked(empty_store, monkeypatch)
    assert again == found
    assert read_again
    # SQLite checks it on the person's few meetings; PostgreSQL reads its own index.
    assert bool(read) is not empty_store.lists_inline
