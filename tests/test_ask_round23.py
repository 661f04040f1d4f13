"""Round 23 of reading questions, over articles written for these tests
(tests/round23_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.language.foreign_question import to_vietnamese
from store.language.query import understand
from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 5)
ARTICLES = Path(__file__).resolve().parent / "round23_articles"


store = store_with(ARTICLES)


async def test_an_undated_meeting_of_another_act_does_not_answer_a_dated_act(
    store: Store,
) -> None:
    # The academy's head was received on a day the report gives without a year.
    res = await ask(store, "Viktor Kuralenko hội đàm năm 2019", today=TODAY)
    assert not res.results, res.answer
    # Near misses: the period alone, or a visit (which a reception belongs to), keep it,
    # saying its date is unknown.
    for question in ("Viktor Kuralenko năm 2019", "Viktor Kuralenko thăm Việt Nam năm 2019"):
        res = await ask(store, question, today=TODAY)
        assert res.results and "t01_" in res.results[0].sources[0], (question, res.answer)
        assert "không rõ" in res.answer, res.answer


async def test_the_navy_is_a_word_of_the_question(store: Store) -> None:
    for question in (
        "Hải quân Nga",
        "hải quân nga năm 2023",
        "tàu hải quân Việt Nam ở Vladivostok",
    ):
        res = await ask(store, question, today=TODAY)
        assert res.results and "t02_" in res.results[0].sources[0], (question, res.answer)
    # Near miss: "quan hệ" stays a word every meeting shares.
    assert not understand("quan hệ Việt Nga", TODAY).runs


async def test_a_party_of_another_country_typed_without_marks(store: Store) -> None:
    for question in (
        "truong ban doi ngoai tiep truong ban doi ngoai dang nhan dan cach mang lao",
        "quan doi nhan dan lao",
    ):
        assert understand(question, TODAY).foreign == ["Lào"], question
        res = await ask(store, question, today=TODAY)
        assert not res.results and "Lào" in res.answer, (question, res.answer)
    # Near miss: "lao động" is labour, not Laos.
    assert not understand("hop tac lao dong", TODAY).foreign


async def test_a_title_holding_an_institution_written_another_way(store: Store) -> None:
    # The report writes "Phó Chủ tịch Đu-ma Quốc gia" of a deputy speaker the lexicon lacks.
    for question in (
        "Phó Chủ tịch Duma Quốc gia tháng 5/2016",
        "pho chu tich duma quoc gia sang viet nam",
        "Phó Chủ tịch Đu-ma Quốc gia năm 2016",
    ):
        res = await ask(store, question, today=TODAY)
        assert res.results and "t03_" in res.results[0].sources[0], (question, res.answer)


async def test_a_committee_chairman_of_the_federation_council_as_chu_nhiem(
    store: Store,
) -> None:
    # Vietnamese papers title a Russian committee's chairman as they title their own.
    q = understand("chu nhiem uy ban doi ngoai hoi dong lien bang kosachev", TODAY)
    # One group, the person: no Vietnamese committee's chairman beside him.
    assert [g.label for g in q.groups] == ["Konstantin Kosachev"], q.groups
    assert not q.keywords, q.keywords
    res = await ask(
        store, "Chủ nhiệm Ủy ban Đối ngoại Hội đồng Liên bang Nga tháng 3/2017", today=TODAY
    )
    assert res.results and "t04_" in res.results[0].sources[0], res.answer


async def test_a_message_comes_after_the_meetings_it_ties_with(store: Store) -> None:
    # The two met on 12/5/2025 and the one wrote to the other on 27/5/2025.
    res = await ask(store, "Trần Thanh Mẫn và Volodin tháng 5/2025", today=TODAY)
    assert [m.sources[0][:3] for m in res.results] == ["t05", "t06"], res.answer
    # Near miss: asked for the message, the message comes first.
    res = await ask(store, "Trần Thanh Mẫn gửi điện chia buồn Volodin tháng 5/2025", today=TODAY)
    assert res.results and res.results[0].sources[0].startswith("t06"), res.answer


def test_russian_bodies_and_a_place_before_its_body() -> None:
    cases = {
        "секретарь Ханойского горкома": "Bí thư Thành ủy Hà Nội",
        "председатель Ханойского народного комитета": "Chủ tịch UBND Hà Nội",
        "Косачев на АТПФ-26": "APPF",
        "Госсовет Татарстана": "Hội đồng Nhà nước Tatarstan",
    }
    for question, want in cases.items():
        assert want in to_vietnamese(question, "ru"), question
    assert "APPF" in to_vietnamese("Kosachev at APPF-26 in Hanoi", "en")


async def test_a_span_of_figures_finds_the_article_that_writes_it(store: Store) -> None:
    # 4-6 million tonnes of coal a year in one report, 50-60 million in another.
    for question, want in (
        ("nga cung cap 4-6 trieu tan than moi nam", "t07"),
        ("50-60 triệu tấn than", "t08"),
    ):
        res = await ask(store, question, today=TODAY)
        assert res.results and res.results[0].sources[0].startswith(want), (question, res.answer)
        assert not understand(question, TODAY).unknown_names  # "Triệu Tấn" is no name
    # Near miss: a unit followed by a place keeps the place ("10 MW Đồng Nai").
    q = understand("lò phản ứng 10 MW Đồng Nai", TODAY)
    assert q.places == ["Đồng Nai"] and "mw" not in q.keywords, (q.places, q.keywords)


def test_the_presidential_palace_asked_in_english_and_russian() -> None:
    assert "Phủ Chủ tịch" in to_vietnamese("Putin talks at the Presidential Palace", "en")
    assert "Phủ Chủ tịch" in to_vietnamese("Путин в Президентском дворце", "ru")
