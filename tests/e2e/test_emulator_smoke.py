"""The e2e harness drives a real PTB 22 Application over HTTP through the emulator."""

from __future__ import annotations

import datetime as dtm
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatAction
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from tests.e2e import harness
from tests.e2e.harness import Emulator, EmulatorError, fresh_ids

pytestmark = pytest.mark.e2e


async def _post_init(app: Application) -> None:
    # Start-up calls a real bot makes; the bare emulator answers them with HTTP 500.
    await app.bot.set_my_commands([BotCommand("start", "Bắt đầu"), BotCommand("menu", "Menu")])
    app.bot_data["commands"] = await app.bot.get_my_commands()


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_chat and update.message
    await context.bot.send_chat_action(update.effective_chat.id, ChatAction.TYPING)
    sent = await update.message.reply_text(f"Xin chào ({update.effective_chat.type})")
    context.bot_data.setdefault("sent", []).append(sent)


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message and update.message.text
    sent = await update.message.reply_text(f"Bạn viết: {update.message.text}")
    context.bot_data.setdefault("sent", []).append(sent)


async def _menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Năng lượng", callback_data="nl")]])
    await update.message.reply_text("Chọn lĩnh vực:", reply_markup=keyboard)


async def _button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query and query.data
    await query.answer("Đã chọn")
    edited = await query.edit_message_text(f"Lĩnh vực: {query.data}")
    context.bot_data["edited"] = edited


async def _inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.inline_query
    text = f"Kết quả cho {update.inline_query.query}"
    result = InlineQueryResultArticle("1", text, InputTextMessageContent(text))
    await update.inline_query.answer([result], cache_time=0)


@asynccontextmanager
async def running_bot(emulator: Emulator) -> AsyncIterator[Application]:
    app = (
        ApplicationBuilder()
        .token(emulator.token)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
        .post_init(_post_init)
        .build()
    )
    app.add_handler(CommandHandler("start", _start))
    app.add_handler(CommandHandler("menu", _menu))
    app.add_handler(CallbackQueryHandler(_button))
    app.add_handler(InlineQueryHandler(_inline))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    async with app:
        assert app.post_init is not None
        await app.post_init(app)
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(timeout=5, drop_pending_updates=True)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()


async def test_private_message_and_group_command(emulator: Emulator) -> None:
    user, group = fresh_ids()
    async with running_bot(emulator) as app:
        assert app.bot.username == emulator.bot_username
        assert [c.command for c in app.bot_data["commands"]] == ["start", "menu"]

        emulator.send_message("xin chào bot", user)
        reply = await emulator.wait_for_reply_async(user)
        assert reply["text"] == "Bạn viết: xin chào bot"

        emulator.send_command(f"/start@{emulator.bot_username}", group, user_id=user)
        reply = await emulator.wait_for_reply_async(group)
        assert reply["text"] == "Xin chào (group)"

    # What PTB parsed from the emulator's sendMessage results.
    sent: list[Message] = app.bot_data["sent"]
    assert [m.chat.type for m in sent] == ["private", "group"]
    assert [m.chat.id for m in sent] == [user, group]
    now = dtm.datetime.now(dtm.UTC)
    assert all(abs(m.date - now) < dtm.timedelta(minutes=5) for m in sent)
    assert emulator.bot_calls("sendChatAction")[-1]["params"]["chat_id"] == group


async def test_inline_button_is_answered_and_edits_the_message(emulator: Emulator) -> None:
    user, _ = fresh_ids()
    async with running_bot(emulator) as app:
        emulator.send_command("/menu", user)
        menu = await emulator.wait_for_reply_async(user)
        button = menu["reply_markup"]["inline_keyboard"][0][0]

        answered = len(emulator.bot_calls("answerCallbackQuery"))
        emulator.send_callback(button["callback_data"], user, menu["message_id"])
        call = await emulator.wait_for_call_async("answerCallbackQuery", skip=answered)
        assert call["params"]["text"] == "Đã chọn"
        await emulator.wait_for_reply_async(
            user, lambda r: r["text"] == "Lĩnh vực: nl", after=menu["message_id"] - 1
        )

    (current,) = [r for r in emulator.bot_replies(user) if r["message_id"] == menu["message_id"]]
    assert "reply_markup" not in current  # an edit without markup drops the keyboard
    assert isinstance(app.bot_data["edited"], Message)


async def test_inline_query_is_answered(emulator: Emulator) -> None:
    async with running_bot(emulator):
        sent = emulator.send_inline_query("Putin")
        call = await emulator.wait_for_call_async(
            "answerInlineQuery", lambda p: p["inline_query_id"] == sent["inline_query_id"]
        )
    (result,) = call["params"]["results"]
    assert result["input_message_content"]["message_text"] == "Kết quả cho Putin"


def test_env_for_bot_points_a_subprocess_at_the_emulator(emulator: Emulator) -> None:
    env = emulator.env_for_bot()
    assert env["TELEGRAM_BOT_TOKEN"] == emulator.token
    assert env["TELEGRAM_API_BASE_URL"].startswith("http://127.0.0.1:")
    assert env["TELEGRAM_API_BASE_URL"].endswith("/bot")


def test_missing_npm_install_fails_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(harness, "node_modules_installed", lambda: False)
    with pytest.raises(EmulatorError, match="npm ci --prefix tests/e2e"):
        Emulator().start()
