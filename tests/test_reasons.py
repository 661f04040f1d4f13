"""Reasons raised or reported by the store (a refused feed, a skipped file, an OPML file
that is not one) reach an English or Russian chat in its language, and stay Vietnamese for
the CLI and the database."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from store.language.reasons import Reason, localized, reason_of
from store.services.feeds import FeedError, add_feed, check_interval
from store.services.opml import OpmlError, read_opml
from store.services.sources import load_paths
from store.storage.chat_languages import set_language
from store.storage.db import Store
from tests.botkit import USER_ID, BotUnderTest
from tests.test_feeds_telegram import bot, say  # noqa: F401  (the fixture)


def test_a_reason_is_its_vietnamese_text_and_keeps_its_code() -> None:
    reason = Reason("web.server", status=503)
    assert reason == "máy chủ đang lỗi (HTTP 503)"
    assert localized(reason, "en") == "the server is failing (HTTP 503)"
    assert localized(reason, "ru") == "ошибка на сервере (HTTP 503)"
    again = pickle.loads(pickle.dumps(reason))
    assert isinstance(again, Reason) and localized(again, "en") == localized(reason, "en")


def test_a_stored_reason_is_recognised_by_its_text() -> None:
    assert localized(str(Reason("file.empty")), "en") == "empty file"
    stored = str(Reason("web.network", error="ReadError"))
    assert localized(stored, "ru") == "сетевая ошибка (ReadError)"
    assert localized("some words of a server", "ru") == "some words of a server"


async def test_feed_errors_carry_reasons(empty_store: Store) -> None:
    with pytest.raises(FeedError) as bad:
        await add_feed(empty_store, "ftp://example.org/feed")
    assert (
        localized(reason_of(bad.value), "en")
        == "“ftp://example.org/feed” is not a valid http(s) address."
    )
    with pytest.raises(FeedError) as slow:
        check_interval(100_000)
    assert str(slow.value).startswith("Chu kỳ phải từ")  # the CLI's words
    assert localized(reason_of(slow.value), "ru").startswith("Интервал должен быть от")


@pytest.mark.parametrize(
    "data,code",
    [
        (b"<rss><channel/></rss>", "opml.not_opml"),
        (b"<opml><body/></opml>", "opml.empty"),
        (b"<opml", "opml.not_xml"),
    ],
)
def test_opml_errors_carry_reasons(data: bytes, code: str) -> None:
    with pytest.raises(OpmlError) as exc:
        read_opml(data)
    reason = reason_of(exc.value)
    assert isinstance(reason, Reason) and reason.code == code


def test_skipped_files_say_why_in_every_language(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "notes.doc").write_text("Tô Lâm", encoding="utf-8")
    skipped = {Path(s.path).name: s.reason for s in load_paths([tmp_path]) if hasattr(s, "reason")}
    assert localized(skipped["empty.txt"], "en") == "empty file"
    assert localized(skipped["empty.txt"], "vi") == "tệp rỗng"


async def test_an_english_chat_reads_a_refused_feed_in_english(
    bot: BotUnderTest,  # noqa: F811
    empty_store: Store,
) -> None:
    await set_language(empty_store, USER_ID, "en")
    (reply,) = await say(bot, "/feeds add https://tin.example/rss 100000")
    assert "The interval must be between" in reply, reply
    await say(bot, "/language ru")
    (reply,) = await say(bot, "/feeds add https://tin.example/rss 100000")
    assert "Интервал должен быть от" in reply, reply
