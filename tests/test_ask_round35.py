"""Round 35 of reading questions, over articles written for these tests
(tests/round35_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 6)
ARTICLES = Path(__file__).resolve().parent / "round35_articles"


store = store_with(ARTICLES)


def _source(res: object, k: int) -> str:
    return res.results[k].sources[0].split("/")[-1]  # type: ignore[attr-defined]


async def test_of_undated_meetings_a_period_may_hold_the_act_asked_comes_first(
    store: Store,
) -> None:
    # q01 (talks, "Chiều 8/4") and q02 (a reception, "Sáng 27/10"): no year, no publication
    # date, both within the two chairs' terms. Asked for the reception in a year, both may
    # be it; the reception is first.
    res = await ask(store, "Nguyễn Sinh Hùng tiếp Matviyenko năm 2014", today=TODAY, limit=5)
    assert len(res.results) == 2, res.answer
    assert _source(res, 0).startswith("q02"), res.answer
    # Near miss: asked for the talks, the talks come first.
    res = await ask(store, "Nguyễn Sinh Hùng hội đàm Matviyenko năm 2014", today=TODAY, limit=5)
    assert _source(res, 0).startswith("q01"), res.answer
