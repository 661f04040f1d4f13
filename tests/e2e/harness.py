"""Drive the `telegram-test-api` Bot API emulator (via tests/e2e/launcher.js) from tests.

The emulator runs as a node subprocess on 127.0.0.1. A bot under test (an in-process PTB
Application or a `briefing run` subprocess) talks to it through `base_url`; the test acts
as a Telegram user with `send_message` / `send_command` / `send_callback` /
`send_inline_query` and reads what the bot did with `bot_replies` / `bot_calls` and the
`wait_for_*` helpers. Only the standard library is used.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from queue import Empty, Queue
from typing import Any, Literal, Self

E2E_DIR = Path(__file__).resolve().parent
LAUNCHER = E2E_DIR / "launcher.js"
INSTALL_HINT = "npm ci --prefix tests/e2e"
DEFAULT_TOKEN = "123456:TEST-TOKEN"

ChatType = Literal["private", "group", "supergroup"]
Reply = dict[str, Any]
Predicate = Callable[[Reply], bool]

# Telegram computes these entities server-side; PTB's CommandHandler and mention filters
# depend on them, so the fake user's messages must carry them too.
_COMMAND_RE = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}")


class EmulatorError(RuntimeError):
    """The emulator could not be started or refused a request."""


def _utf16_len(text: str) -> int:
    # Telegram entity offsets and lengths count UTF-16 code units.
    return len(text.encode("utf-16-le")) // 2


def message_entities(text: str) -> list[dict[str, Any]]:
    """The bot_command and mention entities Telegram would attach to `text`."""
    entities: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in (("bot_command", _COMMAND_RE), ("mention", _MENTION_RE)):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            entities.append(
                {
                    "type": kind,
                    "offset": _utf16_len(text[:start]),
                    "length": _utf16_len(match.group()),
                }
            )
    return sorted(entities, key=lambda e: e["offset"])


def _pump(stream: Any, lines: Queue[str]) -> None:
    try:
        for line in stream:
            lines.put(line)
    except (OSError, ValueError):  # closed by stop()
        pass


def node_modules_installed() -> bool:
    return (E2E_DIR / "node_modules" / "telegram-test-api" / "package.json").is_file()


class Emulator:
    """A running Bot API emulator plus a fake Telegram user.

    Message ids are global and increasing across chats, so "replies after my last
    message" is simply `message_id > last sent message_id`.
    """

    def __init__(
        self,
        *,
        token: str = DEFAULT_TOKEN,
        bot_username: str = "TestNameBot",
        bot_name: str = "Test Bot",
        port: int = 0,
        start_timeout: float = 15.0,
    ) -> None:
        self.token = token
        self.bot_username = bot_username
        self.bot_name = bot_name
        self._port = port
        self._start_timeout = start_timeout
        self._proc: subprocess.Popen[str] | None = None
        self._log: tempfile._TemporaryFileWrapper[str] | None = None
        self._last_sent: dict[int, int] = {}
        self.host = "127.0.0.1"
        self.port = 0

    # ------------------------------------------------------------ process

    def start(self) -> Self:
        if self._proc is not None:
            return self
        if not node_modules_installed():
            raise EmulatorError(
                f"tests/e2e/node_modules is missing (telegram-test-api not installed). "
                f"Run `{INSTALL_HINT}` from the project root first."
            )
        node = os.environ.get("E2E_NODE") or shutil.which("node")
        if not node:
            raise EmulatorError("`node` (Node.js 20) is not on PATH; it runs the emulator.")
        self._log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the process
            "w+", prefix="tg-emulator-", suffix=".log", encoding="utf-8"
        )
        args = [node, str(LAUNCHER), "--host", self.host, "--port", str(self._port)]
        args += ["--bot-username", self.bot_username, "--bot-name", self.bot_name]
        self._proc = subprocess.Popen(
            [*args, "--parent-watch"],
            cwd=E2E_DIR,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        lines: Queue[str] = Queue()
        stdout = self._proc.stdout
        assert stdout is not None
        # Drain stdout for the process lifetime so the child can never block on a full pipe.
        threading.Thread(target=_pump, args=(stdout, lines), daemon=True).start()
        try:
            ready = json.loads(lines.get(timeout=self._start_timeout))
        except (Empty, json.JSONDecodeError) as exc:
            log = self.log_text()
            self.stop()
            raise EmulatorError(f"emulator did not become ready: {exc!r}\n{log}") from exc
        self.port = int(ready["port"])
        return self

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            if proc.stdin:
                proc.stdin.close()
            if proc.stdout:
                proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def log_text(self) -> str:
        """The launcher's stderr so far (shim errors land here)."""
        if self._log is None:
            return ""
        self._log.flush()
        return Path(self._log.name).read_text(encoding="utf-8")

    # ------------------------------------------------------------ addresses

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """For PTB's `ApplicationBuilder().base_url(...)`: PTB appends the token."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    @property
    def bot_id(self) -> int:
        prefix = self.token.split(":", 1)[0]
        return int(prefix) if prefix.isdigit() else 666

    def env_for_bot(self) -> dict[str, str]:
        """Environment for a bot subprocess (e.g. `briefing run`) to use this emulator."""
        return {"TELEGRAM_BOT_TOKEN": self.token, "TELEGRAM_API_BASE_URL": self.base_url}

    # ------------------------------------------------------------ raw HTTP

    def _post(self, path: str, payload: dict[str, Any]) -> Any:
        data = json.dumps(payload).encode("utf-8")
        request = urllib.request.Request(
            self.url + path, data=data, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                body = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise EmulatorError(f"{path} -> HTTP {exc.code}: {detail}") from exc
        if not body.get("ok"):
            raise EmulatorError(f"{path} -> {body}")
        return body["result"]

    def reset(self) -> None:
        """Forget all messages, updates and recorded calls (all tokens)."""
        self._post("/_shim/reset", {})
        self._last_sent.clear()

    # ------------------------------------------------------------ acting as a user

    def _user(self, user_id: int, first_name: str, username: str | None) -> dict[str, Any]:
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        return user

    def _chat(
        self,
        chat_id: int,
        chat_type: ChatType | None,
        user: dict[str, Any],
        chat_title: str | None,
    ) -> dict[str, Any]:
        kind = chat_type or ("private" if chat_id > 0 else "group")
        if kind == "private":
            if chat_id != user["id"]:
                raise ValueError("a private chat's id is the user's id")
            chat = {"id": chat_id, "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
            return chat
        if chat_id >= 0:
            raise ValueError("group and supergroup chat ids are negative")
        return {"id": chat_id, "type": kind, "title": chat_title or "Nhóm thử nghiệm"}

    def _send(
        self,
        path: str,
        text: str,
        chat_id: int,
        chat_type: ChatType | None,
        user_id: int | None,
        first_name: str,
        username: str | None,
        chat_title: str | None,
        reply_to: int | None,
        extra: dict[str, Any] | None,
    ) -> dict[str, Any]:
        if user_id is None:
            user_id = chat_id if chat_id > 0 else 1001
        user = self._user(user_id, first_name, username)
        message: dict[str, Any] = {
            "botToken": self.token,
            "from": user,
            "chat": self._chat(chat_id, chat_type, user, chat_title),
            "date": int(time.time()),
            "text": text,
        }
        entities = message_entities(text)
        if entities:
            message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message_id"] = reply_to
        message.update(extra or {})
        result = self._post(path, message)
        self._last_sent[chat_id] = result["message_id"]
        return result

    def send_message(
        self,
        text: str,
        chat_id: int,
        *,
        chat_type: ChatType | None = None,
        user_id: int | None = None,
        first_name: str = "Người dùng",
        username: str | None = "nguoi_dung",
        chat_title: str | None = None,
        reply_to: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send `text` as a user. `chat_type` defaults to private for positive ids (where
        the user id must equal the chat id) and group for negative ids. `reply_to` is a
        message_id in the same chat. Returns {"update_id", "message_id", "chat_id"}."""
        return self._send(
            "/sendMessage",
            text,
            chat_id,
            chat_type,
            user_id,
            first_name,
            username,
            chat_title,
            reply_to,
            extra,
        )

    def send_command(
        self,
        text: str,
        chat_id: int,
        *,
        chat_type: ChatType | None = None,
        user_id: int | None = None,
        first_name: str = "Người dùng",
        username: str | None = "nguoi_dung",
        chat_title: str | None = None,
        reply_to: int | None = None,
        extra: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Send a command such as "/start" or "/tin@TestNameBot hôm nay" as a user."""
        if not text.startswith("/"):
            raise ValueError("a command starts with '/'")
        return self._send(
            "/sendCommand",
            text,
            chat_id,
            chat_type,
            user_id,
            first_name,
            username,
            chat_title,
            reply_to,
            extra,
        )

    def send_callback(
        self,
        data: str,
        chat_id: int,
        message_id: int,
        *,
        user_id: int | None = None,
        first_name: str = "Người dùng",
        username: str | None = "nguoi_dung",
    ) -> dict[str, Any]:
        """Press an inline button with callback `data` on the bot message `message_id`.
        Returns {"update_id", "callback_query_id"}."""
        if user_id is None:
            user_id = chat_id if chat_id > 0 else 1001
        payload = {
            "botToken": self.token,
            "data": data,
            "from": self._user(user_id, first_name, username),
            "message": {"message_id": message_id, "chat": {"id": chat_id}},
        }
        return self._post("/sendCallback", payload)

    def send_inline_query(
        self,
        query: str,
        *,
        user_id: int = 1001,
        first_name: str = "Người dùng",
        username: str | None = "nguoi_dung",
        chat_type: str | None = "sender",
        offset: str = "",
    ) -> dict[str, Any]:
        """Type `@bot query` in a chat. Returns {"update_id", "inline_query_id"}; the bot's
        answer is then `wait_for_call("answerInlineQuery", ...)`."""
        payload: dict[str, Any] = {
            "botToken": self.token,
            "query": query,
            "offset": offset,
            "from": self._user(user_id, first_name, username),
        }
        if chat_type:
            payload["chat_type"] = chat_type
        return self._post("/sendInlineQuery", payload)

    # ------------------------------------------------------------ what the bot did

    def bot_replies(self, chat_id: int | None = None) -> list[Reply]:
        """Messages the bot sent (sendMessage, sendPhoto, ...), current state after edits
        and deletions, oldest first. Each dict holds the bot's request parameters with
        JSON fields decoded (text, parse_mode, reply_markup, ...) plus "message_id",
        "date" (seconds), "method" and, for uploads, e.g. "photo": {"filename", "size"}."""
        history = self._post("/getUpdatesHistory", {"token": self.token})
        replies = []
        for entry in history:
            message = entry.get("message") or {}
            if "chat_id" not in message:  # user messages carry "chat" instead
                continue
            if chat_id is not None and str(message["chat_id"]) != str(chat_id):
                continue
            replies.append(
                {**message, "message_id": entry["messageId"], "date": entry["time"] // 1000}
            )
        return sorted(replies, key=lambda r: r["message_id"])

    def bot_calls(self, method: str | None = None) -> list[dict[str, Any]]:
        """Every Bot API call the bot made, as {"method", "params", "time"}; `method`
        filters case-insensitively (e.g. "answerCallbackQuery")."""
        calls = self._post("/_shim/calls", {"token": self.token})
        if method is not None:
            calls = [c for c in calls if c["method"].lower() == method.lower()]
        return [{"method": c["method"], "params": c["params"], "time": c["time"]} for c in calls]

    def _match_reply(
        self, chat_id: int, predicate: Predicate | None, after: int | None
    ) -> tuple[Reply | None, list[Reply]]:
        floor = self._last_sent.get(chat_id, 0) if after is None else after
        replies = [r for r in self.bot_replies(chat_id) if r["message_id"] > floor]
        for reply in replies:
            if predicate is None or predicate(reply):
                return reply, replies
        return None, replies

    def _match_call(
        self, method: str, predicate: Callable[[dict[str, Any]], bool] | None, seen: int
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        calls = self.bot_calls(method)[seen:]
        for call in calls:
            if predicate is None or predicate(call["params"]):
                return call, calls
        return None, calls

    def wait_for_reply(
        self,
        chat_id: int,
        predicate: Predicate | None = None,
        *,
        timeout: float = 5.0,
        after: int | None = None,
    ) -> Reply:
        """The first bot message in `chat_id` newer than `after` (default: the last
        message this harness sent there) that satisfies `predicate`. Raises
        AssertionError listing what did arrive if none does within `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            found, replies = self._match_reply(chat_id, predicate, after)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(self._no_reply(chat_id, timeout, replies))
            time.sleep(0.02)

    async def wait_for_reply_async(
        self,
        chat_id: int,
        predicate: Predicate | None = None,
        *,
        timeout: float = 5.0,
        after: int | None = None,
    ) -> Reply:
        """`wait_for_reply` for a bot running in the same event loop as the test."""
        deadline = time.monotonic() + timeout
        while True:
            found, replies = self._match_reply(chat_id, predicate, after)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(self._no_reply(chat_id, timeout, replies))
            await asyncio.sleep(0.02)

    def wait_for_call(
        self,
        method: str,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        timeout: float = 5.0,
        skip: int = 0,
    ) -> dict[str, Any]:
        """The first recorded `method` call (after the first `skip` ones) whose params
        satisfy `predicate`, e.g. wait_for_call("answerInlineQuery")."""
        deadline = time.monotonic() + timeout
        while True:
            found, calls = self._match_call(method, predicate, skip)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching {method} call within {timeout}s; got {calls}")
            time.sleep(0.02)

    async def wait_for_call_async(
        self,
        method: str,
        predicate: Callable[[dict[str, Any]], bool] | None = None,
        *,
        timeout: float = 5.0,
        skip: int = 0,
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            found, calls = self._match_call(method, predicate, skip)
            if found is not None:
                return found
            if time.monotonic() > deadline:
                raise AssertionError(f"no matching {method} call within {timeout}s; got {calls}")
            await asyncio.sleep(0.02)

    def _no_reply(self, chat_id: int, timeout: float, replies: list[Reply]) -> str:
        texts = [r.get("text", r.get("caption")) for r in replies]
        log = self.log_text().strip()
        return (
            f"no matching bot reply in chat {chat_id} within {timeout}s; "
            f"new replies: {texts!r}" + (f"\nemulator log:\n{log}" if log else "")
        )


_chat_ids = itertools.count(1)


def fresh_ids() -> tuple[int, int]:
    """A (private chat/user id, group chat id) pair unused so far in this test session."""
    n = next(_chat_ids)
    return 700_000 + n, -4_000_000_000 - n


@contextlib.contextmanager
def running_briefing(
    emulator: Emulator, env: dict[str, str], cwd: Path
) -> Iterator[subprocess.Popen]:
    """`briefing run` as a subprocess polling the emulator; ready once the command menu is
    published; stopped with SIGINT (then killed) on exit."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "run"],
        cwd=cwd,
        env={**os.environ, **emulator.env_for_bot(), **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        emulator.wait_for_call("setMyCommands", timeout=30)
    except AssertionError:
        proc.kill()
        raise AssertionError(
            f"briefing run did not start:\n{proc.communicate(timeout=5)[0]}"
        ) from None
    try:
        yield proc
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
