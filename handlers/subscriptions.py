"""Digest subscriptions in Telegram: /dangky, /huydangky, /caidat and the settings buttons.

Anyone may subscribe a private chat. In a group only its administrators — including an
anonymous admin posting as the group — may change the group's subscription; others get
a polite refusal. The bot process puts a scheduler in ``bot_data.digests``
(``bot.digests.DigestService``) and every change here re-registers the chat's daily job;
without one (the console) the change is stored and picked up at the next start.

Settings buttons carry ``s:<action>[:<value>]`` (≤ 64 bytes). The digest's numbered
buttons are ``d:<meeting id>``, which ``handlers.buttons`` answers with the meeting card.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from telegram import (
    ChatMember,
    ChatMemberRestricted,
    InlineKeyboardButton,
    Update,
)
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
)

from handlers import render as r
from handlers.commands import Command, add_command
from handlers.common import (
    Context,
    Scheduler,
    command_args,
    get_settings,
    get_store,
    today,
)
from handlers.permissions import chat_admin_only
from handlers.views import View, reply_view, show_in_place
from store.language.localtime import DEFAULT_TZ
from store.language.subscription import (
    ALL_DAYS,
    WEEKDAYS,
    FilterError,
    Filters,
    Subscription,
    TimeError,
    parse_filters,
    parse_subscribe_args,
)
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

NOT_ADMIN = "Chỉ quản trị viên của nhóm mới thay đổi được bản tin của nhóm."
NOT_SUBSCRIBED = (
    "Cuộc trò chuyện này chưa đăng ký bản tin. Gõ /dangky để nhận bản tin lúc 07:00 mỗi sáng."
)
EXAMPLES = (
    "Ví dụ: <code>/dangky</code> (07:00, mọi cuộc gặp), <code>/dangky 6:30</code>, "
    "<code>/dangky 6:30 Putin năng lượng</code>, <code>/dangky dầu khí -quân sự</code> "
    "(dấu - để loại trừ), <code>/dangky tất cả</code> (bỏ lọc chủ đề)."
)


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


def _tz_label(tz: str) -> str:
    return "giờ Việt Nam" if tz == DEFAULT_TZ else tz


def _when(sub: Subscription, now: datetime) -> str:
    slot = sub.next_slot(now)
    if slot is None:
        return "chưa có (không chọn ngày nào)"
    local = slot.astimezone(sub.zone)
    return f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y} lúc {local:%H:%M}"


def summary_html(sub: Subscription, now: datetime) -> str:
    empty = "gửi «không có gì mới»" if sub.send_empty else "không gửi gì"
    lines = [
        f"Giờ gửi: <b>{r.esc(sub.time)}</b> ({r.esc(_tz_label(sub.tz))}), {r.esc(sub.days_text())}",
        f"Chủ đề: {r.esc(sub.filters.describe())}",
        f"Ngày không có tin mới: {empty}",
    ]
    if sub.active:
        lines.append(f"Bản tin tiếp theo: {r.esc(_when(sub, now))}")
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
    return [InlineKeyboardButton("⬅ Quay lại", callback_data="s:m")]


def settings_view(sub: Subscription | None, now: datetime) -> View:
    if sub is None:
        return View(
            "<b>⚙️ Bản tin hằng ngày</b>\n" + r.esc(NOT_SUBSCRIBED),
            [[InlineKeyboardButton("🔔 Đăng ký lúc 07:00", callback_data="s:r")]],
        )
    state = "đang bật" if sub.active else "đã tắt"
    html = f"<b>⚙️ Bản tin hằng ngày</b> — {state}\n{summary_html(sub, now)}"
    if not sub.active:
        return View(html, [[InlineKeyboardButton("🔔 Bật lại bản tin", callback_data="s:r")]])
    empty = "📭 Ngày trống: gửi «không có gì mới»" if sub.send_empty else "📭 Ngày trống: không gửi"
    return View(
        html,
        [
            [
                InlineKeyboardButton("🕐 Giờ gửi", callback_data="s:t"),
                InlineKeyboardButton("📅 Ngày", callback_data="s:d"),
                InlineKeyboardButton("🏷 Chủ đề", callback_data="s:f"),
            ],
            [InlineKeyboardButton(empty, callback_data="s:e")],
            [InlineKeyboardButton("🔕 Hủy đăng ký", callback_data="s:u")],
        ],
    )


def time_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅ " if t == sub.time else "") + t, f"s:t:{t.replace(':', '')}") for t in TIMES
    ]
    html = (
        f"<b>🕐 Giờ gửi bản tin</b> (hiện tại {r.esc(sub.time)}, {r.esc(_tz_label(sub.tz))})\n"
        "Chọn một giờ, hoặc gõ <code>/dangky HH:MM</code> để đặt giờ khác."
    )
    return View(html, [*_rows(buttons, 5), _back()])


def days_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅" if d in sub.days else "▫️") + WEEKDAYS[d], f"s:d:{d}") for d in ALL_DAYS
    ]
    presets = [
        InlineKeyboardButton("Mỗi ngày", callback_data="s:d:all"),
        InlineKeyboardButton("Thứ Hai – thứ Sáu", callback_data="s:d:wk"),
    ]
    html = f"<b>📅 Ngày nhận bản tin</b>: {r.esc(sub.days_text())}\nBấm một ngày để bật hoặc tắt."
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
    html = (
        f"<b>🏷 Chủ đề</b>: {r.esc(sub.filters.describe())}\n"
        "Bản tin gồm các cuộc gặp thuộc <i>bất kỳ</i> chủ đề nào đã chọn (không chọn: tất cả). "
        "Bấm để chọn hoặc bỏ; chủ đề khác thì gõ <code>/dangky chủ đề</code>, "
        "ví dụ <code>/dangky Putin dầu khí -quân sự</code>."
    )
    rows = [*_rows(sector_buttons, 2), *_rows(leader_buttons, 2)]
    if sub.filters:
        rows.append([InlineKeyboardButton("♻️ Nhận tất cả (bỏ lọc)", callback_data="s:f:all")])
    return View(html, [*rows, _back()])


# ----------------------------------------------------------------- commands


def _now(context: Context) -> datetime:
    """The scheduler's clock (tests control it), else the wall clock."""
    clock = getattr(_scheduler(context), "clock", None)
    return clock() if callable(clock) else datetime.now(UTC)


@chat_admin_only(NOT_ADMIN)
async def subscribe_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    args = command_args(message)
    try:
        at, topic_text = parse_subscribe_args(args)
        new_filters = parse_filters(topic_text, today(context)) if topic_text else None
    except (TimeError, FilterError) as exc:
        await reply_view(message, View(f"{r.esc(exc)}\n{EXAMPLES}"))
        return
    store = get_store(context)
    before = await get_subscription(store, chat.id)
    now = _now(context)
    sub, started = await subscribe(
        store, chat.id, chat.type, at=at, filters=new_filters, tz=_tz_name(context), now=now
    )
    _reschedule(context, sub, chat.id)
    where = "nhóm này" if chat.type != ChatType.PRIVATE else "bạn"
    if started:
        head = f"✅ Đã đăng ký bản tin Việt–Nga cho {where}."
        tail = "Bản tin chỉ gồm các cuộc gặp mới từ bây giờ"
        tail += "." if sub.send_empty else "; ngày không có gì mới thì không gửi."
    elif before is not None and (before.time, before.filters) == (sub.time, sub.filters):
        head = f"Bạn đã đăng ký bản tin rồi{' (cho nhóm này)' if chat.type != ChatType.PRIVATE else ''}."
        tail = ""
    else:
        head = "✅ Đã cập nhật đăng ký bản tin."
        tail = ""
    parts = [f"<b>{r.esc(head)}</b>", summary_html(sub, now)]
    if tail:
        parts.append(r.esc(tail))
    parts.append("Đổi giờ, ngày, chủ đề: /caidat · Hủy: /huydangky")
    buttons = [[InlineKeyboardButton("⚙️ Cài đặt", callback_data="s:m")]]
    await reply_view(message, View("\n".join(parts), buttons))


@chat_admin_only(NOT_ADMIN)
async def unsubscribe_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    if await unsubscribe(get_store(context), chat.id):
        _reschedule(context, None, chat.id)
        text = "🔕 Đã hủy đăng ký bản tin. Gõ /dangky bất cứ lúc nào để nhận lại."
    else:
        text = "Cuộc trò chuyện này không đăng ký bản tin nào. Gõ /dangky để đăng ký."
    await reply_view(message, View(r.esc(text)))


async def settings_command(update: Update, context: Context) -> None:
    message, chat = update.effective_message, update.effective_chat
    if message is None or chat is None:
        return
    sub = await get_subscription(get_store(context), chat.id)
    view = settings_view(sub, _now(context))
    if chat.type != ChatType.PRIVATE:
        view.html += "\n<i>Chỉ quản trị viên của nhóm mới đổi được cài đặt.</i>"
    await reply_view(message, view)


# ----------------------------------------------------------------- buttons


async def on_menu_button(update: Update, context: Context) -> None:
    """``s:m``: show the settings; anyone may look."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    sub = await get_subscription(get_store(context), chat.id)
    await query.answer(NOT_SUBSCRIBED if sub is None or not sub.active else None)
    await show_in_place(query, context, settings_view(sub, _now(context)))


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
        sub, _ = await subscribe(store, chat.id, chat.type, tz=_tz_name(context), now=now)
        _reschedule(context, sub, chat.id)
        toast = f"Đã bật bản tin lúc {sub.time}."
    elif sub is None or not sub.active:
        await query.answer(NOT_SUBSCRIBED)
        await show_in_place(query, context, settings_view(sub, now))
        return
    elif action == "u":
        await unsubscribe(store, chat.id)
        _reschedule(context, None, chat.id)
        sub = await get_subscription(store, chat.id)
        toast = "Đã hủy đăng ký bản tin."
    elif action == "t" and value:
        at = f"{value[:2]}:{value[2:]}"
        if at not in TIMES:
            await query.answer("Giờ không hợp lệ.")
            return
        sub = await update_subscription(store, chat.id, at=at, now=now)
        _reschedule(context, sub, chat.id)
        toast = f"Giờ gửi mới: {at}."
    elif action == "t":
        await query.answer()
        await show_in_place(query, context, time_view(sub))
        return
    elif action == "d" and value:
        if value == "all":
            days: tuple[int, ...] = ALL_DAYS
        elif value == "wk":
            days = (0, 1, 2, 3, 4)
        elif value.isdigit() and int(value) in ALL_DAYS:
            d = int(value)
            days = tuple(x for x in sub.days if x != d) if d in sub.days else (*sub.days, d)
        else:
            await query.answer("Nút này không hợp lệ.")
            return
        if not days:
            await query.answer("Cần chọn ít nhất một ngày.", show_alert=True)
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
    elif action == "e":
        sub = await update_subscription(store, chat.id, send_empty=not sub.send_empty, now=now)
        toast = "Đã lưu."
    await query.answer(toast or None)
    await show_in_place(query, context, settings_view(sub, now))


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
            "Đăng ký bản tin mỗi sáng (giờ, chủ đề tùy chọn)",
            usage="[HH:MM] [chủ đề]",
        ),
        subscribe_command,
    ),
    (Command("huydangky", ("unsubscribe",), "Hủy đăng ký bản tin"), unsubscribe_command),
    (Command("caidat", ("settings",), "Cài đặt bản tin: giờ, ngày, chủ đề"), settings_command),
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
