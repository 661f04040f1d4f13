"""Round 7 of reading Vietnamese questions as a newsroom types them, over articles written
for these tests (tests/round7_vi_articles): a letter or a message handed over for a leader
("chuyển thư của Thủ tướng gửi …", "thay mặt Tổng thống … chuyển thông điệp"), lower
officials' titles with a name, a place or a month, a long title whose country an article
writes elsewhere; foreign names the Vietnamese syllable shape must not swallow ("Yun
Byung-se", "kim yong chol"); and everyday errands sharing words with the store (cities,
sectors, "Nga", prices, tours, tickets, visas, fixtures, recipes, exchange rates) that must
get no meeting, on the seeds and on a generated store.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from store.language.query import understand
from store.language.question_words import is_vietnamese_word
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import answered_any_way, misses_both_ways

TODAY = date(2026, 12, 1)
HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "round7_vi_articles"

# (question, a file name part of the article whose meeting must come first)
CASES = [
    ("Lê Minh Hoan chuyển thư của Thủ tướng gửi Mishustin", "s01"),
    ("le minh hoan chuyen thu cua thu tuong gui mishustin o moskva", "s01"),
    ("Đặc phái viên của Thủ tướng gặp Manturov ở Moskva", "s01"),
    ("Bộ trưởng Nông nghiệp Lê Minh Hoan gặp Manturov", "s01"),
    ("le minh hoan manturov phan bon", "s01"),
    ("Ushakov chuyển thông điệp của Putin tới Chủ tịch nước Lương Cường", "s02"),
    ("ushakov chuyen thong diep cua tong thong putin toi chu tich nuoc", "s02"),
    ("CTN Lương Cường tiếp Trợ lý Tổng thống Nga tháng 6/2025", "s02"),
    ("Ushakow gặp Lương Cường", "s02"),
    ("Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà hội đàm ở Duma tháng 7/2023", "s03"),
    ("vu hai ha slutsky", "s03"),
    ("Vũ Hải Hà gặp Slutskiy năm 2023", "s03"),
    ("Chủ tịch Ủy ban Quốc tế Duma hội đàm với Chủ nhiệm Ủy ban Đối ngoại", "s03"),
    ("Phó Chủ tịch Hội đồng Liên bang Nga sang Việt Nam tháng 4/2025", "s04"),
    ("pho chu tich hoi dong lien bang nga kosachev tham viet nam", "s04"),
    ("Năm ngoái Phó Chủ tịch Hội đồng Liên bang Nga sang Việt Nam được ai tiếp?", "s04"),
    ("PCT QH Nguyễn Đức Hải tiếp Kosachev", "s04"),
    ("Kosachev thanh toán nội tệ", "s04"),
    ("Thứ trưởng Bộ Công an tiếp Thứ trưởng Nội vụ Nga tháng 10/2024", "s05"),
    ("thu truong cong an le quoc hung tiep zubov", "s05"),
    ("Lê Quốc Hùng gặp Zubov ở Hà Nội", "s05"),
    ("Zubov tội phạm công nghệ cao", "s05"),
    ("Bí thư Tỉnh ủy Bình Dương làm việc với Thống đốc Kaluga", "s06"),
    ("Bí thư Tỉnh ủy Bình Dương gặp Thống đốc Kaluga tháng 8", "s06"),
    ("Nguyễn Văn Lợi Shapsha", "s06"),
    ("Thống đốc tỉnh Kaluga Shapsha khu công nghiệp", "s06"),
    ("Shapsa ô tô dược phẩm", "s06"),
    ("Nguyễn Văn Lợi gặp Thống đốc Kaluga năm 2024", "s06"),
    ("Trợ lý Tổng thống Nga Ushakov thăm Việt Nam năm ngoái", "s02"),
    ("Thứ trưởng Công an Lê Quốc Hùng tiếp Thứ trưởng Bộ Nội vụ Nga ở Hà Nội", "s05"),
    ("Manturov tiếp Bộ trưởng Nông nghiệp Việt Nam", "s01"),
]

# Everyday errands sharing words with the store: no meeting, with or without marks.
ERRANDS = [
    "tour du lịch Nga 7 ngày giá bao nhiêu",
    "Tour Sochi trọn gói giá bao nhiêu",
    "tour Hạ Long 2 ngày 1 đêm giá bao nhiêu",
    "giá tour Moskva Sankt Peterburg tháng 5",
    "vé máy bay Hà Nội Moskva khứ hồi",
    "đặt vé tàu Hà Nội Vinh",
    "giá vé xem ballet ở Moskva",
    "thủ tục xin visa Nga cho người Việt",
    "làm visa du lịch Nga mất mấy ngày",
    "gia hạn visa ở Nga",
    "tỷ giá rúp hôm nay",
    "ty gia rup sang dong",
    "tỷ giá đồng rúp Nga ngân hàng Vietcombank",
    "lịch thi đấu Spartak Moskva",
    "kết quả bóng đá Nga hôm qua",
    "lịch thi đấu bóng chuyền nữ Việt Nam",
    "cách nấu súp borsch Nga",
    "công thức làm bánh mì Nga",
    "món ăn Nga ngon ở Hà Nội",
    "nhà hàng Nga ở Sài Gòn",
    "học tiếng Nga online miễn phí",
    "giá xăng ở Nga",
    "giá phân bón nhập khẩu từ Nga",
    "khách sạn gần Quảng trường Đỏ",
    "thời tiết Vladivostok tháng 12",
    "giá căn hộ ở Sankt Peterburg",
    "tuyển dụng phiên dịch tiếng Nga",
    "giá vé tham quan Điện Kremlin",
    "vé xem bóng đá ở Kazan bao nhiêu tiền",
    "quán cà phê đẹp ở Nha Trang",
    "kẹt xe ở Bình Dương",
    "thời tiết Khánh Hòa cuối tuần",
    "giá vàng hôm nay ở Đà Nẵng",
    "khách sạn giá rẻ ở Kaluga",
    "tour Vladivostok 5 ngày",
    "mua vé máy bay đi Sochi",
]


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([HERE / "ask_articles", ARTICLES]))
    return seeded_store


def test_the_suites_are_large() -> None:
    assert len({q for q, _ in CASES}) >= 30
    assert len(set(ERRANDS)) >= 30


async def test_newsroom_questions_find_their_meeting(store: Store) -> None:
    wrong = await misses_both_ways(store, CASES, TODAY)
    assert not wrong, "\n".join(wrong)


async def test_errands_get_no_meeting(store: Store) -> None:
    wrong = await answered_any_way(store, ERRANDS, TODAY)
    assert not wrong, "\n".join(wrong)


@pytest.fixture
async def generated(empty_store: Store) -> Store:
    sys.path.insert(0, str(HERE.parent / "bench"))
    from synth import Generator

    await ingest(empty_store, Generator(seed=7).articles(150))
    return empty_store


async def test_errands_get_no_meeting_on_a_generated_store(generated: Store) -> None:
    wrong = []
    for question in ERRANDS:
        r = await ask(generated, question, today=TODAY)
        if r.results:
            wrong.append(f"{question!r}: {r.answer.splitlines()[0]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "word",
    ["yun", "byung", "yong", "chol", "hyun", "jong", "kang", "lee", "park", "moon", "jae"],
)
def test_foreign_syllables_are_not_vietnamese(word: str) -> None:
    assert not is_vietnamese_word(word)


@pytest.mark.parametrize(
    "word",
    ["nguyen", "quynh", "huynh", "khuya", "nghieng", "giet", "gin", "xoay", "ky", "quyet", "xiii"],
)
def test_vietnamese_syllables_and_numerals_are(word: str) -> None:
    assert is_vietnamese_word(word)


@pytest.mark.parametrize(
    "question",
    [
        "Lavrov và Yun Byung-se",
        "lavrop va yun byung se mien thi thuc",
        "lavrov va kim yong chol",
        "Lavrov gặp Kang Kyung-wha",
    ],
)
async def test_an_unknown_foreign_name_beside_a_known_one_constrains(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results and r.unknown_names, r.answer


def test_a_hyphenated_foreign_name_is_one_name() -> None:
    assert understand("Lavrov gặp Kang Kyung-wha", TODAY).unknown_names == ["Kang Kyung-wha"]


def test_words_of_an_errand_are_no_names() -> None:
    assert not understand("Tour Hạ Long giá bao nhiêu", TODAY).unknown_names


async def test_another_provinces_office_is_not_the_answer(store: Store) -> None:
    for question in (
        "Bí thư Tỉnh ủy Đồng Nai làm việc với Thống đốc Kaluga",
        "Chủ tịch UBND Cần Thơ tiếp Đại sứ Nga",
    ):
        r = await ask(store, question, today=TODAY)
        assert not any("s06" in m.sources[0] for m in r.results), question


def test_a_letter_names_its_sender_and_addressee() -> None:
    q = understand("le minh hoan chuyen thu cua thu tuong gui mishustin", TODAY)
    assert set(q.carried) == {"Thủ tướng", "Mikhail Mishustin"}
