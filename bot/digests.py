"""Digests and instant alerts: scheduling on PTB's JobQueue and delivery that survives faults.

One ``run_daily`` job per scheduled subscription (daily or weekly, named ``digest:<chat
id>``, in the chat's time zone), re-registered from the database at start-up; a job
every two minutes queues the chats that chose instant alerts and have news (so a burst of
new meetings makes one alert). A job only wakes the delivery loop; what is due is always
decided from the database (``Subscription.due_slot`` versus ``last_slot``, the cursor
versus the newest meeting), so a missed run within the grace period, a job that fired
twice, a restart in the middle of a run, and the periodic sweep all converge on the same
state.

Delivery (``DigestService``) goes through an outbox (``store.storage.subscriptions``): the
intent is committed before each send and the delivery after Telegram confirms it, so a
crash loses nothing and repeats at most the message that was in flight to a chat.

Replicas on one database share this work through it: a chat's unsent messages are leased
to the replica sending them (``claim_open``; a dead replica's lease runs out and its rows
pass on), a digest period is composed once per chat (``record_digest``'s key), and one
replica sends at a time (``Store.sender_lock``), so its pacer alone holds the bot's rate.

One layer paces digest sends: ``bot.pacing.Pacer`` (PTB's rate limiter is bypassed for
them), from the times messages actually went out — ≤ 28 in any second, ≤ 19 in any minute
to one group — and after a restart from the outbox (what went out in the last minute, what
was in flight, a flood wait still running). ``RetryAfter`` holds every digest send for the
time Telegram gives, then the same message is sent again. ``ChatMigrated`` moves the
subscription. A final refusal — 403 (blocked, user deactivated, kicked) or "chat not
found" — stops the chat's digest at once; timeouts and 5xx are retried with backoff, then
left for the sweep, and only counted (``failures``), never a reason to stop.
"""

from __future__ import annotations

import asyncio
import heapq
import logging
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions, Message
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)

import handlers
from bot.pacing import GROUP_WINDOW, PACED, Pacer
from bot.replica import REPLICA
from handlers.common import App, Context, get_store
from handlers.render import render_alert, render_digest
from handlers.views import details_button
from store.language.subscription import Subscription, utc_now
from store.services.digest import Composer
from store.storage.chat_languages import get_language
from store.storage.chats import migrate_chat
from store.storage.db import Store
from store.storage.subscriptions import (
    Claim,
    Held,
    OutboxRow,
    chats_with_open_rows,
    claim_open,
    deactivate,
    flood_wait_until,
    forget_thread,
    get_subscription,
    instant_due,
    list_subscriptions,
    mark_retry,
    mark_sending,
    mark_sent,
    mark_unsent,
    prune_outbox,
    recent_sends,
    record_digest,
    record_strike,
    sends_by_others,
)

log = logging.getLogger(__name__)

__all__ = ["DigestService", "Pacer", "install_digests", "send_digest_now"]

JOB_PREFIX = "digest:"
SWEEP_JOB = "digests:sweep"
START_JOB = "digests:catch-up"
ALERT_JOB = "digests:alerts"
SWEEP_INTERVAL_S = 300
ALERT_INTERVAL_S = 120  # instant alerts: news stored within this window goes out together
BUTTONS_PER_ROW = 2  # buttons are named by date and counterpart ("8/5 · Mishustin")
REFRESH_S = 30.0  # how often a long run looks for meetings ingested meanwhile
SET_ASIDE_S = 2.0  # a chat that must wait longer leaves its worker to others meanwhile
LEASE = timedelta(seconds=60)  # outbox rows a replica claimed are its own this long

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]


def unreachable_reason(description: str) -> str:
    """Why Telegram refuses a chat for good, in the words ``subscriptions.reason`` keeps."""
    text = description.lower()
    if "blocked" in text:
        return "blocked"
    if "deactivated" in text:
        return "deactivated"
    if "kicked" in text or "not a member" in text or "was deleted" in text:
        return "removed"
    if "chat not found" in text:
        return "not-found"
    return "forbidden"


def _topic_gone(description: str) -> bool:
    text = description.lower()
    return "thread not found" in text or "topic_deleted" in text or "topic deleted" in text


# ----------------------------------------------------------------- delivery


class Outcome(Enum):
    SENT = "sent"
    LATER = "later"  # left pending; the sweep tries again
    DEFERRED = "deferred"  # set aside in this run: its group must wait; others go first
    FAILED = "failed"  # given up; the meetings roll into the next digest
    GONE = "gone"  # the chat is unreachable or no longer subscribed


@dataclass
class RunStats:
    chats: int = 0
    sent: int = 0
    failed: int = 0
    later: int = 0
    expired: int = 0
    deactivated: list[int] = field(default_factory=list)
    migrated: dict[int, int] = field(default_factory=dict)


def _retry_after_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():  # PTB 22 warns that the type will become timedelta
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def markup(row: OutboxRow) -> InlineKeyboardMarkup | None:
    """Numbered buttons that open a meeting (``handlers.buttons`` answers ``d:<id>``)."""
    if not row.items:
        return None
    buttons = [details_button(label, mid) for label, mid in row.items]
    rows = [buttons[i : i + BUTTONS_PER_ROW] for i in range(0, len(buttons), BUTTONS_PER_ROW)]
    return InlineKeyboardMarkup(rows)


class DigestService:
    """Composes, records and sends digests; owns the per-chat JobQueue jobs.

    ``store`` may be a callable for applications that open the store at start-up.
    """

    def __init__(
        self,
        store: Store | Callable[[], Store],
        bot: Bot,
        *,
        grace: timedelta = timedelta(hours=6),
        clock: Clock = utc_now,
        pacer: Pacer | None = None,
        sleep: Sleep | None = None,
        concurrency: int = 8,
        network_retries: int = 5,
        flood_retries: int = 5,
        job_queue: Any = None,
        spawn: Callable[[Awaitable[Any]], Any] | None = None,
        is_running: Callable[[], bool] | None = None,
        owner: str = REPLICA,
        lease: timedelta = LEASE,
    ) -> None:
        self._store = store
        self.owner = owner
        self.lease = lease
        self.bot = bot
        self.grace = grace
        self.clock = clock
        self.pacer = pacer or Pacer()
        self.sleep = sleep or asyncio.sleep
        self.concurrency = concurrency
        self.network_retries = network_retries
        self.flood_retries = flood_retries
        self.job_queue = job_queue
        self._spawn = spawn or asyncio.ensure_future
        self._is_running = is_running
        self._queue: deque[int] = deque()
        self._queued: set[int] = set()
        self._waiting: list[tuple[float, int, int]] = []  # (ready at, order, chat) set aside
        self._order = 0
        self._locks: dict[int, asyncio.Lock] = {}
        self._jobs: dict[int, Any] = {}  # chat id → its JobQueue job
        self._drain_task: asyncio.Future[Any] | None = None
        self._composer: Composer | None = None
        self._composer_at = 0.0
        self.stats = RunStats()

    @property
    def store(self) -> Store:
        return self._store() if callable(self._store) else self._store

    # ------------------------------------------------------------- scheduling

    def schedule(self, sub: Subscription) -> None:
        """(Re)register the chat's daily job; inactive, dayless and instant subscriptions
        get none (the alert job serves instant ones)."""
        self.unschedule(sub.chat_id)
        if self.job_queue is None or not sub.active or not sub.days or not sub.scheduled:
            return
        self._jobs[sub.chat_id] = self.job_queue.run_daily(
            _slot_job,
            time=sub.local_time(),
            days=tuple(sorted((d + 1) % 7 for d in sub.days)),  # PTB counts from Sunday = 0
            name=f"{JOB_PREFIX}{sub.chat_id}",
            chat_id=sub.chat_id,
            job_kwargs={
                "misfire_grace_time": max(1, int(self.grace.total_seconds())),
                "coalesce": True,
            },
        )

    def unschedule(self, chat_id: int) -> None:
        job = self._jobs.pop(chat_id, None)
        if job is not None and not job.removed:
            job.schedule_removal()

    def scheduled(self) -> dict[int, Any]:
        """The digest jobs by chat id (diagnostics, tests)."""
        return {chat_id: job for chat_id, job in self._jobs.items() if not job.removed}

    async def register_jobs(self) -> list[Subscription]:
        """Give every active subscription its daily job (start-up); returns all subscriptions."""
        if self.job_queue is not None:  # one pass, not one scan per chat: 10,000 jobs is normal
            for job in self.job_queue.jobs():
                if job.name and job.name.startswith(JOB_PREFIX):
                    job.schedule_removal()
        self._jobs.clear()
        subs = await list_subscriptions(self.store)
        for sub in subs:
            if sub.active:
                self.schedule(sub)
        return subs

    async def start(self) -> list[int]:
        """Start-up without a running JobQueue: register the jobs, then queue what is due
        now (missed runs within the grace period, digests interrupted by a crash)."""
        subs = await self.register_jobs()
        await prune_outbox(self.store, now=self.clock())
        await self.restore_pacing()
        return await self.queue_due(subs)

    async def restore_pacing(self) -> None:
        """A new process knows nothing of what the last one sent: count every message that
        may have gone out in the last minute as sent just now (in flight at a crash too),
        and resume a flood wait Telegram imposed that is still running."""
        now = self.clock()
        for chat_id in await recent_sends(self.store, now - timedelta(seconds=GROUP_WINDOW + 5)):
            self.pacer.note(chat_id)
        until = await flood_wait_until(self.store, now)
        if until is not None:
            self.pacer.pause((until - now).total_seconds())

    async def queue_due(self, subs: list[Subscription] | None = None) -> list[int]:
        """Queue chats with a due, unhandled run within the grace period or an unsent
        message; returns them. Runs at start-up and every few minutes (the sweep)."""
        now = self.clock()
        subs = subs if subs is not None else await list_subscriptions(self.store, active_only=True)
        due = [s.chat_id for s in subs if s.active and self.due(s, now) is not None]
        waiting = await chats_with_open_rows(self.store)
        alerts = await instant_due(self.store)
        chats = list(dict.fromkeys([*waiting, *due, *alerts]))
        for chat_id in chats:
            self.enqueue(chat_id)
        return chats

    def due(self, sub: Subscription, now: datetime) -> datetime | None:
        """The scheduled run to handle now, if any: the latest one that passed, is not yet
        handled, and is no older than the grace period (older ones roll into the next)."""
        slot = sub.due_slot(now)
        if slot is None or (sub.last_slot is not None and slot <= sub.last_slot):
            return None
        return slot if now - slot <= self.grace else None

    # ------------------------------------------------------------- the run loop

    def enqueue(self, chat_id: int) -> None:
        if chat_id not in self._queued:
            self._queued.add(chat_id)
            self._queue.append(chat_id)

    def _set_aside(self, chat_id: int, ready: float) -> None:
        """A chat whose next message must wait (a group's minute is full) leaves its worker
        to the chats that can be served now, and is taken up again when it is ready."""
        self._order += 1
        heapq.heappush(self._waiting, (ready, self._order, chat_id))

    def _next_chat(self) -> int | None:
        if self._waiting and (self._waiting[0][0] <= self.pacer.now() or not self._queue):
            return heapq.heappop(self._waiting)[2]
        if self._queue:
            chat_id = self._queue.popleft()
            self._queued.discard(chat_id)
            return chat_id
        return None

    def _busy(self) -> bool:
        return bool(self._queue or self._waiting)

    def kick(self) -> None:
        """Make sure a delivery run is serving the queue."""
        if self._drain_task is None or self._drain_task.done():
            self._drain_task = self._spawn(self.drain())

    async def drain(self) -> RunStats:
        """Serve the queue with ``concurrency`` workers until it is empty (or the
        application stops); each chat is handled by one worker at a time."""
        stats = self.stats = RunStats()
        watch = self._is_running is not None and self._is_running()

        def go_on() -> bool:
            return not watch or bool(self._is_running and self._is_running())

        if not self._busy():
            return stats
        # One replica sends at a time (global pacing: see Store.sender_lock); the others
        # wait here with their queues and serve what is still owed when their turn comes.
        async with self.store.sender_lock(go_on) as turn:
            if turn == "stopped":
                return stats
            if turn == "shared":
                await self._count_others_sends()
            while self._busy() and go_on():
                self._composer = Composer(self.store)  # one snapshot per run, refreshed
                await self._composer.refresh()
                self._composer_at = asyncio.get_running_loop().time()
                width = min(self.concurrency, len(self._queue) + len(self._waiting))
                await asyncio.gather(*(self._worker(go_on, stats) for _ in range(width)))
            self._composer = None
        return stats

    async def _count_others_sends(self) -> None:
        """Taking over the sending: what other replicas sent in the last minute (and had
        in flight) counts in this pacer, at the times it went out."""
        now, loop_now = self.clock(), self.pacer.now()
        since = now - timedelta(seconds=GROUP_WINDOW + 5)
        sends = await sends_by_others(self.store, since, self.owner)
        self.pacer.merge(
            [
                (chat_id, loop_now - ((now - at).total_seconds() if at else 0.0))
                for chat_id, at in sends
            ]
        )

    def _claim(self) -> Claim:
        return Claim(self.owner, self.clock() + self.lease)

    async def _worker(self, go_on: Callable[[], bool], stats: RunStats) -> None:
        while self._busy() and go_on():
            chat_id = self._next_chat()
            if chat_id is None:
                return
            try:
                await self.process(chat_id, stats=stats, in_run=True)
            except Exception:  # one chat's bug must not stop everyone's digest
                log.exception("digest for chat %s failed", chat_id)

    async def _composer_now(self, manual: bool) -> Composer:
        """The run's snapshot (refreshed every REFRESH_S), or a fresh one off-run."""
        if self._composer is None or manual:
            composer = Composer(self.store)
            await composer.refresh()
            return composer
        loop_now = asyncio.get_running_loop().time()
        if loop_now - self._composer_at > REFRESH_S:
            await self._composer.refresh()
            self._composer_at = loop_now
        return self._composer

    def _lock(self, chat_id: int) -> asyncio.Lock:
        lock = self._locks.get(chat_id)
        if lock is None:
            lock = self._locks[chat_id] = asyncio.Lock()
        return lock

    async def process(
        self,
        chat_id: int,
        *,
        manual: bool = False,
        stats: RunStats | None = None,
        in_run: bool = False,
    ) -> int:
        """Deliver what a chat is owed now; returns the number of messages sent.

        First any unsent messages of an earlier digest (in order), then — if a scheduled
        run is due, or ``manual`` — a new digest of the meetings added since the last one.
        ``in_run``: a chat that must wait long for its next message is set aside while
        other chats are queued (it is taken up again where it stopped).
        """
        stats = stats or RunStats()
        stats.chats += 1
        lock = self._lock(chat_id)
        try:
            async with lock:
                return await self._process(chat_id, manual, stats, in_run)
        finally:
            if not lock.locked():
                self._locks.pop(chat_id, None)

    async def _claim_rows(self, chat_id: int, in_run: bool) -> list[OutboxRow] | None:
        """The chat's unsent messages, leased to this replica; None when another replica
        holds them (in a run the chat waits for that lease: a dead replica's runs out)."""
        while True:
            now = self.clock()
            got = await claim_open(self.store, chat_id, self._claim(), now)
            if not isinstance(got, Held):
                return got
            if not in_run:
                return None
            wait = max(0.05, (got.until - now).total_seconds())
            if self._queue:
                self._set_aside(chat_id, self.pacer.now() + wait)
                return None
            await self.sleep(min(wait, 5.0))

    async def _process(self, chat_id: int, manual: bool, stats: RunStats, in_run: bool) -> int:
        sent = 0
        rows = await self._claim_rows(chat_id, in_run)
        if rows is None:
            return 0
        outcome, n = await self._deliver_rows(rows, stats, in_run)
        sent += n
        if outcome in (Outcome.LATER, Outcome.GONE, Outcome.DEFERRED):
            return sent
        chat_id = stats.migrated.get(chat_id, chat_id)
        sub = await get_subscription(self.store, chat_id)
        if sub is None or not sub.active:
            return sent
        now = self.clock()
        if manual:
            slot: datetime | None = now
            kind = "manual"
        elif sub.scheduled:
            slot, kind = self.due(sub, now), "scheduled"
        else:
            slot, kind = now, "alert"
        if slot is None:
            return sent
        composer = await self._composer_now(manual)
        plan = await composer.plan(sub)
        lang = await get_language(self.store, chat_id) or "vi"  # the chat's /ngonngu
        if kind == "alert":
            if plan.cursor_to <= sub.cursor:
                return sent  # nothing stored since the last alert
            day = now.astimezone(sub.zone).date()
            messages = render_alert(plan, sub, day=day, lang=lang) if not plan.empty else []
        else:
            day = now.astimezone(sub.zone).date()
            wanted = not plan.empty or sub.send_empty
            messages = render_digest(plan, sub, day=day, lang=lang) if wanted else []
        rows = await record_digest(
            self.store,
            sub,
            slot,
            messages,
            kind=kind,
            skip_cursor=plan.cursor_to,
            claim=self._claim(),
        )
        _, n = await self._deliver_rows(rows, stats, in_run)
        return sent + n

    async def _deliver_rows(
        self, rows: list[OutboxRow], stats: RunStats, in_run: bool = False
    ) -> tuple[Outcome, int]:
        """Send rows in order; stop at the first that does not go through (or, in a run,
        at one that would keep its worker waiting while other chats are queued)."""
        sent = 0
        now = self.clock()
        for row in rows:
            ready = self.pacer.ready_at(row.chat_id)
            if in_run and self._queue and ready - self.pacer.now() > SET_ASIDE_S:
                self._set_aside(row.chat_id, ready)
                return Outcome.DEFERRED, sent
            if now - row.slot_time > self.grace:
                # Too old to be news as it stands; the cursor did not move, so these
                # meetings are in the chat's next digest instead.
                await mark_unsent(self.store, row.id, "expired", "past the grace period")
                stats.expired += 1
                continue
            outcome = await self._deliver(row, stats)
            if outcome is not Outcome.SENT:
                return outcome, sent
            sent += 1
        return Outcome.SENT, sent

    async def _send(self, chat_id: int, row: OutboxRow, thread_id: int | None) -> Message:
        """One request, straight out: past PTB's rate limiter, which must not pace it too."""
        paced: dict[str, Any] = {}
        if getattr(self.bot, "rate_limiter", None) is not None:
            paced["rate_limit_args"] = PACED
        return await self.bot.send_message(
            chat_id,
            row.text,
            parse_mode=ParseMode.HTML,
            reply_markup=markup(row),
            link_preview_options=LinkPreviewOptions(is_disabled=True),
            message_thread_id=thread_id,
            **paced,
        )

    async def _deliver(self, row: OutboxRow, stats: RunStats) -> Outcome:
        """One message: intent, paced send, then confirmation — with Telegram's errors."""
        chat_id, thread_id = row.chat_id, row.thread_id
        await mark_sending(self.store, row.id, self._claim())  # committed before it leaves
        network_failures = flood_waits = migrations = 0
        while True:
            await self.pacer.acquire(chat_id)  # counts the send: nothing may await before it
            sent_at = self.clock()
            try:
                message = await self._send(chat_id, row, thread_id)
            except RetryAfter as exc:
                seconds = _retry_after_seconds(exc)
                self.pacer.pause(seconds, chat_id)  # before any await: every worker holds
                flood_waits += 1
                log.warning("flood control: waiting %.0f s (chat %s)", seconds, chat_id)
                until = self.clock() + timedelta(seconds=seconds)
                await mark_retry(self.store, row.id, str(exc), until)
                if flood_waits > self.flood_retries:
                    await mark_unsent(self.store, row.id, "pending", str(exc))
                    stats.later += 1
                    return Outcome.LATER
            except ChatMigrated as exc:
                migrations += 1
                if migrations > 2:
                    await mark_unsent(self.store, row.id, "failed", str(exc))
                    stats.failed += 1
                    return Outcome.FAILED
                await self.move_chat(chat_id, exc.new_chat_id)
                stats.migrated[chat_id] = exc.new_chat_id
                chat_id = exc.new_chat_id
            except Forbidden as exc:
                return await self._unreachable(row, chat_id, exc, stats)
            except BadRequest as exc:
                if thread_id is not None and _topic_gone(str(exc)):
                    log.info(
                        "forum topic %s of chat %s is gone: sending to the chat", thread_id, chat_id
                    )
                    await forget_thread(self.store, chat_id)
                    thread_id = None
                    continue
                if "chat not found" in str(exc).lower():
                    return await self._unreachable(row, chat_id, exc, stats)
                log.error("digest for chat %s refused: %s", chat_id, exc)
                await mark_unsent(self.store, row.id, "failed", str(exc))
                stats.failed += 1
                return Outcome.FAILED
            except NetworkError as exc:  # includes TimedOut and 5xx; the message may have arrived
                network_failures += 1
                if network_failures > self.network_retries:
                    log.warning("network down for chat %s: %s; the sweep will retry", chat_id, exc)
                    await mark_unsent(self.store, row.id, "pending", str(exc))
                    await record_strike(self.store, chat_id)
                    stats.later += 1
                    return Outcome.LATER
                await mark_retry(self.store, row.id, str(exc))
                await self.sleep(min(60.0, 2.0 ** (network_failures - 1)))
            except TelegramError as exc:
                log.error("digest for chat %s failed: %s", chat_id, exc)
                await mark_unsent(self.store, row.id, "failed", str(exc))
                stats.failed += 1
                return Outcome.FAILED
            else:
                message_id = getattr(message, "message_id", None)
                await mark_sent(self.store, row, chat_id, message_id, at=sent_at)
                stats.sent += 1
                return Outcome.SENT

    async def _unreachable(
        self, row: OutboxRow, chat_id: int, exc: TelegramError, stats: RunStats
    ) -> Outcome:
        """A final refusal (blocked, deactivated, kicked, chat not found): stop at once."""
        await mark_unsent(self.store, row.id, "failed", str(exc))
        stats.failed += 1
        reason = unreachable_reason(str(exc))
        if await deactivate(self.store, chat_id, reason):
            log.info("chat %s unreachable (%s): digest stopped", chat_id, exc)
            stats.deactivated.append(chat_id)
        self.unschedule(chat_id)
        return Outcome.GONE

    # ------------------------------------------------------------- chat changes

    async def move_chat(self, old_id: int, new_id: int) -> None:
        """A send was refused because the group became a supergroup: store the move."""
        await migrate_chat(self.store, old_id, new_id)
        await self.follow_chat(old_id, new_id)

    async def follow_chat(self, old_id: int, new_id: int) -> None:
        """After a migration is stored, the daily job follows the subscription."""
        self.unschedule(old_id)
        sub = await get_subscription(self.store, new_id)
        if sub is not None and sub.active:
            self.schedule(sub)

    async def send_now(self, chat_id: int) -> int:
        """Compose and deliver the chat's digest at once (off schedule); messages sent."""
        return await self.process(chat_id, manual=True)


# ----------------------------------------------------------------- JobQueue glue


def get_service(app_or_context: Any) -> DigestService:
    service = app_or_context.bot_data.digests
    if not isinstance(service, DigestService):
        raise RuntimeError("digests are not installed; call bot.digests.install_digests(app)")
    return service


async def _slot_job(context: Context) -> None:
    service = get_service(context)
    job = context.job
    if job is not None and job.chat_id is not None:
        service.enqueue(job.chat_id)
        service.kick()


async def _sweep_job(context: Context) -> None:
    service = get_service(context)
    if await service.queue_due():
        service.kick()


async def _alert_job(context: Context) -> None:
    service = get_service(context)
    chats = await instant_due(service.store)
    for chat_id in chats:
        service.enqueue(chat_id)
    if chats:
        service.kick()


async def _catch_up_job(context: Context) -> None:
    service = get_service(context)
    chats = await service.queue_due()
    if chats:
        log.info("digests: %d chat(s) due at start-up", len(chats))
        service.kick()


def install_digests(app: App, **options: Any) -> DigestService:
    """Attach the digest service to an application built by ``bot.app.build_application``.

    At start-up (``handlers.startup``) the per-chat jobs are registered from the database;
    once the JobQueue runs, a one-off job catches up missed runs and a sweep repeats every
    five minutes. ``options`` go to ``DigestService`` (tests pass a clock, pacer, sleep).
    """
    settings = app.bot_data.settings
    grace_hours = getattr(settings, "briefing_digest_grace_hours", 6.0)
    options.setdefault("grace", timedelta(hours=grace_hours))
    lease = getattr(settings, "briefing_outbox_lease_seconds", LEASE.total_seconds())
    options.setdefault("lease", timedelta(seconds=lease))
    service = DigestService(
        lambda: get_store(app),
        app.bot,
        job_queue=app.job_queue,
        spawn=app.create_task,
        is_running=lambda: app.running,
        **options,
    )
    app.bot_data.digests = service
    if start_digests not in app.bot_data.startup_hooks:
        handlers.on_startup(app, start_digests)
    return service


async def start_digests(app: App) -> list[int]:
    """Register the jobs from the database and schedule the catch-up and the sweep."""
    service = get_service(app)
    subs = await service.register_jobs()
    await prune_outbox(service.store, now=service.clock())
    await service.restore_pacing()
    jq = app.job_queue
    if jq is None:
        log.warning("JobQueue unavailable (install python-telegram-bot[job-queue]); no digests")
        return []
    for name in (START_JOB, SWEEP_JOB, ALERT_JOB):
        for job in jq.get_jobs_by_name(name):
            job.schedule_removal()
    # Jobs added before the scheduler starts must not be dropped as "misfired" when start-up
    # (opening and seeding the store) takes longer than their first delay.
    late_ok = {"misfire_grace_time": 300, "coalesce": True}
    jq.run_once(_catch_up_job, when=0, name=START_JOB, job_kwargs=late_ok)
    jq.run_repeating(
        _sweep_job,
        interval=SWEEP_INTERVAL_S,
        first=SWEEP_INTERVAL_S,
        name=SWEEP_JOB,
        job_kwargs=late_ok,
    )
    jq.run_repeating(
        _alert_job,
        interval=ALERT_INTERVAL_S,
        first=ALERT_INTERVAL_S,
        name=ALERT_JOB,
        job_kwargs=late_ok,
    )
    return [s.chat_id for s in subs if s.active]


async def send_digest_now(app: App, chat_id: int) -> int:
    """Deliver a chat's digest right away (tests, operators); returns messages sent."""
    return await get_service(app).send_now(chat_id)
