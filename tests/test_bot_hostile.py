"""Hostile input through every surface: no unhandled exception, every reply valid and short."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from typing import Any

import pytest

from store.storage.db import Store
from tests.botkit import (
    BOT_USERNAME,
    GROUP_ID,
    BotUnderTest,
    Call,
    check_telegram_html,
    running_bot,
)

PIECES = [
    "Tô Lâm",
    "to lam",
    "Putin",
    "Mishustin",
    "mishutin",
    "Hà Nội",
    "Matxcơva",
    "năng lượng",
    "khi nào",
    "ở đâu",
    "tháng 5/2025",
    "8/5",
    "năm ngoái",
    "bao nhiêu lần",
    "mới nhất",
    "<b>",
    "</b>",
    "<a href='javascript:alert(1)'>x</a>",
    "<script>alert(1)</script>",
    "&amp;",
    "&",
    "&#0;",
    "<",
    ">",
    "<<>>",
    "</i></b>",
    "<pre>",
    "&lt;",
    "&nbsp;",
    '"',
    "*",
    "NEAR(",
    "NEAR(a b, 3)",
    "OR",
    "AND",
    "NOT",
    "-",
    "^",
    ":",
    "(",
    ")",
    "{",
    "}",
    "'; DROP TABLE meetings; --",
    "' OR 1=1 --",
    "meetings_fts MATCH",
    "%",
    "_",
    "\\",
    "\\x00",
    "🙂",
    "👨‍👩‍👧‍👦",
    "🇻🇳",
    "🇷🇺",
    "\U0001f9d1\u200d\U0001f4bb",
    "\ufe0f",
    "\u200b",
    "\u200d",
    "مرحبا بالعالم",
    "שלום",
    "\u202e",
    "\u202d",
    "\u2066",
    "\u061c",
    "\x00",
    "\x01",
    "\x07",
    "\x1b[31m",
    "\x7f",
    "\u0085",
    "\r\n",
    "\t",
    "\n\n\n",
    "Ti\u0302\u0301ng Vie\u0323\u0302t",
    "ﾃｽﾄ",
    "𝐓𝐨 𝐋𝐚𝐦",
    "Ǆ",
    "İ",
    "ß",
    'https://example.com/a?b=<c>&d="e"',
    "http://",
    "javascript:alert(1)",
    "@" + BOT_USERNAME,
    "/tim",
    "/start",
    "@",
    "#",
    "$",
    "`code`",
    "```",
    "*bold*",
    "__",
    "~~",
]
ALPHABETS = [
    "abcdefghijklmnopqrstuvwxyz ",
    "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ ",
    "<>&\"'`;:*()[]{}^%$#@!~|\\/",
    "".join(chr(c) for c in range(0, 32)) + "\x7f",
    "🙂😀🔥💥🇻🇳👍🏽",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي",
]


def noise(rng: random.Random, size: int) -> str:
    out: list[str] = []
    while sum(len(p) for p in out) < size:
        if rng.random() < 0.6:
            out.append(rng.choice(PIECES))
        else:
            alphabet = rng.choice(ALPHABETS)
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))))
        if rng.random() < 0.5:
            out.append(" ")
    return "".join(out)[:size]


def message_text(rng: random.Random) -> str:
    size = rng.choice([1, 2, 5, 20, 80, 300, 1000, 4096, 4096])
    text = noise(rng, size)
    return text or "x"


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(seeded_store) as bot:
        yield bot


def check_calls(calls: list[Call]) -> None:
    for call in calls:
        if call.method in ("sendMessage", "editMessageText"):
            check_telegram_html(call.text or "")
        elif call.method == "answerCallbackQuery":
            assert len(call.params.get("text", "")) <= 200
        elif call.method == "answerInlineQuery":
            assert len(call.params["results"]) <= 10
            for result in call.params["results"]:
                check_telegram_html(result["input_message_content"]["message_text"])


def hostile_update(bot: BotUnderTest, rng: random.Random) -> tuple[str, dict[str, Any]]:
    u = bot.updates
    text = message_text(rng)
    surface = rng.choice(
        [
            "private",
            "private",
            "group",
            "reply",
            "tim",
            "start",
            "lanhdao",
            "linhvuc",
            "inline",
            "button",
            "chatter",
        ]
    )
    if surface == "private":
        return surface, u.message(text)
    if surface == "group":
        return surface, u.group(f"@{BOT_USERNAME} {text}"[:4096])
    if surface == "reply":
        return surface, u.supergroup(text, reply_to_bot=True)
    if surface == "chatter":
        return surface, u.group(text.replace("@", "").replace("/", ""), with_entities=False)
    if surface in ("tim", "start", "lanhdao", "linhvuc"):
        return surface, u.message(f"/{surface} {text}"[:4096])
    if surface == "inline":
        return surface, u.inline(text[:256])
    data = noise(rng, rng.randint(1, 64)).encode("utf-8", "ignore")[:64].decode("utf-8", "ignore")
    prefix = rng.choice(["", "d:", "n:l:", "n:q", "n:r", "x:"])
    return surface, u.callback(
        (prefix + data)[:64] or "x", chat_id=rng.choice([501, GROUP_ID]), chat_type="private"
    )


async def test_hostile_messages_never_crash_and_replies_stay_valid(bot: BotUnderTest) -> None:
    errors: list[BaseException | None] = []

    async def spy(update: object, context: Any) -> None:
        errors.append(context.error)

    bot.app.add_error_handler(spy)
    rng = random.Random(20250508)
    seen: dict[str, int] = {}
    for n in range(600):
        surface, update = hostile_update(bot, rng)
        seen[surface] = seen.get(surface, 0) + 1
        calls = await bot.send(update)
        assert not errors, f"update {n} via {surface} raised {errors[0]!r}"
        check_calls(calls)
        if surface == "chatter":
            assert calls == [], f"chatter got a reply: {update}"
        message = update.get("message") or {}
        starts_with_command = any(
            e["type"] == "bot_command" and e["offset"] == 0 for e in message.get("entities", [])
        )
        if surface in ("private", "group", "reply", "tim") and (
            surface == "tim" or not starts_with_command
        ):
            assert len(bot.replies(calls)) == 1, (
                f"{surface} update {n} got {len(bot.replies(calls))} replies"
            )
    assert sum(seen.values()) >= 500 and len(seen) == 10


@pytest.mark.parametrize(
    "text",
    [
        " ",
        "\x00\x01\x02",
        "\u202e\u202e",
        "🙂" * 2048,  # 4,096 UTF-16 units
        "<b>Putin</b>",
        '"',
        "NEAR(",
        "*",
        "'; DROP TABLE meetings; --",
        "a" * 4096,
        "\ud800",  # a lone surrogate from a broken client
    ],
)
async def test_each_hostile_message_gets_a_short_helpful_reply(
    bot: BotUnderTest, text: str
) -> None:
    calls = await bot.send(bot.updates.message(text))
    (reply,) = bot.texts(calls)
    check_telegram_html(reply)
    assert len(reply) < 1500
