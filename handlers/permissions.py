"""Who may use a handler, as decorators (in the style of RSS-to-Telegram-Bot's gatekeeper).

``@bot_admin_only(...)``: users listed in ``BRIEFING_ADMIN_IDS``. ``@chat_admin_only(...)``:
anyone in a private chat; in a group, its administrators and owner — including an
anonymous admin, who writes as the group itself. Everyone else gets the refusal (an alert
on a button, a reply to a message) and the handler does not run: nothing is read or stored.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable

from telegram import ChatMember, Update
from telegram.constants import ChatType
from telegram.error import TelegramError

from handlers import render as r
from handlers.common import Context, chat_lang, is_admin
from handlers.views import View, reply_view
from store.language.catalogue import catalogue, say

log = logging.getLogger(__name__)

Handler = Callable[[Update, Context], Awaitable[None]]
Check = Callable[[Update, Context], Awaitable[bool]]


async def is_bot_admin(update: Update, context: Context) -> bool:
    user = update.effective_user
    return is_admin(context, user.id if user else None)


async def may_manage_chat(update: Update, context: Context) -> bool:
    """Private chats: always. Groups: chat administrators and anonymous admins only."""
    chat = update.effective_chat
    if chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return True
    sender = update.message.sender_chat if update.message is not None else None
    if sender is not None and sender.id == chat.id:
        return True  # an anonymous admin writes as the group itself
    user = update.effective_user
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as exc:
        log.info("cannot check admin %s in %s: %s", user.id, chat.id, exc)
        return False
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def refuse(update: Update, text: str) -> None:
    """Say no: an alert on a pressed button, else a reply to the message. ``text`` may be a
    catalogue key, said in the chat's language (operators' commands pass their text)."""
    if text in catalogue("vi"):
        text = say(chat_lang(), text)
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message is not None:
        await reply_view(update.effective_message, View(r.esc(text)))


def gatekeeper(check: Check, refusal: str, button_refusal: str | None = None):
    """Run the handler only when ``check`` passes; otherwise refuse (plain text)."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: Context) -> None:
            if await check(update, context):
                await handler(update, context)
            elif update.callback_query is not None:
                await refuse(update, button_refusal or refusal)
            else:
                await refuse(update, refusal)

        return guarded

    return decorate


def bot_admin_only(refusal: str, button_refusal: str | None = None):
    return gatekeeper(is_bot_admin, refusal, button_refusal)


def chat_admin_only(refusal: str):
    return gatekeeper(may_manage_chat, refusal)
