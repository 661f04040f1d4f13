"""The bot's own membership: added to or removed from a group, blocked or unblocked in a
private chat (``my_chat_member``), and groups that became supergroups. All are recorded in
the database (``store.storage.chats``); a group that adds the bot gets one short introduction.
"""

from __future__ import annotations

import logging
from typing import Any

from telegram import ChatMember, ChatMemberRestricted, Update
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import Application, ChatMemberHandler, MessageHandler, filters

from handlers import render as r
from handlers.common import Context, chat_lang, get_store
from store.language.catalogue import say
from store.storage.chats import migrate_chat, record_membership

log = logging.getLogger(__name__)


def _is_member(member: ChatMember) -> bool:
    return member.is_member if isinstance(member, ChatMemberRestricted) else True


def intro_html(bot_username: str | None) -> str:
    lang = chat_lang()
    mention = f"@{r.esc(bot_username)}" if bot_username else say(lang, "group.bot")
    return say(lang, "group.intro", mention=mention)


async def on_my_chat_member(update: Update, context: Context) -> None:
    change = update.my_chat_member
    if change is None:
        return
    chat = change.chat
    title = chat.title or chat.full_name
    event = await record_membership(
        get_store(context),
        chat_id=chat.id,
        chat_type=chat.type,
        old_status=change.old_chat_member.status,
        new_status=change.new_chat_member.status,
        is_member=_is_member(change.new_chat_member),
        was_member=_is_member(change.old_chat_member),
        title=title,
        username=chat.username,
        by_user=change.from_user.id if change.from_user else None,
        when=change.date,
    )
    log.info("chat %s (%s): %s", chat.id, chat.type, event)
    if event == "added" and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP):
        try:
            await context.bot.send_message(chat.id, intro_html(context.bot.username))
        except TelegramError as exc:  # e.g. a group where members may not write
            log.info("could not greet chat %s: %s", chat.id, exc)


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


async def on_migrate(update: Update, context: Context) -> None:
    """A group became a supergroup: its record and subscription move to the new id, and the
    digest job follows. Telegram reports it in both chats; the second report changes nothing."""
    message = update.effective_message
    ids = migration_ids(message) if message is not None else None
    if ids is None:
        return
    old, new = ids
    if await migrate_chat(get_store(context), old, new):
        log.info("group %s became supergroup %s", old, new)
        if context.bot_data.digests is not None:
            await context.bot_data.digests.follow_chat(old, new)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(ChatMemberHandler(on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, on_migrate))
