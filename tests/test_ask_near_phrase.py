"""A phrase typed with a word left out still ranks its meeting first: a journalist rarely
types the article's exact phrase ("gắn biển phòng thí nghiệm" for "gắn biển công trình phòng
thí nghiệm"). Two meetings of one person (tests/near_phrase_articles): the
talks name the question's words here and there, the reception's article holds them in one
sentence, in order, with a word or two between, and that meeting ranks first.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.fold import fold
from store.language.passages import near, parse
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import misses_both_ways

TODAY = date(2026, 12, 1)
HERE = Path(__file__).resolve().parent


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([HERE / "near_phrase_articles"]))
    return seeded_store


@pytest.mark.parametrize(
    "question",
    [
        "Volodin gắn biển phòng thí nghiệm tàu điện ngầm",
        "Volodin gắn biển phòng thí nghiệm",
        "gắn biển phòng thí nghiệm",
        "Volodin dự lễ gắn biển phòng thí nghiệm",
    ],
)
async def test_a_near_phrase_ranks_its_meeting_first(store: Store, question: str) -> None:
    wrong = await misses_both_ways(store, [(question, "n02")], TODAY)
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "question",
    ["giá thuê phòng thí nghiệm tàu điện ngầm", "thời tiết Hà Nội gắn biển phòng"],
)
async def test_a_near_phrase_answers_no_off_topic_question(store: Store, question: str) -> None:
    for typed in (question, fold(question)):
        r = await ask(store, typed, today=TODAY)
        assert not r.results, typed


ARTICLE = """Thủ tướng tiếp Chủ tịch Duma Quốc gia Nga

Thứ Ba, 12/09/2023 17:05

Trước đó, ông Volodin đã dự lễ gắn biển công trình phòng thí nghiệm tàu điện ngầm tại Hà Nội.

Hai bên trao đổi về hợp tác giáo dục và đào tạo sinh viên Việt Nam tại Nga.
"""


@pytest.mark.parametrize(
    ("phrase", "count"),
    [
        ("phong thi nghiem dien ngam", 1),  # "tàu" left out
        ("gan bien phong thi nghiem", 1),  # "công trình" left out
        ("du quoc tang", 0),  # not in the article
        ("phong thi nghiem gan bien", 0),  # out of order
        ("le gan bien tai ha noi", 0),  # three words left out ("phòng thí nghiệm …") is far
        ("gan bien cong trinh", 0),  # word for word: counted as held, not near
        ("hop tac dao tao", 0),  # generic words of on-topic questions only
    ],
)
def test_near_counts_a_phrase_with_a_word_or_two_left_out(phrase: str, count: int) -> None:
    assert near(parse(ARTICLE), [phrase]) == count
