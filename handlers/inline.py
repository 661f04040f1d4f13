"""Inline mode: ``@Bot câu hỏi`` in any chat offers up to 10 meeting cards to post.

An empty query offers the latest meetings. Cards carry a deep link back to the bot for
details rather than callback buttons: a card posted into someone else's group should not
change under other readers' eyes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, InlineQueryHandler

from handlers import render as r
from handlers.commands import start_payload
from handlers.common import Context, chat_lang, get_store, today, user_text
from handlers.views import intent_of
from store.language import citation
from store.language import wording_i18n as i18n
from store.language.catalogue import say
from store.language.models import Meeting
from store.language.wording import format_date, meeting_card
from store.services.answer import ask, off_loop
from store.storage.db import Store

MAX_RESULTS = 10
MAX_OFFSET = 500
CACHE_SECONDS = 300  # the store changes a few times a day at most
LATEST_CACHE_SECONDS = 60  # "what is new" should show new meetings soon


def card_html(m: Meeting, intent: str | None, lang: str = "vi") -> str:
    vi = lang == "vi"
    text = meeting_card(m, intent) if vi else i18n.meeting_card(m, lang, intent or "list")
    html = r.answer_html(text, urls=m.sources, meetings=[m])
    label = say(lang, "view.sources")
    if label.strip() not in text and (m.citations or m.sources):
        html += "\n" + r.esc(label) + r.meeting_sources_html(m, lang=lang)
    return r.fit(html)


def article(
    m: Meeting, intent: str | None, bot_username: str | None, lang: str = "vi"
) -> InlineQueryResultArticle:
    vi = lang == "vi"
    names = " – ".join(p.name if vi else i18n.name(p.name, lang, p.country) for p in m.participants)
    when = format_date(m) if vi else i18n.format_date(m, lang)
    title = r.trim(r.clean(f"{when} · {names or say(lang, 'inline.meeting')}"), 120)
    source = citation.compact_source(m)
    place = (m.place if vi else i18n.place(m.place, lang)) if m.place else ""
    sectors = [s if vi else i18n.sector(s, lang) for s in m.sectors]
    details = [place, m.kind if vi else i18n.kind(m.kind, lang), source, ", ".join(sectors)]
    description = r.trim(r.clean(" · ".join(d for d in details if d)), 200)
    markup = None
    if bot_username:
        url = f"https://t.me/{bot_username}?start=m_{m.id}"
        details_button = InlineKeyboardButton(say(lang, "inline.details"), url=url)
        markup = InlineKeyboardMarkup([[details_button]])
    return InlineQueryResultArticle(
        id=m.id[:64] or "x",
        title=title,
        description=description,
        input_message_content=InputTextMessageContent(
            card_html(m, intent, lang), parse_mode=ParseMode.HTML
        ),
        reply_markup=markup,
    )


async def inline_results(
    store: Store, question: str, offset: int, day: date, username: str | None
) -> tuple[list[InlineQueryResultArticle], str]:
    """Up to 10 cards for a query, and the offset of the next batch ("" when none)."""
    intent: str | None = None
    if question:
        result = await off_loop(
            ask,
            store,
            question,
            today=day,
            limit=MAX_RESULTS,
            offset=offset,
            default=chat_lang(),
        )
        meetings, total, intent = result.results, result.total or 0, intent_of(result)
    else:
        meetings = await store.meetings(limit=MAX_RESULTS, offset=offset)
        total = await store.count_meetings()
    shown = offset + len(meetings)
    next_offset = str(shown) if meetings and shown < total and shown < MAX_OFFSET else ""
    lang = chat_lang()
    return [article(m, intent, username, lang) for m in meetings[:MAX_RESULTS]], next_offset


async def on_inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    question = user_text(query.query)
    offset = int(query.offset) if query.offset.isdigit() and len(query.offset) <= 4 else 0
    offset = min(offset, MAX_OFFSET)
    store, day, username = get_store(context), today(context), context.bot.username
    results, next_offset = await context.bot_data.views.get(
        store,
        ("inline", question, offset, day, chat_lang()),
        lambda: inline_results(store, question, offset, day, username),
    )
    button_text = say(
        chat_lang(), "inline.ask_private" if results or not question else "inline.nothing"
    )
    await query.answer(
        results,
        cache_time=CACHE_SECONDS if question else LATEST_CACHE_SECONDS,
        is_personal=False,
        next_offset=next_offset,
        button=InlineQueryResultsButton(text=button_text, start_parameter=start_payload(question)),
    )


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(InlineQueryHandler(on_inline_query))
