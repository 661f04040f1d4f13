"""Article → meetings.

News reports of a Vietnam–Russia meeting follow a stable shape: a lead sentence names the
date, place, the two principals with their titles and the kind of meeting; the body adds
agreed sectors and key statements, and may recall other meetings (talks held during the
same visit, an earlier state visit). We find the lead by its ingredients (a meeting verb
plus people of both countries), preferring what a headline or photo caption names and the
act reported over the visit that frames it; take the participants nearest to that verb;
and resolve the date (``store.language.meeting_dates``). Every date, place and set of
participants keeps the sentence it came from as evidence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from store.language.citation import home_place
from store.language.compiled import kept_regex, word_spans
from store.language.countries import (
    country_spans,
    find_countries,
    folded_names,
    is_country_name,
    short_name,
    without_country_aside,
)
from store.language.dates import WEEKDAYS, DateMention, site_bar_line
from store.language.delegations import with_leader
from store.language.document import (
    Doc,
    Sentence,
    acted_for,
    analyse,
    anaphoric,
    apposed_title,
    countries_in,
    title_chain,
    without_name_head,
)
from store.language.field_words import no_field
from store.language.fold import fold, fold_key, squash_spaces
from store.language.lexicon import Lexicon, Mention, get_lexicon
from store.language.live_blog import entries_start, is_day_heading, live_marked
from store.language.meeting_dates import (
    INVITE,
    RECALL_VERB,
    THAT_DAY,
    TRIP,
    WILL,
    When,
    about_other_event,
    as_date,
    fmt,
    has_relative_day,
    occasion_month,
    recall_start,
    recalled_date,
    resolve,
    unlisted_elsewhere,
    unlisted_title,
    usable,
)
from store.language.models import Article, Meeting, Participant
from store.language.names import HONORIFIC, is_given_name, name_in_run
from store.language.packaged import files
from store.language.surnames import vn_surnames
from store.language.venues import LOCAL_TIME, national_seat, seat_of_body

BILATERAL = {"VN", "RU"}
_COUNTRY_NAME = {"VN": "Việt Nam", "RU": "Nga"}


def _remote(kind: str | None) -> bool:
    """A call or a written message (kinds.json flag "remote"): it happens nowhere in particular."""
    return bool(kind) and get_lexicon().kind_is(kind, "remote")  # type: ignore[arg-type]


def _plain_names(told: str, kind: str) -> bool:
    """A headline's plain "gặp" (kinds.json "plain") names an act of any kind in person."""
    return get_lexicon().kind_is(told, "plain") and not _remote(kind)


def _ceremony(kind: str | None) -> bool:
    """A signing (kinds.json flag "ceremony"): it closes talks, it is not what a visit is for."""
    return bool(kind) and get_lexicon().kind_is(kind, "ceremony")  # type: ignore[arg-type]


def _accessory(k: Mention | None) -> bool:
    """A ceremony or a letter handed over: what goes with a meeting rather than one itself."""
    lex = get_lexicon()
    return k is not None and (lex.kind_is(k.key, "ceremony") or lex.kind_is(k.key, "delivery"))


def _event(kind: str | None) -> bool:
    """A ceremony both sides attend (kinds.json flag "event": a reception, a wreath-laying):
    the story only when the page tells no meeting and no visit of the two sides."""
    return bool(kind) and get_lexicon().kind_is(kind, "event")  # type: ignore[arg-type]


def _without_events(body: list[Sentence]) -> list[Sentence]:
    """The sentences with their events left out, to look for a meeting or a visit first; and
    with the visit a banquet told before it is given for ("chủ trì tiệc chiêu đãi trọng thể
    chào mừng Tổng thống X thăm cấp Nhà nước Việt Nam", "Phát biểu tại tiệc chiêu đãi, … nhấn
    mạnh chuyến thăm …"): the banquet is that sentence's story, not the visit."""
    if not any(_event(k.key) for s in body for k in s.kinds):
        return body
    out = []
    for s in body:
        kept = [k for k in s.kinds if not _event(k.key) and not _banquet_for(s, k)]
        out.append(_view(s, s.start, s.end, kinds=kept) if len(kept) < len(s.kinds) else s)
    return out


_BANQUET = kept_regex(r"\b(?:chieu dai|tiec|quoc yen)\b")


def _banquet_for(s: Sentence, k: Mention) -> bool:
    """``k`` is a visit a banquet named before it in its sentence is given in honour of."""
    return _visit(k.key) and _BANQUET.search(_folded_span(s, s.start, k.start)) is not None


def _cochaired(kind: str) -> bool:
    """Chairing another act (kinds.json flag "chairing"): "đồng chủ trì cuộc tham vấn …"."""
    return get_lexicon().kind_is(kind, "chairing")


def _names_kind(s: Sentence, kind: str) -> bool:
    """The sentence names that kind of act, not as one to come."""
    return any(k.key == kind and not _future(s, k) for k in s.kinds)


def _visit(kind: str | None) -> bool:
    """A visit (kinds.json flag "visit"): it frames the acts reported during it."""
    return bool(kind) and get_lexicon().kind_is(kind, "visit")  # type: ignore[arg-type]


# "cùng ngày", "chiều cùng ngày", "Cũng trong ngày, …" (no day of its own after it), "cùng
# buổi sáng" (the same morning)
_SAME_DAY = kept_regex(
    r"\b(?:(sang|trua|chieu|toi|dem)\s+)?cung ngay\b|\bcung trong ngay\b(?!\s*\d)"
    r"|\bcung buoi (sang|trua|chieu|toi)\b"
)


def _same_day_tod(m: re.Match[str]) -> str | None:
    """The time of day a "same day" phrase gives ("chiều cùng ngày", "cùng buổi sáng")."""
    word = m.group(1) or m.group(2)
    return _tod_word(word) if word else None


_EARLIER = kept_regex(
    r"\b(truoc day|nam ngoai|nam truoc|hoi (?:dau|giua|cuoi|thang|nam)|lan truoc|tung|vua qua|ket qua (?:cua )?(?:cac )?(?:cuoc|buoi|chuyen))\b"
)


def _told_so(s: Sentence, apart: Sequence[tuple[int, int]] = ()) -> bool:
    """The sentence tells an act of another time ("trước đây", "từng", "vừa qua"); its
    people's names are no such word ("Trần Thanh Tùng" folds like "từng"), nor is the time of
    an act it retells ("Trong cuộc gặp Y, X nhắc lại chuyến thăm … hồi tháng 6": that visit's),
    nor what is written in the spans ``apart`` (offsets into the text)."""
    text = _RETELLING.sub(lambda m: " " * len(m.group()), s.folded)
    spans = [(m.start, m.end) for m, _ in s.people] + list(apart)
    for start, end in spans:
        a, b = max(0, start - s.start), max(0, end - s.start)
        text = text[:a] + " " * (b - a) + text[b:]
    return bool(_EARLIER.search(text))


def _earlier_acts(doc: Doc, s: Sentence, km: Mention | None) -> list[tuple[int, int]]:
    """The clauses of a sentence that tell another, earlier act with its date, before or after
    the act at ``km`` ("Sau chuyến thăm … của Z hồi tháng 6, … cuộc hội kiến giữa X và Y", "X
    gặp Y …, thảo luận việc triển khai kết quả chuyến thăm Nga của Z hồi tháng 5"): that
    visit's time, which makes the meeting itself no act of another time."""
    if km is None:
        return []
    out = []
    for d in s.dates:
        start = recall_start(doc, d, km.start)
        if start is not None:
            out.append((start, d.end))
    return out


_RETELLING = kept_regex(rf"\b{RECALL_VERB}\b[^.;,:()]*")


# A visit recalled, not reported: "sau chuyến thăm … vào tháng 5 vừa qua", "hồi tháng 6".
_RECALLED = kept_regex(
    r"\b(vao thang \d+|hoi thang|thang \d+ vua qua|vua qua|nam ngoai|nam truoc|truoc day|lan truoc"
    r"|sau chuyen|qua chuyen|ke tu chuyen|tu chuyen)\b"
)
# An act told as earlier than the one the article reports, in the clause before its verb:
# "Trước đó, tại Moskva, X đã làm việc với Y" (just before, as a rule on the same trip), or
# at another time: "Hồi tháng 6, …", "Năm ngoái, …", "Nhân dịp chuyến thăm trước, …", "X từng
# hội đàm với Y". "Hồi" and "từng" keep their marks: folded, they are also "hội" (đàm) and the
# name "Tùng".
_JUST_BEFORE = kept_regex(r"(?<!\w)(?:trước đó|trước đấy)(?!\w)")
# So is an act told so many weeks, months or years from another ("Chuyến thăm diễn ra hai
# tháng sau khi X tiếp Y", "ba năm trước, X …"); "một ngày trước đó" is mostly the same month.
_ANOTHER_TIME = kept_regex(
    r"(?<!\w)(?:trước đây|năm ngoái|năm trước|lần trước|hồi (?:tháng|năm|đầu|giữa|cuối)"
    r"|nhân dịp [^,;.]{0,50}?trước(?! khi| them| thềm)|từng"
    r"|(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài|mấy|nhiều)\s+(?:tuần|tháng|năm)"
    r"\s+(?:sau khi|trước))(?!\w)"
)
# "sau khi làm việc với …": the act done before, in the clause of the verb.
_AFTER_DOING = kept_regex(r"(?<!\w)sau khi(?:\s+\w+){0,3}\s*$")


_ACTS = r"(?:hoi dam|hoi kien|gap|gap go|tiep|lam viec|dien dam|phien hop|hoi nghi)"
# A sentence opening on another act ("Trước khi bước vào cuộc hội đàm", "Sau buổi làm việc
# với …") or on the day of one told before ("Cùng ngày"), a dateline or credit before it.
_SIDE_OPENER = kept_regex(
    rf"^(?:[^,.]{{0,40}}?\s[-–]\s+)?(?:truoc khi(?:\s+\w+){{0,3}}?\s+(?:cuoc\s+|buoi\s+)?{_ACTS}"
    rf"|sau (?:khi|buoi|cuoc)(?:\s+\w+){{0,2}}?\s+{_ACTS}|cung ngay|cung trong ngay)(?!\w)"
)


def _side_act(doc: Doc, s: Sentence) -> bool:
    """The sentence of the act opens on another act or its day: told beside the story."""
    whole = doc.sentence_at(s.start) or s
    return _SIDE_OPENER.search(whole.folded) is not None


def _told_earlier(doc: Doc, s: Sentence) -> bool:
    """The act of a sentence (or of a view of one) is told as one before the article's own
    ("Trước đó, …", "Nhân dịp chuyến thăm trước năm 2023, X …", "từng …"): a recall, whose
    day and place are its own or unknown, never the report's."""
    return _earlier_marks(doc, s) != ""


def _another_time(doc: Doc, s: Sentence) -> bool:
    """Told as an act of another time ("năm ngoái", "hồi tháng 6", "từng"), not one just
    before on the same trip ("Trước đó", "sau khi …"): not even its month is the report's."""
    return _earlier_marks(doc, s) == "another"


def _earlier_marks(doc: Doc, s: Sentence) -> str:
    """ "another", "before" or "" for the clause before the act's verb."""
    if "earlier" not in s.memo:
        k = _kind_mention(s) or (s.kinds[0] if s.kinds else None)
        whole = doc.sentence_at(s.start) or s
        lo = min(whole.start, s.start)
        clause = doc.text[lo : k.start if k is not None else s.end].lower()
        for a, b in _earlier_acts(doc, whole, k):
            if lo <= a and b <= lo + len(clause):  # another act's time, not this one's
                clause = clause[: a - lo] + " " * (b - a) + clause[b - lo :]
        clause = re.split(r"[;:]", clause)[-1]
        if _ANOTHER_TIME.search(clause):
            s.memo["earlier"] = "another"
        elif _JUST_BEFORE.search(clause) or _AFTER_DOING.search(clause.rsplit(",", 1)[-1]):
            s.memo["earlier"] = "before"
        else:
            s.memo["earlier"] = ""
    return s.memo["earlier"]  # type: ignore[return-value]


# Words before a meeting verb that make it a plan or an invitation, not an event.
_FUTURE = kept_regex(
    r"\b(se|sap|du kien|du dinh|chuan bi|ke hoach|mong som|som|hy vong|mong muon|de nghi|tiep theo|truoc them)\b"
)
_INVITE = kept_regex(INVITE)  # "mời" (invite), not "lời mời"


def _plan_before(text: str, folded: str | None = None) -> bool:
    """Words before a meeting verb that make it a plan or an invitation, not an event."""
    folded = folded or fold(text)
    if _INVITE.search(text.lower()):
        return True
    return any(
        not _in_name(text, folded, m.start())
        # "những đề nghị của X khi hội đàm với Y": what was proposed at the talks, held
        and not (m.group(1) in _SAID_WORDS and _WHEN_ACT.search(folded, m.end()))
        for m in _FUTURE.finditer(folded)
    )


_SAID_WORDS = frozenset({"de nghi", "mong muon", "hy vong"})
_WHEN_ACT = kept_regex(r"\bkhi\s*$")


def _in_name(text: str, folded: str, at: int) -> bool:
    """A capitalised word after another word of its clause is part of a name: "Bộ Kế hoạch và
    Đầu tư", "Bộ trưởng Kế hoạch và Đầu tư X" plan nothing (the plan is written "kế hoạch")."""
    if len(folded) != len(text) or not text[at : at + 1].isupper():
        return False
    return bool(_WORD_BEFORE.search(text, 0, at))


def _folded_span(s: Sentence, a: int, b: int) -> str:
    """s.folded between two offsets of the text (folding keeps offsets in NFC Vietnamese)."""
    if len(s.folded) == len(s.text):
        return s.folded[max(0, a - s.start) : b - s.start]
    return fold(s.text[max(0, a - s.start) : b - s.start])


# Upper-case letters of Latin scripts, Vietnamese included.
_UP = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()
)
_WORD_BEFORE = kept_regex(r"\w[^\s,.;:()]*\s+$")  # a word of the clause just before
# "MOSKVA (TTXVN) -", "BOCHAROV RUCHEI (Sochi) (Sputnik) -", "HÀ NỘI - ", after a news brief's
# bullet ("▪ MOSKVA - …").
_BULLET = r"(?:[▪•●■◆◦‣*]\s*)?"
_DATELINE = kept_regex(
    # "(Báo Giao thông) - MOSKVA -": the paper's mark, a dash, then the city
    rf"^\s*{_BULLET}(?:\([^)]{{0,20}}\)\s*(?:[-–—]\s*)?)?([{_UP}][{_UP}.\- ]{{2,30}}?)"
    r"(?:,\s*(?:LB|Liên bang)?\s*Nga)?"  # "KAZAN, LB Nga (TTXVN) -"
    rf"\s*((?:\([^)]{{0,25}}\)\s*){{0,2}})[-–—]\s"
)
# "(Vientiane) - ", "(Bắc Kinh, 10/11) - ": the city in brackets, its day after a comma; a paper's
# mark in the same place ("(Dân trí) - ") is no place, and is left by the place look-up.
_DATELINE_BRACKETED = kept_regex(
    rf"^\s*{_BULLET}\(([^(),]{{2,30}})(?:,[^()]{{0,20}})?\)()\s*[-–—]\s"
)
# "Honolulu, Hawaii (TTXVN) -", "Viêng Chăn (VOV) -", "Moskva (TTXVN) 9/9 -": a city written
# in title case, its region after a comma, and the agency's mark (which a headline never has),
# the day after it.
_DATELINE_TITLED = kept_regex(
    rf"^\s*{_BULLET}([{_UP}][^\s,()]*(?:\s+[{_UP}][^\s,()]*){{0,3}})"
    rf"(?:,\s*[{_UP}][^\s,()]*(?:\s+[{_UP}][^\s,()]*){{0,2}})?"
    r"\s*((?:\([^)]{1,25}\)\s*){1,2})(?:\d{1,2}[/\-]\d{1,2}(?:[/\-]\d{2,4})?\s*)?[-–—]\s"
)
# "Hà Nội - Sáng 14/1, …", "Burabay, Kazakhstan — Chiều 29/5, …": a city (its country
# after a comma), a dash, then the day that opens the report.
_DATELINE_DASH = kept_regex(
    rf"^\s*{_BULLET}([{_UP}][^\s,()]*(?:\s+[{_UP}][^\s,()]*){{0,3}})"
    rf"(?:,\s*[{_UP}][^\s,()]*(?:\s+[{_UP}][^\s,()]*){{0,2}})?()\s+[-–—]\s+"
    r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Nn]gày)\s+(?:nay\s+)?\(?\d{1,2}[/\-]\d{1,2}"
)
# "Đà Nẵng - Bên lề Tuần lễ Cấp cao APEC, X hội kiến Y": a city and a dash opening the lead's
# own sentence (read only there: a headline "TP HCM - Vladivostok mở đường bay" pairs two).
_DATELINE_OPENING = kept_regex(
    rf"^\s*{_BULLET}([{_UP}][^\s,()]*(?:\s+[{_UP}][^\s,()]*){{0,3}})()\s+[-–—]\s+(?=[{_UP}])"
)
# "Sochi, ngày 27/7 -", "Hà Nội, 12/11 (TTXVN) -": a dateline with the day after the city.
_DATELINE_DAY = kept_regex(
    # "(HNM) Moskva, ngày 12/9 -", "TTO - Hà Nội, 12-11 -", "QĐND Online - Hà Nội, 12-11 -":
    # the paper's mark first, its dash apart from it ("MÁT-XCƠ-VA, 25-11 -" is a city's)
    rf"^\s*{_BULLET}(?:\([^)]{{0,20}}\)\s*(?:[-–—]\s*)?"
    rf"|[{_UP}][\w.]{{1,12}}(?:\s[{_UP}][\w.]{{1,10}})?(?:\s+[-–—]\s*|[-–—]\s+))?"
    rf"([{_UP}][^\s,()]*(?:\s+[{_UP}][^\s,()]*){{0,3}}),\s*"
    # "Hà Nội, sáng thứ Tư 19/3 —": the hour and the weekday may come before the day
    r"(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+)?(?:(?:[Tt]hứ\s+\w+|[Cc]hủ\s+[Nn]hật),?\s+)?"
    rf"(?:ngày\s+)?\d{{1,2}}[/\-]\d{{1,2}}"
    rf"(?:[/\-]\d{{2,4}})?\s*((?:\([^)]{{0,25}}\)\s*){{0,2}})[-–—]\s"
)
_WIRE = kept_regex(r"phong vien ttxvn tai\s+([a-z\- ]{3,30})")
_KEY_CUE_WORDS = (
    "nhat tri|thong nhat|cam ket|ky ket|khang dinh|nhan manh|de nghi|danh gia cao|thuc day"
    "|tang cuong|hop tac"
)
_KEY_CUES = kept_regex(rf"\b({_KEY_CUE_WORDS})\b")
_KEY_CUE_LIST = tuple(_KEY_CUE_WORDS.split("|"))  # a sentence without any needs no regex
# "thành phố nghỉ dưỡng Sochi", "thành phố cảng Vladivostok": a city described.
_CITY_NOUN = (
    r"thanh pho(?: (?:nghi duong|nghi mat|cang|cang bien|bien|ven bien|du lich|cong nghiep"
    r"|anh hung))?"
)
# A place is where the meeting was only after "tại", "ở", "đến" and the like; "Thống đốc
# Primorye" or "Đại sứ quán Nga tại Hà Nội" name an office, not a venue.
_LOCATIVE = kept_regex(
    r"\b(tai|o|den|toi|sang|tham|dien|tru so(?: ubnd| hdnd| thanh uy| tinh uy)?"
    r"|toa thi chinh|dinh thong doc)\s*[,]?\s*"
    rf"(thu do|thu phu|{_CITY_NOUN}"
    r"|tp\.?|tinh|vung|dao|san bay(?: quoc te| quoc gia)?|cang(?: quoc te| bien)?"
    r"|khu nghi duong|khu nghi mat|khu du lich|thi tran|thi xa)?\s*$"
)
# "Tổng Lãnh sự Nga tại TP Hồ Chí Minh", "Đại sứ quán Việt Nam tại Liên bang Nga": where a
# mission is posted names an office, not the meeting's venue; so does a correspondent's post
# ("Theo phóng viên TTXVN tại Moskva, …").
_POSTED = kept_regex(
    r"\b(?:dai su|dai su quan|tong lanh su|lanh su|tong lanh su quan|lanh su quan|co quan dai dien"
    r"|truong dai dien|van phong dai dien|dai dien thuong mai|tuy vien(?: \w+)?"
    r"|(?:phong vien|pv|ptv)(?: thuong tru)?(?: [\w.]+){0,3}?)"
    r"(?: (?:dac menh toan quyen|viet nam|nga|lien bang nga|lb nga))?\s+(?:tai|o)\s*"
    rf"(?:thu do|{_CITY_NOUN}|tp\.?)?\s*$"
)
# "tại Văn phòng Trung ương Đảng (Hà Nội)": a city in brackets after a venue.
# "tại Bộ Tư lệnh … (cơ sở Hải Phòng)": the body's branch in that city.
_VENUE_BRACKET = kept_regex(
    r"\b(?:tai|o)\s+[^,;.()]{3,70}\(\s*(?:(?:co so|chi nhanh|van phong)(?:\s+tai)?\s+)?$"
)
# "tại khu nghỉ dưỡng Bocharov Ruchei, thành phố Sochi": the city set after the venue.
_VENUE_APPOSED = kept_regex(r"\b(?:tai|o)\s+[^,;.()]{3,70},\s*(?:(?:thu do|thanh pho|tp\.?)\s*)?$")
_CITY_WORD = kept_regex(r"(?:thu do|thanh pho|tp\.?)\s")
# An act held online ("hội đàm trực tuyến", "buổi làm việc trực tuyến với …", "làm việc qua
# cầu truyền hình"): no one place is where it happened.
_ONLINE = kept_regex(
    r"[^,.;]*?\b(truc tuyen|online|qua cau truyen hinh|qua hinh thuc truc tuyen|qua video)\b"
)
# "Nằm trong chương trình chuyến công tác …": the programme of a trip frames it as well.
_FRAME = kept_regex(
    r"\b(trong|khuon kho|nhan dip|dip|sau|ket thuc|tiep tuc|hoat dong|dang o|dang co|dang trong"
    r"|bat dau|chao mung|hoan nghenh|nhan|cam on)\s+(chuong trinh\s+)?(cac\s+)?(chuyen\s*)?$"
)
# "hai bên đã tiến hành hội đàm", "hai Thủ tướng … hội đàm": the act of both sides.
_BOTH_SIDES = kept_regex(
    r"\bhai (ben|nha lanh dao|lanh dao|thu tuong|bo truong|chu tich|nguyen thu|ngoai truong|truong doan"
    r"|doan|tong thong|nguoi|ong|pho thu tuong|pho chu tich|thu truong|thong doc|bi thu)\b"
)
# "đoàn … Nga", "người đồng cấp Nga", "phía Nga": the other side, named without a name.
_OTHER_SIDE = kept_regex(
    r"\b(doan|phai doan|doan dai bieu|nguoi dong cap|phia|dong nghiep)\b[^,.;]{0,60}?\b(nga|lien bang nga|viet nam)\b"
)
_PERSON_OF = {"nga": "RU", "lien bang nga": "RU", "viet nam": "VN"}
# Two people of one side are both principals when only "và"/commas and titles stand between,
# "ông", a country, or a title's last word pointing back to a place named before ("Thống đốc
# St. Petersburg X và Chủ tịch Hội đồng Lập pháp thành phố Y").
_COORD = kept_regex(
    r"[\s,;()\-–]*(?:(?:va|cung|cung voi|ong|ba|ngai|dong chi|lien bang|lb|nga|viet nam|quoc hoi"
    r"|thuong vien|ha vien|tai viet nam|tai nga|thanh pho|tinh|vung|nuoc ban)\b[\s,;()\-–]*)*"
)


@dataclass
class Lead:
    """The sentence (or sentences) reporting a meeting, and where its facts came from."""

    s: Sentence
    kind: Mention | None = None  # the verb that decides the kind, when not in s itself
    extra: list[Sentence] | None = None  # sentences that add the kind or the date


def _is_candidate(s: Sentence) -> bool:
    countries = {c for _, c in s.people}
    return bool(s.kinds) and countries >= BILATERAL


def _parties(doc: Doc, s: Sentence, kind: str | None = None) -> list[tuple[Mention, str]]:
    """The people of a sentence who can be parties: not represented by an envoy, greeted or
    watching (the recipient of a message is a party to the message, though)."""
    out = []
    for m, c in s.people:
        why = doc.represented.get(m.start)
        if why and not (why == "greeted" and (_remote(kind) or _handed_to(doc, m, kind))):
            continue
        out.append((m, c))
    return out


def _depicts(doc: Doc, s: Sentence) -> bool:
    """The sentence tells of a photo of the act ("trưng bày …, trong đó có ảnh Tổng thống X
    hội đàm với Y"): shown, not reported."""
    if _PICTURES_TELL.search(s.folded):
        return True
    for m, _c in s.people:
        edge = doc.title_starts.get(m.start, m.start)
        if _DEPICTED.search(doc.folded(max(0, edge - 30), edge)):
            return True
    return False


# "Nhiều bức ảnh ghi lại … các cuộc hội đàm của Tổng thống X tại Hà Nội": pictures tell them.
_PICTURES_TELL = kept_regex(r"\banh(?: tu lieu)?\s+(?:ghi lai|tai hien|the hien|luu giu)\b")


# A photo of a person, in a sentence about pictures ("trong đó có ảnh Tổng thống X hội đàm
# …", "bức ảnh tư liệu Chủ tịch X tiếp …"): the act is shown, not reported. Not a caption's
# label ("Ảnh 4: …", "Ảnh: …").
_DEPICTED = kept_regex(r"\b(?:co|la|nhung|cac|buc|tam|hinh)\s+anh(?:\s+tu lieu)?(?:\s+ve)?\s+$")


# "… trao thư của X tới/cho (ông) Y": Y, the one the letter is handed to ("thư … gửi tới Y"
# names its addressee).
_HANDED_TO = kept_regex(r"(?<!gui )\b(?:toi|den|cho)\s*$")


def _handed_to(doc: Doc, m: Mention, kind: str | None) -> bool:
    """The recipient of a letter handed over in person (kinds.json flag "delivery") met the
    one who handed it; the sender ("thư của X") did not."""
    if not kind or not get_lexicon().kind_is(kind, "delivery"):
        return False
    edge = doc.title_starts.get(m.start, m.start)
    return bool(_HANDED_TO.search(doc.folded(max(0, edge - 12), edge)))


def _with_parties(doc: Doc, s: Sentence) -> Sentence:
    """The sentence with only the people who can be its parties, up to a trailing clause that
    tells an earlier act ("X đã thăm Viện Y, sau khi làm việc với Z tại Moskva")."""
    tail = _recalled_tail(s)
    if tail is not None:
        s = _view(s, s.start, tail)
    km = _kind_mention(s)
    people = with_leader(doc, s, _parties(doc, s, km.key if km else None))
    if people == s.people:
        return s
    return _view(s, s.start, s.end, people=people)


# ", sau khi làm việc với …", ", trước đó đã hội đàm với …": an act before the one the
# sentence reports, told in a clause after it.
_TAIL_RECALL = kept_regex(
    r",\s*(?:sau khi|trước đó|trước đây|trước đấy)(?:\s+(?:đã|từng|đã từng|vừa))?"
    r"(?:\s+có)?(?:\s+(?:cuộc|buổi|các cuộc))?\s*$"
)


def _recalled_tail(s: Sentence) -> int | None:
    """Where a trailing clause telling an earlier act starts, after an act of the sentence's
    own: its people and verb belong to that earlier act only."""
    for k in s.kinds[1:]:
        m = _TAIL_RECALL.search(s.text[: k.start - s.start].lower())
        if m is not None and any(j.end <= s.start + m.start() for j in s.kinds):
            return s.start + m.start()
    return None


def _view(s: Sentence, lo: int, hi: int, **over: object) -> Sentence:
    fields = dict(
        people=[pm for pm in s.people if lo <= pm[0].start < hi],
        kinds=[m for m in s.kinds if lo <= m.start < hi],
        places=[m for m in s.places if lo <= m.start < hi],
        dates=[d for d in s.dates if lo <= d.start < hi],
        sectors=[m for m in s.sectors if lo <= m.start < hi],
        offices=[m for m in s.offices if lo <= m.start < hi],
    )
    fields.update(over)  # type: ignore[arg-type]
    view = Sentence(
        lo,
        hi,
        s.text[lo - s.start : hi - s.start],
        s.folded[lo - s.start : hi - s.start],
        s.paragraph,
        s.caption,
        s.retracted,
        **fields,  # type: ignore[arg-type]
    )
    if (lo, hi) == (s.start, s.end):
        # The same words: what is read from them alone is shared (its people may differ).
        view.memo["words"] = s.memo.setdefault("words", {})
    return view


def _visit_candidate(s: Sentence) -> bool:
    """A visit by one side to the other country ("… bắt đầu thăm chính thức Liên bang Nga")."""
    if not s.kinds or not s.people:
        return False
    if not _visit(s.kinds[0].key):
        return False
    countries = {c for _, c in s.people}
    if countries - BILATERAL:
        return False  # a visit between Russia or Vietnam and a third country
    lex = get_lexicon()
    where = countries_in(s) | {lex.places[p.key].country for p in s.places if p.key in lex.places}
    return bool(("VN" in countries and "RU" in where) or ("RU" in countries and "VN" in where))


def _recalled(s: Sentence) -> bool:
    """The sentence's only event is a visit it recalls ("sau chuyến thăm … tháng 5 vừa qua"), or
    its events are all earlier acts it counts from, of a time of their own ("Đây là lần thứ hai
    X tới Nga, sau chuyến thăm … cuối tháng 7 với cuộc hội đàm với Y tại Sochi"): it reports
    none of them."""
    if any(d.day for d in s.dates):
        return False
    if (
        s.kinds
        and all(_after_act(s, k) for k in s.kinds)
        # (with a time of its own: "sau hội đàm" alone is the act just before the one told)
        and any(d.month and d.start > s.kinds[0].start - 30 for d in s.dates)
    ):
        return True
    if any(not _visit(k.key) for k in s.kinds):
        return False
    return any(
        _RECALLED.search(s.folded[max(0, k.start - s.start - 30) : k.end - s.start + 80])
        for k in s.kinds
    )


def _is_frame(s: Sentence, k: Mention) -> bool:
    """ "Trong (khuôn khổ) chuyến thăm …", "đang ở thăm", "chào mừng … thăm": the visit sets the
    scene for the act the sentence reports."""
    before = fold(s.text[max(0, k.start - s.start - 60) : k.start - s.start])
    if fold(k.surface).startswith("chuyen"):
        before += " chuyen"
    if _FRAME.search(before.rstrip() + (" " if not before.endswith("chuyen") else "")):
        return True
    # "Chào mừng Tổng Giám đốc X thăm, làm việc tại Việt Nam, …"
    return bool(re.search(r"\b(chao mung|hoan nghenh|cam on)\b[^,.;]{0,60}$", before))


def _not_future(s: Sentence) -> bool:
    """At least one of the sentence's meeting verbs reports an event, not a plan. A visit
    told as ending ("Kết thúc chuyến thăm, Tổng thống X sẽ tới Hà Nội, bắt đầu chuyến thăm
    …") frames the acts after it: it is no event the sentence reports."""
    acts = [k for k in s.kinds if not _ending(s, k)] or s.kinds
    return any(not _future(s, k) for k in acts)


_ENDING = kept_regex(r"\b(?:ket thuc|sau khi ket thuc|truoc khi ket thuc)\s*$")


def _ending(s: Sentence, k: Mention) -> bool:
    """A visit named as ending, as the time of what follows ("Kết thúc chuyến thăm, …")."""
    return (
        _visit(k.key)
        and _ENDING.search(s.folded[max(0, k.start - s.start - 30) : k.start - s.start]) is not None
    )


_DONE = kept_regex(r"\b(da|vua|moi day)\b")
# "X cho biết hai nước sẽ …, sau cuộc hội đàm với Y": what X said after the talks; the plan is
# the speech's, the talks were held.
_SAYING = kept_regex(r"\b(?:cho biet|noi|khang dinh|nhan manh|cho rang|tuyen bo)\b")
_SAID_AFTER = kept_regex(r",\s*(?:ngay\s+)?sau\s+(?:(?:cuoc|cac cuoc|buoi)\s+|khi\s+)?$")
# A clause of today after the plan's ("Sochi, thành phố sẽ đăng cai Thế vận hội 2014, hôm nay
# là nơi diễn ra cuộc hội đàm …"): the plan is another clause's.
_NOW_AFTER = kept_regex(r",\s*(?:(?:sang|trua|chieu|toi)\s+)?(?:hom\s+)?nay\b")
_WILL = kept_regex(rf"\b{WILL}\b")


def _word_start(s: Sentence, at: int) -> int:
    """``at`` moved back to the start of the word it falls in: a window cut mid-word ("ộ Kế
    hoạch và Đầu tư") would hide the capital that makes "Kế hoạch" part of a name."""
    while at > s.start and not s.text[at - s.start - 1].isspace():
        at -= 1
    return at


def _future(s: Sentence, k: Mention) -> bool:
    """A plan: a future word shortly before the verb, or earlier in the same clause with the
    verbs listed after it ("sẽ hội đàm với X, gặp Y, hội kiến Z")."""
    # Asked of a sentence and of its views again and again: read from its words alone, once.
    words: dict[object, object] = s.memo.setdefault("words", {})  # type: ignore[assignment]
    key = ("future", k.start)
    if key not in words:
        words[key] = _planned(s, k) or _called_off(s, k)
    return words[key]  # type: ignore[return-value]


# An act called off after it is named: "chuyến thăm …, dự kiến từ ngày 16/3, đã được hai bên
# thống nhất hoãn lại", "… đã bị hủy", "… lùi sang năm 2023", "… chưa được tổ chức".
# Matched with marks: folded, "hoãn" is also the name "Hoan", "hủy" the name "Huy".
_CALLED_OFF = kept_regex(
    r"(?<!\w)(?:(?:tạm\s+)?hoãn|lùi\s+(?:lại|sang)|dời\s+(?:lại|sang)|(?:bị|đã|được)\s+(?:hủy|huỷ)"
    r"|không\s+(?:thể\s+)?diễn\s+ra|chưa\s+(?:được\s+)?(?:tổ\s+chức|diễn\s+ra))(?!\w)"
)
# … unless the act was then held: "vốn bị hoãn từ tháng 3, đã diễn ra sáng nay".
_HELD_AFTER_ALL = kept_regex(r"\b(?:da dien ra|da duoc to chuc|da duoc tien hanh|nay da)\b")


def _called_off(s: Sentence, k: Mention) -> bool:
    """The act was called off, postponed or never held, as its own sentence tells after it, or
    the next sentence says the report of it is untrue."""
    if s.retracted:
        return True
    after = s.text[k.end - s.start :].split(";", 1)[0]
    # What the sides said comes after the act: "… hội đàm, khẳng định Nga đã hủy lệnh cấm".
    said = _SPOKEN.search(fold(after))
    m = _CALLED_OFF.search(after[: said.start() if said else None].lower())
    return m is not None and not _HELD_AFTER_ALL.search(fold(after[m.end() :]))


def _planned(s: Sentence, k: Mention) -> bool:
    lo = _word_start(s, max(s.start, k.start - 40))
    if lo > s.start and s.text[lo - s.start : lo - s.start + 1].isupper():
        # A window opening on a capital ("Kế hoạch và Đầu tư …") keeps the word before it,
        # whose capital makes it part of a name ("Bộ Kế hoạch …") rather than a plan.
        lo = _word_start(s, lo - 1)
    if _plan_before(s.text[lo - s.start : k.start - s.start], _folded_span(s, lo, k.start)):
        return True
    clause = s.text[: k.start - s.start]
    cut = clause.rfind(";") + 1
    opening = {km.start - s.start for km in s.kinds}  # where the sentence's verbs start
    while cut > 0 and (
        not clause[cut:].strip() or len(clause) - len(clause[cut:].lstrip()) in opening
    ):
        # "sẽ hội đàm với X …; làm việc với Y, gặp Z": a clause opening on its verb has no
        # subject of its own and goes on with the plan before it.
        cut = clause.rfind(";", 0, cut - 1) + 1
    folded = _folded_span(s, s.start + cut, k.start)
    raw = s.text[cut : k.start - s.start]  # the same span as folded, so offsets agree
    plans = [m for m in _WILL.finditer(folded) if not _in_name(raw, folded, m.start())]
    if (
        plans
        and not _DONE.search(folded, plans[-1].end())
        and not _NOW_AFTER.search(folded, plans[-1].end())
        and not (_SAID_AFTER.search(folded) and _SAYING.search(folded, 0, plans[-1].start()))
    ):
        return True
    if _visit(k.key) and "loi moi" in fold(k.surface):
        # "Nhận lời mời của X, Thủ tướng Y sẽ dẫn đầu đoàn … tham dự …": the invitation opens
        # the clause; its act, and what says it is a plan, come after it.
        rest = s.folded[k.end - s.start :].split(";")[0]
        will = _WILL.search(rest)
        if will and not _DONE.search(rest, 0, will.start()):
            return True
    # "Ông mời Tổng thống X dẫn đoàn doanh nghiệp sang thăm …": the invitee's act, however
    # far the verb is from the invitation in its clause.
    # (The act in which the invitation was made is no plan: "mời X thăm … trong cuộc điện đàm".)
    phrase = raw[raw.rfind(",") + 1 :]
    if _visit(k.key) and _INVITE.search(phrase.lower()):
        return True
    # "… sang thăm TP HCM vào năm tới": a visit at a time to come, told after the verb in its
    # clause ("hội đàm về kế hoạch trong năm tới" is talks held about the year to come).
    after = s.folded[k.end - s.start :]
    return _visit(k.key) and bool(_LATER.match(after)) and not _DONE.search(folded)


# A time to come right after an act, in its clause ("vào năm tới", "trong tháng sau", "sắp tới").
_LATER = kept_regex(
    r"[^.;,]{0,60}?\b(?:(?:vao|trong|dip)\s+(?:nam|thang|tuan)\s+(?:toi|sau)|sap toi)\b"
)


def _kind_mention(s: Sentence) -> Mention | None:
    """The meeting verb of the sentence.

    The act reported wins over the visit that frames it ("Trong khuôn khổ chuyến thăm …, X
    đã hội đàm với Y", "X đang ở thăm Việt Nam … hội đàm với Y"); plans ("sẽ hội đàm")
    never count. When several acts remain, the one just before the second side's principal
    is theirs ("… hội kiến ông Triệu Lạc Tế; gặp Tổng thống Nga Vladimir Putin").
    """
    if "kind" not in s.memo:
        s.memo["kind"] = _find_kind_mention(s)
    return s.memo["kind"]  # type: ignore[return-value]


def _find_kind_mention(s: Sentence) -> Mention | None:
    kinds = [k for k in s.kinds if not _future(s, k)]
    if not kinds:
        return s.kinds[0] if s.kinds else None
    acts = [k for k in kinds if not _visit(k.key) and not _purpose(s, k) and not _framed_act(s, k)]
    # "sau cuộc hội đàm với X ngày 10-12, chiều 11-12, A đã hội đàm với Y": the act the
    # sentence reports, not the earlier one it counts from (unless only a signing is left).
    opening = _after_clause_end(s) or s.start
    told = [
        k
        for k in acts
        if not _after_act(s, k) and not _in_prior_clause(s, k, acts) and k.start >= opening
    ]
    if any(not _ceremony(k.key) for k in told):
        acts = told
    sides = {c for _, c in s.people} & BILATERAL
    if acts and (len(sides) == 2 or any(_act_with_other_side(s, k) for k in acts)):
        events = acts
    else:
        kinds = [k for k in kinds if not _purpose(s, k)] or kinds
        events = [k for k in kinds if not (_visit(k.key) and _is_frame(s, k))] or kinds
    # "X hội đàm với Y và cùng ký …": the talks are the act, the signing closes them.
    events = [k for k in events if not _ceremony(k.key)] or events
    # "sau cuộc hội đàm với Z ngày 10/12, chiều 11/12 X đã hội đàm với Y", "Hồi tháng 10, trong
    # cuộc điện đàm với Z, … Tiếp nối …, X đã tiếp Y": an act of another time, beside the one
    # the sentence reports.
    events = [k for k in events if not _another_act_before(s, k)] or events
    # "có loạt tiếp xúc song phương, trong đó có cuộc hội đàm với X": the act the list names;
    # "Các lãnh đạo … lần lượt tiếp Y, trong đó Chủ tịch Quốc hội X hội kiến ông Y": the act
    # of the one named after "trong đó".
    named = [
        k
        for k in events
        if _AMONG.search(_folded_span(s, max(s.start, k.start - 30), k.start)) or _named_among(s, k)
    ]
    events = named or events
    if len(events) == 1:
        return events[0]
    last = {c: m for m, c in reversed(s.people) if c in BILATERAL}
    if len(last) == 2 and any(c not in BILATERAL for _, c in s.people):
        later = max(last.values(), key=lambda m: m.start)
        before = [k for k in events if k.start < later.start]
        if before:
            return before[-1]
    return events[0]


_AMONG = kept_regex(r"\btrong (?:do|so) co\s+(?:(?:cac|nhung)\s+)?(?:cuoc|buoi)?\s*$")
_AMONG_CLAUSE = kept_regex(r"\btrong (?:do|so)\b,?[^,;.:]{0,100}$")


def _named_among(s: Sentence, k: Mention) -> bool:
    """ "…, trong đó Chủ tịch Quốc hội X chiều nay hội kiến …": after "trong đó", someone of
    either side is named before the act."""
    start = max(s.start, k.start - 110)
    at = _AMONG_CLAUSE.search(_folded_span(s, start, k.start))
    if at is None:
        return False
    return any(start + at.start() <= m.start < k.start and c in BILATERAL for m, c in s.people)


_SEQUENCED = kept_regex(r"\b(?:sau|truoc)\s+(?:khi\s+)?(?:cac\s+)?(?:cuoc|buoi)?\s*$")


def _another_act_before(s: Sentence, k: Mention) -> bool:
    """The act is told as one after which or before which the sentence's own act happens
    ("sau cuộc hội đàm với …"), or as one of another time ("Hồi tháng 10, trong cuộc điện đàm
    …"), in the words since the act before it."""
    lo = max([x.end for x in s.kinds if x.end <= k.start] + [s.start])
    if _SEQUENCED.search(_folded_span(s, max(lo, k.start - 25), k.start)):
        return True
    return bool(_ANOTHER_TIME.search(s.text[lo - s.start : k.start - s.start].lower()))


_SETS_OFF = kept_regex(r"\b(bat dau|len duong|toi|den|sang)\b[^.;]{0,40}$")


def _purpose(s: Sentence, k: Mention) -> bool:
    """An act named as what a trip that begins is for: "lên đường thăm chính thức Nga và đồng
    chủ trì Phiên họp …", "đến Hà Nội, bắt đầu thăm … và đồng chủ trì …"."""
    for v in s.kinds:
        if not _visit(v.key) or v.end > k.start:
            continue
        gap = s.text[v.end - s.start : k.start - s.start]
        if re.search(r"[.;]", gap) or not re.search(r"\svà\s", gap):
            continue
        if _SETS_OFF.search(fold(s.text[max(0, v.start - s.start - 50) : v.start - s.start])):
            return True
    return False


_FRAME_CLAUSE = kept_regex(
    r"\b(nhan dip|trong khuon kho|khuon kho|trong dip|nhan chuyen|trong chuyen|ben le|chao mung"
    r"|hoan nghenh|theo loi moi|nhan loi moi)\b[^,;.]*$"
)


_COPULA = kept_regex(r"(?<!\w)là(?!\w)")


def _framed_act(s: Sentence, k: Mention) -> bool:
    """An act that only frames the one reported: in a clause "nhân dịp dự … và làm việc tại
    Trung Quốc, …", or listed with a framing visit ("Chào mừng X thăm, làm việc tại …")."""
    before = s.folded[: k.start - s.start]
    frame = _FRAME_CLAUSE.search(before)
    if frame and not _COPULA.search(s.text, frame.start(), k.start - s.start):
        # (not "một điểm nhấn trong chuyến thăm … là cuộc hội kiến với X": the act itself)
        return True
    for v in s.kinds:
        if (
            _visit(v.key)
            and v.end <= k.start
            and re.fullmatch(r"\s*(?:,|va)\s*", before[v.end - s.start :])
        ):
            return _is_frame(s, v)
    return False


_REFERENCE = kept_regex(r"\b(sau|tai|trong|truoc|qua|sau khi)\s+(cac\s+)?(cuoc|buoi)?\s*$")


def _referenced(s: Sentence, k: Mention) -> bool:
    """An act named in passing ("Tuyên bố chung … đưa ra sau hội đàm giữa X và Y"), not reported."""
    return bool(_REFERENCE.search(s.folded[max(0, k.start - s.start - 25) : k.start - s.start]))


_AFTER_OPENER = r"\b(?:sau|sau khi|tiep noi|noi tiep|tiep theo|ke tu|ben canh|ngoai)\s+(?:cac\s+)?"
_AFTER_ACT = kept_regex(
    _AFTER_OPENER
    + r"(?:(?:cuoc|buoi|lan)\s+)?"
    # "sau các cuộc hội đàm, hội kiến với …": each act of the list
    + rf"(?:{_ACTS}\s*(?:,|va|hoac)\s+(?:(?:cac\s+)?(?:cuoc|buoi)\s+)?){{0,3}}$"
)


def _after_act(s: Sentence, k: Mention) -> bool:
    """ "sau cuộc hội đàm với X", "Tiếp nối cuộc gặp tại Moskva tháng 4/2019": an earlier act
    the sentence's own is dated after; "Bên cạnh cuộc hội đàm với X, tại Moskva, Y đã hội kiến
    Z": another act beside the one the sentence reports. So is each act listed with it, and
    one held during it ("sau chuyến thăm … cuối tháng 7 với cuộc hội đàm với X tại Sochi")."""
    if _AFTER_ACT.search(s.folded[max(0, k.start - s.start - 60) : k.start - s.start]):
        return True
    return any(
        v.end <= k.start
        and _visit(v.key)
        and _DURING_IT.search(s.folded[v.end - s.start : k.start - s.start])
        and _AFTER_ACT.search(s.folded[max(0, v.start - s.start - 60) : v.start - s.start])
        for v in s.kinds
    )


# What joins an act to the visit it was held during: "với (các) cuộc hội đàm", no clause break.
_DURING_IT = kept_regex(r"^[^,;]{0,60}\bvoi\s+(?:cac\s+)?(?:(?:cuoc|buoi)\s+)?$")


def _after_clause_end(s: Sentence) -> int | None:
    """Where an opening clause of earlier acts ends ("Sau các cuộc hội đàm với X và hội kiến
    với Y, chiều 20/6, …": its comma), when the sentence opens with one."""
    if not s.kinds or not _after_act(s, s.kinds[0]):
        return None
    listed = [k for k in s.kinds if _after_act(s, k)]
    at = s.kinds[0].end
    for k in listed[1:]:
        if k.start - at > 30:
            break
        at = k.end  # "Sau các cuộc hội đàm, hội kiến với …,": after the list's last act
    comma = s.text.find(",", at - s.start)
    return s.start + comma if comma >= 0 else None


# "sau khi hai Thủ tướng hội đàm tại Trụ sở Chính phủ hôm 14/1, sáng nay X làm việc với Y":
# the act of a clause opened by "sau khi", up to its comma.
_PRIOR_CLAUSE = kept_regex(r"\bsau khi\b[^,;]{0,60}$")


def _in_prior_clause(s: Sentence, k: Mention, acts: list[Mention]) -> bool:
    """The act is told in a "sau khi …" clause, and the sentence reports another after it."""
    if not _PRIOR_CLAUSE.search(s.folded[max(0, k.start - s.start - 70) : k.start - s.start]):
        return False
    comma = s.text.find(",", k.end - s.start)
    return comma >= 0 and any(j.start >= s.start + comma for j in acts)


def _in_earlier_act(s: Sentence, p: Mention) -> bool:
    """The place is told of the earlier act the sentence counts from ("Sau lần gặp … tại
    Yekaterinburg hồi tháng 7-2024, X tiếp Y")."""
    acts = [k for k in s.kinds if k.end <= p.start]
    if not acts or not _after_act(s, acts[-1]):
        return False
    # in its clause ("Sau cuộc hội đàm, tại Hà Nội, X tiếp Y" is the next act's place), and
    # the sentence's own act told after it (", sau khi làm việc … tại Moskva" is the act)
    return "," not in s.text[acts[-1].end - s.start : p.start - s.start] and any(
        k.start >= p.end and not _after_act(s, k) for k in s.kinds
    )


def _recalls_result(s: Sentence, k: Mention) -> bool:
    """ "đánh giá cao kết quả cuộc điện đàm với X": an earlier act, recalled."""
    before = s.folded[max(0, k.start - s.start - 30) : k.start - s.start]
    return bool(re.search(r"\bket qua\s+(cua\s+)?(cac\s+)?(cuoc|buoi|chuyen)?\s*$", before))


def _act_with_other_side(s: Sentence, k: Mention) -> bool:
    """An act in a one-side sentence whose counterpart is named without a name."""
    after = s.folded[k.end - s.start : k.end - s.start + 80]
    return bool(_OTHER_SIDE.search(after) or _BOTH_SIDES.search(s.folded[: k.start - s.start]))


# A bracketed aside between two names: "(giữa)", "(thứ hai từ phải sang)", "(Ủy viên Bộ Chính trị)".
_ASIDE = kept_regex(r"\([^()]{0,60}\)")


def _strip_titles(s: Sentence, lo: int, hi: int) -> str:
    """Folded text between two offsets with every office mention removed."""
    out, pos = [], lo
    for off in s.offices:
        if off.start >= lo and off.end <= hi:
            out.append(s.text[pos - s.start : off.start - s.start])
            pos = off.end
    out.append(s.text[pos - s.start : hi - s.start])
    return fold(" ".join(out))


_APPOSITION_START = kept_regex(r"\s*[,\-–]\s*")


def _past_apposition(doc: Doc, m: Mention) -> int:
    """The end of the title written after a person ("ông X, Thứ trưởng Bộ Năng lượng Nga, và
    ông Y"), else the end of the name."""
    title = doc.titles_after.get(m.start) or doc.titles.get(m.start)
    gap = _APPOSITION_START.match(doc.text, m.end)
    if title and gap and doc.text.startswith(title, gap.end()):
        return gap.end() + len(title)
    return m.end


def _choose_participants(s: Sentence, doc: Doc | None = None) -> list[tuple[Mention, str]]:
    """The principals: per country, the person nearest the meeting verb, plus coordinated ones
    ("X, title Y và title Z": only "và", commas and their titles stand between)."""
    if not s.people:
        return []
    km = _kind_mention(s)
    pairs = _exchanging_pairs(s, km) if km is not None else None
    if pairs:
        return pairs
    between = _between(s, km) if km is not None else None
    if between:
        return between
    anchor = km.start if km else s.people[0][0].start
    recalled = _recall_clause_start(doc, s, km) if doc is not None and km is not None else None
    chosen: list[tuple[Mention, str]] = []
    for country in ("VN", "RU"):
        side = [pm for pm in s.people if pm[1] == country and not _mourned(doc, pm[0])]
        if recalled is not None:
            # "X nhắc lại chuyến thăm của Y và cuộc hội đàm với Z": the act recalled is Y's; the
            # one who recalls it met Z only when the clause names no one of his side.
            side = [pm for pm in side if pm[0].start > recalled] or side
        if not side:
            continue
        side.sort(key=lambda pm: abs(pm[0].start - anchor))
        group = [side[0]]
        rest = sorted(side[1:], key=lambda pm: pm[0].start)
        grown = True
        while grown:  # "A cùng B, C": C joins through B
            grown = False
            for pm in list(rest):
                near = min(group, key=lambda g: abs(g[0].start - pm[0].start))
                lo, hi = sorted([near[0], pm[0]], key=lambda m: m.start)
                edge = max(lo.end, doc.title_starts.get(hi.start, hi.start)) if doc else hi.start
                after = min(_past_apposition(doc, lo), edge) if doc else lo.end
                gap = _ASIDE.sub(" ", _strip_titles(s, after, edge))
                if hi.start - lo.end < 200 and _COORD.fullmatch(gap):
                    group.append(pm)
                    rest.remove(pm)
                    grown = True
        for pm in group:
            if all(pm[0].key != c[0].key for c in chosen):
                chosen.append(pm)
    chosen.sort(key=lambda pm: ({"VN": 0, "RU": 1}.get(pm[1], 2), pm[0].start))
    return chosen


# "sang viếng Tổng Bí thư X", "gia đình Tổng Bí thư X", "Lễ Quốc tang X": the one a funeral
# is for, named with his title; he met no one.
_MOURNING = kept_regex(
    r"(?<!\w)(?:vieng|le vieng|le tang|tang le|quoc tang|le truy dieu|gia dinh|linh cuu"
    r"|di anh|tien dua|thuong tiec|tuong niem)\s*$"
)


def _mourned(doc: Doc | None, m: Mention) -> bool:
    """The person is the one a funeral or tribute is for (the words right before his title)."""
    if doc is None:
        return False
    start = doc.title_starts.get(m.start, m.start)
    return _MOURNING.search(doc.folded(max(0, start - 30), start)) is not None


# "cuộc hội đàm ngày 30/11 tại Điện Kremlin giữa …": the act's two sides follow "giữa".
_BETWEEN = kept_regex(r"^[^.;:]{0,80}?\bgiua\s+")


def _others_act_day(x: Sentence, names: set[str]) -> bool:
    """Whether every day ``x`` gives is that of an act it names between others than the lead's
    people ("cuộc hội đàm giữa Chủ tịch nước với Tổng thống Putin hôm 30/11" told at a meeting
    with the Prime Minister): the day told after that act, its parties not all the lead's."""
    days = [d for d in x.dates if d.day]
    for k in x.kinds:
        at = _BETWEEN.match(x.folded[k.end - x.start :])
        if at is None or not days or not all(d.start > k.end for d in days):
            continue
        lo = k.end + at.end()
        hi = min(d.start for d in days)
        # Its parties are those named after "giữa", up to the day (the lead's by title).
        parties = {m.key for m, _ in x.people if lo <= m.start < hi}
        if parties - names:
            return True
    return False


def _between(s: Sentence, km: Mention) -> list[tuple[Mention, str]] | None:
    """ "Đại sứ X: Trọng tâm … là cuộc hội đàm … giữa Chủ tịch nước Y và Tổng thống Z": the
    first of each side named after "giữa" (the clause's), not whoever stands nearer the verb,
    when no one is named between the act and "giữa"."""
    at = _BETWEEN.match(s.folded[km.end - s.start :])
    if at is None:
        return None
    lo = km.end + at.end()
    if any(km.end <= m.start < lo for m, _ in s.people):
        return None  # "X hội đàm với Y, chứng kiến ký kết giữa A và B": the act's are named
    hi = next((lo + i for i, c in enumerate(s.text[lo - s.start :]) if c in ".;:"), s.end)
    first: dict[str, tuple[Mention, str]] = {}
    for m, country in s.people:
        if lo <= m.start < min(hi, lo + 150) and country in BILATERAL:
            first.setdefault(country, (m, country))
    if set(first) != BILATERAL:
        return None
    return [first["VN"], first["RU"]]


# "… (cũng) (đã) trao đổi điện mừng": the pairs before it exchanged messages.
_EXCHANGED = kept_regex(r"\btrao doi\s*$")


def _exchanging_pairs(s: Sentence, km: Mention) -> list[tuple[Mention, str]] | None:
    """ "Cùng dịp này, Thủ tướng X và Thủ tướng Y; Chủ tịch Quốc hội A với Chủ tịch B và
    Chủ tịch C; … cũng đã trao đổi điện mừng": every pair of the list exchanged messages of
    the occasion, each clause naming both sides (none only the nearest the verb)."""
    if not get_lexicon().kind_is(km.key, "message") or not _EXCHANGED.search(
        fold(s.text[max(0, km.start - s.start - 30) : km.start - s.start])
    ):
        return None
    cuts = [s.start + i for i, c in enumerate(s.text[: km.start - s.start]) if c == ";"]
    if not cuts:
        return None
    bounds = [s.start, *cuts, km.start]
    people = [pm for pm in s.people if pm[0].start < km.start]
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        if {c for m, c in people if lo <= m.start < hi} != BILATERAL:
            return None
    unique = {pm[0].key: pm for pm in reversed(people)}
    return sorted(unique.values(), key=lambda pm: ({"VN": 0, "RU": 1}[pm[1]], pm[0].start))


_RECALL_VERB = kept_regex(rf"\b{RECALL_VERB}\b(?=[^.;]*$)")


def _recall_clause_start(doc: Doc, s: Sentence, km: Mention) -> int | None:
    """Where a clause that recalls the act ``km`` names starts ("… nhắc lại cuộc hội đàm …"),
    or None when the act is not told inside one."""
    start = (doc.sentence_at(s.start) or s).start  # a view may start past the verb
    ends = [m.end() for m in _RECALL_VERB.finditer(doc.folded(start, km.start))]
    return start + ends[-1] if ends else None


# ------------------------------------------------------------------------------ the lead


_STOP_AT_END = kept_regex(r"[.!?…]\s*$")


def _stopped(text: str) -> bool:
    """The sentence ends with a stop, as a headline does not."""
    return _STOP_AT_END.search(text) is not None


def _headline(body: list[Sentence]) -> Sentence | None:
    """The title: a whole line at the top, before the body, without a final full stop,
    naming a meeting verb."""
    lines: dict[int, int] = {}
    for s in body:
        lines[s.paragraph] = lines.get(s.paragraph, 0) + 1
    found: list[Sentence] = []
    lead: Sentence | None = None
    for s in body[:6]:
        if len(s.text) >= 60 and _stopped(s.text):
            lead = s
            break  # the body has begun
        whole = lines[s.paragraph] == 1 and not _stopped(s.text) and len(s.text) < 200
        if whole and s.kinds and (s.people or s.offices) and _not_future(s):
            found.append(s)
    if len(found) > 1 and lead is not None:
        # A related report's title above the page's own ("Chủ tịch Quốc hội … hội kiến …" over
        # "Thủ tướng … hội kiến …"): the title whose people the lead names.
        told = {m.key for m, _ in lead.people}
        for s in found:
            if {m.key for m, _ in s.people} and {m.key for m, _ in s.people} <= told:
                return s
    return found[0] if found else None


def _plan_only(x: Sentence) -> bool:
    """Every act the sentence names is to come: its days are a plan's."""
    return bool(x.kinds) and all(_future(x, k) for k in x.kinds)


_THIS_IS = kept_regex(r"\b(?:day|do) (?:se )?la (?:cac\s+)?(?:(?:chuyen|cuoc|lan)\s+)?$")


def _plan_retold(doc: Doc, s: Sentence) -> bool:
    """ "Đây là chuyến thăm chính thức Nga thứ hai của X" after "X sẽ thăm …": the act the
    text told just before as to come, told again; still to come."""
    k = _kind_mention(s)
    if k is None or not _THIS_IS.search(
        s.folded[max(0, k.start - s.start - 25) : k.start - s.start]
    ):
        return False
    for x in reversed([y for y in doc.sentences if y.end <= s.start and not y.caption][-3:]):
        same = [j for j in x.kinds if j.key == k.key or (_visit(k.key) and _visit(j.key))]
        if same:
            return all(_future(x, j) for j in same)
    return False


def _headline_planned(body: list[Sentence], head: Sentence) -> bool:
    """ "Tổng thống Nga Vladimir Putin thăm cấp Nhà nước Việt Nam" over "… Putin sẽ thăm cấp
    Nhà nước Việt Nam từ ngày 19 đến 20/6": a headline writes a plan without "sẽ"; its act
    is the one a sentence right after tells, of the same people, as to come."""
    kinds = {k.key for k in head.kinds}
    people = {m.key for m, _ in head.people}
    after = [x for x in body if x.start >= head.end and not x.caption][:2]
    return bool(kinds) and any(
        k.key in kinds and _future(x, k) and people <= {m.key for m, _ in x.people}
        for x in after
        for k in x.kinds
    )


def _body_headline(doc: Doc) -> Sentence | None:
    """The article's headline among its body sentences, read once."""
    if "headline" not in doc.memo:
        doc.memo["headline"] = _headline([x for x in doc.sentences if not x.caption])
    return doc.memo["headline"]  # type: ignore[return-value]


# A sentence saying who took part: "X chủ trì lễ đón", "Về phía Nga có …", "phía Việt Nam có …".
_ROSTER = kept_regex(r"\b(chu tri|ve phia|phia viet nam|phia nga|truong doan|dan dau)\b")


# A sentence naming who received the visitors: "Tiếp đoàn có X", "Đón đoàn có X", "Cùng tiếp
# đoàn có …", "Làm việc với đoàn có …", "Tham dự buổi làm việc có …", "Phía Nga có …". The
# host of the act the sentence before reports, not an act of its own.
_HOST_LINE = kept_regex(
    r"^\W*(?:(?:cung|ve)\s+)?(?:(?:tiep|don|don tiep|tiep don|lam viec voi|tiep va lam viec voi)"
    r"\s+(?:\w+\s+){0,3}?|phia (?:nga|ban|chu nha|viet nam)\s+|(?:tham du|du)\s+(?:buoi|cuoc)"
    r"\s+(?:\w+\s+){1,3}?)co\b"
)
# "Tiếp đoàn, Thống đốc X cho biết …", "Tiếp đoàn hôm 24/5, X giới thiệu …": an opening clause
# whose subject, after the comma, received the visitors the sentence before reports.
_HOST_CLAUSE = kept_regex(
    r"^\W*(?:(?:tiep|don tiep|tiep don|lam viec voi)\s+(?:doan|dai su|ong|ba)\b)"
    r"(?![^,.;:]{0,30}\bco\b)[^,.;:]{0,30},"  # "Tiếp đoàn có X, …" lists the hosts instead
)
# "… đã tiếp và làm việc với đoàn.": the next sentence's subject received the delegation the
# sentence before brought, whatever its date says.
_RECEIVED_THEM = kept_regex(
    r"\b(?:tiep|don tiep|tiep don|hoi kien|gap|lam viec voi)(?:\s+va\s+lam viec voi)?"
    r"\s+(?:doan|doan cong tac|doan dai bieu)\s*(?:[.;]|$)"
)
# "Đón đoàn tại sân bay có X": who greeted on arrival, not who met.
_GREETED_AT = kept_regex(r"\b(?:san bay|nha ga|ga tau|cua khau|ben cang)\b")


# "thăm chính thức Liên bang Nga", "làm việc tại Việt Nam": a trip to the country, not a
# visit to one institution or city in it.
_COUNTRY_TRIP = kept_regex(
    r"\b(?:tham|lam viec|cong tac)(?:\s+(?:chinh thuc|cap nha nuoc|lam viec|huu nghi))?"
    r"(?:\s+(?:tai|o|sang|den|toi))?\s+(?:lien bang nga|lb nga|nga|viet nam)\b"
)


def _country_trip(head: Sentence) -> bool:
    return bool(_COUNTRY_TRIP.search(head.folded))


def _aside_of_lead(doc: Doc, a: Sentence) -> bool:
    """A two-sided act before the lead that is not the story: told as earlier, or the talks on
    the way when a one-sided headline names another act of the same person."""
    if _told_earlier(doc, a):
        return True
    head = _body_headline(doc)
    want = _kind_mention(head) if head is not None else None
    k = _kind_mention(a)
    if head is None or want is None or k is None or _is_candidate(head) or _country_trip(head):
        return False
    return want.key != k.key and bool(
        {m.key for m, _ in head.people} & {m.key for m, _ in a.people}
    )


def _joined_lead(doc: Doc, body: list[Sentence]) -> Sentence | None:
    """A dated lead naming at most one side, whose next sentences name the others.

    "Chiều 25/7, Bộ Công an tổ chức lễ đón và hội đàm với Đoàn … do Đại tướng X dẫn đầu.
    Thượng tướng Y, Bộ trưởng Bộ Công an, chủ trì lễ đón."; "Sáng nay (16/4), đoàn công tác
    … đến thăm, làm việc với lãnh đạo UBND tỉnh. Về phía Nga có ngài X …; tiếp đoàn có Y."
    """
    for i, a in enumerate(body[:5]):
        # "… tháng 6/2018, đoàn … đã làm việc với Phân viện X. Tiếp đoàn có Viện sĩ Y": the
        # next sentence's hosts met them, however the date is given.
        received = i + 1 < len(body) and bool(
            _HOST_CLAUSE.match(body[i + 1].folded)
            or (_HOST_LINE.match(body[i + 1].folded) and not _GREETED_AT.search(body[i + 1].folded))
            or _RECEIVED_THEM.search(body[i + 1].folded)
        )
        if not a.kinds or not (received or any(d.day for d in a.dates)) or not _not_future(a):
            continue
        tail = _recalled_tail(a)
        a = a if tail is None else _view(a, a.start, tail)  # noqa: PLW2901
        people = list(_parties(doc, a))
        sides = {c for _, c in people} & BILATERAL
        if len(sides) == 2 and _aside_of_lead(doc, a):
            continue  # "Trước đó, X đã hội đàm với Y" before the act the headline reports
        if len(sides) == 2 or {c for _, c in people} - BILATERAL:
            return None  # both sides named, or one met a third country's leader
        parts = [a]
        kinds = a.kinds
        dates = a.dates
        for b in body[i + 1 : i + 4]:
            clause = (
                (_HOST_CLAUSE.match(b.folded) or _RECEIVED_THEM.search(b.folded))
                if b is body[i + 1]
                else None
            )
            if b.paragraph - a.paragraph > 6 or (any(d.day for d in b.dates) and not clause):
                break
            if clause is not None:
                # The reception is the act with the other side, on its own day if it has one.
                kinds = [k for k in b.kinds if k.start - b.start < clause.end()] or kinds
                dates = [*a.dates, *b.dates]
                host = True
                people += [pm for pm in b.people if pm[1] in BILATERAL - sides]
                sides |= {c for _, c in people} & BILATERAL
                parts.append(b)
                break
            host = _HOST_LINE.match(b.folded) and not _GREETED_AT.search(b.folded)
            acts = {k.key for k in b.kinds if not _is_frame(b, k)} - {"tiếp"}
            if not host and (not acts <= {k.key for k in a.kinds} or _itinerary(b)):
                break  # the next sentence reports acts of its own, not who took part
            if not host and not b.kinds and not _ROSTER.search(b.folded):
                continue  # "Đón … tại sân bay có X": who greeted, not who met
            # A host line's people received the visitors, though "tham dự" reads as watching.
            pool = b.people if host else _parties(doc, b)
            new = [pm for pm in pool if pm[1] in BILATERAL - sides]
            if not new:
                if b.people:
                    break
                continue
            people += new
            sides |= {c for _, c in new}
            parts.append(b)
            if all(_remote(k.key) for k in kinds) and any(
                k.key == "tiếp" and not _is_frame(b, k) for k in b.kinds
            ):
                # "X chủ trì hội nghị trực tuyến … Sau hội nghị, X đã tiếp đoàn Y": the
                # online meeting was the one side's; the reception is the act with the other.
                kinds = b.kinds
            if sides >= BILATERAL:
                break
        if sides >= BILATERAL and len(parts) > 1:
            last = parts[-1]
            return _spanning(
                doc,
                a.start,
                last.end,
                a.paragraph,
                people=people,
                kinds=kinds,
                places=[m for x in parts for m in x.places],
                dates=dates,
                sectors=[m for x in parts for m in x.sectors],
                offices=[m for x in parts for m in x.offices],
            )
        return None
    return None


def _spanning(doc: Doc, lo: int, hi: int, paragraph: int, **mentions: list) -> Sentence:
    """Body sentences from ``lo`` to ``hi`` read as one, with the mentions given."""
    text = doc.text[lo:hi]
    return Sentence(lo, hi, text, fold(text), paragraph, False, **mentions)


def _delegation_lead(doc: Doc, sentences: list[Sentence]) -> Sentence | None:
    """An act with one side named and the other named as a delegation or counterpart
    ("… hội đàm cùng đoàn Bộ Quốc phòng Nga"): the other side is its best-known person here."""
    for s in sentences:
        km = _kind_mention(s)
        if km is None or _visit(km.key) or _future(s, km):
            continue
        sides = {c for _, c in _parties(doc, s)} & BILATERAL
        if len(sides) != 1:
            continue
        m = _OTHER_SIDE.search(s.folded[km.start - s.start :])
        if not m or _PERSON_OF[m.group(2)] in sides:
            continue
        other = _prominent(doc, _PERSON_OF[m.group(2)])
        if other is None:
            continue
        return _view(
            s, s.start, s.end, people=sorted([*s.people, other], key=lambda pm: pm[0].start)
        )
    return None


def _act_of_visit(doc: Doc, visit: Sentence, candidates: list[Sentence]) -> Sentence | None:
    """A visit the lead reports ("Theo dõi diễn biến chuyến thăm … của Tổng thống X", its
    host named after it) gives way to an act told later between the same people ("10:30 —
    Chủ tịch nước Y và Tổng thống X bắt đầu hội đàm"): the visit frames the story. With no
    place of its own, the act is where the visit's reception was ("Lễ đón … tại Phủ Chủ tịch")."""
    k = _kind_mention(visit)
    if k is None or not _visit(k.key):
        return None
    names = {m.key for m, _ in _choose_participants(visit, doc)}
    for c in candidates[:10]:
        kc = _kind_mention(c)
        if kc is not None and not _visit(kc.key) and names <= {m.key for m, _ in c.people}:
            return c if c.places else _view(c, c.start, c.end, places=list(visit.places))
    return None


def _title_only_lead(doc: Doc, views: list[Sentence]) -> Sentence | None:
    """A meeting whose one side is named by title alone ("… Chủ tịch nước đã tiếp Đại sứ Nga
    X"): the office holder that day, or the person the article named with that title."""
    lex = get_lexicon()
    for v in views:
        if not v.kinds or not _not_future(v) or _recalled(v):
            continue
        sides = {c for _, c in v.people} & BILATERAL
        if len(sides) > 1 or (not sides and not _titled_act(doc, v)):
            continue
        w = _view(v, v.start, v.end, people=list(v.people))
        if not sides:
            # Both sides by title ("Sau đó, Thủ tướng có cuộc gặp với Tổng thống Nga"): the
            # first, the one the article named so before (never a holder that day alone: "các
            # cuộc hội đàm giữa Chủ tịch Quốc hội với Chủ tịch Duma qua các thời kỳ").
            _add_title_only(doc, w, _day_of(doc, v), lex, unnamed=True)
        _add_title_only(doc, w, _day_of(doc, v), lex)
        if _is_candidate(w):
            return w
    return None


def _titled_act(doc: Doc, v: Sentence) -> bool:
    """A sentence that tells one act of two people named by title alone ("Bên lề phiên họp,
    Thủ tướng có cuộc gặp với Tổng thống Nga"): not a headline (told again below with
    names), nor acts in general ("giới thiệu các cuộc gặp giữa … qua các thời kỳ")."""
    if v.people or len(v.offices) < 2 or v.caption or _bare_line(v):
        return False
    km = _kind_mention(v)
    return km is not None and not _GENERIC_ACT.search(fold(doc.text[v.start : km.start])[-40:])


def _day_of(doc: Doc, s: Sentence) -> date | None:
    """The day a sentence speaks of: its own, else the publication day."""
    for d in s.dates:
        if d.year and d.month and d.day:
            return date(d.year, d.month, d.day)
    return doc.published if doc.precision == "day" else None


def _prominent(doc: Doc, country: str) -> tuple[Mention, str] | None:
    """The person of a country the article names most (headlines and captions first)."""
    count: dict[str, int] = {}
    first: dict[str, tuple[Mention, str]] = {}
    for s in doc.sentences:
        for m, c in _parties(doc, s):
            if c == country:
                count[m.key] = count.get(m.key, 0) + (2 if s.caption else 1)
                first.setdefault(m.key, (m, c))
    if not count:
        return None
    return first[max(count, key=lambda k: count[k])]


def _itinerary(s: Sentence) -> bool:
    """A list of the visit's acts with several counterparts ("hội kiến X, hội đàm với Y, gặp Z")
    — not the acts of an opening clause the sentence's own act comes after ("Sau các cuộc hội
    đàm với X và hội kiến với Y, chiều 20/6, Z đã hội kiến W")."""
    start = _after_clause_end(s) or s.start
    acts = {k.key for k in s.kinds if not _visit(k.key) and k.start >= start}
    if len(acts) < 2:
        return False
    per_side: dict[str, set[str]] = {}
    for m, c in s.people:
        if m.start >= start:
            per_side.setdefault(c, set()).add(m.key)
    return any(len(per_side.get(c, ())) >= 3 for c in BILATERAL)


def _separate_visits(doc: Doc, s: Sentence) -> bool:
    """Visits listed each with a time of its own and one side alone ("chuyến thăm Nga của
    Chủ tịch nước X năm 2012, chuyến thăm Việt Nam của Tổng thống Y tháng 11/2013, …"): a
    review of several acts, none of them a meeting of the two."""
    windows = [w for w in _windows(doc, s) if w.people]  # not "hai bên duy trì tiếp xúc: …"
    visits = [w for w in windows if w.kinds and _visit(w.kinds[0].key)]
    if len(visits) < 2 or len(visits) < len(windows) or any(_is_candidate(w) for w in windows):
        return False
    times = [frozenset(doc.text[d.start : d.end] for d in w.dates) for w in visits]
    return all(times) and len(set(times)) == len(times)


def _clause_of_act(s: Sentence) -> Sentence:
    """A sentence of clauses set apart by semicolons, each with a subject and an act of its
    own ("tháng 4, X làm việc tại Moskva; tháng 5, Y thăm Nga và hội đàm với Z"), as its first
    clause when that names one side only: a side named in another clause is another act's
    (a year's review listing its visits). The sentence otherwise."""
    cuts = [m.start() for m in re.finditer(";", s.text)]
    if not cuts:
        return s
    edges = [s.start, *(s.start + c for c in cuts), s.end]
    clauses = [_view(s, lo, hi) for lo, hi in zip(edges, edges[1:], strict=False)]
    # A later clause with its own subject, named before its first verb ("; gặp Tổng thống
    # X" goes on with the subject of the clause before it).
    subject = any(
        c.kinds and any(m.start < c.kinds[0].start for m, _ in c.people) for c in clauses[1:]
    )
    return clauses[0] if subject and not _is_candidate(clauses[0]) else s


def _main_sentence(doc: Doc, body: list[Sentence]) -> Sentence | None:
    """The lead: the meeting the headline or a caption names, else the first one reported.

    A headline often names the meeting without its date; then the first later sentence about
    the same people that carries a date is the lead. A visit that only frames an act gives
    way to the act ("bắt đầu chuyến thăm …" then "hai bên đã tiến hành hội đàm").
    """
    body = [s for s in body if not _depicts(doc, s)]
    views = [_with_parties(doc, s) for s in body]
    candidates = [
        v
        for v in map(_clause_of_act, views)
        if _is_candidate(v)
        and _not_future(v)
        and not _recalled(v)
        and not _itinerary(v)
        and not _plan_retold(doc, v)
        and not _separate_visits(doc, v)
    ]
    # A letter handed over or a signing is the meeting only when the article reports no other
    # act between the two sides: "Tại cuộc hội kiến, X chuyển thư của Y tới Z" forwards the
    # letter to its addressee through the one met.
    candidates.sort(key=lambda v: _accessory(_kind_mention(v)))
    head_line = _headline(views)
    # An act told as earlier ("Trước đó, …", "từng …") is the story only when the headline
    # names it; else what the article reports comes first.
    candidates.sort(key=lambda v: _recall_beside(doc, head_line, v))
    if any(c.dates and not _told_earlier(doc, c) for c in candidates):
        # Background first ("Trước đó, hồi tháng 4/2015, X đã hội đàm …", then "Chiều 23/3, X
        # hội đàm với Y"): the act the article reports now, dated, leads, unless the headline
        # names the earlier one. (An undated act beside an earlier one is placed below.)
        candidates.sort(key=lambda v: _told_earlier(doc, v) and not _names_act(doc, head_line, v))
    if any(not _side_act(doc, c) for c in candidates):
        # "Trước khi bước vào cuộc hội đàm, X đã gặp Y", "Sau buổi hội đàm với Y, X …", "Cùng
        # ngày, …" opening the article: the act told is beside the story, which follows.
        candidates.sort(key=lambda v: _side_act(doc, v) and not _names_act(doc, head_line, v))
    candidates = _recent_first(doc, head_line, candidates)
    candidates = _captioned_first(doc, head_line, candidates)
    if (
        candidates
        and _also_act(doc, candidates[0])
        and not _names_act(doc, head_line, candidates[0])
    ):
        # "Ngày 9/4, Bộ trưởng đã hội đàm với X. … Bộ trưởng Y cũng làm việc với Z": the act
        # told as also done follows the story, told of one side by title only.
        earlier = _title_only_lead(doc, [v for v in views if v.end <= candidates[0].start])
        if earlier is not None:
            return earlier
    continued = _continued_lead(doc, body, head_line, candidates)
    if continued is not None:
        return continued
    itineraries = [v for v in views if _is_candidate(v) and _itinerary(v)]
    joined = _joined_lead(doc, body)
    if joined is not None and (
        not candidates
        or candidates[0].start >= joined.end
        or (
            _told_earlier(doc, candidates[0])
            and not _names_act(doc, head_line, candidates[0])
            and not (head_line is not None and _country_trip(head_line))
        )
        or _headline_act(doc, head_line, joined, candidates[0])
    ):
        return _act_of_visit(doc, joined, candidates) or joined
    head = head_line or next(
        (
            c
            for c in (_with_parties(doc, x) for x in doc.sentences[:8] if x.caption)
            if _is_candidate(c) and _not_future(c)
        ),
        None,
    )
    if head is not None and candidates:
        want = _kind_mention(head)
        head_people = {m.key for m, _ in _choose_participants(head, doc)}
        same = [
            c
            for c in candidates[:10]
            if want
            and (k := _kind_mention(c))
            # "đồng chủ trì cuộc tham vấn …" under "Tham vấn …": the act co-chaired is it
            and (
                k.key == want.key
                or (_cochaired(k.key) and _names_kind(c, want.key))
                # "X gặp Thư ký Hội đồng An ninh Nga": "gặp" says only that they met, so any
                # act in person of everyone it names
                or (_plain_names(want.key, k.key) and head_people <= {m.key for m, _ in c.people})
            )
            and (not head_people or head_people & {m.key for m, _ in c.people})
            and _holds_headline_titles(doc, head, c)
        ]
        # Of those, one with every person the headline names ("Thủ tướng X hội kiến Putin",
        # not a related report's "Chủ tịch Quốc hội Y hội kiến Putin" above it).
        same.sort(key=lambda c: not head_people <= {m.key for m, _ in c.people})
        if same and same[0] is not candidates[0]:
            candidates = same + [c for c in candidates if c not in same]
        elif (
            not same
            and head_people
            and _is_candidate(head)
            and want
            and not _visit(want.key)
            # a caption of the signing that follows the talks shows no act of its own
            and not _accessory(want)
        ):
            first_kind = _kind_mention(candidates[0])
            if first_kind is not None and (
                _visit(first_kind.key) or _framed_act(candidates[0], first_kind)
            ):
                return head  # the caption's "tiếp" is the story; the body only frames the visit
        elif (
            not same
            and head_people
            and want
            and not _visit(want.key)
            and _side_act(doc, candidates[0])
            and (first_kind := _kind_mention(candidates[0])) is not None
            and first_kind.key != want.key
            and _other_side_titled(head)
        ):
            # "Cùng ngày, X làm việc với Z" under "X hội đàm với Bộ trưởng Giáo dục Nga": the
            # headline's talks are the story, told before it with one side by title alone
            # ("Sáng 4/6, Bộ trưởng đã hội đàm với Bộ trưởng … Y").
            told = [
                v
                for v in views
                if v.end <= candidates[0].start
                and any(d.day for d in v.dates)
                and want.key in {k.key for k in v.kinds}
                and not _told_earlier(doc, v)
            ]
            titled = _title_only_lead(doc, told)
            if titled is not None:
                return titled
        elif (
            not same
            and head_people
            and _visit_candidate(head)
            and not head_people & {m.key for m, _ in candidates[0].people}
        ):
            return head  # "Ngoại trưởng Nga X thăm Việt Nam": the visit is the story
    if itineraries and (not candidates or itineraries[0].start < candidates[0].start):
        visits = [
            v
            for v in views
            if _visit_candidate(v) and _not_future(v) and v.start <= itineraries[0].start
        ]
        if visits:
            return visits[0]
    if candidates and all(_told_earlier(doc, c) for c in candidates):
        # "Chiều nay (16/10), tại Moskva, Bộ trưởng đã hội đàm với Bộ trưởng Nga X. … Trước
        # đó, sáng 16/10, Bộ trưởng Y đã làm việc với Z": the act one side of which is named by
        # title is the story, not the one told as before it.
        dated = [v for v in views if any(d.day for d in v.dates) and not _told_earlier(doc, v)]
        titled = _title_only_lead(doc, dated)
        if titled is not None:
            return titled
    if candidates:
        first = candidates[0]
        # "X và Y đồng ý … . Hai nhà lãnh đạo hội đàm tại …, ngày 20/6": the act told of both
        # sides right after they are named, before the page's other acts ("Cùng ngày, ông Y
        # hội kiến …").
        for early in (_named_then_collective(doc, body), _visitor_then_host(doc, body)):
            if early is not None and early.end <= first.start:
                return early
        k0 = _kind_mention(first)
        if k0 is not None and _visit(k0.key):
            # The visit frames the story; the act between the same people is the lead, or
            # the one the lead tells of both sides, named later.
            together = _together_then_named(doc, body)
            if together is not None and together.start <= first.start:
                return together
            names = {m.key for m, _ in _choose_participants(first, doc)}
            acts = [
                c
                for c in candidates[1:10]
                if (k := _kind_mention(c)) is not None
                and not _visit(k.key)
                and not _referenced(c, k)
                and not _told_earlier(doc, c)  # "Trước đó, hai bên đã gặp nhau tại …"
                and names & {m.key for m, _ in _choose_participants(c, doc)}
            ]
            if acts:
                return acts[0]
        headline_like = not _stopped(first.text)
        if first.dates and not headline_like:
            return first
        names = {m.key for m, _ in _choose_participants(first, doc)}
        kind = _kind_mention(first)
        same = [
            c
            for c in candidates[1:6]
            if any(d.day for d in c.dates)
            and names == {m.key for m, _ in _choose_participants(c, doc)}
        ]
        same_kind = [c for c in same if kind and (k := _kind_mention(c)) and k.key == kind.key]
        return (same_kind or same or [first])[0]
    together = _together_then_named(doc, body)
    if together is not None:
        return together
    caps = [
        c
        for c in (_with_parties(doc, x) for x in doc.sentences if x.caption)
        if _is_candidate(c) and _not_future(c)
    ]
    if caps:
        told = _named_then_collective(doc, body)
        shown = {m.key for m, _ in _choose_participants(caps[0], doc)}
        if told is not None and shown <= {m.key for m, _ in told.people}:
            # "X và Y nhất trí … . Cuộc hội đàm diễn ra tối 24/10" under a photo of the two
            # "gặp": the caption shows the act the text tells, with its day.
            return told
        return caps[0]
    delegation = _delegation_lead(doc, [*views, *(x for x in doc.sentences if x.caption)])
    if delegation is not None:
        return delegation
    titled = _title_only_lead(doc, views)
    if titled is not None:
        return titled
    collective = _named_then_collective(doc, body)
    if collective is not None:
        return collective
    hosted = _visitor_then_host(doc, body)
    if hosted is not None:
        return hosted
    bodies = _bodies_then_named(doc, views)
    if bodies is not None:
        return bodies
    visits = [
        v
        for v in views
        if _visit_candidate(v) and _not_future(v) and not _recalled(v) and not _plan_retold(doc, v)
    ]
    return visits[0] if visits else None


BODIES_NAMED_WITHIN = 4  # sentences after an act between bodies that may name its people
# Lines from the top where that act may be: a page's chrome (date, masthead, menu, headline,
# byline, the outlet's mark) comes before its first sentence.
BODIES_LEAD_SENTENCES = 8


def _bodies_then_named(doc: Doc, views: list[Sentence]) -> Sentence | None:
    """ "Chiều 15/6, đoàn công tác tỉnh Nghệ An đã làm việc với Chính quyền vùng Khabarovsk",
    then "Thống đốc Mikhail Degtyarev cho biết …", "Đồng chí Thái Thanh Quý đề nghị …": an act
    between two bodies (a province, a ministry, a delegation), the side or sides it leaves
    unnamed named in the sentences right after it, each by the first person of that side.
    Those sentences read with it as one; the act's day, place and kind are its own.

    _joined_lead reads the same shape when the next sentences say who took part ("Tiếp đoàn
    có X", "Về phía Nga có Y"); this reads what it leaves ("Thống đốc X cho biết …"), and only
    for an act that names each side it leaves unnamed by that side's place or body. At a
    ceremony (a reception an embassy gives) its guests count too ("Tham dự có X")."""
    for i, a in enumerate(views[:BODIES_LEAD_SENTENCES]):
        acts = [
            k
            for k in a.kinds
            if not (_visit(k.key) or _future(a, k) or _remote(k.key))
            and (_event(k.key) or not _ceremony(k.key))
        ]
        if not acts or _recalled(a) or _told_earlier(doc, a) or _heading_line(doc, a):
            continue
        if not any(d.day for d in a.dates):
            return None  # "các cuộc tiếp xúc cấp cao trong năm": no act reported on a day
        people = list(a.people)
        sides = {c for _, c in people} & BILATERAL
        if len(sides) == 2:
            continue
        if not _between_bodies(doc, a, sides):
            return None  # an act with a third country's people, or with no body of a side
        last = a
        event = all(_event(k.key) for k in acts)
        for b in views[i + 1 : i + 1 + BODIES_NAMED_WITHIN]:
            if b.caption:
                break  # a photo's people
            named = _named_at_act(doc, b)
            if named is None:
                break  # another act's people: "Cùng ngày, X và Y trao đổi điện mừng", "Trước đó, …"
            for m, c in _attendees(doc, b) if event else b.people:
                if c in BILATERAL and c not in sides and m.start < named:
                    people.append((m, c))
                    sides.add(c)
                    last = b
            if len(sides) == 2:
                return _spanning(
                    doc,
                    a.start,
                    last.end,
                    a.paragraph,
                    people=people,
                    kinds=list(a.kinds),
                    places=list(a.places),
                    dates=list(a.dates),
                    sectors=list(a.sectors),
                    offices=list(a.offices),
                )
        return None  # the first act between bodies is the story, named or not
    return None


# "năm 2015" in the act's clause after its verb (a place or its people between): the year of
# an act recalled in passing, when no day or month of it is told.
_ACT_YEAR = kept_regex(r"^[^.;:()]{0,80}?\bnam ((?:19|20)\d\d)\b(?!\s*[-–/]|\s+(?:den|toi)\b)")


def _year_with_act(doc: Doc, s: Sentence, km: Mention) -> DateMention | None:
    """The year written right after a recalled act, if it is no later than the report."""
    m = _ACT_YEAR.match(doc.folded(km.end, s.end))
    if m is None or (doc.published is not None and int(m.group(1)) > doc.published.year):
        return None
    at = km.end + m.start(1)
    return next((d for d in s.dates if d.start <= at < d.end and d.month is None), None)


def _named_at_act(doc: Doc, b: Sentence) -> int | None:
    """Up to where a sentence after an act between bodies names people at that act: all of
    it when it tells no act of its own ("Thống đốc X cho biết …"), names the act again ("Tại
    buổi lễ, …"), a plan ("đề nghị sớm ký kết …"), who hosted it ("Tiếp đoàn có …") or the
    visit it was part of ("Đây là chuyến thăm …"); its speaker when another act is named in
    what he says ("Đại sứ X cho biết chuyến thăm … vừa qua"); None when it tells another act
    ("Cùng ngày, X và Y trao đổi điện mừng", "Trước đó, …")."""
    own = [k for k in b.kinds if not (anaphoric(doc.text, k) or _future(b, k))]
    if not own or _HOST_LINE.match(b.folded):
        return b.end
    told = _recalled(b) or _told_earlier(doc, b)
    if all(_visit(k.key) for k in own) and not told:
        return b.end
    said = _SPOKEN.search(doc.folded(b.start, own[0].start))
    return b.start + said.start() if said else None


# Verbs of saying: an earlier act named after one is recalled in a speech at the act.
_SPOKEN = kept_regex(
    r"\b(?:khang dinh|cho biet|bay to|nhan manh|chia se|danh gia|nhac lai|diem lai|noi|phat bieu)\b"
)


def _attendees(doc: Doc, b: Sentence) -> list[tuple[Mention, str]]:
    """The people of a sentence who can be parties to a ceremony: those who attend it too
    ("Tham dự có Thứ trưởng Ngoại giao Nga X" watches talks but is a guest of a reception)."""
    whole = doc.sentence_at(b.start) or b
    return [
        (m, c)
        for m, c in whole.people
        if b.start <= m.start < b.end and doc.represented.get(m.start) in (None, "witness")
    ]


# Bodies only Vietnam has: a province's people's committee, council, party committee.
_VN_BODY = kept_regex(r"\b(?:ubnd|hdnd|uy ban nhan dan|tinh uy|thanh uy)\b")


def _between_bodies(doc: Doc, a: Sentence, named: set[str]) -> bool:
    """Whether an act names no one and nothing of a third country ("Putin hội đàm với Chủ
    tịch Trung Quốc" is not between Russia and an unnamed Vietnamese body) and names each
    side it gives no person of by a place or body of that side ("đoàn công tác tỉnh Nghệ An",
    "Chính quyền vùng Khabarovsk", "UBND tỉnh", "đoàn Tập đoàn Rosatom (Nga)")."""
    lex = get_lexicon()
    if any(c not in BILATERAL for _, c in a.people):
        return False
    if any(c not in BILATERAL for _, c in find_countries(a.text)):
        return False
    found = {c for _, c in find_countries(a.text)}
    for p in a.places:
        place = lex.places.get(p.key)
        if place is not None and place.country not in (None, *BILATERAL):
            return False
        if place is not None and place.country is not None:
            found.add(place.country)
    if _VN_BODY.search(a.folded):
        found.add("VN")
    return BILATERAL - named <= found


# "Cuộc gặp diễn ra sáng 26/7 tại …": the act itself is the subject, its people left out.
_ACT_HELD = kept_regex(
    r"^(?:cuoc|buoi) (\w+(?: \w+)?) (?:da |vua )?(?:dien ra|duoc to chuc|duoc tien hanh)\b"
)


# "bên lề hội nghị ASEAN tại Viêng Chăn": the place of the event the act was beside.
_EVENT_AT = kept_regex(
    r"\b(?:ben le|nhan dip|trong khuon kho|trong dip)\b[^,;()]{0,80}\b(?:tai|o)\s*$"
)


def _beside_event_at(doc: Doc, s: Sentence) -> list[Mention]:
    """The places a sentence gives as where the event the act was beside was held; any
    other of its places may be what the two sides talked of ("việc tổ chức … tại Kazan")."""
    return [p for p in s.places if _EVENT_AT.search(doc.folded(p.start - 100, p.start))]


def _together_then_named(doc: Doc, body: list[Sentence]) -> Sentence | None:
    """ "Lễ đón chính thức Tổng thống X … sáng 20/6, ngay trước khi hai nguyên thủ bước vào
    hội đàm." then "Tại cuộc hội đàm, Chủ tịch nước Y khẳng định …": an act the lead tells of
    both sides together, one of them named; the other is named where the text comes back to
    that act, within the next sentences. Read as one, from the lead to that sentence."""
    for a in [x for x in body[:8] if x.kinds][:2]:  # the lead: past the page's chrome
        sides = {c for _, c in _parties(doc, a)} & BILATERAL
        if len(sides) != 1 or _told_earlier(doc, a):
            continue
        for k in a.kinds:
            if _visit(k.key) or _future(a, k) or _remote(k.key) or _ceremony(k.key):
                continue
            if not _BOTH_SIDES.search(a.folded[max(0, k.start - a.start - 40) : k.start - a.start]):
                continue
            after = [x for x in doc.sentences if x.start >= a.end and not x.caption]
            for b in after[:TOGETHER_NAMED]:
                again = _ACT_AGAIN.match(b.folded)  # (its noun is no new act: not in b.kinds)
                if again is None or again.group(1) != fold(k.key):
                    continue
                others = [(m, c) for m, c in _parties(doc, b) if c in BILATERAL - sides]
                if not others:
                    break
                return _spanning(
                    doc,
                    a.start,
                    b.end,
                    a.paragraph,
                    people=[*a.people, *others],
                    kinds=[k],
                    places=list(a.places),
                    dates=list(a.dates),
                    sectors=[*a.sectors, *b.sectors],
                    offices=[*a.offices, *b.offices],
                )
    return None


TOGETHER_NAMED = 3  # sentences after the lead in which the act's other side may be named


def _named_then_collective(doc: Doc, body: list[Sentence]) -> Sentence | None:
    """ "Tối 20/7, X và Y đã dự lễ khai mạc … Trước đó, chiều cùng ngày, hai Bộ trưởng đã có
    cuộc hội đàm": the act told of both sides ("hai Bộ trưởng", or the act as the subject:
    "Cuộc gặp diễn ra sáng 26/7 …") right after the sentence that names them at no act of
    their own, with that sentence's people and day."""
    for a, b in zip(body[:6], body[1:7], strict=False):
        if any(not (_visit(k.key) or _ceremony(k.key)) for k in a.kinds):
            continue
        # b names no one else ("Hai nhà lãnh đạo hội đàm …, trong chuyến thăm của ông Y")
        if not {m.key for m, _ in b.people} <= {m.key for m, _ in a.people}:
            continue
        if len({c for _, c in _parties(doc, a)} & BILATERAL) != 2:
            continue
        for k in b.kinds:
            if _visit(k.key) or _future(b, k) or _remote(k.key) or _ceremony(k.key):
                continue
            # The day, not the hour, of the sentence before: "Tối 20/7 … Trước đó, chiều".
            day = [replace(d, time_of_day=None) for d in a.dates]
            if _BOTH_SIDES.search(b.folded[max(0, k.start - b.start - 80) : k.start - b.start]):
                if not b.people:
                    return _view(b, b.start, b.end, people=list(a.people), dates=[*day, *b.dates])
                # b names one of them again: both sentences, so the evidence holds every name
                return _spanning(
                    doc,
                    a.start,
                    b.end,
                    b.paragraph,
                    people=list(a.people),
                    kinds=[k],
                    places=list(b.places),
                    dates=[*day, *b.dates],
                    sectors=[*a.sectors, *b.sectors],
                    offices=[*a.offices, *b.offices],
                )
            held = _ACT_HELD.match(b.folded)
            if (
                held is not None
                and k.start - b.start < held.end(1)
                and not any(_ceremony(j.key) for j in a.kinds)
            ):
                # Who agreed on what ("X và Y thống nhất …"), then where and when "the
                # meeting" was: both sentences, so the evidence holds the names too.
                first = min((j.start for j in a.kinds), default=a.end)
                people = [pm for pm in a.people if pm[0].start < first] or list(a.people)
                return _spanning(
                    doc,
                    a.start,
                    b.end,
                    b.paragraph,
                    people=people,
                    kinds=list(b.kinds),
                    places=[*b.places, *_beside_event_at(doc, a)],
                    dates=list(b.dates),  # when "the meeting" was, not what they recalled
                    sectors=list(b.sectors),
                    offices=list(b.offices),
                )
    return None


def _visitor_then_host(doc: Doc, body: list[Sentence]) -> Sentence | None:
    """ "Tổng thống X thăm cấp Nhà nước Việt Nam ngày 19 và 20/6." then "Ngày 20/6, tại Phủ
    Chủ tịch, Chủ tịch nước Y chủ trì lễ đón chính thức, sau đó hai nhà lãnh đạo hội đàm": a
    visit the lead tells of the visitor alone, then an act of both sides ("hai nhà lãnh đạo")
    in the next sentence naming anyone, which names only the host: the visitor and the host,
    read as one from the visit to the act (the act's own day, where it was)."""
    for i, a in enumerate(body[:6]):
        guests = {c for _, c in _parties(doc, a)} & BILATERAL
        visit = _VISIT_TO.search(a.folded)
        if len(guests) != 1 or visit is None or not any(_visit(k.key) for k in a.kinds):
            continue
        host = _VISITED[visit.group(1)]
        if host in guests or _told_earlier(doc, a) or _recalled(a) or _plan_retold(doc, a):
            continue
        # the first sentence after it naming anyone ("Chuyến thăm thu hút …" names no one)
        b = next((x for x in body[i + 1 : i + 1 + TOGETHER_NAMED] if x.people), None)
        if b is None or {c for _, c in _parties(doc, b)} & BILATERAL != {host}:
            continue
        for k in b.kinds:
            if _visit(k.key) or _future(b, k) or _remote(k.key) or _ceremony(k.key):
                continue
            if not _BOTH_SIDES.search(b.folded[max(0, k.start - b.start - 80) : k.start - b.start]):
                continue
            return _spanning(
                doc,
                a.start,
                b.end,
                b.paragraph,
                people=[*b.people, *a.people],
                kinds=[k],
                places=list(b.places),
                dates=list(b.dates),
                sectors=list(b.sectors),
                offices=[*a.offices, *b.offices],
            )
    return None


def _resolved(doc: Doc, d: DateMention, last: bool) -> date | None:
    """The first (or last) day a date mention can mean, a yearless one read in the year before
    the publication when it would fall after it."""
    year, month, day = (
        (d.end_year or d.year, d.end_month or d.month, d.end_day or d.day)
        if last and (d.end_day or d.end_month)
        else (d.year, d.month, d.day)
    )
    if month is None:
        # "Năm 2015, …": the whole of a year the text names.
        return (date(year, 12, 31) if last else date(year, 1, 1)) if year else None
    pub = doc.published
    if year is None:
        if pub is None:
            return None
        year = pub.year
    if day is None:
        day = _days_in_month(year, month) if last else 1
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    if d.year is None and pub is not None and when > pub:
        try:
            when = when.replace(year=year - 1)
        except ValueError:
            return None
    return when


def _days_in_month(year: int, month: int) -> int:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return (nxt - date(year, month, 1)).days


_CREDIT_NEXT = kept_regex(r"\s*\(?(?i:ảnh)\s*:")


def _caption_names(doc: Doc, v: Sentence, other: Sentence) -> bool:
    """A photo caption names the act of ``v`` (its verb and one of its principals) and not the
    act of ``other``."""

    def named(c: Sentence, s: Sentence) -> bool:
        k, ck = _kind_mention(s), _kind_mention(c)
        people = {m.key for m, _ in _choose_participants(s, doc)}
        return (
            k is not None
            and ck is not None
            and ck.key == k.key
            and bool(people & {m.key for m, _ in c.people})
        )

    for x in doc.sentences:
        # A caption whose credit ran into the next sentence ("… Y. Ảnh: Z - TTXVNHai bên …")
        # was not marked one: the credit right after it still says so.
        if not x.caption and not _CREDIT_NEXT.match(doc.text, x.end):
            continue
        if x.start <= v.start < x.end or x.start <= other.start < x.end:
            continue
        c = _with_parties(doc, x)
        if named(c, v) and not named(c, other):
            return True
    return False


def _recent_first(doc: Doc, head: Sentence | None, candidates: list[Sentence]) -> list[Sentence]:
    """Background first, the news after it ("Tháng 10/2013, X và Y đã gặp nhau …" then "Hai năm
    sau, chiều 6/10/2015, X tiếp Y"): an opening act dated wholly before a later act of the
    days of the publication is the recalled one, when a month or more lies between them, or when
    it is only named ("cuộc hội đàm giữa X và Y") and a photo caption names the later act. The headline naming the earlier act keeps it first."""
    pub = doc.published
    if len(candidates) < 2 or pub is None or doc.precision != "day":
        return candidates
    first = candidates[0]
    ends = [_resolved(doc, d, last=True) for d in first.dates]
    if not ends or None in ends:
        return candidates
    # A headline naming both acts alike ("Chủ tịch Quốc hội hội đàm với Chủ tịch Hội đồng
    # Liên bang Nga": titles only, the same verb) names neither in particular.
    headed = _names_act(doc, head, first)
    before = max(e for e in ends if e is not None)
    for c in candidates[1:6]:
        days = [_resolved(doc, d, last=False) for d in c.dates if d.day and d.month]
        when = days[0] if days else None
        if when is None or _told_earlier(doc, c) or not 0 <= (pub - when).days <= 7:
            continue
        if headed and not _names_act(doc, head, c):
            break
        if when <= before:
            break
        k = _kind_mention(first)
        named = k is not None and fold(k.surface).startswith(("cuoc ", "buoi ", "chuyen "))
        if (when - before).days >= 30 or (named and _caption_names(doc, c, first)):
            return [c, *(x for x in candidates if x is not c)]
        break
    return candidates


def _continued_lead(
    doc: Doc, body: list[Sentence], head: Sentence | None, candidates: list[Sentence]
) -> Sentence | None:
    """Background first, then the article's own act between the same two people, told with
    one of them named ("Tháng 10/2019, X và Y đã đồng chủ trì …" then "Trong cuộc điện đàm
    hôm qua, X cảm ơn …" and "Y cho biết …"): that sentence, with the other principal, named
    in one of the two sentences after it, as its second side."""
    pub = doc.published
    if not candidates or pub is None or doc.precision != "day":
        return None
    first = candidates[0]
    ends = [_resolved(doc, d, last=True) for d in first.dates]
    if not ends or None in ends or (pub - max(e for e in ends if e)).days < 30:
        return None
    if _names_act(doc, head, first):
        return None
    keys: dict[str, set[str]] = {}
    for m, c in first.people:
        keys.setdefault(c, set()).add(m.key)
    if set(keys) & BILATERAL != BILATERAL:
        return None
    later = [x for x in body if x.start >= first.end][:4]
    for i, x in enumerate(later):
        k = _kind_mention(x)
        if k is None or _future(x, k) or _told_earlier(doc, x) or about_other_event(doc, x):
            continue
        days = [_resolved(doc, d, last=False) for d in x.dates if d.day]
        if not any(d is not None and 0 <= (pub - d).days <= 7 for d in days):
            continue
        sides = {c for _, c in x.people} & BILATERAL
        if len(sides) != 1 or not any(m.key in keys[c] for m, c in x.people if c in sides):
            continue
        (other,) = BILATERAL - sides
        for y in later[i + 1 : i + 3]:
            named = [(m, c) for m, c in y.people if c == other and m.key in keys[other]]
            if named:
                return _view(x, x.start, x.end, people=[*x.people, named[0]])
    return None


def _captioned_first(doc: Doc, head: Sentence | None, candidates: list[Sentence]) -> list[Sentence]:
    """A review of acts of other times ("Hồi tháng 4, X đã gặp Y …; hồi tháng 11, Z đã hội kiến
    W"): the one the photo caption shows is the story, not the first told, unless the
    headline names the first."""
    if len(candidates) < 2 or not _another_time(doc, candidates[0]):
        return candidates
    if _names_act(doc, head, candidates[0]):
        return candidates
    for c in candidates[1:6]:
        if _caption_names(doc, c, candidates[0]):
            return [c, *(x for x in candidates if x is not c)]
    return candidates


def _other_side_titled(head: Sentence) -> bool:
    """The headline names one side by name and the other by an office only."""
    lex = get_lexicon()
    named = {c for _, c in head.people}
    titled = {
        office.country
        for o in head.offices
        if (office := lex.offices.get(o.key)) is not None and not office.generic
    }
    return len(named) == 1 and bool((titled & BILATERAL) - named)


def _holds_headline_titles(doc: Doc, head: Sentence, v: Sentence) -> bool:
    """Someone of ``v`` holds each office the headline names no one by ("X làm việc với Giám
    đốc Cơ quan An ninh Liên bang Nga"): the act with the FSB's director, not a later one
    with the Security Council's secretary."""
    lex = get_lexicon()
    # (every named person's titles: "Đặc phái viên của Tổng Bí thư X" names X, no party)
    whole = doc.sentence_at(head.start) or head
    owned = {o.start for m, _ in [*head.people, *whole.people] for o in title_chain(doc, m)}
    wanted = {
        o.key
        for o in head.offices
        if o.start not in owned
        and (office := lex.offices.get(o.key)) is not None
        and not office.generic
        and office.country is not None
    }
    if not wanted:
        return True
    for m, _ in v.people:
        person = lex.people.get(m.key)
        held = {t.office for t in person.tenures} if person is not None else set()
        held |= {o.key for o in title_chain(doc, m)}
        if held & wanted:
            return True
    return False


# "X cũng làm việc với Y", "Cũng trong chuyến thăm, X gặp Y": an act besides the one reported
# ("cũng", also; not "cùng", together: the two fold alike, so the text is read as written).
_ALSO_DONE = kept_regex(r"(?i)(?:^|\s)cũng\s+(?:đã\s+|có\s+)?$|^\W*cũng\b")


def _also_act(doc: Doc, v: Sentence) -> bool:
    k = _kind_mention(v)
    if k is None:
        return False
    return bool(_ALSO_DONE.search(doc.text[max(v.start, k.start - 12) : k.start])) or bool(
        _ALSO_DONE.match(doc.text[v.start : v.start + 8])
    )


def _names_act(doc: Doc, head: Sentence | None, v: Sentence) -> bool:
    """The headline names the act of ``v``: the same verb and one of its principals."""
    want = _kind_mention(head) if head is not None else None
    k = _kind_mention(v)
    if want is None or k is None or head is None or want.key != k.key:
        return False
    people = {m.key for m, _ in _choose_participants(head, doc)}
    return not people or bool(people & {m.key for m, _ in v.people})


def _recall_beside(doc: Doc, head: Sentence | None, v: Sentence) -> bool:
    """An act told as earlier beside another act of the same person that the headline names
    ("Trước đó, tại Moskva, X đã làm việc với Y" under "X thăm Viện Z ở Novosibirsk")."""
    if head is None or not _told_earlier(doc, v) or _names_act(doc, head, v) or _country_trip(head):
        return False
    return bool({m.key for m, _ in head.people} & {m.key for m, _ in v.people})


@cache
def _local_units() -> dict[str, object]:
    """store/data/local_units.json: Vietnam's bodies below the province, and since when there
    is no city between the two."""
    return json.loads(files("store").joinpath("data/local_units.json").read_text(encoding="utf-8"))


@cache
def _two_tier_from() -> date:
    """The day Vietnam's local government became two-tier."""
    return date.fromisoformat(str(_local_units()["vn_two_tier_from"]))


@cache
def _domestic_object() -> re.Pattern[str]:
    """ "… làm việc với huyện Y", "… tại UBND xã": the act's other party is a Vietnamese body
    below the province."""
    bodies: list[str] = _local_units()["vn_local_bodies"]  # type: ignore[assignment]
    words = "|".join(re.escape(w) for w in sorted(bodies, key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:voi|tai|cung)\s+)?(?:{words})\b")


def _headline_act(doc: Doc, head: Sentence | None, joined: Sentence, first: Sentence) -> bool:
    """A one-sided headline ("Bộ trưởng X làm việc tại Viện Y ở Z") names the act whose host a
    later sentence gives, not the talks the body tells first on the way: its verb and its
    person are the joined lead's, and its verb is not the first candidate's."""
    want = _kind_mention(head) if head is not None else None
    if head is None or want is None or _is_candidate(head) or _names_act(doc, head, first):
        return False
    if _country_trip(head):
        return False  # "X thăm chính thức Liên bang Nga": the trip, whose talks are the story
    if _domestic_object().match(head.folded, want.end - head.start):
        return False  # "Bí thư Tỉnh ủy X làm việc với huyện Y": the page's own domestic news
    if want.key not in {k.key for k in joined.kinds}:
        return False
    people = {m.key for m, _ in head.people}
    return bool(people) and bool(people & {m.key for m, _ in joined.people})


# "Tại buổi tiếp Phó Thủ tướng Nga X, …", "Tại cuộc gặp với Tổng thống Putin, …": an act told
# before, named with the one it was with, to set what the sentence says at it.
_AT_ACT_WITH = kept_regex(r"^\W*(?:tai|trong)\s+(?:cac\s+)?(?:buoi|cuoc)\s")
ROUNDUP_BEFORE = 3  # sentences back in which a round-up may list the act


def _act_listed_before(doc: Doc, body: list[Sentence], main_s: Sentence) -> Sentence | None:
    """ "Trong ngày 27/10, Thủ tướng đã có các cuộc tiếp, gặp với Thủ tướng Australia …, Thủ
    tướng Nhật Bản … và Phó Thủ tướng Nga X", then "Tại buổi tiếp Phó Thủ tướng Nga X, …, Thủ
    tướng Phạm Minh Chính đề nghị …": the act a round-up lists, its parties named in the
    sentence that tells what was said at it. Read as one with the round-up, whose day is the
    act's: a month the later sentence recalls ("thỏa thuận đạt được trong chuyến thăm …
    tháng 5/2025") is not when the act was."""
    k = _kind_mention(main_s)
    if k is None or any(d.day for d in main_s.dates):
        return None
    if k.end - main_s.start > 30 or not _AT_ACT_WITH.match(doc.folded(main_s.start, k.end)):
        return None
    # The one the act was with: the person named right after its word ("với" between).
    met = next((m for m, c in main_s.people if c in BILATERAL and m.start >= k.end), None)
    if met is None:
        return None
    edge = doc.title_starts.get(met.start, met.start)
    if doc.folded(k.end, edge).strip() not in ("", "voi"):
        return None
    earlier = [x for x in body if x.end <= main_s.start][-ROUNDUP_BEFORE:]
    for x in reversed(earlier):
        days = [d for d in x.dates if d.day]
        listed = any(m.key == met.key for m, _ in x.people)
        same = any(j.key == k.key for j in x.kinds if not (_visit(j.key) or _future(x, j)))
        if not (listed and same):
            continue
        if len({(d.year, d.month, d.day) for d in days}) != 1:
            return None
        return _spanning(
            doc,
            x.start,
            main_s.end,
            main_s.paragraph,
            people=list(main_s.people),
            kinds=list(main_s.kinds),
            places=list(main_s.places),
            dates=days,
            sectors=list(main_s.sectors),
            offices=list(main_s.offices),
        )
    return None


def _about_another_country(doc: Doc, body: list[Sentence], main_s: Sentence) -> bool:
    """The article reports a meeting with a third country and only recalls Russia in passing.

    "Chủ tịch nước hội đàm với Chủ tịch nước Lào …; thông tin về kết quả chuyến thăm của
    Tổng thống Putin hồi tháng 6": the lead names the third country's leader, and the
    Vietnam–Russia sentence carries no day of its own.
    """
    lead = _body_headline(doc) or next((s for s in body[:6] if s.kinds and s.people), None)
    if lead is None or lead is main_s or _is_candidate(_with_parties(doc, lead)):
        return False
    third = any(c not in BILATERAL for _, c in lead.people)
    # "Cùng ngày, Phó Chủ tịch X tiếp đoàn … (Liên bang Nga)" after a consul's farewell: a
    # round-up's next item, on that same day, is a report of its own.
    own_day = any(d.day for d in main_s.dates) or _SAME_DAY.search(main_s.folded)
    return third and not own_day


# ------------------------------------------------------------------------------ building


def _inviters(doc: Doc, s: Sentence, sides: set[str]) -> list[tuple[Mention, str]]:
    """The host of a visit: who invited ("… theo lời mời của Tổng thống X"), else the other
    side's leader the visitor holds talks with (talks before courtesy calls)."""
    here = [x for x in doc.sentences if x.start <= s.start < x.end or x.start >= s.start]
    for x in [y for y in here if not y.caption][:4]:
        invite = re.search(r"\bloi moi\b", x.folded)
        if not invite:
            continue
        after = [
            pm
            for pm in _parties(doc, x)
            if pm[1] in sides and pm[0].start - x.start > invite.start()
        ]
        if after:
            group = [after[0]]
            for pm in after[1:3]:
                gap = _strip_titles(x, group[-1][0].end, pm[0].start)
                if _COORD.fullmatch(gap):
                    group.append(pm)
            return group
    lex = get_lexicon()
    best: tuple[int, tuple[Mention, str]] | None = None
    for x in [y for y in doc.sentences if y.start >= s.end and not y.caption][:6]:
        for k in x.kinds:
            if _visit(k.key):
                continue  # planned talks name the host as well as held ones
            host = [pm for pm in _parties(doc, x) if pm[1] in sides and pm[0].start > k.start]
            if host and (best is None or lex.kind_priority(k.key) > best[0]):
                best = (lex.kind_priority(k.key), host[0])
    return [best[1]] if best else []


def _collective_act(doc: Doc, lead: Sentence, names: set[str]) -> tuple[Mention, Sentence] | None:
    """The act a visit leads to, told of both sides ("Sau lễ đón, hai bên đã tiến hành hội
    đàm"), or of the visitor and a named host in a later sentence."""
    following = [x for x in doc.sentences if x.start >= lead.end][:12]
    for x in following:
        if x.caption and not x.kinds:
            continue
        if _told_earlier(doc, x) and "cung ngay" not in x.folded:
            continue  # "Trước đó, hai Phó Thủ tướng đã gặp nhau … tháng 3/2024": a recall
        for k in x.kinds:
            if _visit(k.key) or _future(x, k) or _remote(k.key) or _ceremony(k.key):
                continue
            at_act = re.search(
                r"\b(tai|trong|sau)\s+(cac\s+)?(buoi|cuoc)?\s*$", fold(x.text[: k.start - x.start])
            )
            if at_act and re.match(r"\s*,", x.text[k.end - x.start :]):
                continue  # "Tại hội đàm, …" refers back
            if at_act and _act_of_the_day(x, k):
                return k, x  # "Tại buổi hội kiến ngày 23/9, hai bên …": the act, with its day
            before = x.folded[: k.start - x.start]
            if _GENERIC_ACT.search(before[-40:]):
                continue  # "nhất trí tăng cường các cuộc gặp gỡ cấp cao": meetings in general
            if _BOTH_SIDES.search(before[-80:]):
                return k, x
    return None


def _act_of_the_day(x: Sentence, k: Mention) -> bool:
    """ "Tại buổi hội kiến ngày 23/9, hai bên …": the act's own day right after it, then
    both sides told of."""
    comma = x.text.find(",", k.end - x.start)
    if comma < 0 or comma - (k.end - x.start) > 30:
        return False
    dated = any(d.day and k.end <= d.start < x.start + comma for d in x.dates)
    return dated and _BOTH_SIDES.match(fold(x.text[comma + 1 : comma + 40]).strip()) is not None


_GENERIC_ACT = kept_regex(
    r"\b(cac|nhung|tang cuong|thuc day|duy tri|nhat tri|de nghi|mong|hy vong|trao doi ve)\b[^,;.]*$"
)


_LEAVES = kept_regex(r"\b(roi|ket thuc|bat dau|den|toi)\b")


def _multi_country_leg(doc: Doc, s: Sentence, when: When) -> When:
    """A trip to several countries: the Russia (or Vietnam) leg starts when the other leg ends
    ("Chiều 13/5, … rời Tashkent, kết thúc chuyến thăm Uzbekistan"; "thăm Belarus từ ngày 26
    đến 28/6" → the Russia leg from 28/6)."""
    src = when.source
    if src is None or src.end_day is None or not when.value:
        return when
    third = countries_in(s) - BILATERAL
    if not third:
        return when
    lex = get_lexicon()
    lo, hi = (src.month, src.day), (src.end_month or src.month, src.end_day)
    legs: list[tuple[int, tuple[int, int], object]] = []
    for x in [y for y in doc.sentences if y.start >= s.end][:8]:
        places = {lex.places[p.key].country for p in x.places if p.key in lex.places}
        if not (countries_in(x) | places) & third:
            continue
        for d in x.dates:
            if d.month is None or d.day is None:
                continue
            day = (d.end_month or d.month, d.end_day) if d.end_day is not None else (d.month, d.day)
            if day == lo or not lo <= day <= hi:
                continue
            # A dated departure beats the other leg's range.
            rank = 0 if d.end_day is None and _LEAVES.search(x.folded) else 1
            legs.append((rank, day, d))
    if not legs:
        return when
    _, (month, day), d = min(legs, key=lambda leg: leg[0])
    tod = d.time_of_day if d.end_day is None else None  # type: ignore[attr-defined]
    return When(fmt(int(when.value[:4]), month, day), when.inferred, tod, d)  # type: ignore[arg-type]


def _another_acts_hour(s: Sentence, x: Sentence) -> bool:
    """A headline's act ("… hội đàm với …") dated by a body sentence that tells another act
    of the day ("Tối 20/7, … dự lễ khai mạc …"): the day may be the act's, the hour is not."""
    if _stopped(s.text):
        return False
    km = _kind_mention(s)
    return (
        km is not None
        and not _visit(km.key)
        and (bool(x.kinds) or _ATTENDED.search(x.folded) is not None)
        and all(k.key != km.key for k in x.kinds)
    )


# "đã dự lễ khai mạc", "cùng tham dự": an event attended, an act of its own.
_ATTENDED = kept_regex(r"\b(?:da|cung|deu)\s+(?:tham\s+)?du\b")


def _page_mark(x: Sentence) -> bool:
    """A short line of no act or person: an outlet's tag ("TGVN."), a byline, a section."""
    return not x.kinds and not x.people and len(x.text.strip()) <= PAGE_MARK_CHARS


PAGE_MARK_CHARS = 40


def _byline_only(x: Sentence) -> bool:
    """A short line with a date and no act or person ("Thứ năm, 27/10/2016, 21:03 (GMT+7)"):
    the page's byline, not a sentence of the report."""
    return bool(x.dates) and not x.kinds and not x.people and len(x.text) <= 60


def _trip_span(x: Sentence, km: Mention | None) -> bool:
    """``x`` gives only a span of days for another act than ``km``, a single act ("Từ ngày
    3 đến 6/6, đoàn … thăm Liên bang Nga" beside "X hội đàm với Y"): the trip's, whose first
    day is not the day of the talks."""
    days = [d for d in x.dates if d.day]
    return (
        km is not None
        and not _visit(km.key)
        and bool(days)
        and all(d.end_day is not None for d in days)
        and km.key not in {k.key for k in x.kinds}
    )


def _span_of_frame(s: Sentence, km: Mention | None) -> bool:
    """ "Trong khuôn khổ chuyến thăm chính thức Việt Nam (từ 14 đến 15-1), X đã đến chào Y":
    the sentence's days are the span of the visit that frames its act, which fell on one."""
    days = [d for d in s.dates if d.day]
    if km is None or _visit(km.key) or not days or any(d.end_day is None for d in days):
        return False
    return any(
        _visit(k.key) and k.end <= d.start <= k.end + FRAME_SPAN_GAP for k in s.kinds for d in days
    )


FRAME_SPAN_GAP = 40  # characters from a visit's noun to the span of days it is given


def _months_of_trip(x: Sentence) -> list[DateMention]:
    """A trip's span of days as its month: an act on the trip fell on one of those days."""
    return [
        replace(d, day=None, end_year=None, end_month=None, end_day=None)
        for d in x.dates
        if d.month and (d.end_month is None or d.end_month == d.month)
    ]


# "X vừa làm việc với Y": done lately, before the report ("vừa qua" after a day is that day's).
_JUST_DONE = kept_regex(r"\bvua\b(?!\s+(?:qua|roi|la)\b)")


def _without_report_day(doc: Doc, s: Sentence, km: Mention) -> Sentence:
    """The lead without its dateline's day when it says the act was done lately ("Ufa,
    22/11/2023 - … Đại sứ X vừa có chuyến thăm …, trong đó có cuộc làm việc với Y"): that is
    the day of the report, as a publication date is, not of the act."""
    line = _DATELINE_DAY.match(s.text)
    if line is None or not _JUST_DONE.search(doc.folded(s.start + line.end(), km.start)):
        return s
    own = [d for d in s.dates if d.start >= s.start + line.end()]
    return s if len(own) == len(s.dates) else replace(s, dates=own)


def _date_sources(
    doc: Doc, s: Sentence, names: set[str], secondary: bool, recall: bool = False
) -> tuple[list, Sentence | None]:
    """Date mentions for a lead: its own, else the paragraph's just before it, else (for the
    article's meeting) the next sentences or an earlier one about the same people's visit."""
    km = _kind_mention(s)
    if s.dates and not secondary and not any(d.day for d in s.dates):
        held = _held_on_a_day(doc, s)
        if held is not None:
            return held
    if s.dates and not secondary and _span_of_frame(s, km):
        return _months_of_trip(s), None
    if s.dates and not secondary and km is not None:
        s = _without_report_day(doc, s, km)
    if s.dates:
        act = km.start if km is not None else None
        own = (
            list(s.dates)
            if secondary or recall
            else [d for d in s.dates if not recalled_date(doc, d, act)]
        )
        if len(own) == len(s.dates) or usable(doc, own):
            return own, None
        # "Tiếp Đại sứ X, Chủ tịch nước nhắc lại chuyến thăm … tháng 5/2016": that month is an
        # earlier act's; the lead's own day is told elsewhere, or not at all.
    if recall:
        return [], None  # an earlier meeting, recalled: the paragraph's day is not its day
    same_para = [
        x
        for x in doc.sentences
        if x.paragraph == s.paragraph and x.start < s.start and not x.caption
    ]
    mentions = [
        d for x in same_para[-2:] for d in (_months_of_trip(x) if _trip_span(x, km) else x.dates)
    ]
    if mentions or secondary:
        return mentions, None
    # "Phiên họp do X và Y đồng chủ trì." under "Phiên họp của Nhóm công tác … đã diễn ra
    # ngày 15/9 …": the event the sentence before names, with its day. "Sau lễ duyệt binh,
    # Đô đốc X đã gặp Y." under "Hôm nay (27/7), tàu … tham gia lễ duyệt binh …": the one-day
    # event the sentence before told by the same words, with its day.
    named = _EVENT_NAMED.match(s.folded) or _CHAIRED_EVENT.search(s.folded)
    after = _AFTER_EVENT.match(s.folded)
    told = named and _event_day_before(doc, s, named.group(1), one_day=False)
    if not told and after:
        told = _event_day_before(doc, s, after.group(1), one_day=True, back=AFTER_EVENT_BACK)
        if told:  # after the event: on its day, not at its hour
            told = [replace(d, time_of_day=None) for d in told[0]], told[1]
    if told:
        return told
    if _SAME_DAY.search(s.folded) or THAT_DAY.search(s.folded):
        # "Trước lễ khai mạc, chiều cùng ngày, X đã hội đàm với Y" opening a paragraph, "Tại
        # cuộc hội kiến hôm đó, …": the day is the one the text gave last, whatever act it
        # gave it to.
        told = _day_told_last(doc, s, names)
        if told is not None:
            return told
    following = [x for x in doc.sentences if x.start > s.start and not x.caption]
    nxt = [x for x in following if not _byline_only(x)][:2]
    for x in nxt:
        if about_other_event(doc, x) or _recalled_dates(doc, x):
            continue
        if _told_earlier(doc, x) or _occasion_of(km, x):
            continue  # "Trước đó, ngày 16/1, Duma … bỏ phiếu …": another act's day, before
        if _plan_only(x):
            continue  # "… sẽ thăm cấp Nhà nước Việt Nam từ ngày 19 đến 20/6": a plan's days
        if _trip_span(x, km):
            continue  # the talks' own day may follow; the trip's first day is not it
        if _others_act_day(x, names):
            continue  # "… kết quả cuộc hội đàm giữa Chủ tịch nước với Tổng thống Putin hôm 30/11"
        if (x.paragraph == s.paragraph and x.dates) or (
            any(d.day for d in x.dates)
            and (
                (names & {m.key for m, _ in x.people} and _same_sides(x, names))
                or _held_there(x, s, at=False)
            )
        ):
            if _another_acts_hour(s, x):
                return [replace(d, time_of_day=None) for d in x.dates], x
            return list(x.dates), x
    if not _stopped(s.text):
        # A headline lead over a background paragraph: the body sentence that tells the same
        # act of the same people with its day ("Chiều 9/4, … Thủ tướng đã tiếp Bộ trưởng X").
        later = [x for x in doc.sentences if x.start >= s.end and not x.caption][:8]
        for x in later:
            if km is None or about_other_event(doc, x) or _told_earlier(doc, x):
                continue
            told_of = (names & {m.key for m, _ in x.people} and _same_sides(x, names)) or (
                # "Ngày 10/5, tại Điện Kremlin, Tổng Bí thư và Tổng thống Nga đã hội đàm",
                # "hai nhà lãnh đạo đã có cuộc hội đàm": the headline's two, by title or together
                not x.people and (_BOTH_SIDES.search(x.folded) or _sides_by_title(x))
            )
            if (
                any(d.day for d in x.dates)
                and told_of
                and any(k.key == km.key and not _future(x, k) for k in x.kinds)
            ):
                return [d for d in x.dates if d.day], x
            if (
                told_of
                and not x.dates
                and _SAME_DAY.search(x.folded)
                and any(k.key == km.key and not _future(x, k) for k in x.kinds)
            ):
                # "… ngày 12/11/2013, buổi sáng Y hội đàm với Z. Cùng ngày, X tiếp Y" under
                # the headline "X tiếp Y": the day the text gave last.
                told = _day_told_last(doc, x, names)
                if told is not None:
                    return told[0], x
        for x in later:
            # "Tháng 11/2017, bên lề …, X đã có cuộc gặp với Y" under the headline "X gặp Y":
            # the act retold with only its month, which is all the text says of its day.
            months = [
                d for d in x.dates if d.year is not None and not d.day and not recalled_date(doc, d)
            ]
            if (
                km is not None
                and months
                and not about_other_event(doc, x)
                and not _told_earlier(doc, x)
                and names & {m.key for m, _ in x.people}
                and _same_sides(x, names)
                and any(k.key == km.key and not _future(x, k) for k in x.kinds)
            ):
                return months[:1], x
    earlier = [x for x in doc.sentences if x.end <= s.start and not x.caption]
    for x in reversed(earlier):
        if about_other_event(doc, x) or _plan_only(x) or _occasion_of(km, x):
            continue  # (a plan's days are not those of an act told after it)
        if any(d.day for d in x.dates) and names & {m.key for m, _ in x.people}:
            if _trip_span(x, km):
                return _months_of_trip(x), x  # on some day of the trip told before
            return [d for d in x.dates if d.day], x
    for x in earlier[-2:]:
        # "Trong tháng 9/2019, X đã có chuyến thăm và làm việc tại tỉnh N. Tại buổi làm việc
        # với Y, X …": the act is on some day of the trip told just before, in its month.
        if (
            x.dates
            and (trip := TRIP.search(x.folded)) is not None
            # the one who made the trip, named before it ("X đã có chuyến thăm …"), not a
            # trip the sentence recalls ("… đạt được trong chuyến thăm của Y")
            and any(m.key in names and m.start < x.start + trip.start() for m, _ in x.people)
            and _not_future(x)
            and not about_other_event(doc, x)
            and not _told_earlier(doc, x)
        ):
            return [d for d in x.dates if d.month], x
    told = _act_told_unnamed(doc, s)
    if told is not None:
        return [d for d in told.dates if d.day], told
    captioned = _captioned_act(doc, s, names)
    if captioned is not None:
        return [d for d in captioned.dates if d.day], captioned
    return [], None


def _occasion_of(km: Mention | None, x: Sentence) -> bool:
    """A message's lead, and a sentence beside it telling no message: the occasion's ("Ngày
    21/10, … Quốc hội đã bầu ông X làm Chủ tịch nước" under "Y đã gửi điện mừng X"), whose day
    is not the day the message was sent."""
    lex = get_lexicon()
    return (
        km is not None
        and lex.kind_is(km.key, "message")
        and not any(lex.kind_is(k.key, "message") for k in x.kinds)
    )


def _day_told_last(doc: Doc, s: Sentence, names: set[str]) -> tuple[list, Sentence | None] | None:
    """The day the text gave last before ``s`` (a day, not a span or a month): of the last
    sentence with one, the day told before its act ("Ngày 23/3, X gửi điện … về vụ tấn công
    tối 22/3": the 23rd), with that sentence when the same people were there (its place is
    theirs too)."""
    for x in reversed([y for y in doc.sentences if y.end <= s.start and not y.caption]):
        days = [d for d in x.dates if d.day and d.end_day is None]
        if days:
            k = _kind_mention(x)
            before = [d for d in days if k is not None and d.start < k.start]
            return (before or days)[-1:], x if names & {m.key for m, _ in x.people} else None
        if x.dates:
            return None  # a month or a span last: no day to be the same as
    return None


def _held_on_a_day(doc: Doc, s: Sentence) -> tuple[list, Sentence] | None:
    """ "Hồi cuối tháng 5, X đã có cuộc gặp với Y. Cuộc gặp diễn ra hôm 28/5.": an act told
    with its month or year (a report's own, or one it tells as past), then, in one of the
    next two sentences, as held on a day of it."""
    later = [x for x in doc.sentences if x.start >= s.end and not x.caption][:2]
    for x in later:
        days = [d for d in x.dates if d.day and d.end_day is None]
        if len(days) != 1 or not _held_there(x, s, at=False):
            continue
        day = days[0]
        if all(
            (p.year is None or day.year is None or p.year == day.year)
            and (p.month is None or p.month == day.month)
            for p in s.dates
        ):
            return days, x
    return None


def _sides_by_title(x: Sentence) -> bool:
    """A sentence names both sides by their offices alone ("Tổng Bí thư và Tổng thống Nga")."""
    lex = get_lexicon()
    return {getattr(lex.offices.get(o.key), "country", None) for o in x.offices} >= BILATERAL


def _event_day_before(
    doc: Doc, s: Sentence, words: str, one_day: bool, back: int = 1
) -> tuple[list, Sentence] | None:
    """The days of the nearest of the ``back`` sentences before ``s`` that names the event
    by ``words`` and gives a day (a day alone, not a span, when the event lasts one day)."""
    before = [y for y in doc.sentences if y.end <= s.start and not y.caption][-back:]
    for prev in reversed(before):
        if not re.search(rf"\b{words}\b", prev.folded) or not any(d.day for d in prev.dates):
            continue  # "Khối … lần đầu tham gia diễu binh": the event again, its day told earlier
        if (
            any(d.day and not (one_day and d.end_day) for d in prev.dates)
            and not about_other_event(doc, prev)
            and not _told_earlier(doc, prev)
        ):
            return [d for d in prev.dates if d.day], prev
        return None
    return None


def _captioned_act(doc: Doc, s: Sentence, names: set[str]) -> Sentence | None:
    """A photo caption showing the lead's act of the same two sides with its day ("Ảnh: X và
    Y tại hội đàm ở Moskva, ngày 9/12/2019" over a body telling the talks without one)."""
    km = _kind_mention(s)
    if km is None or len(names) < 2:
        return None
    act = _located(doc, s)
    for x in doc.sentences:
        if not x.caption or about_other_event(doc, x) or _told_earlier(doc, x):
            continue
        if not any(d.day for d in x.dates) or not names <= {m.key for m, _ in x.people}:
            continue
        if _names_kind(x, km.key) or _at_the_acts_venue(x, act) or _of_the_day(doc, x, act):
            return x
    return None


def _of_the_day(doc: Doc, caption: Sentence, act: Mention | None) -> bool:
    """The caption shows the two on the day the page came out ("… tại Kazan ngày 24/10"
    under a byline of 24/10/2024): a photograph of the day's act, not one from the archive,
    unless it shows them at another venue than the one the act is told at (``act``)."""
    if act is not None and caption.places and not _at_the_acts_venue(caption, act):
        return False
    pub = doc.published
    return (
        pub is not None
        and doc.precision == "day"
        and any(
            d.day == pub.day and d.month == pub.month and d.year in (None, pub.year)
            for d in caption.dates
        )
    )


def _at_the_acts_venue(caption: Sentence, act: Mention | None) -> bool:
    """The caption shows the two at the venue the act is told at (``act``, written alike:
    "… tại Điện Kremlin ngày 10/5" under "… hội đàm … tại Điện Kremlin"): its day is the
    act's. A venue of the same city (the Red Square of a parade the day before) is not."""
    return act is not None and any(fold(p.surface) == fold(act.surface) for p in caption.places)


# "hồi cuối tháng 6", "hồi năm ngoái", "tháng 2 năm ngoái": a date told as one of another time.
_RECALL_BEFORE_DATE = kept_regex(
    r"(?<!\w)(?:hồi|từ hồi|trước đây vào)(?:\s+(?:đầu|giữa|cuối))?\s*$"
)
_RECALL_AFTER_DATE = kept_regex(r"(?<!\w)(?:năm ngoái|năm trước)(?!\w)")


def _recalled_dates(doc: Doc, x: Sentence) -> bool:
    """Every date of a sentence after the lead is told as of another time ("nhắc lại chuyến
    thăm … hồi cuối tháng 6 vừa qua"): an earlier act's, which lends the lead no day or place."""
    return bool(x.dates) and all(
        _RECALL_BEFORE_DATE.search(doc.text[max(0, d.start - 20) : d.start].lower())
        or _RECALL_AFTER_DATE.search(doc.text[d.start : d.end + 12].lower())
        for d in x.dates
    )


# "Thứ Ba: Tại Moskva, X đã hội đàm với Y": an item of a round-up labelled with its weekday.
_WEEKDAY_ITEM = kept_regex(r"\s*(?:Thứ\s+(Hai|Ba|Tư|Năm|Sáu|Bảy)|(Chủ\s+nhật))\s*:")


def _round_up_day(doc: Doc, s: Sentence) -> DateMention | None:
    """The day of a weekday-labelled item ("Thứ Ba: …") of a round-up whose heading gives its
    week ("Tuần qua trên mặt trận đối ngoại (14 - 20/8/2023)"): the one day of that span
    with that weekday. A span longer than a week, or none, tells no day."""
    line = doc.text.rfind("\n", 0, s.start) + 1
    label = _WEEKDAY_ITEM.match(doc.text, line)
    if label is None or s.start > label.end():
        return None
    weekday = 6 if label.group(2) else WEEKDAYS[label.group(1).lower()]
    spans = [
        d
        for x in doc.sentences[:6]
        if x.end <= line
        for d in x.dates
        if d.day and d.end_day and (d.year or d.end_year)
    ]
    if len(spans) != 1:
        return None
    d = spans[0]
    try:
        first = date(d.year or d.end_year, d.month or d.end_month, d.day)  # type: ignore[arg-type]
        last = date(d.end_year or d.year, d.end_month or d.month, d.end_day)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if not 0 < (last - first).days <= 6:
        return None
    offset = (weekday - first.weekday()) % 7
    day = first + timedelta(days=offset)
    if day > last:
        return None
    return DateMention(line, label.end(), day.year, day.month, day.day, text=label.group())


_IN_THE_WEEK = kept_regex(r"\b(?:trong tuan|tuan qua)\b")


def _round_up_month(doc: Doc, s: Sentence) -> DateMention | None:
    """The month of an act told "trong tuần" by a round-up whose heading gives its week ("Hoạt
    động đối ngoại trong tuần (từ 14 đến 20/10)"): the week's days are all in that month, so
    the act is; a week over two months tells none."""
    if "tuan" not in s.folded or not _IN_THE_WEEK.search(s.folded):
        return None
    spans = [
        d
        for x in doc.sentences[:6]
        if x.end <= s.end
        for d in x.dates
        if d.day and d.end_day and not d.relative
    ]
    if len(spans) != 1:
        return None
    d = spans[0]
    month, end_month = d.month or d.end_month, d.end_month or d.month
    year, end_year = d.year or d.end_year, d.end_year or d.year
    if month is None or month != end_month or year != end_year or not 0 < d.end_day - d.day <= 6:
        return None
    return DateMention(d.start, d.end, year, month, None, text=d.text)


def _retold(doc: Doc, s: Sentence, names: set[str]) -> Sentence | None:
    """The sentence right under a headline-shaped lead (no full stop: a headline, a live-blog
    entry's title) that tells its act again, with the same people on each side ("Thủ tướng X
    gặp Thủ tướng Y" / "Bên lề Hội nghị … tại Manila, Thủ tướng X đã có cuộc gặp …")."""
    km = _kind_mention(s)
    if km is None:
        return None
    headline = not _stopped(s.text)
    x = next(
        (y for y in doc.sentences if y.start >= s.end and not y.caption and not _page_mark(y)),
        None,
    )
    if x is None or _told_earlier(doc, x):
        return None
    if about_other_event(doc, x) and km.key not in {k.key for k in x.kinds}:
        # (its dates another event's: "Nhân dịp dự Tuần lễ Cấp cao APEC 2017 tại Đà Nẵng, Y
        # đã có cuộc hội kiến với X" tells the act again, the year the event's)
        return None
    if not (names <= {m.key for m, _ in x.people} and _same_sides(x, names)):
        return None
    # A summary lead ("… khi gặp Phó thủ tướng X chiều nay.") is told again by the report's
    # first sentence with a kind of its own ("Tiếp ông Y tại trụ sở Chính phủ, ông X …"); it
    # writes no other day.
    # (Not the acts it counts from: "… đón X đến thành phố sau các cuộc hội đàm, hội kiến …".)
    # (Nor an act of others it names: "… đánh giá cao kết quả hội đàm giữa X và Z".)
    same = [
        k
        for k in x.kinds
        if not _future(x, k)
        and not _after_act(x, k)
        and (headline or not x.dates)
        and ((b := _between(x, k)) is None or {m.key for m, _ in b} <= names)
    ]
    return x if any(k.key == km.key or not headline for k in same) else None


def _page_day(doc: Doc, s: Sentence) -> DateMention | None:
    """The day of a live-blog entry that writes none: the page's, from the byline above its
    timed entries ("Thứ Ba, 07:30, 14/11/2017" … "15:05 / Thủ tướng X gặp …"), or the day the
    heading over them gives ("Ngày 20/6:"); and of its headline's act ("TRỰC TIẾP: X hội đàm
    với Y"). An entry below another day written among the entries (a page running over two
    days) has no sure day, unless that day heads the entries it is among."""
    first = entries_start(doc.text)
    if first is None or (s.start < first and not _live_headline(doc, s)):
        return None
    before = [x for x in doc.sentences if x.end <= max(s.start, first)]
    headed = [d for x in before if is_day_heading(_line_at(doc, x.start)) for d in x.dates if d.day]
    if headed and s.start >= first:
        return headed[-1]
    if any(d.start >= first and d.day for x in before for d in x.dates):
        return None
    byline = [
        d
        for x in doc.sentences
        if x.end <= first
        for d in x.dates
        if d.year and d.month and d.day and d.end_day is None
    ]
    if byline:
        return byline[0]
    if doc.published is not None and doc.precision == "day":
        # A byline the reader keeps no date of ("Thứ Năm, 20/6/2024 | Thời sự"): the page's
        # day, as the publication gives it (marked inferred: no entry writes it).
        day = doc.published
        return DateMention(first, first, day.year, day.month, day.day, assumed=True)
    return None


def _line_at(doc: Doc, at: int) -> str:
    """The line of the text holding ``at``."""
    start = doc.text.rfind("\n", 0, at) + 1
    end = doc.text.find("\n", at)
    return doc.text[start : end if end >= 0 else len(doc.text)]


def _live_headline(doc: Doc, s: Sentence) -> bool:
    """The sentence is a live page's headline ("TRỰC TIẾP: X hội đàm với Y")."""
    return live_marked(_line_at(doc, s.start))


# A sentence about an event already named, by its noun: "Phiên họp do …", "Tại cuộc hội đàm, …".
_SESSIONS = r"phien hop|cuoc hop|khoa hop|ky hop|hoi nghi"  # a session's nouns, folded
_EVENT_NAMED = kept_regex(
    rf"^\W*(?:\([^()]{{1,12}}\)\s*)?(?:(?:tai|trong)\s+)?({_SESSIONS}|buoi hop"
    r"|cuoc hoi dam|cuoc hoi kien|buoi hoi kien|cuoc gap|buoi gap|buoi lam viec|buoi tiep"
    r"|cuoc tham van|phien tham van|cuoc dien dam)\b"
)
# "X và Y đồng chủ trì khóa họp.": the session just told, chaired, named by its bare noun.
_CHAIRED_EVENT = kept_regex(
    rf"\b(?:dong chu tri|cung chu tri|chu tri)\s+({_SESSIONS})(?:\s+(?:nay|tren))?\s*(?:[.;]|$)"
)


# "Sau lễ duyệt binh, …", "Sau khi kết thúc buổi lễ đón, …": after a one-day event (a
# ceremony, a session), known by the word after its noun; not "Sau hội nghị", which may
# last for days.
_AFTER_EVENT = kept_regex(
    r"^\W*(?:ngay )?sau (?:khi (?:ket thuc |du )?)?(?:le|buoi le|buoi|phien) ([a-z]+(?: [a-z]+)?)\s*,"
)
# "Lễ duyệt binh … đã diễn ra … sáng 9/5. Tổng thống … phát biểu … Trên khán đài có X. Ngay
# sau lễ duyệt binh, …": sentences back in which the event's day may be told.
AFTER_EVENT_BACK = 5


def _same_sides(x: Sentence, names: set[str]) -> bool:
    """Every side the sentence names by name has one of ``names`` among them: a sentence with
    a third person on a side of its own ("… tiếp Thủ tướng Ấn Độ X") tells another act."""
    sides = {c for _, c in x.people}
    return all(names & {m.key for m, c2 in x.people if c2 == c} for c in sides)


def _act_told_unnamed(doc: Doc, s: Sentence) -> Sentence | None:
    """The body sentence that reports the act of a caption, or of a lead with no day, without
    naming its people ("Sáng 11/11, tại trụ sở Bộ, Bộ trưởng Tư pháp hai nước đã ký Hiệp định …"
    under "Ảnh: Bộ trưởng X và Bộ trưởng Y ký Hiệp định"; a summary "… trong cuộc gặp giữa bộ
    trưởng nông nghiệp hai nước ở Moskva hôm qua" before "Ông X hội đàm với bà Y, …"): it has
    the day and the venue the other leaves out. For a body lead, only a summary before it
    counts, and a plain "gặp" there stands for whatever the lead calls the act."""
    km = _kind_mention(s)
    if km is None:
        return None
    body = [y for y in doc.sentences if not y.caption][:8]
    plain = get_lexicon().plain_kind
    head = _body_headline(doc)
    if not s.caption and not (head is not None and head.start == s.start):
        # A headline, like a caption, is told again below ("Ngày 23/3, tại Moskva, hai Bộ
        # trưởng đã tiến hành hội đàm"); a body lead only by a summary before it.
        body = [y for y in body if y.end <= s.start][-2:]
    for x in body:
        if about_other_event(doc, x) or not any(d.day for d in x.dates):
            continue
        if {c for _, c in x.people} & BILATERAL:
            continue  # it names people of its own: another act
        same = [
            k
            for k in x.kinds
            if (k.key == km.key or (not s.caption and k.key == plain)) and not _future(x, k)
        ]
        if same and _BOTH_UNNAMED.search(x.folded):
            return x
    return None


# "Bộ trưởng Tư pháp hai nước", "hai Bộ trưởng", "hai bên": both sides, named by no name.
_BOTH_UNNAMED = kept_regex(r"\bhai (nuoc|ben|bo truong|thu truong|bo|nganh|doan|co quan)\b")


# Kinds more telling than the plain "gặp" a report's retelling of its summary lead may name.
_NAMED_KINDS = frozenset({"tiếp", "hội kiến", "hội đàm"})


def _build(
    doc: Doc, s: Sentence, lex: Lexicon, secondary: bool, context: Meeting | None = None
) -> Meeting | None:
    chosen = _choose_participants(s, doc)
    if not chosen:
        return None
    countries = {c for _, c in chosen}
    if not countries & BILATERAL:
        return None
    km = _kind_mention(s)
    kind = km.key if km else lex.plain_kind
    anchor = km.start if km else s.start
    if not secondary and _visit(kind) and len(countries) == 1:
        chosen = chosen + [
            pm for pm in _inviters(doc, s, BILATERAL - countries) if pm not in chosen
        ]
    names = {m.key for m, _ in chosen}
    act_sentence: Sentence | None = None
    if not secondary and _visit(kind):
        act = _collective_act(doc, s, names)
        if act is not None:
            km, act_sentence = act
            kind = km.key
    if not secondary and _visit(kind):
        kind = _quoted_message(doc) or kind
    whole = doc.sentence_at(s.start) or s
    # A meeting told as earlier ("Trước đó, …", "năm ngoái", "từng"): no day or place of the
    # report's own act is lent to it.
    another_time = _told_so(whole, _earlier_acts(doc, whole, km)) or _another_time(doc, s)
    # "X nhắc lại cuộc hội đàm với Y": an act of another time, whatever the sentence's own day.
    recalled = km is not None and _recall_clause_start(doc, s, km) is not None
    # The only act an article about something else recalls is told in passing: its own
    # sentence, date and fields, never the report's lead.
    secondary = secondary or recalled
    # A lead recalled so ("X nhắc lại cuộc hội đàm với Y hồi tháng 6/2016" in a report of
    # something else) keeps its own date or none, never the report's.
    # A lead so told (the only act of an article about another event) borrows no day either.
    recall = recalled or another_time or (secondary and _told_earlier(doc, s))
    mentions, lead = _date_sources(doc, s, names, secondary, recall)
    told_km = _kind_mention(lead) if lead is not None else None
    if told_km is not None and km is not None and told_km.key == km.key:
        anchor = told_km.start  # the day nearest the act where the sentence tells it
    weekday = _round_up_day(doc, s) if not mentions and not secondary else None
    if not mentions and not secondary:
        page = weekday or _page_day(doc, s) or _round_up_month(doc, s)
        mentions = [page] if page is not None else []
    when = resolve(doc, mentions, chosen, lex, anchor, recalled=secondary, visit=_visit(kind))
    if weekday is not None and when.source is weekday and when.value:
        # Counted from the weekday and the heading's week, not written: marked inferred.
        when = When(when.value, True, when.tod, when.source)
    if act_sentence is not None and any(d.day for d in act_sentence.dates):
        own = resolve(doc, act_sentence.dates, chosen, lex, km.start if km else act_sentence.start)
        if own.value:
            when = own
    if not secondary and _visit(kind):
        when = _multi_country_leg(doc, s, when)
    same_day = _SAME_DAY.search(s.folded)
    if same_day and _same_day_tod(same_day) and (lead is not None or not s.dates):
        when = When(when.value, when.inferred, _same_day_tod(same_day), when.source)
    if (
        not secondary
        and not s.dates
        and not same_day
        and when.value is not None
        and len(when.value) == 10
        and _earlier_marks(doc, s) == "before"
    ):
        # "Trước đó, tại Moskva, X đã hội đàm với Y" leading a report of the next day: the
        # trip's month, not the report's day (marked inferred).
        when = When(when.value[:7], True, None, when.source)
    if secondary and when.value is None and context is not None and context.date and same_day:
        # "Trước đó, sáng cùng ngày, …": the day of the article's meeting, as the text says;
        # when that has no day (a recalled lead's month), the day the text gave last.
        told = _day_told_last(doc, s, names) if len(context.date) < 10 else None
        if told is not None:
            day = resolve(doc, told[0], chosen, lex, told[0][0].start, recalled=True)
            when = When(day.value, day.inferred, _same_day_tod(same_day), day.source)
        else:
            when = When(context.date, context.date_inferred, when.tod or _same_day_tod(same_day))
    if secondary and when.value is None and context is not None:
        when = _before_the_meeting(when, context)
    if secondary and when.value is None and km is not None:
        # "… các cuộc hội đàm với Thủ tướng Y tại Hà Nội năm 2015": its year, written with it.
        year = _year_with_act(doc, s, km)
        if year is not None:
            when = When(str(year.year), False, when.tod, year)
    if (
        secondary
        and when.value is None
        and when.source is None
        and context is not None
        and context.date
        and names & {p.name for p in context.participants}
        and not another_time
        and not recalled  # "nhắc lại nhiều lần làm việc với X": some other time
        and not any(d.year for d in whole.dates)  # "Năm 2015, X thăm …": a year of its own
        and not _remote(kind)
        and not (km is not None and _recalls_result(s, km))
    ):
        # Talks a visiting leader held during the same visit: same month, marked inferred.
        when = When(context.date[:7], True, when.tod)
    if when.value is None and not secondary and lex.kind_is(kind, "message"):
        # "Nhân dịp kỷ niệm … (12/6/1990 - 12/6/2025), X gửi điện mừng Y": the occasion's month.
        when = occasion_month(doc, chosen, lex) or when
    told = lead if lead is not None or secondary else _retold(doc, s, names)
    if (
        when.value is None
        and doc.precision == "month"
        and doc.published
        and (has_relative_day(s) or (told is not None and has_relative_day(told)))
    ):
        # "hôm nay" in an article dated only to a month (in the act's sentence, or where the
        # body tells the headline's act): the year is all that is sure.
        when = When(str(doc.published.year), True, when.tod)
    participants = _participants(doc, chosen, as_date(when.value), lex)
    retold = _kind_mention(told) if told is not None and lead is None and not secondary else None
    if (
        kind == lex.plain_kind
        and retold is not None
        and retold.key in _NAMED_KINDS
        and not _after_act(told, retold)  # type: ignore[arg-type]
    ):
        # "… khi gặp Phó thủ tướng X chiều nay. Tiếp ông Y tại …, ông X …": the summary's
        # "gặp" says only that they met; the retelling says how.
        kind = retold.key
    place, place_from = _place_of(doc, s, kind, lex, chosen, told, act_sentence, secondary, recall)
    # (within the act's sentence: "QĐND Online - …" after a headline is an outlet's name)
    own_end = (doc.sentence_at(km.start) or s).end if km is not None else s.end
    if km is not None and _ONLINE.match(doc.folded(km.start, min(km.end + 40, own_end))):
        place, place_from = None, None  # "buổi làm việc trực tuyến": held from two places
    if secondary and place is None and _visit(kind) and len(countries) == 1:
        # A one-sided visit record: the visit is to the other country, which is what it says.
        host = (countries_in(s) & BILATERAL) - countries
        if len(host) == 1:
            place, place_from = _COUNTRY_NAME[host.pop()], s
    if secondary:
        sectors = list(dict.fromkeys(m.key for m in s.sectors))
        key_points = [squash_spaces(s.text)]
    else:
        # A Russian principal is named again by surname ("Thứ trưởng Rudenko khẳng định …").
        surnames = {p.name.split()[-1] for p in participants if p.country == "RU" and " " in p.name}
        own = [
            x
            for x in doc.sentences
            if not x.caption or _about_talks(x, names, surnames) or _TWO_SIDES_DID.match(x.folded)
        ]
        sectors = _ranked_sectors(doc, own, s, lex)
        key_points = _key_points([x for x in own if not x.caption])
    date_from = doc.sentence_at(when.source.start) if when.source is not None else None
    # A meeting told in passing is quoted in its whole sentence, not from mid-clause ("cuộc
    # điện đàm giữa hai nhà lãnh đạo ngày 8/8/2024, …" after "Tổng Bí thư nhắc lại …").
    told = (doc.sentence_at(s.start) or s) if secondary else s
    evidence = {
        "date": squash_spaces(date_from.text) if date_from and when.value else "",
        "place": squash_spaces(place_from.text) if place_from and place else "",
        "participants": squash_spaces(told.text),
    }
    return Meeting(
        date=when.value,
        date_inferred=when.inferred,
        time_of_day=when.tod,  # type: ignore[arg-type]
        place=place,
        kind=kind,
        participants=participants,
        sectors=sectors,
        summary=squash_spaces(told.text)[:400],
        key_points=key_points,
        secondary=secondary,
        evidence=evidence,
    )


def _ranked_sectors(doc: Doc, own: list[Sentence], lead: Sentence, lex: Lexicon) -> list[str]:
    """Each sector once, in its canonical form (sectors.json), the most prominent first: those
    the headline or the lead names, then by how many sentences are about them, how often they
    are named, and first mention.

    The article's finer wording follows ("kỹ thuật quân sự", "đào tạo nhân lực"), minus what
    only writes a listed sector again: another spacing, hyphen or order of it ("khoa học-công
    nghệ", "an ninh - quốc phòng"), its name under a generic head ("nhà máy điện hạt nhân"), a
    pair of listed sectors, or words inside a longer wording kept."""
    head = _body_headline(doc)
    top = {m.key for x in (head, lead) if x is not None for m in x.sectors}
    sentences: dict[str, int] = {}
    mentions: dict[str, int] = {}
    for x in own:
        for m in x.sectors:
            mentions[m.key] = mentions.get(m.key, 0) + 1
        for key in dict.fromkeys(m.key for m in x.sectors):  # first mention first
            sentences[key] = sentences.get(key, 0) + 1
    ranked = sorted(sentences, key=lambda k: (k not in top, -sentences[k], -mentions[k]))
    wording = _wording(lex, [m for x in own for m in x.sectors])
    synonyms = set(wording)  # the data's other names of a listed sector, no list of the article's
    wording += [f for x in own for f in listed_fields(x)]
    wording += [f for x in own for f in proposed_fields(x)]
    if not wording:
        return ranked
    # A listed sector's name and, for a pair ("giáo dục - đào tạo"), each of its parts.
    names = {f for k in ranked for f in _name_forms(k)}
    listed = set(names)
    finer: list[tuple[str, str]] = []
    for w in dict.fromkeys(wording):
        form, headless, plain = _shapes(w)
        if form in listed or headless in listed or _pair_of(w, lex, names):
            continue
        listed.add(form)
        finer.append((w, plain))
    kept = [w for w, f in finer if not any(f != g and f in g for _, g in finer)]
    # A short list: past _MOST_SECTORS, the data's other names of a listed sector give way, the
    # last first (the sector itself stays listed); the article's own lists and every broad
    # sector stay.
    extra = len(ranked) + len(kept) - _MOST_SECTORS
    for w in reversed(list(kept)):
        if extra <= 0:
            break
        if w in synonyms:
            kept.remove(w)
            extra -= 1
    return ranked + kept


_MOST_SECTORS = 15


@lru_cache(maxsize=4096)
def _shapes(wording: str) -> tuple[str, str, str]:
    """A wording's form, its form without a generic head, and its words spaced (" a b c ")."""
    folded = fold(wording)
    plain = " ".join(" ".join(_PAIR.split(folded)).split())
    return _form(wording), _form(_HEAD.sub("", folded)), f" {plain} "


# Generic heads that name a sector's site or act, not another field: "nhà máy điện hạt nhân".
_HEAD = kept_regex(r"^(?:nha may|du an|cong trinh|hop tac|linh vuc|nganh|cac|viec)\s+")
_PAIR = kept_regex(r"\s*[-–—,/]\s*|\s+(?:va|cung)\s+")


_CANONICAL: dict[str, str | None] = {}
_CANONICAL_OF: list[Lexicon] = []  # the lexicon the remembered answers are from


def _canonical(lex: Lexicon, text: str) -> str | None:
    """lex.canonical_sector, remembered: sector wordings recur from article to article."""
    if not _CANONICAL_OF or _CANONICAL_OF[0] is not lex or len(_CANONICAL) > 20_000:
        _CANONICAL.clear()
        _CANONICAL_OF[:] = [lex]
    if text not in _CANONICAL:
        _CANONICAL[text] = lex.canonical_sector(text)
    return _CANONICAL[text]


@lru_cache(maxsize=512)
def _name_forms(key: str) -> tuple[str, ...]:
    """A sector name's forms: itself, without a generic head, and each part of a pair."""
    k = fold(key)
    return tuple(_form(p) for p in [key, _HEAD.sub("", k), *_PAIR.split(k)] if p.strip())


@lru_cache(maxsize=4096)
def _form(text: str) -> str:
    """A sector's wording with spacing, hyphens, commas and the order of a pair evened out:
    "khoa học-công nghệ", "công nghệ - khoa học", "phòng, chống" and "phòng chống" alike."""
    return " ".join(sorted(" ".join(_PAIR.split(fold(text))).split()))


def _pair_of(text: str, lex: Lexicon, listed: set[str]) -> bool:
    """Two listed sectors written together: "y tế, giáo dục", "an ninh quốc phòng". Without a
    separator both halves must be listed names ("đào tạo quân sự" is one field)."""
    parts = [p for p in _PAIR.split(fold(text)) if p.strip()]
    if len(parts) > 1:
        keys = [_canonical(lex, p) for p in parts]
        return all(k and _form(k) in listed for k in keys)
    words = parts[0].split() if parts else []
    return any(
        _form(" ".join(words[:i])) in listed and _form(" ".join(words[i:])) in listed
        for i in range(1, len(words))
    )


def _before_the_meeting(when: When, context: Meeting) -> When:
    """A recalled meeting's year-less day or month ("hồi tháng 6") in a report whose own
    meeting the text dates: the last such day before it (marked inferred)."""
    src, ctx = when.source, context.date
    if src is None or src.month is None or not ctx or len(ctx) < 7 or context.date_inferred:
        return when
    year, month = int(ctx[:4]), int(ctx[5:7])
    day = int(ctx[8:10]) if len(ctx) == 10 else 31
    if (src.month, src.day or 1) > (month, day):
        year -= 1
    try:
        date(year, src.month, src.day or 1)
    except ValueError:
        return when
    return When(fmt(year, src.month, src.day), True, when.tod, src)


_QUOTED = kept_regex(r"\bnoi dung (?:cua )?(?:buc |la )?(dien|thu|thong diep)\b")
_MESSAGE_WORDS = (
    ("cam on", "điện cảm ơn"),
    ("chia buon", "điện chia buồn"),
    ("chuc mung", "điện mừng"),
)


def _quoted_message(doc: Doc) -> str | None:
    """A report that quotes a message ("Nội dung bức điện như sau: …") is about the message:
    thanks, condolences or congratulations, as its text says."""
    for x in doc.sentences:
        if _QUOTED.search(x.folded):
            after = fold(doc.text[x.end : x.end + 800])
            for words, kind in _MESSAGE_WORDS:
                if words in after and get_lexicon().kind_is(kind, "message"):
                    return kind
    return None


def _about_talks(s: Sentence, names: set[str], surnames: set[str]) -> bool:
    """A photo caption about the meeting itself ("… hai Thủ tướng … tiến hành hội đàm, thảo
    luận về kinh tế, thương mại …"), or quoting a principal ("Thứ trưởng Rudenko khẳng định")."""
    if s.kinds or names & {m.key for m, _ in s.people}:
        return True
    return any(next(word_spans(s.text, n), None) for n in surnames)


# "Hai bên nhất trí …", "Hai Chủ tịch trao đổi …": a photo caption telling what the two sides
# of the meeting did (a photo report tells its talks in captions).
_TWO_SIDES_DID = kept_regex(
    r"^\W*hai (?:ben|nha lanh dao|lanh dao|bo truong|thu truong|thu tuong|chu tich|truong doan)\b"
)


# "hợp tác trong các lĩnh vực A, B và C", "các ngành như A, B", "hợp tác A, B và C": a list of
# fields, up to the end of its clause.
# "phối hợp hiệu quả trong A, B", "sự hỗ trợ của X trong A, B và C", "giúp đỡ X trong A, B":
# joint work or help in a list of fields.
_FIELD_CUE = kept_regex(
    r"(?<!\w)(?:(?:(?:hợp tác|phối hợp)(?: (?:hiệu quả|chặt chẽ|với [^,.;:()]{1,40}?))?"
    r"|(?:hỗ trợ|giúp đỡ)(?: của)? [^,.;:()]{1,50}?) (?:trong|về)(?: các| những| công tác)?"
    r"|(?:lĩnh vực|ngành|hợp tác)(?: (?:như|là|gồm|về|trong|trên|sang)(?: các| những)?)?)"
    r"\s*:?\s+"
)
# The words of a list: a line break before a lower-case word is a hard wrap inside it.
_FIELD_ITEMS = kept_regex(r"(?:[^.;:()\n\"“”…]|\n(?=[a-zà-ỹđ]))+")
_LIST_CUE_WORDS = ("lĩnh vực", "ngành", "hợp tác", "phối hợp", "hỗ trợ", "giúp đỡ")
_FIELD_LIST_END = kept_regex(
    r"\s(?:nhằm|để|với|giữa|của|trong thời gian|thời gian tới|góp phần|phù hợp|theo hướng"
    r"|trên cơ sở|hướng tới|đồng thời|cũng như các|trong khuôn khổ|tại|vào|đến năm)(?!\w)"
    r"|,\s*(?:đồng thời|góp phần|nhằm|qua đó|trong đó|đặc biệt|nhất là)(?!\w)"
)
# Items split at commas and "và", except "phòng, chống" (one field: "phòng, chống tội phạm").
_FIELD_SPLIT = kept_regex(r"(?<!phòng)\s*,\s*|,(?!\s*chống)\s*|\s+(?:và|cũng như)\s+")
_FIELD_HEAD = kept_regex(r"^(?:lĩnh vực|ngành)\s+")
# A field is a short noun phrase of lower-case words (an acronym such as LNG allowed).
_FIELD_WORDS = kept_regex(
    rf"(?:[a-zà-ỹđ]+(?:-[a-zà-ỹđ0-9]+)?|[A-Z]{{2,6}})"
    rf"(?:,? (?:[a-zà-ỹđ]+|[{_UP}][a-zà-ỹđ]*)(?:-[{_UP}a-zà-ỹđ0-9]+)?)*"
)  # later words may be capitalised: "dạy tiếng Nga", "phòng chống dịch Covid-19"


def listed_fields(s: Sentence) -> list[str]:
    """The fields a list of cooperation areas names, as the article writes them, kept beside the
    broad sectors: "hợp tác trong các lĩnh vực đào tạo giáo viên, giáo dục nghề nghiệp và
    giáo dục phổ thông". An item counts when it is a short noun phrase holding a sector the
    sentence names (a known sector's word); a list needs two such items."""
    if not s.sectors or not any(w in s.text for w in _LIST_CUE_WORDS):
        return []
    spans = [(m.start - s.start, m.end - s.start) for m in s.sectors]
    out: list[str] = []
    for cue in _FIELD_CUE.finditer(s.text):  # each cue: "hợp tác … trong các lĩnh vực A, B"
        items = _FIELD_ITEMS.match(s.text, cue.end())
        if items is None:
            continue
        stop = _FIELD_LIST_END.search(s.text, items.start(), items.end())
        hi = stop.start() if stop else items.end()
        fields: list[tuple[str, bool]] = []
        anchored = False  # the list holds a known sector before any phrase that is no field
        broken = False  # past a phrase that is no field, only a known sector's item is one
        lo = items.start()
        for sep in [*_FIELD_SPLIT.finditer(s.text, lo, hi), None]:
            a, b = lo, sep.start() if sep else hi
            lo = sep.end() if sep else hi
            item = _FIELD_HEAD.sub("", " ".join(s.text[a:b].split()))
            # A sector the list itself names, not the cue's own ("hợp tác địa phương, …").
            sector = any(items.start() <= x < b and a < y for x, y in spans)
            if sep is None and _cut_off(s.text, b):
                broken = True  # the excerpt is cut off inside this item ("an n")
            if _field(item, 6 if _PLAIN_LONG.fullmatch(item) else 5) and (sector or not broken):
                fields.append((item, sector))
                anchored = anchored or not broken and sector
            elif not _field(item, 8):
                broken = True  # a long field ("phòng, chống tội phạm xuyên quốc gia") is one
        # A list of two fields or more, one of them a known sector's: its other items are
        # fields too ("phối hợp trong phòng, chống ma túy, quản lý xuất nhập cảnh"); else only
        # the items that name a sector.
        kept = [f for f, sector in fields if sector or anchored]
        if len(kept) >= 2:
            out += [f for f in kept if f not in out]
    return out


# Agreements and proposals name fields as the objects of cooperation verbs ("nhất trí tăng
# cường A, phối hợp trong B, mở rộng hợp tác C") or after a topic ("kinh nghiệm về A, B và C",
# "trong đó có A, B", "nhất là trong A, B").
_PROPOSAL = kept_regex(
    r"(?<!\w)(?:nhất trí|thống nhất|đề nghị|đề xuất|cam kết|sẵn sàng|mong muốn|mong(?! đợi| chờ))"
    r"(?: (?:hai (?:bên|nước|cơ quan|ngành|bộ|hội|tổ chức|địa phương|tỉnh|thành phố|trường)(?: kết nghĩa)?|các bên))?\s+"
)
_TOPIC = kept_regex(
    r"(?<!\w)(?:(?:kinh nghiệm|trao đổi thông tin)(?: của [^,.;:()]{1,40}?)? (?:về|trong)"
    r"|trong đó (?:có|chú trọng|tập trung vào|ưu tiên)|(?:nhất là|đặc biệt là|đặc biệt) (?:trong|về)"
    # what both sides talked about: "Hai bên trao đổi về việc A, B và C", "hai Bộ trưởng bàn về"
    r"|(?i:hai) (?:bên|phía|ông|bà|[Bb]ộ trưởng|[Tt]hứ trưởng|[Pp]hó [Tt]hủ tướng|lãnh đạo|đoàn)"
    r"(?: (?:đã|cũng|cùng|đã cùng))? (?:trao đổi|bàn|thảo luận)(?: về(?: việc)?|(?= hợp tác ))"
    # a joint body's remit: "nhóm công tác chung về A và B"
    r"|(?:nhóm công tác|tổ công tác|tiểu ban|ủy ban)(?: chung| liên hợp)? về)\s+"
)
# Words every match of _PROPOSAL and of _TOPIC holds.
_PROPOSAL_WORDS = ("thống nhất", "đề nghị", "đề xuất", "cam kết", "sẵn sàng", "mong")
_TOPIC_WORDS = (
    "kinh nghiệm", "trao đổi thông tin", "trong đó ", "nhất là", "đặc biệt",
    "trao đổi ", "bàn ", "thảo luận ", "nhóm công tác", "tổ công tác", "tiểu ban", "ủy ban",
)  # fmt: skip


def _topic_words(text: str) -> bool:
    """Whether the text holds a word every _TOPIC match holds."""
    return any(w in text for w in _TOPIC_WORDS)


_COOP_VERB = kept_regex(
    r"(?:đồng thời\s+)?(?:tiếp tục\s+)?(?:(?:tăng cường|mở rộng|thúc đẩy|đẩy mạnh|làm sâu sắc|nâng cao)\s+)?"
    r"(?:(hợp tác|phối hợp)\s+)?(?:(?:trong|về)\s+)?(?:(?:các )?lĩnh vực\s+)?"
)
_LIST_STOP = kept_regex(
    r"[.:()\"“”…]|\n(?![a-zà-ỹđ])|\s(?:nhằm|để|góp phần|hướng tới|qua đó)(?!\w)"
)  # a line break before a lower-case word is a hard wrap inside the list
# Items split at semicolons, commas (with a "và" after one) and "và", except "phòng, chống"
# (one field: "đấu tranh phòng, chống khủng bố").
# Every split starts with a space, a semicolon or a comma: that character first (a class the
# engine skips to), then the rest of each form, told apart by it; the same matches as
# `\s*;\s*|(?:(?<!phòng)\s*,|,(?!\s*chống))\s*(?:(?:và|cũng như)\s+)?|\s+(?:và|cũng như)\s+`.
_ITEM_SPLIT = kept_regex(
    r"[\s;,](?:(?<=\s)\s*;\s*|(?<=\s)(?<!phòng\s)\s*,\s*(?:(?:và|cũng như)\s+)?"
    r"|(?<=\s)\s*(?:và|cũng như)\s+|(?<=;)\s*|(?<=,)(?<!phòng,)\s*(?:(?:và|cũng như)\s+)?"
    r"|(?<=,)(?!\s*chống)\s*(?:(?:và|cũng như)\s+)?)"
)
# A capitalised word: the item runs into a proper name ("… Liên bang Nga", "công dân Nga"), or
# opens with a body's acronym doing something ("VGTRK hỗ trợ đào tạo …": its subject).
_CAPITALISED = kept_regex(rf"(?<!\w)[{_UP}][a-zà-ỹđ]|^[{_UP}]{{3,}}\s+[a-zà-ỹđ]")
_EXCHANGE = kept_regex(r"(?:trao đổi|chia sẻ) kinh nghiệm\s+(?!về|trong)\w")
_TRAILING_AND = kept_regex(r"\s+(?:và|cũng như)$")
# A field named under its head further into the item ("quan tâm tới lĩnh vực A").
_INNER_HEAD = kept_regex(r"[^,;]{0,30}?(?<!\w)lĩnh vực\s+")
_ITEM_END = kept_regex(
    r"\s(?:về|ở(?<!nhà ở)|trong|giữa|với|của|cho|tại|từ|sang|theo|do|mà|vào|đối với)(?!\w)"
)


def proposed_fields(s: Sentence) -> list[str]:
    """The fields an agreement or a proposal names, as written: "Hai bên nhất trí tăng cường
    trao đổi kinh nghiệm thi hành án, phối hợp trong tương trợ tư pháp, …"."""
    t = s.text
    # Most sentences hold none of the cue words: no regex for them.
    proposals = (
        [(m.end(), False) for m in _PROPOSAL.finditer(t)]
        if "nhất trí" in t or any(w in t for w in _PROPOSAL_WORDS)
        else []
    )
    topics = [(m.end(), True) for m in _TOPIC.finditer(t)] if _topic_words(t) else []
    if not proposals and not topics:
        return []
    spans = [(m.start - s.start, m.end - s.start) for m in s.sectors]
    out: list[str] = []
    cues = sorted(proposals + topics)
    done = 0
    for at, topic in cues:
        if at < done:
            continue
        stop = _LIST_STOP.search(s.text, at)
        hi = stop.start() if stop else len(s.text)
        done = hi
        lo = at
        first = True
        run = False  # the item before was a field of this verb's list
        for sep in [*_ITEM_SPLIT.finditer(s.text, at, hi), None]:
            a, b = lo, sep.start() if sep else hi
            lo = sep.end() if sep else hi
            if sep is not None and ";" in sep.group() and topic:
                topic = False  # a topic's list ends at a semicolon; a verb may follow
            if sep is not None and ";" in sep.group():
                run = False
            item = s.text[a:b]
            inner = _TOPIC.search(item) if _topic_words(item) else None
            if inner and not topic:
                item, a, topic, first = item[inner.end() :], a + inner.end(), True, True
            verb = _COOP_VERB.match(item)
            strip = verb.end() if verb else 0
            own_verb = strip > 0 and not item[:strip].isspace()
            inner = _INNER_HEAD.match(item, strip)
            headed = inner is not None
            if headed:
                strip = inner.end()  # "quan tâm tới lĩnh vực A": the field after its head
            # "tăng cường tin cậy chính trị" strengthens no field; "phối hợp trong A",
            # "mở rộng hợp tác B", "tăng cường trao đổi kinh nghiệm C" name one.
            joint = bool(verb and verb.group(1)) or bool(_EXCHANGE.match(item, strip))
            end = _ITEM_END.search(item, strip)
            cut = end.start() if end else len(item)
            sector = any(a + strip <= x < a + cut for x, _ in spans)
            # "hợp tác trong đào tạo, bảo đảm kỹ thuật và huấn luyện", "lĩnh vực A và B": items
            # with no verb of their own go on the list of joint work or of fields before them.
            # … with the item whole, or but for where ("A tại B"): "ứng phó với X" cut to
            # "ứng phó" is no field.
            whole = end is None or item[end.start() :].split()[0] in ("tại", "ở")
            listed = run and not own_verb and not topic and whole
            if sep is None and _cut_off(s.text, a + cut) and not sector:
                break  # the excerpt is cut off inside this item ("an n")
            if not (sector or joint and not topic or topic and first or listed):
                # "giảm chi phí …" after a verb, "trao đổi thông tin" further down a topic's
                # list: no field without a sector's word, but a topic's first item.
                first = run = False
                continue
            first = False
            item = " ".join(item[strip:cut].split())
            item = _FIELD_HEAD.sub("", _TRAILING_AND.sub("", item))
            kept = _field(item, 8) and not _CAPITALISED.search(item)
            run = kept and (run or joint or headed)
            if kept and item not in out:
                out.append(item)
    return out


# A six-word field is one noun phrase in lower case, with no preposition that would tie it to
# something else ("đào tạo cán bộ tư pháp", not "nông nghiệp trong Chính phủ Nga").
_PLAIN_LONG = kept_regex(r"(?!.*\b(?:trong|về|với|cho)\b)[a-zà-ỹđ ,]+")


def _cut_off(text: str, end: int) -> bool:
    """The text stops at ``end`` with no mark after a word: an excerpt cut off there."""
    rest = text.rstrip()
    return end >= len(rest) and rest[-1:].isalnum()


def _field(item: str, longest: int = 5) -> bool:
    return (
        1 <= len(item.split()) <= longest
        and bool(_FIELD_WORDS.fullmatch(item))
        and not no_field(item)
    )


def _lowered(surface: str) -> str:
    """A wording in lowercase but for the proper names inside it ("dạy và học tiếng Nga"): a
    capital starting it or every word of a headline's title case is no name's."""
    words = surface.split()
    if all(w[:1].isupper() for w in words):
        return " ".join(words).lower()
    return " ".join([words[0].lower(), *words[1:]])


def _wording(lex: Lexicon, mentions: list[Mention]) -> list[str]:
    """The article's own finer wording of a sector ("vắc xin", "khoa học cơ bản"), kept
    searchable beside the broad sector; "hợp tác dầu khí" adds nothing to "dầu khí"."""
    out: list[str] = []
    for m in mentions:
        words = re.sub(r"^(?:hợp tác|lĩnh vực|ngành|các)\s+", "", _lowered(m.surface))
        if not words or m.surface.isupper() or fold(words) == fold(m.key):
            continue
        if _canonical(lex, words) != m.key:
            continue
        if fold(words) in fold(m.key) or len(words) < 4:
            continue
        out.append(words)
    return out


def _participants(
    doc: Doc, chosen: list[tuple[Mention, str]], when: date | None, lex: Lexicon
) -> list[Participant]:
    out = []
    for m, country in chosen:
        if m.start in doc.titles and m.key in lex.people:
            # Named by title alone: that title, as the article gives it.
            out.append(Participant(name=m.key, title=doc.titles[m.start], country=country))
            continue
        title = _title_before(doc, m, lex)
        chain = title_chain(doc, m)
        if (chain and all(o.key == _RANK for o in chain)) or _rank_of_a_service(title, lex):
            # "Đại tướng X, Chủ nhiệm Tổng cục Chính trị …": the office, not the rank.
            after = doc.titles_after.get(m.start) or apposed_title(doc, m.end)
            title = _office_of(after, lex) if after else _office_elsewhere(doc, m, lex) or title
        if m.key in lex.people and title is None and unlisted_title(doc, m, lex):
            # Named bare here, titled elsewhere with an office the data does not list for them
            # ("… do đồng chí X, Trưởng Ban Tuyên giáo … dẫn đầu"): that title, not the data's.
            title = unlisted_elsewhere(doc, m, lex)
        if m.key in lex.people and title is not None and unlisted_title(doc, m, lex):
            pass  # an office the people data does not list for them: as the article writes it
        elif m.key in lex.people:
            dated = lex.title_at(m.key, when) if when else None
            if title is None or (dated and not _title_matches(title, m.key, when, lex)):
                # A known day without any office of theirs: no title rather than a later one.
                latest = None if when else lex.title_at(m.key, None)
                apposed = doc.titles_after.get(m.start)
                if latest and apposed and not _same_office(latest, apposed):
                    latest = (
                        apposed  # "ông X, Chủ tịch …" names another office than the data's last
                    )
                title = dated or title or latest or apposed
        elif m.start in doc.titles:
            title = doc.titles[m.start] or title
        if title is None:
            title = doc.titles_after.get(m.start)  # "ông X, Tổng Giám đốc …", as written
        if title is not None:
            title = without_name_head(_fuller_title(doc, m, title, lex))
        out.append(
            Participant(name=m.key, title=title and _capitalised(title, lex), country=country)
        )
    return out


def _other_mentions(doc: Doc, m: Mention) -> Iterator[Mention]:
    """The article's other mentions of the person ``m`` names, in order."""
    for s in doc.sentences:
        for other, _ in s.people:
            if other.key == m.key and other.start != m.start:
                yield other


def _office_elsewhere(doc: Doc, m: Mention, lex: Lexicon) -> str | None:
    """The office the article gives a person named here with his rank only ("Đại tướng
    Shoigu" at the talks, "Bộ trưởng Shoigu" in the next sentence)."""
    for other in _other_mentions(doc, m):
        chain = title_chain(doc, other)
        if chain and not any(o.key == _RANK for o in chain):
            return _title_before(doc, other, lex)
        after = apposed_title(doc, other.end)
        if after and (office := _office_of(after, lex)):
            return office  # "Đại tướng X, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng"
    return None


def _fuller_title(doc: Doc, m: Mention, title: str, lex: Lexicon) -> str:
    """The title written in full where the article gives it so elsewhere: "Đại sứ Ngô Đức
    Mạnh" at the talks is the "Đại sứ Việt Nam tại Liên bang Nga" of the lead sentence."""
    head = fold(title)
    best = title
    for other in _other_mentions(doc, m):
        written = doc.titles.get(other.start) or _title_before(doc, other, lex)
        if written and len(written) > len(best) and fold(written).startswith(head + " "):
            best = written
    return best


def _capitalised(title: str, lex: Lexicon) -> str:
    """A title as the article writes it, in the data's capitals where it writes them in lower
    case ("phó chủ tịch UBND tỉnh …, ủy viên Ban Thường vụ Tỉnh ủy" → "Phó Chủ tịch UBND tỉnh
    …, Ủy viên Ban Thường vụ Tỉnh ủy"): each title of the list that starts with an office."""
    parts = title.split(", ")
    for i, part in enumerate(parts):
        if not part[:1].islower():
            continue
        found = lex.find_offices(part)
        if found and found[0].start == 0:
            parts[i] = _spelt(found[0].surface, lex) + part[found[0].end :]
        elif i == 0:
            parts[i] = part[0].upper() + part[1:]  # a title starts with a capital
    return ", ".join(parts)


_SPELLINGS: dict[int, tuple[Lexicon, dict[str, str]]] = {}


def _spellings(lex: Lexicon) -> dict[str, str]:
    """Folded office pattern → the pattern as the data spells it (the first, if several)."""
    kept_for = _SPELLINGS.get(id(lex))
    if kept_for is None or kept_for[0] is not lex:
        table: dict[str, str] = {}
        for office in lex.offices.values():
            for pattern in office.patterns:
                table.setdefault(fold(pattern), pattern)
        _SPELLINGS.clear()  # one lexicon at a time: tests build their own
        kept_for = _SPELLINGS[id(lex)] = (lex, table)
    return kept_for[1]


_DEPUTY_HEAD = kept_regex(r"^ph[óo]\s+", re.IGNORECASE)


def _spelt(surface: str, lex: Lexicon) -> str:
    """An office as written, spelt as the data spells its pattern ("phó thủ tướng" → "Phó Thủ
    tướng"); a deputy the data has no pattern for is "Phó" and the office ("phó thư ký …")."""
    spelt = _spellings(lex).get(fold(squash_spaces(surface)))
    if spelt is not None:
        return spelt
    head = _DEPUTY_HEAD.match(surface)
    if head:
        rest = surface[head.end() :]
        inner = lex.find_offices(rest)
        if inner and inner[0].start == 0 and inner[0].end == len(rest):
            return "Phó " + _spelt(rest, lex)
    return surface[:1].upper() + surface[1:]


_RANK = "generic_military_rank"  # "Đại tướng": a rank, not an office


def _rank_of_a_service(title: str | None, lex: Lexicon) -> bool:
    """A rank with its service in lower case ("Đại tướng cảnh sát", "Thượng tướng hải quân"):
    still a rank, no office."""
    rank = lex.offices.get(_RANK)
    if not title or rank is None:
        return False
    head = next((p for p in rank.patterns if title.startswith(p + " ")), None)
    rest = title[len(head) :].split() if head else []
    return 0 < len(rest) <= 2 and all(w.islower() for w in rest)


_SEAT_ONLY = kept_regex(r"^(?:uy vien|thanh vien)\b")


def _office_of(written: str, lex: Lexicon) -> str:
    """A title written after a name, without the seats that lead it ("Ủy viên Bộ Chính trị, Bộ
    trưởng Bộ Quốc phòng …"), in the data's words when it is one office's name whole."""
    parts = written.split(", ")
    while len(parts) > 1 and _SEAT_ONLY.match(fold(parts[0])):
        parts.pop(0)
    written = ", ".join(parts)
    found = lex.find_offices(written)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(written):
        office = lex.offices.get(found[0].key)
        if office is not None and not office.generic:
            return office.title
    return written


_COUNTRY_WORDS = frozenset({"nga", "lien", "bang", "lb", "viet", "nam"})


def _same_office(title: str, written: str) -> bool:
    """Every word of a title (country words aside) is in the title the article writes:
    "Chủ tịch Gazprom" in "Chủ tịch Tập đoàn Dầu khí Gazprom, Liên bang Nga"."""
    words = set(fold(written).replace(",", " ").split())
    return set(fold(title).split()) - _COUNTRY_WORDS <= words


def _office_country(lex: Lexicon, key: str) -> str | None:
    office = lex.offices.get(key)
    return office.country if office is not None else None


def _person_country(lex: Lexicon, key: str) -> str | None:
    person = lex.people.get(key)
    return person.country if person is not None else None


def _title_before(doc: Doc, mention: Mention, lex: Lexicon) -> str | None:
    """The office named just before a person ("Thủ tướng Nga Mikhail Mishustin")."""
    chain = title_chain(doc, mention)
    if (
        len(chain) > 1
        and chain[0].key == _RANK
        and chain[1].key != _RANK
        and not doc.text[chain[1].end : chain[0].start].strip(" ,")
        and _office_country(lex, chain[1].key) in (None, _person_country(lex, mention.key))
    ):
        # "Bộ trưởng Quốc phòng Liên bang Nga, đại tướng X": the office, not the rank next to
        # the name (an office further back, past other words, may be another person's).
        chain = chain[1:]
    best = chain[0] if chain else None
    offices = [lex.offices.get(o.key) for o in reversed(chain)]
    if len(chain) > 1 and all(o is not None and not o.generic for o in offices):
        # "Tổng Bí thư, Chủ tịch nước Tô Lâm": the double title as a whole.
        return ", ".join(dict.fromkeys(o.title for o in offices if o is not None))
    if best is None:
        for off in doc.offices:
            if off.end <= mention.start and mention.start - off.end <= 40:
                gap = doc.text[off.end : mention.start]
                if (
                    "." in gap.replace(" ", "")[:1]
                    or "\n" in gap
                    or re.search(r"[a-zà-ỹ]{2,}\s+[a-zà-ỹ]", gap)
                ):
                    continue
                best = off
    if best is None:
        # Long titles joined by commas ("Phó Chủ tịch thứ nhất Hội đồng Liên bang …, Chủ tịch
        # Nhóm Hợp tác với Việt Nam … Andrey Yatskin"): the first title of the list — never
        # one past another person's name ("Bộ trưởng X vừa có cuộc điện đàm với ông Y").
        lo = max(doc.text.rfind("\n", 0, mention.start), mention.start - 160)
        own = doc.sentence_at(mention.start)
        named = [pm.start for pm, _ in own.people] if own is not None else []
        for off in doc.offices:
            gap = doc.text[off.end : mention.start]
            if (
                lo < off.start
                and off.end <= mention.start
                and not _breaks_title_list(gap)
                and not any(off.end <= at < mention.start for at in named)
            ):
                best = off
                break
    if best is None:
        return None
    office = lex.offices.get(best.key)
    if office is None:
        return None
    if not office.generic:
        return office.title
    written = squash_spaces(doc.text[best.start : mention.start])
    if best.key == _RANK:
        # "Đại tướng X", "Đại tướng quân đội X": the rank as written, not the category's name.
        return written.rstrip(" ,")
    # "Giám đốc điều hành Quỹ RDIF, ông Kirill Dmitriev": the honorific is no part of the title.
    written = re.sub(rf"(?:[\s,]*(?<!\w)(?:{HONORIFIC})(?!\w)\.?)+[\s,]*$", "", written, flags=re.I)
    return without_country_aside(written.rstrip(" ,")) or office.title


# What ends a list of titles before a name: a verb, or the end of a clause.
_TITLE_LIST_BREAK = kept_regex(
    r"[.;:!?]|\b(da|se|tiep|hoi dam|hoi kien|gap|lam viec|tham|dan dau|cho biet|khang dinh"
    r"|nhan manh)\b"
)
# "đang" (is doing) ends the list, "Đảng" (a party, "… Đảng Nước Nga Thống nhất") is a
# title's word: both fold to "dang".
_NOW_DOING = kept_regex(r"(?<!\w)đang(?!\w)")


def _breaks_title_list(gap: str) -> bool:
    return bool(_TITLE_LIST_BREAK.search(fold(gap)) or _NOW_DOING.search(gap.lower()))


def _title_matches(title: str, name: str, when: date | None, lex: Lexicon) -> bool:
    person = lex.people.get(name)
    if person is None or when is None:
        return True
    return all(
        any(
            fold(t.title) == fold(part)
            and t.start.year - 1 <= when.year <= (t.end or date.max).year + 1
            for t in person.tenures
        )
        for part in title.split(", ")
    )


def _key_points(sentences: list[Sentence]) -> list[str]:
    scored = []
    for i, s in enumerate(sentences):
        if s.caption or len(s.text) < 40 or s.text.count("|") >= 2 or site_bar_line(s.text):
            # a site's menu ("Thời sự | Quốc tế | Kinh tế") or its bar ("Đăng ký nhận tin |
            # Đường dây nóng: …") says nothing of the talks
            continue
        f = s.folded
        cues = len(_KEY_CUES.findall(f)) if any(w in f for w in _KEY_CUE_LIST) else 0
        score = cues + 1.5 * len({m.key for m in s.sectors}) - 0.05 * i
        scored.append((score, i))
    best = sorted(scored, reverse=True)[:3]
    return [squash_spaces(sentences[i].text) for _, i in sorted(best, key=lambda x: x[1])]


# ------------------------------------------------------------------------------ places


# "tới thăm và làm việc tại Thủ đô.": Vietnamese news calls Hà Nội "Thủ đô" without its name.
_THE_CAPITAL = kept_regex(r"\b(?:tại|ở|đến|tới|về)\s+Thủ đô(?=\s*[.,;)]|\s*$)")


def _headline_place(
    doc: Doc, s: Sentence, kind: str, chosen: list[tuple[Mention, str]]
) -> tuple[str, Sentence] | None:
    """Where the headline says the lead's act was ("Bộ trưởng X làm việc tại Moskva" over
    "Nhân chuyến công tác …, Bộ trưởng X đã làm việc với Y"): the same act, of no one else."""
    head = _body_headline(doc)
    if head is None or head.start >= s.start or head.end > s.start:
        return None
    k = _kind_mention(head)
    names = {m.key for m, _ in chosen}
    if k is None or _future(head, k) or _told_earlier(doc, head):
        return None
    if k.key != kind and not _plain_names(k.key, kind):
        return None  # another act; a plain "gặp" names any act in person
    if not {m.key for m, _ in head.people} <= names:
        return None  # the headline tells someone else's act
    p = _located(doc, head)
    return (p.key, head) if p is not None else None


def _city_within(doc: Doc, s: Sentence, region: Mention) -> Mention | None:
    """A city of the region placed later in the sentence ("tại Cộng hòa Tatarstan, … tại thủ
    phủ Kazan"): where in the region the act was."""
    places = get_lexicon().places
    for q in s.places:
        city = places.get(q.key)
        if (
            q.start > region.end
            and city is not None
            and city.province == region.key
            and _LOCATIVE.search(doc.folded(q.start - 25, q.start))
        ):
            return q
    return None


def _located(doc: Doc, s: Sentence) -> Mention | None:
    for p in s.places:  # "tại <venue> (City)": the city in brackets says where the venue is
        if _VENUE_BRACKET.search(doc.folded(p.start - 80, p.start)) and not any(
            q is not p and 0 <= doc.text.rfind("(", 0, p.start) - q.end <= 2 for q in s.places
        ):  # "Sochi (Xô-tri)" spells the place again, it is no venue
            return p
    for p in s.places:
        before = doc.folded(p.start - 80, p.start)
        # (an envoy posted there is told in the sentence: a headline ending "… tiếp Đại sứ Liên
        # bang Nga" says nothing of "Tại TPHCM, …" opening the next)
        own = doc.folded(max(s.start, p.start - 80), p.start)
        apposed = _VENUE_APPOSED.search(before)
        if (
            apposed
            and (not before.endswith(", ") or _CITY_WORD.match(fold(p.surface)))
            and not _POSTED.search(own.rsplit(",", 1)[0])
        ):
            return p
        if _BEFORE_GOING.search(before):
            # "Trước khi đến Sochi, ngày 29/11 tại Moskva, …", "Trong chuyến thăm … trước khi
            # dự Hội nghị cấp cao … tại Sochi, X hội đàm …": where they went next
            continue
        if _left_behind(doc, s, p) or _frame_before_own(doc, s, p):
            continue
        if _LOCATIVE.search(before[-25:]) and not _POSTED.search(own):
            if _of_another_act(doc, s, p) or _in_earlier_act(s, p):
                continue
            here = _venue_placed(doc, s, p)
            if here is not None:
                return _city_within(doc, s, here) or here
    m = _THE_CAPITAL.search(s.text)
    if m and "VN" in {c for _, c in s.people}:
        return Mention("Hà Nội", s.start + m.start(), s.start + m.end(), m.group(0))
    venue = _VENUE_OF.search(s.folded)
    if venue is not None:
        # "Sochi, thành phố bên bờ Biển Đen, hôm nay là nơi diễn ra cuộc hội đàm …": the
        # place the sentence opens with is where the act it names is held.
        first = s.places[0] if s.places else None
        if first is not None and first.start - s.start <= 3 and first.end - s.start < venue.start():
            return first
    return None


_VENUE_OF = kept_regex(r"\bla (?:noi|dia diem) (?:dien ra|to chuc)\b")
_BEFORE_GOING = kept_regex(
    r"\btruoc khi (?:\w+ )?(?:den|toi|sang|ve|len duong di)\s*$"
    r"|\btruoc khi (?:len duong |sang |den |toi )?(?:du|tham du)\b[^,;()]*$"
)
# A clause opening the sentence, or after its frame's comma, with what came before ("Sau các
# hoạt động tại thủ đô Moskva, …", "Tiếp tục chuyến thăm …, sau các hoạt động tại Sochi, …"),
# the outlet's tag maybe first, and a place it then goes to ("… đã tới Sochi và hội kiến …").
_AFTER_OPENING = kept_regex(r"(?:^\W*(?:[\w.]+(?: [\w.]+)?\W* [-–—] )?|,\s*)sau\b[^,;]*$")
_GONE_TO = kept_regex(r"\b(?:toi|den|sang|bay toi|bay den)(?:\s+(?:thu do|thanh pho))?\s*$")


def _frame_before_own(doc: Doc, s: Sentence, p: Mention) -> bool:
    """``p`` is in the clause framing the act, and the act names its own place after its verb:
    "Trong khuôn khổ chuyến thăm … và dự Hội nghị Cấp cao … tại Sochi, X đã hội đàm với Y
    tại thủ đô Moskva" (the summit was in Sochi, the talks in Moskva); so is a clause of what
    came before ("sau các hoạt động tại Saint Petersburg, X đã hội đàm với Y tại …")."""
    opening = doc.folded(s.start, p.start)
    if not _FRAME_OPENING.match(opening) and not _AFTER_OPENING.search(opening):
        return False
    acts = [k for k in s.kinds if k.start >= p.end and not _visit(k.key) and not _event(k.key)]
    if not acts or "," not in doc.text[p.end : acts[0].start]:
        return False
    return any(
        q.start > acts[0].end
        and _LOCATIVE.search(doc.folded(q.start - 25, q.start))
        and not _POSTED.search(doc.folded(max(s.start, q.start - 80), q.start))
        and not _of_another_act(doc, s, q)
        for q in s.places
    )


# A clause opening the sentence (after a dateline, maybe) with the trip or occasion the act
# belongs to.
_FRAME_OPENING = kept_regex(
    r"^\W*(?:[^,;]{2,40}?\s[-–—]\s*)?(?:trong khuon kho|trong chuyen|nhan dip|nhan chuyen)\b"
    r"[^,;]*$"
)


def _left_behind(doc: Doc, s: Sentence, p: Mention) -> bool:
    """``p`` is where the opening clause's earlier activities were, and the sentence goes on
    to another place after it: "Sau các hoạt động tại thủ đô Moskva, Thủ tướng đã tới Sochi
    và hội kiến …" (after "Sau lễ đón tại Phủ Chủ tịch, … hội đàm" the place stays)."""
    if not _AFTER_OPENING.search(doc.folded(s.start, p.start)):
        return False
    return any(
        q.start > p.end
        and "," in doc.text[p.end : q.start]
        and _GONE_TO.search(doc.folded(max(s.start, q.start - 24), q.start))
        for q in s.places
    )


# After the meeting's verb, words that start another act the place then belongs to: "…; hai
# bên nhất trí tổ chức triển lãm tại …", "…, người vừa dự lễ kỷ niệm tại …".
_ANOTHER_ACT = kept_regex(r";|\b(?:to chuc|tham du|du|se|sap|nhat tri|de nghi|ky niem|trien lam)\b")
# "Buổi làm việc được tổ chức tại …": the meeting's own venue, told right after its verb.
_HELD = kept_regex(r"\s*(?:da\s+)?(?:duoc\s+)?to chuc\b")


def _of_another_act(doc: Doc, s: Sentence, p: Mention) -> bool:
    """The place follows the meeting's verb past words of another act (lowercase: "Du lịch"
    in a ministry's name starts none)."""
    # A ceremony on the way ("… và đặt vòng hoa tại Lăng …") is where the day took them too.
    acts = [k for k in s.kinds if k.end <= p.start and not _visit(k.key) and not _event(k.key)]
    if not acts:
        # A visit's frame ("trong chuyến thăm và dự …, tại Moskva") is no act; but a visit
        # to a country is not where the summit it also attends is held ("thăm chính thức
        # Liên bang Nga …, đồng thời dự Hội nghị cấp cao … tại Sochi"), the sentence ending
        # with no act of its own after the place.
        visits = [k for k in s.kinds if k.end <= p.start]
        if not visits or any(k.start >= p.end for k in s.kinds):
            return False
        if not _COUNTRY_TRIP.search(
            doc.folded(visits[-1].start, min(p.start, visits[-1].end + 30))
        ):
            return False
        acts = visits
    k = acts[-1]
    gap = doc.text[k.end : p.start]
    folded = doc.folded(k.end, p.start)
    if len(gap) != len(folded):
        return False
    own = _HELD.match(folded)
    return any(
        (gap[m.start()].islower() or gap[m.start()] == ";") and not (own and m.start() < own.end())
        for m in _ANOTHER_ACT.finditer(folded)
    )


# "trụ sở TTXVN khu vực phía Nam ở TP Hồ Chí Minh": the venue's own branch, placed after it.
_PLACED_AT = kept_regex(
    r"^[^,;.()]{0,40}?\b(?:o|tai|chi nhanh|khu vuc)\s+(?:thu do|thanh pho|tp\.?|tinh|vung)?\s*$"
)
# "trụ sở VCCI chi nhánh …", "trụ sở TTXVN khu vực miền Trung": a branch, not the seat the data
# places; where it is, only a place written after it says.
_BRANCH = kept_regex(
    r"^\s*(?:khu vuc|phia (?:nam|bac)|mien (?:nam|bac|trung)|chi nhanh|co so|van phong"
    r"|thuong tru|tai|o)\b"
)


def _venue_placed(doc: Doc, s: Sentence, p: Mention) -> Mention | None:
    """A venue the data places in a city ("trụ sở TTXVN" → Hà Nội) stands there, unless the
    sentence names a branch of it: then the city written after its name ("… ở TP Hồ Chí
    Minh"), or none."""
    place = get_lexicon().places.get(p.key)
    if place is None or fold(p.surface) in {fold(a) for a in (place.name, *place.aliases)}:
        return p  # the city itself, not a venue of it
    for q in s.places:
        if q.start >= p.end and _PLACED_AT.match(doc.folded(p.end, q.start)):
            other = get_lexicon().places.get(q.key)
            if other is not None and other.kind in ("city", "province"):
                return q
    state = _STATE_AFTER.match(doc.folded(p.end, p.end + 30))
    if state is not None and _VISITED[state.group(1)] != place.country:
        return None  # "trụ sở Bộ Giao thông Vận tải Liên bang Nga": the other state's ministry
    return None if _BRANCH.match(doc.folded(p.end, p.end + 30)) else p


def _dateline(
    doc: Doc, s: Sentence, lex: Lexicon, told: Sentence | None = None
) -> tuple[str, Sentence] | None:
    """A dateline ("MOSKVA (TTXVN) -", "BOCHAROV RUCHEI (Sochi) (Sputnik) -") at the start of
    the lead's paragraph or of an earlier one near the top; a city and a dash alone only
    where they open the lead, or the body sentence that ``told`` the headline's act."""
    paragraphs = sorted({x.paragraph for x in doc.sentences})
    own = [p for p in paragraphs if p <= s.paragraph][-1:]
    for para in own + paragraphs[:8]:
        first = next((x for x in doc.sentences if x.paragraph == para), None)
        if first is None:
            continue
        head = doc.text[first.start : first.start + 90]
        opens_act = first.start == s.start or (told is not None and first.start == told.start)
        opening = (_DATELINE_OPENING,) if opens_act else ()
        # Each form in turn: "NLĐO - Hà Nội, 14-1 -" is no city "NLĐO" but the next form's.
        for form in _DATELINES + opening:
            m = form.match(head)
            if not m or _paired(head[m.end() :], lex):
                continue
            if form is _DATELINE_OPENING and _place_first(head[m.end() :], lex):
                continue  # "Hà Nội - Moskva …": two places paired
            for part in [m.group(1), *re.findall(r"\(([^)]*)\)", m.group(2) or "")]:
                place = lex.canonical_place(part.strip())
                if place:
                    return place, first
    return None


_DATELINES = (_DATELINE, _DATELINE_DAY, _DATELINE_DASH, _DATELINE_TITLED, _DATELINE_BRACKETED)
# "TP.HCM - Moskva: Mở rộng hợp tác …": two partners a headline pairs, not a dateline.
_PAIRED = kept_regex(r"^([^:.,;()]{2,30}):")


_LANDED = kept_regex(r"\bha canh (?:xuong|tai)\s*$")


def _landed_at(doc: Doc, s: Sentence) -> str | None:
    """Where a visit begins as the guest's plane lands ("chuyên cơ … hạ cánh xuống Sân bay
    quốc tế Nội Bài (Hà Nội), bắt đầu chuyến thăm …"): the airport's city."""
    for p in s.places:
        if _LANDED.search(doc.folded(p.start - 30, p.start)):
            return p.key
    return None


def _place_first(rest: str, lex: Lexicon) -> bool:
    """``rest`` opens with a place's name (one to three capitalised words)."""
    words = rest.split()[:3]
    return any(
        lex.canonical_place(" ".join(words[:n]).strip(",.:;")) is not None
        for n in range(1, len(words) + 1)
    )


def _paired(rest: str, lex: Lexicon) -> bool:
    m = _PAIRED.match(rest)
    return m is not None and (
        lex.canonical_place(m.group(1).strip()) is not None or is_country_name(m.group(1).strip())
    )


def _heading_line(doc: Doc, first: Sentence) -> bool:
    """A paragraph of one short line without a full stop: a heading, not a report's start."""
    alone = sum(1 for x in doc.sentences if x.paragraph == first.paragraph) == 1
    return alone and len(first.text) < 200 and not _stopped(first.text)


def _place_of(
    doc: Doc,
    s: Sentence,
    kind: str,
    lex: Lexicon,
    chosen: list[tuple[Mention, str]],
    lead: Sentence | None,
    act: Sentence | None,
    secondary: bool,
    recall: bool = False,
) -> tuple[str | None, Sentence | None]:
    if _remote(kind):
        return None, None
    for x in (s, act, lead):
        if x is None:
            continue
        p = _located(doc, x)
        if p is not None:
            # "tại trụ sở Bộ Quốc phòng, Bộ trưởng Quốc phòng Nga X tiếp …": the data reads a
            # ministry named without its country as Vietnam's; a Russian host's is in Moskva.
            key = seat_of_body(p, x, chosen) or _province_seat(doc, p.key, x, lex)
            return key, doc.sentence_at(p.start) or x
    if _visit(kind) and not secondary:
        # The lead, or the sentences after it in its paragraph ("… thăm chính thức Việt Nam
        # từ ngày 18 đến 19/11. Tối 18/11, chuyên cơ … hạ cánh xuống sân bay Nội Bài, Hà Nội").
        after = [x for x in doc.sentences if x.paragraph == s.paragraph and x.start > s.start]
        for x in (s, *after[:2]):
            landed = _landed_at(doc, x)
            if landed is not None:
                return landed, x
    told = None if secondary else _headline_place(doc, s, kind, chosen)
    if told is not None:
        return told
    line = None if secondary else _dateline(doc, s, lex, lead)
    if line:
        return line  # the report's dateline is where its own meeting was, not a recalled one
    beside = None if secondary else _sideline_city(doc, s, lex) or _sideline_named(doc, s, lex)
    if beside:
        return beside
    seat = _seat_of_host(doc, s, chosen, lex) or _seat_of_body_met(doc, s, lex)
    if seat:
        return seat
    for x in (s, act, lead):
        city = national_seat(x, chosen) if x is not None else None
        if city:
            return city, x
    for x in doc.sentences:
        if secondary and (s.dates or recall):
            break  # a recalled meeting with its own date happened elsewhere, some other time
        if x.paragraph == s.paragraph and x.dates and not x.caption and x.start < s.start:
            p = _located(doc, x)
            if p is not None:
                return p.key, x
    if secondary:
        return None, None
    held = _held_place(doc, s)
    if held[0] is not None:
        return held  # the act told as held there outweighs where the wire's reporter sat
    for x in doc.sentences[:12]:
        w = _WIRE.search(x.folded)
        if w:
            place = lex.canonical_place(w.group(1))
            if place:
                return place, x
    told_before = _antecedent_place(doc, s)
    if told_before is not None:
        return told_before
    here = (
        _host_city(doc, s, chosen, lex)
        or _trip_host_seat(doc, s, chosen, lex)
        or _visited_city(doc, s, chosen, lex)
        or _welcome_place(doc, s, kind)
    )
    if here:
        return here
    near = _place_nearby(doc, s, chosen)
    if near[0] is None:
        return _stay_city(doc, s, lex) or near
    return near


# The act told again by its noun ("Trong cuộc gặp Tổng thống Nga, …", "Tại buổi hội đàm, …"),
# or placed "tại đây".
_ACT_AGAIN = kept_regex(
    r"^\W*(?:trong|tai) (?:cac )?(?:cuoc|buoi) (gap|hoi dam|hoi kien|tiep|lam viec)\b"
)
_HERE = kept_regex(r"(?:^|[,;]\s*)tai day\s*,")


def _antecedent_place(doc: Doc, s: Sentence) -> tuple[str, Sentence] | None:
    """Where the sentence before placed it: "Bên lề Tuần lễ Cấp cao APEC tại Đà Nẵng, X đã có
    nhiều cuộc gặp song phương. Trong cuộc gặp Tổng thống Nga, X …" (the sentence before
    places an act of the same person), "Nhà hát Lớn Hà Nội là một điểm dừng … . Chiều 20/6,
    tại đây, X hội kiến Y" (the one place the sentence before names)."""
    whole = doc.sentence_at(s.start) or s
    here = _HERE.search(whole.folded) is not None
    if not here and _ACT_AGAIN.match(whole.folded) is None:
        return None
    before = [x for x in doc.sentences if x.end <= whole.start and not x.caption]
    if not before:
        return None
    x = before[-1]
    if here:
        keys = {p.key for p in x.places}
        return (keys.pop(), x) if len(keys) == 1 else None
    if not {m.key for m, _ in x.people} & {m.key for m, _ in s.people}:
        return None
    p = _located(doc, x)
    return (p.key, x) if p is not None else None


# "Bên lề sự kiện, ngày 5/10, …", "Chiều 17/10, bên lề Diễn đàn, …": an act beside an event
# the text told before (its day, if any, written first).
_SIDELINES = kept_regex(r"^\W*(?:[\w/.-]+,?\s+){0,3}?ben le\b")
_EVENT_HELD = kept_regex(r"\b(?:duoc to chuc|dien ra|khai mac)\b")
_FOLDED_WORDS = kept_regex(r"[0-9a-z]+")
# The sessions of an event, named without its name ("bên lề các phiên họp").
_EVENT_PARTS = frozenset({"phien hop", "phien thao", "hoi nghi", "su kien", "chuong trinh"})
_EVENT_NOUN = kept_regex(r"\b(?:tuan le|hoi nghi|dien dan|thuong dinh|dai hoi dong)\b")
_GENERIC_EVENT = kept_regex(r"\s*(?:(?:cac|nhung)\s+)?(\w+ \w+)\s*,")
EVENT_BEFORE = 6  # sentences before the act in which the event it is beside is looked for


def _sideline_city(doc: Doc, s: Sentence, lex: Lexicon) -> tuple[str, Sentence] | None:
    """ "Bên lề sự kiện, ngày 5/10, X làm việc với Y" after "Tuần lễ Năng lượng … được tổ chức
    từ ngày 4 - 7/10 tại Moskva": the event the act is beside is held in that city, on days
    that include the act's day; an event on other days says nothing. An act beside an event
    its words name ("Bên lề diễn đàn, X đã gặp Y", "bên lề hội nghị") is held where an earlier
    sentence naming that event places it ("Diễn đàn … diễn ra tại Vladivostok", "tại đảo
    Russky, thành phố Vladivostok, Hội nghị … APEC đã bước vào …", "Diễn đàn Kinh tế quốc tế
    St. Petersburg năm 2025 khai mạc"), whenever in its days, unless that sentence gives the
    event days other than the act's."""
    side = _SIDELINES.search(s.folded[:40])
    if side is None:
        return None
    days = [d for d in s.dates if d.day and d.end_day is None]
    if len(days) > 1 or (not days and s.dates):
        return None
    # The event's name as the act's sentence words it: the two words after "bên lề".
    words = _FOLDED_WORDS.findall(s.folded, side.end())
    words = words[1:] if words[:1] in (["cac"], ["nhung"]) else words
    event = " ".join(words[:2])
    named = len(event.split()) == 2
    # the sessions named alone ("Bên lề các phiên họp, …"; not "bên lề hội nghị APEC")
    generic = _GENERIC_EVENT.match(s.folded, side.end())
    generic = generic if generic is not None and generic.group(1) in _EVENT_PARTS else None
    before = [x for x in doc.sentences if x.end <= s.start and not x.caption][-EVENT_BEFORE:]
    for x in reversed(before):
        # "Bên lề các phiên họp, …" right after "… tại Đà Nẵng trong những ngày diễn ra Tuần
        # lễ Cấp cao APEC": the sessions of the event the sentence before holds there.
        of_it = generic is not None and x is before[-1] and _EVENT_NOUN.search(x.folded) is not None
        told = named and (f" {event} " in f" {x.folded} " or bool(of_it))
        if days and any(d.day for d in x.dates):
            # the event's days are told (held on them, or the visitor attending it that day,
            # the event named: "Ngày 24/10, tại Kazan, Thủ tướng dự phiên họp Hội nghị …" for
            # "Bên lề Hội nghị, tối 24/10, …"): they must include the act's
            held = _EVENT_HELD.search(x.folded) is not None or told
            if not (held and any(_covers(d, days[0]) for d in x.dates)):
                continue
        elif not told:
            continue
        p = _located(doc, x) or (_city_in_name(doc, x, event, lex) if told else None)
        place = lex.places.get(p.key) if p is not None else None
        if p is not None and place is not None and place.kind == "city":
            return p.key, x
    return None


def _city_in_name(doc: Doc, x: Sentence, event: str, lex: Lexicon) -> Mention | None:
    """The city the event's name holds, as ``x`` writes it ("Diễn đàn Kinh tế quốc tế St.
    Petersburg (SPIEF) khai mạc" for "bên lề diễn đàn")."""
    at = f" {x.folded} ".find(f" {event} ")
    return None if at < 0 else _city_named_at(doc, x, x.start + at, lex)


def _city_named_at(doc: Doc, s: Sentence, at: int, lex: Lexicon) -> Mention | None:
    """The first place of ``s`` within a few words after ``at``, when it is a city with no
    comma, bracket or "tại" before it: the city a name starting at ``at`` holds."""
    for p in s.places:
        if p.start < at or p.start - at > 60:
            continue  # the city of an event told elsewhere in the sentence says nothing
        place = lex.places.get(p.key)
        if (
            place is not None
            and place.kind == "city"
            and not re.search(r"[,;()]|\b(?:tại|ở)\b", doc.text[at : p.start])
        ):
            return p
        return None
    return None


# "bên lề Diễn đàn Kinh tế quốc tế St. Petersburg": an event whose name holds its city.
_BESIDE_EVENT = kept_regex(r"\b(?:ben le|trong khuon kho|nhan dip(?: tham)? du) (?:cua )?")


def _sideline_named(doc: Doc, s: Sentence, lex: Lexicon) -> tuple[str, Sentence] | None:
    """An act beside an event the data places, or one named for its city ("Ngày 6/6, bên lề
    Diễn đàn Kinh tế quốc tế St. Petersburg, X hội đàm với Y", "Trong khuôn khổ Diễn đàn …
    St. Petersburg, ngày 21/6, X làm việc với Y", "Nhân dịp tham dự Hội nghị An ninh quốc
    tế Moskva, X hội đàm với Y"): held in that city. The event
    or city must follow "bên lề" in the event's name (no comma, bracket, "tại" before it)."""
    if "ben le" not in s.folded and "khuon kho" not in s.folded and "nhan dip" not in s.folded:
        return None
    side = _BESIDE_EVENT.search(s.folded)
    if side is None:
        return None
    p = _city_named_at(doc, s, s.start + side.end(), lex)
    return (p.key, s) if p is not None else None


def _covers(span: DateMention, day: DateMention) -> bool:
    """The span's days (or its one day) include ``day``, years as far as both write them."""
    if span.month is None or span.day is None or day.month is None or day.day is None:
        return False
    if span.year is not None and day.year is not None and span.year != day.year:
        return False
    first = (span.month, span.day)
    last = (span.end_month or span.month, span.end_day or span.day)
    return first <= (day.month, day.day) <= last


# The lead reports an act during a visit to a country it names without a city ("trong chuyến
# thăm làm việc tại Liên bang Nga", "đang ở thăm Việt Nam").
_VISIT_TO = kept_regex(
    r"\b(?:(?:chuyen tham|chuyen cong tac|dang tham|dang o|o tham|tham lam viec|tham chinh thuc)"
    r"\b[^.;]{0,30}?\b(?:tai|o|sang|den|toi|tham)\s+"
    # "nhân dịp ông thăm chính thức Việt Nam"
    r"|\btham (?:chinh thuc |cap nha nuoc |lam viec )?)(lien bang nga|lb nga|nga|viet nam)\b"
)
# "Trong thời gian ở Moskva, đoàn …", "trong thời gian lưu lại Hà Nội": where the visitors
# stayed, so where the visit's acts were.
_STAY = kept_regex(
    r"(?:\btrong (?:thoi gian|thoi gian luu lai|dip|chuyen tham|chuyen cong tac)\s+"
    r"(?:o|tai|luu lai(?: tai| o)?|lam viec tai|lam viec o)"
    # "… cũng có các cuộc gặp … trước khi rời Hà Nội"
    r"|\btruoc khi roi(?: khoi)?)\s*(?:thu do|thanh pho|tp\.?)?\s*$"
)
_VISITED = {"lien bang nga": "RU", "lb nga": "RU", "nga": "RU", "viet nam": "VN"}
# A state named right after a venue says whose body it is (_venue_placed).
_STATE_AFTER = kept_regex(rf"^\s*(?:cua\s+)?({'|'.join(_VISITED)})\b")


# "Sau lễ đón chính thức, X hội đàm với Y", and "Lễ đón … tại Phủ Chủ tịch" in a sentence or a
# caption: the talks that follow a welcome are held where it was.
_AFTER_WELCOME = kept_regex(r"^\W*(?:[\w.]+\s+[-–]\s+)?sau (?:khi )?(?:nghi )?le don\b")
_WELCOME_AT = kept_regex(r"\b(?:nghi )?le don\b[^.;]{0,80}?\btai\s")


def _welcome_place(doc: Doc, s: Sentence, kind: str) -> tuple[str, Sentence] | None:
    """Where the welcome the act follows was held, when the page says so and no other place:
    the act's own sentence opens on the welcome, or a later one tells the act again by its two
    sides ("Sau lễ đón chính thức tại Phủ Chủ tịch, hai Thủ tướng đã hội đàm" under the
    headline "Thủ tướng X hội đàm với Thủ tướng Nga Y")."""
    if _AFTER_WELCOME.match(s.folded) is None:
        again = next(
            (
                x
                for x in doc.sentences
                if x.start >= s.end
                and not x.caption
                and _AFTER_WELCOME.match(x.folded)
                and not x.people
                and _BOTH_SIDES.search(x.folded)
                and any(k.key == kind and not _future(x, k) for k in x.kinds)
            ),
            None,
        )
        if again is None:
            return None
        s = again
    # A city or a named venue ("Phủ Chủ tịch"); a body's seat ("trụ sở Bộ Quốc phòng") is no
    # city written, as the lead's own would be (venues.national_seat).
    keys = {
        p.key
        for x in doc.sentences
        if (m := _WELCOME_AT.search(x.folded))
        for p in x.places
        if p.start >= x.start + m.end() and not fold(p.surface).startswith("tru so")
    }
    return (keys.pop(), s) if len(keys) == 1 else None


def _stay_city(doc: Doc, s: Sentence, lex: Lexicon) -> tuple[str, Sentence] | None:
    """The one city a later sentence says the visitors stayed in, when the lead names only the
    country visited ("chuyến thăm tại Liên bang Nga … chiều 2/7 hội kiến …"; "Trong thời gian ở
    Moskva, đoàn đã …"); a stay told as earlier, or two cities, say nothing."""
    m = _VISIT_TO.search(s.folded)
    if m is None:
        return None
    country = _VISITED[m.group(1)]
    found: list[tuple[str, Sentence]] = []
    for x in [y for y in doc.sentences if y.start >= s.end and not y.caption][:12]:
        if any(d.year for d in x.dates):
            continue
        for p in x.places:
            place = lex.places.get(p.key)
            if place is None or place.kind != "city" or place.country != country:
                continue
            stay = _STAY.search(doc.folded(p.start - 60, p.start))
            # a stay told again ("như đã đưa tin …") is another time's; leaving is this one's
            if stay and (stay.group().startswith("truoc khi roi") or not _told_so(x)):
                found.append((p.key, x))
    return found[0] if len({k for k, _ in found}) == 1 else None


# "tại trụ sở UBND thành phố", "tại trụ sở Tỉnh ủy", "tại trụ sở Chính quyền vùng": a seat of
# local government named without its place (a place after it is read by _located).
_SEAT = kept_regex(
    r"\b(?:tai|o)\s+(?:tru so|toa nha|dinh thu)\s+(?:cua\s+)?(?:(ubnd|uy ban nhan dan|hdnd"
    r"|hoi dong nhan dan|tinh uy|thanh uy)|(chinh quyen|hoi dong lap phap|van phong thong doc))"
    r"(?:\s+(?:tinh|thanh pho|tp|vung|khu vuc|cong hoa))?"
)
_PLACE_NEXT = kept_regex(rf"\s*[{_UP}]")  # a capitalised word after the seat: its place


def _seat_of_host(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], lex: Lexicon
) -> tuple[str, Sentence] | None:
    """A seat of local government named without its place ("tại trụ sở UBND thành phố, Chủ
    tịch UBND thành phố Đà Nẵng X đã tiếp …"): the host's, so the city or province the host's
    own title names (a Vietnamese seat: a Vietnamese title; a Russian one: a Russian title)."""
    m = _SEAT.search(s.folded)
    if m is None and len(s.folded) == len(s.text) and _AT_THE_LOCALITY.search(s.folded):
        # "X tiếp đoàn …, đang thăm và làm việc tại thành phố": the city of the host, the
        # sentence's subject (named first)
        host = min(chosen, key=lambda pc: pc[0].start)[1] if chosen else "VN"
        return _seat_in_title(doc, s, chosen, lex, host, s.end)
    if m is None or len(s.folded) != len(s.text) or _PLACE_NEXT.match(s.text, m.end()):
        return None  # "trụ sở UBND tỉnh Khánh Hòa": the place is written (_located reads it)
    country = "VN" if m.group(1) else "RU"
    found = _seat_in_title(doc, s, chosen, lex, country, s.start + m.end())
    if found is not None:
        return found
    # "Chủ tịch UBND thành phố X" in the city's own paper: its seat is that city's.
    home = home_place(doc.article.url, _home_keys()) if country == "VN" else None
    return (_seat_city(home, lex, doc), s) if home in lex.places else None


# "… đang thăm và làm việc tại thành phố", "… đến thăm tỉnh", "… sang dự Tuần phim Nga tại
# thành phố": the locality is the host's.
_AT_THE_LOCALITY = kept_regex(
    r"\b(?:(?:tham|lam viec)(?: va lam viec)?\s+(?:tai\s+)?|du\b[^.;,]{0,50}?\s+tai\s+)"
    r"(?:thanh pho|tinh|dia phuong)\s*(?:[.;,]|$)"
)


def _seat_in_title(
    doc: Doc,
    s: Sentence,
    chosen: list[tuple[Mention, str]],
    lex: Lexicon,
    country: str,
    seat_end: int,
) -> tuple[str, Sentence] | None:
    """The city or province the title of the side's principal names, as his seat."""
    for p, c in chosen:
        if c != country:
            continue
        lo = doc.title_starts.get(p.start, p.start)
        if seat_end <= p.start and not any(seat_end <= o.start < p.start for o, _ in s.people):
            lo = min(lo, seat_end)  # a known person's title is not recorded: all after the seat
        after = doc.titles_after.get(p.start) or doc.titles.get(p.start)
        hi = p.end + (len(after) + 4 if after and p.end < s.end else 0)
        if _APPOSITION_START.match(s.text, p.end - s.start):
            # "đồng chí X - Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Nghệ An
            # đã tiếp": the titles after the name run to the verb or the next person.
            ends = [k.start for k in s.kinds if k.start > p.end]
            ends += [o.start for o, _ in s.people if o.start > p.end]
            hi = max(hi, min([*ends, p.end + 150]))
        for q in s.places:
            place = lex.places.get(q.key)
            inside = lo <= q.start < p.start or p.end <= q.start < hi
            if inside and place is not None and place.country == country:
                return _seat_city(q.key, lex, doc), s
    return None


def _province_seat(doc: Doc, key: str, s: Sentence, lex: Lexicon) -> str:
    """ "tại trụ sở UBND tỉnh, … đang thăm và làm việc tại Quảng Ninh": the province's seat
    city (Hạ Long) where the act is at a seat of its government; else the place as written."""
    place = lex.places.get(key)
    if place is None or place.kind != "province" or _SEAT.search(s.folded) is None:
        return key
    return _seat_city(key, lex, doc)


# "làm việc với Chính quyền tỉnh Ulyanovsk", "hội đàm với lãnh đạo UBND tỉnh X": the act is
# with a province's government, so at its seat.
_WITH_GOVERNMENT = kept_regex(
    r"\bvoi (?:lanh dao )?(?:chinh quyen|ubnd|uy ban nhan dan|tinh uy)(?: (?:tinh|vung))?\s*$"
)


def _seat_of_body_met(doc: Doc, s: Sentence, lex: Lexicon) -> tuple[str, Sentence] | None:
    """The seat city of the province whose government the act is with ("đến thăm và làm việc
    với chính quyền tỉnh Ulyanovsk" → Ulyanovsk); "làm việc với tỉnh X" names no seat."""
    if "voi" not in s.folded:
        return None
    for q in s.places:
        place = lex.places.get(q.key)
        if place is None or place.kind != "province":
            continue
        if _WITH_GOVERNMENT.search(doc.folded(q.start - 40, q.start)):
            city = _seat_city(q.key, lex, doc)
            if city != q.key:
                return city, s
    return None


@lru_cache(maxsize=1)
def _home_keys() -> dict[str, str]:
    """Vietnamese places by their folded names without spaces ("danang", "khanhhoa"), as a
    local paper's domain writes them after "bao"."""
    out: dict[str, str] = {}
    for place in get_lexicon().places.values():
        if place.country == "VN" and place.kind in ("city", "province"):
            for form in (place.name, *place.aliases):
                out.setdefault(fold_key(form).replace(" ", ""), place.name)
    return out


def _seat_city(province: str, lex: Lexicon, doc: Doc) -> str:
    """The city where a province's party and people's committees, or a Russian region's
    government, sit (the place data lists "trụ sở Tỉnh ủy Nghệ An" among Vinh's venues, "trụ sở
    Chính quyền vùng Primorye" among Vladivostok's); a city, or a province without one, as is.
    A Vietnamese province reported on since the two-tier reform is named itself: its cities
    are gone and some seats moved (store/data/local_units.json)."""
    place = lex.places.get(province)
    if place is None or place.kind != "province":
        return province
    if place.country == "VN" and doc.published is not None and doc.published >= _two_tier_from():
        return province
    return (
        lex.canonical_place(f"trụ sở Tỉnh ủy {province}")
        or lex.canonical_place(f"trụ sở Chính quyền {province}")
        or province
    )


def _host_city(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], lex: Lexicon
) -> tuple[str, Sentence] | None:
    """ "(giờ địa phương)": abroad, at the host's — the city the host's own title names
    ("Thống đốc thành phố St. Petersburg")."""
    if not LOCAL_TIME.search(s.folded):
        return None
    for m, country in chosen:
        if country == "VN":
            continue  # abroad: a Vietnamese visitor's own city ("Bí thư Thành ủy TP.HCM") is home
        chain = title_chain(doc, m)
        lo = chain[-1].start if chain else max(s.start, m.start - 80)
        for p in s.places:
            place = lex.places.get(p.key)
            if (
                place
                and place.kind == "city"
                and place.country == country
                and lo <= p.start < m.start
            ):
                return p.key, s
    return None


_INVITED_BY = kept_regex(r"\b(?:theo|nhan) loi moi\b")


def _visited_city(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], lex: Lexicon
) -> tuple[str, Sentence] | None:
    """The city the headline, or the sentence just before the lead, says one of the lead's
    principals visits ("X thăm và làm việc tại Moskva", "đoàn … do X dẫn đầu đã thăm và làm
    việc tại … ở thành phố Novosibirsk"), in the other side's country: where the acts of the
    visit the lead reports are, when the lead names no place of its own."""
    before = [x for x in doc.sentences if x.end <= s.start and not x.caption][-1:]
    for head in [_body_headline(doc), *before]:
        if head is None or head is s or not any(_visit(k.key) for k in head.kinds):
            continue
        if _told_earlier(doc, head) or not _not_future(head):
            continue
        # The host named as the one who invited ("theo lời mời của Thị trưởng Moskva X")
        # is no visitor.
        invite = _INVITED_BY.search(head.folded)
        hi = head.end if invite is None else head.start + invite.start()
        visitors = {
            c for m, c in head.people if m.key in {n.key for n, _ in chosen} and m.start < hi
        }
        p = _located(doc, head)
        city = p.key if p is not None else None
        if city is not None and (seat := _seat_city(city, lex, doc)) != city:
            # "chuyến công tác tại tỉnh Irkutsk": at the region's seat, when the text names it
            named = any(m.key == seat for x in doc.sentences for m in x.places)
            city = seat if named else None
        place = lex.places.get(city) if city is not None else None
        if (
            city is None
            or place is None
            or place.kind != "city"
            or len(visitors) != 1
            or place.country not in BILATERAL - visitors
        ):
            continue
        return city, head
    return None


# "Trong chuyến công tác từ ngày …, X đã làm việc với …": the act is on a trip, to the host's.
_ON_TRIP = kept_regex(r"\b(?:trong|nhan)\s+(?:chuyen|dot)\s+(?:cong tac|tham|lam viec)\b")
_TRIP_TO = kept_regex(
    r"[^,.;]{0,25}?\b(?:tai|o|sang|den|toi|tham)?\s*(lien bang nga|lb nga|nga|viet nam)\b"
)


def _trip_host_seat(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], lex: Lexicon
) -> tuple[str, Sentence] | None:
    """An act on a trip with one local leader ("Trong chuyến công tác …, Đại sứ X đã làm việc
    với Thống đốc tỉnh Nizhny Novgorod Y"): at the seat of the region the host's title names,
    when the text also names that city; two sides both holding local offices say nothing."""
    km = _kind_mention(s)
    trip = _ON_TRIP.search(_folded_span(s, s.start, km.start)) if km is not None else None
    if trip is None or not chosen:
        return None
    seats: set[str] = set()
    local: set[str] = set()
    for m, country in chosen:
        chain = title_chain(doc, m)
        lo = chain[-1].start if chain else doc.title_starts.get(m.start, m.start)
        for p in s.places:
            place = lex.places.get(p.key)
            if (
                place is not None
                and place.country == country
                and place.kind in ("city", "province")
                and lo <= p.start < m.start
            ):
                seats.add(_seat_city(p.key, lex, doc))
                local.add(country)
    if len(seats) != 1 or len(local) != 1:
        return None
    # The local leader hosts: the one on the trip is the sentence's subject, named first
    # ("Trong chuyến thăm Việt Nam, Thống đốc X làm việc với …" is the governor's own trip),
    # and a country the trip names is the host's.
    subject = min(chosen, key=lambda pc: pc[0].start)[1]
    dest = _TRIP_TO.match(_folded_span(s, s.start, km.start), trip.end())  # type: ignore[union-attr]
    to = _VISITED.get(dest.group(1)) if dest else None
    if subject in local or (to is not None and to not in local):
        return None
    seat = seats.pop()
    named = any(p.key == seat for x in doc.sentences for p in x.places)
    return (seat, s) if named else None


# "Cuộc hội kiến diễn ra tại trụ sở Duma Quốc gia ở thủ đô Moskva", "Theo phóng viên …, cuộc
# hội đàm diễn ra chiều 20.6 (giờ địa phương) tại …": the meeting itself is the subject, so the
# day and place are its own even with no one named.
_ACT = r"(hoi dam|hoi kien|tiep|gap|gap go|lam viec|tiep kien|dien dam)"
_HELD_VERB = r"\b[^.;]{0,40}?\b(?:dien ra|duoc to chuc|duoc tien hanh)\b"
_HELD_ITSELF = kept_regex(
    rf"^\W*(?:(?:\w+\s+){{0,3}}?(?:(?:cuoc|buoi)\s+)?|[^.;]{{0,80}}?,\s*(?:cuoc|buoi)\s+){_ACT}{_HELD_VERB}"
)
_HELD_AT = kept_regex(
    rf"{_HELD_ITSELF.pattern}(?:[^;]{{0,50}}?)\s(?:tai|o)\b"
    # "Tại hội đàm ở Hà Nội, hai nhà lãnh đạo …": the act named with where it was held.
    rf"|^\W*(?:tai|trong)\s+(?:(?:cuoc|buoi)\s+)?{_ACT}\s+(?:o|tai)\b"
)


def _held_there(x: Sentence, lead: Sentence, at: bool = True) -> bool:
    """``x`` tells the lead's act itself as held (at a place, with ``at``)."""
    k = _kind_mention(lead)
    if at and k is not None and _remote(k.key):
        return False  # a call is held from two places: its day is told, not a place
    m = (_HELD_AT if at else _HELD_ITSELF).search(x.folded)
    g = 1 if m is None or m.group(1) else 2  # the act, as "… diễn ra tại" or "Tại … ở" has it
    if m is not None and _WILL.search(x.folded, m.end(g), m.end()):
        return False  # held, not to be held ("sẽ diễn ra", "dự kiến diễn ra": an act to come)
    # the same act, or "cuộc gặp", which any meeting is, or "buổi làm việc", which any meeting
    # in person is ("X tiếp Y …. Buổi làm việc diễn ra tại trụ sở UBND tỉnh")
    acts = ("gap", "gap go") if _remote(k.key if k else None) else ("gap", "gap go", "lam viec")
    if m is not None and k is not None and k.key == get_lexicon().plain_kind:
        # A meeting told as "gặp" is any meeting in person: "Cuộc hội kiến diễn ra …" is it.
        acts += _in_person_acts()
    return m is not None and k is not None and m.group(g) in (fold(k.key), *acts)


@cache
def _in_person_acts() -> tuple[str, ...]:
    """The kinds of meeting held in person (store/data/kinds.json), folded: no call, message,
    visit or event."""
    lex = get_lexicon()
    flags = ("remote", "message", "visit", "event")
    return tuple(fold(k) for k in lex.kinds if not any(lex.kind_is(k, f) for f in flags))


def _later_undated(doc: Doc, s: Sentence) -> list[Sentence]:
    """The body sentences just after the lead that name no year (another time's would)."""
    later = [y for y in doc.sentences if y.start >= s.end and not y.caption][:8]
    return [x for x in later if not any(d.year for d in x.dates)]


def _home_ground(p: Mention | None) -> bool:
    """A place in Vietnam or Russia: where a later sentence may put the meeting."""
    place = get_lexicon().places.get(p.key) if p else None
    return place is not None and place.country in BILATERAL


def _held_place(doc: Doc, s: Sentence) -> tuple[str | None, Sentence | None]:
    """The place a later sentence says the lead's act itself was held at ("Cuộc hội kiến diễn
    ra … tại thành phố Tula")."""
    for x in _later_undated(doc, s):
        if not _held_there(x, s):
            continue
        # where it was held, or the first place past "tại" (a venue's city: "tại trụ sở chính
        # quyền thành phố Tula")
        at = x.start + _HELD_AT.search(x.folded).end()  # type: ignore[union-attr]
        p = _located(doc, x) or next((q for q in x.places if 0 <= q.start - at <= 60), None)
        if p is not None and _home_ground(p):
            return p.key, x
    return None, None


def _place_nearby(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]]
) -> tuple[str | None, Sentence | None]:
    """The place a later sentence about the same people and meeting names
    ("… hội đàm … trong chuyến thăm Hà Nội kéo dài 2 ngày")."""
    names = {m.key for m, _ in chosen}
    lead = _kind_mention(s)
    for x in _later_undated(doc, s):
        # The same act told again, or another act of the same people that day or visit: an
        # invitation to visit the guest's region ("mời … sang thăm tỉnh Kaluga") or someone's
        # earlier work there ("vừa qua … đã làm việc tại Vladivostok") is not this meeting.
        same_time = _SAME_DAY.search(x.folded) or (lead is not None and _visit(lead.key))
        again = (
            lead is not None
            and not _told_so(x)
            and any((k.key == lead.key or same_time) and not _future(x, k) for k in x.kinds)
        )
        if not (again and names & {m.key for m, _ in x.people}) and not _held_there(x, s):
            continue
        if not _same_sides(x, names):
            continue  # "Ngày 5/4, Tổng thống Putin tiếp Thủ tướng Ấn Độ …": another act
        p = _located(doc, x)
        if p is not None and _home_ground(p):
            return p.key, x  # a weak signal: home ground only
    return None, None


# ------------------------------------------------------------------------------ the article


PHOTO_CAPTIONS = 2  # captions naming people or acts that make a page of photos
_PHOTO_CREDIT = kept_regex(r"\s*(?:Ảnh|Nguồn ảnh|Photo)\s*:")


def _photo_page(doc: Doc, body: list[Sentence]) -> bool:
    """A page whose sentences naming anyone are all photos' captions: two or more of them
    name people or acts, and no other sentence names a person."""
    if any(s.people for s in body):
        return False
    told = [s for s in doc.sentences if s.caption and (s.people or s.kinds)]
    return len(told) >= PHOTO_CAPTIONS and any(s.people for s in told)


def extract_meetings(article: Article, today: date | None = None) -> list[Meeting]:
    """The article's main Vietnam–Russia meeting first, then meetings it reports in passing."""
    lex = get_lexicon()
    doc = analyse(article, lex, today or date.today())
    body = [s for s in doc.sentences if not s.caption]
    if _photo_page(doc, body):
        # A page of photos ("Chùm ảnh"): its captions tell the story, read as its sentences.
        # The photographers' credits between them ("Ảnh: TTXVN") are left out.
        doc.sentences = [
            replace(s, caption=False) for s in doc.sentences if not _PHOTO_CREDIT.match(s.text)
        ]
        body = list(doc.sentences)
    # A ceremony is the story only when no meeting or visit is told: looked for without them.
    plain = _without_events(body)
    main_s = _main_sentence(doc, plain)
    if main_s is None and plain is not body:
        main_s = _main_sentence(doc, body)
    elif main_s is not None and plain is not body and _side_act(doc, main_s):
        # "Cùng ngày, X và Y trao đổi điện mừng" after a reception both attended: the act
        # told as beside the story is beside the ceremony told before it.
        ceremony = _bodies_then_named(doc, [_with_parties(doc, s) for s in body])
        # Not one that names a side only through the act itself ("Putin đặt vòng hoa …" then
        # "Cũng trong ngày 20/6, Thủ tướng X hội kiến Putin": X was not at the wreath).
        if ceremony is not None and ceremony.start < main_s.start and ceremony.end <= main_s.start:
            main_s = ceremony
    elif main_s is not None and plain is not body and main_s.caption and not main_s.dates:
        # "X và Đại sứ Y tại buổi chiêu đãi" under "Tối 11/6, tại Hà Nội, Đại sứ quán … tổ chức
        # chiêu đãi …. X đã tới dự. Đại sứ Y khẳng định …": the photo shows the ceremony the
        # body tells of the same people with its day and place.
        ceremony = _bodies_then_named(doc, [_with_parties(doc, s) for s in body])
        shown = {m.key for m, _ in _choose_participants(main_s, doc)}
        if ceremony is not None and shown <= {m.key for m, _ in ceremony.people}:
            main_s = ceremony
    if main_s is not None:
        main_s = _act_listed_before(doc, body, main_s) or main_s
    if main_s is None or _about_another_country(doc, body, main_s):
        return []
    # The only two-sided act is one told as earlier, beside the act the headline reports
    # ("Trước đó, tại Moskva, X đã làm việc với Y" under "X thăm Viện Z"): a recall still.
    head = _body_headline(doc)
    if head is not None and main_s.start == head.start and _headline_planned(body, head):
        return []  # the headline's act is the plan its lead announces
    recall = _recall_beside(doc, head, main_s)
    main = _build(doc, main_s, lex, secondary=recall)
    if main is None or not _two_sided(main):
        return []  # the lead is no Vietnam–Russia meeting: what else it names is in passing
    meetings: list[Meeting] = [main]
    main_names = {p.name for p in main.participants}
    # "X gửi điện mừng tới Y; Z gửi điện mừng tới W": each pair of a message lead is one more
    # sender and recipient of the occasion (folded into the lead below).
    messages = get_lexicon().kind_is(main.kind, "message") if main.kind else False
    for s in body:
        inside = main_s.start <= s.start < main_s.end and not messages
        # The lead's own sentence reports nothing else, but for an earlier act told after it.
        tail = _recalled_tail(s) if inside else None
        if (inside and tail is None) or _bare_line(s):
            continue  # a bare line after the lead is a related-article link, not a report
        for w in _windows(doc, s):
            if tail is not None and w.start < tail:
                continue
            # A ceremony first ("đặt vòng hoa …, sau đó hội kiến …"): the act after it counts.
            first = next((k for k in w.kinds if not _event(k.key)), None)
            if _accessory(first or (w.kinds[0] if w.kinds else None)):
                continue  # a letter forwarded or a signing beside the meeting reported
            if w.kinds and all(anaphoric(doc.text, k) for k in w.kinds):
                continue  # "Tại buổi gặp, ông X cảm ơn … của Thủ tướng": the act told before
            _add_title_only(doc, w, as_date(main.date) or doc.published, lex)
            recalled_at = _recalled_with_own_day(doc, w, main)
            own_day = recalled_at is not None
            if own_day:
                _add_lead_people(doc, w, main, recalled_at)
            names = _as_roles_of({m.key for m, _ in _choose_participants(w, doc)}, main_names)
            if (
                not names
                or names <= main_names
                and not own_day
                or any(
                    names == {p.name for p in x.participants} and not (own_day and x is main)
                    for x in meetings
                )
            ):
                continue
            if messages and _another_year(doc, w, main.date):
                continue  # "Năm 2021, X cũng gửi điện mừng tới Y": another occasion's message
            if (
                _is_candidate(w)
                or (_visit_candidate(w) and any(d.month for d in w.dates))
                or (messages and main.kind in {k.key for k in w.kinds})
            ):  # "Cùng ngày, X cũng gửi điện mừng": one more sender of the occasion
                sec = _build(doc, w, lex, secondary=True, context=main)
                if sec is not None:
                    meetings.append(sec)
    if _remote(main.kind):
        meetings = _fold_messages(main, meetings)
    meetings = [piece for m in meetings for piece in _one_by_one(m, lex)]
    # A piece of a split that is a meeting already read (the lead's own pair) is not another.
    seen: set[tuple[frozenset[str], str, str | None]] = set()
    kept: list[Meeting] = []
    for m in meetings:
        key = (frozenset(p.name for p in m.participants), m.kind, m.date)
        if key not in seen:
            seen.add(key)
            kept.append(m)
    return [m for m in kept if _two_sided(m)]


# Offices of this rank or higher head a party, a state, a government or a chamber (store/
# data/offices.json "rank"): each receives a visitor, or is called on, in a meeting of its own.
_HEAD_RANK = 5
_ONE_BY_ONE_KINDS = frozenset({"hội đàm", "hội kiến", "tiếp", "gặp"})
# "cùng tiếp", "đã cùng hội kiến": received together ("Cùng ngày" says nothing of it).
_TOGETHER = kept_regex(
    r"(?<!\w)(?:(?:da|deu)\s+cung|cung\s+(?:tiep|hoi kien|hoi dam|gap|don))(?!\w)"
)


def _head_office(p: Participant, lex: Lexicon) -> str | None:
    """The highest office of a party, state, government or chamber the title gives, if any."""
    keys = [
        m.key
        for m in lex.find_offices(p.title or "")
        if m.key in lex.offices and lex.offices[m.key].country == p.country
    ]
    heads = [k for k in keys if lex.offices[k].rank <= _HEAD_RANK]
    return min(heads, key=lambda k: lex.offices[k].rank) if heads else None


def _one_by_one(m: Meeting, lex: Lexicon) -> list[Meeting]:
    """ "Tổng thống Putin hội kiến Thủ tướng Phạm Minh Chính và Chủ tịch Quốc hội Trần Thanh
    Mẫn": the heads of different institutions of one side each met the other side on their
    own, two meetings, unless the sentence says they did it together ("cùng tiếp")."""
    if m.kind not in _ONE_BY_ONE_KINDS:
        return [m]
    said = m.evidence.get("participants", "")
    if _TOGETHER.search(fold(said)):
        return [m]
    for side in ("VN", "RU"):
        people = [p for p in m.participants if p.country == side]
        heads = [_head_office(p, lex) for p in people]
        if len(people) < 2 or None in heads or len(set(heads)) < len(heads):
            continue
        others = [p for p in m.participants if p.country != side]
        return [
            replace(
                m,
                participants=[p, *others] if m.participants[0] is people[0] else [*others, p],
                evidence=dict(m.evidence),
                secondary=m.secondary or i > 0,
            )
            for i, p in enumerate(people)
        ]
    return [m]


def _recalled_with_own_day(doc: Doc, w: Sentence, main: Meeting) -> int | None:
    """Where the recalling clause starts when the sentence recalls an act with a full date of
    its own, a month or more from the lead's ("nhắc lại … cuộc điện đàm giữa hai nhà lãnh đạo
    ngày 8/8/2024"): an earlier meeting of the lead's people, not the lead told again."""
    km = _kind_mention(w)
    lead = as_date(main.date) if main.date and len(main.date) == 10 else None
    recalled = _recall_clause_start(doc, w, km) if km is not None and lead is not None else None
    if recalled is None or lead is None:
        return None
    days = [d for d in w.dates if d.day and d.month and d.year and d.end_day is None]
    if len(days) == 1 and abs((date(days[0].year, days[0].month, days[0].day) - lead).days) > 31:
        return recalled
    return None


# "cuộc điện đàm giữa hai nhà lãnh đạo": the act's parties are the lead's two sides.
_BOTH_LEADERS = kept_regex(r"^\s*(?:giua|cua) hai (?:nha lanh dao|lanh dao|ben|nguoi dung dau)\b")
# "Bà nhắc lại …", "Tại buổi tiếp, ông nhắc lại …": the one who recalls is named by a pronoun.
_PRONOUN_RECALLS = kept_regex(rf"(?:^|,\s*)(?:ong|ba|ngai)(?:\s+(?:cung|da|con))*\s+{RECALL_VERB}$")


def _add_lead_people(doc: Doc, w: Sentence, main: Meeting, recalled: int) -> None:
    """A recalled act's side the sentence names only as "hai nhà lãnh đạo" or by the pronoun
    of the one who recalls it (the clause recalling it starts at ``recalled``): the lead's one
    participant of that side."""
    km = _kind_mention(w)
    whole = doc.sentence_at(w.start) or w
    if km is None:
        return
    both = _BOTH_LEADERS.match(doc.folded(km.end, km.end + 40))
    speaker = _PRONOUN_RECALLS.search(doc.folded(whole.start, recalled))
    if both is None and speaker is None:
        return
    have = {c for _, c in w.people}
    if speaker is not None and not both and len(have & BILATERAL) != 1:
        return  # the pronoun's side is the one the recalled act's partner leaves
    at = km.end + both.end() if both else whole.start + speaker.start()
    for c in BILATERAL:
        side = [p for p in main.participants if p.country == c]
        if c in have or len(side) != 1:
            continue
        w.people.append((Mention(side[0].name, at, at + 1, side[0].name), c))


_YEAR_SPAN = kept_regex(
    r"(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d\s*[-–]\s*(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d"
)


def _another_year(doc: Doc, w: Sentence, day: str | None) -> bool:
    """The window writes a year other than the meeting's ("Năm 2021, …"); an anniversary's span
    ("(1950 - 2020)", "30/1/1950 - 30/1/2020") is no other year."""
    spans = [(w.start + m.start(), w.start + m.end()) for m in _YEAR_SPAN.finditer(w.text)]
    years = {
        y
        for pos, y in doc.years
        if w.start <= pos < w.end and not any(a <= pos < b for a, b in spans)
    }
    years |= {
        d.year
        for d in w.dates
        if d.year and d.end_year is None and not any(a <= d.start < b for a, b in spans)
    }
    return bool(day) and any(str(y) != day[:4] for y in years)


def _two_sided(m: Meeting) -> bool:
    """A Vietnam–Russia record: people of both sides, or one side's visit to the other."""
    sides = {p.country for p in m.participants} & BILATERAL
    if len(sides) == 2:
        return True
    if len(sides) != 1 or not _visit(m.kind):
        return False
    # A one-sided visit held in a third country ("Putin thăm Mông Cổ") is not about the pair.
    lex = get_lexicon()
    named = {v: k for k, v in _COUNTRY_NAME.items()}
    where = named.get(m.place or "") or (
        lex.places[m.place].country if m.place in lex.places else None
    )
    return where is None or where in BILATERAL - sides


def _fold_messages(main: Meeting, meetings: list[Meeting]) -> list[Meeting]:
    """Messages of one occasion ("Lãnh đạo Việt Nam gửi điện mừng Quốc khánh Nga") are one
    record whose parties are every sender and recipient."""
    people = list(main.participants)
    rest = []
    for m in meetings[1:]:
        if m.kind == main.kind and (m.date is None or (main.date or "").startswith(m.date)):
            people += [p for p in m.participants if all(p.name != q.name for q in people)]
        else:
            rest.append(m)
    people.sort(key=lambda p: {"VN": 0, "RU": 1}.get(p.country or "", 2))
    return [main.model_copy(update={"participants": people}), *rest]


def _add_title_only(
    doc: Doc, w: Sentence, when: date | None, lex: Lexicon, unnamed: bool = False
) -> None:
    """A side named by title alone ("Tổng Bí thư đã hội kiến Thủ tướng Nga X") is the office
    holder on that date, when the lexicon knows exactly one; else, or with no date, the one
    person the article named with that title before ("Phó Chủ tịch Quốc hội X … Sáng 14/9,
    Phó Chủ tịch Quốc hội đã làm việc với Y"). ``unnamed``: no side is named, and the first
    side named by title is added."""
    countries = {c for _, c in w.people}
    if countries >= BILATERAL or not (countries & BILATERAL or (unnamed and not countries)):
        return
    if countries - BILATERAL:
        return  # the act has its counterpart: a third country's leader
    missing = BILATERAL - countries
    km = _kind_mention(w)
    kind = km.key if km else None
    # "trao thư của X gửi Tổng thống Putin cho Chủ tịch Hội đồng Liên bang": the one a letter
    # is handed to in person is met, whoever it is addressed to.
    handed = [off for off in w.offices if _handed_to(doc, off, kind)]
    whole = doc.sentence_at(w.start)
    if (
        not handed
        and whole is not None
        and any(c in missing and m.start in doc.represented for m, c in whole.people)
    ):
        return  # that side is someone acted for or greeted ("chuyển lời chào của X"), not met
    greeted: Mention | None = None
    for off in w.offices:
        office = lex.offices.get(off.key)
        if office is None or off.start in doc.foreign:
            continue  # "Thủ tướng Malaysia": no Vietnamese office holder
        if off.surface[:1].islower():
            continue  # "tiếp xúc với lãnh đạo Đảng …": the leadership, no one office holder
        if off not in handed and (
            acted_for(doc, off.start, off.end)
            or (
                greeted is not None
                and re.fullmatch(r"\s*(?:,|và)\s*", doc.text[greeted.end : off.start])
            )
        ):
            greeted = off  # "chuyển lời chào … tới Tổng Bí thư và Chủ tịch nước": not met
            continue
        if any(off in title_chain(doc, pm[0]) for pm in w.people if pm[0].start >= off.end):
            continue  # the title belongs to a named person
        if _apposed_to_name(doc, off, lex):
            continue  # "Đại tướng X, …, Thứ trưởng thứ nhất Bộ Quốc phòng Nga": X's, not its holder's
        if _CAPACITY_BEFORE.search(doc.text, max(0, off.start - 30), off.start):
            continue  # "chuyến thăm của X trên cương vị Bộ trưởng": the office X holds
        if office.generic or office.country is None:
            # "Phó Thủ tướng" alone: the person of that title the article named before.
            named = _named_before(doc, off, missing)
            if named is not None:
                _add_titled(doc, w, off, named, squash_spaces(off.surface))
                return
            continue
        if office.country not in missing:
            continue
        if _longer_body(doc, off, w):
            continue  # "Tổng Giám đốc Tập đoàn Rosatom Overseas": a subsidiary's head, not Rosatom's
        named = _named_before(doc, off, {office.country})
        holders = lex.holders(off.key, when) if when is not None and not unnamed else []
        if named is not None and any(n == named[0] for n, _ in lex.iter_tenures(off.key)):
            # The holder the article itself named with the title ("Chủ tịch Quốc hội X …
            # Sáng 14/12, Chủ tịch Quốc hội đã hội đàm …"): the date a meeting told in
            # passing is looked up on may be another act's, inferred.
            who = named
        elif len(holders) == 1:
            who = (holders[0], office.country)
        else:
            who = named  # whoever the article named with the title, holder or not
        if who is not None:
            _add_titled(doc, w, off, who, office.title)
            return
    _add_role_only(doc, w, missing, lex)


# Words that go on a role after its office ("Tổng Lãnh sự Liên bang Nga tại TP. Hồ Chí Minh",
# "Phó Thống đốc vùng Primorsky"): capitalised ones, and these.
_ROLE_JOINS = frozenset({"tại", "ở", "vùng", "tỉnh", "thành", "phố", "bang", "khu", "nước"})
_ROLE_WORD = kept_regex(r"[ \t]+(T[Pp]\.|[^\s,.;:()]+)")


def _role_end(doc: Doc, off: Mention) -> int:
    """Where a role written after its office ends: at punctuation or a lowercase word that
    is no part of it ("… tại Đà Nẵng đến chào xã giao")."""
    end = off.end
    while (m := _ROLE_WORD.match(doc.text, end)) is not None:
        word = m.group(1)
        if not (word[:1].isupper() or word in _ROLE_JOINS or word.startswith("TP")):
            break
        end = m.end()
    # "… tại": a joining word last is no part of it (the office's own words are kept).
    while end > off.end and doc.text[off.start : end].rsplit(None, 1)[-1] in _ROLE_JOINS:
        end = off.start + len(doc.text[off.start : end].rsplit(None, 1)[0])
    return max(end, off.end)


def _role_key(role: str) -> str:
    """A role folded, its country in one form ("Tổng Lãnh sự Liên bang Nga tại TP. Hồ Chí
    Minh" and "Tổng Lãnh sự Nga tại Thành phố Hồ Chí Minh" are one), for comparing only."""
    out, at = [], 0
    for a, b, code in country_spans(role):
        out += [role[at:a], short_name(code)]
        at = b
    out.append(role[at:])
    return _CITY_SPELLED.sub("tp", fold_key("".join(out)))


_CITY_SPELLED = kept_regex(r"\b(?:thanh pho|tp)\b\.?")  # "Thành phố", "TP.", "TP": one


def _as_roles_of(names: set[str], known: set[str]) -> set[str]:
    """Roles written as a known one, or more fully ("Tổng Lãnh sự Liên bang Nga tại TP Hồ Chí
    Minh" after the headline's "Tổng Lãnh sự Nga"), as that one: the same participant."""
    keys = {k: _role_key(k) for k in known}

    def same(n: str) -> str:
        key = _role_key(n)
        return next((k for k, kk in keys.items() if key == kk or key.startswith(kk + " ")), n)

    return {same(n) for n in names}


def _add_role_only(doc: Doc, w: Sentence, missing: set[str], lex: Lexicon) -> None:
    """A side named by its role alone, no holder given or known ("Chủ tịch UBND thành phố X
    đã tiếp Tổng Lãnh sự Liên bang Nga tại Đà Nẵng"): the role as written is that side's
    participant, when it names the side (its country, or a place of it). Never a name. The
    Vietnamese side only when the role names Vietnam ("Tổng Lãnh sự Việt Nam tại
    Vladivostok"): a Vietnamese page names its own officials ("Chủ tịch UBND tỉnh Bà Rịa -
    Vũng Tàu" alone is the province's office, told elsewhere by name)."""
    taken = {pm[0].start for pm in w.people}
    for off in w.offices:
        office = lex.offices.get(off.key)
        if office is None or off.surface[:1].islower():
            continue
        # "Tổng Lãnh sự Nga": the side the title names right after it.
        country = doc.foreign.get(off.start) or office.country
        if country is not None and country not in missing:
            continue
        if off.start in taken or acted_for(doc, off.start, off.end):
            continue
        if any(off in title_chain(doc, pm[0]) for pm in w.people if pm[0].start >= off.end):
            continue  # the title belongs to a named person
        if _apposed_to_name(doc, off, lex) or off.key == _RANK:
            continue
        end = _role_end(doc, off)
        role = squash_spaces(doc.text[off.start : end])  # as written: the text holds it
        # Its side: the country the role names, or the country of a place it names.
        named_in = [c for _at, c in find_countries(role)]
        named_in += [
            lex.places[p.key].country
            for p in w.places
            if off.start <= p.start < end and p.key in lex.places
        ]
        side = country or next((c for c in named_in if c in missing), None)
        if side is None or end - off.end < 3:
            continue  # a bare office ("Đại sứ") names no side
        if side == "VN" and "VN" not in {c for _at, c in find_countries(role)}:
            continue
        named = _named_before(doc, off, {side})
        if named is not None:
            # "Cùng ngày, Tổng Công tố Liên bang Nga đã chào …" after "Tổng Công tố X": X.
            _add_titled(doc, w, off, named, role)
            return
        w.people.append((Mention(role, off.start, end, role), side))
        w.people.sort(key=lambda pm: pm[0].start)
        doc.titles[off.start] = ""
        return


def _add_titled(doc: Doc, w: Sentence, off: Mention, who: tuple[str, str], title: str) -> None:
    """``who`` (name, country) as the participant the bare title ``off`` names in ``w``."""
    doc.titles[off.start] = title
    w.people.append((Mention(who[0], off.start, off.end, off.surface), who[1]))
    w.people.sort(key=lambda pm: pm[0].start)


# A capitalised word right after an office's name that starts no one's name.
_NAME_GOES_ON = kept_regex(rf"[ \t]+[{_UP}][\w'’\-]*")


def _longer_body(doc: Doc, off: Mention, w: Sentence) -> bool:
    """The office's body name goes on ("… Rosatom Overseas", "… Gazprom Neft"): the title is
    of another body, whose head the people data does not name."""
    m = _NAME_GOES_ON.match(doc.text, off.end)
    if m is None or doc.text[m.start() : m.end()].strip() in _COUNTRY_WORDS_WRITTEN:
        return False
    if doc.text[off.start : off.end].split()[-1] in _COUNTRY_WORDS_WRITTEN:
        return False  # "Bộ trưởng Quốc phòng Nga Andrei …": the country closed the body's name
    word = m.group().strip()
    if is_given_name(word) or fold(word) in vn_surnames():
        return False  # a person's name starts there, whether or not the reader found it
    after = m.start() + len(m.group()) - len(m.group().lstrip())
    return not any(pm[0].start == after for pm in w.people)


_COUNTRY_WORDS_WRITTEN = frozenset({"Nga", "Liên", "LB", "Việt", "Nam", "Cộng", "CHXHCN"})


_GAP_BEFORE = kept_regex(r"\s*[,\-–]\s*$")
# "trên cương vị", "với tư cách": the office of the person the clause is about.
# The office someone holds or held, said of them: "trên cương vị Bộ trưởng", "khi ông Phúc
# còn là Thủ tướng" (a title someone had then, not a side named by title alone).
_CAPACITY_BEFORE = kept_regex(
    r"(?<!\w)(?:(?:[Cc]ương vị|[Tt]ư cách)(?:\s+là)?"
    r"|(?i:còn|đang|từng|vẫn|khi|lúc|hồi|đó|ấy)\s+là"
    # "được Tổng thống Putin bổ nhiệm làm Bộ trưởng Quốc phòng": the office someone named
    # was given, not another holder of it
    r"|(?i:bổ nhiệm|được bầu|bầu|giữ chức|nhậm chức|đảm nhiệm|trở thành)(?:\s+(?:làm|giữ chức|chức|là))?"
    r")(?:\s+(?:tân|nguyên|mới))?\s+$"
)
_SEGMENT = kept_regex(r"[,;(]|\s[-–]\s")
_RUN_BEFORE = kept_regex(rf"((?:[{_UP}][\w'’.\-]*\s+)*[{_UP}][\w'’.\-]*)$")
_HONORIFIC_BEFORE = kept_regex(rf"(?<!\w)(?:{HONORIFIC})\.?\s+$", re.IGNORECASE)


def _apposed_to_name(doc: Doc, off: Mention, lex: Lexicon) -> bool:
    """The office is a title written after a person's name ("ông X, Phó Thủ tướng, Bộ trưởng
    …", "Đại tướng X, Tổng Tham mưu trưởng …, Thứ trưởng …"), whether or not the name was
    recognised: that person holds it, not whoever the people data says held it that day."""
    s = doc.sentence_at(off.start)
    lo = s.start if s is not None else max(0, off.start - 300)
    pos = off.start
    for _ in range(3):  # the name, then up to two titles before this one
        gap = _GAP_BEFORE.search(doc.text, lo, pos)
        if gap is None:
            return False
        pos = gap.start()
        cut = [m.end() for m in _SEGMENT.finditer(doc.text, lo, pos)]
        seg = cut[-1] if cut else lo
        seg += len(doc.text[seg:pos]) - len(doc.text[seg:pos].lstrip())
        if any(o.start == seg for o in doc.offices) and not _breaks_title_list(doc.text[seg:pos]):
            pos = seg  # another title of the list: go on before it
            continue
        run = _RUN_BEFORE.search(doc.text, max(seg, pos - 80), pos)
        if run is None:
            return False
        a = run.start(1)
        if any(o.start <= a < o.end for o in doc.offices):
            return False  # "Tổng Bí thư, Chủ tịch nước": a list of titles
        if _HONORIFIC_BEFORE.search(doc.text, max(lo, a - 20), a):
            return True  # "ông Zubkov, …"
        return name_in_run(run.group(1), a, lex) is not None
    return False


def _named_before(doc: Doc, off: Mention, countries: set[str]) -> tuple[str, str] | None:
    """The person an earlier sentence named with this bare title ("Phó Thủ tướng Việt Nam
    Trần Hồng Hà … Trước đó, Phó Thủ tướng đã có cuộc gặp …")."""
    head = fold(off.surface)
    lex = get_lexicon()
    # "Tổng thống Nga" of the one the article titled "Tổng thống Vladimir Putin": the title
    # with its country is that country's person's title without it.
    office = lex.offices.get(off.key)
    own = office.country if office is not None else None
    heads = {head} | {
        head.removesuffix(" " + name)
        for name in folded_names((own,) if own else ())
        if head.endswith(" " + name)
    }
    found: tuple[str, str] | None = None
    for s in doc.sentences:
        if s.start >= off.start:
            break
        for m, c in s.people:
            if c not in countries or m.start in doc.represented:
                continue
            chain = title_chain(doc, m)
            titles = [fold(lex.offices[o.key].title) for o in chain if o.key in lex.offices]
            titles += [fold(o.surface) for o in chain]
            mine = heads if c == own else {head}
            if any(t in mine or any(t.startswith(h + " ") for h in mine) for t in titles):
                if found is not None and found[0] != m.key:
                    return None  # two people of that title: the bare title is ambiguous
                found = (m.key, c)
    return found


_LINE_MARKS = tuple(".!?…:;”\"')")


def _bare_line(s: Sentence) -> bool:
    """A line that ends with no mark (but for spaces)."""
    return not s.text.rstrip().endswith(_LINE_MARKS)


def _windows(doc: Doc, s: Sentence) -> list[Sentence]:
    """One view of the sentence per meeting verb it reports.

    "… chuyến thăm của Tổng thống Putin vào tháng 6/2024 và chuyến thăm của Tổng Bí thư Tô
    Lâm vào tháng 5/2025" reports two visits: each verb keeps the people and dates up to the
    next verb. Verbs that refer back to the article's own meeting or to plans are dropped.
    """
    # "đã gặp và chuyển thư tới X", "hội đàm và ký …": a letter handed over or a signing joined
    # to the act before it is part of that act, whose window runs on to X.
    kinds = [
        k
        for i, k in enumerate(s.kinds)
        if i == 0
        or not _accessory(k)
        or not _JOINED.fullmatch(s.text[s.kinds[i - 1].end - s.start : k.start - s.start])
    ]
    # A ceremony is no window of its own: "X đặt vòng hoa tại …, sau đó hội kiến Y" is X's
    # meeting with Y, its subject before the ceremony.
    kinds = [k for k in kinds if not _event(k.key)] or kinds
    # "Hội đàm với Chủ tịch nước: Sau lễ đón …, Chủ tịch nước X và Tổng thống Y hội đàm": an
    # item's label names the act the item then tells; it splits no one from the act.
    kinds = [k for k in kinds if not _item_label(s, k)] or kinds
    # "Sau lễ ký kết các văn kiện, X và Y hội kiến": a signing told as what came before.
    kinds = [
        k
        for k in kinds
        if not (
            _accessory(k)
            and _AFTER_SIGNING.search(s.folded[max(0, k.start - s.start - 20) : k.start - s.start])
        )
    ] or kinds
    bounds = [s.start]
    for a, b in zip(kinds, kinds[1:], strict=False):
        gap = s.text[a.end - s.start : b.start - s.start]
        breaks = [m.end() for m in re.finditer(r"[,;]|\svà\s", gap)]
        at = a.end + breaks[-1] if breaks else b.start
        # "…; tháng 3/2014, X thăm …": the date opening the next act's clause is its own.
        opening = next(
            (
                d
                for d in s.dates
                if a.end < d.start
                and re.fullmatch(r"\s*,\s*", s.text[d.end - s.start : at - s.start])
                and _CLAUSE_BREAK.search(s.text, a.end - s.start, d.start - s.start)
            ),
            None,
        )
        bounds.append(opening.start if opening is not None else at)
    bounds.append(s.end)
    out = []
    first = kinds[0].start if kinds else s.end
    recalling = bool(kinds) and _recall_clause_start(doc, s, kinds[0]) is not None
    for i, k in enumerate(kinds):
        lo, hi = bounds[i], bounds[i + 1]
        # "chuyến thăm … của X": the visitor follows the noun; "X thăm chính thức Y": X leads.
        who = k.start if _visit(k.key) and _visit_noun(s, k) else lo
        start = max(lo, _word_start(s, k.start - 60))
        if _plan_before(s.text[start - s.start : k.start - s.start]) or _future(s, k):
            continue
        if _visit(k.key) and who == lo and _invited_to(s, lo, k):
            continue  # "mời Tổng thống Putin thăm Việt Nam": an invitation, not a visit
        parties = _parties(doc, s, k.key)
        also = _ALSO.search(s.text, k.end - s.start, hi - s.start)
        if also:
            hi = s.start + also.start()  # "…, đồng thời gửi lời hỏi thăm tới X": another act
        if _visit(k.key):
            hi = _visit_clause_end(s, k, parties, hi)
        hi = _dated_clause_start(s, k, hi)
        # A visit's people (and titles) follow the verb ("chuyến thăm … của Tổng thống X").
        people = [pm for pm in parties if who <= pm[0].start < hi]
        rel = _RELATIVE.search(s.text, max(0, k.start - s.start - 30), k.start - s.start)
        if rel:
            # "… tới Thủ tướng X, người đã hội đàm với Y": X, however greeted, is the subject.
            subject = [pm for pm in s.people if pm[0].end <= s.start + rel.start()][-1:]
            people = subject + [pm for pm in parties if k.end <= pm[0].start < hi]
        if i > 0 and not _visit(k.key):
            # "X đã hội đàm với Y và hội đàm với Z": X is the subject of every verb — but "khi
            # tháp tùng Y thăm …, ông X, …, đã được Z tiếp": a passive's subject is the one
            # named just before it.
            have = {c for _, c in people}
            before = [pm for pm in parties if pm[0].start < lo and pm[1] not in have]
            if _PASSIVE.match(s.text, lo - s.start) and before:
                people = [max(before, key=lambda pm: pm[0].start), *people]
            elif (
                recalling
                and out
                and (carried := [pm for pm in out[-1].people if pm[1] not in have])
            ):
                # "X nhắc lại chuyến thăm của Y và cuộc hội đàm với Z": Y's talks, not X's.
                people = carried + people
            else:
                people = [
                    pm for pm in parties if pm[0].start < first and pm[1] not in have
                ] + people
        offices = [m for m in s.offices if who <= m.start < hi]
        if out and not _visit(k.key) and not any(pm[0].start < lo for pm in people):
            # "Tổng thống Nga còn hội kiến A và gặp B": a subject named by title alone (no one
            # of that side named) before the verb before is the one of this verb too.
            before = out[-1]
            named = {c for _, c in before.people}
            offices = [
                m
                for m in before.offices
                if m.start < before.kinds[0].start
                and (office := get_lexicon().offices.get(m.key)) is not None
                and office.country in BILATERAL
                and office.country not in named
            ] + offices
        out.append(_view(s, lo, hi, people=people, kinds=[k], offices=offices))
    return out


_ALSO = kept_regex(r",?\s+đồng thời\s")
_LABEL_END = kept_regex(r"[^.,;:\n]{0,40}:")
_AFTER_SIGNING = kept_regex(r"(?<!\w)sau(?: khi)?(?: (?:cac|buoi))?(?: le)?\s*$")


def _item_label(s: Sentence, k: Mention) -> bool:
    """The act opens a line and a colon closes its words: an item's label ("Hội kiến Thủ
    tướng: …")."""
    line = s.text.rfind("\n", 0, k.start - s.start) + 1
    return not s.text[line : k.start - s.start].strip() and bool(
        _LABEL_END.match(s.text, k.end - s.start)
    )


# A clause break, then a date that opens the next clause: "…; tháng 5/2016, …", ", và năm sau, …".
_CLAUSE_BREAK = kept_regex(r"(?:[,;]\s*(?:và|rồi|còn)?|\svà)\s*$")


def _dated_clause_start(s: Sentence, k: Mention, hi: int) -> int:
    """Where a clause of its own, opened by a date and with another person as its subject,
    begins after the act: "… Tổng Bí thư X thăm chính thức Nga, và tháng 5/2016, Thủ tướng Y
    đến Moskva …" (the month and Moskva are Y's, not X's visit's); else ``hi``."""
    for d in s.dates:
        if not k.end <= d.start < hi:
            continue
        lead = _CLAUSE_BREAK.search(s.text, k.end - s.start, d.start - s.start)
        if lead is None:
            continue
        after = s.text[d.end - s.start : hi - s.start]
        comma = re.match(r"\s*,\s*", after)
        if comma is None:
            continue
        at = d.end + comma.end()
        said = {pm[0].key for pm in s.people if pm[0].end <= s.start + lead.start()}
        subject = next((pm[0] for pm in s.people if at <= pm[0].start < hi), None)
        title = s.text[at - s.start : subject.start - s.start] if subject else ""
        if (
            subject is not None
            and subject.key not in said
            and len(title) <= 40
            and "," not in title
        ):
            return s.start + lead.start()
    return hi


_PASSIVE = kept_regex(r"\s*(?:đã\s+|vừa\s+)?được\s")  # "(đã) được Bộ trưởng X tiếp"
_JOINED = kept_regex(r"\s*(?:và|,)\s*(?:cùng\s+)?")
# "X, người đã hội đàm với Y": a relative clause whose subject is the person just before.
_RELATIVE = kept_regex(r",\s*(?:là\s+)?người\s+(?:đã\s+|từng\s+|vừa\s+|mới\s+)*(?:có\s+)?$")
# "(chuyển lời) mời X thăm", "nhận lời mời thăm": invited to visit; "theo lời mời của X, …" and
# "nhận lời mời của X, Y đã thăm …" frame a visit that took place.
_INVITED = kept_regex(
    r"mời(?<!\wmời)(?<!theo lời mời)(?<!đáp lời mời)(?<!khách mời)(?!\w)"
)  # as _INVITE


def _invited_to(s: Sentence, lo: int, k: Mention) -> bool:
    a = max(lo, k.start - 160)
    clause = s.text[a - s.start : k.start - s.start].lower().rsplit(";", 1)[-1]
    invites = list(_INVITED.finditer(clause))
    if not invites:
        return False
    at = k.start - len(clause) + invites[-1].end()
    if s.text[at - s.start :].startswith(" của"):
        # "Nhận lời mời của Tổng thống X, Chủ tịch nước Y thăm …": the inviter, then the visitor.
        inviter = next((m for m, _ in s.people if m.start > at), None)
        if inviter is not None and inviter.start < k.start:
            return not s.text[inviter.end - s.start :].lstrip().startswith(",")
    return True


# "X bắt đầu / kết thúc / có chuyến thăm …": the subject makes the visit the noun names.
_TRIP_VERB = kept_regex(r"\b(?:bat dau|ket thuc|tiep tuc|dang co|co|thuc hien)\s*$")


def _visit_noun(s: Sentence, k: Mention) -> bool:
    """ "chuyến thăm", "cuộc viếng thăm": a visit named as a thing, not done by the subject
    (but "Nhân dịp X kết thúc chuyến thăm …": X's, named just before its verb)."""
    before = s.folded[max(0, k.start - s.start - 8) : k.start - s.start]
    classifier = re.search(r"\b(chuyen|cuoc)\s*$", before)
    if fold(k.surface).startswith(("chuyen", "cuoc")):
        head = k.start
    elif classifier is not None:
        head = k.start - len(before) + classifier.start()
    else:
        return False
    lead = s.folded[max(0, head - s.start - 20) : head - s.start]
    verb = _TRIP_VERB.search(lead)
    if verb is None:
        return True
    at = head - len(lead) + verb.start()
    return not any(at - 3 <= m.end <= at for m, _ in s.people)


# Where a visit named by its visitor ("chuyến thăm … của X tới Y hồi tháng 6") ends: a clause
# break, unless the host follows ("…, theo lời mời của Z").
_VISIT_CLAUSE_END = kept_regex(
    r"[;.:]|,(?!\s*(?:theo|nhận|đáp) lời mời)|\s(?:và|đồng thời|mà|khi)\s(?=[a-zà-ỹđ])"
)


def _visit_clause_end(s: Sentence, k: Mention, parties: list[tuple[Mention, str]], hi: int) -> int:
    """The end of "chuyến thăm … của X tới Y": who mentions the visit in the main clause
    ("…, Chủ tịch Quốc hội nhấn mạnh") is no party to it."""
    after = [pm for pm in parties if k.end <= pm[0].start < hi]
    if not after or not re.search(
        r"(?<!\w)của(?!\w)", s.text[k.end - s.start : after[0][0].start - s.start]
    ):
        return hi
    end = _VISIT_CLAUSE_END.search(s.text, after[0][0].end - s.start, hi - s.start)
    return s.start + end.start() if end else hi


def _tod_word(folded: str | None) -> str | None:
    return {"sang": "sáng", "trua": "trưa", "chieu": "chiều", "toi": "tối", "dem": "đêm"}.get(
        folded or ""
    )
