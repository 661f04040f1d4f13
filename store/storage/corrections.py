"""Corrections: deleting a wrong meeting or article, changing a meeting's date, place or
kind — each in one transaction with its entry in the ``corrections`` log (who, when, what).

Deleting an article deletes its copies from other outlets and every meeting no other article
reports; a meeting another article also reports stays, without this source. Indexes (facets,
full text) follow through their triggers, so answers, digests and charts stop showing what
was deleted at once; the bot's caches key on the database's change counter.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from store.language import citation
from store.language.edits import Edit
from store.language.models import Meeting
from store.storage import bodies, dedup, notes
from store.storage.db import (
    Store,
    date_bounds,
    date_from_sources,
    rebase_source_dates,
    search_text,
)

ACTIONS = ("delete-meeting", "delete-article", "edit-meeting")


@dataclass(frozen=True)
class Correction:
    id: int
    at: str  # UTC ISO 8601
    actor: str  # "telegram:<user id>" or "cli:<login>"
    action: str  # one of ACTIONS
    target: str  # meeting or article id
    summary: str  # what it was, in words
    before: dict | None = None
    after: dict | None = None

    def public(self) -> dict:
        return {
            "id": self.id,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "summary": self.summary,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class ArticleInfo:
    """An article as the admin lists it."""

    id: str
    source: str
    url: str | None
    title: str | None
    published: str | None
    added_at: str
    copy_of: str | None
    meetings: int

    def public(self) -> dict:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "added_at": self.added_at,
            "copy_of": self.copy_of,
            "meetings": self.meetings,
        }


@dataclass
class ArticleDeletion:
    article: ArticleInfo
    deleted_meetings: list[str] = field(default_factory=list)  # gone with it
    kept_meetings: list[str] = field(default_factory=list)  # other articles report them
    correction: int = 0


def _log(
    c: sqlite3.Connection,
    actor: str,
    action: str,
    target: str,
    summary: str,
    before: object = None,
    after: object = None,
) -> int:
    cur = c.execute(
        "INSERT INTO corrections(actor, action, target, summary, before, after)"
        " VALUES (?,?,?,?,?,?)",
        (
            actor,
            action,
            target,
            summary,
            None if before is None else json.dumps(before, ensure_ascii=False),
            None if after is None else json.dumps(after, ensure_ascii=False),
        ),
    )
    return int(cur.lastrowid or 0)


async def delete_meeting(store: Store, m: Meeting, actor: str, summary: str) -> int | None:
    """Delete a meeting; the log entry's id, or None when it was already gone."""

    def run(c: sqlite3.Connection) -> int | None:
        if c.execute("DELETE FROM meetings WHERE id = ?", (m.id,)).rowcount == 0:
            return None
        return _log(c, actor, "delete-meeting", m.id, summary, before=m.public())

    return await store.atomic(run)


async def edit_meeting(
    store: Store, m: Meeting, edits: Sequence[Edit], actor: str, summary: str
) -> int | None:
    """Set a meeting's date, place or kind; a stated date is no longer "inferred"."""
    update: dict = {}
    for e in edits:
        update[e.field] = e.value
        if e.field == "date":
            update["date_inferred"] = False
            if e.value is None:
                update["time_of_day"] = None
    if "kind" in update and update["kind"] is None:
        update.pop("kind")
    new = m.model_copy(update=update)
    start, end = date_bounds(new.date)

    def run(c: sqlite3.Connection) -> int | None:
        done = c.execute(
            "UPDATE meetings SET date=?, date_start=?, date_end=?, date_inferred=?, time_of_day=?,"
            " place=?, kind=?, folded_z=pack_search(?) WHERE id=?",
            (
                new.date,
                start,
                end,
                int(new.date_inferred),
                new.time_of_day,
                new.place,
                new.kind,
                search_text(new),
                m.id,
            ),
        ).rowcount
        if not done:
            return None
        if new.date != m.date:  # its sources still say what they said
            rebase_source_dates(c, m, new.date)
        before = {k: getattr(m, k) for k in update}
        return _log(c, actor, "edit-meeting", m.id, summary, before=before, after=update)

    return await store.atomic(run)


_ARTICLE_COLUMNS = (
    "a.id, a.source, a.url, a.title, a.published, a.added_at, a.copy_of,"
    " (SELECT count(*) FROM meeting_sources s WHERE s.article_id = a.id) AS n,"
    f" {bodies.head_columns(citation.HEAD_CHARS)}"
)


def _info(row: Sequence) -> ArticleInfo:
    aid, source, url, title, published, added, copy_of, n, head_body, head = row
    title = citation.headline(title, bodies.head(head_body, head, citation.HEAD_CHARS))
    return ArticleInfo(aid, source, url, title, published, added, copy_of, int(n))


async def get_article(store: Store, article_id: str) -> ArticleInfo | None:
    row = await (
        await store.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        )
    ).fetchone()
    return _info(tuple(row)) if row else None


async def list_articles(
    store: Store, limit: int | None = 50, offset: int = 0, search: str | None = None
) -> list[ArticleInfo]:
    """Articles (and copies kept as sources), the latest added first; ``search`` filters by
    words of the source, URL or headline (case-insensitive)."""
    where, params = "", []
    if search:
        where = " WHERE (a.source || ' ' || coalesce(a.url, '') || ' ' || coalesce(a.title, ''))"
        where += " LIKE ?"
        params.append(f"%{search}%")
    rows = await (
        await store.conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles a{where}"
            " ORDER BY a.added_at DESC, a.rowid DESC LIMIT ? OFFSET ?",
            (*params, -1 if limit is None else limit, offset),
        )
    ).fetchall()
    return [_info(tuple(r)) for r in rows]


async def delete_article(
    store: Store, article_id: str, actor: str, summary: str
) -> ArticleDeletion | None:
    """Delete an article, its copies, and the meetings only it reported."""
    info = await get_article(store, article_id)
    if info is None:
        return None

    def run(c: sqlite3.Connection) -> ArticleDeletion | None:
        ids = [
            r[0]
            for r in c.execute(
                "SELECT DISTINCT meeting_id FROM meeting_sources WHERE article_id IN"
                " (SELECT id FROM articles WHERE id = ? OR copy_of = ?)",
                (article_id, article_id),
            )
        ]
        # Copies go with it (copy_of cascades), and with them their meeting_sources rows;
        # copies keep no anchors of their own.
        dedup.forget(c, article_id)
        notes.detach(c, article_id, ids)
        if c.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount == 0:
            return None
        out = ArticleDeletion(info)
        for mid in ids:
            left = c.execute(
                "SELECT 1 FROM meeting_sources WHERE meeting_id = ? LIMIT 1", (mid,)
            ).fetchone()
            if left:
                out.kept_meetings.append(mid)
                date_from_sources(c, mid)  # its date may have been the deleted article's
            else:
                c.execute("DELETE FROM meetings WHERE id = ?", (mid,))
                out.deleted_meetings.append(mid)
        after = {"deleted_meetings": out.deleted_meetings, "kept_meetings": out.kept_meetings}
        out.correction = _log(
            c, actor, "delete-article", article_id, summary, before=info.public(), after=after
        )
        return out

    return await store.atomic(run)


async def list_corrections(store: Store, limit: int = 50) -> list[Correction]:
    """The log, newest first."""
    rows = await (
        await store.conn.execute(
            "SELECT id, at, actor, action, target, summary, before, after FROM corrections"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        )
    ).fetchall()
    return [
        Correction(
            *tuple(r)[:6],
            before=json.loads(r[6]) if r[6] else None,
            after=json.loads(r[7]) if r[7] else None,
        )
        for r in rows
    ]
