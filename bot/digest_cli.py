"""``briefing digest`` and ``briefing subscriptions``: look at digests without Telegram.

Both only read the store (no python-telegram-bot import), so they answer at once.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from bot.cli_parser import int_value
from store.language.localtime import DEFAULT_TZ

# Store modules load when a command runs: `briefing ask` builds this parser too.
if TYPE_CHECKING:
    from store.storage.db import Store


CHAT_ID_HELP = (
    "Id chat: `briefing subscriptions` liệt kê id của mọi chat đã đăng ký. Trong Telegram, id\n"
    "của chat riêng là id người dùng (số dương), của nhóm là số âm (siêu nhóm: -100…); chat\n"
    "của `briefing chat` có id 1001."
)


def add_parsers(
    subparsers: Any, cmd_digest: Any, cmd_subscriptions: Any, *, json_help: str = ""
) -> None:
    p = subparsers.add_parser(
        "digest",
        help="xem trước bản tin mà một chat sẽ nhận lúc này",
        description=(
            "In bản tin mà một chat đã đăng ký (/dangky) sẽ nhận nếu được gửi lúc này: các cuộc\n"
            "gặp mới từ lần gửi trước, theo bộ lọc của chat. Không gửi gì và không thay đổi gì;\n"
            "bot (`briefing run`) tự gửi bản tin theo lịch.\n" + CHAT_ID_HELP
        ),
        epilog=(
            "Ví dụ:\n  briefing digest --chat 1001\n  briefing digest --chat -1001234567890 --json"
        ),
    )
    p.add_argument(
        "--chat", type=int_value, required=True, metavar="ID", help="id của chat Telegram"
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="chỉ xem trước, không gửi (luôn như vậy; giữ cho các script cũ)",
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_digest)

    p = subparsers.add_parser(
        "subscriptions",
        help="các chat đã đăng ký bản tin, kèm id",
        description=(
            "Liệt kê các chat đã đăng ký bản tin: id chat, lịch gửi (hằng ngày, hằng tuần hoặc\n"
            "ngay khi có tin; múi giờ nếu khác giờ Việt Nam), trạng thái và bộ lọc (lãnh đạo,\n"
            "lĩnh vực). Đăng ký bằng /dangky trong chat với bot."
        ),
        epilog="Ví dụ:\n  briefing subscriptions\n  briefing subscriptions --json",
    )
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_subscriptions)


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


async def run_digest(args: argparse.Namespace, store: Store) -> int:
    from handlers.render import render_digest
    from store.services.digest import plan_digest
    from store.storage.subscriptions import get_subscription

    sub = await get_subscription(store, args.chat)
    if sub is None:
        print(
            f"Chat {args.chat} chưa đăng ký bản tin (gõ /dangky trong chat đó; "
            "`briefing subscriptions` liệt kê các chat đã đăng ký).",
            file=sys.stderr,
        )
        return 1
    plan = await plan_digest(store, sub)
    day = datetime.now(UTC).astimezone(sub.zone).date()
    would_send = sub.active and (not plan.empty or sub.send_empty)
    messages = render_digest(plan, sub, day=day, html_mode=False)
    if args.json:
        _dump(
            {
                "chat_id": sub.chat_id,
                "subscription": sub.public(),
                "since_seq": plan.cursor_from,
                "until_seq": plan.cursor_to,
                "meetings": [m.public() for m in plan.meetings],
                "more": plan.more,
                "would_send": would_send,
                "messages": [m.text for m in messages] if would_send else [],
            }
        )
        return 0
    if not sub.active:
        print(f"(Đăng ký của chat {sub.chat_id} đang tắt — bản tin sẽ không được gửi.)")
    elif not would_send:
        print("(Không có cuộc gặp mới nào khớp — hôm nay sẽ không gửi gì.)")
        return 0
    print("\n\n".join(m.text for m in messages))
    return 0


async def run_subscriptions(args: argparse.Namespace, store: Store) -> int:
    from store.storage.subscriptions import list_subscriptions

    subs = await list_subscriptions(store)
    if args.json:
        _dump([s.public() for s in subs])
        return 0
    if not subs:
        print("Chưa có chat nào đăng ký bản tin.")
        return 0
    for s in subs:
        state = "bật" if s.active else f"tắt ({s.reason or '—'})"
        when = s.schedule_text() + ("" if s.tz == DEFAULT_TZ else f" ({s.tz})")
        print(f"{s.chat_id:>15}  {when:<28} {state:<16} {s.filters.describe()}")
    return 0
