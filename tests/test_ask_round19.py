"""Round 19 of reading questions, over articles written for these tests
(tests/round19_articles): an office asked of one side ("thống đốc Nga", "thống đốc vùng nào
của Nga") is held by a participant of that side, however the article titles him — never the
same word on the other side (a central bank's governor is no Russian governor)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with, top_source

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round19_articles"


store = store_with(ARTICLES)


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("thống đốc Nga thăm Việt Nam tháng 10/2024", "s03_"),
        ("thong doc nga tham khanh hoa", "s03_"),
        ("Thống đốc vùng nào của Nga làm việc với Đại sứ Việt Nam năm 2023", "s02_"),
        ("thống đốc tỉnh nào của Nga làm việc với đại sứ Đặng Minh Khôi", "s02_"),
        ("thống đốc Việt Nam tiếp ai của Nga", "s01_"),
    ],
)
async def test_an_office_asked_of_one_side(store: Store, question: str, want: str) -> None:
    assert want in await top_source(store, question, TODAY)


async def test_the_other_sides_governor_is_not_the_one_asked(store: Store) -> None:
    res = await ask(store, "thống đốc Nga năm 2024", today=TODAY)
    names = {p.name for m in res.results for p in m.participants}
    assert "Valery Limarenko" in names and "Nguyễn Thị Hồng" not in names


async def test_a_phrase_only_the_article_holds_finds_its_meeting(store: Store) -> None:
    # "trồng cây lưu niệm" is in a sentence the meeting's index does not keep; typed as
    # written it names that meeting.
    assert "s04_" in await top_source(store, "trồng cây lưu niệm Sochi", TODAY)


async def test_a_common_word_pair_of_many_articles_is_no_answer(store: Store) -> None:
    # Near miss: words every article holds say nothing of which meeting is meant.
    res = await ask(store, "giá vàng hai nước", today=TODAY)
    assert not res.results


async def test_the_gia_of_quoc_gia_asks_no_price(store: Store) -> None:
    # "giá" (a price) makes a question an errand; the "gia" of "Quốc gia" does not.
    res = await ask(store, "Đại học Quốc gia hợp tác giáo dục với Nga", today=TODAY)
    assert res.results
    # Near miss: a price asked is still an errand.
    assert not (await ask(store, "giá vàng quốc gia", today=TODAY)).results


async def test_bac_is_uncle_ho_not_an_unknown_name(store: Store) -> None:
    assert "s05_" in await top_source(store, "tượng đài Bác ở Ulyanovsk", TODAY)


async def test_a_session_numbered_after_the_body_named_in_full(store: Store) -> None:
    # "Ủy ban liên Chính phủ … đã đồng chủ trì Phiên họp lần thứ 31 của Ủy ban".
    assert "s06_" in await top_source(store, "phien hop 31 uy ban lien chinh phu", TODAY)
    # Near miss: another session's number finds none of it.
    res = await ask(store, "phiên họp lần thứ 30 ủy ban liên chính phủ", today=TODAY)
    assert not any("s06_" in s for m in res.results for s in m.sources)
