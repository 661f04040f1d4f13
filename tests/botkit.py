"""Testing the bot in-process: a Bot API that records calls, Telegram updates made by hand,
and a strict check of Telegram HTML.

    async with running_bot(store) as bot:
        calls = await bot.send(bot.updates.message("Tô Lâm gặp Putin khi nào?"))
        (text,) = bot.texts(calls)

Reusable by any test of the Telegram surface (digests, admin commands, …).
"""

from __future__ import annotations

import html
import itertools
import json
import re
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.console import OfflineBotAPI
from bot.settings import Settings
from store.storage.db import Store

BOT_ID = 7000001
BOT_USERNAME = "BanTinTestBot"
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Bản tin", "username": BOT_USERNAME}
USER_ID = 501
OTHER_USER_ID = 502
GROUP_ID = -4001
SUPERGROUP_ID = -1004001

_COMMAND = re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{5,32}")


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# ----------------------------------------------------------------- the recording Bot API


@dataclass
class Call:
    method: str
    params: dict[str, Any]

    @property
    def text(self) -> str | None:
        value = self.params.get("text")
        return None if value is None else str(value)

    @property
    def markup(self) -> dict[str, Any] | None:
        value = self.params.get("reply_markup")
        if isinstance(value, str):
            value = json.loads(value)
        return value

    def buttons(self) -> list[dict[str, Any]]:
        markup = self.markup or {}
        return [b for row in markup.get("inline_keyboard", []) for b in row]


class RecordingRequest(OfflineBotAPI):
    """Answers Bot API methods like Telegram would and records every call.

    ``fail[method] = (http_status, description)`` makes a method fail like Telegram does.
    """

    __slots__ = ("calls", "fail")

    def __init__(self, calls: list[Call] | None = None) -> None:
        super().__init__(BOT_USER, first_message_id=90_000)
        self.calls: list[Call] = [] if calls is None else calls
        self.fail: dict[str, tuple[int, str]] = {}

    def record(self, api_method: str, params: dict[str, Any]) -> None:
        self.calls.append(Call(api_method, params))

    def failure(self, api_method: str) -> tuple[int, str] | None:
        return self.fail.get(api_method)


# ----------------------------------------------------------------- updates


def entities(text: str) -> list[dict[str, Any]]:
    """bot_command and mention entities as Telegram computes them (UTF-16 offsets)."""
    found: list[dict[str, Any]] = []
    for kind, pattern in (("bot_command", _COMMAND), ("mention", _MENTION)):
        for m in pattern.finditer(text):
            found.append(
                {
                    "type": kind,
                    "offset": utf16_len(text[: m.start()]),
                    "length": utf16_len(m.group()),
                }
            )
    return sorted(found, key=lambda e: e["offset"])


def chat(chat_id: int, chat_type: str = "private") -> dict[str, Any]:
    if chat_type == "private":
        return {"id": chat_id, "type": "private", "first_name": "Lan", "username": "lan_nguyen"}
    return {"id": chat_id, "type": chat_type, "title": "Phòng tin quốc tế"}


def forum_topic(message: dict[str, Any], topic: int) -> None:
    """Make ``message`` one sent inside forum topic ``topic`` of a forum supergroup."""
    message["chat"]["is_forum"] = True
    message["message_thread_id"] = topic
    message["is_topic_message"] = True


def user(user_id: int = USER_ID) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": "Lan", "language_code": "vi"}


@dataclass
class Updates:
    """Hand-made updates with increasing ids."""

    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _next(self) -> int:
        return next(self._ids)

    def message(
        self,
        text: str,
        chat_id: int = USER_ID,
        chat_type: str = "private",
        user_id: int = USER_ID,
        reply_to_bot: bool = False,
        reply_to_user: bool = False,
        reply_text: str = "câu trả lời trước",
        with_entities: bool = True,
        extra_entities: list[dict[str, Any]] | None = None,
        edited: bool = False,
        topic: int | None = None,
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._next(),
            "date": int(time.time()),
            "chat": chat(chat_id, chat_type),
            "from": user(user_id),
            "text": text,
        }
        if topic is not None:  # sent inside a forum topic
            forum_topic(message, topic)
        ents = (entities(text) if with_entities else []) + (extra_entities or [])
        if ents:
            message["entities"] = ents
        if reply_to_bot or reply_to_user:
            message["reply_to_message"] = {
                "message_id": self._next(),
                "date": int(time.time()),
                "chat": chat(chat_id, chat_type),
                "from": BOT_USER if reply_to_bot else user(OTHER_USER_ID),
                "text": reply_text,
            }
            if topic is not None:
                forum_topic(message["reply_to_message"], topic)
        return {"update_id": self._next(), ("edited_message" if edited else "message"): message}

    def group(self, text: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("chat_id", GROUP_ID)
        kw.setdefault("chat_type", "group")
        return self.message(text, **kw)

    def supergroup(self, text: str, **kw: Any) -> dict[str, Any]:
        kw.setdefault("chat_id", SUPERGROUP_ID)
        kw.setdefault("chat_type", "supergroup")
        return self.message(text, **kw)

    def sticker(self, chat_id: int = USER_ID) -> dict[str, Any]:
        return {
            "update_id": self._next(),
            "message": {
                "message_id": self._next(),
                "date": int(time.time()),
                "chat": chat(chat_id, "private" if chat_id > 0 else "group"),
                "from": user(),
                "sticker": {
                    "file_id": "s1",
                    "file_unique_id": "u1",
                    "type": "regular",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                },
            },
        }

    def callback(
        self,
        data: str,
        chat_id: int = USER_ID,
        chat_type: str = "private",
        message_id: int = 424242,
        inline_message_id: str | None = None,
        topic: int | None = None,
    ) -> dict[str, Any]:
        query: dict[str, Any] = {
            "id": str(self._next()),
            "from": user(),
            "chat_instance": "ci-1",
            "data": data,
        }
        if inline_message_id:
            query["inline_message_id"] = inline_message_id
        else:
            query["message"] = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": chat(chat_id, chat_type),
                "from": BOT_USER,
                "text": "danh sách",
            }
            if topic is not None:
                forum_topic(query["message"], topic)
        return {"update_id": self._next(), "callback_query": query}

    def inline(self, query: str, offset: str = "") -> dict[str, Any]:
        return {
            "update_id": self._next(),
            "inline_query": {
                "id": str(self._next()),
                "from": user(),
                "query": query,
                "offset": offset,
            },
        }

    def my_chat_member(
        self,
        old: str,
        new: str,
        chat_id: int = GROUP_ID,
        chat_type: str = "group",
        by_user: int = USER_ID,
        is_member: bool = True,
    ) -> dict[str, Any]:
        def member(status: str, member_flag: bool) -> dict[str, Any]:
            data: dict[str, Any] = {"status": status, "user": BOT_USER}
            if status == "restricted":
                data |= {
                    "is_member": member_flag,
                    "can_send_messages": False,
                    "can_send_audios": False,
                    "can_send_documents": False,
                    "can_send_photos": False,
                    "can_send_videos": False,
                    "can_send_video_notes": False,
                    "can_send_voice_notes": False,
                    "can_send_polls": False,
                    "can_send_other_messages": False,
                    "can_add_web_page_previews": False,
                    "can_change_info": False,
                    "can_invite_users": False,
                    "can_pin_messages": False,
                    "can_manage_topics": False,
                    "can_edit_tag": False,
                    "can_react_to_messages": False,
                    "until_date": 0,
                }
            if status == "kicked":
                data["until_date"] = 0
            if status == "administrator":
                data |= {
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
            return data

        return {
            "update_id": self._next(),
            "my_chat_member": {
                "chat": chat(chat_id, chat_type),
                "from": user(by_user),
                "date": int(time.time()),
                "old_chat_member": member(old, True),
                "new_chat_member": member(new, is_member),
            },
        }

    def migrate(self, old_id: int, new_id: int, in_new: bool = False) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": self._next(),
            "date": int(time.time()),
            "from": user(),
        }
        if in_new:
            message |= {"chat": chat(new_id, "supergroup"), "migrate_from_chat_id": old_id}
        else:
            message |= {"chat": chat(old_id, "group"), "migrate_to_chat_id": new_id}
        return {"update_id": self._next(), "message": message}


# ----------------------------------------------------------------- the bot under test


def test_settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": "123456:TEST-TOKEN",
        "BRIEFING_TZ": "Asia/Ho_Chi_Minh",
    }
    values |= overrides
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


test_settings.__test__ = False  # type: ignore[attr-defined]  # not a test for pytest


@dataclass
class BotUnderTest:
    app: Application[Any, Any, Any, Any, Any, Any]
    request: RecordingRequest
    updates: Updates = field(default_factory=Updates)

    async def send(self, update: dict[str, Any]) -> list[Call]:
        """Process one update; the Bot API calls it caused."""
        start = len(self.request.calls)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.request.calls[start:]

    @staticmethod
    def replies(calls: list[Call]) -> list[Call]:
        return [c for c in calls if c.method in ("sendMessage", "editMessageText")]

    def texts(self, calls: list[Call]) -> list[str]:
        return [c.text or "" for c in self.replies(calls)]


@asynccontextmanager
async def running_bot(
    store: Store, settings: Settings | None = None
) -> AsyncIterator[BotUnderTest]:
    calls: list[Call] = []
    request = RecordingRequest(calls)
    app = build_application(
        settings or test_settings(),
        store,
        request=request,
        get_updates_request=RecordingRequest(calls),
        rate_limiter=False,
    )
    await app.initialize()
    try:
        yield BotUnderTest(app, request)
    finally:
        await app.shutdown()


# ----------------------------------------------------------------- Telegram HTML


ALLOWED_TAGS = {"b", "i", "u", "s", "a", "code", "pre", "blockquote"}
_TOKEN = re.compile(r"<[^<>]*>|&[^;\s<>&]*;|[<>&]")
_OPEN = re.compile(r'^<([a-z]+)(?: href="([^"<>]*)")?>$')
_CLOSE = re.compile(r"^</([a-z]+)>$")
_ENTITY = re.compile(r"^&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});$")


def visible_text(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]*>", "", markup))


def check_telegram_html(markup: str, limit: int = 4096) -> None:
    """Raise AssertionError unless ``markup`` is a message Telegram accepts with parse_mode HTML.

    Allowed: b, i, u, s, a href, code, pre, blockquote, properly nested; text escaped
    (only &lt; &gt; &amp; &quot; and numeric entities); visible text 1..limit UTF-16 units.
    """
    stack: list[str] = []
    for m in _TOKEN.finditer(markup):
        token = m.group()
        if token.startswith("&"):
            assert _ENTITY.match(token), f"bad entity {token!r} in {markup[:200]!r}"
            continue
        if token in "<>&":
            raise AssertionError(f"unescaped {token!r} at {m.start()} in {markup[:200]!r}")
        if close := _CLOSE.match(token):
            tag = close.group(1)
            assert stack and stack[-1] == tag, (
                f"misnested </{tag}> (open: {stack}) in {markup[:200]!r}"
            )
            stack.pop()
            continue
        opened = _OPEN.match(token)
        assert opened, f"malformed tag {token!r} in {markup[:200]!r}"
        tag, href = opened.group(1), opened.group(2)
        assert tag in ALLOWED_TAGS, f"tag <{tag}> not allowed"
        assert (href is not None) == (tag == "a"), f"attributes wrong on {token!r}"
        if href is not None:
            assert re.match(r"^(https?://|tg://)", html.unescape(href)), f"bad href {href!r}"
        assert not (set(stack) & {"code", "pre"}) or (tag == "code" and stack[-1] == "pre"), (
            f"<{tag}> inside {stack}"
        )
        assert not (tag == "a" and "a" in stack), "nested links"
        stack.append(tag)
    assert not stack, f"unclosed tags {stack} in {markup[:200]!r}"
    text = visible_text(markup)
    assert text.strip(), "empty message"
    assert utf16_len(text) <= limit, f"too long: {utf16_len(text)} > {limit}"
    assert utf16_len(markup) <= limit, f"markup too long: {utf16_len(markup)} > {limit}"
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", text), "control characters in reply"
