"""The ``briefing`` command line.

Commands that only read the store (ask, meetings, digest) must stay light: they never
import python-telegram-bot, so a question is answered in well under a second.

Every failure a user can cause ends as one Vietnamese sentence on stderr and a non-zero
exit code (1: the command failed, 2: bad arguments or settings, 130: Ctrl-C); the
traceback is shown only with --debug or BRIEFING_DEBUG=1.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli_parser import Parser
from bot.errors import SettingsError, UserError, explain, one_line

if TYPE_CHECKING:
    from bot.settings import Settings


def _db_path(args: argparse.Namespace, settings: Settings | None = None) -> Path | str:
    """The SQLite file, or the PostgreSQL URL when BRIEFING_DATABASE_URL is set (it names
    the database every replica shares, so it wins over --db and BRIEFING_DB)."""
    url = settings.database_url if settings else os.environ.get("BRIEFING_DATABASE_URL")
    return url or _sqlite_path(args, settings)


def _sqlite_path(args: argparse.Namespace, settings: Settings | None = None) -> Path:
    """The SQLite file: --db, else BRIEFING_DB, else the default in the user's data folder."""
    if getattr(args, "db", None):
        return Path(args.db).expanduser()
    configured = settings.briefing_db if settings else os.environ.get("BRIEFING_DB")
    if configured:
        return Path(configured).expanduser()
    from store.storage.db import default_db_path

    return default_db_path()


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


async def _open(args: argparse.Namespace, seed: bool = True):
    from store.storage.backends import open_store

    store = await open_store(args.db_path)
    try:
        # The ingest pipeline is imported only for an empty store (a question's start-up).
        if seed and not await store.count_articles():
            from store.services.ingest import ensure_seeded

            await ensure_seeded(store)
    except BaseException:
        await store.close()
        raise
    return store


# ------------------------------------------------------------------ commands


async def cmd_ingest(args: argparse.Namespace) -> int:
    from itertools import chain

    from store.services.ingest import ingest, set_workers
    from store.services.sources import Unreadable, load_paths

    set_workers(args.settings.briefing_ingest_workers if args.settings else None)
    urls = [p for p in args.paths if p.startswith(("http://", "https://"))]
    paths = [p for p in args.paths if p not in urls]
    store = await _open(args, seed=False)
    try:
        pages = []
        if urls:
            from store.services.web import fetch_urls

            pages = await fetch_urls(store, urls)
        items = chain(load_paths(paths), pages)
        progress = _with_progress(items, enabled=not args.json and sys.stderr.isatty())
        report = await ingest(store, progress)
    finally:
        await store.close()
    if args.json:
        _print_json(
            report.public()
            | {"new_articles": report.new_articles, "new_meetings": report.new_meetings}
        )
    else:
        print(ingest_summary(report))
        from store.language.cards import UNKNOWN_DATE, UNKNOWN_PLACE

        for m in report.meetings:
            names = " – ".join(p.name for p in m.participants)
            print(f"  • {m.date or UNKNOWN_DATE} | {m.place or UNKNOWN_PLACE} | {m.kind} | {names}")
        for s in report.skipped:
            print(f"  ⚠ bỏ qua {s.path}: {s.reason}")
    unreadable = any(isinstance(s, Unreadable) for s in report.skipped)
    return 1 if unreadable else 0


def ingest_summary(report) -> str:  # noqa: ANN001 - IngestReport, imported lazily
    """What an ingest changed: new against already stored, for articles and meetings."""
    known_articles = report.articles - report.new_articles
    known_meetings = max(len(report.meetings) - report.new_meetings, 0)
    line = (
        f"Đã đọc {report.articles} bài: {report.new_articles} bài mới, "
        f"{known_articles} bài đã có; {report.new_meetings} cuộc gặp mới, "
        f"{known_meetings} cuộc gặp đã có"
    )
    if report.skipped:
        line += f"; {len(report.skipped)} mục bỏ qua"
    return line + "."


def _with_progress(items, enabled: bool):
    if not enabled:
        yield from items
        return
    from tqdm import tqdm

    with tqdm(desc="Đang đọc", unit=" bài", file=sys.stderr) as bar:
        for item in items:
            bar.update(1)
            yield item


async def _with_store(args: argparse.Namespace, run, seed: bool = True) -> int:  # noqa: ANN001
    store = await _open(args, seed=seed)
    try:
        return int(await run(args, store) or 0)
    finally:
        await store.close()


async def cmd_meetings(args: argparse.Namespace) -> int:
    from bot.browse_cli import run_meetings

    return await _with_store(args, run_meetings)


async def cmd_articles(args: argparse.Namespace) -> int:
    from bot.browse_cli import run_articles

    return await _with_store(args, run_articles)


async def cmd_corrections(args: argparse.Namespace) -> int:
    from bot.browse_cli import run_corrections

    return await _with_store(args, run_corrections, seed=False)


async def cmd_chart(args: argparse.Namespace) -> int:
    from bot.browse_cli import run_chart

    return await _with_store(args, run_chart)


@contextmanager
def _first_import(module: str) -> Iterator[None]:
    """Imports ``module`` (when not imported yet) with the garbage collector paused, then
    freezes what the import built. The answering modules and the lexicon are a few hundred
    thousand objects that live as long as the process: collections during their import free
    nothing, and left in the young generation they would all be walked by the next one.
    `briefing ask` 0.18 -> 0.15 s (bench/bench_startup.py)."""
    if module in sys.modules:
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


async def cmd_ask(args: argparse.Namespace) -> int:
    with _first_import("store.services.answer"):
        from store.services.answer import ask

    question = " ".join(args.question).strip()
    if not question:
        raise SettingsError('Câu hỏi trống; ví dụ: briefing ask "Tô Lâm gặp Putin khi nào?".')
    store = await _open(args)
    try:
        lang = None if args.lang == "auto" else args.lang
        result = await ask(store, question, quote_all=args.json, lang=lang)
    finally:
        await store.close()
    if args.json:
        _print_json(result.public())
    else:
        from store.language.cards import quote_items
        from store.language.citation import with_urls

        # As the bot words it, each cited source followed by its address.
        text = quote_items(result.answer, result.results, result.quotes, result.offset)
        print(with_urls(text, result.results))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    if args.webhook and args.settings.database_url:
        # One of several replicas on a shared database (bot.webserver).
        from bot.webserver import run_replica

        run_replica(args.settings, args.db_path)
        return 0
    from bot.app import run

    run(args.settings, args.db_path, webhook=args.webhook, debug=args.debug)
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.console import run_console

    run_console(args.db_path, sys.stdin, sys.stdout)
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


async def cmd_copy(args: argparse.Namespace) -> int:
    from store.storage.backends import is_url
    from store.storage.db import Store
    from store.storage.pg import PgStore
    from store.storage.transfer import TransferError, copy_sqlite_to_pg

    target = args.url or (args.settings.database_url if args.settings else None)
    if not target or not is_url(target):
        raise SettingsError(
            "Cần địa chỉ PostgreSQL đích: briefing copy postgresql://người-dùng@máy/csdl"
            " (hoặc đặt BRIEFING_DATABASE_URL)."
        )
    source = _sqlite_path(args, args.settings)
    if not source.exists():
        raise UserError(f"Không có tệp SQLite {source} để chép.")
    lite = await Store.open(source)  # brings an older file to the latest schema first
    await lite.close()
    dest = await PgStore.open(target)
    try:
        copied = await copy_sqlite_to_pg(source, dest)
    except TransferError as exc:
        raise UserError(str(exc)) from exc
    finally:
        await dest.close()
    if args.json:
        _print_json({"source": str(source), "copied": copied})
    else:
        rows = sum(copied.values())
        print(
            f"Đã chép {rows:,} dòng ({copied.get('articles', 0):,} bài báo, "
            f"{copied.get('meetings', 0):,} cuộc gặp, {copied.get('subscriptions', 0):,} đăng ký"
            f" bản tin) từ {source} sang PostgreSQL."
        )
    return 0


# ------------------------------------------------------------------ parser

JSON_HELP = "in kết quả dạng JSON (UTF-8) thay vì văn bản, để dùng trong script"
DB_HELP = (
    "tệp cơ sở dữ liệu SQLite (mặc định: $BRIEFING_DB, nếu không thì briefing.db trong thư mục "
    "dữ liệu người dùng)"
)

DESCRIPTION = (
    "Bản tin Việt–Nga: tra cứu các cuộc gặp cấp cao Việt Nam – Nga trong các bài báo tiếng Việt."
)
EPILOG = """\
Bắt đầu:
  briefing chat                                 trò chuyện thử với bot ngay trên máy (không cần token)
  briefing ask "Tô Lâm gặp Putin khi nào?"      hỏi một câu, in câu trả lời
  briefing ingest bai-viet.html https://bao.example/bai.html   nạp thêm bài
  briefing run                                  chạy bot Telegram (cần TELEGRAM_BOT_TOKEN)

Cơ sở dữ liệu: --db TỆP, nếu không có thì biến BRIEFING_DB (môi trường hoặc tệp .env), nếu không
nữa thì briefing.db trong thư mục dữ liệu người dùng (~/.local/share/ban-tin-viet-nga/ trên Linux);
lần đầu đọc một cơ sở dữ liệu trống, các bài mẫu có sẵn được nạp trước.
Khi lỗi: một câu trên stderr, mã thoát 1 (lệnh không thành) hoặc 2 (sai đối số, sai cài đặt), 130
khi bấm Ctrl-C; thêm --debug (hoặc BRIEFING_DEBUG=1) để xem chi tiết kỹ thuật.
Hướng dẫn từng lệnh: briefing LỆNH --help"""


def _examples(*lines: str) -> str:
    return "Ví dụ:\n" + "\n".join(f"  {line}" for line in lines)


def _command(argv: Sequence[str]) -> str | None:
    """The command word of a command line (after the options of `briefing` itself)."""
    skip = False
    for word in argv:
        if skip:
            skip = False
        elif word == "--db":
            skip = True
        elif not word.startswith("-"):
            return word
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; for ``ask`` (a question from a shell, where start-up
    is most of the wait) without the browse, digest, feed and webhook commands, whose
    modules cost 10-20 ms to import."""
    parser = Parser(prog="briefing", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action=_Version, help="in số phiên bản rồi thoát")
    common = [
        (("--db",), {"metavar": "TỆP", "help": DB_HELP}),
        (
            ("--debug",),
            {"action": "store_true", "help": "khi lỗi, in cả chi tiết kỹ thuật (traceback)"},
        ),
    ]
    for flags, options in common:
        parser.add_argument(*flags, **options)
    sub = parser.add_subparsers(dest="command", title="lệnh", metavar="LỆNH")

    p = sub.add_parser(
        "ingest",
        help="nạp bài báo từ tệp, thư mục hoặc trang web",
        description=(
            "Đọc bài báo, trích các cuộc gặp Việt Nam – Nga và lưu vào cơ sở dữ liệu.\n"
            "Nhận: tệp .txt, .html/.htm và .jsonl (mỗi dòng một đối tượng JSON có trường text,\n"
            "tuỳ chọn url, published, title); thư mục (đọc cả thư mục con); địa chỉ http:// hoặc\n"
            "https:// của trang báo. Tệp tối đa 2 MB, mã UTF-8 (tệp Windows-1258, VNI, TCVN3 được\n"
            "tự chuyển). Bài đã có (cùng nội dung hoặc cùng URL) không bị nạp lại; các mục hỏng được\n"
            "liệt kê kèm lý do và phần còn lại vẫn được nạp. Mã thoát 1 khi có đường dẫn hoặc địa\n"
            "chỉ không đọc được."
        ),
        epilog=_examples(
            "briefing ingest seeds/ bai-moi.html tin.jsonl",
            "briefing ingest https://bao.example/thoi-su/bai-viet.html --json",
        ),
    )
    p.add_argument("paths", nargs="+", metavar="NGUỒN", help="tệp, thư mục hoặc địa chỉ http(s)://")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser(
        "ask",
        help="trả lời một câu hỏi như bot trả lời trên Telegram",
        description=(
            "Trả lời một câu hỏi tiếng Việt (có dấu hoặc không), tiếng Anh hoặc tiếng Nga về\n"
            "các cuộc gặp: ai gặp ai, khi nào, ở đâu, bao nhiêu lần, về lĩnh vực nào; kèm nguồn\n"
            "bài báo. Câu trả lời dùng ngôn ngữ của câu hỏi."
        ),
        epilog=_examples(
            'briefing ask "Tô Lâm gặp Medvedev ở đâu?"',
            "briefing ask to lam gap mishustin khi nao --json",
            'briefing ask "When did To Lam meet Putin?" --lang en',
        ),
    )
    p.add_argument(
        "question", nargs="+", metavar="CÂU_HỎI", help="câu hỏi (nên đặt trong ngoặc kép)"
    )
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.add_argument(
        "--lang",
        choices=["auto", "vi", "en", "ru"],
        default="auto",
        help="ngôn ngữ của câu hỏi và câu trả lời (mặc định: tự nhận biết từ câu hỏi)",
    )
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser(
        "run",
        help="chạy bot Telegram (cần TELEGRAM_BOT_TOKEN)",
        description=(
            "Chạy bot Telegram cho đến khi bấm Ctrl-C: nhận tin bằng long polling (mặc định) hoặc\n"
            "webhook, gửi bản tin hằng ngày và đọc các nguồn tin theo lịch.\n"
            "Cần TELEGRAM_BOT_TOKEN: trong Telegram mở @BotFather, gõ /newbot, rồi đặt token nhận\n"
            "được vào biến môi trường hoặc tệp .env ở thư mục hiện tại (TELEGRAM_BOT_TOKEN=123456:ABC…).\n"
            "TELEGRAM_API_BASE_URL trỏ tới một máy chủ Bot API khác. Webhook cần BRIEFING_WEBHOOK_URL\n"
            "(địa chỉ https công khai); tuỳ chọn BRIEFING_WEBHOOK_LISTEN, BRIEFING_WEBHOOK_PORT,\n"
            "BRIEFING_WEBHOOK_SECRET. Không có token? Thử bot ngay trên máy bằng `briefing chat`."
        ),
        epilog=_examples(
            "TELEGRAM_BOT_TOKEN=123456:ABC-DEF briefing run",
            "BRIEFING_WEBHOOK_URL=https://bot.example.vn/tg briefing run --webhook",
        ),
    )
    p.add_argument(
        "--webhook", action="store_true", help="nhận tin qua webhook thay vì long polling"
    )
    p.set_defaults(func=cmd_run)

    p = sub.add_parser(
        "chat",
        help="trò chuyện với bot ngay trên máy, không cần Telegram",
        description=(
            "Mỗi dòng gõ vào là một tin nhắn gửi bot trong chat riêng; nó đi qua đúng các handler\n"
            "của bot Telegram và câu trả lời được in ra dạng văn bản. Không cần token, không cần mạng.\n"
            "Gõ câu hỏi hoặc lệnh (/help xem các lệnh), #số để bấm nút, mũi tên lên/xuống để gọi lại\n"
            "dòng đã gõ. /thoat hoặc Ctrl-D để thoát; Ctrl-C xoá dòng đang gõ, bấm lần nữa để thoát.\n"
            "Trong console bạn là người dùng có id 1001 và chat riêng cũng có id 1001: đăng ký bản\n"
            "tin bằng /dangky rồi xem trước bằng `briefing digest --chat 1001`."
        ),
        epilog=_examples("briefing chat", 'echo "Putin gặp Tô Lâm khi nào?" | briefing chat'),
    )
    p.set_defaults(func=cmd_chat)

    if command != "ask":
        _add_other_parsers(sub)

    p = sub.add_parser(
        "copy",
        help="chép toàn bộ cơ sở dữ liệu SQLite sang PostgreSQL (khi chuyển sang nhiều bản sao)",
        description=(
            "Chép mọi thứ trong tệp SQLite (--db, $BRIEFING_DB hoặc tệp mặc định): bài báo, cuộc\n"
            "gặp và các lần sửa, chat, đăng ký bản tin, nguồn tin, hàng đợi gửi, sang một cơ sở dữ\n"
            "liệu PostgreSQL còn trống, trong một giao dịch (lỗi giữa chừng thì đích vẫn trống).\n"
            "Sau đó đặt BRIEFING_DATABASE_URL để bot dùng PostgreSQL."
        ),
        epilog=_examples(
            "briefing copy postgresql://briefing@localhost/briefing",
            "briefing --db ~/briefing.db copy   # đích là $BRIEFING_DATABASE_URL",
        ),
    )
    p.add_argument("url", nargs="?", help="PostgreSQL đích (mặc định: $BRIEFING_DATABASE_URL)")
    p.add_argument("--json", action="store_true", help=JSON_HELP)
    p.set_defaults(func=cmd_copy)

    # The global options also work after the command: `briefing ask … --db x.db`.
    for command in _commands(parser):
        for flags, options in common:
            command.add_argument(*flags, **{**options, "default": argparse.SUPPRESS})
    return parser


def _commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every (sub)command's parser below ``parser``, e.g. `feeds` and `feeds poll`."""
    found = []
    for action in parser._actions:  # noqa: SLF001 - argparse has no public walk
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for command in action.choices.values():
                found += [command, *_commands(command)]
    return found


class _Version(argparse.Action):
    """--version, looked up only when asked: importlib.metadata costs every other command
    a tenth of `briefing ask`'s start-up."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:  # noqa: A002
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("ban-tin-viet-nga")
    except PackageNotFoundError:  # run from a source tree without installing
        return "(chưa cài đặt)"


# Settings `ask` reads; with none of them given, it skips pydantic-settings (a third of
# its start-up) and takes the defaults, which are valid by construction.
_ALL_SETTINGS_PREFIXES = ("BRIEFING_", "TELEGRAM_")


def _settings(func: object) -> Settings | None:
    """Validated settings; None for `ask` when nothing is configured (no variable, no .env)."""
    configured = any(k.startswith(_ALL_SETTINGS_PREFIXES) and v for k, v in os.environ.items())
    if func is cmd_ask and not configured and not Path(".env").exists():
        return None
    from bot.settings import load_settings

    return load_settings()


def _debug(argv: Sequence[str]) -> bool:
    env = os.environ.get("BRIEFING_DEBUG", "").strip().lower()
    return "--debug" in argv or env in ("1", "true", "yes", "on")


def _add_other_parsers(sub: argparse._SubParsersAction) -> None:
    from bot.browse_cli import add_parsers as add_browse_parsers
    from bot.digest_cli import add_parsers as add_digest_parsers
    from bot.feeds_cli import add_parsers as add_feed_parsers

    browse = {
        "meetings": cmd_meetings,
        "articles": cmd_articles,
        "corrections": cmd_corrections,
        "chart": cmd_chart,
    }
    add_browse_parsers(sub, browse, json_help=JSON_HELP)

    add_digest_parsers(sub, cmd_digest, cmd_subscriptions, json_help=JSON_HELP)
    add_feed_parsers(sub, cmd_feeds, json_help=JSON_HELP)
    from bot.webhook_cli import add_parsers as add_webhook_parsers

    add_webhook_parsers(sub, json_help=JSON_HELP)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = _debug(argv)
    parser = build_parser(_command(argv))
    args = parser.parse_args(argv)
    args.debug = debug
    func = getattr(args, "func", None)
    if func is None or getattr(args, "feeds_command", "") is None:
        # `briefing` or `briefing feeds` alone: the help, not an error.
        getattr(args, "help_parser", parser).print_help()
        return 0
    args.db_path = None
    try:
        args.settings = _settings(func)
        args.db_path = _db_path(args, args.settings)
        result = func(args)
        if asyncio.iscoroutine(result):
            result = asyncio.run(result)
        return int(result or 0)
    except KeyboardInterrupt:
        print("Đã dừng (Ctrl-C).", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `briefing meetings | head`: the reader left, nothing to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as exc:
        return _report(exc, args.db_path, debug)


def _report(exc: Exception, db_path: Path | None, debug: bool) -> int:
    if debug:
        import traceback

        traceback.print_exception(exc)
    error = explain(exc, db_path)
    if error is None:
        error = UserError(
            f"Lỗi không mong đợi ({type(exc).__name__}: {str(exc)[:200]}); "
            "chạy lại với --debug để xem chi tiết."
        )
    print(one_line(str(error)), file=sys.stderr)
    return error.exit_code


if __name__ == "__main__":
    sys.exit(main())
