"""The replies the bot composes — answers, lists, meeting details — as HTML plus buttons.

Commands, free text, buttons and the console all show the same views, so a question asked
with ``/tim``, in a private chat or by a mention in a group gets the same reply.

Callback data (≤ 64 bytes, validated in ``handlers.buttons``):
``d:<meeting id>`` details · ``n:<list>:<offset>`` a page of a list, where ``<list>`` is
``l`` (latest), ``q<8 hex>`` (a recent question) or ``r<meeting id>`` (related meetings).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from handlers import render as r
from handlers.common import Context, QueryCache, get_store, queries, today
from store.language.models import Meeting
from store.language.wording import format_date, meeting_line, participants_text
from store.services.answer import AskResult, ask
from store.storage.db import Store, date_bounds

log = logging.getLogger(__name__)

PAGE = 5
RELATED_SCAN = 2000  # meetings looked at for "related"; newest first
TRIP_DAYS = 7
LONG_QUESTION = 300  # characters; longer text that matches nothing gets a short hint


def long_question_html(suggestions: list[str]) -> str:
    text = (
        "Mình không tìm thấy cuộc gặp nào khớp với đoạn văn này. Hãy hỏi ngắn gọn, ví dụ: "
        "<i>Tô Lâm gặp Putin khi nào?</i>"
    )
    if suggestions:
        text += "\nGợi ý: " + "; ".join(r.esc(r.trim(s, 60)) for s in suggestions[:5])
    return text


@dataclass
class View:
    """One message: HTML text and optional buttons."""

    html: str
    buttons: list[list[InlineKeyboardButton]] = field(default_factory=list)

    @property
    def markup(self) -> InlineKeyboardMarkup | None:
        return InlineKeyboardMarkup(self.buttons) if self.buttons else None


async def reply_view(message: Message, view: View) -> Message:
    """Answer a message (quoted in groups, so the thread stays readable)."""
    return await message.reply_text(r.fit(view.html), reply_markup=view.markup)


async def show_in_place(query: CallbackQuery, context: Context, view: View) -> None:
    """Replace the message a button is on; send a new one when it cannot be edited."""
    try:
        await query.edit_message_text(r.fit(view.html), reply_markup=view.markup)
        return
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return
        log.info("could not edit the message of a button: %s", exc)
    await send_to_chat(query, context, view)


async def send_to_chat(query: CallbackQuery, context: Context, view: View) -> None:
    """A new message in the button's chat (a button on an inline message has none)."""
    if query.message is not None:
        await context.bot.send_message(
            query.message.chat.id, r.fit(view.html), reply_markup=view.markup
        )


# ----------------------------------------------------------------- buttons


def details_button(label: str, meeting_id: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=f"d:{meeting_id}")


def page_buttons(list_key: str, offset: int, shown: int, total: int) -> list[InlineKeyboardButton]:
    row: list[InlineKeyboardButton] = []
    if offset > 0:
        row.append(
            InlineKeyboardButton("◀ Trước", callback_data=f"n:{list_key}:{max(0, offset - PAGE)}")
        )
    if offset + shown < total:
        row.append(InlineKeyboardButton("Tiếp ▶", callback_data=f"n:{list_key}:{offset + shown}"))
    return row


def list_buttons(
    meetings: list[Meeting], list_key: str | None, offset: int, total: int
) -> list[list[InlineKeyboardButton]]:
    rows: list[list[InlineKeyboardButton]] = []
    if len(meetings) > 1:
        rows.append(
            [details_button(str(offset + n), m.id) for n, m in enumerate(meetings, start=1)]
        )
    elif len(meetings) == 1:
        rows.append(
            [
                details_button("Chi tiết", meetings[0].id),
                InlineKeyboardButton("Liên quan", callback_data=f"n:r{meetings[0].id}:0"),
            ]
        )
    if list_key is not None:
        nav = page_buttons(list_key, offset, len(meetings), total)
        if nav:
            rows.append(nav)
    return rows


# ----------------------------------------------------------------- pieces


def sources_html(m: Meeting, limit: int = 3) -> str:
    shown = [r.source_html(s) for s in m.sources[:limit]]
    more = len(m.sources) - limit
    if more > 0:
        shown.append(f"+{more}")
    return ", ".join(shown)


def line_html(m: Meeting) -> str:
    return r.esc(r.trim(meeting_line(m), 300))


def list_html(header: str, meetings: list[Meeting], offset: int) -> str:
    body = r.numbered((line_html(m) for m in meetings), start=offset + 1)
    return f"{header}\n{body}" if body else header


def _missing_sources(answer: str, m: Meeting) -> list[str]:
    """The sources to add under an answer that names none of them."""
    return [] if any(s in answer for s in m.sources) else m.sources


def intent_of(result: AskResult) -> str | None:
    understood = result.understood
    if isinstance(understood, dict):
        return understood.get("intent")
    return getattr(understood, "intent", None)


# ----------------------------------------------------------------- views


async def question_view(context: Context, question: str, offset: int = 0) -> View:
    """The answer to a question (first page), or a later page of its results."""
    day = today(context)
    view, paged = await context.bot_data.views.get(
        get_store(context),
        ("question", question, offset, day),
        lambda: _question_view(context, question, offset, day),
    )
    if paged:  # its buttons name the question by key: keep that key alive
        queries(context).put(question)
    return view


async def _question_view(
    context: Context, question: str, offset: int, day: date
) -> tuple[View, bool]:
    result = await ask(get_store(context), question, today=day, limit=PAGE, offset=offset)
    total = result.total or 0
    paged = total > len(result.results)
    key = f"q{QueryCache.key_for(question)}" if paged else None
    if offset == 0 and not result.results and len(question) > LONG_QUESTION:
        # Echoing what was (not) understood of a pasted paragraph would be a wall of text.
        return View(r.fit(long_question_html(result.suggestions))), False
    if offset == 0:
        html = r.answer_html(result.answer, urls=[u for m in result.results for u in m.sources])
        if len(result.results) == 1:
            extra = _missing_sources(result.answer, result.results[0])
            if extra:
                html += "\nNguồn: " + ", ".join(r.source_html(s) for s in extra[:3])
        return View(r.fit(html), list_buttons(result.results, key, 0, total)), paged
    if not result.results:
        return View("Không còn kết quả nào nữa cho câu hỏi này."), False
    header = (
        f"Kết quả {offset + 1}–{offset + len(result.results)} / {total} cho "
        f"«{r.esc(r.trim(question, 120))}»:"
    )
    view = View(
        r.fit(list_html(header, result.results, offset)),
        list_buttons(result.results, key, offset, total),
    )
    return view, paged


async def latest_view(context: Context, offset: int = 0) -> View:
    store = get_store(context)
    return await context.bot_data.views.get(
        store, ("latest", offset), lambda: _latest_view(store, offset)
    )


async def _latest_view(store: Store, offset: int) -> View:
    total = await store.count_meetings()
    meetings = await store.meetings(limit=PAGE, offset=offset)
    if not meetings:
        if total == 0:
            return View("Chưa có cuộc gặp nào trong dữ liệu.")
        return View("Không còn cuộc gặp nào cũ hơn.")
    header = f"<b>Các cuộc gặp mới nhất</b> ({offset + 1}–{offset + len(meetings)} / {total}):"
    return View(
        r.fit(list_html(header, meetings, offset)), list_buttons(meetings, "l", offset, total)
    )


def detail_html(m: Meeting) -> str:
    """Everything the store knows about one meeting, sources linked."""
    head = r.esc(
        format_date(m)
    )  # includes the time of day + (f" · {r.esc(m.place)}" if m.place else "")
    lines = [
        f"<b>{head}</b>",
        f"{r.esc(m.kind.capitalize())}: {r.esc(r.trim(participants_text(m), 600))}",
    ]
    if m.sectors:
        lines.append(f"Lĩnh vực: {r.esc(', '.join(m.sectors))}")
    if m.summary:
        lines.append(r.esc(r.trim(m.summary, 1200)))
    points = [p for p in m.key_points if p and p not in m.summary][:3]
    if points:
        lines.append("\n".join(f"• {r.esc(r.trim(p, 400))}" for p in points))
    if m.sources:
        lines.append(f"Nguồn: {sources_html(m, limit=5)}")
    return r.fit("\n".join(lines))


async def detail_view(context: Context, meeting_id: str) -> View | None:
    store = get_store(context)
    return await context.bot_data.views.get(
        store, ("detail", meeting_id), lambda: _detail_view(store, meeting_id)
    )


async def _detail_view(store: Store, meeting_id: str) -> View | None:
    m = await store.meeting(meeting_id)
    if m is None:
        return None
    buttons = [[InlineKeyboardButton("Cuộc gặp liên quan", callback_data=f"n:r{m.id}:0")]]
    return View(detail_html(m), buttons)


def _span(m: Meeting) -> tuple[date, date] | None:
    start, end = date_bounds(m.date)
    if not start or not end:
        return None
    return date.fromisoformat(start), date.fromisoformat(end)


def related_meetings(m: Meeting, candidates: list[Meeting]) -> list[Meeting]:
    """Meetings of the same trip first (near in time, same place or people), then the same
    people, then meetings sharing one person; each group newest first as given."""
    names = {p.name for p in m.participants}
    span = _span(m)
    tiers: list[tuple[int, int, Meeting]] = []
    for pos, other in enumerate(candidates):
        if other.id == m.id:
            continue
        other_names = {p.name for p in other.participants}
        shared = names & other_names
        near = False
        other_span = _span(other)
        if (
            span
            and other_span
            and (m.date and other.date and len(m.date) >= 7 and len(other.date) >= 7)
        ):
            gap = max(span[0], other_span[0]) - min(span[1], other_span[1])
            near = gap <= timedelta(days=TRIP_DAYS)
        if near and (shared or (m.place and other.place == m.place)):
            tiers.append((0, pos, other))
        elif shared and shared == names == other_names:
            tiers.append((1, pos, other))
        elif shared:
            tiers.append((2, pos, other))
    return [t[2] for t in sorted(tiers, key=lambda t: (t[0], t[1]))]


async def related_view(context: Context, meeting_id: str, offset: int = 0) -> View | None:
    store = get_store(context)
    return await context.bot_data.views.get(
        store, ("related", meeting_id, offset), lambda: _related_view(store, meeting_id, offset)
    )


async def _related_view(store: Store, meeting_id: str, offset: int) -> View | None:
    m = await store.meeting(meeting_id)
    if m is None:
        return None
    found = related_meetings(m, await store.meetings(limit=RELATED_SCAN))
    page = found[offset : offset + PAGE]
    title = r.esc(r.trim(f"{format_date(m)} · {participants_text(m)}", 200))
    if not page:
        return View(f"Chưa có cuộc gặp nào liên quan tới cuộc gặp {title}.")
    header = (
        f"<b>Liên quan</b> tới cuộc gặp {title} ({offset + 1}–{offset + len(page)} / {len(found)}):"
    )
    return View(
        r.fit(list_html(header, page, offset)), list_buttons(page, f"r{m.id}", offset, len(found))
    )
