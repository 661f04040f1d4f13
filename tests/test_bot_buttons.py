"""Buttons: details, next page, related meetings; forged and stale data get a polite answer."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from handlers.buttons import GONE, INVALID, STALE, parse
from handlers.views import related_meetings
from store.language.models import Meeting, Participant
from store.storage.db import Store
from tests.botkit import (
    GROUP_ID,
    BotUnderTest,
    Call,
    check_telegram_html,
    running_bot,
    visible_text,
)


@pytest.fixture
async def bot(seeded_store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(seeded_store) as bot:
        yield bot


async def press(bot: BotUnderTest, data: str, **kw: object) -> list[Call]:
    calls = await bot.send(bot.updates.callback(data, **kw))  # type: ignore[arg-type]
    answers = [c for c in calls if c.method == "answerCallbackQuery"]
    assert len(answers) == 1, "every press is answered exactly once"
    for text in bot.texts(calls):
        check_telegram_html(text)
    return calls


def notice(calls: list[Call]) -> str | None:
    (answer,) = [c for c in calls if c.method == "answerCallbackQuery"]
    return answer.params.get("text")


async def test_details_button_sends_the_meeting_with_sources(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    m = (await seeded_store.meetings(limit=1))[0]
    calls = await press(bot, f"d:{m.id}")
    (reply,) = bot.replies(calls)
    assert reply.method == "sendMessage"
    text = visible_text(reply.text or "")
    assert all(p.name in text for p in m.participants)
    assert "Nguồn" in text
    data = [b["callback_data"] for b in reply.buttons()]
    assert f"n:r{m.id}:0" in data
    assert (f"c:l:{m.id}" in data) == (len(m.sectors) > 5)
    assert (f"c:s:{m.id}" in data) == (len(m.citations) > 1)


async def test_details_in_a_group_goes_to_that_group(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    m = (await seeded_store.meetings(limit=1))[0]
    calls = await press(bot, f"d:{m.id}", chat_id=GROUP_ID, chat_type="group")
    (reply,) = bot.replies(calls)
    assert reply.params["chat_id"] == GROUP_ID


async def test_next_page_edits_the_list_in_place(bot: BotUnderTest, seeded_store: Store) -> None:
    total = await seeded_store.count_meetings()
    calls = await press(bot, "n:l:5")
    (reply,) = bot.replies(calls)
    assert reply.method == "editMessageText"
    text = visible_text(reply.text or "")
    if total > 5:
        assert f"6–{min(total, 10)} / {total}" in text
        assert "n:l:0" in [b["callback_data"] for b in reply.buttons()]
    else:
        assert "Không còn" in text


async def test_question_pages_follow_the_answer(bot: BotUnderTest, seeded_store: Store) -> None:
    calls = await bot.send(bot.updates.message("Tô Lâm"))
    (reply,) = bot.replies(calls)
    pages = [b["callback_data"] for b in reply.buttons() if b["callback_data"].startswith("n:q")]
    # The seeds and test articles hold more than five meetings with Tô Lâm.
    assert pages, "expected a next-page button for Tô Lâm's meetings"
    (next_page,) = pages
    calls = await press(bot, next_page)
    (page,) = bot.replies(calls)
    assert page.method == "editMessageText"
    assert "Kết quả 6–" in visible_text(page.text or "")


async def test_related_lists_meetings_sharing_people(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    meetings = await seeded_store.meetings()
    m = next(m for m in meetings if related_meetings(m, meetings))
    calls = await press(bot, f"n:r{m.id}:0")
    (reply,) = bot.replies(calls)
    text = visible_text(reply.text or "")
    assert "Liên quan" in text
    first = related_meetings(m, meetings)[0]
    assert (
        f"d:{first.id}" in [b["callback_data"] for b in reply.buttons()]
        or len(related_meetings(m, meetings)) == 1
    )


def test_related_puts_the_same_trip_first() -> None:
    def meeting(mid: str, date: str, place: str, *names: str) -> Meeting:
        return Meeting(
            id=mid, date=date, place=place, participants=[Participant(name=n) for n in names]
        )

    m = meeting("a", "2025-05-08", "Moskva", "Tô Lâm", "Mikhail Mishustin")
    same_trip = meeting("b", "2025-05-09", "Moskva", "Tô Lâm", "Vladimir Putin")
    same_pair_later = meeting("c", "2026-01-14", "Hà Nội", "Tô Lâm", "Mikhail Mishustin")
    one_person = meeting("d", "2024-06-20", "Hà Nội", "Vladimir Putin", "Tô Lâm")
    unrelated = meeting("e", "2025-05-08", "Hà Nội", "Lương Cường", "Sergey Lavrov")
    found = related_meetings(m, [same_pair_later, unrelated, one_person, same_trip, m])
    assert [x.id for x in found] == ["b", "c", "d"]


@pytest.mark.parametrize(
    "data",
    [
        "",
        "x",
        "d:",
        "d:../../etc",
        "d:abc def",
        "n:l",
        "n:l:-1",
        "n:l:99999",
        "n:qZZZZZZZZ:5",
        "n:q123:5",
        "n:x:5",
        "d:" + "a" * 60,
        "d:abc'); DROP TABLE meetings;--",
        "n:l:5:extra",
    ],
)
async def test_forged_data_gets_a_polite_answer(bot: BotUnderTest, data: str) -> None:
    calls = await press(bot, data)
    assert bot.replies(calls) == []
    assert notice(calls) in (INVALID, "Nút này không còn dùng được.")


async def test_unknown_meeting_is_gone(bot: BotUnderTest) -> None:
    calls = await press(bot, "d:0123456789ab")
    assert bot.replies(calls) == [] and notice(calls) == GONE
    calls = await press(bot, "n:r0123456789ab:0")
    assert bot.replies(calls) == [] and notice(calls) == GONE


async def test_stale_question_after_restart(bot: BotUnderTest) -> None:
    calls = await press(bot, "n:qdeadbeef:5")
    assert bot.replies(calls) == []
    assert notice(calls) == STALE


async def test_other_features_prefixes_fall_through_politely(bot: BotUnderTest) -> None:
    calls = await press(bot, "sub:time:0700")
    assert bot.replies(calls) == []
    assert notice(calls)


async def test_details_on_an_inline_message_points_to_the_bot(
    bot: BotUnderTest, seeded_store: Store
) -> None:
    m = (await seeded_store.meetings(limit=1))[0]
    calls = await press(bot, f"d:{m.id}", inline_message_id="AAA")
    assert bot.replies(calls) == []
    assert "Mở bot" in (notice(calls) or "")


async def test_edit_failure_falls_back_to_a_new_message(bot: BotUnderTest) -> None:
    bot.request.fail["editMessageText"] = (400, "Bad Request: message can't be edited")
    calls = await press(bot, "n:l:0")
    assert [c.method for c in bot.replies(calls)] == ["editMessageText", "sendMessage"]


async def test_unmodified_page_is_quiet(bot: BotUnderTest) -> None:
    bot.request.fail["editMessageText"] = (400, "Bad Request: message is not modified")
    calls = await press(bot, "n:l:0")
    assert [c.method for c in bot.replies(calls)] == ["editMessageText"]


def test_parse_accepts_only_well_formed_data() -> None:
    assert parse("d:abc123") is not None
    assert parse("n:l:10") is not None
    assert parse("n:q0123abcd:5") is not None
    assert parse("n:rabc123:0") is not None
    assert parse("n:l:10\n") is None
    assert parse("d:é") is None
