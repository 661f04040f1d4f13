"""Subscriptions in the store: parsing, schedules, filters, composition and the outbox."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from handlers.render import render_digest
from store.language.models import Article
from store.language.subscribe_args import (
    FilterError,
    SubscribeArgs,
    TimeError,
    UnknownTopics,
    parse_filters,
    parse_subscribe_args,
    parse_time,
    resolve_zone,
)
from store.language.subscription import INSTANT, WEEKLY, Filters, Subscription
from store.services.digest import MAX_ITEMS, Composer, plan_digest
from store.services.ingest import ingest as ingest_items
from store.storage.chats import migrate_chat
from store.storage.db import Store
from store.storage.subscriptions import (
    deactivate,
    get_subscription,
    list_subscriptions,
    open_rows,
    outbox,
    record_digest,
    record_strike,
    subscribe,
    update_subscription,
)
from tests.botkit import check_telegram_html

TODAY = date(2025, 6, 1)
# 2025-06-01 is a Sunday; 07:00 in Hà Nội is 00:00 UTC.
SUNDAY_8AM_HANOI = datetime(2025, 6, 1, 1, 0, tzinfo=UTC)

NOVAK = """Thủ tướng Phạm Minh Chính tiếp Phó Thủ tướng Nga Alexander Novak
Chiều 12/6/2025, tại Trụ sở Chính phủ ở Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga \
Alexander Novak đang thăm làm việc tại Việt Nam.
Tại cuộc tiếp, hai bên trao đổi về hợp tác dầu khí, trong đó có việc mở rộng thăm dò, khai thác dầu \
khí trên thềm lục địa Việt Nam và tại Liên bang Nga.
"""
BELOUSOV = """Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nga Andrei Belousov
Sáng 13/6/2025, tại Moskva, Đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng Việt Nam, đã hội đàm với \
Bộ trưởng Quốc phòng Nga Andrei Belousov.
Hai bên nhất trí tăng cường hợp tác quốc phòng và công nghiệp quốc phòng.
"""


async def ingest(store: Store, *texts: str) -> list[str]:
    """Ingest articles written for these tests; the ids of the meetings they added."""
    before = await store.max_seq()
    await ingest_items(
        store,
        (
            Article(
                text=t,
                source=f"digest_{i}_{abs(hash(t)) % 10**6}.txt",
                published=date(2025, 6, 13),
            )
            for i, t in enumerate(texts)
        ),
    )
    return [m.id for _, m in await store.meetings_since(before)]


# ----------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6:30", ("06:30", "")),
        ("06:30 Putin", ("06:30", "Putin")),
        ("6h30 dầu khí", ("06:30", "dầu khí")),
        ("18g", ("18:00", "")),
        ("18h", ("18:00", "")),
        ("6 chiều Putin", ("18:00", "Putin")),
        ("6:30 sáng", ("06:30", "")),
        ("6:30pm Putin", ("18:30", "Putin")),
        ("6:30 PM", ("18:30", "")),
        ("6h30 chiều", ("18:30", "")),
        ("6 giờ 45 tối", ("18:45", "")),
        ("12am", ("00:00", "")),
        ("12 giờ trưa", ("12:00", "")),
        ("Putin năng lượng", (None, "Putin năng lượng")),
        ("", (None, "")),
    ],
)
def test_subscribe_times(text: str, expected: tuple[str | None, str]) -> None:
    args = parse_subscribe_args(text)
    assert (args.at, args.topics) == expected and args.mode is None


@pytest.mark.parametrize(
    "text", ["630", "6:3", "-1:00", "25:00", "7:75 Putin", "6:30xm", "18h sáng", "6 giờ 5", "2025"]
)
def test_a_word_that_looks_like_a_time_must_be_one(text: str) -> None:
    with pytest.raises(TimeError) as error:
        parse_subscribe_args(text)
    message = str(error.value)
    assert message.startswith("Giờ không hợp lệ: «") and "(ví dụ 6:30, 18:45, 6h30)" in message
    assert text.split()[0] in message


def test_frequency_and_day_come_before_the_time() -> None:
    assert parse_subscribe_args("hằng tuần thứ 2 8:00 Putin") == SubscribeArgs(
        WEEKLY, 0, "08:00", "Putin"
    )
    assert parse_subscribe_args("hang tuan 17h chu nhat") == SubscribeArgs(WEEKLY, 6, "17:00", "")
    assert parse_subscribe_args("T6 7:30") == SubscribeArgs(WEEKLY, 4, "07:30", "")  # a day: weekly
    assert parse_subscribe_args("ngay khi có tin dầu khí") == SubscribeArgs(
        INSTANT, None, None, "dầu khí"
    )
    assert parse_subscribe_args("ngay Putin").mode == INSTANT
    assert parse_subscribe_args("hằng ngày 6:00").mode == "daily"


def test_a_time_out_of_range_is_an_error() -> None:
    with pytest.raises(TimeError):
        parse_time("25:00")
    assert parse_time("Putin") is None
    assert parse_time("7") == "07:00"


def test_filters_read_with_or_without_diacritics() -> None:
    marked = parse_filters("Putin năng lượng", TODAY)
    bare = parse_filters("putin nang luong", TODAY)
    assert marked == bare
    assert marked.include.leaders == ("Vladimir Putin",)
    assert marked.include.sectors == ("năng lượng",)
    assert not marked.exclude


def test_filters_with_exclusions() -> None:
    f = parse_filters("Putin, dầu khí -quốc phòng", TODAY)
    assert f.include.leaders == ("Vladimir Putin",)
    assert f.include.sectors == ("dầu khí",)
    assert f.exclude.sectors == ("quốc phòng",)
    assert parse_filters("dầu khí trừ quốc phòng", TODAY).exclude.sectors == ("quốc phòng",)
    assert "trừ quốc phòng" in f.describe()


def test_all_topics_clears_and_noise_is_refused() -> None:
    assert parse_filters("tất cả", TODAY) == Filters()
    assert parse_filters("tat ca", TODAY) == Filters()
    with pytest.raises(FilterError):
        parse_filters("tin tức", TODAY)
    # Words that only frame a topic are not topics of their own.
    assert parse_filters("chủ đề năng lượng", TODAY).include.sectors == ("năng lượng",)


def test_unknown_words_are_refused_with_the_closest_topics() -> None:
    with pytest.raises(UnknownTopics) as error:
        parse_filters("Putin nang luong hat nhanx", TODAY)
    assert set(error.value.words) == {"hat", "nhanx"}
    with pytest.raises(UnknownTopics) as error:
        parse_filters("Lavrow giao duk", TODAY)
    assert "duk" in error.value.words
    assert "giáo dục - đào tạo" in error.value.sectors  # the nearest sector to what was typed
    with pytest.raises(UnknownTopics) as error:
        parse_filters("Mishustim abcxyz", TODAY)
    assert error.value.words == ["abcxyz"]
    assert error.value.leaders and error.value.sectors
    assert '/dangky "abcxyz"' in str(error.value)


def test_a_quoted_word_is_a_keyword() -> None:
    assert parse_filters('"ASEAN"', TODAY).include.keywords == ("asean",)
    assert (
        parse_filters("“Rosatom” Putin", TODAY).include
        == parse_filters("Putin «Rosatom»", TODAY).include
    )
    f = parse_filters('dầu khí -"Biển Đông"', TODAY)
    assert f.include.sectors == ("dầu khí",) and f.exclude.keywords == ("bien dong",)


def test_time_zones_as_users_type_them() -> None:
    assert resolve_zone("Europe/Moscow") == resolve_zone("europe/moscow") == "Europe/Moscow"
    assert resolve_zone("Moskva") == "Europe/Moscow"
    assert resolve_zone("Hà Nội") == "Asia/Ho_Chi_Minh"
    assert resolve_zone("UTC+3") == "Etc/GMT-3"  # IANA counts the other way round
    assert resolve_zone("Mars/Olympus") is None and resolve_zone("") is None


def test_filters_round_trip_through_json() -> None:
    f = parse_filters("Putin dầu khí -quốc phòng", TODAY)
    assert Filters.from_public(f.public()) == f


# ----------------------------------------------------------------- schedule


def test_due_and_next_slot_follow_days_and_time_zone() -> None:
    sub = Subscription(chat_id=1, time="07:00", days=(0, 1, 2, 3, 4))  # Monday–Friday
    sunday = SUNDAY_8AM_HANOI
    # Last weekday run before Sunday 08:00 was Friday 07:00 Hà Nội (00:00 UTC).
    assert sub.due_slot(sunday) == datetime(2025, 5, 30, 0, 0, tzinfo=UTC)
    assert sub.next_slot(sunday) == datetime(2025, 6, 2, 0, 0, tzinfo=UTC)
    every_day = Subscription(chat_id=1, time="07:00")
    assert every_day.due_slot(sunday) == datetime(2025, 6, 1, 0, 0, tzinfo=UTC)
    assert Subscription(chat_id=1, days=()).due_slot(sunday) is None


# ----------------------------------------------------------------- subscriptions


async def test_subscribe_starts_from_now_and_keeps_settings(seeded_store: Store) -> None:
    top = await seeded_store.max_seq()
    sub, started = await subscribe(seeded_store, 11, "private", now=SUNDAY_8AM_HANOI)
    assert started and sub.cursor == top and sub.time == "07:00" and sub.active
    # Today's 07:00 already passed: it counts as handled, so nothing fires at once.
    assert sub.last_slot == datetime(2025, 6, 1, 0, 0, tzinfo=UTC)
    f = parse_filters("Putin", TODAY)
    sub, started = await subscribe(
        seeded_store, 11, "private", at="06:30", filters=f, now=SUNDAY_8AM_HANOI
    )
    assert not started and sub.time == "06:30" and sub.filters == f
    sub, _ = await subscribe(seeded_store, 11, "private", now=SUNDAY_8AM_HANOI)
    assert sub.time == "06:30" and sub.filters == f  # nothing given, nothing changed
    sub = await update_subscription(seeded_store, 11, days=[5, 6], send_empty=True)
    assert sub is not None and sub.days == (5, 6) and sub.send_empty
    assert await update_subscription(seeded_store, 999, days=[1]) is None


async def test_deactivate_migrate_and_strikes(seeded_store: Store) -> None:
    await subscribe(seeded_store, -100, "group", now=SUNDAY_8AM_HANOI)
    assert await migrate_chat(seeded_store, -100, -1000100)
    assert await get_subscription(seeded_store, -100) is None
    moved = await get_subscription(seeded_store, -1000100)
    assert moved is not None and moved.chat_type == "supergroup" and moved.active
    # Transient failures are only counted: they never stop a digest.
    assert await record_strike(seeded_store, -1000100) == 1
    assert await record_strike(seeded_store, -1000100) == 2
    struck = await get_subscription(seeded_store, -1000100)
    assert struck is not None and struck.active and struck.failures == 2
    await subscribe(seeded_store, 12, "private", now=SUNDAY_8AM_HANOI)
    assert await deactivate(seeded_store, 12, "blocked")
    assert not await deactivate(seeded_store, 12, "blocked")
    assert [s.chat_id for s in await list_subscriptions(seeded_store, active_only=True)] == [
        -1000100
    ]
    # Re-subscribing starts afresh: the defaults, not the settings of before.
    sub, started = await subscribe(seeded_store, 12, "private", now=SUNDAY_8AM_HANOI)
    assert started and sub.active and sub.failures == 0


# ----------------------------------------------------------------- composing


async def test_digest_holds_exactly_the_new_meetings_oldest_first(seeded_store: Store) -> None:
    sub, _ = await subscribe(seeded_store, 21, now=SUNDAY_8AM_HANOI)
    plan = await plan_digest(seeded_store, sub)
    assert plan.empty and plan.cursor_to == sub.cursor
    ids = await ingest(seeded_store, NOVAK, BELOUSOV)
    assert len(ids) == 2
    plan = await plan_digest(seeded_store, sub)
    assert [m.id for m in plan.meetings] == ids
    assert plan.cursor_to == await seeded_store.max_seq()


async def test_filters_select_meetings(seeded_store: Store) -> None:
    sub, _ = await subscribe(seeded_store, 22, now=SUNDAY_8AM_HANOI)
    novak, belousov = await ingest(seeded_store, NOVAK, BELOUSOV)
    composer = Composer(seeded_store)
    await composer.refresh()

    async def chosen(text: str) -> list[str]:
        s = Subscription(chat_id=22, cursor=sub.cursor, filters=parse_filters(text, TODAY))
        return [m.id for m in (await composer.plan(s)).meetings]

    assert await chosen("dau khi") == [novak]
    assert await chosen("năng lượng") == [novak]  # a parent sector covers "dầu khí"
    assert await chosen("Belousov") == [belousov]
    assert await chosen("quốc phòng") == [belousov]
    assert await chosen("Novak, quốc phòng") == [novak, belousov]  # any topic
    assert await chosen("Phạm Minh Chính -dầu khí") == []
    assert await chosen("Putin") == []
    assert await chosen("Moskva") == [belousov]
    assert await chosen("hội đàm") == [belousov]


async def test_long_digests_split_within_telegram_limits(seeded_store: Store) -> None:
    sub = Subscription(chat_id=23, cursor=0)
    composer = Composer(seeded_store)
    await composer.refresh()
    real = await composer.plan(sub)
    # Many meetings with long lines (and text to escape): more than one message holds.
    long = "Hà Nội & Moskva <hợp tác> " * 11
    facts = [
        replace(
            f,
            seq=n * real.cursor_to // MAX_ITEMS,
            line=long,
        )
        for n, f in enumerate((real.facts * 10)[:MAX_ITEMS], start=1)
    ]
    plan = replace(real, facts=facts, more=7)
    messages = render_digest(plan, sub, day=TODAY)
    assert len(messages) >= 2
    for m in messages:
        check_telegram_html(m.text)
    assert [label.split(" · ")[0] for m in messages for label, _ in m.items] == [
        str(n) for n in range(1, MAX_ITEMS + 1)
    ]
    cursors = [m.cursor_to for m in messages]
    assert cursors == sorted(cursors) and cursors[-1] == real.cursor_to
    assert "7 cuộc gặp khác" in messages[-1].text
    assert "phần 1/" in messages[0].text
    # A digest that fits is one message, however many items it lists.
    short_line = "Hà Nội · gặp"
    few = [replace(f, line=short_line) for f in facts]
    short = render_digest(replace(real, facts=few), sub, day=TODAY)
    assert len(short) == 1 and len(short[0].items) == MAX_ITEMS
    check_telegram_html(short[0].text)


async def test_empty_digest_renders_nothing_new(seeded_store: Store) -> None:
    sub, _ = await subscribe(seeded_store, 24, now=SUNDAY_8AM_HANOI)
    plan = await plan_digest(seeded_store, sub)
    (message,) = render_digest(plan, sub, day=TODAY)
    assert "Không có gì mới" in message.text and not message.items
    check_telegram_html(message.text)


# ----------------------------------------------------------------- outbox


async def test_a_slot_is_recorded_once(seeded_store: Store) -> None:
    sub, _ = await subscribe(seeded_store, 31, now=SUNDAY_8AM_HANOI - timedelta(days=1))
    await ingest(seeded_store, NOVAK)
    plan = await plan_digest(seeded_store, sub)
    messages = render_digest(plan, sub, day=TODAY)
    slot = datetime(2025, 6, 1, 0, 0, tzinfo=UTC)
    rows = await record_digest(seeded_store, sub, slot, messages)
    assert [r.state for r in rows] == ["pending"]
    assert await record_digest(seeded_store, sub, slot, messages) == []  # already handled
    assert [r.id for r in await open_rows(seeded_store, 31)] == [rows[0].id]
    # Unsubscribing drops what was waiting.
    await deactivate(seeded_store, 31, "unsubscribed")
    assert await open_rows(seeded_store, 31) == []
    assert [r.state for r in await outbox(seeded_store, 31)] == ["expired"]


@pytest.mark.sqlite_only
async def test_changes_never_ride_on_another_tasks_open_transaction(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "tx.db")
    try:
        await subscribe(store, 41, now=SUNDAY_8AM_HANOI)
        # Another task writes without committing yet (as ingest does between its awaits).
        await store.conn.execute(
            "INSERT INTO chats(chat_id, type, status) VALUES (1, 'private', 'member')"
        )
        change = asyncio.ensure_future(deactivate(store, 41, "blocked"))
        await asyncio.sleep(0.05)
        assert not change.done()  # it waits for the other transaction to end ...
        await store.conn.rollback()  # ... which is rolled back
        assert await change  # our change then commits on its own
    finally:
        await store.close()
    store = await Store.open(tmp_path / "tx.db")
    try:
        sub = await get_subscription(store, 41)
        assert sub is not None and not sub.active
        (count,) = await (await store.conn.execute("SELECT count(*) FROM chats")).fetchone()
        assert count == 0
    finally:
        await store.close()
