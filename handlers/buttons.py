"""Buttons under the bot's replies: a meeting's details, the next page, related meetings,
the articles reporting a meeting and all its sectors.

Callback data is parsed strictly (see ``handlers.views`` for the format). Anything that
does not parse, points to a meeting that no longer exists, or refers to a question the
bot no longer remembers (after a restart) gets a polite notice instead of an error.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.error import Forbidden
from telegram.ext import Application, CallbackQueryHandler

from handlers.common import Context, chat_lang, is_admin, queries
from handlers.views import (
    View,
    detail_view,
    latest_view,
    meeting_sectors_view,
    meeting_sources_view,
    question_view,
    related_view,
    send_to_chat,
    show_in_place,
)
from store.language.catalogue import say

log = logging.getLogger(__name__)

PATTERN = re.compile(r"^[dnc]:")  # this module's callbacks; other features use other prefixes
_DETAIL = re.compile(r"d:([0-9A-Za-z_-]{1,40})")
_CITED = re.compile(r"c:([sl]):([0-9A-Za-z_-]{1,40})")
_PAGE = re.compile(r"n:(l|q[0-9a-f]{8}|r[0-9A-Za-z_-]{1,40}):([0-9]{1,4})")
MAX_OFFSET = 5000

STALE = say("vi", "button.stale")  # the Vietnamese texts, for tests; replies use the chat's
GONE = say("vi", "button.gone")
INVALID = say("vi", "button.invalid")


@dataclass(frozen=True)
class Action:
    kind: str  # "detail" | "page" | "sources" | "sectors"
    target: str  # meeting id, or the list key ("l", "q<hex>", "r<id>")
    offset: int = 0


def parse(data: str | None) -> Action | None:
    """The action a button asks for, or None when the data is malformed."""
    if not data or len(data.encode("utf-8", "replace")) > 64:
        return None
    if m := _DETAIL.fullmatch(data):
        return Action("detail", m.group(1))
    if m := _CITED.fullmatch(data):
        return Action("sources" if m.group(1) == "s" else "sectors", m.group(2))
    if m := _PAGE.fullmatch(data):
        offset = int(m.group(2))
        if offset > MAX_OFFSET:
            return None
        return Action("page", m.group(1), offset)
    return None


async def _page(context: Context, key: str, offset: int) -> View | str:
    if key == "l":
        return await latest_view(context, offset)
    if key.startswith("q"):
        question = queries(context).get(key[1:])
        if question is None:
            return say(chat_lang(), "button.stale")
        return await question_view(context, question, offset)
    view = await related_view(context, key[1:], offset)
    return view if view is not None else say(chat_lang(), "button.gone")


async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    action = parse(query.data)
    if action is None:
        await query.answer(say(chat_lang(), "button.invalid"))
        return
    if query.message is None and action.kind != "page":
        await query.answer(say(chat_lang(), "button.open_bot"))
        return
    if action.kind in ("sources", "sectors"):
        make = meeting_sources_view if action.kind == "sources" else meeting_sectors_view
        view = await make(context, action.target)
        if view is None:
            await query.answer(say(chat_lang(), "button.gone"))
            return
        await query.answer()
        await send_to_chat(query, context, view)
        return
    if action.kind == "detail":
        # Corrections are offered to the bot's admins in their private chat only.
        private = query.message is not None and query.message.chat.type == "private"
        admin = private and is_admin(context, query.from_user.id if query.from_user else None)
        view = await detail_view(context, action.target, admin=admin)
        if view is None:
            await query.answer(say(chat_lang(), "button.gone"))
            return
        await query.answer()
        try:
            await send_to_chat(query, context, view)
        except Forbidden:
            log.info("cannot write to chat %s", query.message and query.message.chat.id)
        return
    result = await _page(context, action.target, action.offset)
    if isinstance(result, str):
        await query.answer(result, show_alert=result == say(chat_lang(), "button.stale"))
        return
    await query.answer()
    await show_in_place(query, context, result)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=PATTERN))
