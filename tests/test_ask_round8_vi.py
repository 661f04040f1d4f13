"""Round 8 of reading Vietnamese questions, over articles written for these tests
(tests/round8_vi_articles) and round 7's: newsroom shorthand for a province's or city's
leader without the body word ("Bí thư Đà Nẵng", "CT Quảng Ninh", "chu tich tinh quang
ninh"), read as the full office of that kind of place; and what the user sees — an
off-topic reply quoting the words as typed, an unknown foreign name kept whole, a
capitalised everyday word not taken for a person, while an agency and a person typed
together ("Rosselkhoznadzor Dankvert") are still both found; an errand beside a
two-letter shorthand ("ct Quảng Ninh địa chỉ") is no question about a leader; a local
office typed right after a Russian name is another person, not his title.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.fold import fold
from store.language.query import understand
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import answered_any_way, misses_both_ways

TODAY = date(2026, 12, 1)
HERE = Path(__file__).resolve().parent

CASES = [
    ("Bí thư Đà Nẵng gặp Thống đốc Tver", "t01"),
    ("Bí thư Đà Nẵng tiếp đoàn Tver tháng 3/2025", "t01"),
    ("BT Đà Nẵng tiếp Thống đốc Tver", "t01"),
    ("Thống đốc Tver thăm Đà Nẵng năm 2025", "t01"),
    ("Bí thư thành phố Đà Nẵng Hoàng Minh Tuấn gặp Rudenko", "t01"),
    ("Chủ tịch Quảng Ninh hội đàm Thống đốc Kemerovo", "t02"),
    ("CT Quảng Ninh than hầm lò", "t02"),
    ("Chủ tịch tỉnh Quảng Ninh tiếp Thống đốc Kemerovo tháng 11", "t02"),
    ("Thống đốc Kemerovo sang Quảng Ninh năm 2024", "t02"),
    ("Bí thư Bình Dương làm việc với Thống đốc Kaluga", "s06"),
    ("Bí thư Bình Dương gặp Thống đốc Kaluga tháng 8", "s06"),
    ("BT Bình Dương Kaluga ô tô", "s06"),
    ("Rosselkhoznadzor Dankvert", "t03"),
    ("Dankvert Rosselkhoznadzor năm 2023", "t03"),
]

# Errands around a shorthand whose leader the store holds: "ct" / "bt" are as often "công
# ty" / "bài tập", so beside an errand they are no leader; the full word keeps the title.
SHORTHAND_ERRANDS = [
    "CT Quảng Ninh địa chỉ",
    "ct quang ninh so dien thoai",
    "CT Quảng Ninh liên hệ",
    "ct quang ninh hotline",
    "CT Quảng Ninh tuyển dụng",
    "ct quang ninh gia xang",
    "BT Đà Nẵng mã số thuế",
    "bt da nang email",
    "BT Bình Dương giá nhà",
    "CT Hà Nội giá xăng",
    "Chủ tịch Quảng Ninh thời tiết",
    "Bí thư Đà Nẵng giá vàng",
    "Quảng Ninh số điện thoại",
    "Đà Nẵng địa chỉ",
]


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(
        seeded_store, load_paths([HERE / "round7_vi_articles", HERE / "round8_vi_articles"])
    )
    return seeded_store


async def test_shorthand_for_a_local_leader_finds_the_meeting(store: Store) -> None:
    wrong = await misses_both_ways(store, CASES, TODAY)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Bí thư Bình Dương", "Bí thư Tỉnh ủy Bình Dương"),
        ("bi thu binh duong", "bi thu tinh uy binh duong"),
        ("CT Đà Nẵng", "Chủ tịch UBND thành phố Đà Nẵng"),
        ("Chủ tịch tỉnh Quảng Ninh", "Chủ tịch UBND tỉnh Quảng Ninh"),
        ("Bí thư Hà Nội", "Bí thư Thành ủy Hà Nội"),
        ("chu tich ha noi", "chu tich ubnd tp ha noi"),
    ],
)
def test_shorthand_reads_as_the_full_office(short: str, full: str) -> None:
    a, b = understand(short, TODAY), understand(full, TODAY)
    assert a.role_terms == b.role_terms and a.role_terms
    assert not a.places and a.groups == b.groups


@pytest.mark.parametrize(
    "question",
    [
        "Tổng Bí thư thăm Hà Nội",
        "Tổng Bí thư Hà Nội",
        "Lăng Chủ tịch Hồ Chí Minh",
        "Chủ tịch Moskva",
    ],
)
def test_no_local_office_where_none_is_typed(question: str) -> None:
    assert not any("uy" in t.split() or "ubnd" in t for t in understand(question, TODAY).role_terms)


async def test_errands_around_a_shorthand_get_no_meeting(store: Store) -> None:
    wrong = await answered_any_way(store, SHORTHAND_ERRANDS, TODAY, lower=True)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "question",
    ["gặp Mishustin Chủ tịch Đà Nẵng", "Mishustin Chủ tịch UBND TP Đà Nẵng", "Lavrov BT Đà Nẵng"],
)
async def test_a_local_office_after_a_russian_name_is_another_person(
    store: Store, question: str
) -> None:
    # The city's chairman is not Mishustin's title: he never met him, so nothing matches.
    assert understand(question, TODAY).roles
    assert not (await ask(store, question, today=TODAY)).results


async def test_an_unknown_foreign_name_stays_one_in_the_answer(store: Store) -> None:
    r = await ask(store, "Lavrov gặp Yun Byung-se", today=TODAY)
    assert not r.results and r.unknown_names == ["Yun Byung-se"]


async def test_another_places_leader_is_not_the_answer(store: Store) -> None:
    for question in ("Bí thư Cần Thơ gặp Thống đốc Tver", "CT Hải Phòng tiếp Thống đốc Kemerovo"):
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            assert not r.results, typed


async def test_the_party_secretary_of_hanoi_is_not_the_general_secretary(store: Store) -> None:
    r = await ask(store, "Bí thư Hà Nội", today=TODAY)
    assert not any(p.name == "Tô Lâm" for m in r.results for p in m.participants), r.answer


@pytest.mark.parametrize(
    ("question", "quoted"),
    [("Giá vàng hôm nay", "«Giá vàng»"), ("giá xăng tuần này", "«giá xăng»")],
)
async def test_off_topic_reply_quotes_the_words_as_typed(
    store: Store, question: str, quoted: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results and quoted in r.answer


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("Lavrov và Yun Byung-se", "Yun Byung-se"),
        ("Lavrov gặp Yun Byung-se tại Seoul", "Yun Byung-se"),
        ("lavrov va yun byung", "yun byung"),
        ("Lavrov hội đàm Kang Kyung-wha", "Kang Kyung-wha"),
    ],
)
def test_an_unknown_foreign_name_is_kept_whole(question: str, name: str) -> None:
    assert understand(question, TODAY).unknown_names == [name]


@pytest.mark.parametrize(
    "question", ["Visa Nga mất bao lâu", "Taxi sân bay Nội Bài giá bao nhiêu", "Hotel ở Moskva"]
)
async def test_a_capitalised_everyday_word_is_no_person(store: Store, question: str) -> None:
    assert not understand(question, TODAY).unknown_names
    r = await ask(store, question, today=TODAY)
    assert not r.results and not r.unknown_names
