"""``briefing webhook set|delete|info``: the webhook is registered once, by hand, for every
replica (each replica only serves it, see bot.webserver)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.errors import SettingsError


def add_parsers(sub: Any, *, json_help: str = "") -> None:
    p = sub.add_parser(
        "webhook",
        help="đăng ký, xem hoặc xoá webhook của bot (một lần cho mọi bản sao)",
        description=(
            "Đăng ký webhook với Telegram một lần cho mọi bản sao của bot: `set` dùng\n"
            "BRIEFING_WEBHOOK_URL và BRIEFING_WEBHOOK_SECRET (bắt buộc, giống nhau ở mọi bản sao),\n"
            "`info` cho biết Telegram đang gửi update tới đâu, `delete` xoá webhook (để dùng polling)."
        ),
    )
    p.add_argument("action", choices=("set", "delete", "info"), help="việc cần làm")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=cmd_webhook)


def _bot(settings: Any) -> Any:
    from telegram import Bot

    from bot.app import NO_TOKEN, api_urls

    if not settings.telegram_bot_token:
        raise SettingsError(NO_TOKEN)
    kwargs: dict[str, Any] = {}
    if settings.telegram_api_base_url:
        kwargs["base_url"], kwargs["base_file_url"] = api_urls(settings.telegram_api_base_url)
    return Bot(settings.telegram_bot_token, **kwargs)


async def cmd_webhook(args: argparse.Namespace) -> int:
    from telegram import Update
    from telegram.error import TelegramError

    from bot.app import StartupError, webhook_options

    settings = args.settings
    options = webhook_options(settings) if args.action == "set" else None
    if options is not None and not settings.webhook_secret:
        raise SettingsError(
            "briefing webhook set cần BRIEFING_WEBHOOK_SECRET: mọi bản sao kiểm tra cùng một "
            "mã bí mật trong mỗi update Telegram gửi tới."
        )
    try:
        async with _bot(settings) as bot:
            if options is not None:
                await bot.set_webhook(
                    url=options["webhook_url"],
                    secret_token=options["secret_token"],
                    allowed_updates=Update.ALL_TYPES,
                )
            elif args.action == "delete":
                await bot.delete_webhook()
            info = await bot.get_webhook_info()
    except TelegramError as exc:
        raise StartupError(f"Telegram từ chối yêu cầu webhook: {exc.message}.") from None
    data = {
        "url": info.url or None,
        "pending_update_count": info.pending_update_count,
        "last_error_message": info.last_error_message,
    }
    if args.json:
        json.dump(data, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    done = {"set": "Đã đăng ký webhook. ", "delete": "Đã xoá webhook. ", "info": ""}[args.action]
    where = f"Telegram gửi update tới {info.url}" if info.url else "Chưa đăng ký webhook"
    error = f"; lỗi gần nhất: {info.last_error_message}" if info.last_error_message else ""
    print(f"{done}{where} ({info.pending_update_count} update đang chờ{error}).")
    return 0
