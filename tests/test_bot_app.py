"""The Application factory and `run`: defaults, API URLs, start-up, refusing without a token."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter

from bot.app import NO_TOKEN, StartupError, api_urls, build_application, run, webhook_options
from bot.settings import SettingsError
from store.language.catalogue import say
from store.language.fold import fold
from store.services import answer
from store.storage.chats import list_chats
from store.storage.db import Store
from tests.botkit import Call, RecordingRequest, test_settings


def test_run_refuses_without_a_token_in_one_sentence(tmp_path: Path) -> None:
    settings = test_settings(TELEGRAM_BOT_TOKEN="")
    with pytest.raises(SettingsError) as info:
        run(settings, tmp_path / "b.db", webhook=False)
    message = str(info.value)
    assert message == NO_TOKEN
    assert "@BotFather" in message and "briefing chat" in message
    assert message.count(". ") == 0 and "\n" not in message


def test_run_refuses_a_malformed_token(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        run(test_settings(TELEGRAM_BOT_TOKEN="not a token"), tmp_path / "b.db")


def test_webhook_needs_a_public_url(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="BRIEFING_WEBHOOK_URL"):
        run(test_settings(), tmp_path / "b.db", webhook=True)


def test_webhook_secret_is_validated(tmp_path: Path) -> None:
    settings = test_settings(
        BRIEFING_WEBHOOK_URL="https://bot.example.vn/tg", BRIEFING_WEBHOOK_SECRET="có dấu"
    )
    with pytest.raises(SettingsError, match="BRIEFING_WEBHOOK_SECRET"):
        run(settings, tmp_path / "b.db", webhook=True)


def test_webhook_options() -> None:
    settings = test_settings(
        BRIEFING_WEBHOOK_URL="https://bot.example.vn/tg/hook",
        BRIEFING_WEBHOOK_SECRET="s3cret_-X",
        BRIEFING_WEBHOOK_PORT="8443",
    )
    options = webhook_options(settings)
    assert options["url_path"] == "tg/hook"
    assert options["webhook_url"] == "https://bot.example.vn/tg/hook"
    assert options["secret_token"] == "s3cret_-X"
    assert (options["listen"], options["port"]) == ("127.0.0.1", 8443)
    # One process alone (no shared database) may make up its secret.
    alone = test_settings(
        BRIEFING_WEBHOOK_URL="https://bot.example.vn/", BRIEFING_DATABASE_URL=None
    )
    generated = webhook_options(alone)
    assert len(generated["secret_token"]) >= 32 and generated["url_path"] == ""


def test_refused_token_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Telegram answering 401 to getMe becomes a StartupError, not a traceback."""
    request = RecordingRequest()
    request.fail["getMe"] = (401, "Unauthorized")
    import bot.app as app_module

    real = app_module.build_application
    monkeypatch.setattr(
        app_module,
        "build_application",
        lambda settings, store=None, **kw: real(
            settings,
            store,
            request=request,
            get_updates_request=RecordingRequest(),
            rate_limiter=False,
            **kw,
        ),
    )
    with pytest.raises(StartupError, match="@BotFather"):
        run(test_settings(), tmp_path / "b.db")


@pytest.mark.parametrize(
    ("given", "base", "files"),
    [
        ("http://127.0.0.1:8081", "http://127.0.0.1:8081/bot", "http://127.0.0.1:8081/file/bot"),
        (
            "http://127.0.0.1:8081/bot",
            "http://127.0.0.1:8081/bot",
            "http://127.0.0.1:8081/file/bot",
        ),
        (
            "https://api.example.vn/bot/",
            "https://api.example.vn/bot",
            "https://api.example.vn/file/bot",
        ),
    ],
)
def test_api_urls(given: str, base: str, files: str) -> None:
    assert api_urls(given) == (base, files)


async def test_factory_sets_defaults_base_url_and_bot_data(empty_store: Store) -> None:
    settings = test_settings(
        TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot", BRIEFING_TZ="Europe/Moscow"
    )
    app = build_application(settings, empty_store)
    assert app.bot.defaults is not None
    assert app.bot.defaults.parse_mode == ParseMode.HTML
    assert app.bot.defaults.tzinfo == ZoneInfo("Europe/Moscow")
    assert app.bot.base_url == "http://127.0.0.1:9/bot123456:TEST-TOKEN"
    assert app.bot.base_file_url == "http://127.0.0.1:9/file/bot123456:TEST-TOKEN"
    assert isinstance(app.bot.rate_limiter, AIORateLimiter)
    assert app.bot_data.store is empty_store and app.bot_data.settings is settings
    assert build_application(settings, empty_store, rate_limiter=False).bot.rate_limiter is None


async def test_start_up_opens_seeds_and_survives_a_failing_menu(tmp_path: Path) -> None:
    calls: list[Call] = []
    request = RecordingRequest(calls)
    request.fail["setMyCommands"] = (500, "Internal Server Error")
    app = build_application(
        test_settings(),
        store_path=tmp_path / "fresh.db",
        request=request,
        get_updates_request=RecordingRequest(calls),
        rate_limiter=False,
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)  # what run_polling does after initialize()
    store = app.bot_data.store
    assert store is not None
    assert await store.count_meetings() > 0  # the embedded default: seeds ingested
    assert await list_chats(store) == []  # the chats table exists
    assert "setMyCommands" in [c.method for c in calls]
    await app.shutdown()
    assert app.post_shutdown is not None
    await app.post_shutdown(app)
    assert app.bot_data.store is None  # opened at start-up, so closed at shutdown


async def test_start_up_reads_each_languages_example_question_before_any_user(
    seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str | None, int]] = []
    real = answer.ask

    async def spy(store: Store, question: str, **kw: object) -> answer.AskResult:
        result = await real(store, question, **kw)  # type: ignore[arg-type]
        asked.append((question, kw.get("lang"), result.total))  # type: ignore[arg-type]
        return result

    monkeypatch.setattr(answer, "ask", spy)
    calls: list[Call] = []
    app = build_application(
        test_settings(),
        seeded_store,
        request=RecordingRequest(calls),
        get_updates_request=RecordingRequest(calls),
        rate_limiter=False,
    )
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)
    # Each example, and its unmarked spelling where it differs (the grammar's tables for
    # questions typed without diacritics are built on first use).
    examples = [(x, lang) for lang in ("vi", "en", "ru") for x in say(lang, "examples").split("|")]
    assert [(q, lang) for q, lang, _ in asked] == [
        (spelling, lang) for x, lang in examples for spelling in dict.fromkeys((x, fold(x)))
    ]
    assert ("to lam gap putin khi nao?", "vi") in [(q, lang) for q, lang, _ in asked]
    assert all(total > 0 for _, _, total in asked)  # real questions, answered from the store
    assert not [c for c in calls if c.method == "sendMessage"]  # nobody was written to
    await app.shutdown()
