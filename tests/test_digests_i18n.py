"""A digest follows its chat's language: composed in English or Russian (names, places,
sectors, dates and the digest's own words), the articles' headlines kept as written."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from store.services.ingest import ensure_seeded
from store.storage.chat_languages import get_language, set_language
from tests.botkit import check_telegram_html
from tests.test_digests_kit import Clock, Rig, at, ingest, start_rig
from tests.test_digests_store import BELOUSOV, NOVAK

A, B, C = 201, 202, 203


@pytest.fixture
async def rig(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Rig]:
    rig = await start_rig(tmp_path / "bot.db", Clock(at(1, 8)), monkeypatch)
    await ensure_seeded(rig.store)
    try:
        yield rig
    finally:
        await rig.stop()


async def _subscribed(rig: Rig, chat_id: int, lang: str | None, args: str = "") -> None:
    await rig.send(rig.updates.message(f"/dangky {args}".strip(), chat_id=chat_id, user_id=chat_id))
    if lang:
        await set_language(rig.store, chat_id, lang)


async def test_each_chat_reads_its_digest_in_its_language(rig: Rig) -> None:
    await _subscribed(rig, A, None)
    await _subscribed(rig, B, "en")
    await _subscribed(rig, C, "ru")
    await ingest(rig.store, NOVAK, BELOUSOV)
    rig.clock.set(at(2, 7))
    await rig.run_due()
    (vi,) = rig.request.digests_to(A)
    (en,) = rig.request.digests_to(B)
    (ru,) = rig.request.digests_to(C)
    for text in (vi, en, ru):
        check_telegram_html(text)
    assert vi.startswith("<b>📰 Bản tin Việt–Nga — T2, 02/06/2025") and "2 cuộc gặp mới" in vi
    assert en.startswith("<b>📰 Vietnam–Russia Briefing — Mon 02/06/2025"), en
    assert "2 new meetings" in en and "/settings" in en
    assert "Pham Minh Chinh" in en and "Hanoi" in en and "Moscow" in en
    assert "12 June 2025" in en and "oil and gas" in en
    assert ru.startswith("<b>📰 Бюллетень Вьетнам–Россия — Пн, 02.06.2025"), ru
    assert "Новых встреч: 2" in ru and "Москва" in ru and "Фам Минь Тинь" in ru
    # Only the sources' own words (headlines) may stay Vietnamese.
    for text in (en, ru):
        assert "cuộc gặp" not in text and "Chủ đề" not in text and "Bấm số" not in text


async def test_topics_and_nothing_new_in_the_chat_language(rig: Rig) -> None:
    await _subscribed(rig, B, "en", "dầu khí")
    await rig.send(rig.updates.callback("s:e", chat_id=B))  # say "nothing new" too
    rig.clock.set(at(2, 7))
    await rig.run_due()
    (empty,) = rig.request.digests_to(B)
    assert "Nothing new since the last digest." in empty and "Topics: oil and gas" in empty


async def test_the_subscription_panels_speak_the_chat_language(rig: Rig) -> None:
    await set_language(rig.store, A, "ru")
    calls = await rig.send(rig.updates.message("/subscribe", chat_id=A, user_id=A))
    (reply,) = [c.text for c in calls if c.method == "sendMessage"]
    assert "Рассылка Вьетнам–Россия оформлена для вас." in reply, reply
    assert "Рассылка: <b>ежедневно в 07:00</b>" in reply
    calls = await rig.send(rig.updates.callback("s:q", chat_id=A))
    (panel,) = [c.text for c in calls if c.method == "editMessageText"]
    assert panel.startswith("<b>🔁 Частота</b>: ежедневно в 07:00"), panel
    calls = await rig.send(rig.updates.callback("s:q:w", chat_id=A))
    (toast,) = [c.params.get("text") for c in calls if c.method == "answerCallbackQuery"]
    assert toast == "Новая частота: еженедельно. День: понедельник."


async def test_a_bad_subscription_argument_is_explained_in_the_chat_language(rig: Rig) -> None:
    await set_language(rig.store, A, "en")
    calls = await rig.send(rig.updates.message("/subscribe 25:99", chat_id=A, user_id=A))
    (reply,) = [c.text for c in calls if c.method == "sendMessage"]
    assert reply.startswith("Not a valid time: «25:99»"), reply
    calls = await rig.send(rig.updates.message("/subscribe xyzzyq", chat_id=A, user_id=A))
    (reply,) = [c.text for c in calls if c.method == "sendMessage"]
    assert reply.startswith("Unknown topics «xyzzyq».") and "/subscribe" in reply, reply


async def test_a_private_chat_subscribing_in_english_gets_english_digests(rig: Rig) -> None:
    update = rig.updates.message("/subscribe", chat_id=B, user_id=B)
    update["message"]["from"]["language_code"] = "en"  # never chose a language with /language
    calls = await rig.send(update)
    (reply,) = [c.text for c in calls if c.method == "sendMessage"]
    assert "Subscribed you to the Vietnam–Russia digest." in reply, reply
    assert await get_language(rig.store, B) == "en"
    await ingest(rig.store, NOVAK)
    rig.clock.set(at(2, 7))
    await rig.run_due()
    (digest,) = rig.request.digests_to(B)
    assert digest.startswith("<b>📰 Vietnam–Russia Briefing"), digest
