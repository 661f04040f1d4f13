"""/dangky, /huydangky, /caidat and the settings buttons, in private chats and groups."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.language.subscription import ALL_DAYS, Filters
from store.services.ingest import ensure_seeded
from store.storage.subscriptions import get_subscription
from tests.botkit import GROUP_ID, OTHER_USER_ID, SUPERGROUP_ID, USER_ID, check_telegram_html
from tests.test_digests_kit import Clock, Rig, anonymous_admin_message, at, start_rig


@pytest.fixture
async def rig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Rig]:
    rig = await start_rig(tmp_path / "bot.db", Clock(at(1, 8)), monkeypatch)
    await ensure_seeded(rig.store)
    try:
        yield rig
    finally:
        await rig.stop()


def replies(calls: list) -> list[str]:
    texts = [c.text or "" for c in calls if c.method in ("sendMessage", "editMessageText")]
    for text in texts:
        check_telegram_html(text)
    return texts


async def test_private_subscription_with_time_and_topics(rig: Rig) -> None:
    (reply,) = replies(await rig.send(rig.updates.message("/dangky 6:30 putin nang luong")))
    assert "Đã đăng ký" in reply and "06:30" in reply
    assert "Vladimir Putin" in reply and "năng lượng" in reply
    assert "T2, 02/06/2025 lúc 06:30" in reply  # the next run, local time
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.active and sub.time == "06:30"
    assert sub.filters.include.leaders == ("Vladimir Putin",)
    # The daily job is registered for that chat at 06:30 Hà Nội time.
    job = rig.service.scheduled()[USER_ID]
    assert str(job.job.trigger.fields[5]) == "6" and str(job.job.trigger.fields[6]) == "30"
    # The English alias works the same; with nothing given nothing changes.
    (again,) = replies(await rig.send(rig.updates.message("/subscribe")))
    assert "đã đăng ký" in again
    assert (await get_subscription(rig.store, USER_ID)).time == "06:30"  # type: ignore[union-attr]


@pytest.mark.parametrize("word", ["25:00", "630", "6:3", "-1:00", "7:75"])
async def test_a_bad_time_gets_the_time_error(rig: Rig, word: str) -> None:
    (reply,) = replies(await rig.send(rig.updates.message(f"/dangky {word} Putin")))
    assert f"Giờ không hợp lệ: «{word}» (ví dụ 6:30, 18:45, 6h30)" in reply
    assert "chủ đề" not in reply.split("\n")[0]  # not mistaken for a topic
    assert "/dangky 6:30" in reply  # and the examples
    assert await get_subscription(rig.store, USER_ID) is None


@pytest.mark.parametrize(
    ("args", "time"), [("6:30pm", "18:30"), ("6h30 chiều", "18:30"), ("18h", "18:00")]
)
async def test_times_as_people_write_them(rig: Rig, args: str, time: str) -> None:
    (reply,) = replies(await rig.send(rig.updates.message(f"/dangky {args}")))
    assert "Đã đăng ký" in reply and time in reply
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.time == time and not sub.filters  # no topic «30pm»


async def test_an_unknown_topic_is_refused_with_the_closest_ones(rig: Rig) -> None:
    (reply,) = replies(await rig.send(rig.updates.message("/dangky Lavrow giao duk")))
    assert "Không nhận ra chủ đề" in reply and "«duk»" in reply and "lavrow" not in reply.lower()
    assert "Gần nhất: lãnh đạo" in reply and "lĩnh vực" in reply and "giáo dục" in reply
    assert await get_subscription(rig.store, USER_ID) is None  # nothing stored
    (reply,) = replies(await rig.send(rig.updates.message("/dangky tin tức")))
    assert "Không nhận ra chủ đề" in reply
    assert await get_subscription(rig.store, USER_ID) is None
    # In quotes, a word is the keyword it was meant to be.
    (reply,) = replies(await rig.send(rig.updates.message('/dangky "ASEAN" Putin')))
    assert "Đã đăng ký" in reply and "«asean»" in reply
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.filters.include.keywords == ("asean",)
    assert sub.filters.include.leaders == ("Vladimir Putin",)


async def test_subscribing_after_unsubscribing_starts_fresh(rig: Rig) -> None:
    await rig.send(rig.updates.message("/dangky hằng tuần thứ 6 6:30 Putin"))
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and (sub.mode, sub.days, sub.time) == ("weekly", (4,), "06:30")
    await rig.send(rig.updates.message("/huydangky"))
    (reply,) = replies(await rig.send(rig.updates.message("/dangky")))
    assert "Đã đăng ký" in reply
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.active
    assert (sub.mode, sub.time, sub.days, sub.filters) == ("daily", "07:00", ALL_DAYS, Filters())


async def test_unsubscribe_and_settings_when_not_subscribed(rig: Rig) -> None:
    (reply,) = replies(await rig.send(rig.updates.message("/huydangky")))
    assert "không đăng ký" in reply
    calls = await rig.send(rig.updates.message("/caidat"))
    (reply,) = replies(calls)
    assert "chưa đăng ký" in reply
    await rig.send(rig.updates.message("/dangky"))
    (reply,) = replies(await rig.send(rig.updates.message("/unsubscribe")))
    assert "Đã hủy" in reply
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and not sub.active
    assert USER_ID not in rig.service.scheduled()


async def test_group_admin_may_subscribe_others_are_refused(rig: Rig) -> None:
    (refusal,) = replies(await rig.send(rig.updates.group("/dangky@BanTinTestBot 7:30")))
    assert "quản trị viên" in refusal
    assert await get_subscription(rig.store, GROUP_ID) is None
    rig.request.admins.add(USER_ID)
    (reply,) = replies(await rig.send(rig.updates.group("/dangky 7:30 dầu khí")))
    assert "nhóm này" in reply and "07:30" in reply
    sub = await get_subscription(rig.store, GROUP_ID)
    assert (
        sub is not None and sub.chat_type == "group" and sub.filters.include.sectors == ("dầu khí",)
    )
    # A member who is not an admin can neither unsubscribe nor press the buttons.
    other = rig.updates.group("/huydangky", user_id=OTHER_USER_ID)
    (refusal,) = replies(await rig.send(other))
    assert "quản trị viên" in refusal
    press = rig.updates.callback("s:u", chat_id=GROUP_ID, chat_type="group")
    press["callback_query"]["from"]["id"] = OTHER_USER_ID
    calls = await rig.send(press)
    (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
    assert "quản trị viên" in answer.params["text"] and answer.params.get("show_alert")
    assert (await get_subscription(rig.store, GROUP_ID)).active  # type: ignore[union-attr]
    # Looking at the settings is for everyone.
    menu = rig.updates.callback("s:m", chat_id=GROUP_ID, chat_type="group")
    menu["callback_query"]["from"]["id"] = OTHER_USER_ID
    (panel,) = [c for c in await rig.send(menu) if c.method == "editMessageText"]
    assert "07:30" in panel.params["text"]


async def test_anonymous_admin_may_subscribe_the_group(rig: Rig) -> None:
    calls = await rig.send(anonymous_admin_message(rig.updates, "/dangky 8:00", SUPERGROUP_ID))
    (reply,) = replies(calls)
    assert "Đã đăng ký" in reply
    assert not [c for c in calls if c.method == "getChatMember"]  # posting as the group proves it
    assert (await get_subscription(rig.store, SUPERGROUP_ID)).time == "08:00"  # type: ignore[union-attr]


async def test_settings_buttons_change_time_days_topics_and_empty_days(rig: Rig) -> None:
    await rig.send(rig.updates.message("/dangky"))
    (panel,) = replies(await rig.send(rig.updates.message("/caidat")))
    assert "07:00" in panel and "hằng ngày" in panel and "không gửi gì" in panel

    async def press(data: str) -> str:
        """The edited panel: its text and button labels."""
        calls = await rig.send(rig.updates.callback(data))
        assert any(c.method == "answerCallbackQuery" for c in calls)
        replies(calls)
        edits = [c for c in calls if c.method == "editMessageText"]
        if not edits:
            return ""
        labels = " | ".join(b["text"] for b in edits[-1].buttons())
        return f"{edits[-1].text}\n{labels}"

    assert "05:00" in await press("s:t")
    assert "06:30" in await press("s:t:0630")
    assert (await get_subscription(rig.store, USER_ID)).time == "06:30"  # type: ignore[union-attr]
    job = rig.service.scheduled()[USER_ID]
    assert str(job.job.trigger.fields[6]) == "30"

    await press("s:d:wk")
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.days == (0, 1, 2, 3, 4)
    await press("s:d:5")  # Saturday too
    assert (await get_subscription(rig.store, USER_ID)).days == (0, 1, 2, 3, 4, 5)  # type: ignore[union-attr]

    topics = await press("s:f")
    assert "Chủ đề" in topics
    await press("s:fs:dầu khí")
    assert (await get_subscription(rig.store, USER_ID)).filters.include.sectors == ("dầu khí",)  # type: ignore[union-attr]
    await press("s:fs:dầu khí")
    assert not (await get_subscription(rig.store, USER_ID)).filters  # type: ignore[union-attr]

    panel = await press("s:e")
    assert "gửi «không có gì mới»" in panel
    assert (await get_subscription(rig.store, USER_ID)).send_empty  # type: ignore[union-attr]

    panel = await press("s:u")
    assert "đã tắt" in panel
    assert USER_ID not in rig.service.scheduled()
    panel = await press("s:r")
    assert "đang bật" in panel
    assert USER_ID in rig.service.scheduled()


async def test_removal_and_block_stop_the_digest_at_once(rig: Rig) -> None:
    rig.request.admins.add(USER_ID)
    await rig.send(rig.updates.group("/dangky"))
    await rig.send(rig.updates.my_chat_member("member", "kicked"))
    sub = await get_subscription(rig.store, GROUP_ID)
    assert sub is not None and not sub.active and sub.reason == "removed"
    assert GROUP_ID not in rig.service.scheduled()
    await rig.send(rig.updates.message("/dangky"))
    await rig.send(
        rig.updates.my_chat_member("member", "kicked", chat_id=USER_ID, chat_type="private")
    )
    assert (await get_subscription(rig.store, USER_ID)).reason == "blocked"  # type: ignore[union-attr]


async def test_group_that_becomes_a_supergroup_keeps_its_subscription(rig: Rig) -> None:
    rig.request.admins.add(USER_ID)
    await rig.send(rig.updates.group("/dangky 6:00"))
    await rig.send(rig.updates.migrate(GROUP_ID, SUPERGROUP_ID))
    await rig.send(rig.updates.migrate(GROUP_ID, SUPERGROUP_ID, in_new=True))  # both notices arrive
    assert await get_subscription(rig.store, GROUP_ID) is None
    sub = await get_subscription(rig.store, SUPERGROUP_ID)
    assert sub is not None and sub.active and sub.time == "06:00"
    assert set(rig.service.scheduled()) == {SUPERGROUP_ID}


async def test_help_lists_the_subscription_commands(rig: Rig) -> None:
    (text,) = replies(await rig.send(rig.updates.message("/help")))
    assert "/dangky" in text and "/huydangky" in text and "/caidat" in text
