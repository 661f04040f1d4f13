"""``briefing meetings`` (browse, export, correct), ``briefing articles``, ``briefing
corrections`` and ``briefing chart``: thin mirrors of store.services.browse, .corrections
and .charts. None of them imports python-telegram-bot.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.cli_parser import int_value
from bot.errors import SettingsError, UserError

if TYPE_CHECKING:
    from store.storage.db import Store

FORMATS_HELP = "định dạng: --json (một danh sách), --jsonl (mỗi dòng một cuộc gặp) hoặc --csv"


def actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        return "cli:?"


def _print_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _confirm(question: str, yes: bool) -> None:
    """Go on only when confirmed: --yes, or "c" typed at a terminal."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise SettingsError(f"{question} Thêm --yes để xác nhận khi chạy không tương tác.")
    answer = input(f"{question} Gõ c để xác nhận: ").strip().lower()
    if answer not in ("c", "co", "có", "y", "yes"):
        raise UserError("Đã thôi, không thay đổi gì.")


# ----------------------------------------------------------------- meetings


async def run_meetings(args: argparse.Namespace, store: Store) -> int:
    command = getattr(args, "meetings_command", None)
    if command == "delete":
        return await _delete_meeting(args, store)
    if command == "edit":
        return await _edit_meeting(args, store)
    from store.services.browse import FilterError, Filters, find_meetings, to_csv, to_jsonl

    filters = Filters(args.leader, args.sector, args.date_from, args.date_to, args.place)
    try:
        meetings = await find_meetings(store, filters, limit=args.limit)
    except FilterError as exc:
        raise SettingsError(str(exc)) from None
    if args.json:
        _print_json([m.public() for m in meetings])
    elif args.jsonl:
        sys.stdout.write(to_jsonl(meetings))
    elif args.csv:
        sys.stdout.write(to_csv(meetings))
    else:
        from store.language.citation import compact_source
        from store.language.wording import meeting_line

        for m in meetings:
            source = compact_source(m)
            print(
                f"{m.id}  {meeting_line(m, with_source=False)}" + (f" — {source}" if source else "")
            )
    return 0


async def _delete_meeting(args: argparse.Namespace, store: Store) -> int:
    from store.language.wording import meeting_line
    from store.services.corrections import delete_meeting

    m = await store.meeting(args.id)
    if m is None:
        raise UserError(f"Không có cuộc gặp nào có id {args.id}.")
    _confirm(f"Xoá cuộc gặp {meeting_line(m, with_source=False)}?", args.yes)
    done = await delete_meeting(store, args.id, actor())
    if done is None:
        raise UserError(f"Không có cuộc gặp nào có id {args.id}.")
    print(f"Đã xoá cuộc gặp {args.id} (nhật ký #{done[1]}).")
    return 0


async def _edit_meeting(args: argparse.Namespace, store: Store) -> int:
    from store.services.corrections import EditError, describe_edit, edit_meeting, prepare_edit

    m = await store.meeting(args.id)
    if m is None:
        raise UserError(f"Không có cuộc gặp nào có id {args.id}.")
    wanted = [
        (f, v)
        for f, v in (("date", args.date), ("place", args.place), ("kind", args.kind))
        if v is not None
    ]
    if not wanted:
        raise SettingsError("Cần ít nhất một trong --date, --place, --kind.")
    try:
        edits = [prepare_edit(m, f, v) for f, v in wanted]
    except EditError as exc:
        raise SettingsError(str(exc)) from None
    done = await edit_meeting(store, args.id, edits, actor())
    if done is None:
        raise UserError(f"Không có cuộc gặp nào có id {args.id}.")
    what = "; ".join(describe_edit(m, e) for e in edits)
    print(f"Đã sửa cuộc gặp {args.id}: {what} (nhật ký #{done.correction}).")
    return 0


# ----------------------------------------------------------------- articles, log


async def run_articles(args: argparse.Namespace, store: Store) -> int:
    from store.services.corrections import delete_article, get_article, list_articles

    if args.articles_command == "delete":
        info = await get_article(store, args.id)
        if info is None:
            raise UserError(f"Không có bài nào có id {args.id}.")
        _confirm(
            f"Xoá bài {info.title or info.source} và {info.meetings} liên kết cuộc gặp của nó?",
            args.yes,
        )
        done = await delete_article(store, args.id, actor())
        if done is None:
            raise UserError(f"Không có bài nào có id {args.id}.")
        print(
            f"Đã xoá bài {args.id} (nhật ký #{done.correction}): "
            f"{len(done.deleted_meetings)} cuộc gặp bị xoá theo, "
            f"{len(done.kept_meetings)} cuộc gặp vẫn còn nhờ bài khác."
        )
        return 0
    articles = await list_articles(store, limit=args.limit, search=args.search)
    if args.json:
        _print_json([a.public() for a in articles])
        return 0
    for a in articles:
        copy = f" (bản đăng lại của {a.copy_of})" if a.copy_of else ""
        title = a.title or "(không có tiêu đề)"
        print(f"{a.id}  {a.published or '—':10}  {a.meetings} cuộc gặp  {title}{copy}")
        print(f"{'':18}{a.url or a.source}")
    return 0


async def run_corrections(args: argparse.Namespace, store: Store) -> int:
    from store.services.corrections import list_corrections

    found = await list_corrections(store, limit=args.limit)
    if args.json:
        _print_json([c.public() for c in found])
        return 0
    if not found:
        print("Chưa có lần sửa hay xoá nào.")
    for c in found:
        print(f"#{c.id}  {c.at}  {c.actor}  {c.action}  {c.target}\n      {c.summary}")
    return 0


# ----------------------------------------------------------------- charts


async def run_chart(args: argparse.Namespace, store: Store) -> int:
    from store.services.charts import ChartError, meetings_chart, timeline_chart

    text = " ".join(args.words)
    try:
        if args.timeline:
            chart = await timeline_chart(store, text)
        else:
            chart = await meetings_chart(store, text, by=args.by)
    except ChartError as exc:
        raise UserError(str(exc)) from None
    out = Path(args.out).expanduser()
    try:
        out.write_bytes(chart.png)
    except OSError as exc:
        raise UserError(f"Không ghi được tệp {out} ({exc.strerror or exc}).") from None
    print(f"{chart.caption}\nĐã lưu ảnh vào {out}.")
    return 0


# ----------------------------------------------------------------- parsers


def add_parsers(sub: Any, commands: dict[str, Any], *, json_help: str = "") -> None:
    """``meetings`` (with delete / edit), ``articles``, ``corrections`` and ``chart``."""
    p = sub.add_parser(
        "meetings",
        help="xem, lọc, xuất, sửa hoặc xoá các cuộc gặp đã lưu",
        description=(
            "In các cuộc gặp đã lưu, mới nhất trước, kèm id và nguồn; lọc theo lãnh đạo, lĩnh\n"
            "vực, thời gian, địa điểm (mọi bộ lọc phải cùng đúng) và xuất ra JSON, JSON Lines hay\n"
            "CSV. `meetings delete ID` xoá một cuộc gặp sai, `meetings edit ID` sửa ngày, địa điểm\n"
            "hay hình thức; mọi lần sửa, xoá được ghi nhật ký (`briefing corrections`)."
        ),
        epilog=(
            "Ví dụ:\n  briefing meetings --leader Putin --from 2024 --to 2025\n"
            "  briefing meetings --sector 'dầu khí' --csv > dau-khi.csv\n"
            "  briefing meetings --place 'Hà Nội' --limit 10 --jsonl\n"
            "  briefing meetings edit 1a2b3c4d5e6f --date 8/5/2025 --place Moskva\n"
            "  briefing meetings delete 1a2b3c4d5e6f"
        ),
    )
    p.add_argument(
        "--leader", metavar="TÊN", help="một lãnh đạo (tên, không dấu được, hoặc chức danh)"
    )
    p.add_argument("--sector", metavar="LĨNH_VỰC", help="một lĩnh vực (gồm cả lĩnh vực con)")
    p.add_argument(
        "--from", dest="date_from", metavar="NGÀY", help="từ ngày/tháng/năm (vd 2024, 5/2024)"
    )
    p.add_argument("--to", dest="date_to", metavar="NGÀY", help="đến ngày/tháng/năm")
    p.add_argument("--place", metavar="NƠI", help="địa điểm (thành phố)")
    p.add_argument("--limit", type=int_value, metavar="N", help="nhiều nhất N cuộc gặp")
    formats = p.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help=json_help)
    formats.add_argument("--jsonl", action="store_true", help="mỗi dòng một cuộc gặp dạng JSON")
    formats.add_argument("--csv", action="store_true", help="bảng CSV (UTF-8, có dòng tiêu đề)")
    p.set_defaults(func=commands["meetings"], meetings_command=None)
    actions = p.add_subparsers(dest="meetings_command", title="thao tác", metavar="THAO_TÁC")
    q = actions.add_parser(
        "delete",
        help="xoá một cuộc gặp sai (ghi nhật ký)",
        description="Xoá một cuộc gặp khỏi câu trả lời, bản tin và biểu đồ; các bài báo vẫn giữ.",
    )
    q.add_argument("id", metavar="ID", help="id cuộc gặp (cột đầu của `briefing meetings`)")
    q.add_argument("--yes", action="store_true", help="không hỏi lại")
    q = actions.add_parser(
        "edit",
        help="sửa ngày, địa điểm hay hình thức của một cuộc gặp (ghi nhật ký)",
        description=(
            "Sửa một cuộc gặp. Ngày: 8/5/2025, 5/2025, 2025 hoặc «chưa rõ»; địa điểm: tên thành\n"
            "phố hoặc «chưa rõ»; hình thức: hội đàm, hội kiến, tiếp, gặp, điện đàm, thăm, …"
        ),
    )
    q.add_argument("id", metavar="ID", help="id cuộc gặp")
    q.add_argument("--date", metavar="NGÀY", help="ngày đúng")
    q.add_argument("--place", metavar="NƠI", help="địa điểm đúng")
    q.add_argument("--kind", metavar="HÌNH_THỨC", help="hình thức đúng")

    p = sub.add_parser(
        "articles",
        help="liệt kê hoặc xoá bài báo đã lưu",
        description=(
            "`articles list` liệt kê các bài (mới nạp trước) kèm id, ngày đăng, số cuộc gặp và\n"
            "địa chỉ; bản đăng lại của báo khác ghi rõ là bản đăng lại. `articles delete ID` xoá\n"
            "một bài, các bản đăng lại của nó và những cuộc gặp chỉ bài đó nêu (ghi nhật ký)."
        ),
        epilog="Ví dụ:\n  briefing articles list --search vnexpress\n  briefing articles delete 3f2a…",
    )
    p.set_defaults(func=commands["articles"], articles_command=None)

    def list_options(parser: Any, default: Any) -> None:
        # On `articles` and `articles list` alike; the inner one keeps what the outer read.
        parser.add_argument(
            "--search",
            metavar="CHỮ",
            default=default(None),
            help="chỉ bài có chữ này trong tiêu đề hay địa chỉ",
        )
        parser.add_argument(
            "--limit",
            type=int_value,
            default=default(50),
            metavar="N",
            help="nhiều nhất N bài (mặc định 50)",
        )
        parser.add_argument("--json", action="store_true", default=default(False), help=json_help)

    list_options(p, lambda value: value)
    actions = p.add_subparsers(dest="articles_command", title="thao tác", metavar="THAO_TÁC")
    q = actions.add_parser("list", help="liệt kê bài báo", description="Liệt kê các bài đã lưu.")
    list_options(q, lambda value: argparse.SUPPRESS)
    q = actions.add_parser(
        "delete",
        help="xoá một bài (ghi nhật ký)",
        description="Xoá một bài và các cuộc gặp chỉ nó nêu.",
    )
    q.add_argument("id", metavar="ID", help="id bài (cột đầu của `briefing articles list`)")
    q.add_argument("--yes", action="store_true", help="không hỏi lại")

    p = sub.add_parser(
        "corrections",
        help="nhật ký các lần sửa, xoá dữ liệu",
        description="Nhật ký sửa, xoá (ai, lúc nào, cái gì), mới nhất trước.",
    )
    p.add_argument("--limit", type=int_value, default=50, metavar="N", help="nhiều nhất N dòng")
    p.add_argument("--json", action="store_true", help=json_help)
    p.set_defaults(func=commands["corrections"])

    p = sub.add_parser(
        "chart",
        help="vẽ biểu đồ số cuộc gặp hoặc dòng thời gian ra tệp PNG",
        description=(
            "Vẽ biểu đồ như lệnh /bieudo của bot: số cuộc gặp theo tháng hoặc năm, có thể cho một\n"
            "lãnh đạo, một lĩnh vực hay một khoảng thời gian; --timeline vẽ dòng thời gian các\n"
            "cuộc gặp của một lãnh đạo (như /dongthoigian). Tháng, năm không có cuộc gặp là 0."
        ),
        epilog=(
            "Ví dụ:\n  briefing chart Putin --out putin.png\n"
            "  briefing chart dầu khí 2025 --by month --out dau-khi.png\n"
            "  briefing chart --timeline Tô Lâm --out to-lam.png"
        ),
    )
    p.add_argument("words", nargs="*", metavar="CHỦ_ĐỀ", help="lãnh đạo, lĩnh vực, thời gian")
    p.add_argument("--out", required=True, metavar="TỆP", help="tệp PNG để ghi")
    p.add_argument("--timeline", action="store_true", help="dòng thời gian của một lãnh đạo")
    p.add_argument(
        "--by", choices=("month", "year"), help="theo tháng hay theo năm (mặc định: tự chọn)"
    )
    p.set_defaults(func=commands["chart"])
