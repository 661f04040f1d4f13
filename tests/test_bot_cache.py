"""Cached replies never outlive a change of the database."""

from __future__ import annotations

from pathlib import Path

from store.language.models import Article
from store.services.ingest import ingest
from store.storage.db import Store
from tests.botkit import running_bot, visible_text

NEW_ARTICLE = """Chiều 3/3/2026, tại Thủ đô Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Bộ trưởng Ngoại giao Nga Sergei Lavrov đang ở thăm chính thức Việt Nam.
Tại cuộc tiếp, Thủ tướng Phạm Minh Chính đề nghị hai bên thúc đẩy hợp tác trong lĩnh vực năng lượng, dầu khí và giáo dục - đào tạo.
Bộ trưởng Sergei Lavrov khẳng định Nga coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam."""


async def test_latest_sees_a_newly_ingested_meeting_at_once(seeded_store: Store) -> None:
    async with running_bot(seeded_store) as bot:
        before = bot.texts(await bot.send(bot.updates.message("/moinhat")))[0]
        again = bot.texts(await bot.send(bot.updates.message("/moinhat")))[0]
        assert again == before
        assert bot.app.bot_data.views.hits >= 1
        report = await ingest(
            seeded_store, [Article(text=NEW_ARTICLE, source="https://example.vn/lavrov-ha-noi")]
        )
        assert report.new_meetings or report.meetings
        after = bot.texts(await bot.send(bot.updates.message("/moinhat")))[0]
    assert after != before
    assert "Lavrov" in visible_text(after).split("\n")[1]  # now the newest meeting


async def test_changes_by_another_process_are_seen(seeded_store: Store, tmp_path: Path) -> None:
    async with running_bot(seeded_store) as bot:
        cache = bot.app.bot_data.views
        cache.recheck = 0  # check PRAGMA data_version every time
        before = bot.texts(await bot.send(bot.updates.message("/lanhdao")))[0]
        other = await Store.open(seeded_store.path)  # e.g. `briefing ingest` while the bot runs
        try:
            await ingest(other, [Article(text=NEW_ARTICLE, source="lavrov.txt")])
        finally:
            await other.close()
        after = bot.texts(await bot.send(bot.updates.message("/lanhdao")))[0]
    assert after != before
