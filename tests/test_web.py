"""Web pages: fetching within limits, charsets, extraction, `briefing ingest URL`, de-duplication.

Everything is served by tests/newsserver.py on 127.0.0.1; nothing reaches the internet.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from store.language.models import Article
from store.services.ingest import ingest
from store.services.sources import Unreadable, html_article
from store.services.web import decode_html, fetch_article
from store.storage.db import Store
from store.storage.dedup import fingerprint, near_identical, normalize_url
from tests.newsserver import (
    FAST,
    MEETING_A,
    MEETING_C,
    NewsServer,
    cp1258,
    html_of,
    ingest_urls,
    page,
)

A = "/a/the-gioi/chu-tich-quoc-hoi-hoi-dam-chu-tich-duma-nga-4871.html"
C = "/c/ngoai-giao/viet-nam-nga-hop-tac-nghi-vien.html"
D = "/d/tin-tong-hop/chu-tich-quoc-hoi-hoi-dam-volodin.html"
E = "/e/ngoai-giao/bo-truong-bui-thanh-son-hoi-dam-lavrov.html"


# ----------------------------------------------------------------- fetching


async def test_page_yields_main_text_title_date_and_url(site: NewsServer) -> None:
    art = await fetch_article(site.url(A), config=FAST)
    assert isinstance(art, Article)
    assert art.title == MEETING_A["title"]
    assert art.published == date(2025, 3, 17)
    assert art.url == art.source == site.url(A)
    assert "Vyacheslav Volodin" in art.text and "Thỏa thuận hợp tác" in art.text
    for clutter in ("Giấy phép số", "Đường dây nóng", "Đọc nhiều", "Giải trí", "Chia sẻ"):
        assert clutter not in art.text


async def test_relative_canonical_url_is_resolved_and_cleaned(site: NewsServer) -> None:
    site.set(
        "/m/amp/bai-1.html",
        html_of(MEETING_A, canonical="/the-gioi/bai-1.html?utm_source=zalo#top"),
    )
    art = await fetch_article(site.url("/m/amp/bai-1.html"), config=FAST)
    assert isinstance(art, Article)
    assert art.url == art.source == site.url("/the-gioi/bai-1.html")
    # A template that points every page's canonical at the home page is ignored.
    site.set("/m/bai-2.html", html_of(MEETING_A, canonical="https://tinnhanh.example/"))
    art = await fetch_article(site.url("/m/bai-2.html"), config=FAST)
    assert isinstance(art, Article) and art.url == site.url("/m/bai-2.html")


async def test_redirects_are_followed_to_the_final_url(site: NewsServer) -> None:
    site.set("/short/1", status=301, location="{base}" + A)
    site.set("/loop/1", status=302, location="{base}/loop/2")
    site.set("/loop/2", status=302, location="{base}/loop/1")
    art = await fetch_article(site.url("/short/1"), config=FAST)
    assert isinstance(art, Article) and art.url == site.url(A)
    looped = await fetch_article(site.url("/loop/1"), config=FAST)
    assert isinstance(looped, Unreadable) and "chuyển hướng" in looped.reason


async def test_windows_1258_declared_in_the_header(site: NewsServer) -> None:
    art = await fetch_article(site.url(C), config=FAST)
    assert isinstance(art, Article)
    assert art.title == MEETING_C["title"]
    assert "Chủ tịch Quốc hội Trần Thanh Mẫn" in art.text  # tones recomposed to NFC
    assert "Đào tạo" in art.text or "đào tạo" in art.text


async def test_windows_1258_declared_only_in_meta(site: NewsServer) -> None:
    art = await fetch_article(site.url(E), config=FAST)
    assert isinstance(art, Article)
    assert art.title == "Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Nga Sergey Lavrov"
    assert "quốc phòng - an ninh" in art.text


def test_charset_rules() -> None:
    vi = "Hội đàm Việt Nam – Nga"
    # A server default of ISO-8859-1 is wrong when the bytes are UTF-8.
    assert decode_html(vi.encode(), "iso-8859-1") == vi
    assert decode_html(b"\xef\xbb\xbf" + vi.encode(), "windows-1258") == vi
    assert decode_html(cp1258(vi), "windows-1258") == vi
    meta = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></head><body>{vi}</body></html>'
    assert vi in decode_html(cp1258(meta), None)
    latin = "<html><head><meta charset='latin-1'></head><body>Café Moskva</body></html>"
    assert "Café Moskva" in decode_html(latin.encode("latin-1"), None)
    assert vi in decode_html(cp1258(f"<p>{vi}</p>"), "no-such-charset")  # unknown label: guessed


async def test_failures_come_back_as_reasons(site: NewsServer) -> None:
    site.set("/anh.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, content_type="image/png")
    cases = {
        "/khong-co.html": "404",
        "/a/the-gioi/cham-4867.html": "không trả lời kịp",
        "/a/the-gioi/trang-khong-lo-4865.html": "quá lớn",  # Content-Length says 20 MB
        "/a/the-gioi/trang-khong-lo-2-4864.html": "quá lớn",  # streamed, no length
    }
    for path, words in cases.items():
        got = await fetch_article(site.url(path), config=FAST)
        assert isinstance(got, Unreadable), path
        assert words in got.reason, (path, got.reason)
    png = await fetch_article(site.url("/anh.png"), config=FAST)
    assert not isinstance(png, Article) and not isinstance(png, Unreadable)
    assert "image/png" in png.reason
    for bad in ("ftp://example.org/x", "không phải url"):
        got = await fetch_article(bad, config=FAST)
        assert isinstance(got, Unreadable) and "http" in got.reason


def test_html_article_keeps_its_signature_for_files() -> None:
    html = page(
        "Tin Nhanh",
        MEETING_A["title"],
        MEETING_A["sapo"],
        MEETING_A["paragraphs"],
        canonical="https://tinnhanh.example/bai.html",
    )
    art = html_article(html, source="bai.html")
    assert isinstance(art, Article)
    assert art.url == "https://tinnhanh.example/bai.html"
    empty = html_article("<html><body><nav>Trang chủ</nav></body></html>", source="rong.html")
    assert not isinstance(empty, Article) and empty.path == "rong.html"


# ----------------------------------------------------------------- ingest URL


async def test_ingest_urls_reports_each_failure_and_goes_on(
    site: NewsServer, empty_store: Store
) -> None:
    urls = [
        site.url(A),
        site.url("/khong-co.html"),
        site.url("/a/the-gioi/cham-4867.html"),
        "ftp://x/y",
        site.url(E),
    ]
    report = await ingest_urls(empty_store, urls, config=FAST)
    assert report.articles == 2 and report.new_articles == 2
    bad = {s.path: s.reason for s in report.skipped}
    assert set(bad) == {
        site.url("/khong-co.html"),
        site.url("/a/the-gioi/cham-4867.html"),
        "ftp://x/y",
    }
    assert all(isinstance(s, Unreadable) for s in report.skipped)
    names = [{p.name for p in m.participants} for m in report.meetings]
    assert any("Vyacheslav Volodin" in n for n in names)
    assert any("Bùi Thanh Sơn" in n for n in names)
    volodin = next(
        m for m in report.meetings if "Vyacheslav Volodin" in {p.name for p in m.participants}
    )
    assert volodin.sources == [site.url(A)]


async def test_same_page_by_any_url_is_stored_once(site: NewsServer, empty_store: Store) -> None:
    site.set("/short/a", status=301, location="{base}" + A)
    first = await ingest_urls(empty_store, [site.url(A)], config=FAST)
    meetings = await empty_store.count_meetings()
    hits = site.hits[A]
    again = await ingest_urls(
        empty_store,
        [site.url(A) + "?utm_source=facebook&utm_medium=social#binh-luan", site.url("/short/a")],
        config=FAST,
    )
    assert again.articles == 2 and again.new_articles == 0
    assert {m.id for m in again.meetings} == {m.id for m in first.meetings}
    assert (
        await empty_store.count_articles() == 1 and await empty_store.count_meetings() == meetings
    )
    # The tracking link needs no fetch; the short link is fetched once.
    assert site.hits[A] == hits + 1
    third = await ingest_urls(empty_store, [site.url("/short/a")], config=FAST)
    assert site.hits["/short/a"] == 1 and third.new_articles == 0  # remembered as an alias


async def test_republished_copy_is_a_near_duplicate(site: NewsServer, empty_store: Store) -> None:
    first = await ingest_urls(empty_store, [site.url(C)], config=FAST)
    copy = await ingest_urls(empty_store, [site.url(D)], config=FAST)
    assert first.new_articles == 1 and copy.new_articles == 0 and copy.articles == 1
    assert await empty_store.count_articles() == 1
    assert {m.id for m in copy.meetings} == {m.id for m in first.meetings}


async def test_file_ingested_first_is_recognised_by_text(
    site: NewsServer, empty_store: Store
) -> None:
    art = await fetch_article(site.url(A), config=FAST)
    assert isinstance(art, Article)
    await ingest(
        empty_store, [Article(text=art.text.upper().replace("\n", "\n\n"), source="ban-sao.txt")]
    )
    dup = await ingest_urls(empty_store, [site.url(A)], config=FAST)
    assert dup.new_articles == 0 and await empty_store.count_articles() == 1


def test_normalize_url() -> None:
    assert (
        normalize_url("HTTPS://Tin.Example:443/a/b.html?utm_source=rss&id=5&fbclid=x#c")
        == "https://tin.example/a/b.html?id=5"
    )
    assert normalize_url("http://tin.example") == "http://tin.example/"
    assert normalize_url("http://127.0.0.1:8080/x?zarsrc=1") == "http://127.0.0.1:8080/x"


def test_fingerprints_tell_copies_from_other_reports() -> None:
    c = " ".join([MEETING_C["sapo"], *MEETING_C["paragraphs"]])
    a = " ".join([MEETING_A["sapo"], *MEETING_A["paragraphs"]])
    copy = (
        "Chủ tịch Quốc hội hội đàm với Chủ tịch Duma Quốc gia Nga Volodin\n"
        + c
        + "\n(Theo Quốc tế Ngày nay)"
    )
    fc, fcopy, fa = fingerprint(c), fingerprint(copy), fingerprint(a)
    assert near_identical(fc, fcopy)
    assert not near_identical(fc, fa)  # another outlet's own report of the same meeting
    assert fingerprint(c.upper()).exact == fc.exact  # case and marks are folded away
    shuffled = "\n".join(
        [
            "Tin ảnh: lễ đón chính thức tại Nhà Quốc hội sáng nay, nhiều người dân có mặt.",
            *reversed(MEETING_C["paragraphs"]),
        ]
    )
    assert near_identical(fingerprint(c), fingerprint(shuffled))  # most long sentences shared


async def test_find_duplicate_needs_no_fingerprint_of_short_texts(empty_store: Store) -> None:
    short = Article(text="Tin ngắn.", source="x")
    assert await empty_store.find_duplicate(short, fingerprint(short.text)) is None


# ----------------------------------------------------------------- CLI


def test_cli_ingest_url_json(
    site: NewsServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    db = str(tmp_path / "cli.db")
    code = main(["--db", db, "ingest", site.url(A), site.url("/khong-co.html"), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1  # an unreachable URL is an error, like an unreadable path
    assert out["articles"] == 1
    assert [s["path"] for s in out["skipped"]] == [site.url("/khong-co.html")]
    assert any(site.url(A) in m["sources"] for m in out["meetings"])
