"""Digest delivery: schedule, catch-up, crashes and Telegram's errors, with a controlled clock.

"The bot process" is a ``Rig`` over a database file; a crash raises ``Crash`` (a
BaseException nothing catches) at a chosen instant of a send, the rig is dropped without
cleanup and a new one starts over the same file — as after ``kill -9``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.digests import Pacer, send_digest_now
from store.services.ingest import ensure_seeded
from store.storage.chats import get_chat
from store.storage.subscriptions import get_subscription, outbox
from tests.botkit import GROUP_ID, SUPERGROUP_ID, check_telegram_html
from tests.test_digests_kit import (
    Clock,
    Crash,
    FaultyRequest,
    Rig,
    VirtualTime,
    at,
    ingest,
    start_rig,
)
from tests.test_digests_store import BELOUSOV, NOVAK

A, B, C = 101, 102, 103  # private chats


@pytest.fixture
def clock() -> Clock:
    return Clock(at(1, 8))  # Sunday 1 June 2025, 08:00 in Hà Nội


@pytest.fixture
async def rig(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Rig]:
    rig = await start_rig(tmp_path / "bot.db", clock, monkeypatch)
    await ensure_seeded(rig.store)
    try:
        yield rig
    finally:
        await rig.stop()


async def subscribe(rig: Rig, chat_id: int, args: str = "") -> None:
    chat_type = "private" if chat_id > 0 else "group"
    if chat_id < 0:
        rig.request.admins.add(501)
        update = rig.updates.group(f"/dangky {args}".strip(), chat_id=chat_id, chat_type=chat_type)
    else:
        update = rig.updates.message(f"/dangky {args}".strip(), chat_id=chat_id, user_id=chat_id)
    await rig.send(update)
    sub = await get_subscription(rig.store, chat_id)
    assert sub is not None and sub.active


async def restart(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> Rig:
    """A new process over the same database; what the old one had in memory is gone."""
    request = FaultyRequest()
    request.delivered = rig.request.delivered  # Telegram's side outlives the bot
    request.script = rig.request.script
    new = await start_rig(rig.path, rig.clock, monkeypatch, request=request, vt=rig.vt)
    await new.service.start()
    return new


# ----------------------------------------------------------------- the schedule


async def test_nothing_new_sends_nothing_then_new_meetings_are_sent_once(
    rig: Rig, clock: Clock
) -> None:
    await subscribe(rig, A)
    clock.set(at(2, 7))  # Monday 07:00
    await rig.run_due()
    assert rig.request.delivered == []
    assert await outbox(rig.store) == []

    ids = await ingest(rig.store, NOVAK, BELOUSOV)
    clock.set(at(2, 7, 1))  # the Monday run is done: nothing until Tuesday
    await rig.run_due()
    assert rig.request.delivered == []

    clock.set(at(3, 7))
    await rig.run_due()
    (text,) = rig.request.digests_to(A)
    check_telegram_html(text)
    assert "2 cuộc gặp mới" in text and "Alexander Novak" in text and "Andrei Belousov" in text
    assert text.index("Novak") < text.index("Belousov")  # oldest first
    digest = [c for c in rig.request.calls if c.method == "sendMessage" and c.text == text][0]
    assert [b["callback_data"] for b in digest.buttons()] == [f"d:{i}" for i in ids]

    for when in (at(3, 7, 5), at(3, 12), at(4, 7)):  # again, later, next day: nothing new
        clock.set(when)
        await rig.run_due()
    assert len(rig.request.delivered) == 1
    sub = await get_subscription(rig.store, A)
    assert sub is not None and sub.cursor == await rig.store.max_seq()


async def test_filters_decide_what_each_chat_gets(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A, "dầu khí")
    await subscribe(rig, B, "quoc phong")
    await subscribe(rig, C, "Putin")
    await ingest(rig.store, NOVAK, BELOUSOV)
    clock.set(at(2, 7))
    await rig.run_due()
    (a,) = rig.request.digests_to(A)
    (b,) = rig.request.digests_to(B)
    assert "Novak" in a and "Belousov" not in a and "Chủ đề: dầu khí" in a
    assert "Belousov" in b and "Novak" not in b
    assert rig.request.digests_to(C) == []  # nothing about Putin: nothing sent
    # The non-matching meetings are behind every cursor: they never come back.
    for chat in (A, B, C):
        sub = await get_subscription(rig.store, chat)
        assert sub is not None and sub.cursor == await rig.store.max_seq()


async def test_empty_days_can_say_nothing_new(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A)
    await rig.send(rig.updates.callback("s:e", chat_id=A))
    clock.set(at(2, 7))
    await rig.run_due()
    (text,) = rig.request.digests_to(A)
    assert "Không có gì mới" in text


async def test_days_of_week_are_honoured(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A)
    await rig.send(rig.updates.callback("s:d:wk", chat_id=A))  # Monday–Friday
    await ingest(rig.store, NOVAK)
    clock.set(at(7, 7))  # Saturday
    await rig.run_due()
    clock.set(at(8, 7))  # Sunday
    await rig.run_due()
    assert rig.request.delivered == []
    clock.set(at(9, 7))  # Monday
    await rig.run_due()
    assert len(rig.request.digests_to(A)) == 1


async def test_jobs_are_registered_again_at_start_up(
    rig: Rig, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await subscribe(rig, A, "6:15")
    await subscribe(rig, B)
    await rig.send(rig.updates.message("/huydangky", chat_id=B, user_id=B))
    await rig.stop()
    new = await restart(rig, monkeypatch)
    try:
        jobs = new.service.scheduled()
        assert set(jobs) == {A}
        trigger = jobs[A].job.trigger
        assert str(trigger.fields[5]) == "6" and str(trigger.fields[6]) == "15"
        assert str(trigger.timezone) == "Asia/Ho_Chi_Minh"
    finally:
        await new.stop()


# ----------------------------------------------------------------- missed runs


async def test_a_missed_run_within_the_grace_period_is_sent_at_start_up(
    rig: Rig, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    await rig.stop()  # down from Sunday 08:00 ...
    clock.set(at(2, 12, 30))  # ... to Monday 12:30: 5.5 h after the 07:00 run
    new = await restart(rig, monkeypatch)
    try:
        await new.service.drain()
        assert len(new.request.digests_to(A)) == 1
        clock.set(at(3, 7))  # then the normal schedule resumes: nothing new on Tuesday
        await new.run_due()
        assert len(new.request.digests_to(A)) == 1
    finally:
        await new.stop()


async def test_a_missed_run_past_the_grace_period_rolls_into_the_next(
    rig: Rig, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    await rig.stop()
    clock.set(at(2, 13, 30))  # 6.5 h after Monday's run
    new = await restart(rig, monkeypatch)
    try:
        await new.service.drain()
        assert new.request.delivered == []
        await ingest(new.store, BELOUSOV)
        clock.set(at(3, 7))
        await new.run_due()
        (text,) = new.request.digests_to(A)  # Tuesday's digest holds both: nothing lost
        assert "Novak" in text and "Belousov" in text
    finally:
        await new.stop()


# ----------------------------------------------------------------- crashes


@pytest.mark.parametrize("when", ["crash_before", "crash_after"])
async def test_a_crash_mid_run_loses_nothing_and_repeats_at_most_the_message_in_flight(
    rig: Rig, clock: Clock, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    for chat in (A, B, C):
        await subscribe(rig, chat)
    await ingest(rig.store, NOVAK)
    rig.request.script[B] = [when]  # dies while sending B's digest (A's is already confirmed)
    clock.set(at(2, 7))
    with pytest.raises(Crash):
        await rig.run_due()
    assert len(rig.request.digests_to(A)) == 1
    assert rig.request.digests_to(C) == []
    await rig.stop()

    clock.set(at(2, 7, 2))
    new = await restart(rig, monkeypatch)
    try:
        await new.service.drain()
        clock.set(at(2, 9))
        await new.run_due()  # the sweep later: nothing left to do
        delivered = new.request.delivered
        assert (
            len([c for c, _ in delivered if c == A]) == 1
        )  # confirmed before the crash: not repeated
        assert len([c for c, _ in delivered if c == C]) == 1  # not reached before the crash: sent
        expected_b = 2 if when == "crash_after" else 1  # the one in flight may arrive twice
        assert len([c for c, _ in delivered if c == B]) == expected_b
        states = {r.chat_id: r.state for r in await outbox(new.store)}
        assert states == {A: "sent", B: "sent", C: "sent"}
    finally:
        await new.stop()


async def test_a_crash_while_composing_loses_nothing(
    rig: Rig, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    import bot.digests

    real = bot.digests.render_digest

    def dying(*args: object, **kwargs: object) -> object:
        raise Crash

    monkeypatch.setattr(bot.digests, "render_digest", dying)
    clock.set(at(2, 7))
    with pytest.raises(Crash):
        await rig.run_due()
    await rig.stop()
    monkeypatch.setattr(bot.digests, "render_digest", real)
    new = await restart(rig, monkeypatch)
    try:
        await new.service.drain()
        assert len(new.request.digests_to(A)) == 1
    finally:
        await new.stop()


_TOPICS = [
    "mở rộng thăm dò, khai thác dầu khí trên thềm lục địa Việt Nam và tại Liên bang Nga, cùng"
    " các dự án lọc hóa dầu ở miền Trung",
    "đào tạo kỹ sư cho dự án điện hạt nhân, học bổng cho sinh viên và liên kết giữa các trường"
    " đại học kỹ thuật hai nước",
    "thương mại song phương, thanh toán bằng đồng nội tệ, logistics qua cảng biển và tuyến"
    " đường sắt xuyên Á - Âu",
    "du lịch, đường bay thẳng giữa Moskva với Nha Trang, Phú Quốc và việc đơn giản hóa thủ tục"
    " thị thực cho du khách",
    "nông nghiệp, xuất khẩu thủy sản, cà phê, rau quả của Việt Nam và nhập khẩu lúa mì, phân bón"
    " từ Nga",
]
_CLOSINGS = [
    "Phó Thủ tướng Novak cảm ơn sự đón tiếp trọng thị, mời Thủ tướng sớm thăm lại Liên bang Nga"
    " và khẳng định Moskva coi Hà Nội là đối tác tin cậy.",
    "Hai bên giao các bộ, ngành xây dựng lộ trình cụ thể, báo cáo tại kỳ họp tới của Ủy ban"
    " liên Chính phủ về hợp tác kinh tế - thương mại.",
    "Thủ tướng đề nghị phía Nga tạo điều kiện cho doanh nghiệp Việt Nam mở văn phòng đại diện,"
    " tham gia hội chợ và các dự án hạ tầng tại Siberia.",
    "Cuộc tiếp diễn ra trong không khí hữu nghị, thẳng thắn; hai bên hài lòng với tiến độ thực"
    " hiện các thỏa thuận ký trong năm trước.",
]


def _novak_report(day: int, month: int, n: int) -> str:
    lead = NOVAK.replace("12/6/2025", f"{day}/{month}/2024").partition("Tại cuộc tiếp")[0]
    topic, closing = _TOPICS[n % len(_TOPICS)], _CLOSINGS[n // len(_TOPICS)]
    return f"{lead}Tại cuộc tiếp, hai bên trao đổi về {topic}.\n{closing}\n"


async def test_a_crash_between_the_parts_of_a_long_digest(
    rig: Rig, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    await subscribe(rig, A)
    monkeypatch.setattr("handlers.render.MAX_MESSAGE", 1000)  # a few meetings fill a message
    days = [(day, month) for month in (2, 3) for day in range(1, 29, 3)]
    # Days apart: separate meetings, not one merged report; bodies apart: separate
    # articles, not copies of one (which ingest would store once).
    texts = [_novak_report(day, month, i) for i, (day, month) in enumerate(days)]
    assert len(await ingest(rig.store, *texts)) == len(texts)
    rig.request.script[A] = ["ok", "crash_before"]
    clock.set(at(2, 7))
    with pytest.raises(Crash):
        await rig.run_due()
    await rig.stop()
    new = await restart(rig, monkeypatch)
    try:
        await new.service.drain()
        parts = new.request.digests_to(A)
        assert len(parts) >= 2
        assert "phần 1/" in parts[0] and "phần 2/" in parts[1]
        assert len(set(parts)) == len(parts)  # each part once, in order
        rows = await outbox(new.store, A)
        assert all(r.state == "sent" for r in rows) and len(rows) == len(parts)
    finally:
        await new.stop()


# ----------------------------------------------------------------- Telegram's errors


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_retry_after_is_honoured(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    rig.request.script[A] = [("retry_after", 7)]
    clock.set(at(2, 7))
    await rig.run_due()
    assert len(rig.request.digests_to(A)) == 1
    assert sum(rig.vt.slept) >= 7  # waited out the flood control before sending again
    (row,) = await outbox(rig.store, A)
    assert row.state == "sent" and row.attempts == 2  # the refused request, then the one sent


FINAL_REFUSALS = [
    (403, "Forbidden: bot was blocked by the user", "blocked"),
    (403, "Forbidden: user is deactivated", "deactivated"),
    (403, "Forbidden: bot was kicked from the group chat", "removed"),
    (403, "Forbidden: bot is not a member of the supergroup chat", "removed"),
    (400, "Bad Request: chat not found", "not-found"),
]


@pytest.mark.parametrize(("status", "description", "reason"), FINAL_REFUSALS)
async def test_a_final_refusal_deactivates_at_once(
    rig: Rig, clock: Clock, status: int, description: str, reason: str
) -> None:
    await subscribe(rig, A)
    await subscribe(rig, B)
    await ingest(rig.store, NOVAK)
    rig.request.script[A] = [("error", status, description)]
    clock.set(at(2, 7))
    await rig.run_due()
    sub = await get_subscription(rig.store, A)
    assert sub is not None and not sub.active and sub.reason == reason
    assert A not in rig.service.scheduled() and B in rig.service.scheduled()
    assert rig.request.digests_to(A) == [] and len(rig.request.digests_to(B)) == 1
    (row,) = await outbox(rig.store, A)
    assert row.state == "failed"
    assert description.split(": ", 1)[1].lower() in (row.error or "").lower()
    # Nothing is tried again: not by the sweep, not the next day.
    sends = len([c for c in rig.request.calls if c.method == "sendMessage"])
    for when in (at(2, 7, 5), at(3, 7)):
        clock.set(when)
        await rig.run_due()
    assert len([c for c in rig.request.calls if c.method == "sendMessage"]) == sends


async def test_transient_errors_are_retried_and_only_counted(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    rig.request.script[A] = [("error", 500, "Internal Server Error")] * 6  # one run's retries
    clock.set(at(2, 7))
    await rig.run_due()
    sub = await get_subscription(rig.store, A)
    assert sub is not None and sub.active and sub.failures == 1  # a strike, not a stop
    assert rig.request.digests_to(A) == []
    clock.set(at(2, 7, 5))  # the sweep: the same digest goes out, and the strike is cleared
    await rig.run_due()
    (text,) = rig.request.digests_to(A)
    assert "Novak" in text
    sub = await get_subscription(rig.store, A)
    assert sub is not None and sub.failures == 0 and sub.active


async def test_chat_migrated_moves_the_subscription(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, GROUP_ID)
    await ingest(rig.store, NOVAK)
    rig.request.script[GROUP_ID] = [("migrate", SUPERGROUP_ID)]
    clock.set(at(2, 7))
    await rig.run_due()
    assert rig.request.digests_to(GROUP_ID) == []
    assert len(rig.request.digests_to(SUPERGROUP_ID)) == 1
    assert await get_subscription(rig.store, GROUP_ID) is None
    sub = await get_subscription(rig.store, SUPERGROUP_ID)
    assert sub is not None and sub.active and sub.cursor == await rig.store.max_seq()
    assert set(rig.service.scheduled()) == {SUPERGROUP_ID}
    # The chat's record moves too, as when Telegram announces the migration.
    old = await get_chat(rig.store, GROUP_ID)
    assert old is not None and old.migrated_to == SUPERGROUP_ID and not old.active


async def test_timeouts_are_retried_with_backoff(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    rig.request.script[A] = ["timeout", "network"]
    clock.set(at(2, 7))
    await rig.run_due()
    assert len(rig.request.digests_to(A)) == 1
    assert 1.0 in rig.vt.slept and 2.0 in rig.vt.slept  # exponential backoff


async def test_a_long_outage_leaves_the_digest_for_the_sweep(rig: Rig, clock: Clock) -> None:
    await subscribe(rig, A)
    await ingest(rig.store, NOVAK)
    rig.request.script[A] = ["timeout"] * 6  # more than the retries of one run
    clock.set(at(2, 7))
    await rig.run_due()
    assert rig.request.delivered == []
    (row,) = await outbox(rig.store, A)
    assert row.state == "pending"
    clock.set(at(2, 7, 5))  # the sweep, five minutes later
    await rig.run_due()
    assert len(rig.request.digests_to(A)) == 1


async def test_pacing_keeps_group_and_overall_limits(rig: Rig, clock: Clock) -> None:
    groups = [-5001 - i for i in range(3)]
    for chat in (A, B, C, *groups):
        await subscribe(rig, chat)
    await ingest(rig.store, NOVAK)
    clock.set(at(2, 7))
    await rig.run_due()
    assert len(rig.request.delivered) == 6
    # Six messages at ≤ 28/s take at least 5 intervals of 1/28 s.
    assert rig.vt.t >= 5 / 28 - 1e-9


async def test_concurrent_workers_share_one_snapshot(
    tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = await start_rig(tmp_path / "bot.db", clock, monkeypatch, concurrency=8)
    try:
        await ensure_seeded(rig.store)
        chats = [200 + i for i in range(12)]
        for chat in chats:
            await subscribe(rig, chat)
        await ingest(rig.store, NOVAK, BELOUSOV)
        clock.set(at(2, 7))
        await rig.run_due()
        texts = {chat: rig.request.digests_to(chat) for chat in chats}
        assert all(len(t) == 1 and "2 cuộc gặp mới" in t[0] for t in texts.values())
    finally:
        await rig.stop()


async def test_pacer_limits_overall_and_per_group() -> None:
    vt = VirtualTime()
    pacer = Pacer(per_second=28, per_group_minute=19, clock=vt.now, sleep=vt.sleep)
    sent: list[tuple[float, int]] = []
    for n in range(100):
        chat = -7 if n % 2 else n  # half of them to one group
        await pacer.acquire(chat)
        sent.append((vt.now(), chat))

    def busiest(times: list[float], window: float) -> int:
        return max(sum(1 for u in times if t <= u < t + window) for t in times)

    assert busiest([t for t, _ in sent], 1.0) <= 28
    assert busiest([t for t, c in sent if c == -7], 60.0) <= 19
    pacer.pause(5)
    start = vt.now()
    await pacer.acquire(1)
    assert vt.now() >= start + 5


async def test_pacer_counts_sends_from_before_a_restart() -> None:
    vt = VirtualTime()
    pacer = Pacer(per_second=28, per_group_minute=19, clock=vt.now, sleep=vt.sleep)
    for _ in range(19):  # what the last process sent to a group in its last minute
        pacer.note(-7)
    await pacer.acquire(-8)  # another group: at once (after the global second)
    assert vt.now() < 1.0
    await pacer.acquire(-7)
    assert vt.now() >= 60.0
    pacer.pause(3, chat_id=5)  # a 429 holds every chat, not only the one it came for
    start = vt.now()
    await pacer.acquire(6)
    assert vt.now() >= start + 3


# ----------------------------------------------------------------- on demand


async def test_send_digest_now(rig: Rig) -> None:
    await subscribe(rig, A)
    assert await send_digest_now(rig.app, A) == 0  # nothing new, nothing sent
    await ingest(rig.store, NOVAK)
    assert await send_digest_now(rig.app, A) == 1
    assert await send_digest_now(rig.app, A) == 0
    assert len(rig.request.digests_to(A)) == 1


async def test_a_digest_button_opens_the_meeting(rig: Rig) -> None:
    await subscribe(rig, A)
    (mid,) = await ingest(rig.store, NOVAK)
    await send_digest_now(rig.app, A)
    calls = await rig.send(rig.updates.callback(f"d:{mid}", chat_id=A))
    texts = [c.text or "" for c in calls if c.method in ("sendMessage", "editMessageText")]
    assert texts and "Alexander Novak" in texts[-1]
