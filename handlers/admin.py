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
from telegram.ext import Application

from handlers import render as r
from handlers.commands import Command, add_command, add_operator_flow
from handlers.common import App, Context, chat_lang, get_store, moment_text, today, tz
from handlers.pending import PENDING_TTL, PendingArticles
from handlers.permissions import bot_admin_only
from handlers.views import View, details_button, line_html, reply_view, show_in_place
from store.language import wording_i18n as i18n
from store.language.cards import UNKNOWN_PLACE, button_label
from store.language.catalogue import say
from store.language.models import Article, Meeting, Outcome, Skipped
from store.language.reasons import localized
from store.language.wording import format_date, participants_text
from store.services.ingest import ingest, prepare
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
_URL_LINE = re.compile(r"^(?:nguồn\s*:\s*)?(https?://\S+)$", re.IGNORECASE)

NOT_ADMIN = "admin.not_admin"  # catalogue keys: the refusal is said in the chat's language
NOT_ADMIN_BUTTON = "admin.not_admin_button"


def t(name: str, /, **values: object) -> str:
    return say(chat_lang(), f"admin.{name}", **values)


def pending_articles(context: Context | App) -> PendingArticles:
    """The articles awaiting Lưu / Huỷ."""
    return context.bot_data.pending


# ----------------------------------------------------------------- reading the article


class Refusal(Exception):
    """The article cannot be read; the message (HTML, in the chat's language) says why."""


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
    return Refusal(t("too_big", name=r.esc(name)))


async def document_article(context: Context, document: Document) -> Article:
    """Download a .txt/.html document and read it; ``Refusal`` says what is wrong."""
    name = document.file_name or say(chat_lang(), "feeds.attachment")
    kind = _document_kind(document)
    if kind is None:
        raise Refusal(t("not_text", name=r.esc(name)))
    if document.file_size is not None and document.file_size > MAX_BYTES:
        raise _too_big(name)
    try:
        file = await context.bot.get_file(document.file_id)
        if file.file_size is not None and file.file_size > MAX_BYTES:
            raise _too_big(name)
        if not file.file_path:  # Telegram keeps no copy it can hand out
            raise Refusal(t("no_copy", name=r.esc(name)))
        data = bytes(await file.download_as_bytearray())
    except TelegramError as exc:
        log.info("could not download %s: %s", name, exc)
        raise Refusal(
            t("download_failed", name=r.esc(name), error=r.esc(r.trim(str(exc), 200)))
        ) from None
    if len(data) > MAX_BYTES:
        raise _too_big(name)
    text = decode(data, name)
    if isinstance(text, Skipped):
        raise Refusal(
            t(
                "unreadable_file",
                name=r.esc(name),
                reason=r.esc(localized(text.reason, chat_lang())),
            )
        )
    if kind == "html":
        # trafilatura is CPU work: keep the event loop free for other chats.
        found = await asyncio.to_thread(html_article, text, name)
        if isinstance(found, Skipped):
            raise Refusal(
                t(
                    "unreadable_page",
                    name=r.esc(name),
                    reason=r.esc(localized(found.reason, chat_lang())),
                )
            )
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
    """1.234 in Vietnamese, 1,234 in English, 1 234 in Russian."""
    return f"{n:,}".replace(",", say(chat_lang(), "_thousands"))


def _fields(m: Meeting, lang: str) -> tuple[str, str, str, str, str]:
    """Date, place, kind, participants and sectors as the chat's language writes them."""
    if lang == "vi":
        sectors = ", ".join(m.sectors) if m.sectors else ""
        return format_date(m), m.place or UNKNOWN_PLACE, m.kind, participants_text(m), sectors
    place = i18n.place(m.place, lang) if m.place else say(lang, "place.unknown")
    sectors = i18n.sectors_text(m.sectors, lang, limit=20) if m.sectors else ""
    kind = i18n.kind(m.kind, lang)
    return i18n.format_date(m, lang), place, kind, i18n.participants(m, lang), sectors


def meeting_html(m: Meeting) -> str:
    """Date, place, kind, participants with titles and sectors of one extracted meeting."""
    when, place, kind, people, sectors = _fields(m, chat_lang())
    return t(
        "meeting",
        date=r.esc(when),
        place=r.esc(place),
        kind=r.esc(kind),
        people=r.esc(r.trim(people, 600)),
        sectors=r.esc(sectors or t("sectors.none")),
    )


def _source_line(article: Article) -> str:
    title = t("source.title", title=r.esc(r.trim(article.title, 200))) if article.title else ""
    source = r.source_html(article.source)
    return t("source", title=title, source=source, n=_number(len(article.text)))


def preview_html(article: Article, meetings: list[Meeting]) -> str:
    blocks = [t("preview.head", source=_source_line(article))]
    if not meetings:
        blocks.append(t("preview.none"))
    else:
        main, others = meetings[0], meetings[1:]
        blocks.append(t("preview.main", meeting=meeting_html(main)))
        for n, m in enumerate(others[: PREVIEW_MEETINGS - 1], start=2):
            blocks.append(t("preview.other", n=n, meeting=meeting_html(m)))
        if len(others) > PREVIEW_MEETINGS - 1:
            blocks.append(t("more", n=len(others) - PREVIEW_MEETINGS + 1))
    blocks.append(t("preview.hint", minutes=PENDING_TTL // 60))
    return r.fit("\n\n".join(blocks))


def preview_buttons(token: str) -> list[list[InlineKeyboardButton]]:
    return [
        [
            InlineKeyboardButton(t("button.save"), callback_data=f"a:s:{token}"),
            InlineKeyboardButton(t("button.cancel"), callback_data=f"a:c:{token}"),
        ]
    ]


def _meeting_list(meetings: list[Meeting]) -> str:
    shown = meetings[:SAVED_LISTED]
    lines = [f"{n}. {line_html(m, chat_lang())}" for n, m in enumerate(shown, start=1)]
    if len(meetings) > len(shown):
        lines.append(t("more", n=len(meetings) - len(shown)))
    return "\n".join(lines)


def _button_label(m: Meeting) -> str:
    lang = chat_lang()
    return button_label(m) if lang == "vi" else i18n.button_label(m, lang)


def saved_view(article: Article, outcome: Outcome, meetings: list[Meeting]) -> View:
    """What became of the saved article: new, merged into known meetings, or a duplicate."""
    source = r.source_html(article.source)
    buttons = (
        [[details_button(_button_label(m), m.id)] for m in meetings[:SAVED_LISTED]]
        if meetings
        else []
    )
    if outcome.status == "duplicate":
        dup = r.source_html(outcome.duplicate_of) if outcome.duplicate_of else t("saved.some")
        lines = [t("saved.duplicate", dup=dup)]
        if meetings:
            lines.append(t("saved.duplicate_meetings", meetings=_meeting_list(meetings)))
        return View(r.fit("\n".join(lines)), buttons)
    if outcome.status != "new":
        reason = r.esc(
            localized(outcome.reason, chat_lang()) if outcome.reason else t("saved.no_reason")
        )
        return View(t("saved.failed", source=source, reason=reason))
    if not meetings:
        return View(t("saved.no_meeting", source=source))
    merged = len(meetings) - outcome.new_meetings
    parts = []
    if outcome.new_meetings:
        parts.append(t("saved.new", n=outcome.new_meetings))
    if merged > 0:
        parts.append(t("saved.merged", n=merged))
    html = t("saved", source=source, parts=", ".join(parts), meetings=_meeting_list(meetings))
    if outcome.new_meetings:
        html += t("saved.next")
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
        await reply_view(message, View(t("usage")))
        return
    if is_http_url(article.text) and " " not in article.text.strip():
        await reply_view(message, View(t("link_only")))
        return
    # Extracted once, for the preview; "Lưu" stores exactly what the admin saw.
    prepared = await prepare(article, today(context))
    token = await pending_articles(context).put(get_store(context), prepared, user_id)
    html = preview_html(article, list(prepared.meetings))
    await reply_view(message, View(html, preview_buttons(token)))


@bot_admin_only(NOT_ADMIN, NOT_ADMIN_BUTTON)
async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    m = _DATA.fullmatch(query.data or "")
    if m is None:
        await query.answer(say(chat_lang(), "button.invalid"))
        return
    action, token = m.groups()
    user_id = query.from_user.id if query.from_user else None
    pending = pending_articles(context)
    store = get_store(context)
    item = await pending.get(store, token)
    if item is None:
        await query.answer(t("expired"), show_alert=True)
        if query.message is not None:
            try:
                await query.edit_message_reply_markup(None)
            except TelegramError as exc:
                log.info("could not remove stale buttons: %s", exc)
        return
    if item.user_id != user_id:
        await query.answer(t("not_yours"), show_alert=True)
        return
    if await pending.pop(store, token) is None:  # taken once: a double press saves once
        await query.answer(t("expired"), show_alert=True)
        return
    if action == "c":
        await query.answer(t("cancelled.toast"))
        source = r.source_html(item.article.source)
        await show_in_place(query, context, View(t("cancelled", source=source)))
        return
    await query.answer(t("saving"))
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
    return moment_text(context, iso, chat_lang()) if iso else t("stats.never")


def stats_html(context: Context, stats: StoreStats) -> str:
    lines = [
        t(
            "stats.head",
            articles=_number(stats.articles),
            meetings=_number(stats.meetings),
            subscriptions=_number(stats.subscriptions),
        )
    ]
    if stats.feeds:
        failing = t("stats.failing", n=stats.failing_feeds) if stats.failing_feeds else ""
        lines.append(t("stats.feeds", n=_number(stats.feeds), failing=failing))
        lines.append(t("stats.last_poll", when=r.esc(_when(context, stats.last_poll_at))))
        if stats.last_ok_at != stats.last_poll_at:
            lines.append(t("stats.last_ok", when=r.esc(_when(context, stats.last_ok_at))))
    else:
        lines.append(t("stats.no_feeds"))
    if stats.empty:
        lines.append(t("stats.empty"))
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
        caption=t("stats.caption"),
    )


ADD = Command(
    "them", ("add",), say("vi", "command.add"), usage=say("vi", "admin.command.usage"), admin=True
)
STATS = Command("thongke", ("stats",), say("vi", "command.stats"), admin=True)


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    # A .txt/.html document captioned /them is an article to add.
    add_operator_flow(app, ADD, add_article, PATTERN, on_button)
    add_command(app, STATS, show_stats)
