"""Why something could not be done — said in the language of whoever reads it.

Store code reports failures (a feed command refused, a page not fetched, a file skipped) as a
:class:`Reason`: the Vietnamese text the CLI, logs and database have always shown, which
also keeps its catalogue code and values (``reason.<code>`` in store/data/i18n), so a chat
reads it in its own language (:func:`localized`). A reason read back from the database is a
plain string; one without values is still recognised by its Vietnamese text.
"""

from __future__ import annotations

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
def _codes_by_text() -> dict[str, str]:
    return {
        text: key.removeprefix(PREFIX)
        for key, text in catalogue("vi").items()
        if key.startswith(PREFIX) and "{" not in text
    }


def localized(reason: object, lang: str) -> str:
    """The reason in ``lang``: a :class:`Reason` by its code, a stored Vietnamese reason
    when the catalogue knows its text, anything else as it is."""
    if isinstance(reason, Reason):
        return reason.said(lang)
    text = str(reason)
    code = _codes_by_text().get(text)
    return say(lang, PREFIX + code) if code and lang != "vi" else text


def reason_of(exc: BaseException) -> object:
    """The reason an exception was raised with (its first argument), else its text."""
    return exc.args[0] if exc.args else str(exc)
