"""How a source is cited: "Outlet · Headline · dd/mm/yyyy".

Pure functions over ``Citation`` (an article as a reader would cite it). The outlet comes
from the URL's domain through store/data/outlets.json, else from the page's own site name,
else the host; the headline from the page title, else the first line of the text that reads
like one (seeds and pasted texts have no title). Rendering layers add the link.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

from store.language.cards import sentences
from store.language.catalogue import items, say
from store.language.compiled import kept_regex
from store.language.fold import fold_key
from store.language.models import Citation, Meeting, Participant
from store.language.packaged import files

HEADLINE_MAX = 160  # characters of a headline (cut at a word, with "…")
COMPACT_HEADLINE = 50  # in list items, when there is no outlet to name
HEAD_CHARS = 600  # characters of an article's text enough to find its headline
MIN_HEADLINE_WORDS = 5  # shorter first lines are page chrome ("Tiêu điểm: …", "Thời sự")
SITE_NAME_MAX = 60
MASTHEAD_WORDS = 8
CAPS_SHARE = 0.4  # a line this much in capitals is a banner, not a headline

_ARCHIVE_DATE = kept_regex(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s+", re.IGNORECASE)
_CREDIT = kept_regex(r"\s*[(\[]?\s*(?:Ảnh|Nguồn|Video|Clip)\s*:.*$", re.IGNORECASE)
# A site's menu or breadcrumbs: items set apart by runs of spaces, bars or arrows.
_MENU = kept_regex(r"\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S|\||\s[»›>]\s")
_LETTER = kept_regex(r"[^\W\d_]")
# "- Miền Bắc đón đợt không khí lạnh …", "• …": a line opening with an item's mark.
_ITEM_LINE = kept_regex(r"[-–—•►▶▸■◆●▪♦➤➢❖+*]\s")
_STAMP = kept_regex(r"\s+\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(files("store").joinpath("data/outlets.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    return {host.lower(): name for host, name in _data()["outlets"].items()}


@lru_cache(maxsize=1)
def _taglines() -> tuple[str, ...]:
    return tuple(fold_key(w) + " " for w in _data()["taglines"])


@lru_cache(maxsize=1)
def _masthead() -> tuple[str, ...]:
    return tuple(fold_key(w) + " " for w in _data()["masthead"])


def _chrome(line: str) -> bool:
    """A line of page chrome: a site's name line ("Báo Điện tử Chính phủ", "VNEXPRESS"),
    a banner set in capitals ("HOTLINE … ĐẶT MUA BÁO")."""
    words = [w for w in line.split() if _LETTER.search(w)]
    shouting = [w for w in words if len(w) > 1 and w.upper() == w]
    if len(shouting) >= 2 and len(shouting) >= CAPS_SHARE * len(words):
        return True
    if len(words) <= MASTHEAD_WORDS and f"{fold_key(line)} ".startswith(_masthead()):
        return True
    name, _, rest = line.partition(" - ")  # "ĐẠI BIỂU NHÂN DÂN - Cơ quan của Quốc hội …"
    return bool(rest) and len(name.split()) <= 5 and f"{fold_key(rest)} ".startswith(_taglines())


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.lower().removeprefix("www.") if host else None


def outlet_name(url: str | None, site_name: str | None = None) -> str | None:
    """The outlet a URL belongs to: the data table (a subdomain counts as its domain), else
    the page's site name, else the host; None for a file or a text with no address."""
    host = host_of(url)
    if host:
        table = _outlets()
        parts = host.split(".")
        for i in range(len(parts) - 1):
            found = table.get(".".join(parts[i:]))
            if found:
                return found
    name = " ".join((site_name or "").split())
    if name and len(name) <= SITE_NAME_MAX:
        return name
    return host


def home_place(url: str | None, places: dict[str, str]) -> str | None:
    """The city or province a local paper belongs to: the data table ("homes"), else a domain
    "bao" + the place's folded name without spaces ("baodanang.vn" → Đà Nẵng), looked up in
    ``places`` (that key → the place's name); None for a national outlet or no address."""
    host = host_of(url)
    if not host:
        return None
    homes = _data().get("homes", {})
    parts = host.split(".")
    for i in range(len(parts) - 1):
        found = homes.get(".".join(parts[i:]))
        if found:
            return found
    stems = [p for p in parts[:-1] if p.startswith("bao") and len(p) > 5]
    return next((places[p[3:]] for p in stems if p[3:] in places), None)


def outlet_key(url: str | None, site_name: str | None = None) -> str | None:
    """What tells two outlets apart (None: a source with no outlet, such as a file)."""
    name = outlet_name(url, site_name)
    return fold_key(name) if name else None


def _words_cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word (never inside one), with "…"."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:-–") + "…"


@lru_cache(maxsize=4096)
def headline(title: str | None, text_head: str | None = None) -> str | None:
    """The article's headline: its title, else the first line of its text that reads as one
    (an archive's date prefix, photo credits and lines of page chrome left out). Kept: an
    answer reads it for each article it weighs (passages.parse) and again for each it cites
    (storage.db's citations), the same text head both times."""
    title = " ".join((title or "").split())
    if title:
        return _words_cut(title, HEADLINE_MAX)
    for raw in (text_head or "").splitlines():
        raw = _ARCHIVE_DATE.sub("", raw).strip()
        if _MENU.search(raw) or _ITEM_LINE.match(raw):
            continue  # a menu, or one item of a page of news items (not what the page is about)
        line = " ".join(raw.split())
        if sum(1 for w in line.split() if _LETTER.search(w)) < MIN_HEADLINE_WORDS:
            continue
        if _chrome(line):
            continue
        line = sentences(line)[0]  # a lead paragraph: its first sentence
        line = _STAMP.sub("", line)
        line = _CREDIT.sub("", line).strip().rstrip(".")
        if len(line.split()) >= MIN_HEADLINE_WORDS:
            return _words_cut(line, HEADLINE_MAX)
    return None


def name_words(people: Iterable[Participant]) -> list[str]:
    """The word each person is called by in a headline: the last of the name, folded."""
    return [w.split()[-1] for p in people if (w := fold_key(p.name))]


def headline_names(headline: str | None, words: list[str]) -> int:
    """How many of the people (their ``name_words``) a headline names: a report headlined
    with the meeting's people is about it; one naming fewer tells it in passing."""
    head = f" {fold_key(headline or '')} "
    return sum(f" {w} " in head for w in words)


def day_text(published: str | None) -> str:
    """ "08/05/2025" of "2025-05-08"; "11/2014" of a publication known only to the month."""
    if not published:
        return ""
    y, m, *d = published.split("-")
    return f"{d[0]}/{m}/{y}" if d else f"{m}/{y}"


def cite(c: Citation) -> str:
    """ "VnExpress · Tổng Bí thư hội đàm với Tổng thống Nga · 08/05/2025" (parts it lacks left
    out; the stored name of a source with none of them)."""
    parts = [c.outlet or "", c.title or "", day_text(c.published)]
    return " · ".join(p for p in parts if p) or c.source


def cite_compact(c: Citation) -> str:
    """A list item's form: "VnExpress · 08/05/2025"; a short headline when no outlet is known."""
    name = c.outlet or (_words_cut(c.title, COMPACT_HEADLINE) if c.title else "")
    parts = [name, day_text(c.published)]
    return " · ".join(p for p in parts if p) or c.source


def disputed_dates(m: Meeting) -> list[tuple[str, int]]:
    """Dates its sources give for the meeting that contradict the one kept (another day;
    a month or a year that holds it agrees), each with how many sources give it."""
    if not m.date:
        return []
    counts: dict[str, int] = {}
    for c in m.citations:
        if c.date and not c.date.startswith(m.date) and not m.date.startswith(c.date):
            counts[c.date] = counts.get(c.date, 0) + 1
    return list(counts.items())


def _date_words(value: str, lang: str) -> str:
    """A YYYY[-MM[-DD]] date in the language: "9/5/2025", "9 May 2025", "май 2025 г."."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        month = items(lang, "months.of")[parts[1] - 1]
        return say(lang, "date.day", day=parts[2], month=month, year=parts[0])
    if len(parts) == 2:
        return say(lang, "date.month", month=items(lang, "months")[parts[1] - 1], year=parts[0])
    return say(lang, "date.year", year=parts[0])


def date_note(m: Meeting, lang: str) -> str:
    """ " (một nguồn ghi 9/5/2025)" after the meeting's date when a source reports another
    day, so that the kept one is not stated as certain; "" when the sources agree."""
    parts = []
    for value, n in disputed_dates(m):
        when = _date_words(value, lang)
        parts.append(
            say(lang, "date.other_one", date=when)
            if n == 1
            else say(lang, "date.other_n", n=n, date=when)
        )
    return say(lang, "date.disputed", value="; ".join(parts)) if parts else ""


def outlets(citations: Iterable[Citation]) -> list[str]:
    """Distinct outlets (a source with no outlet counts by itself), in order."""
    seen: dict[str, str] = {}
    for c in citations:
        key = fold_key(c.outlet) if c.outlet else f"\x00{c.article_id}"
        seen.setdefault(key, c.outlet or cite(c))
    return list(seen.values())


def others_text(m: Meeting) -> str:
    """ " (và 2 nguồn khác)" when more than one article reports the meeting."""
    more = len(m.citations) - 1
    return f" (và {more} nguồn khác)" if more > 0 else ""


def sources_line(m: Meeting) -> str:
    """A card's source line: the first report cited in full, and how many more there are."""
    if m.citations:
        return f"Nguồn: {cite(m.citations[0])}{others_text(m)}"
    if m.sources:  # a meeting built outside the store
        more = len(m.sources) - 1
        return f"Nguồn: {m.sources[0]}" + (f" (và {more} nguồn khác)" if more > 0 else "")
    return ""


def compact_source(m: Meeting) -> str:
    """A list item's source: "VnExpress · 08/05/2025", "+2" when more articles report it."""
    if not m.citations:
        return ""
    more = len(m.citations) - 1
    return cite_compact(m.citations[0]) + (f" +{more}" if more > 0 else "")


def labels(m: Meeting) -> list[tuple[str, str]]:
    """(text, url) pairs a renderer links, in the order they appear in a meeting's wording."""
    out: list[tuple[str, str]] = []
    if m.citations and m.citations[0].url:
        first = m.citations[0]
        out += [(cite(first), first.url), (cite_compact(first), first.url)]  # type: ignore[list-item]
    return out


def _cited_at(text: str, label: str, start: int, compact: bool) -> int:
    """Where the text cites the source by ``label``: a compact one ("Công Thương") only where
    a list item puts it, in brackets, never inside a title ("Bộ trưởng Bộ Công Thương")."""
    pos = text.find(label, start)
    while compact and pos > 0 and text[pos - 1] != "(":
        pos = text.find(label, pos + 1)
    return pos


def link_spans(text: str, meetings: Iterable[Meeting]) -> list[tuple[int, int, str]]:
    """Where ``text`` (an answer worded from ``meetings``, in their order) names each
    meeting's linkable source: (start, end, url) spans, in order, not overlapping."""
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    for m in meetings:
        found = [
            (pos, label, url)
            for i, (label, url) in enumerate(labels(m))
            if label and (pos := _cited_at(text, label, cursor, compact=i > 0)) >= 0
        ]
        if not found:
            continue
        pos, label, url = min(found, key=lambda f: (f[0], -len(f[1])))
        spans.append((pos, pos + len(label), url))
        cursor = pos + len(label)
    return spans


def with_urls(text: str, meetings: Iterable[Meeting]) -> str:
    """Plain text with each cited source followed by its address: "Dân trí · … (https://…)"."""
    out: list[str] = []
    pos = 0
    for _start, end, url in link_spans(text, meetings):
        out += [text[pos:end], f" ({url})"]
        pos = end
    out.append(text[pos:])
    return "".join(out)
