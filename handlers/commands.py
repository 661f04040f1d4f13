"""Slash commands and the command table that /help and the Telegram menu are built from.

Other features add their commands with ``add_command`` from their own ``register`` so that
/help and the menu always list exactly what the bot answers.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import BotCommand, Message, Update
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from handlers import render as r
from handlers.common import (
    Command,
    Context,
    chat_lang,
    command_args,
    get_store,
    is_admin,
    user_text,
)
from handlers.views import View, detail_view, latest_view, question_view, reply_view
from store.language import wording_i18n as i18n
from store.language.catalogue import say
from store.language.countries import BILATERAL, country_name, flag
from store.language.fold import fold_key
from store.storage.chats import touch_chat
from store.storage.db import Store

log = logging.getLogger(__name__)

Callback = Callable[[Update, Context], Awaitable[Any]]


def add_command(
    app: Application[Any, Any, Any, Any, Any, Any], command: Command, callback: Callback
) -> None:
    """Register a command (Vietnamese name + aliases) and list it in /help and the menu."""
    app.add_handler(
        CommandHandler(
            [command.name, *command.aliases], callback, filters=filters.UpdateType.MESSAGE
        )
    )
    app.bot_data.commands.append(command)


def caption_pattern(command: Command) -> re.Pattern[str]:
    """A document caption that is the command (any of its names, ``@bot`` optional)."""
    names = "|".join(re.escape(n) for n in (command.name, *command.aliases))
    return re.compile(rf"^/(?:{names})(?:@([A-Za-z0-9_]{{3,32}}))?(?:\s|$)", re.IGNORECASE)


def add_operator_flow(
    app: Application[Any, Any, Any, Any, Any, Any],
    command: Command,
    callback: Callback,
    buttons: re.Pattern[str],
    on_button: Callback,
) -> None:
    """An operator's command that also reads a captioned document, and its buttons.

    CommandHandler only reads message text, so a document whose caption is the command
    (addressed to this bot, or to no bot) reaches ``callback`` through its own handler."""
    caption = caption_pattern(command)

    async def on_document(update: Update, context: Context) -> None:
        message = update.effective_message
        if message is None or not message.caption:
            return
        m = caption.match(message.caption)
        if m is None or (m.group(1) and m.group(1).lower() != (context.bot.username or "").lower()):
            return  # not the command, or addressed to another bot
        await callback(update, context)

    add_command(app, command, callback)
    document = filters.UpdateType.MESSAGE & filters.Document.ALL & filters.CaptionRegex(caption)
    app.add_handler(MessageHandler(document, on_document))
    app.add_handler(CallbackQueryHandler(on_button, pattern=buttons))


def command_table(app_or_context: Any) -> list[Command]:
    return list(app_or_context.bot_data.commands)


def menu(app: Application[Any, Any, Any, Any, Any, Any]) -> list[BotCommand]:
    return [BotCommand(c.name, c.description) for c in command_table(app) if c.menu and not c.admin]


async def set_menu(app: Application[Any, Any, Any, Any, Any, Any]) -> bool:
    """Publish the command menu; a failure is logged, never fatal (the bot works without it)."""
    try:
        await app.bot.set_my_commands(menu(app))
    except Exception as exc:  # noqa: BLE001 - any failure here must not stop start-up
        log.warning("could not set the command menu: %s", exc)
        return False
    return True


# ----------------------------------------------------------------- texts


def help_html(context: Context, user_id: int | None, bot_username: str | None) -> str:
    if chat_lang() != "vi":
        return say(chat_lang(), "help.text")
    admin = is_admin(context, user_id)
    lines = [say("vi", "help.commands")]
    for c in command_table(context):
        if c.admin and not admin:
            continue
        names = f"/{c.name}" + "".join(f" (/{a})" for a in c.aliases)
        usage = f" {r.esc(c.usage)}" if c.usage else ""
        lines.append(f"{names}{usage} — {r.esc(c.description)}")
    mention = f"@{r.esc(bot_username)}" if bot_username else say("vi", "help.bot_name")
    lines += [
        "",
        say("vi", "help.how"),
        say("vi", "help.private"),
        say("vi", "help.group", mention=mention),
        say("vi", "help.inline", mention=mention),
    ]
    return "\n".join(lines)


def welcome_html(context: Context, user_id: int | None, bot_username: str | None) -> str:
    if chat_lang() != "vi":
        return r.esc(say(chat_lang(), "start.text")) + "\n\n" + help_html(context, user_id, None)
    intro = say("vi", "start.intro")
    return f"{intro}\n\n{help_html(context, user_id, bot_username)}"


# ----------------------------------------------------------------- deep links


def start_payload(question: str) -> str:
    """A /start deep-link payload for a question: folded words joined by "_" (≤ 64 chars)."""
    payload = ""
    for word in fold_key(question).split():
        candidate = f"{payload}_{word}" if payload else word
        if len(candidate) > 64:
            break
        payload = candidate
    return payload or "help"


async def _start_payload(context: Context, payload: str) -> View:
    if payload.startswith("m_"):
        view = await detail_view(context, payload[2:66])
        if view is not None:
            return view
        return View(r.esc(say(chat_lang(), "start.missing_meeting")))
    return await question_view(context, user_text(payload.replace("_", " ")))


# ----------------------------------------------------------------- handlers


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


async def start(update: Update, context: Context) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    if chat.type == ChatType.PRIVATE:
        user = update.effective_user
        await touch_chat(
            get_store(context),
            chat_id=chat.id,
            chat_type=chat.type,
            title=user.full_name if user else None,
            username=user.username if user else None,
            by_user=_user_id(update),
        )
    payload = command_args(message)
    if payload and payload.lower() not in ("help", "tro_giup"):
        await reply_view(message, await _start_payload(context, payload))
        return
    await reply_view(message, View(welcome_html(context, _user_id(update), context.bot.username)))


async def help_command(update: Update, context: Context) -> None:
    if update.effective_message:
        html = help_html(context, _user_id(update), context.bot.username)
        await reply_view(update.effective_message, View(html))


def _replied_text(message: Message) -> str:
    replied = message.reply_to_message
    if replied is None:
        return ""
    return user_text(replied.text or replied.caption)


async def search(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    question = command_args(message) or _replied_text(message)
    if not question:
        await reply_view(
            message,
            View(say(chat_lang(), "search.usage")),
        )
        return
    await reply_view(message, await question_view(context, question))


async def latest(update: Update, context: Context) -> None:
    if update.effective_message:
        await reply_view(update.effective_message, await latest_view(context))


MAX_LISTED = 60


async def leaders_html(store: Store, lang: str = "vi") -> str:
    people = await store.leaders()
    if not people:
        return r.esc(say(lang, "leaders.none"))
    by_country: dict[str, list[str]] = {}
    for person, country, n in people[:MAX_LISTED]:
        shown = person if lang == "vi" else i18n.name(person, lang)
        by_country.setdefault(country or "", []).append(f"{r.esc(shown)} ({n})")
    blocks = [say(lang, "leaders.head")]
    order = list(BILATERAL)
    for country in sorted(
        by_country, key=lambda c: (order.index(c) if c in order else len(order), c)
    ):
        label = (
            (country_name(country) if lang == "vi" else i18n.country(country, lang))
            if country
            else say(lang, "leaders.other")
        )
        blocks.append(f"{flag(country)} <b>{r.esc(label)}</b>: " + ", ".join(by_country[country]))
    if len(people) > MAX_LISTED:
        blocks.append(r.esc(say(lang, "leaders.more", n=len(people) - MAX_LISTED)))
    blocks.append(say(lang, "leaders.hint"))
    return r.fit("\n".join(blocks))


async def sectors_html(store: Store, lang: str = "vi") -> str:
    counts = await store.sector_counts()
    if not counts:
        return r.esc(say(lang, "sectors.none"))
    lines = [say(lang, "sectors.head")]
    lines += [
        f"• {r.esc(name if lang == 'vi' else i18n.sector(name, lang))} ({n})"
        for name, n in counts[:MAX_LISTED]
    ]
    lines.append(say(lang, "sectors.hint"))
    return r.fit("\n".join(lines))


async def _listing(
    update: Update, context: Context, key: str, make: Callable[[Store, str], Awaitable[str]]
) -> None:
    """``/lanhdao`` alone lists; ``/lanhdao Putin`` asks about what follows the command."""
    message = update.effective_message
    if message is None:
        return
    asked = command_args(message)
    if asked:
        await reply_view(message, await question_view(context, asked))
        return
    store, lang = get_store(context), chat_lang()
    html = await context.bot_data.views.get(store, (key, lang), lambda: make(store, lang))
    await reply_view(message, View(html))


async def leaders(update: Update, context: Context) -> None:
    await _listing(update, context, "leaders", leaders_html)


async def sectors(update: Update, context: Context) -> None:
    await _listing(update, context, "sectors", sectors_html)


BASIC = [
    (Command("start", (), say("vi", "help.cmd.start"), menu=False), start),
    (Command("help", (), say("vi", "help.cmd.help")), help_command),
    (
        Command(
            "tim", ("search",), say("vi", "help.cmd.tim"), usage=say("vi", "help.usage.question")
        ),
        search,
    ),
    (Command("moinhat", ("latest",), say("vi", "help.cmd.moinhat")), latest),
    (
        Command(
            "lanhdao",
            ("leaders",),
            say("vi", "help.cmd.lanhdao"),
            usage=say("vi", "help.usage.name"),
        ),
        leaders,
    ),
    (
        Command(
            "linhvuc",
            ("sectors",),
            say("vi", "help.cmd.linhvuc"),
            usage=say("vi", "help.usage.sector"),
        ),
        sectors,
    ),
]


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    for command, callback in BASIC:
        add_command(app, command, callback)
