"""Helpers shared by the question tests that read over the seeds, tests/articles and
tests/ask_articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from store.language.fold import fold
from store.language.foreign_question import Lang
from store.services.answer import AskResult, ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage import search
from store.storage.db import Store

ASK_ARTICLES = Path(__file__).resolve().parent / "ask_articles"


def store_with(folder: Path) -> Any:
    """A ``store`` fixture: the seeds and tests/articles, plus the articles of ``folder``
    (assign it to ``store`` in a test module)."""

    @pytest.fixture
    async def store(seeded_store: Store) -> Store:
        await ingest(seeded_store, load_paths([folder]))
        return seeded_store

    return store


async def with_ask_articles(store: Store) -> Store:
    """The store with the articles written for the question tests added."""
    await ingest(store, load_paths([ASK_ARTICLES]))
    return store


async def asked_both_ways(store: Store, question: str, today: date) -> list[AskResult]:
    """The answers to a question as typed and typed without diacritics."""
    return [await ask(store, q, today=today, limit=10) for q in (question, fold(question))]


async def assert_twins_agree(store: Store, vi: str, en: str, ru: str, today: date) -> None:
    """A question and its English and Russian twins find the same meetings, in that order."""
    want = await ask(store, vi, today=today, limit=5)
    assert want.results, want.answer
    for lang, question in (("en", en), ("ru", ru)):
        got = await ask(store, question, today=today, limit=5)
        assert got.lang == lang
        assert [m.id for m in got.results] == [m.id for m in want.results], (lang, got.answer)


async def misses_both_ways(store: Store, cases: list[tuple[str, str]], today: date) -> list[str]:
    """The (question, article id) cases whose top answer, asked as typed and without
    diacritics, does not come from that article: one line each, for the assertion message."""
    wrong = []
    for question, want in cases:
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=today)
            top = r.results[0].sources[0] if r.results else "-"
            if want not in top:
                wrong.append(f"{typed!r}: {top} / {r.answer.splitlines()[0]}")
    return wrong


async def answered_any_way(
    store: Store, questions: list[str], today: date, lower: bool = False
) -> list[str]:
    """The questions that get a meeting, asked as typed and without diacritics (and all in
    lower case too, with ``lower``): one line each, for the assertion message."""
    wrong = []
    for question in questions:
        forms = (question, fold(question), *((fold(question).lower(),) if lower else ()))
        for typed in forms:
            r = await ask(store, typed, today=today)
            if r.results or r.total:
                wrong.append(f"{typed!r}: {r.answer.splitlines()[0]}")
    return wrong


def spy_on_fts_lists(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every expression taken as a common one, so its full-text matches are read as a list:
    the expressions read so, in order (see store.storage.search._fts_all)."""
    monkeypatch.setattr(search, "FTS_LISTED", 0)
    lists: list[str] = []
    read = search._fts_all

    async def spy(store: Store, expr: str) -> str:
        lists.append(expr)
        return await read(store, expr)

    monkeypatch.setattr(search, "_fts_all", spy)
    return lists


async def top_source(store: Store, question: str, today: date, lang: Lang | None = None) -> str:
    """The first source of the first meeting a question finds (it must find one)."""
    r = await ask(store, question, today=today, lang=lang)
    assert r.results, r.answer
    return r.results[0].sources[0]


async def assert_found_first(
    store: Store, cases: tuple[tuple[str, Lang], ...], prefix: str, today: date
) -> None:
    """Each (question, language) finds first a meeting of the test article whose file name
    starts with ``prefix`` ("t06"), and names nothing the data does not know."""
    for question, lang in cases:
        res = await ask(store, question, today=today, lang=lang)
        found = [m.sources[0].split("/")[-1][: len(prefix)] for m in res.results]
        assert found[:1] == [prefix], (question, res.answer)
        assert not res.unknown_names, (question, res.unknown_names)


async def answers_to(
    store: Store, questions: list[str], today: date
) -> list[tuple[str, list[str], int]]:
    """Each question with the ids of its first ten results and its total: what two ways of
    reading the store must find alike."""
    out = []
    for q in questions:
        r = await ask(store, q, today=today, limit=10)
        out.append((q, [m.id for m in r.results], r.total))
    return out
