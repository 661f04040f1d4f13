"""Round 15 of reading questions, over articles written for these tests
(tests/round15_i10p_articles): a consulate's seat written short ("TP.HCM") of a reception
whose article names no city.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round15_i10p_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


def sources(r) -> list[str]:  # type: ignore[no-untyped-def]
    return [s for m in r.results for s in m.sources]


@pytest.mark.parametrize(
    "question",
    [
        "Tổng Lãnh sự Nga tại TP.HCM làm việc với Vĩnh Long",
        "tong lanh su Nga o TPHCM tiep Vinh Long",
    ],
)
async def test_a_consulates_seat_written_short_with_the_hosts_province(
    store: Store, question: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results and "e01_" in r.results[0].sources[0], r.answer
    # The article names no city: the reply says Vĩnh Long is only named there.
    assert "Vĩnh Long" in r.answer


async def test_another_seat_with_the_hosts_province_finds_nothing(store: Store) -> None:
    r = await ask(store, "Tổng Lãnh sự Nga tại Đà Nẵng làm việc với Vĩnh Long", today=TODAY)
    assert not any("e01_" in s for s in sources(r)), r.answer
