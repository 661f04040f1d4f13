"""`briefing feeds …` and the URL half of `briefing ingest`.

    briefing feeds add URL [--interval MIN]
    briefing feeds list [--json]
    briefing feeds remove URL|ID
    briefing feeds poll [--json] [--timeout SEC]

Exit codes: 0 done; 1 a feed (or URL) failed, or nothing matched; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

# The store modules are imported when a command runs: `briefing ask` builds this parser
# too and must not pay for feedparser, httpx and the extractor.
if TYPE_CHECKING:
    from store.language.models import IngestReport
    from store.services.feeds import FeedReport
    from store.services.web import FetchConfig
    from store.storage.db import Store


def add_parsers(subparsers: argparse._SubParsersAction, handler: Callable | None = None) -> None:
    """Add the `feeds` command; ``handler(args)`` opens the store and calls ``run_feeds``."""
    p = subparsers.add_parser("feeds", help="news feeds (RSS/Atom) polled for new meetings")
    if handler is not None:
        p.set_defaults(func=handler)
    sub = p.add_subparsers(dest="feeds_command", required=True)

    a = sub.add_parser("add", help="add a feed (or change its interval)")
    a.add_argument("url")
    a.add_argument(
        "--interval",
        type=int,
        default=None,
        metavar="MIN",
        help="minutes between polls (default 30)",
    )

    a = sub.add_parser("list", help="the feeds and their last poll")
    a.add_argument("--json", action="store_true")

    a = sub.add_parser("remove", help="remove a feed by URL or id")
    a.add_argument("feed", metavar="URL|ID")

    a = sub.add_parser("poll", help="poll every feed once, now")
    a.add_argument("--json", action="store_true")
    a.add_argument("--timeout", type=float, default=None, metavar="SEC", help="per-request timeout")


async def run_feeds(args: argparse.Namespace, store: Store) -> int:
    from store.services.feeds import FeedError

    cmd = args.feeds_command
    try:
        if cmd == "add":
            return await _add(args, store)
        if cmd == "list":
            return await _list(args, store)
        if cmd == "remove":
            return await _remove(args, store)
        if cmd == "poll":
            return await _poll(args, store)
    except FeedError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    raise AssertionError(cmd)  # argparse only allows the commands above


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


async def _add(args: argparse.Namespace, store: Store) -> int:
    from store.services.feeds import add_feed

    feed, created = await add_feed(store, args.url, args.interval)
    if created:
        print(f"Đã thêm nguồn tin #{feed.id}: {feed.url} (mỗi {feed.interval_min} phút).")
        print("Chạy `briefing feeds poll` để lấy tin ngay.")
    else:
        print(f"Nguồn tin #{feed.id} đã có; chu kỳ nay là {feed.interval_min} phút.")
    return 0


async def _list(args: argparse.Namespace, store: Store) -> int:
    from store.services.feeds import feed_stats, list_feeds

    if args.json:
        _print_json((await feed_stats(store))["per_feed"])
        return 0
    feeds = await list_feeds(store)
    if not feeds:
        print("Chưa có nguồn tin nào. Thêm bằng: briefing feeds add URL")
        return 0
    for f in feeds:
        state = {
            None: "chưa lấy tin",
            "ok": "tốt",
            "not-modified": "không đổi",
            "error": f"lỗi ({f.errors} lần): {f.last_error}",
        }.get(f.last_status, f.last_status)
        print(f"#{f.id}  {f.title or '(chưa rõ tên)'}")
        print(f"     {f.url}")
        print(
            f"     mỗi {f.interval_min} phút · lần cuối: {_when(f.last_poll_at)} · {state}"
            f" · đã thêm {f.articles_added} bài, {f.meetings_added} cuộc gặp"
        )
    return 0


def _when(iso: str | None) -> str:
    return iso.replace("T", " ")[:16] + " UTC" if iso else "chưa"


async def _remove(args: argparse.Namespace, store: Store) -> int:
    from store.services.feeds import remove_feed

    feed = await remove_feed(store, args.feed)
    if feed is None:
        print(
            f"Không có nguồn tin “{args.feed}”. Xem danh sách: briefing feeds list", file=sys.stderr
        )
        return 1
    print(f"Đã xoá nguồn tin #{feed.id}: {feed.url}")
    return 0


async def _poll(args: argparse.Namespace, store: Store) -> int:
    from store.services.feeds import poll_all
    from store.services.web import FetchConfig

    config = (
        FetchConfig()
        if args.timeout is None
        else FetchConfig(timeout=args.timeout, deadline=max(3 * args.timeout, 1.0))
    )
    report = await poll_all(store, config=config, force=True)
    if args.json:
        _print_json(report.public())
    elif not report.feeds:
        print("Chưa có nguồn tin nào. Thêm bằng: briefing feeds add URL")
    else:
        for f in report.feeds:
            print(feed_line(f))
            for p in f.failed:
                print(f"     ⚠ {p.url}: {p.reason}")
        print(
            f"Tổng: {report.new_articles} bài mới, {report.new_meetings} cuộc gặp mới, {report.errors} nguồn lỗi."
        )
    return 1 if report.errors else 0


def feed_line(f: FeedReport) -> str:
    name = f.title or f.url
    if f.status == "error":
        return f"✗ {name}: {f.error}; thử lại sau {_when(f.next_poll_at)}"
    if f.status == "not-modified":
        return f"– {name}: không có gì mới (máy chủ báo không đổi)"
    if f.status == "waiting":
        return f"… {name}: đang tạm dừng sau lỗi, thử lại sau {_when(f.next_poll_at)}"
    return (
        f"✓ {name}: {f.new} bài mới, {f.new_meetings} cuộc gặp mới"
        f" · {f.repeated} tin đã xử lý trước · {f.duplicates} bài trùng · {f.irrelevant} tin không liên quan"
        + (f" · {len(f.failed)} tin lỗi" if f.failed else "")
    )


async def ingest_urls(
    urls: Sequence[str], store: Store, *, config: FetchConfig | None = None
) -> IngestReport:
    """`briefing ingest URL…`: fetch, extract and store each page; failures are reported
    as ``Unreadable`` items (the CLI exits non-zero for those) and the others go on."""
    from store.services.web import ingest_urls as ingest

    return await ingest(store, urls, config=config)
