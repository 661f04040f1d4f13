"""Round 13 of reading questions, over articles written for these tests
(tests/round13_i10o_articles): academies and multilateral events named in a question, in
Vietnamese, English or Russian, are bodies the meeting's article must name.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import answered_any_way, top_source

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round13_i10o_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


@pytest.mark.parametrize(
    "question",
    [
        "Vietnam Academy of Science and Technology and Russian Academy of Sciences",
        "встреча Российской академии наук с Вьетнамской академией наук и технологий",
        "Viện Hàn lâm KH&CN Việt Nam tiếp Viện Hàn lâm Khoa học Nga",
    ],
)
async def test_academies_named_in_any_language(store: Store, question: str) -> None:
    assert "c01_" in await top_source(store, question, TODAY)


async def test_the_science_ministers_are_still_the_ministers(store: Store) -> None:
    assert "c02_" in await top_source(store, "Vietnam Russia science ministers 2021", TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "Vietnam Russia meeting at the UN General Assembly",
        "встреча на Генассамблее ООН в 2021 году",
        "gặp bên lề Đại hội đồng LHQ 2021",
    ],
)
async def test_a_meeting_on_the_sidelines_of_the_general_assembly(
    store: Store, question: str
) -> None:
    # The Hanoi consultations also speak of the UN, not of its General Assembly.
    assert "c03_" in await top_source(store, question, TODAY)


async def test_the_same_two_in_hanoi_are_unchanged(store: Store) -> None:
    assert "c04_" in await top_source(store, "Bùi Thanh Sơn tiếp Vershinin ở Hà Nội", TODAY)


async def test_an_errand_a_pages_most_read_list_names_is_not_its_meeting(store: Store) -> None:
    # The page ends with links to other stories; their words are not the meeting's.
    wrong = await answered_any_way(
        store, ["lịch thi đấu V-League 2022", "kết quả xổ số Vietlott năm 2022"], TODAY
    )
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "question", ["Vũ Đức Đam tiếp Bộ trưởng Thể thao Nga", "hợp tác thể thao năm 2022"]
)
async def test_the_sports_meeting_itself_still_answers(store: Store, question: str) -> None:
    assert "c05_" in await top_source(store, question, TODAY)
