"""The real `briefing run` process polls the Bot API emulator over HTTP while the test acts
as a user in a private chat and in a group."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.harness import Emulator, fresh_ids, running_briefing

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bot(emulator: Emulator, tmp_path_factory: pytest.TempPathFactory) -> Iterator[subprocess.Popen]:
    db = tmp_path_factory.mktemp("e2e") / "bot.db"
    with running_briefing(
        emulator, {"BRIEFING_DB": str(db), "BRIEFING_ADMIN_IDS": ""}, ROOT
    ) as proc:
        yield proc


def test_private_chat_answers_questions(emulator: Emulator, bot: subprocess.Popen) -> None:
    user, _ = fresh_ids()
    emulator.send_command("/start", user)
    welcome = emulator.wait_for_reply(user, timeout=15)
    assert welcome["parse_mode"] == "HTML"
    assert "Việt" in welcome["text"]

    emulator.send_message("to lam gap medvedev o dau", user)
    reply = emulator.wait_for_reply(user, timeout=15)
    assert "Bình Nhưỡng" in reply["text"]
    assert "Medvedev" in reply["text"]


def test_group_answers_commands_and_mentions_but_not_chatter(
    emulator: Emulator, bot: subprocess.Popen
) -> None:
    _, group = fresh_ids()
    emulator.send_message("Hôm nay trời đẹp quá, ai đi cà phê không?", group, user_id=501)
    emulator.send_command(f"/tim@{emulator.bot_username} Lương Cường Putin", group, user_id=501)
    reply = emulator.wait_for_reply(group, timeout=15)
    assert "Lương Cường" in reply["text"]
    # The chatter sent before the command got no reply: the command's answer is the only one.
    assert len(emulator.bot_replies(group)) == 1

    emulator.send_message(
        f"@{emulator.bot_username} Tô Lâm tiếp Bezdetko khi nào?", group, user_id=502
    )
    reply = emulator.wait_for_reply(group, timeout=15)
    assert "2/4/2025" in reply["text"] or "02/04/2025" in reply["text"]

    emulator.send_command("/tim@SomeOtherBot Putin", group, user_id=501)
    emulator.send_message("cảm ơn mọi người", group, user_id=503)
    time.sleep(1.5)
    assert len(emulator.bot_replies(group)) == 2
