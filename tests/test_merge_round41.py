"""Two reports of one meeting, one saying only that the two met: the stored meeting keeps
the act the other names."""

from __future__ import annotations

from datetime import date

from store.language.models import Article
from store.services.ingest import ingest
from store.storage.db import Store

TODAY = date(2026, 12, 6)
PUBLISHED = date(2023, 9, 5)


def _report(verb: str) -> str:
    return (
        "Hà Nội, 5/9 (TTXVN) – Chiều 5/9, tại Hà Nội, Phó Chủ tịch nước Võ Thị Ánh Xuân đã"
        f" {verb} Phó Chủ tịch Hội đồng Liên bang Nga Konstantin Kosachev. Hai bên nhất trí"
        " tăng cường hợp tác giữa các cơ quan lập pháp và giao lưu nhân dân hai nước."
    )


async def _kinds(store: Store, verbs: tuple[str, ...]) -> list[str]:
    for i, verb in enumerate(verbs):
        article = Article(text=_report(verb), source=f"r{i}.txt", published=PUBLISHED)
        await ingest(store, [article], today=TODAY)
    return [m.kind for m in await store.meetings()]


async def test_talks_named_by_a_second_report_replace_a_plain_meeting(empty_store: Store) -> None:
    # The first report says "gặp", the second "hội đàm với": one meeting, the talks.
    assert await _kinds(empty_store, ("gặp", "hội đàm với")) == ["hội đàm"]


async def test_a_plain_second_report_keeps_the_act_named_first(empty_store: Store) -> None:
    # Near miss: the other order was already right; "gặp" never makes the act vaguer.
    assert await _kinds(empty_store, ("hội đàm với", "gặp")) == ["hội đàm"]
