"""Person names in Vietnamese news about Russia.

The lexicon knows the leaders; everyone else is found from the title in front of (or after)
the name: "Phó Chủ tịch UBND TP Hà Nội Lê Hồng Sơn", "Thống đốc …, ông Alexander Beglov",
"ngài Sergei Cheremin, Cục trưởng …". Russian names come in several orders — "Given
Surname", "Given Patronymic Surname", "Surname Given Patronymic", even "Given Surname
Patronymic" — and in several spellings ("Sergey/Sergei", "Valeryi/Valery"); they are
reduced to "Given Surname" and mapped to the lexicon's spelling when the person is known.
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import TypeVar

from store.language.bodies import blanked, body_spans, inside_body
from store.language.charsets import is_syllable
from store.language.compiled import kept_regex, word_start_alternatives
from store.language.countries import country_in, country_spans, find_countries, is_country_name
from store.language.fold import fold, squash_spaces
from store.language.fuzzy import OSA
from store.language.lexicon import Lexicon, Mention
from store.language.packaged import files
from store.language.surnames import vn_surnames, written_surnames
from store.language.transliterated import is_hyphenated, transliterated

# Upper-case letters of Latin scripts, Vietnamese included.
UP = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()
)
# Initials are one capital, or a Russian letter Latin spells with two ("O.Yu.", "Zh.").
_TWO_LETTER_INITIALS = (
    "Yu",
    "Ya",
    "Yo",
    "Ye",
    "Zh",
    "Kh",
    "Ch",
    "Sh",
    "Ts",
)  # Ю, Я, Ё, Е, Ж, Х, Ч, Ш, Ц
_INITIAL = rf"(?:[{UP}]|{'|'.join(_TWO_LETTER_INITIALS)})\."
_INITIALS = kept_regex(rf"(?:{_INITIAL}\s?){{1,3}}")
# A capitalised token: initials before a capital, or a word. Written as its first capital
# (a class the engine skips to) and then the rest of either form, told apart by that capital:
# the same matches as `{_INITIALS.pattern}(?=[{UP}])|[{UP}][\w'’\-]*\.?`, which the engine
# tried at every position.
_TOKEN = kept_regex(
    rf"[{UP}](?:(?:\.|(?<=Y)[uaoe]\.|(?<=[ZKCS])h\.|(?<=T)s\.)\s?(?:{_INITIAL}\s?){{0,2}}(?=[{UP}])"
    rf"|[\w'’\-]*\.?)"
)
_PATRONYMIC = kept_regex(r"(?:ovich|evich|ievich|ich|ovna|evna|ievna|ichna)$")
# Words of address and academic honorifics written before a name ("ông X", "Viện sĩ X",
# "GS.TS X"): like a pronoun, they say a name follows, and are no part of it or of a title.
# Academic and professional ranks abbreviated and chained ("GS.TS", "GS.VS", "PGS.TS", "ThS",
# "GS.TSKH", "NGND.GS.TS"): professor, doctor, academician, master, physician, People's Teacher.
_RANKS = r"(?:p?gs|tskh|ts|vs|ths|bs|ngnd|nsnd|ngưt|nsưt)"
_MILITARY = r"(?:đại|thượng|trung|thiếu) tướng|(?:phó |chuẩn )?đô đốc"
HONORIFIC = (
    # "sĩ" is also written "sỹ" ("Viện sỹ Osipov", "Tiến sỹ …")
    r"ông|bà|ngài|đồng chí|viện s[ĩỹ]|giáo sư|phó giáo sư|tiến s[ĩỹ](?: khoa học)?|thạc s[ĩỹ]|bác s[ĩỹ]"
    rf"|{_RANKS}(?:\s*[.\-]\s*{_RANKS})*"
    # "Đại tướng Rashid Nurgaliev, Bộ trưởng …": a general's or an admiral's rank addresses
    # him as "ông" would
    rf"|{_MILITARY}"
    # "anh Nguyễn Anh Tuấn, Bí thư thứ nhất Trung ương Đoàn", "chị Ksenia Razuvaeva": how youth
    # and union news address leaders; in lower case only ("Anh" is England, and a given name)
    r"|(?-i:anh|chị)"
)
# The same, folded (no marks): for matching folded text.
HONORIFIC_FOLDED = (
    r"ong|ba|ngai|dong chi|vien s[iy]|giao su|pho giao su|tien s[iy](?: khoa hoc)?|thac s[iy]|bac s[iy]"
    rf"|{_RANKS.replace('ư', 'u')}(?:\s*[.\-]\s*{_RANKS.replace('ư', 'u')})*"
    rf"|{fold(_MILITARY)}"
)
_PRONOUN = kept_regex(rf"(?<!\w)(?:{HONORIFIC})\.?\s+$", re.IGNORECASE)
_PRONOUN_ALONE = kept_regex(rf"\s*(?:{HONORIFIC})\.?\s+$", re.IGNORECASE)
# Words that start an organisation or a place inside a title's qualifier, never a name.
_NOT_NAME = frozenset(
    w.lower()
    for w in [
        "Bộ",
        "Ban",
        "Ủy",
        "Uỷ",
        "Hội",
        "Hiệp",
        "Tập",
        "Tổng",
        "Công",
        "Viện",
        "Trường",
        "Học",
        "Cục",
        "Vụ",
        "Sở",
        "Phòng",
        "Ngân",
        "Quỹ",
        "Đảng",
        "Nhà",
        "Quân",
        "Liên",
        "Cộng",
        "Chính",
        "Thành",
        "Tỉnh",
        "Vùng",
        "Khu",
        "Quận",
        "Huyện",
        "Thủ",
        "Đại",
        "Trung",
        "Nhóm",
        "Đoàn",
        "Sư",
        "Binh",
        "Tòa",
        "Kiểm",
        "UBND",
        "HĐND",
        "TP",
        "TPHCM",
        "QĐND",
        "CAND",
        "LB",
        "CHXHCN",
        "CHDCND",
        "Tỉnh",
        "Thị",
        "Đài",
        "Báo",
        "Thông",
        "Hàng",
        "Ga",
        "Cảng",
        "Sân",
        "Quốc",
        "Phó",
        "Chủ",
        "Thứ",
        "Bí",
        "Tham",
        "Trợ",
        "Người",
        "Lãnh",
        "Giám",
        "Trưởng",
        "Đặc",
        "Ngoại",
        "Nội",
        "Tư",
        "Lực",
        "Phân",
    ]
)
_PLACE_WORD_BEFORE = kept_regex(
    # "bang Texas" is a state; "Hội đồng Liên bang" is a body, its name done.
    r"(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|vùng|khu vực|(?<!liên )bang|thủ đô|xã|phường|tại|ở)\s*$",
    re.IGNORECASE,
)
# Where a title's tail ends: a clause break or a verb. The character it starts with is read
# first (a class the engine skips to) and told apart after: a mark, a full stop after a word,
# or a space before a verb.
_TAIL_END = kept_regex(
    r"[;!?\n:.\s](?:(?<=[;!?\n:])|(?<=\w{3}\.)(?:\s|$)|(?<=\s)(?:đã|đang|sẽ|vừa|tiếp|hội đàm|hội kiến|gặp|trao|cho|khẳng định|"
    r"nhấn mạnh|cho biết|phát biểu|tới|đến|sang|thăm|làm việc|dẫn đầu|chủ trì|làm|(?<![Tt]iếng\s)nói|(?<!ban\s)về|tham dự|dự"
    # An occasion closes the title: "Bộ trưởng Thể thao Nga trước thềm World Cup".
    r"|trước thềm|nhân dịp|nhân chuyến|bên lề|trong khuôn khổ|trong dịp"
    r"|nhân(?= \d| kỷ niệm| [Nn]gày| lễ))(?!\w))"  # "nhân 153 năm Ngày sinh …"
)
_COORD_WORD = kept_regex(r"\s(?:và|cùng|cùng với)\s")
_MORE_TITLES = kept_regex(
    r"\s*(?:Phó\s+)?(?:Chủ tịch|Ủy viên|Uỷ viên|Bí thư|Trưởng|Tổng|Thứ trưởng|Bộ trưởng|Giám đốc"
    r"|Thành viên|Người đứng đầu|Chủ nhiệm|Đại diện|Thống đốc|Thị trưởng)\b"
)


@cache
def _given_names() -> frozenset[str]:
    data = files("store").joinpath("data/ru_given_names.json").read_text(encoding="utf-8")
    return frozenset(fold(n) for n in json.loads(data))


@cache
def _surname_endings() -> tuple[str, ...]:
    data = files("store").joinpath("data/ru_surname_endings.json").read_text(encoding="utf-8")
    return tuple(json.loads(data)["endings"])


def initialled_russian(tokens: list[str], context: str = "") -> bool:
    """An initial and a surname of Russian form ("I Zubov" from "I.N.Zubov"), or written
    after the initials of a given name and a patronymic ("V.N.Parmon"), as only Russian
    names are."""
    if len(tokens) != 2 or len(tokens[0]) != 1 or not tokens[1].isascii():
        return False
    if fold(tokens[1]).endswith(_surname_endings()):
        return True
    return (
        re.search(rf"(?<!\w){tokens[0]}\.\s?{_INITIAL}\s?{re.escape(tokens[1])}", context)
        is not None
    )


@cache
def _not_persons() -> dict:
    return json.loads(files("store").joinpath("data/not_person_words.json").read_text("utf-8"))


@cache
def _not_person_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _not_persons()["words"])


@cache
def _not_person_names() -> frozenset[str]:
    return frozenset(_not_persons()["names"])


@cache
def _not_name_syllables() -> frozenset[str]:
    return frozenset(_not_persons()["syllables"])


def not_person_word(token: str) -> bool:
    """A word of an event, organisation or product ("World Cup", "Sputnik V", "Rosatom")."""
    return fold(token) in _not_person_words()


def is_patronymic(token: str) -> bool:
    t = fold(token)
    return len(t) >= 7 and bool(_PATRONYMIC.search(t))


def is_given_name(token: str) -> bool:
    t = fold(token)
    if t in _given_names():
        return True
    # Russian "-ий" is written "-iy", "-ii" or "-y": "Radii" is "Radiy", "Yurii" "Yuri".
    if len(t) > 4 and t.endswith(("ii", "iy")):
        return any(v in _given_names() for v in (t[:-1] + "y", t[:-2] + "y", t[:-1] + "i"))
    return False


# A patronymic's ending after its father's given name ("Vladimir-ovich", "Sergey-evich",
# "Nikola-evich", "Il-yich", "Nikit-ichna"), longest first.
_FATHERS_ENDS = (
    "ovich", "yevich", "ievich", "evich", "yich", "ich",
    "ovna", "yevna", "ievna", "evna", "inichna", "ichna",
)  # fmt: skip


@cache
def _given_stems() -> frozenset[str]:
    """Each given name as a patronymic is built on it: whole, without its last vowel or
    "y"/"i" ("Sergei" → "serge"), or without the "e" of its last syllable ("Pavel" → "pavl")."""
    stems: set[str] = set()
    for g in _given_names():
        stems.add(g)
        if g[-1] in "aeiouy":
            stems.add(g[:-1])
        if len(g) > 3 and g[-2] == "e" and g[-1] not in "aeiouy":
            stems.add(g[:-2] + g[-1])
    return frozenset(stems)


def is_fathers_name(token: str) -> bool:
    """A patronymic built on a known given name ("Platonovich", "Sergeyevna"), not a surname
    that ends like one ("Brunich", "Karankevich", "Lukashevich")."""
    t = fold(token)
    if not is_patronymic(t):
        return False
    stems = _given_stems()
    return any(t.endswith(end) and t[: -len(end)] in stems for end in _FATHERS_ENDS)


def vietnamese_script(text: str) -> bool:
    """Written with Vietnamese marks (beyond a bare "đ")."""
    if text.isascii():
        return False  # an ASCII letter folds to its lower case
    return any(map(_marked_letter, set(text)))  # each distinct character once


_MARKED_LETTERS: dict[str, bool] = {}  # character → a marked letter (called per name, per run)


def _marked_letter(ch: str) -> bool:
    seen = _MARKED_LETTERS.get(ch)
    if seen is None:
        if len(_MARKED_LETTERS) > 10_000:
            _MARKED_LETTERS.clear()
        seen = _MARKED_LETTERS[ch] = ch.isalpha() and ch.lower() != fold(ch) and ch.lower() != "đ"
    return seen


def russian_name(tokens: list[str]) -> str | None:
    """ "Given Surname" from the orders Vietnamese news writes Russian names in."""
    tokens = [t for t in tokens if t]
    if len(tokens) < 2:
        return None
    if len(tokens) >= 3:
        a, b, c = tokens[-3:]
        if (len(b) == 1 or b in _TWO_LETTER_INITIALS) and len(c) > 1 and is_given_name(a):
            return f"{a} {c}"  # Given P. Surname ("Viktor A. Matveev", "Dmitry Yu. Sednev")
        if is_patronymic(b) and not is_fathers_name(c):
            return f"{a} {c}"  # Given Patronymic Surname
        if is_fathers_name(c):
            if is_given_name(a) and not is_given_name(b):
                return f"{a} {b}"  # Given Surname Patronymic
            return f"{b} {a}"  # Surname Given Patronymic
    a, b = tokens[-2:]
    if is_fathers_name(b):
        return None  # "Nikolai Platonovich": a given name and a patronymic, no surname
    if is_given_name(b) and not is_given_name(a):
        return f"{b} {a}"  # Surname Given
    return f"{a} {b}"


_SYLLABLE = kept_regex(r"[^\W\d_]{1,7}")


def vietnamese_name(tokens: list[str], whole: bool = False) -> str | None:
    """The name at the end of a run of capitalised words: it starts with a family name.

    ``whole``: the run is all a title or an honorific is followed by ("Phó Chủ tịch Quốc hội
    Uông Chu Lưu", "ông Ksor Phước Hà"); three Vietnamese syllables there are one full name,
    whatever the surname list says of the first — a given name inside is no family name."""
    tail = tokens[-4:]
    surnames = vn_surnames()
    if (
        whole
        and len(tokens) == 3
        and fold(tokens[0]) not in surnames
        and all(_SYLLABLE.fullmatch(t) for t in tokens)
        and vietnamese_script(" ".join(tokens))
    ):
        return " ".join(tokens)
    for i, t in enumerate(tail):
        if _surname(t, surnames) and 2 <= len(tail) - i <= 4:
            if (
                len(tail) - i == 4
                and len(tokens) - len(tail) + i > 0  # a word of the run before it
                and _surname(tail[i + 1], surnames)
            ):
                # "Bệnh viện Bạch Mai Đào Xuân Cơ": a name the run's words before end in a
                # family name's syllable; the full name is the three from the next one.
                return " ".join(tail[i + 1 :])
            return " ".join(tail[i:])
    return None


def _stray_marked(word: str) -> str | None:
    """A Russian name written with a stray Vietnamese mark ("Travnikôv", "Sergêy"): the word
    without it. Not a Vietnamese syllable, and without its marks a Russian given name, patronymic
    or surname by its ending; a Vietnamese word of a name is always one syllable."""
    if word.isascii() or not vietnamese_script(word) or is_syllable(word):
        return None
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))
    # "Na-rư-xkin" is a transliteration in syllables, no stray mark.
    if not bare.isascii() or not bare.isalpha() or not bare[:1].isupper():
        return None
    if fold(bare).endswith(_surname_endings()) or is_given_name(bare) or is_patronymic(bare):
        return bare
    return None


def _surname(token: str, surnames: frozenset[str]) -> bool:
    """A family name: written with its own marks when it has any ("Viên", not "Viễn" of
    "Viện Viễn Đông"), or without marks as a question or an old page may type it."""
    if not vietnamese_script(token):
        return fold(token) in surnames
    return token[:1].upper() + token[1:].lower() in written_surnames()


@dataclass(frozen=True)
class Found:
    name: str
    start: int  # offset of the name's first token in the text
    end: int


def _tokens(run: str, base: int) -> list[tuple[str, int, int]]:
    # Initials ("V.", "S.I.", "A. A.", "Yu.") stand for the given name: its letter is kept,
    # as a patronymic is dropped from a name written in full ("S.I.Morozov" → "S Morozov").
    return [
        (
            w.split(".")[0] if _INITIALS.fullmatch(w) else w.rstrip("."),
            base + m.start(),
            base + m.end(),
        )
        for m in _TOKEN.finditer(run)
        for w in (m.group(0),)
    ]


def _name_tokens(toks: list[tuple[str, int, int]], lex: Lexicon) -> list[tuple[str, int, int]]:
    """The run's tokens once organisation words, acronyms, places and countries are cut off its front."""
    out = list(toks)
    while out:
        word = out[0][0]
        if _surname_first(out):  # "Đoàn Hồng Phong": a family name that also starts bodies
            break
        if word.lower() in _NOT_NAME or (len(word) >= 2 and word.isupper()):
            out.pop(0)
            continue
        cut = 0
        for k in (3, 2, 1):
            if len(out) > k:
                span = " ".join(t for t, _, _ in out[:k])
                if lex.canonical_place(span) or is_country_name(span):
                    cut = k
                    break
        if cut:
            del out[:cut]
            continue
        break
    return out


def _surname_first(toks: list[tuple[str, int, int]]) -> bool:
    """The run is a whole Vietnamese name of three or four marked syllables led by a family
    name that also starts an organisation ("Đoàn Hồng Phong", "Đoàn Thị Minh Châu"; not
    "Đoàn Thanh niên", whose lower-case word ends the run after two)."""
    words = [t for t, _, _ in toks]
    return (
        3 <= len(words) <= 4
        and words[0].lower() in _NOT_NAME
        and words[0] in written_surnames()
        and vietnamese_script(" ".join(words))
    )


def _place_then_russian_name(toks: list[tuple[str, int, int]]) -> bool:
    """ "tỉnh Tver Igor Mikhailovich Rudenya": a region the data lacks, then a Russian name —
    a patronymic, or a known given name with a surname after it, past the region's word."""
    words = [t for t, _, _ in toks]
    if vietnamese_script(" ".join(words)):
        return False
    if len(words) == 2:
        # "Thống đốc tỉnh Alexei Russkikh": the region named before, its governor here.
        return is_given_name(words[0]) and not is_given_name(words[1])
    if len(words) < 3:
        return False
    if len(words) == 3 and is_given_name(words[0]) and is_patronymic(words[1]):
        return True  # "Thống đốc tỉnh Sergei Ivanovich Morozov": the region named before
    return any(is_patronymic(w) for w in words[2:]) or any(is_given_name(w) for w in words[1:-1])


def _place_then_vietnamese_name(
    toks: list[tuple[str, int, int]],
) -> list[tuple[str, int, int]]:
    """The tokens of a Vietnamese full name (a family name and two or three more syllables,
    marked) after one to three words of a place, or none. A place name alone never holds
    one: its family-name-like words come last ("Lâm Đồng", "Bắc Giang") or first ("Hà Tĩnh")."""
    surnames = vn_surnames()
    for i in range(1, min(4, len(toks) - 2)):
        rest = [t for t, _, _ in toks[i:]]
        if fold(rest[0]) in surnames and len(rest) <= 4 and vietnamese_script(" ".join(rest)):
            if len(rest) == 4 and fold(rest[1]) in surnames:
                return toks[i + 1 :]  # "Mường Khương Lò Văn Sáng": the place ends in a surname
            return toks[i:]
    return []


def _elided_place(toks: list[tuple[str, int, int]], lex: Lexicon) -> bool:
    """ "Chủ tịch UBND tỉnh Nguyễn Văn An", "Chủ tịch UBND TP Trần Sỹ Thanh": the province or
    city is the one the text already named, and the run is a Vietnamese full name — three or
    more marked words from a family name, which no place in the data is."""
    words = [t for t, _, _ in toks]
    return (
        len(words) >= 3
        and fold(words[0]) in vn_surnames()
        and vietnamese_script(" ".join(words))
        and not any(
            lex.canonical_place(f"{head}{span}")
            for span in (" ".join(words), " ".join(words[:2]))
            for head in ("", "TP ", "Thành phố ", "tỉnh ")
        )
    )


def name_in_run(
    run: str, base: int, lex: Lexicon, after_place_word: bool = False, whole: bool = False
) -> Found | None:
    """A person's name at the end of a run of capitalised words ("Novatek Leonid Mikhelson",
    "UBND TP Hà Nội Lê Hồng Sơn"), or None when the run holds no name. ``whole``: nothing but
    the name can be in the run (it directly follows a title or an honorific)."""
    # The same runs come after titles again and again ("Nga", a minister's name): the answer
    # depends on the run alone, so it is kept with offsets relative to the run.
    memo = _for_lexicon(_RUN_MEMO, lex, dict)
    key = (run, after_place_word, whole)
    if key in memo:
        hit = memo[key]
        return None if hit is None else Found(hit.name, base + hit.start, base + hit.end)
    found = _name_in_run(run, 0, lex, after_place_word, whole)
    if len(memo) > 20_000:
        memo.clear()
    memo[key] = found
    return None if found is None else Found(found.name, base + found.start, base + found.end)


_RUN_MEMO: dict[int, tuple[weakref.ref[Lexicon], dict[tuple[str, bool, bool], Found | None]]] = {}
_T = TypeVar("_T")


def _for_lexicon(
    table: dict[int, tuple[weakref.ref[Lexicon], _T]], lex: Lexicon, make: Callable[[], _T]
) -> _T:
    """What ``table`` keeps for this lexicon: by its id, checked against a weak reference
    (a lexicon built later may reuse the id of one gone, as tests' lexicons do)."""
    entry = table.get(id(lex))
    if entry is None or entry[0]() is not lex:
        for k, (ref, _) in list(table.items()):  # one copy: threads extract too
            if ref() is None:
                table.pop(k, None)  # a lexicon gone: its cache goes too
        entry = table[id(lex)] = (weakref.ref(lex), make())
    return entry[1]


def _name_in_run(
    run: str, base: int, lex: Lexicon, after_place_word: bool, whole: bool
) -> Found | None:
    raw = _tokens(run, base)
    if raw and raw[0][0] in ("TP", "Tp", "TX"):
        after_place_word = True  # "TP Hồ Chí Minh", "TX Sơn Tây"
        raw = raw[1:]
    toks = [(_stray_marked(t) or t, s, e) for t, s, e in _name_tokens(raw, lex)]
    # A name in hyphenated Vietnamese syllables ("Nga Va-len-ti-na Ma-ti-vi-en-cô"): a
    # foreign name as the old press transliterated it, whatever marks its syllables carry.
    spelt = transliterated([t for t, _, _ in toks])
    if (
        spelt is not None
        and not lex.canonical_place(spelt)
        and not (after_place_word and len(toks) == len(spelt.split()))
    ):  # "vùng Nhi-giơ-ni Nốp-gô-rốt" alone after a place word is the place
        first = spelt.split()[0].rstrip(".")
        given = next(t for t in reversed(toks[:-1]) if t[0].strip().rstrip(".") == first)
        return Found(spelt, given[1], toks[-1][2])
    if (
        after_place_word
        and toks
        and len(toks) == len(raw)
        and not _elided_place(toks, lex)
        and not _place_then_russian_name(toks)
    ):
        # "tỉnh Lâm Đồng", "TP Hồ Chí Minh": the run names a place — unless a full Vietnamese
        # name follows a place the data lacks ("tỉnh Hòa Bình Bùi Văn Khánh").
        toks = _place_then_vietnamese_name(toks)
        if not toks:
            return None
    # A Russian name is the run's last unmarked Latin words ("Công Thương Nga Alexei
    # Vladimirovich Gruzdev", "Rostec Igor Petrov").
    latin: list[tuple[str, int, int]] = []
    for t in reversed(toks):
        word = t[0]
        if (
            vietnamese_script(word)
            or is_country_name(word)
            or word.lower() in _NOT_NAME
            or not_person_word(word)
        ):
            break
        if len(word) >= 2 and word.isupper():
            break
        latin.insert(0, t)
    lead = toks[len(toks) - len(latin) - 1][0] if len(toks) > len(latin) else ""
    vietnamese_given = (
        lead
        and vietnamese_script(lead)
        and fold(lead) in vn_surnames()
        and not any(is_given_name(t) or is_patronymic(t) for t, _, _ in latin)
    )  # "Nguyễn Thanh Long": unmarked given names after a Vietnamese family name
    if (
        len(latin) >= 2
        and not vietnamese_given
        and not vietnamese_script(" ".join(t for t, _, _ in toks[-1:]))
    ):
        toks = latin
    words = [t for t, _, _ in toks]
    body = max((i for i, w in enumerate(words) if w in _not_name_syllables()), default=-1)
    if body >= 0:
        # "Tổng đảng Nước Nga Thống nhất": a body's name; a person's could only follow it.
        toks, words = toks[body + 1 :], words[body + 1 :]
    if len(words) < 2:
        return None
    if vietnamese_script(" ".join(words)) or fold(words[0]) in vn_surnames():
        name = vietnamese_name(words, whole and len(toks) == len(raw))
        if (
            name is None
            or not vietnamese_script(name)
            and fold(name.split()[0]) not in vn_surnames()
        ):
            return None
    elif any(is_country_name(w) or not_person_word(w) for w in words):
        return None  # "World Cup", "Olympic Sochi": an event, not a person
    else:
        name = russian_name(words[-3:])
    if (
        name is None
        or lex.canonical_place(name)
        or is_country_name(name)
        or name in _not_person_names()
    ):
        return None
    first = name.split()[0]
    starts = [s for t, s, _ in toks if t == first]
    start = starts[-1] if starts else toks[0][1]
    return Found(name, min(start, toks[-len(name.split())][1]), toks[-1][2])


def _runs(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of capitalised tokens in text[lo:hi], as (start, end)."""
    runs: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, lo, hi):
        if runs and not text[runs[-1][1] : m.start()].strip():
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return runs


def _tail_end(text: str, start: int, limit: int, offices: list[Mention]) -> int:
    """Where the qualifier and name after a title end."""
    hi = min(len(text), start + limit)
    m = _TAIL_END.search(text, start, hi)
    end = m.start() if m else hi
    window = text[start:end]
    if "và" not in window and "cùng" not in window:
        return end  # no "và", "cùng", "cùng với": no regex (most titles' rests)
    bodies = body_spans(text, start, end)
    for c in _COORD_WORD.finditer(text, start, end):
        if inside_body(bodies, c.start() + 1) is not None:
            continue  # "Bộ trưởng Lao động - Thương binh và xã hội Đào Ngọc Dung"
        nxt = text[c.end() : c.end() + 1]
        if any(o.start == c.end() for o in offices):
            return c.start()
        if not nxt.isupper() and not _FIELDS_TO_STATE.match(text, c.end(), end):
            before = text[max(start, c.start() - 20) : c.start()].split()
            if before and before[-1][:1].islower() and _FIELDS_TO_NAME.match(text, c.end(), end):
                continue  # "Trưởng Vụ Kinh tế đối ngoại và quan hệ quốc tế Sergei Cheremin"
            return c.start()
    return end


# The last fields of a ministry's name, written in lower case, then its state and the name:
# "… truyền thông và thông tin đại chúng Liên bang Nga Maksut Shadayev"; a committee's, then
# its chamber ("… và xây dựng nhà nước Hội đồng Liên bang Nga Name"); a city's department,
# then its city ("Trưởng Ban Quan hệ kinh tế đối ngoại và quốc tế thành phố Moskva Name").
_FIELDS_TO_STATE = kept_regex(
    rf"[a-zà-ỹđ][a-zà-ỹđ ]{{0,50}}?\s(?:(?:Hội đồng Liên bang|Duma Quốc gia|Quốc hội)\s+)?"
    rf"(?:Liên bang Nga|LB Nga|Nga|Việt Nam|(?:thành phố|tỉnh|vùng)\s+[{UP}][\w-]*)\s+[{UP}]"
)
# A body's last fields in lower case, then the holder's name ("… và quan hệ quốc tế Sergei
# Evgenievich Cheremin"), after a lower-case field before "và".
_FIELDS_TO_NAME = kept_regex(rf"[a-zà-ỹđ][a-zà-ỹđ ]{{0,50}}?\s[{UP}][^\s,]*\s+[{UP}]")
_STATE_BEFORE = kept_regex(r"(?:Liên bang|LB|nước)\s*$")


def _field_list(before: str, run: str) -> bool:
    """Past a comma, the rest of a ministry's name that lists its fields, up to the holder's
    name: "Bộ trưởng Phát triển kỹ thuật số, Truyền thông và Thông tin đại chúng Liên bang Nga
    Maksut Shadayev", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng"."""
    tail = before[before.index(",") + 1 :]
    if len(before) > 120 or re.search(r"[;:()\d]", tail):
        return False
    pieces = [p.strip() for p in tail.split(",")]
    if not all(pieces):
        return False  # "…, , Name" or a bare ", Name": an apposition, not a list of fields
    first = run.split()[0] if run.split() else ""
    state = is_country_name(first) or bool(_STATE_BEFORE.search(before))
    listed = bool(re.search(r"(?<!\w)và(?!\w)", tail))
    upper = all(p[:1].isupper() for p in pieces)
    return (listed and (upper or state)) or (upper and state)


# "ông/bà/ngài/đồng chí Name, Title" — with up to two further titles between the name and this
# one ("đồng chí X, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy …").
_PRONOUN_AT = kept_regex(rf"(?<!\w)(?i:{HONORIFIC})(?!\w)")
_APPOSED = kept_regex(
    # A hyphen inside a word is part of a transliterated name ("Nô-vi-cốp"), no separator.
    # An initial's dot is inside the name ("ông S.I. Neverov").
    rf"(?i:{HONORIFIC})\.?\s+((?:[^,;.()\-–]|(?<=\w)-(?=\w)|(?<=[\s.][{UP}])\.){{3,60}}?)"
    # the name as its own language writes it, in brackets: "Xéc-gây Nê-vê-rốp (Sergey Neverov)"
    rf"(?:\s*\(([{UP}][^\W\d_]+(?:[\s.\-]+[{UP}][^\W\d_]*){{1,3}})\))?"
    rf"\s*(?:,|(?<!\w)-|-(?!\w)|–|\()\s*"
    rf"((?:[^\W\d_][^,;.()]{{2,60}}\s*[,\-–]\s*){{0,2}})$"
)
# A transliterated name's original right after it, in brackets.
_ORIGINAL_AFTER = kept_regex(rf"\s*\(([{UP}][^\W\d_]+(?:[\s.\-]+[{UP}][^\W\d_]*){{1,3}})\)")
_BETWEEN = kept_regex(r"[^,]+")
# The marks an _APPOSED match ends with, but for spaces: the title comes right after one.
_APPOSITION_ENDS = (",", "-", "–", "(")


_RANK = "generic_military_rank"  # "Thượng tướng": a rank, no office of a list
_HONORIFIC_HINTS = ("ông", "bà", "ngài", "đồng chí", "sĩ", "sỹ", "sư", "gs", "ts", "anh", "chị")
_HONORIFIC_HINTS += ("tướng", "đốc")  # a general's or an admiral's rank


def deputy_of(deputy: str, office: str) -> bool:
    """ "Phó Chủ tịch nước" after "Chủ tịch nước": nobody holds an office and its deputy."""
    d, o = fold(deputy).split(), fold(office).split()
    if len(d) < 2 or d[0] != "pho" or not o or o[0] == "pho":
        return False
    rest = d[1:]
    n = min(len(rest), len(o))
    return rest[:n] == o[:n]


# A day between a title and a name: the title ended with the clause before it.
_DAY_BETWEEN = re.compile(r"(?<!\d)\d{1,2}[/-]\d{1,2}(?!\d)")


def title_names(
    text: str,
    offices: list[Mention],
    lex: Lexicon,
    known: list[tuple[int, int]] | None = None,
) -> list[tuple[Found, Mention]]:
    """People named by a title: after it ("Thống đốc vùng X Oleg Y", "Thống đốc …, ông Y"),
    or before it ("ông Y, Cục trưởng …", "ngài Y - Phó Chủ tịch …"). ``known`` spans hold
    people already found: a title right before one of them is theirs."""
    out: list[tuple[Found, Mention]] = []
    known = known or []
    starts = {a for a, _ in known}
    # Where offices start, a rank aside: "Thứ trưởng …, Thượng tướng X" holds the office.
    office_starts = {o.start for o in offices if o.key != _RANK}
    for off in offices:
        if lex.offices.get(off.key) is None:
            continue
        end = _tail_end(text, off.end, 140, offices)
        runs = _runs(text, off.end, end)
        bodies = body_spans(text, off.end, end)
        if runs and runs[0][0] in starts and text[off.end : runs[0][0]].strip() in ("", ","):
            continue  # "Thủ tướng Nga Mikhail Mishustin": a known person holds the title
        found: Found | None = None
        for a, b in runs:
            if any(x <= a < y for x, y in known):
                break
            if any(x <= a < y for x, y in bodies):
                continue  # a word of a ministry's name ("Bộ Văn hóa, Thể thao …") names no one
            # A body's name is blanked: its commas list its fields ("Bộ trưởng Bộ Văn hóa,
            # thể thao và du lịch X"), they end no title.
            before = blanked(text, off.end, a, bodies)
            if "," in before and any(
                off.end < o.start < a and deputy_of(o.surface, off.surface) for o in offices
            ):
                break  # "thay mặt Chủ tịch nước, Phó Chủ tịch nước X": X holds the deputy's title
            if _NAMED_AFTER.search(before):
                break  # "Hiệu trưởng Đại học … mang tên M.V.Lomonosov": the body's namesake
            if _INSTITUTION_BEFORE.search(before) and len(text[a:b].split()) <= 2:
                continue  # "Giám đốc Bệnh viện Bạch Mai, ông X": the hospital's name
            if _DAY_BETWEEN.search(before):
                break  # "Thừa ủy quyền của X, Bộ trưởng …, ngày 19/10, tại Moskva, ông Y": X's
            if any(k.surface.islower() for k in lex.find_kinds(before)):
                break  # "Phó Thủ tướng Nga thăm Vietsovpetro": what the holder visited
            # "Title, ông Name" — not "Title, điện đàm với ông Name": a verb between says
            # the one addressed is the other side
            pronoun = bool(_PRONOUN.search(before)) and (
                "," not in before or _PRONOUN_ALONE.match(before.rsplit(",", 1)[1]) is not None
            )
            if (
                "," in before
                and not pronoun
                and not _MORE_TITLES.match(before.rsplit(",", 1)[1])
                and not _listed_office(before, off.end, office_starts)
                and not _field_list(before, text[a:b])
            ):
                # Past a comma, only "ông/bà/ngài Name" names the title's holder, a further
                # title of the same list ("Phó Chủ tịch Duma, Chủ tịch Nhóm nghị sĩ … Name"),
                # or the rest of a ministry's name that lists its fields.
                continue
            # The place word ends the text but for spaces, and has at most 9 letters.
            lead = off.surface + before
            place_word = bool(_PLACE_WORD_BEFORE.search(lead, max(0, len(lead.rstrip()) - 9)))
            found = name_in_run(
                text[a:b],
                a,
                lex,
                after_place_word=place_word and not pronoun,
                whole="," not in before or pronoun,
            )
            if found:
                original = _ORIGINAL_AFTER.match(text, b)
                if original is not None and is_hyphenated(found.name.split()[-1]):
                    # "… Bashkortostan Ra-đi Kha-bi-rốp (Radiy Khabirov)": the original.
                    named = name_in_run(original.group(1), original.start(1), lex, whole=True)
                    if named is not None:
                        found = replace(named, start=found.start)
                break
        if found:
            out.append((found, off))
    # Appositions: "ông/ngài Name, Title" and "ngài Name - Title".
    for off in offices:
        if lex.offices.get(off.key) is None:
            continue
        lo = max(0, off.start - 140)
        window = text[lo : off.start]
        if not window.rstrip().endswith(_APPOSITION_ENDS):
            continue  # most titles follow a word: no regex for them
        low = window.lower()
        if not any(w in low for w in _HONORIFIC_HINTS):
            continue
        # The pronoun nearest the title: "… đồng chí A đã tiếp ông B, Title" is B's title.
        m = next(
            (
                hit
                for p in reversed([p.start() for p in _PRONOUN_AT.finditer(window)])
                if (hit := _APPOSED.match(window, p))
            ),
            None,
        )
        if not m:
            continue
        if not _titles_between(text, lo + m.start(3), lo + m.end(3), office_starts):
            continue
        a = lo + m.start(1)
        runs = _runs(text, a, lo + m.end(1))
        if len(runs) != 1 or runs[0][0] != a:
            continue
        found = name_in_run(text[runs[0][0] : runs[0][1]], runs[0][0], lex, whole=True)
        if found and m.group(2) and is_hyphenated(found.name.split()[-1]):
            # A transliteration with the original beside it: the original is the name.
            b = lo + m.start(2)
            found = name_in_run(m.group(2), b, lex, whole=True) or found
        if found:
            out.append((found, off))
    return out


# A body named after someone ("Đại học … mang tên M.V.Lomonosov", "Học viện mang tên Hồ Chí
# Minh"): the name is the body's, no one present.
_NAMED_AFTER = kept_regex(r"(?<!\w)mang tên\s*$")
# A body's noun right before a run: two words there are its name ("Bệnh viện Bạch Mai",
# "Trường Đại học Nguyễn Trãi"), however like a person's they read.
_INSTITUTION_BEFORE = kept_regex(
    r"(?i)(?<!\w)(?:bệnh viện|trường|đại học|học viện|viện|nhà máy|khách sạn|nhà hát|bảo tàng"
    r"|công ty|tập đoàn|trung tâm)\s*$"
)


def _listed_office(before: str, base: int, office_starts: set[int]) -> bool:
    """Past the last comma of ``before`` (written at ``base``), an office in any case starts:
    a further title of the list ("ủy viên Bộ Chính trị, bí thư Thành ủy Hà Nội X")."""
    tail = before.rsplit(",", 1)[1]
    return base + len(before) - len(tail.lstrip()) in office_starts


def _titles_between(text: str, lo: int, hi: int, office_starts: set[int]) -> bool:
    """Each title of a list between a name and the last one is capitalised, or an office in
    any case ("ông X, ủy viên Ban Thường vụ Tỉnh ủy, phó chủ tịch UBND tỉnh …"): lower-case
    words there are no title ("ông X, người từng học ở Moskva, …")."""
    for part in _BETWEEN.finditer(text, lo, hi):
        at = part.start() + len(part.group()) - len(part.group().lstrip())
        if at < hi and not text[at].isupper() and at not in office_starts:
            return False
    return True


# Academic titles that address a person as "ông" does ("Viện sĩ Alexander Aseev", "Giáo sư
# Châu Văn Minh"), and their abbreviations as the press writes them ("GS.VS", "PGS.TS").
ACADEMIC = ("viện sĩ", "viện sỹ", "giáo sư", "phó giáo sư", "tiến sĩ", "tiến sỹ")
ACADEMIC_ABBREVIATIONS = r"(?<![\w.])(?:P?GS|TSKH|TS|VS|ThS)(?:\s*\.\s*(?:P?GS|TSKH|TS|VS|ThS))*\.?"
# The same, one alternative per first letter with the check before it after that letter
# (addressed_by; tests/test_address_regex.py holds the two to the same matches).
_ABBREVIATION_ALTERNATIVES = [
    head + r"(?:\s*\.\s*(?:P?GS|TSKH|TS|VS|ThS))*\.?"
    for head in (r"P(?<![\w.]P)GS", r"G(?<![\w.]G)S", r"T(?<![\w.]T)(?:SKH|S|hS)", r"V(?<![\w.]V)S")
]


def addressed_by(*words: str) -> str:
    """``(?:{word_start_caseless(*words)}|{ACADEMIC_ABBREVIATIONS})``, the same matches, as
    one alternation whose every alternative starts with a letter: the engine scans for those
    letters instead of trying the whole alternation at every position (3× faster)."""
    return "(?:" + "|".join([*word_start_alternatives(*words), *_ABBREVIATION_ALTERNATIVES]) + ")"


# "ông/bà/ngài Given Surname": a Russian name after a word of address, whatever title follows;
# "đồng chí" too, as party-to-party news addresses a Russian party's officials.
_ADDRESSED = kept_regex(
    # on one line: a name never runs on into the next line (a photo's caption into its byline)
    rf"{addressed_by('ông', 'bà', 'ngài', 'đồng chí', *ACADEMIC)}"
    # a patronymic's initial may sit between given name and surname ("Dmitry Yu. Sednev")
    rf"[ \t]+((?:[{UP}][\w'’\-]*[ \t]|{_INITIAL}[ \t]?){{1,3}}[{UP}][\w'’\-]*)(?![\w'’\-])"
)


# "Viện sĩ V.N.Parmon", "ông A. Kozlov": initials and a surname after a word of address.
_ADDRESSED_INITIALS = kept_regex(
    rf"{addressed_by('ông', 'bà', 'ngài', *ACADEMIC)}"
    rf"[ \t]+((?:(?:[A-Z]|{'|'.join(_TWO_LETTER_INITIALS)})\.[ \t]?){{1,2}}[A-Z][a-z'’\-]+)(?![\w'’\-])"
)


# Where any word of address that the regexes above and document._HONOURED_VN start with
# begins: found once for a text, each of them is tried there only, instead of each scanning
# the text for those words' first letters (most of the letters of Vietnamese).
ADDRESS_WORDS = ("ông", "bà", "ngài", "đồng chí", *ACADEMIC)
_ADDRESS_START = kept_regex(addressed_by(*ADDRESS_WORDS))
_ADDRESS_STARTS: dict[str, list[int]] = {}  # of the last few texts: an article is read thrice


def _address_starts(text: str) -> list[int]:
    """Every place a word of address starts, overlapping ones too ("phó giáo sư", "giáo sư")."""
    out = _ADDRESS_STARTS.get(text)
    if out is None:
        out = []
        m = _ADDRESS_START.search(text)
        while m is not None:
            out.append(m.start())
            m = _ADDRESS_START.search(text, m.start() + 1)
        if len(_ADDRESS_STARTS) >= 4:
            _ADDRESS_STARTS.clear()
        _ADDRESS_STARTS[text] = out
    return out


def addressed_at(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``list(rx.finditer(text))`` for a regex that starts with ``addressed_by`` of words among
    ADDRESS_WORDS (tests/test_address_regex.py holds each such regex to it)."""
    out: list[re.Match[str]] = []
    at = 0
    for p in _address_starts(text):
        if p >= at and (m := rx.match(text, p)) is not None:
            out.append(m)
            at = m.end()  # no match is empty: finditer goes on from its end
    return out


def addressed_names(text: str) -> list[Found]:
    """Russian names after "ông/bà/ngài" that no title found ("ông Anton Vaino, Chánh Văn phòng
    …"): a known given name or a patronymic makes the run a person's name; initials do with
    a surname of Russian form or after a patronymic's initial ("Viện sĩ V.N.Parmon")."""
    out: list[Found] = []
    for m in addressed_at(_ADDRESSED_INITIALS, text):
        run = m.group(1)
        surname = re.split(r"[.\s]+", run)[-1]
        words = [run[0], surname]
        if not_person_word(surname) or not initialled_russian(words, run):
            continue
        out.append(Found(" ".join(words), m.start(1), m.end(1)))
    for m in addressed_at(_ADDRESSED, text):
        run = m.group(1)
        words = run.replace(".", ". ").split()
        words = [w.rstrip(".") for w in words]
        if vietnamese_script(run) or any(is_country_name(w) or not_person_word(w) for w in words):
            continue
        if not any(is_given_name(w) or is_patronymic(w) for w in words):
            continue
        name = russian_name(words)
        if name is not None:
            out.append(Found(name, m.start(1), m.end(1)))
    return out


# A bracketed aside: "tỉnh Hắc Long Giang (Trung Quốc)".
_BRACKETED = kept_regex(r"\(([^()]{2,40})\)")


def guess_country(
    name: str, title_span: str, context: str, lex: Lexicon, office_country: str | None
) -> str | None:
    """The country of someone found by a title: the office's ("Đại sứ Nga tại Việt Nam"), else
    the first the title names ("Tổng Lãnh sự Nga tại TP HCM", "Thống đốc thành phố St.
    Petersburg, LB Nga"), else the script of the name and the context."""
    # Initials glued to the surname ("V.E.Fortov") are read apart, as in a run of words.
    tokens = [t for t, _, _ in _tokens(name, 0)] or name.split()
    if office_country == "VN" and _russian_written(name, tokens):
        # "ông Andrei Nazarov, Thủ tướng Chính phủ Cộng hòa Bashkortostan": a Vietnamese
        # office's words in the title of a Russian name of the country or region it names.
        abroad = [c for _, c in find_countries(title_span) if c != "VN"] + [
            place.country
            for p in lex.find_places(title_span)
            if (place := lex.places.get(p.key)) is not None and place.country not in (None, "VN")
        ]
        if abroad:
            return abroad[0]
        # "Đô đốc Viktor Liyna, Tư lệnh Hạm đội Thái Bình Dương": an office both sides have,
        # held under a Russian name, is not a Vietnamese one.
        near = country_in(context)
        return near if near and near != "VN" else "RU"
    if office_country == "VN":
        # "Bí thư Tỉnh ủy tỉnh Hắc Long Giang (Trung Quốc) X": a Vietnamese office's words for
        # a locality the brackets place in another country.
        for inner in _BRACKETED.findall(title_span):
            spans = country_spans(inner.strip())
            if (
                len(spans) == 1
                and spans[0][2] != "VN"
                and spans[0][1] - spans[0][0] == len(inner.strip())
            ):
                return spans[0][2]
    if office_country:
        return office_country
    named = find_countries(title_span)
    if named:
        codes = [c for _, c in named]
        if len(set(codes)) > 1 and "RU" in codes and _russian_written(name, tokens):
            # "ông Nikolai Nikolaevich Kolesnik, Chủ tịch Hội Cựu chiến binh tham gia chiến
            # tranh Việt Nam của Nga": of the countries the title names, the name's own.
            return "RU"
        return named[0][1]
    for p in lex.find_places(title_span):
        place = lex.places.get(p.key)
        if place is not None and place.country:
            return place.country
    hyphenated = bool(tokens) and is_hyphenated(tokens[-1])
    if not hyphenated and (vietnamese_script(name) or fold(tokens[0]) in vn_surnames()):
        return "VN"
    if hyphenated:
        # "Đmi-tri Nô-vi-cốp": a foreign name transliterated; the country the sentence names.
        near = country_in(context)
        return near if near != "VN" else None
    russian = any(is_given_name(t) or is_patronymic(t) for t in tokens) or initialled_russian(
        tokens, context
    )
    near = country_in(context)
    # The country the sentence names last, unless it is Vietnam and the name is not
    # Vietnamese: "đoàn … Quốc hội Việt Nam … đã làm việc với ông Leonid Slutsky" is the host.
    if near and not (near == "VN" and russian):
        return near
    if russian:
        return "RU"
    return None


def _russian_written(name: str, tokens: list[str]) -> bool:
    """A name in Latin letters with a Russian given name or patronymic, no Vietnamese marks."""
    return not vietnamese_script(name) and any(is_given_name(t) or is_patronymic(t) for t in tokens)


def canonical_variant(name: str, lex: Lexicon, country: str | None) -> str | None:
    """The lexicon's person a spelling variant names ("Valeryi Falkov" → "Valery Falkov"):
    the same surname (give or take a letter) and a matching given name or initial."""
    index = _ru_index(lex)
    memo_key = (name, country)
    if memo_key in index.memo:
        return index.memo[memo_key]
    found = _variant(name, lex, country, index)
    if len(index.memo) > 20_000:
        index.memo.clear()
    index.memo[memo_key] = found
    return found


def _variant(name: str, lex: Lexicon, country: str | None, index: _RuIndex) -> str | None:
    words = fold(name).replace(".", " ").split()
    if len(words) < 2 or vietnamese_script(name):
        return None
    # Russian ё is written "yo" or "e" ("Tsivilyov" = "Tsivilev", "Fyodor" = "Fedor").
    given, surname = _yo(words[0]), _yo(words[-1])
    # Only surnames sharing the first two letters can match: scan that bucket, in the
    # lexicon's order, with difflib's cheap upper bounds before its ratio.
    for cand, sur, giv in index.by_prefix.get(surname[:2], ()):
        if country and lex.people[cand].country != country:
            continue
        sur, giv = _yo(sur), _yo(giv)
        if abs(len(sur) - len(surname)) > 2:
            continue
        match = difflib.SequenceMatcher(None, sur, surname)
        if match.real_quick_ratio() < 0.85 or match.quick_ratio() < 0.85 or match.ratio() < 0.85:
            continue
        if len(given) == 1 and giv[0] == given:
            return cand
        match = difflib.SequenceMatcher(None, giv, given)
        if (
            match.real_quick_ratio() >= 0.75
            and match.quick_ratio() >= 0.75
            and match.ratio() >= 0.75
        ):
            return cand
    return None


def _yo(word: str) -> str:
    return word.replace("yo", "e") if "yo" in word else word


def one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter: replaced, added, dropped, or two neighbours swapped."""
    # Lengths two apart are two edits at least: no distance to compute for most pairs.
    return a != b and abs(len(a) - len(b)) <= 1 and OSA.distance(a, b, score_cutoff=1) <= 1


def misspelt_variant(
    name: str,
    lex: Lexicon,
    country: str | None,
    office: str | None,
    when: date | None,
    spelt_right: set[str],
) -> str | None:
    """The known person a copied page misspelt by one letter of the surname ("Sergei Lavrop"),
    when something else says it is him: the title written with the name is an office he held
    that day, or the same article spells him right. The given name must agree too (or be an
    initial of it): "Dmitry Patrushev" is no typo of Nikolai's name, however close."""
    words = fold(name).replace(".", " ").split()
    if len(words) < 2 or vietnamese_script(name):
        return None
    given, surname = words[0], words[-1]
    if len(surname) < 5:
        return None  # a letter off a short name is another name ("Titov", "Tipov")
    allowed = set(spelt_right)
    if office and when:
        allowed.update(lex.holders(office, when))
    if not allowed:
        return None
    index = _ru_index(lex)
    # The allowed people's rows only, in the index's order (the first that fits wins).
    rows = sorted(i for cand in allowed for i in index.rows_of.get(cand, ()))
    for cand, sur, giv in (index.rows[i] for i in rows):
        if country and lex.people[cand].country != country:
            continue
        if not one_edit(sur, surname):
            continue
        if given == giv or (len(given) == 1 and giv[0] == given):
            return cand
        if difflib.SequenceMatcher(None, giv, given).ratio() >= 0.75:
            return cand
    return None


@dataclass
class _RuIndex:
    # first two letters of the folded surname → (canonical, surname, given name), in order
    by_prefix: dict[str, list[tuple[str, str, str]]]
    memo: dict[tuple[str, str | None], str | None]  # (name, country) → the answer
    rows: list[tuple[str, str, str]]  # every bucket's rows, one bucket after another
    rows_of: dict[str, list[int]]  # canonical → the indexes of its rows in ``rows``


_INDEX: dict[int, tuple[weakref.ref[Lexicon], _RuIndex]] = {}


def _ru_index(lex: Lexicon) -> _RuIndex:
    return _for_lexicon(_INDEX, lex, lambda: _build_ru_index(lex))


def _build_ru_index(lex: Lexicon) -> _RuIndex:
    """(canonical, folded surname, folded given name) of every two-word alias of a
    non-Vietnamese person, bucketed by the surname's first two letters."""
    rows: list[tuple[str, str, str]] = []
    for p in lex.people.values():
        if p.country == "VN":
            continue
        for alias in (p.name, *p.aliases):
            w = fold(alias).split()
            # "Valentina Ivanovna" (name and patronymic) has no surname: "V.A. Ivanov" is not her.
            if len(w) == 2 and w[0].isalpha() and w[1].isalpha() and not is_patronymic(w[1]):
                rows.append((p.name, w[1], w[0]))
    by_prefix: dict[str, list[tuple[str, str, str]]] = {}
    for row in dict.fromkeys(rows):
        by_prefix.setdefault(row[1][:2], []).append(row)
    ordered = [row for bucket in by_prefix.values() for row in bucket]
    rows_of: dict[str, list[int]] = {}
    for i, row in enumerate(ordered):
        rows_of.setdefault(row[0], []).append(i)
    return _RuIndex(by_prefix, {}, ordered, rows_of)


def surname_of(name: str) -> str:
    return fold(squash_spaces(name)).split()[-1] if name.strip() else ""
