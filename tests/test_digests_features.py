"""Forum topics, instant alerts, weekly digests, per-chat time zones, the preview when
subscribing and the settings panel — through the public handlers, with digests delivered
by the digest service to a recording Bot API on a controlled clock.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.services.ingest import ensure_seeded
from store.storage.subscriptions import get_subscription, outbox
from tests.botkit import BOT_USERNAME, SUPERGROUP_ID, USER_ID, Call, check_telegram_html
from tests.test_digests_kit import ALERT_MARK, Clock, Rig, at, ingest, start_rig
from tests.test_digests_store import BELOUSOV, NOVAK

FORUM = SUPERGROUP_ID
TOPIC = 77

# Meetings of late May 2025, written for these tests (the rig's clock says 1 June 2025).
TSIVILEV = """Phó Thủ tướng Trần Hồng Hà tiếp Bộ trưởng Năng lượng Nga Sergei Tsivilev
Chiều 20/5/2025, tại Trụ sở Chính phủ, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Năng lượng \
Liên bang Nga Sergei Tsivilev đang ở Hà Nội dự kỳ họp Ủy ban liên Chính phủ.
Hai bên trao đổi về hợp tác năng lượng, dầu khí và điện hạt nhân.
"""
FALKOV = """Bộ trưởng Nguyễn Kim Sơn hội đàm với Bộ trưởng Khoa học và Giáo dục đại học Nga
Sáng 27/5/2025, tại Moskva, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã hội đàm với Bộ \
trưởng Khoa học và Giáo dục đại học Liên bang Nga Valery Falkov.
Hai bộ trưởng nhất trí tăng học bổng và mở rộng hợp tác giáo dục, đào tạo giữa hai nước.
"""


@pytest.fixture
def clock() -> Clock:
    return Clock(at(1, 8))  # Sunday 1 June 2025, 08:00 in Hà Nội


@pytest.fixture
async def rig(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Rig]:
    rig = await start_rig(tmp_path / "bot.db", clock, monkeypatch)
    await ensure_seeded(rig.store)
    rig.request.admins.add(USER_ID)
    try:
        yield rig
    finally:
        await rig.stop()


def sent(calls: list[Call]) -> list[Call]:
    out = [c for c in calls if c.method in ("sendMessage", "sendDocument", "sendPhoto")]
    for c in out:
        if c.text:
            check_telegram_html(c.text)
    return out


def thread(call: Call) -> int | None:
    value = call.params.get("message_thread_id")
    return None if value is None else int(value)


async def press(rig: Rig, data: str, chat_id: int = USER_ID, **kw: object) -> str:
    """Press a settings button; the panel it leaves (text and button labels)."""
    chat_type = "private" if chat_id > 0 else "supergroup"
    calls = await rig.send(rig.updates.callback(data, chat_id=chat_id, chat_type=chat_type, **kw))
    edits = [c for c in calls if c.method in ("editMessageText", "sendMessage")]
    if not edits:
        return ""
    check_telegram_html(edits[-1].text or "")
    labels = " | ".join(b["text"] for b in edits[-1].buttons())
    return f"{edits[-1].text}\n{labels}"


# ----------------------------------------------------------------- forum topics


async def test_a_digest_subscribed_from_a_topic_is_delivered_to_that_topic(
    rig: Rig, clock: Clock
) -> None:
    (reply,) = sent(await rig.send(rig.updates.supergroup("/dangky 7:00", topic=TOPIC)))
    assert thread(reply) == TOPIC and "chủ đề này của nhóm" in (reply.text or "")
    sub = await get_subscription(rig.store, FORUM)
    assert sub is not None and sub.thread_id == TOPIC
    await ingest(rig.store, NOVAK)
    clock.set(at(2, 7))
    await rig.run_due()
    assert len(rig.request.digests_to(FORUM)) == 1 and rig.request.threads == [TOPIC]
    # /dangky again from the chat's General topic moves the digest there.
    await rig.send(rig.updates.supergroup("/dangky 7:00"))
    assert (await get_subscription(rig.store, FORUM)).thread_id is None  # type: ignore[union-attr]


async def test_answers_go_to_the_topic_they_were_asked_in(rig: Rig) -> None:
    (mid,) = await ingest(rig.store, NOVAK)
    asked = {
        "command": rig.updates.supergroup("/tim Novak", topic=TOPIC),
        "mention": rig.updates.supergroup(f"@{BOT_USERNAME} Novak gặp ai?", topic=TOPIC),
        "reply": rig.updates.supergroup("còn Novak?", topic=TOPIC, reply_to_bot=True),
        "help": rig.updates.supergroup("/help", topic=TOPIC),
        "settings": rig.updates.supergroup("/caidat", topic=TOPIC),
        "latest": rig.updates.supergroup("/moinhat", topic=TOPIC),
        "button": rig.updates.callback(
            f"d:{mid}", chat_id=FORUM, chat_type="supergroup", topic=TOPIC
        ),
    }
    for path, update in asked.items():
        replies = sent(await rig.send(update))
        assert replies, path
        assert all(thread(c) == TOPIC for c in replies), path
    # Outside any topic nothing names one.
    replies = sent(await rig.send(rig.updates.supergroup("/tim Novak")))
    assert replies and all(thread(c) is None for c in replies)


async def test_a_deleted_topic_falls_back_to_the_chat(rig: Rig, clock: Clock) -> None:
    await rig.send(rig.updates.supergroup("/dangky", topic=TOPIC))
    await ingest(rig.store, NOVAK)
    rig.request.script[FORUM] = [("error", 400, "Bad Request: message thread not found")]
    clock.set(at(2, 7))
    await rig.run_due()
    assert len(rig.request.digests_to(FORUM)) == 1 and rig.request.threads == [None]
    sub = await get_subscription(rig.store, FORUM)
    assert sub is not None and sub.active and sub.thread_id is None


# ----------------------------------------------------------------- instant alerts


async def test_instant_alerts_bring_new_matching_meetings_at_once(rig: Rig, clock: Clock) -> None:
    (reply,) = sent(await rig.send(rig.updates.message("/dangky ngay khi có tin dầu khí")))
    assert "ngay khi có tin" in (reply.text or "")
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.mode == "instant"
    assert USER_ID not in rig.service.scheduled()  # no clock time: the alert job serves it
    await rig.run_due()
    assert rig.request.delivered == []

    # Two meetings stored within the batching window: one alert, only the matching one.
    novak, _belousov = await ingest(rig.store, NOVAK, BELOUSOV)
    await rig.run_due()
    (alert,) = rig.request.digests_to(USER_ID)
    assert alert.startswith(f"<b>{ALERT_MARK}") and "Alexander Novak" in alert
    assert "Belousov" not in alert
    call = [c for c in rig.request.calls if c.text == alert][0]
    assert [b["callback_data"] for b in call.buttons()] == [f"d:{novak}"]
    (row,) = await outbox(rig.store, USER_ID)
    assert row.kind == "alert" and row.state == "sent"  # the digests' outbox guarantee

    # Nothing new: nothing sent. New but not matching: nothing sent, and not again later.
    await rig.run_due()
    await ingest(rig.store, TSIVILEV.replace("năng lượng, dầu khí và điện hạt nhân", "du lịch"))
    await rig.run_due()
    clock.set(at(2, 7))  # nor at the daily digest's hour
    await rig.run_due()
    assert len(rig.request.digests_to(USER_ID)) == 1
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.cursor == await rig.store.max_seq()


# ----------------------------------------------------------------- weekly digests


async def test_a_weekly_digest_chosen_in_the_settings(rig: Rig, clock: Clock) -> None:
    await rig.send(rig.updates.message("/dangky"))
    panel = await press(rig, "s:q")
    assert "Hằng tuần" in panel and "Ngay khi có tin" in panel
    panel = await press(rig, "s:q:w")
    assert "mỗi thứ Hai lúc 07:00" in panel
    panel = await press(rig, "s:d:3")  # a weekly digest has one day: Thursday
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.mode == "weekly" and sub.days == (3,)
    trigger = rig.service.scheduled()[USER_ID].job.trigger
    assert str(trigger.fields[4]) == "thu"  # APScheduler's day_of_week

    await ingest(rig.store, NOVAK, BELOUSOV)
    clock.set(at(2, 7))  # Monday
    await rig.run_due()
    assert rig.request.delivered == []
    clock.set(at(5, 7))  # Thursday
    await rig.run_due()
    (text,) = rig.request.digests_to(USER_ID)
    assert "bản tin tuần" in text and "2 cuộc gặp mới" in text

    await press(rig, "s:q:i")  # instant alerts: no clock time any more
    assert USER_ID not in rig.service.scheduled()
    await press(rig, "s:q:d")
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and sub.mode == "daily" and len(sub.days) == 7


async def test_weekly_from_the_command(rig: Rig) -> None:
    (reply,) = sent(await rig.send(rig.updates.message("/dangky hằng tuần thứ 6 17h Putin")))
    assert "mỗi thứ Sáu lúc 17:00" in (reply.text or "")
    sub = await get_subscription(rig.store, USER_ID)
    assert sub is not None and (sub.mode, sub.days, sub.time) == ("weekly", (4,), "17:00")


# ----------------------------------------------------------------- time zones


async def test_a_chat_in_moscow_gets_its_digest_at_seven_moscow_time(
    rig: Rig, clock: Clock
) -> None:
    await rig.send(rig.updates.message("/dangky"))
    panel = await press(rig, "s:z")
    assert "Moskva" in panel and "Việt Nam" in panel and "Asia/Tokyo" in panel
    panel = await press(rig, "s:z:Europe/Moscow")
    assert "Moskva (Europe/Moscow), UTC+3" in panel
    # 08:00 in Hà Nội is 04:00 in Moscow: today's 07:00 there is still to come.
    assert "Bản tin tiếp theo: CN, 01/06/2025 lúc 07:00 (giờ Europe/Moscow)" in panel
    trigger = rig.service.scheduled()[USER_ID].job.trigger
    assert str(trigger.timezone) == "Europe/Moscow" and str(trigger.fields[5]) == "7"

    await ingest(rig.store, NOVAK)
    clock.set(at(1, 10, 59))
    await rig.run_due()
    assert rig.request.delivered == []
    clock.set(at(1, 11))  # 07:00 in Moscow
    await rig.run_due()
    (text,) = rig.request.digests_to(USER_ID)
    assert "CN, 01/06/2025" in text
    clock.set(at(2, 7))  # 07:00 in Hà Nội (03:00 in Moscow): nothing
    await ingest(rig.store, BELOUSOV)
    await rig.run_due()
    assert len(rig.request.digests_to(USER_ID)) == 1


async def test_a_time_zone_typed_by_name(rig: Rig) -> None:
    await rig.send(rig.updates.message("/dangky"))
    (reply,) = sent(await rig.send(rig.updates.message("/caidat múi giờ Asia/Tokyo")))
    assert "Múi giờ mới: Asia/Tokyo, UTC+9" in (reply.text or "")
    assert (await get_subscription(rig.store, USER_ID)).tz == "Asia/Tokyo"  # type: ignore[union-attr]
    (reply,) = sent(await rig.send(rig.updates.message("/caidat mui gio Sao Hoa")))
    assert "Không nhận ra múi giờ «Sao Hoa»" in (reply.text or "")
    assert (await get_subscription(rig.store, USER_ID)).tz == "Asia/Tokyo"  # type: ignore[union-attr]
    # In a group only its administrators change it.
    rig.request.admins.discard(USER_ID)
    await rig.send(rig.updates.supergroup("/dangky"))  # refused: not an admin
    assert await get_subscription(rig.store, FORUM) is None
    (reply,) = sent(await rig.send(rig.updates.supergroup("/caidat múi giờ Europe/Moscow")))
    assert "quản trị viên" in (reply.text or "")


# ----------------------------------------------------------------- preview and settings


async def test_subscribing_previews_what_the_filter_catches(rig: Rig) -> None:
    await ingest(rig.store, TSIVILEV, FALKOV)
    (reply,) = sent(await rig.send(rig.updates.message("/dangky Tsivilev")))
    text = reply.text or ""
    assert "Bộ lọc này khớp <b>1</b> cuộc gặp trong 30 ngày qua; gần nhất:" in text
    assert "Sergei Tsivilev" in text and "Falkov" not in text
    (reply,) = sent(await rig.send(rig.updates.message("/dangky giáo dục, năng lượng")))
    text = reply.text or ""
    count = int(re.search(r"khớp <b>(\d+)</b> cuộc gặp trong 30 ngày qua", text).group(1))  # type: ignore[union-attr]
    assert count >= 2  # both of late May (and whatever else of May talks of them)
    assert text.index("Valery Falkov") < text.index("Sergei Tsivilev")  # the latest first
    # Nothing recent: the latest matches in the whole store, so the filter can be judged.
    (reply,) = sent(await rig.send(rig.updates.message("/dangky Bezdetko")))
    text = reply.text or ""
    assert "khớp <b>0</b> cuộc gặp trong 30 ngày qua; gần nhất trong dữ liệu:" in text
    assert "Gennady Bezdetko" in text


async def test_settings_show_the_chat_id_and_the_next_delivery(rig: Rig) -> None:
    (panel,) = sent(await rig.send(rig.updates.message("/caidat")))
    assert f"Mã cuộc trò chuyện: <code>{USER_ID}</code>" in (panel.text or "")
    await rig.send(rig.updates.message("/dangky 6:30"))
    (panel,) = sent(await rig.send(rig.updates.message("/caidat")))
    text = panel.text or ""
    assert f"Mã cuộc trò chuyện: <code>{USER_ID}</code>" in text
    assert "hằng ngày lúc 06:30" in text and "giờ Việt Nam, UTC+7" in text
    assert "Bản tin tiếp theo: T2, 02/06/2025 lúc 06:30 (giờ Asia/Ho_Chi_Minh)" in text
