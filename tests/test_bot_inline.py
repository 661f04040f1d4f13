"""Inline mode: up to 10 meeting cards, the latest for an empty query, a sensible cache."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from handlers.inline import CACHE_SECONDS, LATEST_CACHE_SECONDS
from store.storage.db import Store
from tests.botkit import (
    BOT_USERNAME,
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


async def answer(bot: BotUnderTest, query: str, offset: str = "") -> Call:
    calls = await bot.send(bot.updates.inline(query, offset))
    (call,) = [c for c in calls if c.method == "answerInlineQuery"]
    assert [c.method for c in calls] == ["answerInlineQuery"]
    for result in call.params["results"]:
        check_telegram_html(result["input_message_content"]["message_text"])
        assert result["input_message_content"]["parse_mode"] == "HTML"
        assert 0 < len(result["title"]) <= 120
        assert len(result["id"].encode()) <= 64
    return call


async def test_empty_query_offers_the_latest(bot: BotUnderTest, seeded_store: Store) -> None:
    call = await answer(bot, "")
    results = call.params["results"]
    latest = await seeded_store.meetings(limit=10)
    assert [r["id"] for r in results] == [m.id for m in latest]
    assert call.params["cache_time"] == LATEST_CACHE_SECONDS
    assert call.params["is_personal"] is False


async def test_question_offers_matching_cards_with_a_deep_link(bot: BotUnderTest) -> None:
    call = await answer(bot, "mishustin")
    results = call.params["results"]
    assert 1 <= len(results) <= 10
    assert len({r["id"] for r in results}) == len(results)
    for r in results:
        assert "Mishustin" in visible_text(r["input_message_content"]["message_text"])
        (button,) = [b for row in r["reply_markup"]["inline_keyboard"] for b in row]
        assert button["url"] == f"https://t.me/{BOT_USERNAME}?start=m_{r['id']}"
    assert call.params["cache_time"] == CACHE_SECONDS
    assert call.params["button"]["start_parameter"] == "mishustin"


async def test_no_match_offers_no_card_but_a_way_to_the_bot(bot: BotUnderTest) -> None:
    call = await answer(bot, "Tô Lâm gặp Biden")
    assert call.params["results"] == []
    assert call.params["button"]["start_parameter"] == "to_lam_gap_biden"


async def test_paging_with_offsets(bot: BotUnderTest, seeded_store: Store) -> None:
    total = await seeded_store.count_meetings()
    first = await answer(bot, "")
    if total <= 10:
        assert first.params.get("next_offset", "") == ""
        return
    assert first.params["next_offset"] == "10"
    second = await answer(bot, "", "10")
    assert not {r["id"] for r in first.params["results"]} & {
        r["id"] for r in second.params["results"]
    }


@pytest.mark.parametrize("offset", ["abc", "-5", "99999999", "1e3"])
async def test_forged_offsets_are_harmless(bot: BotUnderTest, offset: str) -> None:
    await answer(bot, "mishustin", offset)
