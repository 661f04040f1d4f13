"""The Telegram Application: built once from settings, run by polling or webhook.

``build_application`` is what tests, the console and ``briefing run`` share; only the
request objects (a recorder instead of HTTP) and the rate limiter differ.
"""

from __future__ import annotations

import errno
import logging
import re
import secrets
import socket
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError, TimedOut
from telegram.ext import ApplicationBuilder, Defaults
from telegram.request import BaseRequest

import handlers
from bot.digests import install_digests
from bot.errors import UserError
from bot.pacing import BotRateLimiter
from bot.settings import Settings, SettingsError
from bot.updates import PerChatUpdates
from handlers.common import CONTEXT_TYPES, App
from store.services.answer import warm_up
from store.services.ingest import ensure_seeded, set_workers
from store.storage.backends import open_store
from store.storage.db import Store

log = logging.getLogger(__name__)

OFFLINE_TOKEN = "123456:offline-briefing-console"  # the console never reaches Telegram
_TOKEN = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
_SECRET = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
CONNECT_TIMEOUT = 5.0  # PTB's default connect and read timeouts for Bot API calls

NO_TOKEN = (
    "Chưa có TELEGRAM_BOT_TOKEN: hãy tạo bot với @BotFather trên Telegram (lệnh /newbot) rồi đặt "
    "token vào biến môi trường TELEGRAM_BOT_TOKEN hoặc tệp .env — hoặc thử bot ngay trên máy, "
    "không cần token, bằng `briefing chat`."
)


class StartupError(UserError):
    """The bot cannot start (token refused, Telegram unreachable); one sentence for the user."""


def api_urls(base: str) -> tuple[str, str]:
    """PTB's base_url (must end in /bot; the token is appended) and base_file_url."""
    base = base.rstrip("/")
    if not base.endswith("/bot"):
        base += "/bot"
    return base, base.removesuffix("/bot") + "/file/bot"


def defaults(settings: Settings) -> Defaults:
    return Defaults(
        parse_mode=ParseMode.HTML,
        tzinfo=settings.tz,
        link_preview_options=LinkPreviewOptions(is_disabled=True),  # no big cards in groups
        allow_sending_without_reply=True,  # the question may have been deleted meanwhile
    )


def build_application(
    settings: Settings,
    store: Store | None = None,
    request: BaseRequest | None = None,
    get_updates_request: BaseRequest | None = None,
    rate_limiter: bool = True,
    *,
    store_path: str | Path | None = None,
    updater: bool = True,
) -> App:
    """The bot with every handler registered.

    ``store`` is put in ``bot_data.store`` (and ``settings`` in ``bot_data.settings``);
    when it is None, ``store_path`` is opened (and seeded if empty) at start-up.
    """
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token or OFFLINE_TOKEN)
        .defaults(defaults(settings))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .context_types(CONTEXT_TYPES)
        .concurrent_updates(PerChatUpdates())
    )
    if settings.telegram_api_base_url:
        base_url, base_file_url = api_urls(settings.telegram_api_base_url)
        builder = builder.base_url(base_url).base_file_url(base_file_url)
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    if not updater:  # updates come from bot.webserver's ASGI app instead
        builder = builder.updater(None)
    if rate_limiter:
        # A few retries on RetryAfter: a late answer beats a lost one. Digest sends bypass
        # it: bot.pacing.Pacer alone paces them (two layers would fight).
        builder = builder.rate_limiter(BotRateLimiter(max_retries=3))
    app = builder.build()
    app.bot_data.store = store
    app.bot_data.settings = settings
    set_workers(settings.briefing_ingest_workers)  # feeds ingest in this process
    app.bot_data.store_path = str(store_path) if store_path is not None else None
    handlers.register(app)
    install_digests(app)
    return app


async def _post_init(app: App) -> None:
    if app.bot_data.store is None:
        path = app.bot_data.store_path
        if path is None:
            raise RuntimeError("build_application needs a store or a store_path")
        store = await open_store(path)
        if await ensure_seeded(store):
            log.info("empty database %s: ingested the bundled seed articles", path)
        app.bot_data.store = store
        app.bot_data.owns_store = True
    t = time.perf_counter()
    await warm_up(app.bot_data.store)
    log.info("answering's indexes and question readers loaded in %.1f s", time.perf_counter() - t)
    log.info("bot @%s ready", app.bot.username)
    await handlers.startup(app)


async def _post_shutdown(app: App) -> None:
    if app.bot_data.owns_store:
        store, app.bot_data.store, app.bot_data.owns_store = app.bot_data.store, None, False
        if store is not None:
            await store.close()


def _configure_logging() -> None:
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(
            format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=logging.INFO
        )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per poll otherwise
    logging.getLogger("apscheduler").setLevel(logging.WARNING)


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments for ``Application.run_webhook``; a random secret when none is configured."""
    if not settings.webhook_url:
        raise SettingsError(
            "Chế độ webhook cần BRIEFING_WEBHOOK_URL: địa chỉ https công khai mà Telegram gửi update tới."
        )
    if settings.database_url and not settings.webhook_secret:
        # Replicas share the database: each would make up its own secret, and the last to
        # register would lock the others out.
        raise SettingsError(
            "Với BRIEFING_DATABASE_URL (nhiều bản sao dùng chung cơ sở dữ liệu), chế độ webhook "
            "cần BRIEFING_WEBHOOK_SECRET cố định, giống nhau ở mọi bản sao; webhook được đăng ký "
            "một lần bằng lệnh briefing webhook set."
        )
    secret = settings.webhook_secret or secrets.token_urlsafe(32)
    if not _SECRET.match(secret):
        raise SettingsError(
            "BRIEFING_WEBHOOK_SECRET chỉ được gồm chữ cái Latin, chữ số, _ và -, tối đa 256 ký tự."
        )
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlsplit(settings.webhook_url).path.strip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": secret,
        "allowed_updates": Update.ALL_TYPES,
    }


class _HideBootstrapFailures(logging.Filter):
    """PTB logs a failed start-up (getMe, deleteWebhook, setWebhook) with a long traceback
    before raising it; ``run`` turns that exception into one sentence, so the log is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno >= logging.ERROR and "Bootstrap" in record.getMessage())


def run(
    settings: Settings, store_path: str | Path, webhook: bool = False, *, debug: bool = False
) -> None:
    """Run the bot until interrupted (long polling, or PTB's webhook server with a secret).

    A start-up that fails (token refused, Telegram unreachable or silent, webhook port
    taken) raises ``StartupError`` with one sentence; every network wait has PTB's
    timeouts (5 s to connect, 5 s to read), so it never hangs.
    """
    options = startup_checks(settings, webhook)
    quiet = _HideBootstrapFailures()
    ptb_log = logging.getLogger("telegram.ext")
    if not debug:
        ptb_log.addFilter(quiet)
    app = build_application(settings, store_path=store_path)
    # Feed polling belongs to the running bot only, not to handler tests or the console.
    from bot.feed_jobs import schedule_feed_jobs

    schedule_feed_jobs(app)
    where = urlsplit(settings.telegram_api_base_url or "https://api.telegram.org").netloc
    try:
        if options is not None:
            app.run_webhook(**options)
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        raise StartupError(
            f"Telegram ({where}) từ chối TELEGRAM_BOT_TOKEN; hãy lấy lại token bằng lệnh /token "
            "của @BotFather."
        ) from None
    except TimedOut:
        raise StartupError(
            f"Telegram ({where}) không trả lời sau {CONNECT_TIMEOUT:g} giây chờ; hãy kiểm tra "
            "mạng, tường lửa hoặc TELEGRAM_API_BASE_URL rồi thử lại."
        ) from None
    except NetworkError:
        raise StartupError(
            f"Không kết nối được tới Telegram ({where}); hãy kiểm tra mạng, tường lửa hoặc "
            "TELEGRAM_API_BASE_URL rồi thử lại."
        ) from None
    except OSError as exc:
        if options is None or exc.errno not in _BIND_ERRORS:
            raise
        raise _port_error(options["listen"], options["port"], exc) from None
    finally:
        ptb_log.removeFilter(quiet)


_BIND_ERRORS = (errno.EADDRINUSE, errno.EACCES, errno.EADDRNOTAVAIL)


def startup_checks(settings: Settings, webhook: bool) -> dict[str, Any] | None:
    """What must hold before anything reaches Telegram: a well-formed token and, for a
    webhook, its settings and a free port. Returns the webhook options (None: polling)."""
    token = settings.telegram_bot_token
    if not token:
        raise SettingsError(NO_TOKEN)
    if not _TOKEN.match(token):
        raise SettingsError(
            "TELEGRAM_BOT_TOKEN không đúng dạng (số:chuỗi, như @BotFather cấp); hãy sao chép lại token."
        )
    options = webhook_options(settings) if webhook else None
    if options is not None:
        _check_port(options["listen"], options["port"])
    _configure_logging()
    return options


def _check_port(listen: str, port: int) -> None:
    """Refuse a taken webhook port (or an address not on this machine) before anything
    reaches Telegram."""
    family = socket.AF_INET6 if ":" in listen else socket.AF_INET
    try:
        with socket.create_server((listen, port), family=family):
            pass
    except OSError as exc:
        raise _port_error(listen, port, exc) from None


def _port_error(listen: str, port: int, exc: OSError) -> StartupError:
    why = {errno.EADDRINUSE: "cổng đang được dùng", errno.EACCES: "không được phép"}
    return StartupError(
        f"Không mở được cổng {listen}:{port} cho webhook "
        f"({why.get(exc.errno or 0, 'máy này không có địa chỉ đó')}); "
        "hãy đổi BRIEFING_WEBHOOK_PORT hoặc BRIEFING_WEBHOOK_LISTEN."
    )
