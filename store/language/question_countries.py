"""Country names in a question: where a meeting was ("ở Nga", "thăm Hàn Quốc"), what was
discussed ("bàn về Ukraine"), or another side of the meeting ("lãnh đạo Ấn Độ").

Folded matching would make "ngã" Russia and "mỹ phẩm" America: a marked spelling must be
one of the country's, and a one-syllable name typed without marks counts only in a slot
where a country goes ("tham my", "tong thong phap").
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from store.language.compiled import kept_regex
from store.language.fold import fold, fold_key, nfc
from store.language.packaged import files
from store.language.question_words import (
    country_names,
    is_vietnamese_word,
    residents_before,
    topic_before,
)

# Before a country: the meeting was held there ("ở Nga", "thăm chính thức Việt Nam").
_LOCATIVE = kept_regex(
    # "vận tải" folds to "van tai": no "tại" ("Bộ trưởng Giao thông vận tải Việt Nam")
    r"(?:^|\s)(?:o|(?<!van )tai|sang|den|toi|tren dat|tham|cong du|chuyen tham)"
    r"(?:\s+(?:chinh thuc|cap nha nuoc|lam viec|huu nghi|ngan|(?<!van )tai|den|sang|toi|o)){0,2}\s+$"
)
# One side's thing in the other's country ("ô tô Nga tại Việt Nam", "Năm Việt Nam tại Nga",
# "trường học Nga tại Việt Nam"): where the thing is, not where the meeting was.
_SIDE_THING_IN = kept_regex(r"(?:^|\s)(nga|lien bang nga|lb nga|viet nam)\s+(?:tai|o)\s+$")
_PAIR_BEFORE = kept_regex(r"\b(?:viet|viet nam|nga|lien bang nga)\s*[-–]?\s*$")
_SIDE_CODE = {"nga": "RU", "lien bang nga": "RU", "lb nga": "RU", "viet nam": "VN"}
# Goods or money going there ("xuất sang Nga", "đầu tư vào Việt Nam"): where trade goes,
# not where the meeting was.
_TRADE_TO = kept_regex(
    r"(?:^|\s)(?:xuat|xuat khau|nhap|nhap khau|ban|dau tu|chuyen|van chuyen|giao)"
    r"(?:,?\s+\w+){0,4}?\s+(?:sang|vao|toi|den|tu)\s+$"
)
# Before a one-syllable country name typed without marks ("tham my", "tong thong phap").
_COUNTRY_SLOT = kept_regex(
    r"(?:^|\s)(?:o|tai|sang|den|toi|tham|cong du|voi|va|nuoc|lanh dao|tong thong|thu tuong|"
    r"ngoai truong|chu tich|du hoc|cua|giua|phia|ben|doan"
    # a country's own bodies: "dang nhan dan cach mang lao", "quan doi nhan dan lao"
    r"|nhan dan|cach mang|chinh phu|quoc hoi|quan doi|dai su|dai su quan)\s+$"
)
# Words after "Lào" / "Anh" / "Nhật"… that make them something else ("lao động", "anh ấy",
# "nhất trí", "nhất là").
_NOT_COUNTRY_AFTER = kept_regex(
    r"\s*(?:dong|ay|em|chi|hung|ta|nay|do|oi|tri|dinh|quan|loat|thiet|la|luat|ly|che|quyen)\b"
)


def _thing_of_other_side(before: str, code: str) -> bool:
    """``before`` ends with the other side's name and "tại"/"ở" ("ô tô Nga tại")."""
    m = _SIDE_THING_IN.search(before)
    if m is None or code not in ("VN", "RU") or _SIDE_CODE[m.group(1)] == code:
        return False
    # "hội đàm Việt - Nga tại Việt Nam": the pair of sides, then where they met; "thăm Việt
    # Nam ở Nga": both read as places (no meeting holds both).
    head = before[: m.start(1)]
    return _PAIR_BEFORE.search(head) is None and _LOCATIVE.search(head) is None


@dataclass
class Country:
    code: str
    start: int
    end: int
    surface: str
    locative: bool
    topic: bool


@lru_cache(maxsize=1)
def _country_table() -> tuple[re.Pattern[str], dict[str, str], dict[str, set[str]]]:
    """Folded names → code, one regex over folded text, and each key's spellings (lower case)."""
    code_of: dict[str, str] = {}
    spellings: dict[str, set[str]] = {}
    for code, name in country_names():
        key = fold_key(name)
        if not key:
            continue
        code_of.setdefault(key, code)
        spellings.setdefault(key, set()).add(nfc(name).lower().replace("-", " "))
    alts = sorted(code_of, key=len, reverse=True)
    body = "|".join(r"[\s\-–]+".join(re.escape(w) for w in k.split()) for k in alts)
    return kept_regex(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"), code_of, spellings


def country_label(code: str) -> str:
    """The country's Vietnamese name as the data writes it first ("Ấn Độ")."""
    return next((name for c, name in country_names() if c == code), code)


def has_marks(text: str) -> bool:
    return any(fold(c) != c.lower() for c in text if c.isalpha())


def find_countries(q: str, folded_q: str, free: Callable[[int, int], bool]) -> list[Country]:
    """Country names in the question, with what they say (where, a topic, or a side)."""
    rx, code_of, spellings = _country_table()
    marked_question = has_marks(q)
    out: list[Country] = []
    for m in rx.finditer(folded_q):
        s, e = m.start(), m.end()
        if not free(s, e):
            continue
        key = " ".join(m.group().replace("-", " ").replace("–", " ").split())
        surface = q[s:e]
        code = code_of[key]
        before = folded_q[max(0, s - 40) : s]
        spelled = " ".join(surface.lower().replace("-", " ").split())
        if has_marks(surface) and spelled not in spellings[key]:
            continue  # "ngã", "mỹ phẩm", "pháp luật" fold alike
        if " " not in key and is_vietnamese_word(key) and code not in ("RU", "VN"):
            # One syllable that is also a common word: a capital, or a slot in a question
            # typed without marks ("tham my"), and not a person's name ("Mỹ Tâm").
            capital = surface[:1].isupper() and not surface.isupper()
            slot = not marked_question and _COUNTRY_SLOT.search(before) is not None
            if not (capital or slot) or _NOT_COUNTRY_AFTER.match(folded_q, e):
                continue
            nxt = re.match(r"\s+(\w+)", q[e:])
            name_next = nxt and nxt.group(1)[:1].isupper() and free(e, e + nxt.end())
            if capital and name_next and not _COUNTRY_SLOT.search(before):
                continue  # "Mỹ Tâm", "Anh Tuấn": a name
            prv = re.search(r"(\w+)\s+$", q[:s])
            name_before = prv and prv.group(1)[:1].isupper() and free(prv.start(1), s)
            if capital and name_before and not _COUNTRY_SLOT.search(before):
                continue  # "Hoàng Tuấn Anh", "Lê Hoàng Anh": a name's last syllable
        out.append(
            Country(
                code,
                s,
                e,
                surface,
                locative=_LOCATIVE.search(before) is not None
                and not _TRADE_TO.search(before)
                and not _thing_of_other_side(before, code)
                and not residents_before(before),
                # "bàn về Ukraine"; "công dân Việt Nam ở Ukraine", "sơ tán công dân Ukraine":
                # where people live, what was discussed — no side and no venue.
                topic=topic_before(before) or residents_before(before),
            )
        )
    return out


@dataclass
class Leader:
    name: str
    country: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _leader_table() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    """Other countries' leaders (store/data/world_leaders.json): one regex over folded text."""
    rows = json.loads(
        files("store").joinpath("data/world_leaders.json").read_text(encoding="utf-8")
    )
    owner: dict[str, tuple[str, str]] = {}
    for row in rows:
        for name in (row["name"], *row.get("aliases", ())):
            key = fold_key(name.replace("-", " "))
            if key:
                owner.setdefault(key, (row["name"], row["country"]))
    if not owner:
        return None, {}
    alts = sorted(owner, key=len, reverse=True)
    body = "|".join(r"[\s\-–]+".join(re.escape(w) for w in k.split()) for k in alts)
    return kept_regex(rf"(?<![a-z0-9])(?:{body})(?![a-z0-9])"), owner


def find_world_leaders(folded: str, free: Callable[[int, int], bool]) -> list[Leader]:
    """Leaders of third countries named in a (folded, same-length) question: "Anwar
    Ibrahim", "Macron", "Hun Sen". The store holds Vietnam–Russia meetings only."""
    rx, owner = _leader_table()
    if rx is None:
        return []
    out = []
    for m in rx.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        key = " ".join(re.split(r"[\s\-–]+", m.group()))
        name, country = owner.get(key, (m.group(), ""))
        out.append(Leader(name, country, m.start(), m.end()))
    return out
