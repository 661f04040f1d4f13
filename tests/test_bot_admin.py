"""Admin commands through the recording Bot API: /them (preview, Lưu / Huỷ, documents) and
/thongke (counts and the chart photo), for admins and for everyone else."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
from telegram.request import RequestData

from bot.app import build_application
from bot.settings import Settings
from handlers.admin import pending_articles
from store.language.catalogue import say
from store.language.models import Article, Meeting
from store.services.feeds import add_feed
from store.services.stats import StoreStats, chart_png, collect_stats
from store.storage.chat_languages import set_language
from store.storage.db import Store
from store.storage.subscriptions import subscribe
from tests.botkit import (
    BOT_USERNAME,
    OTHER_USER_ID,
    USER_ID,
    BotUnderTest,
    Call,
    RecordingRequest,
    check_telegram_html,
    entities,
    test_settings,
    user,
    visible_text,
)

SECOND_ADMIN = 503
PNG = b"\x89PNG\r\n\x1a\n"

ARTICLE = """Thủ tướng Phạm Minh Chính tiếp Phó Thủ tướng Nga Dmitry Chernyshenko

Chiều 12/3/2025, tại Trụ sở Chính phủ ở Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga Dmitry Chernyshenko, đồng Chủ tịch Ủy ban liên Chính phủ Việt Nam - Nga, đang thăm làm việc tại Việt Nam.

Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực dầu khí, năng lượng hạt nhân, giáo dục đào tạo và du lịch, đồng thời tăng cường kết nối giao thông và thanh toán bằng đồng nội tệ <nội tệ & ngoại tệ>.
"""

# Another outlet's own report of the same meeting.
OTHER_OUTLET = """Việt Nam và Nga thúc đẩy hợp tác dầu khí, giao thông

(Báo Mẫu) - Ngày 12/3/2025, Thủ tướng Phạm Minh Chính tiếp Phó Thủ tướng Nga Dmitry Chernyshenko tại Hà Nội. Thủ tướng đề nghị hai bên sớm triển khai các dự án dầu khí mới và mở thêm đường bay thẳng giữa hai nước.

Phó Thủ tướng Chernyshenko khẳng định Nga coi trọng quan hệ Đối tác chiến lược toàn diện với Việt Nam và sẵn sàng mở rộng hợp tác khoa học, công nghệ.

Nguồn: https://baomau.vn/viet-nam-nga-thuc-day-hop-tac-dau-khi-12345.html
"""

NOT_ABOUT_RUSSIA = """Giá lúa gạo tại Đồng bằng sông Cửu Long tăng nhẹ

Sáng 5/4/2025, giá lúa tươi tại nhiều tỉnh Đồng bằng sông Cửu Long tăng từ 100 đến 200 đồng/kg so với tuần trước do nhu cầu xuất khẩu phục hồi.
"""

PAGE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<title>Chủ tịch Quốc hội hội kiến Chủ tịch Duma Quốc gia Nga | Báo Mẫu</title>
<meta property="og:title" content="Chủ tịch Quốc hội hội kiến Chủ tịch Duma Quốc gia Nga">
<meta property="article:published_time" content="2025-09-09T10:15:00+07:00">
<link rel="canonical" href="https://baomau.vn/thoi-su/chu-tich-quoc-hoi-hoi-kien-chu-tich-duma-67890.html">
</head><body>
<nav><a href="/">Trang chủ</a> | <a href="/thoi-su">Thời sự</a> | <a href="/the-gioi">Thế giới</a></nav>
<article>
<h1>Chủ tịch Quốc hội hội kiến Chủ tịch Duma Quốc gia Nga</h1>
<p class="date">09/09/2025 10:15</p>
<p>Sáng 9/9/2025, tại Nhà Quốc hội ở Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đang thăm chính thức Việt Nam.</p>
<p>Hai bên nhất trí tăng cường hợp tác nghị viện, thúc đẩy hợp tác năng lượng, giáo dục và đào tạo, đồng thời hoàn thiện khuôn khổ pháp lý cho đầu tư giữa doanh nghiệp hai nước.</p>
<p>Chủ tịch Duma Quốc gia Nga cảm ơn sự đón tiếp trọng thị và khẳng định Nga luôn coi Việt Nam là đối tác tin cậy ở châu Á - Thái Bình Dương.</p>
</article>
<footer>© Báo Mẫu. Bản quyền thuộc về tòa soạn.</footer>
</body></html>
"""

EXPIRED = say("vi", "admin.expired")
INVALID = say("vi", "button.invalid")
NOT_ADMIN_BUTTON = say("vi", "admin.not_admin_button")
NOT_YOURS = say("vi", "admin.not_yours")


# ----------------------------------------------------------------- the rig


class FileRequest(RecordingRequest):
    """The recording Bot API plus getFile, file downloads and sendPhoto."""

    __slots__ = ("files", "photos")

    def __init__(self, calls: list[Call] | None = None) -> None:
        super().__init__(calls)
        self.files: dict[str, tuple[str, bytes]] = {}  # file_id → (file_path, content)
        self.photos: list[bytes] = []

    def add_file(self, file_id: str, name: str, data: bytes) -> None:
        self.files[file_id] = (f"documents/{name}", data)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # https://api.telegram.org/file/bot<token>/<file_path>
            path = unquote(url.split("/file/bot", 1)[1].split("/", 1)[1])
            self.calls.append(Call("downloadFile", {"file_path": path}))
            for file_path, data in self.files.values():
                if file_path == path:
                    return 200, data
            return 404, b'{"ok": false, "error_code": 404, "description": "Not Found"}'
        if url.endswith("/sendPhoto") and request_data is not None:
            for _name, content, *_ in (request_data.multipart_data or {}).values():
                self.photos.append(bytes(content))
        return await super().do_request(
            url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
        )

    def result(self, api_method: str, params: dict[str, Any]) -> Any:
        if api_method == "getFile":
            file_id = str(params["file_id"])
            if file_id not in self.files:
                return {"file_id": file_id, "file_unique_id": f"u-{file_id}"}
            path, data = self.files[file_id]
            return {
                "file_id": file_id,
                "file_unique_id": f"u-{file_id}",
                "file_size": len(data),
                "file_path": path,
            }
        if api_method == "sendPhoto":
            chat_id = int(params.get("chat_id", USER_ID))
            return {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "photo": [{"file_id": "p1", "file_unique_id": "p1", "width": 1000, "height": 840}],
            }
        return super().result(api_method, params)


@asynccontextmanager
async def admin_bot(store: Store, settings: Settings) -> AsyncIterator[BotUnderTest]:
    calls: list[Call] = []
    request = FileRequest(calls)
    app = build_application(
        settings,
        store,
        request=request,
        get_updates_request=RecordingRequest(calls),
        rate_limiter=False,
    )
    await app.initialize()
    try:
        yield BotUnderTest(app, request)
    finally:
        await app.shutdown()


def admin_settings() -> Settings:
    return test_settings(BRIEFING_ADMIN_IDS=f"{USER_ID},{SECOND_ADMIN}")


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    async with admin_bot(seeded_store, admin_settings()) as bot:
        yield bot


def request_of(bot: BotUnderTest) -> FileRequest:
    assert isinstance(bot.request, FileRequest)
    return bot.request


def from_user(update: dict[str, Any], user_id: int) -> dict[str, Any]:
    """The same update sent by another user."""
    body = update.get("message") or update["callback_query"]
    body["from"] = user(user_id)
    return update


def document_message(
    bot: BotUnderTest,
    name: str,
    data: bytes | None,
    caption: str = "/them",
    user_id: int = USER_ID,
    file_size: int | None = None,
    mime_type: str = "text/plain",
) -> dict[str, Any]:
    file_id = f"f-{name}-{len(request_of(bot).files)}"
    if data is not None:
        request_of(bot).add_file(file_id, name, data)
    document: dict[str, Any] = {
        "file_id": file_id,
        "file_unique_id": f"u-{file_id}",
        "file_name": name,
        "mime_type": mime_type,
    }
    size = file_size if file_size is not None else (len(data) if data is not None else None)
    if size is not None:
        document["file_size"] = size
    update = bot.updates.message("x", user_id=user_id)
    message = update["message"]
    del message["text"]
    message.pop("entities", None)
    message |= {"document": document, "caption": caption, "caption_entities": entities(caption)}
    return update


def only_reply(bot: BotUnderTest, calls: list[Call]) -> Call:
    replies = bot.replies(calls)
    assert len(replies) == 1, [c.method for c in calls]
    check_telegram_html(replies[0].text or "")
    return replies[0]


def button_data(call: Call) -> dict[str, str]:
    """Button label → callback data."""
    return {b["text"]: b["callback_data"] for b in call.buttons() if "callback_data" in b}


def save_and_cancel(call: Call) -> tuple[str, str]:
    data = button_data(call)
    save = next(v for k, v in data.items() if "Lưu" in k)
    cancel = next(v for k, v in data.items() if "Huỷ" in k)
    return save, cancel


def answers(calls: list[Call]) -> list[str]:
    return [str(c.params.get("text", "")) for c in calls if c.method == "answerCallbackQuery"]


async def preview(bot: BotUnderTest, update: dict[str, Any]) -> tuple[Call, str, str]:
    reply = only_reply(bot, await bot.send(update))
    save, cancel = save_and_cancel(reply)
    return reply, save, cancel


# ----------------------------------------------------------------- /them with text


async def test_admin_sees_the_extraction_and_only_lưu_saves(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    articles, meetings = await seeded_store.count_articles(), await seeded_store.count_meetings()
    reply, save, cancel = await preview(bot, bot.updates.message(f"/them {ARTICLE}"))
    text = visible_text(reply.text or "")
    assert "12/3/2025" in text and "Hà Nội" in text and "tiếp" in text
    assert "Thủ tướng Phạm Minh Chính" in text
    assert "Phó Thủ tướng Nga Dmitry Chernyshenko" in text
    assert "dầu khí" in text and "du lịch" in text
    assert save.startswith("a:s:") and cancel.startswith("a:c:")
    assert save[4:] == cancel[4:] and len(save.encode()) <= 64
    # Nothing is stored before Lưu.
    assert await seeded_store.count_articles() == articles

    calls = await bot.send(bot.updates.callback(save))
    edited = only_reply(bot, calls)
    assert edited.method == "editMessageText"
    assert "Đã lưu" in visible_text(edited.text or "")
    assert "1 cuộc gặp mới" in visible_text(edited.text or "")
    assert any(d.startswith("d:") for d in button_data(edited).values())
    assert await seeded_store.count_articles() == articles + 1
    assert await seeded_store.count_meetings() == meetings + 1

    # The new meeting is part of the answers at once.
    calls = await bot.send(bot.updates.message("/tim Chernyshenko gặp Phạm Minh Chính"))
    assert "Chernyshenko" in visible_text(only_reply(bot, calls).text or "")

    # Pressing Lưu again changes nothing.
    calls = await bot.send(bot.updates.callback(save))
    assert answers(calls) == [EXPIRED]
    assert await seeded_store.count_articles() == articles + 1


async def test_them_extracts_once_for_the_preview_and_saves_what_it_showed(
    bot: BotUnderTest, seeded_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.services import ingest

    calls: list[date] = []
    extract = ingest.extract

    def counting(article: Article, today: date) -> list[Meeting]:
        calls.append(today)
        return extract(article, today)

    monkeypatch.setattr(ingest, "extract", counting)
    reply, save, _ = await preview(bot, bot.updates.message(f"/them {ARTICLE}"))
    assert calls == [datetime.now(ZoneInfo("Asia/Ho_Chi_Minh")).date()]  # the readers' day
    calls_after_save = await bot.send(bot.updates.callback(save))
    assert "Đã lưu bài" in visible_text(only_reply(bot, calls_after_save).text or "")
    assert len(calls) == 1  # Lưu stores the meetings the preview showed; no second extraction


async def test_huỷ_discards_the_article(bot: BotUnderTest, seeded_store: Store) -> None:
    articles = await seeded_store.count_articles()
    _, save, cancel = await preview(bot, bot.updates.message(f"/add {ARTICLE}"))
    calls = await bot.send(bot.updates.callback(cancel))
    edited = only_reply(bot, calls)
    assert edited.method == "editMessageText" and "Đã huỷ" in (edited.text or "")
    assert not edited.buttons()
    calls = await bot.send(bot.updates.callback(save))
    assert answers(calls) == [EXPIRED]
    assert await seeded_store.count_articles() == articles
    assert await pending_articles(bot.app).count(bot.app.bot_data.store) == 0


async def test_a_repeat_is_reported_and_another_outlet_is_merged(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    _, save, _ = await preview(bot, bot.updates.message(f"/them {ARTICLE}"))
    await bot.send(bot.updates.callback(save))
    articles, meetings = await seeded_store.count_articles(), await seeded_store.count_meetings()

    # The same text again (only the surrounding whitespace differs).
    _, save, _ = await preview(bot, bot.updates.message(f"/them \n{ARTICLE}\n"))
    edited = only_reply(bot, await bot.send(bot.updates.callback(save)))
    assert "đã có trong dữ liệu" in visible_text(edited.text or "")
    assert await seeded_store.count_articles() == articles

    # Another outlet's report of the same meeting: stored, merged into the known meeting.
    reply, save, _ = await preview(bot, bot.updates.message(f"/them {OTHER_OUTLET}"))
    assert "baomau.vn" in visible_text(reply.text or "")
    edited = only_reply(bot, await bot.send(bot.updates.callback(save)))
    text = visible_text(edited.text or "")
    assert "Đã lưu" in text and "bổ sung nguồn" in text
    assert await seeded_store.count_articles() == articles + 1
    assert await seeded_store.count_meetings() == meetings
    found = [m for m in await seeded_store.meetings() if any("baomau.vn" in s for s in m.sources)]
    assert len(found) == 1 and len(found[0].sources) == 2


async def test_text_without_a_meeting_says_so_and_can_still_be_kept(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    meetings = await seeded_store.count_meetings()
    reply, save, _ = await preview(bot, bot.updates.message(f"/them {NOT_ABOUT_RUSSIA}"))
    assert "không tìm thấy cuộc gặp Việt Nam – Nga" in visible_text(reply.text or "")
    edited = only_reply(bot, await bot.send(bot.updates.callback(save)))
    assert "không tìm thấy cuộc gặp Việt Nam – Nga" in visible_text(edited.text or "")
    assert await seeded_store.count_meetings() == meetings


async def test_them_as_a_reply_reads_the_replied_message(bot: BotUnderTest) -> None:
    update = bot.updates.message("/them", reply_to_user=True, reply_text=ARTICLE)
    reply, _, _ = await preview(bot, update)
    assert "Dmitry Chernyshenko" in visible_text(reply.text or "")


async def test_them_without_an_article_explains_the_ways(bot: BotUnderTest) -> None:
    reply = only_reply(bot, await bot.send(bot.updates.message("/them")))
    text = visible_text(reply.text or "")
    assert ".txt" in text and "trả lời" in text and not reply.buttons()
    reply = only_reply(bot, await bot.send(bot.updates.message("/them https://baomau.vn/a.html")))
    assert "briefing ingest URL" in visible_text(reply.text or "") and not reply.buttons()
    assert await pending_articles(bot.app).count(bot.app.bot_data.store) == 0


# ----------------------------------------------------------------- who may press what


async def test_non_admin_is_refused_and_nothing_is_kept(seeded_store: Store) -> None:
    async with admin_bot(seeded_store, test_settings()) as bot:  # no admins at all
        articles = await seeded_store.count_articles()
        for text in (f"/them {ARTICLE}", "/add", "/thongke", "/stats"):
            reply = only_reply(bot, await bot.send(bot.updates.message(text)))
            assert "chỉ dành cho quản trị viên" in visible_text(reply.text or "")
            assert not reply.buttons()
        calls = await bot.send(document_message(bot, "bai.txt", ARTICLE.encode()))
        assert "chỉ dành cho quản trị viên" in visible_text(only_reply(bot, calls).text or "")
        assert not [c for c in calls if c.method in ("getFile", "downloadFile", "sendPhoto")]
        assert await seeded_store.count_articles() == articles
        assert await pending_articles(bot.app).count(bot.app.bot_data.store) == 0


async def test_help_shows_admin_commands_to_admins_only(seeded_store: Store) -> None:
    async with admin_bot(seeded_store, admin_settings()) as bot:
        admin_help = visible_text(
            only_reply(bot, await bot.send(bot.updates.message("/help"))).text or ""
        )
        other = bot.updates.message("/help", user_id=OTHER_USER_ID, chat_id=OTHER_USER_ID)
        user_help = visible_text(only_reply(bot, await bot.send(other)).text or "")
    assert "/them (/add)" in admin_help and "/thongke (/stats)" in admin_help
    assert "/them" not in user_help and "/thongke" not in user_help


async def test_foreign_and_forged_presses_change_nothing(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    articles = await seeded_store.count_articles()
    _, save, cancel = await preview(bot, bot.updates.message(f"/them {ARTICLE}"))

    # A non-admin who somehow sees the buttons (say, in a group).
    calls = await bot.send(from_user(bot.updates.callback(save), OTHER_USER_ID))
    assert answers(calls) == [NOT_ADMIN_BUTTON] and not bot.replies(calls)
    # Another admin may not decide on someone else's article.
    calls = await bot.send(from_user(bot.updates.callback(cancel), SECOND_ADMIN))
    assert answers(calls) == [NOT_YOURS] and not bot.replies(calls)
    # Forged or malformed data.
    for data in (
        "a:s:AAAAAAAA",
        "a:x:" + save[4:],
        "a:s:" + save[4:] + "!",
        "a:s",
        "a:" + "s" * 80,
    ):
        calls = await bot.send(bot.updates.callback(data))
        assert answers(calls) in ([EXPIRED], [INVALID]), data
    assert await seeded_store.count_articles() == articles

    # The owner still decides.
    edited = only_reply(bot, await bot.send(bot.updates.callback(save)))
    assert "Đã lưu" in visible_text(edited.text or "")
    assert await seeded_store.count_articles() == articles + 1


async def test_a_preview_is_saved_through_another_replica(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    """Two processes on one database (replicas behind one webhook): «Lưu» pressed on the
    one that did not show the preview saves it, and a second press on the first finds it
    taken."""
    articles = await seeded_store.count_articles()
    _, save, _ = await preview(bot, bot.updates.message(f"/them {ARTICLE}"))
    other_store = await Store.open(seeded_store.path)
    try:
        async with admin_bot(other_store, admin_settings()) as other:
            edited = only_reply(other, await other.send(other.updates.callback(save)))
            assert "Đã lưu" in visible_text(edited.text or "")
        assert answers(await bot.send(bot.updates.callback(save))) == [EXPIRED]
    finally:
        await other_store.close()
    assert await seeded_store.count_articles() == articles + 1


async def test_previews_expire(bot: BotUnderTest, seeded_store: Store) -> None:
    now = [1000.0]
    pending = pending_articles(bot.app)
    pending.clock = lambda: now[0]
    articles = await seeded_store.count_articles()
    _, save, _ = await preview(bot, bot.updates.message(f"/them {ARTICLE}"))
    now[0] += pending.ttl + 1
    calls = await bot.send(bot.updates.callback(save))
    assert answers(calls) == [EXPIRED]
    assert any(c.method == "editMessageReplyMarkup" for c in calls)  # stale buttons removed
    assert await seeded_store.count_articles() == articles


# ----------------------------------------------------------------- documents


async def test_txt_document_is_downloaded_and_saved_under_its_name(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    update = document_message(bot, "chernyshenko-ha-noi.txt", ARTICLE.encode("utf-8"))
    calls = await bot.send(update)
    assert [c.method for c in calls if c.method in ("getFile", "downloadFile")] == [
        "getFile",
        "downloadFile",
    ]
    reply = only_reply(bot, calls)
    assert "chernyshenko-ha-noi.txt" in visible_text(reply.text or "")
    save, _ = save_and_cancel(reply)
    await bot.send(bot.updates.callback(save))
    found = [m for m in await seeded_store.meetings() if "chernyshenko-ha-noi.txt" in m.sources]
    assert len(found) == 1


async def test_html_document_is_read_as_a_news_page(bot: BotUnderTest) -> None:
    update = document_message(
        bot, "duma.html", PAGE.encode(), caption=f"/them@{BOT_USERNAME}", mime_type="text/html"
    )
    reply = only_reply(bot, await bot.send(update))
    text = visible_text(reply.text or "")
    assert "Chủ tịch Quốc hội hội kiến Chủ tịch Duma Quốc gia Nga" in text  # the page title
    assert "Vyacheslav Volodin" in text and "9/9/2025" in text
    assert "baomau.vn" in text  # the canonical address is the source
    assert save_and_cancel(reply)


async def test_reply_to_a_document_reads_it(bot: BotUnderTest) -> None:
    document = document_message(bot, "bai.txt", ARTICLE.encode())["message"]
    update = bot.updates.message("/them")
    update["message"]["reply_to_message"] = document
    reply, _, _ = await preview(bot, update)
    assert "Dmitry Chernyshenko" in visible_text(reply.text or "")


@pytest.mark.parametrize(
    ("name", "data", "declared", "reason"),
    [
        ("lon.txt", None, 3 * 1024 * 1024, "lớn hơn 2 MB"),  # refused before downloading
        ("lon-an.txt", b"a" * (2 * 1024 * 1024 + 1), None, "lớn hơn 2 MB"),  # size unknown
        ("cp1252.txt", "Thông tin về Nga và Việt Nam".encode("cp1252", "replace"), None, "UTF-8"),
        ("bai.pdf", b"%PDF-1.4", None, ".txt"),
        ("rong.txt", b"   \n", None, "tệp rỗng"),
        ("menu.html", "<html><body><nav>Trang chủ</nav></body></html>".encode(), None, "nội dung"),
    ],
)
async def test_unreadable_documents_get_a_reason(
    bot: BotUnderTest,
    seeded_store: Store,
    name: str,
    data: bytes | None,
    declared: int | None,
    reason: str,
) -> None:
    articles = await seeded_store.count_articles()
    update = document_message(bot, name, data, file_size=declared)
    if declared is None:
        update["message"]["document"].pop("file_size", None)
    calls = await bot.send(update)
    reply = only_reply(bot, calls)
    assert reason in visible_text(reply.text or "")
    assert not reply.buttons()
    if data is None:
        assert not [c for c in calls if c.method == "getFile"]
    assert await seeded_store.count_articles() == articles
    assert await pending_articles(bot.app).count(bot.app.bot_data.store) == 0


async def test_document_caption_for_another_bot_is_ignored(bot: BotUnderTest) -> None:
    calls = await bot.send(
        document_message(bot, "bai.txt", ARTICLE.encode(), caption="/them@OtherBot")
    )
    assert not [c for c in calls if c.method in ("getFile", "downloadFile")]
    assert not any("a:s:" in json.dumps(c.markup or {}) for c in calls)


async def test_failed_download_is_reported(bot: BotUnderTest) -> None:
    # Telegram answers getFile without a path to download from.
    update = document_message(bot, "mat.txt", None, file_size=100)
    reply = only_reply(bot, await bot.send(update))
    assert "Telegram không cho tải tệp «mat.txt»" in visible_text(reply.text or "")
    # Telegram refuses getFile.
    request_of(bot).fail["getFile"] = (400, "Bad Request: file is too big")
    update = document_message(bot, "to.txt", ARTICLE.encode())
    reply = only_reply(bot, await bot.send(update))
    text = visible_text(reply.text or "")
    assert "Không tải được tệp «to.txt»" in text and "file is too big" in text.lower()
    assert await pending_articles(bot.app).count(bot.app.bot_data.store) == 0


# ----------------------------------------------------------------- /thongke


async def test_stats_counts_and_sends_the_chart(bot: BotUnderTest, seeded_store: Store) -> None:
    await subscribe(seeded_store, 777, "private")
    await subscribe(seeded_store, -888, "group")
    await add_feed(seeded_store, "https://baomau.vn/rss/the-gioi.rss")
    calls = await bot.send(bot.updates.message("/thongke"))
    reply = only_reply(bot, calls)
    text = visible_text(reply.text or "")
    assert f"Bài báo: {await seeded_store.count_articles()}" in text
    assert f"Cuộc gặp: {await seeded_store.count_meetings()}" in text
    assert "Đăng ký bản tin đang hoạt động: 2" in text
    assert "Nguồn tin RSS: 1" in text and "Lần quét nguồn tin gần nhất: chưa có" in text
    photos = [c for c in calls if c.method == "sendPhoto"]
    assert len(photos) == 1 and photos[0].params.get("caption")
    (png,) = request_of(bot).photos
    assert png.startswith(PNG) and len(png) > 10_000
    # The alias answers the same.
    calls = await bot.send(bot.updates.message("/stats"))
    assert visible_text(only_reply(bot, calls).text or "") == text


async def test_stats_of_an_empty_store_is_text_only(empty_store: Store) -> None:
    async with admin_bot(empty_store, admin_settings()) as bot:
        calls = await bot.send(bot.updates.message("/thongke"))
        text = visible_text(only_reply(bot, calls).text or "")
        assert "Bài báo: 0" in text and "Cuộc gặp: 0" in text and "chưa có" in text
        assert not [c for c in calls if c.method == "sendPhoto"]


async def test_collect_stats_and_chart(seeded_store: Store) -> None:
    stats = await collect_stats(seeded_store, months=3, top_sectors=4)
    assert len(stats.months) == 3 and stats.months == sorted(stats.months)
    newest = (await seeded_store.months())[0]
    assert stats.months[-1] == newest
    assert len(stats.sectors) == 4 and stats.sectors == (await seeded_store.sector_counts())[:4]
    png = chart_png(stats)
    assert png is not None and png.startswith(PNG)
    nothing = StoreStats(0, 0, 0, 0, 0, None, None)
    assert nothing.empty and chart_png(nothing) is None


async def test_an_english_chat_adds_articles_and_reads_stats_in_english(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    await set_language(seeded_store, USER_ID, "en")
    calls = await bot.send(bot.updates.message("/add"))
    assert visible_text(only_reply(bot, calls).text or "").startswith("Send a news article")
    reply = only_reply(bot, await bot.send(bot.updates.message(f"/add {ARTICLE}")))
    text = visible_text(reply.text or "")
    assert text.startswith("New article preview\nSource: ")
    assert "📅 Date: 12 March 2025" in text and "📍 Place: Hanoi" in text
    assert "Pham Minh Chinh (Prime Minister of Vietnam)" in text and "oil and gas" in text
    assert "Press «Save» to add it" in text
    labels = {b["text"]: b["callback_data"] for b in reply.buttons()}
    assert list(labels) == ["💾 Save", "✖️ Cancel"]
    calls = await bot.send(bot.updates.callback(labels["💾 Save"]))
    assert answers(calls) == ["Saving…"]
    saved = visible_text(only_reply(bot, calls).text or "")
    assert saved.startswith("✅ Article saved") and "new meetings: 1" in saved
    calls = await bot.send(bot.updates.message("/stats"))
    stats = visible_text(only_reply(bot, calls).text or "")
    assert stats.startswith("📊 Data statistics\nArticles: ")
    assert "RSS feeds: none yet" in stats
    (photo,) = [c for c in calls if c.method == "sendPhoto"]
    assert photo.params.get("caption") == (
        "Meetings per month and the most mentioned sectors of cooperation."
    )
