"""Newsroom shorthand for the leader of a province or city, typed without the body word.

"Bí thư Bình Dương", "CT Đà Nẵng", "Chủ tịch tỉnh Quảng Ninh", "bi thu ha noi": a head
right before a place of the country means that place's party secretary or people's
committee chairman. One rule, from the place data (country and kind of place) and
store/data/questions.json "local_leaders": the head becomes the full title the office
data knows for that kind of place ("Bí thư Tỉnh ủy", "Chủ tịch UBND TP"), so the shorthand
resolves exactly as the full form does. A Russian region needs no rewrite: "Thống đốc
Kaluga" is already a title followed by its place.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from store.language.compiled import kept_regex
from store.language.fold import fold, fold_key
from store.language.lexicon import get_lexicon
from store.language.packaged import files
from store.language.question_words import errand_words

# A place word typed between the head and the place ("Chủ tịch tỉnh Quảng Ninh").
_PLACE_WORD = r"(?P<word>(?:tinh|thanh pho|tp\.?)\s+)?"
_PLACE_WORD_START = kept_regex(r"(?:tinh|thanh pho|tp)\b", re.IGNORECASE)
_PLACE_WORD_END = kept_regex(r"\s+(?:tỉnh|TP)$")
# Heads inside a longer title of another office: "Tổng Bí thư", "Chủ tịch nước".
_LONGER = kept_regex(r"(?:^|\W)tong\s+$")


@dataclass(frozen=True)
class _Rule:
    country: str
    heads: re.Pattern[str]  # folded: a head, its body, a place word (all but the head optional)
    short: re.Pattern[str]  # short forms: matched only as typed (upper case) or in lower text
    by_kind: dict[str, str]  # kind of place → the full title
    head: str  # the head written out ("Phó Chủ tịch" for "PCT"), when the body is typed


@cache
def _rules() -> tuple[_Rule, ...]:
    raw = json.loads(files("store").joinpath("data/questions.json").read_text(encoding="utf-8"))
    rules = []
    for country, rows in raw.get("local_leaders", {}).items():
        if country.startswith("_"):
            continue
        for row in rows:
            heads = sorted((fold_key(h) for h in row["heads"]), key=len, reverse=True)
            alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
            shorts = [h for h in row["heads"] if len(h) <= 2]
            short_alt = "|".join(re.escape(h) for h in shorts) or "(?!)"
            # "bt tinh uy khanh hoa", "ct ubnd tp hcm": the body typed after the short head.
            bodies = sorted((fold_key(b) for b in row.get("bodies", [])), key=len, reverse=True)
            body = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in bodies) or "(?!)"
            rules.append(
                _Rule(
                    country=country,
                    heads=kept_regex(
                        rf"(?:^|(?<=\W))(?P<head>{alt})\s+(?P<body>(?:{body})\s+)?{_PLACE_WORD}$"
                    ),
                    short=kept_regex(rf"(?:^|(?<=\W))(?:{short_alt})\s"),
                    by_kind={k: row[k] for k in ("province", "city") if k in row},
                    head=row["heads"][0],
                )
            )
    return tuple(rules)


def _bare_start(text: str, start: int, end: int, names: set[str]) -> int | None:
    """Where the place's own name starts inside a place mention ("tỉnh Bình Dương" → at
    "Bình"), or None when the mention is a venue rather than the place's name."""
    words = text[start:end]
    folded = fold_key(words)
    if folded in names:
        return start
    m = re.match(r"(?:tinh|thanh pho|tp\.?)\s+", fold(words), re.IGNORECASE)
    if m and fold_key(words[m.end() :]) in names:
        return start + m.end()
    return None


def expand_local_leaders(text: str) -> str:
    """ "Bí thư Bình Dương gặp Thống đốc Kaluga" → "Bí thư Tỉnh ủy Bình Dương gặp Thống đốc
    Kaluga"; text without such shorthand is returned unchanged."""
    rules = _rules()
    if not rules:
        return text
    lex = get_lexicon()
    lower = not any(c.isupper() for c in text)
    # "ct" / "bt" are as often "công ty" / "bài tập": beside an errand ("ct Hà Nội địa chỉ",
    # "ct Quảng Ninh tuyển dụng") the short form is not read as a leader.
    errand = bool(errand_words(text))
    unmarked = fold(text) == text.lower()
    edits: list[tuple[int, int, str]] = []
    found = lex.find_places(text)
    for p in found:
        place = lex.places[p.key]
        names = {fold_key(place.name), *(fold_key(a) for a in place.aliases)}
        if _bare_start(text, p.start, p.end, names) is None:
            continue
        window_start = max(0, p.start - 30)
        before = text[window_start : p.start]
        folded = fold(before).lower()
        if len(folded) != len(before):
            continue
        for rule in rules:
            full = rule.by_kind.get(place.kind)
            m = rule.heads.search(folded)
            if rule.country != place.country or full is None or m is None:
                continue
            head_at = window_start + m.start("head")
            typed = text[head_at : head_at + len(m.group("head")) + 1]
            if len(m.group("head")) <= 2 and (errand or not (lower or rule.short.match(typed))):
                continue  # "ct" inside a capitalised question is not the short form
            if _LONGER.search(fold(text[max(0, head_at - 8) : head_at]).lower()):
                continue
            if any(v.start < head_at < v.end for v in found):
                continue  # "Phủ Chủ tịch Hà Nội": a venue's word, no head of the place
            if m.group("body"):
                full = rule.head  # the body is typed: only the head is short
            elif m.group("word") or _PLACE_WORD_START.match(fold(text[p.start : p.end])):
                full = _PLACE_WORD_END.sub("", full)  # the place word is typed already
            head_end = head_at + len(m.group("head"))
            edits.append((head_at, head_end, fold(full) if unmarked else full))
            break
    for start, end, full in sorted(edits, reverse=True):
        text = text[:start] + full + text[end:]
    return text
