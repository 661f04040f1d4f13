"""Updates per second through ``Application.process_update`` with a recording Bot API.

A realistic mix — private questions (question answering included), group mentions,
group chatter the bot must ignore, commands, inline queries and buttons — over a
store holding the seeds plus the test articles. Run twice: with a few popular questions
repeated (replies come from the view cache after the first time) and with every question
different (every one answered from scratch). Prints updates/s per kind and overall, and
the peak memory (tracemalloc, a separate pass). Target: ≥ 800 updates/s.

    .venv/bin/python bench/bench_updates.py [--n 3000] [--json]

With ``--stores A.db B.db …`` (e.g. the stores bench/bench_ask.py builds and caches) it
measures instead private questions per second on each store — questions of every category
generated from its meetings, from 50 users at once, through the application's update
processor as polling feeds them — beside PTB's own ceiling in the same run: an application
whose only handler echoes the text, fed the same updates the same way. The two alternate.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402

from store.services.ingest import ingest  # noqa: E402
from store.services.sources import load_paths  # noqa: E402
from store.storage.db import Store  # noqa: E402
from tests.botkit import BOT_USERNAME, running_bot  # noqa: E402

QUESTIONS = [
    "Tô Lâm gặp Mishustin khi nào?",
    "to lam gap mishutin o dau",
    "Thủ tướng Nga thăm Hà Nội tháng 1",
    "hợp tác năng lượng",
    "Medvedev ở Bình Nhưỡng",
    "Lương Cường gặp Putin",
    "cuộc gặp mới nhất",
    "Tô Lâm gặp Biden",
    "dau khi nam 2025",
    "Đại sứ Nga Bezdetko",
]


PEOPLE = ["Tô Lâm", "Putin", "Mishustin", "Lương Cường", "Medvedev", "Lavrov", "Bùi Thanh Sơn"]
TOPICS = ["năng lượng", "dầu khí", "giáo dục", "thương mại", "du lịch", "quốc phòng", "AI"]


def distinct_question(i: int) -> str:
    """A different, well-formed question for every i (so no reply comes from a cache)."""
    a = PEOPLE[i % len(PEOPLE)]
    b = PEOPLE[(i // len(PEOPLE)) % len(PEOPLE)]
    topic = TOPICS[(i // 49) % len(TOPICS)]
    month, year = 1 + (i // 343) % 12, 2010 + (i // 4116) % 16
    forms = [
        f"{a} gặp {b} khi nào tháng {month}/{year}",
        f"{a} và {b} hợp tác {topic} tháng {month}/{year}",
        f"{topic} {a} {b} năm {year} tháng {month}",
        f"{a} gặp {b} ở đâu tháng {month} năm {year}",
    ]
    return forms[(i // 16) % len(forms)]


def workload(
    bot: Any, n: int, meeting_id: str, distinct: bool, start: int = 0
) -> list[tuple[str, dict[str, Any]]]:
    u = bot.updates
    counter = iter(range(start * 4, 10**9))

    def question(i: int) -> str:
        return distinct_question(next(counter)) if distinct else QUESTIONS[i % len(QUESTIONS)]

    def inline_query(i: int) -> str:
        return (
            distinct_question(next(counter)) if distinct else ["", "mishustin", "năng lượng"][i % 3]
        )

    commands = ["/moinhat", "/lanhdao", "/linhvuc", "/help", "/tim Putin"]
    buttons = [f"d:{meeting_id}", "n:l:5", f"n:r{meeting_id}:0"]
    kinds = [
        ("private question", lambda i: u.message(question(i))),
        ("private question", lambda i: u.message(question(i * 7))),
        ("group mention", lambda i: u.group(f"@{BOT_USERNAME} {question(i * 3)}")),
        ("group chatter", lambda i: u.group(f"mọi người xem tin số {i} chưa?")),
        ("group chatter", lambda i: u.supergroup("ok, họp lúc 3 giờ nhé")),
        ("command", lambda i: u.message(commands[i % len(commands)])),
        ("inline", lambda i: u.inline(inline_query(i))),
        ("button", lambda i: u.callback(buttons[i % len(buttons)])),
    ]
    return [(kinds[i % len(kinds)][0], kinds[i % len(kinds)][1](i)) for i in range(n)]


async def bench(n: int, distinct: bool) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "bench.db")
        await ingest(store, load_paths([ROOT / "seeds", ROOT / "tests" / "articles"]))
        meeting_id = (await store.meetings(limit=1))[0].id
        async with running_bot(store) as bot:
            updates = workload(bot, n, meeting_id, distinct)
            # Warm caches (lexicon, fold, SQLite pages) outside the measurement.
            for _kind, data in updates[:50]:
                await bot.app.process_update(Update.de_json(data, bot.app.bot))
            bot.request.calls.clear()
            per_kind: dict[str, list[float]] = {}
            start = time.perf_counter()
            for kind, data in updates:
                t0 = time.perf_counter()
                await bot.app.process_update(Update.de_json(data, bot.app.bot))
                per_kind.setdefault(kind, []).append(time.perf_counter() - t0)
            elapsed = time.perf_counter() - start
            api_calls = len(bot.request.calls)
            # A second pass under tracemalloc (which slows Python) for the peak memory only.
            tracemalloc.start()
            for _kind, data in workload(bot, min(n, 1000), meeting_id, distinct, start=n):
                await bot.app.process_update(Update.de_json(data, bot.app.bot))
            _current, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        await store.close()
    return {
        "workload": "distinct questions" if distinct else "repeated questions",
        "updates": n,
        "seconds": round(elapsed, 3),
        "updates_per_second": round(n / elapsed),
        "bot_api_calls": api_calls,
        "peak_memory_mib": round(peak / 2**20, 2),
        "per_kind_updates_per_second": {
            k: round(len(v) / sum(v)) for k, v in sorted(per_kind.items())
        },
        "peak_memory_updates": min(n, 1000),
    }


async def _drive(app: Any, updates: list[dict[str, Any]]) -> float:
    """Seconds to process the updates as polling does (the update processor decides)."""
    parsed = [Update.de_json(u, app.bot) for u in updates]
    start = time.perf_counter()
    await asyncio.gather(
        *(app.update_processor.process_update(u, app.process_update(u)) for u in parsed)
    )
    return time.perf_counter() - start


async def private_rates(path: Path, n: int, rounds: int = 2) -> dict[str, Any]:
    from bench_ask import questions
    from telegram.ext import ApplicationBuilder, MessageHandler, filters

    from bot.app import OFFLINE_TOKEN
    from bot.updates import PerChatUpdates
    from tests.botkit import RecordingRequest

    store = await Store.open(path)
    meetings = await store.count_meetings()
    # Distinct questions for each round: the bot's view cache must not answer from memory.
    pool = list(dict.fromkeys(q for _cat, q in await questions(store, rounds * n // 6 + 10)))
    calls: list[Any] = []
    echo = (
        ApplicationBuilder()
        .token(OFFLINE_TOKEN)
        .request(RecordingRequest(calls))
        .get_updates_request(RecordingRequest(calls))
        .concurrent_updates(PerChatUpdates())
        .build()
    )

    async def say_back(update: Update, _context: Any) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    echo.add_handler(MessageHandler(filters.TEXT, say_back))
    await echo.initialize()
    ours: list[float] = []
    ceiling: list[float] = []
    async with running_bot(store) as bot:
        u = bot.updates
        for r in range(rounds):
            asked = pool[r * n : (r + 1) * n]
            batch = [
                u.message(q, chat_id=900_000 + i % 50, user_id=900_000 + i % 50)
                for i, q in enumerate(asked)
            ]
            for which in (0, 1) if r % 2 == 0 else (1, 0):
                if which == 0:
                    ours.append(len(batch) / await _drive(bot.app, batch))
                else:
                    ceiling.append(len(batch) / await _drive(echo, batch))
    await echo.shutdown()
    await store.close()
    return {
        "store": path.name,
        "meetings": meetings,
        "questions": n,
        "private_questions_per_second": [round(x) for x in ours],
        "echo_ceiling_per_second": [round(x) for x in ceiling],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="updates to process per workload")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--stores", type=Path, nargs="*", help="private questions on these stores")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "bench"))
    from results import record

    if args.stores:
        for path in args.stores:
            r = asyncio.run(private_rates(path, min(args.n, 700)))
            print(
                f"{r['store']} ({r['meetings']:,} meetings), {r['questions']} private questions"
                f" from 50 users: {r['private_questions_per_second']}/s per round; PTB echo"
                f" ceiling in the same run {r['echo_ceiling_per_second']}/s"
            )
            label = "100k" if r["meetings"] >= 50_000 else "1k" if r["meetings"] < 5_000 else "10k"
            record(
                f"private_questions_{label}",
                figure=f"{r['meetings']:,} meetings: {r['private_questions_per_second']} private"
                f" questions/s from 50 users; PTB echo ceiling {r['echo_ceiling_per_second']}/s",
            )
        return
    results = [asyncio.run(bench(args.n, distinct)) for distinct in (False, True)]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    for result in results:
        print(
            f"{result['workload']}: {result['updates']} updates in {result['seconds']} s, "
            f"{result['updates_per_second']} updates/s (target ≥ 800)"
        )
        for kind, rate in result["per_kind_updates_per_second"].items():
            print(f"  {kind:<17} {rate:>6} updates/s")
        print(
            f"  Bot API calls {result['bot_api_calls']}; "
            f"peak memory {result['peak_memory_mib']} MiB over {result['peak_memory_updates']} updates"
        )
    low = min(r["updates_per_second"] for r in results)
    record(
        "updates",
        figure="; ".join(f"{r['workload']}: {r['updates_per_second']}/s" for r in results)
        + f"; peak memory {max(r['peak_memory_mib'] for r in results)} MiB",
        met=low >= 800,
    )


if __name__ == "__main__":
    main()
