"""What every handler module shares: the bot's typed ``bot_data`` (the store, the settings
and each feature's state), the local date, the user's text cleaned up, and a small cache of
questions for "next page" buttons.
"""

from __future__ import annotations

import contextvars
import hashlib
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from telegram import Message
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from handlers.cache import ChatLanguages, ViewCache
from handlers.pending import PendingArticles, PendingEdits
from handlers.render import clean
from store.language.catalogue import say
from store.language.localtime import zone
from store.language.wording_i18n import day_text
from store.storage.db import Store

if TYPE_CHECKING:
    from store.language.subscription import Subscription
    from store.services.web import FetchConfig

MAX_QUESTION = 1000  # longer text is cut before parsing; no real question is this long


class BotSettings(Protocol):
    """The part of ``bot.settings.Settings`` handlers read (handlers never import ``bot``)."""

    briefing_tz: str
    briefing_admin_ids: list[int]
    briefing_admin_chat: int | None


class Scheduler(Protocol):
    """What handlers need from the digest service (``bot.digests.DigestService``)."""

    clock: Callable[[], datetime]

    def schedule(self, sub: Subscription) -> None: ...

    def unschedule(self, chat_id: int) -> None: ...

    async def follow_chat(self, old_id: int, new_id: int) -> None: ...


@dataclass(frozen=True)
class Command:
    name: str  # Vietnamese, shown in the menu
    aliases: tuple[str, ...]  # English
    description: str  # the menu line, Vietnamese
    usage: str = ""  # arguments as /help shows them, e.g. "<câu hỏi>"
    menu: bool = True  # listed in Telegram's command menu
    admin: bool = False  # only for BRIEFING_ADMIN_IDS (hidden from others' /help)


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


@dataclass
class BotData:
    """What the bot keeps for its whole run (PTB's ``bot_data``), one typed field each.

    ``bot.app.build_application`` sets the store (or the path to open at start-up) and the
    settings; the features keep their state in the other fields.
    """

    store: Store | None = None
    settings: BotSettings | None = None
    store_path: str | None = None  # opened (and seeded) at start-up when no store is given
    owns_store: bool = False  # opened at start-up, so closed at shutdown
    commands: list[Command] = field(default_factory=list)  # for /help and the menu
    startup_hooks: list[Callable[[App], Awaitable[None]]] = field(default_factory=list)
    queries: QueryCache = field(default_factory=QueryCache)  # for "next page" buttons
    views: ViewCache = field(default_factory=ViewCache)
    pending: PendingArticles = field(default_factory=PendingArticles)  # /them previews
    edits: PendingEdits = field(default_factory=PendingEdits)  # admins' corrections
    charts: ViewCache = field(default_factory=lambda: ViewCache(size=64))  # PNGs until a change
    digests: Scheduler | None = None  # the digest service, where one runs
    feed_config: FetchConfig | None = None  # fetch limits for feed polling (tests shrink them)
    feeds_changed: Callable[[], Awaitable[Any]] | None = None  # re-reads the feed table (polling)
    languages: ChatLanguages = field(default_factory=ChatLanguages)  # chat id → stored language


Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
App = Application[Any, Any, Any, Any, BotData, Any]
CONTEXT_TYPES = ContextTypes(bot_data=BotData)


def get_store(context: Context | App) -> Store:
    store = context.bot_data.store
    if store is None:
        raise RuntimeError("no store in bot_data; build the app with bot.app.build_application")
    return store


def get_settings(context: Context | App) -> BotSettings | None:
    return context.bot_data.settings


def tz(context: Context | App) -> ZoneInfo:
    settings = get_settings(context)
    return zone(getattr(settings, "briefing_tz", None))


def today(context: Context) -> date:
    """Today where the readers are (relative dates in questions mean this)."""
    return datetime.now(tz(context)).date()


def is_admin(context: Context, user_id: int | None) -> bool:
    settings = get_settings(context)
    return user_id is not None and user_id in (getattr(settings, "briefing_admin_ids", None) or [])


# The language of the chat whose update is being handled (set by handlers.language before
# any other handler runs; a context variable, so concurrent updates do not share it).
CHAT_LANG: contextvars.ContextVar[str] = contextvars.ContextVar("chat_lang", default="vi")


def chat_lang() -> str:
    return CHAT_LANG.get()


def moment_text(context: Any, iso: str, lang: str) -> str:
    """A stored ISO timestamp as the chat reads it: local time and the day in its language."""
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(tz(context))
    except ValueError:
        return iso
    return say(lang, "date.with_time", date=day_text(moment.date(), lang), time=f"{moment:%H:%M}")


def user_text(text: str | None) -> str:
    """A user's text made safe to parse: no control characters, one line, bounded length."""
    text = " ".join(clean(text).split())
    return text[:MAX_QUESTION]


def thread_of(message: object) -> int | None:
    """The forum topic a message was sent in (None: the chat itself, or no forum)."""
    if getattr(message, "is_topic_message", False):
        return getattr(message, "message_thread_id", None)
    return None


def command_args(message: Message) -> str:
    """Everything after the command (``/tim@Bot  câu hỏi`` → ``câu hỏi``), newlines kept as spaces."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities
    if entities and entities[0].type == "bot_command" and entities[0].offset == 0:
        # Offsets count UTF-16 units; commands are ASCII, so the index is the same.
        return user_text(text[entities[0].length :])
    return user_text(text.split(maxsplit=1)[1] if " " in text.strip() else "")


def queries(context: Context) -> QueryCache:
    return context.bot_data.queries
