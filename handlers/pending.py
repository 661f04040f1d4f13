"""Articles an admin has seen in a /them preview, kept until Lưu or Huỷ (or expiry)."""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from store.language.models import Article
from store.services.ingest import Prepared

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


class PendingArticles:
    """Articles shown in a preview, by token; bounded in number and age."""

    def __init__(
        self,
        ttl: float = PENDING_TTL,
        size: int = PENDING_MAX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.ttl = ttl
        self.size = size
        self.clock = clock
        self._items: OrderedDict[str, Pending] = OrderedDict()

    def _expire(self) -> None:
        now = self.clock()
        for token in [t for t, p in self._items.items() if now - p.created > self.ttl]:
            del self._items[token]

    def put(self, prepared: Prepared, user_id: int) -> str:
        self._expire()
        token = secrets.token_urlsafe(6)  # 8 characters of [A-Za-z0-9_-]
        self._items[token] = Pending(prepared, user_id, self.clock())
        while len(self._items) > self.size:
            self._items.popitem(last=False)
        return token

    def get(self, token: str) -> Pending | None:
        self._expire()
        return self._items.get(token)

    def pop(self, token: str) -> Pending | None:
        self._expire()
        return self._items.pop(token, None)

    def __len__(self) -> int:
        return len(self._items)


EDIT_TTL = 10 * 60  # seconds an admin has to type a corrected value, then to confirm it


@dataclass
class PendingEdit:
    """A correction on its way: the field asked for, then (``edit`` set) awaiting «Lưu»."""

    user_id: int
    meeting_id: str
    field: str  # "date" | "place" | "kind"
    created: float
    edit: object | None = None  # store.language.edits.Edit once the value is read


class PendingEdits:
    """Corrections admins are making: by user while a value is awaited, by token once shown
    for confirmation; bounded in age."""

    def __init__(self, ttl: float = EDIT_TTL, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.clock = clock
        self._awaiting: dict[int, PendingEdit] = {}
        self._confirm: OrderedDict[str, PendingEdit] = OrderedDict()

    def _fresh(self, item: PendingEdit | None) -> PendingEdit | None:
        return item if item is not None and self.clock() - item.created <= self.ttl else None

    def ask(self, user_id: int, meeting_id: str, field: str) -> None:
        self._awaiting[user_id] = PendingEdit(user_id, meeting_id, field, self.clock())

    def awaiting(self, user_id: int) -> PendingEdit | None:
        item = self._fresh(self._awaiting.get(user_id))
        if item is None:
            self._awaiting.pop(user_id, None)
        return item

    def answered(self, user_id: int) -> None:
        self._awaiting.pop(user_id, None)

    def put(self, item: PendingEdit) -> str:
        token = secrets.token_urlsafe(6)
        item.created = self.clock()
        self._confirm[token] = item
        while len(self._confirm) > PENDING_MAX:
            self._confirm.popitem(last=False)
        return token

    def pop(self, token: str) -> PendingEdit | None:
        return self._fresh(self._confirm.pop(token, None))
