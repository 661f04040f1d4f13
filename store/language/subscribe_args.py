"""What users type to /dangky and /caidat: a frequency, a day, a time, topics, a time zone.

Pure. "/dangky hằng tuần thứ 2 8h sáng Putin năng lượng -quân sự \"ASEAN\"" reads as a
weekly digest on Mondays at 08:00 about Putin or energy or the keyword «asean», without
defence. A first word that looks like a time must be a valid one; a topic word the
lexicon does not know is refused with the closest leaders and sectors instead of being
kept as a keyword nobody meant (a keyword is asked for explicitly, in quotes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from store.language.catalogue import say
from store.language.compiled import kept_regex
from store.language.fold import fold_key
from store.language.fuzzy import fuzz, process
from store.language.lexicon import get_lexicon
from store.language.localtime import DEFAULT_TZ
from store.language.subscription import DAILY, INSTANT, WEEKLY, Filters, Topics

# ----------------------------------------------------------------- time of day


class TimeError(ValueError):
    """A time-looking argument that is not a time of day (``str``: Vietnamese)."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(self.message("vi"))

    def message(self, lang: str) -> str:
        return say(lang, "subargs.bad_time", value=self.text[:40])


# A word that starts with a digit (or a sign and a digit) and has a colon, or holds only
# what times are written with, is meant as a time: "630", "6:3", "-1:00", "6:30xm" are
# bad times, not topics.
_TIME_LIKE = kept_regex(r"^[+-]?\d(?:[\d:.,hHgGaApPmM']*$|.*:)")
_TIME = kept_regex(r"^(\d{1,2})(?:(?:[:.,hHgG])(\d{2})|[hHgG])?(am|pm|a\.m\.|p\.m\.)?$", re.I)
_HOUR_WORDS = {"gio", "h", "g"}  # "6 giờ 30"
_MINUTE_WORDS = {"phut", "p"}
# Parts of the day after a time, and how each maps an hour (None: not that part of the day).
_PARTS: dict[str, object] = {
    "sang": lambda h: h if h <= 11 else None,
    "am": lambda h: 0 if h == 12 else (h if h <= 11 else None),
    "trua": lambda h: h if h in (11, 12) else (h + 12 if 1 <= h <= 2 else None),
    "chieu": lambda h: h + 12 if 1 <= h <= 11 else (h if 12 <= h <= 19 else None),
    "pm": lambda h: h + 12 if 1 <= h <= 11 else (h if h == 12 else None),
    "toi": lambda h: h + 12 if 5 <= h <= 11 else (0 if h == 12 else (h if 17 <= h <= 23 else None)),
    "dem": lambda h: (
        h + 12 if 9 <= h <= 11 else (0 if h == 12 else (h if h <= 4 or h >= 21 else None))
    ),
}


def looks_like_time(word: str) -> bool:
    return bool(_TIME_LIKE.match(word.strip()))


def _bad_time(text: str) -> TimeError:
    return TimeError(text)


def _apply_part(hour: int, part: str, text: str) -> int:
    rule = _PARTS[part]
    mapped = rule(hour)  # type: ignore[operator]
    if mapped is None:
        raise _bad_time(text)
    return int(mapped)


def read_time(words: list[str], start: int = 0) -> tuple[str, int] | None:
    """The time of day written at ``words[start:]`` ("6:30", "6h30 chiều", "6 giờ 30",
    "6:30pm", "18h") as HH:MM, with the number of words it took; None when the first word
    does not look like a time. A time-looking word that is not a valid time raises
    ``TimeError`` — it never falls through to be read as a topic."""
    if start >= len(words) or not looks_like_time(words[start]):
        return None
    token = words[start]
    m = _TIME.match(token)
    if m is None:
        raise _bad_time(token)
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    used = 1
    text = token
    suffix = (m.group(3) or "").replace(".", "").lower()
    bare = m.group(2) is None and not re.search(r"[:.,hHgG]", token)
    if bare and start + used < len(words) and fold_key(words[start + used]) in _HOUR_WORDS:
        text += " " + words[start + used]
        used += 1
        nxt = words[start + used] if start + used < len(words) else ""
        if re.fullmatch(r"\d{1,2}", nxt):
            if len(nxt) != 2:
                raise _bad_time(f"{text} {nxt}")
            minute = int(nxt)
            text += " " + nxt
            used += 1
            if start + used < len(words) and fold_key(words[start + used]) in _MINUTE_WORDS:
                used += 1
    if hour > 23 or minute > 59:
        raise _bad_time(text)
    if suffix:
        hour = _apply_part(hour, suffix, text)
    elif start + used < len(words):
        part = fold_key(words[start + used])
        if part in _PARTS:
            hour = _apply_part(hour, part, f"{text} {words[start + used]}")
            used += 1
    return f"{hour:02d}:{minute:02d}", used


def parse_time(token: str) -> str | None:
    """One word as a time ('6:30', '06:30', '6h30', '6h', '18g', '7', '6pm') → 'HH:MM';
    None if it does not look like a time; ``TimeError`` if it looks like one but is not."""
    found = read_time([token])
    return found[0] if found else None


# ----------------------------------------------------------------- frequency and day

_MODE_PHRASES: list[tuple[str, str]] = [
    ("ngay khi co tin moi", INSTANT),
    ("ngay khi co tin", INSTANT),
    ("ngay lap tuc", INSTANT),
    ("tuc thi", INSTANT),
    ("instant", INSTANT),
    ("hang tuan", WEEKLY),
    ("moi tuan", WEEKLY),
    ("tuan", WEEKLY),
    ("weekly", WEEKLY),
    ("hang ngay", DAILY),
    ("moi ngay", DAILY),
    ("moi sang", DAILY),
    ("daily", DAILY),
]
_DAY_WORDS = {
    "2": 0, "hai": 0, "3": 1, "ba": 1, "4": 2, "tu": 2, "5": 3, "nam": 3,
    "6": 4, "sau": 4, "7": 5, "bay": 5,
}  # fmt: skip
_SHORT_DAYS = {"t2": 0, "t3": 1, "t4": 2, "t5": 3, "t6": 4, "t7": 5, "cn": 6}


def _read_mode(words: list[str]) -> tuple[str, int] | None:
    folded = [fold_key(w) for w in words[:5]]
    # Unaccented "ngay" alone means "now" here ("ngày" with its accent is a day).
    if words and words[0].lower() == "ngay" and folded[1:2] != ["khi"]:
        return INSTANT, 1
    for phrase, mode in _MODE_PHRASES:
        n = len(phrase.split())
        if " ".join(folded[:n]) == phrase:
            return mode, n
    return None


def read_weekday(words: list[str], start: int = 0) -> tuple[int, int] | None:
    """ "thứ 2", "thứ Hai", "T2", "chủ nhật", "CN" → (Python weekday, words used)."""
    if start >= len(words):
        return None
    first = fold_key(words[start])
    if first in _SHORT_DAYS:
        return _SHORT_DAYS[first], 1
    nxt = fold_key(words[start + 1]) if start + 1 < len(words) else ""
    if first == "thu" and nxt in _DAY_WORDS:
        return _DAY_WORDS[nxt], 2
    if first == "chu" and nxt == "nhat":
        return 6, 2
    return None


@dataclass(frozen=True)
class SubscribeArgs:
    """/dangky's arguments: each part None when not given."""

    mode: str | None = None
    weekday: int | None = None  # for weekly digests (a day given alone means weekly)
    at: str | None = None  # HH:MM
    topics: str = ""


def parse_subscribe_args(text: str) -> SubscribeArgs:
    """'hằng tuần thứ 2 6:30 chiều Putin năng lượng' → weekly, Monday, 18:30, the topics.

    The frequency comes first; a weekday and a time follow in either order; the rest is
    topics. Raises ``TimeError`` for a time-looking word that is not a valid time.
    """
    words = text.split()
    mode: str | None = None
    weekday: int | None = None
    at: str | None = None
    i = 0
    found = _read_mode(words)
    if found:
        mode, i = found
    while i < len(words):
        day = read_weekday(words, i) if weekday is None else None
        if day is not None:
            weekday, used = day
            i += used
            continue
        when = read_time(words, i) if at is None else None
        if when is not None:
            at, used = when
            i += used
            continue
        break
    if weekday is not None and mode in (None, DAILY):
        mode = WEEKLY
    return SubscribeArgs(mode, weekday, at, " ".join(words[i:]))


# ----------------------------------------------------------------- topics


class FilterError(ValueError):
    """The topic text names nothing we can filter on (``str``: Vietnamese)."""

    def __init__(self, text: str) -> None:
        self.text = text
        super().__init__(self.message("vi"))

    def message(self, lang: str) -> str:
        return say(lang, "subargs.no_topic", value=self.text[:80])


class UnknownTopics(FilterError):
    """Words that are no leader, sector, place or kind we know; with the closest ones."""

    def __init__(self, words: list[str], leaders: list[str], sectors: list[str]) -> None:
        self.words, self.leaders, self.sectors = words, leaders, sectors
        super().__init__(" ".join(words))

    def message(self, lang: str) -> str:
        # The closest topics are shown as they are typed (topics are read in Vietnamese).
        shown = ", ".join(f"«{w}»" for w in self.words[:5])
        text = say(lang, "subargs.unknown", words=shown)
        hints = []
        if self.leaders:
            hints.append(say(lang, "subargs.leaders", value=", ".join(self.leaders)))
        if self.sectors:
            hints.append(say(lang, "subargs.sectors", value=", ".join(self.sectors)))
        if hints:
            text += say(lang, "subargs.closest", value="; ".join(hints))
        return text + say(lang, "subargs.keyword", word=self.words[0])


# "-quân sự", "trừ quân sự", "ngoại trừ …" start an excluded segment; "," ";" "+" separate.
_SPLIT = kept_regex(r"\s*[,;+]\s*|\s+(?=-\S)")
_EXCLUDE_PREFIX = kept_regex(
    r"^(?:-\s*|(?:ngoại trừ|ngoai tru|loại trừ|loai tru|trừ|không gồm|khong gom)\s+)", re.IGNORECASE
)
_EXCLUDE_INNER = kept_regex(
    r"\s+(?=(?:ngoại trừ|ngoai tru|loại trừ|loai tru|trừ)\s)", re.IGNORECASE
)
_ALL = {"tat ca", "all", "moi chu de", "tat ca chu de", "het", "tat ca cuoc gap", "bo loc"}
# An explicit keyword: "…", “…”, «…», „…“.
_QUOTED = kept_regex(r'"([^"]*)"|“([^”"]*)”|«([^»]*)»|„([^“”"]*)[“”]')
_SLOT = kept_regex(r"\x00(\d+)\x00")
# Words that frame a topic without naming one ("chủ đề năng lượng", "tin về Putin").
_FILLER = frozenset(
    [
        "chu",
        "de",
        "loc",
        "bo",
        "theo",
        "ve",
        "tin",
        "tuc",
        "cac",
        "moi",
        "nhung",
        "chi",
        "muon",
        "nhan",
    ]
)


def closest_topics(words: list[str], limit: int = 3) -> tuple[list[str], list[str]]:
    """The leaders and sectors whose names (or aliases) are nearest to ``words``."""
    key = fold_key(" ".join(words))
    leaders, sectors = _topic_choices()

    def nearest(choices: dict[str, str]) -> list[str]:
        found = process.extract(key, list(choices), scorer=fuzz.WRatio, limit=limit * 4)
        return list(dict.fromkeys(choices[c] for c, _, _ in found))[:limit]

    return nearest(leaders), nearest(sectors)


@lru_cache(maxsize=1)
def _topic_choices() -> tuple[dict[str, str], dict[str, str]]:
    lex = get_lexicon()
    leaders = {fold_key(a): p.name for p in lex.people.values() for a in (p.name, *p.aliases)}
    sectors = {fold_key(a): s.name for s in lex.sectors.values() for a in (s.name, *s.synonyms)}
    return {k: v for k, v in leaders.items() if k}, {k: v for k, v in sectors.items() if k}


def _topics_of(text: str, quoted: list[str], today: date) -> tuple[Topics, list[str]]:
    """One segment of topic text, read like a question; also the words nothing explains."""
    from store.language.query import understand

    keywords = [k for k in (fold_key(q) for q in quoted) if k]
    if not fold_key(text):
        return Topics(keywords=tuple(dict.fromkeys(keywords))), []
    query = understand(text, today)
    leaders: list[str] = []
    for group in query.groups:
        if group.office is None:
            leaders += group.names
            continue
        # A title ("Thủ tướng Nga") follows whoever holds the office now.
        current = [a.name for a in group.alternatives if a.end is None or a.end >= today]
        leaders += current or group.names
    # Show unknown words as they were typed, not folded.
    typed = {fold_key(w): w.strip(".,;:!?()") for w in text.split()}
    unknown = [*query.unknown_names, *(typed.get(k, k) for k in query.keywords if k not in _FILLER)]
    topics = Topics(
        leaders=tuple(dict.fromkeys(leaders)),
        sectors=tuple(query.sectors),
        places=tuple(query.places),
        kinds=tuple(query.kinds),
        keywords=tuple(dict.fromkeys(keywords)),
    )
    return topics, unknown


def parse_filters(text: str, today: date | None = None) -> Filters:
    """Topic text as users type it ("Putin năng lượng -quân sự", accents optional;
    "\"ASEAN\"" in quotes for a plain keyword).

    Raises ``UnknownTopics`` (a ``FilterError``) naming words that are neither a known
    topic nor quoted, and ``FilterError`` when a non-empty text yields no topic at all.
    """
    text = " ".join(text.split())
    if not text or fold_key(text) in _ALL:
        return Filters()
    today = today or date.today()
    phrases: list[str] = []

    def hide(m: re.Match[str]) -> str:
        phrases.append(next(g for g in m.groups() if g is not None))
        return f"\x00{len(phrases) - 1}\x00"

    hidden = _QUOTED.sub(hide, text)
    include, exclude = Topics(), Topics()
    unknown: list[str] = []
    segments: list[str] = []
    for chunk in _SPLIT.split(hidden):
        segments += [s for s in _EXCLUDE_INNER.split(chunk) if s.strip()]
    for segment in segments:
        m = _EXCLUDE_PREFIX.match(segment.strip())
        body = segment.strip()[m.end() :] if m else segment.strip()
        quoted = [phrases[int(n)] for n in _SLOT.findall(body)]
        body = _SLOT.sub(" ", body)
        topics, words = _topics_of(body, quoted, today)
        unknown += words
        if m:
            exclude = exclude.merged(topics)
        else:
            include = include.merged(topics)
    if unknown:
        leaders, sectors = closest_topics(unknown)
        raise UnknownTopics(list(dict.fromkeys(unknown)), leaders, sectors)
    filters = Filters(include, exclude)
    if not filters:
        raise FilterError(text)
    return filters


# ----------------------------------------------------------------- time zones

# The zones offered as buttons: where the bot's readers usually are.
COMMON_ZONES: tuple[tuple[str, str], ...] = (
    ("Asia/Ho_Chi_Minh", "Việt Nam"),
    ("Europe/Moscow", "Moskva"),
    ("Asia/Vladivostok", "Vladivostok"),
    ("Asia/Novosibirsk", "Novosibirsk"),
    ("Asia/Yekaterinburg", "Yekaterinburg"),
    ("Europe/Berlin", "Berlin, Paris"),
    ("Europe/London", "London"),
    ("America/New_York", "New York"),
)
_ZONE_WORDS = {
    "viet nam": "Asia/Ho_Chi_Minh",
    "vietnam": "Asia/Ho_Chi_Minh",
    "ha noi": "Asia/Ho_Chi_Minh",
    "hanoi": "Asia/Ho_Chi_Minh",
    "sai gon": "Asia/Ho_Chi_Minh",
    "moskva": "Europe/Moscow",
    "moscow": "Europe/Moscow",
    "mat xco va": "Europe/Moscow",
    "nga": "Europe/Moscow",
    "saint petersburg": "Europe/Moscow",
    "vladivostok": "Asia/Vladivostok",
    "novosibirsk": "Asia/Novosibirsk",
    "yekaterinburg": "Asia/Yekaterinburg",
    "ekaterinburg": "Asia/Yekaterinburg",
    "kaliningrad": "Europe/Kaliningrad",
}
_UTC_OFFSET = kept_regex(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})$")


@lru_cache(maxsize=1)
def _zones_by_key() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


def resolve_zone(text: str) -> str | None:
    """A time zone as a user types it: an IANA name in any case ("europe/moscow"), a
    city or country we know ("Moskva", "Hà Nội"), or a whole-hour offset ("UTC+3")."""
    text = text.strip()
    if not text:
        return None
    exact = _zones_by_key().get(text.lower().replace(" ", "_"))
    if exact:
        return exact
    key = fold_key(text)
    if key in _ZONE_WORDS:
        return _ZONE_WORDS[key]
    m = _UTC_OFFSET.match(text.lower().replace(" ", ""))
    if m and int(m.group(2)) <= 14:
        hours = int(m.group(2))
        if hours == 0:
            return "UTC"
        # IANA's Etc zones count the other way round: UTC+3 is Etc/GMT-3.
        return f"Etc/GMT{'-' if m.group(1) == '+' else '+'}{hours}"
    return None


def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def utc_offset(name: str, when: datetime | None = None) -> str:
    """ "UTC+7", "UTC+5:30", "UTC" for a zone at ``when`` (default: now)."""
    offset = (when or datetime.now(UTC)).astimezone(ZoneInfo(name)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(name: str, when: datetime | None = None) -> str:
    """ "giờ Việt Nam, UTC+7", "Moskva (Europe/Moscow), UTC+3"."""
    if name == DEFAULT_TZ:
        return f"giờ Việt Nam, {utc_offset(name, when)}"
    label = dict(COMMON_ZONES).get(name)
    shown = f"{label} ({name})" if label else name
    return f"{shown}, {utc_offset(name, when)}"
