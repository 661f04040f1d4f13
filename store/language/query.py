"""Question → structured query.

A question is read in passes over the original text: newsroom abbreviations are expanded,
small talk is recognised, then dates (``store.language.dates``), the lexicon's people,
titles, places, sectors and meeting kinds, and country names, each pass claiming the
characters it matched. What is left is checked for intent words ("khi nào", "ở đâu"),
function words, misspelt names (rapidfuzz over folded aliases) and names we do not know;
the rest become keywords and word runs that the store must account for before the
question is answered (see ``store.services.answer``). Everything compares folded text, so
"to lam gap putin" and "Tô Lâm gặp Putin" read the same.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache
from itertools import pairwise

from store.language.anniversaries import TOWARDS, asked_anniversaries, asked_milestones
from store.language.compiled import kept_regex
from store.language.countries import folded_names
from store.language.dates import DateRange, parse_question_dates
from store.language.fold import fold, fold_key, nfc
from store.language.full_names import Word, one_person_spans
from store.language.fuzzy import fuzz, process
from store.language.lexicon import (
    RANK,
    Lexicon,
    Mention,
    Office,
    Place,
    Tenure,
    get_lexicon,
    written_alike,
)
from store.language.names import is_given_name
from store.language.packaged import files
from store.language.question_countries import (
    Country,
    country_label,
    find_countries,
    find_world_leaders,
)
from store.language.question_local import expand_local_leaders
from store.language.question_names import (
    JOIN_WORDS,
    NOT_NAMES,
    VN_MIDDLE,
    VN_SURNAMES,
    Token,
    alias_index,
    fuzzy_person,
    given_name,
    given_names,
)
from store.language.question_words import (
    STOP_WORDS,
    after_occasion,
    attended,
    before_occasion,
    chat_spelled,
    chit_chat,
    counted_from,
    delegation,
    died_by,
    edition_phrases,
    envoy_words,
    errand_words,
    expand_abbreviations,
    find_agencies,
    function_words_at,
    gone_by,
    honour_ending,
    honour_starting,
    inviting_at,
    is_english,
    is_event,
    is_function_word,
    is_vietnamese_word,
    kind_text,
    name_shaped,
    not_place_spans,
    occasion_day,
    of_another_trip,
    ordinal_phrases,
    place_owner,
    preferred_kinds,
    ranked_office,
    said_after,
    two_readings,
    unmarked_twins,
)
from store.language.records import Record
from store.language.surnames import surname_as_typed

__all__ = [
    "Alternative",
    "LeaderGroup",
    "Query",
    "alias_index",
    "expand_shorthand",
    "typed_title",
    "is_function_word",
    "is_vietnamese_word",
    "understand",
]
_STOP = STOP_WORDS
_GOING = frozenset({"sang"})  # not a function word alone: the given name "Sang"
# "gặp trực tiếp", "trực tiếp hội đàm": met in person, not by phone or online.
_IN_PERSON = kept_regex(
    r"\b(?:gap(?: mat| go)?|hoi dam|hoi kien|tiep)\s+truc tiep\b"
    r"|\btruc tiep\s+(?:gap(?: mat| go)?|hoi dam|hoi kien|tiep)\b"
)

MAX_QUESTION = 1000  # characters read; a question longer than this is noise after that point
Intent = str  # "when" | "where" | "who" | "what" | "count" | "latest" | "list"


@dataclass(kw_only=True)
class Alternative(Record):
    """One way to satisfy a leader constraint: this person, optionally within a term of office."""

    name: str
    start: date | None = None  # the meeting must fall inside the tenure when set
    end: date | None = None
    titles: list[str] = field(default_factory=list)  # accepted titles for undated meetings
    # Named with the title ("Chủ tịch nước Tô Lâm"): a meeting dated outside the term still
    # counts when its article gives the person this title (the date is the doubtful part).
    titled_anytime: bool = False


@dataclass(kw_only=True)
class CountedFrom(Record):
    """The meeting a question counts from ("sau cuộc hội đàm với Y ở Moskva tháng 5/2016"):
    the asked one is the first after it or the last before it."""

    side: str  # "after" | "before"
    place: str
    start: date | None = None  # the period written after the place, if any
    end: date | None = None
    people: list[str] = field(default_factory=list)  # named in its clause only ("với Y")
    meeting_id: str | None = None  # once found


@dataclass(kw_only=True)
class LeaderGroup(Record):
    """A person asked for, by name or by title; any alternative satisfies it."""

    label: str  # canonical name, or the title as understood ("Thủ tướng Nga")
    office: str | None = None
    alternatives: list[Alternative]
    # Asked by title: anyone the article itself gives one of these titles also satisfies it
    # (office holders the lexicon does not list yet); ``country`` is the office's.
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    # Asked by title: the title as typed, folded, without its country ("bo truong giao duc"):
    # a participant whose stored title holds these words in order (a softer match than the
    # office's own forms: "Bộ trưởng Giáo dục và Khoa học Nga") satisfies it too, ranked
    # below the holders the lexicon knows.
    typed_title: str = ""
    # "Đặc phái viên của Tổng Bí thư X", "thay mặt X": X is whose envoy met, not who met.
    principal: bool = False
    # Read from a misspelling ("Pushkop", "Mishutin"): the word as typed. The store's own
    # participants are the better guess for it (see store.services.answer), and the reply
    # says how it was read.
    spelled: str = ""
    # Called by the given name alone ("ông Hải"), as typed: any participant of the store of
    # that name may be meant, not only the leaders the lexicon knows (see store.services.answer).
    given: str = ""

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(a.name for a in self.alternatives))


@dataclass(kw_only=True)
class Query(Record):
    leaders: list[str] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    date_label: str | None = None
    places: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)  # canonical, as asked
    kinds: list[str] = field(default_factory=list)
    # Kinds the words prefer without requiring them ("viếng" → condolences): rank only.
    prefer_kinds: list[str] = field(default_factory=list)
    intent: Intent = "list"
    keywords: list[str] = field(default_factory=list)  # folded leftovers
    unknown_names: list[str] = field(default_factory=list)
    # Finer structure used by search:
    groups: list[LeaderGroup] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # "ở Nga" → meetings held in Russia
    # "Lavrov AMM-57 Lào": another country named beside one side's leader may be where a
    # Vietnam–Russia meeting was held (tried before saying the bot covers that pair only).
    abroad: list[str] = field(default_factory=list)
    met: bool = False  # a meeting verb was used ("gặp", "hội đàm"): messages are not meetings
    in_person: bool = False  # "gặp trực tiếp": neither a call nor an online meeting
    online: bool = False  # "hội đàm trực tuyến": an online meeting is what was asked
    newest: bool = False  # "mới nhất", "lần gần nhất": newest first
    oldest: bool = False  # "đầu tiên", "lần đầu", "sớm nhất": oldest first
    single: bool = False  # "lần gần nhất": only the newest one
    truncated: bool = False
    # Titles that name no one in particular ("đại sứ", "Thị trưởng St. Petersburg"): folded,
    # they rank meetings whose participants carry them; ``role_labels`` as typed.
    roles: list[str] = field(default_factory=list)
    role_labels: list[str] = field(default_factory=list)
    # What a meeting's text must hold for the roles alone to be satisfied: the role, or a
    # title's office and its place separately ("thong doc", "khabarovsk").
    role_terms: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)  # other countries as a side, as typed
    phrases: list[str] = field(default_factory=list)  # folded literal phrases, for ranking
    # A province right after a sector ("điện hạt nhân Ninh Thuận"): where the meeting was,
    # or else what its text names (a project there); canonical place names.
    project_places: list[str] = field(default_factory=list)
    # Places typed after "ở" / "tại": the venue asked for, never a subject of the article.
    venues: list[str] = field(default_factory=list)
    # Venues typed by name ("Điện Kremlin", "Novo-Ogaryovo"), as typed: the meetings asked are
    # those whose article names the venue, not every one of its city.
    named_venues: list[str] = field(default_factory=list)
    # "Đoàn Sverdlovsk", "Đại học Tổng hợp Moskva": a place whose body it is, not where the
    # meeting was (it ranks); canonical place names.
    owned_places: list[str] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)  # folded leftover word runs, as typed together
    # A numbered session or visit ("khóa họp lần thứ 24"): how articles write the number,
    # folded; the article naming it ranks first.
    ordinals: list[str] = field(default_factory=list)
    chat: str | None = None  # small talk: "greeting" | "thanks" | "identity" | "help" | "bye"
    recent: bool = False  # "gần đây": a window back from today that may fall back to the newest
    relative: bool = False  # "hôm qua", "tuần trước": a day or week counted from today
    year_open: bool = False  # a day or month typed without a year: an earlier year may be meant
    # "sau / trước cuộc gặp ở Sochi năm 2018": the meeting asked is the pair's next or last one
    # counted from the meeting held there then (see services.answer).
    counted_from: CountedFrom | None = None
    weekday: int | None = None  # the weekday typed beside that day: only years it fell on
    bare_country: bool = False  # only "Nga" / "Việt Nam": the latest meetings
    # Organisations named outside any title ("Đảng Cộng sản Liên bang Nga", "KPRF"): each
    # one's folded forms; a meeting whose text names one form satisfies it.
    agencies: list[list[str]] = field(default_factory=list)
    # Those of the agencies that meet in numbered sessions ("Ủy ban liên Chính phủ"): with
    # ``ordinals``, the number selects the session (see store.services.answer).
    events: list[list[str]] = field(default_factory=list)
    # The agencies and events as typed ("G20", "Sberbank"), for telling the user what was read.
    agency_labels: list[str] = field(default_factory=list)
    # Agencies a role is asked of ("Hiệu trưởng MGIMO", "Thống đốc NHNN"): the role, folded,
    # then the agency's forms. Its head took part: a participant titled so whose meeting
    # names the agency, or whose title does.
    headed: list[list[str]] = field(default_factory=list)
    # Places typed after "ở" / "tại" that the data does not have ("ở Cairo"), as typed.
    unknown_places: list[str] = field(default_factory=list)
    # Abbreviations an English or Russian question names the place or the event of the
    # meeting by ("at XYZF"), as typed: they rank the meetings whose text holds them (in
    # ``phrases``); one no article names is not in the data.
    abbreviations: list[str] = field(default_factory=list)
    # "X chuyển thư của Y gửi Z": the groups only the letter names (its sender Y and
    # addressee Z), who need not be at the meeting where X handed it over; and the one a
    # funeral or a tribute is for ("X dự Quốc tang Y"), named, not met.
    carried: list[str] = field(default_factory=list)
    # Those of ``carried`` a funeral or tribute is for: no record they take part in is it.
    mourned: list[str] = field(default_factory=list)
    # People who take part in none of the meetings asked (the one mourned, once the search
    # no longer requires him).
    absent: list[str] = field(default_factory=list)

    @property
    def has_constraints(self) -> bool:
        return bool(
            self.groups
            or self.date_from
            or self.places
            or self.countries
            or self.sectors
            or self.kinds
            or self.roles
        )


# Intent cues, on folded text. "ai" is matched only in lower case (upper-case "AI" is a sector).
_INTENTS: list[tuple[str, re.Pattern[str]]] = [
    # "bao nhiêu lần", "bao nhiêu cuộc gặp", "… là bao nhiêu": meetings counted; "ký bao nhiêu
    # văn kiện" asks a figure of a meeting's report, not how many meetings there were.
    (
        "count",
        kept_regex(
            r"\b(bao nhieu(?=\s+(?:lan|cuoc|buoi|chuyen|dot|phien)\b|\W*$)"
            r"|may lan|may cuoc|may buoi|so lan|so cuoc)\b"
        ),
    ),
    (
        "when",
        kept_regex(
            r"\b(khi nao|bao gio|luc nao|ngay nao|hom nao|thoi gian nao|thoi diem nao|nam nao|"
            r"thang nao|dip nao|ngay bao nhieu|vao ngay nao|vao luc nao|ngay may|hom nao)\b"
        ),
    ),
    (
        "where",
        kept_regex(
            r"\b(o dau|tai dau|noi nao|dia diem|cho nao|thanh pho nao|o nuoc nao|tai nuoc nao|"
            r"dia diem nao|o thanh pho nao|dau vay)\b"
        ),
    ),
    (
        "who",
        kept_regex(r"\b(lanh dao nao|nguoi nao|nhan vat nao|ai)\b"),
    ),
    (
        "what",
        kept_regex(
            r"\b(gi|noi dung|thoa thuan|ket qua|ban ve|ban gi|thao luan|nhat tri|cam ket|ky ket|"
            r"dat duoc|the nao|ra sao|nhu the nao|trao doi ve)\b"
        ),
    ),
]
# A figure and the word or two of its unit after it; a year or a day is no figure.
# "10 tỷ USD", "1,6 triệu liều", "70%", a span "5-7 triệu tấn": a number and its unit.
_FIGURE = kept_regex(
    r"(?<![\w,./-])(\d{1,3}(?:[.,]\d{1,3})?(?:\s*[-–]\s*\d{1,3}(?:[.,]\d{1,3})?)?)"
    r"\s*%?(?:\s*[^\W\d]+){1,2}(?![\w/])"
)
_ORDINAL_BEFORE = kept_regex(r"(?<!\w)(?:thu|lan|so|khoa|ky)\s*$")  # on folded text
_TIME_UNITS = frozenset({"thang", "nam", "ngay", "gio", "phut", "tuan", "quy"})
_MULTIPLIERS = frozenset({"trieu", "ty", "nghin", "ngan", "tram"})


def _figures(q: str) -> list[str]:
    """The figures a question types with their units, folded ("10 ty usd", "70 giao dich",
    "5-7 trieu tan" as articles write a span); an ordinal ("lần thứ 22") or a span of time
    ("6 tháng") is none."""
    return [phrase for phrase, _ in _figure_spans(q)]


# Compiled at import: re's own cache compiled them in the first question reaching here.
_SPAN_DASH = kept_regex(r"\s*[-–]\s*")
_LETTERS = kept_regex(r"[^\W\d]+")


def _figure_spans(q: str) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for m in _FIGURE.finditer(q):
        number = _SPAN_DASH.sub("-", m.group(1))
        typed = q[m.end(1) : m.end()].split()
        if typed and typed[0][:1].isupper() and not typed[0].isupper():
            continue  # "lô 09-1 Vietsovpetro": a name after a number is no unit
        units = fold_key(q[m.end(1) : m.end()]).split()
        end = m.end()
        if len(units) > 1 and units[0] not in _MULTIPLIERS:
            # "10 MW Đồng Nai": one unit; two after a multiplier only ("triệu tấn", "tỷ USD")
            units = units[:1]
            end = m.end(1) + _LETTERS.search(q[m.end(1) :]).end()  # type: ignore[union-attr]
        words = [number, *units]
        if (
            len(words) > 1
            and words[1] not in _TIME_UNITS
            and not _ORDINAL_BEFORE.search(fold(q[max(0, m.start() - 8) : m.start()]))
        ):
            out.append((" ".join(words), (m.start(), end)))
    return out


_LATEST = kept_regex(
    r"\b(moi nhat|gan nhat|gan day nhat|moi day nhat|lan cuoi|cuoi cung|sau cung|co gi moi|tin moi)\b"
)
# "lần đầu tiên", "cuộc gặp đầu tiên", "sớm nhất": the earliest the store has, first.
_FIRST = kept_regex(r"\b(dau tien|lan dau|som nhat)\b")
_FIRST_SINGLE = kept_regex(r"\b(lan dau|(?:cuoc|chuyen|buoi)(?: +[\w-]+){0,4} +dau tien)\b")
_SINGLE = kept_regex(
    r"\b(gan nhat|gan day nhat|lan cuoi|cuoi cung|sau cung|"
    r"(?:lan|cuoc(?: \w+){0,2}) (?:moi nhat|moi day nhat))\b"
)
# Words tying a name to the question ("cuộc gặp mới nhất của Rostec", "làm việc với Rostec"):
# an article's phrase starts after them.
_TIES = frozenset({"cua", "voi"})
_AT = frozenset({"ở", "tại"})
_PLURAL = kept_regex(r"\b(cac|nhung|may|danh sach)\b")

_WORD = kept_regex(r"\w+", re.UNICODE)
# "hợp tác ai": a lower-case "ai" after these words is the sector, not "who".
_AI_SECTOR = kept_regex(
    r"\b(?:hop tac|linh vuc|ve|nganh|cong nghe|ung dung|phat trien|va)\s+(ai)\b(?!\s+(?:da|la|gap|tiep|hoi))"
)


# A Telegram handle ("@BriefBot", "@ban_tin"): five to 32 letters, digits and underscores;
# and what people type to call a bot in a group ("@bot", "@Bot").
_HANDLE = kept_regex(r"(?<![\w@])@(?:[A-Za-z][A-Za-z0-9_]{4,31}|[Bb][Oo][Tt])\b")


def without_handles(text: str) -> str:
    """The question without the @handles a group chat puts in it (the bot's, a member's)."""
    return _HANDLE.sub(" ", text) if "@" in text else text


def _clean(question: str, other: bool = False) -> tuple[str, bool]:
    """NFC, control characters and HTML tags to spaces, bounded length, @handles and
    abbreviations expanded (``other``: a form's second reading) or dropped."""
    q = without_handles(nfc(question or ""))
    truncated = len(q) > MAX_QUESTION
    q = q[:MAX_QUESTION]
    q = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in q)
    q = _EDITION_YEAR.sub(" ", _TAG.sub(" ", q))
    return expand_shorthand(chat_spelled(q), other), truncated


# An event's edition year glued to its name ("Army-2021", "APEC-2017"): the name, and the year.
_EDITION_YEAR = kept_regex(r"(?<=[^\W\d_])-(?=(?:19|20)\d\d(?!\d))")


def expand_shorthand(text: str, other: bool = False) -> str:
    """Newsroom shorthand written out: "bt ha noi" → "bi thu thanh uy ha noi", "TBT" →
    "Tổng Bí thư". Short forms count only as typed in capitals or in a text all in lower
    case, so this reads a question before anything is written into it with capitals."""
    # Before the abbreviations: "BT Hà Nội" is the city's party secretary, not a minister.
    return expand_abbreviations(expand_local_leaders(text), other)


def _free(mask: list[bool], start: int, end: int) -> bool:
    return not any(mask[start:end])


def _claim(mask: list[bool], start: int, end: int) -> None:
    for i in range(start, min(end, len(mask))):
        mask[i] = True


def _masked(text: str, mask: list[bool]) -> str:
    """The text with claimed characters blanked (offsets kept)."""
    return "".join(" " if m else c for c, m in zip(text, mask, strict=False))


_NAME_BEFORE = re.compile(r"(\w+)((?:\s+\w+){1,2})\s+$")


_SURNAME_BEFORE = re.compile(r"(\w+)\s+$")
_WORD_AFTER = re.compile(r"\s+(\w+)")


def _ends_a_name(q: str, m: Mention, mask: list[bool]) -> bool:
    """ "Lê Đức Vinh", "Nguyễn Vinh Hiển": a one-word place inside a Vietnamese full name
    nobody claimed is the person's given or middle name, not the city."""
    if " " in m.surface.strip() or not is_vietnamese_word(fold_key(m.surface)):
        return False  # "Hà Nội Moskva": no Vietnamese name ends in a foreign word
    if m.surface[:1].isupper():
        before = _NAME_BEFORE.search(q[: m.start])
        if (
            before is not None
            and all(w[:1].isupper() for w in (before.group(1), *before.group(2).split()))
            and fold(before.group(1)) in VN_SURNAMES
            and _free(mask, before.start(1), before.end(2))
        ):
            return True
    # The middle of a name: a surname right before it, a given name right after, written
    # as a name ("Nguyễn Vinh Hiển"), or typed in lower case where a person is named
    # ("thu truong nguyen vinh hien": right after a title, "gặp", "và"…).
    head = _SURNAME_BEFORE.search(q[: m.start])
    tail = _WORD_AFTER.match(q, m.end)
    if head is None or tail is None or not _free(mask, head.start(1), tail.end(1)):
        return False
    surname, given = fold(head.group(1)).lower(), fold(tail.group(1)).lower()
    if surname not in VN_SURNAMES or not is_vietnamese_word(given):
        return False
    if m.surface[:1].isupper():
        return head.group(1)[:1].isupper() and tail.group(1)[:1].isupper()
    if any(c.isupper() for c in q) or surname in STOP_WORDS or given in JOIN_WORDS:
        return False
    before = q[: head.start(1)].rstrip()
    titled = bool(before) and not _free(mask, len(before) - 1, len(before))
    return titled or _PERSON_SLOT.search(fold(q[max(0, head.start(1) - 20) : head.start(1)]))


# The words naming a body after its head's title, up to the body's country: "Chủ tịch Ủy
# ban" + "Bầu cử Trung ương" + " Nga".
_BODY_NAME = kept_regex(r"((?:\s+[^\W\d]+){1,6}?)\s+(?:lien bang nga|lb nga|nga|viet nam)\b")


def _after_family_name(tokens: list[Token], i: int) -> bool:
    """The token is the second or third word after a Vietnamese family name, each word right
    after the one before ("Pham Minh Chin")."""
    for back in (1, 2):
        j = i - back
        if j < 0 or any(tokens[k + 1].start - tokens[k].end > 1 for k in range(j, i)):
            return False
        if tokens[j].folded in VN_SURNAMES:
            return True
    return False


def _body_named(lex: Lexicon, q: str, m: Mention, mask: list[bool]) -> Mention:
    """A generic head of a body ("Chủ tịch Ủy ban", "Giám đốc Cơ quan") followed by the
    body's own name and its country ("… Ủy ban Bầu cử Trung ương Nga"): the title is the
    whole name, so its words are not read as a person ("Trung") or leftovers; the country
    stays for the side. The name must start with a capital (or the question has none) and
    hold no word of the question's frame ("tiếp", "năm"), place or claimed span."""
    office = lex.offices[m.key]
    if not office.generic or office.country is not None:
        return m
    if len(m.surface.split()) <= len(office.title.split()):
        return m  # the bare title names no body ("Chủ tịch", "Đại sứ")
    found = _BODY_NAME.match(fold(q[m.end : m.end + 80]))
    if found is None:
        return m
    end = m.end + found.end(1)
    words = found.group(1).split()
    first = q[m.end : end].split()[0]
    if (
        not _free(mask, m.end, end)
        or any(w in _STOP for w in words)
        or not (first[:1].isupper() or not any(c.isupper() for c in q))
        or lex.find_places(q[m.end : end])
    ):
        return m
    _claim(mask, m.end, end)
    return Mention(m.key, m.start, end, q[m.start : end])


# A minister's title over the ministry it names ("Bộ trưởng Bộ Công an", "Bộ trưởng Ngoại giao
# Nga"), the country left out: the ministries the data knows.
_MINISTER_OF = kept_regex(
    r"^(?:bo|thu) truong (?:thu nhat )?(?:bo )?(.+?)(?: lien bang| lb)?"
    r"(?: (?:nuoc .*|lien bang nga|lb nga|nga|viet nam))?$"
)


@lru_cache(maxsize=1)
def _ministries() -> tuple[str, ...]:
    """Folded ministry names, longest first: the offices' own and those English and Russian
    questions name (questions_i18n.json "ministries")."""
    lex = get_lexicon()
    names = {
        m.group(1)
        for o in lex.offices.values()
        if o.country in ("VN", "RU")
        for t in (o.title, *o.patterns)
        if (m := _MINISTER_OF.match(fold_key(t)))
    }
    data = json.loads(files("store").joinpath("data/questions_i18n.json").read_text("utf-8"))
    names |= {fold_key(x) for m in data["ministries"] for x in (m["vi"], m.get("vi_ru")) if x}
    return tuple(sorted(names, key=len, reverse=True))


def prepare() -> None:
    """Build what reading a question builds on first need (the ministries a minister's
    title may name: 8 ms) at start-up rather than in the first question asking one."""
    _ministries()
    _office_heads(get_lexicon())
    _national_offices(get_lexicon())


def _ministry_named(lex: Lexicon, q: str, m: Mention, mask: list[bool]) -> Mention:
    """A generic minister's or deputy minister's title followed by its ministry, typed with or
    without "Bộ" ("thứ trưởng công an", "Bộ trưởng Bộ Y tế"): one title, not a role and a
    loose phrase ("công an" anywhere in an article about some other deputy minister)."""
    if m.key not in ("generic_minister", "generic_deputy_minister"):
        return m
    after = fold_key(q[m.end : m.end + 60])
    head = 3 if after.startswith("bo ") else 0
    for name in _ministries():
        tail = after[head + len(name) : head + len(name) + 1]
        if after[head:].startswith(name) and tail in ("", " "):
            end = m.end + len(q[m.end :]) - len(q[m.end :].lstrip()) + head + len(name)
            if not _free(mask, m.end, end):
                return m
            _claim(mask, m.end, end)
            return Mention(m.key, m.start, end, q[m.start : end])
    return m


# A minister's or deputy minister's title and its ministry, with or without "Bộ".
_MINISTER_WORDS = re.compile(r"^((?:bo|thu) truong) (bo )?(?!bo\b)(\w.*)$")


def ministry_form(term: str) -> str:
    """A folded minister's title written the other way articles write it: "thu truong quoc
    phong" ↔ "thu truong bo quoc phong" (any other term as it is)."""
    return _MINISTER_WORDS.sub(lambda m: f"{m[1]} {'' if m[2] else 'bo '}{m[3]}", term)


def ministry_apart(terms: list[str]) -> list[str]:
    """The terms with a minister's title as its rank and its ministry apart ("bo truong",
    "bo y te"): for an article that names the minister by name only and the ministry elsewhere
    ("Bộ trưởng Nguyễn Thị Kim Tiến … Bộ Y tế"). The ministry keeps its "Bộ": "y tế" alone is
    a field any meeting may touch."""
    out: list[str] = []
    for t in terms:
        m = _MINISTER_WORDS.match(t)
        out += [m[1], f"bo {m[3]}"] if m else [t]
    return out


def _take(mentions: list[Mention], mask: list[bool]) -> list[Mention]:
    out = []
    for m in mentions:
        if _free(mask, m.start, m.end):
            _claim(mask, m.start, m.end)
            out.append(m)
    return out


_COUNTRY_TAIL = kept_regex(r"\s+(?:Liên bang Nga|LB Nga|Nga|Việt Nam)$")


def _title_forms(lex: Lexicon, office_id: str, *more: str) -> list[str]:
    """Titles an article may give a holder of the office: its own, its patterns, the title
    without the country ("Tổng thống Nga" → "Tổng thống") and the generic title it starts
    with ("Thống đốc St. Petersburg" → "Thống đốc")."""
    office = lex.offices[office_id]
    forms = [office.title, *more, *office.patterns]
    forms += [_COUNTRY_TAIL.sub("", f) for f in forms]
    # "Đại sứ đặc mệnh toàn quyền …": articles write the rank in either case.
    forms += [f.replace("Đặc mệnh", "đặc mệnh") for f in forms if "Đặc mệnh" in f]
    # "Thống đốc Poltavchenko" in a report that names the city elsewhere.
    forms += lex.rank_heads(office_id)
    return list(dict.fromkeys(f for f in forms if f))


def _term_span(
    lex: Lexicon, office_id: str, name: str, t: Tenure
) -> tuple[date | None, date | None]:
    """The days a tenure covers. A term known only by the first and last days it was
    attested ("attested": a company head quoted from 2021 on), of a person the data knows
    in no other post, reaches back to the office's previous holder and on to the next: the
    data does not say he was not its head before."""
    person = lex.people.get(name)
    if t.flag != "attested" or person is None or len(person.tenures) != 1:
        return t.start, t.end  # a co-chair's days within a deputy premiership stay as given
    start: date | None = None
    end: date | None = None
    for other, o in lex.iter_tenures(office_id):
        if other != name and o.end is not None and o.end <= t.start:
            start = o.end if start is None else max(start, o.end)
        if other != name and o.start >= (t.end or t.start):
            end = o.start if end is None else min(end, o.start)
    return start, end


def _office_group(
    lex: Lexicon, office_ids: list[str], label: str, dfrom: date | None, dto: date | None
) -> LeaderGroup:
    """Everyone who held one of the offices during the period asked (any time when none),
    and whoever an article gives the title."""
    alts: list[Alternative] = []
    for oid in office_ids:
        for name, t in lex.iter_tenures(oid):
            start, end = _term_span(lex, oid, name, t)
            if dfrom and end is not None and end < dfrom:
                continue
            if dto and start is not None and start > dto:
                continue
            alts.append(
                Alternative(
                    name=name,
                    start=start,
                    end=end,
                    titles=_title_forms(lex, oid, t.title),
                )
            )
    offices = [lex.offices[oid] for oid in office_ids]
    titles = list(dict.fromkeys(t for o in offices for t in (o.title, *o.patterns)))
    country = offices[0].country if len({o.country for o in offices}) == 1 else None
    return LeaderGroup(
        label=label, office=office_ids[0], alternatives=alts, titles=titles, country=country
    )


@cache
def _envoy_of() -> re.Pattern[str]:
    """Ends a text before a leader (and his title) whom the one who met acted for (the words
    of questions.json "envoys"), or whose letter he carried ("trao thư của Thủ tướng cho …":
    the Prime Minister sent it, he did not meet)."""
    acting = "|".join(re.escape(w) for w in sorted(envoy_words(asked=True), key=len, reverse=True))
    return kept_regex(
        rf"(?:^|\s)(?:(?:{acting})(?: cua| cho)?|"
        r"(?:trao|chuyen|gui) (?:buc )?(?:thu|thu tay|thong diep)|"
        r"(?:buc )?(?:thu|thu tay|thong diep|thu moi|loi moi) cua)[\s,]+$"
    )


_TWO_WORDS = re.compile(r"\s+(\w+)\s+(\w+)")
_NEXT_WORD = re.compile(r"[\s,]+(\w+)")


def _person_after(q: str, end: int) -> str | None:
    """The side of the person whose name starts right after ``end``: "VN" for a Vietnamese
    full name, "" for a capitalised foreign given name ("Igor Kobzev"); None for no name."""
    if _name_after(q[end : end + 30]):
        return "VN"
    words = fold(q[end : end + 40]).split()[:3]
    if (
        not any(c.isupper() for c in q)
        and len(words) == 3
        and words[0] in VN_SURNAMES
        and all(is_vietnamese_word(w) for w in words[1:])
        and (words[1] in ("van", "thi") or words[1] not in STOP_WORDS)  # Văn, Thị: middle names
        and words[2] not in STOP_WORDS
    ):
        return "VN"  # typed all in lower case: "ct tp hcm tran van loc"
    m = _NEXT_WORD.match(q, end)
    return "" if m is not None and m.group(1)[:1].isupper() and is_given_name(m.group(1)) else None


def _foreign_word_after(q: str, end: int) -> bool:
    """A capitalised word no Vietnamese syllable right after ``end`` ("MGU Sadovnichy"): a
    foreign name, however the lexicon spells it."""
    m = _NEXT_WORD.match(q, end)
    return (
        m is not None
        and m.group(1)[:1].isupper()
        and not is_vietnamese_word(fold(m.group(1)).lower())
    )


def _name_after(text: str) -> bool:
    """Whether ``text`` starts with a capitalised Vietnamese name ("Lê Tấn Tới")."""
    m = _TWO_WORDS.match(text)
    return (
        m is not None
        and m.group(1)[:1].isupper()
        and m.group(2)[:1].isupper()
        and fold(m.group(1)).lower() in VN_SURNAMES
    )


def _marked_otherwise(lex: Lexicon, m: Mention) -> bool:
    """A place typed with a mark on a syllable its every name writes bare: "Nhà Trắng" (the
    White House) is no "Nha Trang"; unmarked, it is read as the city."""
    place = lex.places[m.key]
    typed = m.surface.lower().split()
    if fold(m.surface) == m.surface:
        return False
    alike = False  # some name of the place folds as the words typed
    for form in (place.name, *place.aliases, *place.venues):
        bare = form.lower().split()
        if fold(form).lower().split() != [fold(t) for t in typed]:
            continue
        alike = True
        if not any(t != fold(t) and b == fold(b) for t, b in zip(typed, bare, strict=True)):
            return False  # a name written as typed, or with other marks (a typo)
    return alike


def _capitalised_after(text: str) -> bool:
    """Whether ``text`` starts with two capitalised words, as a name ("Igor Ivanov") does."""
    m = _TWO_WORDS.match(text)
    return m is not None and m.group(1)[:1].isupper() and m.group(2)[:1].isupper()


_COUNTRY_END = kept_regex(r"\s+(?:nga|viet nam)$")


# "chuyển thư", "trao thông điệp", "mang lời mời", "nhận thư": a letter or message handed over.
_LETTER = kept_regex(
    r"\b(?:chuyen|trao|mang|gui|chuyen giao|chuyen toi|nhan|tiep nhan)\s+(?:buc\s+)?"
    r"(?:thu|thu tay|thong diep|loi moi|loi chuc|loi nhan|loi tham hoi|dien mung)\b"
)
_TO_ADDRESSEE = kept_regex(r"(?:^|\s)(?:gui|toi|cho|den|gui toi|gui den)\s+$")


def _title_at(q: str, start: int, offices: list[Mention]) -> Mention | None:
    """The office written right before the name at ``start`` ("Tổng Bí thư X")."""
    return next((o for o in offices if _adjacent(q, o.end, start, _NAME_GAP)), None)


def _head_of(
    q: str, label: str, spans: dict[str, int], offices: list[Mention]
) -> tuple[int, int] | None:
    """Where the question names a group, its title first ("Tổng Bí thư X"), and where its
    name starts; None when it does not name it."""
    start = spans.get(label)
    if start is None:
        return None
    title = _title_at(q, start, offices)
    return (title.start if title is not None else start), start


def _letter_groups(
    q: str, groups: list[LeaderGroup], spans: dict[str, int], offices: list[Mention]
) -> list[str]:
    """The groups a letter or message only names: its sender ("thư của Y", marked principal)
    and its addressee ("gửi Z", "tới Thủ tướng Z"), when the question says one was handed
    over by someone it names."""
    folded = fold(q)
    cue = _LETTER.search(folded)
    if cue is None:
        return []
    out: list[str] = []
    for g in groups:
        start = spans.get(g.label)
        if start is None or start < cue.start():
            continue
        title = _title_at(q, start, offices)
        if title is not None:
            start = title.start
        if g.principal or _TO_ADDRESSEE.search(folded[max(0, start - 12) : start]):
            out.append(g.label)
    return out  # the bearer may be a name the store alone knows (see store.services.answer)


def _honoured_groups(
    q: str,
    groups: list[LeaderGroup],
    spans: dict[str, int],
    ends: dict[str, int],
    offices: list[Mention],
) -> list[tuple[str, str]]:
    """The groups a funeral or a tribute is for ("dự Quốc tang Tổng Bí thư Nguyễn Phú
    Trọng", "viếng Lăng Chủ tịch Hồ Chí Minh"), each with the word saying so: named, not met
    — the one who came met whoever received him there."""
    named_after: list[tuple[str, str]] = []  # "quốc tang Tổng Bí thư X"
    named_before: list[tuple[str, str]] = []  # "X lễ tang" (a possessive rewritten)
    for g in groups:
        if (at := _head_of(q, g.label, spans, offices)) is None:
            continue
        head, start = at
        end = ends.get(g.label, start)
        if word := honour_ending(fold(q[max(0, head - 30) : head])):
            named_after.append((g.label, word))
        elif word := honour_starting(fold(q[end : end + 24])):
            named_before.append((g.label, word))
    # "Volodin lễ tang Nguyễn Phú Trọng": the one named after the funeral is its subject,
    # not the one before it.
    return named_after or named_before


# "trong chuyến thăm (chính thức Việt Nam) của", "bên lề chuyến thăm … của": the visit of the
# one named next; "chuẩn bị (cho) chuyến thăm của": the visit they met to prepare; "trong
# dịp", "khi" before a name followed by "thăm": the same.
_VISIT_OF = kept_regex(
    r"(?:^|\s)(?:trong|nhan|vao|dip|ben le|chuan bi(?:\s+cho)?)(?:\s+dip)?\s+(?:chuyen\s+)?"
    r"(?:tham|cong du)\b[^,.;?]{0,40}?\s+cua\s*$"
)
_GOING_TO = kept_regex(r"^\s*(?:toi|den|sang|tai|o)\s")
_CLAUSE_END = kept_regex(r"[,.;?!]|\s(?:năm|tháng|ngày|nam|thang|ngay)\s")
_WHILE = kept_regex(r"(?:^|\s)(?:trong|nhan|khi)(?:\s+dip)?\s*$")
_VISITS_AFTER = kept_regex(r"^\s*(?:sang\s+|toi\s+|den\s+)?(?:tham|cong du)\b")


def _occasion_groups(
    q: str,
    groups: list[LeaderGroup],
    spans: dict[str, int],
    ends: dict[str, int],
    offices: list[Mention],
) -> tuple[list[str], list[tuple[int, int]]]:
    """The groups whose visit is the occasion asked ("X gặp Y trong chuyến thăm của Putin",
    "… khi Putin thăm Hà Nội"), when someone else is asked too; with the spans of the
    question that say so (their "thăm" is the occasion's, no kind asked)."""
    found: list[str] = []
    cue: list[tuple[int, int]] = []
    for g in groups:
        if (at := _head_of(q, g.label, spans, offices)) is None:
            continue
        head, start = at
        end = ends.get(g.label, start)
        lo = max(0, head - 60)
        before = _VISIT_OF.search(fold(q[lo:head]))
        after = _VISITS_AFTER.match(fold(q[end : end + 20]))
        if before is not None:
            cue.append((lo + before.start(), head))
            if _GOING_TO.match(fold(q[end : end + 12])):
                # "… của Putin tới Hà Nội": where the visit went, to the clause's end.
                clause = _CLAUSE_END.search(q, end + 1)
                cue.append((end, clause.start() if clause else len(q)))
        elif after is not None and _WHILE.search(fold(q[max(0, head - 16) : head])):
            # "… thăm Việt Nam", up to the clause's end: where the visit went.
            clause = _CLAUSE_END.search(q, end + after.end())
            cue.append((end, clause.start() if clause else len(q)))
        else:
            continue
        found.append(g.label)
    if len(found) >= len(groups):
        return [], []  # the visitor is all that is asked: his own meetings on the visit
    return found, cue


_WHEN = kept_regex(r"(?<!\w)khi\s*$")


def _when_before(q: str, label: str, spans: dict[str, int], offices: list[Mention]) -> bool:
    """ "khi" right before the group's name (or its title): "… khi Tổng Bí thư X từ trần"."""
    if (at := _head_of(q, label, spans, offices)) is None:
        return False
    head = at[0]
    return _WHEN.search(fold(q[max(0, head - 12) : head])) is not None


_SENDS_ENVOY = kept_regex(r"\s*(?:da\s+)?(?:cu|gui|phai)\s+(?:mot\s+)?(?:dac phai vien|dac su)\b")


def _mark_principals(
    q: str, groups: list[LeaderGroup], spans: dict[str, int], offices: list[Mention]
) -> None:
    """Mark the groups named right after "đặc phái viên của" / "thay mặt" (a title between
    them kept: "Đặc phái viên của Tổng Bí thư Nguyễn Phú Trọng")."""
    for g in groups:
        start = spans.get(g.label)
        if start is None:
            continue
        title = _title_at(q, start, offices)
        # "đặc phái viên Tổng Bí thư": the envoy's own title is the cue, not his principal's.
        heads = [start] if title is None else [title.start, start]
        if title is not None and fold(title.surface).startswith("quyen "):
            # "thừa ủy quyền Bộ trưởng X": the cue's last word, not an acting minister.
            heads.append(title.start + len("quyền "))
        if any(_envoy_of().search(fold(q[max(0, h - 30) : h])) for h in heads):
            g.principal = True


_FOLDED_COUNTRY_TAIL = kept_regex(r"\s+(?:lien bang nga|lb nga|nuoc nga|nga|viet nam)$")


def typed_title(surface: str) -> str:
    """A title as typed, folded and without the country it names ("Bộ trưởng Giáo dục Nga"
    → "bo truong giao duc")."""
    return _FOLDED_COUNTRY_TAIL.sub("", fold_key(surface)).strip()


def _offices_for(lex: Lexicon, office_id: str) -> list[str]:
    """A bare generic title ("Tổng thống", "Đại sứ") means the Vietnamese or Russian office of that name."""
    office = lex.offices[office_id]
    if not office.generic or office.country is not None and office.country in ("VN", "RU"):
        return [office_id]
    # Kept per lexicon: folding every office's title and patterns was ~7 ms per call
    # naming a generic title ("Thứ trưởng", "Bộ trưởng").
    if not _GENERIC_OF or _GENERIC_OF[0][0] is not lex:
        _GENERIC_OF[:] = [(lex, {})]
    kept = _GENERIC_OF[0][1]
    if office_id not in kept:
        head = fold_key(office.title)
        # … or the office written with the title and its country ("Ngoại trưởng Việt Nam" is
        # the Minister of Foreign Affairs, whose title starts otherwise).
        forms = {f"{head} {name}" for name in folded_names(("VN", "RU"))}
        kept[office_id] = tuple(
            oid
            for oid, title, patterns in _national_offices(lex)
            if title.startswith(head) or any(p in forms for p in patterns)
        )
    return list(kept[office_id])


_GENERIC_OF: list[tuple[Lexicon, dict[str, tuple[str, ...]]]] = []  # the lexicon's, once
_NATIONAL: list[tuple[Lexicon, tuple[tuple[str, str, tuple[str, ...]], ...]]] = []


def _national_offices(lex: Lexicon) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """The Vietnamese and Russian offices that are not generic: (id, folded title, folded
    patterns), in the lexicon's order; folded once per lexicon."""
    if not _NATIONAL or _NATIONAL[0][0] is not lex:
        rows = tuple(
            (o.id, fold_key(o.title), tuple(fold_key(p) for p in o.patterns))
            for o in lex.offices.values()
            if o.country in ("VN", "RU") and not o.generic
        )
        _NATIONAL[:] = [(lex, rows)]
    return _NATIONAL[0][1]


_FINER_RANKS = ("thu nhat", "thuong truc")  # "thứ nhất", "thường trực"
# The fields a ministry's title joins: "Giáo dục và Khoa học", "Văn hóa, Thể thao và Du lịch".
_FIELD_JOIN = kept_regex(r"\s*,\s*|\s+va\s+")


def _finer_offices(lex: Lexicon, ids: list[str]) -> list[str]:
    """The offices and their finer ranks of the same country: "Phó Thủ tướng Nga" is also
    asked of the "Phó Thủ tướng thứ nhất Nga" (a First or Standing Deputy is a Deputy). A
    ministry asked by one of its fields is also asked of the ministries that joined it with
    others: "Bộ trưởng Giáo dục Nga" was the "Bộ trưởng Giáo dục và Khoa học Nga" until 2018."""
    out = list(ids)
    for oid in ids:
        out += [o for o in _finer_of(lex, oid) if o not in out]
    return out


_FINER: list[tuple[Lexicon, dict[str, tuple[str, ...]]]] = []  # the lexicon's, once


def _finer_of(lex: Lexicon, oid: str) -> tuple[str, ...]:
    """The offices _finer_offices adds for one office, in the lexicon's order; kept per
    lexicon (comparing every office's title: ~0.1 ms per office asked, each question)."""
    if not _FINER or _FINER[0][0] is not lex:
        _FINER[:] = [(lex, {})]
    kept = _FINER[0][1]
    if oid not in kept:
        office = lex.offices[oid]
        titles = _office_heads(lex)
        head = titles[oid][0]
        found = []
        if head and office.country is not None:
            for o in lex.offices.values():
                if o.id == oid or o.country != office.country or o.generic:
                    continue
                key, folded = titles[o.id]
                rest = key.removeprefix(head + " ")
                if rest in _FINER_RANKS or _joins_field(head, folded):
                    found.append(o.id)
        kept[oid] = tuple(found)
    return kept[oid]


_HEADS: list[tuple[Lexicon, dict[str, tuple[str, str]]]] = []  # the lexicon's, once


def _office_heads(lex: Lexicon) -> dict[str, tuple[str, str]]:
    """Per office, its title without the country, folded as a key and folded with commas
    kept (see _finer_offices, which compared every office's for each office asked)."""
    if not _HEADS or _HEADS[0][0] is not lex:
        heads = {}
        for o in lex.offices.values():
            other = _COUNTRY_TAIL.sub("", o.title)
            heads[o.id] = (fold_key(other), fold(other).lower())
        _HEADS[:] = [(lex, heads)]
    return _HEADS[0][1]


def _joins_field(head: str, other: str) -> bool:
    """Whether the title ``other`` (folded, commas kept) has the rank of ``head`` and joins
    the field ``head`` names with others ("bo truong giao duc" → "bo truong giao duc va khoa
    hoc", "bo truong khoa hoc va giao duc dai hoc" is not)."""
    words = head.split()
    for cut in range(len(words) - 1, 0, -1):
        rank, field = " ".join(words[:cut]), " ".join(words[cut:])
        if other.startswith(rank + " "):
            parts = _FIELD_JOIN.split(other.removeprefix(rank + " "))
            return len(parts) > 1 and field in parts
    return False


def _intent(folded: str, mask: list[bool]) -> tuple[Intent, bool, bool]:
    newest = bool(_LATEST.search(folded))
    single = bool(_SINGLE.search(folded)) and not _PLURAL.search(folded)
    for name, rx in _INTENTS:
        for m in rx.finditer(folded):
            if len(mask) == len(folded) and not _free(mask, m.start(1), m.end(1)):
                continue  # part of a name, a sector ("AI"), a place…
            return name, newest, single
    return ("latest" if newest else "list"), newest, single


# ---------------------------------------------------------------------- reading


_TAG = kept_regex(r"</?[A-Za-z][^<>]{0,60}>|&[a-zA-Z]{2,8};|&#[0-9]{1,6};")
# Between a title and the place it is the title of: "Chủ tịch UBND TP Hồ Chí Minh".
# Between a post abroad and its seat: the sending side, then "tại"/"ở" ("Tổng Lãnh sự Nga
# tại TP Đà Nẵng").
_POST_SEAT_GAP = kept_regex(
    r"[\s,]*(?:(?:nga|lien bang nga|lb nga|viet nam)\s+)?(?:tai|o)\s+(?:(?:tinh|thanh pho|tp)[\s.]+)?$"
)
_TITLE_PLACE_GAP = kept_regex(r"[\s,.\-–]*(?:(?:tinh|thanh pho|tp|vung|khu|bang|quan)[\s.]+)?$")
_PLACE_WORD = kept_regex(r"(?:\s+(?:tinh|thanh pho|tp|vung|khu|bang|quan))+$")
_PLACE_WORD_LEAD = kept_regex(r"^(?:(?:tinh|thanh pho|tp|vung|khu|bang|quan)\s+)+")
_AT_PLACE = kept_regex(r"(?:^|\s)(?:o|tai|dien ra o|dien ra tai)\s+$")
_NAME_GAP = kept_regex(r"[\s,:\-–]*$")
_PERSON_SLOT = kept_regex(
    r"(?:^|\s)(?:gap|gap go|tiep|hoi dam|hoi kien|dien dam|voi|va|cung|ong|ba|ngai)\s+$"
)
MAX_UNKNOWN = 3  # unknown names reported at most
# Words that start an institution's name, never a personal name's second word.
_INSTITUTION_HEADS = frozenset({"ban", "bo", "uy", "so", "cuc", "vien", "dang", "tinh"})


def _invited(q: str, kind: Mention, named: list[Mention]) -> bool:
    """A visit asked as what someone was invited to ("Putin mời Chủ tịch nước Phúc thăm
    Nga"): "mời", or "moi" typed without marks with a person or a title before the visit
    ("moi putin tham": "mới thăm" is "has just visited")."""
    lo = max(0, kind.start - 60)
    before = fold(q[lo : kind.start])
    at = inviting_at(before)
    if at is None or len(before) != kind.start - lo:
        return False
    typed = q[lo + at : lo + at + 3].lower()
    return typed == "mời" or (
        typed == "moi" and any(lo + at + 3 <= m.start < kind.start for m in named)
    )


def _visit_to(q: str, visits: list[Mention], place: Mention | Country) -> bool:
    """The place is where one of these visits goes ("thăm (lại) Việt Nam")."""
    return any(
        0 <= place.start - v.end <= 12 and not re.search(r"[,;?]", q[v.end : place.start])
        for v in visits
    )


# Titles listed with only a comma between ("Thủ tướng, Chủ tịch Đảng …"), as articles
# write one person's offices before his name.
_TITLE_LIST_GAP = kept_regex(r"\s*,\s*")


def _overlap(
    a: tuple[date | None, date | None], b: tuple[date | None, date | None]
) -> tuple[date | None, date | None] | None:
    """The days two terms share (None: unbounded on that side), None when none."""
    starts = [d for d in (a[0], b[0]) if d is not None]
    ends = [d for d in (a[1], b[1]) if d is not None]
    start, end = (max(starts) if starts else None), (min(ends) if ends else None)
    return None if start is not None and end is not None and start > end else (start, end)


def _one_holder(
    lex: Lexicon,
    q: str,
    offices: list[Mention],
    made: dict[int, LeaderGroup],
    groups: list[LeaderGroup],
    spans: dict[str, int],
) -> None:
    """ "Tổng Bí thư hội kiến Thủ tướng, Chủ tịch Đảng Nước Nga Thống nhất" (a headline, the
    name left out): one person holding both offices at once, when the people data has
    someone who did; the later title's group keeps only them, within the days they held
    both, and the earlier one is dropped. Offices no one held together stay two people
    ("Thủ tướng, Chủ tịch Quốc hội")."""
    for a, b in pairwise(offices):
        ga, gb = made.get(a.start), made.get(b.start)
        if ga is None or gb is None or ga is gb or ga not in groups:
            continue
        if not _TITLE_LIST_GAP.fullmatch(q[a.end : b.start]):
            continue
        # The bare title typed may be either side's ("Thủ tướng"): whoever held it.
        typed = fold_key(a.surface)
        terms: dict[str, list[tuple[date | None, date | None]]] = {}
        for x in ga.alternatives:
            terms.setdefault(x.name, []).append((x.start, x.end))
        for oid, o in lex.offices.items():
            if typed in {_COUNTRY_END.sub("", fold_key(t)) for t in (o.title, *o.patterns)}:
                for name, t in lex.iter_tenures(oid):
                    terms.setdefault(name, []).append(_term_span(lex, oid, name, t))
        both = [
            replace(x, start=span[0], end=span[1])
            for x in gb.alternatives
            for held in dict.fromkeys(terms.get(x.name, []))
            if (span := _overlap((x.start, x.end), held)) is not None
        ]
        if not both:
            continue
        gb.alternatives = both
        gb.label = f"{ga.label}, {gb.label}"  # as typed: one person, both titles
        spans[gb.label] = spans.get(ga.label, a.start)
        groups.remove(ga)
        made[a.start] = gb


def _adjacent(q: str, a_end: int, b_start: int, gap: re.Pattern[str]) -> bool:
    return 0 <= b_start - a_end <= 24 and gap.fullmatch(fold(q[a_end:b_start])) is not None


def _period_alternatives(
    lex: Lexicon, name: str, office_ids: list[str], office_title: str
) -> list[Alternative]:
    """The person's terms in the office a title before the name gives ("Chủ tịch nước Tô Lâm")."""
    person = lex.people.get(name)
    if person is None:
        return []
    head = _title_key(office_title)
    held = [
        t for t in person.tenures if t.office in office_ids or _title_key(t.title).startswith(head)
    ]
    if len(held) == len(person.tenures) and all(t.flag == "attested" for t in held):
        # The title tells none of the person's roles apart ("Đại sứ Nga Kovtun" held only
        # that post) and the data knows the term only by its first and last attested days
        # ("attested"): the name alone is meant, and those days must not drop his meetings.
        return []
    return [
        Alternative(
            name=name,
            start=t.start,
            end=t.end,
            titles=_title_forms(lex, t.office, office_title, t.title),
            titled_anytime=True,
        )
        for t in held
    ]


VISITED_GAP = 4  # characters between a visit's word and the venue it went to, at most
_CLAUSE_BREAK = kept_regex(r"[,.;:!?]")


def _is_venue(lex: Lexicon, m: Mention) -> bool:
    """Whether a place mention names one of the city's venues, not the city."""
    place = lex.places.get(m.key)
    return place is not None and fold_key(m.surface) in {fold_key(v) for v in place.venues}


def _foreign_to(office: Office, place: Place) -> bool:
    """A place of another country than a national office's ("Bộ trưởng Quốc phòng Nga Cam
    Ranh"): no part of its title, whatever else it is in the question."""
    return (
        not office.generic
        and office.country is not None
        and place.country is not None
        and office.country != place.country
    )


def _place_inside(lex: Lexicon, label: str) -> Mention | None:
    """The place a title names after its first words ("Chủ tịch UBND TP Hà Nội")."""
    return next((m for m in lex.find_places(label) if m.start > 0), None)


# Between a title and its country: "thống đốc Nga", "thống đốc vùng nào của Nga", "bộ
# trưởng phía Nga".
_TO_SIDE = kept_regex(
    r"\s*(?:(?:tinh|vung|thanh pho|bang|nuoc|dia phuong|bo|co quan)\s+)?(?:nao\s+)?"
    r"(?:(?:cua|phia|ben)\s+)?"
)


def _side_after(q: str, end: int, countries: list[Country]) -> Country | None:
    """Vietnam or Russia named right after a title as the side that holds it."""
    for c in countries:
        near = c.code in ("VN", "RU") and 0 <= c.start - end <= 24 and not c.locative
        if near and _TO_SIDE.fullmatch(fold(q[end : c.start])):
            return c
    return None


def _soft_role(lex: Lexicon, office_id: str, ids: list[str]) -> bool:
    """A title that names no one in particular: a role to rank by, not a person to require.

    "Bộ trưởng", "Đại sứ", "Đặc phái viên" fit many people; "Tổng thống" alone means the
    one Russian office of that name. A title nobody in the lexicon ever held is a role too.
    """
    office = lex.offices[office_id]
    if office.generic and office.country is None:
        return not (len(ids) == 1 and lex.offices[ids[0]].rank <= 5)
    return not any(True for oid in ids for _ in lex.iter_tenures(oid))


def _unheld(lex: Lexicon, office_id: str) -> bool:
    """A specific Vietnamese or Russian office nobody in the people data held."""
    office = lex.offices[office_id]
    return (
        office.country in ("VN", "RU")
        and not office.generic
        and not any(True for _ in lex.iter_tenures(office_id))
    )


# "nguyên Bộ trưởng", "cựu Tổng thống": an office its holder has left (a name after it is
# who he was, not when the meeting was). "Nguyễn" written with its mark is a surname.
_FORMER = kept_regex(r"(?:^|\s)(nguyên|nguyen|cựu|cuu)[\s,]+$", re.IGNORECASE)
_FORMER_GAP = kept_regex(r"[\s,:\-–]*(?:nguyên|nguyen|cựu|cuu)[\s,]+$", re.IGNORECASE)


def _former_titles(q: str, offices: list[Mention], mask: list[bool]) -> set[int]:
    """Where the offices the question calls former start; their "nguyên" or "cựu" is
    claimed (no word an article must hold)."""
    out: set[int] = set()
    for m in offices:
        w = _FORMER.search(q[max(0, m.start - 10) : m.start])
        if w is not None:
            out.add(m.start)
            _claim(mask, m.start - (len(w.group(0)) - w.start(1)), m.start)
    return out


def _title_key(title: str) -> str:
    # "Bộ trưởng Bộ Quốc phòng" and "Bộ trưởng Quốc phòng Nga" name the same office.
    return fold_key(title).replace("truong bo ", "truong ")


def _other_countrys_office(lex: Lexicon, name: str, place: Mention | None) -> bool:
    """Whether a title qualified by ``place`` is of a country other than the person's
    ("Mishustin Chủ tịch UBND TP Đà Nẵng": the city's chairman, another person)."""
    person = lex.people.get(name)
    return (
        place is not None
        and person is not None
        and lex.places[place.key].country not in (None, person.country)
    )


# A title's words typed without marks may be a commoner word (questions.json "unmarked"):
# "thi truong" is a market ("thị trường") far more often than a mayor ("thị trưởng").
_WORD_NEXT = kept_regex(r"\s+(\w+)")  # compiled at import (see _LETTERS)


def _common_twin(lex: Lexicon, q: str, m: Mention) -> bool:
    """An unmarked title that is a commoner word here: no name or place follows it."""
    if m.surface != fold(m.surface) or fold_key(m.surface) not in unmarked_twins("office_twins"):
        return False
    rest = q[m.end :]
    word = _WORD_NEXT.match(rest)
    if word is None:
        return True
    placed = any(p.start <= word.start(1) for p in lex.find_places(rest[: word.end(1) + 30]))
    return not (word.group(1)[:1].isupper() or placed)


_SECTOR_BEFORE = kept_regex(
    r"(?:^|\s)(?:hop tac|khai thac|che bien|nganh|linh vuc|ve|mo|xuat khau|nhap khau|"
    r"cung cap|cung ung|mua|ban|va)\s+$"
)
_SECTOR_AFTER = kept_regex(r"^\s+(?:da|coc|nga|viet nam|va)\b")


def _marked(text: str) -> bool:
    """Whether the text has any Vietnamese mark (then an unmarked word is meant unmarked)."""
    return fold(text) != text.lower()


def _sector_context(q: str, m: Mention, places_before: list[Mention]) -> bool:
    """Whether an ambiguous unmarked sector word stands where a sector is meant: after a
    word of trade or mining, before "đá", or right beside a place."""
    before, after = fold(q[max(0, m.start - 20) : m.start]), fold(q[m.end : m.end + 12])
    if _SECTOR_BEFORE.search(before) or _SECTOR_AFTER.search(after) or m.end == len(q.rstrip()):
        return True
    return any(0 <= m.start - p.end <= 1 or 0 <= p.start - m.end <= 1 for p in places_before)


def _given_alone(
    q: str,
    tokens: list[Token],
    people: list[Mention],
    offices: list[Mention],
    mask: list[bool],
    given: dict[str, str],
) -> list[LeaderGroup]:
    """ "Sang và Putin", "ông Trọng", "Dũng gặp Medvedev": a Vietnamese leader called by
    the given name alone means every leader of that name; the store's meetings and the
    other words of the question rank them. After a title ("Thủ tướng Dũng") only the
    holders of that title count, and one holder is read as the name itself (in
    ``people``, so the title fixes the period; ``given`` maps him to the word typed when no
    title did). Claims the words it reads."""
    lex = get_lexicon()
    idx = alias_index()
    spans = [(m.start, m.end) for m in people]
    words = [
        (w.start(), w.end(), fold(w.group()), w.group()[:1].isupper()) for w in _WORD.finditer(q)
    ]
    info = [(f, cap, any(a <= s < b for a, b in spans)) for s, _e, f, cap in words]
    free = {t.start for t in tokens}
    out: list[LeaderGroup] = []
    for i, (start, end, folded, cap) in enumerate(words):
        owners = idx.given_one.get(folded)
        if not owners or start not in free:
            continue
        # "Chủ tịch Phòng Thương mại": "Thương" folds like the given name Thưởng, but its
        # marks are a word's.
        owners = tuple(n for n in owners if written_alike(q[start:end], n.split()[-1]))
        if not owners:
            continue
        title = next((o for o in offices if 0 <= start - o.end <= 1), None)
        # Its end: the question's, a joining word, or a date or a name after it ("thu tuong
        # chinh 2024", "tt phuc medvedev"): no verb that the word could be instead.
        joined = (
            i + 1 == len(words)
            or words[i + 1][2] in JOIN_WORDS
            or words[i + 1][2][:1].isdigit()
            or words[i + 1][2] in ("thang", "nam", "ngay")
            or any(a == words[i + 1][0] for a, _b in spans)
        )
        after = words[i + 1] if i + 1 < len(words) else None
        if (
            cap
            and folded in VN_SURNAMES
            and after is not None
            and after[3]
            and after[0] - end <= 1
            and is_vietnamese_word(after[2])
        ):
            continue  # "Bộ trưởng Hoàng Tuấn Anh": the surname of a full name, not "Hoàng"
        if cap and _ends_a_name(q, Mention(folded, start, end, q[start:end]), mask):
            continue  # "Phan Bá Thanh": the last word of someone else's full name
        # "Chủ tịch nước Sang thăm Nga", but "chủ tịch nước sang thăm Nga" (goes to visit).
        if title is not None and title.key == RANK and cap:
            # "Đại tướng Giang": a rank is held with an office of the armed forces.
            owners = tuple(
                n for n in owners if any(ranked_office(t.title) for t in lex.people[n].tenures)
            )
            if not owners:
                continue
        elif title is not None and (cap or joined):
            ids = set(_offices_for(lex, title.key)) | {title.key}
            head = fold_key(lex.offices[title.key].title)
            owners = tuple(
                n
                for n in owners
                if any(
                    t.office in ids or fold_key(t.title).startswith(head)
                    for t in lex.people[n].tenures
                )
            )
            if not owners:
                continue
        elif not given_name(info, i):
            continue
        _claim(mask, start, end)
        info[i] = (folded, cap, True)
        typed = q[start:end] if title is None else ""
        if len(owners) == 1:
            people.append(Mention(owners[0], start, end, q[start:end]))
            given[owners[0]] = typed
            continue
        out.append(
            LeaderGroup(
                label=q[start:end], alternatives=[Alternative(name=n) for n in owners], given=typed
            )
        )
    return out


# An occasion named by its day ("Quốc khánh 2/9/2015", "Ngày Chiến thắng 9/5"): messages
# and visits for it come in the days before, so the day asked ends a short window (with the
# few days after it an occasion's visits go on, questions.json "visits_after").
_OCCASION = kept_regex(
    r"(?:quoc khanh|chien thang|doc lap|giai phong|thanh lap|ngay le|le ky niem|ky niem)"
    r"(?:\s+(?:ngay|le))?\s*$"
)
OCCASION_DAYS = 7


def _anniversary(q: str, today: date) -> DateRange | None:
    """ "65 năm quan hệ ngoại giao", "kỷ niệm 80 năm Chiến thắng": the year an anniversary
    counts (store/data/anniversaries.json) is the period asked, when the question gives none
    and it is not to come."""
    folded = fold(q)
    if len(folded) != len(q):
        return None
    found = [(at, end, y) for at, end, y in asked_anniversaries(folded) if y <= today.year]
    found = found or asked_milestones(folded)
    if len({y for _, _, y in found}) != 1:
        return None
    at, end, year = found[0]
    if _TOWARDS.search(folded[:at]):
        # "chuẩn bị kỷ niệm 75 năm …": the run-up, from the year before, is asked too.
        label = f"năm {year - 1} – năm {year}"
        return DateRange(date(year - 1, 1, 1), date(year, 12, 31), label, spans=((at, end),))
    return DateRange(date(year, 1, 1), date(year, 12, 31), f"năm {year}", spans=((at, end),))


# The question's words before the anniversary's count ("chuẩn bị kỷ niệm 75 năm …").
_TOWARDS = kept_regex(TOWARDS + r"(?:ky niem\s+)?$")


_COUNT = kept_regex(r"\d+")


def _with_anniversary(
    q: str, written: DateRange | None, anniversary: DateRange | None
) -> DateRange | None:
    """The period asked: the dates written, else the anniversary's year; but a year written
    as the event's ("20 năm Tuyên bố chung đối tác chiến lược 2001": 2001 + 20) is the
    anniversary's. When they agree, both spans are read."""
    if written is None or anniversary is None:
        return written or anniversary
    first = written.start.year
    whole = written.start == date(first, 1, 1) and written.end == date(first, 12, 31)
    count = _COUNT.search(q, *anniversary.spans[0])
    if whole and count is not None and anniversary.start.year - int(count.group()) == first:
        return replace(anniversary, spans=(*anniversary.spans, *written.spans))
    if whole and anniversary.start.year == first:  # "kỷ niệm 70 năm … năm 2020": the same
        return replace(written, spans=(*written.spans, *anniversary.spans))
    return written


# "nhân 75 năm quan hệ ngoại giao", "nhân ngày 9/5": "on the occasion of" before an
# anniversary or a day (not before a year: "nguyen van nhan 2020" is a name).
_OCCASION_WORD = kept_regex(r"(?<![^\W_])nhan\s+$")
_OCCASION_DATE = kept_regex(r"(?:\d+\s+nam|ngay|dip|ky niem)\b")


def _occasion_word(q: str, at: int) -> int:
    """Where a date's span starts with the "nhân" before it (not a word to look for)."""
    before = fold(q[max(0, at - 6) : at])
    m = _OCCASION_WORD.search(before)
    if m is None or len(before) != at - max(0, at - 6) or not _OCCASION_DATE.match(fold(q[at:])):
        return at
    return at - len(before) + m.start()


def _occasion_of_year(q: str, dr: DateRange) -> DateRange:
    """ "chiêu đãi Quốc khánh năm 2019", "Ngày nước Nga 2023": a year asked with an occasion
    of a fixed day is that day and the days before it, not the whole year."""
    whole = dr.start == date(dr.start.year, 1, 1) and dr.end == date(dr.start.year, 12, 31)
    if not whole:
        return dr
    occasion = occasion_day(fold_key(q))
    if occasion is None:
        return dr
    name, month, day, after = occasion
    if before_occasion(fold_key(q)):
        after = 0  # "điện mừng trước Quốc khánh 2019": up to the day
    end = date(dr.start.year, month, day)
    if after_occasion(fold_key(q)):
        # "sau lễ duyệt binh Ngày Chiến thắng 2025": the day and the days after it.
        label = f"sau dịp {name} {day}/{month}/{end.year}"
        return replace(dr, start=end, end=end + timedelta(days=OCCASION_DAYS), label=label)
    label = f"dịp {name} {day}/{month}/{end.year}"
    return replace(
        dr,
        start=end - timedelta(days=OCCASION_DAYS),
        end=end + timedelta(days=after),
        label=label,
    )


def _occasion(q: str, dr: DateRange) -> DateRange:
    if dr.start != dr.end or not dr.spans:
        return dr
    before = fold(q[max(0, dr.spans[0][0] - 60) : dr.spans[0][0]])
    occasion = occasion_day(before.lower())
    if not _OCCASION.search(before) and occasion is None:
        return dr
    if said_after(before):
        # "ngay sau dịp Quốc khánh 2/9/2018": the day and the days after it
        return replace(dr, end=dr.end + timedelta(days=OCCASION_DAYS))
    return replace(
        dr,
        start=dr.start - timedelta(days=OCCASION_DAYS),
        end=dr.end + timedelta(days=occasion[3] if occasion else 0),
    )


PLACE_FUZZY_MIN = 88  # rapidfuzz ratio for a misspelt place ("Sankt-peterburge")


@lru_cache(maxsize=1)
def _place_forms() -> tuple[list[str], list[str]]:
    """Folded names and aliases of every place the data has, and whose each is."""
    lex = get_lexicon()
    forms: list[str] = []
    owners: list[str] = []
    for p in lex.places.values():
        for a in (p.name, *p.aliases):
            f = fold_key(a)
            if len(f) >= 4:
                forms.append(f)
                owners.append(p.name)
    return forms, owners


_AT_WORDS = frozenset({"ở", "tại", "o", "tai"})


_LAST_WORD = kept_regex(r"(\w+)\s+$")  # compiled at import (see _LETTERS)


def _after_at(q: str, start: int, mask: list[bool]) -> bool:
    """Whether the word before ``start`` is "ở" / "tại" itself, not a syllable of another
    word ("vận tải", read before) nor another word folded alike ("tái")."""
    m = _LAST_WORD.search(q[max(0, start - 12) : start])
    if m is None:
        return False
    a = max(0, start - 12) + m.start(1)
    return m.group(1).lower() in _AT_WORDS and _free(mask, a, a + len(m.group(1)))


_ONE_JOIN = kept_regex(r"[\s\-–]")  # compiled at import (see _LETTERS)


def _places_after_at(
    q: str, tokens: list[Token], mask: list[bool]
) -> list[tuple[int, int, str | None]]:
    """Foreign words right after "ở" / "tại" that no pass read: (start, end, the place
    they spell, or None when the data has no such place)."""
    out: list[tuple[int, int, str | None]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not _after_at(q, t.start, mask) or not _foreign(t):
            i += 1
            continue
        run = [t]
        while (
            i + len(run) < len(tokens)
            and len(run) < 3
            and _ONE_JOIN.fullmatch(q[run[-1].end : tokens[i + len(run)].start] or "x")
            and _foreign(tokens[i + len(run)])
        ):
            run.append(tokens[i + len(run)])
        a, b = run[0].start, run[-1].end
        forms, owners = _place_forms()
        hit = process.extractOne(
            fold_key(q[a:b]), forms, scorer=fuzz.ratio, score_cutoff=PLACE_FUZZY_MIN
        )
        out.append((a, b, owners[hit[2]] if hit else None))
        i += len(run)
    return out


_NAME_JOIN = kept_regex(r"\s*-\s*|\s")
_HYPHEN_TAIL = kept_regex(r"-[^\W\d_]+(?![\w-])")


def _surname_before(q: str, folded_q: str, prev: Token, t: Token) -> bool:
    """Whether ``prev`` is a surname typed right before the foreign word ``t`` where a person
    is named ("và kim yong chol"; not "ô tô Avtotor")."""
    return (
        prev.folded in VN_SURNAMES
        and q[prev.end : t.start] == " "
        and _PERSON_SLOT.search(folded_q[max(0, prev.start - 20) : prev.start]) is not None
    )


def _in_person_slot(folded_q: str, content: list[Token], i: int) -> bool:
    """Whether the word at ``i`` stands where a person is named: after "gặp", "và", "với"…,
    or after such a word and a surname ("và kim yong chol")."""
    t = content[i]
    if _PERSON_SLOT.search(folded_q[max(0, t.start - 20) : t.start]):
        return True
    prev = content[i - 1] if i else None
    return (
        prev is not None
        and prev.folded in VN_SURNAMES
        and t.start - prev.end == 1
        and _PERSON_SLOT.search(folded_q[max(0, prev.start - 20) : prev.start]) is not None
    )


def _foreign(t: Token) -> bool:
    """A word no Vietnamese syllable, function word or known name is: a foreign proper noun."""
    return (
        len(t.folded) >= 3
        and not is_vietnamese_word(t.folded)
        and t.folded not in _STOP
        and t.folded not in NOT_NAMES
        and not is_english(t.folded)
        and name_shaped(t.text)
    )


# Compiled at import (see _LETTERS).
# "rạng sáng 26/11 giờ Hà Nội", "tối 25/11 (giờ Moskva)", "theo giờ địa phương": by whose clock
# the hour is told, not where they met, nor words a report must hold.
_CLOCK = kept_regex(r"(?<![a-z0-9])(?:(?:theo )?gio (?=\S)|rang sang\b)")


def _clock_spans(lex: Lexicon, q: str) -> list[tuple[int, int]]:
    """Spans of the question that say whose clock an hour is on (see _CLOCK)."""
    folded = fold(q)
    if len(folded) != len(q):
        return []
    out = []
    for m in _CLOCK.finditer(folded):
        if m.group().startswith("rang"):
            out.append(m.span())
            continue
        at = m.end()
        local = re.match(r"dia phuong\b", folded[at:])
        place = next((p for p in lex.find_places(q[at:]) if p.start == 0), None)
        end = at + local.end() if local else at + place.end if place else None
        if end is not None:
            out.append((m.start(), end))
    return out


_PLACE_WORD_END = kept_regex(r"(?:tp\.?|tinh|thanh pho|vung)\s*$")
_JOINS = kept_regex(r"[\s\-–]*")


@cache
def _russia_beside() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name of Russia (folded) right after a word, and right before one: "Việt - Nga"."""
    names = "|".join(sorted(map(re.escape, folded_names(("RU",))), key=len, reverse=True))
    return kept_regex(rf"\s*[-–]?\s*(?:{names})\b"), kept_regex(rf"\b(?:{names})\s*[-–]?\s*$")


# "Tô Lâm đến Moskva", "Putin tới Hà Nội": arriving somewhere is the visit.
_ARRIVAL = kept_regex(r"(?:^|\s)(?:den|toi|dat chan (?:den|toi))\s+$")


def _arrived(folded_q: str, kinds: list[Mention], places: list[Mention], at: list[int]) -> bool:
    """The question asks of someone's arrival at a place or country, and of no act: the
    visit record is the one it means (ranked first, not required)."""
    if kinds or not folded_q:
        return False
    return any(_ARRIVAL.search(folded_q, 0, start) for start in [p.start for p in places] + at)


def understand(question: str, today: date) -> Query:
    """Read a Vietnamese question (with or without diacritics) into a :class:`Query`."""
    first = _understand(question, today)
    if not two_readings(without_handles(nfc(question or ""))):
        return first
    # "tt phuc gap medvedev": "Tổng thống Phúc" is no one, "Thủ tướng Phúc" is; the reading
    # that leaves fewer names unknown, then fewer titles without a name, is the one meant.
    second = _understand(question, today, other=True)
    return second if _vagueness(second) < _vagueness(first) else first


def _vagueness(q: Query) -> tuple[int, int]:
    return len(q.unknown_names), sum(1 for g in q.groups if g.typed_title)


def _understand(question: str, today: date, other: bool = False) -> Query:
    lex = get_lexicon()
    q, truncated = _clean(question, other)
    if not q.strip():
        return Query(truncated=truncated)
    chat = chit_chat(q)
    if chat:
        return Query(chat=chat, truncated=truncated)
    mask = [False] * len(q)

    dr = _with_anniversary(q, parse_question_dates(q, today), _anniversary(q, today))
    if dr is not None:
        for a, b in dr.spans:
            _claim(mask, _occasion_word(q, a), b)
        dr = _occasion_of_year(q, _occasion(q, dr))

    for a, b in _clock_spans(lex, q):
        _claim(mask, a, b)
    people = _take(lex.find_people(q), mask)
    offices = [
        _ministry_named(lex, q, _body_named(lex, q, m, mask), mask)
        for m in _take(
            [
                m
                for m in lex.find_offices(q)
                if not lex.offices[m.key].seat and not _common_twin(lex, q, m)
            ],
            mask,
        )
    ]
    former = _former_titles(q, offices, mask)
    for a, b in not_place_spans(q):
        _claim(mask, a, b)  # "Hạm đội Thái Bình Dương": the ocean, no province Bình Dương
    for phrase, (a, b) in _figure_spans(q):
        unit = q[a:b].split()[-1]
        if phrase.split()[1] in _MULTIPLIERS or unit.isupper() or "%" in q[a:b]:
            # "5-7 triệu tấn than", "10 MW": the figure's words, not a name ("Triệu Tấn") nor
            # a word of its own the meeting's text must hold
            _claim(mask, a, b)
    # Names are read first, so a place is looked for in what they leave ("Trần Lưu Quang
    # Ninh Thuận" holds "Quang Ninh" too, across the name's end).
    places = _take(
        [
            m
            for m in lex.find_places(_masked(q, mask))
            if not _ends_a_name(q, m, mask) and not _marked_otherwise(lex, m)
        ],
        mask,
    )
    sectors = _take(lex.find_sectors(q), mask)
    twins: list[str] = []
    if not _marked(q):
        # "than" unmarked is coal or "thân" (close): coal only beside a place or a word of
        # trade or mining ("hop tac than", "quang ninh than"), never in "quan he than thiet".
        for m in [m for m in sectors if fold_key(m.surface) in unmarked_twins("ambiguous_sectors")]:
            if not _sector_context(q, m, places_before=lex.find_places(_masked(q, mask))):
                sectors.remove(m)
                for i in range(m.start, m.end):
                    mask[i] = False
        # "hai quan" unmarked is customs ("hải quan") or the navy ("hải quân") alike: the
        # words rank the meetings whose text holds either, none is required.
        for m in [m for m in sectors if fold_key(m.surface) in unmarked_twins("sector_twins")]:
            sectors.remove(m)
            twins.append(fold_key(m.surface))
    kinds = _take(lex.find_kinds(q), mask)
    # "mời Putin thăm Việt Nam": the visit offered, and where to, are not the act asked.
    offered = [
        m for m in kinds if lex.kind_is(m.key, "visit") and _invited(q, m, [*people, *offices])
    ]
    kinds = [m for m in kinds if m not in offered]
    keywords: list[str] = []
    # A province right after a sector may name a project ("điện hạt nhân Ninh Thuận")
    # rather than where the meeting was (see search); a city stays the place.
    venues = [p.key for p in places if _AT_PLACE.search(fold(q[max(0, p.start - 12) : p.start]))]
    # "Putin thăm nhà máy lọc dầu Dung Quất": a venue typed as what a visit went to is where
    # it was asked to be, not a subject an article may merely name.
    venues += [
        p.key
        for p in places
        if _is_venue(lex, p)
        and any(
            lex.kind_is(k.key, "visit")
            and 0 <= p.start - k.end <= VISITED_GAP
            and not _CLAUSE_BREAK.search(q[k.end : p.start])
            for k in kinds
        )
    ]
    project_places = [
        p.key
        for p in places
        if lex.places[p.key].kind == "province" and any(0 <= p.start - s.end <= 1 for s in sectors)
    ]
    # "Thị trưởng St. Petersburg", "Chủ tịch UBND TP Hồ Chí Minh": a place right after a
    # title is part of the title, not where the meeting was.
    qualified: dict[int, Mention] = {}  # office start → the place qualifying it
    for off in offices:
        # The title took the place's own first word ("Chủ tịch UBND TP" + "Hồ Chí Minh").
        last = _PLACE_WORD_END.search(fold(off.surface))
        if last is None:
            continue
        at = off.start + last.start()
        found = [m for m in lex.find_places(q[at:]) if m.start == 0]
        if found and _free(mask, off.end, at + found[0].end):
            _claim(mask, off.end, at + found[0].end)
            qualified[off.start] = Mention(found[0].key, at, at + found[0].end, found[0].surface)
    for p in list(places):
        off = next(
            (
                o
                for o in offices
                if _adjacent(q, o.end, p.start, _TITLE_PLACE_GAP)
                # "Chủ tịch TP Hồ Chí Minh Tatarstan": a title naming its city already
                # takes no second place.
                and o.start not in qualified
                and _place_inside(lex, o.surface) is None
                and not _foreign_to(lex.offices[o.key], lex.places[p.key])
            ),
            None,
        )
        if off is None:  # "Tổng Lãnh sự Nga tại Đà Nẵng": the post's seat
            off = next(
                (
                    o
                    for o in offices
                    if lex.offices[o.key].posted and _adjacent(q, o.end, p.start, _POST_SEAT_GAP)
                ),
                None,
            )
            if off is not None and p.key in venues:
                venues.remove(p.key)
        if off is not None:
            places.remove(p)
            qualified[off.start] = p

    # "Chính quyền Moskva", "Đại học Tổng hợp Moskva": a place right after a body is whose
    # body it is — it ranks, it does not filter — unless the body is where they met ("tại
    # Đại học Tổng hợp Moskva").
    owned: list[str] = []
    owned_places: list[Mention] = []
    for p in list(places):
        before = fold(q[max(0, p.start - 40) : p.start])
        at = place_owner(before)
        if at is not None and not _AT_PLACE.search(before[:at]) and p.key not in venues:
            places.remove(p)
            # As written and as the data names it ("TP HCM": "TP Hồ Chí Minh" in articles).
            owned += list(dict.fromkeys([fold_key(p.surface), fold_key(p.key)]))
            owned_places.append(p)
    for p in list(places):
        if of_another_trip(fold(q[max(0, p.start - 50) : p.start])) or _visit_to(q, offered, p):
            # "… sau khi thăm Triều Tiên": the article may name it, the act was not there.
            places.remove(p)
            venues = [v for v in venues if v != p.key]
            owned += list(dict.fromkeys([fold_key(p.surface), fold_key(p.key)]))
            owned_places.append(p)
    # "sau cuộc gặp ở Sochi năm 2018", "trước cuộc hội đàm ở Sochi": the place, and the
    # period written right after it, name the meeting counted from, not the one asked.
    reference: CountedFrom | None = None
    for p in list(places):
        lo = max(0, p.start - 50)
        said = counted_from(fold(q[lo : p.start]))
        if said is None:
            continue
        # "sau hội đàm với Medvedev ở Moskva, Thủ tướng Phúc gặp ai": Medvedev is the other
        # party of the meeting counted from, not of the one asked.
        reference_people = [m.key for m in people if lo + said[1] <= m.start < p.start]
        people = [m for m in people if not lo + said[1] <= m.start < p.start]
        kinds = [k for k in kinds if not lo + said[1] <= k.start < p.start]
        places.remove(p)
        venues = [v for v in venues if v != p.key]
        span = next((b for a, b in (dr.spans if dr else ()) if 0 <= a - p.end <= 12), None)
        whole = dr is not None and len(dr.spans) == 1 and span is not None
        reference = CountedFrom(
            side=said[0],
            place=p.key,
            start=dr.start if dr is not None and whole else None,
            end=dr.end if dr is not None and whole else None,
            people=reference_people,
        )
        if whole:
            dr = None
        break
    # "Đại học Quốc gia Hà Nội", "Đại học Tổng hợp Quốc gia Moskva": a place inside an
    # institution's name is the name's, not where the meeting was (see readable below).
    in_place = {i for m in [*places, *owned_places] for i in range(m.start, m.end)}

    folded_q = fold(q)  # one char per char for NFC Vietnamese; used for cue phrases only
    same_len = len(folded_q) == len(q)
    ai = lex.canonical_sector("AI")
    if same_len and ai:
        for m in _AI_SECTOR.finditer(folded_q):
            if _free(mask, m.start(1), m.end(1)):
                _claim(mask, m.start(1), m.end(1))
                sectors.append(Mention(ai, m.start(1), m.end(1), q[m.start(1) : m.end(1)]))

    countries: list[str] = []
    foreign: list[str] = []
    third_leaders = False  # another country's leader named: never a Vietnam–Russia meeting
    # A country inside an organisation's name ("Liên minh Hải quan Nga - Belarus -
    # Kazakhstan") is no country asked about.
    bodies = [(a, b) for a, b, _g in find_agencies(folded_q)] if same_len else []
    named_countries = (
        find_countries(
            q,
            folded_q,
            lambda a, b: _free(mask, a, b) and not any(x <= a and b <= y for x, y in bodies),
        )
        if same_len
        else []
    )
    titled = list(mask)  # before country names: "Nga" inside "Đảng Nước Nga Thống nhất"
    for c in named_countries:
        _claim(mask, c.start, c.end)
        if c.locative and (
            of_another_trip(fold(q[max(0, c.start - 50) : c.start])) or _visit_to(q, offered, c)
        ):
            owned.append(fold_key(c.surface))  # "… sau khi thăm Triều Tiên": not where they met
        elif c.locative:
            countries.append(c.code)
        elif c.topic and c.code not in ("VN", "RU"):
            keywords.append(fold_key(c.surface))
        elif c.code not in ("VN", "RU"):
            foreign.append(country_label(c.code))

    if same_len:
        # Another country's leader ("Anwar Ibrahim gặp Putin"): not a meeting we cover.
        for leader in find_world_leaders(folded_q, lambda a, b: _free(mask, a, b)):
            _claim(mask, leader.start, leader.end)
            foreign.append(leader.name)
            third_leaders = True

    intent, newest, single = _intent(folded_q if same_len else fold_key(q), mask)
    oldest = not newest and bool(_FIRST.search(folded_q if same_len else fold_key(q)))
    single = single or (
        oldest and bool(_FIRST_SINGLE.search(folded_q if same_len else fold_key(q)))
    )

    # Leftover words.
    tokens = [
        Token(m.start(), m.end(), m.group(), fold(m.group()), m.group()[:1].isupper())
        for m in _WORD.finditer(q)
        if _free(mask, m.start(), m.end())
    ]
    tokens = [t for t in tokens if t.folded and not t.folded.isdigit()]
    # "gặp ở Cairo", "ở Sankt-peterburge": a foreign place after "ở" / "tại" is where the
    # meeting was; a near spelling of a place the data has is that place, any other is a
    # place nothing in the store satisfies (never a meeting elsewhere).
    unknown_places: list[str] = []
    for a, b, place in _places_after_at(q, tokens, mask):
        _claim(mask, a, b)
        if place is None:
            unknown_places.append(q[a:b])
        else:
            places.append(Mention(place, a, b, q[a:b]))
            venues.append(place)
    tokens = [t for t in tokens if _free(mask, t.start, t.end)]
    # "Tatiana Tsvetkova": a foreign given name and a surname are one person, not two.
    one_person: list[str] = []
    words = [Word(t.start, t.end, t.folded, t.capital) for t in tokens]
    for a, b in one_person_spans(q, words, people, lex):
        people = [m for m in people if not a <= m.start < b]
        _claim(mask, a, b)
        one_person.append(q[a:b])
    # "Ủy ban Bầu cử Trung ương": a body's name holds no leader's given name.
    agencies = find_agencies(folded_q) if same_len else []
    outside = [t for t in tokens if not any(a <= t.start < b for a, b, _ in agencies)]
    for name, a, b in given_names(outside):
        people.append(Mention(name, a, b, q[a:b]))
        _claim(mask, a, b)
    outside = [t for t in outside if _free(mask, t.start, t.end)]
    given: dict[str, str] = {}  # a leader read from his given name alone → the word typed
    given_groups = _given_alone(q, outside, people, offices, mask, given)
    tokens = [t for t in tokens if _free(mask, t.start, t.end)]

    dfrom, dto = (dr.start, dr.end) if dr else (None, None)
    content = [t for t in tokens if t.folded not in _STOP]
    # A misspelt Vietnamese name may end in a function word ("Pham Minh Chin": "chín"): the
    # words right after a family name stay candidates for the fuzzy match.
    named_words = [
        t for i, t in enumerate(tokens) if t.folded not in _STOP or _after_family_name(tokens, i)
    ]
    fuzzy, named_used = fuzzy_person(named_words, lex, around=tokens)
    matched = {named_words[i].start for i in named_used}  # tokens read as a misspelt known name
    used = {i for i, t in enumerate(content) if t.start in matched}
    named: list[tuple[str, int, int]] = [(m.key, m.start, m.end) for m in people] + fuzzy
    named.sort(key=lambda x: x[1])
    groups: list[LeaderGroup] = []
    by_name: dict[str, LeaderGroup] = {}
    misspelt = {name: q[a:b] for name, a, b in fuzzy}
    for name, _s, _e in named:
        if name not in by_name:
            by_name[name] = LeaderGroup(
                label=name,
                alternatives=[Alternative(name=name)],
                spelled=misspelt.get(name, ""),
                given=given.get(name, ""),
            )
            groups.append(by_name[name])
        person = lex.people.get(name)
        if person is not None and person.country not in ("VN", "RU"):
            foreign.append(name)

    for g in given_groups:
        if all(g.label != x.label for x in groups):
            groups.append(g)

    foreign_titles: list[str] = []
    spans: dict[str, int] = {}  # group label → where the question names it
    roles: list[str] = []
    role_labels: list[str] = []
    role_terms: list[str] = []
    role_ends: list[int] = []  # where each role ends in the question
    side_words: set[int] = set()  # tokens between a title and its side's country
    made: dict[int, LeaderGroup] = {}  # an office's group, by where the question names it
    titled_sides: set[int] = set()  # another country named as a title's ("Thủ tướng Anh")
    for off in offices:
        office = lex.offices[off.key]
        ids = _offices_for(lex, off.key)
        nxt = next((n for n in named if n[1] >= off.end), None)
        prev = next((n for n in reversed(named) if n[2] <= off.start), None)
        country_after = next(
            (c for c in named_countries if _adjacent(q, off.end, c.start, _NAME_GAP)), None
        )
        if office.country not in (None, "VN", "RU"):
            foreign.append(office.title)  # "Thủ tướng Nhật Bản", "Tổng thống Mỹ"
            continue
        if country_after is not None and country_after.code not in ("VN", "RU"):
            titled_sides.add(country_after.start)
            continue  # "Thủ tướng Anh": the side was recorded with the country
        # "nguyên Bộ trưởng Ngoại giao Nga Igor Ivanov": the title's country may stand between.
        title_end = country_after.end if country_after is not None else off.end
        if off.start in former and (
            (nxt is not None and _adjacent(q, title_end, nxt[1], _NAME_GAP))
            or _capitalised_after(q[title_end : title_end + 40])  # a name the data lacks
            or (prev is not None and _adjacent(q, prev[2], off.start, _FORMER_GAP))
        ):
            continue  # "nguyên Bộ trưởng Quốc phòng Shoigu": who he was, not when they met
        if nxt is not None and _adjacent(q, title_end, nxt[1], _NAME_GAP):
            # A title right before a name describes that person and fixes the period:
            # "Chủ tịch nước Tô Lâm" is Tô Lâm while he was President ("Tổng Công tố Nga
            # Krasnov": its country may stand between).
            alts = _period_alternatives(lex, nxt[0], ids or [off.key], office.title)
            g = by_name.get(nxt[0])
            if alts and g is not None and g.office is None:
                g.alternatives = alts
                g.office = (ids or [off.key])[0]
            continue
        place = qualified.get(off.start)
        if (
            prev is not None
            and _adjacent(q, prev[2], off.start, _NAME_GAP)
            and office.generic
            and not _other_countrys_office(lex, prev[0], place)
        ):
            continue  # "Lê Hoài Trung đặc phái viên": describes the person before it
        if place is None and _unheld(lex, off.key):
            if _name_after(q[off.end : off.end + 30]):
                # "Chủ nhiệm Ủy ban Quốc phòng và An ninh Lê Tấn Tới": the title describes
                # the named person, whom the store may give a shorter title.
                continue
            # A party or parliament office the people data lists no holder of: whoever the
            # articles give that title ("Trưởng Ban Đối ngoại Trung ương").
            g = LeaderGroup(
                label=office.title,
                office=off.key,
                alternatives=[],
                titles=_title_forms(lex, off.key),
                country=office.country,
                typed_title=typed_title(off.surface),
            )
            if all(g.label != x.label for x in groups):
                groups.append(g)
                spans.setdefault(g.label, off.start)
            continue
        side_of = _side_after(q, off.end, named_countries)
        if side_of is not None and (
            (nxt is not None and _adjacent(q, side_of.end, nxt[1], _NAME_GAP))
            or _foreign_word_after(q, side_of.end)  # a name the data lacks: "… Nga Krasnov"
        ):
            side_of = None  # "Thống đốc Nga Nabiullina": the title describes the one named
        if (
            place is None
            and office.generic
            and office.country is None
            and side_of is not None
            and fold_key(off.surface) == fold_key(office.title)  # "Bộ trưởng Văn hóa Nga": a role
        ):
            side = side_of.code
            # "vùng nào của": words of the question, no keyword an article must hold
            side_words.update(t.start for t in tokens if off.end <= t.start < side_of.start)
            # "thống đốc Nga", "bộ trưởng nào của Nga": the office's holders of that side
            # the articles name, whoever they are — not the same word on the other side.
            # The holders the people data lists of that side's offices so titled, then
            # whoever else the articles title so (search._side_titled).
            held = [i for i in ids if lex.offices[i].country == side]
            since = None if dr is not None and dr.yearless else dfrom
            g = _office_group(lex, _finer_offices(lex, held), "", since, dto) if held else None
            g = LeaderGroup(
                label=f"{office.title} {country_label(side)}",
                office=off.key,
                alternatives=g.alternatives if g is not None else [],
                titles=_title_forms(lex, off.key),
                country=side,
                typed_title=typed_title(off.surface),
            )
            if all(g.label != x.label for x in groups):
                groups.append(g)
                spans.setdefault(g.label, off.start)
            continue
        if place is not None or _soft_role(lex, off.key, ids):
            end = place.end if place is not None else off.end
            side = _person_after(q, end)
            where = lex.places[place.key].country if place is not None else None
            if side is not None and (side == "VN") == ((office.country or where) == "VN"):
                # "Chủ tịch Hà Nội Trần Sỹ Thanh", "Thống đốc Irkutsk Igor Kobzev": the named
                # person's title (the article may write it shorter), not a role to satisfy;
                # a Russian governor's title before a Vietnamese name is another person.
                continue
            label = q[off.start : end]
            roles.append(fold_key(label))
            role_labels.append(label)
            role_ends.append(end)
            inner = None if place is not None else _place_inside(lex, label)
            if inner is not None:
                # "Chủ tịch UBND Hà Nội", an office whose title holds its city: the office's
                # words and the place, each somewhere ("Chủ tịch UBND thành phố" in Hà Nội).
                head = _PLACE_WORD.sub("", fold_key(label[: inner.start]))
                role_terms += [t for t in (head.strip(), fold_key(inner.key)) if t]
            elif place is None:
                term = fold_key(label)
                head = _COUNTRY_END.sub("", term)
                # "Phó Chủ tịch Hội đồng Liên bang Nga": a long title is specific alone, and
                # articles put its country elsewhere ("… Hội đồng Liên bang Quốc hội Nga").
                role_terms.append(head if len(head.split()) >= 4 else term)
            else:
                # The office and its place, each somewhere in the stored title: "Thống đốc
                # Khabarovsk" is the "Thống đốc vùng Khabarovsk" an article wrote.
                head = _PLACE_WORD.sub("", fold_key(q[off.start : min(off.end, place.start)]))
                bare = _PLACE_WORD_LEAD.sub("", fold_key(place.surface))  # "tỉnh" or "vùng"
                role_terms += [t for t in (head.strip(), bare) if t]
            continue
        if office.generic and office.country is None:
            # "Tổng thống Macron": a bare title followed by a word we cannot place is some
            # other country's office, not the Russian or Vietnamese one.
            after = next((t for t in tokens if t.start >= off.end), None)
            if after is not None and after.start - off.end <= 1 and after.folded not in _STOP:
                foreign_titles.append(q[off.start : after.end])
                continue
        if not ids:
            continue
        label = lex.offices[ids[0]].title if len(ids) == 1 else off.surface
        # A day or month typed without a year may mean an earlier year (services.answer):
        # every past holder of the title stays a candidate, each within their own term.
        since = None if dr is not None and dr.yearless else dfrom
        g = _office_group(lex, _finer_offices(lex, ids), label, since, dto)
        g.typed_title = typed_title(off.surface)
        spans.setdefault(g.label, off.start)
        if all(g.label != x.label for x in groups):
            groups.append(g)
        made[off.start] = next(x for x in groups if x.label == g.label)
    _one_holder(lex, q, offices, made, groups, spans)

    spans.update({name: start for name, start, _e in reversed(named)})
    _mark_principals(q, groups, spans, offices)
    for name, _s, end in named:
        # "Thủ tướng X cử đặc phái viên sang Nga": X sent the one who met.
        if _SENDS_ENVOY.match(fold(q[end : end + 40])) and name in by_name:
            by_name[name].principal = True

    ends = {name: end for name, _s, end in named}
    carried = _letter_groups(q, groups, spans, offices)
    honoured = _honoured_groups(q, groups, spans, ends, offices)
    carried += [g for g, _ in honoured if g not in carried]
    # "… trong chuyến thăm của Putin": the visit is when they met; its visitor is named, and
    # may have met no one of them. Its "thăm" is no kind asked.
    occasion, cue = _occasion_groups(q, groups, spans, ends, offices)
    carried += [g for g in occasion if g not in carried]
    kinds = [k for k in kinds if not any(a <= k.start < b for a, b in cue)]
    # Where the visit went ("thăm Việt Nam") is the visit's: an article may name it.
    visited = [p for p in places if any(a <= p.start < b for a, b in cue)]
    places = [p for p in places if p not in visited]
    owned += [fold_key(p.surface) for p in visited]
    inside = [c for c in named_countries if any(a <= c.start < b for a, b in cue)]
    elsewhere = {c.code for c in named_countries if c not in inside}
    countries = [c for c in countries if c in elsewhere or c not in {x.code for x in inside}]
    there = attended(fold(q))
    # "chia buồn khi Tổng Bí thư X từ trần": the death is the occasion, the dead no party.
    passed = {g for g, word in honoured if died_by(word) and _when_before(q, g, spans, offices)}
    mourned = [g for g, word in honoured if there or gone_by(word) or g in passed]
    unknown: list[str] = [*foreign_titles, *one_person]
    # Start offsets of tokens accounted for: inside an unknown name, or a title's side words.
    run_tokens: set[int] = set(side_words)
    for title in foreign_titles:
        at = q.find(title)
        run_tokens.update(t.start for t in tokens if at <= t.start < at + len(title))
    tokens = [t for t in tokens if t.start not in matched]
    # "dang cong san" is the party ("Đảng Cộng sản"), not a person "Đặng Công San".
    in_agency = {t.start for t in tokens if any(a <= t.start < b for a, b, _ in agencies)}
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if t.start in in_agency:
            i += 1
            continue
        # "surname middle given" in lower case ("nguyen van binh") is a person too.
        if (
            t.folded in VN_SURNAMES
            and surname_as_typed(t.text)
            and i + 2 < len(tokens)
            and tokens[i + 1].folded in VN_MIDDLE
            and tokens[i + 2].start - tokens[i].end <= len(tokens[i + 1].text) + 2
            and tokens[i + 2].folded not in _STOP
            # "đoàn Trung ương Đoàn": the words of an institution's name are no person's
            and not in_agency & {tokens[i + 1].start, tokens[i + 2].start}
        ):
            unknown.append(q[t.start : tokens[i + 2].end])
            run_tokens.update(x.start for x in tokens[i : i + 3])
            i += 3
            continue
        # A capitalised run starting with a Vietnamese surname is a person we do not know,
        # unless an institution's head word follows it ("Đoàn Ban Đối ngoại": a delegation);
        # a surname as typed ("Trưởng Đại diện" holds no "Trương").
        if t.capital and t.folded in VN_SURNAMES and surname_as_typed(t.text):
            run = [t]
            j = i + 1
            while (
                j < len(tokens)
                and tokens[j].capital
                and tokens[j].start - run[-1].end <= 1
                and len(run) < 4
                # "Châu Văn Minh Phân viện Siberi": an institution's name starts there
                and not any(a == tokens[j].start for a, _b, _g in agencies)
            ):
                run.append(tokens[j])
                j += 1
            if len(run) >= 2 and run[1].folded in _INSTITUTION_HEADS:
                i += 1
                continue
            if len(run) >= 2:
                unknown.append(q[run[0].start : run[-1].end])
                run_tokens.update(x.start for x in run)
                i = j
                continue
        i += 1

    # "quyền Thống đốc": an acting holder's title, which articles write either way.
    run_tokens.update(
        t.start
        for t in tokens
        if t.folded == "quyen" and any(not q[t.end : o.start].strip() for o in offices)
    )
    # "gặp trực tiếp": how they met, not words an article must hold.
    in_person = [m.span() for m in _IN_PERSON.finditer(folded_q)] if same_len else []
    run_tokens.update(
        t.start
        for t in tokens
        if t.folded in ("truc", "tiep") and any(a <= t.start < b for a, b in in_person)
    )
    # "Putin sang Việt Nam": a verb of going right before a place says only that he went.
    run_tokens.update(
        t.start
        for t in tokens
        if t.folded in _GOING
        and any(not q[t.end : m.start].strip() for m in (*places, *named_countries))
    )
    idx = alias_index()
    leftovers: list[Token] = []
    last_unknown: Token | None = None  # the last word read as part of an unknown name
    errands = errand_words(q)  # "Tour Hạ Long giá bao nhiêu": "Tour" is no one's name
    for i, t in enumerate(content):
        if i in used or t.start in run_tokens:
            continue
        foreign_word = not is_vietnamese_word(t.folded)
        agency = any(a <= t.start < b for a, b, _ in agencies)
        joined = last_unknown is not None and _NAME_JOIN.fullmatch(q[last_unknown.end : t.start])
        # The syllable after a hyphen belongs to the name whatever its shape ("Byung-se").
        hyphened = joined and "-" in q[last_unknown.end : t.start] and t.text.isalpha()
        if hyphened or (
            foreign_word
            and not agency
            and t.folded not in NOT_NAMES
            and t.folded not in idx.vocabulary
            and t.folded not in idx.ambiguous
            and not is_english(t.folded)
            and t.folded not in errands
            and name_shaped(t.text)
            # A lowercase word goes on a name typed in lowercase ("yun byung"), not a
            # capitalised one ("Kudrin exchange audit": English words left after it).
            and (
                t.capital
                or (joined and last_unknown is not None and not last_unknown.capital)
                or _in_person_slot(folded_q, content, i)
            )
        ):
            if (
                (hyphened or (last_unknown is not None and t.capital == last_unknown.capital))
                and joined
                and unknown
                and last_unknown is not None
                and unknown[-1].endswith(last_unknown.text)
            ):
                # "Byung-se", "Kyung-wha", "Yun Byung": a hyphenated or capitalised run of
                # words the lexicon does not hold is one name; the answer splits it where
                # the store holds both halves ("Rosselkhoznadzor Dankvert": an agency and
                # a person, see services.answer._two_names).
                head = unknown.pop()
                unknown.append(head + q[last_unknown.end : t.end])
            else:
                start = t.start
                prev = content[i - 1] if i else None
                if (
                    prev is not None
                    and leftovers
                    and leftovers[-1] is prev
                    and _surname_before(q, folded_q, prev, t)
                ):
                    # "va kim yong chol": the Korean surname reads as a Vietnamese one.
                    leftovers.pop()
                    if prev.folded in keywords:
                        keywords.remove(prev.folded)
                    run_tokens.add(prev.start)
                    start = prev.start
                unknown.append(q[start : t.end])
            run_tokens.add(t.start)
            last_unknown = t
            # The syllable after a hyphen is the name's, even a function word ("Yun Byung-se").
            tail = _HYPHEN_TAIL.match(q, t.end)
            if tail is not None:
                unknown[-1] += tail.group()
                run_tokens.update(x.start for x in tokens if t.end < x.start < tail.end())
            continue
        last_unknown = None
        leftovers.append(t)
        if len(t.folded) >= 2 and t.folded not in keywords:
            keywords.append(t.folded)

    # Runs of adjacent leftover words, function words kept ("tuyên bố chung"): what the
    # store (or the on-topic vocabulary) must account for.
    runs: list[str] = []
    run: list[Token] = []
    # "mới nhất", "lần gần nhất" ask for an order, not for words an article must hold.
    ordering = (
        {
            i
            for rx in (_LATEST, _FIRST)
            for m in rx.finditer(folded_q)
            for i in range(m.start(), m.end())
        }
        if same_len
        else set()
    )
    keywords = [
        k for k in keywords if not any(t.folded == k and t.start in ordering for t in tokens)
    ]
    if same_len:
        # "… trở thành đối tác chiến lược toàn diện khi nào": the question's words end the run.
        ordering |= {
            i
            for name, rx in _INTENTS
            if name in ("when", "where")
            for m in rx.finditer(folded_q)
            for i in range(m.start(1), m.end(1))
        }
    free = [
        t
        for t in tokens
        if t.start not in run_tokens and not t.folded.isdigit() and t.start not in ordering
    ]
    for t in free + [None]:  # type: ignore[list-item]
        if run and (t is None or not _JOINS.fullmatch(q[run[-1].end : t.start])):
            while len(run) > 1 and (run[-1].text.lower() in _AT or run[-1].folded == "o"):
                run.pop()  # "Tuần lễ Nguyên tử Thế giới ở (Moskva)": the place's preposition
            # "Trung tâm Nhiệt đới Việt - Nga": "Việt" beside "Nga" is the pair of sides
            # (read with the country), not a word the article must write next to the name.
            after, before = _russia_beside()
            if len(run) > 1 and run[-1].folded == "viet" and after.match(fold(q[run[-1].end :])):
                run.pop()
            if len(run) > 1 and run[0].folded == "viet" and before.search(fold(q[: run[0].start])):
                run.pop(0)
            words = [x.folded for x in run]
            # "Đại học Quốc gia Hà Nội": the body's name goes on with its place, which is
            # what an article writes, not where the meeting was.
            owner = next(
                (
                    p
                    for p in owned_places
                    if p.start >= run[-1].end and not q[run[-1].end : p.start].strip()
                ),
                None,
            )
            if owner is not None and not delegation(words):
                # A Vietnamese place as the data names it, which articles write ("TP HCM":
                # "TP Hồ Chí Minh"); a Russian one as typed ("vùng Irkutsk", not the data's
                # "Irkutsk Oblast").
                home = lex.places.get(owner.key)
                named = owner.key if home is not None and home.country == "VN" else owner.surface
                words += fold_key(named).split()
                owned_places.remove(owner)
            while len(words) > 1 and words[0] in _TIES:
                words = words[1:]  # "của Rostec": the word an article writes, not the tie
            while len(words) > 1 and words[-1] in _TIES:
                words = words[:-1]  # "uống trà với (Putin)": the tie to the name after it
            if len(function_words_at(words)) < len(words):
                runs.append(" ".join(words))
            run = []
        if t is not None:
            run.append(t)

    # A body meeting in sessions may be named by its sector ("Tiểu ban hợp tác giáo dục"):
    # the sector read inside it does not hide it.
    in_sector = {i for m in sectors for i in range(m.start, m.end)}

    def readable(a: int, b: int, group: tuple[str, ...]) -> bool:
        allowed = in_place | in_sector if is_event(group) else in_place
        return all(not titled[i] or i in allowed for i in range(a, min(b, len(titled))))

    # "tại Đại học Tổng hợp Moskva": the institution asked as the venue is where they met.
    named = [
        (a, b)
        for a, b, g in agencies
        if readable(a, b, g) and not _AT_PLACE.search(fold(q[max(0, a - 12) : a]))
    ]
    places = [p for p in places if not any(a <= p.start < b for a, b in named)]

    # An institution in any of its forms ("TANDTC" = "Tòa án nhân dân tối cao") ranks the
    # meetings whose titles or text write it another way.
    phrases = [fold_key(m.surface) for m in sectors] + runs + [f for *_, g in agencies for f in g]
    phrases += owned + twins
    # "tiệc chiêu đãi", "đặt vòng hoa": the event's own words rank its record above another
    # event of the same people (a banquet is not the parade).
    phrases += [fold_key(m.surface) for m in kinds if lex.kind_is(m.key, "event")]
    # "hội đàm trực tuyến" is read as talks: the word for online still ranks the online ones,
    # and the act's own wording the more ("lừa đảo trực tuyến" is no online meeting).
    online = [
        (w, fold_key(m.surface))
        for m in kinds
        for k in lex.kinds_with("online")
        for w in kind_text(k)
        if w in fold_key(m.surface)
    ]
    phrases += [w for w, _ in online] + [act for w, act in online if act != w]
    # A figure with its unit ("10 tỷ USD", "1,6 triệu liều", "70%") is the article's own.
    phrases += _figures(q)
    # "Bocharov Ruchey": a venue typed is its city asked, and the article naming the venue
    # itself ranks first among the city's meetings.
    named_venues = [m.surface for m in places if _is_venue(lex, m)]
    phrases += [fold_key(v) for v in named_venues]
    # A place of each side, neither typed as the venue (storage.search: one of them was):
    # the meeting whose text names both ranks first ("Hà Nội Moskva").
    sides_of = {lex.places[m.key].country for m in places if m.key in lex.places}
    if sides_of >= {"VN", "RU"} and not {m.key for m in places} & set(venues):
        phrases += [fold_key(m.surface) for m in places]
    # "Phạm Minh Chính Lavrov Campuchia": a third country named bare beside a Vietnamese
    # and a Russian is where they met (a summit abroad), not another pair of countries.
    sides = {lex.people[n].country for g in groups for n in g.names if n in lex.people}
    third = [
        c
        for c in named_countries
        if not (c.locative or c.topic or c.code in ("VN", "RU") or c.code in countries)
        # ("gặp Bộ trưởng Quốc phòng Nhật Bản": that country's official, not where they met)
        and c.start not in titled_sides
    ]
    abroad: list[str] = []
    if {"VN", "RU"} <= sides and not third_leaders:
        countries += [c.code for c in third]
        venue_labels = {country_label(c.code) for c in third}
        foreign = [f for f in foreign if f not in venue_labels]
    elif sides & {"VN", "RU"} and not third_leaders:
        # One side only ("Lavrov AMM-57 Lào"): maybe where they met (services.answer).
        abroad = [c.code for c in third]
    elif (
        not sides and not third_leaders and not any(c.code in ("VN", "RU") for c in named_countries)
    ):
        # No one and neither side named ("Kazakhstan 2015"): maybe where a Vietnam–Russia
        # meeting was held; "Việt Nam Trung Quốc" is another pair of countries.
        abroad = [c.code for c in third]
    countries_at = [c.start for c in named_countries if c.locative] if same_len else []
    bare = not (
        people or offices or places or sectors or kinds or dr or leftovers or unknown or twins
    ) and any(c.code in ("VN", "RU") and not c.locative for c in named_countries)
    return Query(
        leaders=list(dict.fromkeys(n for g in groups for n in g.names)),
        date_from=dfrom,
        date_to=dto,
        date_label=dr.label if dr else None,
        places=list(dict.fromkeys(m.key for m in places)),
        # "Hội nghị An ninh quốc tế Moskva": an event's words are its name, no sector asked.
        sectors=list(
            dict.fromkeys(
                m.key
                for m in sectors
                if not any(
                    a <= m.start < b for a, b, g in agencies if readable(a, b, g) and is_event(g)
                )
            )
        ),
        # "gặp" (the plain kind) is any meeting; a signing is asked of the meeting it closed.
        kinds=list(
            dict.fromkeys(
                m.key
                for m in kinds
                if not lex.kind_is(m.key, "plain") and not lex.kind_is(m.key, "ceremony")
            )
        ),
        prefer_kinds=[
            *preferred_kinds(folded_q if same_len else fold_key(q)),
            # "tiệc chiêu đãi Tổng thống Putin": a banquet or a wreath asked ranks its record
            # first; the meeting it came with is still an answer.
            *(m.key for m in kinds if lex.kind_is(m.key, "event")),
            *(
                lex.kinds_with("visit")[:1]
                if _arrived(folded_q if same_len else "", kinds, places, countries_at)
                else []
            ),
        ],
        met=any(not lex.kind_is(m.key, "message") for m in kinds),
        in_person=bool(in_person),
        online=bool(online),
        intent="latest" if bare else intent,
        keywords=keywords,
        unknown_names=list(dict.fromkeys(unknown))[:MAX_UNKNOWN],
        groups=groups,
        countries=list(dict.fromkeys(countries)),
        abroad=list(dict.fromkeys(abroad)),
        newest=newest or bare,
        oldest=oldest and not bare,
        single=single,
        truncated=truncated,
        roles=list(dict.fromkeys(roles)),
        role_labels=list(dict.fromkeys(role_labels)),
        role_terms=list(dict.fromkeys(role_terms)),
        foreign=list(dict.fromkeys(foreign)),
        phrases=list(dict.fromkeys(p for p in phrases if p)),
        runs=runs,
        ordinals=[
            *ordinal_phrases(folded_q if same_len else fold_key(q)),
            *edition_phrases(
                folded_q if same_len else fold_key(q),
                {f for a, b, g in agencies if readable(a, b, g) and is_event(g) for f in g},
            ),
        ],
        project_places=list(dict.fromkeys(project_places)),
        owned_places=list(dict.fromkeys(p.key for p in owned_places)),
        venues=list(dict.fromkeys(venues)),
        named_venues=list(dict.fromkeys(named_venues)),
        recent=bool(dr and dr.recent),
        relative=bool(dr and dr.relative),
        year_open=bool(dr and dr.yearless),
        counted_from=reference,
        weekday=dr.weekday if dr else None,
        bare_country=bare,
        agencies=[list(g) for a, b, g in agencies if readable(a, b, g)],
        events=[list(g) for a, b, g in agencies if readable(a, b, g) and is_event(g)],
        agency_labels=list(dict.fromkeys(q[a:b] for a, b, g in agencies if readable(a, b, g))),
        headed=[
            [role, *g]
            for a, b, g in agencies
            for role in [
                next(
                    (
                        r
                        for r, e in zip(roles, role_ends, strict=True)
                        if e <= a and not q[e:a].strip()
                    ),
                    "",
                )
            ]
            if role
            and readable(a, b, g)
            and not is_event(g)  # "Thứ trưởng Quốc phòng đối thoại chiến lược": no head
            # "Hiệu trưởng MGU Sadovnichy": the title of the one named, which articles
            # may write shorter ("Hiệu trưởng nhà trường"): he is what is asked.
            and _person_after(q, b) is None
            and not _foreign_word_after(q, b)
        ],
        unknown_places=unknown_places,
        carried=carried,
        mourned=mourned,
    )
