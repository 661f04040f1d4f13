"""Every failure a user can cause, through the real `briefing` process: one Vietnamese line
on stderr, a non-zero exit code, no traceback, and no hang (each run must end in 10 s).

Network cases use servers on 127.0.0.1 only: a closed port, a server that never answers,
one that refuses the token. Permission cases run the command without the file-permission
override root has (dropped from the child's capability bounding set).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "tests" / "fixtures" / "hoi-dam-ha-noi.html"
TOKEN = "123456:test-token"
SECONDS = 40  # a run that takes longer is a hang (bounded waits are 5 s; start-up on a loaded machine takes several)


def briefing(
    cwd: Path,
    *args: str,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "TELEGRAM_"))}
    clean |= {"HOME": str(cwd), "XDG_DATA_HOME": str(cwd / "data")} | (env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args],
        cwd=cwd,  # no stray .env
        env=clean,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=SECONDS,
        preexec_fn=preexec,
    )


def one_sentence(result: subprocess.CompletedProcess[str], code: int, *words: str) -> str:
    output = result.stderr + result.stdout
    assert "Traceback" not in output, output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert result.returncode == code, (result.returncode, result.stderr)
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded")
    db = folder / "seeded.db"
    result = briefing(folder, "--db", str(db), "meetings")
    assert result.returncode == 0, result.stderr
    return db


@pytest.fixture
def seeded(seeded_template: Path, tmp_path: Path) -> Path:
    """A database holding the seed articles (a copy: the tests change its permissions)."""
    db = tmp_path / "seeded.db"
    shutil.copyfile(seeded_template, db)
    return db


# ----------------------------------------------------------------- arguments


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["ask"], ["thiếu CÂU_HỎI", "briefing ask --help"]),
        (["ask", "  "], ["Câu hỏi trống"]),
        (["khong-co-lenh"], ["không có lệnh «khong-co-lenh»", "ingest"]),
        (["digest", "--chat", "abc"], ["--chat", "số nguyên", "«abc»"]),
        (["digest"], ["thiếu --chat"]),
        (["feeds", "add"], ["thiếu URL"]),
        (["feeds", "poll", "--timeout"], ["--timeout cần một giá trị"]),
        (["meetings", "--khong-co"], ["không hiểu đối số --khong-co"]),
    ],
)
def test_bad_arguments(tmp_path: Path, args: list[str], words: list[str]) -> None:
    line = one_sentence(briefing(tmp_path, *args), 2, *words)
    for english in ("usage", "error:", "required", "invalid", "argument"):
        assert english not in line


# ----------------------------------------------------------------- settings

COMMANDS = [
    ["ask", "Tô Lâm gặp Putin khi nào?"],
    ["meetings"],
    ["ingest", str(PAGE)],
    ["digest", "--chat", "1001"],
    ["subscriptions"],
    ["feeds", "list"],
    ["chat"],
    ["run"],
]


BAD_SETTINGS = [
    *((command, "BRIEFING_TZ", "Mars/Olympus") for command in COMMANDS),
    *((command, "BRIEFING_ADMIN_IDS", "abc") for command in COMMANDS[:4]),
]


@pytest.mark.parametrize(
    ("command", "name", "value"), BAD_SETTINGS, ids=lambda x: x[0] if isinstance(x, list) else x
)
def test_bad_settings_stop_every_command_alike(
    tmp_path: Path, command: list[str], name: str, value: str
) -> None:
    result = briefing(tmp_path, *command, env={name: value, "TELEGRAM_BOT_TOKEN": TOKEN})
    one_sentence(result, 2, name, f"«{value}»", "không hợp lệ")
    assert not (tmp_path / "data").exists()  # stopped before touching any database


def test_an_unreadable_env_file(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"BRIEFING_TZ=\xff\xfe\n")
    one_sentence(briefing(tmp_path, "meetings"), 2, ".env", "UTF-8")


# ----------------------------------------------------------------- the database


def test_a_file_that_is_not_sqlite(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("Đây là ghi chú, không phải cơ sở dữ liệu. " * 40, encoding="utf-8")
    one_sentence(briefing(tmp_path, "--db", str(bad), "ask", "Putin"), 1, "không phải", "SQLite")
    assert bad.read_text(encoding="utf-8").startswith("Đây là ghi chú")  # left untouched


def test_a_folder_given_as_the_database(tmp_path: Path) -> None:
    one_sentence(briefing(tmp_path, "--db", str(tmp_path), "meetings"), 1, "là một thư mục")
    env = {"BRIEFING_DB": str(tmp_path)}  # the same through the setting
    one_sentence(briefing(tmp_path, "meetings", env=env), 1, "là một thư mục")


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
@pytest.mark.parametrize("where", ["/proc/briefing.db", "/proc/self/khong-co/briefing.db"])
def test_an_impossible_place(tmp_path: Path, where: str) -> None:
    one_sentence(briefing(tmp_path, "--db", where, "meetings"), 1, where)


def test_a_file_where_a_folder_should_be(tmp_path: Path) -> None:
    (tmp_path / "tep").write_text("x")
    db = tmp_path / "tep" / "briefing.db"
    one_sentence(briefing(tmp_path, "--db", str(db), "meetings"), 1, "trùng tên")


def _without_file_permission_override() -> None:
    """In the child: give up root's right to ignore file permissions (CAP_DAC_OVERRIDE,
    CAP_DAC_READ_SEARCH, CAP_FOWNER); what it execs then obeys chmod like any user."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2, 3):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            os._exit(99)


@pytest.fixture
def as_a_user() -> Callable[[], None]:
    if sys.platform != "linux":
        pytest.skip("permission checks are Linux-specific here")
    probe = subprocess.run(
        [sys.executable, "-c", "pass"], preexec_fn=_without_file_permission_override
    )
    if probe.returncode == 99:
        pytest.skip("cannot drop root's file-permission override in this container")
    return _without_file_permission_override


def test_no_permission_to_create_the_database(
    tmp_path: Path, as_a_user: Callable[[], None]
) -> None:
    locked = tmp_path / "khoa"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = briefing(tmp_path, "--db", str(locked / "b.db"), "meetings", preexec=as_a_user)
    finally:
        locked.chmod(0o755)
    one_sentence(result, 1, "quyền ghi", str(locked))


def test_no_permission_to_read_the_database(
    tmp_path: Path, seeded: Path, as_a_user: Callable[[], None]
) -> None:
    db = seeded
    db.chmod(0o000)
    try:
        result = briefing(tmp_path, "--db", str(db), "meetings", preexec=as_a_user)
    finally:
        db.chmod(0o644)
    one_sentence(result, 1, "quyền đọc", str(db))


def test_a_read_only_database_refuses_writes(
    tmp_path: Path, seeded: Path, as_a_user: Callable[[], None]
) -> None:
    db = seeded
    db.chmod(0o444)
    try:
        result = briefing(tmp_path, "--db", str(db), "ingest", str(PAGE), preexec=as_a_user)
        readable = briefing(tmp_path, "--db", str(db), "ask", "Putin", preexec=as_a_user)
    finally:
        db.chmod(0o644)
    one_sentence(result, 1, "chỉ cho phép đọc")
    assert readable.returncode == 0 and readable.stdout.strip()  # reading still works


def _small_files() -> None:
    """In the child: writes past 64 KiB fail as they would on a full disk."""
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


def test_a_full_disk(tmp_path: Path) -> None:
    result = briefing(tmp_path, "--db", str(tmp_path / "b.db"), "meetings", preexec=_small_files)
    one_sentence(result, 1, "đĩa")


# ----------------------------------------------------------------- Telegram


def test_run_without_a_token(tmp_path: Path) -> None:
    one_sentence(briefing(tmp_path, "run"), 2, "TELEGRAM_BOT_TOKEN", "@BotFather", "briefing chat")


def test_run_with_a_malformed_token(tmp_path: Path) -> None:
    result = briefing(tmp_path, "run", env={"TELEGRAM_BOT_TOKEN": "khong phai token"})
    one_sentence(result, 2, "TELEGRAM_BOT_TOKEN")


@contextlib.contextmanager
def serving(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/bot"
    finally:
        server.shutdown()
        server.server_close()


class BotAPI(BaseHTTPRequestHandler):
    """A Bot API that knows the bot (getMe) or refuses every token (status 401)."""

    refuse = False

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.refuse:
            status, body = 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        else:
            me = {"id": 42, "is_bot": True, "first_name": "B", "username": "thu_bot"}
            result = me if self.path.endswith("/getMe") else True
            status, body = 200, {"ok": True, "result": result}
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


class Refusing(BotAPI):
    refuse = True


def run_against(tmp_path: Path, base_url: str, *extra: str, **env: str):
    settings = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": base_url} | env
    return briefing(tmp_path, "--db", str(tmp_path / "b.db"), "run", *extra, env=settings)


def test_run_when_telegram_refuses_the_token(tmp_path: Path) -> None:
    with serving(Refusing) as url:
        line = one_sentence(
            run_against(tmp_path, url), 1, "từ chối TELEGRAM_BOT_TOKEN", "127.0.0.1"
        )
    assert "httpx" not in line and "Unauthorized" not in line


def test_run_when_telegram_is_unreachable(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    line = one_sentence(
        run_against(tmp_path, f"http://127.0.0.1:{port}/bot"), 1, "Không kết nối được"
    )
    assert "httpx" not in line and "ConnectError" not in line


@pytest.mark.sqlite_only
def test_waits_end_and_say_what_they_waited_for(tmp_path: Path, seeded: Path) -> None:
    """A database locked by another process, and a Telegram that accepts the connection but
    never answers: both waits are bounded (5 s each; the two run side by side)."""
    holder = sqlite3.connect(seeded, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with (
            socket.create_server(("127.0.0.1", 0)) as silent,
            ThreadPoolExecutor(2) as pool,
        ):
            url = f"http://127.0.0.1:{silent.getsockname()[1]}/bot"
            locked = pool.submit(briefing, tmp_path, "--db", str(seeded), "ingest", str(PAGE))
            mute = pool.submit(run_against, tmp_path, url)
            locked_result, mute_result = locked.result(), mute.result()
    finally:
        holder.rollback()
        holder.close()
    one_sentence(locked_result, 1, "khoá", "5 giây")
    one_sentence(mute_result, 1, "không trả lời sau 5 giây")


def test_webhook_on_a_taken_port(tmp_path: Path) -> None:
    with serving(BotAPI) as url, socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        result = run_against(
            tmp_path,
            url,
            "--webhook",
            BRIEFING_WEBHOOK_URL="https://bot.example.vn/tg",
            BRIEFING_WEBHOOK_PORT=port,
        )
    one_sentence(result, 1, port, "đang được dùng")


# ----------------------------------------------------------------- what works, works


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("không phải SQLite " * 100, encoding="utf-8")
    for result in (
        briefing(tmp_path, "--db", str(bad), "--debug", "meetings"),
        briefing(tmp_path, "--db", str(bad), "meetings", env={"BRIEFING_DEBUG": "1"}),
    ):
        assert result.returncode == 1
        assert "Traceback" in result.stderr and "SQLite" in result.stderr.splitlines()[-1]


def test_the_installed_command_ingests_an_html_page_twice_honestly(tmp_path: Path) -> None:
    """The fresh-install check: HTML goes through trafilatura and justext (which needs
    lxml_html_clean); the second run says the article was already there."""
    command = Path(sys.executable).with_name("briefing")
    prefix = [str(command)] if command.exists() else [sys.executable, "-m", "bot.cli"]
    db = str(tmp_path / "b.db")
    runs = [
        subprocess.run(
            [*prefix, "--db", db, "ingest", str(PAGE)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=30,
        )
        for _ in range(2)
    ]
    for run in runs:
        assert run.returncode == 0 and run.stderr == "", run.stderr
    assert "1 bài mới, 0 bài đã có; 1 cuộc gặp mới" in runs[0].stdout
    assert "0 bài mới, 1 bài đã có; 0 cuộc gặp mới, 1 cuộc gặp đã có" in runs[1].stdout
    assert "Mishustin" in runs[0].stdout
