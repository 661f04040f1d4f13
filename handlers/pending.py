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
