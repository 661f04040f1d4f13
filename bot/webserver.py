"""A replica as an ordinary web process: PTB's custom-webhook pattern.

With several replicas behind a load balancer on one PostgreSQL database, none of them
registers the webhook (``briefing webhook set`` does, once) and none runs PTB's Updater:
an ASGI app (Starlette, served by uvicorn) checks Telegram's secret header and puts each
update in ``application.update_queue``, and answers ``/healthz`` for the load balancer
(database reachable, version). See PTB's example ``customwebhookbot``.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from telegram import Update

from bot.settings import Settings

log = logging.getLogger(__name__)
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def app_version() -> str:
    try:
        return version("ban-tin-viet-nga")
    except PackageNotFoundError:
        return "unknown"


def asgi_app(application: Any, secret: str, url_path: str) -> Starlette:
    """Updates POSTed to ``/<url_path>`` with the secret go to the application's queue."""

    async def telegram(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return Response(status_code=403)
        try:
            data = await request.json()
            update = Update.de_json(data, application.bot)
        except (ValueError, TypeError, KeyError):
            return Response(status_code=400)
        await application.update_queue.put(update)
        return Response()

    async def healthz(_: Request) -> JSONResponse:
        store = application.bot_data.store
        body: dict[str, Any] = {"version": app_version(), "database": "ok"}
        try:
            if store is None:
                raise RuntimeError("no store")
            body["data_version"] = await asyncio.wait_for(store.data_version(), 5)
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready"
            body["database"] = f"error: {type(exc).__name__}"
            return JSONResponse(body, status_code=503)
        return JSONResponse(body)

    return Starlette(
        routes=[
            Route("/" + url_path.strip("/"), telegram, methods=["POST"]),
            Route("/healthz", healthz, methods=["GET"]),
        ]
    )


def run_replica(settings: Settings, store_path: str | Path) -> None:
    """``briefing run --webhook`` with a database URL: checks as ``bot.app.run`` does, then
    serves until interrupted. No Updater, no setWebhook (``briefing webhook set`` does it)."""
    from bot.app import startup_checks

    options = startup_checks(settings, webhook=True)
    assert options is not None
    asyncio.run(serve(settings, store_path, options["secret_token"]))


async def serve(settings: Settings, store_path: str | Path, secret: str) -> None:
    """Run one replica until interrupted: the application without an Updater, behind
    uvicorn on BRIEFING_WEBHOOK_LISTEN:BRIEFING_WEBHOOK_PORT."""
    import uvicorn

    from bot.app import build_application
    from bot.feed_jobs import schedule_feed_jobs

    application = build_application(settings, store_path=store_path, updater=False)
    schedule_feed_jobs(application)
    url_path = urlsplit(settings.webhook_url or "").path
    web = asgi_app(application, secret, url_path)
    config = uvicorn.Config(
        web, host=settings.webhook_listen, port=settings.webhook_port, log_level="warning"
    )
    server = uvicorn.Server(config)
    async with application:  # initialize … shutdown
        if application.post_init is not None:
            await application.post_init(application)  # run_webhook would have called it
        await application.start()
        log.info("replica serving %s and /healthz", url_path or "/")
        try:
            await server.serve()
        finally:
            await application.stop()
            if application.post_shutdown is not None:
                await application.post_shutdown(application)
