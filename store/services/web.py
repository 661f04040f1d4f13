"""Fetching news pages and feeds over HTTP, defensively.

Every fetch has a per-operation timeout and an overall deadline (a server that drips one
byte a second must not hold a poll for minutes), a size cap checked both on
Content-Length and while streaming, a bounded number of redirects, and charset handling
that copes with old Vietnamese sites (windows-1258 with combining tone marks, charsets
declared only in a <meta> tag, or a wrong ISO-8859-1 default from the server).
Failures raise ``FetchError`` carrying a short Vietnamese reason for reports.
"""

from __future__ import annotations

import asyncio
import codecs
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from store.language.compiled import kept_regex
from store.language.fold import nfc
from store.language.models import Article, Skipped
from store.language.reasons import Reason
from store.services.sources import Unreadable, html_article
from store.storage.db import Store
from store.storage.dedup import Duplicate, normalize_url

USER_AGENT = "BanTinVietNga/0.1 (+https://github.com/; news briefing bot)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


@dataclass(frozen=True)
class FetchConfig:
    """Limits for one HTTP fetch; tests shrink them so failures come fast."""

    timeout: float = 10.0  # connect / read / write, per operation (seconds)
    deadline: float = 30.0  # whole request including redirects and body (seconds)
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    content: bytes = b""
    content_type: str = ""  # media type only, lower-case
    charset: str | None = None  # from the Content-Type header
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed; ``reason`` (a :class:`Reason`) says why, for reports and chats."""

    def __init__(self, url: str, reason: str, retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.retry_after = retry_after


def is_http_url(value: str) -> bool:
    parts = urlsplit(value.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


_LOOPBACK = ("all://127.0.0.1", "all://localhost", "all://[::1]")


def make_client(config: FetchConfig | None = None) -> httpx.AsyncClient:
    config = config or FetchConfig()
    return httpx.AsyncClient(
        timeout=httpx.Timeout(config.timeout),
        follow_redirects=True,
        max_redirects=config.max_redirects,
        headers={"User-Agent": config.user_agent, "Accept-Language": "vi,en;q=0.5"},
        # Proxies from the environment apply to news sites, never to this machine's own
        # servers (a local mirror, the tests' server).
        mounts={p: httpx.AsyncHTTPTransport() for p in _LOOPBACK},
    )


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


async def fetch(
    url: str,
    *,
    client: httpx.AsyncClient | None = None,
    config: FetchConfig | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    accept: str = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
) -> FetchResult:
    """GET ``url`` within the configured limits; conditional when a validator is given."""
    config = config or FetchConfig()
    if not is_http_url(url):
        raise FetchError(url, Reason("web.bad_url"))
    own = client is None
    client = client or make_client(config)
    headers = {"Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        async with asyncio.timeout(config.deadline):
            return await _get(client, url, headers, config)
    except TimeoutError:
        raise FetchError(url, Reason("web.timeout", seconds=f"{config.deadline:g}")) from None
    except httpx.TimeoutException:
        raise FetchError(url, Reason("web.timeout", seconds=f"{config.timeout:g}")) from None
    except httpx.TooManyRedirects:
        raise FetchError(url, Reason("web.redirects")) from None
    except httpx.InvalidURL:
        raise FetchError(url, Reason("web.invalid")) from None
    except httpx.ConnectError:
        raise FetchError(url, Reason("web.connect")) from None
    except httpx.HTTPError as exc:
        raise FetchError(url, Reason("web.network", error=type(exc).__name__)) from None
    finally:
        if own:
            await client.aclose()


async def _get(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], config: FetchConfig
) -> FetchResult:
    async with client.stream("GET", url, headers=headers) as resp:
        final = str(resp.url)
        if resp.status_code == 304:
            return _result(resp, final, b"")
        if resp.status_code >= 400:
            raise FetchError(url, _status_reason(resp.status_code), _retry_after(resp))
        declared = resp.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > config.max_bytes:
            raise FetchError(url, Reason("web.too_big", size=_mb(config.max_bytes)))
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.aiter_bytes():
            size += len(chunk)
            if size > config.max_bytes:
                raise FetchError(url, Reason("web.too_big", size=_mb(config.max_bytes)))
            chunks.append(chunk)
        return _result(resp, final, b"".join(chunks))


def _result(resp: httpx.Response, final: str, content: bytes) -> FetchResult:
    ctype = resp.headers.get("content-type", "")
    media = ctype.split(";", 1)[0].strip().lower()
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", ctype, re.I)
    return FetchResult(
        url=final,
        status=resp.status_code,
        content=content,
        content_type=media,
        charset=m.group(1) if m else None,
        etag=resp.headers.get("etag"),
        last_modified=resp.headers.get("last-modified"),
        headers=dict(resp.headers),
    )


def _status_reason(status: int) -> Reason:
    if status == 404:
        return Reason("web.not_found")
    if status == 410:
        return Reason("web.gone")
    if status in (401, 403):
        return Reason("web.refused", status=status)
    if status == 429:
        return Reason("web.slow_down")
    if status >= 500:
        return Reason("web.server", status=status)
    return Reason("web.http", status=status)


def _retry_after(resp: httpx.Response) -> float | None:
    value = resp.headers.get("retry-after", "").strip()
    return float(value) if value.isdigit() else None


# ----------------------------------------------------------------- charsets

_META_CHARSET = kept_regex(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
# Labels servers send by default; none of them can encode Vietnamese.
_LATIN_DEFAULTS = frozenset(codecs.lookup(x).name for x in ("latin-1", "ascii", "cp1252"))


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_html(data: bytes, header_charset: str | None = None) -> str:
    """Text of an HTML (or plain text) body, NFC-normalised.

    Order: byte-order mark, the header charset, a <meta> charset, valid UTF-8, then a
    statistical guess. A Latin-1 family label is distrusted when the bytes are valid
    UTF-8 — Vietnamese cannot be written in Latin-1, so that label is a server default.
    """
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return nfc(data.decode(enc, errors="replace"))
    meta = _META_CHARSET.search(data[:4096])
    declared = [
        c
        for c in (
            _codec(header_charset),
            _codec(meta.group(1).decode("ascii", "ignore") if meta else None),
        )
        if c
    ]
    for enc in declared:
        if enc in _LATIN_DEFAULTS and _valid_utf8(data):
            return nfc(data.decode("utf-8"))
        try:
            return nfc(data.decode(enc))
        except UnicodeDecodeError:
            continue
    if _valid_utf8(data):
        return nfc(data.decode("utf-8"))
    # Undeclared legacy bytes: windows-1258 when it yields clean Vietnamese (generic
    # detectors read its combining tone bytes as Central European letters).
    vi = nfc(data.decode("cp1258", errors="replace"))
    if _vietnamese_share(vi) >= 0.9:
        return vi
    try:
        from charset_normalizer import from_bytes  # trafilatura's dependency

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            return nfc(data.decode(best.encoding, errors="replace"))
    except ImportError:  # pragma: no cover - trafilatura always brings it
        pass
    return nfc(data.decode("cp1252", errors="replace"))


_VI_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _vietnamese_share(text: str) -> float:
    """Share of non-ASCII letters that are Vietnamese letters (0 when there are none)."""
    total = good = 0
    for ch in text:
        if ord(ch) < 128 or not (ch.isalpha() or unicodedata.combining(ch)):
            continue
        total += 1
        d = unicodedata.normalize("NFD", ch)
        if ch in "đĐ" or (
            d[0].isascii() and d[0].isalpha() and len(d) > 1 and set(d[1:]) <= _VI_MARKS
        ):
            good += 1
    return good / total if total else 0.0


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# ----------------------------------------------------------------- articles


async def fetch_article(
    url: str,
    *,
    client: httpx.AsyncClient | None = None,
    config: FetchConfig | None = None,
    title: str | None = None,
) -> Article | Skipped:
    """The article at ``url`` (main text, title, date, canonical URL) or why it failed.

    Network and HTTP failures come back as ``Unreadable`` (the CLI exits non-zero for
    those); a page without an article as a plain ``Skipped``.

    ``title`` (e.g. from a feed entry) is used when the page itself yields none.
    """
    try:
        res = await fetch(url, client=client, config=config)
    except FetchError as exc:
        return Unreadable(url, exc.reason)
    # Parsing a large page takes tens of milliseconds: keep the bot's event loop free.
    return await asyncio.to_thread(article_from_response, res, url, title)


def article_from_response(
    res: FetchResult, requested: str, title: str | None = None
) -> Article | Skipped:
    """Fetched bytes → article; a page that is not an article is ``Skipped`` (not an error)."""
    if not res.content.strip():
        return Skipped(requested, Reason("web.empty"))
    media = res.content_type
    if media and media not in HTML_TYPES + TEXT_TYPES and not media.endswith("+xml"):
        return Skipped(requested, Reason("web.not_news", media=media))
    text = decode_html(res.content, res.charset)
    final = normalize_url(res.url)
    if media in TEXT_TYPES:
        return Article(text=text, source=final, url=final, title=title)
    item = html_article(text, source=final, url=res.url)
    if not isinstance(item, Article):
        return Skipped(requested, item.reason)
    url = normalize_url(item.url) if item.url and is_http_url(item.url) else final
    update: dict = {"url": url, "source": url}
    if title and not item.title:
        update |= {"title": title, "text": f"{title}\n\n{item.text}"}
    return item.model_copy(update=update)


async def fetch_urls(
    store: Store,
    urls: Sequence[str],
    *,
    config: FetchConfig | None = None,
    client: httpx.AsyncClient | None = None,
) -> list[Article | Skipped | Duplicate]:
    """The articles at ``urls``, in the order given, ready for ``ingest``.

    A URL the store already knows (its canonical form, or one that redirected to it) is not
    fetched again: it comes back as the stored article's ``Duplicate``. A fetched article
    remembers the URL typed (``via``), so that one is known next time too. Pages are
    fetched a few at a time; each failure is an ``Unreadable`` and the others go on.
    """
    config = config or FetchConfig()
    own = client is None
    client = client or make_client(config)
    gate = asyncio.Semaphore(4)

    async def one(raw: str) -> Article | Skipped | Duplicate:
        url = raw.strip()
        if not is_http_url(url):
            return Unreadable(raw, Reason("web.bad_url"))
        known = await store.find_by_url(url)
        if known is not None:
            return known
        async with gate:
            item = await fetch_article(url, client=client, config=config)
        return item.model_copy(update={"via": (url,)}) if isinstance(item, Article) else item

    try:
        return list(await asyncio.gather(*(one(u) for u in urls)))
    finally:
        if own:
            await client.aclose()
