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
    thread_of,
    today,
)
from handlers.permissions import chat_admin_only
from handlers.views import View, line_html, reply_view, show_in_place
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
    WEEKDAY_NAMES,
    WEEKDAYS,
    WEEKLY,
    Filters,
    Subscription,
)
from store.services.digest import FilterPreview, preview
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
    "(dấu - để loại trừ), <code>/dangky ngay Putin</code> (báo ngay khi có tin), "
    '<code>/dangky hằng tuần thứ 2 8:00</code>, <code>/dangky "ASEAN"</code> (từ khoá), '
    "<code>/dangky tất cả</code> (bỏ lọc chủ đề)."
)
MODE_LABELS = {DAILY: "Hằng ngày", WEEKLY: "Hằng tuần", INSTANT: "Ngay khi có tin"}
MODE_CODES = {"d": DAILY, "w": WEEKLY, "i": INSTANT}
ZONE_USAGE = (
    "Múi giờ khác: gõ <code>/caidat múi giờ Asia/Tokyo</code> (tên múi giờ IANA, "
    "hoặc dạng <code>UTC+3</code>)."
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


def _when(sub: Subscription, now: datetime) -> str:
    slot = sub.next_slot(now)
    if slot is None:
        return "chưa có (không chọn ngày nào)"
    local = slot.astimezone(sub.zone)
    return f"{WEEKDAYS[local.weekday()]}, {local:%d/%m/%Y} lúc {local:%H:%M}"


def summary_html(sub: Subscription, now: datetime) -> str:
    lines = [
        f"Mã cuộc trò chuyện: <code>{sub.chat_id}</code>",
        f"Nhận bản tin: <b>{r.esc(sub.schedule_text())}</b>",
        f"Múi giờ: {r.esc(zone_label(sub.tz, now))}",
        f"Chủ đề: {r.esc(sub.filters.describe())}",
    ]
    if sub.thread_id is not None:
        lines.append(f"Gửi vào chủ đề (topic) #{sub.thread_id} của nhóm")
    if sub.scheduled:
        empty = "gửi «không có gì mới»" if sub.send_empty else "không gửi gì"
        lines.append(f"Ngày không có tin mới: {empty}")
    if sub.active and sub.scheduled:
        lines.append(f"Bản tin tiếp theo: {r.esc(_when(sub, now))} (giờ {r.esc(sub.tz)})")
    elif sub.active:
        lines.append("Tin mới được báo trong vòng vài phút sau khi có; không có tin thì không gửi.")
    return "\n".join(lines)


def preview_html(found: FilterPreview, filters: Filters) -> str:
    """ "Bộ lọc này khớp N cuộc gặp trong 30 ngày qua" and the latest two matches."""
    if filters:
        head = f"🔎 Bộ lọc này khớp <b>{found.recent}</b> cuộc gặp trong {found.days} ngày qua"
    else:
        head = f"🔎 Không lọc chủ đề: <b>{found.recent}</b> cuộc gặp trong {found.days} ngày qua"
    if not found.latest:
        return head + "; chưa có cuộc gặp nào khớp trong dữ liệu."
    label = "gần nhất" if found.recent else "gần nhất trong dữ liệu"
    lines = [f"{head}; {label}:", *(f"• {line_html(m)}" for m in found.latest)]
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


def settings_view(sub: Subscription | None, now: datetime, chat_id: int | None = None) -> View:
    if sub is None:
        where = f"\nMã cuộc trò chuyện: <code>{chat_id}</code>" if chat_id is not None else ""
        return View(
            "<b>⚙️ Bản tin Việt–Nga</b>\n" + r.esc(NOT_SUBSCRIBED) + where,
            [[InlineKeyboardButton("🔔 Đăng ký lúc 07:00", callback_data="s:r")]],
        )
    state = "đang bật" if sub.active else "đã tắt"
    html = f"<b>⚙️ Bản tin Việt–Nga</b> — {state}\n{summary_html(sub, now)}"
    if not sub.active:
        return View(html, [[InlineKeyboardButton("🔔 Bật lại bản tin", callback_data="s:r")]])
    rows: list[list[InlineKeyboardButton]] = []
    if sub.scheduled:
        rows.append(
            [
                InlineKeyboardButton("🕐 Giờ gửi", callback_data="s:t"),
                InlineKeyboardButton("📅 Ngày", callback_data="s:d"),
            ]
        )
    rows.append(
        [
            InlineKeyboardButton("🔁 Tần suất", callback_data="s:q"),
            InlineKeyboardButton("🌐 Múi giờ", callback_data="s:z"),
            InlineKeyboardButton("🏷 Chủ đề", callback_data="s:f"),
        ]
    )
    if sub.scheduled:
        empty = (
            "📭 Ngày trống: gửi «không có gì mới»" if sub.send_empty else "📭 Ngày trống: không gửi"
        )
        rows.append([InlineKeyboardButton(empty, callback_data="s:e")])
    rows.append([InlineKeyboardButton("🔕 Hủy đăng ký", callback_data="s:u")])
    return View(html, rows)


def frequency_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅ " if sub.mode == mode else "") + label, f"s:q:{code}")
        for code, mode in MODE_CODES.items()
        for label in [MODE_LABELS[mode]]
    ]
    html = (
        f"<b>🔁 Tần suất</b>: {r.esc(sub.schedule_text())}\n"
        "• <b>Hằng ngày</b>: một bản tin vào giờ đã chọn.\n"
        "• <b>Hằng tuần</b>: một bản tin mỗi tuần, vào ngày và giờ đã chọn.\n"
        "• <b>Ngay khi có tin</b>: một tin ngắn vài phút sau khi có cuộc gặp mới khớp chủ đề."
    )
    return View(html, [*_rows(buttons, 3), _back()])


def zone_view(sub: Subscription, now: datetime) -> View:
    buttons = [
        _button(("✅ " if name == sub.tz else "") + label, f"s:z:{name}")
        for name, label in COMMON_ZONES
    ]
    html = (
        f"<b>🌐 Múi giờ</b>: {r.esc(zone_label(sub.tz, now))}\n"
        f"Giờ gửi {r.esc(sub.time)} được tính theo múi giờ này.\n{ZONE_USAGE}"
    )
    return View(html, [*_rows(buttons, 2), _back()])


def time_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅ " if t == sub.time else "") + t, f"s:t:{t.replace(':', '')}") for t in TIMES
    ]
    html = (
        f"<b>🕐 Giờ gửi bản tin</b> (hiện tại {r.esc(sub.time)}, {r.esc(sub.tz)})\n"
        "Chọn một giờ, hoặc gõ <code>/dangky HH:MM</code> để đặt giờ khác."
    )
    return View(html, [*_rows(buttons, 5), _back()])


def days_view(sub: Subscription) -> View:
    buttons = [
        _button(("✅" if d in sub.days else "▫️") + WEEKDAYS[d], f"s:d:{d}") for d in ALL_DAYS
    ]
    if sub.mode == WEEKLY:
        html = f"<b>📅 Ngày nhận bản tin tuần</b>: {r.esc(sub.days_text())}\nBấm để chọn ngày."
        return View(html, [*_rows(buttons, 7), _back()])
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
        await reply_view(message, View(f"{r.esc(exc)}\n{EXAMPLES}"))
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
    where = "nhóm này" if chat.type != ChatType.PRIVATE else "bạn"
    if sub.thread_id is not None:
        where += " (chủ đề này của nhóm)"
    same = before is not None and _settings(before) == _settings(sub)
    if started:
        head = f"✅ Đã đăng ký bản tin Việt–Nga cho {where}."
        tail = "Bản tin chỉ gồm các cuộc gặp mới từ bây giờ"
        tail += (
            "." if sub.send_empty or not sub.scheduled else "; ngày không có gì mới thì không gửi."
        )
    elif same:
        head = f"Bạn đã đăng ký bản tin rồi{' (cho nhóm này)' if chat.type != ChatType.PRIVATE else ''}."
        tail = ""
    else:
        head = "✅ Đã cập nhật đăng ký bản tin."
        tail = ""
    parts = [f"<b>{r.esc(head)}</b>", summary_html(sub, now)]
    if tail:
        parts.append(r.esc(tail))
    if started or not same:
        found = await preview(get_store(context), sub.filters, _chat_today(context, sub, now))
        parts.append(preview_html(found, sub.filters))
    parts.append("Đổi giờ, tần suất, múi giờ, chủ đề: /caidat · Hủy: /huydangky")
    buttons = [[InlineKeyboardButton("⚙️ Cài đặt", callback_data="s:m")]]
    await reply_view(message, View("\n".join(parts), buttons))


def _settings(sub: Subscription) -> tuple[object, ...]:
    return (sub.time, sub.filters, sub.mode, sub.days, sub.tz, sub.thread_id)


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
        view.html += "\n<i>Chỉ quản trị viên của nhóm mới đổi được cài đặt.</i>"
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
            View(
                f"Không nhận ra múi giờ «{r.esc(r.trim(text, 60))}». Ví dụ: "
                "<code>/caidat múi giờ Europe/Moscow</code>, <code>/caidat múi giờ Asia/Tokyo</code>, "
                "<code>/caidat múi giờ UTC+3</code>."
            ),
        )
        return
    store, now = get_store(context), _now(context)
    sub = await update_subscription(store, chat.id, tz=name, now=now)
    if sub is None:
        await reply_view(message, View(r.esc(NOT_SUBSCRIBED)))
        return
    _reschedule(context, sub, chat.id)
    view = settings_view(sub, now, chat.id)
    view.html = f"<b>✅ Múi giờ mới: {r.esc(zone_label(name, now))}.</b>\n" + view.html
    await reply_view(message, view)


# ----------------------------------------------------------------- buttons


async def on_menu_button(update: Update, context: Context) -> None:
    """``s:m``: show the settings; anyone may look."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    sub = await get_subscription(get_store(context), chat.id)
    await query.answer(NOT_SUBSCRIBED if sub is None or not sub.active else None)
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
        toast = f"Đã bật bản tin: {sub.schedule_text()}."
    elif sub is None or not sub.active:
        await query.answer(NOT_SUBSCRIBED)
        await show_in_place(query, context, settings_view(sub, now, chat.id))
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
        elif value.isdigit() and int(value) in ALL_DAYS and sub.mode == WEEKLY:
            days = (int(value),)  # a weekly digest has one day
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
    elif action == "q" and value:
        mode = MODE_CODES.get(value)
        if mode is None:
            await query.answer("Nút này không hợp lệ.")
            return
        sub = await update_subscription(store, chat.id, mode=mode, now=now)
        _reschedule(context, sub, chat.id)
        toast = f"Tần suất mới: {MODE_LABELS[mode].lower()}."
        if mode == WEEKLY and sub is not None:
            toast += f" Ngày: {WEEKDAY_NAMES[sub.days[0]]}."
    elif action == "q":
        await query.answer()
        await show_in_place(query, context, frequency_view(sub))
        return
    elif action == "z" and value:
        name = resolve_zone(value)
        if name is None:
            await query.answer("Múi giờ không hợp lệ.")
            return
        sub = await update_subscription(store, chat.id, tz=name, now=now)
        _reschedule(context, sub, chat.id)
        toast = f"Múi giờ mới: {name}."
    elif action == "z":
        await query.answer()
        await show_in_place(query, context, zone_view(sub, now))
        return
    elif action == "e":
        sub = await update_subscription(store, chat.id, send_empty=not sub.send_empty, now=now)
        toast = "Đã lưu."
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
            "Đăng ký bản tin: hằng ngày, hằng tuần hoặc ngay khi có tin",
            usage="[ngay|hằng tuần thứ 2] [HH:MM] [chủ đề]",
        ),
        subscribe_command,
    ),
    (Command("huydangky", ("unsubscribe",), "Hủy đăng ký bản tin"), unsubscribe_command),
    (
        Command(
            "caidat",
            ("settings",),
            "Cài đặt bản tin: giờ, ngày, tần suất, múi giờ, chủ đề",
            usage="[múi giờ Tên/Vùng]",
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
