"""End to end: two `briefing run --webhook` replicas on one PostgreSQL database behind a
round-robin proxy on 127.0.0.1, sending to a recording Bot API server. 1,000 subscribers
are due at once and the replica sending their digests is killed (SIGKILL) mid-delivery:
every chat still gets its digest, only the messages it had in flight arrive twice, and no
second carries more than 30 messages. Then questions through either replica get the
same answer, and an admin's /them preview is saved through the other replica.

PostgreSQL only (with --backend=sqlite it is skipped; with --backend=postgres and no
PostgreSQL the run fails at start-up, see tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import sys
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.webserver import SECRET_HEADER
from store.language.localtime import DEFAULT_TZ
from store.language.subscription import utc_now
from store.storage.db import Store
from store.storage.subscriptions import subscribe
from tests.botapi import TOKEN, BotAPIServer
from tests.botkit import USER_ID, Updates

pytestmark = pytest.mark.postgres_only

SUBSCRIBERS = 1000
FIRST_CHAT = 10_000_001
KILL_AFTER = 250  # digests received before the sending replica is killed
LEASE_S = 3  # BRIEFING_OUTBOX_LEASE_SECONDS: how soon a dead replica's rows pass on
URL = "https://bot.example.vn/tg"
SECRET = "two-replicas-one-secret"
SENDER_LOCK = 0x62726966  # store.storage.pg: the advisory lock the sending replica holds
QUESTION = "Tô Lâm gặp Mishustin ở đâu?"
ARTICLE = """Phó Thủ tướng Lê Thành Long tiếp Bộ trưởng Tư pháp Nga Konstantin Chuychenko
Chiều 17/3/2026, tại Trụ sở Chính phủ ở Hà Nội, Phó Thủ tướng Lê Thành Long đã tiếp Bộ trưởng \
Tư pháp Liên bang Nga Konstantin Chuychenko đang thăm làm việc tại Việt Nam.
Hai bên trao đổi về hợp tác pháp luật, tư pháp và đào tạo cán bộ pháp lý giữa hai nước.
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class RoundRobin:
    """A TCP proxy: each new connection goes to the next replica that accepts it."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.picks: list[int] = []
        self._next = 0
        self.port = 0

    async def start(self) -> RoundRobin:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        self._server.close()
        await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        for _ in self.ports:
            port = self.ports[self._next % len(self.ports)]
            self._next += 1
            try:
                up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
            except OSError:
                continue  # that replica is down: the next one
            self.picks.append(port)
            await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))
            return
        writer.close()


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except ConnectionError:
        pass
    finally:
        writer.close()


class Replica:
    def __init__(self, port: int, env: dict[str, str], log: Path) -> None:
        self.port = port
        self.env = {**env, "BRIEFING_WEBHOOK_PORT": str(port)}
        self.log = log
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as err:
            self.proc = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                "bot.cli",
                "run",
                "--webhook",
                env=self.env,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=err,
            )

    async def healthy(self, seconds: float = 120) -> None:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{self.port}") as client:
            for _ in range(int(seconds * 10)):
                assert self.proc is not None and self.proc.returncode is None, self.log.read_text()
                try:
                    if (await client.get("/healthz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError(f"replica on {self.port} never became healthy")

    async def stop(self) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.terminate()
        try:
            await asyncio.wait_for(self.proc.wait(), 20)
        except TimeoutError:
            self.proc.kill()
            await self.proc.wait()


async def _post(port: int, update: dict[str, Any]) -> None:
    """One update on a new connection (so the proxy picks the next replica)."""
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
        answer = await client.post("/tg", json=update, headers={SECRET_HEADER: SECRET})
    assert answer.status_code == 200


async def _until(condition: Any, seconds: float, what: str) -> None:
    for _ in range(int(seconds * 10)):
        if condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


async def _subscribe_all(store: Store) -> list[int]:
    """1,000 chats whose daily digest fell due three minutes ago, each owed the newest
    meeting."""
    local = utc_now().astimezone(__import__("zoneinfo").ZoneInfo(DEFAULT_TZ))
    at = (local - timedelta(minutes=3)).strftime("%H:%M")
    chats = list(range(FIRST_CHAT, FIRST_CHAT + SUBSCRIBERS))
    for chat_id in chats:
        await subscribe(store, chat_id, at=at, now=utc_now() - timedelta(days=1))
    pool = store.pool  # type: ignore[attr-defined]
    await pool.execute("UPDATE subscriptions SET cursor = cursor - 1")
    return chats


async def _sender_pid(store: Store) -> int | None:
    name = await store.pool.fetchval(  # type: ignore[attr-defined]
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
        " WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted",
        SENDER_LOCK,
    )
    return int(name.split(":")[1]) if name else None


async def test_two_replicas_deliver_once_survive_a_kill_and_answer_alike(
    seeded_store: Store,
) -> None:
    store = seeded_store
    chats = await _subscribe_all(store)
    server = await BotAPIServer().start()
    ports = [_free_port(), _free_port()]
    proxy = await RoundRobin(ports).start()
    logs = Path(tempfile.mkdtemp(prefix="replicas-"))
    env = {
        **os.environ,  # BRIEFING_DATABASE_URL: the test database (tests/conftest.py)
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "BRIEFING_WEBHOOK_URL": URL,
        "BRIEFING_WEBHOOK_SECRET": SECRET,
        "BRIEFING_ADMIN_IDS": str(USER_ID),
        "BRIEFING_OUTBOX_LEASE_SECONDS": str(LEASE_S),
    }
    replicas = [Replica(p, env, logs / f"replica-{i}.log") for i, p in enumerate(ports)]
    try:
        await asyncio.gather(*(r.start() for r in replicas))
        await asyncio.gather(*(r.healthy() for r in replicas))

        # ---- kill the replica holding the sender lock mid-delivery
        await _until(lambda: len(server.received) >= KILL_AFTER, 120, "the first digests")
        pid = await _sender_pid(store)
        assert pid is not None
        victim = next(r for r in replicas if r.proc is not None and r.proc.pid == pid)
        os.kill(pid, signal.SIGKILL)
        await victim.proc.wait()  # type: ignore[union-attr]
        received_at_kill = len(server.received)
        in_flight = {
            r["chat_id"]
            for r in await store.pool.fetch(  # type: ignore[attr-defined]
                "SELECT chat_id FROM digest_outbox WHERE state = 'sending' AND claimed_by LIKE $1",
                f"%:{pid}:%",
            )
        }
        assert received_at_kill < SUBSCRIBERS, "the kill came after the delivery ended"

        # ---- every chat gets its digest from the survivor
        def delivered() -> set[int]:
            return {r.chat_id for r in server.accepted()}

        await _until(lambda: set(chats) <= delivered(), 240, "every chat's digest")
        copies = Counter((r.chat_id, r.text) for r in server.accepted())
        repeated = {chat for (chat, _), n in copies.items() if n > 1}
        assert repeated <= in_flight  # only what the dead replica had in flight
        assert len(in_flight) <= 8  # the digest service's concurrency
        assert server.busiest(1.0) <= 30
        assert all("Bản tin Việt–Nga" in r.text for r in server.received)

        # ---- the killed replica comes back; questions through either get one answer
        await victim.start()
        await victim.healthy()
        updates = Updates()
        server.received.clear()
        picks = len(proxy.picks)
        for _ in range(2):
            await _post(proxy.port, updates.message(QUESTION))
        assert set(proxy.picks[picks:]) == set(ports)  # one each
        await _until(lambda: len(server.received) >= 2, 60, "two answers")
        first, second = (r.text for r in server.received[:2])
        assert first == second and "Moskva" in first

        # ---- an admin preview made on one replica is saved through the other
        server.received.clear()
        articles = await store.count_articles()
        await _post(proxy.port, updates.message("/them " + ARTICLE))
        await _until(lambda: bool(server.received), 60, "the preview")
        preview = server.received[0]
        buttons = json.loads(preview.markup or "{}")["inline_keyboard"][0]
        save = next(b["callback_data"] for b in buttons if b["callback_data"].startswith("a:s:"))
        await _post(proxy.port, updates.callback(save))
        assert proxy.picks[-1] != proxy.picks[-2]  # preview and «Lưu» on different replicas
        for _ in range(600):
            if await store.count_articles() == articles + 1:
                break
            await asyncio.sleep(0.1)
        assert await store.count_articles() == articles + 1
    finally:
        await asyncio.gather(*(r.stop() for r in replicas))
        await proxy.stop()
        await server.stop()
