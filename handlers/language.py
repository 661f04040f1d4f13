"""The chat language: /ngonngu (/language) sets vi, en or ru per chat; a private user's
Telegram ``language_code`` is the default; the command menu is published per language.

Before any other handler sees an update, the chat's language is looked up once (stored
choice, else the user's Telegram language in a private chat, else Vietnamese) and kept in
a context variable for the rest of that update: replies, buttons, help and errors read it
with ``current()``. A question is still answered in the language it is asked in; the chat
language decides only when the question itself does not tell.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType
from telegram.ext import Application, CallbackQueryHandler, TypeHandler

from handlers import render as r
from handlers.commands import add_command, command_table
from handlers.common import CHAT_LANG, Command, Context, chat_lang, command_args, get_store
from handlers.permissions import may_manage_chat
from store.language.catalogue import LANGS, normalise, say
from store.storage.chat_languages import get_language, set_language

log = logging.getLogger(__name__)

_CURRENT = CHAT_LANG


current = chat_lang  # the language of the chat the update being handled came from


async def stored(context: Context, chat_id: int) -> str | None:
    store = get_store(context)
    return await context.bot_data.languages.get(
        store, chat_id, lambda: get_language(store, chat_id)
    )


async def resolve(update: Update, context: Context) -> str:
    chat = update.effective_chat
    user = update.effective_user
    if chat is not None:
        lang = await stored(context, chat.id)
        if lang:
            return lang
    private = chat is None or chat.type == ChatType.PRIVATE
    if private and user is not None:
        return normalise(user.language_code) or "vi"
    return "vi"


async def _on_update(update: object, context: Context) -> None:
    if isinstance(update, Update):
        try:
            _CURRENT.set(await resolve(update, context))
        except Exception:  # noqa: BLE001 - a language lookup must never cost the reply
            log.exception("could not read the chat language")
            _CURRENT.set("vi")


def _choices() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(say(lang, "lang.name"), callback_data=f"lang:{lang}")
                for lang in LANGS
            ]
        ]
    )


async def _apply(update: Update, context: Context, lang: str) -> str:
    chat = update.effective_chat
    assert chat is not None
    user = update.effective_user
    await set_language(get_store(context), chat.id, lang, user.id if user else None)
    context.bot_data.languages.put(chat.id, lang)
    _CURRENT.set(lang)
    return say(lang, "lang.set")


async def language_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or update.effective_chat is None:
        return
    arg = command_args(message)
    lang = current()
    if not arg:
        text = say(lang, "lang.current", name=say(lang, "lang.name"))
        await message.reply_text(r.esc(text), parse_mode="HTML", reply_markup=_choices())
        return
    chosen = normalise(arg)
    if chosen is None:
        await message.reply_text(r.esc(say(lang, "lang.unknown", value=r.trim(arg, 40))))
        return
    if not await may_manage_chat(update, context):
        await message.reply_text(say(lang, "lang.admins_only"))
        return
    await message.reply_text(await _apply(update, context, chosen))


async def language_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    chosen = normalise((query.data or "").removeprefix("lang:"))
    if chosen is None:
        await query.answer()
        return
    if not await may_manage_chat(update, context):
        await query.answer(say(current(), "lang.admins_only"), show_alert=True)
        return
    text = await _apply(update, context, chosen)
    await query.answer()
    if query.message is not None:
        await query.edit_message_text(text)


# ----------------------------------------------------------------- the menu


def menu_in(app: Application[Any, Any, Any, Any, Any, Any], lang: str) -> list[BotCommand]:
    """The command menu in a language: English names (the aliases) and translated lines for
    en and ru; the Vietnamese menu is ``handlers.commands.menu``."""
    out = []
    for c in command_table(app):
        if not c.menu or c.admin:
            continue
        key = c.aliases[0] if c.aliases else c.name
        out.append(BotCommand(key, say(lang, f"command.{key}")))
    return out


async def set_menus(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Publish the English and Russian menus (``language_code``); Telegram shows each user
    the one for their app's language and the Vietnamese default to everyone else."""
    for lang in ("en", "ru"):
        try:
            await app.bot.set_my_commands(menu_in(app, lang), language_code=lang)
        except Exception as exc:  # noqa: BLE001 - the bot works without a menu
            log.warning("could not set the %s command menu: %s", lang, exc)


COMMAND = Command("ngonngu", ("language",), say("vi", "command.ngonngu"), usage="[vi|en|ru]")


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(TypeHandler(Update, _on_update), group=-2)
    add_command(app, COMMAND, language_command)
    app.add_handler(CallbackQueryHandler(language_button, pattern=r"^lang:"))
