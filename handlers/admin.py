"""Admin commands: /them adds an article after a preview, /thongke shows the store's state.

Only users in ``BRIEFING_ADMIN_IDS`` may use them; anyone else gets a polite refusal and
nothing is read or stored. ``/them`` takes the article from the command's text, from the
message it replies to, or from an attached .txt/.html document (caption ``/them``), shows
what extraction finds, and keeps the article in memory under a short random token until
the admin who sent it presses a button:

``a:s:<token>`` save (through the de-duplicating ingest) · ``a:c:<token>`` cancel.

Pending articles expire (and are forgotten at a restart); a stale, forged or foreign
press gets a polite answer and changes nothing.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import datetime
from pathlib import PurePath
from typing import Any

from telegram import Document, InlineKeyboardButton, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from handlers import render as r
from handlers.commands import Command, add_command
from handlers.common import App, Context, get_store, today, tz
from handlers.pending import PENDING_TTL, PendingArticles
from handlers.permissions import bot_admin_only
from handlers.views import View, details_button, line_html, reply_view, show_in_place
from store.language.cards import UNKNOWN_PLACE, button_label
from store.language.models import Article, Meeting, Outcome, Skipped
from store.language.wording import format_date, participants_text
from store.services.ingest import NO_MEETING, ingest, prepare
from store.services.sources import MAX_BYTES, decode, html_article
from store.services.stats import StoreStats, chart_png, collect_stats
from store.services.web import is_http_url

log = logging.getLogger(__name__)

PREVIEW_MEETINGS = 3  # meetings described in full in a preview
SAVED_LISTED = 5  # meetings listed (with buttons) after saving
TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}

PATTERN = re.compile(r"^a:")
_DATA = re.compile(r"a:([sc]):([A-Za-z0-9_-]{8,16})")
_CAPTION = re.compile(r"^/(?:them|add)(?:@([A-Za-z0-9_]{3,32}))?(?:\s|$)", re.IGNORECASE)
_URL_LINE = re.compile(r"^(?:nguồn\s*:\s*)?(https?://\S+)$", re.IGNORECASE)

LINK_ONLY = (
    "Bot không tự tải bài từ đường link. Hãy dán nội dung bài (đường link đặt riêng ở dòng đầu "
    "hoặc dòng cuối sẽ được dùng làm nguồn), gửi tệp .html của trang, hoặc trên máy chủ dùng "
    "<code>briefing ingest URL</code>."
)
NOT_ADMIN = "Xin lỗi, lệnh này chỉ dành cho quản trị viên của bot."
NOT_ADMIN_BUTTON = "Chỉ quản trị viên của bot mới dùng được nút này."
NOT_YOURS = "Chỉ người đã gửi bài này mới lưu hoặc huỷ được."
EXPIRED = "Bài này đã hết hạn hoặc đã được xử lý. Hãy gửi lại bằng /them."
INVALID = "Nút này không hợp lệ."
USAGE = (
    "Gửi bài báo để thêm vào dữ liệu theo một trong các cách:\n"
    "• <code>/them</code> kèm nội dung bài ngay sau lệnh;\n"
    "• trả lời tin nhắn chứa bài bằng <code>/them</code>;\n"
    "• gửi tệp .txt hoặc .html (tối đa 2 MB, mã UTF-8) với chú thích <code>/them</code>.\n"
    "Bài dài hơn một tin nhắn nên gửi dưới dạng tệp. Bot sẽ cho xem trước những gì trích được "
    "và chỉ lưu khi bạn bấm «Lưu»."
)


def pending_articles(context: Context | App) -> PendingArticles:
    """The articles awaiting Lưu / Huỷ."""
    return context.bot_data.pending


# ----------------------------------------------------------------- reading the article


class Refusal(Exception):
    """The article cannot be read; the message (HTML) says why, for the admin."""


def _user_id(update: Update) -> int | None:
    return update.effective_user.id if update.effective_user else None


def _text_after_command(message: Message) -> str:
    """The message's text after the leading command, line breaks kept (unlike command_args)."""
    text = message.text or message.caption or ""
    entities = message.entities or message.caption_entities
    if entities and entities[0].type == "bot_command" and entities[0].offset == 0:
        # Offsets count UTF-16 units; commands are ASCII, so the index is the same.
        rest = text[entities[0].length :]
    else:
        rest = text.split(maxsplit=1)[1] if len(text.split(maxsplit=1)) > 1 else ""
    return r.clean(rest).strip()


def _local_label(context: Context, message: Message) -> str:
    day = message.date.astimezone(tz(context)) if message.date else datetime.now(tz(context))
    return f"Tin Telegram {day.day}/{day.month}/{day.year} #{message.message_id}"


def pasted_article(text: str, label: str) -> Article:
    """Pasted text as an article; a URL alone on its first or last line names the source."""
    lines = [line.strip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    url = None
    for pos in (-1, 0):
        if len(lines) > 1 and (m := _URL_LINE.match(lines[pos])):
            url = m.group(1).rstrip(".,;)")
            del lines[pos]
            break
    body = "\n".join(lines).strip()
    return Article(text=body, source=url or label, url=url)


def _document_kind(document: Document) -> str | None:
    suffix = PurePath(document.file_name or "").suffix.lower()
    if suffix in TEXT_SUFFIXES or (not suffix and document.mime_type == "text/plain"):
        return "text"
    if suffix in HTML_SUFFIXES or (not suffix and document.mime_type == "text/html"):
        return "html"
    return None


def _too_big(name: str) -> Refusal:
    return Refusal(
        f"Tệp «{r.esc(name)}» lớn hơn 2 MB. Hãy gửi phần nội dung chính của bài "
        "(tệp .txt) hoặc chia nhỏ tệp."
    )


async def document_article(context: Context, document: Document) -> Article:
    """Download a .txt/.html document and read it; ``Refusal`` says what is wrong."""
    name = document.file_name or "tệp đính kèm"
    kind = _document_kind(document)
    if kind is None:
        raise Refusal(
            f"Không đọc được «{r.esc(name)}»: chỉ nhận tệp văn bản .txt hoặc trang web .html."
        )
    if document.file_size is not None and document.file_size > MAX_BYTES:
        raise _too_big(name)
    try:
        file = await context.bot.get_file(document.file_id)
        if file.file_size is not None and file.file_size > MAX_BYTES:
            raise _too_big(name)
        if not file.file_path:  # Telegram keeps no copy it can hand out
            raise Refusal(f"Telegram không cho tải tệp «{r.esc(name)}». Hãy thử gửi lại tệp.")
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.info("could not download %s: %s", name, exc)
        raise Refusal(
            f"Không tải được tệp «{r.esc(name)}» từ Telegram ({r.esc(r.trim(str(exc), 200))}). "
            "Hãy thử gửi lại."
        ) from None
    if len(data) > MAX_BYTES:
        raise _too_big(name)
    text = decode(data, name)
    if isinstance(text, Skipped):
        raise Refusal(f"Không đọc được tệp «{r.esc(name)}»: {r.esc(text.reason)}.")
    if kind == "html":
        # trafilatura is CPU work: keep the event loop free for other chats.
        found = await asyncio.to_thread(html_article, text, name)
        if isinstance(found, Skipped):
            raise Refusal(f"Không đọc được trang «{r.esc(name)}»: {r.esc(found.reason)}.")
        return found
    return Article(text=text.strip(), source=name)


async def article_of(update: Update, context: Context) -> Article | None:
    """The article an admin's /them brings, or None when there is none (show the usage)."""
    message = update.effective_message
    if message is None:
        return None
    if message.document is not None:
        return await document_article(context, message.document)
    text = _text_after_command(message)
    if text:
        return pasted_article(text, _local_label(context, message))
    replied = message.reply_to_message
    if replied is not None:
        if replied.document is not None:
            return await document_article(context, replied.document)
        text = r.clean(replied.text or replied.caption).strip()
        if text:
            return pasted_article(text, _local_label(context, replied))
    return None


# ----------------------------------------------------------------- previews and results


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _people_html(m: Meeting) -> str:
    return r.esc(r.trim(participants_text(m), 600))


def meeting_html(m: Meeting) -> str:
    """Date, place, kind, participants with titles and sectors of one extracted meeting."""
    lines = [
        f"📅 Ngày: {r.esc(format_date(m))}",
        f"📍 Nơi: {r.esc(m.place or UNKNOWN_PLACE)}",
        f"🤝 Hình thức: {r.esc(m.kind)}",
        f"👥 Thành phần: {_people_html(m)}",
        f"🏷 Lĩnh vực: {r.esc(', '.join(m.sectors) if m.sectors else 'chưa rõ')}",
    ]
    return "\n".join(lines)


def _source_line(article: Article) -> str:
    title = f"«{r.esc(r.trim(article.title, 200))}» · " if article.title else ""
    return f"{title}{r.source_html(article.source)} · {_number(len(article.text))} ký tự"


def preview_html(article: Article, meetings: list[Meeting]) -> str:
    head = f"<b>Xem trước bài mới</b>\nNguồn: {_source_line(article)}"
    blocks = [head]
    if not meetings:
        blocks.append(
            f"⚠️ Trong bài {NO_MEETING}. Vẫn có thể lưu bài, nhưng sẽ không có cuộc gặp mới."
        )
    else:
        main, others = meetings[0], meetings[1:]
        blocks.append(f"<b>Cuộc gặp chính</b>\n{meeting_html(main)}")
        for n, m in enumerate(others[: PREVIEW_MEETINGS - 1], start=2):
            blocks.append(f"<b>Cuộc gặp được nhắc tới ({n})</b>\n{meeting_html(m)}")
        if len(others) > PREVIEW_MEETINGS - 1:
            blocks.append(f"… và {len(others) - PREVIEW_MEETINGS + 1} cuộc gặp khác.")
    blocks.append(
        f"Bấm «Lưu» để thêm vào dữ liệu hoặc «Huỷ» để bỏ qua (nút có hiệu lực "
        f"{PENDING_TTL // 60} phút)."
    )
    return r.fit("\n\n".join(blocks))


def preview_buttons(token: str) -> list[list[InlineKeyboardButton]]:
    return [
        [
            InlineKeyboardButton("💾 Lưu", callback_data=f"a:s:{token}"),
            InlineKeyboardButton("✖️ Huỷ", callback_data=f"a:c:{token}"),
        ]
    ]


def _meeting_list(meetings: list[Meeting]) -> str:
    shown = meetings[:SAVED_LISTED]
    lines = [f"{n}. {line_html(m)}" for n, m in enumerate(shown, start=1)]
    if len(meetings) > len(shown):
        lines.append(f"… và {len(meetings) - len(shown)} cuộc gặp khác.")
    return "\n".join(lines)


def saved_view(article: Article, outcome: Outcome, meetings: list[Meeting]) -> View:
    """What became of the saved article: new, merged into known meetings, or a duplicate."""
    source = r.source_html(article.source)
    buttons = (
        [[details_button(button_label(m), m.id)] for m in meetings[:SAVED_LISTED]]
        if meetings
        else []
    )
    if outcome.status == "duplicate":
        dup = r.source_html(outcome.duplicate_of) if outcome.duplicate_of else "một bài đã lưu"
        lines = [f"ℹ️ <b>Bài đã có trong dữ liệu</b> (trùng với {dup}); không lưu thêm."]
        if meetings:
            lines.append(f"Các cuộc gặp của bài đó:\n{_meeting_list(meetings)}")
        return View(r.fit("\n".join(lines)), buttons)
    if outcome.status != "new":
        reason = r.esc(outcome.reason or "không rõ lý do")
        return View(f"⚠️ Không lưu được bài {source}: {reason}.")
    if not meetings:
        return View(
            f"✅ <b>Đã lưu bài</b> {source}, nhưng trong bài {NO_MEETING} nên dữ liệu cuộc gặp "
            "không thay đổi."
        )
    merged = len(meetings) - outcome.new_meetings
    parts = []
    if outcome.new_meetings:
        parts.append(f"{outcome.new_meetings} cuộc gặp mới")
    if merged > 0:
        parts.append(f"{merged} cuộc gặp đã có được bổ sung nguồn này")
    html = f"✅ <b>Đã lưu bài</b> {source}: {', '.join(parts)}.\n{_meeting_list(meetings)}"
    if outcome.new_meetings:
        html += "\nCuộc gặp mới sẽ có trong câu trả lời và bản tin kế tiếp."
    return View(r.fit(html), buttons)


# ----------------------------------------------------------------- handlers


@bot_admin_only(NOT_ADMIN)
async def add_article(update: Update, context: Context) -> None:
    message = update.effective_message
    user_id = _user_id(update)
    if message is None or user_id is None:
        return
    try:
        article = await article_of(update, context)
    except Refusal as exc:
        await reply_view(message, View(str(exc)))
        return
    if article is None or not article.text.strip():
        await reply_view(message, View(USAGE))
        return
    if is_http_url(article.text) and " " not in article.text.strip():
        await reply_view(message, View(LINK_ONLY))
        return
    # Extracted once, for the preview; "Lưu" stores exactly what the admin saw.
    prepared = await prepare(article, today(context))
    token = await pending_articles(context).put(get_store(context), prepared, user_id)
    html = preview_html(article, list(prepared.meetings))
    await reply_view(message, View(html, preview_buttons(token)))


async def add_document(update: Update, context: Context) -> None:
    """A document whose caption is /them (CommandHandler only reads message text)."""
    message = update.effective_message
    if message is None or not message.caption:
        return
    m = _CAPTION.match(message.caption)
    if m is None:
        return
    target = m.group(1)
    if target and target.lower() != (context.bot.username or "").lower():
        return  # addressed to another bot
    await add_article(update, context)


@bot_admin_only(NOT_ADMIN, NOT_ADMIN_BUTTON)
async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    m = _DATA.fullmatch(query.data or "")
    if m is None:
        await query.answer(INVALID)
        return
    action, token = m.groups()
    user_id = query.from_user.id if query.from_user else None
    pending = pending_articles(context)
    store = get_store(context)
    item = await pending.get(store, token)
    if item is None:
        await query.answer(EXPIRED, show_alert=True)
        if query.message is not None:
            try:
                await query.edit_message_reply_markup(None)
            except TelegramError as exc:
                log.info("could not remove stale buttons: %s", exc)
        return
    if item.user_id != user_id:
        await query.answer(NOT_YOURS, show_alert=True)
        return
    if await pending.pop(store, token) is None:  # taken once: a double press saves once
        await query.answer(EXPIRED, show_alert=True)
        return
    if action == "c":
        await query.answer("Đã huỷ.")
        source = r.source_html(item.article.source)
        await show_in_place(query, context, View(f"✖️ Đã huỷ: bài {source} không được lưu."))
        return
    await query.answer("Đang lưu…")
    report = await ingest(store, [item.prepared])
    outcome = report.outcomes[0]
    meetings = await store.meetings_by_ids(list(dict.fromkeys(outcome.meeting_ids)))
    log.info(
        "admin %s saved %s: %s, %d new meetings",
        user_id,
        item.article.source,
        outcome.status,
        outcome.new_meetings,
    )
    await show_in_place(query, context, saved_view(item.article, outcome, meetings))


# ----------------------------------------------------------------- /thongke


def _when(context: Context, iso: str | None) -> str:
    if not iso:
        return "chưa có"
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(tz(context))
    except ValueError:
        return iso
    return f"{moment:%H:%M} {moment.day}/{moment.month}/{moment.year}"


def stats_html(context: Context, stats: StoreStats) -> str:
    lines = [
        "<b>📊 Thống kê dữ liệu</b>",
        f"Bài báo: <b>{_number(stats.articles)}</b>",
        f"Cuộc gặp: <b>{_number(stats.meetings)}</b>",
        f"Đăng ký bản tin đang hoạt động: <b>{_number(stats.subscriptions)}</b>",
    ]
    if stats.feeds:
        failing = f" ({stats.failing_feeds} đang lỗi)" if stats.failing_feeds else ""
        lines.append(f"Nguồn tin RSS: <b>{_number(stats.feeds)}</b>{failing}")
        lines.append(f"Lần quét nguồn tin gần nhất: {r.esc(_when(context, stats.last_poll_at))}")
        if stats.last_ok_at != stats.last_poll_at:
            lines.append(f"Lần quét thành công gần nhất: {r.esc(_when(context, stats.last_ok_at))}")
    else:
        lines.append("Nguồn tin RSS: chưa có (thêm bằng <code>/nguon thêm URL</code>)")
    if stats.empty:
        lines.append("\nChưa có cuộc gặp nào nên chưa có biểu đồ. Thêm bài bằng /them.")
    return "\n".join(lines)


@bot_admin_only(NOT_ADMIN)
async def show_stats(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    stats = await collect_stats(get_store(context))
    await reply_view(message, View(stats_html(context, stats)))
    if stats.empty or not stats.chartable:
        return
    png = await asyncio.to_thread(chart_png, stats)
    if png is None:
        return
    await message.reply_photo(
        photo=png,
        filename="thongke.png",
        caption="Số cuộc gặp theo tháng và các lĩnh vực hợp tác được nhắc tới nhiều nhất.",
    )


COMMANDS = [
    (
        Command(
            "them",
            ("add",),
            "Thêm bài báo vào dữ liệu (xem trước, rồi Lưu hoặc Huỷ)",
            usage="<nội dung bài> hoặc kèm tệp .txt/.html",
            admin=True,
        ),
        add_article,
    ),
    (
        Command("thongke", ("stats",), "Thống kê dữ liệu kèm biểu đồ", admin=True),
        show_stats,
    ),
]


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    for command, callback in COMMANDS:
        add_command(app, command, callback)
    app.add_handler(
        MessageHandler(
            filters.UpdateType.MESSAGE & filters.Document.ALL & filters.CaptionRegex(_CAPTION),
            add_document,
        )
    )
    app.add_handler(CallbackQueryHandler(on_button, pattern=PATTERN))
