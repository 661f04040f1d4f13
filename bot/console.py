"""``briefing chat``: talk to the bot in a terminal, through the very handlers Telegram uses.

Each line becomes a Telegram update from one user in a private chat and goes through
``Application.process_update``; an offline request object stands in for the Bot API and
collects what the bot sends, which is printed as plain text. No token, no network.
Buttons are listed with numbers: type ``#2`` to press the second one.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.app import build_application
from bot.settings import load_settings
from handlers.common import get_store
from handlers.render import strip_tags
from store.services.ingest import ensure_seeded
from store.storage.backends import open_store

BOT_ID = 100000001
BOT_USERNAME = "BanTinVietNgaBot"
USER_ID = 1001
QUIT = {"/thoat", "/thoát", "/quit", "/exit"}
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_PRESS = re.compile(r"^#(\d{1,2})$")

BANNER = (
    "Bản tin Việt–Nga — trò chuyện thử trên máy (không cần Telegram).\n"
    "Gõ câu hỏi, ví dụ «Tô Lâm gặp Putin khi nào?»; /help xem các lệnh; #số để bấm nút; "
    "↑/↓ gọi lại dòng đã gõ; /thoat hoặc Ctrl-D để thoát."
)
PROMPT = "> "
CTRL_C_HINT = "(Đã xoá dòng. Bấm Ctrl-C lần nữa, Ctrl-D hoặc gõ /thoat để thoát.)"


class OfflineBotAPI(BaseRequest):
    """A Bot API that answers locally, as Telegram would, and keeps what the bot sent.

    The console prints what was sent; the tests' recording request is a subclass that
    records calls its own way and can make a method fail (``record``, ``failure``).
    """

    __slots__ = ("_ids", "bot_user", "sent")

    def __init__(
        self, bot_user: dict[str, Any] | None = None, first_message_id: int = 1001
    ) -> None:
        self.bot_user = bot_user or {
            "id": BOT_ID,
            "is_bot": True,
            "first_name": "Bản tin Việt–Nga",
            "username": BOT_USERNAME,
        }
        self.sent: list[tuple[str, dict[str, Any]]] = []
        self._ids = itertools.count(first_message_id)

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.record(api_method, params)
        failure = self.failure(api_method)
        if failure is not None:
            status, description = failure
            body = {"ok": False, "error_code": status, "description": description}
            return status, json.dumps(body).encode()
        return 200, json.dumps({"ok": True, "result": self.result(api_method, params)}).encode()

    def record(self, api_method: str, params: dict[str, Any]) -> None:
        self.sent.append((api_method, params))

    def failure(self, api_method: str) -> tuple[int, str] | None:
        return None

    def result(self, api_method: str, params: dict[str, Any]) -> Any:
        if api_method == "getMe":
            return self.bot_user | {
                "can_join_groups": True,
                "can_read_all_group_messages": False,
                "supports_inline_queries": True,
            }
        if api_method in ("getUpdates", "getMyCommands"):
            return []
        if api_method in ("sendMessage", "editMessageText", "sendPhoto", "sendDocument"):
            if params.get("inline_message_id"):
                return True
            chat_id = int(params.get("chat_id", USER_ID))
            chat_type = (
                "private" if chat_id > 0 else ("supergroup" if chat_id < -(10**12) else "group")
            )
            return {
                "message_id": int(params.get("message_id") or next(self._ids)),
                "date": int(time.time()),
                "chat": {
                    "id": chat_id,
                    "type": chat_type,
                    **({"title": "Nhóm"} if chat_id < 0 else {}),
                },
                "from": self.bot_user,
                "text": strip_tags(str(params.get("text", ""))),
            }
        return True


@dataclass
class _Session:
    app: Any
    api: OfflineBotAPI
    out: TextIO
    ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    buttons: list[tuple[str, str, int]] = field(default_factory=list)  # (label, data, message id)

    def _user(self) -> dict[str, Any]:
        return {"id": USER_ID, "is_bot": False, "first_name": "Bạn", "language_code": "vi"}

    def _chat(self) -> dict[str, Any]:
        return {"id": USER_ID, "type": "private", "first_name": "Bạn"}

    def message_update(self, text: str) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self.ids),
            "date": int(time.time()),
            "chat": self._chat(),
            "from": self._user(),
            "text": text,
        }
        if m := _COMMAND.match(text):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(m.group(0))}]
        return {"update_id": next(self.ids), "message": message}

    def press_update(self, number: int) -> dict[str, Any] | None:
        if not 1 <= number <= len(self.buttons):
            return None
        _label, data, message_id = self.buttons[number - 1]
        return {
            "update_id": next(self.ids),
            "callback_query": {
                "id": str(next(self.ids)),
                "from": self._user(),
                "chat_instance": "console",
                "data": data,
                "message": {
                    "message_id": message_id,
                    "date": int(time.time()),
                    "chat": self._chat(),
                    "from": {"id": BOT_ID, "is_bot": True, "first_name": "Bản tin Việt–Nga"},
                    "text": "…",
                },
            },
        }

    async def send(self, update: dict[str, Any]) -> None:
        self.api.sent.clear()
        await self.app.process_update(Update.de_json(update, self.app.bot))
        self.print_replies()

    def print_replies(self) -> None:
        for api_method, params in self.api.sent:
            if api_method == "answerCallbackQuery" and params.get("text"):
                self.out.write(f"({params['text']})\n")
            if api_method == "sendPhoto":  # a chart: the terminal shows what it is of
                caption = strip_tags(str(params.get("caption", ""))).strip()
                self.out.write(f"[Ảnh biểu đồ] {caption}\n\n")
            if api_method not in ("sendMessage", "editMessageText"):
                continue
            self.out.write(strip_tags(str(params.get("text", ""))).strip() + "\n")
            self._show_buttons(params, params.get("message_id"))
            self.out.write("\n")
        self.out.flush()

    def _show_buttons(self, params: dict[str, Any], message_id: Any) -> None:
        markup = params.get("reply_markup")
        if isinstance(markup, str):
            markup = json.loads(markup)
        rows = (markup or {}).get("inline_keyboard") or []
        callbacks = [b for row in rows for b in row if b.get("callback_data")]
        if not callbacks:
            return
        target = int(message_id) if message_id else 1000 + len(self.buttons)
        self.buttons = [(b["text"], b["callback_data"], target) for b in callbacks]
        labels = "  ".join(f"[#{n} {label}]" for n, (label, _d, _m) in enumerate(self.buttons, 1))
        self.out.write(f"Nút: {labels}\n")


async def _start(store_path: str | Path, out: TextIO) -> _Session:
    store = await open_store(store_path)
    try:
        await ensure_seeded(store)
        settings = load_settings().model_copy(
            update={"telegram_bot_token": None, "telegram_api_base_url": None}
        )
        api = OfflineBotAPI()
        app = build_application(
            settings, store, request=api, get_updates_request=OfflineBotAPI(), rate_limiter=False
        )
        await app.initialize()
    except BaseException:
        await store.close()
        raise
    return _Session(app, api, out)


async def _stop(session: _Session) -> None:
    try:
        await session.app.shutdown()
    finally:
        await get_store(session.app).close()


async def _handle(session: _Session, text: str) -> None:
    if (m := _PRESS.match(text)) and session.buttons:
        update = session.press_update(int(m.group(1)))
        if update is None:
            session.out.write(f"Không có nút #{m.group(1)}.\n\n")
            return
        await session.send(update)
        return
    await session.send(session.message_update(text))


def _typed_lines(out: TextIO) -> Iterator[str]:
    """Lines typed at a terminal, with line editing and history (↑/↓) through readline.

    Ctrl-D leaves; Ctrl-C clears the line being typed, and a second Ctrl-C in a row leaves.
    """
    with contextlib.suppress(ImportError):  # Windows has no readline: plain input()
        import readline  # noqa: F401 - importing it gives input() editing and history
    interrupted = False
    while True:
        try:
            line = input(PROMPT)
        except EOFError:
            out.write("\n")
            return
        except KeyboardInterrupt:
            if interrupted:
                out.write("\n")
                return
            interrupted = True
            out.write(f"\n{CTRL_C_HINT}\n")
            continue
        interrupted = False
        yield line


def _piped_lines(stdin: TextIO) -> Iterator[str]:
    while line := stdin.readline():
        yield line


def run_console(store_path: str | Path, stdin: TextIO, stdout: TextIO) -> None:
    """Read lines until EOF or /thoat and print the bot's replies as plain text (blocking).

    Input is read in this (the main) thread, between turns of the event loop, so Ctrl-C
    reaches it at once instead of waiting for a reader thread to return.
    """
    interactive = stdin is sys.stdin and stdin.isatty() and stdout.isatty()
    with asyncio.Runner() as runner:
        session = runner.run(_start(store_path, stdout))
        try:
            stdout.write(BANNER + "\n\n")
            stdout.flush()
            lines = _typed_lines(stdout) if interactive else _piped_lines(stdin)
            for line in lines:
                text = line.strip()
                if text.lower() in QUIT:
                    break
                if text:
                    runner.run(_handle(session, text))
        except KeyboardInterrupt:  # Ctrl-C while the bot was answering: leave at once
            stdout.write("\n")
        finally:
            runner.run(_stop(session))
