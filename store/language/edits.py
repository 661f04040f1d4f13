"""Reading an admin's correction of a meeting: a new date, place or kind, typed by hand.

Strict on purpose: a correction must say exactly what it means, so anything that is not
one of the accepted forms is refused with a Vietnamese sentence saying what is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from store.language.catalogue import say
from store.language.compiled import kept_regex
from store.language.fold import fold, fold_key
from store.language.lexicon import get_lexicon
from store.language.wording_i18n import kind as kind_name

FIELDS = {"date": "ngày", "place": "địa điểm", "kind": "hình thức"}
UNKNOWN_WORDS = {"chua ro", "khong ro", "khong co", "xoa", "-"}
MAX_PLACE = 80

_DAY = kept_regex(r"(?:ngay\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")
_ISO = kept_regex(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_MONTH = kept_regex(r"(?:thang\s+)?(\d{1,2})\s*[/.-]\s*(\d{4})")
_YEAR = kept_regex(r"(?:nam\s+)?(\d{4})")


class EditError(ValueError):
    """A value that cannot be a correction; the message says what is accepted (``str``:
    Vietnamese; ``message(lang)`` in a chat's language). ``key`` names it in the catalogue."""

    def __init__(self, key: str, **values: object) -> None:
        self.key, self.values = key, values
        super().__init__(self.message("vi"))

    def message(self, lang: str) -> str:
        values = dict(self.values)
        if "field" in values:
            values["field"] = say(lang, f"edits.field.{values['field']}")
        if "kinds" in values:
            kinds = list(values["kinds"])  # type: ignore[call-overload]
            values["kinds"] = ", ".join(
                kinds if lang == "vi" else (kind_name(k, lang) for k in kinds)
            )
        return say(lang, f"edits.{self.key}", **values)


@dataclass(frozen=True)
class Edit:
    """One field of a meeting set to a new value (None: not known)."""

    field: str  # "date" | "place" | "kind"
    value: str | None


def _iso(y: int, m: int | None = None, d: int | None = None) -> str:
    if not 1900 <= y <= 2100 or (m is not None and not 1 <= m <= 12):
        raise ValueError
    if d is not None and m is not None:
        return date(y, m, d).isoformat()
    return f"{y:04d}-{m:02d}" if m is not None else f"{y:04d}"


def parse_date(text: str) -> str | None:
    """ "8/5/2025", "2025-05-08", "5/2025", "tháng 5/2025", "2025" or "chưa rõ" → a stored date."""
    if fold_key(text) in UNKNOWN_WORDS:
        return None
    key = " ".join(fold(text).split())
    raw = key
    try:
        if m := _ISO.fullmatch(raw):
            return _iso(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
        if m := _DAY.fullmatch(key):
            return _iso(int(m[3]), int(m[2]), int(m[1]))
        if m := _MONTH.fullmatch(key):
            return _iso(int(m[2]), int(m[1]))
        if m := _YEAR.fullmatch(key):
            return _iso(int(m[1]))
    except ValueError:
        pass
    raise EditError("bad_date")


def parse_place(text: str) -> str | None:
    """A city the lexicon knows (by any spelling) becomes its canonical name; another name is
    kept as typed; "chưa rõ" clears the place."""
    text = " ".join(text.split())
    if fold_key(text) in UNKNOWN_WORDS:
        return None
    if not text or len(text) > MAX_PLACE or not any(ch.isalpha() for ch in text):
        raise EditError("bad_place", n=MAX_PLACE)
    found = get_lexicon().find_places(text)
    if len(found) == 1 and found[0].end - found[0].start >= len(text) - 2:
        return found[0].key
    return text


def parse_kind(text: str) -> str:
    """One of the kinds of meeting the lexicon knows ("hội đàm", "tiếp", "điện đàm", …)."""
    kinds = known_kinds()
    key = fold_key(text)
    for kind in kinds:
        if fold_key(kind) == key:
            return kind
    raise EditError("bad_kind", kinds=kinds)


def known_kinds() -> list[str]:
    lex = get_lexicon()
    return sorted(lex.kinds, key=lambda k: -lex.kind_priority(k))


def parse(field: str, text: str) -> Edit:
    if field == "date":
        return Edit("date", parse_date(text))
    if field == "place":
        return Edit("place", parse_place(text))
    if field == "kind":
        return Edit("kind", parse_kind(text))
    raise EditError("bad_field", name=field)
