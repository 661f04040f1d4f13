"""How people word questions (store/data/questions.json): newsroom abbreviations, small
talk, the vocabulary of on-topic questions, and which leftover tokens look like names.

Question side only; extraction never reads this.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from store.language import fold as fold_module
from store.language.compiled import fingerprint, kept, kept_regex, source_bytes
from store.language.fold import fold, fold_key, nfc
from store.language.lexicon import get_lexicon
from store.language.packaged import files
from store.language.surnames import vn_surnames

_WORD = kept_regex(r"\w+", re.UNICODE)
_VOWELS = set("aeiouy")


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


def is_function_word(folded: str) -> bool:
    """A word every question or meeting shares ("của", "gặp", "năm"): never evidence."""
    return folded in STOP_WORDS


# Syllables that are function words only inside these phrases ("diễn ra" too, though
# "diễn" is none alone): "giá" (price) is not the
# "gia" of "quốc gia", nor "kiểm dịch" the "kiếm" of "tìm kiếm", nor "nâng cấp" "cấp cao",
# nor "dự báo bão" the "bao" of "bao giờ".
_BOUND: dict[str, tuple[str, ...]] = {
    "gia": ("quoc gia",),
    "cap": ("cap cao", "de cap"),
    # "cuộc hội đàm nào nhắc tới …", "được đề cập tại …": what a meeting mentioned, not a word
    # of it ("âm nhạc" stays music)
    "nhac": ("nhac toi", "nhac den", "nhac lai"),
    "de": ("de cap",),
    "kiem": ("tim kiem",),
    "bao": ("bao nhieu", "bao gio", "bao lau", "bao nhieu lan"),
    # "hải quân", "không quân" (the navy, the air force) are no "quan hệ"
    "quan": ("quan he", "lien quan", "co quan"),
    # "cuộc gặp nào diễn ra ở …": the verb of taking place, not "điện" of a text
    "dien": ("dien ra",),
    "xay": ("xay ra",),
    # "sang thăm", "sang dự": going there, not the given name "Sang"
    "sang": ("sang tham", "sang du", "sang lam viec"),
}


def function_words_at(folded_words: list[str]) -> set[int]:
    """Indexes of the words that are function words where they stand."""
    out: set[int] = set()
    for i, w in enumerate(folded_words):
        if w not in STOP_WORDS and w not in _BOUND:
            continue
        phrases = _BOUND.get(w)
        if phrases is not None and not any(_phrase_at(folded_words, i, p.split()) for p in phrases):
            continue
        out.add(i)
    return out


def _phrase_at(words: list[str], i: int, phrase: list[str]) -> bool:
    """Whether ``phrase`` covers position ``i`` of ``words``."""
    for k, w in enumerate(phrase):
        if w == words[i] and words[i - k : i - k + len(phrase)] == phrase:
            return True
    return False


# Function words and words every meeting shares: never keywords, never names.
STOP_WORDS = wordset(
    """
    a ah a oi oi nhe nha vay the thi la ma ma nhi ha hen voi va cua cho den tu tai o trong tren duoi len
    ngoai giua sau truoc nay do kia day roi se dang da vua moi nhat gan cuoi lan cuoc buoi chuyen
    dip khi nao bao gio luc ngay thang nam tuan quy hom gio ai gi dau sao the nhu nhung cac mot hai
    ba bon may bao nhieu so dem co khong chua duoc bi hay hoac xin vui long lam on biet cho toi minh
    ban anh chi em ong ba ngai ngai ay ho chung hai ben phia nuoc quoc gia nha lanh dao cap cao
    tong bi thu viet nam nga lien bang vn ru quan he hop tac song phuong doi tac chien luoc toan dien
    noi dung thoa thuan ket qua van de linh vuc ve ban thao luan nhat tri cam ket ky ket dat gap
    gap go tiep hoi dam hoi kien tham dien tin tuc ban tin su kien cuoc gap thong tin lien quan
    dieu gi can tim kiem tim xem cho hoi muon hoi giup liet ke danh sach tat ca moi toan bo nhieu
    it vai rat lam qua hon kem nhat ca cung deu chi con them nua lai tiep tuc den nay hien nay
    bay gio hien tai gan day vao luc ngay nao dia diem thanh pho noi cho nao lan gan nhat moi nhat
    moi day chao xin chao cam on nhau ra khoi
    """
)

# Vietnamese syllable phonotactics on folded text (marks gone, đ → d): an initial, then a
# rhyme. A rhyme is a vowel nucleus (with its glides) ending the syllable, or a nucleus that
# takes a final consonant; "ch"/"nh" follow front vowels only. Korean, Chinese or Russian
# syllables a loose vowel-run shape let through ("yun", "byung", "yong", "chol", "lee",
# "kang") fail here, so they are read as foreign names.
_INITIALS = wordset("ngh ng nh ch gh gi kh ph qu th tr b c d g h k l m n p r s t v x") | {""}
_OPEN_RHYMES = wordset(
    "a e i o u y ia ua uo ue uy oa oe uya ai ao au ay eo eu iu oi ui uu ieu yeu uoi uou"
    " oai oay oao oeo uay uyu"
)
_CLOSED_RHYMES = {  # nucleus → the final consonants it takes
    "a": "c m n ng p t ch nh",
    "e": "c m n ng p t ch nh",
    "i": "m n p t ch nh",
    "o": "c m n ng p t",
    "u": "c m n ng p t",
    "ie": "c m n ng p t",
    "ye": "m n t",
    "uo": "c m n ng p t",
    "oa": "c m n ng p t ch nh",
    "oe": "n t",
    "ue": "ch nh",
    "ua": "n ng t",
    "uy": "t ch nh",
    "uye": "n t",
    "oo": "ng c",  # "xoong", "soóc"
}
_RHYMES = _OPEN_RHYMES | {n + c for n, finals in _CLOSED_RHYMES.items() for c in finals.split()}
_ROMAN_NUMERAL = kept_regex(r"(?=[ivxlc]{2})c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")


def _spelled(initial: str, rhyme: str) -> bool:
    """Whether this initial may be written before this rhyme ("ke", "ghe", "nghi"; never
    "ce", "ge", "ngi", "ka"; "y…" starts a rhyme after no initial but in "y" itself)."""
    if initial == "qu":
        return rhyme[:1] in ("a", "e", "i", "o", "y") and (
            rhyme in _RHYMES or "u" + rhyme in _RHYMES
        )
    if initial == "gi" and (not rhyme or "i" + rhyme in _RHYMES):
        return True  # "gì", "gìn", "giết"
    if rhyme not in _RHYMES:
        return False
    front = rhyme[0] in "eiy"
    if initial in ("k", "gh", "ngh"):
        return front
    if initial in ("c", "ng") and front or initial == "g" and rhyme[0] == "e":
        return False
    return not (rhyme[0] == "y" and len(rhyme) > 1 and initial)


@lru_cache(maxsize=8192)
def is_vietnamese_word(folded: str) -> bool:
    """Whether a folded token is shaped like one Vietnamese syllable ("gap", "nguyen", "dau",
    "quynh") or is a Roman numeral ("XIII" of a party congress); not "yun", "byung", "chol"."""
    if not folded.isalpha() or not folded.isascii():
        return False
    if _ROMAN_NUMERAL.fullmatch(folded):
        return True
    return any(folded.startswith(i) and _spelled(i, folded[len(i) :]) for i in _INITIALS)


@dataclass(frozen=True)
class _Data:
    # (as written, in any case, the expansion, the other one a form may stand for or None)
    abbreviations: tuple[tuple[re.Pattern[str], re.Pattern[str], str, str | None], ...]
    chat: tuple[tuple[str, str], ...]  # (folded phrase, reply kind), longest first
    chat_filler: frozenset[str]
    domain: frozenset[str]  # folded single words and phrases
    topic_before: tuple[str, ...]
    english: frozenset[str]
    kind_words: tuple[tuple[re.Pattern[str], str], ...]  # (folded words, kind they prefer)
    in_person: re.Pattern[str]  # ends a text right before a kind word said of being there
    agencies: tuple[tuple[str, tuple[str, ...]], ...]  # (folded form, its group), longest first
    events: frozenset[tuple[str, ...]]  # the agencies' groups that meet in numbered sessions
    phrase_lists: dict[str, re.Pattern[str]]  # a list of phrases ("everyday_words"), folded
    marked_forms: dict[str, dict[str, tuple[tuple[str, ...], ...]]]  # its phrases as written
    kind_text: dict[str, tuple[str, ...]]
    honoured: tuple[re.Pattern[str], re.Pattern[str]]  # words before / after the one honoured
    gone: frozenset[str]  # of those, a funeral's or a memorial's (folded)
    died: frozenset[str]  # of those, a death's ("tu tran"), folded
    honour_words: re.Pattern[str]  # any of the words before the one honoured, anywhere
    # The same before / after words as an article writes them (lower case, with marks).
    honour_marked: tuple[re.Pattern[str], re.Pattern[str]]
    envoys: tuple[str, ...]  # folded: "dac phai vien", "thay mat" … before whom one acts for
    envoys_asked: tuple[str, ...]  # the same said in a question only ("dai dien")
    place_owners: re.Pattern[str]
    delegations: frozenset[str]  # folded: owners that are a place's people ("doan")
    residents: re.Pattern[str]
    unmarked: dict[str, frozenset[str]]  # folded words typed without marks, by what they are
    # An occasion of a fixed day, any of its folded forms (longest first), its name and day.
    occasion_days: tuple[re.Pattern[str], dict[str, tuple[str, int, int, int]]]
    chat_spellings: tuple[tuple[str, str], ...] = ()  # (chat spelling, the word it stands for)


def _abbreviation(form: str, any_case: bool, before_name: bool = False) -> re.Pattern[str]:
    # Typed without marks or joiners too: "GD&ĐT" is also "GD-DT", "GD DT", "GDDT".
    parts = re.split(r"\s*[\s&-]\s*", form.strip())
    body = r"\s*[\s&-]?\s*".join(
        "".join({"Đ": "[ĐD]", "đ": "[đd]"}.get(c, re.escape(c)) for c in p) for p in parts
    )
    # A ministry typed before a capitalised word ("NG Trung", "NG Nga") is its minister, unless
    # it follows "Bộ" ("Bộ NG Nga" is the ministry).
    context = (
        (r"(?<!Bộ )(?<!bộ )(?<!Bo )(?<!bo )", r"(?=\s+[^\W\d_a-zđ])") if before_name else ("", "")
    )
    return kept_regex(
        rf"(?<![\w.]){context[0]}(?:{body})(?![\w]){context[1]}", re.IGNORECASE if any_case else 0
    )


def _a_word(form: str) -> bool:
    """A short form that, in lower case, is a word with its marks ("TƯ": "tư" of "đầu tư",
    "Bộ Tư pháp", "thứ Tư"): a question all in lower case means the word."""
    low = nfc(form).lower()
    return sum(c.isalnum() for c in low) < 3 and fold(low) != low and is_vietnamese_word(fold(low))


def _with_same_heads(forms: list[str], heads: list[list[str]]) -> list[str]:
    """The group's forms and each written with a head of the same meaning ("Hội nghị Cấp cao
    X" is also "Hội nghị thượng đỉnh X")."""
    out = list(forms)
    for form in forms:
        for same in heads:
            head = next((h for h in same if form.lower().startswith(h.lower() + " ")), None)
            if head is not None:
                out += [h + form[len(head) :] for h in same if h != head]
    return list(dict.fromkeys(out))


def _group(forms: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(fold_key(f) for f in forms))


def _data() -> _Data:
    """The tables of store/data/questions.json, built once and kept on disk (folding a few
    thousand phrases is most of what a first question costs)."""
    global _DATA
    if _DATA is None:
        raw = files("store").joinpath("data/questions.json").read_bytes()
        key = fingerprint([raw, *source_bytes(sys.modules[__name__], fold_module)])
        _DATA = kept("questions", key, lambda: _build_data(json.loads(raw)))
    return _DATA


_DATA: _Data | None = None


def _alternation(words: Iterable[str]) -> str:
    """Folded words as one regex alternation, longest first ("(?!)" when there are none)."""
    folded = sorted({fold_key(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in folded if w) or "(?!)"


def _marked_alternation(words: Iterable[str]) -> str:
    """Words as written (lower case, with marks) as one regex alternation, longest first."""
    written = sorted({nfc(w).lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in written if w) or "(?!)"


def _build_data(raw: dict[str, Any]) -> _Data:
    abbreviations = []
    for row in raw["abbreviations"]:
        for form in row["forms"]:
            long = sum(c.isalnum() for c in form) >= 3
            abbreviations.append(
                (
                    form,
                    row["expand"],
                    long or bool(row.get("lower")),
                    bool(row.get("before_name")),
                    row.get("or"),
                )
            )
    # Longer forms first: "CT QH" before "CT", "PTTg" before "TTg"; a form's reading before a
    # name before its plain one.
    abbreviations.sort(key=lambda fea: (-len(fea[0]), not fea[3]))
    chat = [(fold_key(p), kind) for kind, phrases in raw["chat"].items() for p in phrases]
    chat.sort(key=lambda pk: -len(pk[0]))
    domain = {fold_key(w) for w in raw["domain_words"]}
    # Numbered events are institutions too: named alone, they are searched the same way.
    events = [
        _with_same_heads(g, raw["events"].get("same_heads", [])) for g in raw["events"]["groups"]
    ]
    groups = [*raw.get("agencies", {}).get("groups", []), *events]
    lists = [k for k, v in raw.items() if isinstance(v, dict) and isinstance(v.get("words"), list)]
    marked: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
    for key in lists:
        forms: dict[str, list[tuple[str, ...]]] = {}
        for w in raw[key]["words"]:
            forms.setdefault(fold_key(w), []).append(tuple(nfc(w).lower().split()))
        marked[key] = {k: tuple(v) for k, v in forms.items()}
    cues = raw.get("honoured", {})
    days = raw.get("occasion_days", {}).get("days", [])
    owners = _alternation(raw.get("place_owners", {}).get("words", ()))
    return _Data(
        abbreviations=tuple(
            # Before a name only as written: a question in lower case has no capital to see.
            (
                _abbreviation(f, any_case and not bn, bn),
                _abbreviation(f, not bn and not _a_word(f), bn),
                e,
                other,
            )
            for f, e, any_case, bn, other in abbreviations
        ),
        chat=tuple(chat),
        chat_filler=frozenset(fold_key(w) for w in raw["chat_filler"]),
        chat_spellings=tuple(
            (k, v) for k, v in raw.get("chat_spellings", {}).items() if not k.startswith("_")
        ),
        domain=frozenset(domain),
        topic_before=tuple(fold_key(w) for w in raw["topic_before"]),
        english=frozenset(fold_key(w) for w in raw["english"]),
        agencies=tuple(
            sorted(
                ((fold_key(form), _group(group)) for group in groups for form in group),
                key=lambda fg: -len(fg[0]),
            )
        ),
        events=frozenset(_group(g) for g in events),
        kind_words=tuple(
            (kept_regex(rf"\b{re.escape(fold_key(w))}\b"), kind)
            for kind, words in raw.get("kind_words", {}).items()
            if not kind.startswith("_")
            for w in words
        ),
        in_person=re.compile(
            rf"(?:^|\s)(?:{_alternation(raw.get('kind_words', {}).get('_in_person', []))})\s+$"
        ),
        phrase_lists={
            key: re.compile(rf"(?<![a-z0-9])(?:{_alternation(raw[key]['words'])})(?![a-z0-9])")
            for key in lists
        },
        marked_forms=marked,
        kind_text={
            kind: tuple(fold_key(w) for w in words)
            for kind, words in raw.get("kind_text", {}).items()
            if not kind.startswith("_")
        },
        envoys=tuple(fold_key(w) for w in raw.get("envoys", {}).get("words", [])),
        envoys_asked=tuple(fold_key(w) for w in raw.get("envoys", {}).get("asked", [])),
        honoured=(
            re.compile(
                rf"(?:^|\s)(?P<w>{_alternation(cues.get('before', ()))})(?:\s+cua)?[\s,:]*$"
            ),
            re.compile(rf"^[\s,:]*(?P<w>{_alternation(cues.get('after', ()))})(?![a-z0-9])"),
        ),
        gone=frozenset(fold_key(w) for w in cues.get("gone", ())),
        died=frozenset(fold_key(w) for w in cues.get("died", ())),
        honour_words=re.compile(
            rf"(?<![a-z0-9])(?:{_alternation(cues.get('before', ()))})(?![a-z0-9])"
        ),
        honour_marked=(
            re.compile(rf"(?<!\w)(?:{_marked_alternation(cues.get('before', ()))})(?!\w)"),
            re.compile(rf"[\s,:]*(?:{_marked_alternation(cues.get('after', ()))})(?!\w)"),
        ),
        # "liên chính phủ" (intergovernmental) is no government a place after it owns.
        place_owners=re.compile(
            rf"(?:^|\s)(?<!lien\s)(?:{owners})(?:\s+(?:tp|thanh pho|tinh|vung))?\s*$"
        ),
        delegations=frozenset(fold_key(w) for w in raw.get("delegations", {}).get("words", ())),
        unmarked={
            k: frozenset(fold_key(w) for w in v)
            for k, v in raw.get("unmarked", {}).items()
            if not k.startswith("_")
        },
        occasion_days=(
            re.compile(
                rf"(?<![\w/])(?:{_alternation(f for o in days for f in o['forms'])})(?![\w/])"
            ),
            {
                fold_key(f): (o["name"], *o["day"], o.get("visits_after", 0))
                for o in days
                for f in o["forms"]
            },
        ),
        residents=re.compile(
            rf"(?:^|\s)(?:{_alternation(raw.get('residents', {}).get('words', ()))})"
            r"(?:\s+(?:vn|viet nam|viet|nga))?"
            r"(?:\s+(?:dang|da|tung|sinh song|hoc tap|hoc|du hoc|tot nghiep|lam viec))*"
            r"\s+(?:o|tai)\s+$"
        ),
    )


def expand_abbreviations(text: str, other: bool = False) -> str:
    """ "TBT Tô Lâm gặp TT Putin" → "Tổng Bí thư Tô Lâm gặp Tổng thống Putin"; with
    ``other``, a form that stands for two titles gets its other one ("tt phuc" → "thu tuong
    phuc"). The same text when it holds no such form.

    Forms of three letters or more match in any case; shorter ones ("TT", "BT") only as
    written, in lower case where the data marks them ("bt quoc phong … Nga"), or in a
    question typed all in lower case ("tt putin").
    """
    lower = not any(c.isupper() for c in text)
    # A question typed without marks gets the expansion without marks too: one marked word
    # would make its other unmarked words read as meant unmarked.
    unmarked = fold(text) == text.lower()
    for rx, rx_any, full, second in _data().abbreviations:
        pattern = rx_any if lower else rx
        full = second if other and second else full  # noqa: PLW2901
        if pattern.search(text):
            text = pattern.sub(fold(full) if unmarked else full, text)
    return text


def two_readings(text: str) -> bool:
    """The text holds a form that stands for two titles ("tt": Tổng thống or Thủ tướng)."""
    lower = not any(c.isupper() for c in text)
    return any(
        (rx_any if lower else rx).search(text)
        for rx, rx_any, _full, second in _data().abbreviations
        if second
    )


def chit_chat(text: str) -> str | None:
    """The kind of small talk ("greeting", "thanks", "identity", "help", "bye") when the whole
    text is small talk, else None."""
    rest = f" {fold_key(text)} "
    if not rest.strip():
        return None
    kinds: list[str] = []
    for phrase, kind in _data().chat:
        if f" {phrase} " in rest:
            rest = rest.replace(f" {phrase} ", " ")
            kinds.append(kind)
    if not kinds:
        return None
    filler = _data().chat_filler
    if any(w not in filler for w in rest.split()):
        return None
    for kind in ("help", "identity", "thanks", "bye", "greeting"):
        if kind in kinds:
            return kind
    return kinds[0]


@cache
def _chat_spellings() -> tuple[re.Pattern[str], dict[str, str]] | None:
    table = dict(_data().chat_spellings)
    if not table:
        return None
    words = "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))
    # A word of its own between spaces or before a question's punctuation, typed in lower case:
    # "Ko" may start a name, "vs." is an abbreviation, "kh&cn" a ministry.
    return re.compile(rf"(?<!\S)(?:{words})(?=[\s,;:?!)]|$)"), table


def chat_spelled(text: str) -> str:
    """The chat spellings of questions.json "chat_spellings" typed in lower case ("ko",
    "vs", "đc") as the words they stand for, and the bot addressed ("… vậy bot") left out
    (an empty word)."""
    found = _chat_spellings()
    if found is None:
        return text
    rx, table = found
    return rx.sub(lambda m: table[m.group()] or " ", text)


def is_domain_word(folded: str) -> bool:
    """A folded word or phrase that on-topic questions use ("hội đàm", "tuyên bố chung")."""
    return folded in _data().domain


def domain_spans(folded_words: list[str]) -> set[int]:
    """Indexes of words covered by a domain word or phrase, in a list of folded words."""
    covered: set[int] = set()
    domain = _data().domain
    n = len(folded_words)
    for i in range(n):
        for size in (4, 3, 2, 1):
            if i + size <= n and " ".join(folded_words[i : i + size]) in domain:
                covered.update(range(i, i + size))
    return covered


@cache
def country_names() -> tuple[tuple[str, str], ...]:
    """(code, name as written) for every country name in store/data/countries.json."""
    rows = json.loads(files("store").joinpath("data/countries.json").read_text(encoding="utf-8"))
    return tuple((row["code"], name) for row in rows for name in row["names"])


@lru_cache(maxsize=1024)
def _agency_rx(form: str) -> re.Pattern[str]:
    # Its words apart as the question writes them: "Bộ Lao động - Thương binh và Xã hội".
    words = r"[\s\-–,&]+".join(map(re.escape, form.split()))
    if _pieced(form):
        # A long one-word name typed in pieces: "petro viet nam", "zarubezh neft".
        words = r" ?".join(map(re.escape, form))
    return kept_regex(rf"(?<![a-z0-9]){words}(?![a-z0-9])")


@cache
def _pieced_forms() -> frozenset[str]:
    """The agencies' forms a question may type in pieces (see _pieced)."""
    return frozenset(form for form, _ in _data().agencies if _pieced(form))


def _pieced(form: str) -> bool:
    """Whether a (folded) form is one long word a question may type in pieces: too long for
    its letters in that order to be met across words by chance."""
    return " " not in form and len(form) >= 8 and form.isalnum()


def find_agencies(folded: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Institutions named in a folded question ("TANDTC", "Tòa án tối cao", "FSB"): their
    spans and every folded form of each, longest match first, none overlapping."""
    return list(_agencies_in(folded))


# Reading one question asks for its institutions four times (its words, its runs, its
# places, the foreign reader): 40 µs each, the 134 forms tried in turn.
@lru_cache(maxsize=1024)
def _agencies_in(folded: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    out: list[tuple[int, int, tuple[str, ...]]] = []
    taken: list[tuple[int, int]] = []
    squeezed = folded.replace(" ", "")
    pieced = _pieced_forms()
    for form, group in _data().agencies:
        if form.split(" ", 1)[0] not in folded and (form not in pieced or form not in squeezed):
            continue  # the regex (built on first use, 134 of them) only where it can match
        for m in _agency_rx(form).finditer(folded):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((m.start(), m.end(), group))
    return tuple(sorted(out))


def is_event(group: tuple[str, ...] | list[str]) -> bool:
    """Whether an agency group found by :func:`find_agencies` is a body meeting in numbered
    sessions (store/data/questions.json "events")."""
    return tuple(group) in _data().events


def ranked_office(title: str) -> bool:
    """Whether an office's holder carries a military or police rank (its title names the
    armed forces, store/data/questions.json "ranked_services")."""
    return _phrase_list("ranked_services").search(fold_key(title)) is not None


def _phrase_list(key: str) -> re.Pattern[str]:
    return _data().phrase_lists[key]


def _marked_forms(key: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases of the list as written (lower case), by their folded form."""
    return _data().marked_forms[key]


def _marks_agree(typed: str, folded: str, key: str, marked: bool) -> bool:
    """Whether words typed with marks are the phrase's own: "hợp tác đường sắt" holds "tac
    duong" folded, but "tác đường" is not "tắc đường" (a traffic jam). A word typed without
    marks may be any, unless the question has marks elsewhere: then it is as typed ("chuyên
    gia" is no "giá")."""
    words = typed.lower().split()
    forms = _marked_forms(key).get(folded, ())
    return not forms or any(
        len(f) == len(words)
        and all((t == fold(t) and not marked) or t == w for t, w in zip(words, f, strict=True))
        for f in forms
    )


def _splits_domain(folded: str, start: int, end: int) -> bool:
    """Whether the span starts or ends inside a phrase of on-topic questions ("hop tac
    duong sat" holds "tac duong", a traffic jam, across "hợp tác"), or is a part of one
    ("chuyen gia" holds "gia", a price)."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(folded)]
    words = [folded[a:b] for a, b in spans]
    domain = _data().domain
    for i in range(len(words)):
        for size in (4, 3, 2):
            if i + size <= len(words) and " ".join(words[i : i + size]) in domain:
                a, b = spans[i][0], spans[i + size - 1][1]
                if (
                    a < start < b < end
                    or start < a < end < b
                    or (a <= start and end <= b and (a, b) != (start, end))
                ):
                    return True
    return False


def _bound_at(folded: str, start: int, end: int) -> bool:
    """Whether the span is a syllable inside a phrase it is bound to ("gia" of "quoc gia"):
    the price asked of "giá" is not in "Đại học Quốc gia"."""
    for phrase in _BOUND.get(folded[start:end], ()):
        for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded):
            if m.start() <= start and end <= m.end():
                return True
    return False


def not_place_spans(question: str) -> list[tuple[int, int]]:
    """Where the question names something that holds a place's name and is no place
    ("châu Á - Thái Bình Dương" holds "Bình Dương"), by offsets in the question; none when
    folding changes its length (no offsets to give)."""
    text = nfc(question)
    folded = fold(text)
    if len(folded) != len(text):
        return []
    return [m.span() for m in _not_places().finditer(folded)]


@cache
def _not_places() -> re.Pattern[str]:
    names = (n for p in get_lexicon().places.values() for n in p.not_names)
    return re.compile(rf"(?<![a-z0-9])(?:{_alternation(names)})(?![a-z0-9])")


def _phrases_in(question: str, key: str) -> list[str]:
    text = nfc(question)
    folded = fold(text)
    same = len(folded) == len(text)
    base = folded if same else fold_key(text)
    found = [
        m
        for m in _phrase_list(key).finditer(base)
        if not _splits_domain(base, m.start(), m.end()) and not _bound_at(base, m.start(), m.end())
    ]
    if not same:
        return list(dict.fromkeys(m.group() for m in found))
    typed = ((text[m.start() : m.end()], m.group()) for m in found)
    marked = folded != text.lower()
    return list(dict.fromkeys(t for t, f in typed if _marks_agree(t, f, key, marked)))


def figure_words(question: str) -> list[str]:
    """Words asking for a figure ("kim ngạch", "tỷ giá"), as typed when the question's
    folding keeps its length (else folded), in the order typed."""
    found = _phrases_in(question, "figure_words")
    if not found and _phrases_in(question, "trade_flows"):
        # "xuất khẩu gạo 9 tháng": goods over a span of months are a trade figure.
        found = _phrases_in(question, "figure_spans")
    return found


def everyday_words(question: str) -> list[str]:
    """Words of an everyday errand ("tình hình giao thông", "học tiếng", "vé máy bay"),
    as :func:`figure_words` gives them."""
    return _phrases_in(question, "everyday_words")


def errand_words(question: str) -> frozenset[str]:
    """Folded words of the question's errand and figure phrases ("tour", "giá", "vé"): never
    a name nor an article's word that could vouch for the question."""
    found = everyday_words(question) + figure_words(question)
    return frozenset(w for p in found for w in fold_key(p).split())


def kind_text(kind: str) -> tuple[str, ...]:
    """Folded words whose presence in a meeting's text makes it of this kind whatever kind
    it was recorded as (store/data/questions.json "kind_text")."""
    return _data().kind_text.get(kind, ())


def preferred_kinds(folded: str) -> list[str]:
    """Kinds of record the question's words prefer without requiring them: "viếng", "tang
    lễ" → condolences; "chúc mừng" → congratulations. Not when the words say someone was
    there ("dự Quốc tang"): a message attends nothing."""
    data = _data()
    return list(
        dict.fromkeys(
            kind
            for rx, kind in data.kind_words
            if any(not data.in_person.search(folded[: m.start()]) for m in rx.finditer(folded))
        )
    )


def place_owner(folded_before: str) -> int | None:
    """Where the body starts in this (folded) text when a place right after it names whose
    body it is ("Chính quyền Moskva", "Đại học Tổng hợp Moskva"), not where anything
    happened; None when it ends in no body."""
    m = _data().place_owners.search(folded_before)
    return None if m is None else m.start() + (m.group()[:1].isspace())


def delegation(words: list[str]) -> bool:
    """Whether a question's folded words before a place are only a delegation's ("đoàn",
    "đoàn tỉnh"): the place's people, not a body whose name goes on with the place."""
    said = " ".join(words)
    for unit in (" thanh pho", " tp", " tinh", " vung"):  # as place_owners allows after it
        if said.endswith(unit):
            said = said[: -len(unit)]
            break
    return said in _data().delegations


def occasion_day(folded: str) -> tuple[str, int, int, int] | None:
    """The occasion of a fixed day a (folded) question names ("quoc khanh", "ngay nuoc nga";
    questions.json "occasion_days"): its name, month and day, and the days after it that
    visits for it go on (the talks the day after Victory Day's parade)."""
    pattern, days = _data().occasion_days
    for m in pattern.finditer(folded):
        if not _in_a_name(folded, m.start()):
            return days[m.group(0)]
    return None


# A clause of another trip or event the act came before or after: "sau khi thăm Triều Tiên",
# "trước hội nghị G20 ở Bali", "trước khi sang Bắc Kinh" (but "trước khi rời Hà Nội" and
# "sau khi đến Moskva" name where the act was).
_OTHER_TRIP = kept_regex(
    r"(?<!\w)(?:truoc\s+khi\s+(?!roi\b)|truoc\s+(?:chuyen|hoi nghi|thuong dinh|dai hoi)\b"
    # (its traveller maybe named first: "ngay sau khi ông Putin thăm Triều Tiên")
    r"|sau\s+khi\s+(?:\w+\s+){0,3}?(?:tham|du|tham du|roi)\b"
    r"|sau\s+(?:chuyen|hoi nghi|thuong dinh|dai hoi)\b)[^,;?]*$"
)


def of_another_trip(folded_before: str) -> bool:
    """A place after this (folded) text is where another trip or event of the question went,
    not where the act asked about was ("… đến Hà Nội sau khi thăm Triều Tiên")."""
    return _OTHER_TRIP.search(folded_before) is not None


# "sau cuộc gặp ở Sochi", "trước cuộc hội đàm với Medvedev ở Moskva", "sau Sochi 2018":
# a meeting named by its place, counted from ("tiếp theo sau …", "… lần gần nhất trước …").
_COUNTED_FROM = kept_regex(
    r"(?<!\w)(sau|truoc)\s+(?:(?:cac\s+)?(?:cuoc|buoi|lan)\s+)?"
    r"(?:(?:gap go|gap|hoi dam|hoi kien|tiep|dien dam|khoa hop|phien hop)\s+)?"
    r"(?:voi\s+(?:[^\s,;?]+\s+){1,4}?)?(?:(?:o|tai)\s+)?$"
)


def counted_from(folded_before: str) -> tuple[str, int] | None:
    """("after" or "before", where the clause starts) when a place right after this (folded)
    text names the meeting a question counts from ("sau cuộc gặp ở Sochi", "trước hội đàm
    với Y tại Moskva")."""
    m = _COUNTED_FROM.search(folded_before)
    return None if m is None else ("after" if m.group(1) == "sau" else "before", m.start())


# "mời Tổng thống Putin thăm Việt Nam": the visit is what was offered, not the act asked
# about; "theo lời mời", "đáp lời mời", "nhận lời mời" frame a visit that was made.
_INVITING = kept_regex(r"(?<!\w)(?<!theo loi )(?<!dap loi )(?<!nhan loi )moi(?!\w)[^,;?]*$")


def inviting_at(folded_before: str) -> int | None:
    """Where "mời" (or "moi" typed without marks) starts when it governs what follows this
    (folded) text: "… mời Putin " before "thăm"."""
    m = _INVITING.search(folded_before)
    return None if m is None else m.start()


# "sau lễ duyệt binh Ngày Chiến thắng", "sau Quốc khánh": asked as what came before the act.
# "sau lễ diễu binh Ngày Chiến thắng 9/5": the occasion's name may run to six words.
_AFTER_OCCASION = kept_regex(r"(?<!\w)sau\s+(?:[^\s,;.]+\s+){0,6}$")


def said_after(folded_before: str) -> bool:
    """ "sau" within the few words that end ``folded_before``: what follows them is asked as
    what came before the act ("ngay sau dịp Quốc khánh 2/9/2018")."""
    return _AFTER_OCCASION.search(folded_before) is not None


_BEFORE_OCCASION = kept_regex(r"(?<!\w)truoc\s+(?:[^\s,;.]+\s+){0,6}$")


def after_occasion(folded: str) -> bool:
    """The occasion of a fixed day the (folded) question names is asked as before the act:
    "sau" within the few words before its name."""
    return _said_of_occasion(folded, _AFTER_OCCASION)


def before_occasion(folded: str) -> bool:
    """… asked as after the act: "trước" within the few words before its name ("điện mừng
    trước Quốc khánh 2019")."""
    return _said_of_occasion(folded, _BEFORE_OCCASION)


def _said_of_occasion(folded: str, said: re.Pattern[str]) -> bool:
    pattern, _days = _data().occasion_days
    for m in pattern.finditer(folded):
        if not _in_a_name(folded, m.start()):
            return said.search(folded[max(0, m.start() - 40) : m.start()]) is not None
    return False


def _in_a_name(folded: str, at: int) -> bool:
    """A word right after a surname is a given name's: "Đặng Quốc Khánh" is a man, not the
    day. "le" is no surname there: unmarked it is "lễ Quốc khánh" as often as "Lê"."""
    before = folded[:at].split()
    return bool(before) and before[-1] != "le" and before[-1] in vn_surnames()


def unmarked_twins(kind: str) -> frozenset[str]:
    """Folded words that typed without marks are as often another word ("ambiguous_sectors",
    "sector_twins", "office_twins" of questions.json)."""
    return _data().unmarked.get(kind, frozenset())


def residents_before(folded_before: str) -> bool:
    """Whether "ở"/"tại" before a country says where people live or study ("sinh viên Việt
    Nam ở Nga", "cộng đồng người Việt tại Nga"), not where a meeting was."""
    return _data().residents.search(folded_before) is not None


def envoy_words(asked: bool = False) -> tuple[str, ...]:
    """The folded words before a leader saying someone acted for him ("đặc phái viên",
    "thay mặt", "thừa ủy quyền"; questions.json "envoys"), with ``asked`` those only a
    question says so ("đại diện")."""
    data = _data()
    return (*data.envoys, *data.envoys_asked) if asked else data.envoys


def honour_ending(folded_before: str) -> str | None:
    """The word ending this (folded) text that makes a person named right after it the one a
    funeral or a tribute is for ("quốc tang …", "viếng …"), not someone who met anyone."""
    m = _data().honoured[0].search(folded_before)
    return m.group("w") if m else None


def honour_starting(folded_after: str) -> str | None:
    """The word starting this (folded) text that makes a person named right before it the
    one a funeral is for ("… lễ tang", as "Nguyen Phu Trong's funeral" is rewritten)."""
    m = _data().honoured[1].match(folded_after)
    return m.group("w") if m else None


def gone_by(word: str) -> bool:
    """Whether the word of honour is a funeral's or a memorial's ("quốc tang", "lăng"): the
    one it is for takes part in no record asked."""
    return word in _data().gone


# "dự Lễ Quốc tang Chủ tịch Ủy ban Trung ương MTTQ Việt Nam X": at most a title between the
# word of honour and the name.
_HONOUR_GAP = 80
_BEFORE_TITLE = kept_regex(r"^(?:của\s+|nguyên\s+|đồng chí\s+)+", re.IGNORECASE)
_GAP_BREAK = kept_regex(r"[,;.:!?()]|\s(?:và|cùng|với)\s")


def honours(sentence: str, name: str) -> bool:
    """Whether an article's sentence names ``name`` as the one a funeral or a tribute is
    for: a word of honour before him with only his title between ("dự Lễ Quốc tang Tổng Bí
    thư X"), or right after him ("X từ trần"). Read with marks: folded, "cố" (the late) is
    "có" (has)."""
    before_rx, after_rx = _data().honour_marked
    text = nfc(sentence)
    lower, who = text.lower(), nfc(name).lower()
    at = lower.find(who)
    while at >= 0:
        if after_rx.match(lower, at + len(who)):
            return True
        lo = max(0, at - _HONOUR_GAP)
        words = list(before_rx.finditer(lower, lo, at))
        if words:
            gap = _BEFORE_TITLE.sub("", text[words[-1].end() : at].strip(" ,:"))
            # A title is written with a capital: "lăng Chủ tịch …", never "và hội kiến …".
            if not gap or (gap[0].isupper() and not _GAP_BREAK.search(f" {gap} ")):
                return True
        at = lower.find(who, at + 1)
    return False


def died_by(word: str) -> bool:
    """Whether the word of honour tells a death ("từ trần", "qua đời")."""
    return word in _data().died


def attended(folded: str) -> bool:
    """Whether the question says someone was there ("dự Quốc tang", "qua viếng", "tới chia
    buồn"): an in-person word right before a word of honour or of condolence."""
    data = _data()
    return any(
        data.in_person.search(folded[: m.start()])
        for rx in (data.honour_words, *(rx for rx, _ in data.kind_words))
        for m in rx.finditer(folded)
    )


def topic_before(folded_prefix: str) -> bool:
    """Whether a country after this (folded) text is a topic ("bàn về Ukraine")."""
    tail = f" {folded_prefix.strip()}"
    return any(tail.endswith(f" {w}") for w in _data().topic_before)


def is_english(folded: str) -> bool:
    return folded in _data().english


# Compiled at import: re's own cache compiled them in the first question reaching here.
_TRIPLE = kept_regex(r"(.)\1\1")
_CONSONANT_RUN = kept_regex(r"[^aeiouy]{5}")


def name_shaped(token: str) -> bool:
    """A typed token that could be a personal name: letters only, a vowel, no long runs of
    one letter or of consonants ("Biden", "Xyzov"; not "asdfghjkl", "zzz", "B52")."""
    if not token.isalpha() or not 3 <= len(token) <= 24:
        return False
    f = fold(token)
    if not any(c in _VOWELS for c in f):
        return False
    if _TRIPLE.search(f):
        return False
    return _CONSONANT_RUN.search(f) is None


def words(text: str) -> list[str]:
    return _WORD.findall(text)


_NUMBER_WORDS = {
    "mot": 1, "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5,
    "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10,
}  # fmt: skip
_ROMAN = kept_regex(r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
# "lần thứ 24", "khóa họp 24", "kỳ họp thứ XXIV", "lần thứ năm": a numbered session or visit.
# An office a number ranks ("Phó Thủ tướng thứ nhất", "Thứ trưởng thứ nhất", "Phó Chủ tịch
# thứ nhất"), right before the number.
_RANKED_OFFICE = kept_regex(r"\b(?:thu tuong|thu truong|chu tich|bi thu|giam doc|chu nhiem)\s+$")
_ORDINAL = kept_regex(
    r"\b(?:(?:lan |phien |ky hop |khoa hop |ky |khoa )?thu|khoa hop|ky hop|phien hop|dai hoi|lan)"
    r" (\d{1,3}|[ivxlc]{1,8}|mot|nhat|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)\b"
)


# "khóa họp thứ 23", "kỳ họp lần thứ 5": a numbered session is a meeting asked for.
_SESSION = kept_regex(
    r"\b(?:khoa hop|ky hop|phien hop|dai hoi)(?: lan)?(?: thu)? (?:\d{1,3}|[ivxlc]{1,8})\b"
)


def numbered_session(folded: str) -> bool:
    """Whether the question asks for a session by its number ("khóa họp thứ 23")."""
    return _SESSION.search(folded) is not None


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):  # fmt: skip
        while n >= value:
            out += letters
            n -= value
    return out


def _from_roman(text: str) -> int | None:
    if not _ROMAN.fullmatch(text):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(text, text[1:] + " ", strict=False):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def ordinal_phrases(folded: str) -> list[str]:
    """The ways an article writes a number the question gives a session or a visit
    ("lần thứ 24" → "lần thứ 24", "thứ 24", "thứ XXIV", "XXIV"), folded."""
    out: list[str] = []
    for m in _ORDINAL.finditer(folded):
        raw = m.group(1)
        word_after_thu = m.group(0).split()[-2] == "thu"
        if m.group(0).startswith("thu") and _RANKED_OFFICE.search(folded, 0, m.start()):
            continue  # "Phó Thủ tướng thứ nhất": a first deputy, no first session
        if raw.isdigit():
            n = int(raw)
        elif raw in _NUMBER_WORDS:
            if not word_after_thu:
                continue  # "khóa họp năm 2024": a year, not the fifth session
            n = _NUMBER_WORDS[raw]
        else:
            n = _from_roman(raw) or 0
        if 1 <= n <= 300:
            out += _ordinal_forms(n)
    return list(dict.fromkeys(out))


def _ordinal_forms(n: int) -> list[str]:
    roman = _roman(n)
    forms = [f"lan thu {n}", f"thu {n}", f"thu {roman}"]
    if len(roman) >= 3:
        forms.append(roman)
    words = {v: k for k, v in _NUMBER_WORDS.items() if k not in ("nhat", "tu", "mot")}
    if n in words:
        forms.append(f"thu {words[n]}")
    if n == 1:
        # The first session is "thứ nhất" (which alone also ranks a first deputy: the
        # session's number is read where it numbers the body, passages.numbered).
        forms.append("thu nhat")
    if n == 4:
        forms.append("thu tu")  # the fourth is "thứ tư" (alone also a Wednesday), not "thứ bốn"
    return forms


# "AMM-58", "SCO-25": an event's short name with its edition's number.
_EDITION = kept_regex(r"\b([a-z][a-z0-9]{1,7})[-–](\d{1,3})\b")


def edition_phrases(folded: str, events: set[str]) -> list[str]:
    """The ways an article writes the edition an event's short name is typed with ("AMM-58"
    → "AMM-58", "lần thứ 58", …), folded; only for the events the question names, so
    "COVID-19" numbers nothing."""
    out: list[str] = []
    for m in _EDITION.finditer(folded):
        n = int(m.group(2))
        if m.group(1) in events and 1 <= n <= 300:
            out += [f"{m.group(1)}-{n}", *_ordinal_forms(n)]
    return list(dict.fromkeys(out))


def as_typed(question: str, folded: str) -> str:
    """The words of ``question`` that fold to ``folded`` ("gia vang" → "Giá vàng"), so a reply
    quotes the user's own spelling; ``folded`` itself when the question does not hold them."""
    want = folded.split()
    if not want:
        return folded
    words = list(_WORD.finditer(question))
    keys = [fold_key(w.group()) for w in words]
    found = [
        question[words[i].start() : words[i + len(want) - 1].end()]
        for i in range(len(words) - len(want) + 1)
        if keys[i : i + len(want)] == want
    ]
    # "Đà Nẵng có nắng không": the capitalised "Nẵng" is the place's, read already; the
    # words left unexplained are the ones typed in lower case.
    return next((f for f in found if not f[:1].isupper()), found[0] if found else folded)
