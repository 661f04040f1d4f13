"""Feed polling inside `briefing run`: one repeating JobQueue job per feed.

``schedule_feed_jobs(app)`` registers a small reconciling job that runs at once and then
every few minutes: it reads the feed table and makes the per-feed jobs match it (new
feeds get a job, removed ones lose theirs, a changed interval reschedules). So feeds
added with `briefing feeds add` while the bot runs are picked up without a restart.
Each feed job polls its feed unless the feed is backing off after errors (the backoff
state is in the database) or another replica on the same database leased this interval's
poll (``claim_poll``). New meetings land in the store and therefore in the next
digest, which reads meetings added since the last one.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from telegram.ext import Job

from bot.replica import REPLICA
from handlers.common import App, Context, get_store
from store.services.feeds import list_feeds, poll_feed_id
from store.storage.feeds import claim_poll

log = logging.getLogger(__name__)

SYNC_JOB = "feeds:sync"
JOB_PREFIX = "feed:"
SYNC_INTERVAL_S = 300
LEASE_SHARE = 0.8  # of a feed's interval: how long a replica's claim on its poll lasts


LATE_OK = {"misfire_grace_time": 300, "coalesce": True}


def schedule_feed_jobs(app: App, *, sync_interval: float = SYNC_INTERVAL_S) -> Job | None:
    """Start feed polling; needs ``app.bot_data.store`` and the job-queue extra."""
    if app.job_queue is None:
        log.warning(
            "JobQueue unavailable (install python-telegram-bot[job-queue]); feeds are not polled"
        )
        return None
    for job in app.job_queue.get_jobs_by_name(SYNC_JOB):
        job.schedule_removal()
    # /nguon changes the table from Telegram: follow it at once, not at the next sync.
    app.bot_data.feeds_changed = lambda: sync_feed_jobs(app)
    # These are added before the scheduler starts. An interval job whose first run is already
    # past when it starts skips to the next interval, so the first sync is a one-off job.
    app.job_queue.run_once(_sync_job, when=0, name=SYNC_JOB, job_kwargs=LATE_OK)
    return app.job_queue.run_repeating(
        _sync_job, interval=sync_interval, first=sync_interval, name=SYNC_JOB, job_kwargs=LATE_OK
    )


async def _sync_job(context: Context) -> None:
    await sync_feed_jobs(context.application)


async def sync_feed_jobs(app: App) -> dict[int, Job]:
    """Make the per-feed jobs match the feed table; returns the jobs by feed id."""
    jq = app.job_queue
    assert jq is not None
    store = app.bot_data.store
    assert store is not None
    feeds = await list_feeds(store)
    now = datetime.now(UTC)
    current: dict[str, Job] = {
        j.name: j for j in jq.jobs() if j.name and j.name.startswith(JOB_PREFIX) and not j.removed
    }
    wanted: dict[int, Job] = {}
    for i, feed in enumerate(feeds):
        name = f"{JOB_PREFIX}{feed.id}"
        job = current.pop(name, None)
        if job is not None and job.data.get("interval_min") == feed.interval_min:
            wanted[feed.id] = job
            continue
        if job is not None:
            job.schedule_removal()
        # Stagger start-up polls a little so feeds are not all fetched in the same second.
        first = _first_delay(feed.last_poll_at, feed.interval_min, now) + 2 * i
        wanted[feed.id] = jq.run_repeating(
            _poll_job,
            interval=feed.interval_min * 60,
            first=first,
            name=name,
            data={"feed_id": feed.id, "interval_min": feed.interval_min},
            job_kwargs=LATE_OK,
        )
    for job in current.values():  # feeds removed from the table
        job.schedule_removal()
    return wanted


def _first_delay(last_poll_at: str | None, interval_min: int, now: datetime) -> float:
    if not last_poll_at:
        return 5.0
    last = datetime.fromisoformat(last_poll_at.replace("Z", "+00:00"))
    return max(5.0, (last - now).total_seconds() + interval_min * 60)


async def _poll_job(context: Context) -> None:
    job = context.job
    assert job is not None
    feed_id = job.data["feed_id"]
    store, config = get_store(context), context.bot_data.feed_config
    # Every replica runs this job; the one that leases the interval polls (a lease a bit
    # shorter than the interval, so the next interval's run is not turned away by it).
    now = datetime.now(UTC)
    lease = timedelta(minutes=job.data["interval_min"] * LEASE_SHARE)
    if not await claim_poll(store, feed_id, REPLICA, now, now + lease):
        return
    report = await poll_feed_id(store, feed_id, config=config, force=False)
    if report is None:  # removed since the last sync
        job.schedule_removal()
        return
    if report.status == "error":
        log.warning("feed %s: %s (next try %s)", report.url, report.error, report.next_poll_at)
    else:
        log.info(
            "feed %s: %s, %d new articles, %d new meetings, %d entry errors",
            report.url,
            report.status,
            report.new_articles,
            report.new_meetings,
            len(report.failed),
        )
    for problem in report.failed:
        log.info("feed %s entry %s: %s", report.url, problem.url, problem.reason)
