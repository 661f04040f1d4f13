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

from store.language.countries import country_in, find_countries, is_country_name
from store.language.dates import DateMention, find_dates, find_published
from store.language.fold import fold, squash_spaces
from store.language.lexicon import Lexicon, Mention, get_lexicon
from store.language.models import Article, Meeting, Participant
from store.language.surnames import vn_surnames

BILATERAL = {"VN", "RU"}


_VN_SURNAMES = vn_surnames()


# "Quốc khánh 2/9", "Ngày Chiến thắng 9/5": a named day, not the day of the meeting.
_HOLIDAY = re.compile(
    r"\b(quoc khanh|chien thang|ky niem|nhan dip|ngay nuoc nga|giai phong|thong nhat|cach mang)\s*(ngay\s*)?\(?$"
)
_ANAPHOR = re.compile(r"\b(tai|trong|sau)\s+(cac\s+)?(buoi|cuoc)?\s*$")
_SAME_DAY = re.compile(r"\b(?:(sang|trua|chieu|toi|dem)\s+)?cung ngay\b")
_EARLIER = re.compile(r"\b(truoc day|nam ngoai|nam truoc|hoi thang|lan truoc|tung)\b")
_IMPLICIT_VISIT = re.compile(
    r"\b(theo loi moi|nhan loi moi|(da )?(den|toi) (san bay|thu do)|len duong|bat dau chuyen)\b"
)
# Words before a meeting verb that make it a plan or an invitation, not an event.
_FUTURE = re.compile(
    r"\b(se|sap|du kien|du dinh|chuan bi|ke hoach|mong som|som|hy vong|mong muon|de nghi|tiep theo|truoc them)\b"
    r"|(?<!loi )\bmoi\b"
)

_CAPTION = re.compile(
    r"(\(anh\b|\banh\s*:|\banh\s+\d+\.?$|^\s*(©|anh\s*:)|\bttxvn\)?\s*$|ảnh minh họa|^\s*chu thich anh)",
)
# Upper-case letters of Latin scripts, Vietnamese included (a range like À-Ỹ would
# also take the lower-case letters between them).
_UP = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()
)
_DATELINE = re.compile(rf"^\s*([{_UP}][{_UP}.\- ]{{2,30}}?)\s*(\([^)]{{0,20}}\))?\s*[-–—]\s")
_WIRE = re.compile(r"phong vien ttxvn tai\s+([a-z\- ]{3,30})")
# A sentence ends at . ! ? … before an upper-case letter or digit, also when the space is
# missing ("Lễ đón.Phát biểu").
_SENT_END = re.compile(rf"(?<=[.!?…])\s+(?=[\"“'(]?[{_UP}0-9])|(?<=[a-zà-ỹ]{{2}}[.!?])(?=[{_UP}])")
_KEY_CUES = re.compile(
    r"\b(nhat tri|thong nhat|cam ket|ky ket|khang dinh|nhan manh|de nghi|danh gia cao|thuc day|tang cuong|hop tac)\b"
)
_NAME_TOKEN = rf"[{_UP}][\w'’\-]*\.?"
_PRONOUN_NAME = re.compile(
    rf"\b(?:ông|bà|Ngài)\s+((?:[{_UP}]\.\s?){{0,2}}{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,3}})\s*,\s*"
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
    offices: list[Mention] = field(default_factory=list)


@dataclass
class Doc:
    article: Article
    text: str
    sentences: list[Sentence]
    published: date | None
    offices: list[Mention]
    today: date


def _cuts(para: str) -> list[int]:
    """Sentence boundaries, keeping initials ("Đ. Mét-vê-đép", "V.Putin") inside the sentence."""
    cuts = [0]
    for m in _SENT_END.finditer(para):
        before = para[: m.start()].rstrip()
        word = before.rsplit(None, 1)[-1] if before.split() else ""
        core = word.rstrip(".!?…")
        if len(core.split(".")[-1]) <= 1 or core.lower() in _ABBREV:
            continue
        cuts.append(m.end())
    cuts.append(len(para))
    return cuts


_ABBREV = frozenset({"tp", "ts", "ths", "pgs", "gs", "ông", "bà", "st", "lb"})


def _split(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    for para_no, para in enumerate(text.split("\n")):
        p_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        cuts = _cuts(para)
        whole_line = len(cuts) == 2
        # A short line ending in a photo credit is a caption as a whole.
        line_caption = len(para) < 260 and bool(_CAPTION.search(fold(para[-40:])))
        for a, b in zip(cuts, cuts[1:], strict=False):
            chunk = para[a:b]
            if not chunk.strip():
                continue
            folded = fold(chunk)
            caption = (
                bool(_CAPTION.search(folded))
                or line_caption
                or (whole_line and para_no > 0 and len(chunk) < 160 and _looks_like_caption(folded))
            )
            out.append(Sentence(p_start + a, p_start + b, chunk, folded, para_no, caption))
    return out


def _looks_like_caption(folded: str) -> bool:
    # Slugs ("tong-bi-thu-...-resize") and photo credits have no spaces or end in agency names.
    return " " not in folded.strip() or folded.strip().endswith(
        ("ttxvn", "reuters", "afp", "sputnik")
    )


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
    for m in offices:
        s = _bucket(sentences, starts, m.start)
        if s:
            s.offices.append(m)
    for m in _unknown_people(text, offices, lex):
        s = _bucket(sentences, starts, m[0].start)
        if s and all(not (p.start <= m[0].start < p.end) for p, _ in s.people):
            s.people.append(m)
            s.people.sort(key=lambda pm: pm[0].start)
    introduced: set[str] = set()
    for m in lex.find_kinds(text):
        s = _bucket(sentences, starts, m.start)
        if s and not (m.key in introduced and _anaphoric(text, m)):
            s.kinds.append(m)
        introduced.add(m.key)
    for s in sentences:
        if not s.kinds:
            # An arrival "theo lời mời của …" or "đã đến sân bay …" is a visit without the word.
            v = _IMPLICIT_VISIT.search(s.folded)
            if v:
                s.kinds.append(
                    Mention(
                        "thăm", s.start + v.start(), s.start + v.end(), s.text[v.start() : v.end()]
                    )
                )
    for m in lex.find_places(text):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.places.append(m)
    for m in _sector_mentions(text, lex):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.sectors.append(m)
    for d in find_dates(text, published):
        s = _bucket(sentences, starts, d.start)
        if s:
            s.dates.append(d)
    return Doc(article, text, sentences, published, offices, today)


_CAP_RUN = re.compile(
    rf"(?:[{_UP}]\.\s?){{0,2}}{_NAME_TOKEN}(?:\s+(?:[{_UP}]\.\s?)?{_NAME_TOKEN})*"
)
_PATRONYMIC = re.compile(r"(vich|vna|ich|ovna|evna|ichna)$")
_STOP_TAIL = re.compile(
    r"[.;:!?\n]|\s(đã|và|cùng|đang|tới|đến|sang|tiếp|hội|gặp|trao|cho|khẳng|nhấn|cho biết)\s"
)


def _plausible_name(run: str, lex: Lexicon) -> bool:
    """Not a place, an acronym ("QĐND", "LB"), a country or an ordinary capitalised word."""
    tokens = run.split()
    if lex.canonical_place(run) or _is_common(fold(tokens[0])):
        return False
    if any(len(t) >= 2 and t.isupper() for t in tokens):
        return False
    if any(ch.lower() != fold(ch) for ch in run) and fold(tokens[0]) not in _VN_SURNAMES:
        return False  # a Vietnamese name starts with a family name
    return not any(is_country_name(" ".join(tokens[i:])) for i in range(len(tokens)))


def _name_from_run(run: str) -> str | None:
    """A person's name from a run of capitalised words following a title.

    Russian names are "Given Surname" (or surname-first with a patronymic); an organisation
    or region often precedes them in the same run ("Novatek Leonid Mikhelson").
    """
    tokens = run.split()
    if len(tokens) < 2:
        return None
    vietnamese = any(ch.lower() != fold(ch) and ch.lower() not in "đ" for ch in run)
    if vietnamese:
        return " ".join(tokens[-4:])
    if len(tokens) >= 3 and _PATRONYMIC.search(tokens[-1].lower()):
        return " ".join(tokens[-3:])
    return " ".join(tokens[-2:])


def _strip_country(run: str) -> str:
    tokens = run.split()
    for k in (3, 2, 1):
        if len(tokens) > k + 1 and is_country_name(" ".join(tokens[:k])):
            return " ".join(tokens[k:])  # "Ấn Độ Subrahmanyam Jaishankar"
    return run


_SECTOR_JOIN = re.compile(r"\s*(?:[,;/]|\s[-–—]\s|-|–|\bvà\b)\s*")


def _sector_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Sector mentions; a compound synonym ("năng lượng - dầu khí") also names its parts."""
    out: list[Mention] = []
    for m in lex.find_sectors(text):
        out.append(m)
        parts = _SECTOR_JOIN.split(m.surface)
        if len(parts) > 1:
            for part in parts:
                key = lex.canonical_sector(part) if part.strip() else None
                if key and key != m.key:
                    out.append(Mention(key=key, start=m.start, end=m.end, surface=part))
    return out


def _anaphoric(text: str, k: Mention) -> bool:
    """ "Tại buổi hội đàm, …" after the talks were introduced refers back to them."""
    return bool(
        _ANAPHOR.search(fold(text[max(0, k.start - 20) : k.start]))
        and re.match(r"\s*[,;]", text[k.end :])
    )


def _unknown_people(text: str, offices: list[Mention], lex: Lexicon) -> list[tuple[Mention, str]]:
    """People missing from the lexicon, found after a title ("Thống đốc … Oleg X")."""
    found: list[tuple[Mention, str]] = []
    for off in offices:
        office = lex.offices.get(off.key)
        if office is None:
            continue
        tail = text[off.end : off.end + 110]
        stop = _STOP_TAIL.search(tail)
        if stop:
            tail = tail[: stop.start()]
        # The name is the last capitalised run before the clause ends: a qualifier such as
        # "vùng Primorye (Liên bang Nga)" or "Tập đoàn Novatek" may come first.
        runs = [m for m in _CAP_RUN.finditer(tail) if len(m.group(0).split()) >= 2]
        runs = [m for m in runs if _plausible_name(m.group(0), lex)]
        if not runs:
            continue
        run = runs[0]
        run_text = squash_spaces(run.group(0)).rstrip(".,")
        lead_country = country_in(" ".join(run_text.split()[:2]))
        name = _name_from_run(_strip_country(run_text))
        if not name or lex.person(name):
            continue
        start = off.end + run.start() + run.group(0).find(name.split()[0])
        context = text[off.start : off.end + run.start()]
        country = lead_country or _guess_country(name, context, lex) or office.country
        if country is None:
            continue
        found.append((Mention(key=name, start=start, end=start + len(name), surface=name), country))
    for m in _PRONOUN_NAME.finditer(text):
        name = _name_from_run(squash_spaces(m.group(1)))
        if not name or lex.person(name):
            continue
        offs = [o for o in offices if m.end() <= o.start < m.end() + 5]
        if not offs:
            continue
        office = lex.offices.get(offs[0].key)
        country = _guess_country(name, text[offs[0].start : offs[0].end + 60], lex) or (
            office.country if office else None
        )
        if country:
            s = m.start(1) + m.group(1).find(name.split()[0])
            found.append((Mention(key=name, start=s, end=s + len(name), surface=name), country))
    return found


_COMMON = frozenset(
    [
        "ong",
        "ba",
        "ngai",
        "cac",
        "nhung",
        "hai",
        "doan",
        "dai",
        "tong",
        "chu",
        "thu",
        "bo",
        "pho",
        "uy",
        "ban",
        "hoi",
        "dong",
        "tap",
        "doan",
        "cong",
        "ty",
        "nga",
        "viet",
        "lien",
        "thanh",
        "tinh",
        "quoc",
        "nha",
        "nuoc",
        "dang",
        "thuong",
        "the",
        "tai",
        "trong",
        "ngay",
        "chieu",
        "sang",
        "toi",
    ]
)


def _is_common(token: str) -> bool:
    return token in _COMMON


def _guess_country(name: str, context: str, lex: Lexicon) -> str | None:
    country = country_in(context)
    if country:
        return country
    if any(ch.lower() != fold(ch) and ch.lower() != "đ" for ch in name):
        return "VN"  # Vietnamese diacritics
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
    return (
        office.title
        if not office.generic
        else squash_spaces(doc.text[best.start : mention.start]).rstrip(" ,")
    )


# Two people of one side are both principals when only "và"/commas and titles stand between.
_COORD = re.compile(
    r"[\s,;]*(?:(?:va|cung|cung voi|ong|ba|ngai|lien bang|lb|nga|viet nam|quoc hoi|thuong vien|ha vien)\b[\s,;]*)*"
)


def _strip_titles(s: Sentence, lo: int, hi: int) -> str:
    """Folded text between two offsets with every office mention removed."""
    out, pos = [], lo
    for off in s.offices:
        if off.start >= lo and off.end <= hi:
            out.append(s.text[pos - s.start : off.start - s.start])
            pos = off.end
    out.append(s.text[pos - s.start : hi - s.start])
    return fold(" ".join(out))


def _choose_participants(s: Sentence) -> list[tuple[Mention, str]]:
    """The principals: per country, the person nearest the meeting verb, plus coordinated ones."""
    if not s.people:
        return []
    km = _kind_mention(s)
    anchor = km.start if km else s.people[0][0].start
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
            if hi.start - lo.end < 120 and _COORD.fullmatch(_strip_titles(s, lo.end, hi.start)):
                group.append(pm)
        for pm in group:
            if all(pm[0].key != c[0].key for c in chosen):
                chosen.append(pm)
    chosen.sort(key=lambda pm: ({"VN": 0, "RU": 1}.get(pm[1], 2), pm[0].start))
    return chosen


def _is_candidate(s: Sentence) -> bool:
    countries = {c for _, c in s.people}
    return bool(s.kinds) and countries >= BILATERAL


def _visit_candidate(s: Sentence) -> bool:
    """A visit by one side to the other country ("… bắt đầu thăm chính thức Liên bang Nga")."""
    if not s.kinds or not s.people:
        return False
    if s.kinds[0].key != "thăm":
        return False
    countries = {c for _, c in s.people}
    if countries - BILATERAL:
        return False  # a visit between Russia or Vietnam and a third country
    lex = get_lexicon()
    where = {code for _, code in find_countries(s.text)} | {
        lex.places[p.key].country for p in s.places if p.key in lex.places
    }
    return bool(("VN" in countries and "RU" in where) or ("RU" in countries and "VN" in where))


def _resolve_date(
    doc: Doc,
    mentions: list[DateMention],
    chosen: list[tuple[Mention, str]],
    lex: Lexicon,
    anchor: int,
) -> tuple[str | None, bool, str | None]:
    """(date, inferred, time of day) from the best date mention near the meeting verb."""
    usable = [
        d
        for d in mentions
        if d.month is not None
        and not _is_anniversary(d, doc)
        and not _HOLIDAY.search(fold(doc.text[max(0, d.start - 30) : d.start]))
    ]
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
        if (pick.month, pick.day or 1) > (
            doc.published.month,
            doc.published.day,
        ) and pick.month - doc.published.month > 1:
            year -= 1  # "ngày 28/12" in a January article is last year's
        return _fmt(year, pick.month, pick.day), False, tod
    year = _infer_year(doc, pick, chosen, lex)
    if year is None:
        return None, False, tod
    return _fmt(year, pick.month, pick.day), True, tod


def _is_anniversary(d: DateMention, doc: Doc) -> bool:
    if d.end_year is not None and d.year is not None and d.end_year - d.year >= 1:
        return True  # "(10/10/1945-10/10/2025)"
    return bool(
        d.year is not None and doc.published is not None and d.year < doc.published.year - 1
    )


def _title_chain(doc: Doc, mention: Mention) -> list[str]:
    """Offices named just before a person, nearest last ("Chủ tịch Đảng …, Phó Chủ tịch … X")."""
    chain: list[str] = []
    edge = mention.start
    for off in reversed(doc.offices):
        if off.end > edge:
            continue
        gap = doc.text[off.end : edge]
        if len(gap) > 40 or not _CHAIN_GAP.fullmatch(fold(gap)):
            break
        chain.append(off.key)
        edge = off.start
    return chain


# What may stand between chained titles and the name: commas, "tại Việt Nam", "ông", a rank.
_CHAIN_GAP = re.compile(
    r"[\s,]*(?:(?:tai|o|cua)\s+(?:viet nam|nga|lien bang nga|lb nga|ha noi|moskva)\s*)?[\s,]*"
    r"(?:(?:ong|ba|ngai|dong chi|dai tuong|thuong tuong|trung tuong)\s+)?"
)

# Offices so senior that Vietnamese news always names them together ("Tổng Bí thư, Chủ
# tịch nước Tô Lâm"): a title naming only one of them rules out a date when both were held.
_TOP_RANK = 4


def _year_fits(lex: Lexicon, name: str, chain: list[str], day: date, today: date) -> bool:
    person = lex.people.get(name)
    if person is None:
        return True
    held = {t.office for t in person.tenures if t.start <= day <= (t.end or today)}
    named = [o for o in chain if o in {t.office for t in person.tenures}]
    if named and not set(named) & held:
        return False
    if not named and not held:
        return False
    if named:
        top_held = {o for o in held if (lex.offices.get(o) and lex.offices[o].rank <= _TOP_RANK)}
        if top_held - set(named):
            return False
    return True


def _infer_year(
    doc: Doc, d: DateMention, chosen: list[tuple[Mention, str]], lex: Lexicon
) -> int | None:
    """The only year in which every participant held the titles the article gives them.

    When several years fit, a year the article itself mentions decides; otherwise the year
    stays unknown rather than guessed.
    """
    chains = [(m.key, _title_chain(doc, m)) for m, _ in chosen if m.key in lex.people]
    if not chains:
        return None
    candidates = []
    for year in range(1991, doc.today.year + 1):
        try:
            day = date(year, d.month, d.day or 1)
        except ValueError:
            continue
        if day <= doc.today and all(_year_fits(lex, n, c, day, doc.today) for n, c in chains):
            candidates.append(year)
    if len(candidates) == 1:
        return candidates[0]
    mentioned = {dm.year for s in doc.sentences for dm in s.dates if dm.year} | {
        dm.end_year for s in doc.sentences for dm in s.dates if dm.end_year
    }
    in_text = [y for y in candidates if y in mentioned]
    return in_text[0] if len(in_text) == 1 else None


def _fmt(year: int, month: int | None, day: int | None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _place_nearby(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], kind: str
) -> str | None:
    """The place a later sentence about the same people and meeting names
    ("… hội đàm … trong chuyến thăm Hà Nội kéo dài 2 ngày")."""
    if get_lexicon().kind_is(kind, "remote"):
        return None
    names = {m.key for m, _ in chosen}
    for x in [y for y in doc.sentences if y.start >= s.end and not y.caption][:8]:
        if not names & {m.key for m, _ in x.people} or not x.kinds or any(d.year for d in x.dates):
            continue
        here = _located(doc, x)
        place = get_lexicon().places.get(here) if here else None
        if place is not None and place.country in BILATERAL:  # a weak signal: home ground only
            return here
    return None


def _located(doc: Doc, s: Sentence) -> str | None:
    for p in s.places:
        if _LOCATIVE.search(fold(doc.text[max(0, p.start - 25) : p.start])):
            return p.key
    return None


def _place(doc: Doc, s: Sentence, kind: str, lex: Lexicon) -> str | None:
    if lex.kind_is(kind, "remote"):
        return None  # phone calls and written messages happen nowhere in particular
    here = _located(doc, s)
    if here:
        return here
    # A dateline ("HÀ NỘI - Chiều 14/1, …") or a wire credit ("phóng viên TTXVN tại Moskva").
    para_start = next((x.start for x in doc.sentences if x.paragraph == s.paragraph), s.start)
    m = _DATELINE.match(doc.text[para_start : para_start + 60])
    if m:
        place = lex.canonical_place(m.group(1).strip())
        if place:
            return place
    for x in doc.sentences:
        if x.paragraph == s.paragraph and x.dates and not x.caption and x.start < s.start:
            here = _located(doc, x)
            if here:
                return here
    for x in doc.sentences[:12]:
        w = _WIRE.search(x.folded)
        if w:
            place = lex.canonical_place(w.group(1))
            if place:
                return place
    return None


# A place is where the meeting was only after "tại", "ở", "đến", "thủ đô" and the like;
# "Thống đốc Primorye" or "Đại sứ quán Nga tại Hà Nội" name an office, not a venue.
_LOCATIVE = re.compile(
    r"\b(tai|o|den|toi|sang|tham|thu do|thanh pho|tp\.?|tinh|dien|tru so|tai thu do|tai thanh pho)\s*[,]?\s*(thu do|thanh pho)?\s*$"
)
_FRAME = re.compile(
    r"\b(trong|khuon kho|nhan dip|dip|sau|ket thuc|tiep tuc|hoat dong)\s+(cac\s+)?(chuyen\s*)?$"
)


def _is_frame(s: Sentence, k: Mention) -> bool:
    """ "Trong (khuôn khổ) chuyến thăm …" sets the scene for the event the sentence reports."""
    before = fold(s.text[max(0, k.start - s.start - 30) : k.start - s.start])
    if fold(k.surface).startswith("chuyen"):
        before += " chuyen"
    return bool(_FRAME.search(before.rstrip() + (" " if not before.endswith("chuyen") else "")))


def _kind_mention(s: Sentence) -> Mention | None:
    """The meeting verb of the sentence.

    A visit usually frames the sentence ("Trong khuôn khổ chuyến thăm …, X đã hội đàm
    với Y"), so any other verb wins over "thăm"; plans ("sẽ hội đàm") never count. When
    several verbs remain, the one just before the second side's principal is theirs
    ("… hội kiến ông Triệu Lạc Tế; gặp Tổng thống Nga Vladimir Putin").
    """
    kinds = [
        k
        for k in s.kinds
        if not _FUTURE.search(fold(s.text[max(0, k.start - s.start - 40) : k.start - s.start]))
    ]
    if not kinds:
        return s.kinds[0] if s.kinds else None
    events = [k for k in kinds if not (k.key == "thăm" and _is_frame(s, k))] or kinds
    if len(events) == 1:
        return events[0]
    sides = {c: m for m, c in reversed(s.people) if c in BILATERAL}
    if len(sides) == 2 and any(c not in BILATERAL for _, c in s.people):
        later = max(sides.values(), key=lambda m: m.start)
        before = [k for k in events if k.start < later.start]
        if before:
            return before[-1]
    return events[0]


def _participants(
    doc: Doc, s: Sentence, chosen: list[tuple[Mention, str]], when: date | None, lex: Lexicon
) -> list[Participant]:
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
        fold(t.title) == fold(title)
        and t.start.year - 1 <= when.year <= (t.end or date.max).year + 1
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
    main_s = _main_sentence(body, doc)
    if main_s is None or _about_another_country(body, main_s):
        return []
    meetings: list[Meeting] = []
    main = _build(doc, main_s, lex, secondary=False)
    if main is None:
        return []
    meetings.append(main)
    main_names = {p.name for p in main.participants}
    for s in body:
        if s is main_s or _bare_line(s):
            continue  # a bare line after the lead is a related-article link, not a report
        for w in _windows(s):
            _add_title_only(doc, w, _as_date(main.date) or doc.published, lex)
            names = {m.key for m, _ in _choose_participants(w)}
            if (
                not names
                or names <= main_names
                or any(names == {p.name for p in x.participants} for x in meetings)
            ):
                continue
            if _is_candidate(w) or (_visit_candidate(w) and any(d.month for d in w.dates)):
                sec = _build(doc, w, lex, secondary=True, context=main)
                if sec is not None:
                    meetings.append(sec)
    return meetings


def _add_title_only(doc: Doc, w: Sentence, when: date | None, lex: Lexicon) -> None:
    """A side named by title alone ("Tổng Bí thư đã hội kiến Thủ tướng Nga X") is the office
    holder on that date, when the lexicon knows exactly one."""
    countries = {c for _, c in w.people}
    if when is None or countries >= BILATERAL or not countries & BILATERAL:
        return
    for off in w.offices:
        office = lex.offices.get(off.key)
        if office is None or office.generic or office.country not in BILATERAL - countries:
            continue
        if any(off.key in _title_chain(doc, pm[0]) for pm in w.people if pm[0].start >= off.end):
            continue  # the title belongs to a named person
        holders = lex.holders(off.key, when)
        if len(holders) == 1:
            w.people.append(
                (
                    Mention(key=holders[0], start=off.start, end=off.end, surface=off.surface),
                    office.country,
                )
            )
            w.people.sort(key=lambda pm: pm[0].start)
            return


def _bare_line(s: Sentence) -> bool:
    return not re.search(r"[.!?…:;”\"')]\s*$", s.text)


def _windows(s: Sentence) -> list[Sentence]:
    """One view of the sentence per meeting verb it reports.

    "… chuyến thăm của Tổng thống Putin vào tháng 6/2024 và chuyến thăm của Tổng Bí thư Tô
    Lâm vào tháng 5/2025" reports two visits: each verb keeps the people and dates up to the
    next verb. Verbs that refer back to the article's own meeting or to plans are dropped.
    """
    kinds = s.kinds
    # Boundaries fall at the last clause break (",", ";", "và") between two verbs.
    bounds = [s.start]
    for a, b in zip(kinds, kinds[1:], strict=False):
        gap = s.text[a.end - s.start : b.start - s.start]
        breaks = [m.end() for m in re.finditer(r"[,;]|\svà\s", gap)]
        bounds.append(a.end + breaks[-1] if breaks else b.start)
    bounds.append(s.end)
    out = []
    for i, k in enumerate(kinds):
        lo, hi = bounds[i], bounds[i + 1]
        who = k.start if k.key == "thăm" else lo
        if _FUTURE.search(fold(s.text[max(lo, k.start - 60) - s.start : k.start - s.start])):
            continue
        out.append(
            Sentence(
                lo,
                hi,
                s.text[lo - s.start : hi - s.start],
                s.folded[lo - s.start : hi - s.start],
                s.paragraph,
                s.caption,
                # A visit's people (and titles) follow the verb ("chuyến thăm … của Tổng thống X").
                people=[pm for pm in s.people if who <= pm[0].start < hi],
                kinds=[k],
                places=[m for m in s.places if lo <= m.start < hi],
                dates=[d for d in s.dates if lo <= d.start < hi],
                sectors=[m for m in s.sectors if lo <= m.start < hi],
                offices=[m for m in s.offices if who <= m.start < hi],
            )
        )
    return out


def _tod_word(folded: str | None) -> str | None:
    return {"sang": "sáng", "trua": "trưa", "chieu": "chiều", "toi": "tối", "dem": "đêm"}.get(
        folded or ""
    )


def _about_another_country(body: list[Sentence], main_s: Sentence) -> bool:
    """The article reports a meeting with a third country and only recalls Russia in passing.

    "Chủ tịch nước hội đàm với Chủ tịch nước Lào …; thông tin về kết quả chuyến thăm của
    Tổng thống Putin hồi tháng 6": the lead names the third country's leader, and the
    Vietnam–Russia sentence carries no day of its own.
    """
    lead = _headline(body) or next((s for s in body[:6] if s.kinds and s.people), None)
    if lead is None or lead is main_s or _is_candidate(lead):
        return False
    third = any(c not in BILATERAL for _, c in lead.people)
    return third and not any(d.day for d in main_s.dates)


def _not_future(s: Sentence) -> bool:
    """At least one of the sentence's meeting verbs reports an event, not a plan."""
    return any(
        not _FUTURE.search(fold(s.text[max(0, k.start - s.start - 40) : k.start - s.start]))
        for k in s.kinds
    )


def _joined_lead(body: list[Sentence]) -> Sentence | None:
    """A dated lead naming one side, whose next sentence names the other.

    "Chiều 25/7, Bộ Công an tổ chức lễ đón và hội đàm với Đoàn … do Đại tướng X dẫn đầu.
    Thượng tướng Y, Bộ trưởng Bộ Công an, chủ trì lễ đón."
    """
    for a, b in zip(body[:4], body[1:5], strict=False):
        if a.paragraph != b.paragraph or not a.kinds or not any(d.day for d in a.dates):
            continue
        if not _not_future(a):
            continue
        sides_a = {c for _, c in a.people} & BILATERAL
        sides_b = {c for _, c in b.people} & BILATERAL
        if len(sides_a) == 1 and (BILATERAL - sides_a) & sides_b:
            return Sentence(
                a.start,
                b.end,
                a.text + " " * (b.start - a.end) + b.text,
                a.folded + " " * (b.start - a.end) + b.folded,
                a.paragraph,
                False,
                people=a.people + [pm for pm in b.people if pm[1] in BILATERAL - sides_a],
                kinds=a.kinds,
                places=a.places + b.places,
                dates=a.dates,
                sectors=a.sectors + b.sectors,
                offices=a.offices + b.offices,
            )
    return None


def _headline(body: list[Sentence]) -> Sentence | None:
    """The title: an early whole line without a final full stop naming a meeting verb."""
    for s in body[:8]:
        whole = not re.search(r"[.!?…]\s*$", s.text) and len(s.text) < 200
        if whole and s.kinds and (s.people or s.offices) and _not_future(s):
            return s
    return None


def _main_sentence(body: list[Sentence], doc: Doc) -> Sentence | None:
    """The lead: the first sentence naming a meeting between the two sides.

    A headline often names the meeting without its date; then the first later sentence
    about the same people that carries a date is the lead.
    """
    candidates = [s for s in body if _is_candidate(s) and _not_future(s)]
    joined = _joined_lead(body)
    if joined is not None and (not candidates or candidates[0].start > joined.end):
        return joined
    head = _headline(body) or next(
        (c for c in doc.sentences[:6] if c.caption and _is_candidate(c)), None
    )
    if head is not None and candidates:
        want = _kind_mention(head)
        head_people = {m.key for m, _ in head.people}
        same = [
            c
            for c in candidates[:8]
            if want
            and (k := _kind_mention(c))
            and k.key == want.key
            and (not head_people or head_people & {m.key for m, _ in c.people})
        ]
        if same and same[0] is not candidates[0]:
            candidates = same + [c for c in candidates if c not in same]
        elif (
            not same
            and head_people
            and _visit_candidate(head)
            and not head_people & {m.key for m, _ in candidates[0].people}
        ):
            return head  # "Ngoại trưởng Nga X thăm Việt Nam": the visit is the story
    if candidates:
        first = candidates[0]
        headline_like = not re.search(r"[.!?…]\s*$", first.text)
        if first.dates and not headline_like:
            return first
        names = {m.key for m, _ in _choose_participants(first)}
        kind = _kind_mention(first)
        same = [
            c
            for c in candidates[1:6]
            if any(d.day for d in c.dates) and names == {m.key for m, _ in _choose_participants(c)}
        ]
        same_kind = [c for c in same if kind and (k := _kind_mention(c)) and k.key == kind.key]
        return (same_kind or same or [first])[0]
    caps = [s for s in doc.sentences if s.caption and _is_candidate(s)]
    if caps:
        return caps[0]
    visits = [s for s in body if _visit_candidate(s) and _not_future(s)]
    return visits[0] if visits else None


def _inviters(doc: Doc, s: Sentence, sides: set[str]) -> list[tuple[Mention, str]]:
    """The host of a visit, named a sentence or two later ("… theo lời mời của Tổng thống X")."""
    following = [x for x in doc.sentences if x.start >= s.end and not x.caption][:3]
    for x in following:
        invite = re.search(r"\bloi moi\b", x.folded)
        if not invite:
            continue
        after = [pm for pm in x.people if pm[1] in sides and pm[0].start - x.start > invite.start()]
        if after:
            return after[:2]
    # No inviter named: the host is the first leader of the other side the visitor holds
    # talks with ("Trong thời gian ở Moskva, Chủ tịch nước sẽ hội đàm với Tổng thống X").
    for x in [y for y in doc.sentences if y.start >= s.end and not y.caption][:6]:
        for k in x.kinds:
            if k.key == "thăm":
                continue
            host = [pm for pm in x.people if pm[1] in sides and pm[0].start > k.start]
            if host:
                return host[:1]
    return []


def _build(
    doc: Doc, s: Sentence, lex: Lexicon, secondary: bool, context: Meeting | None = None
) -> Meeting | None:
    chosen = _choose_participants(s)
    if not chosen:
        return None
    countries = {c for _, c in chosen}
    if not countries & BILATERAL:
        return None
    km = _kind_mention(s)
    kind = km.key if km else "gặp"
    anchor = km.start if km else s.start
    if not secondary and kind == "thăm" and len(countries) == 1:
        chosen = chosen + _inviters(doc, s, BILATERAL - countries)
    # Dates in the lead sentence, else in the sentences of the same paragraph just before it.
    mentions = list(s.dates)
    lead: Sentence | None = None
    if not mentions:
        same_para = [
            x
            for x in doc.sentences
            if x.paragraph == s.paragraph and x.start < s.start and not x.caption
        ]
        mentions = [d for x in same_para[-2:] for d in x.dates]
    if not mentions and not secondary:
        names = {m.key for m, _ in chosen}
        nxt = [x for x in doc.sentences if x.start > s.start and not x.caption][:2]
        for x in nxt:
            if (x.paragraph == s.paragraph and x.dates) or (
                any(d.day for d in x.dates) and names & {m.key for m, _ in x.people}
            ):
                mentions, lead = list(x.dates), x
                break
    if not mentions and not secondary:
        # The lead may sit a sentence or two earlier, about one of the same people.
        names = {m.key for m, _ in chosen}
        earlier = [x for x in doc.sentences if x.end <= s.start and not x.caption]
        for x in reversed(earlier):
            if any(d.day for d in x.dates) and names & {m.key for m, _ in x.people}:
                mentions = [d for d in x.dates if d.day]
                lead = x
                break
    when, inferred, tod = _resolve_date(doc, mentions, chosen, lex, anchor)
    same_day = _SAME_DAY.search(s.folded)
    if secondary and when is None and context is not None and context.date and same_day:
        # "Trước đó, sáng cùng ngày, …": the day of the article's meeting, as the text says.
        when, tod = context.date, tod or _tod_word(same_day.group(1))
    if (
        secondary
        and when is None
        and context is not None
        and context.date
        and {m.key for m, _ in chosen} & {p.name for p in context.participants}
        and not _EARLIER.search(s.folded)
    ):
        # Talks a visiting leader held during the same visit: same month, marked inferred.
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
        place=_place(doc, s, kind, lex)
        or (_located(doc, lead) if lead and not lex.kind_is(kind, "remote") else None)
        or (None if secondary else _place_nearby(doc, s, chosen, kind)),
        kind=kind,
        participants=participants,
        sectors=unique_sectors,
        summary=squash_spaces(s.text)[:400],
        key_points=[squash_spaces(s.text)] if secondary else _key_points(doc, own),
        secondary=secondary,
    )
