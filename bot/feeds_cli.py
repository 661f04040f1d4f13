"""`briefing feeds …`.

    briefing feeds add URL [--interval MIN]
    briefing feeds list [--json]
    briefing feeds remove URL|ID
    briefing feeds poll [--json] [--timeout SEC]
    briefing feeds import FILE|- [--json]
    briefing feeds export [--output FILE]

Exit codes: 0 done; 1 a feed (or URL) failed, or nothing matched; 2 bad arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.cli_parser import float_value, int_value
from store.language.localtime import zone as default_zone

# The store modules are imported when a command runs: `briefing ask` builds this parser
# too and must not pay for feedparser, httpx and the extractor.
if TYPE_CHECKING:
    from store.services.feeds import FeedReport
    from store.storage.db import Store


def add_parsers(
    subparsers: argparse._SubParsersAction, handler: Callable | None = None, *, json_help: str = ""
) -> None:
    """Add the `feeds` command; ``handler(args)`` opens the store and calls ``run_feeds``."""
    p = subparsers.add_parser(
        "feeds",
        help="nguồn tin RSS/Atom mà bot đọc định kỳ",
        description=(
            "Thêm, xem, xoá, đọc ngay, nhập và xuất (OPML) các nguồn tin RSS hoặc Atom. Khi\n"
            "`briefing run` chạy, mỗi nguồn được đọc theo chu kỳ của nó; chỉ các bài về cuộc gặp\n"
            "Việt Nam – Nga được giữ (nội dung bài quyết định, không chỉ tiêu đề).\n"
            "Giờ in ra là giờ địa phương theo BRIEFING_TZ (mặc định Asia/Ho_Chi_Minh)."
        ),
        epilog=(
            "Ví dụ:\n"
            "  briefing feeds add https://bao.example/rss/the-gioi.rss --interval 30\n"
            "  briefing feeds poll"
        ),
    )
    p.set_defaults(help_parser=p)
    if handler is not None:
        p.set_defaults(func=handler)
    sub = p.add_subparsers(dest="feeds_command", title="lệnh", metavar="LỆNH")

    a = sub.add_parser(
        "add",
        help="thêm một nguồn tin (hoặc đổi chu kỳ của nó)",
        description="Thêm một nguồn tin RSS hoặc Atom theo địa chỉ http(s)://; nếu đã có thì đổi chu kỳ.",
        epilog=(
            "Ví dụ:\n"
            "  briefing feeds add https://bao.example/rss/the-gioi.rss\n"
            "  briefing feeds add https://bao.example/atom.xml --interval 60"
        ),
    )
    a.add_argument("url", metavar="URL", help="địa chỉ http(s):// của nguồn RSS/Atom")
    a.add_argument(
        "--interval",
        type=int_value,
        default=None,
        metavar="PHÚT",
        help="số phút giữa hai lần đọc (mặc định 30)",
    )

    a = sub.add_parser(
        "list",
        help="các nguồn tin và lần đọc gần nhất",
        description="Liệt kê các nguồn tin: số thứ tự, địa chỉ, chu kỳ, lần đọc gần nhất (giờ địa phương) và kết quả.",
        epilog="Ví dụ:\n  briefing feeds list\n  briefing feeds list --json",
    )
    a.add_argument("--json", action="store_true", help=json_help)

    a = sub.add_parser(
        "remove",
        help="xoá một nguồn tin theo địa chỉ hoặc số thứ tự",
        description="Xoá một nguồn tin; các bài đã nạp từ nó vẫn được giữ.",
        epilog=(
            "Ví dụ:\n"
            "  briefing feeds remove 2\n"
            "  briefing feeds remove https://bao.example/rss/the-gioi.rss"
        ),
    )
    a.add_argument("feed", metavar="URL|SỐ", help="địa chỉ hoặc số thứ tự (#) trong `feeds list`")

    a = sub.add_parser(
        "poll",
        help="đọc mọi nguồn tin một lần, ngay bây giờ",
        description=(
            "Đọc mọi nguồn tin một lần, ngay bây giờ (kể cả nguồn chưa đến hạn), nạp các bài mới\n"
            "và in kết quả từng nguồn. Mã thoát 1 nếu có nguồn lỗi."
        ),
        epilog="Ví dụ:\n  briefing feeds poll\n  briefing feeds poll --json --timeout 10",
    )
    a.add_argument("--json", action="store_true", help=json_help)
    a.add_argument(
        "--timeout",
        type=float_value,
        default=None,
        metavar="GIÂY",
        help="thời gian chờ tối đa cho mỗi yêu cầu mạng (mặc định 10)",
    )

    a = sub.add_parser(
        "import",
        help="thêm các nguồn tin từ một tệp OPML",
        description=(
            "Thêm mọi nguồn tin có trong một tệp OPML (tệp mà các trình đọc RSS xuất ra khi\n"
            "sao lưu danh sách nguồn); nguồn đã có được giữ nguyên. `-` đọc từ đầu vào chuẩn."
        ),
        epilog=(
            "Ví dụ:\n"
            "  briefing feeds import nguon-tin.opml\n"
            "  briefing feeds export --output sao-luu.opml && briefing feeds import sao-luu.opml"
        ),
    )
    a.add_argument("file", metavar="TỆP", help="đường dẫn tệp .opml, hoặc - cho đầu vào chuẩn")
    a.add_argument("--json", action="store_true", help=json_help)

    a = sub.add_parser(
        "export",
        help="xuất các nguồn tin thành tệp OPML",
        description=(
            "In danh sách nguồn tin dưới dạng OPML 2.0 (nhập được vào mọi trình đọc RSS, và vào\n"
            "`briefing feeds import` trên máy khác), hoặc ghi vào tệp với --output."
        ),
        epilog=(
            "Ví dụ:\n"
            "  briefing feeds export > nguon-tin.opml\n"
            "  briefing feeds export --output sao-luu.opml"
        ),
    )
    a.add_argument("--output", "-o", metavar="TỆP", default=None, help="ghi vào tệp này")


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
        if cmd == "import":
            return await _import(args, store)
        if cmd == "export":
            return await _export(args, store)
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
            f"     mỗi {f.interval_min} phút · lần cuối: {_when(f.last_poll_at, _zone(args))} · {state}"
            f" · đã thêm {f.articles_added} bài, {f.meetings_added} cuộc gặp"
        )
    return 0


def _zone(args: argparse.Namespace) -> ZoneInfo:
    settings = getattr(args, "settings", None)
    return settings.tz if settings is not None else default_zone()


def _when(iso: str | None, zone: ZoneInfo) -> str:
    """A stored UTC instant in local time (BRIEFING_TZ), e.g. "14/01/2025 17:30"."""
    if not iso:
        return "chưa"
    try:
        moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    return f"{moment.astimezone(zone):%d/%m/%Y %H:%M}"


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
            print(feed_line(f, _zone(args)))
            for p in f.failed:
                print(f"     ⚠ {p.url}: {p.reason}")
        print(
            f"Tổng: {report.new_articles} bài mới, {report.new_meetings} cuộc gặp mới, {report.errors} nguồn lỗi."
        )
    return 1 if report.errors else 0


async def _import(args: argparse.Namespace, store: Store) -> int:
    from store.services.opml import OpmlError, import_opml

    try:
        data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as exc:
        print(f"Không đọc được tệp «{args.file}»: {exc.strerror or exc}.", file=sys.stderr)
        return 1
    try:
        report = await import_opml(store, data)
    except OpmlError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(report.public())
        return 0
    for f in report.added:
        print(f"+ #{f.id}  {f.title or f.url}  ({f.url})")
    for url, reason in report.skipped:
        print(f"⚠ {url}: {reason}")
    print(
        f"Đã thêm {len(report.added)} nguồn tin, {len(report.known)} nguồn đã có"
        + (f", bỏ qua {len(report.skipped)}" if report.skipped else "")
        + "."
    )
    return 0


async def _export(args: argparse.Namespace, store: Store) -> int:
    from store.services.opml import export_opml

    data = await export_opml(store)
    if args.output:
        try:
            Path(args.output).write_bytes(data)
        except OSError as exc:
            print(f"Không ghi được tệp «{args.output}»: {exc.strerror or exc}.", file=sys.stderr)
            return 1
        print(f"Đã ghi danh sách nguồn tin vào {args.output}.", file=sys.stderr)
        return 0
    sys.stdout.write(data.decode("utf-8"))
    return 0


def feed_line(f: FeedReport, zone: ZoneInfo | None = None) -> str:
    zone = zone or default_zone()
    name = f.title or f.url
    if f.status == "error":
        return f"✗ {name}: {f.error}; thử lại sau {_when(f.next_poll_at, zone)}"
    if f.status == "not-modified":
        return f"– {name}: không có gì mới (máy chủ báo không đổi)"
    if f.status == "waiting":
        return f"… {name}: đang tạm dừng sau lỗi, thử lại sau {_when(f.next_poll_at, zone)}"
    return (
        f"✓ {name}: {f.new} bài mới, {f.new_meetings} cuộc gặp mới"
        f" · {f.repeated} tin đã xử lý trước · {f.duplicates} bài trùng · {f.irrelevant} tin không liên quan"
        + (f" · {len(f.failed)} tin lỗi" if f.failed else "")
        + (f" · {f.deferred} tin để lần sau" if f.deferred else "")
    )
