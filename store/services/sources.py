"""Reading article files (.txt, .html, .jsonl) into ``Article`` objects.

Bad files never stop an ingest: each yields a ``Skipped`` with a short Vietnamese reason.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from store.language.charsets import Decoded, decode_text
from store.language.compiled import kept_regex
from store.language.fold import nfc
from store.language.models import Article, Precision, Skipped
from store.language.reasons import Reason

MAX_BYTES = 2 * 1024 * 1024
SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


class Unreadable(Skipped):
    """A path that could not be read at all (missing, no permission): the CLI exits non-zero."""


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | Skipped]:
    """Files under the given paths (folders recursively, sorted), or why a path is unusable."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    p = Path(root) / name
                    if p.suffix.lower() in SUFFIXES:
                        yield p
        elif path.is_file():
            yield path
        else:
            yield Unreadable(str(raw), Reason("file.missing"))


def decode(data: bytes, where: str) -> str | Skipped:
    """The file's text (UTF-8, UTF-16 with a BOM, or a legacy Vietnamese encoding), NFC."""
    if not data.strip():
        return Skipped(where, Reason("file.empty"))
    if b"\x00" in data[:8192] and not data.startswith(_WIDE_BOMS):
        return Skipped(where, Reason("file.binary"))
    decoded = decode_text(data)
    if isinstance(decoded, Decoded):
        return decoded.text
    if decoded.guess:
        return Skipped(where, Reason("file.encoding_guess", charset=decoded.guess))
    return Skipped(where, Reason("file.encoding"))


# UTF-16 and UTF-32 text has NUL bytes; its byte-order mark tells it from binary data.
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_BE)


def read_file(path: Path) -> Iterator[Article | Skipped]:
    where = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield Skipped(
            where, Reason("file.format", suffix=suffix) if suffix else Reason("file.no_suffix")
        )
        return
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            yield Skipped(where, Reason("file.too_big"))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Unreadable(where, Reason("file.unreadable", error=exc.strerror or str(exc)))
        return
    text = decode(data, where)
    if isinstance(text, Skipped):
        yield text
        return
    if suffix == ".jsonl":
        yield from read_jsonl(text, path)
    elif suffix in {".html", ".htm"}:
        yield html_article(text, source=path.name)
    else:
        yield Article(text=text, source=path.name)


def read_jsonl(text: str, path: Path) -> Iterator[Article | Skipped]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            yield Skipped(where, Reason("file.bad_json"))
            continue
        if (
            not isinstance(row, dict)
            or not isinstance(row.get("text"), str)
            or not row["text"].strip()
        ):
            yield Skipped(where, Reason("file.no_text"))
            continue
        url = row.get("url") if isinstance(row.get("url"), str) else None
        published = _parse_day(row.get("published"))
        precision: Precision | None = "day" if published else None
        month = row.get("published")
        if published is None and isinstance(month, str) and _MONTH.fullmatch(month.strip()):
            # "2018-11": an archive that knows only the month
            published = _parse_day(month.strip() + "-01")
            precision = "month" if published else None
        yield Article(
            text=nfc(row["text"]),
            source=url or f"{path.name}:{number}",
            url=url,
            title=row.get("title") if isinstance(row.get("title"), str) else None,
            published=published,
            published_precision=precision,
        )


_MONTH = kept_regex(r"\d{4}-\d{2}")


def _parse_day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


MIN_PAGE_TEXT = 80  # fewer characters of main text: a menu or an error page, not an article


def html_article(html: str, source: str, url: str | None = None) -> Article | Skipped:
    """Main text, title, date and canonical URL of a news page, via trafilatura.

    ``url`` is where the page came from; it resolves a relative canonical link and is the
    fallback address. Without either, the article keeps ``source`` (e.g. a file name).
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, favor_precision=True
    )
    data = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = (data.get("text") or "").strip()
    if len(text) < MIN_PAGE_TEXT:
        return Skipped(url or source, Reason("page.no_text"))
    title = data.get("title") or None
    canonical = _canonical(html, url) or url
    published = _parse_day(data.get("date"))
    body = f"{title}\n\n{text}" if title and not text.startswith(title) else text
    site = data.get("sitename") or None
    return Article(
        text=nfc(body),
        source=canonical or source,
        url=canonical,
        title=nfc(title) if title else None,
        published=published,
        published_precision="day" if published else None,
        site_name=nfc(site) if isinstance(site, str) else None,
    )


def _http(value: object) -> str | None:
    if (
        isinstance(value, str)
        and urlsplit(value).scheme in ("http", "https")
        and urlsplit(value).netloc
    ):
        return value
    return None


def _canonical(html: str, base: str | None) -> str | None:
    """<link rel="canonical"> (else og:url), resolved against ``base`` when relative."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html[:200_000])
    except (ValueError, lxml.etree.ParserError):
        return None
    hrefs = [
        el.get("href")
        for el in root.iter("link")
        if "canonical" in (el.get("rel") or "").lower().split()
    ]
    hrefs += [
        el.get("content")
        for el in root.iter("meta")
        if (el.get("property") or "").lower() == "og:url"
    ]
    for href in hrefs:
        if href and href.strip():
            found = _http(urljoin(base or "", href.strip()))
            # A canonical pointing at the home page is a site template bug, not this article.
            if found and urlsplit(found).path.strip("/"):
                return found
    return None


def load_paths(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            yield item
        else:
            yield from read_file(item)
