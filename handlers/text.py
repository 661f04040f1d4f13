"""Free text: every message in a private chat is a question; in groups only a message that
mentions the bot or replies to it is — ordinary chatter gets no reply at all.
"""

from __future__ import annotations

import re
from typing import Any

from telegram import Message, MessageEntity, Update
from telegram.ext import Application, MessageHandler, filters

from handlers.common import Context, chat_lang, user_text
from handlers.views import View, question_view, reply_view
from store.language.catalogue import say

EMPTY_HINT = say("vi", "text.empty_hint")  # the Vietnamese text; replies use the chat's


def addressed_question(message: Message) -> str | None:
    """The question in a group message meant for the bot, or None when it is not for the bot.

    It is for the bot when it @mentions the bot (a mention entity or a text mention of the
    bot user) or replies to one of the bot's messages. The mention itself is removed.
    """
    bot = message.get_bot()
    username = (bot.username or "").lower()
    text = message.text or ""
    mentions: list[str] = []
    for entity, value in message.parse_entities(
        [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        if (entity.type == MessageEntity.MENTION and value[1:].lower() == username) or (
            entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot.id
        ):
            mentions.append(value)
    if not message.entities and username:
        # Some clients and bridges send no entities; fall back to the plain text.
        mentions += re.findall(rf"(?<![\w@])@{re.escape(username)}\b", text, re.IGNORECASE)
    replied = message.reply_to_message
    to_bot = bool(replied and replied.from_user and replied.from_user.id == bot.id)
    if not (mentions or to_bot):
        return None
    for value in mentions:
        text = text.replace(value, " ", 1)
    return user_text(text)


class _Addressed(filters.MessageFilter):
    """Group messages meant for the bot; everything else never reaches a handler here."""

    def filter(self, message: Message) -> bool:
        return addressed_question(message) is not None


ADDRESSED = _Addressed(name="ADDRESSED")


async def answer_text(message: Message, context: Context, question: str) -> None:
    if not question or not any(ch.isalnum() for ch in question):
        await reply_view(message, View(say(chat_lang(), "text.empty_hint")))
        return
    await reply_view(message, await question_view(context, question))


async def on_private_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is not None:
        await answer_text(message, context, user_text(message.text))


async def on_group_text(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message)
    if question is not None:
        await answer_text(message, context, question)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & text, on_private_text))
    # Chatter between people does not match at all, so it reaches no handler and gets no reply.
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & text & ADDRESSED, on_group_text))
