"""Feeds from Telegram (/nguon, /feeds) through the recording Bot API, and OPML import and
export from Telegram and the CLI."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram.request import RequestData

from store.services.feeds import add_feed, list_feeds, poll_all
from store.services.opml import read_opml
from store.storage.chat_languages import set_language
from store.storage.db import Store
from tests.botkit import OTHER_USER_ID, USER_ID, BotUnderTest, Call, check_telegram_html
from tests.newsserver import FAST, NewsServer
from tests.test_bot_admin import FileRequest, admin_bot, admin_settings, document_message

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Báo đọc hằng ngày</title></head><body>
  <outline text="Thế giới">
    <outline type="rss" text="Tin Thế giới" xmlUrl="https://tin.example/rss/the-gioi.rss"/>
    <outline type="rss" title="Ngoại giao" xmlUrl="https://bao.example/ngoai-giao.xml"/>
  </outline>
  <outline type="rss" text="Hỏng" xmlUrl="ftp://cu.example/feed"/>
  <outline text="Không phải nguồn"/>
</body></opml>
"""


class DocumentRequest(FileRequest):
    """Also keeps the documents the bot sends."""

    __slots__ = ("documents",)

    def __init__(self, calls: list[Call] | None = None) -> None:
        super().__init__(calls)
        self.documents: list[tuple[str, bytes]] = []

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, *args: Any, **kw: Any
    ) -> tuple[int, bytes]:
        if url.endswith("/sendDocument") and request_data is not None:
            for name, content, *_ in (request_data.multipart_data or {}).values():
                self.documents.append((str(name), bytes(content)))
        return await super().do_request(url, method, request_data, *args, **kw)


@pytest.fixture
async def bot(empty_store: Store, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[BotUnderTest]:
    monkeypatch.setattr("tests.test_bot_admin.FileRequest", DocumentRequest)
    async with admin_bot(empty_store, admin_settings()) as bot:
        bot.changes = []  # type: ignore[attr-defined]

        async def changed() -> None:
            bot.changes.append(len(await list_feeds(empty_store)))  # type: ignore[attr-defined]

        bot.app.bot_data.feeds_changed = changed
        yield bot


async def say(bot: BotUnderTest, text: str, user_id: int = USER_ID) -> list[str]:
    calls = await bot.send(bot.updates.message(text, user_id=user_id))
    texts = bot.texts(calls)
    for t in texts:
        check_telegram_html(t)
    return texts


async def test_only_the_bots_admins_manage_feeds(bot: BotUnderTest, empty_store: Store) -> None:
    (refusal,) = await say(bot, "/nguon thêm https://tin.example/rss", user_id=OTHER_USER_ID)
    assert "chỉ dành cho quản trị viên" in refusal
    assert await list_feeds(empty_store) == []
    press = bot.updates.callback("fd:x")
    press["callback_query"]["from"]["id"] = OTHER_USER_ID
    calls = await bot.send(press)
    (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
    assert "quản trị viên" in answer.params["text"]
    assert "/nguon" not in (await say(bot, "/help", user_id=OTHER_USER_ID))[0]
    assert "/nguon" in (await say(bot, "/help"))[0]


async def test_list_add_and_remove(bot: BotUnderTest, empty_store: Store, site: NewsServer) -> None:
    (empty,) = await say(bot, "/nguon")
    assert "Chưa có nguồn tin nào" in empty
    (added,) = await say(bot, f"/nguon thêm {site.url('/c/rss.xml')} 15")
    assert "Đã thêm nguồn tin <b>#1</b>" in added and "mỗi 15 phút" in added
    (added,) = await say(bot, f"/feeds {site.url('/missing.xml')}")  # a bare URL adds too
    assert "#2" in added
    (bad,) = await say(bot, "/nguon thêm khong-phai-url")
    assert "không phải địa chỉ http(s) hợp lệ" in bad
    assert bot.changes == [1, 2]  # type: ignore[attr-defined]

    await poll_all(empty_store, config=FAST)
    (listing,) = await say(bot, "/nguon")
    assert "<b>📡 Nguồn tin</b>: 2, 1 đang lỗi" in listing
    assert "Quốc tế Ngày nay" in listing and "✓ tốt" in listing and "đã thêm 1 bài" in listing
    assert "✗ lỗi (1 lần liên tiếp)" in listing and "404" in listing and "thử lại sau" in listing
    assert listing.count("Lần đọc cuối: ") == 2 and "chưa đọc" not in listing

    (removed,) = await say(bot, "/nguon xoá 2")
    assert "Đã xoá nguồn tin #2" in removed
    (missing,) = await say(bot, "/nguon xoá 2")
    assert "Không có nguồn tin «2»" in missing
    assert [f.id for f in await list_feeds(empty_store)] == [1]


async def test_remove_by_button_asks_first(bot: BotUnderTest, empty_store: Store) -> None:
    await add_feed(empty_store, "https://tin.example/rss")
    calls = await bot.send(bot.updates.message("/nguon"))
    (listing,) = [c for c in calls if c.method == "sendMessage"]
    assert [b["callback_data"] for b in listing.buttons()] == ["fd:r:1", "fd:x"]
    calls = await bot.send(bot.updates.callback("fd:r:1"))
    (confirm,) = [c for c in calls if c.method == "editMessageText"]
    assert "Xoá nguồn tin <b>#1</b>" in (confirm.text or "")
    assert len(await list_feeds(empty_store)) == 1  # nothing removed yet
    calls = await bot.send(bot.updates.callback("fd:R:1"))
    (panel,) = [c for c in calls if c.method == "editMessageText"]
    assert "Chưa có nguồn tin nào" in (panel.text or "")
    assert await list_feeds(empty_store) == []
    calls = await bot.send(bot.updates.callback("fd:R:1"))  # a second press is harmless
    assert any(c.method == "answerCallbackQuery" for c in calls)


async def test_opml_import_and_export_in_telegram(bot: BotUnderTest, empty_store: Store) -> None:
    await add_feed(empty_store, "https://tin.example/rss/the-gioi.rss")
    update = document_message(bot, "bao.opml", OPML.encode(), caption="/nguon")
    (report,) = bot.texts(await bot.send(update))
    check_telegram_html(report)
    assert "thêm 1 nguồn, 1 nguồn đã có, bỏ qua 1" in report
    assert "Ngoại giao" in report and "ftp://cu.example/feed" in report
    feeds = await list_feeds(empty_store)
    assert [f.url for f in feeds] == [
        "https://tin.example/rss/the-gioi.rss",
        "https://bao.example/ngoai-giao.xml",
    ]
    assert feeds[1].title == "Ngoại giao"

    await bot.send(bot.updates.message("/nguon opml"))
    request = bot.request
    assert isinstance(request, DocumentRequest)
    (name, data) = request.documents[-1]
    assert name.endswith(".opml")
    assert [o.url for o in read_opml(data)] == [f.url for f in feeds]

    broken = document_message(bot, "hong.opml", b"<html>khong phai</html>", caption="/nguon")
    (reply,) = bot.texts(await bot.send(broken))
    assert "Không đọc được «hong.opml»" in reply and "OPML" in reply
    other = document_message(bot, "bai.txt", b"abc", caption="/nguon")
    (reply,) = bot.texts(await bot.send(other))
    assert "không phải tệp .opml" in reply


def test_cli_import_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.cli import main

    source = tmp_path / "bao.opml"
    source.write_text(OPML, encoding="utf-8")
    a, b = ["--db", str(tmp_path / "a.db")], ["--db", str(tmp_path / "b.db")]
    assert main([*a, "feeds", "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "Đã thêm 2 nguồn tin, 0 nguồn đã có, bỏ qua 1." in out and "ftp://" in out
    assert main([*a, "feeds", "export", "--output", str(tmp_path / "x.opml")]) == 0
    capsys.readouterr()
    assert main([*b, "feeds", "import", str(tmp_path / "x.opml"), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"added"' in out and "https://bao.example/ngoai-giao.xml" in out
    assert main([*b, "feeds", "export"]) == 0
    exported = capsys.readouterr().out
    assert exported.startswith("<?xml") and exported.count("xmlUrl=") == 2
    (tmp_path / "bad.opml").write_text("<opml><body/></opml>", encoding="utf-8")
    assert main([*b, "feeds", "import", str(tmp_path / "bad.opml")]) == 1
    assert "không có nguồn tin nào" in capsys.readouterr().err
    assert main([*b, "feeds", "import", str(tmp_path / "none.opml")]) == 1
    assert "Không đọc được tệp" in capsys.readouterr().err


async def test_an_english_chat_manages_feeds_in_english(
    bot: BotUnderTest, empty_store: Store
) -> None:
    await set_language(empty_store, USER_ID, "en")
    (usage,) = await say(bot, "/feeds what")
    assert usage.startswith("<b>Feeds</b> — how to use:") and "/feeds add URL" in usage
    (empty,) = await say(bot, "/feeds")
    assert "No feeds yet." in empty
    (added,) = await say(bot, "/feeds add https://tin.example/rss 20")
    assert "✅ Added feed <b>#1</b>" in added and "every 20 minutes" in added
    (listing,) = await say(bot, "/feeds")
    assert "<b>📡 Feeds</b>: 1" in listing and "Last read: not read yet · never read" in listing
    calls = await bot.send(bot.updates.callback("fd:r:1"))
    (confirm,) = [c for c in calls if c.method == "editMessageText"]
    assert "Remove feed <b>#1</b>" in (confirm.text or "")
    assert [b["text"] for b in confirm.buttons()] == ["🗑 Remove", "⬅ Back"]
    calls = await bot.send(bot.updates.callback("fd:R:1"))
    (toast,) = [c.params.get("text") for c in calls if c.method == "answerCallbackQuery"]
    assert toast == "Feed #1 removed."
    (refusal,) = await say(bot, "/feeds", user_id=OTHER_USER_ID)
    assert refusal == "Sorry, this command is for the bot's administrators only."
