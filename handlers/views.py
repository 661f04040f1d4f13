"""The replies the bot composes — answers, lists, meeting details — as HTML plus buttons.

Commands, free text, buttons and the console all show the same views, so a question asked
with ``/tim``, in a private chat or by a mention in a group gets the same reply.

Callback data (≤ 64 bytes, validated in ``handlers.buttons``):
``d:<meeting id>`` details · ``n:<list>:<offset>`` a page of a list, where ``<list>`` is
``l`` (latest), ``q<8 hex>`` (a recent question) or ``r<meeting id>`` (related meetings) ·
``c:s:<meeting id>`` every article reporting a meeting · ``c:l:<meeting id>`` all its sectors.
A suggestion is a button asking its question (``n:q<8 hex>:0``).
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import BadRequest

from handlers import render as r
from handlers.common import Context, QueryCache, chat_lang, get_store, queries, thread_of, today
from store.language import citation
from store.language import wording_i18n as i18n
from store.language.cards import (
    UNKNOWN_PLACE,
    button_label,
    hidden_sectors,
    quote_items,
    sectors_text,
    whole_sentences,
)
from store.language.catalogue import say
from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from store.language.wording import format_date, meeting_line, participants_text
from store.services.answer import AskResult, ask, off_loop
from store.storage.db import Store, date_bounds

log = logging.getLogger(__name__)

PAGE = 5
RELATED_SCAN = 2000  # meetings looked at for "related"; newest first
TRIP_DAYS = 7
LONG_QUESTION = 300  # characters; longer text that matches nothing gets a short hint


SUGGESTION_BUTTONS = 4
BUTTONS_PER_ROW = 2


def long_question_html(suggestions: list[str], lang: str = "vi") -> str:
    text = say(lang, "view.long_question")
    if suggestions:
        text += "\n" + r.esc(say(lang, "answer.suggestions_buttons"))
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
    """A new message in the button's chat — in its forum topic, if it is in one (a button
    on an inline message has no chat)."""
    if query.message is not None:
        await context.bot.send_message(
            query.message.chat.id,
            r.fit(view.html),
            reply_markup=view.markup,
            message_thread_id=thread_of(query.message),
        )


# ----------------------------------------------------------------- buttons


def details_button(label: str, meeting_id: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(label, callback_data=f"d:{meeting_id}")


def sources_button(m: Meeting) -> list[InlineKeyboardButton]:
    """ "📰 3 nguồn" when several articles report the meeting: opens their list."""
    if len(m.citations) < 2:
        return []
    label = say(chat_lang(), "button.sources", n=len(m.citations))
    return [InlineKeyboardButton(label, callback_data=f"c:s:{m.id}")]


def sectors_button(m: Meeting) -> list[InlineKeyboardButton]:
    """ "🏷 +3 lĩnh vực" when a card lists only the first sectors: opens them all."""
    more = hidden_sectors(m.sectors)
    if not more:
        return []
    label = say(chat_lang(), "button.sectors", n=more)
    return [InlineKeyboardButton(label, callback_data=f"c:l:{m.id}")]


def suggestion_buttons(
    context: Context, suggestions: list[str]
) -> list[list[InlineKeyboardButton]]:
    """Each suggested question as a button that asks it (the question kept by a short key)."""
    rows = []
    for text in suggestions[:SUGGESTION_BUTTONS]:
        key = queries(context).put(text)
        rows.append([InlineKeyboardButton(f"🔎 {r.trim(text, 60)}", callback_data=f"n:q{key}:0")])
    return rows


def page_buttons(list_key: str, offset: int, shown: int, total: int) -> list[InlineKeyboardButton]:
    row: list[InlineKeyboardButton] = []
    if offset > 0:
        back = say(chat_lang(), "button.previous")
        row.append(
            InlineKeyboardButton(back, callback_data=f"n:{list_key}:{max(0, offset - PAGE)}")
        )
    if offset + shown < total:
        more = say(chat_lang(), "button.next")
        row.append(InlineKeyboardButton(more, callback_data=f"n:{list_key}:{offset + shown}"))
    return row


def list_buttons(
    meetings: list[Meeting],
    list_key: str | None,
    offset: int,
    total: int,
    asked: Collection[str] = (),
    day: date | None = None,
) -> list[list[InlineKeyboardButton]]:
    """Details buttons named by date and counterpart ("8/5 · Mishustin"), then paging."""
    rows: list[list[InlineKeyboardButton]] = []
    if len(meetings) > 1:
        lang = chat_lang()
        buttons = [
            details_button(i18n.localize_question(button_label(m, asked, day), lang), m.id)
            for m in meetings
        ]
        rows += [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    elif len(meetings) == 1:
        m = meetings[0]
        rows.append(
            [
                details_button(say(chat_lang(), "button.details"), m.id),
                InlineKeyboardButton(
                    say(chat_lang(), "button.related"), callback_data=f"n:r{m.id}:0"
                ),
            ]
        )
        extra = sources_button(m) + sectors_button(m)
        if extra:
            rows.append(extra)
    if list_key is not None:
        nav = page_buttons(list_key, offset, len(meetings), total)
        if nav:
            rows.append(nav)
    return rows


# ----------------------------------------------------------------- pieces


def line_html(m: Meeting, lang: str = "vi") -> str:
    """One meeting in a list: date · place · kind: names (its source, linked)."""
    line = meeting_line(m, with_source=False) if lang == "vi" else i18n.meeting_line(m, lang, False)
    body = r.esc(r.trim(line, 260))
    source = r.compact_source_html(m)
    return f"{body} ({source})" if source else body


def list_html(header: str, meetings: list[Meeting], offset: int, lang: str = "vi") -> str:
    body = r.numbered((line_html(m, lang) for m in meetings), start=offset + 1)
    return f"{header}\n{body}" if body else header


def _names_source(answer: str, m: Meeting) -> bool:
    """Whether an answer cites the meeting's source already."""
    if m.citations:
        return any(label in answer for label in (citation.cite(m.citations[0]),))
    return any(s in answer for s in m.sources)


def answer_text(result: AskResult) -> str:
    """The plain answer with the sentences about what was asked quoted under list items;
    the suggestions become buttons, so their line only points at them."""
    text = quote_items(result.answer, result.results, result.quotes, result.offset)
    if result.suggestions:
        head = say(result.lang, "answer.suggestions", value="")
        lines = text.split("\n")
        text = "\n".join(
            say(result.lang, "answer.suggestions_buttons") if x.startswith(head) else x
            for x in lines
        )
    return text


def intent_of(result: AskResult) -> str | None:
    understood = result.understood
    if isinstance(understood, dict):
        return understood.get("intent")
    return getattr(understood, "intent", None)


# ----------------------------------------------------------------- views


async def question_view(context: Context, question: str, offset: int = 0) -> View:
    """The answer to a question (first page), or a later page of its results."""
    day = today(context)
    lang = chat_lang()
    view, keep = await context.bot_data.views.get(
        get_store(context),
        ("question", question, offset, day, lang),
        lambda: _question_view(context, question, offset, day),
    )
    for asked in keep:  # its buttons name these questions by key: keep the keys alive
        queries(context).put(asked)
    return view


async def _question_view(
    context: Context, question: str, offset: int, day: date
) -> tuple[View, list[str]]:
    lang = chat_lang()
    result = await off_loop(
        ask, get_store(context), question, today=day, limit=PAGE, offset=offset, default=lang
    )
    total = result.total or 0
    paged = total > len(result.results)
    key = f"q{QueryCache.key_for(question)}" if paged else None
    keep = ([question] if paged else []) + result.suggestions[:SUGGESTION_BUTTONS]
    suggestions = suggestion_buttons(context, result.suggestions)
    asked = set(result.understood.leaders)
    if offset == 0 and not result.results and len(question) > LONG_QUESTION:
        # Echoing what was (not) understood of a pasted paragraph would be a wall of text.
        return View(r.fit(long_question_html(result.suggestions, lang)), suggestions), keep
    if offset == 0:
        html = r.answer_html(
            answer_text(result),
            urls=[u for m in result.results for u in m.sources],
            meetings=result.results,
        )
        if len(result.results) == 1 and not _names_source(result.answer, result.results[0]):
            html += (
                "\n" + say(result.lang, "view.sources") + r.meeting_sources_html(result.results[0])
            )
        buttons = list_buttons(result.results, key, 0, total, asked, day) + suggestions
        return View(r.fit(html), buttons), keep
    if not result.results:
        return View(say(lang, "view.no_more")), keep
    header = say(
        lang,
        "view.page",
        first=offset + 1,
        last=offset + len(result.results),
        total=total,
        question=r.esc(r.trim(question, 120)),
    )
    view = View(
        r.fit(list_html(header, result.results, offset, result.lang)),
        list_buttons(result.results, key, offset, total, asked, day),
    )
    return view, keep


async def latest_view(context: Context, offset: int = 0) -> View:
    store = get_store(context)
    return await context.bot_data.views.get(
        store, ("latest", offset, chat_lang()), lambda: _latest_view(store, offset, chat_lang())
    )


async def _latest_view(store: Store, offset: int, lang: str = "vi") -> View:
    total = await store.count_meetings()
    meetings = await store.meetings(limit=PAGE, offset=offset)
    if not meetings:
        return View(say(lang, "view.empty_store" if total == 0 else "view.no_older"))
    header = say(lang, "view.latest", first=offset + 1, last=offset + len(meetings), total=total)
    return View(
        r.fit(list_html(header, meetings, offset, lang)),
        list_buttons(meetings, "l", offset, total),
    )


EVIDENCE_MAX = 900  # characters of a quoted sentence under a fact (longer: cut at a word)
SOURCES_LISTED = 15  # articles cited in a meeting's list of sources
SUMMARY_MAX = 900
POINT_MAX = 400


def _evidence(m: Meeting, fact: str, shown: set[str]) -> list[str]:
    """The sentence a fact was read from, quoted under it (once per card)."""
    sentence = whole_sentences(m.evidence.get(fact) or "", EVIDENCE_MAX)
    if not sentence or sentence in shown:
        return []
    shown.add(sentence)
    return [f"   <i>«{r.esc(sentence)}»</i>"]


def detail_title(m: Meeting, lang: str = "vi") -> str:
    """ "Hội kiến · tối 8/5/2025 · Moskva" (plain text)."""
    remote = not m.place and get_lexicon().kind_is(m.kind, "remote")
    if lang != "vi":
        place = (
            i18n.place(m.place, lang) if m.place else ("" if remote else say(lang, "place.unknown"))
        )
        kind = i18n.kind(m.kind, lang)
        return " · ".join(
            x for x in (kind[:1].upper() + kind[1:], i18n.format_date(m, lang), place) if x
        )
    place = m.place or ("" if remote else UNKNOWN_PLACE)
    return " · ".join(x for x in (m.kind.capitalize(), format_date(m), place) if x)


def _detail_html_in(m: Meeting, lang: str, remote: bool, quoted: set[str]) -> str:
    """The detail card in English or Russian; the sentences quoted under each fact are the
    Vietnamese article's own words, and the card says so."""
    if m.place:
        place = i18n.place(m.place, lang)
    else:
        place = (
            say(lang, "place.remote", kind=i18n.kind(m.kind, lang))
            if remote
            else say(lang, "place.unknown")
        )
    kind = i18n.kind(m.kind, lang)
    when = i18n.format_date(m, lang) + citation.date_note(m, lang)  # a source's other day
    lines = [
        f"<b>{r.esc(detail_title(m, lang))}</b>",
        f"<i>{r.esc(say(lang, 'detail.vi_note'))}</i>",
        "📅 " + r.esc(say(lang, "card.when", value=when)),
        *_evidence(m, "date", quoted),
        "📍 " + r.esc(say(lang, "card.where", value=place)),
        *_evidence(m, "place", quoted),
        f"👥 {r.esc(kind[:1].upper() + kind[1:])}: {r.esc(r.trim(i18n.participants(m, lang), 600))}",
        *_evidence(m, "participants", quoted),
    ]
    if m.sectors:
        lines.append(
            "🏷 " + r.esc(say(lang, "card.sectors", value=i18n.sectors_text(m.sectors, lang)))
        )
    if m.citations or m.sources:
        lines.append("📰 " + say(lang, "view.sources") + r.meeting_sources_html(m))
    return r.fit("\n".join(lines))


def detail_html(m: Meeting, lang: str = "vi") -> str:
    """Everything the store knows about one meeting: each fact with the sentence it came
    from, sectors, whole sentences of the article, sources linked."""
    quoted: set[str] = set()
    remote = not m.place and get_lexicon().kind_is(m.kind, "remote")
    if lang != "vi":
        return _detail_html_in(m, lang, remote, quoted)
    place = m.place or (say("vi", "place.remote", kind=m.kind) if remote else UNKNOWN_PLACE)
    lines = [
        f"<b>{r.esc(detail_title(m))}</b>",
        "📅 " + r.esc(say("vi", "card.when", value=format_date(m) + citation.date_note(m, "vi"))),
        *_evidence(m, "date", quoted),
        "📍 " + r.esc(say("vi", "card.where", value=place)),
        *_evidence(m, "place", quoted),
        f"👥 {r.esc(m.kind.capitalize())}: {r.esc(r.trim(participants_text(m), 600))}",
        *_evidence(m, "participants", quoted),
    ]
    if m.sectors:
        lines.append("🏷 " + r.esc(say("vi", "card.sectors", value=sectors_text(m.sectors))))
    summary = whole_sentences(m.summary, SUMMARY_MAX) if m.summary else ""
    # The summary is often the evidence sentence, shortened: then it is said already.
    said = [" ".join(e.split()) for e in m.evidence.values() if e]
    head = " ".join(m.summary.split()).rstrip("…")
    if summary and summary not in quoted and not any(e.startswith(head) for e in said):
        lines.append(r.esc(summary))
    points = [
        p
        for p in (whole_sentences(x, POINT_MAX, cut=False) for x in m.key_points)
        if p and p not in summary and p not in quoted
    ][:3]
    if points:
        lines.append("\n".join(f"• {r.esc(p)}" for p in points))
    if m.citations or m.sources:
        lines.append("📰 " + r.esc(say("vi", "view.sources")) + r.meeting_sources_html(m))
    return r.fit("\n".join(lines))


async def detail_view(context: Context, meeting_id: str, admin: bool = False) -> View | None:
    """A meeting's card; ``admin`` adds the correction buttons (Sửa / Xoá)."""
    store = get_store(context)
    lang = chat_lang()
    return await context.bot_data.views.get(
        store,
        ("detail", meeting_id, admin, lang),
        lambda: _detail_view(store, meeting_id, admin, lang),
    )


async def _detail_view(store: Store, meeting_id: str, admin: bool, lang: str = "vi") -> View | None:
    m = await store.meeting(meeting_id)
    if m is None:
        return None
    buttons = []
    extra = sources_button(m) + sectors_button(m)
    if extra:
        buttons.append(extra)
    related = say(lang, "button.related_meetings")
    buttons.append([InlineKeyboardButton(related, callback_data=f"n:r{m.id}:0")])
    if admin:
        buttons.append(
            [
                InlineKeyboardButton(say(lang, "button.edit"), callback_data=f"m:e:{m.id}"),
                InlineKeyboardButton(say(lang, "button.delete"), callback_data=f"m:x:{m.id}"),
            ]
        )
    return View(detail_html(m, lang), buttons)


async def meeting_sources_view(context: Context, meeting_id: str) -> View | None:
    """Every article reporting a meeting, each cited and linked."""
    m = await get_store(context).meeting(meeting_id)
    if m is None:
        return None
    lang = chat_lang()
    outlets = citation.outlets(m.citations)
    title = r.esc(r.trim(detail_title(m, lang), 200))
    head = say(lang, "view.articles", n=len(m.citations), outlets=len(outlets), title=title)
    body = r.numbered(r.cite_html(c) for c in m.citations[:SOURCES_LISTED])
    if len(m.citations) > SOURCES_LISTED:
        body += "\n" + r.esc(say(lang, "view.more_articles", n=len(m.citations) - SOURCES_LISTED))
    if not m.citations:
        body = ", ".join(r.source_html(s) for s in m.sources)
    details = details_button(say(lang, "button.meeting_details"), m.id)
    return View(r.fit(f"{head}\n{body}"), [[details]])


async def meeting_sectors_view(context: Context, meeting_id: str) -> View | None:
    """All the sectors a meeting touched on."""
    m = await get_store(context).meeting(meeting_id)
    if m is None:
        return None
    lang = chat_lang()
    title = r.esc(r.trim(detail_title(m, lang), 200))
    head = say(lang, "view.sectors_of", n=len(m.sectors), title=title)
    names = [s if lang == "vi" else i18n.sector(s, lang) for s in m.sectors]
    body = "\n".join(f"• {r.esc(s)}" for s in names) or r.esc(say(lang, "view.no_sectors"))
    details = details_button(say(lang, "button.meeting_details"), m.id)
    return View(r.fit(f"{head}\n{body}"), [[details]])


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
        store,
        ("related", meeting_id, offset, chat_lang()),
        lambda: _related_view(store, meeting_id, offset, chat_lang()),
    )


async def _related_view(
    store: Store, meeting_id: str, offset: int, lang: str = "vi"
) -> View | None:
    m = await store.meeting(meeting_id)
    if m is None:
        return None
    found = related_meetings(m, await store.meetings(limit=RELATED_SCAN))
    page = found[offset : offset + PAGE]
    said = (
        f"{format_date(m)} · {participants_text(m)}"
        if lang == "vi"
        else f"{i18n.format_date(m, lang)} · {i18n.participants(m, lang)}"
    )
    title = r.esc(r.trim(said, 200))
    if not page:
        return View(say(lang, "view.no_related", title=title))
    header = say(
        lang,
        "view.related",
        title=title,
        first=offset + 1,
        last=offset + len(page),
        total=len(found),
    )
    return View(
        r.fit(list_html(header, page, offset, lang)),
        list_buttons(page, f"r{m.id}", offset, len(found)),
    )
