"""Morning digests: scheduling on PTB's JobQueue and delivery that survives faults.

One ``run_daily`` job per active subscription (named ``digest:<chat id>``), re-registered
from the database at start-up. A job only wakes the delivery loop; what is due is always
decided from the database (``Subscription.due_slot`` versus ``last_slot``), so a missed
run within the grace period, a job that fired twice, a restart in the middle of a run,
and the periodic sweep all converge on the same state.

Delivery (``DigestService``) goes through an outbox (``store.storage.subscriptions``): the intent
is committed before each send and the delivery after Telegram confirms it, so a crash
loses nothing and repeats at most the message that was in flight to a chat. Sends are
paced under Telegram's limits by ``Pacer`` (≈ 28 msg/s overall, ≤ 19/min per group)
so 10,000 subscribers at 07:00 are served in about six minutes.
``RetryAfter`` pauses every send; ``ChatMigrated`` moves the subscription; ``Forbidden``
counts towards deactivation; network errors retry with backoff, then wait for the sweep.
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Any

from telegram import Bot, InlineKeyboardMarkup, LinkPreviewOptions
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
from handlers.common import App, Context, get_store
from handlers.render import render_digest
from handlers.views import details_button
from store.language.subscription import Subscription, utc_now
from store.services.digest import Composer
from store.storage.chats import migrate_chat
from store.storage.db import Store
from store.storage.subscriptions import (
    OutboxRow,
    chats_with_open_rows,
    get_subscription,
    list_subscriptions,
    mark_sending,
    mark_sent,
    mark_unsent,
    open_rows,
    prune_outbox,
    record_digest,
    record_unreachable,
)

log = logging.getLogger(__name__)

JOB_PREFIX = "digest:"
SWEEP_JOB = "digests:sweep"
START_JOB = "digests:catch-up"
SWEEP_INTERVAL_S = 300
BUTTONS_PER_ROW = 2  # buttons are named by date and counterpart ("8/5 · Mishustin")
REFRESH_S = 30.0  # how often a long run looks for meetings ingested meanwhile

Clock = Callable[[], datetime]
Sleep = Callable[[float], Awaitable[None]]


# ----------------------------------------------------------------- pacing


class Pacer:
    """Paces sends under Telegram's limits: at most ``per_second`` messages in any second
    overall, evenly spaced (never a burst), and at most ``per_group_minute`` messages in
    any minute to one group. Private chats take the short burst of a digest's parts (as
    PTB's AIORateLimiter allows); Telegram only objects to sustained floods there.

    ``pause`` (after ``RetryAfter``) stops every sender until the wait is over. ``clock``
    and ``sleep`` default to the event loop's, so a virtual-time loop can drive it.
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
        self.interval = 1.0 / per_second
        self.per_group_minute = per_group_minute
        self._clock = clock
        self._sleep = sleep or asyncio.sleep
        self._next = 0.0  # earliest time of the next send overall
        self._recent: deque[float] = deque(maxlen=per_second)  # reserved send times
        self._paused_until = 0.0
        self._groups: dict[int, deque[float]] = {}

    def now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()

    def pause(self, seconds: float) -> None:
        self._paused_until = max(self._paused_until, self.now() + seconds)

    def _group_ready(self, chat_id: int) -> float:
        sent = self._groups.get(chat_id)
        if chat_id >= 0 or not sent or len(sent) < self.per_group_minute:
            return 0.0
        return sent[0] + 60.0

    async def acquire(self, chat_id: int) -> None:
        """Wait until a message to ``chat_id`` may go out; the caller sends right away."""
        while True:
            now = self.now()
            wait = max(self._group_ready(chat_id), self._paused_until) - now
            if wait > 0:
                await self._sleep(wait)
                continue
            slot = max(now, self._next)
            if len(self._recent) == self.per_second:
                slot = max(slot, self._recent[0] + 1.0)  # exact: never per_second + 1 in 1 s
            self._next = slot + self.interval
            self._recent.append(slot)
            if slot > now:
                await self._sleep(slot - now)
                if self.now() < self._paused_until:
                    continue  # a flood wait began while we slept: queue again behind it
            break
        if chat_id < 0:
            sent = self._groups.setdefault(chat_id, deque(maxlen=self.per_group_minute))
            sent.append(self.now())
            if len(self._groups) > 20_000:  # forget groups idle for a minute
                horizon = self.now() - 60.0
                self._groups = {c: q for c, q in self._groups.items() if q and q[-1] > horizon}


# ----------------------------------------------------------------- delivery


class Outcome(Enum):
    SENT = "sent"
    LATER = "later"  # left pending; the sweep tries again
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
        max_failures: int = 3,
        network_retries: int = 5,
        flood_retries: int = 5,
        job_queue: Any = None,
        spawn: Callable[[Awaitable[Any]], Any] | None = None,
        is_running: Callable[[], bool] | None = None,
    ) -> None:
        self._store = store
        self.bot = bot
        self.grace = grace
        self.clock = clock
        self.pacer = pacer or Pacer()
        self.sleep = sleep or asyncio.sleep
        self.concurrency = concurrency
        self.max_failures = max_failures
        self.network_retries = network_retries
        self.flood_retries = flood_retries
        self.job_queue = job_queue
        self._spawn = spawn or asyncio.ensure_future
        self._is_running = is_running
        self._queue: deque[int] = deque()
        self._queued: set[int] = set()
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
        """(Re)register the chat's daily job; inactive or dayless subscriptions get none."""
        self.unschedule(sub.chat_id)
        if self.job_queue is None or not sub.active or not sub.days:
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
        return await self.queue_due(subs)

    async def queue_due(self, subs: list[Subscription] | None = None) -> list[int]:
        """Queue chats with a due, unhandled run within the grace period or an unsent
        message; returns them. Runs at start-up and every few minutes (the sweep)."""
        now = self.clock()
        subs = subs if subs is not None else await list_subscriptions(self.store, active_only=True)
        due = [s.chat_id for s in subs if s.active and self.due(s, now) is not None]
        waiting = await chats_with_open_rows(self.store)
        chats = list(dict.fromkeys([*waiting, *due]))
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

        while self._queue and go_on():
            self._composer = Composer(self.store)  # one snapshot per run, refreshed as it goes
            await self._composer.refresh()
            self._composer_at = asyncio.get_running_loop().time()
            workers = [
                self._worker(go_on, stats) for _ in range(min(self.concurrency, len(self._queue)))
            ]
            await asyncio.gather(*workers)
        self._composer = None
        return stats

    async def _worker(self, go_on: Callable[[], bool], stats: RunStats) -> None:
        while self._queue and go_on():
            chat_id = self._queue.popleft()
            self._queued.discard(chat_id)
            try:
                await self.process(chat_id, stats=stats)
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
        self, chat_id: int, *, manual: bool = False, stats: RunStats | None = None
    ) -> int:
        """Deliver what a chat is owed now; returns the number of messages sent.

        First any unsent messages of an earlier digest (in order), then — if a scheduled
        run is due, or ``manual`` — a new digest of the meetings added since the last one.
        """
        stats = stats or RunStats()
        stats.chats += 1
        lock = self._lock(chat_id)
        try:
            async with lock:
                return await self._process(chat_id, manual, stats)
        finally:
            if not lock.locked():
                self._locks.pop(chat_id, None)

    async def _process(self, chat_id: int, manual: bool, stats: RunStats) -> int:
        sent = 0
        outcome, n = await self._deliver_rows(await open_rows(self.store, chat_id), stats)
        sent += n
        if outcome in (Outcome.LATER, Outcome.GONE):
            return sent
        chat_id = stats.migrated.get(chat_id, chat_id)
        sub = await get_subscription(self.store, chat_id)
        if sub is None or not sub.active:
            return sent
        now = self.clock()
        slot = now if manual else self.due(sub, now)
        if slot is None:
            return sent
        composer = await self._composer_now(manual)
        plan = await composer.plan(sub)
        day = now.astimezone(sub.zone).date()
        messages = render_digest(plan, sub, day=day) if (not plan.empty or sub.send_empty) else []
        rows = await record_digest(
            self.store,
            sub,
            slot,
            messages,
            kind="manual" if manual else "scheduled",
            skip_cursor=plan.cursor_to,
        )
        _, n = await self._deliver_rows(rows, stats)
        return sent + n

    async def _deliver_rows(self, rows: list[OutboxRow], stats: RunStats) -> tuple[Outcome, int]:
        """Send rows in order; stop at the first that does not go through."""
        sent = 0
        now = self.clock()
        for row in rows:
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

    async def _deliver(self, row: OutboxRow, stats: RunStats) -> Outcome:
        """One message: intent, paced send, then confirmation — with Telegram's errors."""
        chat_id = row.chat_id
        await mark_sending(self.store, row.id)  # committed before the request leaves
        network_failures = flood_waits = migrations = 0
        while True:
            await self.pacer.acquire(chat_id)
            try:
                message = await self.bot.send_message(
                    chat_id,
                    row.text,
                    parse_mode=ParseMode.HTML,
                    reply_markup=markup(row),
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                )
            except RetryAfter as exc:
                seconds = _retry_after_seconds(exc)
                self.pacer.pause(seconds)
                flood_waits += 1
                log.warning("flood control: waiting %.0f s (chat %s)", seconds, chat_id)
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
                if "chat not found" in str(exc).lower():
                    return await self._unreachable(row, chat_id, exc, stats)
                log.error("digest for chat %s refused: %s", chat_id, exc)
                await mark_unsent(self.store, row.id, "failed", str(exc))
                stats.failed += 1
                return Outcome.FAILED
            except NetworkError as exc:  # includes TimedOut; the message may have arrived
                network_failures += 1
                if network_failures > self.network_retries:
                    log.warning("network down for chat %s: %s; the sweep will retry", chat_id, exc)
                    await mark_unsent(self.store, row.id, "pending", str(exc))
                    stats.later += 1
                    return Outcome.LATER
                await self.sleep(min(60.0, 2.0 ** (network_failures - 1)))
            except TelegramError as exc:
                log.error("digest for chat %s failed: %s", chat_id, exc)
                await mark_unsent(self.store, row.id, "failed", str(exc))
                stats.failed += 1
                return Outcome.FAILED
            else:
                await mark_sent(self.store, row, chat_id, getattr(message, "message_id", None))
                stats.sent += 1
                return Outcome.SENT

    async def _unreachable(
        self, row: OutboxRow, chat_id: int, exc: TelegramError, stats: RunStats
    ) -> Outcome:
        await mark_unsent(self.store, row.id, "failed", str(exc))
        stats.failed += 1
        if await record_unreachable(self.store, chat_id, self.max_failures):
            log.info("chat %s unreachable %d times: digest stopped", chat_id, self.max_failures)
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
    jq = app.job_queue
    if jq is None:
        log.warning("JobQueue unavailable (install python-telegram-bot[job-queue]); no digests")
        return []
    for name in (START_JOB, SWEEP_JOB):
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
    return [s.chat_id for s in subs if s.active]


async def send_digest_now(app: App, chat_id: int) -> int:
    """Deliver a chat's digest right away (tests, operators); returns messages sent."""
    return await get_service(app).send_now(chat_id)
