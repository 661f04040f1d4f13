"""Replicas on one database: a fixed webhook secret, the webhook registered once, and each
replica an ordinary web app (updates into the application's queue, /healthz)."""

from __future__ import annotations

import asyncio
import io
import json
from contextlib import redirect_stdout

import httpx
import pytest

from bot.app import build_application, webhook_options
from bot.cli import main as cli_main
from bot.errors import SettingsError
from bot.webserver import SECRET_HEADER, asgi_app
from store.storage.db import Store
from tests.botapi import TOKEN, BotAPIServer
from tests.botkit import RecordingRequest, Updates, test_settings

URL = "https://bot.example.vn/tg"
SECRET = "replicas-share-this-secret"


def test_a_database_url_requires_a_fixed_secret() -> None:
    shared = test_settings(
        BRIEFING_DATABASE_URL="postgresql://bot@db/briefing", BRIEFING_WEBHOOK_URL=URL
    )
    with pytest.raises(SettingsError, match="BRIEFING_WEBHOOK_SECRET"):
        webhook_options(shared)
    fixed = shared.model_copy(update={"webhook_secret": SECRET})
    assert webhook_options(fixed)["secret_token"] == SECRET
    # One process alone may still make up a secret of its own.
    alone = test_settings(BRIEFING_WEBHOOK_URL=URL, BRIEFING_DATABASE_URL=None)
    assert webhook_options(alone)["secret_token"]


@pytest.fixture
async def replica(seeded_store: Store):  # noqa: ANN201
    calls: list = []
    app = build_application(
        test_settings(BRIEFING_WEBHOOK_URL=URL, BRIEFING_WEBHOOK_SECRET=SECRET),
        seeded_store,
        request=RecordingRequest(calls),
        rate_limiter=False,
        updater=False,
    )
    await app.initialize()
    await app.start()
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=asgi_app(app, SECRET, "/tg")), base_url="http://r"
    )
    try:
        yield client, app, calls
    finally:
        await client.aclose()
        await app.stop()
        await app.shutdown()


async def _replies(calls: list) -> list:
    for _ in range(500):  # the update is handled by the application's own task
        sent = [c for c in calls if c.method == "sendMessage"]
        if sent:
            return sent
        await asyncio.sleep(0.01)
    return []


async def test_updates_with_the_secret_reach_the_handlers(replica) -> None:  # noqa: ANN001
    client, _app, calls = replica
    update = Updates().message("Tô Lâm gặp Mishustin ở đâu?")
    refused = await client.post("/tg", json=update)
    assert refused.status_code == 403
    wrong = await client.post("/tg", json=update, headers={SECRET_HEADER: "guess"})
    assert wrong.status_code == 403
    bad = await client.post("/tg", content=b"{not json", headers={SECRET_HEADER: SECRET})
    assert bad.status_code == 400
    ok = await client.post("/tg", json=update, headers={SECRET_HEADER: SECRET})
    assert ok.status_code == 200
    (reply,) = await _replies(calls)  # one answer: the refused posts reached nothing
    assert "Moskva" in str(reply.params.get("text"))


async def test_healthz_says_whether_the_database_answers(replica, seeded_store: Store) -> None:  # noqa: ANN001
    client, app, _calls = replica
    health = await client.get("/healthz")
    assert health.status_code == 200
    body = health.json()
    assert body["database"] == "ok" and body["version"]
    app.bot_data.store = None  # no database reachable
    down = await client.get("/healthz")
    assert down.status_code == 503 and down.json()["database"].startswith("error")
    app.bot_data.store = seeded_store


def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli_main(list(args))
    return code, out.getvalue()


async def test_webhook_is_registered_once_by_the_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = await BotAPIServer().start()
    try:
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
        monkeypatch.setenv("TELEGRAM_API_BASE_URL", server.base_url)
        monkeypatch.setenv("BRIEFING_WEBHOOK_URL", URL)
        monkeypatch.delenv("BRIEFING_WEBHOOK_SECRET", raising=False)
        code, _ = await asyncio.to_thread(_cli, "webhook", "set")
        assert code == 2 and not server.webhook  # no secret: nothing registered
        monkeypatch.setenv("BRIEFING_WEBHOOK_SECRET", SECRET)
        code, text = await asyncio.to_thread(_cli, "webhook", "set")
        assert code == 0 and "Đã đăng ký webhook" in text and URL in text
        assert server.webhook["url"] == URL and server.webhook["secret_token"] == SECRET
        code, text = await asyncio.to_thread(_cli, "webhook", "info", "--json")
        assert code == 0 and json.loads(text)["url"] == URL
        code, text = await asyncio.to_thread(_cli, "webhook", "delete")
        assert code == 0 and "Chưa đăng ký webhook" in text and not server.webhook
    finally:
        await server.stop()


@pytest.mark.postgres_only
async def test_a_replica_process_serves_health_and_updates_without_registering() -> None:
    """`briefing run --webhook` with a database URL: no Updater, no setWebhook; /healthz
    answers once the database is open, and an update POSTed with the secret is answered."""
    import os
    import socket
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = await BotAPIServer().start()
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "BRIEFING_WEBHOOK_URL": URL,
        "BRIEFING_WEBHOOK_SECRET": SECRET,
        "BRIEFING_WEBHOOK_PORT": str(port),
    }
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", "--webhook", env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = None
            for _ in range(600):
                try:
                    health = await client.get("/healthz")
                    break
                except httpx.TransportError:
                    assert proc.returncode is None, await proc.stderr.read()  # type: ignore[union-attr]
                    await asyncio.sleep(0.1)
            assert health is not None and health.status_code == 200
            update = Updates().message("Tô Lâm gặp Mishustin ở đâu?")
            posted = await client.post("/tg", json=update, headers={SECRET_HEADER: SECRET})
            assert posted.status_code == 200
            for _ in range(600):
                if server.received:
                    break
                await asyncio.sleep(0.1)
        assert "Moskva" in server.received[0].text
        assert server.webhook == {}  # registering is `briefing webhook set`'s job
    finally:
        proc.terminate()
        await proc.wait()
        await server.stop()
