"""Every command and alias, in private chats, through Application.process_update."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

import handlers
from handlers.commands import command_table, start_payload
from store.storage.chats import get_chat
from store.storage.db import Store
from tests.botkit import (
    BOT_USERNAME,
    GROUP_ID,
    USER_ID,
    BotUnderTest,
    check_telegram_html,
    running_bot,
    visible_text,
)


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(seeded_store) as bot:
        yield bot


async def reply_to(bot: BotUnderTest, text: str, **kw: object) -> str:
    calls = await bot.send(bot.updates.message(text, **kw))  # type: ignore[arg-type]
    texts = bot.texts(calls)
    assert len(texts) == 1, f"expected one reply to {text!r}, got {texts}"
    check_telegram_html(texts[0])
    return texts[0]


async def test_start_welcomes_lists_commands_and_records_the_chat(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    text = await reply_to(bot, "/start")
    plain = visible_text(text)
    assert "Bản tin Việt–Nga" in plain
    for command in ("/tim", "/moinhat", "/lanhdao", "/linhvuc", "/help"):
        assert command in plain
    record = await get_chat(seeded_store, USER_ID)
    assert record is not None and record.active and record.type == "private"


async def test_start_with_meeting_payload_shows_the_meeting(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    (m,) = await seeded_store.meetings(limit=1)
    text = visible_text(await reply_to(bot, f"/start m_{m.id}"))
    assert m.participants[0].name in text
    assert "Nguồn" in text


async def test_start_with_unknown_meeting_is_polite(bot: BotUnderTest) -> None:
    text = visible_text(await reply_to(bot, "/start m_000000000000"))
    assert "Không tìm thấy cuộc gặp" in text


async def test_start_with_question_payload_answers_it(bot: BotUnderTest) -> None:
    payload = start_payload("Mishustin gặp Tô Lâm ở đâu?")
    assert payload == "mishustin_gap_to_lam_o_dau"
    text = visible_text(await reply_to(bot, f"/start {payload}"))
    assert "Mishustin" in text


def test_start_payload_is_a_valid_deep_link() -> None:
    payload = start_payload("Thủ tướng Nga Mikhail Mishustin " * 10)
    assert 1 <= len(payload) <= 64
    assert all(ch.isalnum() or ch in "_-" for ch in payload)
    assert start_payload("🙂🙂") == "help"


async def test_help_lists_every_registered_command_and_alias(bot: BotUnderTest) -> None:
    text = visible_text(await reply_to(bot, "/help"))
    for command in command_table(bot.app):
        if not command.admin:
            assert f"/{command.name}" in text
            for alias in command.aliases:
                assert f"/{alias}" in text
    assert f"@{BOT_USERNAME}" in text  # how to use it in groups and inline


@pytest.mark.parametrize(
    ("vi", "en"),
    [("tim", "search"), ("moinhat", "latest"), ("lanhdao", "leaders"), ("linhvuc", "sectors")],
)
async def test_english_aliases_answer_like_the_vietnamese_command(
    bot: BotUnderTest, vi: str, en: str
) -> None:
    arg = " Mishustin" if vi in ("tim", "lanhdao") else ""
    assert await reply_to(bot, f"/{vi}{arg}") == await reply_to(bot, f"/{en}{arg}")


async def test_search_answers_the_question(bot: BotUnderTest) -> None:
    text = visible_text(await reply_to(bot, "/tim Tô Lâm gặp Mishustin ở đâu"))
    assert "Mishustin" in text


async def test_search_with_bot_suffix_in_private(bot: BotUnderTest) -> None:
    plain = await reply_to(bot, "/tim Mishustin")
    assert await reply_to(bot, f"/tim@{BOT_USERNAME} Mishustin") == plain


async def test_search_without_question_explains_usage(bot: BotUnderTest) -> None:
    text = visible_text(await reply_to(bot, "/tim"))
    assert "/tim" in text and "câu hỏi" in text


async def test_search_as_a_reply_uses_the_replied_text(bot: BotUnderTest) -> None:
    direct = await reply_to(bot, "/tim Mishustin")
    via_reply = await reply_to(bot, "/tim", reply_to_user=True, reply_text="Mishustin")
    assert via_reply == direct


async def test_latest_lists_newest_meetings_with_buttons(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    calls = await bot.send(bot.updates.message("/moinhat"))
    (reply,) = bot.replies(calls)
    check_telegram_html(reply.text or "")
    newest = await seeded_store.meetings(limit=5)
    total = await seeded_store.count_meetings()
    text = visible_text(reply.text or "")
    assert f"/ {total}" in text
    assert newest[0].participants[0].name in text
    data = [b["callback_data"] for b in reply.buttons() if "callback_data" in b]
    assert f"d:{newest[0].id}" in data
    if total > 5:
        assert "n:l:5" in data


async def test_leaders_lists_people_with_counts(bot: BotUnderTest, seeded_store: Store) -> None:
    text = visible_text(await reply_to(bot, "/lanhdao"))
    for name, _country, n in (await seeded_store.leaders())[:10]:
        assert f"{name} ({n})" in text


async def test_leaders_with_a_name_lists_that_persons_meetings(bot: BotUnderTest) -> None:
    text = visible_text(await reply_to(bot, "/lanhdao mishutin"))  # a typo, no accents
    assert "Mishustin" in text


async def test_sectors_lists_sectors_with_counts(bot: BotUnderTest, seeded_store: Store) -> None:
    counts = await seeded_store.sector_counts()
    text = visible_text(await reply_to(bot, "/linhvuc"))
    assert counts, "the seeds name sectors"
    for name, n in counts[:10]:
        assert f"{name} ({n})" in text


async def test_sectors_with_a_sector_lists_its_meetings(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    sector, _n = (await seeded_store.sector_counts())[0]
    text = await reply_to(bot, f"/linhvuc {sector}")
    assert "Không tìm thấy" not in visible_text(text)


async def test_unknown_command_in_private_points_to_help(bot: BotUnderTest) -> None:
    text = visible_text(await reply_to(bot, "/xyz abc"))
    assert "/xyz" in text and "/help" in text


async def test_edited_messages_are_not_answered_again(bot: BotUnderTest) -> None:
    calls = await bot.send(bot.updates.message("/tim Mishustin", edited=True))
    assert bot.replies(calls) == []


async def test_menu_is_registered_in_vietnamese_from_the_command_table(bot: BotUnderTest) -> None:
    await handlers.startup(bot.app)
    (call,) = [
        c
        for c in bot.request.calls
        if c.method == "setMyCommands" and not c.params.get("language_code")
    ]
    listed = {c["command"]: c["description"] for c in call.params["commands"]}
    assert {"tim", "moinhat", "lanhdao", "linhvuc", "help"} <= set(listed)
    assert "search" not in listed  # aliases work but do not clutter the menu
    assert listed["tim"] == "Tìm cuộc gặp theo câu hỏi"


async def test_menu_failure_is_logged_not_fatal(
    bot: BotUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    bot.request.fail["setMyCommands"] = (500, "Internal Server Error")
    await handlers.startup(bot.app)  # must not raise
    assert "command menu" in caplog.text


async def test_group_start_is_answered_only_when_for_this_bot(bot: BotUnderTest) -> None:
    calls = await bot.send(bot.updates.group(f"/start@{BOT_USERNAME}"))
    assert len(bot.replies(calls)) == 1
    calls = await bot.send(bot.updates.group("/start@SomeOtherBot"))
    assert calls == []
    assert GROUP_ID < 0
