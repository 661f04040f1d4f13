"""Private chats answer everything; groups answer only what is addressed to the bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from store.storage.db import Store
from tests.botkit import (
    BOT_ID,
    BOT_USERNAME,
    GROUP_ID,
    SUPERGROUP_ID,
    BotUnderTest,
    check_telegram_html,
    running_bot,
    utf16_len,
    visible_text,
)

CHATTER = [
    "Mọi người ơi, chiều nay họp lúc mấy giờ?",
    "Tô Lâm gặp Putin khi nào nhỉ?",  # a question, but not for the bot
    "@someone_else xem giúp bài này",
    "ok",
    "https://example.com/bai-viet",
    "/",
]


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(seeded_store) as bot:
        yield bot


async def only_reply(bot: BotUnderTest, update: dict) -> str:
    calls = await bot.send(update)
    texts = bot.texts(calls)
    assert len(texts) == 1, texts
    check_telegram_html(texts[0])
    return texts[0]


async def test_private_text_is_a_question(bot: BotUnderTest) -> None:
    text = visible_text(await only_reply(bot, bot.updates.message("Mishustin gặp Tô Lâm ở đâu?")))
    assert "Mishustin" in text


@pytest.mark.parametrize("kind", ["group", "supergroup"])
@pytest.mark.parametrize("chatter", CHATTER)
async def test_group_chatter_gets_no_reply_at_all(
    bot: BotUnderTest, kind: str, chatter: str
) -> None:
    update = getattr(bot.updates, kind)(chatter)
    assert await bot.send(update) == []


async def test_reply_to_another_person_is_chatter(bot: BotUnderTest) -> None:
    assert await bot.send(bot.updates.group("Mishustin", reply_to_user=True)) == []


@pytest.mark.parametrize("kind", ["group", "supergroup"])
async def test_mention_is_answered_in_the_thread(bot: BotUnderTest, kind: str) -> None:
    update = getattr(bot.updates, kind)(f"@{BOT_USERNAME} Mishustin gặp Tô Lâm ở đâu?")
    calls = await bot.send(update)
    (reply,) = bot.replies(calls)
    assert "Mishustin" in visible_text(reply.text or "")
    asked = update["message"]["message_id"]
    assert (
        reply.params["reply_parameters"]["message_id"] == asked
    )  # quoted, so the group sees what it answers
    assert reply.params["chat_id"] in (GROUP_ID, SUPERGROUP_ID)


async def test_mention_is_matched_without_case_and_anywhere(bot: BotUnderTest) -> None:
    text = await only_reply(
        bot, bot.updates.group(f"cho hỏi @{BOT_USERNAME.lower()} Mishustin ở đâu")
    )
    assert "Mishustin" in visible_text(text)


async def test_text_mention_of_the_bot_counts(bot: BotUnderTest) -> None:
    text = "Bản tin Mishustin ở đâu"
    mention = {
        "type": "text_mention",
        "offset": 0,
        "length": 7,
        "user": {"id": BOT_ID, "is_bot": True, "first_name": "Bản tin"},
    }
    update = bot.updates.group(text, extra_entities=[mention])
    assert "Mishustin" in visible_text(await only_reply(bot, update))


async def test_bare_mention_gets_a_hint(bot: BotUnderTest) -> None:
    text = visible_text(await only_reply(bot, bot.updates.group(f"@{BOT_USERNAME}")))
    assert "Ví dụ" in text


async def test_reply_to_the_bot_is_a_question(bot: BotUnderTest) -> None:
    text = await only_reply(bot, bot.updates.group("còn Mishustin thì sao", reply_to_bot=True))
    assert "Mishustin" in visible_text(text)


async def test_commands_for_this_bot_work_in_groups(bot: BotUnderTest) -> None:
    plain = await only_reply(bot, bot.updates.group("/tim Mishustin"))
    addressed = await only_reply(bot, bot.updates.group(f"/tim@{BOT_USERNAME} Mishustin"))
    assert plain == addressed


@pytest.mark.parametrize(
    "text", ["/tim@OtherNewsBot Mishustin", "/moinhat@OtherNewsBot", "/xyz@OtherNewsBot", "/xyz"]
)
async def test_commands_for_another_bot_are_ignored(bot: BotUnderTest, text: str) -> None:
    assert await bot.send(bot.updates.group(text)) == []


async def test_unknown_command_addressed_to_this_bot_in_group(bot: BotUnderTest) -> None:
    text = visible_text(await only_reply(bot, bot.updates.group(f"/xyz@{BOT_USERNAME}")))
    assert "/help" in text


async def test_group_stickers_and_private_stickers(bot: BotUnderTest) -> None:
    assert await bot.send(bot.updates.sticker(GROUP_ID)) == []
    text = visible_text(await only_reply(bot, bot.updates.sticker()))
    assert "chữ" in text


async def test_long_group_question_reply_fits(bot: BotUnderTest) -> None:
    question = f"@{BOT_USERNAME} " + "Mishustin Tô Lâm năng lượng " * 140
    text = await only_reply(bot, bot.updates.group(question[:4096]))
    assert utf16_len(text) <= 4096
