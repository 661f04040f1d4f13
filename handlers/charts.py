"""Charts as photos: ``/bieudo`` (``/chart``) — meetings per month or year, optionally for a
leader, a sector or a period; ``/dongthoigian`` (``/timeline``) — one leader's meetings with
the other side on a time axis.

Images are drawn server-side (``store.services.charts``) and kept until the store changes
(``BotData.charts``), so a popular chart is drawn once. A caption says what is drawn and
what is left out (meetings without a date).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from handlers import render as r
from handlers.commands import add_command
from handlers.common import App, Command, Context, chat_lang, command_args, get_store, today
from handlers.views import View, reply_view
from store.language.catalogue import say
from store.language.fold import fold_key
from store.services.charts import Chart, ChartError, meetings_chart, timeline_chart, warm_up

log = logging.getLogger(__name__)

TIMELINE_USAGE = say("vi", "chart.timeline_usage")  # the Vietnamese text, for tests

Make = Callable[..., Awaitable[Chart]]


async def _send(update: Update, context: Context, kind: str, make: Make) -> None:
    message = update.effective_message
    if message is None:
        return
    args = command_args(message)
    if kind == "timeline" and not args:
        await reply_view(message, View(say(chat_lang(), "chart.timeline_usage")))
        return
    store, day, lang = get_store(context), today(context), chat_lang()
    try:
        chart = await context.bot_data.charts.get(
            store,
            (kind, fold_key(args), day, lang),
            lambda: make(store, args, day, lang=lang),
        )
    except ChartError as exc:
        await reply_view(message, View(r.esc(str(exc))))
        return
    await message.reply_photo(
        photo=chart.png, caption=r.esc(r.trim(chart.caption, 1024)), filename=f"{kind}.png"
    )


async def chart(update: Update, context: Context) -> None:
    await _send(update, context, "bars", meetings_chart)


async def timeline(update: Update, context: Context) -> None:
    await _send(update, context, "timeline", timeline_chart)


COMMANDS = [
    (
        Command(
            "bieudo",
            ("chart",),
            say("vi", "help.cmd.bieudo"),
            usage=say("vi", "help.usage.chart"),
        ),
        chart,
    ),
    (
        Command(
            "dongthoigian",
            ("timeline",),
            say("vi", "help.cmd.dongthoigian"),
            usage=say("vi", "help.usage.leader"),
        ),
        timeline,
    ),
]


async def _warm_up(app: App) -> None:
    """Import matplotlib in a worker thread at start-up, so the first chart comes quickly;
    start-up does not wait for it."""
    task = asyncio.get_running_loop().run_in_executor(None, warm_up)
    task.add_done_callback(
        lambda f: f.exception() and log.warning("no chart warm-up: %s", f.exception())
    )


def register(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    for command, callback in COMMANDS:
        add_command(app, command, callback)
    app.bot_data.startup_hooks.append(_warm_up)
