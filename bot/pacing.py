"""Pacing digest sends under Telegram's limits — the one layer that does.

Telegram allows about 30 messages a second overall and 20 a minute to one group. Two
layers pacing the same messages misbehave (PTB's ``AIORateLimiter`` retries 429s itself
and holds requests at a gate, so a pacer above it sees bursts, not a pause). So digest
sends bypass PTB's limiter (``BotRateLimiter`` passes requests marked ``PACED``) and
``Pacer`` owns their pacing and flood waits; everything else the bot sends (answers,
buttons) keeps PTB's limiter.

``Pacer`` decides at the instant of sending, from the times messages actually went out:
``acquire`` returns only when a send now keeps every 1-second window at most
``per_second`` and every 60-second window of a group at most ``per_group_minute``, and the
caller sends at once. Nothing is reserved ahead, so a stall of the event loop or a flood
wait can never release a backlog in one burst.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram.ext import AIORateLimiter

Sleep = Callable[[float], Awaitable[None]]

PACED = "paced"  # rate_limit_args of a request whose pacing and RetryAfter the caller owns
WINDOW = 1.0
GROUP_WINDOW = 60.0
MIN_SLEEP = 1e-6  # a wait of a few float ulps must still let a clock move (virtual ones too)


class Pacer:
    """At most ``per_second`` sends in any 1-second window, evenly spaced (never a burst),
    and at most ``per_group_minute`` in any 60-second window to one group. Private chats
    take the short burst of a digest's parts; Telegram only objects to sustained floods.

    ``pause`` (after a 429) holds every send, and the chat's, until the wait is over.
    ``note`` counts a send that happened elsewhere (before a restart). ``clock`` and
    ``sleep`` default to the event loop's, so a virtual-time loop can drive it.
    """

    def __init__(
        self,
        per_second: int = 28,
        per_group_minute: int = 19,
        *,
        clock: Callable[[], float] | None = None,
        sleep: Sleep | None = None,
    ) -> None:
        self.per_second = per_second
        self.interval = WINDOW / per_second
        self.per_group_minute = per_group_minute
        self._clock = clock
        self._sleep = sleep or asyncio.sleep
        self._sent: deque[float] = deque(maxlen=per_second)  # the latest send times
        self._groups: dict[int, deque[float]] = {}
        self._paused_until = 0.0
        self._chat_paused: dict[int, float] = {}
        self._tickets = itertools.count()
        self._waiting: dict[int, int] = {}  # ticket → chat, oldest first

    def now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()

    def pause(self, seconds: float, chat_id: int | None = None) -> None:
        """Telegram said "retry after ``seconds``": its answer does not say whether the limit
        was the chat's or the bot's, so nothing is sent until then, to any chat."""
        until = self.now() + seconds
        self._paused_until = max(self._paused_until, until)
        if chat_id is not None:
            self._chat_paused[chat_id] = max(self._chat_paused.get(chat_id, 0.0), until)

    @property
    def paused_until(self) -> float:
        return self._paused_until

    def ready_at(self, chat_id: int) -> float:
        """The earliest time a message to ``chat_id`` may go out, given what went out."""
        ready = max(self._paused_until, self._chat_paused.get(chat_id, 0.0))
        if self._sent:
            ready = max(ready, self._sent[-1] + self.interval)
            if len(self._sent) == self.per_second:
                ready = max(ready, self._sent[0] + WINDOW)
        group = self._groups.get(chat_id) if chat_id < 0 else None
        if group is not None and len(group) == self.per_group_minute:
            ready = max(ready, group[0] + GROUP_WINDOW)
        return ready

    async def acquire(self, chat_id: int) -> None:
        """Wait until a message to ``chat_id`` may go out and count it as sent now; the
        caller sends right away, with no await in between.

        Fair: of the callers that may send, the one waiting longest goes first (none is
        starved by others that keep coming back at the same instant)."""
        ticket = next(self._tickets)
        self._waiting[ticket] = chat_id
        try:
            while True:
                now = self.now()
                wait = self.ready_at(chat_id) - now
                if wait <= 0 and self._first_ready(now) == ticket:
                    self.note(chat_id, now)
                    return
                await self._sleep(max(wait, MIN_SLEEP))  # sleeping longer is always safe
        finally:
            del self._waiting[ticket]

    def _first_ready(self, now: float) -> int | None:
        return next((t for t, c in self._waiting.items() if self.ready_at(c) <= now), None)

    def note(self, chat_id: int, at: float | None = None) -> None:
        """Count a message to ``chat_id`` sent at ``at`` (default: now)."""
        when = self.now() if at is None else at
        self._sent.append(when)
        if chat_id < 0:
            group = self._groups.get(chat_id)
            if group is None:
                group = self._groups[chat_id] = deque(maxlen=self.per_group_minute)
                if len(self._groups) > 20_000:
                    self._forget_idle_groups(when)
            group.append(when)
        if self._chat_paused and self._chat_paused.get(chat_id, 0.0) <= when:
            self._chat_paused.pop(chat_id, None)

    def merge(self, sends: list[tuple[int, float]]) -> None:
        """Count sends made elsewhere at the times given (another replica's, before this
        one took over the sending), among those already counted here."""
        if not sends:
            return
        times = sorted([*self._sent, *(at for _, at in sends)])
        self._sent = deque(times[-self.per_second :], maxlen=self.per_second)
        for chat_id, at in sends:
            if chat_id < 0:
                group = self._groups.get(chat_id, deque())
                self._groups[chat_id] = deque(
                    sorted([*group, at])[-self.per_group_minute :], maxlen=self.per_group_minute
                )

    def _forget_idle_groups(self, now: float) -> None:
        horizon = now - GROUP_WINDOW
        self._groups = {c: q for c, q in self._groups.items() if q and q[-1] > horizon}


class BotRateLimiter(AIORateLimiter):
    """PTB's rate limiter for everything the bot sends, except requests marked ``PACED``
    (``rate_limit_args=PACED``): those go straight out, paced by their sender."""

    async def process_request(  # type: ignore[override]
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | str | None,
    ) -> Any:
        if rate_limit_args == PACED:
            return await callback(*args, **kwargs)
        return await super().process_request(
            callback,
            args,
            kwargs,
            endpoint,
            data,
            rate_limit_args,  # type: ignore[arg-type]
        )
