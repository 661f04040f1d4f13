"""my_chat_member updates and group migrations are recorded in the database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from store.storage.chats import chat_events, count_chats, get_chat, list_chats, membership_event
from store.storage.db import Store
from tests.botkit import (
    GROUP_ID,
    SUPERGROUP_ID,
    USER_ID,
    BotUnderTest,
    check_telegram_html,
    running_bot,
)


@pytest.fixture
async def bot(empty_store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(empty_store) as bot:
        yield bot


async def test_added_to_a_group_is_recorded_and_greets_once(
    bot: BotUnderTest, empty_store: Store
) -> None:
    calls = await bot.send(bot.updates.my_chat_member("left", "member"))
    record = await get_chat(empty_store, GROUP_ID)
    assert record is not None and record.active and record.status == "member"
    assert record.title == "Phòng tin quốc tế"
    (greeting,) = bot.texts(calls)
    check_telegram_html(greeting)
    assert "/tim" in greeting
    assert [e[0] for e in await chat_events(empty_store, GROUP_ID)] == ["added"]


async def test_removed_from_a_group(bot: BotUnderTest, empty_store: Store) -> None:
    await bot.send(bot.updates.my_chat_member("left", "member"))
    calls = await bot.send(bot.updates.my_chat_member("member", "kicked", by_user=999))
    assert calls == []  # nothing can be sent to a chat that removed the bot
    record = await get_chat(empty_store, GROUP_ID)
    assert record is not None and not record.active and record.status == "kicked"
    events = await chat_events(empty_store, GROUP_ID)
    assert [e[0] for e in events] == ["added", "removed"]
    assert events[-1][2] == 999


async def test_left_and_promoted(bot: BotUnderTest, empty_store: Store) -> None:
    await bot.send(
        bot.updates.my_chat_member("left", "member", chat_id=SUPERGROUP_ID, chat_type="supergroup")
    )
    await bot.send(
        bot.updates.my_chat_member(
            "member", "administrator", chat_id=SUPERGROUP_ID, chat_type="supergroup"
        )
    )
    await bot.send(
        bot.updates.my_chat_member(
            "administrator", "left", chat_id=SUPERGROUP_ID, chat_type="supergroup"
        )
    )
    events = [e[0] for e in await chat_events(empty_store, SUPERGROUP_ID)]
    assert events == ["added", "promoted", "removed"]


async def test_blocked_and_unblocked_in_private(bot: BotUnderTest, empty_store: Store) -> None:
    await bot.send(bot.updates.message("/start"))
    assert (await get_chat(empty_store, USER_ID)).active  # type: ignore[union-attr]
    calls = await bot.send(
        bot.updates.my_chat_member("member", "kicked", chat_id=USER_ID, chat_type="private")
    )
    assert calls == []
    assert not (await get_chat(empty_store, USER_ID)).active  # type: ignore[union-attr]
    await bot.send(
        bot.updates.my_chat_member("kicked", "member", chat_id=USER_ID, chat_type="private")
    )
    assert (await get_chat(empty_store, USER_ID)).active  # type: ignore[union-attr]
    events = [e[0] for e in await chat_events(empty_store, USER_ID)]
    assert events == ["started", "blocked", "unblocked"]


async def test_restricted_without_membership_is_inactive(
    bot: BotUnderTest, empty_store: Store
) -> None:
    await bot.send(bot.updates.my_chat_member("left", "member"))
    await bot.send(bot.updates.my_chat_member("member", "restricted", is_member=False))
    record = await get_chat(empty_store, GROUP_ID)
    assert record is not None and not record.active


async def test_group_becoming_a_supergroup(bot: BotUnderTest, empty_store: Store) -> None:
    await bot.send(bot.updates.my_chat_member("left", "member"))
    await bot.send(bot.updates.migrate(GROUP_ID, SUPERGROUP_ID))
    await bot.send(
        bot.updates.migrate(GROUP_ID, SUPERGROUP_ID, in_new=True)
    )  # Telegram reports it twice
    old, new = await get_chat(empty_store, GROUP_ID), await get_chat(empty_store, SUPERGROUP_ID)
    assert old is not None and not old.active and old.migrated_to == SUPERGROUP_ID
    assert (
        new is not None
        and new.active
        and new.type == "supergroup"
        and new.title == "Phòng tin quốc tế"
    )
    assert [e[0] for e in await chat_events(empty_store, SUPERGROUP_ID)] == ["migrated"]
    assert await count_chats(empty_store) == {"supergroup": 1}
    assert [c.chat_id for c in await list_chats(empty_store, active_only=True)] == [SUPERGROUP_ID]


async def test_greeting_failure_does_not_lose_the_record(
    bot: BotUnderTest, empty_store: Store
) -> None:
    bot.request.fail["sendMessage"] = (403, "Forbidden: bot can't send messages to this chat")
    await bot.send(bot.updates.my_chat_member("left", "member"))
    assert (await get_chat(empty_store, GROUP_ID)).active  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("chat_type", "old", "new", "event"),
    [
        ("private", "member", "kicked", "blocked"),
        ("private", "kicked", "member", "unblocked"),
        ("group", "left", "member", "added"),
        ("group", "kicked", "administrator", "added"),
        ("group", "member", "left", "removed"),
        ("supergroup", "administrator", "kicked", "removed"),
        ("supergroup", "member", "administrator", "promoted"),
        ("supergroup", "administrator", "member", "demoted"),
        ("channel", "left", "administrator", "added"),
    ],
)
def test_membership_events(chat_type: str, old: str, new: str, event: str) -> None:
    assert membership_event(chat_type, old, new) == event
