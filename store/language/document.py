"""An article read once: sentences, and in each the people, titles, meeting verbs, places,
sectors and dates it names. Extraction (``store.language.extract``) works on this."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from store.language.bodies import body_spans, inside_body
from store.language.compiled import kept_regex, word_spans
from store.language.countries import (
    BILATERAL,
    aside_country,
    country_at,
    country_spans,
    find_countries,
    is_country_name,
    without_country_aside,
)
from store.language.dates import (
    DateMention,
    find_dates,
    find_published,
    report_today,
    site_header_end,
    without_archive_prefix,
)
from store.language.fold import fold, remember_blanked
from store.language.lexicon import Lexicon, Mention
from store.language.models import Article, Precision
from store.language.names import (
    ACADEMIC,
    HONORIFIC,
    HONORIFIC_FOLDED,
    UP,
    Found,
    addressed_at,
    addressed_by,
    addressed_names,
    canonical_variant,
    deputy_of,
    guess_country,
    is_fathers_name,
    is_given_name,
    misspelt_variant,
    not_person_word,
    surname_of,
    title_names,
    vietnamese_name,
)
from store.language.related_links import blank_related, never_final
from store.language.surnames import vn_surnames
from store.language.titled_surnames import titled_surnames
from store.language.transliterated import is_hyphenated, known_transliterated

_CAPTION = kept_regex(
    r"(\(anh\b|\banh\s*:|\banh\s+\d+\.?$|^\s*(©|anh\s*:)|\bttxvn\)?\s*$|ảnh minh họa|^\s*chu thich anh)",
)
# A sentence ends at . ! ? … before an upper-case letter or digit, also when the space is
# missing ("Lễ đón.Phát biểu").
# A sentence ends at a mark followed by spaces and a capital or digit (maybe after a quote or
# bracket), or at a mark right before a capital after two lower-case letters. The pattern
# starts with the mark, a character class, so the regex engine skips to the next mark
# instead of trying a lookbehind at every position.
_SENT_MARK = kept_regex(rf"[.!?…](?:\s+(?=[\"“'(]?[{UP}0-9])|(?<=[a-zà-ỹ]{{2}}[.!?])(?=[{UP}]))")
_ABBREV = frozenset({"tp", "ts", "ths", "pgs", "gs", "tskh", "bs", "ông", "bà", "st", "lb"})
_ANAPHOR = kept_regex(r"\b(tai|trong|sau)\s+(cac\s+)?(buoi|cuoc)?\s*$")
_IMPLICIT_VISIT = kept_regex(
    r"\b(theo loi moi|nhan loi moi|(da )?(den|toi) (san bay|thu do)|len duong|bat dau chuyen)\b"
)
# Words every match of _IMPLICIT_VISIT holds: a sentence without any needs no regex.
_IMPLICIT_VISIT_WORDS = ("loi moi", "san bay", "thu do", "len duong", "bat dau chuyen")
_ANH_MARK = kept_regex(r"\banh\s*:|\banh\s+\d+\.?$")
# "Chiều 22-12, tại …, X tiếp Y … (Ảnh: …)": a photo story's caption that opens with the day is
# the page's report of the act, not a label under a picture. A photo story says so at its top
# ("Chùm ảnh:", "Phóng sự ảnh", "Ảnh:" before the headline, a "> Ảnh" section).
_PHOTO_STORY = kept_regex(r"\b(?:chum anh|phong su anh|photo)\b|(?:^|\n|>\s*)anh\s*(?::|\n|$)")
_DAY_OPENING = kept_regex(
    r"^\W*(?:(?:sang|trua|chieu|toi|dem)\s+(?:ngay\s+)?|ngay\s+)\d{1,2}\s*[-/.]\s*\d{1,2}"
    r"(?:\s*[-/.]\s*\d{2,4})?\s*(?:\([^)]{0,30}\)\s*)?,"
)
_SECTOR_JOIN = kept_regex(r"\s*(?:[,;/]|\s[-–—]\s|-|–|\bvà\b)\s*")
# Words before a person that make them someone represented, greeted or watching rather than a
# party to the meeting: "Đặc phái viên của Tổng Bí thư X", "thay mặt X", "lời chào của X",
# "gửi lời thăm hỏi tới X", "dưới sự chứng kiến của X", "Tham dự … có X". An ambassador's own
# credentials ("quốc thư của Đại sứ X", "thư ủy nhiệm của …") are his to present in person.
_ENVOY = kept_regex(
    r"\b(?:dac phai vien|dac su|phai vien|dai dien|thay mat(?: cho)?|(?:duoc |theo )?(?<!thu )uy (?:quyen|nhiem)(?: cua| cho)?)"
    r"(?: dac biet)?(?: cua| cho)?\s*$"
)
_GREETED = kept_regex(
    r"\b(?:loi chao|loi tham hoi|loi chuc(?: mung)?|(?<!quoc )thu|thu tay|thong diep|loi nhan|tinh cam)"
    r"(?: than ai| tot dep| tran trong| nong nhiet| than thiet)?(?: cua| tu)\s*$"
    r"|\b(?:gui|chuyen)(?: loi)?(?: chao| tham hoi| chuc mung| hoi tham)?"
    r"(?: than ai| tot dep| tran trong)?(?: toi| den| cua)\s*$"
    r"|\b(?:gui|chuyen) loi (?:chao|tham hoi|chuc mung|hoi tham)\s*$"
)
_WITNESS = kept_regex(
    r"\b(?:su chung kien cua|chung kien cua|su tham du cua|su co mat cua)\s*$"
    r"|^\s*(?:tham du|cung tham du|cung du|tham gia|co mat)\b.*\b(?:co|con co|gom)\s*$"
)
# Honorifics and ranks that may stand between such a cue and the name.
_HONORIFIC_WORDS = rf"(?:{HONORIFIC_FOLDED})"
_HONORIFIC = kept_regex(rf"(?:\s*,?\s*\b{_HONORIFIC_WORDS}\b\.?)*\s*$")
# One honorific (a chain of ranks ends with one) at the very end: the longest is 16 letters.
_HONORIFIC_LAST = kept_regex(rf"\b{_HONORIFIC_WORDS}\.?$")
_COORD_GAP = kept_regex(
    r"[\s,;()\-–]*(?:(?:va|cung|cua|voi|cac|dong chi|ong|ba|ngai)\b[\s,;()\-–]*)*"
)
# The check before the year sits after its first digit ("1", "2"): the regex starts with a
# character, so the engine skips to the next 1 or 2 instead of trying a lookbehind anywhere.
_BARE_YEAR = kept_regex(r"(?:1(?<![\d/.,\-]1)9[5-9]|2(?<![\d/.,\-]2)0[0-4])\d(?![\d/.,]\d|\d)")


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    folded: str
    paragraph: int
    caption: bool
    # The sentence after it says it is untrue ("Thông tin này không chính xác."): its acts
    # were reported, wrongly, not held.
    retracted: bool = False
    people: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, country)
    kinds: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    sectors: list[Mention] = field(default_factory=list)
    offices: list[Mention] = field(default_factory=list)
    memo: dict[str, object] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class Doc:
    article: Article
    text: str
    sentences: list[Sentence]
    published: date | None
    precision: str | None  # "day" | "month": how much of `published` is known
    offices: list[Mention]
    today: date
    # Person mentions (by start offset) that are not parties to a meeting they sit in:
    # "envoy" (represented by an envoy), "greeted", "witness", "deceased" ("cố Tổng Bí thư X").
    represented: dict[int, str] = field(default_factory=dict)
    titles: dict[int, str] = field(default_factory=dict)  # unknown people's titles as written
    titles_after: dict[int, str] = field(default_factory=dict)  # "ông X, Title": known people
    title_starts: dict[int, int] = field(
        default_factory=dict
    )  # person start → start of their title
    years: list[tuple[int, int]] = field(default_factory=list)  # (offset, year) of bare years
    header_end: int = 0  # end of a first line that is the site's "today" (no fact of the article)
    # Offices (by start) whose title names another country right after it: "Thủ tướng
    # Malaysia", "Bộ trưởng Quốc phòng Lào" hold that country's office, not Vietnam's.
    foreign: dict[int, str] = field(default_factory=dict)
    foreign_ends: dict[int, str] = field(default_factory=dict)  # end of "… Malaysia" → "MY"
    _office_starts: list[int] = field(default_factory=list, repr=False)
    memo: dict[object, object] = field(default_factory=dict, repr=False)  # readers' caches

    def folded(self, a: int, b: int) -> str:
        """fold(text[a:b]), sliced from the article folded once when folding kept offsets."""
        a = max(0, a)
        whole = self.memo.get("folded")
        if whole is None:
            whole = fold(self.text)
            self.memo["folded"] = whole if len(whole) == len(self.text) else ""
        return whole[a:b] if whole else fold(self.text[a:b])  # type: ignore[index]

    def kinds(self, lex: Lexicon) -> list[Mention]:
        """The article's meeting-kind mentions, found once: the honoured-host check reads
        them before the sentences are given theirs."""
        found = self.memo.get("kinds")
        if found is None:
            found = self.memo["kinds"] = lex.find_kinds(self.text)
        return found  # type: ignore[return-value]

    def sentence_at(self, pos: int) -> Sentence | None:
        return _bucket(self.sentences, [s.start for s in self.sentences], pos)

    def office_starts(self) -> list[int]:
        if len(self._office_starts) != len(self.offices):
            self._office_starts = [o.start for o in self.offices]
        return self._office_starts


def _cuts(para: str) -> list[int]:
    """Sentence boundaries, keeping initials ("Đ. Mét-vê-đép", "V.Putin") inside the sentence."""
    cuts = [0]
    for m in _SENT_MARK.finditer(para):
        before = para[: m.start() + 1].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""  # rstripped: a word is left
        core = word.rstrip(".!?…")
        last = core.split(".")[-1]
        if (len(last) <= 1 and not last.isdigit() and not _version_letter(before, word)) or (
            # "TS.", and degrees run together: "PGS.TS. Phạm …", "GS.TSKH. Nguyễn …"
            all(p in _ABBREV for p in core.lower().split("."))
        ):
            continue
        cuts.append(m.end())
    if "nh" in para:
        # A photo credit run into the next sentence ("Ảnh: TLNgày 12/10, …", "Ảnh: Minh Đức -
        # TTXVNHai bên …"): the credit ends at its last capital before a capitalised word.
        cuts += [m.end() for m in _GLUED_CREDIT.finditer(para)]
        cuts += [m.end() for m in _GLUED_DATELINE.finditer(para)]
        cuts.sort()
    cuts.append(len(para))
    return cuts


def _version_letter(before: str, word: str) -> bool:
    """A lone capital after a name no person bears is the name's letter, no initial: "vắc-xin
    Sputnik V. Tiếp nối …" ends a sentence where "Tổng thống V. Putin" does not."""
    if len(word) != 2 or not word[0].isupper():
        return False
    prev = before[: -len(word)].rstrip().rsplit(None, 1)
    return bool(prev) and not_person_word(prev[-1])


# Its end: a capital before a capitalised word ("TTXVNHai", "TTXVN)Tổng"), or a name's last
# small letter before one that opens a sentence ("Ảnh: Q.ChiếnChủ tịch Võ Văn Minh …"); an
# initial's dot ("Q.") stays inside the credit.
_GLUED_CREDIT = kept_regex(
    rf"[Ảả]nh\s*:(?:[^.\n]|(?<=[{UP}])\.(?=[{UP}])){{0,40}}?"
    rf"(?:[{UP}]\)?(?=[{UP}][a-zà-ỹđ])|[a-zà-ỹđ]\)?(?=[{UP}][a-zà-ỹđ]+\s+\S+\s+\S))"
)

# A credit run into a wire's dateline ("Ảnh: X/TTXVNMOSKVA (TTXVN) - …"): the credit ends with
# the agency the dateline names in brackets, where the dateline's place begins.
_GLUED_DATELINE = kept_regex(
    rf"[Ảả]nh\s*:[^.\n]{{0,40}}?([{UP}]{{2,}})(?=[{UP}][{UP} ]{{1,30}}\(\1\)\s*[-–—])"
)


# An outlet's credit opening a report ("QĐND Online - ", "VTV.vn - ", "(Chinhphu.vn) - "):
# a word with two capitals or a domain, maybe two more words, then a dash.
_CREDIT = kept_regex(
    r"\(?(?=[\w.&]*(?:[A-ZĐ][\w&]*[A-ZĐ]|\.(?:vn|VN|net|com)))[A-ZĐ][\w.&]*(?: [A-ZĐ][\w.]*){0,2}\)?"
    r" [-–—] "
)
# A report's first words, its day ("Chiều 12/10, …", "Hôm qua, …"): no wrapped line of a
# sentence starts with them capitalised ("Ngày Văn hóa Nga" is a name, not a day).
_OPENER = kept_regex(
    r"(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày)\s+(?:\d|nay\b|qua\b|cùng ngày\b)"
    r"|(?:Hôm nay|Hôm qua|Cùng ngày)\b"
)
# A line ends a sentence or a block when its last character is one of these.
_LINE_END = '.!?…:;"”»)]'


def unwrap(text: str) -> str:
    """The text with hard-wrapped line breaks turned into spaces (same length: offsets hold).

    A news page puts each paragraph, headline and caption on its own line, so a line break
    ends a sentence — except in a plain-text file wrapped at a fixed width, where a sentence
    runs on over the break ("Bộ trưởng Quốc phòng\nNga …"). A break is soft when the line
    before is long and unfinished and the next starts in lower case (no Vietnamese sentence
    does), or when the text is wrapped at a width of 50–120 characters and the line is near
    it: the width is the longest line when most lines run to it, else what most lines that
    run on into another reach (the page's menus and copyright lines aside).
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    ends = [len(line.rstrip()) for line in lines]
    inner = [i for i in range(len(lines) - 1) if ends[i] and lines[i + 1].strip()]
    if not inner:
        return text
    width = _wrap_width([ends[i] for i in inner], max(ends))
    soft = set()
    for i in inner:
        line, after = lines[i].rstrip(), lines[i + 1].lstrip()
        if _CREDIT.match(after) or _OPENER.match(after):
            # "QĐND Online - Chiều 27-7, …", "Chiều 12/10, tại Hà Nội, …": the report starts;
            # the headline ends, however long it is.
            continue
        first = after.split(None, 1)[0] if after else ""
        runs_on = len(line) >= 30 and line[-1].isalpha() and len(first) >= 2
        if (
            (width and 0.8 * width <= ends[i] <= 1.1 * width)
            or (runs_on and first.isalpha() and first.islower())
            or (runs_on and line.rsplit(None, 1)[-1] in never_final())
        ):
            soft.add(i)
    if not soft:
        return text
    return "".join(line + (" " if i in soft else "\n") for i, line in enumerate(lines))[:-1]


def _wrap_width(inner: list[int], longest: int) -> int | None:
    """The width the text is wrapped at, from the lengths of the lines that run on into
    another; None when it is not wrapped."""
    most = sum(n >= 0.8 * longest for n in inner) >= 0.8 * len(inner)
    if len(inner) >= 3 and 50 <= longest <= 120 and most:
        return longest
    if len(inner) < 5:
        return None
    width = sorted(inner)[int(0.8 * (len(inner) - 1))]
    near = sum(0.8 * width <= n <= 1.1 * width for n in inner)
    return width if 50 <= width <= 120 and near >= max(5, 0.4 * len(inner)) else None


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    pos = 0
    whole = fold(text)  # one pass; sliced when folding kept every character in place
    aligned = len(whole) == len(text)
    photos = _PHOTO_STORY.search(whole[:400]) is not None
    for para_no, para in enumerate(text.split("\n")):
        p_start = pos
        pos += len(para) + 1
        if not para.strip():
            continue
        cuts = _cuts(para)
        whole_line = len(cuts) == 2
        # A short line ending in a photo credit is a caption as a whole.
        tail = whole[p_start + len(para) - 40 : p_start + len(para)] if aligned else None
        line_caption = len(para) < 260 and _captioned(
            tail if tail is not None and len(para) >= 40 else fold(para[-40:])
        )
        for a, b in zip(cuts, cuts[1:], strict=False):
            chunk = para[a:b]
            if not chunk.strip():
                continue
            folded = whole[p_start + a : p_start + b] if aligned else fold(chunk)
            caption = (
                _captioned(folded)
                or (line_caption and not (photos and a == cuts[0] and _reported(folded)))
                or (whole_line and para_no > 0 and len(chunk) < 160 and _looks_like_caption(folded))
            )
            out.append(Sentence(p_start + a, p_start + b, chunk, folded, para_no, caption))
    for before, after in zip(out, out[1:], strict=False):
        before.retracted = _RETRACTION.match(after.folded) is not None
    return out


# A sentence that says the one before it is untrue: a correction's "Thông tin này không chính
# xác", "Tin trên là không đúng sự thật".
_RETRACTION = kept_regex(
    r"^\W*(?:thong tin|tin|noi dung)\s+(?:nay|tren|do|noi tren)\s+(?:la\s+)?"
    r"(?:khong|chua)\s+(?:chinh xac|dung|dung su that|co co so)\b"
)


# "Ảnh tư liệu: X và Y tại một cuộc gặp", "(Ảnh minh họa)": a picture of another time.
_FILE_PHOTO = kept_regex(
    r"^\W*anh\s*:?\s*(?:tu lieu|minh hoa)\b|\(\s*anh\s*:?\s*(?:tu lieu|minh hoa)\s*\)"
)


def _file_photo(s: Sentence) -> bool:
    """A caption of an archive or illustrative picture: the act it shows is no act reported."""
    return _FILE_PHOTO.search(s.folded) is not None


def _reported(folded: str) -> bool:
    """A long sentence that opens with its day, as a report's lead does."""
    return len(folded) >= 80 and _DAY_OPENING.match(folded) is not None


def _captioned(folded: str) -> bool:
    """A photo credit or caption mark ("(Ảnh: …)", "© …", "… TTXVN)")."""
    if not (
        "ttxvn" in folded
        or "©" in folded
        or "(anh" in folded
        or "chu thich" in folded
        or (
            "anh" in folded
            and (":" in folded or _ends_in_number(folded))
            and _ANH_MARK.search(folded)
        )
    ):
        return False  # most sentences: no need for the regex ("thanh", "nhanh" hold "anh")
    return bool(_CAPTION.search(folded))


def _ends_in_number(text: str) -> bool:
    """Whether the text ends in a number and maybe one full stop, before a final line break
    (where a credit "Ảnh 3." can end): what _ANH_MARK's second form needs."""
    t = text[:-1] if text.endswith("\n") else text
    t = t[:-1] if t.endswith(".") else t
    return t[-1:].isdecimal()


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


def _page_text(article: Article) -> str:
    """The article's text as the extractor reads it: lines unwrapped, related links blanked."""
    unwrapped = unwrap(article.text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " "))
    text = blank_related(unwrapped)
    if text != unwrapped:
        remember_blanked(unwrapped, text)
    return text


def publication(article: Article, text: str | None = None) -> tuple[date, Precision] | None:
    """When the article came out and to what precision: as given, else as its archive
    prefix, URL or byline says (what its meetings are dated against, and what is stored)."""
    if article.published is not None:
        return article.published, article.published_precision or "day"
    found = find_published(_page_text(article) if text is None else text, article.url)
    return (found[0], "month" if found[1] == "month" else "day") if found else None


def analyse(article: Article, lex: Lexicon, today: date) -> Doc:
    text = _page_text(article)
    found = publication(article, text)
    published, precision = found if found else (None, None)
    text = without_archive_prefix(text)
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    offices = [
        o
        for o in lex.find_offices(text)
        if not _EVENT_BEFORE.search(text[max(0, o.start - 16) : o.start])
    ]
    doc = Doc(article, text, sentences, published, precision, offices, today)
    doc.foreign, doc.foreign_ends = _foreign_offices(text, offices, lex)
    people = _people(doc, lex)
    for m, country in people:
        s = _bucket(sentences, starts, m.start)
        if s:
            s.people.append((m, country))
    for m in offices:
        s = _bucket(sentences, starts, m.start)
        if s:
            s.offices.append(m)
    _mark_represented(doc, people, lex)
    introduced: set[str] = set()
    for m in doc.kinds(lex):
        s = _bucket(sentences, starts, m.start)
        if s and not (m.key in introduced and anaphoric(text, m)) and not _file_photo(s):
            s.kinds.append(m)
        introduced.add(m.key)
    for s in sentences:
        if not s.kinds:
            # An arrival "theo lời mời của …" or "đã đến sân bay …" is a visit without the word.
            f = s.folded
            v = _IMPLICIT_VISIT.search(f) if any(w in f for w in _IMPLICIT_VISIT_WORDS) else None
            if v:
                s.kinds.append(
                    Mention(
                        "thăm", s.start + v.start(), s.start + v.end(), s.text[v.start() : v.end()]
                    )
                )
    places = lex.find_places(text)
    for m in places + _venue_cities(text, places, lex):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.places.append(m)
    for s in sentences:
        s.places.sort(key=lambda m: m.start)
    for m in _sector_mentions(text, lex):
        s = _bucket(sentences, starts, m.start)
        if s:
            s.sectors.append(m)
    # Relative days count only from a full-day publication date ("hôm nay" in an article
    # dated only to its month is some day of that month, not the 1st).
    doc.header_end = site_header_end(text)
    today_of_report = report_today(text, published, precision)
    for d in find_dates(text, today_of_report):
        if d.start < doc.header_end:
            continue  # the site's today: no date of the article
        s = _bucket(sentences, starts, d.start)
        if s:
            s.dates.append(d)
    doc.years = [
        (m.start(), int(m.group()))
        for m in _BARE_YEAR.finditer(text)
        if m.start() >= doc.header_end
    ]
    return doc


# A city written as the venue, whether or not the place data has it: "tại thành phố X", "tại
# TP. X", "tại Thủ đô X", "tại trụ sở UBND TP X", and a foreign city with its country "tại X (Hoa Kỳ)". A name
# after a title ("Thống đốc vùng X") is an office, never a venue, and is not read here.
# A city's name on one line; a full stop only ends a short abbreviation inside it ("St.
# Petersburg"): "tại thủ đô Indonesia.\n\nHai Bộ trưởng …" names no city "Indonesia. Hai Bộ".
_CITY_NAME = (
    rf"[{UP}](?:\w{{0,2}}\.|[\w'’\-]*)"
    rf"(?:[ \t\xa0]+(?:de[ \t]+|do[ \t]+|da[ \t]+|del[ \t]+)?[{UP}][\w'’\-]*){{0,2}}"
)
# "tại"/"ở" starting a word: the word first and the lookbehind after it, so the regex engine
# tries two letters at each position rather than a lookbehind (2.5 times faster).
_AT = r"(?:tại(?<!\wtại)|ở(?<!\wở))"
# _AT once before both forms: it starts the regex then, and the engine scans for its letters
# (written before each form, it was tried at every position: 3 times slower). It matches one
# way at a position, so the forms are tried in the same order with the same groups.
_VENUE_CITY = kept_regex(
    rf"{_AT}(?:\s+(?:trụ sở\s+(?:UBND|HĐND|Thành ủy|Tỉnh ủy)\s+)?"
    rf"(?:thành phố|Thành phố|TP\.?|thủ đô|Thủ đô)\s+({_CITY_NAME})"
    # a settlement's kind before its name: "tại khu nghỉ dưỡng Burabay (Kazakhstan)"
    rf"|(?:\s+(?:khu nghỉ dưỡng|khu nghỉ mát|khu du lịch|thị trấn|thị xã|đảo))?"
    rf"\s+([A-Z][A-Za-z'\-]*(?:\s+(?:de\s+|do\s+|da\s+)?[A-Z][A-Za-z'\-]*){{0,2}})"
    rf"\s*\((?=[^()]{{2,30}}\)))"
)


def _venue_cities(text: str, known: list[Mention], lex: Lexicon) -> list[Mention]:
    out: list[Mention] = []
    for m in _VENUE_CITY.finditer(text):
        g = 1 if m.group(1) else 2
        a, b = m.start(g), m.end(g)
        name = text[a:b].rstrip(".")
        b = a + len(name)
        if g == 2 and country_at(text, m.end()) is None:
            continue  # "tại X (…)" names a city only when the bracket holds its country
        if is_country_name(name) or any(k.start < b and a < k.end for k in known):
            continue
        key = lex.canonical_place(name) or name
        out.append(Mention(key, a, b, name))
    return out


# A title inside an event's name holds no one: "Hội nghị Bộ trưởng Ngoại giao ASEAN".
_EVENT_BEFORE = kept_regex(r"(?i:hội nghị|diễn đàn|cuộc họp|phiên họp|đối thoại)\s+$")
# State-form words between a title and its country: "Thủ tướng nước Cộng hòa Singapore".
_STATE_FORM = kept_regex(
    r"\s+(?:(?:nước|Nhà nước|Cộng hòa|Cộng hoà|CH|Vương quốc|Liên bang|Nhân dân|Dân chủ"
    r"|Xã hội chủ nghĩa|Hồi giáo|Hợp chúng quốc|Đại công quốc|Quần đảo)\s+){0,4}"
)


def _foreign_offices(
    text: str, offices: list[Mention], lex: Lexicon
) -> tuple[dict[int, str], dict[int, str]]:
    """Offices followed by another country's name than their own ("Thủ tướng Malaysia",
    "Chủ tịch Quốc hội Lào", "Bộ trưởng Công an Nga"): the title is that country's. By the
    office's start and by the end of the country's name."""
    out: dict[int, str] = {}
    ends: dict[int, str] = {}
    for off in offices:
        after = text[off.end + 1 : off.end + 2]
        if not (after.isupper() or after == "n"):
            continue  # most titles go on with a name or a lower-case word
        office = lex.offices.get(off.key)
        gap = _STATE_FORM.match(text, off.end)
        if office is None or gap is None:
            continue
        found = country_at(text, gap.end())
        if found is not None and found[1] != office.country:
            out[off.start] = found[1]
            ends[found[0]] = found[1]
    return out, ends


def _people(doc: Doc, lex: Lexicon) -> list[tuple[Mention, str]]:
    """Every person mention with a country: lexicon people (namesakes and bare surnames
    resolved within the article) and officials found by their titles."""
    text = doc.text
    known = lex.find_people(text)
    # A bare surname names whoever the article named in full with it ("Dmitry Patrushev …
    # ông Patrushev"); a different given name right before it is a namesake, not the leader.
    full = {surname_of(m.key): m.key for m in known if len(m.surface.split()) > 1}
    out: list[tuple[Mention, str]] = []
    for m in known:
        key = m.key
        if _ends_a_longer_name(text, m, lex):
            continue  # "Lương Nguyễn Minh Triết" is not the former President Nguyễn Minh Triết
        if len(m.surface.split()) == 1 and len(m.surface) > 2:
            given = _word_before(text, m.start)
            person = lex.people[key]
            if (
                given
                and is_given_name(given)
                and fold(given) not in _given_forms(person.name, person.aliases)
            ):
                name = f"{given} {m.surface}"
                start = m.start - len(given) - 1
                country = person.country
                out.append((Mention(name, start, m.end, text[start : m.end]), country))
                continue
            key = full.get(surname_of(m.surface), key)
        out.append((Mention(key, m.start, m.end, m.surface), _country_by_title(doc, m, key, lex)))
    spans = [(m.start, m.end) for m, _ in out]
    spelt_right = {m.key for m in known}  # a misspelling of one of them is him (issue 9 §5)
    seen_unknown: list[str] = []
    seen_country: dict[str, str] = {}
    for found, off in sorted(
        title_names(text, doc.offices, lex, spans), key=lambda fo: fo[0].start
    ):
        if any(a <= found.start < b or found.start <= a < found.end for a, b in spans):
            _apposition_title(doc, out, found, off)
            continue
        if all(len(w) == 1 for w in found.name.replace(".", " ").split()):
            continue  # "ông Patrushev N.P., Thư ký …": his initials after his surname
        office = lex.offices[off.key]
        if off.start >= found.end:  # "ông X, Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga"
            # From the name's end: a name word that is a country ("Trần Minh Đức") is no title's.
            title_span = text[found.end : _title_end(doc, off.end)]
        else:
            title_span = text[min(off.start, found.start) : max(off.end, found.start)]
            if off.key == _RANK:
                # "Trung tướng X, Bộ trưởng Quốc phòng Belarus": the office after the name
                # says whose officer he is.
                title_span += " " + (apposed_title(doc, found.end) or "")
        context = _context(text, found.start, spans)
        # "Chánh án V.Lebedev" after "Chánh án Vyacheslav Mikhailovich Lebedev": the same one.
        same = _initialled(found.name, seen_unknown)
        country = (
            (seen_country.get(same) if same else None)
            or doc.foreign.get(off.start)
            or guess_country(found.name, title_span, context, lex, office.country)
            or _transliterated_country(text, found)
        )
        if country is None:
            continue
        key = same or (
            lex.person_as_written(found.name)
            or canonical_variant(found.name, lex, country)
            or misspelt_variant(found.name, lex, country, off.key, doc.published, spelt_right)
            or known_transliterated(found.name, lex, country, off.key, doc.published)
        )
        if key is None:
            # One person spelt two ways in one article ("Mogilevsky", "Mogilevskyi").
            key = next((k for k in seen_unknown if canonical_variant_of(k, found.name)), found.name)
            if key not in seen_unknown:
                seen_unknown.append(key)
                seen_country[key] = country
            if off.end <= found.start:
                doc.titles[found.start] = _title_text(text[off.start : found.start])
                doc.title_starts[found.start] = off.start
                if off.key == _RANK:
                    # "Đại tướng X, Tổng Tham mưu trưởng …": the office, not the rank.
                    doc.titles[found.start] = (
                        apposed_title(doc, found.end)
                        or _title_before_rank(doc, off)
                        or doc.titles[found.start]
                    )
                elif off.key == _MEMBERSHIP:
                    # "Ủy viên Bộ Chính trị, Chủ nhiệm Ủy ban Kiểm tra Trung ương X": the office.
                    head, _, office = doc.titles[found.start].partition(", ")
                    doc.titles[found.start] = office or head
            else:
                doc.titles[found.start] = _title_text(text[off.start : _title_end(doc, off.end)])
        elif key in lex.people and off.start not in doc.foreign:
            country = lex.people[key].country
            if off.start >= found.end:  # "đồng chí X, Phó Chủ tịch …": as written, if need be
                doc.titles_after.setdefault(
                    found.start, _title_text(text[off.start : _title_end(doc, off.end)])
                )
        out.append((Mention(key, found.start, found.end, text[found.start : found.end]), country))
        spans.append((found.start, found.end))
    for m, country, written in titled_surnames(text, doc.offices, lex, spans, doc.published):
        if written is not None:
            doc.titles[m.start] = _title_text(written)
        out.append((m, country))
        spans.append((m.start, m.end))
    for found in addressed_names(text):
        if any(a < found.end and found.start < b for a, b in spans):
            continue
        title = apposed_title(doc, found.end) or _written_after(doc, found.end)
        # The name as written: a patronymic the canonical name drops still says Russian.
        country = guess_country(
            text[found.start : found.end],
            title or "",
            _context(text, found.start, spans),
            lex,
            None,
        )
        if country is None:
            continue
        key = (
            lex.person_as_written(found.name)
            or canonical_variant(found.name, lex, country)
            or misspelt_variant(found.name, lex, country, None, None, spelt_right)
            or known_transliterated(found.name, lex, country, None, None)
            or found.name
        )
        if key in lex.people:
            country = lex.people[key].country
        elif title:
            doc.titles[found.start] = title
        out.append((Mention(key, found.start, found.end, text[found.start : found.end]), country))
        spans.append((found.start, found.end))
    out.extend(_honoured_hosts(doc, lex, out))
    out.extend(_interviewed(doc, lex, out))
    out.extend(_named_again(doc, out, [(m.start, m.end) for m, _ in out], lex))
    out = _initials_in_full(out, lex)
    out = _of_a_third_country(doc, out, lex)
    out.sort(key=lambda mc: mc[0].start)
    return out


# "tại"/"ở" right before a place: where someone serves or met, not whose he is.
_AT_BEFORE = kept_regex(r"(?<!\w)(?:tại|ở)\s+$")


def _of_a_third_country(
    doc: Doc, found: list[tuple[Mention, str]], lex: Lexicon
) -> list[tuple[Mention, str]]:
    """Someone the data does not know, written right after a country (in brackets or not) or a
    city of a country other than the two ("Chủ tịch Ban Chấp hành thành phố Minsk (Belarus)
    Vladimir Kukharev", "Bí thư Thành ủy Bắc Kinh Doãn Lực", "người đồng cấp Trung Quốc Lý
    Thượng Phúc"), is of that country, wherever he is named: a Russian-sounding or
    Sino-Vietnamese name says nothing against it."""
    text = doc.text
    third: dict[str, str] = {}
    for m, c in found:
        if m.key in lex.people or m.key in third:
            continue
        before = text[max(0, m.start - 40) : m.start]
        code = aside_country(before) or _country_right_before(before, lex)
        if code and code not in BILATERAL and code != c:
            third[m.key] = code
    if not third:
        return found
    return [(m, third.get(m.key, c)) for m, c in found]


def _country_right_before(before: str, lex: Lexicon) -> str | None:
    """The country, or a city's country, written right at the end of ``before`` and not after
    "tại"/"ở" ("người đồng cấp Trung Quốc ", "Bí thư Thành ủy Bắc Kinh ")."""
    named = country_spans(before)
    if named and not before[named[-1][1] :].strip():
        return named[-1][2] if not _AT_BEFORE.search(before[: named[-1][0]]) else None
    code = None
    for p in lex.find_places(before):
        place = lex.places.get(p.key)
        if (
            place is not None
            and not before[p.end :].strip()
            and not _AT_BEFORE.search(before[: p.start])
        ):
            code = place.country
    return code


def _initials_in_full(found: list[tuple[Mention, str]], lex: Lexicon) -> list[tuple[Mention, str]]:
    """An initial and a surname the data does not know ("V.A. Sadovnichiy") stand for the one
    full name the article gives anywhere with that initial and surname, spelt the same or a
    letter apart ("Viktor Sadovnichy"): one participant, not two."""
    full = {m.key: c for m, c in found if len(m.key.split()) >= 2 and len(m.key.split()[0]) > 1}
    out = []
    for m, c in found:
        words = m.key.split()
        if m.key in lex.people or len(words) != 2 or len(words[0]) != 1:
            out.append((m, c))
            continue
        same = [
            k
            for k in full
            if k[:1] == words[0] and canonical_variant_of(f"x {k.split()[-1]}", f"x {words[1]}")
        ]
        if len(same) == 1:
            m = Mention(same[0], m.start, m.end, m.surface)  # noqa: PLW2901
            c = full[same[0]]  # noqa: PLW2901
        out.append((m, c))
    return out


def _named_again(
    doc: Doc, found: list[tuple[Mention, str]], spans: list[tuple[int, int]], lex: Lexicon
) -> list[tuple[Mention, str]]:
    """A person the data does not know, introduced by a title in the report's text, named
    again in full without one ("Chủ tịch Đỗ Văn Chiến đề nghị …", "Bà Lidia Mikheeva cảm ơn
    …"): the same person, on the same side. A caption introduces no one (its title may be a
    headline's shorthand), and a Vietnamese name on another side is doubtful already."""
    text = doc.text
    out: list[tuple[Mention, str]] = []
    done: set[str] = set()
    starts = [x.start for x in doc.sentences]
    for m, country in list(found):
        if m.key in done or m.key in lex.people or len(m.key.split()) < 2:
            continue
        done.add(m.key)
        first = _bucket(doc.sentences, starts, m.start)
        if first is None or first.caption:
            continue
        if country != "VN" and fold(m.key.split()[0]) in vn_surnames():
            continue
        for form in dict.fromkeys((m.key, m.surface)):
            for a, b in word_spans(text, form):
                if any(x < b and a < y for x, y in spans):
                    continue
                out.append((Mention(m.key, a, b, form), country))
                spans.append((a, b))
    return out


# An interview's answer, labelled with its speaker: "- Ông Nguyễn Văn An: …" (Q&A pages).
_ANSWER_LABEL = kept_regex(
    rf"(?m)^[ \t]*[-–—•]?[ \t]*(?:Ông|Bà|Ngài)[ \t]+"
    rf"([{UP}][^\W\d_]*(?:[ \t]+[{UP}][^\W\d_]*){{1,4}})[ \t]*:[ \t]*"
)
# The next label of a Q&A page ("- PV: …", "- Ông …:"), where the answer ends.
_NEXT_LABEL = kept_regex(r"(?m)^[ \t]*[-–—•][ \t]*[^\W\d_][^:\n]{0,60}:")
# "tôi" as the one who acts: "tôi và ông X …", "tôi đã tiếp …" (not "chúng tôi": his side).
_SPEAKER_ACTS = kept_regex(r"(?<![Cc]húng )(?<!\w)[Tt]ôi(?=\s+(?:và|cùng|đã|vừa|có)(?!\w))")


def _interviewed(
    doc: Doc, lex: Lexicon, people: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """In an interview, the speaker an answer's label names is the "tôi" who tells a meeting
    in it ("- Ông X: Chiều 1/6, tôi và ông Y đã có buổi làm việc …"). Only a labelled answer
    counts: an unlabelled "tôi" may be anyone quoted."""
    text = doc.text
    out: list[tuple[Mention, str]] = []
    for label in _ANSWER_LABEL.finditer(text):
        name = label.group(1)
        nxt = _NEXT_LABEL.search(text, label.end())
        end = nxt.start() if nxt else len(text)
        acts = list(_SPEAKER_ACTS.finditer(text, label.end(), end))
        if not acts:
            continue
        country = guess_country(name, "", "", lex, None)
        if country is None:
            continue
        key = lex.person_as_written(name) or canonical_variant(name, lex, country) or name
        if key in lex.people:
            country = lex.people[key].country
        # The title the article gives him elsewhere ("ông X, Tổng giám đốc PVN").
        title = next(
            (doc.titles[m.start] for m, _ in people if m.key == key and m.start in doc.titles),
            None,
        )
        for act in acts:
            at = act.start()
            if title and key not in lex.people:
                doc.titles[at] = title
            out.append((Mention(key, at, act.end(), act.group()), country))
    return out


# "ông/bà/đồng chí Lê Văn Tuấn": a Vietnamese full name after a word of address, capitalised.
_HONOURED_VN = kept_regex(
    rf"{addressed_by('ông', 'bà', 'đồng chí', *ACADEMIC)}\s+"
    rf"([{UP}][^\W\d_]*(?:\s+[{UP}][^\W\d_]*){{1,3}})(?![\w'’\-])"
)
# Between the name and its verb: a caption's side ("(phải)"), a tense word, "có (cuộc/buổi)"
# ("ông X đã có cuộc gặp với …", "… có buổi làm việc với …": a kind's surface may hold the
# classifier or not).
_TO_VERB = kept_regex(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:đã|vừa)\s+)?(?:có\s+(?:(?:cuộc|buổi)\s+)?)?$"
)
# Between a verb and the name it takes: "tiếp ông X", "hội đàm với bà X".
_FROM_VERB = kept_regex(r"^\s*(?:với\s+)?$")
_MEETING_KINDS = frozenset({"tiếp", "hội kiến", "hội đàm", "gặp", "làm việc", "điện đàm"})
# The press's own people, named before their honorific: a reporter's interview is no meeting.
_PRESS_BEFORE = kept_regex(
    r"(?i:phóng viên|nhà báo|pv|ảnh|biên tập viên|tác giả|người viết)\s*[:,\-–]?\s*$"
)


def _honoured_hosts(
    doc: Doc, lex: Lexicon, people: list[tuple[Mention, str]]
) -> list[tuple[Mention, str]]:
    """Vietnamese officials written with only a word of address ("ông Lê Văn Tuấn tiếp Đại sứ
    Nga …", a caption's "Ông X (phải) tiếp ông Y", "đồng chí X hội kiến …"), their title given
    elsewhere or not at all. Only a principal of a meeting verb whose other side is a Russian
    the article names counts: a name quoted, credited or merely attending is no participant.
    The title the article gives that full name elsewhere is theirs."""
    text = doc.text
    spans = [(m.start, m.end) for m, _ in people]
    verbs = [k for k in doc.kinds(lex) if k.key in _MEETING_KINDS]
    out: list[tuple[Mention, str]] = []
    for hit in addressed_at(_HONOURED_VN, text):
        a, b = hit.span(1)
        if any(x < b and a < y for x, y in spans):
            continue
        words = hit.group(1).split()
        # Every word counts, "Đức" and "Nga" too: they are given names here ("bà Nguyễn Thị Nga").
        if vietnamese_name(words) != hit.group(1) or any(not_person_word(w) for w in words):
            continue
        s = doc.sentence_at(a)
        if s is None or _PRESS_BEFORE.search(text, max(s.start, hit.start() - 24), hit.start()):
            continue
        after = next(
            (k for k in verbs if b <= k.start < s.end and _TO_VERB.match(text[b : k.start])), None
        )
        before = next(
            (
                k
                for k in verbs
                if s.start <= k.start
                and k.end <= hit.start()
                and _FROM_VERB.match(text[k.end : hit.start()])
            ),
            None,
        )
        if after is not None:
            other = [m for m, c in people if c == "RU" and after.end <= m.start < s.end]
        elif before is not None:
            other = [m for m, c in people if c == "RU" and s.start <= m.start < before.start]
        else:
            continue
        if not other:
            continue
        name = hit.group(1)
        titled = next(
            (
                doc.titles[m.start]
                for m, c in people
                if m.key == name and c == "VN" and doc.titles.get(m.start)
            ),
            None,
        )
        if titled:
            doc.titles[a] = titled
        out.append((Mention(name, a, b, name), "VN"))
        spans.append((a, b))
    return out


# "ông X, Chánh Văn phòng Phủ Tổng thống Nga": a title after a name, capitalised, to its end.
_WRITTEN_AFTER = kept_regex(rf"\s*,\s*(?=[{UP}])")


def _written_after(doc: Doc, end: int) -> str | None:
    m = _WRITTEN_AFTER.match(doc.text, end)
    if m is None:
        return None
    title = _title_text(doc.text[m.end() : _title_end(doc, m.end())])
    return title or None


_RANK = "generic_military_rank"  # "Đại tướng", "Thượng tướng": a rank, not an office
_MEMBERSHIP = "vn_party_member"  # "Ủy viên Bộ Chính trị": a seat, shown only when alone
_APPOSITION_GAP = kept_regex(r"\s*[,\-–]\s*")


def apposed_title(doc: Doc, end: int) -> str | None:
    """The title written right after a name ("X, Tổng Tham mưu trưởng …, Thứ trưởng …"), as
    written."""
    gap = _APPOSITION_GAP.match(doc.text, end)
    if gap is None:
        return None
    at = gap.end()
    i = bisect.bisect_left(doc.office_starts(), at)
    if i < len(doc.offices) and doc.offices[i].start == at and doc.offices[i].key != _RANK:
        end = _title_end(doc, doc.offices[i].end)
        verb = _ACT_IN_TITLE.search(doc.text, doc.offices[i].end, end)
        return _title_text(doc.text[at : verb.start() if verb else end])
    return None


def apposed_offices(doc: Doc, end: int) -> list[Mention]:
    """The offices of the title written right after a name ("Đại tướng X, Bộ trưởng Quốc
    phòng Liên bang Nga"), in order."""
    title = apposed_title(doc, end)
    gap = _APPOSITION_GAP.match(doc.text, end)
    if title is None or gap is None:
        return []
    at = gap.end()
    i = bisect.bisect_left(doc.office_starts(), at)
    out = []
    while i < len(doc.offices) and doc.offices[i].start < at + len(title):
        out.append(doc.offices[i])
        i += 1
    return out


# A meeting verb ends a title written after a name: "X, Thứ trưởng Bộ Quốc phòng tiếp Y, …";
# not "tiếp" in a word of a body's name ("Quỹ Đầu tư trực tiếp Nga").
# "…, Tổng Lãnh sự Nga tại Đà Nẵng đến chào từ biệt": the visitor's errand, no title's word;
# "… vừa có cuộc điện đàm", "… đồng chủ trì": no more of the title either.
_ACT_IN_TITLE = kept_regex(
    r"\s(?:(?:đến|tới|sang)\s+)?(?:(?<!trực\s)(?<!gián\s)(?<!kế\s)(?<!liên\s)tiếp|hội đàm|hội kiến"
    r"|gặp|làm việc|điện đàm|thăm|gửi|trao|đồng chủ trì|chủ trì|phát biểu|cho biết|nhấn mạnh"
    r"|khẳng định|chúc mừng|chào|trình|(?:đã|vừa|đang|sẽ)\s+có|có cuộc)(?!\w)"
)


def _title_before_rank(doc: Doc, rank: Mention) -> str | None:
    """The office written before a rank ("Thứ trưởng Bộ Quốc phòng, Thượng tướng X")."""
    i = bisect.bisect_left(doc.office_starts(), rank.start) - 1
    if i < 0:
        return None
    off = doc.offices[i]
    gap = doc.text[off.end : rank.start]
    if off.key == _RANK or len(gap) > 80 or not gap.rstrip().endswith(","):
        return None
    if _title_end(doc, off.end) < off.end + len(gap.rstrip()) - 1:
        return None  # a verb or a clause between: the office is someone else's
    return _title_text(doc.text[off.start : rank.start])


@lru_cache(maxsize=4096)
def _given_forms(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The folded given names a person is written with (first words of multi-word names)."""
    return frozenset(fold(a.split()[0]) for a in (name, *aliases) if len(a.split()) > 1)


def _context(text: str, pos: int, names: list[tuple[int, int]]) -> str:
    """The line up to pos with people's names blanked: "Ngô Đức Mạnh" names no Germany,
    "Nguyễn Phương Nga" no Russia."""
    lo = text.rfind("\n", 0, pos) + 1
    chars = list(text[lo:pos])
    for a, b in names:
        for i in range(max(a, lo), min(b, pos)):
            chars[i - lo] = " "
    return "".join(chars)


def _country_by_title(doc: Doc, m: Mention, key: str, lex: Lexicon) -> str:
    """A known person's country, unless the title right before the name is another country's
    ("Thủ tướng Lào X" is Lao whatever a namesake in the people data is)."""
    if not doc.foreign_ends:
        return lex.people[key].country
    before = doc.text[max(0, m.start - 12) : m.start]
    gap = re.search(r"[\s,]*(?:(?:ông|bà|ngài)\s+)?$", before)
    end = m.start - len(gap.group()) if gap else m.start
    return doc.foreign_ends.get(end) or lex.people[key].country


def _apposition_title(
    doc: Doc, people: list[tuple[Mention, str]], found: Found, off: Mention
) -> None:
    """A known person's title written after the name ("ông Kirill Dmitriev, Tổng Giám đốc Quỹ
    Đầu tư trực tiếp Nga (RDIF)"): the title to show when the people data has none for the day."""
    if off.start < found.end:
        return
    for m, _ in people:
        # The lexicon may have matched the surname alone inside the run ("Andrei Grigorievich
        # Kovtun": a patronymic between the names it knows).
        if found.start <= m.start < found.end:
            doc.titles_after.setdefault(
                m.start, _title_text(doc.text[off.start : _title_end(doc, off.end)])
            )
            return


def canonical_variant_of(a: str, b: str) -> bool:
    """Two spellings of one unknown name: same given name, surnames a letter apart."""
    import difflib

    fa, fb = fold(a).split(), fold(b).split()
    if len(fa) != len(fb) or fa[0] != fb[0]:
        return False
    return difflib.SequenceMatcher(None, fa[-1], fb[-1]).ratio() >= 0.85


def _transliterated_country(text: str, found: Found) -> str | None:
    """The foreign country the rest of the line names after a transliterated name ("ông
    An-đrây Lê-vin, Phó Chủ tịch Phòng Thương mại và Công nghiệp Liên bang Nga"): such a
    name is no Vietnamese one, and its title may run past where a title is cut."""
    words = found.name.split()
    if not words or not is_hyphenated(words[-1]):
        return None
    end = text.find("\n", found.end)
    near = find_countries(text[found.end : end if end >= 0 else len(text)][:200])
    return next((c for _, c in near if c != "VN"), None)


_CAPITAL_BEFORE = kept_regex(r"(?<![\w\-])([^\W\d_]+) $")


def _ends_a_longer_name(text: str, m: Mention, lex: Lexicon) -> bool:
    """A Vietnamese full name the data knows, right after a capitalised surname that ends no
    place or title ("Chủ tịch UBND thành phố Lương Nguyễn Minh Triết"): the end of another
    person's four-syllable name. After a place it is the name ("tỉnh Lâm Đồng Trần Văn Hiệp")."""
    if len(m.surface.split()) < 3 or lex.people[m.key].country != "VN":
        return False
    before = _CAPITAL_BEFORE.search(text, max(0, m.start - 12), m.start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    if fold(before.group(1)).lower() not in vn_surnames():
        return False
    lo = max(0, m.start - 40)
    ends = {
        lo + x.end
        for x in [*lex.find_places(text[lo : m.start]), *lex.find_offices(text[lo : m.start])]
    }
    return before.end(1) not in ends


def _initialled(name: str, names: list[str]) -> str | None:
    """The full name an initial and a surname stand for ("V Lebedev" → "Vyacheslav Lebedev")
    among those the article gave before."""
    words = name.split()
    if len(words) != 2 or len(words[0]) != 1:
        return None
    return next(
        (n for n in names if n.split()[-1] == words[1] and n[:1] == words[0] and n != name), None
    )


def _word_before(text: str, pos: int) -> str | None:
    m = re.search(r"([A-Z][a-zA-Z]+)\s$", text[max(0, pos - 20) : pos])
    return m.group(1) if m else None


_TITLE_TRIM = kept_regex(r"[\s,;:\-–(]+$|^\s*[,;:\-–]+\s*")
_PRONOUN_END = kept_regex(rf"\s*,?\s*(?<!\w)(?:{HONORIFIC})\.?\s*$", re.IGNORECASE)


def without_name_head(title: str) -> str:
    """A title written up to a surname, without the given name and patronymic before it
    ("Tổng Giám đốc Zarubezhneft Sergey Ivanovich" of "… Sergey Ivanovich Kudryashov", a
    person known by the surname alone)."""
    words = title.split()
    if len(words) > 2 and is_fathers_name(words[-1]):
        words = words[:-2] if is_given_name(words[-2]) else words[:-1]
        return " ".join(words)
    return title


def _title_text(raw: str) -> str:
    """A title as written, without the trailing comma, pronoun, bracket or bracketed country
    ("Phó Thống đốc tỉnh Irkutsk (Nga)": the country is the person's side)."""
    t = " ".join(raw.split())
    t = _PRONOUN_END.sub("", t)
    t = without_name_head(t)
    return _TITLE_TRIM.sub("", without_country_aside(_TITLE_TRIM.sub("", t)))


# A title written after a name ends at a clause break, a verb, or a comma before a lower-case
# word ("…, Phó Chủ tịch Tập đoàn Rostec, về hợp tác …"): names of bodies go on in capitals,
# and so does a list of titles, in whatever case ("…, ủy viên Ban Thường vụ Tỉnh ủy, phó chủ
# tịch UBND tỉnh …").
# An initial's dot ("mang tên M.V.Lomonosov") is inside the title, not its end.
_TITLE_STOP = kept_regex(
    rf"(?<![\s.][{UP}])\.|[;\n]|\s(?:dẫn đầu|làm trưởng đoàn|đã|đang|và|cùng)(?!\w)|,\s*(?=[a-zà-ỹđ])"
)


_NAME_NEXT = kept_regex(r"[^\S\n]\w")  # a space, then a word (a name when capitalised)


def _title_end(doc: Doc, start: int) -> int:
    """Where a title written from ``start`` ends: at a stop, unless a comma leads to an office
    or the stop is inside a body's name ("Bộ trưởng Tài nguyên thiên nhiên và Sinh thái Nga")."""
    text, hi = doc.text, start + 120
    # "X, Phó Thống đốc tỉnh Irkutsk tiếp ông Y, …": the act ends X's title.
    act = _ACT_IN_TITLE.search(text, start, hi)
    hi = act.start() if act else hi
    bodies = body_spans(text, start, hi)
    pos = start
    while True:
        m = _TITLE_STOP.search(text, pos, hi)
        if m is None:
            return min(len(text), hi)
        inside = inside_body(bodies, m.start() + (m.group()[:1].isspace()))
        if inside is not None:
            pos = inside
        elif m.group().startswith(",") and (nxt := _office_at(doc, m.end())):
            if nxt.key == _RANK and _NAME_NEXT.match(text, nxt.end) and text[nxt.end + 1].isupper():
                return m.start()  # "…, Đại tướng Shoygu Sergey …": the next person, ranked
            pos = m.end()
        else:
            return m.start()


def _office_at(doc: Doc, at: int) -> Mention | None:
    """The office the article names starting right at ``at``, if any."""
    i = bisect.bisect_left(doc.office_starts(), at)
    if i < len(doc.offices) and doc.offices[i].start == at:
        return doc.offices[i]
    return None


def _mark_represented(doc: Doc, people: list[tuple[Mention, str]], lex: Lexicon) -> None:
    """Flag people who are represented, greeted or watching, and those coordinated with them."""
    prev: tuple[Mention, str] | None = None
    for m, _ in people:
        edge = doc.title_starts.setdefault(m.start, _chain_start(doc, m))
        why = acted_for(doc, edge, m.end)
        if why == "envoy" and _principal_named_before(doc, m, lex):
            why = None  # "Đặc phái viên của Thủ tướng, Bộ trưởng X": X is the envoy himself
        if why is None and prev is not None and prev[0].start in doc.represented:
            gap = fold(_strip_offices(doc, prev[0].end, edge))
            # "lời chào của X, Y và Z" greets all three; but in "Đặc phái viên của X, Phó Thủ
            # tướng Y" the name after the comma is the envoy himself.
            joined = re.search(r"\b(va|cung)\b", gap) or doc.represented[prev[0].start] != "envoy"
            if len(gap) < 60 and joined and _COORD_GAP.fullmatch(gap):
                why = doc.represented[prev[0].start]
        if why is None and _speaker_of_another(doc, people, m, _, edge, lex):
            why = "speaker"
        if why:
            doc.represented[m.start] = why
        prev = (m, _)


def _speaker_of_another(
    doc: Doc, people: list[tuple[Mention, str]], m: Mention, country: str, edge: int, lex: Lexicon
) -> bool:
    """The person labels a line ("Đại sứ X: Chuyến thăm của Chủ tịch nước …") that quotes him
    on an act of someone else of his side, named or by title: he only speaks of it. (He is
    the one who acted in "Phó Thủ tướng X: "Hội đàm với Ngoại trưởng Y …"".)"""
    text = doc.text
    label = _SPEAKER_LABEL.match(text, m.end)
    if label is None or text[text.rfind("\n", 0, edge) + 1 : edge].strip(" \t-–—•"):
        return False
    lo = label.end() - 1
    hi = len(text) if (n := text.find("\n", lo)) < 0 else n
    quoted = [(p, c) for p, c in people if lo <= p.start < hi]
    if any(c == country and p.key != m.key for p, c in quoted):
        return True
    # A title of no one named after it ("Ngoại trưởng Lavrov" titles Lavrov).
    chains = [_chain_start(doc, p) for p, _ in quoted]
    return any(
        lo <= o.start < hi
        and not any(c <= o.start < p.start for c, (p, _) in zip(chains, quoted, strict=True))
        and (office := lex.offices.get(o.key)) is not None
        and office.country in (None, country)
        for o in doc.offices
    )


def _principal_named_before(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """The first office of the chain before a known person outranks his own and is one he never
    held: it is the principal's ("Đặc phái viên của Thủ tướng, Bộ trưởng Bộ Công Thương X"),
    where "của Ủy viên Bộ Chính trị, Thủ tướng X" lists X's own offices."""
    chain = title_chain(doc, m)
    person = lex.people.get(m.key)
    if len(chain) < 2 or person is None:
        return False
    first, own = lex.offices.get(chain[-1].key), lex.offices.get(chain[0].key)
    if first is None or own is None or first.rank >= own.rank:
        return False
    return all(t.office != first.id for t in person.tenures)


def acted_for(doc: Doc, start: int, end: int) -> str | None:
    """Why the person (or bare title) written at start..end is no party to the act around it:
    "envoy" (someone acts for them: "Đặc phái viên của X", "thay mặt X", "được X ủy nhiệm"),
    "greeted" (a message's sender or recipient: "lời chào của X", "chuyển thư … tới X"),
    "witness", "deceased" ("cố Tổng Bí thư X")."""
    text = doc.text
    # The cue is looked for in the 90 characters before, within the line and the sentence.
    floor = max(0, start - 90)
    lo = max(text.rfind("\n", floor, start) + 1, _clause_start(text, start, floor), floor)
    before = _without_honorifics(doc.folded(lo, start))
    if text[max(0, start - 4) : start].lower().endswith(("cố ", "cố\xa0")) or (
        _DIED_AFTER.match(doc.folded(end, end + 25)) or _MOURNED.search(before)
    ):
        return "deceased"
    if _ENVOY.search(before) or (
        _GIVEN_BY.search(before) and _MANDATE_AFTER.match(doc.folded(end, end + 30))
    ):
        return "envoy"
    if _GREETED.search(before) or (_TO_OR_OF.search(before) and _sent_to(text[lo:start].lower())):
        return "greeted"
    if _WITNESS.search(before) or _attendee_listed(doc, start):
        return "witness"
    return None


# A colon right after a name, then what he is quoted saying: a line's speaker label.
_SPEAKER_LABEL = kept_regex(r"[ \t]*:[ \t]*\S")
# A sentence that lists who attended ("Tham dự hội đàm, về phía Nga có A, B và C; về phía Việt
# Nam có D"), however long the list: everyone after its "có" attended, no act between.
_ATTENDED_OPENING = kept_regex(r"^\W*(?:cung\s+)?(?:tham du|du|co mat)\b")
_LISTED_AFTER = kept_regex(r"\b(?:co|gom)\b(?!.*\b(?:gap|hoi dam|hoi kien|tiep|lam viec)\b)")


def _attendee_listed(doc: Doc, start: int) -> bool:
    """The person named at ``start`` is in a list of attendees opening its sentence."""
    line = doc.text.rfind("\n", 0, start) + 1
    lo = max(line, _clause_start(doc.text, start, max(line, start - 400)))
    head = doc.folded(lo, start)
    return bool(_ATTENDED_OPENING.match(head)) and _LISTED_AFTER.search(head) is not None


def _without_honorifics(folded: str) -> str:
    """``folded`` without the honorifics and ranks that end it, nor its trailing spaces.

    The regex that removes them tries every position of the text; only a text that ends
    with an honorific needs it (most end with a verb, a comma or "của"), the others lose
    only their trailing spaces."""
    t = folded.rstrip()
    if _HONORIFIC_LAST.search(t, max(0, len(t) - 20)) is None:
        return t
    return _HONORIFIC.sub("", folded)


# "trước việc Tổng Bí thư X từ trần", "sự ra đi của X", "lễ tang X": the one mourned, whom
# a condolence message names, met no one.
_DIED_AFTER = kept_regex(
    r"\s*(?:,[^,.;()]{1,60},\s*)?(?:da\s+|vua\s+)?(?:tu tran|qua doi|ta the|tu nan|hy sinh)\b"
)
_MOURNED = kept_regex(r"\b(?:su ra di cua|le tang|tang le|le quoc tang|quoc tang)\s*$")
_GIVEN_BY = kept_regex(r"\bduoc\s*$")
_TO_OR_OF = kept_regex(r"\b(?:toi|den|cua|tu|gui)\s*$")
# "Được Tổng Bí thư Tô Lâm ủy nhiệm, …": the one who gave the mandate met no one.
_MANDATE_AFTER = kept_regex(r"\s*,?\s*(?:uy nhiem|uy quyen|uy thac|cu)\b")
_MESSAGE_WORD = kept_regex(
    r"(?<!\w)(?:lời chào|lời thăm hỏi|lời hỏi thăm|lời chúc|lời nhắn|(?<!bí )(?<!quốc )thư(?! ký| viện| giãn| pháp| ủy nhiệm| uỷ nhiệm)"
    r"|thông điệp|tình cảm)(?!\w)"
)
# The recipient ("… tới X"), the addressee ("thư của X gửi Y") or the sender ("lời chúc sức
# khỏe tốt đẹp nhất của X").
_TO_RECIPIENT = kept_regex(
    r"[^.;:!?]{0,100}?(?<!\w)(?:tới|đến|gửi)\s*$|[^.;:!?,]{0,60}?(?<!\w)(?:của|từ)\s*$"
)
# "đã gặp và trao thư tới X": X was met as well.
_MET_AND = kept_regex(r"(?<!\w)(?:gặp|tiếp|hội kiến|hội đàm với)\s+và\s+\w+(?:\s+lại)?\s*$")


def _sent_to(before: str) -> bool:
    """The recipient or sender of a message: "chuyển lời chào của Tổng thống Putin tới …",
    "trao thư của Chủ tịch nước đến …", "lời chúc sức khỏe của …" (matched with marks:
    folded, "thư" is also "thủ")."""
    words = list(_MESSAGE_WORD.finditer(before))
    if not words:
        return False
    m = words[-1]
    return bool(_TO_RECIPIENT.match(before, m.end())) and not _MET_AND.search(before, 0, m.start())


def _clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence around pos (after the last . ! ? before it), or 0 when it starts
    before ``floor`` (not looked for further back: each search would run to the text's start)."""
    best = 0
    for ch in ".!?":
        i = text.rfind(ch + " ", max(0, floor - 2), pos)
        best = max(best, i + 2 if i >= 0 else 0)
    return best


def _strip_offices(doc: Doc, lo: int, hi: int) -> str:
    out, pos = [], lo
    for off in doc.offices:
        if off.start >= lo and off.end <= hi:
            out.append(doc.text[pos : off.start])
            pos = off.end
    out.append(doc.text[pos:hi])
    return " ".join(out)


# What may stand between chained titles and the name: commas, the state's full name ("Chủ tịch
# nước Cộng hòa xã hội chủ nghĩa Việt Nam Tô Lâm"), "tại Việt Nam", "ông", a rank.
CHAIN_GAP = kept_regex(
    r"\s*(?:(?:nuoc\s+)?(?:(?:cong hoa xa hoi chu nghia|chxhcn)\s+viet nam|lien bang nga|lb nga)\s*)?"
    r"[\s,]*(?:(?:tai|o|cua)\s+(?:viet nam|nga|lien bang nga|lb nga|ha noi|moskva)\s*)?[\s,]*"
    rf"(?:(?:{HONORIFIC_FOLDED})\.?\s+)?"
)


def title_chain(doc: Doc, mention: Mention) -> list[Mention]:
    """Offices named just before a person, nearest first ("Chủ tịch Đảng …, Phó Chủ tịch … X")."""
    key = ("chain", mention.start)
    done = doc.memo.get(key)
    if done is not None:
        return done  # type: ignore[return-value]
    chain: list[Mention] = []
    edge = mention.start
    i = bisect.bisect_left(doc.office_starts(), edge) - 1
    while i >= 0:
        off = doc.offices[i]
        i -= 1
        if off.end > edge:
            continue
        gap = doc.text[off.end : edge]
        # A line ends a title: a headline's last words ("… hội đàm với Thư ký Hội đồng An ninh
        # Nga") are no part of the title opening the next line.
        if len(gap) > 40 or "\n" in gap or not CHAIN_GAP.fullmatch(fold(gap)):
            break
        if chain and deputy_of(chain[-1].surface, off.surface):
            break  # "thay mặt Chủ tịch nước, Phó Chủ tịch nước X": two people, not one
        chain.append(off)
        edge = off.start
    doc.memo[key] = chain
    return chain


def _chain_start(doc: Doc, mention: Mention) -> int:
    chain = title_chain(doc, mention)
    return chain[-1].start if chain else mention.start


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


def anaphoric(text: str, k: Mention) -> bool:
    """ "Tại buổi hội đàm, …", "Trong cuộc gặp, …": the act told before, named to set what
    the sentence says in it, not one more act (``text`` is the document's)."""
    return bool(
        _ANAPHOR.search(fold(text[max(0, k.start - 20) : k.start]))
        and re.match(r"\s*[,;]", text[k.end :])
    )


def countries_in(s: Sentence) -> set[str]:
    """Countries a sentence names, outside people's names ("Nguyễn Phương Nga" is no country)."""
    spans = [(m.start - s.start, m.end - s.start) for m, _ in s.people]
    return {code for pos, code in find_countries(s.text) if not any(a <= pos < b for a, b in spans)}
