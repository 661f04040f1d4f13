"""Round 9 of reading questions, over an article written for these tests
(tests/round9_vi_articles): the one a funeral or a tribute is for is named, not met — "Umakhanov
dự Quốc tang Chủ tịch nước Trần Đại Quang" asks whom Umakhanov met there, in Vietnamese with
and without marks, in English ("… 's state funeral") and in Russian ("на похоронах …"); and
"Hồ Chí Minh" (the city, the mausoleum, the late President) is never read as a living leader
who shares a syllable with it ("Chí" is no honorific).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.fold import fold
from store.language.foreign_question import understand_in
from store.language.query import understand
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import misses_both_ways

TODAY = date(2026, 12, 1)
HERE = Path(__file__).resolve().parent

FUNERAL = [
    ("Umakhanov dự Quốc tang Chủ tịch nước Trần Đại Quang", "vi"),
    ("Umakhanov viếng Chủ tịch nước Trần Đại Quang", "vi"),
    ("đoàn Nga dự lễ tang Trần Đại Quang Umakhanov", "vi"),
    ("Umakhanov tưởng niệm cố Chủ tịch nước Trần Đại Quang", "vi"),
    ("Umakhanov at Tran Dai Quang's state funeral", "en"),
    ("Umakhanov at the funeral of President Tran Dai Quang", "en"),
    ("Умаханов на похоронах Чан Дай Куанга", "ru"),
]


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([HERE / "round9_vi_articles"]))
    return seeded_store


async def test_the_one_mourned_is_named_not_met(store: Store) -> None:
    wrong = []
    for question, lang in FUNERAL:
        for typed in (question, fold(question)) if lang == "vi" else (question,):
            r = await ask(store, typed, today=TODAY, lang=lang)
            top = r.results[0] if r.results else None
            if top is None or "t01" not in top.sources[0]:
                wrong.append(f"{typed!r}: {r.answer.splitlines()[0]}")
            elif "Trần Đại Quang" in {p.name for p in top.participants}:
                wrong.append(f"{typed!r}: the late President listed as met")
    assert not wrong, "\n".join(wrong)


def test_a_mourned_leader_is_carried_not_required() -> None:
    q = understand("Volodin dự Quốc tang Tổng Bí thư Nguyễn Phú Trọng", TODAY)
    assert q.carried == ["Nguyễn Phú Trọng"]
    # Who met whom stays required: nothing in "gặp" or "tiếp" mourns anyone.
    assert not understand("Nguyễn Phú Trọng gặp Volodin", TODAY).carried
    assert not understand("Tô Lâm tiếp Volodin tại Phủ Chủ tịch", TODAY).carried


@pytest.mark.parametrize(
    "question",
    [
        "Putin Chí Minh",
        "putin ho chi minh",
        "Putin đến Hồ Chí Minh",
        "Putin viếng Lăng Hồ Chí Minh",
        "Putin tưởng niệm Chủ tịch Hồ Chí Minh",
    ],
)
def test_ho_chi_minh_is_no_living_leader(question: str) -> None:
    q = understand(question, TODAY)
    names = {a.name for g in q.groups for a in g.alternatives} | {g.label for g in q.groups}
    assert "Phạm Bình Minh" not in names


@pytest.mark.parametrize("question", ["ông Minh gặp Lavrov", "đồng chí Minh gặp Lavrov"])
def test_a_given_name_after_an_honorific_still_names_the_leader(question: str) -> None:
    assert "Phạm Bình Minh" in {g.label for g in understand(question, TODAY).groups}


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Putin viếng Lăng Hồ Chí Minh", "vi"),
        ("Putin laid a wreath at Ho Chi Minh Mausoleum", "en"),
        ("Путин у мавзолея Хо Ши Мина", "ru"),
    ],
)
def test_the_mausoleum_is_in_hanoi(question: str, lang: str) -> None:
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    assert q.places == ["Hà Nội"]


@pytest.mark.parametrize(
    "question",
    [
        "Việt Nam và Nga nâng quan hệ lên đối tác chiến lược toàn diện năm 2025",
        "hai nước nâng mối quan hệ lên tầm cao mới năm 2025",
    ],
)
async def test_words_of_upgrading_ties_are_on_topic(store: Store, question: str) -> None:
    # "nâng … lên" split by its object is the news's own verb, not an errand's words.
    for typed in (question, fold(question)):
        assert (await ask(store, typed, today=TODAY)).results, typed


@pytest.mark.parametrize("question", ["Hà Nội nắng nóng", "giá vàng lên", "Đà Nẵng có nắng không"])
async def test_weather_and_prices_stay_off_topic(store: Store, question: str) -> None:
    for typed in (question, fold(question)):
        assert not (await ask(store, typed, today=TODAY)).results, typed


async def test_the_off_topic_reply_quotes_the_word_left_over(store: Store) -> None:
    # "Nẵng" of the place folds like "nắng" (sunny): the reply quotes what was typed for it.
    r = await ask(store, "Đà Nẵng có nắng không", today=TODAY)
    assert "«nắng»" in r.answer and "«Nẵng»" not in r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Grigoriev chính quyền Saint Petersburg ở Đà Nẵng", "vi"),
        ("Grigoriev Chính quyền thành phố Saint Petersburg", "vi"),
        ("Григорьев правительство Санкт-Петербурга в Дананге", "ru"),
    ],
)
async def test_a_place_owning_a_body_is_not_where_they_met(
    store: Store, question: str, lang: str
) -> None:
    # The Saint Petersburg city government's envoy was received in Da Nang.
    for typed in (question, fold(question)) if lang == "vi" else (question,):
        r = await ask(store, typed, today=TODAY, lang=lang)
        assert r.results and "t02" in r.results[0].sources[0], typed


@pytest.mark.parametrize(
    ("question", "owned"),
    [
        ("Cheremin Chính quyền Moskva", True),
        ("Hiệu trưởng Đại học Tổng hợp Moskva thăm Hà Nội", True),
        ("gặp tại Đại học Tổng hợp Moskva", False),
        ("Tô Lâm thăm Moskva", False),
    ],
)
def test_a_body_s_place_ranks_and_a_venue_filters(question: str, owned: bool) -> None:
    q = understand(question, TODAY)
    assert ("Moskva" not in q.places) is owned
    assert ("moskva" in q.phrases) is owned


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("24th session of the intergovernmental committee in Hanoi", "en"),
        ("the 24th meeting of the Intergovernmental Commission", "en"),
        ("24-е заседание межправкомиссии в Ханое", "ru"),
    ],
)
def test_a_numbered_session_asked_abroad_reads_like_its_vietnamese_twin(
    question: str, lang: str
) -> None:
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    twin = understand("phiên họp lần thứ 24 Ủy ban liên Chính phủ", TODAY)
    assert q.ordinals == twin.ordinals and q.ordinals
    assert q.date_from is None  # a session's number is no day of the month


@pytest.mark.parametrize(
    ("question", "lang", "day"),
    [("Putin visited Vietnam on June 19th 2024", "en", date(2024, 6, 19))],
)
def test_an_ordinal_day_is_still_a_date(question: str, lang: str, day: date) -> None:
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    assert q.date_from == day and not q.ordinals


@pytest.mark.parametrize(
    "question", ["Petrovietnam Gazprom năm 2021", "Petrovietnam Gazprom SPIEF 2021"]
)
def test_a_body_whose_seat_the_place_data_knows_is_still_a_name(question: str) -> None:
    # "trụ sở Petrovietnam" places a meeting in Hanoi; it does not make "Petrovietnam" a
    # word of the place data that must appear beside "Gazprom" in one meeting's summary:
    # it is the company, in any of its names (PVN, Tập đoàn Dầu khí Quốc gia Việt Nam).
    q, _ = understand_in(question, TODAY, "vi" if "năm" in question else "en")
    assert any("pvn" in forms for forms in q.agencies), q
    assert not q.places


@pytest.mark.parametrize(
    "question",
    [
        "Chủ tịch TP Hồ Chí Minh Trần Văn Lộc tiếp Tổng Lãnh sự Nga",
        "Chủ tịch UBND TP Hồ Chí Minh Trần Văn Lộc gặp Popov",
        "Chủ tịch thành phố Hồ Chí Minh Trần Văn Lộc",
    ],
)
async def test_a_title_before_a_name_describes_him(store: Store, question: str) -> None:
    # The article writes only "Chủ tịch UBND thành phố": the city typed in his title names
    # him, it is no second condition the article must state.
    wrong = await misses_both_ways(store, [(question, "t03")], TODAY)
    assert not wrong, "\n".join(wrong)
