"""Vietnamese news date grammar.

Article side: ``find_dates`` finds date expressions ("Tối 8-5", "ngày 9 tháng 5 năm 2025",
"29/11 - 2/12/2021", "sáng nay (16/4)") and ``find_published`` finds the publication date
(archive prefix, URL, byline). Question side: ``parse_question_dates`` turns "tháng 5/2025",
"đầu năm nay", "quy 1" into an inclusive date range. ``dateparser`` handles none of the
Vietnamese range forms, hence this hand-written grammar.

Article text should be NFC (``store.language.fold.nfc``); NFD text is accepted too and offsets are
still reported in the text passed in, at some cost in speed. Performance matters (every
ingested article goes through ``find_dates``): every regex is compiled at import time and
starts with a digit or a literal, so the regex engine skips ordinary text in C.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from urllib.parse import urlsplit

from store.language.compiled import kept_regex
from store.language.fold import fold
from store.language.packaged import files
from store.language.related_links import chrome

__all__ = [
    "DateMention",
    "DateRange",
    "dateline_day",
    "report_today",
    "site_bar_line",
    "find_dates",
    "find_published",
    "parse_question_dates",
    "site_header_end",
]


@dataclass(frozen=True)
class DateMention:
    start: int  # char offsets in the text passed in
    end: int
    year: int | None
    month: int | None
    day: int | None
    end_year: int | None = None  # ranges: "29/11 - 2/12/2021", "từ ngày 5 đến 7-4-2015"
    end_month: int | None = None
    end_day: int | None = None
    time_of_day: str | None = None  # "sáng" | "trưa" | "chiều" | "tối" | "đêm"
    relative: bool = False  # resolved against the publication date ("sáng nay", "hôm qua")
    text: str = ""
    # A weekday ("tối thứ Năm", "thứ Ba tuần trước"): its day is worked out from the
    # publication's week, not written.
    assumed: bool = False


@dataclass(frozen=True)
class DateRange:
    start: date
    end: date  # inclusive
    label: str  # Vietnamese with diacritics: "tháng 5/2025", "năm 2019", "quý 1/2025", "8/5/2025"
    spans: tuple[tuple[int, int], ...] = ()  # offsets in the question consumed by the expression
    # Question side: a day or month typed without a year ("8/5", "tháng 1"); the year taken
    # is the most recent one that has begun, and an earlier one may be meant.
    yearless: bool = False
    recent: bool = False  # "gần đây", "dạo này": a window back from today, not a date
    # "hôm qua", "tuần trước": a day or week counted from today, not a date given.
    relative: bool = False
    # The weekday written beside a year-less day ("thứ Sáu 7/9"), Monday 0: the year taken is
    # the most recent one whose day fell on it, and no year whose day did not is meant.
    weekday: int | None = None


# ---------------------------------------------------------------------------------------------
# Shared pieces (patterns run on lower-cased text)

_H = r"[^\S\r\n]"  # horizontal whitespace, NBSP and ideographic space included
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH = f"[{_DASHES}]"
_Y = r"(?:1[89][0-9]{2}|2[01][0-9]{2})"
# Boundary check placed *after* the first digit so every digit pattern starts with a digit
# class (lets the engine skip non-digits fast): no word char, decimal mark, slash, colon or
# plus before the number, and no "letter-dash" ("COVID-19", "Su-30").
_B = rf"(?<![\w.,/:+][0-9])(?<![^\W\d_]{_DASH}[0-9])"
_D1 = rf"[0-9]{_B}[0-9]?"
_N = r"[0-9][0-9]?"
_NUM_END = rf"(?!\w|[.,/][0-9]|{_H}*%)"

_TOD_MAP = {
    "rạng sáng": "sáng",
    "sáng sớm": "sáng",
    "sáng": "sáng",
    "trưa": "trưa",
    "chiều tối": "tối",
    "chiều muộn": "chiều",
    "chiều": "chiều",
    "tối muộn": "tối",
    "tối khuya": "đêm",
    "tối": "tối",
    "đêm khuya": "đêm",
    "nửa đêm": "đêm",
    "đêm": "đêm",
    "khuya": "đêm",
}
_TOD = "|".join(
    re.escape(w).replace(r"\ ", _H + "+") for w in sorted(_TOD_MAP, key=len, reverse=True)
)

_MONTH_WORDS = {
    "giêng": 1,
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}
_MW = "|".join(w.replace(" ", _H + "+") for w in sorted(_MONTH_WORDS, key=len, reverse=True))
# Month words that are also ordinary words ("tháng hai lần", "ngày tháng năm"): only a
# month when capitalised or followed by a year.
_AMBIGUOUS_MONTH_WORDS = {"một", "hai", "ba", "năm"}

_LEAD_WORDS = r"(?:ngày|hôm|mồng|mùng)"


def _days_in(year: int | None, month: int) -> int:
    if year is None:
        return 29 if month == 2 else calendar.monthrange(2001, month)[1]
    return calendar.monthrange(year, month)[1]


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is None:
        return day is None
    if not 1 <= month <= 12:
        return False
    if year is not None and not 1 <= year <= 9999:
        return False
    return day is None or 1 <= day <= _days_in(year, month)


def _month_of(token: str) -> int:
    token = re.sub(r"\s+", " ", token)
    return int(token) if token[0].isdigit() else _MONTH_WORDS[token]


# ---------------------------------------------------------------------------------------------
# Article side

_RX_FULL = kept_regex(rf"(?P<d>{_D1})(?P<s>[/.\-])(?P<m>{_N})(?P=s)(?P<y>{_Y})(?!\w|[.,][0-9]|/\w)")
_RX_RANGE = kept_regex(
    rf"(?P<d1>{_D1})(?P<conn>{_H}*{_DASH}{_H}*|{_H}+(?:đến|tới){_H}+(?:ngày{_H}+)?)"
    rf"(?P<d>{_N})(?P<s>[/.\-])(?P<m>{_N})(?:(?P=s)(?P<y>{_Y}))?{_NUM_END}"
)
_RX_LIST = kept_regex(
    rf"(?P<d1>{_D1})(?P<more>(?:{_H}*,{_H}+[0-9][0-9]?(?![0-9])){{0,6}})(?:{_H}*,{_H}+|{_H}+và{_H}+)"
    rf"(?P<d>{_N})(?P<s>[/.\-])(?P<m>{_N})(?:(?P=s)(?P<y>{_Y}))?{_NUM_END}"
)
_RX_WORD = kept_regex(
    rf"(?P<d>{_D1}){_H}+tháng{_H}+(?P<m>[0-9][0-9]?(?![0-9])|(?:{_MW})(?!\w))"
    rf"(?:(?:{_H}*,)?{_H}+(?:năm{_H}+)?(?P<y>{_Y})(?!\w)|{_H}+năm{_H}+(?P<yr>nay|ngoái)(?!\w))?"
)
_RX_DM = kept_regex(rf"(?P<d>{_D1})(?P<s>[/.\-])(?P<m>{_N}){_NUM_END}")
_RX_MONTH = kept_regex(
    rf"tháng(?:{_H}*(?P<m>[0-9][0-9]?)(?![0-9])|{_H}+(?P<mw>{_MW})(?!\w))"
    rf"(?:{_H}*[/.\-]{_H}*(?P<y>{_Y})|(?:{_H}*,)?{_H}+(?:năm{_H}+)?(?P<y2>{_Y})"
    rf"|{_H}+năm{_H}+(?P<yr>nay|ngoái|trước))?(?!\w|[.,/\-][0-9])"
)
_RX_YEAR = kept_regex(rf"năm{_H}+(?P<y>{_Y})(?:{_H}*{_DASH}{_H}*(?P<y2>{_Y}))?(?!\w|[.,/][0-9])")
_RX_YEAR_REL = kept_regex(rf"năm{_H}+(?P<yr>nay|ngoái)(?!\w)")
# "hồi tháng trước", "đầu tháng này", "cuối tháng trước": a month counted from the publication
# date. A lead word is required: "3 tháng trước" is a duration ago, not a month.
# Each lead word is tried before the check that it starts a word: a literal fails fast where a
# lookbehind at every position of the article cost three times as much.
_RX_MONTH_REL = kept_regex(
    "(?:"
    + "|".join(rf"{w}(?<!\w{w})" for w in ("hồi", "vào", "trong", "đầu", "giữa", "cuối", "từ"))
    + rf"){_H}+tháng{_H}+(?P<r>trước|này)(?!\w)"
)
# An anniversary span in brackets, "(1994-2024)": its last year is the year of the report.
_RX_YEAR_SPAN = kept_regex(rf"\({_H}*(?P<y>{_Y}){_H}*{_DASH}{_H}*(?P<y2>{_Y}){_H}*\)")
_RX_APPOSITION = kept_regex(
    rf"(?P<app>{_H}*[,(]{_H}*|{_H}+)(?:ngày{_H}+)?(?P<d>{_N})(?P<s>[/.\-])(?P<m>{_N})"
    rf"(?:(?P=s)(?P<y>{_Y}))?{_NUM_END}(?P<close>{_H}*\))?"
)
# Relative days are found from the relative word (a literal: fast to scan for), then the
# head before it: "hôm nay", "ngày hôm qua", "ngày mai", "sáng nay", "tối hôm qua".
_RX_REL_WORDS = tuple(kept_regex(w + r"(?!\w)") for w in ("nay", "qua", "kia", "mai"))
_REL_HEAD = kept_regex(
    rf"(?<!\w)(?:(?P<ngay>ngày{_H}+)?(?P<hom>hôm)|(?P<mai>ngày)|(?P<tod>{_TOD})(?:{_H}+(?P<todhom>hôm))?){_H}+$"
)
# Digit-led forms are only tried where a short number is followed by a separator or a
# date word; scanning once for that is much cheaper than scanning once per form.
_RX_DIGIT_TRIGGER = kept_regex(
    rf"[0-9]{_B}[0-9]?(?=[/.\-]|{_H}*{_DASH}|{_H}+(?:tháng|đến|tới|và){_H}|{_H}*,{_H}+[0-9])"
)

# "hôm thứ Năm", "tối Chủ nhật": a weekday of the week a report was published in. The day's
# name is written with a capital ("lần thứ hai" is an ordinal, not Monday).
_RX_WEEKDAY = kept_regex(
    rf"(?<!\w)(?:(?P<tod>{_TOD}){_H}+|hôm{_H}+|vào{_H}+)(?:(?P<thu>thứ){_H}+(?P<d>Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|(?P<cn>Chủ{_H}+nhật|chủ{_H}+nhật))(?!\w)",
    re.IGNORECASE,
)
# The word a weekday's lead ends with, right before "thứ" or "chủ" ("hôm thứ Năm", "tối Chủ
# nhật"); _RX_WEEKDAY, which tries every position, is run only where one is.
_WEEKDAY_LEAD_ENDS = frozenset({w.split()[-1] for w in _TOD_MAP} | {"hôm", "vào"})


def _weekday_lead(low: str) -> bool:
    """Whether the lower-cased text has "thứ" or "chủ" after a lead's last word and spaces
    (letters that match "i" or "s" regardless of case read as those)."""
    for day in ("thứ", "chủ"):
        i = low.find(day)
        while i >= 0:
            j = i
            while j > 0 and low[j - 1].isspace() and low[j - 1] not in "\r\n":
                j -= 1
            k = j
            while k > 0 and (low[k - 1].isalnum() or low[k - 1] == "_"):
                k -= 1
            word = low[k:j].replace("ı", "i").replace("İ", "i").replace("ſ", "s")
            if j < i and word in _WEEKDAY_LEAD_ENDS:
                return True
            i = low.find(day, i + 1)
    return False


# "thứ Hai" … "thứ Bảy" as Python numbers them (Monday 0); Sunday is "Chủ nhật".
WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
# "thứ Ba tuần trước / tuần qua / tuần này": the week the day belongs to.
_RX_WHICH_WEEK = kept_regex(rf"{_H}+tuần{_H}+(trước|qua|rồi|này|tới|sau)(?!\w)", re.IGNORECASE)
_NUMBER = kept_regex(r"[0-9]+")
_REL_OFFSET = {"nay": 0, "qua": -1, "kia": -2, "mai": 1}
# The weekdays as a question folds them ("tu" of "thứ Tư"), and as an answer names them.
_Q_WEEKDAYS = {fold(w): i for w, i in WEEKDAYS.items()}
_Q_WEEKDAY_NAMES = tuple(w.capitalize() for w in WEEKDAYS)

# Context looked up around a candidate (searched in a short window, anchored with $ / match).
_LEAD_BEFORE = kept_regex(
    rf"(?<!\w)(?P<lead>(?P<tod>{_TOD}){_H}+(?:{_LEAD_WORDS}{_H}+)?|{_LEAD_WORDS}{_H}+)$"
)
# A weekday between a day and its lead ("Sáng thứ Năm 17-4", "thứ Ba (22-3)", "Chủ nhật, 8-5").
_WEEKDAY_BEFORE = kept_regex(
    rf"(?<!\w)(?:(?P<tod>{_TOD}){_H}+)?(?P<lead>thứ{_H}+(?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])"
    rf"|chủ{_H}+nhật){_H}*,?{_H}*\(?{_H}*(?:{_LEAD_WORDS}{_H}+)?$"
)
_RANGE_WORD_BEFORE = kept_regex(rf"(?<!\w)(?:từ|đến|tới|và|cho{_H}+đến|trước|sau|dịp){_H}+$")
_FROM_BEFORE = kept_regex(rf"(?<!\w)từ{_H}+$")
_NGAY_BEFORE = kept_regex(rf"(?<!\w)ngày{_H}+$")
_OPEN_PAREN_BEFORE = kept_regex(rf"\({_H}*$")
_NUMBER_BEFORE = kept_regex(
    rf"(?:(?<![\w.,/\-])[0-9]+|(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mấy|vài|nhiều|các|những)){_H}+$"
)
# "vào 28-3": a day. A dateline "Hà Nội, 28-3 (TTXVN) -",
# "MOSKVA, 28-3 - ": a city and a comma before it, the agency or the dash after it.
_VAO_BEFORE = kept_regex(rf"(?<!\w)vào{_H}+$")
# … ending a clause or followed by where or when: "vào 3-4 dự án" counts projects.
_VAO_AFTER = kept_regex(rf"{_H}*(?:[,.;:)]|$|(?:tại|ở|vừa qua)(?!\w))")
_DATELINE_BEFORE = kept_regex(rf"(?:^|\n)[^\W\d_]+(?:{_H}+[^\W\d_]+){{0,3}}{_H}*,{_H}*$")
# … after the outlet's tag, as papers start their reports: "TTO - Hà Nội, 12-11 -", "(Dân
# trí) - Moskva, 8-5 -", "QĐND Online - Hà Nội, 12-11 -" (read in the text as written: the
# tag's capitals, the city's).
_TAGGED_DATELINE = kept_regex(
    rf"(?:^|\n)(\([^()\n]{{1,25}}\)|[^\W_][\w.]{{1,15}}(?:{_H}[\w.]{{1,10}})?){_H}*{_DASH}{_H}*"
    rf"([^\W\d_]+(?:{_H}+[^\W\d_]+){{0,3}}){_H}*,{_H}*$"
)
_DATELINE_AFTER = kept_regex(rf"{_H}*(?:\([^()\n]{{1,20}}\)|{_DASH}{_H})")
_RANGE_AFTER = kept_regex(rf"{_H}*(?:{_DASH}|đến|tới){_H}*(?:ngày{_H}+)?[0-9]")
_RANGE_GAP = kept_regex(rf"{_H}*(?:{_DASH}|đến|tới|cho{_H}+đến){_H}*")
_YEAR_GAP = kept_regex(rf"{_H}+")
# Fractions and ratios written like day/month ("2/3 số phiếu", "tỷ lệ 1/2", "24/7").
_FRACTION_AFTER = kept_regex(
    rf"{_H}*(?:số|dân|phần|tổng|trong|đại{_H}+biểu|cử{_H}+tri|phiếu|lượng|diện|thành{_H}+viên)(?!\w)"
)
# "lô 09-3/12", "khối 1.2/3": a day and month joined to a number before them is a code's
# tail (a range of days, "15-17/6", is read whole by _range_atom).
_CODE_BEFORE = kept_regex(r"[0-9][-.]$")
_FRACTION_BEFORE = kept_regex(
    rf"(?<!\w)(?:tỷ{_H}+lệ|tỉ{_H}+lệ|hơn|gần|khoảng|trên|dưới|chiếm|đạt|bằng|số|tỷ{_H}+số|tỉ{_H}+số){_H}+$"
)
_QUA_NOT_DATE = kept_regex(
    rf"{_H}+(?:đời|khỏi|lại|đi|được|các|những|nhiều|đó|việc|sông|cầu|biên|mạng|điện|đường|thư)(?!\w)"
)

_LIGHT_BEFORE = kept_regex(rf"(?<!\w)(?:ánh|tươi|trời){_H}+$")

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_MARKED_CLUSTER = kept_regex(f"[^{_MARKS}]?[{_MARKS}]+")


@dataclass
class _Atom:
    """A date candidate before it becomes a DateMention (offsets in the scanned text)."""

    start: int
    end: int
    level: str  # "day" | "month" | "year"
    year: int | None
    month: int | None
    day: int | None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    tod: str | None = None
    relative: bool = False
    mergeable: bool = True
    rel_offset: int | None = None  # days from "today" of a relative day ("hôm qua" = -1)
    assumed: bool = False  # see DateMention.assumed


def _nfc_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """NFC text plus, when it differs from the input, the input offset of each char."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _MARKED_CLUSTER.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
            starts.extend(range(pos, m.start()))
        composed = unicodedata.normalize("NFC", m.group())
        pieces.append(composed)
        starts.extend([m.start()] * len(composed))
        pos = m.end()
    pieces.append(text[pos:])
    starts.extend(range(pos, len(text)))
    starts.append(len(text))
    return "".join(pieces), starts


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    # A few characters ("İ") lower-case to two; keep those as they are so offsets line up.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _tod(word: str | None) -> str | None:
    # "Tối thứ Năm": a weekday's lead is matched in the text as written, capitals and all.
    return _TOD_MAP.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _lead(low: str, pos: int) -> tuple[int, str | None] | None:
    """Start and time of day of a lead ("Chiều ", "ngày ", "tối hôm ") ending at pos."""
    m = _LEAD_BEFORE.search(low, max(0, pos - 30), pos)
    if not m:
        return None
    return m.start("lead"), _tod(m.group("tod"))


def _weekday_lead_of(text: str, low: str, pos: int) -> tuple[int, str | None] | None:
    """Start and time of day of a lead with a weekday ending at pos; the weekday's name
    capitalised unless a time of day leads it ("lần thứ năm" is an ordinal)."""
    if "thứ" not in low[max(0, pos - 30) : pos] and "nhật" not in low[max(0, pos - 30) : pos]:
        return None
    m = _WEEKDAY_BEFORE.search(low, max(0, pos - 40), pos)
    if not m:
        return None
    tod = m.group("tod")
    if tod is None and m.group("wd") is not None:
        word = text[m.start("wd")]
        if not (word.isupper() or word.isdigit()):
            return None
    return (m.start("tod") if tod else m.start("lead")), _tod(tod)


def _int(m: re.Match[str], name: str) -> int | None:
    g = m.groupdict().get(name)
    return int(g) if g else None


def _day_atom(text: str, low: str, m: re.Match[str]) -> _Atom | None:
    """Day/month(/year) from _RX_DM or _RX_FULL, with its lead."""
    d, mo, y = int(m.group("d")), int(m.group("m")), _int(m, "y")
    if not _valid(y, mo, d):
        return None
    start, tod = m.start(), None
    lead = _lead(low, start) or _weekday_lead_of(text, low, start)
    if lead:
        start, tod = lead
    elif y is None and m.group("s") != "/":
        # "8-5", "20.6" alone may be a score, a decimal or a version: need context.
        if not (
            _RANGE_WORD_BEFORE.search(low, max(0, start - 12), start)
            or _RANGE_AFTER.match(low, m.end())
            or (
                _VAO_BEFORE.search(low, max(0, start - 6), start) and _VAO_AFTER.match(low, m.end())
            )
            or (
                (_DATELINE_BEFORE.search(low, max(0, start - 30), start) or _tagged(text, start))
                and _DATELINE_AFTER.match(low, m.end())
            )
        ):
            return None
    elif y is None and (
        _FRACTION_AFTER.match(low, m.end())
        or _FRACTION_BEFORE.search(low, max(0, start - 12), start)
        or _CODE_BEFORE.search(low, max(0, start - 2), start)
        or (d, mo) == (24, 7)
    ):
        return None  # "2/3 số phiếu", "tỷ lệ 1/2", "24/7"
    return _Atom(start, m.end(), "day", y, mo, d, tod=tod)


def _tagged(text: str, start: int) -> bool:
    """A dateline after the outlet's tag ends at ``start``: the tag bracketed or with two
    capitals ("TTO", "VTV.vn"), the city in capitalised words (not "Tỷ số chung cuộc, 2-1")."""
    m = _TAGGED_DATELINE.search(text, max(0, start - 50), start)
    if m is None:
        return False
    tag, city = m.group(1), m.group(2).split()
    marked = tag.startswith("(") or sum(c.isupper() for c in tag) >= 2
    return marked and all(w[:1].isupper() for w in city)


def _range_atom(low: str, m: re.Match[str]) -> _Atom | None:
    d1, d2, mo, y = int(m.group("d1")), int(m.group("d")), int(m.group("m")), _int(m, "y")
    if not (1 <= d1 < d2 and _valid(y, mo, d2)):
        return None
    start, tod = m.start(), None
    lead = _lead(low, start)
    if lead:
        start, tod = lead
    frm = _FROM_BEFORE.search(low, max(0, start - 8), start)
    if frm:
        start = frm.start()
    elif not lead:
        dash = m.group("conn").strip() in _DASHES
        if not dash:
            return None  # "5 đến 7/4" needs "từ" or "ngày" in front
        if m.group("s") != "/" and not _OPEN_PAREN_BEFORE.search(low, max(0, start - 4), start):
            return None  # "3-1-2" could be anything; "(17–20-10)" is a range
    return _Atom(start, m.end(), "day", y, mo, d1, y, mo, d2, tod=tod, mergeable=False)


def _list_atoms(low: str, m: re.Match[str]) -> list[_Atom]:
    """Day lists ("ngày 5 và 6-7", "các ngày 10, 11 và 12/3"): each takes the last month."""
    lead = _lead(low, m.start())
    if not lead:
        return []
    mo, y = int(m.group("m")), _int(m, "y")
    days = [(lead[0], m.end("d1"), int(m.group("d1")))]
    days += [(n.start(), n.end(), int(n.group())) for n in _NUMBER.finditer(low, *m.span("more"))]
    days.append((m.start("d"), m.end(), int(m.group("d"))))
    values = [d for _, _, d in days]
    if values != sorted(set(values)) or not all(_valid(y, mo, d) for d in values):
        return []
    atoms = [_Atom(a, b, "day", y, mo, d, tod=lead[1], mergeable=False) for a, b, d in days]
    atoms[-1].mergeable = True
    return atoms


def _word_atom(low: str, m: re.Match[str], published: date | None) -> _Atom | None:
    d, mo, y = int(m.group("d")), _month_of(m.group("m")), _int(m, "y")
    rel = False
    if y is None and m.group("yr"):
        if published is None:
            return None
        y, rel = published.year - (m.group("yr") == "ngoái"), True
    if not _valid(y, mo, d):
        return None
    start, tod = m.start(), None
    lead = _lead(low, start)
    if lead:
        start, tod = lead
    elif y is None:
        return None  # "9 tháng 5" alone may be a duration ("9 tháng 5 ngày")
    return _Atom(start, m.end(), "day", y, mo, d, tod=tod, relative=rel)


def _month_atom(text: str, low: str, m: re.Match[str], published: date | None) -> _Atom | None:
    if m.start() > 0 and low[m.start() - 1].isalpha():
        return None
    if _NUMBER_BEFORE.search(low, max(0, m.start() - 12), m.start()):
        return None  # "6 tháng", "sáu tháng": a duration
    if m.group("m"):
        mo = int(m.group("m"))
    else:
        word = re.sub(r"\s+", " ", m.group("mw"))
        mo = _MONTH_WORDS[word]
        has_year = m.group("y") or m.group("y2") or m.group("yr")
        if word in _AMBIGUOUS_MONTH_WORDS and not has_year and not text[m.start("mw")].isupper():
            return None
    y = _int(m, "y") or _int(m, "y2")
    rel = False
    if y is None and m.group("yr") and published is not None:
        y, rel = published.year - (m.group("yr") != "nay"), True
    if not _valid(y, mo, None):
        return None
    return _Atom(m.start(), m.end(), "month", y, mo, None, relative=rel)


def _year_atom(low: str, m: re.Match[str]) -> _Atom | None:
    if m.start() > 0 and low[m.start() - 1].isalpha():
        return None
    if _NUMBER_BEFORE.search(low, max(0, m.start() - 12), m.start()):
        return None  # "5 năm 2020-2025" is a duration
    y, y2 = int(m.group("y")), _int(m, "y2")
    if y2 is not None and y2 <= y:
        return None
    return _Atom(m.start(), m.end(), "year", y, None, None, y2, mergeable=y2 is None)


def _year_rel_atom(low: str, m: re.Match[str], published: date | None) -> _Atom | None:
    if published is None or (m.start() > 0 and low[m.start() - 1].isalpha()):
        return None
    if _NUMBER_BEFORE.search(low, max(0, m.start() - 12), m.start()):
        return None  # "5 năm nay" = "these five years"
    y = published.year - (m.group("yr") == "ngoái")
    return _Atom(m.start(), m.end(), "year", y, None, None, relative=True, mergeable=False)


def _rel_atom(low: str, w: re.Match[str], published: date | None) -> _Atom | None:
    """A relative day ending with the word matched by ``w``, plus an explicit "(16/4)"."""
    pos, r = w.start(), w.group()
    if pos == 0 or low[pos - 1].isalpha():
        return None
    head = _REL_HEAD.search(low, max(0, pos - 30), pos)
    if not head:
        return None
    if head.group("mai") and r != "mai" or head.group("hom") and r == "mai":
        return None  # "ngày nay" (nowadays), "hôm mai"
    if head.group("tod") and r == "kia":
        return None
    if head.group("ngay") and r == "mai":
        return None
    start = head.start()
    if head.group("tod") and _LIGHT_BEFORE.search(low, max(0, start - 6), start):
        return None  # "ánh sáng qua…"
    app = _RX_APPOSITION.match(low, w.end())
    ambiguous_qua = r == "qua" and head.group("tod") and not head.group("todhom")
    if ambiguous_qua and not app and _QUA_NOT_DATE.match(low, w.end()):
        return None  # "qua" as a verb: "sáng qua đời", "tối qua cầu"
    tod = _tod(head.group("tod"))
    resolved = published + timedelta(days=_REL_OFFSET[r]) if published else None
    if app and "(" in app.group("app") and not app.group("close"):
        app = None  # unbalanced parenthesis: keep the relative part only
    if app:
        d, mo, y = int(app.group("d")), int(app.group("m")), _int(app, "y")
        if y is None and resolved is not None:
            y = min(
                (resolved.year - 1, resolved.year, resolved.year + 1),
                key=lambda yy: abs((yy * 12 + mo) - (resolved.year * 12 + resolved.month)),
            )
        if _valid(y, mo, d):
            rel = resolved is not None
            return _Atom(
                start,
                app.end(),
                "day",
                y,
                mo,
                d,
                tod=tod,
                relative=rel,
                mergeable=False,
                rel_offset=_REL_OFFSET[r],
            )
    if resolved is None:
        return None
    return _Atom(
        start,
        w.end(),
        "day",
        *_ymd(resolved),
        tod=tod,
        relative=True,
        mergeable=False,
        rel_offset=_REL_OFFSET[r],
    )


def _ymd(d: date) -> tuple[int, int, int]:
    return d.year, d.month, d.day


def _merge_range(low: str, a: _Atom, b: _Atom) -> _Atom | None:
    """One range from "A - B" / "từ A đến B"; a missing year of A comes from B."""
    if not (a.mergeable and b.mergeable and a.level == b.level):
        return None
    if a.relative or b.relative or b.end_year is not None:
        return None
    if not _RANGE_GAP.fullmatch(low, a.end, b.start):
        return None
    ya, yb = a.year, b.year
    key_a, key_b = (a.month or 0, a.day or 0), (b.month or 0, b.day or 0)
    if ya is None and yb is not None:
        ya = yb - (key_a > key_b)
    elif yb is None and ya is not None:
        yb = ya + (key_b < key_a)
    if a.level == "year":
        if ya is None or yb is None or ya >= yb:
            return None
    elif ya is not None and yb is not None:
        if not (_valid(ya, a.month, a.day) and _valid(yb, b.month, b.day)):
            return None
        if (ya, *key_a) >= (yb, *key_b):
            return None
    elif key_a >= key_b and not (a.month == 12 and b.month == 1):
        return None
    start = a.start
    frm = _FROM_BEFORE.search(low, max(0, start - 8), start)
    if frm:
        start = frm.start()
    return _Atom(
        start, b.end, a.level, ya, a.month, a.day, yb, b.month, b.day, tod=a.tod, mergeable=False
    )


def _merge_year(low: str, a: _Atom, b: _Atom) -> _Atom | None:
    """A day without year followed by its year: "ngày 8/5 năm 2025"."""
    if a.level != "day" or a.year is not None or a.end_day is not None or a.relative:
        return None
    if b.level != "year" or b.end_year is not None or b.relative:
        return None
    if not _YEAR_GAP.fullmatch(low, a.end, b.start) or not _valid(b.year, a.month, a.day):
        return None
    return _Atom(a.start, b.end, "day", b.year, a.month, a.day, tod=a.tod)


def _candidates(text: str, low: str, published: date | None) -> list[_Atom]:
    found: list[_Atom] = []
    add = found.append
    for t in _RX_DIGIT_TRIGGER.finditer(low):
        pos = t.start()
        m = _RX_RANGE.match(low, pos)
        if m and (atom := _range_atom(low, m)):
            add(atom)
        m = _RX_LIST.match(low, pos)
        if m:
            found.extend(_list_atoms(low, m))
        m = _RX_FULL.match(low, pos) or _RX_DM.match(low, pos)
        if m and (atom := _day_atom(text, low, m)):
            add(atom)
        m = _RX_WORD.match(low, pos)
        if m and (atom := _word_atom(low, m, published)):
            add(atom)
    for m in _RX_MONTH.finditer(low):
        if atom := _month_atom(text, low, m, published):
            add(atom)
    for m in _RX_YEAR.finditer(low):
        if atom := _year_atom(low, m):
            add(atom)
    for m in _RX_YEAR_SPAN.finditer(low):
        y, y2 = int(m.group("y")), int(m.group("y2"))
        if y < y2:
            add(_Atom(m.start(), m.end(), "year", y, None, None, y2, mergeable=False))
    if published is not None and "tháng" in low:
        for m in _RX_MONTH_REL.finditer(low):
            back = published.month - 1 - (m.group("r") == "trước")
            y, mo = published.year + back // 12, back % 12 + 1
            add(_Atom(m.start(), m.end(), "month", y, mo, None, relative=True, mergeable=False))
    if published is not None:
        for m in _RX_YEAR_REL.finditer(low):
            if atom := _year_rel_atom(low, m, published):
                add(atom)
    for rx in _RX_REL_WORDS:
        for w in rx.finditer(low):
            if atom := _rel_atom(low, w, published):
                add(atom)
    if published is not None and ("thứ" in low or "nhật" in low) and _weekday_lead(low):
        for m in _RX_WEEKDAY.finditer(text):
            if atom := _weekday_atom(m, published):
                add(atom)
    return found


def _weekday_atom(m: re.Match[str], published: date) -> _Atom | None:
    if m.group("cn"):
        weekday = 6
    else:
        word = m.group("d")
        if not (word[0].isupper() or word.isdigit()):
            return None
        weekday = int(word) - 2 if word.isdigit() else WEEKDAYS[word.lower()]
    back = (published.weekday() - weekday) % 7  # the last such day, the publication day included
    end = m.end()
    week = _RX_WHICH_WEEK.match(m.string, end)
    if week is not None:  # "thứ Ba tuần trước": that day of the calendar week named
        which = week.group(1).lower()
        if which in ("tới", "sau", "qua"):
            # A day to come is no meeting's day; "tuần qua" is last week to some writers and
            # the past seven days to others: no day is better than a wrong one.
            return None
        monday = published - timedelta(days=published.weekday())
        if which != "này":
            monday -= timedelta(days=7)
        back = (published - (monday + timedelta(days=weekday))).days
        if back < 0:
            return None
        end = week.end()
    day = published - timedelta(days=back)
    return _Atom(
        m.start(),
        end,
        "day",
        *_ymd(day),
        tod=_tod(m.group("tod")),
        relative=True,
        mergeable=False,
        rel_offset=-back,
        # Alone, the week is the publication's by assumption; named ("tuần trước"), it is
        # counted from the publication date: either way the day is worked out, not written.
        assumed=True,
    )


def _anchored(text: str, low: str, found: list[_Atom]) -> list[_Atom]:
    """Without a publication date, a relative day the text itself dates ("Ngày mai 7/4")
    fixes "today" (6/4), and the other relative days ("sáng nay") count from it.

    The year stays unknown unless the dating gave one; a leap year does the arithmetic."""
    anchor = next((a for a in found if a.rel_offset is not None and a.day is not None), None)
    if anchor is None or anchor.month is None:
        return found
    year_known = anchor.year is not None
    try:
        today = date(anchor.year or 2000, anchor.month, anchor.day) - timedelta(
            days=anchor.rel_offset or 0
        )
    except ValueError:
        return found
    taken = {(a.start, a.end) for a in found}
    out = list(found)
    for rx in _RX_REL_WORDS:
        for w in rx.finditer(low):
            atom = _rel_atom(low, w, today)
            if atom is None or atom.rel_offset is None or (atom.start, atom.end) in taken:
                continue
            if atom.end - atom.start > w.end() - atom.start:
                continue  # it carries its own date: already found
            if not year_known:
                atom.year = None
            out.append(atom)
    return out


def _select(found: list[_Atom]) -> list[_Atom]:
    """Leftmost-longest, non-overlapping."""
    found.sort(key=lambda a: (a.start, -a.end))
    chosen: list[_Atom] = []
    last_end = -1
    for a in found:
        if a.start >= last_end:
            chosen.append(a)
            last_end = a.end
    return chosen


def find_dates(text: str, published: date | None = None) -> list[DateMention]:
    """All date expressions in reading order.

    Pass NFC text (``store.language.fold.nfc``); NFD works too, offsets always refer to ``text``.
    Day/month without a year keeps ``year=None`` (the caller decides); relative days
    ("hôm qua", "sáng nay") are resolved against ``published`` and dropped without it.
    """
    if not text:
        return []
    scan, offsets = _nfc_with_offsets(text)
    low = _lower_same_length(scan)
    found = _candidates(scan, low, published)
    if published is None:
        found = _anchored(scan, low, found)
    atoms = _select(found)
    merged: list[_Atom] = []
    for atom in atoms:
        if merged:
            joined = _merge_range(low, merged[-1], atom) or _merge_year(low, merged[-1], atom)
            if joined:
                merged[-1] = joined
                continue
        merged.append(atom)
    out: list[DateMention] = []
    for a in merged:
        start, end = (offsets[a.start], offsets[a.end]) if offsets else (a.start, a.end)
        out.append(
            DateMention(
                start,
                end,
                a.year,
                a.month,
                a.day,
                a.end_year,
                a.end_month,
                a.end_day,
                a.tod,
                a.relative,
                text[start:end],
                a.assumed,
            )
        )
    return out


# ---------------------------------------------------------------------------------------------
# Publication date

_PREFIX = kept_regex(r"\A\s*date\s+([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?(?![0-9])")
_URL_ISO = kept_regex(
    r"(?<![0-9])(20[0-9]{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_URL_DIGITS = kept_regex(r"(?<![0-9])[0-9]{8,18}(?![0-9])")
_URL_MONTH = kept_regex(r"/(20[0-9]{2})/?(0[1-9]|1[0-2])(?:/|$)")

_B_DATE = (
    r"(?<![0-9])(?P<d>0?[1-9]|[12][0-9]|3[01])(?P<s>[/.\-])(?P<m>0?[1-9]|1[0-2])"
    r"(?P=s)(?P<y>(?:19|20)[0-9]{2})(?![0-9])"
)
_B_TIME = r"(?<![0-9:])(?:[01]?[0-9]|2[0-3])[:h][0-5][0-9](?::[0-5][0-9])?(?![0-9])"
_B_SEP = r"(?:[^\S\n]|[,|·\-–—]){0,6}"
_BYLINE_TD = kept_regex(_B_TIME + _B_SEP + _B_DATE)
_BYLINE_DT = kept_regex(_B_DATE + _B_SEP + r"(?:lúc\s*)?" + _B_TIME)
# "16 Tháng Chín 2025 | 21:10": a month in words, then a time.
_BYLINE_WORDS = kept_regex(
    rf"(?P<d>\d{{1,2}}){_H}+tháng{_H}+(?P<mw>{_MW}|\d{{1,2}})(?:{_H}+năm)?{_H}+(?P<y>\d{{4}})"
    rf"{_H}*[|,\-–]?{_H}*(?:lúc{_H}*)?\d{{1,2}}[:h]\d{{2}}"
)
_BYLINE_MARKED = kept_regex(
    r"(?:ngày\s*đăng|đăng\s*ngày|đăng\s*lúc|ngày\s*xuất\s*bản|xuất\s*bản|ngày\s*cập\s*nhật"
    r"|cập\s*nhật(?:\s*lúc)?|thời\s*gian\s*đăng|published|posted|updated)[^\S\n]*:?[^\S\n]*"
    rf"(?:{_B_TIME}{_B_SEP})?(?:ngày\s*)?{_B_DATE}"
)
# "Thứ Năm, 5/9/2019", "Thứ Ba, 12/11/2013 | Chính trị" (the section after a bar)
_BARE_DATE_LINE = kept_regex(
    rf"\s*(?:(?:thứ\s+\w+|chủ\s+nhật)\s*,?\s*)?(?:ngày\s*)?{_B_DATE}\s*(?:\(?gmt[+-]?[0-9]*\)?)?\s*"
    r"(?:\|\s*[^\W\d_][^\d|\n]{0,30})?"
)
_SOURCE_LINE = kept_regex(
    rf"\s*(?:nguồn|theo)\s*:?\s*[^\n]{{0,80}}?[,\-–]\s*(?:ngày\s*)?{_B_DATE}\s*\.?\s*"
)
_ANY_FULL_DATE = kept_regex(_B_DATE)
_BYLINE_TAIL = kept_regex(r"\s*(?:\(?\s*gmt\s*[+-]?\s*[0-9]*\s*\)?)?\s*")
_PROSE_BEFORE_MARKER = kept_regex(r"(?<!\w)(?:được|đã|sẽ|vừa|mới|đang)\s*$")
_MARKED_MAX_LINE = 120  # "Ngày đăng: …" is a short line; "được cập nhật ngày …" in prose is not
_WORD = kept_regex(r"[^\W\d_]+")
_TOP_LINES = 80
_TOP_CHARS = 6000


def _ymd_ok(y: int, m: int, d: int) -> date | None:
    if 1990 <= y <= 2100 and _valid(y, m, d):
        return date(y, m, d)
    return None


def without_archive_prefix(text: str) -> str:
    """The text with a leading ``date YYYY-MM[-DD]`` archive prefix blanked (same length: offsets
    hold): metadata of the archive, which would hide a dateline after it ("… ST. PETERSBURG
    (TTXVN) - …")."""
    m = _PREFIX.match(text)
    return " " * m.end() + text[m.end() :] if m else text


def _from_prefix(text: str) -> tuple[date, str] | None:
    m = _PREFIX.match(text)
    if not m:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    if m.group(3):
        d = _ymd_ok(y, mo, int(m.group(3)))
        return (d, "day") if d else None
    d = _ymd_ok(y, mo, 1)
    return (d, "month") if d else None


def _time_ok(hhmmss: str) -> bool:
    return int(hhmmss[0:2]) < 24 and int(hhmmss[2:4]) < 60 and int(hhmmss[4:6]) < 60


def _from_url(url: str) -> tuple[date, str] | None:
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    m = _URL_ISO.search(path)
    if m:
        d = _ymd_ok(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, "day"
    for m in _URL_DIGITS.finditer(path):
        s = m.group()
        if len(s) == 8:
            # "/20160329/": a whole path segment only; a bare 8-digit id is not a date.
            if path[m.start() - 1 : m.start()] == "/" and path[m.end() : m.end() + 1] in ("/", ""):
                d = _ymd_ok(int(s[:4]), int(s[4:6]), int(s[6:8]))
                if d:
                    return d, "day"
            continue
        # "YYYYMMDDhhmmss…" timestamps (tuoitre, vtv, soha, baotintuc, old nld).
        if len(s) >= 14 and _time_ok(s[8:14]):
            d = _ymd_ok(int(s[:4]), int(s[4:6]), int(s[6:8]))
            if d:
                return d, "day"
        # "NNNYYMMDDhhmmss…" ids (nld "196…", baochinhphu "102…"). Epoch-millisecond ids
        # (13 digits, "1729743819694") never get here.
        if len(s) == 18 and _time_ok(s[9:15]):
            d = _ymd_ok(2000 + int(s[3:5]), int(s[5:7]), int(s[7:9]))
            if d:
                return d, "day"
    m = _URL_MONTH.search(path)
    if m:
        d = _ymd_ok(int(m.group(1)), int(m.group(2)), 1)
        if d:
            return d, "month"
    return None


def _date_of(m: re.Match[str]) -> date | None:
    return _ymd_ok(int(m.group("y")), int(m.group("m")), int(m.group("d")))


def _headline_like(line: str) -> bool:
    """A title: several words, some lower-case, no menu separators, no date."""
    words = _WORD.findall(line)
    if len(words) < 5 or len(line.strip()) < 25 or "|" in line or "•" in line:
        return False
    if _ANY_FULL_DATE.search(line):
        return False
    return sum(w[0].islower() for w in words) >= 2


def _marked_byline(line: str) -> date | None:
    """A marker near the start of a short line: "Ngày đăng : 21:45, 04/07/2017"."""
    if len(line.strip()) > _MARKED_MAX_LINE:
        return None
    m = _BYLINE_MARKED.search(line)
    if not m or m.start() > 40 or len(line) - m.end() > 30:
        return None
    if _PROSE_BEFORE_MARKER.search(line, 0, m.start()):
        return None  # "… được cập nhật ngày 10/3/2025" is prose
    return _date_of(m)


def _timed_byline(line: str) -> date | None:
    """A date with a time (either order) on a short line, or starting / ending a title line."""
    stripped = line.strip()
    if not stripped or len(stripped) > 220:
        return None
    w = _BYLINE_WORDS.search(stripped)
    if w and (w.start() == 0 or len(stripped) <= 80):
        d = _ymd_ok(int(w.group("y")), _month_of(w.group("mw")), int(w.group("d")))
        if d:
            return d
    for rx in (_BYLINE_TD, _BYLINE_DT):
        for m in rx.finditer(stripped):
            at_edge = m.start() == 0 or _BYLINE_TAIL.fullmatch(stripped, m.end())
            if len(stripped) <= 80 or at_edge:
                d = _date_of(m)
                if d:
                    return d
    return None


# What a site's "today" header holds besides its date: weekday, "ngày", a clock time, a zone.
_HEADER_WORDS = kept_regex(
    r"thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|ngày|tháng|năm|gmt|am|pm|ict"
)


def _date_only(low: str) -> bool:
    """A line holding nothing but a date (and weekday, time, zone)."""
    rest = _HEADER_WORDS.sub(" ", low)
    return not any(ch.isalpha() for ch in rest) and any(ch.isdigit() for ch in rest)


@cache
def _site_bar() -> re.Pattern[str]:
    """The words of a site's top bar, each with the phone number a hotline word carries."""
    words = "|".join(re.escape(w) for w in chrome()["site_bar"]["words"])
    return re.compile(rf"\b(?:{words})\b(?:\s*:?\s*\d[\dx .\-]*)?")


def site_bar_line(text: str) -> bool:
    """A line of a site's bar ("Đăng ký nhận tin | Đường dây nóng: 0243.825.4231"): one of
    the bar's words beside a separator, never a sentence of the report."""
    return "|" in text and _site_bar().search(fold(text.lower())) is not None


_CLOCK = kept_regex(r"\d\s*[:hg]\s*\d\d")
_SITE_NAME_WORDS = 6


def _site_today(low: str) -> bool:
    """The page's first line is the site's "today": a date alone, or beside the words of the
    site's top bar ("Thứ Sáu, 21/11/2025 | 06:30  Đường dây nóng: 0909 … | Đăng nhập")."""
    if _date_only(low):
        return True
    parts = [x.strip() for x in low.split("|")]
    if len(parts) >= 2 and not _CLOCK.search(low):
        # "Báo Hải Phòng điện tử | Thứ Hai, 24/02/2026": the site's name beside a date with
        # no time of its own (a byline gives one).
        dated = [x for x in parts if _date_only(x)]
        # (and the bar's own words: "Báo Hải Phòng | Chủ Nhật, 01/03/2026 | Đường dây nóng: …")
        named = [x for x in parts if x not in dated and _site_bar().sub("", fold(x)).strip(" :")]
        if dated and all(
            len(x.split()) <= _SITE_NAME_WORDS and not any(c.isdigit() for c in x) for x in named
        ):
            return True
    folded = fold(low)
    if len(folded) != len(low):
        return False
    spans = [m.span() for m in _site_bar().finditer(folded)]
    for a, b in reversed(spans):  # folding keeps offsets: blank the words in the marked text
        low = low[:a] + " " * (b - a) + low[b:]
    return bool(spans) and _date_only(low)


def site_header_end(text: str) -> int:
    """End of the page's first line when it holds nothing but a date ("THỨ SÁU, NGÀY 20 THÁNG
    09 NĂM 2024 10:41"), or of a date line of the site's bar under its masthead: the site's
    "today", which dates neither the article nor its meeting, nor names a year the article
    speaks of. 0 when there is no such line."""
    pos = 0
    first = True
    for line in text[:_TOP_CHARS].split("\n")[:_MASTHEAD_LINES]:
        if line.strip():
            if _site_today(line.lower()) and (first or _bar_today(line.lower())):
                return pos + len(line)
            first = False
        pos += len(line) + 1
    return 0


# Lines a site's masthead may take above its date bar ("QUÂN ĐỘI NHÂN DÂN ONLINE").
_MASTHEAD_LINES = 4


def _bar_today(low: str) -> bool:
    """A date line beside the words of the site's bar ("Thứ Hai, 09/02/2026 | 07:55 | Đường
    dây nóng: …"): the site's today wherever the masthead puts it, never a byline."""
    return _site_today(low) and _site_bar().search(fold(low)) is not None


def _from_byline(text: str) -> tuple[date, str] | None:
    top = text[:_TOP_CHARS]
    lines = top.split("\n")[:_TOP_LINES]
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    for i, line in enumerate(lines):
        low = line.lower()
        if (i == first and _site_today(low)) or (i < _MASTHEAD_LINES and _bar_today(low)):
            continue  # the page's first line, a bare date: the site's "today", not the byline
        d = _marked_byline(low) or _timed_byline(low)
        if d:
            return d, "day"
    # A bare date line counts only right after the headline and before the body;
    # at the top, before any headline, it is the site's "today" header.
    nonempty = [ln for ln in lines if ln.strip()]
    for k in range(1, len(nonempty) - 1):
        m = _BARE_DATE_LINE.fullmatch(nonempty[k].lower())
        if not m:
            continue
        if _headline_like(nonempty[k - 1]) and len(nonempty[k + 1].strip()) >= 100:
            d = _date_of(m)
            if d:
                return d, "day"
    # A closing source line: "Nguồn : VOA, 26/03/2024".
    for line in reversed(text.split("\n")):
        if "/" not in line and "." not in line and "-" not in line:
            continue
        m = _SOURCE_LINE.fullmatch(line.lower())
        if m:
            d = _date_of(m)
            if d:
                return d, "day"
    return None


# A wire's dateline with its day: "MOSKVA, 25-11 -", "HÀ NỘI, 8/5 (TTXVN) -", "Hà Nội, 8-5-2025 -".
# A dateline's city (a few words) and its day, month and maybe year.
_DATELINE_CITY = r"(?P<city>[^\W\d_][^\W\d_ .\-]*(?:[ .\-]+[^\W\d_]+){0,4})"
_DATELINE_DATE = r"(?:ngày[^\S\n]+)?(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})(?:[-/.](?P<y>\d{4}))?"
_DATELINE_DAY = kept_regex(
    rf"^[^\S\n]*{_DATELINE_CITY}[^\S\n]*"
    rf"(?:\([^)\n]{{0,25}}\)[^\S\n]*)?,[^\S\n]*{_DATELINE_DATE}"
    r"[^\S\n]*(?:\([^)\n]{0,25}\)[^\S\n]*)?[-–—][^\S\n]",
    re.MULTILINE,
)
# The news agency's own form in brackets, the city as written: "(Bắc Kinh, 10/11) - Chiều nay".
_BRACKETED_DATELINE = kept_regex(
    rf"^[^\S\n]*\({_DATELINE_CITY},[^\S\n]*{_DATELINE_DATE}\)[^\S\n]*[-–—:]",
    re.MULTILINE,
)
_DATELINE_LAG = 7  # days a report's dateline may precede its publication


def report_today(text: str, published: date | None, precision: str | None) -> date | None:
    """The day relative days ("chiều nay", "hôm qua") count from: a wire's dateline, else a
    full-day publication date, unless a dateline gives a day the publication date cannot be
    ("MOSKVA, ngày 15-8 - … chiều nay" under a page's "Thứ Bảy, 08/03/2025": that date is
    the site's today, and the report's year is not known from it)."""
    m = _dateline(text)
    if m is None:
        return published if precision == "day" else None
    return _dateline_day(m, published)


def dateline_day(text: str, published: date | None) -> date | None:
    """The day a wire's dateline gives ("MOSKVA, 25-11 - … chiều nay …"): the "today" its
    relative days count from, when the publication (if known) follows it within a week."""
    m = _dateline(text)
    return _dateline_day(m, published) if m is not None else None


def _dateline(text: str) -> re.Match[str] | None:
    """A wire's dateline with its day in the first paragraphs, its city in capitals, or in
    brackets with each word of the city capitalised ("(Bắc Kinh, 10/11) - …")."""
    m = _DATELINE_DAY.search(text, 0, 1500)
    city = m.group("city").replace(" ", "").replace(".", "").replace("-", "") if m else ""
    if city.isupper():
        return m
    m = _BRACKETED_DATELINE.search(text, 0, 1500)
    words = m.group("city").replace("-", " ").split() if m else []
    return m if words and all(w[:1].isupper() for w in words) else None


def _dateline_day(m: re.Match[str], published: date | None) -> date | None:
    year = int(m.group("y")) if m.group("y") else (published.year if published else None)
    if year is None:
        return None
    day = _ymd_ok(year, int(m.group("m")), int(m.group("d")))
    if day is not None and published is not None and day > published and not m.group("y"):
        day = _ymd_ok(year - 1, int(m.group("m")), int(m.group("d")))  # "28-12" read in January
    if day is None or (published is not None and not 0 <= (published - day).days <= _DATELINE_LAG):
        return None
    return day


def find_published(text: str, url: str | None = None) -> tuple[date, str] | None:
    """Publication date and precision ("day" | "month").

    In order: a leading ``date YYYY-MM[-DD]`` archive prefix; a date in the URL
    (``YYYYMMDDhhmmss…`` timestamps, ``/YYYYMMDD/``, ``/YYYY/MM/DD/``, nld/baochinhphu
    ``NNNYYMMDDhhmmss…`` ids, ``/YYYY/MM/`` or ``/YYYYMM/`` for month precision); a byline
    near the top that carries a time or an explicit marker ("Ngày đăng"), or a bare date
    line right after the headline; a closing source line ("Nguồn : VOA, 26/03/2024").
    A bare date at the very top, before the headline, is a site header and is ignored.
    """
    if not text and not url:
        return None
    text = unicodedata.normalize("NFC", text or "")
    found = _from_prefix(text)
    if found:
        return found
    if url:
        found = _from_url(url)
        if found:
            return found
    return _from_byline(text)


# ---------------------------------------------------------------------------------------------
# Question side (matched on folded text: users type with or without diacritics)

_QD = r"(?:0?[1-9]|[12][0-9]|3[01])"
_QM = r"(?:0?[1-9]|1[0-2])"
_QY = r"(?:19[0-9]{2}|20[0-9]{2})"
_QMW_MAP = {
    "gieng": 1,
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "tu": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
    "muoi mot": 11,
    "muoi hai": 12,
    "chap": 12,
}
_QMW = "|".join(w.replace(" ", r"\s+") for w in sorted(_QMW_MAP, key=len, reverse=True))
_QYEAR_TAIL = (
    rf"(?:\s*[/.-]\s*(?P<y1>{_QY})(?![0-9])|\s*,?\s*(?:nam\s+)?(?P<y2>{_QY})(?![0-9])"
    r"|\s*,?\s+nam\s+(?P<yr>nay|ngoai|truoc)(?!\w))?"
)
_QTOD = r"sang|trua|chieu|toi|dem"
_QNUMWORDS = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "nam": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
    "muoi": 10,
}
_QN = rf"(?:[0-9]{{1,2}}|{'|'.join(_QNUMWORDS)})"

_Q_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_full",
        kept_regex(
            rf"(?:(?:ngay|hom|mung|mong)\s+)?(?<![\w./-])(?P<d>{_QD})\s*(?P<s>[/.-])\s*(?P<m>{_QM})"
            rf"\s*(?P=s)\s*(?P<y>{_QY})(?!\w|[./-][0-9])"
        ),
    ),
    (
        "day_words",
        kept_regex(
            # Not an ordinal's number: "lần thứ 3 tháng 11/2013" is November's third time.
            rf"(?P<lead>(?:ngay|mung|mong)\s+)?(?<![\w./-])(?<!\bthu\s)(?P<d>{_QD})\s+thang\s+"
            rf"(?P<m>{_QM}(?![0-9])|(?:{_QMW})(?!\w)){_QYEAR_TAIL}"
        ),
    ),
    (
        "day",
        kept_regex(
            rf"(?P<lead>(?:ngay|hom|mung|mong|{_QTOD})\s+(?:ngay\s+)?)?(?<![\w./-])(?P<d>{_QD})"
            rf"(?P<s>[/.-])(?P<m>{_QM})(?!\w|[./-][0-9]|\s*%)(?:\s*,?\s+nam\s+(?:(?P<yr>nay|ngoai|truoc)(?!\w)|(?P<y2>{_QY})(?![0-9])))?"
        ),
    ),
    # A span of days in one month: "14-17/4/2014", "từ 14 đến 17/4", "14 – 17 tháng 4".
    (
        "days",
        kept_regex(
            rf"(?P<lead>(?:tu\s+)?(?:(?:ngay|hom|mung|mong)\s+)?)(?<![\w./-])(?P<d1>{_QD})"
            rf"\s*(?:-|–|den|toi)\s*(?:(?:ngay|mung|mong)\s+)?(?P<d>{_QD})"
            rf"(?:\s*(?P<s>[/.])\s*(?P<m>{_QM})(?![0-9])|\s+thang\s+(?P<mw>{_QM}(?![0-9])|(?:{_QMW})(?!\w)))"
            rf"{_QYEAR_TAIL}(?!\w|[./-][0-9]|\s*%)"
        ),
    ),
    # A span of months in one year: "tháng 3-5/2019", "tháng 9 - 11 năm 2020".
    (
        "months",
        kept_regex(
            rf"(?<!\w)thang\s*(?P<m1>{_QM})\s*(?:-|–)\s*(?P<m>{_QM})(?![0-9])"
            rf"{_QYEAR_TAIL}(?!\w|[./-][0-9])"
        ),
    ),
    (
        "month",
        kept_regex(
            rf"(?<!\w)(?:(?P<part>dau|giua|cuoi)\s+)?thang\s*(?:(?P<m>{_QM})(?![0-9])|\s(?P<mw>{_QMW})(?!\w))"
            rf"{_QYEAR_TAIL}(?!\w|[./-][0-9])"
        ),
    ),
    # "11/2013", "6.2019", "6-2019" typed without "tháng": a month and a four-digit year.
    (
        "month",
        kept_regex(rf"(?<![\w./-])(?P<m>{_QM})\s*[/.-]\s*(?P<y1>{_QY})(?![\w./-])"),
    ),
    # ISO forms as chat and spreadsheets type them: "2020-05", "2019-06-15".
    (
        "day_full",
        kept_regex(
            rf"(?<![\w./-])(?P<y>{_QY})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![\w./-])"
        ),
    ),
    ("month", kept_regex(rf"(?<![\w./-])(?P<y1>{_QY})-(?P<m>0[1-9]|1[0-2])(?![\w./-])")),
    (
        "month_rel",
        kept_regex(
            r"(?<!\w)(?:(?P<part>dau|giua|cuoi)\s+)?thang\s+(?P<r>nay|truoc|sau|toi|qua)(?!\w)"
        ),
    ),
    (
        "quarter",
        kept_regex(rf"(?<!\w)quy\s*(?P<q>[1-4]|iv|iii|ii|i)(?!\w){_QYEAR_TAIL}(?!\w|[./-][0-9])"),
    ),
    ("quarter_rel", kept_regex(r"(?<!\w)quy\s+(?P<r>nay|truoc)(?!\w)")),
    (
        "part_year",
        kept_regex(
            rf"(?<!\w)(?P<part>dau|giua|cuoi)\s+nam(?:\s*,?\s*(?P<y>{_QY})(?![0-9])|\s+(?P<yr>nay|ngoai|truoc)(?!\w))?(?!\w)"
        ),
    ),
    (
        "months_of_year",
        kept_regex(
            rf"(?<!\w)(?:(?P<n>{_QN})\s+thang|(?P<half>nua))\s+(?P<part>dau|cuoi|sau)\s+nam"
            rf"(?:\s*,?\s*(?P<y>{_QY})(?![0-9])|\s+(?P<yr>nay|ngoai|truoc)(?!\w))?(?!\w)"
        ),
    ),
    (
        "season",
        kept_regex(
            # with its year: "Mùa thu Vàng" (a fair's name) is no season asked
            rf"(?<!\w)mua\s+(?P<season>xuan|he|ha|thu|dong)(?:\s+nam)?"
            rf"(?:\s*,?\s*(?P<y>{_QY})(?![0-9])|\s+(?P<yr>nay|ngoai|truoc)(?!\w))"
        ),
    ),
    ("years_ago", kept_regex(rf"(?<!\w)(?P<n>{_QN})\s+nam\s+(?:ve\s+)?truoc(?!\w)")),
    (
        "window",
        kept_regex(
            rf"(?<!\w)(?P<n>{_QN})\s+(?P<u>nam|thang|tuan|ngay)\s+(?:qua|gan\s+day|vua\s+qua|tro\s+lai\s+day|nay)(?!\w)"
        ),
    ),
    ("year", kept_regex(rf"(?<!\w)nam\s*(?P<y>{_QY})(?!\w|[./-][0-9])")),
    ("year_rel", kept_regex(r"(?<!\w)nam\s+(?P<r>nay|ngoai|truoc|qua)(?!\w)")),
    (
        "bare_year",
        kept_regex(
            # "2019", and each year of "2022-2023" (a school year, a span), not "2022-03-16"
            r"(?:(?<=[0-9]{4}-)|(?<![\w./-]))(?P<y>20[0-9]{2})"
            r"(?!\w|[./-][0-9](?![0-9]{3}(?![0-9./-]))|\s*(?:%|nguoi|ty|trieu|nghin|ngan|usd|dong|km|tan|lan|chiec|m)(?!\w))"
        ),
    ),
    (
        "rel_day",
        kept_regex(
            rf"(?<!\w)(?:(?:ngay\s+)?hom\s+(?P<r>nay|qua|kia)|ngay\s+(?P<r2>mai)|(?P<tod>{_QTOD})\s+(?P<r3>nay|qua|mai))(?!\w)"
        ),
    ),
    (
        # "hôm thứ Ba", "thứ 3 tuần trước", "Chủ nhật tuần này": one day of a week
        "weekday",
        kept_regex(
            rf"(?<!\w)(?:(?P<lead>hom|ngay|{_QTOD})\s+)?(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])"
            r"|(?P<cn>chu\s+nhat))(?:\s+tuan\s+(?P<r>nay|truoc|qua|roi))?(?!\w)"
            # "hôm thứ Sáu 7/9", "thứ Sáu (7/9)": the day written beside it is the day asked
            r"(?!\s*[,(]?\s*(?:ngay\s+)?[0-9])"
        ),
    ),
    ("week", kept_regex(r"(?<!\w)tuan\s+(?P<r>nay|truoc|qua|sau|toi)(?!\w)")),
    (
        "recent",
        kept_regex(r"(?<!\w)(?:(?:thoi\s+gian|dao)\s+)?(?:gan\s+day|moi\s+day)(?!\s*nhat)(?!\w)"),
    ),
    ("now", kept_regex(r"(?<!\w)(?:nay|bay\s+gio|hien\s+nay|hien\s+tai)(?!\w)")),
    # "Đại hội XIII", "Đại hội Đảng lần thứ 13": the Party congress's days (data, by number).
    (
        "congress",
        kept_regex(
            r"(?<!\w)dai\s+hoi(?:\s+(?:dang|dai\s+bieu))?(?:\s+toan\s+quoc)?"
            r"(?:\s+(?:lan\s+)?thu)?\s+(?P<n>xiv|xiii|xii|xi|1[1-4])(?!\w)"
        ),
    ),
]
_Q_RANGE_GAP = kept_regex(r"\s*(?:-|–|—|den|toi|cho\s+den)\s*")
_Q_FROM_BEFORE = kept_regex(r"(?<!\w)tu\s+$")
_Q_BETWEEN_BEFORE = kept_regex(r"(?<!\w)giua\s+(?:(?:nam|thang)\s+)?$")
_Q_AND_GAP = kept_regex(r"\s*(?:va|-|–|den|toi)\s*")
# "trước năm 2016", "sau tháng 5/2025": everything before or after the period, not within it.
_Q_OPEN_BEFORE = kept_regex(r"(?<!\w)(?<!thu )(?<!mung )(?<!lan )(truoc|sau)\s+$")
EARLIEST_ASKED = date(1900, 1, 1)  # the start of "before …": older than any report
# "Cách mạng Tháng Mười", "Cách mạng Tháng Tám": a revolution's name, not a month asked.
_Q_REVOLUTION_BEFORE = kept_regex(r"\bcach mang\s+$")
# (An ordinal's number is no count: "lần thứ 2 tháng 5" is May's second time.)
_Q_NUMBER_BEFORE = kept_regex(
    r"(?<!\bthu\s)(?:(?<![\w.,/-])[0-9]+|(?<!\w)(?:mot|hai|ba|bon|bay|tam|chin|muoi|vai|may|nhieu|cac|nhung))\s+$"
)
_Q_FRACTION_AFTER = kept_regex(r"\s*(?:so|dan|phan|tong|trong|dai\s+bieu|phieu)(?!\w)")
_Q_TOKEN = kept_regex(r"[a-z]+")
# What a "thứ hai/ba…" after it counts ("lần thứ Ba", "Phiên họp thứ Hai"): no weekday.
_Q_COUNTED_BEFORE = kept_regex(
    r"(?<!\w)(?:lan|phien|phien hop|khoa|khoa hop|ky|ky hop|cuoc|vong|luot|nhiem ky|hoi nghi|dien dan|dot|so)\s+$"
)
_Q_WHERE_BEFORE = kept_regex(r"(?<!\w)(?:o|tai)\s+$")  # "o dau", "tai dau": where
# Folded keyword -> the diacritic spellings it may come from. A word typed with marks
# must be one of these: "dầu năm 2024" (oil) is not "đầu năm", "thắng 2-1" is not "tháng".
_Q_FORMS = {
    "thang": {"tháng"},
    "nam": {"năm"},
    "quy": {"quý"},
    "dau": {"đầu"},
    "giua": {"giữa"},
    "cuoi": {"cuối"},
    "ngay": {"ngày"},
    "hom": {"hôm"},
    "nay": {"nay", "này"},
    "ngoai": {"ngoái"},
    "truoc": {"trước"},
    "tuan": {"tuần"},
    "gan": {"gần"},
    "day": {"đây"},
    "moi": {"mới"},
    "sang": {"sáng"},
    "trua": {"trưa"},
    "chieu": {"chiều"},
    "toi": {"tối", "tới"},
    "dem": {"đêm"},
    "mung": {"mùng"},
    "mong": {"mồng"},
    "tu": {"tư", "từ"},
    "den": {"đến"},
    "sau": {"sáu", "sau"},
    "bay": {"bảy", "bây"},
    "tam": {"tám"},
    "chin": {"chín"},
    "muoi": {"mười"},
    "mot": {"một"},
    "bon": {"bốn"},
    "gieng": {"giêng"},
    "chap": {"chạp"},
    "thoi": {"thời"},
    "gio": {"giờ"},
    "hien": {"hiện"},
    "vua": {"vừa"},
    "qua": {"qua"},
    "kia": {"kia"},
    "mai": {"mai"},
    "dao": {"dạo"},
    "tro": {"trở"},
    "lai": {"lại"},
    "ve": {"về"},
    "nua": {"nửa"},
    "tai": {"tại"},
}
_PARTS = {"dau": "đầu", "giua": "giữa", "cuoi": "cuối"}
_PART_YEAR_MONTHS = {"dau": (1, 4), "giua": (5, 8), "cuoi": (9, 12)}
_PART_MONTH_DAYS = {"dau": (1, 10), "giua": (11, 20), "cuoi": (21, 31)}
# A season's months as people here speak of them, wide rather than narrow (a month at either
# end is not excluded): winter runs into the next year's February.
_SEASONS = {
    "xuan": ("mùa xuân", 1, 4),
    "he": ("mùa hè", 5, 8),
    "ha": ("mùa hạ", 5, 8),
    "thu": ("mùa thu", 8, 11),
    "dong": ("mùa đông", 11, 14),
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_UNIT_LABEL = {"nam": "năm", "thang": "tháng", "tuan": "tuần", "ngay": "ngày"}


@dataclass
class _QExpr:
    kind: str
    m: re.Match[str]
    start: int  # offsets in the folded question
    end: int
    explicit_year: bool = False


def _aligned_fold(q: str) -> tuple[str, list[int]]:
    """Folded question plus, for each folded char, its index in ``q``."""
    if q.isascii():
        return q.lower(), list(range(len(q)))
    chars: list[str] = []
    index: list[int] = []
    for i, c in enumerate(q):
        fc = fold(c)
        chars.append(fc)
        index.extend([i] * len(fc))
    return "".join(chars), index


@cache
def _nam_of_place() -> re.Pattern[str]:
    """The words before "Nam" in the places' and countries' names that end with it ("Việt",
    "Quảng", "Hà": store/data/places.json, countries.json), folded, at the end of a text."""
    places = json.loads(files("store").joinpath("data/places.json").read_text(encoding="utf-8"))
    countries = json.loads(
        files("store").joinpath("data/countries.json").read_text(encoding="utf-8")
    )
    names = [n for p in places for n in (p["name"], *p.get("aliases", ()))]
    names += [n for c in countries for n in c["names"]]
    heads = {fold(n).rsplit(" ", 2)[-2] for n in names if fold(n).split()[-1:] == ["nam"]}
    heads.discard("nam")
    words = "|".join(sorted(map(re.escape, heads)))
    return re.compile(rf"(?:^|\s)(?:{words})\s+$")


def _past_place_nam(q: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span, starting past an unmarked "nam" that ends a place's name ("Việt Nam 2024",
    "quang nam 2019": "nam" is also how "năm", the year, is typed without marks)."""
    a, b = span
    if q[a : a + 3].lower() != "nam" or not _nam_of_place().search(fold(q[max(0, a - 8) : a])):
        return span
    digit = next((i for i in range(a + 3, b) if q[i].isdigit()), None)
    return (digit, b) if digit is not None else span


def _orig_span(q: str, index: list[int], s: int, e: int) -> tuple[int, int]:
    start = index[s]
    end = index[e - 1] + 1
    while end < len(q) and unicodedata.combining(q[end]):
        end += 1
    return start, end


def _spelled_right(q: str, fq: str, index: list[int], s: int, e: int) -> bool:
    for t in _Q_TOKEN.finditer(fq, s, e):
        forms = _Q_FORMS.get(t.group())
        if not forms:
            continue
        a, b = _orig_span(q, index, t.start(), t.end())
        orig = unicodedata.normalize("NFC", q[a:b]).lower()
        if orig != t.group() and orig not in forms:
            return False
    return True


def _orig_word(q: str, index: list[int], m: re.Match[str], group: str | int) -> str:
    a, b = _orig_span(q, index, m.start(group), m.end(group))
    return unicodedata.normalize("NFC", q[a:b])


def _q_accept(kind: str, m: re.Match[str], q: str, fq: str, index: list[int]) -> bool:
    if not _spelled_right(q, fq, index, m.start(), m.end()):
        return False
    if fq.startswith("nam", m.start()) and _nam_of_place().search(
        fq[max(0, m.start() - 8) : m.start()]
    ):
        return False  # "Việt Nam trước G20", "Việt Nam năm trước": the place's "Nam", no "năm"
    gd = m.groupdict()
    if kind == "weekday" and re.search(
        r"[0-9]\s*[),]?\s*(?:\(\s*)?$", fq[max(0, m.start() - 6) : m.start()]
    ):
        return False  # "7/9 (thứ Sáu)": the weekday of a day written before it
    if kind == "weekday" and not (gd.get("lead") or gd.get("r")):
        # "phiên họp thứ hai" is the second session: a weekday alone only as a name is
        # written ("thứ Ba", "Chủ nhật"), never after what is counted.
        word = _orig_word(q, index, m, "wd") if gd.get("wd") else "Chủ"
        if not word[:1].isupper() or _Q_COUNTED_BEFORE.search(
            fq, max(0, m.start() - 12), m.start()
        ):
            return False
    if kind == "day":
        if m.group("s") != "/" and not gd.get("lead"):
            return False  # "8-5", "2.5" need "ngày"/"hôm" in front
        if not gd.get("lead") and _Q_FRACTION_AFTER.match(fq, m.end()):
            return False
    if kind == "day_words" and not gd.get("lead") and not (gd.get("y1") or gd.get("y2")):
        return False
    if (
        gd.get("part") == "dau"
        and _Q_WHERE_BEFORE.search(fq, max(0, m.start() - 6), m.start())
        and _orig_word(q, index, m, "part") == "dau"
    ):
        return False  # "o dau nam 2021" typed without marks: "ở đâu năm 2021", where
    if kind in ("month", "month_rel") and _Q_NUMBER_BEFORE.search(
        fq, max(0, m.start() - 12), m.start()
    ):
        return False  # "6 tháng", "hai tháng"
    if kind == "month" and _Q_REVOLUTION_BEFORE.search(fq, max(0, m.start() - 12), m.start()):
        return False
    if kind == "month" and gd.get("mw"):
        word = re.sub(r"\s+", " ", m.group("mw"))
        orig = _orig_word(q, index, m, "mw")
        dated = bool(gd.get("y1") or gd.get("y2"))
        if word == "sau" and orig.lower() != "sáu" and not (dated and _unmarked(q)):
            # "tháng sau" = next month; but "thang sau 2017" typed without any marks is June
            # (a next month has no year of its own).
            return False
        if word == "nam" and not (gd.get("y1") or gd.get("y2")) and not orig[:1].isupper():
            return False
    # "tháng sáu" is June, "tháng sau" next month.
    return not (
        kind == "month_rel"
        and m.group("r") == "sau"
        and _orig_word(q, index, m, "r").lower() == "sáu"
    )


def _unmarked(q: str) -> bool:
    """The question is typed without any Vietnamese marks."""
    return fold(q).lower() == q.lower()


def _q_year_of(m: re.Match[str], today: date) -> tuple[int | None, bool]:
    """Year from a year tail ("/2025", "năm 2025", "năm nay"); (year, explicit)."""
    gd = m.groupdict()
    for g in ("y", "y1", "y2"):
        if gd.get(g):
            return int(gd[g]), True
    yr = gd.get("yr")
    if yr:
        return today.year - (yr != "nay"), True
    return None, False


def _month_span(y: int, mo: int) -> tuple[date, date]:
    return date(y, mo, 1), date(y, mo, _days_in(y, mo))


def _shift_month(y: int, mo: int, delta: int) -> tuple[int, int]:
    k = y * 12 + (mo - 1) + delta
    return k // 12, k % 12 + 1


_UNTIL = kept_regex(r"(?<!\w)(?:den|toi)\s+$")
# A target set for a year ("mục tiêu … vào năm 2020", "phấn đấu … đến năm 2030").
_BY_YEAR = kept_regex(r"(?<!\w)(?:vao|den|toi)\s+$")
_TARGET = kept_regex(r"(?<!\w)(?:muc tieu|phan dau|tam nhin|chi tieu)(?!\w)")
# A figure reached by a year ("kim ngạch 10 tỷ USD đến năm 2025"): the year is its target's.
_FIGURE = kept_regex(r"(?<!\w)(?:kim ngach|(?:ty|trieu) (?:usd|do la|dollars?|dong|rup))(?!\w)")


@cache
def _congresses() -> dict[int, tuple[date, date]]:
    """The Party congresses' first and last days by number (questions.json)."""
    raw = json.loads(files("store").joinpath("data/questions.json").read_text(encoding="utf-8"))
    return {
        c["number"]: (date.fromisoformat(c["days"][0]), date.fromisoformat(c["days"][1]))
        for c in raw.get("party_congresses", {}).get("congresses", [])
    }


_CONGRESS_ROMAN = {"xi": 11, "xii": 12, "xiii": 13, "xiv": 14}
_ROMAN_OF = {v: k.upper() for k, v in _CONGRESS_ROMAN.items()}


def _resolve(e: _QExpr, today: date, year: int | None = None) -> tuple[date, date, str] | None:
    """Inclusive range and label; ``year`` overrides a missing year (ranges "từ A đến B")."""
    m, kind = e.m, e.kind
    if kind == "congress":
        n = m.group("n")
        number = int(n) if n.isdigit() else _CONGRESS_ROMAN[n]
        days = _congresses().get(number)
        return (*days, f"Đại hội {_ROMAN_OF[number]}") if days else None
    gd = m.groupdict()
    y, _ = _q_year_of(m, today)
    if y is None:
        y = year
    if kind in ("day_full", "day_words", "day"):
        d = int(m.group("d"))
        mw = m.group("m")
        mo = int(mw) if mw.isdigit() else _QMW_MAP[re.sub(r"\s+", " ", mw)]
        if y is None:
            y = today.year
            while y > today.year - 8 and (not _valid(y, mo, d) or date(y, mo, d) > today):
                y -= 1
        if not _valid(y, mo, d):
            return None
        day = date(y, mo, d)
        return day, day, f"{d}/{mo}/{y}"
    if kind == "days":
        d1, d = int(m.group("d1")), int(m.group("d"))
        mw = gd.get("m") or re.sub(r"\s+", " ", gd["mw"])
        mo = int(mw) if mw.isdigit() else _QMW_MAP[mw]
        if y is None:
            y = today.year
            while y > today.year - 8 and (not _valid(y, mo, d1) or date(y, mo, d1) > today):
                y -= 1
        if d1 >= d or not _valid(y, mo, d):
            return None
        return date(y, mo, d1), date(y, mo, d), f"{d1}–{d}/{mo}/{y}"
    if kind == "months":
        m1, mo = int(gd["m1"]), int(gd["m"])
        if y is None:
            y = today.year if m1 <= today.month else today.year - 1
        if m1 >= mo:
            return None
        return _month_span(y, m1)[0], _month_span(y, mo)[1], f"tháng {m1}–{mo}/{y}"
    if kind == "month":
        mo = int(gd["m"]) if gd.get("m") else _QMW_MAP[re.sub(r"\s+", " ", gd["mw"])]
        if y is None:
            y = today.year if mo <= today.month else today.year - 1
        return _month_part(y, mo, gd.get("part"))
    if kind == "month_rel":
        r = m.group("r")
        if r == "qua" and not gd.get("part"):
            return today - timedelta(days=30), today, "30 ngày qua"
        delta = {"nay": 0, "truoc": -1, "qua": -1, "sau": 1, "toi": 1}[r]
        yy, mo = _shift_month(today.year, today.month, delta)
        return _month_part(yy, mo, gd.get("part"))
    if kind in ("quarter", "quarter_rel"):
        if kind == "quarter":
            qs = m.group("q")
            qn = int(qs) if qs.isdigit() else _ROMAN[qs]
            if y is None:
                y = today.year if date(today.year, 3 * qn - 2, 1) <= today else today.year - 1
        else:
            cur = (today.month - 1) // 3 + 1
            y, qn = today.year, cur
            if m.group("r") == "truoc":
                y, qn = (y, qn - 1) if qn > 1 else (y - 1, 4)
        first, last = 3 * qn - 2, 3 * qn
        return date(y, first, 1), date(y, last, _days_in(y, last)), f"quý {qn}/{y}"
    if kind == "part_year":
        part = m.group("part")
        lo, hi = _PART_YEAR_MONTHS[part]
        if y is None:
            y = today.year if date(today.year, lo, 1) <= today else today.year - 1
        return date(y, lo, 1), date(y, hi, _days_in(y, hi)), f"{_PARTS[part]} năm {y}"
    if kind == "season":
        name, lo, hi = _SEASONS[m.group("season")]
        if y is None:
            return None
        hy, hm = (y + 1, hi - 12) if hi > 12 else (y, hi)
        return date(y, lo, 1), date(hy, hm, _days_in(hy, hm)), f"{name} năm {y}"
    if kind == "months_of_year":
        n = 6 if gd.get("half") else _q_number(m.group("n"))
        if not 1 <= n <= 12:
            return None
        first = m.group("part") == "dau"
        lo, hi = (1, n) if first else (13 - n, 12)
        if y is None:
            y = today.year if date(today.year, lo, 1) <= today else today.year - 1
        what = ("nửa" if gd.get("half") else f"{n} tháng") + (" đầu" if first else " cuối")
        return date(y, lo, 1), date(y, hi, _days_in(y, hi)), f"{what} năm {y}"
    if kind == "bare_year" and y is not None and y > today.year:
        return None  # "tầm nhìn 2030": a target's year, a name's; no meeting is dated there
    if (
        kind == "year"
        and y is not None
        and y > today.year
        and _UNTIL.search(m.string, 0, m.start())
    ):
        return None  # "Tầm nhìn … đến năm 2030": a target's horizon, no period asked
    if (
        kind in ("year", "bare_year")
        and _BY_YEAR.search(m.string, max(0, m.start() - 8), m.start())
        and _TARGET.search(m.string, 0, m.start())
    ):
        return None  # "mục tiêu kim ngạch 10 tỷ USD vào năm 2020": a target's year, no period
    if (
        kind in ("year", "bare_year")
        and _UNTIL.search(m.string, max(0, m.start() - 8), m.start())
        and _FIGURE.search(m.string, 0, m.start())
    ):
        return None  # "kim ngạch 10 tỷ USD đến năm 2025": the figure's horizon, no period
    if kind in ("year", "bare_year"):
        return date(y, 1, 1), date(y, 12, 31), f"năm {y}"  # type: ignore[arg-type]
    if kind == "year_rel":
        r = m.group("r")
        if r == "qua":
            return today - timedelta(days=365), today, "một năm qua"
        yy = today.year - (r != "nay")
        return date(yy, 1, 1), date(yy, 12, 31), f"năm {yy}"
    if kind == "years_ago":
        n = _q_number(m.group("n"))
        yy = today.year - n
        return date(yy, 1, 1), date(yy, 12, 31), f"năm {yy}"
    if kind == "window":
        n, u = _q_number(m.group("n")), m.group("u")
        days = {"nam": 365, "thang": 30, "tuan": 7, "ngay": 1}[u] * n
        return today - timedelta(days=days), today, f"{n} {_UNIT_LABEL[u]} qua"
    if kind == "rel_day":
        r = gd.get("r") or gd.get("r2") or gd.get("r3")
        day = today + timedelta(days=_REL_OFFSET[r])
        return day, day, f"{day.day}/{day.month}/{day.year}"
    if kind == "weekday":
        word = gd.get("wd")
        wd = 6 if word is None else int(word) - 2 if word.isdigit() else _Q_WEEKDAYS[word]
        r = gd.get("r")
        if r is None:  # the last such day, today included
            day = today - timedelta(days=(today.weekday() - wd) % 7)
        else:
            monday = today - timedelta(days=today.weekday())
            day = monday + timedelta(days=wd - (0 if r == "nay" else 7))
        return day, day, f"{_q_weekday_name(wd)} {day.day}/{day.month}/{day.year}"
    if kind == "week":
        monday = today - timedelta(days=today.weekday())
        r = m.group("r")
        if r == "qua":
            return today - timedelta(days=7), today, "7 ngày qua"
        monday += timedelta(days={"nay": 0, "truoc": -7, "sau": 7, "toi": 7}[r])
        sunday = monday + timedelta(days=6)
        return (
            monday,
            sunday,
            f"tuần {monday.day}/{monday.month}–{sunday.day}/{sunday.month}/{sunday.year}",
        )
    if kind == "recent":
        return today - timedelta(days=90), today, "90 ngày gần đây"
    if kind == "now":
        return today, today, "nay"
    return None


def _q_number(s: str) -> int:
    return int(s) if s.isdigit() else _QNUMWORDS[s]


def _month_part(y: int, mo: int, part: str | None) -> tuple[date, date, str]:
    first, last = _month_span(y, mo)
    if not part:
        return first, last, f"tháng {mo}/{y}"
    lo, hi = _PART_MONTH_DAYS[part]
    return date(y, mo, lo), date(y, mo, min(hi, last.day)), f"{_PARTS[part]} tháng {mo}/{y}"


def _q_candidates(q: str, fq: str, index: list[int]) -> list[_QExpr]:
    found: list[_QExpr] = []
    for kind, rx in _Q_PATTERNS:
        pos = 0
        while True:
            m = rx.search(fq, pos)
            if not m:
                break
            if m.end() > m.start() and _q_accept(kind, m, q, fq, index):
                found.append(_QExpr(kind, m, m.start(), m.end()))
                pos = m.end()
            else:
                pos = m.start() + 1  # retry inside: "dầu năm 2024" still holds "năm 2024"
    found.sort(key=lambda e: (e.start, -e.end))
    chosen: list[_QExpr] = []
    last_end = -1
    for e in found:
        if e.start >= last_end:
            chosen.append(e)
            last_end = e.end
    return chosen


_RELATIVE_KINDS = frozenset(
    {"year_rel", "month_rel", "quarter_rel", "rel_day", "week", "weekday", "years_ago", "recent"}
)
# Between a relative date and the written one that says which it is: "năm ngoái (2019)",
# "tháng trước, tức tháng 5/2019", "năm ngoái - 2019".
_EXPLAINED_BY = kept_regex(r"\s*(?:[(\[,:–-]\s*(?:tuc(?:\s+la)?\s*)?|tuc(?:\s+la)?\s+)$")


# Between a relative date and the day it is counted from: "tuần trước (tính từ ngày 17/5)".
_COUNTED_BY = kept_regex(r"\s*[(,]?\s*(?:tinh|ke)\s+tu\s+(?:ngay\s*)?$")


def _q_anchored(
    fq: str, exprs: list[_QExpr], today: date
) -> tuple[list[_QExpr], dict[int, tuple[date, int]]]:
    """The expressions, a relative one followed by a written date read with it: dropped when
    the date says which it is ("năm ngoái (2019)": 2019, not 2019 to last year); counted
    from the date's day when it is counted from it ("tuần trước (tính từ ngày 17/5/2025)":
    the week before that day), the day then dropped. The second map gives, by id, each
    relative expression counted so its day and where its span ends."""
    out: list[_QExpr] = []
    counted: dict[int, tuple[date, int]] = {}
    skip = -1
    for i, e in enumerate(exprs):
        if i == skip:
            continue
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if e.kind not in _RELATIVE_KINDS or nxt is None or nxt.kind in _RELATIVE_KINDS | {"now"}:
            out.append(e)
            continue
        between = fq[e.end : nxt.start]
        if _EXPLAINED_BY.fullmatch(between):
            continue
        if nxt.kind in ("day", "day_full", "day_words") and _COUNTED_BY.fullmatch(between):
            try:
                day = _resolve(nxt, today)
            except (ValueError, OverflowError):
                day = None
            if day is not None:
                counted[id(e)] = (day[0], nxt.end)
                skip = i + 1
        out.append(e)
    return out, counted


def parse_question_dates(question: str, today: date) -> DateRange | None:
    """The date range a question asks about, or None.

    Day without year: this year if not after ``today``, else last year; month/quarter/part
    of year without year: the most recent one that has started. "từ A đến B" gives the
    span A..B; several separate expressions give the span covering all of them.
    "mới nhất" / "gần đây nhất" / "lần gần nhất" are an intent, not a range: None.
    """
    if not question or not question.strip():
        return None
    q = question[:4096]
    fq, index = _aligned_fold(q)
    exprs, counted = _q_anchored(fq, _q_candidates(q, fq, index), today)
    if not exprs:
        return None
    groups: list[tuple[date, date, str, list[tuple[int, int]]]] = []
    alone: list[_QExpr] = []  # expressions not joined into a range
    i = 0
    while i < len(exprs):
        a = exprs[i]
        b = exprs[i + 1] if i + 1 < len(exprs) else None
        joined = _q_join(q, fq, index, a, b, today) if b else None
        if joined:
            groups.append(joined)
            i += 2
            continue
        alone.append(a)
        if a.kind != "now":
            base, end = counted.get(id(a), (today, a.end))
            try:
                r = _resolve(a, base, year=_q_shared_year(fq, a, b, today) if b else None)
            except (ValueError, OverflowError):
                r = None
            if r:
                groups.append((r[0], r[1], r[2], [_orig_span(q, index, a.start, end)]))
        i += 1
    if not groups:
        return None
    start = min(g[0] for g in groups)
    end = max(g[1] for g in groups)
    label = groups[0][2] if len(groups) == 1 else " – ".join(g[2] for g in groups)
    spans = tuple(sorted(_past_place_nam(q, s) for g in groups for s in g[3]))
    # A lone "nay" resolves to nothing ("Nay Pyi Taw tháng 8"): it fixes no year.
    said = [e for e in alone if e.kind != "now"]
    unjoined = len(alone) == len(exprs)
    single = said[0] if len(groups) == 1 and unjoined and len(said) == 1 else None
    yearless = single is not None and _q_yearless(single, today)
    recent = single is not None and single.kind == "recent"
    relative = (
        single is not None
        and single.kind in ("rel_day", "week", "weekday")
        and id(single) not in counted
    )
    weekday = _q_beside_weekday(fq, single) if yearless and single is not None else None
    opened = _q_open(q, fq, index, single) if single and not (recent or relative) else None
    if opened is not None:
        at, word = opened
        if word == "truoc":
            start, end = EARLIEST_ASKED, start - timedelta(days=1)
        else:
            start, end = end + timedelta(days=1), max(today, end + timedelta(days=1))
        label = f"{'trước' if word == 'truoc' else 'sau'} {label}"
        spans = (_orig_span(q, index, at, single.end),)
        yearless = False
    if weekday is not None:
        dated = _q_weekday_year(start, weekday, today)
        if dated is None:
            weekday = None
        else:
            start = end = dated
            label = f"{_q_weekday_name(weekday)} {dated.day}/{dated.month}/{dated.year}"
    return DateRange(
        start,
        end,
        label,
        spans,
        yearless=yearless,
        recent=recent,
        relative=relative,
        weekday=weekday,
    )


def _q_open(q: str, fq: str, index: list[int], e: _QExpr) -> tuple[int, str] | None:
    """Where "trước" or "sau" right before a lone period starts, and which it is ("sáu",
    six, typed with its mark, is no "sau")."""
    if e.kind == "now":
        return None
    m = _Q_OPEN_BEFORE.search(fq, max(0, e.start - 8), e.start)
    if m is None or _orig_word(q, index, m, 1).lower() not in ("trước", "truoc", "sau"):
        return None
    return m.start(), m.group(1)


# A weekday right before a day ("hôm thứ Sáu 7/9", "thứ 6, ngày 7/9") or right after it
# ("7/9 (thứ Sáu)"), as the question folds it.
_Q_WD = r"(?:thu\s+(?P<wd>hai|ba|tu|nam|sau|bay|[2-7])|(?P<cn>chu\s+nhat))"
_Q_WD_BEFORE = kept_regex(rf"(?<!\w){_Q_WD}\s*[,(]?\s*(?:ngay\s+)?$")
_Q_WD_AFTER = kept_regex(rf"\s*[),]?\s*\(?\s*{_Q_WD}(?!\w)")


def _q_beside_weekday(fq: str, e: _QExpr) -> int | None:
    """The weekday written beside a single year-less day, if one is."""
    if e.kind not in ("day", "day_words"):
        return None
    m = _Q_WD_BEFORE.search(fq, max(0, e.start - 24), e.start) or _Q_WD_AFTER.match(fq, e.end)
    if m is None:
        return None
    word = m.group("wd")
    return 6 if word is None else int(word) - 2 if word.isdigit() else _Q_WEEKDAYS[word]


def _q_weekday_year(day: date, weekday: int, today: date) -> date | None:
    """The latest date on or before ``today`` with ``day``'s day and month that fell on
    ``weekday`` (a weekday repeats on a date within 11 years, 29/2 within 28)."""
    for y in range(today.year, today.year - 29, -1):
        if _valid(y, day.month, day.day):
            d = date(y, day.month, day.day)
            if d <= today and d.weekday() == weekday:
                return d
    return None


def _q_weekday_name(weekday: int) -> str:
    return "Chủ nhật" if weekday == 6 else f"thứ {_Q_WEEKDAY_NAMES[weekday]}"


def _q_yearless(e: _QExpr, today: date) -> bool:
    """A day or a month (possibly part of one) written without any year."""
    if e.kind not in ("day_words", "day", "days", "month", "months"):
        return False
    return _q_year_of(e.m, today) == (None, False)


# "tháng 5 hoặc tháng 6 năm 2018", "ngày 3, 4/9/2019": alternatives listed, the year said once.
_Q_OR_GAP = kept_regex(r"\s*(?:,|va|hoac|hay|hoac la)\s*")


def _q_shared_year(fq: str, a: _QExpr, b: _QExpr, today: date) -> int | None:
    """The year of B for A typed without one right before it in a list ("tháng 5 hoặc
    tháng 6 năm 2018"); None when A has its own or is not listed with B."""
    family = {"month": ("month",), "day": ("day", "day_full")}.get(a.kind)
    if family is None or _q_year_of(a.m, today)[1]:
        return None
    if b.kind not in family or not _Q_OR_GAP.fullmatch(fq, a.end, b.start):
        return None
    year, said = _q_year_of(b.m, today)
    return year if said else None


def _q_join(
    q: str, fq: str, index: list[int], a: _QExpr, b: _QExpr, today: date
) -> tuple[date, date, str, list[tuple[int, int]]] | None:
    """Join A and B: "từ tháng 3 đến tháng 5/2025", "2019 - 2021", "từ 2019 đến nay"."""
    start = a.start
    window = max(0, a.start - 16)
    between = _Q_BETWEEN_BEFORE.search(fq, window, a.start)
    frm = _Q_FROM_BEFORE.search(fq, window, a.start)
    gap = _Q_AND_GAP if between else _Q_RANGE_GAP
    if not gap.fullmatch(fq, a.end, b.start):
        return None
    if a.kind == "now":
        return None
    if between:
        start = between.start()
    elif frm:
        start = frm.start()
    try:
        rb = _resolve(b, today)
        if rb is None:
            return None
        ra = _resolve(a, today, year=rb[0].year)
        if ra and ra[0] > rb[1] and _q_year_of(a.m, today)[1] is False:
            ra = _resolve(a, today, year=rb[0].year - 1)
    except (ValueError, OverflowError):
        return None
    if ra is None or ra[0] > rb[1]:
        return None
    label = f"{ra[2]} – {rb[2]}" if b.kind != "now" else f"từ {ra[2]} đến nay"
    spans = [_orig_span(q, index, start, b.end)]
    return ra[0], rb[1], label, spans
