"""Corrections: an admin deletes or corrects a meeting or an article from Telegram or the
CLI; the change shows at once in answers, inline results, digests and charts, and is
logged. Anyone else is refused and nothing changes."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main as cli_main
from bot.digests import send_digest_now
from store.services.corrections import delete_meeting, list_corrections
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.chat_languages import set_language
from store.storage.db import Store
from tests.botkit import (
    OTHER_USER_ID,
    USER_ID,
    BotUnderTest,
    Call,
    check_telegram_html,
    running_bot,
    test_settings,
    user,
    visible_text,
)
from tests.test_digests_kit import Clock, at, start_rig

CITE = Path(__file__).resolve().parent / "cite_articles"
ADMIN = test_settings(BRIEFING_ADMIN_IDS=str(USER_ID))


@pytest.fixture
async def store(empty_store: Store) -> Store:
    await ingest(empty_store, load_paths([CITE]))
    return empty_store


@pytest.fixture
async def bot(store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(store, ADMIN) as bot:
        yield bot


async def by_person(store: Store, name: str):  # noqa: ANN201 - a Meeting
    (m,) = [m for m in await store.meetings() if name in str(m.participants)]
    return m


def press_as(bot: BotUnderTest, data: str, user_id: int = USER_ID, **kw: Any) -> dict[str, Any]:
    update = bot.updates.callback(data, **kw)
    update["callback_query"]["from"] = user(user_id)
    return update


async def press(bot: BotUnderTest, data: str, user_id: int = USER_ID) -> list[Call]:
    calls = await bot.send(press_as(bot, data, user_id))
    assert len([c for c in calls if c.method == "answerCallbackQuery"]) == 1
    for text in bot.texts(calls):
        check_telegram_html(text)
    return calls


def alert(calls: list[Call]) -> str:
    (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
    return str(answer.params.get("text") or "")


async def ask_text(bot: BotUnderTest, question: str) -> str:
    calls = await bot.send(bot.updates.message(question))
    (reply,) = bot.replies(calls)
    return visible_text(reply.text or "")


async def inline_ids(bot: BotUnderTest, query: str) -> list[str]:
    calls = await bot.send(bot.updates.inline(query))
    (answer,) = [c for c in calls if c.method == "answerInlineQuery"]
    results = answer.params["results"]
    results = json.loads(results) if isinstance(results, str) else results
    return [r["id"] for r in results]


# ----------------------------------------------------------------- Telegram


async def test_the_admin_card_offers_corrections(bot: BotUnderTest, store: Store) -> None:
    m = await by_person(store, "Volodin")
    calls = await press(bot, f"d:{m.id}")
    (card,) = bot.replies(calls)
    data = [b["callback_data"] for b in card.buttons()]
    assert f"m:e:{m.id}" in data and f"m:x:{m.id}" in data


async def test_deleting_a_meeting_shows_at_once_everywhere(bot: BotUnderTest, store: Store) -> None:
    m = await by_person(store, "Volodin")
    assert "Volodin" in await ask_text(bot, "Trần Thanh Mẫn tiếp Volodin")
    assert m.id in await inline_ids(bot, "Volodin")
    calls = await press(bot, f"m:x:{m.id}")  # asks first
    assert await store.meeting(m.id) is not None
    (confirm,) = bot.replies(calls)
    assert f"m:X:{m.id}" in [b["callback_data"] for b in confirm.buttons()]
    calls = await press(bot, f"m:X:{m.id}")
    assert "Đã xoá" in visible_text(bot.replies(calls)[0].text or "")
    assert await store.meeting(m.id) is None
    assert "Không tìm thấy" in await ask_text(bot, "Trần Thanh Mẫn tiếp Volodin")
    assert m.id not in await inline_ids(bot, "Volodin")
    assert alert(await press(bot, f"d:{m.id}")) == "Không còn cuộc gặp này trong dữ liệu."
    (entry,) = await list_corrections(store)
    assert (entry.actor, entry.action, entry.target) == (
        f"telegram:{USER_ID}",
        "delete-meeting",
        m.id,
    )
    assert "Volodin" in entry.summary and entry.before and entry.before["id"] == m.id


async def test_a_non_admin_is_refused_and_nothing_changes(bot: BotUnderTest, store: Store) -> None:
    m = await by_person(store, "Volodin")
    calls = await press(bot, f"d:{m.id}", user_id=OTHER_USER_ID)
    (card,) = bot.replies(calls)
    assert not [b for b in card.buttons() if b["callback_data"].startswith("m:")]
    before = [x.model_dump() for x in await store.meetings()]
    articles = await store.count_articles()
    for data in (f"m:X:{m.id}", f"m:e:{m.id}", f"m:k:0:{m.id}", f"m:Z:{m.citations[0].article_id}"):
        calls = await press(bot, data, user_id=OTHER_USER_ID)
        assert "quản trị viên" in alert(calls)
        assert not bot.replies(calls)
    assert [x.model_dump() for x in await store.meetings()] == before
    assert await store.count_articles() == articles
    assert await list_corrections(store) == []


async def test_correcting_the_place_asks_then_saves(bot: BotUnderTest, store: Store) -> None:
    m = await by_person(store, "Kudryashov")
    await press(bot, f"m:e:{m.id}")
    calls = await press(bot, f"m:f:p:{m.id}")
    (prompt,) = [c for c in calls if c.method == "sendMessage"]
    assert "force_reply" in json.dumps(prompt.params.get("reply_markup"))
    # A value that is no place is refused; nothing changes.
    calls = await bot.send(bot.updates.message("12345"))
    (reply,) = bot.replies(calls)
    assert "không hợp lệ" in visible_text(reply.text or "")
    assert (await store.meeting(m.id)).place == "Hà Nội"  # type: ignore[union-attr]
    # Asked again, a known city by another spelling becomes its canonical name.
    await press(bot, f"m:f:p:{m.id}")
    calls = await bot.send(bot.updates.message("Matxcơva"))
    (confirm,) = bot.replies(calls)
    assert "Hà Nội → Moskva" in visible_text(confirm.text or "")
    (save,) = [b["callback_data"] for b in confirm.buttons() if b["text"].endswith("Lưu")]
    assert (await store.meeting(m.id)).place == "Hà Nội"  # type: ignore[union-attr]
    calls = await press(bot, save)
    assert "Đã sửa" in visible_text(bot.replies(calls)[0].text or "")
    assert (await store.meeting(m.id)).place == "Moskva"  # type: ignore[union-attr]
    assert "Moskva" in await ask_text(bot, "Phạm Minh Chính tiếp Kudryashov ở đâu")
    (entry,) = await list_corrections(store)
    assert entry.action == "edit-meeting" and entry.after == {"place": "Moskva"}
    # A question after the correction is a question again.
    assert "Kudryashov" in await ask_text(bot, "Kudryashov")


async def test_the_kind_is_set_by_a_button(bot: BotUnderTest, store: Store) -> None:
    m = await by_person(store, "Kudryashov")
    calls = await press(bot, f"m:e:{m.id}")
    menu = bot.replies(calls)[0]
    (hoi_kien,) = [b["callback_data"] for b in menu.buttons() if b["text"] == "hội kiến"]
    await press(bot, hoi_kien)
    assert (await store.meeting(m.id)).kind == "hội kiến"  # type: ignore[union-attr]


async def test_deleting_an_article_takes_the_meetings_only_it_reported(
    bot: BotUnderTest, store: Store
) -> None:
    talks = await by_person(store, "Chernyshenko")
    original, copy = talks.citations
    calls = await press(bot, f"m:a:{talks.id}")  # two reports: pick one
    picks = [b["callback_data"] for b in bot.replies(calls)[0].buttons()]
    assert f"m:A:{copy.article_id}" in picks and f"m:A:{original.article_id}" in picks
    await press(bot, f"m:A:{copy.article_id}")
    await press(bot, f"m:Z:{copy.article_id}")
    kept = await store.meeting(talks.id)
    assert kept is not None and [c.outlet for c in kept.citations] == ["VnExpress"]
    await press(bot, f"m:Z:{original.article_id}")
    assert await store.meeting(talks.id) is None
    assert "Chernyshenko" not in await ask_text(bot, "Trần Hồng Hà")
    assert [e.action for e in await list_corrections(store)] == ["delete-article"] * 2


async def test_the_next_digest_leaves_a_deleted_meeting_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = await start_rig(tmp_path / "bot.db", Clock(at(1, 8)), monkeypatch)
    try:
        await rig.send(rig.updates.message("/dangky", chat_id=101, user_id=101))
        await ingest(rig.store, load_paths([CITE]))
        m = await by_person(rig.store, "Volodin")
        assert await delete_meeting(rig.store, m.id, "cli:test") is not None
        assert await send_digest_now(rig.app, 101) == 1
        (text,) = rig.request.digests_to(101)
        assert "Volodin" not in text and "2 cuộc gặp mới" in text
    finally:
        await rig.stop()


# ----------------------------------------------------------------- the CLI


def run(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        code = cli_main(list(args))
    return code, out.getvalue()


def meetings_json(*args: str) -> list[dict[str, Any]]:
    code, text = run("meetings", "--json", *args)
    assert code == 0
    return json.loads(text)


def test_cli_browses_filters_and_exports(store: Store) -> None:
    db = ["--db", store.path]
    found = meetings_json("--sector", "dầu khí", *db)
    assert {m["participants"][1]["name"] for m in found} == {
        "Dmitry Chernyshenko",
        "Sergei Kudryashov",
    }
    assert all(m["id"] and m["sources"] and m["citations"] for m in found)
    code, text = run("meetings", "--leader", "Volodin", "--jsonl", *db)
    (line,) = text.splitlines()
    assert json.loads(line)["place"] == "Hà Nội"
    code, text = run("meetings", "--from", "6/2025", "--to", "2025", "--csv", *db)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["date"] for r in rows] == ["2025-11-20", "2025-09-05"]
    assert rows[0]["citations"].startswith("Báo Chính phủ · ")
    code, text = run("meetings", "--place", "Ha Noi", "--limit", "1", *db)
    assert code == 0 and len(text.splitlines()) == 1
    assert meetings_json("--place", "Moskva", *db) == []
    code, _ = run("meetings", "--leader", "Không Ai Cả", *db)
    assert code == 2


def test_cli_deletes_and_logs(store: Store) -> None:
    db = ["--db", store.path]
    (m,) = meetings_json("--leader", "Volodin", *db)
    code, _ = run("meetings", "delete", m["id"], *db)  # not interactive: --yes is required
    assert code == 2 and meetings_json("--leader", "Volodin", *db)
    code, text = run("meetings", "delete", m["id"], "--yes", *db)
    assert code == 0 and "nhật ký #1" in text and not meetings_json("--leader", "Volodin", *db)
    code, text = run("articles", "list", "--json", *db)
    copy = next(a for a in json.loads(text) if a["copy_of"])
    assert copy["url"].startswith("https://baotintuc.vn/")
    code, text = run("articles", "delete", copy["copy_of"], "--yes", *db)
    assert code == 0 and "1 cuộc gặp bị xoá theo" in text
    assert not meetings_json("--leader", "Chernyshenko", *db)
    (k,) = meetings_json("--leader", "Kudryashov", *db)
    code, text = run("meetings", "edit", k["id"], "--date", "21/11/2025", "--kind", "hội kiến", *db)
    assert code == 0 and "20/11/2025 → 21/11/2025" in text
    (k,) = meetings_json("--leader", "Kudryashov", *db)
    assert (k["date"], k["kind"], k["date_inferred"]) == ("2025-11-21", "hội kiến", False)
    code, _ = run("meetings", "edit", "nope", "--date", "8/5/2025", *db)
    assert code == 1
    code, _ = run("meetings", "edit", k["id"], "--date", "31/2/2025", *db)
    assert code == 2
    code, text = run("corrections", "--json", *db)
    log = json.loads(text)
    assert [e["action"] for e in log] == ["edit-meeting", "delete-article", "delete-meeting"]
    assert all(e["actor"].startswith("cli:") and e["at"] for e in log)


async def test_an_english_chat_corrects_in_english(bot: BotUnderTest, store: Store) -> None:
    await set_language(store, USER_ID, "en")
    m = await by_person(store, "Kudryashov")
    calls = await press(bot, f"m:e:{m.id}")
    menu = bot.replies(calls)[0]
    assert (menu.text or "").startswith("✏️ <b>Edit meeting</b>")
    labels = [b["text"] for b in menu.buttons()]
    assert labels[:2] == ["📅 Date", "📍 Place"] and "meeting" in labels and "↩ Back" in labels
    calls = await press(bot, f"m:f:p:{m.id}")
    (prompt,) = [c for c in calls if c.method == "sendMessage"]
    assert (prompt.text or "").startswith("Send the correct place")
    calls = await bot.send(bot.updates.message("12345"))
    (reply,) = bot.replies(calls)
    assert visible_text(reply.text or "").startswith("Not a valid place.")
    await press(bot, f"m:f:p:{m.id}")
    calls = await bot.send(bot.updates.message("Matxcơva"))
    (confirm,) = bot.replies(calls)
    assert "place: Hanoi → Moscow" in visible_text(confirm.text or "")
    assert "Save this change?" in (confirm.text or "")
    (save,) = [b["callback_data"] for b in confirm.buttons() if b["text"] == "✅ Save"]
    calls = await press(bot, save)
    assert alert(calls) == "Corrected."
    assert "✅ Corrected place: Hanoi → Moscow" in (bot.replies(calls)[0].text or "")
    calls = await press(bot, f"m:x:{m.id}")
    assert "<b>Delete this meeting?</b>" in (bot.replies(calls)[0].text or "")
    calls = await press(bot, f"m:e:{m.id}", user_id=OTHER_USER_ID)
    assert alert(calls) == "Sorry, only the bot's administrators can correct or delete data."
