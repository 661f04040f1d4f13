"""Telegram HTML for replies: escaping, links to sources, and the 4,096-character limit.

Every string that comes from a user or an article goes through ``esc`` (or ``linkify``)
before it meets a tag, so a reply is always valid Telegram HTML. Messages are built
from balanced blocks and packed so that even the raw HTML stays within Telegram's
limit (counted in UTF-16 code units, as Telegram counts).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from urllib.parse import urlsplit

from store.language import citation
from store.language.catalogue import items, say
from store.language.models import Citation, Meeting
from store.language.subscription import WEEKLY, Subscription
from store.language.wording_i18n import button_label
from store.services.digest import DigestPlan, Fact, fact_line, topic_label
from store.storage.subscriptions import DigestMessage

MAX_MESSAGE = 4096
ELLIPSIS = "…"
LINE_LIMIT = 300  # characters of one meeting line in a digest

_URL = re.compile(r"https?://[^\s<>\"'«»“”]+", re.IGNORECASE)
_TRAILING_PUNCT = ".,;:!?)]}’”"
_TAG = re.compile(r"<(/?)([a-zA-Z-]+)([^>]*)>")
_HREF = re.compile(r'href="([^"]*)"')
# Control characters (but newline and tab), lone surrogates, and bidirectional overrides and
# isolates, which could reorder the rest of a reply around an echoed string.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def utf16_len(text: str) -> int:
    """Length as Telegram counts it."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def clean(text: str | None) -> str:
    """Drop control characters, lone surrogates and bidi overrides; keep newlines and tabs."""
    if not text:
        return ""
    text = _UNSAFE.sub("", text)
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def trim(text: str, limit: int) -> str:
    """Shorten plain text to at most ``limit`` UTF-16 units, at a word boundary when possible."""
    if utf16_len(text) <= limit:
        return text
    if limit <= 1:
        return ELLIPSIS[:limit]
    budget, used = limit - 1, 0  # room for the ellipsis
    end = 0
    for end, ch in enumerate(text):  # noqa: B007 - the index is the result
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > budget:
            break
    cut = text[:end]
    space = cut.rfind(" ")
    if space > len(cut) * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,.;:-–") + ELLIPSIS


def esc(text: object) -> str:
    """Escape any value for Telegram HTML text (after cleaning)."""
    return html.escape(clean(str(text)), quote=False)


def attr(text: str) -> str:
    return html.escape(clean(text), quote=True)


def b(text: object) -> str:
    return f"<b>{esc(text)}</b>"


def i(text: object) -> str:
    return f"<i>{esc(text)}</i>"


def code(text: object) -> str:
    return f"<code>{esc(text)}</code>"


def is_url(source: str) -> bool:
    return bool(re.match(r"https?://\S+$", source.strip(), re.IGNORECASE))


def link(url: str, label: str) -> str:
    return f'<a href="{attr(url)}">{esc(label)}</a>'


def host(url: str) -> str:
    try:
        name = urlsplit(url).hostname or url
    except ValueError:
        return url
    return name.removeprefix("www.")


def source_html(source: str) -> str:
    """A source as users see it: a link named after the site for a URL, else the file name."""
    source = source.strip()
    if is_url(source):
        return link(source, host(source))
    return esc(source)


def linkify(text: str, urls: Iterable[str] = (), spans: Iterable[tuple[int, int, str]] = ()) -> str:
    """Escape plain text and turn the URLs in it into links named after their site.

    ``urls`` are addresses known to occur verbatim (a meeting's sources): they are linked
    whole even when they hold characters a URL pattern would stop at. ``spans`` are
    (start, end, url) stretches of the (cleaned) text to link as they read, such as a
    cited source "Dân trí · … · 10/10/2025".
    """
    text = clean(text)
    out: list[str] = []
    pos = 0
    for start, end, url in spans:
        if start < pos or end > len(text):
            continue
        out.append(_linkify_urls(text[pos:start], urls))
        out.append(link(url, text[start:end]))
        pos = end
    out.append(_linkify_urls(text[pos:], urls))
    return "".join(out)


def _linkify_urls(text: str, urls: Iterable[str]) -> str:
    known = sorted({u for u in map(clean, urls) if is_url(u) and u in text}, key=len, reverse=True)
    pattern = (
        re.compile("|".join([*map(re.escape, known), _URL.pattern]), re.IGNORECASE)
        if known
        else _URL
    )
    out: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        url = m.group(0)
        if url not in known:
            url = url.rstrip(_TRAILING_PUNCT)
        out.append(html.escape(text[pos : m.start()], quote=False))
        out.append(link(url, host(url)))
        pos = m.start() + len(url)
    out.append(html.escape(text[pos:], quote=False))
    return "".join(out)


# ----------------------------------------------------------------- citations


def cite_html(c: Citation, compact: bool = False) -> str:
    """ "Outlet · Headline · dd/mm/yyyy", linked to the article when it has an address."""
    label = citation.cite_compact(c) if compact else citation.cite(c)
    return link(c.url, label) if c.url and is_url(c.url) else esc(label)


def meeting_sources_html(m: Meeting, limit: int = 1, lang: str = "vi") -> str:
    """A meeting's first ``limit`` sources cited in full, then how many more there are."""
    if not m.citations:
        return ", ".join(source_html(s) for s in m.sources[:limit])
    shown = "; ".join(cite_html(c) for c in m.citations[:limit])
    more = len(m.citations) - limit
    return shown + (say(lang, "card.more_sources", n=more) if more > 0 else "")


def compact_source_html(m: Meeting) -> str:
    """A list item's source, linked: "Dân trí · 10/10/2025 +2"."""
    if not m.citations:
        return ""
    more = len(m.citations) - 1
    return cite_html(m.citations[0], compact=True) + (f" +{more}" if more > 0 else "")


def cited_html(text: str, meetings: Iterable[Meeting]) -> str:
    """Plain text worded from ``meetings`` (in order) as HTML, each cited source linked."""
    text = clean(text)
    return linkify(text, spans=citation.link_spans(text, meetings))


def strip_tags(markup: str) -> str:
    """Telegram HTML → plain text; a link keeps its address when the label differs."""

    def repl_link(m: re.Match[str]) -> str:
        href = html.unescape(m.group(1))
        label = html.unescape(_TAG.sub("", m.group(2)))
        return label if label == href or not href else f"{label} ({href})"

    markup = re.sub(r'<a href="([^"]*)">(.*?)</a>', repl_link, markup, flags=re.S)
    # Unescape after tag removal so escaped "&lt;b&gt;" stays text; labels already unescaped.
    parts = re.split(r"(<[^>]*>)", markup)
    return "".join("" if p.startswith("<") and p.endswith(">") else html.unescape(p) for p in parts)


def answer_html(
    text: str,
    bold_first_line: bool = True,
    urls: Iterable[str] = (),
    meetings: Iterable[Meeting] = (),
) -> str:
    """A plain-text answer as HTML: escaped, URLs and the sources cited from ``meetings``
    (the answer's results, in order) linked, a short first line in bold."""
    text = clean(text).strip()
    if not text:
        return ""
    markup = linkify(text, urls, citation.link_spans(text, meetings))
    first, sep, rest = text.partition("\n")
    if bold_first_line and sep and 0 < len(first) <= 160 and not _URL.search(first):
        # Links never span a line, so the first line's markup is balanced on its own.
        head, _, tail = markup.partition("\n")
        return f"<b>{head}</b>\n{tail}"
    return markup


def fit(markup: str, limit: int = MAX_MESSAGE) -> str:
    """One message's HTML within ``limit``: unchanged if it fits, else trimmed plain text."""
    if utf16_len(markup) <= limit:
        return markup
    plain = strip_tags(markup)
    # Escaping can grow the text (& → &amp;): trim until the escaped form fits.
    budget = limit
    while True:
        candidate = html.escape(trim(plain, budget), quote=False)
        if utf16_len(candidate) <= limit:
            return candidate
        budget -= max(1, utf16_len(candidate) - limit)


def numbered(lines: Iterable[str], start: int = 1) -> str:
    """Already-escaped lines as a numbered list."""
    return "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=start))


def hrefs(markup: str) -> list[str]:
    return [html.unescape(h) for h in _HREF.findall(markup)]


# ----------------------------------------------------------------- digests


def _date_line(day: date, lang: str) -> str:
    weekday = items(lang, "weekdays.short")[day.weekday()]
    return say(lang, "digest.date", weekday=weekday, day=day.day, month=day.month, year=day.year)


DIGEST_MARK = say("vi", "digest.mark")
ALERT_MARK = say("vi", "alert.mark")
ALERT_ITEMS = 5  # meetings listed in an instant alert; the rest are counted


def digest_title(sub: Subscription, day: date, lang: str = "vi") -> str:
    key = "digest.title_weekly" if sub.mode == WEEKLY else "digest.title"
    return say(lang, key, mark=say(lang, "digest.mark"), date=_date_line(day, lang))


def _topic(sub: Subscription, lang: str) -> str:
    if not sub.filters:
        return ""
    return say(lang, "digest.topic", value=sub.filters.describe(lang, topic_label(lang)))


# A run renders the same meeting for thousands of chats: its cited line and button label are
# kept per Fact object (a new snapshot makes new Facts, so nothing stale is reused).
_RENDERED: dict[tuple[str, date, bool, str], tuple[Fact, str, str]] = {}
_RENDERED_MAX = 4096


def _fact_parts(fact: Fact, day: date, html_mode: bool = True, lang: str = "vi") -> tuple[str, str]:
    """The fact's digest line (its source cited; linked in HTML) and its button label."""
    key = (fact.meeting.id, day, html_mode, lang)
    hit = _RENDERED.get(key)
    if hit is not None and hit[0] is fact:
        return hit[1], hit[2]
    line = trim(fact_line(fact, lang), LINE_LIMIT)
    if html_mode:
        line = cited_html(line, [fact.meeting])
    label = button_label(fact.meeting, lang, today=day)
    if len(_RENDERED) >= _RENDERED_MAX:
        _RENDERED.clear()
    _RENDERED[key] = (fact, line, label)
    return line, label


def render_alert(
    plan: DigestPlan, sub: Subscription, *, day: date, lang: str = "vi"
) -> list[DigestMessage]:
    """An instant alert: the new matching meetings in a few lines, each with its source, and
    buttons to open them."""
    facts = plan.facts[:ALERT_ITEMS]
    count = len(plan.facts) + plan.more
    mark = say(lang, "alert.mark")
    head = say(lang, "alert.count", mark=mark, n=count) if count > 1 else mark
    lines = [b(head)]
    parts = [_fact_parts(f, day, lang=lang) for f in facts]
    cited = [line for line, _ in parts]
    if len(facts) == 1:
        lines += cited
    else:
        lines += [f"{n}. {line}" for n, line in enumerate(cited, start=1)]
    if count > len(facts):
        lines.append(esc(say(lang, "digest.more", n=count - len(facts))))
    if sub.filters:
        lines.append(i(_topic(sub, lang)))
    items_ = tuple(
        (f"{n} · {label}", f.meeting.id)
        for n, (f, (_, label)) in enumerate(zip(facts, parts, strict=True), start=1)
    )
    return [DigestMessage(fit("\n".join(lines)), items_, plan.cursor_to)]


def render_digest(
    plan: DigestPlan, sub: Subscription, *, day: date, html_mode: bool = True, lang: str = "vi"
) -> list[DigestMessage]:
    """The digest in the chat's language as messages (split only past Telegram's limit),
    oldest meeting first. The articles' own words stay as written.

    An empty plan renders "nothing new" — the caller decides whether to send it.
    """

    def text(value: str) -> str:
        return esc(value) if html_mode else value

    def bold(value: str) -> str:
        return b(value) if html_mode else value

    title = digest_title(sub, day, lang)
    topic = _topic(sub, lang)
    if plan.empty:
        lines = [bold(title), text(say(lang, "digest.empty"))]
        if topic:
            lines.append(text(topic))
        return [DigestMessage("\n".join(lines), (), plan.cursor_to)]

    count = len(plan.facts) + plan.more
    intro = say(lang, "digest.new", n=count) + (f" · {topic}" if topic else "")
    footer_parts = []
    if plan.more:
        footer_parts.append(say(lang, "digest.more", n=plan.more))
    footer_parts.append(say(lang, "digest.footer"))
    footer = text(" ".join(footer_parts))
    head_room = (
        utf16_len(bold(say(lang, "digest.part", title=title, i=99, n=99)))
        + utf16_len(text(intro))
        + utf16_len(footer)
        + 8
    )

    # Pack numbered lines into groups that fit beside the header and footer.
    groups: list[list[tuple[int, Fact, str, str]]] = [[]]
    used = head_room
    for n, fact in enumerate(plan.facts, start=1):
        cited, label = _fact_parts(fact, day, html_mode, lang)
        line = f"{n}. {cited}"
        size = utf16_len(line) + 1
        if groups[-1] and used + size > MAX_MESSAGE:
            groups.append([])
            used = head_room
        groups[-1].append((n, fact, line, label))
        used += size

    messages: list[DigestMessage] = []
    for part, group in enumerate(groups, start=1):
        heading = (
            title
            if len(groups) == 1
            else say(lang, "digest.part", title=title, i=part, n=len(groups))
        )
        lines = [bold(heading)]
        if part == 1:
            lines.append(text(intro))
        lines += [line for _, _, line, _ in group]
        last = part == len(groups)
        if last:
            lines.append(footer)
        # The last part lets the cursor pass the non-matching meetings too.
        cursor = plan.cursor_to if last else group[-1][1].seq
        # "3 · 8/5 · Mishustin": the line's number, then when and with whom
        items_ = tuple((f"{n} · {label}", fact.meeting.id) for n, fact, _, label in group)
        messages.append(DigestMessage("\n".join(lines), items_, cursor))
    return messages


# ----------------------------------------------------------------- the outbox
