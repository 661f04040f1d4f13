"""Round 50 of answering, over articles written for these tests (tests/round50_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 8)
ARTICLES = Path(__file__).resolve().parent / "round50_articles"


store = store_with(ARTICLES)


async def test_an_errand_about_an_event_is_no_meeting(store: Store) -> None:
    # t10 mentions Army Games 2022: "lịch thi đấu Army Games 2022 …" (a schedule) was
    # answered with that meeting, as if it were about it.
    res = await ask(store, "lịch thi đấu Army Games 2022 của đội tuyển Việt Nam", today=TODAY)
    assert not res.results, res.answer
    # Near miss: the event asked with someone who met there finds the meeting.
    res = await ask(store, "Hoàng Xuân Chiến Army Games 2022", today=TODAY)
    assert res.results and "Alexander Fomin" in {p.name for p in res.results[0].participants}


async def test_a_school_no_article_of_the_meetings_found_names_is_said_so(store: Store) -> None:
    # t12: Falkov's talks in Moskva; only t13 names the university. "Falkov thăm Đại học
    # Tổng hợp Quốc gia Moskva" gave his talks as if held there, and said nothing of it.
    for question, lang in (
        ("Falkov thăm Đại học Tổng hợp Quốc gia Moskva", "vi"),
        ("When did Falkov visit Lomonosov Moscow State University?", "en"),
    ):
        res = await ask(store, question, today=TODAY)
        assert res.results and "Valery Falkov" in {p.name for p in res.results[0].participants}
        assert "«Đại học Tổng hợp Quốc gia Moskva»" in res.answer.splitlines()[0], (
            lang,
            res.answer,
        )
    # Near miss: asked with the one whose visit's article names it, no such note.
    res = await ask(store, "Phạm Minh Chính thăm Đại học Tổng hợp Quốc gia Moskva", today=TODAY)
    assert "Viktor Sadovnichy" in {p.name for p in res.results[0].participants}, res.answer
    assert "«Đại học Tổng hợp Quốc gia Moskva»" not in res.answer, res.answer
