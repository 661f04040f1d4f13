"""`briefing chat` at a real terminal (a pseudo-terminal): history with ↑, Ctrl-C clears
the line and a second one leaves at once, Ctrl-D leaves."""

from __future__ import annotations

import os
import select
import sys
import time
from pathlib import Path

import pytest

pty = pytest.importorskip("pty")
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")

CTRL_C, CTRL_D, UP = b"\x03", b"\x04", b"\x1b[A"


class Terminal:
    def __init__(self, db: Path) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFING_", "TELEGRAM_"))}
        env |= {"LANG": "C.UTF-8", "TERM": "xterm", "HOME": str(db.parent)}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: the console on the terminal's slave side
            os.chdir(db.parent)
            os.execve(
                sys.executable, [sys.executable, "-m", "bot.cli", "--db", str(db), "chat"], env
            )
        self.seen = b""

    def wait_for(self, text: str, seconds: float = 20) -> str:
        """Everything printed until ``text`` shows (consumed), or fail."""
        end = time.monotonic() + seconds
        token = text.encode()
        while token not in self.seen:
            left = end - time.monotonic()
            assert left > 0, f"{text!r} never came; the terminal shows {self.seen[-400:]!r}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 65536)
                except OSError:  # the child closed the terminal
                    chunk = b""
                assert chunk, f"the console ended before {text!r}: {self.seen[-400:]!r}"
                self.seen += chunk
        before, _, self.seen = self.seen.partition(token)
        return (before + token).decode(errors="replace")

    def type(self, keys: bytes) -> None:
        os.write(self.fd, keys)

    def settle(self) -> None:
        """Wait until the console sleeps waiting for a key, as it does when a person types.

        CPython's readline misses a SIGINT that lands after a key's echo but before it blocks
        in select() again — a window of microseconds that only a program typing Ctrl-C the
        instant it sees the echo can hit, on a loaded machine.
        """
        end = time.monotonic() + 5
        while time.monotonic() < end:
            try:
                with open(f"/proc/{self.pid}/wchan") as f:  # where its main thread sleeps
                    where = f.read()
            except OSError:  # no /proc: a pause well beyond the window
                time.sleep(0.5)
                return
            if "poll" in where or "select" in where:
                time.sleep(0.05)
                return
            time.sleep(0.01)

    def exit_code(self, seconds: float = 5) -> int:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                return os.waitstatus_to_exitcode(status)
            try:  # keep reading so the child never blocks on a full terminal
                if select.select([self.fd], [], [], 0.05)[0]:
                    os.read(self.fd, 65536)
            except OSError:
                pass
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        raise AssertionError(f"the console did not leave within {seconds} s")

    def close(self) -> None:
        try:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(self.fd)


@pytest.fixture
def terminal(tmp_path: Path):
    term = Terminal(tmp_path / "c.db")
    yield term
    term.close()


PROMPT = "\n> "


def test_history_with_the_arrow_keys_and_ctrl_c_twice_leaves(terminal: Terminal) -> None:
    terminal.wait_for("Ctrl-D để thoát")
    terminal.wait_for(PROMPT)
    terminal.type(b"/lanhdao\r")
    first = terminal.wait_for(PROMPT)
    assert "Putin" in first
    terminal.type(UP + b"\r")  # ↑ brings back /lanhdao
    again = terminal.wait_for(PROMPT)
    assert "/lanhdao" in again and "Putin" in again

    terminal.type("Tô Lâm gặp".encode())  # half a question…
    terminal.wait_for("gặp")
    terminal.settle()
    terminal.type(CTRL_C)  # …cleared at once, without Enter, and nothing is sent
    # No Enter is typed, so the prompt only comes back if Ctrl-C alone cleared the line;
    # the default wait leaves room for a loaded machine.
    cleared = terminal.wait_for(PROMPT)
    assert "Ctrl-C lần nữa" in cleared and "Putin" not in cleared
    terminal.settle()
    terminal.type(CTRL_C)
    assert terminal.exit_code(seconds=20) == 0


def test_ctrl_d_leaves(terminal: Terminal) -> None:
    terminal.wait_for(PROMPT)
    terminal.type(CTRL_D)
    assert terminal.exit_code(seconds=5) == 0
