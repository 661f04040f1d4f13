"""What the store holds, for the admins' /thongke: counts and a chart image.

The chart is drawn with matplotlib's Agg canvas on a bare ``Figure`` (no pyplot), so it
needs no display, keeps no global state and may run in a worker thread.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from store.services.feeds import feed_stats
from store.storage.db import Store
from store.storage.subscriptions import list_subscriptions

CHART_MONTHS = 24  # newest months that have meetings
TOP_SECTORS = 10


@dataclass(frozen=True)
class StoreStats:
    articles: int
    meetings: int
    subscriptions: int  # active digest subscriptions
    feeds: int
    failing_feeds: int  # feeds whose last poll failed
    last_poll_at: str | None  # ISO 8601 UTC ("…Z") of the latest feed poll, if any
    last_ok_at: str | None  # ISO 8601 UTC of the latest successful feed poll
    months: list[tuple[str, int]] = field(default_factory=list)  # (YYYY-MM, n), oldest first
    sectors: list[tuple[str, int]] = field(default_factory=list)  # (sector, n), most first

    @property
    def empty(self) -> bool:
        return self.meetings == 0

    @property
    def chartable(self) -> bool:
        return bool(self.months or self.sectors)


async def collect_stats(
    store: Store, months: int = CHART_MONTHS, top_sectors: int = TOP_SECTORS
) -> StoreStats:
    feeds = await feed_stats(store)
    return StoreStats(
        articles=await store.count_articles(),
        meetings=await store.count_meetings(),
        subscriptions=len(await list_subscriptions(store, active_only=True)),
        feeds=feeds["feeds"],
        failing_feeds=feeds["failing"],
        last_poll_at=feeds["last_poll_at"],
        last_ok_at=feeds["last_ok_at"],
        months=list(reversed((await store.months())[:months])),
        sectors=(await store.sector_counts())[:top_sectors],
    )


def _month_label(ym: str) -> str:
    year, month = ym.split("-")
    return f"{month}/{year}"


def chart_png(stats: StoreStats) -> bytes | None:
    """A PNG with meetings per month and the top sectors; None when there is nothing to draw."""
    if not stats.chartable:
        return None
    # Imported here: matplotlib is slow to import and only this command needs it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    panels = [p for p in (stats.months, stats.sectors) if p]
    fig = Figure(figsize=(10, 4.2 * len(panels)), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(len(panels), 1, squeeze=False)[:, 0]
    row = 0
    if stats.months:
        ax = axes[row]
        row += 1
        labels = [_month_label(ym) for ym, _ in stats.months]
        values = [n for _, n in stats.months]
        bars = ax.bar(range(len(values)), values, color="#c0392b")
        ax.bar_label(bars, fontsize=8)
        ax.set_xticks(range(len(values)), labels, rotation=60, ha="right", fontsize=8)
        ax.set_ylabel("Số cuộc gặp")
        ax.set_title(f"Số cuộc gặp theo tháng ({len(values)} tháng gần nhất có dữ liệu)")
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.margins(y=0.15)
    if stats.sectors:
        ax = axes[row]
        names = [name for name, _ in stats.sectors][::-1]
        values = [n for _, n in stats.sectors][::-1]
        bars = ax.barh(range(len(values)), values, color="#1f5fa8")
        ax.bar_label(bars, fontsize=8, padding=2)
        ax.set_yticks(range(len(values)), names, fontsize=9)
        ax.set_xlabel("Số cuộc gặp")
        ax.set_title("Lĩnh vực hợp tác được nhắc tới nhiều nhất")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.margins(x=0.1)
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()
