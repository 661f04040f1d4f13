"""Answering's shortcuts for big stores give the answers the plain statements give: facet
sizes counted once (``prepare``) and full-text matches read once per question."""

from __future__ import annotations

from datetime import date

import pytest

import store.storage.search as search
from store.services.answer import ask
from store.storage.db import Store
from tests.asking import spy_on_fts_lists

TODAY = date(2026, 12, 1)


def _same(a: object, b: object) -> tuple:
    return tuple((r.answer, [m.id for m in r.results], r.total) for r in (a, b))  # type: ignore[attr-defined]


@pytest.mark.parametrize("question", ["hợp tác kinh tế", "Putin", "Thủ tướng Nga", "Hà Nội"])
async def test_an_estimate_from_facets_counted_at_start_is_the_counted_one(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # Thresholds lowered so the test store's few meetings take the big store's path.
    monkeypatch.setattr(search, "COUNT_EXACT", 0)
    monkeypatch.setattr(search, "ESTIMATE_CAP", 1)
    monkeypatch.setattr(search, "FACET_RANKED", 1)
    monkeypatch.setattr(search, "COUNTED_FACET", 0)
    counted = await ask(seeded_store, question, today=TODAY)
    await search.prepare(seeded_store)
    known = search._FACET_SIZES.get(seeded_store.conn)
    assert known is not None and known[2], "prepare counts every facet"
    remembered = await ask(seeded_store, question, today=TODAY)
    first, second = _same(counted, remembered)
    assert first == second
    assert counted.results


async def test_a_facet_absent_from_the_counts_has_no_rows(seeded_store: Store) -> None:
    await search.count_facets(seeded_store)
    token = search.remember_sizes()
    try:
        sizes = await search._facet_sizes(seeded_store, ["p:Nobody At All", "p:Vladimir Putin"])
    finally:
        search.forget_sizes(token)
    assert sizes["p:Nobody At All"] == 0
    assert sizes["p:Vladimir Putin"] > 0


@pytest.mark.parametrize(
    "question",
    [
        "Thứ trưởng Bộ Ngoại giao Nga",
        "Tổng Giám đốc Tập đoàn gặp Thứ trưởng",
        "Phó Chủ tịch Duma Quốc gia Nga",
        "Thống đốc tỉnh Sakhalin",
    ],
)
async def test_full_text_matches_read_once_answer_alike(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    if not seeded_store.lists_inline:
        pytest.skip("PostgreSQL keeps its statements as written")
    read: list[str] = []
    matches = search._fts_matches

    async def spy(store: Store, expr: str, whole: bool = False) -> tuple[int, ...] | None:
        read.append(expr)
        return await matches(store, expr, whole)

    monkeypatch.setattr(search, "_fts_matches", spy)
    listed = await ask(seeded_store, question, today=TODAY)
    monkeypatch.setattr(seeded_store, "lists_inline", False)
    plain = await ask(seeded_store, question, today=TODAY)
    first, second = _same(listed, plain)
    assert first == second
    assert len(read) == len(set(read)), "each expression is evaluated once per question"
    assert read, "the question goes through the full-text index"


async def test_full_text_matches_listed_in_a_statement(seeded_store: Store) -> None:
    if not seeded_store.lists_inline:
        pytest.skip("PostgreSQL keeps its statements as written")
    expr = '"putin"'
    token = search.remember_sizes()
    try:
        seqs = await search._fts_matches(seeded_store, expr)
        sql, params = await search._fts_listed(
            seeded_store,
            "SELECT count(*) FROM meetings m WHERE m.date_start >= ? AND +m.seq " + search._FTS_IN,
            ["0", expr],
        )
    finally:
        search.forget_sizes(token)
    assert seqs
    assert params == ["0"]
    assert "MATCH" not in sql
    rows = await (await seeded_store.reader.execute(sql, params)).fetchall()
    assert rows[0][0] > 0


@pytest.mark.parametrize(
    "question",
    [
        "Putin hội đàm ở Hà Nội",
        "Lavrov hội đàm ở Moskva năm 2019",
        "Thủ tướng hội kiến Chủ tịch Duma Quốc gia Nga",
        "Lavrov gặp ở Moskva",
        "Tổng thống Nga thăm Việt Nam năm 2017",
    ],
)
async def test_places_and_kinds_probed_in_the_facets_or_read_on_the_row_answer_alike(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    checked: list[str] = []
    check = search._check

    def spy(t: search.FTerm, inline: bool = False, facets: str = "") -> tuple[str, list[object]]:
        checked.extend(a.facet for a in t.alts if a.facet.startswith(("k:", "l:")))
        return check(t, inline=inline, facets=facets)

    monkeypatch.setattr(search, "_check", spy)
    probed = await ask(seeded_store, question, today=TODAY)
    assert checked, "a place or a kind is checked on the candidates"
    monkeypatch.setattr(search, "ROW_PROBES", 0)
    read = await ask(seeded_store, question, today=TODAY)
    first, second = _same(probed, read)
    assert first == second


@pytest.mark.parametrize("question", ["Thứ trưởng", "Chủ tịch Tập đoàn Dầu khí Việt Nam"])
async def test_common_full_text_matches_given_as_a_list_answer_alike(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    if not seeded_store.lists_inline:
        pytest.skip("PostgreSQL keeps its statements as written")
    lists = spy_on_fts_lists(monkeypatch)
    listed = await ask(seeded_store, question, today=TODAY)
    assert lists, "a statement is given the matches as a list"
    monkeypatch.setattr(seeded_store, "lists_inline", False)
    plain = await ask(seeded_store, question, today=TODAY)
    first, second = _same(listed, plain)
    assert first == second
    assert listed.results


@pytest.mark.sqlite_only  # PostgreSQL keeps its statements as written (cached by text)
@pytest.mark.parametrize(
    "question",
    [
        "Tổng thống Nga",
        "Thủ tướng Nga gặp Tổng Bí thư",
        "Thủ tướng Nga",
        "Chủ tịch nước Việt Nam",
        "Tổng Bí thư thăm Nga",
        "Thủ tướng Việt Nam hội đàm",
    ],
)
async def test_holders_walked_in_one_arm_answer_alike(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    # An office's holders are pieces of one SQL; walked and counted as one arm over their
    # parameters, they find what one arm per holder finds.
    monkeypatch.setattr(search, "SHAPED_ARMS", 10**9)
    apart = await ask(seeded_store, question, today=TODAY)
    arms: list[str] = []
    param_at = search._param_at

    def spy(sql: str) -> str:
        arms.append(sql)
        return param_at(sql)

    monkeypatch.setattr(search, "SHAPED_ARMS", 2)
    monkeypatch.setattr(search, "_param_at", spy)
    together = await ask(seeded_store, question, today=TODAY)
    first, second = _same(apart, together)
    assert first == second
    assert arms, "the holders' pieces are one arm"
    assert apart.results
