"""The chat language: /ngonngu (/language), the user's Telegram language as the default in
private chats, per-language menus, and one catalogue per language with nothing missing."""

from __future__ import annotations

import json
import re
import string
from collections.abc import AsyncIterator
from importlib.resources import files
from typing import Any

import pytest

import handlers
from handlers.commands import command_table
from store.language.catalogue import LANGS, catalogue
from store.storage.backends import open_store
from store.storage.chat_languages import get_language, set_language
from store.storage.chats import migrate_chat
from store.storage.db import Store
from tests.botkit import USER_ID, BotUnderTest, running_bot, visible_text


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(seeded_store) as bot:
        yield bot


def _from(update: dict[str, Any], language_code: str) -> dict[str, Any]:
    for key in ("message", "callback_query", "inline_query"):
        if key in update:
            update[key]["from"]["language_code"] = language_code
    return update


async def _reply(bot: BotUnderTest, text: str, language_code: str = "vi") -> tuple[str, list]:
    calls = await bot.send(_from(bot.updates.message(text), language_code))
    replies = bot.replies(calls)
    assert len(replies) == 1, [c.method for c in calls]
    return visible_text(replies[0].text or ""), replies[0].buttons()


async def test_language_command_sets_and_keeps_the_chat_language(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    text, _ = await _reply(bot, "/language en")
    assert text.startswith("The chat language is now English")
    assert await get_language(seeded_store, USER_ID) == "en"
    answer, buttons = await _reply(bot, "Putin")  # names alone: the chat's language
    assert answer.startswith("Found "), answer
    assert any(b["text"] == "Next ▶" for b in buttons)
    help_text, _ = await _reply(bot, "/help")
    assert "/language" in help_text and "Ask in English" in help_text
    # A question in Vietnamese is still answered in Vietnamese.
    vi, _ = await _reply(bot, "Tô Lâm gặp Medvedev ở đâu?")
    assert vi.startswith("Địa điểm: Bình Nhưỡng")
    text, _ = await _reply(bot, "/ngonngu vi")
    assert text.startswith("Đã đặt ngôn ngữ")
    answer, _ = await _reply(bot, "Putin")
    assert answer.startswith("Tìm thấy")


async def test_the_stored_language_survives_a_restart(seeded_store: Store) -> None:
    async with running_bot(seeded_store) as first:
        await _reply(first, "/ngonngu ru")
    async with running_bot(seeded_store) as second:
        text, _ = await _reply(second, "/help")
        assert text.startswith("Bản tin Việt–Nga — встречи")


async def test_without_a_choice_the_telegram_language_is_the_default(bot: BotUnderTest) -> None:
    answer, buttons = await _reply(bot, "Medvedev", language_code="ru")
    assert answer.startswith("Найдено встреч"), answer
    assert any(b["text"].endswith("· То Лам") for b in buttons), buttons
    text, _ = await _reply(bot, "/language", language_code="ru")
    assert text.startswith("Язык чата: Русский")
    vi, _ = await _reply(bot, "Medvedev", language_code="vi")
    assert vi.startswith("Tìm thấy")


async def test_unknown_language_is_refused_politely(bot: BotUnderTest) -> None:
    text, _ = await _reply(bot, "/language klingon")
    assert "klingon" in text and "vi" in text and "ru" in text


async def test_language_buttons(bot: BotUnderTest, seeded_store: Store) -> None:
    _, buttons = await _reply(bot, "/ngonngu")
    assert [b["callback_data"] for b in buttons] == ["lang:vi", "lang:en", "lang:ru"]
    calls = await bot.send(bot.updates.callback("lang:en"))
    assert any(c.method == "editMessageText" for c in calls)
    assert await get_language(seeded_store, USER_ID) == "en"


async def test_a_migrated_group_keeps_its_language(seeded_store: Store) -> None:
    await set_language(seeded_store, -100, "ru")
    await migrate_chat(seeded_store, -100, -1001234)
    assert await get_language(seeded_store, -1001234) == "ru"


async def test_menus_are_published_per_language(bot: BotUnderTest) -> None:
    await handlers.startup(bot.app)
    menus = {
        c.params.get("language_code"): {
            x["command"]: x["description"] for x in c.params["commands"]
        }
        for c in bot.request.calls
        if c.method == "setMyCommands"
    }
    assert set(menus) == {None, "en", "ru"}
    assert menus["en"]["search"] == "Search meetings"
    assert menus["ru"]["language"] == "Язык чата"
    assert "ngonngu" in menus[None]
    assert len(menus["en"]) == len(menus["ru"]) == len(menus[None])


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_string_exists_in_every_language() -> None:
    keys = {lang: set(catalogue(lang)) for lang in LANGS}
    for lang in LANGS:
        assert keys[lang] == keys["vi"], (lang, keys[lang] ^ keys["vi"])
        for key, value in catalogue(lang).items():
            assert value.strip() or key.startswith("_"), (lang, key)
            assert _fields(value) == _fields(catalogue("vi")[key]), (lang, key)
            if "|" in catalogue("vi")[key]:
                assert value.count("|") == catalogue("vi")[key].count("|"), (lang, key)


async def test_every_menu_command_has_a_line_in_every_language(bot: BotUnderTest) -> None:
    for c in command_table(bot.app):
        if c.menu and not c.admin:
            key = f"command.{c.aliases[0] if c.aliases else c.name}"
            for lang in LANGS:
                assert key in catalogue(lang), (lang, key)


def test_every_person_and_office_has_english_and_russian_forms() -> None:
    data = json.loads(files("store").joinpath("data/names_i18n.json").read_text("utf-8"))
    people = json.loads(files("store").joinpath("data/people.json").read_text("utf-8"))
    offices = json.loads(files("store").joinpath("data/offices.json").read_text("utf-8"))
    for p in people:
        forms = data["people"][p["name"]]
        assert forms["en"] and re.fullmatch(r"[A-Za-z .'\-]+", forms["en"]), p["name"]
        assert forms["ru"] and re.search(r"[А-Яа-яЁё]", forms["ru"]), p["name"]
    for o in offices:
        if o["title"]:
            assert data["offices"][o["id"]]["en"] and data["offices"][o["id"]]["ru"], o["id"]


async def test_details_follow_the_chat_language(bot: BotUnderTest, seeded_store: Store) -> None:
    await _reply(bot, "/language ru")
    (m,) = [m for m in await seeded_store.meetings(limit=200) if m.place == "Bình Nhưỡng"]
    calls = await bot.send(bot.updates.callback(f"d:{m.id}"))
    (card,) = [c for c in calls if c.method in ("sendMessage", "editMessageText")]
    text = visible_text(card.text or "")
    assert "Пхеньян" in text and "10 октября 2025 г." in text and "То Лам" in text
    assert "слова вьетнамского источника" in text
    assert any(b["text"] == "Связанные встречи" for b in card.buttons())


async def test_a_language_set_on_another_replica_is_seen(seeded_store: Store) -> None:
    """Replicas on one database: a chat's language cached by one is not kept once another
    replica changes it (the data version moves)."""
    other = await open_store(seeded_store.path)
    try:
        async with running_bot(seeded_store) as first, running_bot(other) as second:
            second.app.bot_data.languages.recheck = 0  # look at the data version every time
            text, _ = await _reply(second, "/help")
            assert text.startswith("Các lệnh")  # Vietnamese, and now cached
            await _reply(first, "/language en")
            text, _ = await _reply(second, "/help")
            assert "/language" in text and "Ask in English" in text
    finally:
        await other.close()


@pytest.mark.parametrize(
    "lang,command,expected",
    [
        ("en", "/leaders", "Leaders in the data (meetings):"),
        ("ru", "/leaders", "Руководители в данных"),
        ("en", "/sectors", "Sectors of cooperation (meetings):"),
        ("en", "/search", "Type /search with a question"),
        ("ru", "/timeline", "Наберите /timeline с именем руководителя"),
        ("en", "/latest", "Latest meetings (1–"),
        ("ru", "/latest", "Последние встречи (1–"),
        ("en", "/nosuchcommand", "There is no /nosuchcommand command."),
    ],
)
async def test_command_replies_follow_the_chat_language(
    bot: BotUnderTest, lang: str, command: str, expected: str
) -> None:
    text, _ = await _reply(bot, command, language_code=lang)
    assert expected in text, text
    assert not re.search("[ạảãàáâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]", text.split("(")[0])


async def test_a_list_in_english_names_the_people_in_english(bot: BotUnderTest) -> None:
    text, _ = await _reply(bot, "/leaders", language_code="en")
    assert "To Lam" in text and "Tô Lâm" not in text
    assert "Vietnam" in text and "Russia" in text
    pressed = await bot.send(_from(bot.updates.callback("n:qdeadbeef:5"), "en"))
    notices = [c.params.get("text") for c in pressed if c.method == "answerCallbackQuery"]
    assert notices == ["This button is out of date. Please send the question again."]
