"""What nothing else handled: unknown commands, non-text messages in private, unknown buttons.

Registered after every feature's handlers (see ``handlers.register``) so it only sees
leftovers. In groups it answers only commands explicitly addressed to this bot.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers import render as r
from handlers.common import Context, chat_lang
from handlers.views import View, reply_view
from store.language.catalogue import say


def _addressed_command(update: Update) -> str | None:
    """The command's name when it is for this bot (private, or ``/x@ThisBot`` in a group)."""
    message = update.effective_message
    if message is None or not message.text or not message.entities:
        return None
    first = message.entities[0]
    word = message.text[1 : first.length]
    name, _, target = word.partition("@")
    username = (message.get_bot().username or "").lower()
    if target and target.lower() != username:
        return None  # another bot's command
    if message.chat.type != ChatType.PRIVATE and not target:
        return None  # an unadressed command in a group may well be for another bot
    return name


async def on_unknown_command(update: Update, context: Context) -> None:
    name = _addressed_command(update)
    if name is None or update.effective_message is None:
        return
    await reply_view(
        update.effective_message,
        View(say(chat_lang(), "fallback.unknown_command", name=r.esc(r.trim(name, 40)))),
    )


async def on_private_other(update: Update, context: Context) -> None:
    if update.effective_message is not None:
        await reply_view(
            update.effective_message,
            View(say(chat_lang(), "fallback.text_only")),
        )


async def on_unknown_button(update: Update, context: Context) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(say(chat_lang(), "button.unused"))


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    new = filters.UpdateType.MESSAGE
    app.add_handler(MessageHandler(new & filters.COMMAND, on_unknown_command))
    other = (
        filters.ChatType.PRIVATE
        & new
        & ~filters.TEXT
        & ~filters.StatusUpdate.ALL
        & ~filters.VIA_BOT
    )
    app.add_handler(MessageHandler(other, on_private_other))
    app.add_handler(CallbackQueryHandler(on_unknown_button))
