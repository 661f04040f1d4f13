"""What admins are in the middle of: /them previews until Lưu or Huỷ (or expiry), and
corrections awaiting a value or a confirmation.

The state lives in the database (store.storage.pending), not in this process, so that with
several replicas behind one webhook a button pressed on any of them finishes what another
started. Times are wall-clock seconds, which every replica shares.
"""

from __future__ import annotations

import json
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from store.language.edits import Edit
from store.language.models import Article, Meeting
from store.services.ingest import Prepared
from store.storage import pending as state
from store.storage.db import Store

PENDING_TTL = 30 * 60  # seconds a preview's buttons stay valid
PENDING_MAX = 32  # previews kept at once; the oldest is dropped first


@dataclass
class Pending:
    prepared: Prepared  # the article and the meetings the preview showed, saved as they are
    user_id: int
    created: float

    @property
    def article(self) -> Article:
        return self.prepared.article


def _prepared_json(prepared: Prepared) -> str:
    return json.dumps(
        {
            "article": prepared.article.model_dump(mode="json"),
            "meetings": [m.model_dump(mode="json") for m in prepared.meetings],
        },
        ensure_ascii=False,
    )


def _prepared(payload: str) -> Prepared:
    data = json.loads(payload)
    return Prepared(
        Article.model_validate(data["article"]),
        tuple(Meeting.model_validate(m) for m in data["meetings"]),
    )


class PendingArticles:
    """Articles shown in a preview, by token; bounded in number and age."""

    KIND = "preview"

    def __init__(
        self,
        ttl: float = PENDING_TTL,
        size: int = PENDING_MAX,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.ttl = ttl
        self.size = size
        self.clock = clock

    def _since(self) -> float:
        return self.clock() - self.ttl

    async def put(self, store: Store, prepared: Prepared, user_id: int) -> str:
        token = secrets.token_urlsafe(6)  # 8 characters of [A-Za-z0-9_-]
        payload = _prepared_json(prepared)
        await state.put(store, self.KIND, token, user_id, payload, self.clock(), self.size)
        return token

    async def get(self, store: Store, token: str) -> Pending | None:
        row = await state.get(store, self.KIND, token, self._since())
        return Pending(_prepared(row.payload), row.user_id, row.created) if row else None

    async def pop(self, store: Store, token: str) -> Pending | None:
        """Taken once: of two presses (on any replica), one gets it."""
        row = await state.take(store, self.KIND, token, self._since())
        return Pending(_prepared(row.payload), row.user_id, row.created) if row else None

    async def count(self, store: Store) -> int:
        return await state.count(store, self.KIND, self._since())


EDIT_TTL = 10 * 60  # seconds an admin has to type a corrected value, then to confirm it


@dataclass
class PendingEdit:
    """A correction on its way: the field asked for, then (``edit`` set) awaiting «Lưu»."""

    user_id: int
    meeting_id: str
    field: str  # "date" | "place" | "kind"
    created: float
    edit: object | None = None  # store.language.edits.Edit once the value is read


def _edit_json(item: PendingEdit) -> str:
    edit = item.edit if isinstance(item.edit, Edit) else None
    return json.dumps(
        {
            "meeting_id": item.meeting_id,
            "field": item.field,
            "edit": [edit.field, edit.value] if edit else None,
        },
        ensure_ascii=False,
    )


def _edit(row: state.State) -> PendingEdit:
    data = json.loads(row.payload)
    edit = Edit(*data["edit"]) if data["edit"] else None
    return PendingEdit(row.user_id, data["meeting_id"], data["field"], row.created, edit)


class PendingEdits:
    """Corrections admins are making: by user while a value is awaited, by token once shown
    for confirmation; bounded in age."""

    AWAITING = "edit-value"
    CONFIRM = "edit-confirm"

    def __init__(self, ttl: float = EDIT_TTL, clock: Callable[[], float] = time.time) -> None:
        self.ttl = ttl
        self.clock = clock

    def _since(self) -> float:
        return self.clock() - self.ttl

    async def ask(self, store: Store, user_id: int, meeting_id: str, field: str) -> None:
        item = PendingEdit(user_id, meeting_id, field, self.clock())
        await state.put(
            store, self.AWAITING, str(user_id), user_id, _edit_json(item), item.created, 1000
        )

    async def awaiting(self, store: Store, user_id: int) -> PendingEdit | None:
        row = await state.get(store, self.AWAITING, str(user_id), self._since())
        return _edit(row) if row else None

    async def answered(self, store: Store, user_id: int) -> None:
        await state.take(store, self.AWAITING, str(user_id), 0.0)

    async def put(self, store: Store, item: PendingEdit) -> str:
        token = secrets.token_urlsafe(6)
        item.created = self.clock()
        await state.put(
            store, self.CONFIRM, token, item.user_id, _edit_json(item), item.created, PENDING_MAX
        )
        return token

    async def pop(self, store: Store, token: str) -> PendingEdit | None:
        row = await state.take(store, self.CONFIRM, token, self._since())
        return _edit(row) if row else None
