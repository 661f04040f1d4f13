"""The ``briefing`` command line.

Commands that only read the store (ask, meetings, digest) must stay light: they never
import python-telegram-bot, so a question is answered in well under a second.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.errors import SettingsError


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    env = os.environ.get("BRIEFING_DB")
    if env:
        return Path(env).expanduser()
    from store.storage.db import default_db_path

    return default_db_path()


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


async def _open(args: argparse.Namespace, seed: bool = True):
    from store.services.ingest import ensure_seeded
    from store.storage.db import Store

    store = await Store.open(_db_path(args))
    if seed:
        await ensure_seeded(store)
    return store


# ------------------------------------------------------------------ commands


async def cmd_ingest(args: argparse.Namespace) -> int:
    from store.language.models import IngestReport
    from store.services.sources import Unreadable, load_paths

    urls = [p for p in args.paths if p.startswith(("http://", "https://"))]
    paths = [p for p in args.paths if p not in urls]
    store = await _open(args, seed=False)
    try:
        items = list(
            _with_progress(load_paths(paths), enabled=not args.json and sys.stderr.isatty())
        )
        report = await store.ingest(items)
        if urls:
            from bot.feeds_cli import ingest_urls

            extra: IngestReport = await ingest_urls(urls, store)
            report.articles += extra.articles
            report.meetings += [
                m for m in extra.meetings if m.id not in {x.id for x in report.meetings}
            ]
            report.skipped += extra.skipped
    finally:
        await store.close()
    if args.json:
        _print_json(report.public())
    else:
        print(f"Đã xử lý {report.articles} bài, {len(report.meetings)} cuộc gặp.")
        for m in report.meetings:
            names = " – ".join(p.name for p in m.participants)
            print(f"  • {m.date or 'không rõ ngày'} | {m.place or '—'} | {m.kind} | {names}")
        for s in report.skipped:
            print(f"  ⚠ bỏ qua {s.path}: {s.reason}")
    unreadable = any(isinstance(s, Unreadable) for s in report.skipped)
    return 1 if unreadable else 0


def _with_progress(items, enabled: bool):
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(desc="Đang nạp", unit=" bài", file=sys.stderr) as bar:
        for item in items:
            bar.update(1)
            yield item


async def cmd_meetings(args: argparse.Namespace) -> int:
    store = await _open(args)
    try:
        meetings = await store.meetings()
    finally:
        await store.close()
    if args.json:
        _print_json([m.public() for m in meetings])
        return 0
    from store.language.wording import meeting_line

    for m in meetings:
        print(meeting_line(m))
    return 0


async def cmd_ask(args: argparse.Namespace) -> int:
    from store.services.answer import ask

    question = " ".join(args.question)
    store = await _open(args)
    try:
        result = await ask(store, question)
    finally:
        await store.close()
    if args.json:
        _print_json(result.public())
    else:
        print(result.answer)
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from bot.app import run
    from bot.settings import load_settings

    settings = load_settings()
    run(
        settings,
        _db_path(args) if (args.db or not settings.briefing_db) else settings.briefing_db,
        webhook=args.webhook,
    )
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import run_console

    run_console(_db_path(args), sys.stdin, sys.stdout)
    return 0


async def cmd_digest(args: argparse.Namespace) -> int:
    from bot.digest_cli import run_digest

    store = await _open(args)
    try:
        return await run_digest(args, store)
    finally:
        await store.close()


async def cmd_subscriptions(args: argparse.Namespace) -> int:
    from bot.digest_cli import run_subscriptions

    store = await _open(args, seed=False)
    try:
        return await run_subscriptions(args, store)
    finally:
        await store.close()


async def cmd_feeds(args: argparse.Namespace) -> int:
    from bot.feeds_cli import run_feeds

    store = await _open(args, seed=False)
    try:
        return await run_feeds(args, store)
    finally:
        await store.close()


# ------------------------------------------------------------------ parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="briefing",
        description="Bản tin Việt–Nga: tra cứu các cuộc gặp cấp cao Việt Nam – Nga.",
    )
    parser.add_argument(
        "--db", help="database file (default: $BRIEFING_DB or the user data folder)"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="ingest article files, folders or URLs")
    p.add_argument("paths", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("meetings", help="every meeting, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_meetings)

    p = sub.add_parser("ask", help="answer a question as the bot would")
    p.add_argument("question", nargs="+")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("run", help="run the Telegram bot")
    p.add_argument("--webhook", action="store_true", help="webhook mode instead of long polling")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("chat", help="a local console that talks to the bot's handlers")
    p.set_defaults(func=cmd_chat)

    try:
        from bot.digest_cli import add_parsers as add_digest_parsers
    except ImportError:
        add_digest_parsers = None
    if add_digest_parsers:
        add_digest_parsers(sub, cmd_digest, cmd_subscriptions)

    try:
        from bot.feeds_cli import add_parsers as add_feed_parsers
    except ImportError:
        add_feed_parsers = None
    if add_feed_parsers:
        add_feed_parsers(sub, cmd_feeds)

    for action in sub.choices.values():
        action.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        result = args.func(args)
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
        return int(result or 0)
    except SettingsError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
