"""Digest subscriptions in Telegram: /dangky, /huydangky, /caidat and the settings buttons.

Anyone may subscribe a private chat. In a group only its administrators — including an
anonymous admin posting as the group — may change the group's subscription; others get
a polite refusal. /dangky sent inside a forum topic delivers to that topic. The bot
process puts a scheduler in ``bot_data.digests`` (``bot.digests.DigestService``) and every
change here re-registers the chat's job; without one (the console) the change is stored
and picked up at the next start.

Settings buttons carry ``s:<action>[:<value>]`` (≤ 64 bytes): ``m`` the panel, ``r`` turn
back on, ``u`` unsubscribe, ``t`` time, ``d`` days, ``q`` frequency (daily, weekly,
instant), ``z`` time zone, ``f``/``fs``/``fl`` topics, ``e`` empty days. The digest's
numbered buttons are ``d:<meeting id>``, answered by ``handlers.buttons``.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

from telegram import (
    ChatMember,
    ChatMemberRestricted,
    InlineKeyboardButton,
    Update,
    User,
)
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
)

from handlers import language
from handlers import render as r
from handlers.commands import Command, add_command
from handlers.common import (
    Context,
    Scheduler,
    chat_lang,
    command_args,
    get_settings,
    get_store,
    thread_of,
    today,
)
from handlers.permissions import chat_admin_only
from handlers.views import View, line_html, reply_view, show_in_place
from store.language.catalogue import items, say
from store.language.fold import fold_key
from store.language.localtime import DEFAULT_TZ
from store.language.subscribe_args import (
    COMMON_ZONES,
    FilterError,
    TimeError,
    parse_filters,
    parse_subscribe_args,
    resolve_zone,
    zone_label,
)
from store.language.subscription import (
    ALL_DAYS,
    DAILY,
    INSTANT,
    WEEKLY,
    Filters,
    Subscription,
)
from store.services.digest import FilterPreview, preview, topic_label
from store.storage.chat_languages import set_language
from store.storage.subscriptions import (
    deactivate,
    get_subscription,
    subscribe,
    unsubscribe,
    update_subscription,
)

log = logging.getLogger(__name__)

MEMBERSHIP_GROUP = 5  # own handler group: runs beside handlers.membership, not instead of it
TIMES = ("05:00", "06:00", "06:30", "07:00", "07:30", "08:00", "09:00", "12:00", "17:00", "20:00")
TOPIC_CHOICES = 8  # most frequent sectors / leaders offered as buttons
MAX_DATA = 64  # Telegram's callback_data limit, in bytes

NOT_ADMIN = "sub.not_admin"  # a catalogue key: the refusal is said in the chat's language
MODE_CODES = {"d": DAILY, "w": WEEKLY, "i": INSTANT}


def t(key: str, **values: object) -> str:
    """A subscription string in the chat's language."""
    return say(chat_lang(), f"sub.{key}", **values)


def _mode_label(mode: str) -> str:
    return t(f"mode.{mode}")


def _scheduler(context: Context) -> Scheduler | None:
    return context.bot_data.digests


def _reschedule(context: Context, sub: Subscription | None, chat_id: int) -> None:
    scheduler = _scheduler(context)
    if scheduler is None:
        return
    if sub is not None and sub.active:
        scheduler.schedule(sub)
    else:
        scheduler.unschedule(chat_id)


def _tz_name(context: Context) -> str:
    return getattr(get_settings(context), "briefing_tz", None) or DEFAULT_TZ


# ----------------------------------------------------------------- views


def _when(sub: Subscription, now: datetime) -> str:
    slot = sub.next_slot(now)
    if slot is None:
        return t("no_next")
    local = slot.astimezone(sub.zone)
    weekday = items(chat_lang(), "weekdays.short")[local.weekday()]
    return t("next_at", weekday=weekday, date=f"{local:%d/%m/%Y}", time=f"{local:%H:%M}")


def summary_html(sub: Subscription, now: datetime) -> str:
    lang = chat_lang()
    lines = [
        t("chat_id", id=sub.chat_id),
        t("receives", value=r.esc(sub.schedule_text(lang))),
        r.esc(t("zone", value=zone_label(sub.tz, now))),
        r.esc(t("topics", value=sub.filters.describe(lang, topic_label(lang)))),
    ]
    if sub.thread_id is not None:
        lines.append(r.esc(t("thread", id=sub.thread_id)))
    if sub.scheduled:
        empty = t("empty_send") if sub.send_empty else t("empty_skip")
        lines.append(r.esc(t("empty_days", value=empty)))
    if sub.active and sub.scheduled:
        lines.append(r.esc(t("next", when=_when(sub, now), zone=sub.tz)))
    elif sub.active:
        lines.append(r.esc(t("instant_note")))
    return "\n".join(lines)


def preview_html(found: FilterPreview, filters: Filters) -> str:
    """ "Bộ lọc này khớp N cuộc gặp trong 30 ngày qua" and the latest two matches."""
    head = t("preview_filtered" if filters else "preview_all", n=found.recent, days=found.days)
    if not found.latest:
        return head + r.esc(t("preview_none"))
    label = r.esc(t("latest") if found.recent else t("latest_stored"))
    lang = chat_lang()
    lines = [f"{head}; {label}:", *(f"• {line_html(m, lang)}" for m in found.latest)]
    return "\n".join(lines)


def _button(label: str, data: str) -> InlineKeyboardButton | None:
    if len(data.encode("utf-8")) > MAX_DATA:
        return None
    return InlineKeyboardButton(label, callback_data=data)


def _rows(
    buttons: list[InlineKeyboardButton | None], width: int
) -> list[list[InlineKeyboardButton]]:
    kept = [b for b in buttons if b is not None]
    return [kept[i : i + width] for i in range(0, len(kept), width)]


def _back() -> list[InlineKeyboardButton]:
    return [InlineKeyboardButton(t("back"), callback_data="s:m")]


def settings_view(sub: Subscription | None, now: datetime, chat_id: int | None = None) -> View:
    if sub is None:
        where = "\n" + t("chat_id", id=chat_id) if chat_id is not None else ""
        return View(
            t("panel") + "\n" + r.esc(t("not_subscribed")) + where,
            [[InlineKeyboardButton(t("subscribe_0700"), callback_data="s:r")]],
        )
    state = t("on") if sub.active else t("off")
    html = f"{t('panel')} — {r.esc(state)}\n{summary_html(sub, now)}"
    if not sub.active:
        return View(html, [[InlineKeyboardButton(t("resume"), callback_data="s:r")]])
    rows: list[list[InlineKeyboardButton]] = []
    if sub.scheduled:
        rows.append(
            [
                InlineKeyboardButton(t("button.time"), callback_data="s:t"),
                InlineKeyboardButton(t("button.days"), callback_data="s:d"),
            ]
        )
    rows.append(
        [
            InlineKeyboardButton(t("button.frequency"), callback_data="s:q"),
            InlineKeyboardButton(t("button.zone"), callback_data="s:z"),
            InlineKeyboardButton(t("button.topics"), callback_data="s:f"),
        ]
    )
    if sub.scheduled:
        empty = t("button.empty_send") if sub.send_empty else t("button.empty_skip")
        rows.append([InlineKeyboardButton(empty, callback_data="s:e")])
    rows.append([InlineKeyboardButton(t("button.unsubscribe"), callback_data="s:u")])
    return View(html, rows)


def frequency_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅ " if sub.mode == mode else "") + label, f"s:q:{code}")
        for code, mode in MODE_CODES.items()
        for label in [_mode_label(mode)]
    ]
    html = t("frequency", value=r.esc(sub.schedule_text(chat_lang())))
    return View(html, [*_rows(buttons, 3), _back()])


def zone_view(sub: Subscription, now: datetime) -> View:
    buttons = [
        _button(("✅ " if name == sub.tz else "") + label, f"s:z:{name}")
        for name, label in COMMON_ZONES
    ]
    html = t(
        "zone_view",
        zone=r.esc(zone_label(sub.tz, now)),
        time=r.esc(sub.time),
        usage=t("zone_usage"),
    )
    return View(html, [*_rows(buttons, 2), _back()])


def time_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅ " if t == sub.time else "") + t, f"s:t:{t.replace(':', '')}") for t in TIMES
    ]
    html = t("time_view", time=r.esc(sub.time), zone=r.esc(sub.tz))
    return View(html, [*_rows(buttons, 5), _back()])


def days_view(sub: Subscription) -> View:
    lang = chat_lang()
    short = items(lang, "weekdays.short")
    buttons = [_button(("✅" if d in sub.days else "▫️") + short[d], f"s:d:{d}") for d in ALL_DAYS]
    if sub.mode == WEEKLY:
        html = t("days_weekly", value=r.esc(sub.days_text(lang)))
        return View(html, [*_rows(buttons, 7), _back()])
    presets = [
        InlineKeyboardButton(t("button.every_day"), callback_data="s:d:all"),
        InlineKeyboardButton(t("button.workdays"), callback_data="s:d:wk"),
    ]
    html = t("days", value=r.esc(sub.days_text(lang)))
    return View(html, [*_rows(buttons, 7), presets, _back()])


async def topics_view(context: Context, sub: Subscription) -> View:
    store = get_store(context)
    inc = sub.filters.include
    sectors = list(dict.fromkeys([*inc.sectors, *(s for s, _ in await store.sector_counts())]))
    leaders = list(dict.fromkeys([*inc.leaders, *(n for n, _, _ in await store.leaders())]))
    sector_buttons = [
        _button(("✅ " if s in inc.sectors else "") + s, f"s:fs:{s}")
        for s in sectors[: max(TOPIC_CHOICES, len(inc.sectors))]
    ]
    leader_buttons = [
        _button(("✅ " if n in inc.leaders else "") + n, f"s:fl:{n}")
        for n in leaders[: max(TOPIC_CHOICES, len(inc.leaders))]
    ]
    lang = chat_lang()
    html = t("topics_view", value=r.esc(sub.filters.describe(lang, topic_label(lang))))
    rows = [*_rows(sector_buttons, 2), *_rows(leader_buttons, 2)]
    if sub.filters:
        rows.append([InlineKeyboardButton(t("button.all_topics"), callback_data="s:f:all")])
    return View(html, [*rows, _back()])


# ----------------------------------------------------------------- commands


def _now(context: Context) -> datetime:
    """The scheduler's clock (tests control it), else the wall clock."""
    clock = getattr(_scheduler(context), "clock", None)
    return clock() if callable(clock) else datetime.now(UTC)


def _chat_today(context: Context, sub: Subscription, now: datetime) -> date:
    return now.astimezone(sub.zone).date() if sub.tz else today(context)


@chat_admin_only(NOT_ADMIN)
async def subscribe_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    try:
        asked = parse_subscribe_args(command_args(message))
        new_filters = parse_filters(asked.topics, today(context)) if asked.topics else None
    except (TimeError, FilterError) as exc:
        await reply_view(message, View(f"{r.esc(exc.message(chat_lang()))}\n{t('examples')}"))
        return
    store = get_store(context)
    before = await get_subscription(store, chat.id)
    now = _now(context)
    sub, started = await subscribe(
        store,
        chat.id,
        chat.type,
        at=asked.at,
        filters=new_filters,
        tz=_tz_name(context),
        mode=asked.mode,
        weekday=asked.weekday,
        thread_id=thread_of(message),
        now=now,
    )
    _reschedule(context, sub, chat.id)
    await _keep_language(context, chat.id, update.effective_user)
    group = chat.type != ChatType.PRIVATE
    where = t("for_group") if group else t("for_you")
    if sub.thread_id is not None:
        where += t("for_thread")
    same = before is not None and _settings(before) == _settings(sub)
    if started:
        head = t("started", who=where)
        tail = t("started_tail")
        tail += "." if sub.send_empty or not sub.scheduled else t("started_tail_skip")
    elif same:
        head = t("already", where=t("already_group") if group else "")
        tail = ""
    else:
        head = t("updated")
        tail = ""
    parts = [f"<b>{r.esc(head)}</b>", summary_html(sub, now)]
    if tail:
        parts.append(r.esc(tail))
    if started or not same:
        found = await preview(get_store(context), sub.filters, _chat_today(context, sub, now))
        parts.append(preview_html(found, sub.filters))
    parts.append(r.esc(t("change_hint")))
    buttons = [[InlineKeyboardButton(t("button.settings"), callback_data="s:m")]]
    await reply_view(message, View("\n".join(parts), buttons))


async def _keep_language(context: Context, chat_id: int, user: User | None) -> None:
    """A chat that subscribes in English or Russian (its user's Telegram language, never
    chosen with /language) keeps that language for its digests, which no user's update
    carries."""
    lang = chat_lang()
    if lang != "vi" and await language.stored(context, chat_id) is None:
        await set_language(get_store(context), chat_id, lang, user.id if user else None)
        context.bot_data.languages.put(chat_id, lang)


def _settings(sub: Subscription) -> tuple[object, ...]:
    return (sub.time, sub.filters, sub.mode, sub.days, sub.tz, sub.thread_id)


@chat_admin_only(NOT_ADMIN)
async def unsubscribe_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if await unsubscribe(get_store(context), chat.id):
        _reschedule(context, None, chat.id)
        text = t("unsubscribed")
    else:
        text = t("none")
    await reply_view(message, View(r.esc(text)))


_ZONE_WORDS = ("mui gio", "tz", "timezone", "time zone", "gio")


async def settings_command(update: Update, context: Context) -> None:
    """/caidat: the settings panel (anyone may look); with a time zone, set it."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if command_args(message):
        await set_zone_command(update, context)
        return
    sub = await get_subscription(get_store(context), chat.id)
    view = settings_view(sub, _now(context), chat.id)
    if chat.type != ChatType.PRIVATE:
        view.html += t("admins_change")
    await reply_view(message, view)


def _zone_text(args: str) -> str:
    """ "múi giờ Europe/Moscow" → "Europe/Moscow"."""
    words = args.split()
    for phrase in _ZONE_WORDS:
        n = len(phrase.split())
        if fold_key(" ".join(words[:n])) == phrase and len(words) > n:
            return " ".join(words[n:])
    return args


@chat_admin_only(NOT_ADMIN)
async def set_zone_command(update: Update, context: Context) -> None:
    """/caidat múi giờ Europe/Moscow (an IANA name, a city we know, or UTC+3)."""
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    text = _zone_text(command_args(message))
    name = resolve_zone(text)
    if name is None:
        await reply_view(
            message,
            View(t("bad_zone", value=r.esc(r.trim(text, 60)))),
        )
        return
    store, now = get_store(context), _now(context)
    sub = await update_subscription(store, chat.id, tz=name, now=now)
    if sub is None:
        await reply_view(message, View(r.esc(t("not_subscribed"))))
        return
    _reschedule(context, sub, chat.id)
    view = settings_view(sub, now, chat.id)
    view.html = t("new_zone_head", value=r.esc(zone_label(name, now))) + view.html
    await reply_view(message, view)


# ----------------------------------------------------------------- buttons


async def on_menu_button(update: Update, context: Context) -> None:
    """``s:m``: show the settings; anyone may look."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    sub = await get_subscription(get_store(context), chat.id)
    await query.answer(t("not_subscribed") if sub is None or not sub.active else None)
    await show_in_place(query, context, settings_view(sub, _now(context), chat.id))


@chat_admin_only(NOT_ADMIN)
async def on_settings_button(update: Update, context: Context) -> None:
    query = update.callback_query
    chat = update.effective_chat
    if query is None or chat is None or not query.data:
        return
    parts = query.data.split(":", 2)
    action = parts[1] if len(parts) > 1 else ""
    value = parts[2] if len(parts) > 2 else ""
    store = get_store(context)
    now = _now(context)
    sub = await get_subscription(store, chat.id)
    toast = ""
    if action == "r":
        sub, _ = await subscribe(
            store,
            chat.id,
            chat.type,
            tz=_tz_name(context),
            thread_id=thread_of(query.message),
            fresh=False,  # "turn back on" resumes the old settings
            now=now,
        )
        _reschedule(context, sub, chat.id)
        toast = t("resumed", value=sub.schedule_text(chat_lang()))
    elif sub is None or not sub.active:
        await query.answer(t("not_subscribed"))
        await show_in_place(query, context, settings_view(sub, now, chat.id))
        return
    elif action == "u":
        await unsubscribe(store, chat.id)
        _reschedule(context, None, chat.id)
        sub = await get_subscription(store, chat.id)
        toast = t("stopped")
    elif action == "t" and value:
        at = f"{value[:2]}:{value[2:]}"
        if at not in TIMES:
            await query.answer(t("bad_time"))
            return
        sub = await update_subscription(store, chat.id, at=at, now=now)
        _reschedule(context, sub, chat.id)
        toast = t("new_time", value=at)
    elif action == "t":
        await query.answer()
        await show_in_place(query, context, time_view(sub))
        return
    elif action == "d" and value:
        if value == "all":
            days: tuple[int, ...] = ALL_DAYS
        elif value == "wk":
            days = (0, 1, 2, 3, 4)
        elif value.isdigit() and int(value) in ALL_DAYS and sub.mode == WEEKLY:
            days = (int(value),)  # a weekly digest has one day
        elif value.isdigit() and int(value) in ALL_DAYS:
            d = int(value)
            days = tuple(x for x in sub.days if x != d) if d in sub.days else (*sub.days, d)
        else:
            await query.answer(say(chat_lang(), "button.invalid"))
            return
        if not days:
            await query.answer(t("one_day"), show_alert=True)
            return
        sub = await update_subscription(store, chat.id, days=days, now=now)
        _reschedule(context, sub, chat.id)
        await query.answer()
        if sub is not None:
            await show_in_place(query, context, days_view(sub))
        return
    elif action == "d":
        await query.answer()
        await show_in_place(query, context, days_view(sub))
        return
    elif action in ("fs", "fl", "f") and value:
        if action == "f":
            new = Filters()  # "all": no filter
        else:
            new = sub.filters.toggled("sectors" if action == "fs" else "leaders", value)
        sub = await update_subscription(store, chat.id, filters=new, now=now)
        await query.answer()
        if sub is not None:
            await show_in_place(query, context, await topics_view(context, sub))
        return
    elif action == "f":
        await query.answer()
        await show_in_place(query, context, await topics_view(context, sub))
        return
    elif action == "q" and value:
        mode = MODE_CODES.get(value)
        if mode is None:
            await query.answer(say(chat_lang(), "button.invalid"))
            return
        sub = await update_subscription(store, chat.id, mode=mode, now=now)
        _reschedule(context, sub, chat.id)
        toast = t("new_frequency", value=_mode_label(mode).lower())
        if mode == WEEKLY and sub is not None:
            toast += t("weekly_day", value=items(chat_lang(), "sub.weekday_names")[sub.days[0]])
    elif action == "q":
        await query.answer()
        await show_in_place(query, context, frequency_view(sub))
        return
    elif action == "z" and value:
        name = resolve_zone(value)
        if name is None:
            await query.answer(t("bad_zone_button"))
            return
        sub = await update_subscription(store, chat.id, tz=name, now=now)
        _reschedule(context, sub, chat.id)
        toast = t("new_zone", value=name)
    elif action == "z":
        await query.answer()
        await show_in_place(query, context, zone_view(sub, now))
        return
    elif action == "e":
        sub = await update_subscription(store, chat.id, send_empty=not sub.send_empty, now=now)
        toast = t("saved")
    await query.answer(toast or None)
    await show_in_place(query, context, settings_view(sub, now, chat.id))


# ----------------------------------------------------------------- the bot's own membership


def _gone(member: ChatMember) -> bool:
    if isinstance(member, ChatMemberRestricted):
        return not member.is_member
    return member.status in (ChatMember.BANNED, ChatMember.LEFT)


async def on_bot_membership(update: Update, context: Context) -> None:
    """Blocked in a private chat, or removed from a group: stop its digest at once."""
    change = update.my_chat_member
    if change is None or not _gone(change.new_chat_member):
        return
    chat = change.chat
    reason = "blocked" if chat.type == ChatType.PRIVATE else "removed"
    if await deactivate(get_store(context), chat.id, reason):
        _reschedule(context, None, chat.id)
        log.info("digest for chat %s stopped: %s", chat.id, reason)


COMMANDS = [
    (
        Command(
            "dangky",
            ("subscribe",),
            say("vi", "help.cmd.dangky"),
            usage=say("vi", "help.usage.dangky"),
        ),
        subscribe_command,
    ),
    (
        Command("huydangky", ("unsubscribe",), say("vi", "help.cmd.huydangky")),
        unsubscribe_command,
    ),
    (
        Command(
            "caidat",
            ("settings",),
            say("vi", "help.cmd.caidat"),
            usage=say("vi", "help.usage.caidat"),
        ),
        settings_command,
    ),
]


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    for command, callback in COMMANDS:
        add_command(app, command, callback)
    app.add_handler(CallbackQueryHandler(on_menu_button, pattern=r"^s:m$"))
    app.add_handler(CallbackQueryHandler(on_settings_button, pattern=r"^s:"))
    app.add_handler(
        ChatMemberHandler(on_bot_membership, ChatMemberHandler.MY_CHAT_MEMBER),
        group=MEMBERSHIP_GROUP,
    )
