"""/nguon (/feeds): the bot's admins manage the news feeds from Telegram.

``/nguon`` lists the feeds with their last poll and errors; ``/nguon thêm URL [phút]``
adds one, ``/nguon xoá 3`` removes one (also a button, with a confirmation), ``/nguon
opml`` sends the list as an OPML document, and an .opml document captioned ``/nguon``
imports one. Only users in ``BRIEFING_ADMIN_IDS``; anyone else gets a polite refusal.

Buttons: ``fd:l`` the list · ``fd:x`` export · ``fd:r:<id>`` ask to remove ·
``fd:R:<id>`` remove.
"""

from __future__ import annotations

import logging
import re
from pathlib import PurePath
from typing import Any

from telegram import InlineKeyboardButton, InputFile, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application

from handlers import render as r
from handlers.commands import Command, add_operator_flow
from handlers.common import Context, chat_lang, command_args, get_store, moment_text
from handlers.permissions import bot_admin_only
from handlers.views import View, reply_view, show_in_place
from store.language.catalogue import say
from store.language.fold import fold_key
from store.language.reasons import localized, reason_of
from store.services.feeds import Feed, FeedError, add_feed, get_feed, list_feeds, remove_feed
from store.services.opml import MAX_OPML_BYTES, OpmlError, export_opml, import_opml
from store.services.web import is_http_url

log = logging.getLogger(__name__)

PATTERN = re.compile(r"^fd:")
_DATA = re.compile(r"fd:(l|x|r:\d{1,9}|R:\d{1,9})")
SHOWN = 25  # feeds listed in one message; the OPML export has them all
OPML_SUFFIXES = {".opml", ".xml"}

NOT_ADMIN = "admin.not_admin"  # catalogue keys: the refusal is said in the chat's language
NOT_ADMIN_BUTTON = "admin.not_admin_button"
_ADD = {"them", "add", "+"}
_REMOVE = {"xoa", "remove", "rm", "del", "-"}
_EXPORT = {"opml", "xuat", "export"}


def t(name: str, /, **values: object) -> str:
    return say(chat_lang(), f"feeds.{name}", **values)


def _when(context: Context, iso: str | None) -> str:
    return moment_text(context, iso, chat_lang()) if iso else t("never")


def feed_html(context: Context, f: Feed) -> str:
    if f.last_status == "error":
        state = t(
            "state.error",
            n=f.errors,
            error=r.esc(r.trim(localized(f.last_error or "", chat_lang()), 200)),
        )
        if f.next_poll_at:
            state += t("state.retry", when=r.esc(_when(context, f.next_poll_at)))
    elif f.last_status is None:
        state = t("state.never")
    else:
        state = t("state.ok") if f.last_status == "ok" else t("state.nothing_new")
    title = r.esc(r.trim(f.title or t("untitled"), 80))
    return t(
        "line",
        id=f.id,
        title=title,
        url=r.esc(r.trim(f.url, 200)),
        minutes=f.interval_min,
        last=r.esc(_when(context, f.last_poll_at)),
        state=state,
        articles=f.articles_added,
        meetings=f.meetings_added,
    )


async def list_view(context: Context) -> View:
    feeds = await list_feeds(get_store(context))
    if not feeds:
        return View(t("empty"))
    failing = sum(1 for f in feeds if f.errors)
    head = t("head", n=len(feeds)) + (t("head.failing", n=failing) if failing else "")
    blocks = [head, *(feed_html(context, f) for f in feeds[:SHOWN])]
    if len(feeds) > SHOWN:
        blocks.append(t("more", n=len(feeds) - SHOWN))
    remove = [
        InlineKeyboardButton(f"🗑 #{f.id}", callback_data=f"fd:r:{f.id}") for f in feeds[:SHOWN]
    ]
    rows = [remove[i : i + 5] for i in range(0, len(remove), 5)]
    rows.append([InlineKeyboardButton(t("button.export"), callback_data="fd:x")])
    return View(r.fit("\n\n".join(blocks)), rows)


async def _changed(context: Context) -> None:
    """Let the running bot's polling follow the table at once (not at its next sync)."""
    hook = context.bot_data.feeds_changed
    if hook is not None:
        try:
            await hook()
        except Exception:  # the change is stored; polling picks it up at the next sync
            log.exception("could not reschedule feed polling")


async def _send_opml(context: Context, message: Message) -> None:
    data = await export_opml(get_store(context))
    await message.reply_document(
        document=InputFile(data, filename="nguon-tin.opml"),
        caption=t("opml.caption"),
    )


# ----------------------------------------------------------------- commands


@bot_admin_only(NOT_ADMIN)
async def feeds_command(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    if message.document is not None:
        await _import(message, context)
        return
    words = command_args(message).split()
    verb = fold_key(words[0]) if words else ""
    if not words:
        await reply_view(message, await list_view(context))
    elif verb in _EXPORT:
        await _send_opml(context, message)
    elif verb in _ADD or is_http_url(words[0]):
        await _add(message, context, words[1:] if verb in _ADD else words)
    elif verb in _REMOVE and len(words) == 2:
        await _remove(message, context, words[1])
    else:
        await reply_view(message, View(t("usage")))


async def _add(message: Message, context: Context, words: list[str]) -> None:
    if not words or len(words) > 2 or (len(words) == 2 and not words[1].isdigit()):
        await reply_view(message, View(t("usage")))
        return
    interval = int(words[1]) if len(words) == 2 else None
    try:
        feed, created = await add_feed(get_store(context), words[0], interval)
    except FeedError as exc:
        await reply_view(message, View(r.esc(localized(reason_of(exc), chat_lang()))))
        return
    await _changed(context)
    if created:
        text = t("added", id=feed.id, url=r.esc(feed.url), minutes=feed.interval_min)
    else:
        text = t("known", id=feed.id, minutes=feed.interval_min)
    await reply_view(message, View(text))


async def _remove(message: Message, context: Context, key: str) -> None:
    feed = await remove_feed(get_store(context), key)
    if feed is None:
        await reply_view(message, View(t("no_such", what=r.esc(r.trim(key, 100)))))
        return
    await _changed(context)
    await reply_view(message, View(t("removed", id=feed.id, url=r.esc(feed.url))))


async def _import(message: Message, context: Context) -> None:
    document = message.document
    assert document is not None
    name = document.file_name or t("attachment")
    if PurePath(name).suffix.lower() not in OPML_SUFFIXES:
        await reply_view(message, View(t("not_opml", name=r.esc(name))))
        return
    if document.file_size is not None and document.file_size > MAX_OPML_BYTES:
        await reply_view(message, View(t("too_big", name=r.esc(name))))
        return
    try:
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.info("could not download %s: %s", name, exc)
        await reply_view(message, View(t("download_failed", name=r.esc(name))))
        return
    try:
        report = await import_opml(get_store(context), data)
    except OpmlError as exc:
        await reply_view(
            message,
            View(
                t(
                    "unreadable",
                    name=r.esc(name),
                    error=r.esc(localized(reason_of(exc), chat_lang())),
                )
            ),
        )
        return
    if report.added:
        await _changed(context)
    skipped = t("import.skipped", n=len(report.skipped)) if report.skipped else ""
    lines = [t("import.head", added=len(report.added), known=len(report.known), skipped=skipped)]
    lines += [f"+ #{f.id} {r.esc(r.trim(f.title or f.url, 100))}" for f in report.added[:20]]
    lines += [
        f"⚠ {r.esc(r.trim(u, 100))}: {r.esc(localized(why, chat_lang()))}"
        for u, why in report.skipped[:10]
    ]
    await reply_view(message, View(r.fit("\n".join(lines))))


# ----------------------------------------------------------------- buttons


@bot_admin_only(NOT_ADMIN, NOT_ADMIN_BUTTON)
async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    if _DATA.fullmatch(query.data or "") is None:
        await query.answer(say(chat_lang(), "button.invalid"))
        return
    action, _, value = (query.data or "").removeprefix("fd:").partition(":")
    store = get_store(context)
    if action == "x":
        await query.answer()
        if isinstance(query.message, Message):
            await _send_opml(context, query.message)
        return
    if action == "r":
        feed = await get_feed(store, int(value))
        if feed is None:
            await query.answer(t("gone"))
            await show_in_place(query, context, await list_view(context))
            return
        await query.answer()
        confirm = View(
            t("confirm", id=feed.id, title=r.esc(r.trim(feed.title or feed.url, 120))),
            [
                [
                    InlineKeyboardButton(t("button.remove"), callback_data=f"fd:R:{feed.id}"),
                    InlineKeyboardButton(t("button.back"), callback_data="fd:l"),
                ]
            ],
        )
        await show_in_place(query, context, confirm)
        return
    if action == "R":
        feed = await remove_feed(store, int(value))
        if feed is not None:
            await _changed(context)
        await query.answer(t("removed.toast", id=value) if feed else t("gone"))
    else:
        await query.answer()
    await show_in_place(query, context, await list_view(context))


COMMAND = Command(
    "nguon",
    ("feeds",),
    say("vi", "command.feeds"),
    usage=say("vi", "feeds.command.usage"),
    admin=True,
)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    # An .opml document captioned /nguon imports feeds.
    add_operator_flow(app, COMMAND, feeds_command, PATTERN, on_button)
