"""A field the sector data does not name, asked in the article's words: "hợp tác kiểm
toán", "thỏa thuận gì về kiểm toán" (the last syllable folds like the function word "toàn")."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.models import Article
from store.services.answer import ask
from store.services.ingest import ingest
from store.storage.db import Store

TODAY = date(2026, 12, 1)

AUDIT = """THỜI SỰ | Quốc tế | Kinh tế | Pháp luật | Xã hội | Giáo dục

Kiểm toán Nhà nước hai nước tăng cường hợp tác

Sáng 9/10/2019, tại Hà Nội, Tổng Kiểm toán Nhà nước Hồ Đức Phớc đã hội đàm với ông Alexei Kudrin, Chủ tịch Phòng Kiểm toán Liên bang Nga.

Hai bên nhất trí đẩy mạnh trao đổi kinh nghiệm trong kiểm toán ngân sách và kiểm toán môi trường, phối hợp đào tạo kiểm toán viên."""


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, [Article(text=AUDIT, source="kiem-toan.txt")])
    return seeded_store


@pytest.mark.parametrize(
    "question",
    [
        "hợp tác kiểm toán",
        "hop tac kiem toan",
        "Việt Nam và Nga thỏa thuận gì về kiểm toán năm 2019",
        "thoa thuan gi ve kiem toan",
    ],
)
async def test_a_field_asked_in_the_articles_words(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    assert {p.name for p in r.results[0].participants} == {"Hồ Đức Phớc", "Alexei Kudrin"}
    assert "|" not in r.answer.split("\n")[0]  # never the site's menu as the point


@pytest.mark.parametrize("question", ["hợp tác xe máy điện", "giá xăng tuần này"])
async def test_words_no_article_has_stay_unanswered(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results, r.answer
