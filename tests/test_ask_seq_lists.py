"""A long list of meetings in a statement (an IN list of seqs: the undated meetings
reported within a period, in every piece of a walk) is given to SQLite as one JSON
parameter (store.storage.search._seqs_in). Written that way, the lists find the same
meetings, and count as many, as written out mark by mark."""

from __future__ import annotations

import pytest

from store.storage import search
from store.storage.db import Store
from tests.asking import answers_to
from tests.test_ask import TODAY, _fill, _synthetic_meetings

QUESTIONS = [
    "Putin năm 2019",
    "Lavrov năm 2019",
    "Thủ tướng Nga gặp Tổng Bí thư năm 2016",
    "Tổng thống Nga năm 2022",
    "năng lượng năm 2020",
    "hội đàm năm 2018",
    "điện đàm tháng 3/2021",
    "Medvedev gặp Nguyễn Tấn Dũng năm 2013",
]


async def _with_reports(store: Store) -> None:
    """Undated meetings each cited from an article that came out on a day of 2012–2026."""
    meetings = _synthetic_meetings(3000)
    await _fill(store, meetings)
    undated = [m for m in meetings if m.date is None]
    await store.conn.executemany(
        "INSERT INTO articles(id, source, text, published) VALUES (?, ?, '', ?)",
        [
            (f"a{m.id}", f"{m.id}.txt", f"{2012 + i % 15}-{1 + i % 12:02d}-15T08:00:00")
            for i, m in enumerate(undated)
        ],
    )
    await store.conn.executemany(
        "INSERT INTO meeting_sources(meeting_id, article_id, source) VALUES (?, ?, ?)",
        [(m.id, f"a{m.id}", f"{m.id}.txt") for m in undated],
    )
    await store.conn.commit()


async def _answers(store: Store) -> list[tuple[str, list[str], int]]:
    return await answers_to(store, QUESTIONS, TODAY)


@pytest.mark.sqlite_only  # PostgreSQL keeps its lists as marks (statements cached by text)
async def test_seq_lists_as_one_json_parameter_find_what_the_marks_find(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    await _with_reports(empty_store)
    monkeypatch.setattr(search, "LONG_LIST", 10**9)  # every list as marks
    want = await _answers(empty_store)
    listed: list[int] = []
    seqs_in = search._seqs_in

    def counted(column: str, seqs: tuple[int, ...], inline: bool) -> tuple[str, list[object]]:
        sql, params = seqs_in(column, seqs, inline)
        if search._JSON_IN in sql:
            listed.append(len(seqs))
        return sql, params

    monkeypatch.setattr(search, "LONG_LIST", 1)  # every list as JSON, however short
    monkeypatch.setattr(search, "_seqs_in", counted)
    got = await _answers(empty_store)
    assert max(listed, default=0) >= 5, listed
    assert got == want
    assert any(total for _q, _ids, total in want)
