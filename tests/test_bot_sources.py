"""Sources on every answer surface: "Outlet · Headline · dd/mm/yyyy" linked to the article.

The store holds the test articles of tests/cite_articles: a talk reported by VnExpress and
republished (a near-identical wire copy) by Báo Tin tức, and two other meetings from Nhân
Dân and Báo Chính phủ. The copy must count as a second source of the same meeting.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import AsyncIterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bot.cli import main as cli_main
from bot.console import run_console
from bot.digests import send_digest_now
from handlers.views import detail_html
from store.language.citation import cite, cite_compact, headline, outlet_name
from store.language.fold import fold
from store.language.models import Article, Citation, Meeting, Participant
from store.language.wording import meeting_card
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.botkit import (
    BOT_USERNAME,
    GROUP_ID,
    BotUnderTest,
    Call,
    check_telegram_html,
    running_bot,
    visible_text,
)
from tests.test_digests_kit import Clock, at, start_rig

CITE = Path(__file__).resolve().parent / "cite_articles"
VNEXPRESS = "https://vnexpress.net/thoi-su/pho-thu-tuong-hoi-dam-pho-thu-tuong-nga-4870001.html"
BAOTINTUC = "https://baotintuc.vn/thoi-su/viet-nam-va-nga-thuc-day-hop-tac-dau-khi-20250313.htm"
HEADLINE = "Phó Thủ tướng Trần Hồng Hà hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko"
FULL = f"VnExpress · {HEADLINE} · 12/03/2025"


@pytest.fixture
async def store(empty_store: Store) -> Store:
    await ingest(empty_store, load_paths([CITE]))
    return empty_store


@pytest.fixture
async def bot(store: Store) -> AsyncIterator[BotUnderTest]:
    async with running_bot(store) as bot:
        yield bot


async def talks(store: Store) -> Meeting:
    (m,) = [m for m in await store.meetings() if "Dmitry Chernyshenko" in str(m.participants)]
    return m


def links(markup: str) -> dict[str, str]:
    """Link label → address, from Telegram HTML."""
    return {
        re.sub(r"<[^>]*>", "", label).replace("&amp;", "&"): href.replace("&amp;", "&")
        for href, label in re.findall(r'<a href="([^"]*)">(.*?)</a>', markup)
    }


def only_reply(bot: BotUnderTest, calls: list[Call]) -> Call:
    (reply,) = bot.replies(calls)
    check_telegram_html(reply.text or "")
    return reply


# ----------------------------------------------------------------- the store


async def test_a_copy_from_another_outlet_is_a_second_source(store: Store) -> None:
    m = await talks(store)
    assert m.sources == [VNEXPRESS, BAOTINTUC]
    assert [(c.outlet, c.url) for c in m.citations] == [
        ("VnExpress", VNEXPRESS),
        ("Báo Tin tức", BAOTINTUC),
    ]
    assert m.citations[0].title == HEADLINE
    assert m.citations[1].title == "Việt Nam và Nga thúc đẩy hợp tác dầu khí, năng lượng"
    assert cite(m.citations[0]) == FULL
    assert await store.count_articles() == 3  # the copy's text is not kept twice
    assert await store.count_meetings() == 3


async def test_the_same_outlet_again_is_no_new_source(store: Store) -> None:
    m = await talks(store)
    body = json.loads((CITE / "reports.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]
    amp = VNEXPRESS.replace(".html", "-amp.html")  # the outlet's other address for the page
    report = await ingest(store, [Article(text=body + "\n\nVnExpress", source=amp, url=amp)])
    assert report.outcomes[0].status == "duplicate"
    assert (await talks(store)).sources == m.sources
    assert await store.find_by_url(amp) is not None  # remembered as an alias


def test_outlets_and_headlines() -> None:
    assert outlet_name("https://m.vnexpress.net/a.html") == "VnExpress"
    assert outlet_name("https://en.nhandan.vn/a") == "Nhân Dân"
    assert outlet_name("https://tin.example.org/a", "Tin Mẫu") == "Tin Mẫu"
    assert outlet_name("https://www.tin.example.org/a") == "tin.example.org"
    assert outlet_name(None) is None
    text = (
        "Báo Điện tử Chính phủ\n"
        "Trang chủ | Thời sự | Kinh tế\n"
        "Chính trị  Kinh tế  Thế giới  Xã hội  Văn hóa\n"
        "Thứ Hai, 06/04/2025, 21:30 (GMT+7)\n\n"
        " date 2025-04-06 Thủ tướng tiếp Đại sứ Nga Gennady Bezdetko. Ảnh: TTXVN\n"
        "Chiều 6/4, Thủ tướng đã tiếp Đại sứ."
    )
    assert headline(None, text) == "Thủ tướng tiếp Đại sứ Nga Gennady Bezdetko"
    assert headline("  Tiêu đề   của trang  ", text) == "Tiêu đề của trang"
    long = "Tổng Bí thư " + "hội đàm rất dài " * 30
    cut = headline(long)
    assert cut and cut.endswith("…") and len(cut) <= 160 and not cut[:-1].endswith(" ")


# ----------------------------------------------------------------- the Telegram surfaces


async def test_a_single_answer_cites_outlet_headline_and_date_linked(
    bot: BotUnderTest, store: Store
) -> None:
    m = await talks(store)
    calls = await bot.send(bot.updates.message("Trần Hồng Hà gặp Chernyshenko khi nào?"))
    reply = only_reply(bot, calls)
    assert links(reply.text or "")[FULL] == VNEXPRESS
    assert "(và 1 nguồn khác)" in visible_text(reply.text or "")
    data = [b["callback_data"] for b in reply.buttons()]
    assert f"c:s:{m.id}" in data
    (count,) = [b["text"] for b in reply.buttons() if b["callback_data"] == f"c:s:{m.id}"]
    assert count == "📰 2 nguồn"
    # The button opens every report, each cited and linked.
    calls = await bot.send(bot.updates.callback(f"c:s:{m.id}"))
    listing = only_reply(bot, calls)
    found = links(listing.text or "")
    assert found[FULL] == VNEXPRESS
    assert found[f"Báo Tin tức · {m.citations[1].title} · 13/03/2025"] == BAOTINTUC
    assert "2 bài báo" in visible_text(listing.text or "")


async def test_every_item_of_a_list_links_its_source(bot: BotUnderTest, store: Store) -> None:
    calls = await bot.send(bot.updates.message("/moinhat"))
    reply = only_reply(bot, calls)
    items = [line for line in (reply.text or "").splitlines() if re.match(r"\d+\. ", line)]
    assert len(items) == 3
    for line, m in zip(items, await store.meetings(), strict=True):
        assert links(line) == {cite_compact(m.citations[0]): m.citations[0].url}
    assert "VnExpress · 12/03/2025 +1" in visible_text(reply.text or "")
    # Buttons are named by date and counterpart, not by number.
    labels = [b["text"] for b in reply.buttons() if b["callback_data"].startswith("d:")]
    assert "20/11/2025 · Kudryashov" in labels or "20/11 · Kudryashov" in labels


async def test_the_detail_card_shows_place_sectors_and_sources(
    bot: BotUnderTest, store: Store
) -> None:
    m = await talks(store)
    calls = await bot.send(bot.updates.callback(f"d:{m.id}"))
    reply = only_reply(bot, calls)
    text = visible_text(reply.text or "")
    assert "📍 Địa điểm: Hà Nội" in text
    assert "Lĩnh vực:" in text and "(+" in text  # more sectors than a card lists
    assert links(reply.text or "")[FULL] == VNEXPRESS
    data = [b["callback_data"] for b in reply.buttons()]
    assert f"c:l:{m.id}" in data and f"c:s:{m.id}" in data
    assert not [d for d in data if d.startswith("m:")], "no corrections for a non-admin"
    # Bullet points are whole sentences.
    for line in text.splitlines():
        if line.startswith("• "):
            assert line.endswith((".", "!", "?", "»", "”")), line
    calls = await bot.send(bot.updates.callback(f"c:l:{m.id}"))
    sectors = visible_text(only_reply(bot, calls).text or "")
    assert all(f"• {s}" in sectors for s in m.sectors)


async def test_a_group_mention_about_oil_and_gas_quotes_oil_and_gas(
    bot: BotUnderTest, store: Store
) -> None:
    calls = await bot.send(bot.updates.group(f"@{BOT_USERNAME} hợp tác dầu khí"))
    reply = only_reply(bot, calls)
    assert reply.params["chat_id"] == GROUP_ID
    text = visible_text(reply.text or "")
    assert "Volodin" not in text  # the meeting about parliaments is no answer
    quotes = re.findall(r"«([^»]+)»", text)
    assert quotes and all("dau khi" in fold(q) for q in quotes)
    assert len(links(reply.text or "")) == 2  # each meeting's source


async def test_inline_cards_cite_their_source(bot: BotUnderTest, store: Store) -> None:
    calls = await bot.send(bot.updates.inline("Trần Hồng Hà Chernyshenko"))
    (answer,) = [c for c in calls if c.method == "answerInlineQuery"]
    results = answer.params["results"]
    results = json.loads(results) if isinstance(results, str) else results
    assert results
    content = results[0]["input_message_content"]["message_text"]
    check_telegram_html(content)
    assert links(content)[FULL] == VNEXPRESS
    assert "VnExpress" in results[0]["description"]


async def test_suggestions_are_buttons_that_ask_them(bot: BotUnderTest) -> None:
    calls = await bot.send(bot.updates.message("Trần Thanh Mẫn dầu khí"))
    reply = only_reply(bot, calls)
    asks = [b for b in reply.buttons() if b["callback_data"].startswith("n:q")]
    assert asks, "a question with no answer offers what the store has, as buttons"
    for b in asks:
        assert len(b["callback_data"].encode()) <= 64
    calls = await bot.send(bot.updates.callback(asks[0]["callback_data"]))
    answered = only_reply(bot, calls)
    assert "Không tìm thấy" not in visible_text(answered.text or "")


# ----------------------------------------------------------------- digest, console, CLI


async def test_the_digest_links_each_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = await start_rig(tmp_path / "bot.db", Clock(at(1, 8)), monkeypatch)
    try:
        await rig.send(rig.updates.message("/dangky", chat_id=101, user_id=101))
        await ingest(rig.store, load_paths([CITE]))
        assert await send_digest_now(rig.app, 101) == 1
        (text,) = rig.request.digests_to(101)
        check_telegram_html(text)
        found = links(text)
        assert found["VnExpress · 12/03/2025"] == VNEXPRESS
        assert "VnExpress · 12/03/2025 +1" in visible_text(text)  # two reports of it
        assert len(found) == 3
    finally:
        await rig.stop()


def test_the_console_and_briefing_ask_show_sources(tmp_path: Path, store: Store) -> None:
    db = Path(store.path)
    out = io.StringIO()
    run_console(db, io.StringIO("Trần Hồng Hà gặp Chernyshenko khi nào?\n"), out)
    assert f"{FULL} ({VNEXPRESS})" in out.getvalue()
    printed = io.StringIO()
    with redirect_stdout(printed):
        assert cli_main(["ask", "Trần Hồng Hà gặp Chernyshenko khi nào?", "--db", str(db)]) == 0
    assert f"Nguồn: {FULL} ({VNEXPRESS}) (và 1 nguồn khác)" in printed.getvalue()


# ----------------------------------------------------------------- cards that read well


def _meeting(**update: object) -> Meeting:
    base = Meeting(
        id="abc123def456",
        date="2025-05-08",
        time_of_day="tối",
        place="Moskva",
        kind="hội kiến",
        participants=[
            Participant(name="Tô Lâm", title="Tổng Bí thư", country="VN"),
            Participant(name="Mikhail Mishustin", title="Thủ tướng", country="RU"),
        ],
        sectors=[
            "năng lượng",
            "dầu khí",
            "giáo dục - đào tạo",
            "du lịch",
            "y tế",
            "văn hóa",
            "an ninh",
        ],
        summary="Tối 8/5, Tổng Bí thư Tô Lâm hội kiến Thủ tướng Nga. Hai bên bàn về năng lượng. Sau đó hai bên đề cập lĩnh vực trụ",
        key_points=[
            "Hai bên nhất trí "
            + "mở rộng hợp tác năng lượng và giao thông vận tải " * 14
            + "trong thời gian tới.",
            "Thủ tướng Nga khẳng định Chính phủ Nga sẽ phối hợp triển khai các thỏa thuận.",
        ],
        evidence={
            "date": "Tối 8/5 (giờ Việt Nam), Tổng Bí thư Tô Lâm hội kiến Thủ tướng Nga.",
            "place": "Cuộc hội kiến diễn ra tại Điện Kremlin ở Moskva.",
            "participants": "Tối 8/5 (giờ Việt Nam), Tổng Bí thư Tô Lâm hội kiến Thủ tướng Nga.",
        },
        citations=[
            Citation(
                article_id="a1",
                source="https://nhandan.vn/a.html",
                url="https://nhandan.vn/a.html",
                outlet="Nhân Dân",
                title="Tổng Bí thư hội kiến Thủ tướng Nga",
                published="2025-05-09",
            )
        ],
    )
    return base.model_copy(update=update)


def test_the_detail_card_quotes_the_sentence_under_each_fact() -> None:
    html = detail_html(_meeting())
    check_telegram_html(html)
    lines = visible_text(html).splitlines()
    date_at = lines.index("📅 Thời gian: tối 8/5/2025")
    assert (
        lines[date_at + 1].strip()
        == "«Tối 8/5 (giờ Việt Nam), Tổng Bí thư Tô Lâm hội kiến Thủ tướng Nga.»"
    )
    place_at = lines.index("📍 Địa điểm: Moskva")
    assert lines[place_at + 1].strip() == "«Cuộc hội kiến diễn ra tại Điện Kremlin ở Moskva.»"
    # The same sentence is quoted once, under the first fact it supports.
    assert sum("giờ Việt Nam" in x for x in lines) == 1
    # Whole sentences: the summary's cut tail is dropped, never shown mid-word.
    summary = "Tối 8/5, Tổng Bí thư Tô Lâm hội kiến Thủ tướng Nga. Hai bên bàn về năng lượng."
    assert summary in lines and not any("trụ" in x for x in lines)
    assert (
        "🏷 Lĩnh vực: năng lượng, dầu khí, giáo dục - đào tạo, du lịch, y tế (+2 lĩnh vực)" in lines
    )
    assert links(html) == {
        "Nhân Dân · Tổng Bí thư hội kiến Thủ tướng Nga · 09/05/2025": "https://nhandan.vn/a.html"
    }
    unknown = visible_text(
        detail_html(_meeting(date=None, time_of_day=None, place=None, evidence={}))
    )
    assert "📅 Thời gian: chưa rõ ngày" in unknown and "📍 Địa điểm: chưa rõ địa điểm" in unknown


def test_a_card_quotes_a_key_point_whole() -> None:
    card = meeting_card(_meeting(), "when")
    (point,) = [x for x in card.splitlines() if x.startswith("Điểm chính: ")]
    # The first key point is too long for the card: the next one is quoted whole instead.
    assert (
        point
        == "Điểm chính: Thủ tướng Nga khẳng định Chính phủ Nga sẽ phối hợp triển khai các thỏa thuận."
    )
    assert "Địa điểm: Moskva" in card
    assert "Lĩnh vực: năng lượng, dầu khí, giáo dục - đào tạo, du lịch, y tế (+2 lĩnh vực)" in card
    call = meeting_card(_meeting(place=None, kind="điện đàm"), "who")
    assert "Địa điểm: không có (điện đàm)" in call  # a call has a place line too


async def test_the_asked_sector_comes_first(bot: BotUnderTest) -> None:
    calls = await bot.send(bot.updates.message("Trần Hồng Hà Chernyshenko giáo dục"))
    text = visible_text(only_reply(bot, calls).text or "")
    (line,) = [x for x in text.splitlines() if x.startswith("Lĩnh vực: ")]
    assert line.startswith("Lĩnh vực: giáo dục - đào tạo, ")
