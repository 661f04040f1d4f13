"""``briefing meetings --sector``: the meetings carrying the sector or one below it, found
through the facets (each of a meeting's sectors is one) — the same as its sector list says."""

from __future__ import annotations

from store.services.browse import Filters, find_meetings
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from store.storage.search import sector_set
from tests.conftest import ARTICLES, SEEDS


async def test_the_sector_filter_finds_what_the_sector_lists_say(empty_store: Store) -> None:
    await ingest(empty_store, load_paths([SEEDS, ARTICLES]))
    every = await empty_store.meetings()
    checked = 0
    for sector in ("năng lượng", "giáo dục - đào tạo", "quốc phòng", "thương mại"):
        subs = set(sector_set([sector]))
        want = {m.id for m in every if subs & set(m.sectors)}
        got = {m.id for m in await find_meetings(empty_store, Filters(sector=sector))}
        assert got == want, sector
        dated = await find_meetings(empty_store, Filters(sector=sector, date_from="2023"))
        assert {m.id for m in dated} == {
            m.id for m in every if m.id in want and m.date and m.date[:4] >= "2023"
        }, sector
        checked += len(want)
    assert checked
