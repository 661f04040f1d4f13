"""Charts: /bieudo (meetings per month or year) and /dongthoigian (a leader's timeline),
sent as PNG photos; the same from the CLI; zero months drawn; cached until the store changes."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from telegram.request import RequestData

from bot.app import build_application
from bot.cli import main as cli_main
from store.services.charts import meetings_chart, timeline_chart
from store.services.corrections import delete_meeting
from store.storage.db import Store
from tests.botkit import BotUnderTest, Call, RecordingRequest, check_telegram_html, test_settings

PNG = b"\x89PNG\r\n\x1a\n"
TODAY = date(2026, 6, 1)


class PhotoRequest(RecordingRequest):
    """The recording Bot API, keeping the bytes of every photo sent."""

    __slots__ = ("photos",)

    def __init__(self, calls: list[Call] | None = None) -> None:
        super().__init__(calls)
        self.photos: list[bytes] = []

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *a: Any, **kw: Any
    ) -> tuple[int, bytes]:
        if url.endswith("/sendPhoto") and request_data is not None:
            for _name, content, *_ in (request_data.multipart_data or {}).values():
                self.photos.append(bytes(content))
        return await super().do_request(url, method, request_data, *a, **kw)


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    calls: list[Call] = []
    request = PhotoRequest(calls)
    app = build_application(
        test_settings(),
        seeded_store,
        request=request,
        get_updates_request=RecordingRequest(calls),
        rate_limiter=False,
    )
    await app.initialize()
    try:
        yield BotUnderTest(app, request)
    finally:
        await app.shutdown()


def photo_of(bot: BotUnderTest, calls: list[Call]) -> tuple[bytes, str]:
    (sent,) = [c for c in calls if c.method == "sendPhoto"]
    assert not bot.replies(calls), "a chart is a photo, not a text"
    caption = str(sent.params.get("caption") or "")
    assert 0 < len(caption) <= 1024
    check_telegram_html(caption, limit=1024)
    png = bot.request.photos[-1]  # type: ignore[attr-defined]
    assert png.startswith(PNG) and len(png) > 5_000
    return png, caption


@pytest.mark.parametrize("args", ["", " Putin", " dầu khí", " Tô Lâm 2025 theo tháng"])
async def test_chart_is_a_png_photo(bot: BotUnderTest, args: str) -> None:
    calls = await bot.send(bot.updates.message(f"/bieudo{args}"))
    _png, caption = photo_of(bot, calls)
    assert "Số cuộc gặp" in caption and "cuộc gặp." in caption


async def test_english_aliases_and_timeline(bot: BotUnderTest) -> None:
    photo_of(bot, await bot.send(bot.updates.message("/chart Putin")))
    _png, caption = photo_of(bot, await bot.send(bot.updates.message("/timeline Putin")))
    assert "Vladimir Putin" in caption and "phía Việt Nam" in caption
    _png, caption = photo_of(bot, await bot.send(bot.updates.message("/dongthoigian to lam")))
    assert "Tô Lâm" in caption and "phía Nga" in caption


async def test_what_cannot_be_drawn_gets_a_sentence(bot: BotUnderTest) -> None:
    for text in ("/dongthoigian", "/bieudo Zxqwv Blorf", "/dongthoigian hợp tác dầu khí"):
        calls = await bot.send(bot.updates.message(text))
        assert not [c for c in calls if c.method == "sendPhoto"]
        (reply,) = bot.replies(calls)
        check_telegram_html(reply.text or "")


async def test_months_without_meetings_are_zero(seeded_store: Store) -> None:
    chart = await meetings_chart(seeded_store, "Tô Lâm 2025 theo tháng", today=TODAY)
    months = [p for p, _ in chart.series]
    assert months == [f"2025-{m:02d}" for m in range(1, 13)]
    assert 0 in [n for _, n in chart.series]
    assert sum(n for _, n in chart.series) == chart.total > 0


async def test_charts_are_cached_until_the_store_changes(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    cache = bot.app.bot_data.charts
    _png, first = photo_of(bot, await bot.send(bot.updates.message("/bieudo Putin")))
    hits = cache.hits
    _png, again = photo_of(bot, await bot.send(bot.updates.message("/bieudo Putin")))
    assert cache.hits == hits + 1 and again == first
    chart = await meetings_chart(seeded_store, "Putin", today=TODAY)
    dated = [m for m in await seeded_store.meetings() if m.date and "Putin" in str(m.participants)]
    await delete_meeting(seeded_store, dated[0].id, "cli:test")
    _png, after = photo_of(bot, await bot.send(bot.updates.message("/bieudo Putin")))
    assert after != first
    assert (await meetings_chart(seeded_store, "Putin", today=TODAY)).total == chart.total - 1


async def test_timeline_counts_each_meeting_once(seeded_store: Store) -> None:
    chart = await timeline_chart(seeded_store, "Putin", today=TODAY)
    assert chart.png.startswith(PNG) and chart.total > 0


def test_cli_writes_the_png(tmp_path: Path, seeded_store: Store) -> None:
    out = tmp_path / "putin.png"
    printed = io.StringIO()
    with redirect_stdout(printed):
        code = cli_main(["chart", "Putin", "--out", str(out), "--db", seeded_store.path])
    assert code == 0 and out.read_bytes().startswith(PNG)
    assert "Số cuộc gặp" in printed.getvalue()
    with redirect_stdout(io.StringIO()):
        code = cli_main(
            ["chart", "--timeline", "Tô", "Lâm", "--out", str(out), "--db", seeded_store.path]
        )
    assert code == 0 and out.read_bytes().startswith(PNG)


async def test_a_chart_in_english_and_russian(seeded_store: Store) -> None:
    en = await meetings_chart(seeded_store, "Putin", today=TODAY, lang="en")
    vi = await meetings_chart(seeded_store, "Putin", today=TODAY)
    assert en.total == vi.total and en.series == vi.series
    assert en.caption.startswith("📊 Vietnam–Russia meetings by "), en.caption
    assert "Vladimir Putin" in en.caption and "cuộc gặp" not in en.caption
    ru = await timeline_chart(seeded_store, "Tô Lâm", today=TODAY, lang="ru")
    assert ru.caption.startswith("🕑 Встречи То Лам с представителями стороны Россия"), ru.caption
