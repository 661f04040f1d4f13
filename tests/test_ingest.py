"""The one ingest pipeline: every path (files, the CLI, web pages, feeds, /them) extracts each
new article exactly once, with the same "today", and never extracts what the store already has.

The extractor is wrapped through its one seam, ``store.services.ingest.extract``.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from store.language.localtime import local_today
from store.language.models import Article
from store.services import ingest as pipeline
from store.services.feeds import add_feed, poll_all
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.newsserver import FAST, NewsServer, ingest_urls

PAGE_A = "/a/the-gioi/chu-tich-quoc-hoi-hoi-dam-chu-tich-duma-nga-4871.html"
PAGE_D = "/d/tin-tong-hop/chu-tich-quoc-hoi-hoi-dam-volodin.html"
PAGE_E = "/e/ngoai-giao/bo-truong-bui-thanh-son-hoi-dam-lavrov.html"
GOLD = "/a/kinh-doanh/gia-vang-hom-nay-4870.html"

# Written for these tests: two outlets' own reports of different meetings.
SHOIGU = """Tổng Bí thư Tô Lâm tiếp Thư ký Hội đồng An ninh Liên bang Nga Sergei Shoigu

Chiều 22/7/2025, tại Trụ sở Trung ương Đảng ở Hà Nội, Tổng Bí thư Tô Lâm đã tiếp Thư ký Hội đồng \
An ninh Liên bang Nga Sergei Shoigu đang thăm làm việc tại Việt Nam.

Tổng Bí thư đề nghị hai bên tăng cường trao đổi đoàn, phối hợp chặt chẽ tại các diễn đàn đa phương \
và đẩy mạnh hợp tác trong lĩnh vực an ninh, phòng chống tội phạm xuyên quốc gia.

Thư ký Shoigu chuyển lời thăm hỏi của Tổng thống Putin và khẳng định Nga coi trọng quan hệ Đối tác \
chiến lược toàn diện với Việt Nam, sẵn sàng mở rộng hợp tác đào tạo cán bộ.
"""
OVERCHUK = """Phó Thủ tướng Trần Hồng Hà hội đàm với Phó Thủ tướng Nga Alexei Overchuk

Sáng 3/10/2025, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Nga Alexei \
Overchuk về hợp tác giao thông vận tải, logistics và thương mại song phương.

Hai bên nhất trí sớm mở lại tuyến vận tải container đường sắt, nghiên cứu thanh toán bằng đồng nội \
tệ và tạo thuận lợi cho hàng nông sản Việt Nam vào thị trường Nga.
"""


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, date]]:
    """Every call of the extractor: (article source, the "today" it was given)."""
    calls: list[tuple[str, date]] = []
    extract = pipeline.extract

    def counting(article: Article, today: date):
        calls.append((article.source, today))
        return extract(article, today)

    monkeypatch.setattr(pipeline, "extract", counting)
    return calls


def _once_each(calls: list[tuple[str, date]]) -> bool:
    return all(n == 1 for n in Counter(source for source, _ in calls).values())


# ----------------------------------------------------------------- files


async def test_files_extract_each_new_article_once_and_skip_repeats(
    empty_store: Store, tmp_path: Path, extractions: list[tuple[str, date]]
) -> None:
    (tmp_path / "shoigu.txt").write_text(SHOIGU, encoding="utf-8")
    (tmp_path / "overchuk.txt").write_text(OVERCHUK, encoding="utf-8")
    (tmp_path / "shoigu-copy.txt").write_text("  " + SHOIGU.replace("\n\n", "\n"), "utf-8")
    report = await ingest(empty_store, load_paths([tmp_path]))  # read in name order
    assert [(o.source, o.status) for o in report.outcomes] == [
        ("overchuk.txt", "new"),
        ("shoigu-copy.txt", "new"),
        ("shoigu.txt", "duplicate"),  # the same text but for white space
    ]
    assert [s for s, _ in extractions] == ["overchuk.txt", "shoigu-copy.txt"]
    assert {today for _, today in extractions} == {local_today()}

    again = await ingest(empty_store, load_paths([tmp_path]))
    assert [o.status for o in again.outcomes] == ["duplicate"] * 3
    assert len(extractions) == 2  # nothing the store has is extracted again
    assert {m.id for m in again.meetings} == {m.id for m in report.meetings}


async def test_file_ingest_rejects_a_near_duplicate(
    empty_store: Store, tmp_path: Path, extractions: list[tuple[str, date]]
) -> None:
    (tmp_path / "a.txt").write_text(SHOIGU, encoding="utf-8")
    # The same wire copy republished with one more line (a credit) and a byline.
    (tmp_path / "b.txt").write_text(
        "Báo Mẫu điện tử\n" + SHOIGU + "\nTheo TTXVN, phóng viên thường trú tại Hà Nội.\n",
        encoding="utf-8",
    )
    report = await ingest(empty_store, load_paths([tmp_path]))
    first, copy = report.outcomes
    assert first.status == "new" and copy.status == "duplicate" and copy.duplicate_of == "a.txt"
    assert copy.meeting_ids == first.meeting_ids
    assert await empty_store.count_articles() == 1 and report.new_articles == 1
    assert [s for s, _ in extractions] == ["a.txt"]


async def test_an_extractor_failure_skips_one_article_and_the_rest_go_on(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    extract = pipeline.extract

    def broken_on_shoigu(article: Article, today: date):
        if "Shoigu" in article.text:
            raise RuntimeError("boom")
        return extract(article, today)

    monkeypatch.setattr(pipeline, "extract", broken_on_shoigu)
    report = await ingest(
        empty_store, [Article(text=SHOIGU, source="s.txt"), Article(text=OVERCHUK, source="o.txt")]
    )
    assert [o.status for o in report.outcomes] == ["skipped", "new"]
    assert [(s.path, s.reason) for s in report.skipped] == [
        ("s.txt", "lỗi nội bộ khi xử lý bài (RuntimeError)")
    ]
    assert await empty_store.count_articles() == 1


def test_cli_files_and_pages_are_one_run(
    site: NewsServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extractions: list[tuple[str, date]],
) -> None:
    from bot.cli import main

    (tmp_path / "shoigu.txt").write_text(SHOIGU, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    args = ["--db", db, "ingest", str(tmp_path / "shoigu.txt"), site.url(PAGE_A), "--json"]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["articles"] == 2 and out["skipped"] == []
    assert [s for s, _ in extractions] == ["shoigu.txt", site.url(PAGE_A)]
    assert main(args) == 0  # again: both are known, nothing is extracted
    assert json.loads(capsys.readouterr().out)["articles"] == 2 and len(extractions) == 2


# ----------------------------------------------------------------- web pages and feeds


async def test_web_pages_extract_each_new_page_once(
    site: NewsServer, empty_store: Store, extractions: list[tuple[str, date]]
) -> None:
    urls = [site.url(PAGE_A), site.url(PAGE_E), site.url(PAGE_A) + "?utm_source=zalo"]
    report = await ingest_urls(empty_store, urls, config=FAST)
    assert [o.status for o in report.outcomes] == ["new", "new", "duplicate"]
    assert [s for s, _ in extractions] == [site.url(PAGE_A), site.url(PAGE_E)]
    again = await ingest_urls(empty_store, urls, config=FAST)
    assert again.new_articles == 0 and len(extractions) == 2


async def test_feeds_extract_each_fetched_article_once(
    site: NewsServer, empty_store: Store, extractions: list[tuple[str, date]]
) -> None:
    for path in ("/a/rss.xml", "/b/atom.xml", "/c/rss.xml", "/d/rss.xml"):
        await add_feed(empty_store, site.url(path))
    report = await poll_all(empty_store, config=FAST)
    stored = sum(f.new for f in report.feeds)
    assert stored == report.new_articles == await empty_store.count_articles() == 4
    # Every article fetched is extracted once: the four stored and the three that extraction
    # found to be about something else (wheat exports, Japan's ambassador, the gold price:
    # a headline is only a hint). Feed D's republished copy is recognised before extraction.
    assert _once_each(extractions) and len(extractions) == stored + 3
    assert not any(PAGE_D in s for s, _ in extractions)
    assert any(GOLD in s for s, _ in extractions)
    assert {today for _, today in extractions} == {local_today()}
    before = len(extractions)
    await poll_all(empty_store, config=FAST)
    assert len(extractions) == before
