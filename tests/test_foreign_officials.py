"""English and Russian questions about officials the data knows only from articles:
regional leaders and deputies by surname in Cyrillic, mid-level titles, organisations,
acts (credentials, messages) and places in Russian case forms. Each row's three questions
must find the same meetings, over the seeds, tests/articles and tests/round5_articles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.foreign_question import to_vietnamese, understand_in
from store.language.wording_i18n import localize_question
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import assert_twins_agree

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).parent / "round5_articles"

TWINS: list[tuple[str, str, str]] = [
    ("Gleb Nikitin ở Cần Thơ", "Nikitin in Can Tho", "Никитин в Кантхо"),
    ("Gleb Nikitin gặp ai?", "Who did Gleb Nikitin meet?", "С кем встречался Глеб Никитин?"),
    (
        "Arkady Zhukovskiy ở Moskva",
        "Zhukovskiy in Moscow",
        "Жуковский в Москве",
    ),
    (
        "Zhukovskiy hội đàm với đại biểu Việt Nam",
        "Zhukovsky talks with Vietnamese lawmakers",
        "переговоры Жуковского с вьетнамскими депутатами",
    ),
    ("Hrustalev ở Hà Nội", "Khrustalev in Hanoi", "Хрусталёв в Ханое"),
    ("Nikita Tsarev ở Moskva", "Tsarev in Moscow", "Царёв в Москве"),
    ("Yermolaev ở Đà Nẵng", "Yermolaev in Da Nang", "Ермолаев в Дананге"),
    ("Viktor Kudryashov ở Hạ Long", "Viktor Kudryashov in Ha Long", "Кудряшов в Халонге"),
    ("Bộ trưởng Tư pháp Việt Nam", "Vietnam's Justice Minister", "министр юстиции Вьетнама"),
    (
        "Bộ trưởng Tư pháp Nga hội đàm",
        "talks with the Russian Minister of Justice",
        "переговоры с министром юстиции России",
    ),
    (
        "Phó Chủ tịch Quốc hội Việt Nam",
        "vice chairman of the National Assembly of Vietnam",
        "вице-председатель Национального собрания Вьетнама",
    ),
    ("Tổng Tham mưu trưởng", "Chief of the General Staff", "начальник Генштаба"),
    (
        "Phó Chủ tịch Duma Quốc gia thăm Hà Nội",
        "When did the deputy speaker of the State Duma visit Hanoi?",
        "Когда вице-спикер Госдумы посетил Ханой?",
    ),
    ("Bí thư Thành ủy Đà Nẵng", "Da Nang city party chief", "секретарь горкома Дананга"),
    ("Bí thư Tỉnh ủy Quảng Ninh", "party chief of Quang Ninh", "секретарь обкома Куангниня"),
    ("Thống đốc Primorye", "Primorsky governor", "губернатор Приморского края"),
    ("Đảng Cộng sản Liên bang Nga", "the CPRF", "КПРФ"),
    ("Đảng Nước Nga Thống nhất", "United Russia", "Единая Россия"),
    ("Duma Quốc gia", "State Duma", "Государственная дума"),
    ("Hội đồng Liên bang", "Federation Council", "Совет Федерации"),
    ("trình quốc thư", "presenting credentials", "вручение верительных грамот"),
    (
        "điện mừng điện cảm ơn điện chia buồn",
        "exchanged messages",
        "обмен посланиями",
    ),
    ("Thứ trưởng Y tế Nga", "Russian deputy health minister", "замминистра здравоохранения России"),
    (
        "Thống đốc Nizhny Novgorod",
        "Nizhny Novgorod governor",
        "губернатор Нижнего Новгорода",
    ),
    (
        "Larisa Tsvetkova ở Saint Petersburg",
        "Tsvetkova in St. Petersburg",
        "Цветкова в Санкт-Петербурге",
    ),
]


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    from tests.conftest import ROOT

    await ingest(
        seeded_store,
        load_paths(
            [
                ARTICLES,
                *(ROOT / "tests" / d for d in ("russian_name_articles", "cyrillic_articles")),
            ]
        ),
    )
    return seeded_store


@pytest.mark.parametrize("vi,en,ru", TWINS, ids=[t[1] for t in TWINS])
async def test_twins_answer_with_the_same_meetings(store: Store, vi: str, en: str, ru: str) -> None:
    await assert_twins_agree(store, vi, en, ru, TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "Медведев в Бангкоке",
        "Medvedev in Bangkok",
        "Мишустин в Сингапуре",
        "Putin in Jakarta",
        "Медведев в Каире",
        "Medvedev in Cairo",
        "Никитин в Москве",
    ],
)
async def test_a_place_no_meeting_was_in_finds_nothing(store: Store, question: str) -> None:
    got = await ask(store, question, today=TODAY)
    assert not got.results, got.answer


@pytest.mark.parametrize(
    "question",
    ["Tatiana Tsvetkova gặp ai?", "When did Anna Tsvetkova meet Tran Van Thuan?", "Pavel Nikitin"],
)
async def test_an_unknown_full_name_is_one_person_nobody_met(store: Store, question: str) -> None:
    got = await ask(store, question, today=TODAY)
    assert not got.results, got.answer
    assert len(got.unknown_names) == 1, got.unknown_names


@pytest.mark.parametrize(
    "question,names",
    [
        ("Tatiana Tsvetkova gặp ai?", ["Tatiana Tsvetkova"]),
        ("Arkady Zhukovskiy", ["Arkady Zhukovskiy"]),
        ("Viktor Kudryashov", ["Viktor Kudryashov"]),
        ("Sergey Lavrov", []),  # a known person's own given name: Lavrov
        ("Alexander Beglov", []),
    ],
)
def test_a_given_name_and_a_surname_are_read_together(question: str, names: list[str]) -> None:
    q, _ = understand_in(question, TODAY)
    assert q.unknown_names == names
    assert len(q.leaders) == (0 if names else 1), q.leaders


@pytest.mark.parametrize(
    "question,lang,vietnamese",
    [
        ("party chief of Quang Ninh", "en", "Bí thư Quảng Ninh"),
        ("Quang Ninh party chief", "en", "Bí thư Quảng Ninh"),
        ("party chief To Lam", "en", "Tổng Bí thư Tô Lâm"),
        ("Russian justice minister", "en", "Bộ trưởng Tư pháp Nga"),
        ("deputy health minister of Russia", "en", "Thứ trưởng Y tế Nga"),
        ("Primorsky governor", "en", "Thống đốc Primorye"),
        ("секретарь горкома Ханоя", "ru", "Bí thư Thành ủy Hà Nội"),
        ("министр культуры Вьетнама", "ru", "Bộ trưởng Văn hóa Việt Nam"),
        ("встреча в Ростове-на-Дону", "ru", "gặp ở Rostov trên sông Đông"),
        ("визит в Нижний Новгород", "ru", "thăm ở Nizhny Novgorod"),
        ("Никитин в Нижнем Новгороде", "ru", "Nikitin ở Nizhny Novgorod"),
        ("Единую Россию", "ru", "Đảng Nước Nga Thống nhất"),
    ],
)
def test_titles_places_and_organisations_in_vietnamese_order(
    question: str, lang: str, vietnamese: str
) -> None:
    assert to_vietnamese(question, lang) == vietnamese  # type: ignore[arg-type]


def test_suggested_places_are_asked_in_the_language() -> None:
    assert localize_question("Dmitry Medvedev ở Bình Nhưỡng", "en") == (
        "Dmitry Medvedev in Pyongyang"
    )
    assert localize_question("Dmitry Medvedev ở Bình Nhưỡng", "ru") == "Дмитрий Медведев, Пхеньян"
