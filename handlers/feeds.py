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
from datetime import datetime
from pathlib import PurePath
from typing import Any

from telegram import InlineKeyboardButton, InputFile, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers import render as r
from handlers.commands import Command, add_command
from handlers.common import Context, command_args, get_store, tz
from handlers.permissions import bot_admin_only
from handlers.views import View, reply_view, show_in_place
from store.language.fold import fold_key
from store.services.feeds import Feed, FeedError, add_feed, get_feed, list_feeds, remove_feed
from store.services.opml import MAX_OPML_BYTES, OpmlError, export_opml, import_opml
from store.services.web import is_http_url

log = logging.getLogger(__name__)

PATTERN = re.compile(r"^fd:")
_DATA = re.compile(r"fd:(l|x|r:\d{1,9}|R:\d{1,9})")
_CAPTION = re.compile(r"^/(?:nguon|feeds)(?:@([A-Za-z0-9_]{3,32}))?(?:\s|$)", re.IGNORECASE)
SHOWN = 25  # feeds listed in one message; the OPML export has them all
OPML_SUFFIXES = {".opml", ".xml"}

NOT_ADMIN = "Xin lỗi, lệnh này chỉ dành cho quản trị viên của bot."
NOT_ADMIN_BUTTON = "Chỉ quản trị viên của bot mới dùng được nút này."
USAGE = (
    "<b>Nguồn tin</b> — các cách dùng:\n"
    "• <code>/nguon</code>: danh sách nguồn, lần đọc gần nhất và lỗi;\n"
    "• <code>/nguon thêm URL [phút]</code>: thêm nguồn RSS/Atom (chu kỳ mặc định 30 phút);\n"
    "• <code>/nguon xoá 3</code>: xoá nguồn #3 (các bài đã nạp vẫn giữ);\n"
    "• <code>/nguon opml</code>: tải danh sách nguồn dạng OPML;\n"
    "• gửi tệp .opml với chú thích <code>/nguon</code>: thêm mọi nguồn trong tệp."
)
_ADD = {"them", "add", "+"}
_REMOVE = {"xoa", "remove", "rm", "del", "-"}
_EXPORT = {"opml", "xuat", "export"}


def _when(context: Context, iso: str | None) -> str:
    if not iso:
        return "chưa đọc"
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(tz(context))
    except ValueError:
        return iso
    return f"{moment:%H:%M} {moment.day}/{moment.month}/{moment.year}"


def feed_html(context: Context, f: Feed) -> str:
    if f.last_status == "error":
        state = f"✗ lỗi ({f.errors} lần liên tiếp): {r.esc(r.trim(f.last_error or '', 200))}"
        if f.next_poll_at:
            state += f"; thử lại sau {r.esc(_when(context, f.next_poll_at))}"
    elif f.last_status is None:
        state = "chưa đọc lần nào"
    else:
        state = "✓ tốt" if f.last_status == "ok" else "✓ không có gì mới"
    return (
        f"<b>#{f.id}</b> {r.esc(r.trim(f.title or '(chưa rõ tên)', 80))}\n"
        f"{r.esc(r.trim(f.url, 200))} · mỗi {f.interval_min} phút\n"
        f"Lần đọc cuối: {r.esc(_when(context, f.last_poll_at))} · {state} · "
        f"đã thêm {f.articles_added} bài, {f.meetings_added} cuộc gặp"
    )


async def list_view(context: Context) -> View:
    feeds = await list_feeds(get_store(context))
    if not feeds:
        return View(
            "<b>📡 Nguồn tin</b>\nChưa có nguồn tin nào. Thêm bằng "
            "<code>/nguon thêm URL</code> hoặc gửi tệp .opml với chú thích <code>/nguon</code>."
        )
    failing = sum(1 for f in feeds if f.errors)
    head = f"<b>📡 Nguồn tin</b>: {len(feeds)}" + (f", {failing} đang lỗi" if failing else "")
    blocks = [head, *(feed_html(context, f) for f in feeds[:SHOWN])]
    if len(feeds) > SHOWN:
        blocks.append(f"… và {len(feeds) - SHOWN} nguồn khác (đủ cả trong /nguon opml).")
    remove = [
        InlineKeyboardButton(f"🗑 #{f.id}", callback_data=f"fd:r:{f.id}") for f in feeds[:SHOWN]
    ]
    rows = [remove[i : i + 5] for i in range(0, len(remove), 5)]
    rows.append([InlineKeyboardButton("📤 Xuất OPML", callback_data="fd:x")])
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
        caption="Danh sách nguồn tin (OPML) — nhập được vào mọi trình đọc RSS.",
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
        await reply_view(message, View(USAGE))


async def _add(message: Message, context: Context, words: list[str]) -> None:
    if not words or len(words) > 2 or (len(words) == 2 and not words[1].isdigit()):
        await reply_view(message, View(USAGE))
        return
    interval = int(words[1]) if len(words) == 2 else None
    try:
        feed, created = await add_feed(get_store(context), words[0], interval)
    except FeedError as exc:
        await reply_view(message, View(r.esc(exc)))
        return
    await _changed(context)
    if created:
        text = (
            f"✅ Đã thêm nguồn tin <b>#{feed.id}</b>: {r.esc(feed.url)} (mỗi {feed.interval_min} "
            "phút). Bot sẽ đọc nguồn này trong vài phút tới; xem kết quả bằng /nguon."
        )
    else:
        text = f"Nguồn tin #{feed.id} đã có; chu kỳ nay là {feed.interval_min} phút."
    await reply_view(message, View(text))


async def _remove(message: Message, context: Context, key: str) -> None:
    feed = await remove_feed(get_store(context), key)
    if feed is None:
        await reply_view(
            message, View(f"Không có nguồn tin «{r.esc(r.trim(key, 100))}». Xem /nguon.")
        )
        return
    await _changed(context)
    await reply_view(message, View(f"🗑 Đã xoá nguồn tin #{feed.id}: {r.esc(feed.url)}."))


async def _import(message: Message, context: Context) -> None:
    document = message.document
    assert document is not None
    name = document.file_name or "tệp đính kèm"
    if PurePath(name).suffix.lower() not in OPML_SUFFIXES:
        await reply_view(message, View(f"«{r.esc(name)}» không phải tệp .opml."))
        return
    if document.file_size is not None and document.file_size > MAX_OPML_BYTES:
        await reply_view(message, View(f"Tệp «{r.esc(name)}» lớn hơn 1 MB."))
        return
    try:
        file = await context.bot.get_file(document.file_id)
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.info("could not download %s: %s", name, exc)
        await reply_view(message, View(f"Không tải được tệp «{r.esc(name)}». Hãy thử gửi lại."))
        return
    try:
        report = await import_opml(get_store(context), data)
    except OpmlError as exc:
        await reply_view(message, View(f"Không đọc được «{r.esc(name)}»: {r.esc(exc)}"))
        return
    if report.added:
        await _changed(context)
    lines = [
        f"<b>📥 Nhập OPML</b>: thêm {len(report.added)} nguồn, {len(report.known)} nguồn đã có"
        + (f", bỏ qua {len(report.skipped)}" if report.skipped else "")
        + "."
    ]
    lines += [f"+ #{f.id} {r.esc(r.trim(f.title or f.url, 100))}" for f in report.added[:20]]
    lines += [f"⚠ {r.esc(r.trim(u, 100))}: {r.esc(why)}" for u, why in report.skipped[:10]]
    await reply_view(message, View(r.fit("\n".join(lines))))


async def on_document(update: Update, context: Context) -> None:
    """A document whose caption is /nguon (CommandHandler only reads message text)."""
    message = update.effective_message
    if message is None or not message.caption:
        return
    m = _CAPTION.match(message.caption)
    if m is None or (m.group(1) and m.group(1).lower() != (context.bot.username or "").lower()):
        return
    await feeds_command(update, context)


# ----------------------------------------------------------------- buttons


@bot_admin_only(NOT_ADMIN, NOT_ADMIN_BUTTON)
async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    if _DATA.fullmatch(query.data or "") is None:
        await query.answer("Nút này không hợp lệ.")
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
            await query.answer("Nguồn tin này không còn nữa.")
            await show_in_place(query, context, await list_view(context))
            return
        await query.answer()
        confirm = View(
            f"Xoá nguồn tin <b>#{feed.id}</b> {r.esc(r.trim(feed.title or feed.url, 120))}? "
            "Các bài đã nạp từ nguồn này vẫn được giữ.",
            [
                [
                    InlineKeyboardButton("🗑 Xoá", callback_data=f"fd:R:{feed.id}"),
                    InlineKeyboardButton("⬅ Quay lại", callback_data="fd:l"),
                ]
            ],
        )
        await show_in_place(query, context, confirm)
        return
    if action == "R":
        feed = await remove_feed(store, int(value))
        if feed is not None:
            await _changed(context)
        await query.answer(
            f"Đã xoá nguồn tin #{value}." if feed else "Nguồn tin này không còn nữa."
        )
    else:
        await query.answer()
    await show_in_place(query, context, await list_view(context))


COMMANDS = [
    (
        Command(
            "nguon",
            ("feeds",),
            "Nguồn tin RSS: xem, thêm, xoá, nhập/xuất OPML",
            usage="[thêm URL [phút] | xoá số | opml]",
            admin=True,
        ),
        feeds_command,
    ),
]


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    for command, callback in COMMANDS:
        add_command(app, command, callback)
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.Document.ALL & filters.CaptionRegex(_CAPTION),
            on_document,
        )
    )
    app.add_handler(CallbackQueryHandler(on_button, pattern=PATTERN))
