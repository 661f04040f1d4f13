"""The sentences of an article: which speak of a sector, how much the article is about it,
and which whole sentences to quote in an answer.

An article is read as a headline (a short first line without a full stop), a lead (the
first sentences after it) and the body. A sentence that lists a dozen sectors speaks of
each of them only a little; one that names the asked sector alone speaks of it fully.
"""

from __future__ import annotations

import math
import re
from collections import OrderedDict
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter

from store.language import citation
from store.language.cards import DOTTED
from store.language.compiled import kept_regex
from store.language.dates import find_dates, without_archive_prefix
from store.language.fold import fold
from store.language.lexicon import get_lexicon
from store.language.question_words import domain_spans, function_words_at

# A sentence ends at . ! ? … followed by space and a capital, an opening quote or a digit.
# Not after an initial or an abbreviation that takes a dot ("V. Putin", "St. Petersburg",
# "TP. Hồ Chí Minh", "GS. Sadovnichy"): the name goes on.
_SENTENCE_END = kept_regex(
    r"(?<=[.!?…])(?<!\b[A-ZĐ]\.)"
    + "".join(rf"(?<!\b{a}\.)" for a in DOTTED.split("|"))
    + r"[\"”’)]?\s+(?=[\"“‘(]?[0-9A-ZÀ-ỸĐ])"
)
_CAPTION = kept_regex(r"(?i)(?:^|[\s(])(?:ảnh|anh|nguồn|nguon|video|clip)\s*:")
_FOLDED_WORD = kept_regex(r"[0-9a-z]+")
# "(Dân trí) - ", "HÀ NỘI - ", "TTXVN – ": the source or city before a report's first sentence.
_DATELINE = kept_regex(r"^(?:\([^()]{1,40}\)|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ .,/]{1,40})\s*[-–—]\s+")
# "► Heading: …", "• …": a paragraph opening one item of a page of short news items.
_ITEM_MARKS = frozenset("►▶▸•■◆●▪♦➤➢❖✓")
LEAD_SENTENCES = 3
MIN_SENTENCE = 25  # characters: shorter lines are captions, bylines and menus
MAX_QUOTES = 2
MANY_TERMS = 24  # asked terms from which an article's own are looked up first


@dataclass(frozen=True)
class Parsed:
    headline: str | None
    sentences: tuple[str, ...]  # whole sentences, in order (the headline excluded)
    folded: tuple[str, ...]  # " " + folded words + " ", one per sentence
    headline_folded: str
    # Per sentence, the item of a news-in-brief page it stands in (-1: before any item, or
    # a page with no items): a page of items set apart by bullets reports unrelated news.
    items: tuple[int, ...] = ()


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    """One translate table folding Vietnamese letters (precomposed, or marks left alone)."""
    table: dict[int, str] = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        folded = fold(chr(cp))
        if len(folded) == 1:
            table[cp] = folded
    for cp in range(0x300, 0x370):
        table[cp] = ""
    return table


def _fast_fold(text: str) -> str:
    """fold() for whole articles: one table lookup per character."""
    return text.translate(_fold_table()).lower()


class _TokenFolds(dict):
    """A whitespace-separated token's folded words, space-joined ("Nga," → "nga", "–" →
    ""), each token folded once: an article's few hundred tokens are mostly syllables met
    before, so a lookup each replaces folding the text character by character and
    splitting it into words (half of parsing an article)."""

    MAX = 200_000

    def __missing__(self, token: str) -> str:
        if len(self) >= self.MAX:
            self.clear()
        folded = self[token] = " ".join(_FOLDED_WORD.findall(_fast_fold(token)))
        return folded


_FOLDS = _TokenFolds()


def _norm(text: str) -> str:
    """ " " + the text's folded words + " " (whitespace never folds into a word, nor a
    character into whitespace, so the text's tokens are folded one by one)."""
    return " " + " ".join(filter(None, map(_FOLDS.__getitem__, text.split()))) + " "


def _whole(sentence: str, last: bool) -> bool:
    """A sentence ends with punctuation, unless it is the text's last (an excerpt cut short)."""
    s = sentence.rstrip('"”’) ')
    return s.endswith((".", "!", "?", "…", ":")) or not last


_GAP = kept_regex(r"\S(?: {2,}|\t| \| )\S")  # items of a menu set apart
_INITIAL = itemgetter(0)


TAGS_SHARE = 0.85  # capitalised words of a run of tags; a lead's are two in three


def _chrome(line: str, share: float = 0.6) -> bool:
    """A site's menu or a run of tags ("Thời sự  Thế giới  Kinh doanh …"): items set apart
    by wide gaps or bars, or mostly capitalised words."""
    return _gapped_menu(line) or _capitalised(line) > share


def _gapped_menu(line: str) -> bool:
    """Items set apart by wide gaps or bars, three or more."""
    # Every paragraph of every article read for a question passes here: the gaps are looked
    # for only in a line that has one.
    gapped = "  " in line or "\t" in line or " | " in line
    return gapped and len(_GAP.findall(line)) >= 3


def _capitalised(line: str) -> float:
    """The share of the line's words that start with a capital (0 for fewer than four): the
    initials counted without a loop in Python per word."""
    initials = "".join(filter(str.isalpha, map(_INITIAL, line.split())))
    if len(initials) < 4:
        return 0.0
    return sum(map(str.isupper, initials)) / len(initials)


def _terminated(paragraph: str) -> bool:
    return paragraph.rstrip('"”’) ').endswith((".", "!", "?", "…", ":", ";"))


def _heading(paragraphs: list[str], text: str, title: str | None) -> str | None:
    """The headline the article is cited by (its stored title, else the first heading line
    of its text: store.language.citation), when that is a heading and not the lead's first
    sentence or a photo's caption. A listing page's first item or a breadcrumb is not what
    the page is about."""
    head = citation.headline(title, text[: citation.HEAD_CHARS])
    if head is None or title:
        return head
    head = head.removesuffix("…").strip()
    # A heading line; a photo's caption ("… Ảnh: VGP") is not what the article is about.
    lines = (" ".join(p.split()) for p in paragraphs if not _terminated(p))
    return head if head and any(head in x and not _CAPTION.search(x) for x in lines) else None


def _chrome_paragraph(para: str) -> bool:
    """A paragraph with a full stop that is still no sentence: a menu set apart by gaps, a
    run of tags (nearly every word capitalised), or a mostly capitalised photo caption or
    menu (each share read once: a third of parsing an article was this test)."""
    if _gapped_menu(para):
        return True
    share = _capitalised(para)
    return share > TAGS_SHARE or (
        share > 0.6 and (_GAP.search(para) is not None or _CAPTION.search(para) is not None)
    )


_CRUMBS = kept_regex(r"[|›»]|^date ")  # compiled at import, not in a question


def parse(text: str, title: str | None = None) -> Parsed:
    """Headline and whole sentences of an article text.

    Lines without a full stop are headings, menus, datelines or captions, none a sentence:
    the headline is the one the article is cited by (see _heading), else the first that
    reads like a headline (six words or more). The last paragraph of an excerpt cut short
    keeps its whole sentences only.
    """
    # An archive's "date 2023-04" before the first line is no part of what the article says.
    text = without_archive_prefix(text or "")
    # Each line stripped, blank ones left out (as splitting at a newline and the blanks after).
    paragraphs = [p for p in map(str.strip, text.split("\n")) if p]
    headline = _heading(paragraphs, text, title)
    sentences: list[str] = []
    items: list[int] = []
    item = -1
    end = len(paragraphs) - 1
    for pi, para in enumerate(paragraphs):
        last_para = pi == end
        if para[0] in _ITEM_MARKS:
            item += 1
        if not _terminated(para) and not (last_para and len(para) > 200):
            words = len(para.split())
            if headline is None and not sentences and words >= 6 and len(para) <= 200:
                chrome = _chrome(para, 0.5) or _CRUMBS.search(para)
                headline = None if chrome else para
            continue
        # A paragraph with a full stop is a sentence though mostly capitalised (a lead's
        # titles and names: "Chiều 25/7, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm …", two
        # words in three): only a menu set apart by gaps, a photo's caption or a run of tags
        # (nearly every word capitalised) is not.
        if len(para) < 400 and _chrome_paragraph(para):
            continue
        parts = [x.strip() for x in _SENTENCE_END.split(_DATELINE.sub("", para)) if x.strip()]
        for si, sent in enumerate(parts):
            # A caption's label needs its colon: most sentences have none in their start.
            if len(sent) < MIN_SENTENCE or (":" in sent[:40] and _CAPTION.search(sent[:40])):
                continue
            if last_para and si == len(parts) - 1 and not _whole(sent, True):
                continue  # cut off mid-sentence at the end of an excerpt
            sentences.append(sent)
            items.append(item)
    normed = [_norm(x) for x in [headline or "", *sentences]]
    if item < 1:
        items = [-1] * len(sentences)  # one bullet or none: not a page of items
    return Parsed(headline, tuple(sentences), tuple(normed[1:]), normed[0], tuple(items))


def own_passage(p: Parsed, anchor: str) -> Parsed:
    """The part of an article a meeting was told in: on a page of news items, the item
    holding ``anchor`` (a sentence of the meeting: its summary), without the headline and
    the other items; otherwise the whole article. A phrase of the page's other news
    ("xuất khẩu gạo" in the next item) says nothing about the meeting."""
    key = _norm(anchor).strip()
    if not key or not any(i >= 0 for i in p.items):
        return p
    at = next(
        (
            i
            for i, f in enumerate(p.folded)
            if key in f or f.strip() in key and len(f.strip()) > MIN_SENTENCE
        ),
        None,
    )
    if at is None or p.items[at] < 0:
        return p
    keep = [i for i, k in enumerate(p.items) if k == p.items[at]]
    return Parsed(
        None,
        tuple(p.sentences[i] for i in keep),
        tuple(p.folded[i] for i in keep),
        " ",
        tuple(p.items[i] for i in keep),
    )


class ParsedCache:
    """Parsed articles by article id, least recently used dropped first."""

    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self._items: OrderedDict[str, Parsed] = OrderedDict()

    def get(self, key: str) -> Parsed | None:
        p = self._items.get(key)
        if p is not None:
            with suppress(KeyError):  # dropped meanwhile by another thread's question
                self._items.move_to_end(key)
        return p

    def put(self, key: str, text: str, title: str | None = None) -> Parsed:
        p = parse(text, title)
        self._items[key] = p
        while len(self._items) > self.size:
            try:
                self._items.popitem(last=False)
            except KeyError:  # emptied meanwhile by another thread
                break
        return p


ARTICLES = ParsedCache()


@lru_cache(maxsize=1)
def _sector_keys() -> dict[str, str]:
    """Every sector's folded names and synonyms (words set apart by one space), each one's
    sector."""
    lex = get_lexicon()
    owner: dict[str, str] = {}
    for s in lex.sectors.values():
        for w in (s.name, *s.synonyms):
            key = " ".join(_FOLDED_WORD.findall(fold(w)))
            if key:
                owner.setdefault(key, s.name)
    return owner


@lru_cache(maxsize=1)
def _sector_words() -> re.Pattern[str]:
    """One regex over every sector's folded names and synonyms, longest first."""
    alts = "|".join(re.escape(k) for k in sorted(_sector_keys(), key=len, reverse=True))
    return kept_regex(rf"(?<= )(?:{alts})(?= )")  # 30 ms to compile: kept


@lru_cache(maxsize=1)
def _sector_starts() -> tuple[dict[tuple[str, str], tuple[str, ...]], dict[str, str]]:
    """The sector names of two words or more by their first two, longest first, as
    " name "; and those of one word. A sentence is looked up word by word instead of by
    the regex over all of them (which tries every name at every word: 0.05 ms a sentence)."""
    owner = _sector_keys()
    longer: dict[tuple[str, str], list[str]] = {}
    single: dict[str, str] = {}
    for key in sorted(owner, key=len, reverse=True):
        words = key.split(" ")
        if len(words) == 1:
            single[key] = owner[key]
        else:
            longer.setdefault((words[0], words[1]), []).append(f" {key} ")
    return {k: tuple(v) for k, v in longer.items()}, single


@lru_cache(maxsize=8192)
def _sectors_in(folded: str) -> frozenset[str]:
    """The sectors a folded sentence names; overlapping, "an ninh năng lượng" holds "năng
    lượng" too. At each word the longest name starting there counts (as the regex's
    longest-first alternation finds it)."""
    if folded[:1] != " " or folded[-1:] != " " or "  " in folded:
        return _sectors_by_regex(folded)  # not " word word … ": no word walk
    longer, single = _sector_starts()
    owner = _sector_keys()
    found: set[str] = set()
    words = folded[1:-1].split(" ")
    at = 0  # the space before the word
    for word, after in zip(words, [*words[1:], ""], strict=True):
        for key in longer.get((word, after), ()):
            if folded.startswith(key, at):
                found.add(owner[key[1:-1]])
                break
        else:
            if word in single:
                found.add(single[word])
        at += len(word) + 1
    return frozenset(found)


def prepare() -> None:
    """Build the tables reading an article for a sector needs (its names by first words,
    the fold table: ~2 ms), at start-up rather than in the first sector question."""
    _sector_starts()
    _fold_table()


def _sectors_by_regex(folded: str) -> frozenset[str]:
    rx, owner = _sector_words(), _sector_keys()
    found: set[str] = set()
    pos = 0
    while True:  # overlapping: "an ninh năng lượng" holds "năng lượng" too
        m = rx.search(folded, pos)
        if m is None:
            return frozenset(found)
        found.add(owner[m.group()])
        pos = m.start() + 1


def _terms(words: list[str]) -> list[str]:
    # Kept: each of a question's dozen candidate articles asks for the same terms (a broad
    # sector's 60-70 names and synonyms).
    return list(_terms_of(tuple(words)))


@lru_cache(maxsize=256)
def _terms_of(words: tuple[str, ...]) -> tuple[str, ...]:
    # Sentences are folded with hyphens as spaces: a figure's span "5-7 trieu tan" too.
    return tuple(" " + " ".join(w.replace("-", " ").split()) + " " for w in words if w.strip())


def _hits(folded: str, terms: list[str]) -> int:
    return sum(1 for t in terms if t in folded)


def _present(p: Parsed, terms: list[str]) -> list[str]:
    """Of many terms (a broad sector's names and synonyms and its sub-sectors': 60–70),
    those the headline or some sentence holds, looked up by their first and last words
    among the article's words before the text is searched; each sentence is then tested
    for these few. A few terms are tested in each sentence as they are (cheaper)."""
    if len(terms) < MANY_TERMS:
        return terms
    text = "\n".join((p.headline_folded, *p.folded))  # a term holds no newline
    have = set(text.split())
    return [t for t, a, b in _ends(tuple(terms)) if a in have and b in have and t in text]


@lru_cache(maxsize=256)
def _ends(terms: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """Each term with its first and last word."""
    return tuple((t, t.split()[0], t.split()[-1]) for t in terms)


def _weight(folded: str, terms: list[str], asked: set[str]) -> float:
    """How much one sentence is about the terms: full when it names nothing else, less when
    the terms are one item of a long list of sectors."""
    if not _hits(folded, terms):
        return 0.0
    others = len(_sectors_in(folded) - asked)
    return 1.0 / (1.0 + 0.5 * others)


def focus(p: Parsed, words: list[str], sectors: list[str]) -> float:
    """How much the article is about the asked words (sector synonyms, literal phrases):
    the headline, the lead, and the body sentences about them, each weighed by how much
    else it lists."""
    terms = _present(p, _terms(words))
    if not terms:
        return 0.0
    asked = set(sectors)
    score = 2.0 * _weight(p.headline_folded, terms, asked)
    for i, f in enumerate(p.folded):
        w = _weight(f, terms, asked)
        score += w * (1.5 if i < LEAD_SENTENCES else 1.0)
    return min(score, 6.0)


def held(p: Parsed, phrases: list[str]) -> int:
    """How many of the (folded) phrases the headline or a sentence holds word for word."""
    text = [p.headline_folded, *p.folded]
    return sum(1 for t in _terms(phrases) if any(t in f for f in text))


NEAR_GAP = 2  # words an article may write between two words of a question's phrase


def near(p: Parsed, phrases: list[str]) -> int:
    """How many of the (folded) phrases the headline or a sentence holds not word for word
    but nearly: their words in order with at most ``NEAR_GAP`` words between each two
    ("du quoc tang" in "du le quoc tang"), since a question rarely types the article's
    exact phrase. Function words and the generic words of on-topic questions ("dự",
    "sinh viên") are in every article: a phrase of nothing else does not count."""
    out = 0
    for phrase in dict.fromkeys(phrases):
        words = phrase.split()
        long = len(words) >= NEAR_LONG
        if len(words) < 2 or not (long or _telling(phrase)):
            continue
        texts = (p.headline_folded, *p.folded)
        exact = " " + phrase.strip() + " "
        if any(exact in text for text in texts):
            continue  # held word for word: counted by held()
        for text in texts:
            split = text.split()
            if any(
                all(f" {w} " in text for w in part) and _in_order(split, part)
                for part in _most_of(words)
            ):
                out += 1
                break
    return out


# A phrase of this many words says something as a whole, though each word is common ("nhất
# trí nâng quan hệ lên đối tác chiến lược toàn diện"); the article may leave out its first
# or last words ("Hai nhà lãnh đạo nhất trí" before, "… từ cuộc hội đàm nào" after).
NEAR_LONG = 5
NEAR_MOST = 0.75  # of a long phrase's words, kept together, the article must hold


def _most_of(words: list[str]) -> list[list[str]]:
    """The phrase, and for a long one its runs of most of its words, longest first."""
    if len(words) < NEAR_LONG:
        return [words]
    least = max(NEAR_LONG, math.ceil(len(words) * NEAR_MOST))
    return [
        words[i : i + n]
        for n in range(len(words), least - 1, -1)
        for i in range(len(words) - n + 1)
    ]


@lru_cache(maxsize=1024)
def _telling(phrase: str) -> bool:
    """Whether the phrase has a word that is neither a function nor a domain word."""
    words = phrase.split()
    return len(function_words_at(words) | domain_spans(words)) < len(words)


def _in_order(text: list[str], words: list[str]) -> bool:
    """Whether ``words`` stand in ``text`` in order, each at most ``NEAR_GAP`` words after
    the one before."""
    at = {i for i, w in enumerate(text) if w == words[0]}
    for w in words[1:]:
        at = {
            j for i in at for j in range(i + 1, i + 2 + NEAR_GAP) if j < len(text) and text[j] == w
        }
        if not at:
            return False
    return True


def holds(p: Parsed, phrases: list[str]) -> bool:
    """Whether the headline or a sentence holds one of the (folded) phrases word for word."""
    terms = _terms(phrases)
    return any(t in p.headline_folded for t in terms) or any(
        t in f for f in p.folded for t in terms
    )


# "Khóa họp lần thứ 24 Ủy ban …", "Phiên họp thứ XXIV của …": a session's number, then
# the body within a few words; or the body, then its session's number further on.
_BEFORE_BODY = 3
_AFTER_BODY = 24  # "Ủy ban … về hợp tác kinh tế - thương mại và khoa học - kỹ thuật lần thứ 24"


def _session_numbers(words: list[str]) -> list[tuple[int, str]]:
    """(index of the number, the number as written) after "thứ" in folded words; not a
    session being prepared or planned ("chuẩn bị tốt cho phiên họp thứ nhất … dự kiến")."""
    return [
        (i + 1, words[i + 1])
        for i in range(len(words) - 1)
        if words[i] == "thu" and not _PLANNED_BEFORE.search(" ".join(words[max(0, i - 6) : i]))
    ]


_PLANNED_BEFORE = kept_regex(r"\b(?:chuan bi|tien toi|du kien|se|sap|huong toi)\b")


def numbered(p: Parsed, bodies: list[str], ordinals: list[str]) -> bool:
    """Whether the headline or the lead gives one of the (folded) ``bodies`` the session
    number of ``ordinals`` (the forms store.language.question_words.ordinal_phrases makes:
    "thu 24", "thu xxiv"), the first of them to number the body deciding. A number further
    on is another session recalled ("Biên bản Khóa họp lần thứ 23") or announced."""
    wanted = {f.split()[1] for f in ordinals if f.startswith("thu ") and len(f.split()) == 2}
    forms = [b.split() for b in bodies if b]
    for text in (p.headline_folded, *p.folded[:LEAD_SENTENCES]):
        words = text.split()
        starts, numbers, before = _numbered_before(words, forms)
        if not before:
            # "Ủy ban liên Chính phủ …, X và Y đã đồng chủ trì Phiên họp lần thứ 22 của Ủy ban":
            # the body named in full before, then by its head word right after the number.
            heads = [i for i in range(len(words)) for f in forms if words[i : i + 2] == f[:2]]
            before = [
                n
                for at, n in numbers
                if any(b < at for b in starts)
                and any(0 < h - at <= _BEFORE_BODY + 1 for h in heads)
            ][:1]
        after = [n for at, n in numbers if any(0 < at - b <= _AFTER_BODY for b in starts)]
        if before or after:  # the first to number the body tells the session reported
            return bool(wanted & set(before or after))
    # Neither names it: the session the article's people co-chaired further on ("Sau hội
    # đàm, hai Chủ tịch đồng chủ trì Phiên họp lần thứ ba Ủy ban …"), not one recalled.
    for text in p.folded[LEAD_SENTENCES:]:
        if not _CO_CHAIRED.search(text) or _RECALLED.search(text):
            continue
        before = _numbered_before(text.split(), forms)[2]
        if before:
            return bool(wanted & set(before))
    return False


def _numbered_before(
    words: list[str], forms: list[list[str]]
) -> tuple[list[int], list[tuple[int, str]], list[str]]:
    """Where the body starts, the session numbers, and those right before the body: the
    session reported (one further on in the same sentence is another, "… nhất trí tổ chức
    Khóa họp lần thứ 25")."""
    starts = [i for i in range(len(words)) for f in forms if words[i : i + len(f)] == f]
    numbers = _session_numbers(words)
    before = [n for at, n in numbers if any(0 < b - at <= _BEFORE_BODY + 1 for b in starts)]
    return starts, numbers, before


# "đồng chủ trì", "cùng chủ trì", "cùng điều hành phiên họp thứ tư …"
_CO_CHAIRED = kept_regex(r"\b(?:dong|cung) (?:chu tri|dieu hanh)\b")
_RECALLED = kept_regex(r"\b(?:truoc do|hoi thang|nam ngoai|nam truoc|lan truoc|tung)\b")


def stated_day(sentences: list[str], month: int, first: int, last: int | None = None) -> int | None:
    """The first day of this month from ``first`` to ``last`` (or that day alone) that one of
    the sentences (those a meeting was read from) gives with no year ("Ngày 9/9, tại Moskva,
    …", "thăm Nga từ 23 đến 26/10" in an article without a publication date): the meeting's
    day as the article states it, its year unknown. None when none does."""
    last = first if last is None else last
    for text in sentences:
        for d in find_dates(text):
            if d.year is None and d.month == month and d.day is not None:
                end = d.end_day if d.end_day is not None and d.end_month == month else d.day
                if d.day <= last and first <= end:
                    return max(d.day, first)
    return None


def yearless_days(sentences: list[str]) -> list[tuple[int, int]]:
    """(month, day) of each single day the sentences give with no year ("Ngày 6/7, tại …")."""
    return list(
        dict.fromkeys(
            (d.month, d.day)
            for text in sentences
            for d in find_dates(text)
            if d.year is None and d.month and d.day and d.end_day is None
        )
    )


_NUMBER = kept_regex(r"[0-9]+")  # compiled at import, not in a question


def _informative(sentence: str, folded: str) -> float:
    """Content of a lead sentence: distinct words, sectors, numbers; datelines weigh less."""
    words = set(folded.split())
    score = len(words) + 4 * len(_sectors_in(folded)) + 2 * len(_NUMBER.findall(sentence))
    if len(sentence) > 400:
        score *= 0.7  # a paragraph-long sentence is hard to read in a card
    return score


def _another_day(sentence: str, day: tuple[int, int] | None) -> bool:
    """Whether the sentence gives days (month, day) and not the meeting's: a listing page's
    other item, or another event recalled ("Sáng 14/10, …" beside a meeting of 13/10)."""
    if day is None:
        return False
    said = {(d.month, d.day) for d in find_dates(sentence) if d.month and d.day}
    return bool(said) and day not in said


def quotes(
    p: Parsed,
    words: list[str],
    sectors: list[str],
    limit: int = MAX_QUOTES,
    day: tuple[int, int] | None = None,
    naming: list[str] | None = None,
) -> list[str]:
    """Up to ``limit`` whole sentences about the asked words, in article order (none when
    no sentence is about them); with nothing asked, the most informative lead sentence.
    A sentence dated another ``day`` (month, day) than the meeting's is not about it; with
    ``naming`` (folded words: the meeting's people, in an article that tells it in passing),
    only a sentence naming one of them is."""
    terms = _terms(words)
    asked = set(sectors)
    marks = [f" {w} " for w in naming or ()]

    def ours(i: int) -> bool:
        return not _another_day(p.sentences[i], day) and (
            not marks or any(m in p.folded[i] for m in marks)
        )

    if terms:
        terms = _present(p, terms)
        scored = []
        for i, f in enumerate(p.folded):
            w = _weight(f, terms, asked)
            if w > 0 and ours(i):
                scored.append((w + 0.2 * _hits(f, terms) - 0.01 * i, i))
        best = sorted(scored, reverse=True)[:limit]
        return [p.sentences[i] for _, i in sorted(best, key=lambda x: x[1])]
    lead = [k for k in range(min(LEAD_SENTENCES, len(p.sentences))) if ours(k)]
    if not lead:
        return []
    i = max(lead, key=lambda k: (_informative(p.sentences[k], p.folded[k]), -k))
    return [p.sentences[i]]
