"""Reading a question the way a journalist means it: a Vietnamese leader called by the
given name alone, another country's leader (the bot covers Vietnam–Russia only), and the
number of a session or a visit ("khóa họp lần thứ 23", "lần thứ tám").

Over the seeds, tests/articles and tests/ask_articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from store.language.fold import fold
from store.language.query import understand
from store.language.question_words import ordinal_phrases
from store.services.answer import AskResult, ask
from store.storage.db import Store
from tests.asking import asked_both_ways, with_ask_articles

TODAY = date(2026, 12, 1)


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    return await with_ask_articles(seeded_store)


async def _both(store: Store, question: str) -> list[AskResult]:
    return await asked_both_ways(store, question, TODAY)


# ------------------------------------------------------------- given names alone


@pytest.mark.parametrize(
    ("question", "names"),
    [
        ("Sang và Putin", {"Trương Tấn Sang", "Vladimir Putin"}),
        ("ông Trọng gặp Putin", {"Nguyễn Phú Trọng", "Vladimir Putin"}),
        ("Putin tiếp Trọng", {"Nguyễn Phú Trọng", "Vladimir Putin"}),
        ("Lâm gặp Putin", {"Tô Lâm", "Vladimir Putin"}),
    ],
)
def test_a_given_name_alone_is_the_leader(question: str, names: set[str]) -> None:
    for typed in (question, fold(question)):
        assert set(understand(typed, TODAY).leaders) == names, typed


def test_a_shared_given_name_means_every_leader_of_that_name() -> None:
    q = understand("Dũng gặp Medvedev", TODAY)
    names = {n for g in q.groups for n in g.names}
    assert {"Nguyễn Tấn Dũng", "Trịnh Đình Dũng", "Dmitry Medvedev"} <= names


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Chủ tịch nước Sang thăm Nga", "Trương Tấn Sang"),
        ("Thủ tướng Dũng gặp Medvedev", "Nguyễn Tấn Dũng"),
        ("Tổng Bí thư Trọng hội đàm Putin", "Nguyễn Phú Trọng"),
    ],
)
def test_a_title_before_a_given_name_picks_its_holder(question: str, name: str) -> None:
    typings = [question] if "sang" in fold(question) else [question, fold(question)]
    for typed in typings:
        q = understand(typed, TODAY)
        group = next(g for g in q.groups if name in g.names)
        assert group.names == [name], typed
        assert group.alternatives[0].start is not None  # the title fixes the period


@pytest.mark.parametrize(
    "question",
    [
        "Putin sang thăm Việt Nam năm 2024",
        "putin sang tham viet nam",
        "chu tich nuoc sang tham nga",
        "Ủy ban liên Chính phủ",
        "Mishustin gặp đại diện Chính phủ Việt Nam",
        "Putin gặp Tô Lâm trong năm 2024",
    ],
)
def test_common_words_spelt_like_given_names_stay_words(question: str) -> None:
    q = understand(question, TODAY)
    alone = {g.names[0] for g in q.groups if len(g.names) == 1}  # not a title's holders
    assert not {"Trương Tấn Sang", "Phạm Minh Chính", "Nguyễn Phú Trọng"} & alone


async def test_a_given_name_is_ranked_by_the_meetings_of_the_store(store: Store) -> None:
    for r in await _both(store, "Dũng gặp Medvedev năm 2015"):
        assert r.results, r.answer
        assert {"Nguyễn Tấn Dũng", "Dmitry Medvedev"} <= {p.name for p in r.results[0].participants}
    for r in await _both(store, "ông Trọng hội đàm với Medvedev"):
        assert {"Nguyễn Phú Trọng", "Dmitry Medvedev"} <= {
            p.name for p in r.results[0].participants
        }


# ------------------------------------------------------- leaders of other countries


@pytest.mark.parametrize(
    "question",
    [
        "Anwar Ibrahim gặp Putin",
        "anwar ibrahim tham nga",
        "Macron hội đàm với Putin khi nào",
        "Thủ tướng Hun Manet gặp Tô Lâm",
        "Lula gặp Putin ở đâu",
        "Modi gặp Putin",
        "Tập Cận Bình hội đàm Putin",
        "Erdogan và Putin",
    ],
)
async def test_another_countrys_leader_gets_the_scope_reply(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results
    assert "Việt Nam – Nga" in r.answer


# ---------------------------------------------------------- numbered sessions


@pytest.mark.parametrize(
    ("typed", "forms"),
    [
        ("khoa hop lan thu 24 uy ban", {"lan thu 24", "thu 24", "xxiv"}),
        ("khoa hop 24", {"thu 24", "xxiv"}),
        ("phien hop lan thu xxiii", {"thu 23", "xxiii"}),
        ("lan thu nam tham viet nam", {"thu 5", "thu nam"}),
    ],
)
def test_numbers_of_sessions_in_the_ways_articles_write_them(typed: str, forms: set[str]) -> None:
    assert forms <= set(ordinal_phrases(typed))


def test_a_year_is_not_a_session_number() -> None:
    assert ordinal_phrases("khoa hop nam 2024") == []
    assert ordinal_phrases("gap 3 lan") == []


@pytest.mark.parametrize(
    ("question", "co_chair"),
    [
        ("khóa họp lần thứ 23 Ủy ban liên chính phủ", "Lê Văn Thành"),
        ("khoa hop 23", "Lê Văn Thành"),
        ("Overchuk khóa họp XXIII", "Lê Văn Thành"),
        ("Overchuk phiên họp lần thứ 8", "Nguyễn Chí Dũng"),
        ("Overchuk lần thứ tám", "Nguyễn Chí Dũng"),
    ],
)
async def test_the_article_naming_the_number_ranks_first(
    store: Store, question: str, co_chair: str
) -> None:
    for r in await _both(store, question):
        assert r.results, r.answer
        assert co_chair in {p.name for p in r.results[0].participants}, r.answer


# ------------------------------------------------------------- words that are not countries


@pytest.mark.parametrize(
    "question",
    [
        "hai ben nhat tri gi ve dau khi",
        "hai bên nhất trí gì về dầu khí",
        "phia nhat la gi ve hop tac giao duc",
        "hai ben nhat dinh hop tac nang luong",
    ],
)
def test_nhat_in_common_words_is_not_japan(question: str) -> None:
    assert understand(question, TODAY).foreign == []


def test_japan_in_a_country_slot_stays_a_side() -> None:
    assert understand("thu tuong nhat gap putin", TODAY).foreign
