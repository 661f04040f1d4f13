"""Why something could not be done — said in the language of whoever reads it.

Store code reports failures (a feed command refused, a page not fetched, a file skipped) as a
:class:`Reason`: the Vietnamese text the CLI, logs and database have always shown, which
also keeps its catalogue code and values (``reason.<code>`` in store/data/i18n), so a chat
reads it in its own language (:func:`localized`). A reason read back from the database is a
plain string, recognised by the catalogue text it matches.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from store.language.catalogue import catalogue, say

PREFIX = "reason."


class Reason(str):
    """A reason's Vietnamese text that remembers its code and values."""

    code: str
    values: dict[str, Any]

    def __new__(cls, code: str, **values: Any) -> Reason:
        obj = super().__new__(cls, say("vi", PREFIX + code, **values))
        obj.code = code
        obj.values = values
        return obj

    def __reduce__(self) -> tuple[Any, ...]:  # pickled by code, not by its Vietnamese text
        return (_rebuild, (self.code, self.values))

    def said(self, lang: str) -> str:
        return say(lang, PREFIX + self.code, **self.values)


def _rebuild(code: str, values: dict[str, Any]) -> Reason:
    return Reason(code, **values)


@cache
def _templates() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The Vietnamese reasons as patterns ("máy chủ đang lỗi (HTTP {status})" → its code)."""
    out = []
    for key, text in catalogue("vi").items():
        if key.startswith(PREFIX):
            parts = re.split(r"\{(\w+)\}", text)  # literal, name, literal, name, …
            rx = "".join(
                re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
                for i, part in enumerate(parts)
            )
            out.append((re.compile(rx + r"\Z"), key.removeprefix(PREFIX)))
    return tuple(out)


def localized(reason: object, lang: str) -> str:
    """The reason in ``lang``: a :class:`Reason` by its code, a stored Vietnamese reason
    (read back from the database) by the catalogue text it matches, anything else as it is."""
    if isinstance(reason, Reason):
        return reason.said(lang)
    text = str(reason)
    if lang == "vi":
        return text
    for rx, code in _templates():
        if m := rx.match(text):
            return Reason(code, **m.groupdict()).said(lang)
    return text


def reason_of(exc: BaseException) -> object:
    """The reason an exception was raised with (its first argument), else its text."""
    return exc.args[0] if exc.args else str(exc)
