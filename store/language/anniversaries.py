"""The years anniversaries name ("kỷ niệm 80 năm Chiến thắng" is 2025, "152 năm Ngày sinh
V.I. Lenin" 2022), from the years of the events news counts (store/data/anniversaries.json).
A year-less day takes its year from the titles the article gives, then from the years the
article names: an anniversary names one without writing it."""

from __future__ import annotations

import json
import re
from functools import cache

from store.language.fold import fold
from store.language.packaged import files

# Words of an act that prepares an anniversary ("chuẩn bị kỷ niệm", "hướng tới lễ kỷ niệm"),
# folded, before "ky niem": it comes before the anniversary's day.
TOWARDS = r"\b(?:chuan bi|huong toi|tien toi)\s+(?:le\s+)?"


@cache
def _events() -> tuple[re.Pattern[str], dict[str, int]]:
    raw = json.loads(files("store").joinpath("data/anniversaries.json").read_text(encoding="utf-8"))
    years = {name: e["year"] for e in raw["events"] for name in e["names"]}
    names = "|".join(re.escape(n) for n in sorted(years, key=len, reverse=True))
    # The name ends the phrase ("80 năm Chiến thắng.", "… Chiến thắng tại Quảng trường Đỏ"):
    # "50 năm Chiến thắng Điện Biên Phủ" is another victory, "Quốc khánh Nga" another day.
    end = r"(?=\s*$|\s*[^\w\s]|\s+(?:tai|trong|va|cua|o|cung|vao|tren|duoc|da|se|nam|co|thi|la)\b)"
    return re.compile(rf"(?<![\w.])(\d{{1,3}}) nam (?:ky niem )?({names}){end}"), years


def anniversary_years(folded: str) -> list[tuple[int, int]]:
    """(offset, year) of each anniversary the folded text counts."""
    if " nam " not in folded:
        return []
    pattern, years = _events()
    return [(m.start(), years[m.group(2)] + int(m.group(1))) for m in pattern.finditer(folded)]


# "trở thành đối tác chiến lược toàn diện", "nâng quan hệ lên …", "thiết lập quan hệ ngoại
# giao": asked as the event itself, not an anniversary of it.
_BECAME = (
    r"(?<![\w.])(tro thanh|nang (?:cap )?(?:(?:moi )?quan he (?:hai nuoc |viet nam - nga "
    r"|viet - nga |viet nga )?)?len(?: thanh| tam| muc)?|thiet lap|xac lap) (?:quan he )?"
)


@cache
def _milestones() -> re.Pattern[str]:
    _pattern, years = _events()
    names = "|".join(re.escape(n) for n in sorted(years, key=len, reverse=True))
    return re.compile(rf"{_BECAME}({names})(?!\w)")


def asked_milestones(folded: str) -> list[tuple[int, int, int]]:
    """(start, start, year) of each event a folded question asks as one ("Việt Nam và Nga
    trở thành đối tác chiến lược toàn diện khi nào": 2012): an empty span, the words left
    to rank the reports that say them ("nhất trí nâng quan hệ lên …", nearly as written)."""
    _pattern, years = _events()
    return [(m.start(1), m.start(1), years[m.group(2)]) for m in _milestones().finditer(folded)]


# A question goes on after the event's name with the act asked about ("kỷ niệm 70 năm quan
# hệ ngoại giao điện đàm", "… chiêu đãi", any act of store/data/kinds.json), who held it
# ("… đại sứ quán Nga") or the event's year ("30 năm hiệp ước hữu nghị 1994"), which an
# article's sentence would not. A place or a country after it still makes another event
# ("50 năm Chiến thắng Điện Biên Phủ", "Quốc khánh Nga").
_ASKED_AFTER = (
    "dai su quan",
    "dai su",
    "doan",
    "le",
    "tiec",
    "khi nao",
    "o dau",
    "nhu the nao",
    "ra sao",
    "bao gio",
    "ai",
    "nao",
)


@cache
def _asked_end() -> str:
    raw = json.loads(files("store").joinpath("data/kinds.json").read_text(encoding="utf-8"))
    acts = {fold(p) for k in raw if not k["kind"].startswith("_") for p in k["patterns"]}
    words = sorted(acts | set(_ASKED_AFTER), key=len, reverse=True)
    return r"\s+(?:" + "|".join(re.escape(w) for w in words) + r"|(?:19|20)\d\d)\b"


def asked_anniversaries(folded: str) -> list[tuple[int, int, int]]:
    """(start, end, year) of each anniversary a folded question counts: "kỷ niệm N năm", the
    event's name left out of the span (its words rank the reports that name it)."""
    _pattern, years = _events()
    out = []
    for m in _asked().finditer(folded):
        start = m.start() - 8 if folded[: m.start()].endswith("ky niem ") else m.start()
        out.append((start, m.start(2), years[m.group(2)] + int(m.group(1))))
    return out


@cache
def _asked() -> re.Pattern[str]:
    pattern, _years = _events()
    return re.compile(pattern.pattern.replace("(?=", "(?=" + _asked_end() + "|", 1))
