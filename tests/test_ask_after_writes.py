"""Questions asked between writes on one open store: what answering keeps in memory (the
titles participants were given, the newest articles' words) follows each write, the
way a bot polling feeds asks and ingests on one connection."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.models import Article
from store.services.answer import AskResult, ask
from store.services.ingest import ingest
from store.storage import corrections
from store.storage.db import Store
from tests.asking import spy_on_fts_lists

TODAY = date(2026, 12, 1)

# Officials the people data does not list, written for these tests.
TRANSPORT = """Bộ trưởng Giao thông Vận tải Nga làm việc tại Hà Nội

Thứ ba, 14/04/2026 - 10:05

Sáng 14/4/2026, tại Hà Nội, Thứ trưởng Bộ Giao thông Vận tải Việt Nam Lê Quang Vinh đã tiếp Bộ trưởng Giao thông Vận tải Liên bang Nga Arkady Seleznyov đang thăm làm việc tại Việt Nam.

Hai bên trao đổi về hợp tác đường sắt, cảng biển và hàng không, nhất trí thúc đẩy vận tải hàng hóa giữa hai nước.
"""

TRANSPORT_AGAIN = """Bộ trưởng Giao thông Vận tải Nga hội đàm tại Moskva

Thứ sáu, 18/09/2026 - 15:40

Chiều 18/9/2026, tại Moskva, Bộ trưởng Giao thông Vận tải Liên bang Nga Arkady Seleznyov đã hội đàm với Thứ trưởng Bộ Giao thông Vận tải Việt Nam Lê Quang Vinh về hợp tác đường sắt và logistics.
"""

# A holder the people data lists: the title then finds his meeting first, and others
# titled alike only through the titles read from the store (no fallback runs).
HOLDER = """Bộ trưởng Giao thông Vận tải Nga thăm Việt Nam

Thứ hai, 22/11/2021 - 09:30

Ngày 22/11/2021, tại Hà Nội, Bộ trưởng Giao thông Vận tải Việt Nam Nguyễn Văn Thể đã hội đàm với Bộ trưởng Giao thông Vận tải Liên bang Nga Vitaly Savelyev về hợp tác vận tải đường sắt và hàng không.
"""

ASKED = "Bộ trưởng Giao thông Vận tải Nga"
DEPUTY = "Thứ trưởng Bộ Giao thông Vận tải"  # found through the text ("thu truong")


async def _asked(store: Store) -> AskResult:
    return await ask(store, ASKED, today=TODAY)


def _names(r: AskResult) -> set[str]:
    return {p.name for m in r.results for p in m.participants}


async def test_a_title_given_by_a_new_article_is_found_after_it_is_ingested(
    seeded_store: Store,
) -> None:
    await ingest(seeded_store, [Article(text=HOLDER, source="holder.txt")], today=TODAY)
    before = await _asked(seeded_store)  # reads the titles held before the write
    assert "Vitaly Savelyev" in _names(before)
    assert "Arkady Seleznyov" not in _names(before)
    await ingest(seeded_store, [Article(text=TRANSPORT, source="transport.txt")], today=TODAY)
    after = await _asked(seeded_store)
    assert "Arkady Seleznyov" in _names(after)
    assert after.results[0].participants[-1].name == "Vitaly Savelyev"  # the holder first
    await ingest(seeded_store, [Article(text=TRANSPORT_AGAIN, source="again.txt")], today=TODAY)
    again = await _asked(seeded_store)
    dates = [
        m.date for m in again.results if "Arkady Seleznyov" in {p.name for p in m.participants}
    ]
    assert dates == ["2026-09-18", "2026-04-14"]


async def test_a_deleted_meeting_is_no_answer_though_its_title_was_read(
    seeded_store: Store,
) -> None:
    await ingest(seeded_store, [Article(text=HOLDER, source="holder.txt")], today=TODAY)
    await ingest(seeded_store, [Article(text=TRANSPORT, source="transport.txt")], today=TODAY)
    found = await _asked(seeded_store)
    assert {"Vitaly Savelyev", "Arkady Seleznyov"} <= _names(found)
    his = [m for m in found.results if "Arkady Seleznyov" in {p.name for p in m.participants}]
    await corrections.delete_meeting(seeded_store, his[0], "test", "wrong meeting")
    after = await _asked(seeded_store)
    assert "Arkady Seleznyov" not in _names(after)
    # Written again, the title is found again.
    await ingest(seeded_store, [Article(text=TRANSPORT_AGAIN, source="again.txt")], today=TODAY)
    assert "Arkady Seleznyov" in _names(await _asked(seeded_store))


# A name only the article's photo credit gives: no sentence a meeting keeps holds it.
RAILWAYS = """Hợp tác đường sắt Việt Nam - Nga

Thứ tư, 20/05/2026 - 08:15

Sáng 20/5/2026, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Giao thông Vận tải Liên bang Nga Arkady Seleznyov.

Hai bên thảo luận việc nâng cấp tuyến đường sắt Bắc - Nam và đào tạo kỹ sư.

Ảnh: Zheldorstroyproekt
"""


async def test_a_word_only_a_new_article_holds_is_found_after_it_is_ingested(
    seeded_store: Store,
) -> None:
    await ingest(seeded_store, [Article(text=HOLDER, source="holder.txt")], today=TODAY)
    assert not (await ask(seeded_store, "Zheldorstroyproekt", today=TODAY)).results
    await ingest(seeded_store, [Article(text=RAILWAYS, source="rail.txt")], today=TODAY)
    found = await ask(seeded_store, "Zheldorstroyproekt", today=TODAY)
    assert [m.date for m in found.results] == ["2026-05-20"]
    await corrections.delete_meeting(seeded_store, found.results[0], "test", "wrong meeting")
    assert not (await ask(seeded_store, "Zheldorstroyproekt", today=TODAY)).results


async def test_common_full_text_matches_kept_between_questions_follow_each_write(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not seeded_store.lists_inline:
        pytest.skip("PostgreSQL keeps its statements as written")
    # Its matches are kept as a list across questions, which a write must not leave stale.
    lists = spy_on_fts_lists(monkeypatch)
    await ingest(seeded_store, [Article(text=TRANSPORT, source="transport.txt")], today=TODAY)
    first = await ask(seeded_store, DEPUTY, today=TODAY)
    again = await ask(seeded_store, DEPUTY, today=TODAY)
    assert lists, "the question goes through the full-text index"
    assert [m.id for m in again.results] == [m.id for m in first.results]
    await ingest(
        seeded_store, [Article(text=TRANSPORT_AGAIN, source="transport2.txt")], today=TODAY
    )
    after = await ask(seeded_store, DEPUTY, today=TODAY)
    assert after.total == first.total + 1
    assert after.results[0].date == "2026-09-18"
    monkeypatch.setattr(seeded_store, "lists_inline", False)
    plain = await ask(seeded_store, DEPUTY, today=TODAY)
    assert [m.id for m in plain.results] == [m.id for m in after.results]
