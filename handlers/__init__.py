"""The Telegram surface: one module per way a user reaches the bot.

``register(app)`` adds every module's handlers in order. A new feature adds its module's
``register`` to ``FEATURES`` (its commands via ``handlers.commands.add_command`` so that
/help and the menu list them); ``FINAL`` stays last so the fallbacks only see leftovers.
To pre-empt free text (e.g. a link an admin pastes), register in handler group -1 and raise
``ApplicationHandlerStop``. Start-up work goes through ``on_startup``.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable

from handlers import (
    admin,
    buttons,
    charts,
    commands,
    corrections,
    errors,
    fallback,
    feeds,
    inline,
    language,
    membership,
    subscriptions,
    text,
)
from handlers.common import App

log = logging.getLogger(__name__)

Registrar = Callable[[App], None]
Hook = Callable[[App], Awaitable[None]]

FEATURES: list[Registrar] = [
    commands.register,
    text.register,
    inline.register,
    buttons.register,
    membership.register,
    subscriptions.register,
    admin.register,
    corrections.register,
    charts.register,
    feeds.register,
    language.register,
]
FINAL: list[Registrar] = [fallback.register, errors.register]


def register(app: App, extra: Iterable[Registrar] = ()) -> None:
    for registrar in [*FEATURES, *extra, *FINAL]:
        registrar(app)


def on_startup(app: App, hook: Hook) -> None:
    """Run ``hook(app)`` once the bot is initialised (after the store is open)."""
    app.bot_data.startup_hooks.append(hook)


async def startup(app: App) -> None:
    """Publish the command menu and run the features' start-up hooks; failures are logged."""
    await commands.set_menu(app)
    await language.set_menus(app)  # the English and Russian menus
    for hook in list(app.bot_data.startup_hooks):
        try:
            await hook(app)
        except Exception:
            log.exception("start-up hook %s failed", getattr(hook, "__name__", hook))
