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
