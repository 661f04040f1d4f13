"""Which date is the meeting's: the day near the meeting verb, not a holiday, an anniversary or
another event's day; a year from the publication date, the text or the titles people held.

A date is kept only when the participants held the titles the article gives them on that day
(the people data has terms of office); otherwise it is re-inferred or dropped — no date is
better than a wrong one.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from datetime import date, timedelta

from store.language.anniversaries import TOWARDS, anniversary_years
from store.language.compiled import kept_regex
from store.language.dates import DateMention
from store.language.document import Doc, Sentence, apposed_offices, apposed_title, title_chain
from store.language.fold import fold, fold_key
from store.language.lexicon import Lexicon, Mention
from store.language.question_words import find_agencies, is_event

# "Quốc khánh 2/9", "Ngày Chiến thắng 9/5": a named day, not the day of the meeting.
_HOLIDAY = kept_regex(
    r"\b(quoc khanh|chien thang|ky niem|nhan dip|ngay nuoc nga|giai phong|thong nhat|cach mang)\s*(ngay\s*)?\(?$"
)
# Another event's day: an accident, an attack, an election, a death, a signing long ago, an
# agreement coming into force.
_OTHER_EVENT = kept_regex(
    r"\b(vu (?:hoa hoan|chay|no|tai nan|tan cong|khung bo|xa sung|roi may bay|dam tau|sap)"
    r"|hoa hoan|tham hoa|tai nan|dong dat|lu lut|khung bo|tan cong|xa sung|su co|roi may bay"
    r"|con bao|bau cu|tai dac cu|dac cu|qua doi|tu tran|tu nan"
    # the incident's own verb: "máy bay … bị rơi trên bán đảo Xi-nai (Ai Cập) ngày 31-10"
    r"|bi roi|bi chim|bi dam|gap nan|mat tich"
    # an agreement's own day: "Hiệp định … chính thức có hiệu lực từ ngày 5/10/2016"
    r"|co hieu luc|het hieu luc)\b"
    r"(?:[^;().]|\([^();.]{0,30}\)){0,60}$"
)
_RELATIVE_WORD = kept_regex(
    r"\b(?:hom nay|sang nay|trua nay|chieu nay|toi nay|dem nay|hom qua|sang qua|toi qua|chieu qua)\b"
)
# Offices so senior that Vietnamese news always names them together ("Tổng Bí thư, Chủ
# tịch nước Tô Lâm"): a title naming only one of them rules out a date when both were held.
_TOP_RANK = 4
_SLACK = timedelta(days=45)  # news keeps an old title for a while, and data days may be approximate


@dataclass
class When:
    value: str | None = None  # "YYYY-MM-DD" | "YYYY-MM" | "YYYY"
    inferred: bool = False
    tod: str | None = None
    source: DateMention | None = None


def fmt(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def as_date(value: str | None) -> date | None:
    if value and len(value) == 10:
        return date.fromisoformat(value)
    if value and len(value) == 7:
        return date.fromisoformat(value + "-15")
    if value:
        return date(int(value), 7, 1)
    return None


def is_anniversary(d: DateMention, doc: Doc) -> bool:
    if d.end_year is not None and d.year is not None and d.end_year - d.year >= 1:
        # "(10/10/1945-10/10/2025)", "(1994-2024)"; not a visit across the New Year
        # ("từ 30/12/2016 đến 2/1/2017").
        return _span_days(d) is None or _span_days(d) > _NEAR.days  # type: ignore[operator]
    return bool(
        d.year is not None and doc.published is not None and d.year < doc.published.year - 1
    )


def usable(doc: Doc, mentions: list[DateMention]) -> list[DateMention]:
    """Mentions that can be a meeting's day or month."""
    out = []
    for d in mentions:
        if d.month is None or is_anniversary(d, doc) or _another_events(doc, d):
            continue
        if any(_restates(doc, d, x) for x in mentions if x is not d and x.day):
            continue
        out.append(d)
    return out


# "chiều 12/11 theo giờ địa phương (sáng nay theo giờ Hà Nội)": the bracket gives the same
# moment by another clock; the day is the one written before it, where the meeting was.
_CLOCK_BRACKET = kept_regex(r"^\s*(?:theo\s+)?(?:gio\s+[\w\s]{1,20}?)?\s*\($")
_OTHER_CLOCK = kept_regex(r"^[^()]{0,40}\bgio\b[^()]{0,25}\)")


def _restates(doc: Doc, d: DateMention, x: DateMention) -> bool:
    """``d`` is ``x`` again, by another clock, in a bracket right after it."""
    if not x.end <= d.start <= x.end + 50:
        return False
    gap = doc.folded(x.end, d.start)
    cut = gap.rfind("(")
    return (
        cut >= 0
        and _CLOCK_BRACKET.match(gap[: cut + 1]) is not None
        and _OTHER_CLOCK.match(doc.folded(x.end + cut + 1, d.end + 40)) is not None
    )


def _another_events(doc: Doc, d: DateMention) -> bool:
    """A holiday's or another event's day ("Quốc khánh 2/9", "vụ tấn công ngày 22/3"), named in
    the date's own sentence: a headline ending "… Đảng Nước Nga Thống nhất" names no holiday
    of the lead's first day."""
    own = doc.sentence_at(d.start)
    lo = max(d.start - 70, own.start if own is not None else 0)
    before = doc.folded(lo, d.start)
    return bool(_HOLIDAY.search(before[-30:]) or _OTHER_EVENT.search(before))


def about_other_event(doc: Doc, s: Sentence) -> bool:
    """The sentence's dates all belong to some other event."""
    return bool(s.dates) and not usable(doc, s.dates)


def has_relative_day(s: Sentence) -> bool:
    return bool(_RELATIVE_WORD.search(s.folded))


def resolve(
    doc: Doc,
    mentions: list[DateMention],
    chosen: list[tuple[Mention, str]],
    lex: Lexicon,
    anchor: int,
    recalled: bool = False,
    visit: bool = False,
) -> When:
    """The date from the best mention near the meeting verb. A meeting recalled in passing
    (``recalled``) takes no year from the years an article happens to mention. An act that is
    no ``visit`` takes its own day over the span of the visit it happens during."""
    # An article reports no meeting held after it: a day it gives that falls later ("… diễu
    # binh trên Quảng trường Đỏ vào ngày 24/6" on a page of the 23rd) is another event's.
    ok = [d for d in usable(doc, mentions) if not _after_report(doc, d)] or _told_long_ago(
        doc, mentions, anchor
    )
    if not ok:
        return When()
    before = [d for d in ok if d.start <= anchor]
    pick = (before[-1] if before else ok[0]) if any(d.day for d in ok) else ok[0]
    days = [d for d in ok if d.day]
    if pick.day is None and days:
        pick = min(days, key=lambda d: abs(d.start - anchor))
    if not visit and pick.end_day is not None:
        # "Sáng 16/6, trong chuyến thăm … từ ngày 15 đến 19/6, X đã hội đàm …": the talks' day.
        inside = [d for d in days if d.end_day is None and _within(d, pick)]
        if inside:
            pick = min(inside, key=lambda d: abs(d.start - anchor))
        elif _TRIP_SPAN.search(doc.folded(pick.start - 40, pick.start)) or _TRIP_BEFORE.search(
            doc.folded(pick.start - 130, pick.start)
        ):
            # "Trong chuyến công tác từ ngày 24-25/8, X đã làm việc với Y": some day of the
            # trip, which the text does not say; its month is all that is sure.
            pick = replace(pick, day=None, end_day=None, end_month=None, end_year=None)
    tod = pick.time_of_day
    written = pick.year if pick.year is not None else written_year(doc, pick)
    if written is not None:
        value = fmt(written, pick.month, pick.day)
        when = as_date(value)
        if when is not None and pick.day and _contradicts(doc, when, chosen, lex):
            return When(tod=tod)  # the titles say this day is not the meeting's
        # A month counted from the publication ("hồi tháng trước") is as sure as the year of
        # a month alone: some time that month, marked inferred; so is a trip's month for an
        # act on the trip ("Trong chuyến công tác tại Nga tháng 10/2023, X làm việc với Y").
        # A weekday's day is counted from the publication's week: marked inferred too.
        inferred = pick.assumed or (
            pick.day is None and (pick.relative or (not visit and _on_trip(doc, pick)))
        )
        return When(value, inferred, tod, pick)
    if doc.published is not None:
        year = _publication_year(doc, pick)
        try:
            day = date(year, pick.month, pick.day or 1)
        except ValueError:
            day = None
        if day is None or not _contradicts(doc, day, chosen, lex, whole=True):
            # A month alone ("cuối tháng 10 vừa qua", "đầu tháng 6") is some time that month:
            # its year is the publication's by assumption, so the month is marked inferred.
            return When(fmt(year, pick.month, pick.day), pick.day is None, tod, pick)
    year, stated = infer_year(doc, pick, chosen, lex, by_mention=not recalled)
    if year is None:
        return When(tod=tod, source=pick)
    return When(fmt(year, pick.month, pick.day), not stated, tod, pick)


def _told_long_ago(doc: Doc, mentions: list[DateMention], anchor: int) -> list[DateMention]:
    """A retrospective's own day: "Ngày 27-7-2012, tại Sochi, X đã hội đàm với Y" on a page of
    2022. A day years before the publication is history as a rule (is_anniversary); written
    whole before the act's verb, the only date of the act's sentence, it is the act's (the
    titles still check it: resolve). So is the last day told before the act, written so, when
    the act's sentence says "hôm đó" ("Sáu năm trước, ngày 26/11/2013, X tới Hà Nội …. Tại
    cuộc hội kiến hôm đó, …")."""
    own = doc.sentence_at(anchor)
    if own is None or len(mentions) != 1:
        return []
    (d,) = mentions
    whole = d.day is not None and d.year is not None and d.end_day is None and d.end_year is None
    if not whole or _another_events(doc, d) or _after_report(doc, d):
        return []
    if own.start <= d.start < anchor and len(own.dates) == 1:
        return [d]
    before = [x for x in doc.sentences if x.end <= own.start and not x.caption and x.dates][-1:]
    if own.dates or not before or before[0].dates != [d]:
        return []  # the last day told before the act is that one, and no other
    return [d] if THAT_DAY.search(doc.folded(own.start, own.end)) else []


# "hôm đó", "ngày hôm ấy": the day just told.
THAT_DAY = kept_regex(r"(?<!\w)(?:ngay\s+)?(?:hom|ngay)\s+(?:do|ay)(?!\w)")


def _publication_year(doc: Doc, d: DateMention) -> int:
    """The year of a day or month written without one, in a dated article: the publication's,
    or the one before for a later month ("ngày 28/12" in a January article; "hồi tháng 2",
    a time past, in a January one)."""
    pub = doc.published
    assert pub is not None and d.month is not None
    pub_day = pub.day if doc.precision == "day" else 28
    if (d.month, d.day or 1) > (pub.month, pub_day) and (
        d.month - pub.month > 1
        or _RECALL_MARK.search(doc.text[max(0, d.start - 20) : d.start].lower())
    ):
        return pub.year - 1
    return pub.year


def _after_report(doc: Doc, d: DateMention) -> bool:
    """The day or month (its first day) comes after the article's publication."""
    if doc.published is None or d.month is None:
        return False
    year = d.year if d.year is not None else written_year(doc, d) or _publication_year(doc, d)
    try:
        first = date(year, d.month, d.day or 1)
    except ValueError:
        return False
    return first > _reported_by(doc)


_NEAR = timedelta(days=62)
# "hồi tháng 2", "hồi cuối tháng 12": a month told as past.
_RECALL_MARK = kept_regex(r"(?<!\w)hồi(?:\s+(?:đầu|giữa|cuối))?\s*$")
# A trip that frames the acts told with it: "chuyến thăm và làm việc", "đợt công tác", folded.
TRIP_WORDS = r"chuyen (?:cong tac|tham|lam viec)|dot cong tac"
TRIP = kept_regex(rf"\b(?:{TRIP_WORDS})\b")
# The days of a trip, a stay or a programme that frames the act: "chuyến công tác từ ngày …",
# "trong thời gian từ …", "dịp …", or an event's ("Bên lề Diễn đàn … diễn ra từ 2-5/6, X làm
# việc với Y").
_TRIP_SPAN = kept_regex(
    rf"\b(?:{TRIP_WORDS}|trong thoi gian|trong dip|nhan dip|dien ra)\b[^.;,]{{0,20}}$"
)


# What a message is sent for, told with its day: "được bầu làm Tổng Bí thư ngày 3/8", "được
# Duma Quốc gia phê chuẩn chức vụ Thủ tướng ngày 16/1", "tái đắc cử … ngày 18/3".
_OCCASION_BEFORE = kept_regex(
    r"\b(?:bau|bo nhiem|phe chuan|nham chuc|tai dac cu|dac cu|trung cu)\b[^.;]{0,80}$"
)


def occasion_month(doc: Doc, chosen: list[tuple[Mention, str]], lex: Lexicon) -> When | None:
    """The month of a message's occasion, marked inferred, when the text gives no day of the
    message itself: the day an anniversary counts to ("Nhân dịp kỷ niệm 35 năm Ngày nước Nga
    (12/6/1990 - 12/6/2025)") or the day the addressee was elected or appointed ("được bầu
    làm Tổng Bí thư ngày 3/8"). Messages go out on that day or within days of it, so the
    month; none when the text gives several occasions."""
    found: set[str] = set()
    for s in doc.sentences:
        for d in s.dates:
            if d.month is None:
                continue
            if d.end_year and d.year and d.day and is_anniversary(d, doc):
                found.add(fmt(d.end_year, d.end_month or d.month, None))
            elif d.end_year is None and _OCCASION_BEFORE.search(
                doc.folded(max(s.start, d.start - 80), d.start)
            ):
                year = d.year or written_year(doc, d)
                if year is None and doc.published is not None:
                    year = _publication_year(doc, d)
                elif year is None:
                    year = infer_year(doc, d, chosen, lex)[0]
                if year is not None:
                    found.add(fmt(year, d.month, None))
    if len(found) != 1:
        return None
    value = found.pop()
    day = as_date(value)
    if day is None or day.replace(day=1) > min(doc.today, _reported_by(doc)):
        return None
    return When(value, True)


# A trip told before the span of its days, however long the words between ("chuyến thăm chính
# thức Việt Nam của Thủ tướng Liên bang Nga Dmitry Medvedev từ ngày 5 đến 7-4-2015").
_TRIP_BEFORE = kept_regex(rf"\b(?:{TRIP_WORDS})\b[^.;,]{{0,110}}$")


# A guest's stay told right before the date: "… Mishustin đang thăm chính thức Việt Nam trong
# tháng 1/2025", "… sang thăm Nga tháng 5/2015".
_VISITING_BEFORE = kept_regex(r"\b(?:dang|sang|den) (?:tham|cong tac|lam viec)\b[^.;,]{0,80}$")


def _on_trip(doc: Doc, d: DateMention) -> bool:
    """The date's sentence tells a trip, or the date is the stay's of a guest visiting: its
    month is the trip's, not one act's."""
    own = doc.sentence_at(d.start)
    if own is not None and TRIP.search(own.folded):
        return True
    return bool(_VISITING_BEFORE.search(doc.folded(max(0, d.start - 110), d.start)))


def _span_days(d: DateMention) -> int | None:
    try:
        a = date(d.year, d.month, d.day)  # type: ignore[arg-type]
        b = date(d.end_year or d.year, d.end_month or d.month, d.end_day)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return (b - a).days


def _within(day: DateMention, span: DateMention) -> bool:
    """A year-less or dated day inside a visit's span ("16/6" in "từ 15 đến 19/6")."""
    if day.month is None or day.day is None or span.month is None or span.day is None:
        return False
    if (
        day.year is not None
        and span.year is not None
        and day.year
        not in (
            span.year,
            span.end_year or span.year,
        )
    ):
        return False
    lo, hi = (span.month, span.day), (span.end_month or span.month, span.end_day or span.day)
    if lo <= hi:
        return lo <= (day.month, day.day) <= hi
    return (day.month, day.day) >= lo or (day.month, day.day) <= hi  # across the New Year


def _day_in(pick: DateMention, d: DateMention) -> int | None:
    """The year in which a year-less day (or month) falls inside a dated range: "từ ngày 28/6
    đến 1/7/2017" holds 28/6/2017 (its start takes the year written on its end)."""
    if d.end_year is None or d.year is None or d.month is None:
        return None
    end_month = d.end_month or d.month
    for year in dict.fromkeys((d.year, d.end_year)):
        if pick.day is None:
            lo, hi = (d.year, d.month), (d.end_year, end_month)
            if lo <= (year, pick.month) <= hi:  # type: ignore[operator]
                return year
            continue
        try:
            day = date(year, pick.month, pick.day)  # type: ignore[arg-type]
            lo_day = date(d.year, d.month, d.day or 1)
            hi_day = date(d.end_year, end_month, d.end_day or 28)
        except ValueError:
            continue
        if lo_day <= day <= hi_day:
            return year
    return None


def _near(pick: DateMention, d: DateMention) -> int | None:
    """The year of a full date close to a year-less day: "… ngày 25/11/2014, chiều 26/11 …"."""
    if d.year is None or d.month is None or d.end_year is not None:
        return None
    if d.day is None or pick.day is None:
        return d.year if d.month == pick.month and d.day is None else None
    try:
        other = date(d.year, d.month, d.day)
    except ValueError:
        return None
    for year in (d.year, d.year - 1, d.year + 1):
        try:
            day = date(year, pick.month, pick.day)  # type: ignore[arg-type]
        except ValueError:
            continue
        if abs(day - other) <= _NEAR:
            return year
    return None


def _same_day(pick: DateMention, d: DateMention) -> bool:
    return (
        pick.day is not None
        and d.end_year is None
        and d.end_day is None
        and (d.day, d.month) == (pick.day, pick.month)
    )


# "nhắc lại chuyến thăm … của Thủ tướng X tháng 5/2016": a date in the clause of a verb that
# recalls. A bare "hồi đầu tháng 10" is the lead's own past day, not a recall.
RECALL_VERB = r"(?:nhac lai|on lai|nho lai)"  # verbs that retell an earlier act, folded
_RECALL_CLAUSE = kept_regex(
    rf"\b{RECALL_VERB}\b[^.;,:()]{{0,100}}$"
    # "hai tuần sau cuộc điện đàm hôm 8/10", "kể từ chuyến thăm ngày 5/3": the day of the act
    # this one came after
    r"|\b(?:sau|ke tu|tiep theo)\s+(?:cuoc|buoi|chuyen|lan)\s+[^.;,:()]{0,80}$"
    # "kết quả chuyến thăm … tháng 5/2025", "các thỏa thuận đạt được trong chuyến thăm Nga
    # của Tổng Bí thư tháng 5/2025": the day of the act whose results are named
    r"|\bket qua\s+(?:cua\s+)?(?:cac\s+)?(?:cuoc|buoi|chuyen)\s+[^.;,:()]{0,60}$"
    r"|\b(?:thoa thuan|cam ket|van kien)\b[^.;,:()]{0,30}?\b(?:dat duoc|da ky|ky ket|ky)"
    r"\s+(?:trong|tai)\s+(?:cac\s+)?(?:cuoc|buoi|chuyen|dip)\s+[^.;,:()]{0,60}$"
)


def recalled_date(doc: Doc, d: DateMention, act: int | None = None) -> bool:
    """The date belongs to an earlier act its sentence recalls, unless that act is the one
    named at ``act`` ("X cho biết …, sau cuộc hội đàm với Y sáng nay": the talks' own day)."""
    return recall_start(doc, d, act) is not None


def recall_start(doc: Doc, d: DateMention, act: int | None = None) -> int | None:
    """Where the clause recalling the earlier act the date belongs to starts ("kết quả chuyến
    thăm … hồi tháng 5"), None when the date is no such act's (see recalled_date)."""
    own = doc.sentence_at(d.start)
    lo = max(d.start - 120, own.start if own is not None else 0)
    m = _RECALL_CLAUSE.search(doc.folded(lo, d.start))
    if m is None or (act is not None and lo + m.start() <= act < d.start):
        return None
    return lo + m.start()


# The first year a meeting of Vietnam and the Russian Federation can have: a year-less day
# takes no year before it (an event of history on the same day and month).
FIRST_YEAR = 1991


def written_year(doc: Doc, pick: DateMention) -> int | None:
    """The year the text writes for a year-less day: a dated range anywhere in the article that
    holds the day ("thăm … ngày 19 - 20/6/2024. … Chiều 20/6, …"), or a range or a full date
    close to it in its own sentence or paragraph ("từ ngày 24 đến 27/11/2014, chiều 26/11 …",
    "… đã đến Hà Nội ngày 14/3/2016. Sáng 15/3, …"). Several different years: none."""
    if pick.month is None:
        return None
    own = doc.sentence_at(pick.start)
    years: set[int] = set()
    # A year past the report's next is a typo ("ngày 25/11/2104" in a caption of 2014), no
    # year the act can have.
    latest = (doc.published or doc.today).year + 1
    for s in doc.sentences:
        mine = s is own
        if not mine and pick.day is None:
            continue  # "hồi tháng 6" takes no year from a range elsewhere
        for d in s.dates:
            if d.year is None or d is pick or d.month is None or _another_events(doc, d):
                continue
            if d.year > latest or d.year < FIRST_YEAR:
                # A typo of a later year; a day of history ("dịp kỷ niệm ngày sinh V.I. Lênin
                # (22/4/1870)"), no year of the meeting.
                continue
            if recalled_date(doc, d):
                continue  # "nhắc lại cuộc gặp … hồi tháng 2/2024": an earlier act's year
            # A visit's range, however long ago; not an anniversary span ("(1945-2025)").
            span = _span_days(d) if d.end_year is not None else 0
            year = _day_in(pick, d) if span is not None and span <= _NEAR.days else None
            if year is None and (mine or (own is not None and s.paragraph == own.paragraph)):
                year = _near(pick, d)
            if year is None and _same_day(pick, d):
                year = d.year  # the same day written in full elsewhere (a caption, a signing)
            if year is not None:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def stated_offices(doc: Doc, m: Mention, lex: Lexicon) -> list[set[str]]:
    """Every title the article gives this person, the chosen mention's first: a headline's
    "Tổng Bí thư, Chủ tịch nước Tô Lâm" binds a lead that says "Tổng Bí thư Tô Lâm". Mentions in
    sentences that date themselves with a year, or that speak of a former office ("nguyên",
    "khi đó"), say nothing about the meeting's day."""
    key = ("stated_offices", m.key, m.start)
    if key in doc.memo:
        return doc.memo[key]  # type: ignore[return-value]
    # "nguyên Thủ tướng X tiếp …": an office he held before, not then.
    groups = [] if _former(doc, m) else named_offices(doc, m, lex)
    doc.memo[key] = groups
    for pm in _undated_mentions(doc).get(m.key, ()):
        if pm.start == m.start or _former(doc, pm):
            continue
        for group in named_offices(doc, pm, lex):
            if group not in groups:
                groups.append(group)
    return groups


def _undated_mentions(doc: Doc) -> dict[str, list[Mention]]:
    """Person key → its mentions (parties only) in sentences without a year of their own."""
    done = doc.memo.get("undated_mentions")
    if done is not None:
        return done  # type: ignore[return-value]
    years = sorted(pos for pos, _ in doc.years)
    out: dict[str, list[Mention]] = {}
    for s in doc.sentences:
        if not s.people or any(d.year for d in s.dates):
            continue
        i = bisect.bisect_left(years, s.start)
        if i < len(years) and years[i] < s.end:
            continue
        for pm, _ in s.people:
            if pm.start not in doc.represented:
                out.setdefault(pm.key, []).append(pm)
    doc.memo["undated_mentions"] = out
    return out


_FORMER = kept_regex(r"\b(nguyen|khi do|luc do|khi con la|khi la|thoi)\s*$")


def _former(doc: Doc, m: Mention) -> bool:
    """The titles before the mention are offices held before ("nguyên", "khi đó")."""
    chain = title_chain(doc, m)
    edge = chain[-1].start if chain else m.start
    return _FORMER.search(doc.folded(edge - 25, edge)) is not None


def named_offices(doc: Doc, m: Mention, lex: Lexicon) -> list[set[str]]:
    """The person's own offices the article's titles name, one set per title: "Phó Thủ tướng,
    Bộ trưởng Ngoại giao X" names two; a bare generic title ("Phó Thủ tướng") names any office
    of that title the person held at some time."""
    person = lex.people.get(m.key)
    if person is None:
        return []
    mine = {t.office for t in person.tenures}
    out: list[set[str]] = []
    # "Đại tướng X, Bộ trưởng Quốc phòng …": the office after a name titled by rank alone.
    chain = title_chain(doc, m)
    after = apposed_offices(doc, m.end) if all(o.key == _RANK for o in chain) else []
    for off in [*chain, *after]:
        if off.key in mine:
            out.append({off.key})
            continue
        office = lex.offices.get(off.key)
        if office is None or not office.generic:
            continue
        head = fold(office.title)
        same = {o for o in mine if fold(lex.offices[o].title) == head}
        if same:
            out.append(same)
    return out


_RANK = "generic_military_rank"  # "Đại tướng": a rank, held across offices


def unlisted_title(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """The article titles a known person with offices the people data does not list for them
    ("Thường trực Ban Bí thư X" for someone listed only as President): their listed terms
    say nothing about when this meeting was, and the title written stands."""
    if m.key not in lex.people:
        return False
    key = ("unlisted", m.start)
    if key not in doc.memo:
        unlisted = _unlisted_at(doc, m, lex)
        if unlisted is None:
            unlisted = unlisted_elsewhere(doc, m, lex) is not None
        doc.memo[key] = bool(unlisted)
    return bool(doc.memo[key])


def unlisted_elsewhere(doc: Doc, m: Mention, lex: Lexicon) -> str | None:
    """For a person named bare ("Hôm 6/11, đồng chí X đã gặp …"), the title written after
    their name elsewhere ("… do đồng chí X, Trưởng Ban Tuyên giáo Trung ương dẫn đầu") when
    it is an office the people data does not list for them; else None."""
    if m.key not in lex.people:
        return None
    for s in doc.sentences:
        for o, _ in s.people:
            if o.key != m.key or o.start == m.start or title_chain(doc, o):
                continue
            after = doc.titles_after.get(o.start) or apposed_title(doc, o.end)
            if after and _unlisted_at(doc, o, lex):
                return after
    return None


def _unlisted_at(doc: Doc, m: Mention, lex: Lexicon) -> bool | None:
    """Whether the titles written at this mention are offices the data does not list for the
    person; None when none is written there."""
    chain = [o for o in title_chain(doc, m) if o.key != _RANK]
    # "Bộ trưởng Ngoại giao Sergei Lavrov": a bare title read as Vietnam's by default is
    # still his when it begins one of his offices' names.
    written = [o.surface for o in chain]
    head = None if chain else _title_head(doc, m)
    if head is not None:
        written.append(doc.text[head.start : m.start])
    after = doc.titles_after.get(m.start) or apposed_title(doc, m.end)
    if after:  # "ông X, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, đã …"
        written += after.split(", ")
    if not written:
        return None
    return not (chain and named_offices(doc, m, lex)) and not any(
        _written_as_theirs(fold(" ".join(w.split())), m.key, lex) for w in written
    )


def _written_as_theirs(written: str, name: str, lex: Lexicon) -> bool:
    """A title as written names one of the person's listed offices: it begins with one of
    its patterns ("Bộ trưởng Ngoại giao nước …") or is the start of one ("Bộ trưởng")."""
    for t in lex.people[name].tenures:
        office = lex.offices.get(t.office)
        if office is None:
            continue
        for p in (office.title, *office.patterns):
            f = fold(p)
            if written == f or written.startswith(f + " ") or f.startswith(written + " "):
                return True
    return False


# What cannot stand inside a title before its holder's name: a clause break or a verb.
_NOT_IN_TITLE = kept_regex(
    r"[.;:!?,()]|\b(da|dang|se|vua|tiep|hoi dam|hoi kien|gap|lam viec|tham|va|cung|voi|cua)\b"
)


def _title_head(doc: Doc, m: Mention) -> Mention | None:
    """An office whose name runs on up to the person ("Trưởng Ban Tuyên giáo Trung ương X"):
    the title chain holds only titles written whole."""
    i = bisect.bisect_left(doc.office_starts(), m.start) - 1
    if i < 0:
        return None
    off = doc.offices[i]
    if off.key == _RANK or off.end > m.start or m.start - off.end > 60:
        return None
    s = doc.sentence_at(m.start)
    if s is not None and any(off.end <= p.start < m.start for p, _ in s.people):
        return None  # "Tổng Bí thư X … gửi điện mừng đến ông Y": X's title, not Y's
    gap = doc.folded(off.end, m.start)
    return None if _NOT_IN_TITLE.search(gap) or any(ch.isdigit() for ch in gap) else off


def _contradicts(
    doc: Doc, day: date, chosen: list[tuple[Mention, str]], lex: Lexicon, whole: bool = False
) -> bool:
    """Someone the article titles was not in that office on that day (``whole``: any title the
    article gives them, not only the one at this mention)."""
    for m, _ in chosen:
        person = lex.people.get(m.key)
        if person is None:
            continue
        # A term known only from the days it was attested ("attested") is no term of office:
        # it cannot rule out a day the article states.
        held = {
            t.office
            for t in person.tenures
            if t.flag == "attested" or t.start - _SLACK <= day <= (t.end or doc.today) + _SLACK
        }
        groups = stated_offices(doc, m, lex) if whole else named_offices(doc, m, lex)
        if any(not group & held for group in groups):
            return True
    return False


def _reported_by(doc: Doc) -> date:
    """The last day the article's meetings can be on: its publication day (the end of its
    month when only the month is known); an article reports no meeting held after it."""
    pub = doc.published
    if pub is None:
        return date.max
    if doc.precision == "day":
        return pub
    return (pub.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _year_fits(lex: Lexicon, name: str, named: list[set[str]], day: date, today: date) -> bool:
    person = lex.people.get(name)
    if person is None or not person.tenures:
        return True
    held = {t.office for t in person.tenures if t.start <= day <= (t.end or today)}
    if any(not group & held for group in named):
        return False
    if not named and not held:
        return False
    if named:
        titled = set().union(*named)
        top_held = {o for o in held if (lex.offices.get(o) and lex.offices[o].rank <= _TOP_RANK)}
        if top_held - titled:
            return False
    return True


_TOWARDS = kept_regex(TOWARDS + r"ky niem\b")


def infer_year(
    doc: Doc,
    d: DateMention,
    chosen: list[tuple[Mention, str]],
    lex: Lexicon,
    by_mention: bool = True,
) -> tuple[int | None, bool]:
    """(year, stated): the year of a day/month the article gives without one.

    In order: a single year written in the date's own sentence ("Hội nghị BRICS 2024 … tối
    24/10") that the titles allow (stated); the only year in which every participant held the
    titles the article gives them; among those, the last year of an anniversary span
    ("(1994-2024)") or the only one the article mentions. Otherwise unknown, not guessed.
    """
    chains = [
        (m.key, stated_offices(doc, m, lex))
        for m, _ in chosen
        if m.key in lex.people and not unlisted_title(doc, m, lex)
    ]
    first, last = FIRST_YEAR, doc.today.year
    for name, _ in chains:  # only years in which everyone held some office can fit
        span = lex.tenure_span(name)
        if span is not None:
            first = max(first, span[0].year)
            last = min(last, span[1].year if span[1] else last)
    candidates = []
    latest = min(doc.today, _reported_by(doc))
    for year in range(first, last + 1):
        try:
            day = date(year, d.month, d.day or 1)  # type: ignore[arg-type]
        except ValueError:
            continue
        if day <= latest and all(_year_fits(lex, n, c, day, doc.today) for n, c in chains):
            candidates.append(year)
    weekday = _stated_weekday(doc, d)
    if weekday is not None and d.day:
        # "Sáng thứ Tư (11/12)": only a year in which that day was a Wednesday.
        candidates = [y for y in candidates if date(y, d.month, d.day).weekday() == weekday]  # type: ignore[arg-type]

    def told(pos: int) -> bool:
        """The year written at ``pos`` is when something happened, not one planned, aimed
        at, counted or recalled ("trao đổi về kế hoạch năm 2020", "năm 2020 sẽ …")."""
        before = doc.text[max(0, pos - 80) : pos]
        return not (
            _WILL_AFTER.match(doc.folded(pos, pos + 45))  # "năm 2020 hai nước sẽ kỷ niệm …"
            or _FIGURE_AFTER.match(doc.folded(pos, pos + 45))
            or _TARGET.search(doc.folded(pos - 50, pos))
            or _PLANNED.search(doc.folded(pos - 130, pos))
            or _RECALLED_YEAR.search(before)
            or _FOUNDED.search(before)
            or _INVITED.search(doc.text[max(0, pos - 90) : pos].lower())
        )

    sentence = doc.sentence_at(d.start)
    if sentence is not None:
        own = {y for pos, y in doc.years if sentence.start <= pos < sentence.end and told(pos)}
        own |= {
            x.year
            for x in sentence.dates
            if x.year and x.end_year is None and x.day is None and told(x.start)
        }
        fits = [y for y in own if y in candidates]
        if len(own) == 1 and fits:
            return fits[0], True
        event = _event_year(doc, sentence)
        if event is not None and event in candidates:
            return event, True  # "Ngày 15/6, trong khuôn khổ Diễn đàn …" under "… SPIEF 2023"
    if not chains:
        return None, False
    if len(candidates) == 1:
        return candidates[0], False
    # "(1994-2024)", "(30/1/1950 - 30/1/2020)": an anniversary's span, not a visit's days.
    ends = [
        dm
        for s in doc.sentences
        for dm in s.dates
        if dm.end_year and (dm.day is None or is_anniversary(dm, doc))
    ]
    spans = {dm.end_year for dm in ends}
    in_spans = [y for y in candidates if y in spans]
    days = {
        date(dm.end_year, dm.end_month, dm.end_day)  # type: ignore[arg-type]
        for dm in ends
        if dm.end_month and dm.end_day and dm.end_year
    }
    if len(in_spans) == 1 and len(days) == 1 and d.day:
        # The anniversary's own day ("chuẩn bị kỷ niệm … (30/1/1950 - 30/1/2025)" beside
        # "Chiều 5/12"): the occasion is the days around it, so the year that puts the day
        # nearest to it (5/12/2024, not ten months after), if the titles allow it.
        (day,) = days
        near = [y for y in (day.year - 1, day.year, day.year + 1) if y in candidates]
        if sentence is not None and _TOWARDS.search(sentence.folded):
            # "chuẩn bị kỷ niệm", "hướng tới kỷ niệm": before that day.
            near = [y for y in near if date(y, d.month, d.day) <= day]  # type: ignore[arg-type]
        if near:
            return min(near, key=lambda y: abs((date(y, d.month, d.day) - day).days)), False  # type: ignore[arg-type]
        return None, False
    if len(in_spans) == 1:
        return in_spans[0], False
    if not by_mention:
        return None, False
    # A month told as past later in its year than the day ("Hiệp định … có hiệu lực từ tháng
    # 10-2016 đã mở ra …" beside "Ngày 29-6"): that year would put the act before it.
    mentioned = {
        dm.year
        for s in doc.sentences
        for dm in s.dates
        if dm.year
        and told(dm.start)
        and not (dm.month and (dm.month, dm.day or 1) > (d.month, d.day or 1))
    }
    mentioned |= spans | {y for pos, y in doc.years if told(pos)}
    # "kỷ niệm 80 năm Chiến thắng": the year an anniversary counts, unwritten (2025)
    mentioned |= {y for pos, y in anniversary_years(doc.folded(0, len(doc.text))) if told(pos)}
    in_text = [y for y in candidates if y in mentioned]
    return (in_text[0], False) if len(in_text) == 1 else (None, False)


def _event_year(doc: Doc, s: Sentence) -> int | None:
    """The one year the article writes right after a recurring event the sentence names, in
    any of its forms, in its headline or the sentence's paragraph ("Diễn đàn Kinh tế quốc tế
    St. Petersburg" here, "SPIEF 2023" in the headline)."""
    # The question reader's folding (no "." in "St. Petersburg"), as the forms are written.
    named = {g for *_, g in find_agencies(fold_key(s.text)) if is_event(g)}
    if not named:
        return None
    # Where the article names its own event: the headline and the sentence's paragraph.
    near = [x for x in doc.sentences[:3] if x.end <= s.start]
    near += [x for x in doc.sentences if x.paragraph == s.paragraph]
    years = set()
    for x in near:
        text = fold_key(x.text)
        for _, end, group in find_agencies(text):
            m = _YEAR_AFTER.match(text, end) if group in named else None
            if m is not None:
                years.add(int(m.group(1)))
    return years.pop() if len(years) == 1 else None


_YEAR_AFTER = kept_regex(r"[ \t]*(?:nam[ \t]+)?((?:19|20)\d\d)(?!\d)")
# A year a plan is told for after it: "năm 2020 hai nước sẽ kỷ niệm 70 năm …".
_WILL_AFTER = kept_regex(r"(?:nam\s+)?\d{4}\b[^.;]{0,25}?\b(?:se|sap|du kien)\b")
# A whole year's figure ("kim ngạch năm 2013 đạt gần 4 tỷ USD") is reported once that year is
# over or nearly so: the year it counts is not the meeting's.
_FIGURE_AFTER = kept_regex(
    r"(?:nam\s+)?\d{4}\b[^.;,]{0,20}?\b(?:uoc\s+)?(?:dat|tang|giam)\s+"
    r"(?:(?:gan|hon|khoang|tren|xap xi|muc|xap xi muc)\s+)?\d"
)
# "thứ Tư (11/12)", "Chủ nhật, 8/5", "thứ 4 ngày 11/12": the weekday a day is given with;
# not an ordinal ("Diễn đàn … lần thứ 5, ngày 4/9", "kỳ họp thứ năm").
_WEEKDAY_BEFORE = kept_regex(
    r"(?<!\blan )(?<!\bhop )(?<!\bphien )(?<!\bkhoa )(?<!\bky )(?<!\bdot )"
    r"(?:thu\s+(hai|ba|tu|nam|sau|bay|[2-7])|(chu nhat))"
    r"(?:\s+(?:vua qua|tuan truoc|tuan qua|tuan nay|nay))?"  # "Thứ Ba vừa qua (10/3)"
    r"\s*[,(]?\s*(?:ngay\s*)?$"
)
_WEEKDAY_INDEX = {"hai": 0, "ba": 1, "tu": 2, "nam": 3, "sau": 4, "bay": 5}


def _stated_weekday(doc: Doc, d: DateMention) -> int | None:
    """The weekday written right before a day (Monday 0), if any: before the mention, or
    inside it between its time of day and the digits ("Sáng thứ Tư (11/12)")."""
    digit = next((i for i, c in enumerate(doc.text[d.start : d.end]) if c.isdigit()), 0)
    m = _WEEKDAY_BEFORE.search(doc.folded(d.start - 20, d.start + digit))
    if m is None:
        return None
    if m.group(2):
        return 6
    word = m.group(1)
    return int(word) - 2 if word.isdigit() else _WEEKDAY_INDEX[word]


# A year of something recalled ("nhắc lại chuyến thăm … hồi năm 2012", "từng … năm 2019") is
# another time than the meeting's; so is one the meeting is counted from ("gặp lại … sau lần
# thăm Nga năm 2018", "lần đầu tiên kể từ năm 2016"). Marked: folded, "hồi" is also the "hội"
# of "hội đàm".
_RECALLED_YEAR = kept_regex(
    r"(?<!\w)(?:hồi|nhắc lại|trước đây|từng|lần trước|sau (?:lần|chuyến|cuộc)|kể từ)(?!\w)"
    r"[^.;]{0,60}$"
)
# The year something was set up or signed ("quan hệ … mà hai bên vừa xác lập năm 2012", "Hiệp
# ước ký năm 2001"): that act's, which the meeting came some time after.
_FOUNDED = kept_regex(r"(?<!\w)(?:xác lập|thiết lập|thành lập|ký kết|ký)(?!\w)[^.;,]{0,15}$")
# A year that is a target ("đạt 20 tỷ USD vào năm 2020", "tầm nhìn đến năm 2030") says nothing
# about when the meeting was; nor does a year something is agreed or planned for, however long
# the clause ("nhất trí tổ chức phiên họp thứ hai của Ủy ban … vào năm 2023", "sẽ … năm 2024").
_TARGET = kept_regex(
    r"\b(den|toi|muc tieu|tam nhin|ke hoach|huong toi|phan dau|dat|nhiem ky)\b[^.;]{0,40}$"
)
# "mời" (invite), not "lời mời": matched with its marks (folded it is also "mới", "môi"), the
# word first and the checks of what comes before it after, so the engine skips to the word.
INVITE = r"mời(?<!\wmời)(?<!lời mời)(?<!khách mời)(?!\w)"  # "khách mời": a guest
# A year of what someone is invited to ("mời Tổng thống Putin sang dự … APEC 2017"): to come.
_INVITED = kept_regex(rf"{INVITE}[^.;]{{0,80}}$")
# Words that make an act one to come, folded.
WILL = r"(?:se|sap|du kien|du dinh|chuan bi|theo ke hoach|theo chuong trinh)"
_PLANNED = kept_regex(rf"\b(?:nhat tri|{WILL})\b[^.;]{{0,120}}$")
