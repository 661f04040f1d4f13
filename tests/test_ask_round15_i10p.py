"""Round 15 of reading questions, over articles written for these tests
(tests/round15_i10p_articles): a consulate's seat written short ("TP.HCM") of a reception
whose article names no city; "hôm qua" or "tuần trước" copied from an article; the head of a body named by its title; an envoy named by his principal's title; goods over a span of months (a trade figure); in English and Russian, a person named beside a
body's name, and an ASEAN host city.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round15_i10p_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


def sources(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [s for m in r.results for s in m.sources]


@pytest.mark.parametrize(
    "question",
    [
        "Tổng Lãnh sự Nga tại TP.HCM làm việc với Vĩnh Long",
        "tong lanh su Nga o TPHCM tiep Vinh Long",
    ],
)
async def test_a_consulates_seat_written_short_with_the_hosts_province(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e01_" in r.results[0].sources[0], r.answer
    # The article names no city: the reply says Vĩnh Long is only named there.
    assert "Vĩnh Long" in r.answer


async def test_another_seat_with_the_hosts_province_finds_nothing(store: Store) -> None:
    r = await ask(store, "Tổng Lãnh sự Nga tại Đà Nẵng làm việc với Vĩnh Long", today=TODAY)
    assert not any("e01_" in s for s in sources(r)), r.answer


@pytest.mark.parametrize(
    ("question", "note"),
    [
        ("Dong Nai Kaluga Shapsha hom qua", "Không có cuộc gặp nào ngày 3/12/2026"),
        ("Chủ tịch Đồng Nai tiếp Thống đốc Kaluga tuần trước", "Không có cuộc gặp nào trong tuần"),
    ],
)
async def test_a_day_counted_from_today_with_nothing_then_gives_the_newest_and_says_so(
    store: Store, question: str, note: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e02_" in r.results[0].sources[0], r.answer
    assert note in r.answer


@pytest.mark.parametrize(
    "question",
    ["Đồng Nai tiếp Irkutsk hôm qua", "Shapsha ngày 3/12/2026", "logistics Đồng Nai hôm nay"],
)
async def test_a_day_given_another_region_or_words_alone_then_find_nothing(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert not any("e02_" in s for s in sources(r)), r.answer


@pytest.mark.parametrize(
    ("question", "article"),
    [
        ("Chủ tịch Ủy ban Bầu cử Trung ương Nga thăm Việt Nam 2021", "e04_"),
        ("pho chu tich quoc hoi tiep chu tich uy ban bau cu trung uong nga", "e04_"),
        ("Tổng Kiểm toán Nhà nước tiếp Chủ tịch Phòng Kiểm toán Nga năm 2023", "e03_"),
        ("chu tich phong kiem toan lien bang nga", "e03_"),
    ],
)
async def test_the_head_of_a_body_named_by_its_title(
    store: Store, question: str, article: str
) -> None:
    # "Trung ương" is part of the body's name, not a leader called "Trung".
    r = await ask(store, question, today=TODAY)
    assert r.results and article in r.results[0].sources[0], r.answer


async def test_the_head_of_another_body_is_not_that_one(store: Store) -> None:
    r = await ask(store, "Chủ tịch Phòng Thương mại Nga năm 2023", today=TODAY)
    assert not any("e03_" in s for s in sources(r)), r.answer


@pytest.mark.parametrize(
    "question",
    [
        "đặc phái viên Chủ tịch nước gặp Shoigu",
        "Dac phai vien Chu tich nuoc To Lam hoi kien Shoigu o Moskva",
    ],
)
async def test_an_envoy_named_by_his_principals_title(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e05_" in r.results[0].sources[0], r.answer


async def test_the_principal_himself_did_not_meet(store: Store) -> None:
    r = await ask(store, "Chủ tịch nước Tô Lâm gặp Shoigu năm 2024", today=TODAY)
    assert not any("e05_" in s for s in sources(r)), r.answer


@pytest.mark.parametrize(
    "question", ["xuat khau trai cay 9 thang", "Nga nhập khẩu trái cây 6 tháng đầu năm"]
)
async def test_goods_over_a_span_of_months_are_a_figure_not_a_meeting(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results, r.answer


@pytest.mark.parametrize(
    "question", ["Vĩnh Long xuất khẩu trái cây", "xuất khẩu trái cây tháng 10/2023"]
)
async def test_goods_discussed_at_a_meeting_or_in_a_month_are_still_answered(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e01_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("RUDN rector Yastrebov Academy of Journalism Hanoi", "en"),
        ("Ястребов РУДН Академия журналистики и пропаганды", "ru"),
    ],
)
async def test_a_person_beside_a_bodys_name_is_still_the_person(
    store: Store, question: str, lang: str
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e06_" in r.results[0].sources[0], r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [("director Pushkin Institute", "en"), ("директор Института Пушкина", "ru")],
)
async def test_a_bodys_name_after_a_title_names_no_person(
    store: Store, question: str, lang: str
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert not any("Pushkin" in n for n in r.unknown_names), r.answer


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Фан Ван Зянг Белоусов Луангпхабанг", "ru"),
        ("Where did Phan Van Giang meet Belousov in Luang Prabang?", "en"),
        ("Phan Văn Giang gặp Belousov ở Luông Pha Bang", "vi"),
    ],
)
async def test_an_asean_host_city(store: Store, question: str, lang: str) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.results and "e07_" in r.results[0].sources[0], r.answer
