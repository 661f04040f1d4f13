"""Round 10 of reading questions, over articles written for these tests
(tests/round10_vi_articles): a longer Vietnamese name is never a shorter leader's misspelt
("Nguyễn Xuân Thắng" is not "Nguyễn Quân" with a word left over); newsroom short forms of
bodies ("UB Đối ngoại QH", "Bộ KH&CN", "PVN"/"Petrovietnam"); a ministry asked by one of its
fields ("Bộ trưởng Giáo dục Nga" was "… Giáo dục và Khoa học" until 2018); a kind of act beside a distinctive
word of the articles ("Rosatom làm việc …") only ranks; "khách Nga" is a visiting delegation;
a company's name reads the same in every language; and the links to other articles under a
story ("Tin liên quan") are never read as its meetings.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.foreign_question import detect
from store.language.query import understand
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import answered_any_way, assert_twins_agree, misses_both_ways

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).resolve().parent / "round10_vi_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


@pytest.mark.parametrize(
    "question",
    ["Nguyễn Xuân Thắng làm việc với ai", "nguyen xuan thang o Moskva", "Nguyen Xuan Thang"],
)
def test_a_longer_name_is_not_a_shorter_leader_misspelt(question: str) -> None:
    q = understand(question, TODAY)
    assert "Nguyễn Quân" not in {a.name for g in q.groups for a in g.alternatives}


async def test_questions_find_their_meeting(store: Store) -> None:
    cases = [
        ("Nguyễn Xuân Thắng làm việc với ai", "r01_"),
        ("Nguyễn Xuân Thắng gặp Turchak tháng 6", "r01_"),
        # The kind asked for only ranks beside a distinctive word: the Vice Premier's working
        # session the same year is not the answer.
        ("Rosatom làm việc với Bộ KH&CN năm 2021", "r02_"),
        ("Chủ nhiệm UB Đối ngoại QH tiếp Duma Nga", "r04_"),
        ("UB Đối ngoại QH tiếp Tolstoy", "r04_"),
        ("khách Nga đến Đà Lạt", "r06_"),
        ("PVN làm việc với Zarubezhneft", "r07_"),
        ("Petrovietnam Zarubezhneft năm 2024", "r07_"),
        ("Tập đoàn Dầu khí Việt Nam Kudryashov", "r07_"),
        # A ministry asked by one of its fields is also the one that joined it with others.
        ("BT GD Phạm Vũ Luận hội đàm BT giáo dục Nga", "r08_"),
        ("Bộ trưởng Giáo dục Nga năm 2013", "r08_"),
        # The one mourned is named, not met, and still ranks the meeting whose text names him.
        ("Tolstoy dự Quốc tang Chủ tịch nước Trần Đại Quang", "r09_"),
        # Undated, and the article gives the host a list of titles: the one asked is among them.
        ("Bộ trưởng Quốc phòng Ngô Xuân Lịch tiếp tướng Nga", "r11_"),
        ("Bộ trưởng Quốc phòng tiếp Surovikin", "r11_"),
        # A month without a year beside the guest's province: the year of the host's meeting,
        # the province named by the article, not where it was held.
        ("Cao Tường Huy Tomsk tháng 3", "r13_"),
    ]
    wrong = await misses_both_ways(store, cases, TODAY)
    assert not wrong, "\n".join(wrong)


async def test_errands_sharing_the_words_get_no_meeting(store: Store) -> None:
    wrong = await answered_any_way(
        store, ["khách sạn ở Đà Lạt", "đặt phòng khách sạn Đà Lạt giá rẻ"], TODAY
    )
    assert not wrong, "\n".join(wrong)


async def test_related_links_are_no_meetings(store: Store) -> None:
    # The story is another pair's talks; the link list under it names a visit to Vietnam.
    r = await ask(store, "Putin thăm", today=TODAY, limit=20)
    assert all("r05_" not in s for m in r.results for s in m.sources), r.answer
    # The link under a Vietnam–Russia story adds nothing to it.
    r = await ask(store, "Bộ trưởng Quốc phòng Nga thăm Việt Nam", today=TODAY, limit=20)
    assert all("r07_" not in s for m in r.results for s in m.sources), r.answer


@pytest.mark.parametrize("question", ["Gazprom", "Rosatom 2021", "Zarubezhneft Petrovietnam"])
def test_a_company_name_is_no_english(question: str) -> None:
    assert detect(question) == "vi"
    assert detect(question, default="en") == "en"  # names alone: the chat's language


def test_english_around_a_company_name_is_english() -> None:
    assert detect("When did the head of Rosatom visit Hanoi?") == "en"


@pytest.mark.parametrize(
    ("vi", "en", "ru"),
    [
        (
            "Shoigu thăm Trung tâm Nhiệt đới Việt - Nga",
            "Shoigu at the Vietnam-Russia Tropical Centre",
            "Шойгу в Тропическом центре",
        ),
        ("Trung tâm Nhiệt đới năm 2017", "Tropical Center 2017", "Тропцентр 2017"),
        (
            "Shaposhnikov Duma thành phố Moskva HĐND",
            "Shaposhnikov Moscow City Duma People's Council",
            "Шапошников Мосгордума народный совет",
        ),
    ],
)
async def test_a_joint_institution_is_named_in_every_language(
    store: Store, vi: str, en: str, ru: str
) -> None:
    await assert_twins_agree(store, vi, en, ru, TODAY)
