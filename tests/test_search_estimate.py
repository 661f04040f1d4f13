"""The estimated total of a broad question (a large store's path), on either backend: the
thresholds are lowered so the seeds' few meetings take it."""

from __future__ import annotations

from datetime import date

import pytest

import store.storage.search as search
from store.services.answer import ask
from store.storage.db import Store


@pytest.mark.parametrize("question", ["hợp tác kinh tế", "Putin", "quan hệ Việt Nam - Nga"])
async def test_an_estimated_total_is_counted_on_either_backend(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    exact = await ask(seeded_store, question, today=date(2026, 12, 1))
    assert exact.results, exact.answer
    monkeypatch.setattr(search, "COUNT_EXACT", 0)
    monkeypatch.setattr(search, "ESTIMATE_CAP", 1)
    monkeypatch.setattr(search, "FACET_RANKED", 1)
    estimated = await ask(seeded_store, question + " ", today=date(2026, 12, 1))
    assert estimated.results, estimated.answer
    assert estimated.total >= 1
