"""Corrections from Telegram: «Sửa» / «Xoá» on a meeting's card, for the bot's admins.

The card shows the buttons to an admin in a private chat. Every step asks before it changes
anything, and every change is logged (``store.services.corrections``). Callback data:

``m:x:<meeting>`` ask to delete · ``m:X:<meeting>`` delete · ``m:e:<meeting>`` what to correct ·
``m:f:<d|p>:<meeting>`` type a new date or place · ``m:k:<n>:<meeting>`` set the n-th kind ·
``m:a:<meeting>`` pick the article to delete · ``m:A:<article>`` ask to delete it ·
``m:Z:<article>`` delete it · ``m:y:<token>`` save a typed value · ``m:n:<token>`` drop it ·
``m:c:<meeting>`` back to the card.

Anyone else pressing (or forging) such a button is refused and nothing changes.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from telegram import ForceReply, InlineKeyboardButton, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from handlers import render as r
from handlers.common import Context, chat_lang, get_store, is_admin, user_text
from handlers.pending import PendingEdit
from handlers.permissions import bot_admin_only
from handlers.views import View, detail_title, detail_view, reply_view, show_in_place
from store.language import citation
from store.language import wording_i18n as i18n
from store.language.catalogue import say
from store.language.edits import Edit, EditError, known_kinds
from store.language.models import Meeting
from store.language.wording import meeting_line
from store.services import corrections

log = logging.getLogger(__name__)

PATTERN = re.compile(r"^m:")
_ID = r"[0-9A-Za-z_-]{1,40}"
_DATA = re.compile(
    rf"m:(?:(?P<op>[xXeacAZ]):(?P<id>{_ID})|f:(?P<field>[dp]):(?P<fid>{_ID})"
    rf"|k:(?P<kind>\d{{1,2}}):(?P<kid>{_ID})|(?P<tok_op>[yn]):(?P<token>[A-Za-z0-9_-]{{8,16}}))"
)
FIELD_CODES = {"d": "date", "p": "place"}
NOT_ADMIN = "fix.not_admin"  # a catalogue key: said in the chat's language


def t(name: str, /, **values: object) -> str:
    return say(chat_lang(), f"fix.{name}", **values)


def _line(m: Meeting) -> str:
    lang = chat_lang()
    return meeting_line(m) if lang == "vi" else i18n.meeting_line(m, lang)


def _kind(k: str) -> str:
    lang = chat_lang()
    return k if lang == "vi" else i18n.kind(k, lang)


def actor(update: Update) -> str:
    user = update.effective_user
    return f"telegram:{user.id}" if user else "telegram:?"


def _back(meeting_id: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(t("button.back"), callback_data=f"m:c:{meeting_id}")


def edit_menu(m_id: str, title: str) -> View:
    kinds = known_kinds()
    kind_rows = [
        [
            InlineKeyboardButton(_kind(k), callback_data=f"m:k:{n}:{m_id}")
            for n, k in list(enumerate(kinds))[i : i + 3]
        ]
        for i in range(0, len(kinds), 3)
    ]
    return View(
        t("menu", title=r.esc(title)),
        [
            [
                InlineKeyboardButton(t("button.date"), callback_data=f"m:f:d:{m_id}"),
                InlineKeyboardButton(t("button.place"), callback_data=f"m:f:p:{m_id}"),
            ],
            *kind_rows,
            [InlineKeyboardButton(t("button.article"), callback_data=f"m:a:{m_id}")],
            [_back(m_id)],
        ],
    )


async def _card(context: Context, meeting_id: str, note: str = "") -> View | None:
    view = await detail_view(context, meeting_id, admin=True)
    if view is None:
        return None
    return View(r.fit(f"{note}\n\n{view.html}" if note else view.html), view.buttons)


async def _apply(update: Update, context: Context, meeting_id: str, edit: Edit) -> None:
    query = update.callback_query
    assert query is not None
    done = await corrections.edit_meeting(get_store(context), meeting_id, [edit], actor(update))
    if done is None:
        await query.answer(t("gone"), show_alert=True)
        return
    await query.answer(t("edited.toast"))
    what = corrections.describe_edit(done.before, edit, chat_lang())
    log.info("%s corrected meeting %s: %s", actor(update), meeting_id, what)
    note = t("edited", what=r.esc(what), log=done.correction)
    view = await _card(context, meeting_id, note)
    await show_in_place(query, context, view or View(note))


@bot_admin_only(NOT_ADMIN)
async def on_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    m = _DATA.fullmatch(query.data or "")
    if m is None:
        await query.answer(say(chat_lang(), "button.invalid"))
        return
    store = get_store(context)
    user_id = query.from_user.id
    if m["tok_op"]:
        item = await context.bot_data.edits.pop(store, m["token"])
        if item is None or item.user_id != user_id or not isinstance(item.edit, Edit):
            await query.answer(t("expired"), show_alert=True)
            return
        if m["tok_op"] == "n":
            await query.answer(t("cancelled.toast"))
            view = await _card(context, item.meeting_id, t("cancelled"))
            await show_in_place(query, context, view or View(t("cancelled")))
            return
        await _apply(update, context, item.meeting_id, item.edit)
        return
    if m["field"]:
        meeting = await store.meeting(m["fid"])
        if meeting is None:
            await query.answer(t("gone"), show_alert=True)
            return
        field = FIELD_CODES[m["field"]]
        await context.bot_data.edits.ask(store, user_id, meeting.id, field)
        await query.answer()
        if query.message is not None:
            await context.bot.send_message(
                query.message.chat.id,
                t(f"prompt.{field}", title=r.esc(detail_title(meeting, chat_lang()))),
                reply_markup=ForceReply(
                    input_field_placeholder=say(chat_lang(), f"edits.field.{field}")
                ),
            )
        return
    if m["kind"]:
        kinds = known_kinds()
        n = int(m["kind"])
        if n >= len(kinds):
            await query.answer(say(chat_lang(), "button.invalid"))
            return
        meeting = await store.meeting(m["kid"])
        if meeting is None:
            await query.answer(t("gone"), show_alert=True)
            return
        if meeting.kind == kinds[n]:
            await query.answer(t("same_kind"))
            return
        await _apply(update, context, meeting.id, Edit("kind", kinds[n]))
        return
    await _by_id(update, context, m["op"], m["id"])


async def _by_id(update: Update, context: Context, op: str, target: str) -> None:
    query = update.callback_query
    assert query is not None
    store = get_store(context)
    if op in ("A", "Z"):
        await _article(update, context, op, target)
        return
    meeting = await store.meeting(target)
    if meeting is None:
        await query.answer(t("gone"), show_alert=True)
        return
    title = detail_title(meeting, chat_lang())
    if op == "c":
        await query.answer()
        view = await _card(context, meeting.id)
        await show_in_place(query, context, view or View(r.esc(t("gone"))))
    elif op == "e":
        await query.answer()
        await show_in_place(query, context, edit_menu(meeting.id, title))
    elif op == "x":
        await query.answer()
        html = t("delete.confirm", line=r.esc(_line(meeting)))
        buttons = [
            [
                InlineKeyboardButton(t("button.delete"), callback_data=f"m:X:{meeting.id}"),
                _back(meeting.id),
            ]
        ]
        await show_in_place(query, context, View(r.fit(html), buttons))
    elif op == "X":
        done = await corrections.delete_meeting(store, meeting.id, actor(update))
        if done is None:
            await query.answer(t("gone"), show_alert=True)
            return
        await query.answer(t("deleted.toast"))
        log.info("%s deleted meeting %s", actor(update), meeting.id)
        html = t("deleted", line=r.esc(_line(meeting)), log=done[1])
        await show_in_place(query, context, View(r.fit(html)))
    elif op == "a":
        await query.answer()
        if len(meeting.citations) == 1:
            await _article(update, context, "A", meeting.citations[0].article_id)
            return
        rows = [
            [
                InlineKeyboardButton(
                    r.trim(citation.cite(c), 60), callback_data=f"m:A:{c.article_id}"
                )
            ]
            for c in meeting.citations[:20]
        ]
        html = t("articles", title=r.esc(title))
        await show_in_place(query, context, View(html, [*rows, [_back(meeting.id)]]))


async def _article(update: Update, context: Context, op: str, article_id: str) -> None:
    query = update.callback_query
    assert query is not None
    store = get_store(context)
    info = await corrections.get_article(store, article_id)
    if info is None:
        await query.answer(t("gone_article"), show_alert=True)
        return
    name = citation.headline(info.title) or info.source
    source = r.link(info.url, name) if info.url and r.is_url(info.url) else r.esc(name)
    if op == "A":
        await query.answer()
        html = t("article.confirm", source=source)
        buttons = [
            [InlineKeyboardButton(t("button.delete_article"), callback_data=f"m:Z:{info.id}")]
        ]
        await show_in_place(query, context, View(r.fit(html), buttons))
        return
    done = await corrections.delete_article(store, article_id, actor(update))
    if done is None:
        await query.answer(t("gone_article"), show_alert=True)
        return
    await query.answer(t("article.deleted.toast"))
    log.info("%s deleted article %s", actor(update), article_id)
    parts = [t("article.deleted", source=source, log=done.correction)]
    if done.deleted_meetings:
        parts.append(t("article.deleted_meetings", n=len(done.deleted_meetings)))
    if done.kept_meetings:
        parts.append(t("article.kept_meetings", n=len(done.kept_meetings)))
    await show_in_place(query, context, View(r.fit("\n".join(parts))))


async def on_value(update: Update, context: Context) -> None:
    """The value an admin types after «Ngày» / «Địa điểm»: shown back for confirmation."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None:
        return
    if not is_admin(context, user.id):
        return  # only admins correct: anyone else's message is a question like any other
    pending = context.bot_data.edits
    store = get_store(context)
    item = await pending.awaiting(store, user.id)
    if item is None:
        return  # not a correction: the message is a question like any other
    await pending.answered(store, user.id)
    meeting = await store.meeting(item.meeting_id)
    if meeting is None:
        await reply_view(message, View(r.esc(t("gone"))))
        raise ApplicationHandlerStop
    try:
        edit = corrections.prepare_edit(meeting, item.field, user_text(message.text))
    except EditError as exc:
        retry = InlineKeyboardButton(
            t("button.retry"), callback_data=f"m:f:{item.field[0]}:{meeting.id}"
        )
        text = exc.message(chat_lang())
        await reply_view(message, View(r.esc(text), [[retry, _back(meeting.id)]]))
        raise ApplicationHandlerStop from None
    token = await pending.put(store, PendingEdit(user.id, meeting.id, item.field, 0.0, edit))
    lang = chat_lang()
    html = t(
        "save.confirm",
        title=r.esc(detail_title(meeting, lang)),
        what=r.esc(corrections.describe_edit(meeting, edit, lang)),
    )
    buttons = [
        [
            InlineKeyboardButton(t("button.save"), callback_data=f"m:y:{token}"),
            InlineKeyboardButton(t("button.cancel"), callback_data=f"m:n:{token}"),
        ]
    ]
    await reply_view(message, View(html, buttons))
    raise ApplicationHandlerStop


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    app.add_handler(CallbackQueryHandler(on_button, pattern=PATTERN))
    # Before free text: an awaited value is a correction, not a question.
    text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND & filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(text, on_value), group=-1)
