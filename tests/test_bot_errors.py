"""The error handler: logs with the update id, apologises, reports to the admin chat."""

from __future__ import annotations

import logging
from typing import Any

import pytest

import handlers.buttons
import handlers.views
from handlers.errors import APOLOGY
from store.storage.db import Store
from tests.botkit import check_telegram_html, running_bot, test_settings, visible_text

ADMIN_CHAT = -100777


async def broken_ask(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("index <corrupt> & unreadable")


async def test_failure_is_logged_apologised_and_reported(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(handlers.views, "ask", broken_ask)
    settings = test_settings(BRIEFING_ADMIN_CHAT=str(ADMIN_CHAT))
    async with running_bot(seeded_store, settings) as bot:
        update = bot.updates.message("Putin")
        with caplog.at_level(logging.ERROR, logger="handlers.errors"):
            calls = await bot.send(update)
    sent = bot.replies(calls)
    assert [c.params["chat_id"] for c in sent] == [501, ADMIN_CHAT]
    assert sent[0].text == APOLOGY
    report = sent[1].text or ""
    check_telegram_html(report)
    assert f"update {update['update_id']}" in visible_text(report)
    assert "index <corrupt> & unreadable" in visible_text(report)
    assert f"update {update['update_id']} failed" in caplog.text


async def test_no_admin_chat_means_no_report(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers.views, "ask", broken_ask)
    async with running_bot(seeded_store) as bot:
        calls = await bot.send(bot.updates.message("Putin"))
    assert bot.texts(calls) == [APOLOGY]


async def test_button_failure_answers_the_button(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(handlers.buttons, "latest_view", broken)
    async with running_bot(seeded_store) as bot:
        calls = await bot.send(bot.updates.callback("n:l:5"))
    (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
    assert answer.params["text"] == APOLOGY


async def test_failing_apology_is_swallowed(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handlers.views, "ask", broken_ask)
    async with running_bot(seeded_store) as bot:
        bot.request.fail["sendMessage"] = (403, "Forbidden: bot was blocked by the user")
        await bot.send(bot.updates.message("Putin"))  # must not raise


async def test_blocked_user_is_not_apologised_to(seeded_store: Store) -> None:
    async with running_bot(seeded_store) as bot:
        bot.request.fail["sendMessage"] = (403, "Forbidden: bot was blocked by the user")
        calls = await bot.send(bot.updates.message("Putin"))
    assert [c.method for c in calls] == [
        "sendMessage"
    ]  # the one failed answer, no retry, no apology
