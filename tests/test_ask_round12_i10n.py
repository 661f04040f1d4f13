"""Round 12 of reading questions, over articles written for these tests
(tests/round12_i10n_articles): on a news-in-brief page of bulleted items, only the meeting's
own item speaks for it (another item's rice or cashew figures are not the meeting's topic);
a meeting whose own passage names every place asked ranks above one naming only some.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import answered_any_way, misses_both_ways

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round12_i10n_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


async def test_another_item_of_a_news_in_brief_page_is_not_the_meeting(store: Store) -> None:
    # The cashew figures are the page's third item; the meeting is the second.
    wrong = await answered_any_way(
        store, ["xuat khau hat dieu 10 thang 2024", "hạt điều xuất khẩu năm 2024"], TODAY
    )
    assert not wrong, "\n".join(wrong)


async def test_words_of_the_meetings_own_passage_still_answer(store: Store) -> None:
    cases = [
        # The meeting's own item on a page of items.
        ("kiểm dịch trái cây năm 2024", "b01_"),
        # An ordinary report: a later paragraph is still the meeting's.
        ("thanh toán nội tệ thương mại năm 2024", "b02_"),
    ]
    wrong = await misses_both_ways(store, cases, TODAY)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "question",
    [
        "Novosibirsk trade mission Da Nang",
        "doanh nghiệp Novosibirsk Đà Nẵng thương mại",
    ],
)
async def test_every_place_asked_ranks_above_some(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    assert "b02_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Кого Лыонг Там Куанг принимал из ФСБ?",
        "Who did Luong Tam Quang receive from Russia's Federal Security Service?",
        "Лыонг Там Куанг и Федеральная служба безопасности",
    ],
)
async def test_a_russian_service_named_in_english_or_russian(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    assert "b03_" in r.results[0].sources[0], r.answer


async def test_the_same_minister_with_another_body_is_unchanged(store: Store) -> None:
    r = await ask(store, "Luong Tam Quang Russian interior minister", today=TODAY)
    assert r.results, r.answer
    assert "b04_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    "question",
    [
        "TASS and VNA directors general",
        "встреча гендиректоров ТАСС и ВИА",
        "Vietnam News Agency director general and TASS",
    ],
)
async def test_heads_of_news_agencies_asked_by_their_office(store: Store, question: str) -> None:
    # The page also tells a summit it recalls; the agencies' heads met in the report's lead.
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    top = r.results[0]
    assert "b05_" in top.sources[0], r.answer
    assert "Nguyễn Đức Lợi" in [p.name for p in top.participants], r.answer


async def test_the_summit_the_agency_page_recalls_is_still_found(store: Store) -> None:
    r = await ask(store, "Putin Tran Dai Quang Sochi", today=TODAY)
    assert r.results, r.answer
    assert "Trần Đại Quang" in [p.name for p in r.results[0].participants], r.answer


@pytest.mark.parametrize(
    "question",
    [
        "special envoy of Nguyen Phu Trong met Volodin in 2017",
        "envoy of Nguyen Phu Trong and Volodin in March 2017",
    ],
)
async def test_an_envoy_of_a_leader_the_store_spells(store: Store, question: str) -> None:
    # The leader is a participant of the store (b07), so the typed name is written back
    # with its marks before the question is read: "of" still makes him the principal.
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    assert "Hoàng Bình Quân" in [p.name for p in r.results[0].participants], r.answer


@pytest.mark.parametrize(
    ("question", "who"),
    [
        # The envoy himself named: no principal.
        ("special envoy Hoang Binh Quan met Volodin", "Hoàng Bình Quân"),
        ("Nguyen Phu Trong Matviyenko", "Nguyễn Phú Trọng"),
    ],
)
async def test_a_named_envoy_and_the_leader_himself(store: Store, question: str, who: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    assert who in [p.name for p in r.results[0].participants], r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Kamchatka governor visit to Vung Tau",
        "Thống đốc vùng Kamchatka thăm Vũng Tàu",
        "thong doc vung kamchatka",
    ],
)
async def test_an_office_of_a_place_written_another_way(store: Store, question: str) -> None:
    # The data writes the krai "vùng Kamchatka"; the article "Thống đốc Kamchatka".
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    assert "b08_" in r.results[0].sources[0], r.answer


async def test_the_same_office_of_another_place_finds_nothing(store: Store) -> None:
    wrong = await answered_any_way(store, ["Thống đốc vùng Khabarovsk"], TODAY)
    assert not wrong, "\n".join(wrong)


async def test_a_body_written_as_its_initials(store: Store) -> None:
    cases = [
        # "HĐAN": the Security Council, typed with or without marks, beside a titled name.
        ("thu truong cong an nguyen van son hoi dam pho thu ky HDAN Nga", "b09_"),
        ("Thứ trưởng Nguyễn Văn Sơn gặp Phó Thư ký HĐAN", "b09_"),
        # Near miss: the same deputy minister with the ambassador.
        ("Nguyễn Văn Sơn tiếp Đại sứ Nga", "b10_"),
    ]
    wrong = await misses_both_ways(store, cases, TODAY)
    assert not wrong, "\n".join(wrong)


async def test_a_foreign_word_the_article_transliterates_another_way(store: Store) -> None:
    # The article writes "Gupkin"; the question types "gubkin" beside a sector and a year.
    cases = [
        ("dao tao dau khi 2021 truong gubkin", "b11_"),
        ("giáo dục đào tạo 2021 trường gubkin", "b11_"),
    ]
    wrong = await misses_both_ways(store, cases, TODAY)
    assert not wrong, "\n".join(wrong)


async def test_a_foreign_word_the_article_lacks_still_answers_nothing(store: Store) -> None:
    wrong = await answered_any_way(store, ["giao duc nam 2021 dai hoc lomonosov"], TODAY)
    assert not wrong, "\n".join(wrong)
