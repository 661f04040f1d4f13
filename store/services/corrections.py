"""Corrections by an admin, from Telegram or the CLI: the one Python API both call.

Every change is logged with who made it (``actor``: "telegram:<user id>", "cli:<login>")
and a sentence saying what it was; see ``store.storage.corrections``.
"""

from __future__ import annotations

from dataclasses import dataclass

from store.language import citation
from store.language import wording_i18n as i18n
from store.language.cards import UNKNOWN_DATE, UNKNOWN_PLACE
from store.language.catalogue import say
from store.language.edits import FIELDS, Edit, EditError, parse
from store.language.models import Meeting
from store.language.wording import format_date, meeting_line
from store.storage import corrections as log
from store.storage.corrections import ArticleDeletion, ArticleInfo, Correction
from store.storage.db import Store

__all__ = [
    "ArticleDeletion",
    "ArticleInfo",
    "Correction",
    "EditError",
    "Edited",
    "delete_article",
    "delete_meeting",
    "describe_edit",
    "edit_meeting",
    "get_article",
    "list_articles",
    "list_corrections",
    "prepare_edit",
]

get_article = log.get_article
list_articles = log.list_articles
list_corrections = log.list_corrections


@dataclass(frozen=True)
class Edited:
    before: Meeting
    after: Meeting
    correction: int


def _shown(field: str, value: str | None, m: Meeting) -> str:
    if field == "date":
        return format_date(m.model_copy(update={"date": value, "time_of_day": None}))
    if field == "place":
        return value or UNKNOWN_PLACE
    return value or ""


def _shown_in(field: str, value: str | None, m: Meeting, lang: str) -> str:
    if field == "date":
        return i18n.format_date(m.model_copy(update={"date": value, "time_of_day": None}), lang)
    if field == "place":
        return i18n.place(value, lang) if value else say(lang, "place.unknown")
    return i18n.kind(value, lang) if value else ""


def describe_edit(m: Meeting, edit: Edit, lang: str = "vi") -> str:
    """ "ngày: 8/5/2025 → 9/5/2025" (plain text; values in the language's forms)."""
    if lang != "vi":
        old = _shown_in(edit.field, getattr(m, edit.field), m, lang)
        if edit.field == "date" and not m.date:
            old = say(lang, "date.unknown")
        new = _shown_in(edit.field, edit.value, m, lang)
        return f"{say(lang, f'edits.field.{edit.field}')}: {old} → {new}"
    old = _shown(edit.field, getattr(m, edit.field), m)
    if edit.field == "date" and not m.date:
        old = UNKNOWN_DATE
    return f"{FIELDS[edit.field]}: {old} → {_shown(edit.field, edit.value, m)}"


def prepare_edit(m: Meeting, field: str, text: str) -> Edit:
    """The admin's typed value as an edit of ``field``; ``EditError`` says what is accepted."""
    edit = parse(field, text)
    if getattr(m, field) == edit.value and not (field == "date" and m.date_inferred):
        raise EditError("unchanged", field=field)
    return edit


async def delete_meeting(store: Store, meeting_id: str, actor: str) -> tuple[Meeting, int] | None:
    """Delete a meeting; what it was and the log entry's id (None: no such meeting)."""
    m = await store.meeting(meeting_id)
    if m is None:
        return None
    summary = f"Xoá cuộc gặp {meeting_line(m, with_source=False)}"
    done = await log.delete_meeting(store, m, actor, summary)
    return None if done is None else (m, done)


async def edit_meeting(
    store: Store, meeting_id: str, edits: list[Edit], actor: str
) -> Edited | None:
    m = await store.meeting(meeting_id)
    if m is None:
        return None
    what = "; ".join(describe_edit(m, e) for e in edits)
    summary = f"Sửa cuộc gặp {meeting_line(m, with_source=False)} — {what}"
    done = await log.edit_meeting(store, m, edits, actor, summary)
    after = await store.meeting(meeting_id)
    if done is None or after is None:
        return None
    return Edited(m, after, done)


async def delete_article(store: Store, article_id: str, actor: str) -> ArticleDeletion | None:
    info = await log.get_article(store, article_id)
    if info is None:
        return None
    name = citation.headline(info.title) or info.source
    summary = f"Xoá bài {name} ({info.url or info.source})"
    return await log.delete_article(store, article_id, actor, summary)
