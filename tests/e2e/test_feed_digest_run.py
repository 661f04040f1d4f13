"""A running `briefing run` polls a feed on a local news site, answers from what it
brought in, and delivers it in a subscriber's digest over HTTP — exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tests.e2e.harness import Emulator, fresh_ids, running_briefing
from tests.newsserver import MEETING_A, NewsServer, html_of, rss

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
TZ = ZoneInfo("Asia/Ho_Chi_Minh")
PAGE = "/e2e/chu-tich-quoc-hoi-hoi-dam-chu-tich-duma-nga.html"
FEED = "/e2e/rss.xml"


def _feed(site: NewsServer, with_meeting: bool) -> str:
    items = []
    if with_meeting:
        items.append(
            {
                "title": MEETING_A["title"],
                "link": site.url(PAGE),
                "description": MEETING_A["sapo"],
                "pubDate": "Mon, 17 Mar 2025 03:15:00 GMT",
            }
        )
    return rss("Tin Nhanh - Thế giới", site.url("/e2e/"), items)


@pytest.fixture(scope="module")
def site() -> Iterator[NewsServer]:
    server = NewsServer().start()
    server.set(PAGE, html_of(MEETING_A))
    server.set(FEED, _feed(server, with_meeting=False), content_type="application/rss+xml")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def bot(
    emulator: Emulator, site: NewsServer, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    db = tmp_path_factory.mktemp("e2e-feed") / "bot.db"
    env = {**os.environ, **emulator.env_for_bot(), "BRIEFING_DB": str(db)}
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "feeds", "add", site.url(FEED), "--interval", "1"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    with running_briefing(emulator, {"BRIEFING_DB": str(db)}, ROOT):
        yield db


def test_feed_meeting_reaches_answers_and_the_next_digest(
    emulator: Emulator, site: NewsServer, bot: Path
) -> None:
    user, _ = fresh_ids()
    # Subscribe for two minutes from now (the bot's time zone), before the news arrives.
    at = (datetime.now(TZ) + timedelta(minutes=2)).strftime("%H:%M")
    emulator.send_command(f"/dangky {at}", user)
    confirm = emulator.wait_for_reply(user, timeout=15)
    assert at in confirm["text"]

    # The article is published; the running bot's poll job reads the feed again within a minute.
    site.set(FEED, _feed(site, with_meeting=True), content_type="application/rss+xml")
    polls = site.hits[FEED]
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline and site.hits[FEED] == polls:
        time.sleep(1)
    assert site.hits[FEED] > polls, "the running bot never polled the feed again"

    time.sleep(3)  # let the entry be fetched and ingested
    emulator.send_message("tran thanh man hoi dam volodin khi nao", user)
    answer = emulator.wait_for_reply(user, timeout=15)
    assert "Volodin" in answer["text"] and "17/3/2025" in answer["text"]

    digest = emulator.wait_for_reply(
        user, lambda r: "Volodin" in r["text"], timeout=200, after=answer["message_id"]
    )
    assert "Trần Thanh Mẫn" in digest["text"]
    time.sleep(3)
    digests = [r for r in emulator.bot_replies(user) if r["message_id"] > answer["message_id"]]
    assert len(digests) == 1, digests
