"""Pieces of a meeting card that must read well: whole sentences, sector lists that say how
many more there are, one wording for what is unknown, short labels for buttons.

Pure text in, plain Vietnamese text out (the Telegram layer escapes and links it).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from store.language.compiled import kept_regex
from store.language.models import Meeting, Participant

UNKNOWN_DATE = "chưa rõ ngày"
UNKNOWN_PLACE = "chưa rõ địa điểm"
SECTORS_SHOWN = 5
STORED_CUT = 400  # extraction keeps this much of a summary: text this long may end mid-word
LABEL_NAME_MAX = 22

# A sentence ends at . ! ? … (then maybe a closing quote or bracket) before a space and a
# capital, a digit, a quote or a dash; a number's dot ("1.000") or an initial ("V. Putin") is
# no end.
_END = kept_regex(r"[.!?…]+[»”\"')\]]*(?=\s+[\"“«(\-–—\dA-ZÀ-ỸĐ]|\s*$)")
# Abbreviations that take a dot inside a name ("St. Petersburg", "TP. Hồ Chí Minh", "GS.
# Sadovnichy", "Yu. Ushakov"): the name goes on after them.
DOTTED = r"St|TP|Tp|GS|TS|PGS|Yu|Ya"
_INITIAL = kept_regex(rf"(?:^|[\s(])(?:[A-ZĐ]|{DOTTED})$")
_ENDS = ".!?…»”\"')]"


def sentences(text: str) -> list[str]:
    """The text's sentences, whitespace squashed; the last may lack an end mark."""
    text = " ".join(text.split())
    out: list[str] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0)[0] == "." and _INITIAL.search(text[start : m.start()]):
            continue  # "V." is an initial, "St." an abbreviation: not a sentence end
        piece = text[start : m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def _cut_at_word(text: str, limit: int) -> str:
    cut = text[: max(limit - 1, 0)]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:-–") + "…" if cut else ""


def whole_sentences(text: str, limit: int, cut: bool = True) -> str:
    """As many whole sentences of ``text`` as fit in ``limit`` characters.

    A trailing piece without an end mark (text that was itself cut) is dropped when a whole
    sentence precedes it, or cut at a word when the text is as long as a stored summary. Only when not even the first sentence fits is it cut, at a word
    and with "…", never inside a word.
    """
    parts = sentences(text)
    if not parts:
        return ""
    if parts[-1][-1] not in _ENDS and (len(parts) > 1 or len(text) >= STORED_CUT):
        if len(parts) == 1:  # one sentence, cut where it was stored: cut it at a word
            return _cut_at_word(parts[0], min(limit, len(parts[0])))
        parts = parts[:-1]
    chosen: list[str] = []
    used = 0
    for part in parts:
        size = len(part) + (1 if chosen else 0)
        if used + size > limit:
            break
        chosen.append(part)
        used += size
    if chosen:
        return " ".join(chosen)
    return _cut_at_word(parts[0], limit) if cut else ""


def fitting_point(points: Iterable[str], limit: int) -> str:
    """The first of ``points`` whose opening sentences fit ``limit`` whole; else the first,
    cut at a word."""
    points = [p for p in points if p and p.strip()]
    for point in points:
        found = whole_sentences(point, limit, cut=False)
        if found:
            return found
    return whole_sentences(points[0], limit) if points else ""


def ordered_sectors(sectors: Iterable[str], asked: Collection[str] = ()) -> list[str]:
    """The asked sectors first, then the others in their order (most prominent first)."""
    items = list(dict.fromkeys(sectors))
    return [s for s in items if s in asked] + [s for s in items if s not in asked]


def sectors_text(sectors: list[str], limit: int = SECTORS_SHOWN) -> str:
    """ "năng lượng, dầu khí, giáo dục (+3 lĩnh vực)"."""
    shown = ", ".join(sectors[:limit])
    more = len(sectors) - limit
    return f"{shown} (+{more} lĩnh vực)" if more > 0 else shown


def hidden_sectors(sectors: list[str], limit: int = SECTORS_SHOWN) -> int:
    return max(0, len(sectors) - limit)


def short_date(m: Meeting, today: date | None = None) -> str:
    """ "8/5" (this year), "8/5/2024", "5/2025", "2025", or the unknown-date wording."""
    if not m.date:
        return UNKNOWN_DATE
    parts = [int(x) for x in m.date.split("-")]
    if len(parts) == 3:
        year = "" if today is not None and parts[0] == today.year else f"/{parts[0]}"
        return f"{parts[2]}/{parts[1]}{year}"
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    return str(parts[0])


def short_name(name: str, country: str | None) -> str:
    """A person as a button names them: a foreign leader by surname, a Vietnamese in full."""
    if country and country != "VN" and " " in name:
        name = name.rsplit(" ", 1)[1]
    return name if len(name) <= LABEL_NAME_MAX else name[: LABEL_NAME_MAX - 1] + "…"


def counterpart_of(m: Meeting, asked: Collection[str] = ()) -> Participant | None:
    """Who the asked leaders met (else the foreign side, else the first person named)."""
    people = m.participants
    others = [p for p in people if p.name not in asked] if asked else []
    if not others:
        others = [p for p in people if p.country and p.country != "VN"] or list(people)
    return others[0] if others else None


def counterpart(m: Meeting, asked: Collection[str] = ()) -> str:
    p = counterpart_of(m, asked)
    return m.kind if p is None else short_name(p.name, p.country)


def button_label(m: Meeting, asked: Collection[str] = (), today: date | None = None) -> str:
    """ "8/5 · Mishustin": when, and with whom."""
    return f"{short_date(m, today)} · {counterpart(m, asked)}"


QUOTE_MAX = 300  # characters of one quoted sentence under a list item
_ITEM = kept_regex(r"^(\d+)\. ")


def quote_items(
    answer: str, shown: list[Meeting], quotes: dict[str, list[str]], offset: int = 0
) -> str:
    """Under each numbered item of an answer, the article's sentence about what was asked
    («…», whole), unless the answer quotes it already."""
    if not quotes:
        return answer
    out: list[str] = []
    for line in answer.split("\n"):
        out.append(line)
        m = _ITEM.match(line)
        if not m:
            continue
        index = int(m.group(1)) - offset - 1
        if not 0 <= index < len(shown):
            continue
        for sentence in quotes.get(shown[index].id, []):
            quoted = whole_sentences(sentence, QUOTE_MAX, cut=False)
            if quoted and quoted not in answer:
                out.append(f"   «{quoted}»")
                break
    return "\n".join(out)
