"""The one error handler: log with the update id, apologise briefly to the user, and report
to the admin chat when one is configured. It never raises itself.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

from telegram import Update
from telegram.error import Forbidden, NetworkError, TelegramError
from telegram.ext import Application

from handlers import render as r
from handlers.common import Context, chat_lang, get_settings
from store.language.catalogue import say

log = logging.getLogger(__name__)

APOLOGY = say("vi", "error.generic")  # the Vietnamese text; replies use the chat's
REPORT_TRACE = 3000  # characters of traceback in the admin report


def _apology() -> str:
    return say(chat_lang(), "error.generic")


def _update_id(update: object) -> int | None:
    return update.update_id if isinstance(update, Update) else None


def admin_report(update: object, error: BaseException) -> str:
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    where = ""
    if isinstance(update, Update):
        chat = update.effective_chat
        where = f" · chat {chat.id} ({r.esc(chat.type)})" if chat else ""
    head = say(
        "vi",  # the operators' chat
        "error.admin_report",
        update=_update_id(update),
        where=where,
        error=r.esc(r.trim(repr(error), 300)),
    )
    return r.fit(f"{head}\n<pre>{r.esc(trace[-REPORT_TRACE:])}</pre>")


async def _apologise(update: Update, context: Context) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(r.trim(_apology(), 200))
        return
    if update.inline_query is not None or update.my_chat_member is not None:
        return  # nowhere sensible to write
    message = update.effective_message
    if message is not None and update.message is not None:
        await message.reply_text(_apology())


async def on_error(update: object, context: Context) -> None:
    error = context.error
    uid = _update_id(update)
    if error is None:
        return
    if isinstance(error, Forbidden):  # blocked or removed: nothing to apologise to
        log.warning("update %s: forbidden: %s", uid, error)
        return
    if isinstance(error, NetworkError):  # includes TimedOut; the next update will likely work
        log.warning("update %s: network error: %s", uid, error)
    else:
        log.error("update %s failed", uid, exc_info=error)
    if isinstance(update, Update):
        try:
            await _apologise(update, context)
        except TelegramError as exc:
            log.warning("update %s: could not apologise: %s", uid, exc)
    settings = get_settings(context)
    admin_chat = getattr(settings, "briefing_admin_chat", None)
    if admin_chat and not isinstance(error, NetworkError):
        try:
            await context.bot.send_message(admin_chat, admin_report(update, error))
        except TelegramError as exc:
            log.warning("could not report update %s to the admin chat: %s", uid, exc)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_error_handler(on_error)
