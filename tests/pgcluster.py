"""A throwaway PostgreSQL cluster on 127.0.0.1 in a temporary folder (tests and benches).

The binaries are looked up on PATH, then where Debian's ``postgresql`` package puts them
(/usr/lib/postgresql/<version>/bin). ``initdb`` refuses to run as root, so as root the
cluster belongs to the ``postgres`` user the package creates (else ``nobody``).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any


class PostgresMissing(RuntimeError):
    pass


def find_binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    if not candidates:
        raise PostgresMissing(
            f"PostgreSQL's {name} was not found on PATH nor in /usr/lib/postgresql/*/bin"
            " (Debian: apt-get install postgresql)"
        )
    return max(candidates, key=lambda p: int(Path(p).parent.parent.name.split(".")[0]))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self) -> None:
        self.initdb = find_binary("initdb")
        self.pg_ctl = find_binary("pg_ctl")
        self.dir = Path(tempfile.mkdtemp(prefix="briefing-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            user = "postgres"
            try:
                pwd.getpwnam(user)
            except KeyError:
                user = "nobody"
            shutil.chown(self.dir, user)
            self.prefix = ["runuser", "-u", user, "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self.prefix, *args], check=True, capture_output=True, cwd=self.dir)

    def start(self) -> Cluster:
        self._run(self.initdb, "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")
        options = (
            f"-h 127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off -c synchronous_commit=off"
            " -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            self.pg_ctl,
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.dir / "log"),
            "-w",
            "start",
        )
        return self

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run(self.pg_ctl, "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


class TestDatabase:
    """The one database every test uses with --backend=postgres, emptied before each test.

    Emptying deletes rows (triggers and foreign keys off) and restarts the identity
    counters, which is much cheaper than TRUNCATE or a new database. The seeded content
    (seeds + test articles) is ingested once and then copied back in for each test that
    asks for it: the same rows, without re-running extraction every time.
    """

    def __init__(self, cluster: Cluster, name: str = "briefing") -> None:
        import asyncio
        import threading

        self.url = cluster.url(name)
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, daemon=True).start()
        self._run(self._create(cluster.url(), name))
        self._reset_sql: str | None = None
        self._seeded: dict[str, bytes] | None = None

    def _run(self, coro):  # noqa: ANN001, ANN202
        import asyncio

        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    async def _create(self, admin_url: str, name: str) -> None:
        import asyncpg

        conn = await asyncpg.connect(admin_url)
        try:
            await conn.execute(f"CREATE DATABASE {name}")
        finally:
            await conn.close()
        self.conn = await asyncpg.connect(self.url)

    async def _tables(self) -> list[str]:
        rows = await self.conn.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            " AND tablename NOT IN ('schema_version', 'data_version') ORDER BY tablename"
        )
        return [r[0] for r in rows]

    async def _reset(self) -> None:
        if self._reset_sql is None:
            tables = await self._tables()
            if not tables:
                return  # no schema yet: the first store creates it
            seqs = await self.conn.fetch(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'public' AND is_identity = 'YES'"
            )
            self._reset_sql = (
                "SET session_replication_role = replica;"
                + "".join(f"DELETE FROM {t};" for t in tables)
                + "".join(
                    f"SELECT setval(pg_get_serial_sequence('{t}', '{c}'), 1, false);"
                    for t, c in seqs
                )
                + "UPDATE data_version SET n = n + 1;"
                + "SET session_replication_role = origin;"
            )
        await self.conn.execute(self._reset_sql)

    def reset(self) -> None:
        self._run(self._reset())

    @property
    def has_seeded(self) -> bool:
        return self._seeded is not None

    async def _save(self) -> None:
        import io

        saved: dict[str, bytes] = {}
        for table in await self._tables():
            buf = io.BytesIO()
            await self.conn.copy_from_table(table, output=buf, format="binary")
            saved[table] = buf.getvalue()
        self._seeded = saved

    def save_seeded(self) -> None:
        self._run(self._save())

    async def _restore(self) -> None:
        import io

        assert self._seeded is not None
        await self.conn.execute("SET session_replication_role = replica")
        try:
            for table, data in self._seeded.items():
                await self.conn.copy_to_table(table, source=io.BytesIO(data), format="binary")
        finally:
            await self.conn.execute("SET session_replication_role = origin")
        seqs = await self.conn.fetch(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = 'public' AND is_identity = 'YES'"
        )
        for t, c in seqs:
            await self.conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{t}', '{c}'),"
                f" coalesce((SELECT max({c}) FROM {t}), 0) + 1, false)"
            )
        await self.conn.execute("UPDATE data_version SET n = n + 1")

    def restore_seeded(self) -> None:
        self._run(self._restore())


@contextlib.contextmanager
def server_url(url: str | None = None) -> Iterator[str]:
    """``url`` itself when given, else a throwaway cluster's for as long as it is used
    (the benches' ``--url``)."""
    if url:
        yield url
        return
    cluster = Cluster().start()
    try:
        yield cluster.url()
    finally:
        cluster.stop()


@contextlib.asynccontextmanager
async def database_at(beside: str, name: str, version: int) -> AsyncIterator[tuple[Any, str]]:
    """A PostgreSQL database built by the migrations before ``version`` + 1 only, on the
    server of the store URL ``beside``: its connection (for rows written the old way; close
    it before opening the store) and its URL. The database is dropped afterwards."""
    import asyncpg

    from store.storage.pg_schema import MIGRATIONS

    base = beside.rsplit("/", 1)[0]
    admin = await asyncpg.connect(base + "/postgres")
    try:
        await admin.execute(f"DROP DATABASE IF EXISTS {name}")
        await admin.execute(f"CREATE DATABASE {name}")
        old = await asyncpg.connect(f"{base}/{name}")
        try:
            await old.execute("CREATE TABLE schema_version (n INTEGER NOT NULL)")
            for script in MIGRATIONS[:version]:
                await old.execute(script)
            await old.execute(f"INSERT INTO schema_version VALUES ({version})")
            yield old, f"{base}/{name}"
        finally:
            if not old.is_closed():
                await old.close()
        await admin.execute(f"DROP DATABASE {name}")
    finally:
        await admin.close()
