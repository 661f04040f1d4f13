"""A slow answer holds up only its own chat: the event loop and other chats go on, and
one chat's messages are still answered in the order they were sent."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from telegram import Update

import handlers.views
from store.services.answer import ask
from store.storage.db import Store
from tests.botkit import OTHER_USER_ID, USER_ID, BotUnderTest, running_bot

SLOW = "Putin gặp Tô Lâm khi nào"  # its answer is held until released
QUICK = "Lavrov"
SAFETY = 60  # seconds: only so that a broken build fails instead of hanging


def _through_processor(bot: BotUnderTest, update: dict[str, Any]) -> asyncio.Task[None]:
    """Process an update the way polling does: through the application's update processor."""
    app = bot.app
    parsed = Update.de_json(update, app.bot)
    return asyncio.create_task(
        app.update_processor.process_update(parsed, app.process_update(parsed))
    )


def _held(release: threading.Event, started: threading.Event) -> Any:
    async def held_ask(store: Store, question: str, **kw: Any) -> Any:
        if question == SLOW:
            started.set()
            release.wait(SAFETY)  # blocks the thread it runs in, as heavy ranking would
        return await ask(store, question, **kw)

    return held_ask


def _chats(bot: BotUnderTest) -> list[int]:
    return [int(c.params["chat_id"]) for c in bot.replies(bot.request.calls)]


@pytest.mark.sqlite_only  # PostgreSQL answers on the event loop (its pool is bound to it)
async def test_slow_answer_does_not_hold_up_another_chat(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    release, started = threading.Event(), threading.Event()
    monkeypatch.setattr(handlers.views, "ask", _held(release, started))
    async with running_bot(seeded_store) as bot:
        slow = _through_processor(bot, bot.updates.message(SLOW, chat_id=USER_ID))
        await asyncio.to_thread(started.wait, SAFETY)
        other = bot.updates.message(QUICK, chat_id=OTHER_USER_ID, user_id=OTHER_USER_ID)
        await _through_processor(bot, other)  # answered while the slow one is held
        answered_first = _chats(bot)
        release.set()
        await slow
    assert answered_first == [OTHER_USER_ID]
    assert _chats(bot) == [OTHER_USER_ID, USER_ID]


async def test_one_chat_is_answered_in_order(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    release, started = threading.Event(), threading.Event()
    monkeypatch.setattr(handlers.views, "ask", _held(release, started))
    async with running_bot(seeded_store) as bot:
        first = _through_processor(bot, bot.updates.message(SLOW))
        await asyncio.to_thread(started.wait, SAFETY)
        second = _through_processor(bot, bot.updates.message(QUICK))
        await asyncio.sleep(0)  # let the second reach its chat's queue
        assert _chats(bot) == []  # waits behind the first, same chat
        release.set()
        await asyncio.gather(first, second)
    texts = [c.text or "" for c in bot.replies(bot.request.calls)]
    assert len(texts) == 2
    assert "Lavrov" not in texts[0] and "Lavrov" in texts[1]
