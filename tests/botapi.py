"""A recording Telegram Bot API server on 127.0.0.1, over real HTTP (keep-alive, form or
JSON bodies), for delivery tests and the digest benchmark.

It answers getMe, sendMessage and the start-up calls like Telegram, records every
sendMessage it receives — the time it arrived on the server's clock (the event loop's),
the chat, the forum topic, the text and the status it answered — and injects Telegram's
faults: per chat (``script``) or at the n-th message overall (``inject``), a 429 with
``retry_after``, any error status and description, or an answer that takes seconds.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

BOT = {"id": 7000001, "is_bot": True, "first_name": "Bản tin", "username": "BanTinTestBot"}
TOKEN = "7000001:TEST-TOKEN"

# A fault: ("retry_after", seconds) | ("error", status, description) | ("delay", seconds).
Fault = tuple[Any, ...]


@dataclass(frozen=True)
class Received:
    """One sendMessage as the server saw it."""

    at: float  # arrival, on the server's clock
    n: int  # 1-based order of arrival
    chat_id: int
    thread_id: int | None
    text: str
    status: int  # what the server answered (200, 429, 403, …)
    retry_after: int | None = None
    markup: str | None = None  # reply_markup as sent (JSON), e.g. a preview's buttons


def _markup(value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


@dataclass
class BotAPIServer:
    clock: Callable[[], float] | None = None  # default: the running loop's time
    script: dict[int, list[Fault]] = field(default_factory=dict)
    inject: dict[int, Fault] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    on_receive: Callable[[Received], None] | None = None
    port: int = 0
    webhook: dict[str, Any] = field(default_factory=dict)  # what setWebhook registered

    def __post_init__(self) -> None:
        self._ids = itertools.count(1)
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> BotAPIServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def now(self) -> float:
        return self.clock() if self.clock else asyncio.get_running_loop().time()

    # ------------------------------------------------------------- what it saw

    def accepted(self) -> list[Received]:
        return [r for r in self.received if r.status == 200]

    def busiest(self, window: float, chat_id: int | None = None) -> int:
        """Most sendMessage requests that arrived in any half-open window [t, t + window)."""
        times = sorted(r.at for r in self.received if chat_id is None or r.chat_id == chat_id)
        return max((bisect_left(times, t + window) - i for i, t in enumerate(times)), default=0)

    def busiest_group_minute(self) -> int:
        groups = {r.chat_id for r in self.received if r.chat_id < 0}
        return max((self.busiest(60.0, g) for g in groups), default=0)

    # ------------------------------------------------------------- HTTP

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                target = line.decode("latin-1").split(" ")[1]
                headers: dict[str, str] = {}
                while True:
                    raw = await reader.readline()
                    if raw in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = raw.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length") or 0))
                status, payload = await self._answer(target, headers, body)
                data = json.dumps(payload, ensure_ascii=False).encode()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\nConnection: keep-alive\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, IndexError):
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    @staticmethod
    def _params(headers: dict[str, str], body: bytes) -> dict[str, Any]:
        kind = headers.get("content-type", "")
        if "json" in kind:
            return dict(json.loads(body or b"{}"))
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))

    async def _answer(
        self, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, Any]]:
        method = target.rstrip("/").rsplit("/", 1)[-1]
        params = self._params(headers, body)
        if method == "getMe":
            return 200, {"ok": True, "result": BOT}
        if method == "getUpdates":
            return 200, {"ok": True, "result": []}
        if method == "setWebhook":
            self.webhook = params
        if method == "deleteWebhook":
            self.webhook = {}
        if method == "getWebhookInfo":
            info = {"url": self.webhook.get("url", ""), "has_custom_certificate": False}
            return 200, {"ok": True, "result": {**info, "pending_update_count": 0}}
        if method != "sendMessage":
            return 200, {"ok": True, "result": True}
        arrived = self.now()
        n = len(self.received) + 1
        chat_id = int(params["chat_id"])
        fault = self.inject.pop(n, None)
        if fault is None:
            queue = self.script.get(chat_id)
            fault = queue.pop(0) if queue else None
        thread = params.get("message_thread_id")
        record = Received(
            arrived,
            n,
            chat_id,
            int(thread) if thread not in (None, "") else None,
            str(params.get("text", "")),
            200,
            markup=_markup(params.get("reply_markup")),
        )
        if fault is not None and fault[0] == "retry_after":
            seconds = int(fault[1])
            record = Received(**{**record.__dict__, "status": 429, "retry_after": seconds})
            answer: tuple[int, dict[str, Any]] = (
                429,
                {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {seconds}",
                    "parameters": {"retry_after": seconds},
                },
            )
        elif fault is not None and fault[0] == "error":
            record = Received(**{**record.__dict__, "status": int(fault[1])})
            answer = (
                int(fault[1]),
                {"ok": False, "error_code": int(fault[1]), "description": fault[2]},
            )
        else:
            answer = (200, {"ok": True, "result": self._message(chat_id, params)})
        self.received.append(record)
        if self.on_receive is not None:
            self.on_receive(record)
        if fault is not None and fault[0] == "delay":
            await asyncio.sleep(float(fault[1]))
        return answer

    def _message(self, chat_id: int, params: dict[str, Any]) -> dict[str, Any]:
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id > 0:
            chat["first_name"] = "Lan"
        else:
            chat["title"] = "Nhóm"
        return {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT,
            "text": str(params.get("text", "")),
        }
