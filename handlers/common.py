"""What every handler module shares: the store and settings in ``bot_data``, the local
date, the user's text cleaned up, and a small cache of questions for "next page" buttons.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from datetime import date, datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from telegram import Message
from telegram.ext import Application, ContextTypes

from handlers.render import clean
from store.language.localtime import zone
from store.storage.db import Store

STORE = "store"
SETTINGS = "settings"
QUERIES = "queries"
MAX_QUESTION = 1000  # longer text is cut before parsing; no real question is this long

Context = ContextTypes.DEFAULT_TYPE


class BotSettings(Protocol):
    """The part of ``bot.settings.Settings`` handlers read (handlers never import ``bot``)."""

    briefing_tz: str
    briefing_admin_ids: list[int]
    briefing_admin_chat: int | None


def get_store(context: Context | Application[Any, Any, Any, Any, Any, Any]) -> Store:
    store = context.bot_data.get(STORE)
    if store is None:
        raise RuntimeError("no store in bot_data; build the app with bot.app.build_application")
    return store


def get_settings(
    context: Context | Application[Any, Any, Any, Any, Any, Any],
) -> BotSettings | None:
    return context.bot_data.get(SETTINGS)


def tz(context: Context | Application[Any, Any, Any, Any, Any, Any]) -> ZoneInfo:
    settings = get_settings(context)
    return zone(getattr(settings, "briefing_tz", None))


def today(context: Context) -> date:
    """Today where the readers are (relative dates in questions mean this)."""
    return datetime.now(tz(context)).date()


def is_admin(context: Context, user_id: int | None) -> bool:
    settings = get_settings(context)
    return user_id is not None and user_id in (getattr(settings, "briefing_admin_ids", None) or [])


def user_text(text: str | None) -> str:
    """A user's text made safe to parse: no control characters, one line, bounded length."""
    text = " ".join(clean(text).split())
    return text[:MAX_QUESTION]


def command_args(message: Message) -> str:
    """Everything after the command (``/tim@Bot  câu hỏi`` → ``câu hỏi``), newlines kept as spaces."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities
    if entities and entities[0].type == "bot_command" and entities[0].offset == 0:
        # Offsets count UTF-16 units; commands are ASCII, so the index is the same.
        return user_text(text[entities[0].length :])
    return user_text(text.split(maxsplit=1)[1] if " " in text.strip() else "")


class QueryCache:
    """Recent questions by a short key, so a button can ask for the next page.

    Kept in memory: after a restart old buttons are stale and get a polite answer.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self._items: OrderedDict[str, str] = OrderedDict()

    @staticmethod
    def key_for(question: str) -> str:
        return hashlib.blake2s(question.encode("utf-8", "replace"), digest_size=4).hexdigest()

    def put(self, question: str) -> str:
        key = self.key_for(question)
        self._items[key] = question
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return key

    def get(self, key: str) -> str | None:
        question = self._items.get(key)
        if question is not None:
            self._items.move_to_end(key)
        return question


def queries(context: Context) -> QueryCache:
    cache = context.bot_data.get(QUERIES)
    if cache is None:
        cache = context.bot_data[QUERIES] = QueryCache()
    return cache


def migration_ids(message: object) -> tuple[int, int] | None:
    """(old, new) chat ids when a group became a supergroup; Telegram reports it in both."""
    to_id = getattr(message, "migrate_to_chat_id", None)
    from_id = getattr(message, "migrate_from_chat_id", None)
    chat = getattr(message, "chat", None)
    if to_id and chat is not None:
        return chat.id, to_id
    if from_id and chat is not None:
        return from_id, chat.id
    return None
