"""OPML, the file feed readers exchange their subscriptions in: import it into the feed
registry and export the registry as one.

A file that declares entities is refused before parsing (no feed reader writes them), the
XML is read without network access or DTDs, and the file is bounded, so a hostile OPML
(an entity bomb, an external entity) costs nothing. Outlines may
nest (folders); every one with an ``xmlUrl`` is a feed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

from lxml import etree

from store.language.reasons import Reason, reason_of
from store.services.feeds import Feed, FeedError, add_feed, list_feeds
from store.storage.db import Store
from store.storage.feeds import set_title

MAX_OPML_BYTES = 1024 * 1024
MAX_OUTLINES = 500


class OpmlError(ValueError):
    """The file is not an OPML list of feeds; the message is Vietnamese."""


@dataclass(frozen=True)
class Outline:
    url: str
    title: str | None


def read_opml(data: bytes) -> list[Outline]:
    """The feeds an OPML file lists, in order, each URL once."""
    if len(data) > MAX_OPML_BYTES:
        raise OpmlError(Reason("opml.too_big"))
    if b"<!ENTITY" in data.upper():
        raise OpmlError(Reason("opml.entity"))
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise OpmlError(Reason("opml.not_xml", error=exc.msg)) from None
    if root is None or not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise OpmlError(Reason("opml.not_opml"))
    found: dict[str, Outline] = {}
    for el in root.iter("outline"):
        attrs = {k.lower(): (v or "").strip() for k, v in el.attrib.items()}
        url = attrs.get("xmlurl")
        if url and url not in found:
            found[url] = Outline(url, attrs.get("title") or attrs.get("text") or None)
    if not found:
        raise OpmlError(Reason("opml.empty"))
    return list(found.values())[:MAX_OUTLINES]


def write_opml(feeds: list[Feed], when: datetime | None = None) -> bytes:
    """The feeds as an OPML 2.0 document any feed reader imports."""
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = "Bản tin Việt–Nga — nguồn tin"
    etree.SubElement(head, "dateCreated").text = format_datetime(when or datetime.now(UTC))
    body = etree.SubElement(root, "body")
    for feed in feeds:
        name = feed.title or feed.url
        etree.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=feed.url)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


@dataclass
class ImportReport:
    added: list[Feed] = field(default_factory=list)
    known: list[Feed] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (url, reason)

    def public(self) -> dict[str, object]:
        return {
            "added": [f.public() for f in self.added],
            "known": [f.public() for f in self.known],
            "skipped": [{"url": u, "reason": r} for u, r in self.skipped],
        }


async def import_opml(store: Store, data: bytes) -> ImportReport:
    """Register every feed the OPML lists (known ones are left as they are)."""
    report = ImportReport()
    for outline in read_opml(data):
        try:
            feed, created = await add_feed(store, outline.url)
        except FeedError as exc:
            report.skipped.append((outline.url, reason_of(exc)))
            continue
        if created and outline.title:
            await set_title(store, feed.id, outline.title)
            feed.title = feed.title or outline.title
        (report.added if created else report.known).append(feed)
    return report


async def export_opml(store: Store) -> bytes:
    return write_opml(await list_feeds(store))
