"""Charts people would rather look at than read: meetings per month or year, and one
leader's meetings on a time axis.

The arguments are read like a question ("Putin", "dầu khí", "Tô Lâm 2025 theo tháng"),
counted in SQL (``store.storage.counts``) and drawn with matplotlib's Agg canvas on a bare
``Figure`` (no pyplot, no global state), imported only when a chart is drawn; drawing
runs in a worker thread. Months and years without meetings are drawn as zero.
"""

from __future__ import annotations

import asyncio
import io
from dataclasses import dataclass, replace
from datetime import date

from store.language import wording_i18n as i18n
from store.language.catalogue import say
from store.language.countries import BILATERAL, country_name
from store.language.fold import fold
from store.language.lexicon import get_lexicon
from store.language.query import LeaderGroup, Query, understand
from store.language.wording import understood_text
from store.storage.counts import Counts, TimelineRow, Window, count_by_period, timeline_rows
from store.storage.db import Store
from store.storage.search import sector_set

TIMELINE_MAX = 5000  # rows (a meeting per person met) drawn at most: the newest
MONTHS_MAX = 36  # a longer span is drawn by year unless months are asked for
CAPTION_MAX = 1024  # Telegram's limit for a photo caption
TIMELINE_ROWS = 12  # counterparts drawn on their own line; the rest share one
BAR_COLOR = "#c0392b"
KIND_COLORS = ("#c0392b", "#1f5fa8", "#27ae60", "#8e44ad", "#d68910", "#7f8c8d")


class ChartError(Exception):
    """Nothing to draw, or arguments not understood; the message is in the language asked."""


@dataclass(frozen=True)
class Chart:
    png: bytes
    caption: str  # plain text, at most CAPTION_MAX characters
    total: int  # meetings drawn
    series: tuple[tuple[str, int], ...] = ()  # (period or person, meetings), as drawn


@dataclass(frozen=True)
class _Asked:
    query: Query
    label: str  # what was asked, in words ("Vladimir Putin · dầu khí")
    groups: list[list[Window]]
    sectors: list[str]


def _windows(g: LeaderGroup) -> list[Window]:
    return [(a.name, a.start, a.end) for a in g.alternatives]


def _read(text: str, today: date, lang: str = "vi") -> _Asked:
    q = understand(text or "", today)
    leftovers = q.unknown_names or (q.keywords and not (q.groups or q.sectors))
    if leftovers:
        understood = understood_text(q) if lang == "vi" else i18n.understood_text(q, lang)
        raise ChartError(
            say(lang, "chart.not_understood", text=text.strip()[:80], understood=understood)
        )
    if lang == "vi":
        parts = [g.label for g in q.groups] + list(q.sectors)
    else:
        parts = [i18n.group_label(g, lang) for g in q.groups]
        parts += [i18n.sector(s, lang) for s in q.sectors]
    return _Asked(q, " · ".join(parts), [_windows(g) for g in q.groups], sector_set(q.sectors))


def _granularity(text: str) -> str | None:
    words = f" {fold(text)} "
    if " theo thang " in words or " moi thang " in words or " hang thang " in words:
        return "month"
    if " theo nam " in words or " moi nam " in words or " hang nam " in words:
        return "year"
    return None


def _month_span(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _filled(counts: Counts, by: str, start: date | None, end: date | None, today: date):
    """Every month (or year) from the first to the last, zero where there was no meeting."""
    found = dict(counts.periods)
    if by == "month":
        first = min(start.strftime("%Y-%m"), min(found)) if start else min(found)
        # An asked period is drawn whole, but not past this month.
        last = max(min(end, today).strftime("%Y-%m"), max(found)) if end else max(found)
        keys = _month_span(first, max(last, first))
    else:
        first_y = start.year if start else int(min(found))
        last_y = end.year if end else int(max(found))
        keys = [str(y) for y in range(first_y, max(last_y, first_y) + 1)]
    return [(k, found.get(k, 0)) for k in keys]


def _period_label(key: str) -> str:
    return f"{int(key[5:7])}/{key[:4]}" if len(key) == 7 else key


async def meetings_chart(
    store: Store,
    text: str = "",
    today: date | None = None,
    by: str | None = None,
    lang: str = "vi",
) -> Chart:
    """Meetings per month or year, for the leaders / sectors / period ``text`` names; the
    title, axis and caption in ``lang``."""
    today = today or date.today()
    asked = _read(text, today, lang)
    q = asked.query
    by = by or _granularity(text)
    counts = await count_by_period(
        store, by or "month", asked.groups, asked.sectors, q.date_from, q.date_to
    )
    if by is None and counts.periods:
        first, last = counts.periods[0][0], counts.periods[-1][0]
        if len(_month_span(first, last)) > MONTHS_MAX:
            by = "year"
            counts = await count_by_period(
                store, by, asked.groups, asked.sectors, q.date_from, q.date_to
            )
    by = by or "month"
    if not counts.periods:
        what = say(lang, "chart.about", value=asked.label) if asked.label else ""
        raise ChartError(say(lang, "chart.nothing", what=what))
    series = _filled(counts, by, q.date_from, q.date_to, today)
    total = sum(n for _, n in series)
    span = f"{_period_label(series[0][0])}–{_period_label(series[-1][0])}"
    title = say(lang, "chart.by_month" if by == "month" else "chart.by_year")
    if asked.label:
        title += f": {asked.label}"
    caption = say(lang, "chart.caption", title=title, span=span, n=total)
    left = []
    if counts.coarser and by == "month":
        left.append(say(lang, "chart.year_only", n=counts.coarser))
    if counts.undated:
        left.append(say(lang, "chart.undated", n=counts.undated))
    if left:
        caption += say(lang, "chart.left_out", value=", ".join(left))
    png = await asyncio.to_thread(_bars_png, series, title, by, say(lang, "chart.axis"))
    return Chart(png, caption[:CAPTION_MAX], total, tuple(series))


def warm_up() -> None:
    """Import matplotlib ahead of the first chart (it takes most of a second)."""
    _figure(1, 1)


def _figure(width: float, height: float):
    # Imported here: matplotlib is slow to import and only charts need it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _png(fig) -> bytes:
    out = io.BytesIO()
    fig.savefig(out, format="png")
    return out.getvalue()


def _bars_png(series: list[tuple[str, int]], title: str, by: str, axis: str) -> bytes:
    fig = _figure(10, 4.5)
    ax = fig.subplots()
    values = [n for _, n in series]
    bars = ax.bar(range(len(values)), values, color=BAR_COLOR)
    if len(values) <= MONTHS_MAX:
        ax.bar_label(bars, labels=[str(v) if v else "" for v in values], fontsize=8)
    step = max(1, len(series) // 24)
    ticks = list(range(0, len(series), step))
    ax.set_xticks(ticks, [_period_label(series[i][0]) for i in ticks], rotation=60, ha="right")
    ax.tick_params(axis="x", labelsize=8)
    ax.set_ylabel(axis)
    ax.set_title(title if len(title) <= 90 else title[:89] + "…")
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylim(bottom=0)
    ax.margins(x=0.01, y=0.15)
    return _png(fig)


async def timeline_chart(
    store: Store, text: str, today: date | None = None, lang: str = "vi"
) -> Chart:
    """One leader's meetings with the other side on a time axis; words in ``lang``."""
    today = today or date.today()
    asked = _read(text, today, lang)
    people = [n for g in asked.query.groups for n in g.names]
    if len(dict.fromkeys(people)) != 1:
        raise ChartError(say(lang, "chart.one_leader"))
    name = people[0]
    person = get_lexicon().people.get(name)
    mine = person.country if person else None
    other = next((c for c in BILATERAL if c != mine), None) if mine in BILATERAL else None
    rows = await timeline_rows(store, name, other, limit=TIMELINE_MAX)
    capped = len(rows) == TIMELINE_MAX
    if asked.query.date_from or asked.query.date_to:
        lo = (asked.query.date_from or date.min).isoformat()
        hi = (asked.query.date_to or date.max).isoformat()
        rows = [x for x in rows if lo <= x.day_start <= hi]
    if not rows:
        raise ChartError(say(lang, "chart.no_timeline", name=_name(name, lang)))
    if other:
        country = country_name(other) if lang == "vi" else i18n.country(other, lang)
        side = say(lang, "chart.side", country=country)
    else:
        side = say(lang, "chart.all_sides")
    title = say(lang, "chart.timeline_title", name=_name(name, lang), side=side)
    if lang != "vi":
        rows = [
            replace(x, counterpart=_name(x.counterpart, lang), kind=i18n.kind(x.kind, lang))
            for x in rows
        ]
    png = await asyncio.to_thread(_timeline_png, rows, title, say(lang, "chart.others"))
    meetings = len({x.meeting for x in rows})
    per_person: dict[str, int] = {}
    for x in rows:
        per_person[x.counterpart] = per_person.get(x.counterpart, 0) + 1
    people_met = len(per_person)
    caption = say(
        lang,
        "chart.timeline_caption",
        title=title,
        first=_day(rows[0].day_start),
        last=_day(rows[-1].day_start),
        meetings=meetings,
        people=people_met,
    )
    if capped:
        caption += say(lang, "chart.capped")
    return Chart(png, caption[:CAPTION_MAX], meetings, tuple(per_person.items()))


def _name(name: str, lang: str) -> str:
    return name if lang == "vi" else i18n.name(name, lang)


def _day(iso: str) -> str:
    return f"{int(iso[8:10])}/{int(iso[5:7])}/{iso[:4]}"


def _timeline_png(rows: list[TimelineRow], title: str, others_label: str) -> bytes:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    counts: dict[str, int] = {}
    for x in rows:
        counts[x.counterpart] = counts.get(x.counterpart, 0) + 1
    names = sorted(counts, key=lambda n: (-counts[n], n))
    shown = names[:TIMELINE_ROWS]
    others = others_label if len(names) > TIMELINE_ROWS else None
    lines = shown + ([others] if others else [])
    kinds: dict[str, int] = {}
    for x in rows:
        kinds[x.kind] = kinds.get(x.kind, 0) + 1
    palette = {
        k: KIND_COLORS[min(i, len(KIND_COLORS) - 1)]
        for i, k in enumerate(sorted(kinds, key=lambda k: -kinds[k]))
    }
    fig = _figure(10, max(3.0, 1.2 + 0.45 * len(lines)))
    ax = fig.subplots()
    for kind, color in palette.items():
        pts = [
            (
                date.fromisoformat(x.day_start),
                lines.index(x.counterpart if x.counterpart in shown else others),
            )
            for x in rows
            if x.kind == kind
        ]
        if pts:
            ax.scatter([d for d, _ in pts], [y for _, y in pts], s=40, color=color, label=kind)
    ax.set_yticks(range(len(lines)), lines, fontsize=9)
    ax.set_ylim(-0.7, len(lines) - 0.3)
    ax.invert_yaxis()
    locator = AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))
    ax.grid(axis="x", alpha=0.3)
    ax.set_title(title)
    if len(palette) > 1:
        fig.legend(loc="outside lower center", fontsize=8, ncols=len(palette), frameon=False)
    return _png(fig)
