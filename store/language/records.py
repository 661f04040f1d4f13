"""Plain dataclass records with the few pydantic-style helpers the project uses.

The domain models are built by our own parsers and from database rows, never from
untrusted input that needs validating; importing pydantic and building its models was a
fifth of ``briefing ask``'s start-up. ``model_copy``, ``model_dump`` and
``model_validate`` keep the names (and meaning) the code already used.
"""

from __future__ import annotations

import copy
import dataclasses
import types
import typing
from datetime import date
from functools import cache
from typing import Any, Literal, TypeVar

R = TypeVar("R", bound="Record")

EXCLUDE = {"exclude": True}  # field metadata: left out of model_dump, as pydantic's exclude=True


class Record:
    """Mixin for ``@dataclass(kw_only=True)`` classes."""

    def model_copy(self: R, update: dict[str, Any] | None = None) -> R:
        """A shallow copy with ``update``'s fields replaced (not validated, as pydantic's)."""
        return dataclasses.replace(self, **update) if update else copy.copy(self)  # type: ignore[type-var]

    def model_dump(
        self, mode: Literal["python", "json"] = "python", include: set[str] | None = None
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            if f.metadata.get("exclude") or (include is not None and f.name not in include):
                continue
            out[f.name] = _dump(getattr(self, f.name), mode == "json")
        return out

    @classmethod
    def model_validate(cls: type[R], data: dict[str, Any]) -> R:
        """The record from ``model_dump(mode="json")``'s output (unknown keys ignored)."""
        hints = _hints(cls)
        return cls(
            **{
                f.name: _load(hints[f.name], data[f.name])
                for f in dataclasses.fields(cls)  # type: ignore[arg-type]
                if f.name in data
            }
        )


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _dump(value: Any, json: bool) -> Any:
    if isinstance(value, Record):
        return value.model_dump("json" if json else "python")
    if isinstance(value, list):
        return [_dump(v, json) for v in value]
    if isinstance(value, tuple):
        items = [_dump(v, json) for v in value]
        return items if json else tuple(items)
    if isinstance(value, dict):
        return {k: _dump(v, json) for k, v in value.items()}
    if json and isinstance(value, date):
        return value.isoformat()
    return value


def _load(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None:
            return None
        return _load(next(a for a in args if a is not type(None)), value)
    if origin is list:
        return [_load(args[0], v) for v in value]
    if origin is tuple:
        return tuple(_load(args[0], v) for v in value)
    if origin is dict:
        return {k: _load(args[1], v) for k, v in value.items()}
    if isinstance(hint, type) and issubclass(hint, Record) and isinstance(value, dict):
        return hint.model_validate(value)
    if hint is date and isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value
