"""The shared rig of the digest tests (it holds no tests): a Bot API that can fail like
Telegram or die mid-send, a controllable wall clock, virtual sleeping, and restarts of
"the bot process" over the same database file.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.ext import Application
from telegram.request import RequestData

import handlers
from bot.app import build_application
from bot.digests import DigestService, Pacer, install_digests
from handlers import subscriptions as subscription_handlers
from store.language.catalogue import LANGS, say
from store.storage.db import Store
from tests.botkit import BOT_USER, Call, RecordingRequest, Updates, test_settings
from tests.test_digests_store import ingest  # noqa: F401 - the rigs' tests import it from here

ANONYMOUS_ADMIN_BOT = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
DIGEST_MARK = "📰 Bản tin Việt–Nga"
ALERT_MARK = "🔔 Tin mới Việt–Nga"
# Digests and alerts in every chat language (the Vietnamese marks above among them).
OUTBOX_MARKS = tuple(
    f"{bold}{say(lang, key)}"
    for lang in LANGS
    for key in ("digest.mark", "alert.mark")
    for bold in ("<b>", "")
)
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


class Crash(BaseException):  # noqa: N818 - it stands for the process dying (kill -9)
    """The process dies here: nothing after this line runs, nothing is cleaned up."""


@dataclass
class Clock:
    """The wall clock the digest code reads."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when


@dataclass
class VirtualTime:
    """Monotonic time for the pacer and backoff: sleeping advances it at once."""

    t: float = 0.0
    slept: list[float] = field(default_factory=list)

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.t += max(0.0, seconds)
        await asyncio.sleep(0)


def _error(status: int, description: str, **parameters: Any) -> tuple[int, bytes]:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return status, json.dumps(body).encode()


class FaultyRequest(RecordingRequest):
    """Telegram as seen by the bot, with scripted faults for digest messages.

    ``script[chat_id]`` lists what happens to the next digest messages sent to that chat:
    ``"ok"``, ``"crash_before"`` (the process dies before the request leaves),
    ``"crash_after"`` (Telegram delivers it, the process dies before the answer arrives),
    ``("retry_after", s)``, ``("migrate", new_id)``, ``"forbidden"``, ``"timeout"``,
    ``"network"``, ``("error", http status, description)``. ``delivered`` holds the
    (chat id, text) Telegram accepted; ``threads`` the forum topic of each.
    """

    __slots__ = ("admins", "delivered", "script", "threads")

    def __init__(self, calls: list[Call] | None = None) -> None:
        super().__init__(calls)
        self.script: dict[int, list[Any]] = {}
        self.admins: set[int] = set()
        self.delivered: list[tuple[int, str]] = []
        self.threads: list[int | None] = []

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
        api = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if api == "getChatMember":
            self.calls.append(Call(api, params))
            user_id = int(params["user_id"])
            status = "administrator" if user_id in self.admins else "member"
            member: dict[str, Any] = {
                "status": status,
                "user": {"id": user_id, "is_bot": False, "first_name": "A"},
            }
            if status == "administrator":
                member |= {
                    "can_be_edited": False,
                    "is_anonymous": False,
                    "can_manage_chat": True,
                    "can_delete_messages": True,
                    "can_manage_video_chats": False,
                    "can_restrict_members": False,
                    "can_promote_members": False,
                    "can_change_info": False,
                    "can_invite_users": True,
                    "can_post_stories": False,
                    "can_edit_stories": False,
                    "can_delete_stories": False,
                }
            return 200, json.dumps({"ok": True, "result": member}).encode()
        if api == "sendMessage" and str(params.get("text", "")).startswith(OUTBOX_MARKS):
            chat_id = int(params["chat_id"])
            queue = self.script.get(chat_id) or []
            action = queue.pop(0) if queue else "ok"
            if action == "crash_before":
                raise Crash
            if action == "timeout":
                raise TimedOut("timed out")
            if action == "network":
                raise NetworkError("connection reset by peer")
            if action == "forbidden":
                return _error(403, "Forbidden: bot was blocked by the user")
            if isinstance(action, tuple) and action[0] == "error":
                return _error(action[1], action[2])
            if isinstance(action, tuple) and action[0] == "retry_after":
                return _error(
                    429, f"Too Many Requests: retry after {action[1]}", retry_after=action[1]
                )
            if isinstance(action, tuple) and action[0] == "migrate":
                return _error(
                    400,
                    "Bad Request: group chat was upgraded to a supergroup chat",
                    migrate_to_chat_id=action[1],
                )
            self.delivered.append((chat_id, str(params["text"])))
            thread = params.get("message_thread_id")
            self.threads.append(int(thread) if thread is not None else None)
            result = await super().do_request(url, method, request_data)
            if action == "crash_after":
                raise Crash
            return result
        return await super().do_request(url, method, request_data)

    def digests_to(self, chat_id: int) -> list[str]:
        return [text for c, text in self.delivered if c == chat_id]


@dataclass
class Rig:
    """One run of the bot process over a database file."""

    path: Path
    store: Store
    app: Application[Any, Any, Any, Any, Any, Any]
    request: FaultyRequest
    service: DigestService
    clock: Clock
    vt: VirtualTime
    updates: Updates

    async def send(self, update: dict[str, Any]) -> list[Call]:
        start = len(self.request.calls)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.request.calls[start:]

    async def run_due(self) -> None:
        """What the JobQueue and the sweep do at the current time."""
        await self.service.queue_due()
        await self.service.drain()

    async def stop(self) -> None:
        """A clean stop, or what is left after a crash: the database keeps only commits."""
        try:
            await self.app.shutdown()
        finally:
            await self.store.close()


async def start_rig(
    path: Path,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
    request: FaultyRequest | None = None,
    vt: VirtualTime | None = None,
    **options: Any,
) -> Rig:
    """Start "the bot" over ``path``: open the store, build the app, install digests."""
    if subscription_handlers.register not in handlers.FEATURES:
        monkeypatch.setattr(
            handlers, "FEATURES", [*handlers.FEATURES, subscription_handlers.register]
        )
    store = await Store.open(path)
    request = request or FaultyRequest()
    vt = vt or VirtualTime()
    app = build_application(
        test_settings(),
        store,
        request=request,
        get_updates_request=RecordingRequest(),
        rate_limiter=False,
    )
    await app.initialize()
    options.setdefault("concurrency", 1)
    service = install_digests(
        app, clock=clock, pacer=Pacer(clock=vt.now, sleep=vt.sleep), sleep=vt.sleep, **options
    )
    return Rig(path, store, app, request, service, clock, vt, Updates())


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of June 2025 in Hà Nội, as an aware UTC datetime (2025-06-01 is a Sunday)."""
    return datetime(2025, 6, day, hour, minute, tzinfo=HANOI).astimezone(UTC)


def anonymous_admin_message(updates: Updates, text: str, chat_id: int) -> dict[str, Any]:
    update = updates.group(text, chat_id=chat_id)
    message = update["message"]
    message["from"] = ANONYMOUS_ADMIN_BOT
    message["sender_chat"] = {"id": chat_id, "type": "group", "title": "Phòng tin quốc tế"}
    return update


__all__ = [
    "BOT_USER",
    "Clock",
    "Crash",
    "FaultyRequest",
    "Rig",
    "VirtualTime",
    "at",
    "ingest",
    "start_rig",
]
