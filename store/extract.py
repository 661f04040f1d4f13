"""Article → meetings.

News reports of a Vietnam–Russia meeting follow a stable shape: a lead sentence names the
date, place, the two principals with their titles and the kind of meeting; the body adds
agreed sectors and key statements, and may recall other meetings (talks held during the
same visit, an earlier state visit). We find the lead by its ingredients (a meeting verb
plus people of both countries), take participants nearest to that verb, and resolve the
date with the publication date or, failing that, the participants' terms of office.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date

from store.dates import DateMention, find_dates, find_published
from store.fold import fold, squash_spaces
from store.lexicon import Lexicon, Mention, get_lexicon
from store.models import Article, Meeting, Participant

BILATERAL = {"VN", "RU"}

# "tiếp" alone is a meeting (a reception) but also starts many ordinary words.
_NOT_TIEP = re.compile(
    r"\s*(tuc|theo|do|nhan|can|thu|sau|dien|te|tan|noi|quan|xuc tien|ve|canh|vien|lien|ngay|sức)\b"
)
_FUTURE = re.compile(
    r"\b(se|sap|du kien|du dinh|chuan bi|ke hoach|moi .{0,40}tham|loi moi|nhan loi|mong som|hy vong|tiep theo)\b"
)
_CAPTION = re.compile(
    r"(\(anh\b|\banh\s*:|\banh\s+\d+\.?$|^\s*(©|anh\s*:)|\bttxvn\)?\s*$|ảnh minh họa|^\s*chu thich anh)",
)
_DATELINE = re.compile(r"^\s*([A-ZÀ-Ỹ][A-ZÀ-Ỹ.\- ]{2,30}?)\s*(\([^)]{0,20}\))?\s*[-–—]\s")
_WIRE = re.compile(r"phong vien ttxvn tai\s+([a-z\- ]{3,30})")
_SENT_END = re.compile(r"(?<=[.!?…])\s+(?=[\"“'(]?[A-ZÀ-Ỹ0-9])|(?<=[a-zà-ỹ]{2}[.!?])(?=[A-ZÀ-Ỹ])")
_KEY_CUES = re.compile(
    r"\b(nhat tri|thong nhat|cam ket|ky ket|khang dinh|nhan manh|de nghi|danh gia cao|thuc day|tang cuong|hop tac)\b"
)
_NAME_TOKEN = r"[A-ZÀ-ỸĐ][\w'’\-]*\.?"
_TITLE_NAME = re.compile(rf"\s*,?\s*((?:ông|bà|Ngài|ngài)\s+)?((?:[A-Z]\.\s?){{0,2}}{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})")
_PRONOUN_NAME = re.compile(
    rf"\b(?:ông|bà|Ngài)\s+((?:[A-Z]\.\s?){{0,2}}{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})\s*,\s*"
)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    folded: str
    paragraph: int
    caption: bool
    people: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, country)
    kinds: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sectors: list[Mention] = field(default_factory=list)


@dataclass
class Doc:
    article: Article
    text: str
    sentences: list[Sentence]
    published: date | None
    offices: list[Mention]
    today: date


def _split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for para_no, para in enumerate(text.split("\n")):
        p_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        cuts = [0] + [m.end() for m in _SENT_END.finditer(para)] + [len(para)]
        for a, b in zip(cuts, cuts[1:], strict=False):
            chunk = para[a:b]
            if not chunk.strip():
                continue
            folded = fold(chunk)
            caption = bool(_CAPTION.search(folded)) or (
                len(chunk) < 160 and not re.search(r"[.!?…:]\s*$", chunk) and "\n" not in chunk and a == 0 and b == len(para) and para_no > 0 and _looks_like_caption(folded)
            )
            out.append(Sentence(p_start + a, p_start + b, chunk, folded, para_no, caption))
    return out


def _looks_like_caption(folded: str) -> bool:
    # Slugs ("tong-bi-thu-...-resize") and photo credits have no spaces or end in agency names.
    return " " not in folded.strip() or folded.strip().endswith(("ttxvn", "reuters", "afp", "sputnik"))


def _bucket(sentences: list[Sentence], starts: list[int], pos: int) -> Sentence | None:
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and sentences[i].start <= pos < sentences[i].end:
        return sentences[i]
    return None


def _analyse(article: Article, lex: Lexicon, today: date) -> Doc:
    text = article.text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ")
    published = article.published
    if published is None:
        found = find_published(text, article.url)
        if found:
            published = found[0]
    sentences = _split(text)
    starts = [s.start for s in sentences]
    for m in lex.find_people(text):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.people.append((m, lex.people[m.key].country))
    offices = lex.find_offices(text)
    for m in _unknown_people(text, offices, lex):
        s = _bucket(sentences, starts, m[0].start)
        if s and all(not (p.start <= m[0].start < p.end) for p, _ in s.people):
            s.people.append(m)
            s.people.sort(key=lambda pm: pm[0].start)
    for m in lex.find_kinds(text):
        if m.key == "tiếp" and _NOT_TIEP.match(fold(text[m.end : m.end + 12])):
            continue
        s = _bucket(sentences, starts, m.start)
        if s:
            s.kinds.append(m)
    for m in lex.find_places(text):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.places.append(m)
    for m in lex.find_sectors(text):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.sectors.append(m)
    for d in find_dates(text, published):
        s = _bucket(sentences, starts, d.start)
        if s:
            s.dates.append(d)
    return Doc(article, text, sentences, published, offices, today)


def _unknown_people(text: str, offices: list[Mention], lex: Lexicon) -> list[tuple[Mention, str]]:
    """People missing from the lexicon, found after a title ("Thống đốc … Vladimir X")."""
    found: list[tuple[Mention, str]] = []
    known = lex.find_people  # noqa: F841 - kept for clarity of intent below
    for off in offices:
        office = lex.offices.get(off.key)
        if office is None:
            continue
        tail = text[off.end : off.end + 120]
        # Skip the qualifier that often follows a title ("Liên bang Nga tại Việt Nam", "Tập đoàn X").
        m = _TITLE_NAME.match(tail)
        if not m:
            continue
        name = squash_spaces(m.group(2)).rstrip(".,")
        tokens = name.split()
        if len(tokens) > 3:
            tokens = tokens[-2:]
            name = " ".join(tokens)
        if lex.person(name) or lex.canonical_place(name) or _is_common(fold(tokens[0])):
            continue
        start = off.end + m.start(2) + m.group(2).find(tokens[0])
        country = office.country or _guess_country(name, text[off.start : off.end], lex)
        if country is None:
            continue
        found.append((Mention(key=name, start=start, end=start + len(name), surface=name), country))
    for m in _PRONOUN_NAME.finditer(text):
        name = squash_spaces(m.group(1))
        if lex.person(name) or len(name.split()) < 2:
            continue
        after = text[m.end() : m.end() + 80]
        offs = [o for o in offices if m.end() <= o.start < m.end() + 5]
        if not offs:
            continue
        office = lex.offices.get(offs[0].key)
        country = (office.country if office else None) or _guess_country(name, after, lex)
        if country:
            s = m.start(1)
            found.append((Mention(key=name, start=s, end=s + len(name), surface=name), country))
    return found


_COMMON = frozenset(
    "ong ba ngai cac nhung hai doan dai tong chu thu bo pho uy ban hoi dong tap doan cong ty "
    "nga viet lien thanh tinh quoc nha nuoc dang thuong the tai trong ngay chieu sang toi".split()
)


def _is_common(token: str) -> bool:
    return token in _COMMON


def _guess_country(name: str, context: str, lex: Lexicon) -> str | None:
    f = fold(context)
    if re.search(r"\b(nga|lien bang nga|lb nga)\b", f):
        return "RU"
    if re.search(r"\bviet nam\b", f):
        return "VN"
    if name != fold(name) and any(ch in name for ch in "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"):
        return "VN"
    return None


def _title_before(doc: Doc, mention: Mention, lex: Lexicon) -> str | None:
    """The office named just before a person ("Thủ tướng Nga Mikhail Mishustin")."""
    best = None
    for off in doc.offices:
        if off.end <= mention.start and mention.start - off.end <= 40:
            gap = doc.text[off.end : mention.start]
            if "." in gap.replace(" ", "")[:1] or "\n" in gap:
                continue
            best = off
    if best is None:
        return None
    office = lex.offices.get(best.key)
    if office is None:
        return None
    return office.title if not office.generic else squash_spaces(doc.text[best.start : mention.start]).rstrip(" ,")


def _choose_participants(s: Sentence) -> list[tuple[Mention, str]]:
    """The principals: per country, the person nearest the meeting verb, plus coordinated ones."""
    if not s.people:
        return []
    anchor = s.kinds[0].start if s.kinds else s.people[0][0].start
    chosen: list[tuple[Mention, str]] = []
    for country in ("VN", "RU"):
        side = [pm for pm in s.people if pm[1] == country]
        if not side:
            continue
        side.sort(key=lambda pm: abs(pm[0].start - anchor))
        first = side[0]
        group = [first]
        for pm in side[1:]:
            lo, hi = sorted([group[-1][0], pm[0]], key=lambda m: m.start)
            gap = fold(s.text[lo.end - s.start : hi.start - s.start])
            if len(gap) < 90 and re.fullmatch(r"[\s,;]*(va|cung|,)?[\s\w,\-]*", gap) and " va " in f" {gap} ":
                group.append(pm)
        for pm in group:
            if all(pm[0].key != c[0].key for c in chosen):
                chosen.append(pm)
    chosen.sort(key=lambda pm: ({"VN": 0, "RU": 1}.get(pm[1], 2), pm[0].start))
    return chosen


def _is_candidate(s: Sentence) -> bool:
    countries = {c for _, c in s.people}
    return bool(s.kinds) and BILATERAL <= countries


def _visit_candidate(s: Sentence) -> bool:
    """A visit by one side to the other country ("… bắt đầu thăm chính thức Liên bang Nga")."""
    if not s.kinds or not s.people:
        return False
    if not any(k.key == "thăm" for k in s.kinds):
        return False
    countries = {c for _, c in s.people}
    f = s.folded
    to_ru = "VN" in countries and re.search(r"\b(nga|lien bang nga|lb nga|moskva|matxcova)\b", f)
    to_vn = "RU" in countries and re.search(r"\b(viet nam|ha noi)\b", f)
    return bool(to_ru or to_vn)


def _resolve_date(
    doc: Doc, mentions: list[DateMention], participants: list[Participant], lex: Lexicon, anchor: int
) -> tuple[str | None, bool, str | None]:
    """(date, inferred, time of day) from the best date mention near the meeting verb."""
    usable = [d for d in mentions if d.month is not None and not _is_anniversary(d, doc)]
    if not usable:
        return None, False, None
    before = [d for d in usable if d.start <= anchor]
    pick = (before[-1] if before else usable[0]) if any(d.day for d in usable) else usable[0]
    day_mentions = [d for d in usable if d.day]
    if pick.day is None and day_mentions:
        pick = min(day_mentions, key=lambda d: abs(d.start - anchor))
    tod = pick.time_of_day
    if pick.year is not None:
        return _fmt(pick.year, pick.month, pick.day), False, tod
    if doc.published is not None:
        year = doc.published.year
        if (pick.month, pick.day or 1) > (doc.published.month, doc.published.day) and pick.month - doc.published.month > 1:
            year -= 1  # "ngày 28/12" in a January article is last year's
        return _fmt(year, pick.month, pick.day), False, tod
    year = _infer_year(doc, pick, participants, lex)
    if year is None:
        return None, False, tod
    return _fmt(year, pick.month, pick.day), True, tod


def _is_anniversary(d: DateMention, doc: Doc) -> bool:
    if d.end_year is not None and d.year is not None and d.end_year - d.year >= 1:
        return True  # "(10/10/1945-10/10/2025)"
    if d.year is not None and doc.published is not None and d.year < doc.published.year - 1:
        return True
    return False


def _infer_year(doc: Doc, d: DateMention, participants: list[Participant], lex: Lexicon) -> int | None:
    """The year in which every participant held the title the article gives them."""
    windows: list[tuple[date, date]] = []
    for p in participants:
        person = lex.people.get(p.name)
        if person is None:
            continue
        spans = [
            (t.start, t.end or doc.today)
            for t in person.tenures
            if p.title is None or fold(t.title) == fold(p.title) or fold(p.title) in fold(t.title)
        ] or [(t.start, t.end or doc.today) for t in person.tenures]
        if spans:
            windows.append((min(s for s, _ in spans), max(e for _, e in spans)))
    if not windows:
        return None
    candidates = []
    for year in range(2000, doc.today.year + 1):
        try:
            day = date(year, d.month, d.day or 1)
        except ValueError:
            continue
        if day <= doc.today and all(a <= day <= b for a, b in windows):
            candidates.append(year)
    if not candidates:
        return None
    mentioned = {dm.year for s in doc.sentences for dm in s.dates if dm.year} | {
        int(y) for y in re.findall(r"\bnăm (20\d\d)\b", doc.text)
    }
    in_text = [y for y in candidates if y in mentioned]
    return max(in_text) if in_text else candidates[0]


def _fmt(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _place(doc: Doc, s: Sentence, kind: str, lex: Lexicon) -> str | None:
    if kind == "điện đàm" or kind == "điện mừng":
        return None
    if s.places:
        return s.places[0].key
    # A dateline ("HÀ NỘI - Chiều 14/1, …") or a wire credit ("phóng viên TTXVN tại Moskva").
    para_start = next((x.start for x in doc.sentences if x.paragraph == s.paragraph), s.start)
    m = _DATELINE.match(doc.text[para_start : para_start + 60])
    if m:
        place = lex.canonical_place(m.group(1).strip())
        if place:
            return place
    for x in doc.sentences:
        if x.paragraph == s.paragraph and x is not s and x.places and not x.caption and x.start < s.start:
            return x.places[0].key
    for x in doc.sentences[:12]:
        w = _WIRE.search(x.folded)
        if w:
            place = lex.canonical_place(w.group(1))
            if place:
                return place
    return None


def _kind(s: Sentence, lex: Lexicon) -> str:
    # The verb nearest the principals names the meeting; ties go to the data's priority.
    return s.kinds[0].key if s.kinds else "gặp"


def _participants(doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], when: date | None, lex: Lexicon) -> list[Participant]:
    out = []
    for m, country in chosen:
        title = _title_before(doc, m, lex)
        if m.key in lex.people:
            dated = lex.title_at(m.key, when) if when else None
            if title is None or (dated and not _title_matches(title, m.key, when, lex)):
                title = dated or title or lex.title_at(m.key, None)
        out.append(Participant(name=m.key, title=title, country=country))
    return out


def _title_matches(title: str, name: str, when: date | None, lex: Lexicon) -> bool:
    person = lex.people.get(name)
    if person is None or when is None:
        return True
    return any(
        fold(t.title) == fold(title) and t.start.year - 1 <= when.year <= (t.end or date.max).year + 1
        for t in person.tenures
    )


def _key_points(doc: Doc, sentences: list[Sentence]) -> list[str]:
    scored = []
    for i, s in enumerate(sentences):
        if s.caption or len(s.text) < 40:
            continue
        score = len(_KEY_CUES.findall(s.folded)) + 1.5 * len({m.key for m in s.sectors}) - 0.05 * i
        scored.append((score, i, squash_spaces(s.text)))
    best = sorted(scored, reverse=True)[:3]
    return [t for _, _, t in sorted(best, key=lambda x: x[1])]


def _as_date(value: str | None) -> date | None:
    if value and len(value) == 10:
        return date.fromisoformat(value)
    if value and len(value) == 7:
        return date.fromisoformat(value + "-15")
    if value:
        return date(int(value), 7, 1)
    return None


def extract_meetings(article: Article, today: date | None = None) -> list[Meeting]:
    """The article's main Vietnam–Russia meeting first, then meetings it reports in passing."""
    lex = get_lexicon()
    doc = _analyse(article, lex, today or date.today())
    body = [s for s in doc.sentences if not s.caption]
    mains = [s for s in body if _is_candidate(s) and not _FUTURE.search(s.folded[: s.kinds[0].start - s.start + 1])]
    main_s = mains[0] if mains else None
    if main_s is None:
        visits = [s for s in body if _visit_candidate(s)]
        main_s = visits[0] if visits else None
    if main_s is None:
        caps = [s for s in doc.sentences if s.caption and _is_candidate(s)]
        main_s = caps[0] if caps else None
    if main_s is None:
        return []
    meetings: list[Meeting] = []
    main = _build(doc, main_s, lex, secondary=False)
    if main is None:
        return []
    meetings.append(main)
    main_names = {p.name for p in main.participants}
    for s in body:
        if s is main_s or not _is_candidate(s):
            continue
        if _FUTURE.search(s.folded):
            continue
        names = {m.key for m, _ in _choose_participants(s)}
        if names <= main_names or any(names == {p.name for p in x.participants} for x in meetings):
            continue
        sec = _build(doc, s, lex, secondary=True, context=main)
        if sec is not None:
            meetings.append(sec)
    return meetings


def _build(doc: Doc, s: Sentence, lex: Lexicon, secondary: bool, context: Meeting | None = None) -> Meeting | None:
    chosen = _choose_participants(s)
    if not chosen:
        return None
    countries = {c for _, c in chosen}
    if not countries & BILATERAL:
        return None
    kind = _kind(s, lex)
    anchor = s.kinds[0].start if s.kinds else s.start
    # Dates in the lead sentence, else in the sentences of the same paragraph just before it.
    mentions = list(s.dates)
    if not mentions:
        same_para = [x for x in doc.sentences if x.paragraph == s.paragraph and x.start < s.start and not x.caption]
        mentions = [d for x in same_para[-2:] for d in x.dates]
    if not mentions and not secondary:
        nxt = [x for x in doc.sentences if x.paragraph == s.paragraph and x.start > s.start][:1]
        mentions = [d for x in nxt for d in x.dates]
    draft = [Participant(name=m.key, title=_title_before(doc, m, lex), country=c) for m, c in chosen]
    when, inferred, tod = _resolve_date(doc, mentions, draft, lex, anchor)
    if secondary and when is None and context is not None and context.date:
        # Talks held during the same visit: same month, marked as inferred.
        when, inferred = context.date[:7], True
    participants = _participants(doc, s, chosen, _as_date(when), lex)
    if secondary:
        own = [s]
        sectors = [m.key for m in s.sectors]
    else:
        own = [x for x in doc.sentences if not x.caption]
        sectors = [m.key for x in own for m in x.sectors]
    unique_sectors = list(dict.fromkeys(sectors))
    return Meeting(
        date=when,
        date_inferred=inferred,
        time_of_day=tod,
        place=_place(doc, s, kind, lex),
        kind=kind,
        participants=participants,
        sectors=unique_sectors,
        summary=squash_spaces(s.text)[:400],
        key_points=[squash_spaces(s.text)] if secondary else _key_points(doc, own),
        secondary=secondary,
    )
