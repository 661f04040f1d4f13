"""English and Russian questions → the Vietnamese question reader's structured query.

A question in English or Russian is rewritten, phrase by phrase, into the Vietnamese words
the reader (``store.language.query``) already understands: dates first ("in May 2025" →
"tháng 5/2025", "в прошлом году" → "năm ngoái"), then the longest known phrase at each
word — question words, titles, places, sectors, people (Russian case forms: "Медведевым",
"То Ламом") — from store/data/questions_i18n.json and names_i18n.json. Function words are
dropped; anything else is kept (in Latin letters) for the reader to judge, so an unknown
name stays an unknown name. The reader then produces the same :class:`Query` as for the
Vietnamese twin of the question.

Routing is by script and by vocabulary, not by a generic detector (they read accentless
Vietnamese as English): Cyrillic → Russian; English only when English function and
question words outnumber Vietnamese ones.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Literal

from store.language.compiled import kept_regex
from store.language.countries import BILATERAL, capital, folded_names, is_country_name
from store.language.fold import fold_key, nfc
from store.language.lexicon import Lexicon, get_lexicon
from store.language.packaged import files
from store.language.query import Query, understand, without_handles
from store.language.question_words import find_agencies, is_event, is_vietnamese_word
from store.language.surnames import vn_surnames

Lang = Literal["vi", "en", "ru"]
LANGS: tuple[Lang, ...] = ("vi", "en", "ru")

_WORD = kept_regex(r"[^\W_]+(?:[-'’][^\W_]+)*|§\d+§", re.UNICODE)
_PLACE_BEFORE_BODY = kept_regex(
    r"(?i)(?<!\w)([а-яё]+ск(?:ого|ой|ий|ом|ому|ая|ую))\s+"
    r"(горкома|горкоме|горком|обкома|обкоме|обком|горсовета|горсовет|парткома|партком"
    r"|народного комитета|народный комитет|народном комитете)(?!\w)"
)
# "Ниньтхуан-1": a unit's number after its place's name; "АТПФ-26": a session's after an
# acronym (not "Су-30", an aircraft's model).
_NUMBERED = kept_regex(r"(?<=[^\W\d_])-\d$|(?<=^[A-ZА-ЯЁ]{3})-\d\d?$|(?<=^[A-ZА-ЯЁ]{4})-\d\d?$")
_CYRILLIC = kept_regex(r"[\u0400-\u04FF]")
_LATIN = kept_regex(r"[A-Za-z]")
_VIETNAMESE_LETTER = kept_regex(r"[\u0300-\u0323đĐ]")
# Russian case endings a name or a title word may take ("Медведев-ым", "То Лам-ом", "Москв-е").
_ENDINGS = frozenset(
    [
        "а",
        "я",
        "у",
        "ю",
        "ом",
        "ем",
        "ём",
        "ым",
        "им",
        "ой",
        "ей",
        "е",
        "и",
        "ы",
        "ах",
        "ях",
        "ам",
        "ям",
        "ами",
        "ями",
        "ов",
        "ев",
        "ых",
        "их",
        "ою",
        "ею",
    ]
)
# Accentless Vietnamese question and function words: they keep a question Vietnamese.
_VI_CUES = frozenset(
    [
        "khi",
        "nao",
        "dau",
        "gap",
        "voi",
        "va",
        "cua",
        "nam",
        "thang",
        "ngay",
        "o",
        "tai",
        "lan",
        "bao",
        "nhieu",
        "hoi",
        "dam",
        "tiep",
        "tham",
        "nhung",
        "cac",
        "ve",
        "hop",
        "tac",
        "linh",
        "vuc",
        "moi",
        "nhat",
        "gan",
        "gi",
        "ai",
        "la",
        "co",
        "khong",
        "da",
        "nga",
        "viet",
        "tong",
        "thong",
        "thu",
        "tuong",
        "chu",
        "tich",
        "nuoc",
        "bo",
        "cuoc",
        "trong",
        "nay",
        "nhu",
        "sao",
        "duoc",
        "chua",
        "hay",
        "giua",
        "hom",
    ]
)


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]  # lower-case patterns: "word", "stem*" (prefix) or "~name" (cases)
    text: str  # the Vietnamese replacement
    place: bool = False  # a place or country: "in"/"в" before it means "ở"
    city: bool = False  # a place that is no country (a local title may precede it)
    title: bool = False  # an office: "Russian" before it goes after it in Vietnamese
    subject: bool = False  # names who, where or what (a person, office, place, sector)
    person: bool = False  # a person's name
    short: bool = False  # a leader's one-syllable short name ("Lam"): only with a capital
    acronym: bool = False  # written in capitals in the data ("АЭС"): the capitals are the word
    body: bool = False  # an organisation that has a chairman ("VUFO", "Women's Union")


@dataclass(frozen=True)
class _Table:
    entries: dict[str, tuple[_Entry, ...]]  # by the first two letters of the first word
    drop: tuple[str, ...]
    cues: frozenset[str]
    in_place: frozenset[str]
    local: dict[str, str]  # a title → the one it is before a place ("Tổng Bí thư" → "Bí thư")
    envoys: frozenset[str]  # titles whose principal follows with "của" ("Đặc phái viên")
    heads: frozenset[str]  # titles an English place name goes before ("Hanoi chairman")
    body_heads: frozenset[str]  # a chaired body's "president" or "chairman" (Chủ tịch)
    russian: dict[str, str]  # a minister's title as the Russian ministry is called
    place_nouns: tuple[str, ...]  # "province", "город": said of a place, dropped
    org_nouns: tuple[str, ...] = ()  # "institute", "служб*": an organisation's head noun
    head_words: tuple[str, ...] = ()  # "глав*", "ректор*": a title a body's name follows
    local_heads: tuple[str, ...] = ()  # "глава", "head": the head of the place that follows
    governors: dict[str, str] | None = None  # a place's text → its head's title
    # Of ``local_heads``, those meaning a Vietnamese place's leaders, not its chairman alone.
    local_leaders: tuple[str, ...] = ()
    aides: tuple[str, ...] = ()  # "aide", "помощник*": a person's aide, named after them
    ports: tuple[str, ...] = ()  # "port", "порт*": a port a place names
    titles: frozenset[str] = frozenset()  # the Vietnamese titles the table writes
    editions: frozenset[str] = frozenset()  # "армия-": names an event's edition follows


def _lower(text: str) -> str:
    return text.lower().replace("ё", "е").replace("’", "'")


def _data(name: str) -> dict:
    return json.loads(files("store").joinpath(f"data/{name}").read_text(encoding="utf-8"))


def _key_words(phrase: str) -> tuple[str, ...]:
    """A phrase's lookup words: possessives dropped as they are from the question."""
    return tuple(re.sub(r"'s$", "", w) for w in _lower(phrase).split())


def _name_words(form: str) -> tuple[str, ...]:
    return tuple("~" + w for w in _lower(form).replace("«", " ").replace("»", " ").split())


_SIDE_WORDS = frozenset({"russian", "vietnamese", "russia", "vietnam"})


@cache
def _table(lang: str) -> _Table:
    raw = _data("questions_i18n.json")[lang]
    names = _data("names_i18n.json")
    offices = {o["id"]: o for o in _data("offices.json")}
    places = {p["name"]: p for p in _data("places.json")}
    countries = {c["code"]: c["names"][0] for c in _data("countries.json")}
    data = _data("questions_i18n.json")
    lex = get_lexicon()
    # Phrases that write an office ("party chief" → "Tổng Bí thư"); titles are capitalised.
    titled = {v: _is_title(lex, v) for v in set(raw["phrases"].values()) if v[:1].isupper()}
    entries: list[_Entry] = [
        _Entry(
            _key_words(k),
            v,
            title=titled.get(v, False),
            subject=_is_subject(lex, v),
            acronym=k.isupper(),
        )
        for k, v in raw["phrases"].items()
    ]
    entries += [
        _Entry(_key_words(k), v, title=True, subject=True) for k, v in raw["titles"].items()
    ]
    # "foreign intelligence service", "ТАСС", "гендиректор": a body or its head's office, as
    # Vietnamese writes it (questions_i18n.json "agencies").
    entries += [
        _Entry(_key_words(form), body["vi"], subject=True, body=_chaired(lex, body["vi"]))
        for body in data["agencies"]
        for form in body.get(lang, ())
    ]
    # "minister of justice", "justice minister", "министр юстиции" → "Bộ trưởng Tư pháp".
    russian: dict[str, str] = {}
    for ministry in data["ministries"]:
        for head, vi in data["minister_titles"][lang].items():
            text = f"{vi} {ministry['vi']}"
            if "vi_ru" in ministry:
                russian[text] = f"{vi} {ministry['vi_ru']}"
            for form in ministry[lang]:
                shapes = [f"{head} {form}"]
                if lang == "en":
                    *mod, noun = head.split()
                    shapes = [f"{head} of {form}", f"{head} of the {form}"]
                    shapes.append(" ".join([*mod, form, noun]))  # "deputy health minister"
                entries += [_Entry(_key_words(x), text, title=True, subject=True) for x in shapes]
        # "Ministry of Health", "health ministry", "министерство здравоохранения": the body.
        body = f"Bộ {ministry.get('vi_ru', ministry['vi'])}"
        for form in ministry[lang]:
            if lang == "en":
                shapes = [f"ministry of {form}", f"ministry of the {form}", f"{form} ministry"]
            else:
                shapes = [f"министерств* {form}"]
            entries += [_Entry(_key_words(x), body, subject=True) for x in shapes]

    def name_entry(
        form: str,
        text: str,
        place: bool = False,
        city: bool = False,
        person: bool = False,
        short: bool = False,
    ) -> None:
        if not form:
            return
        words = _key_words(form) if lang == "en" else _name_words(form)
        entries.append(_Entry(words, text, place, city, subject=True, person=person, short=short))

    country = {p["name"]: p["country"] for p in _data("people.json")}
    for canonical, forms in names["people"].items():
        name_entry(forms[lang], canonical, person=True)
        # "Trong meeting with Medvedev", "Лам и Путин": the short name the foreign press
        # calls a Vietnamese leader by, though it also spells a Vietnamese word.
        name_entry(forms.get("short", {}).get(lang, ""), canonical, person=True, short=True)
        latin = forms["en"].split()
        surname = forms["ru"].split()[-1]
        if country.get(canonical) != "VN" and len(latin) > 1 and len(surname) > 3:
            # A Russian or foreign surname alone ("Мишустина", "Kozhemyako"): its Latin form,
            # which the reader matches (and reports as ambiguous when two people share it).
            name_entry(surname if lang == "ru" else latin[-1], latin[-1], person=True)
    for oid, forms in names["offices"].items():
        title = offices.get(oid, {}).get("title")
        if title:
            name_entry(forms[lang], title)
    # A province as Vietnamese articles write it ("tỉnh Irkutsk", not "Irkutsk Oblast"; a
    # krai "vùng Khabarovsk"): the reader finds a governor's title in the text by it.
    written = {
        n: min(
            (a for a in p["aliases"] if a.startswith(("tỉnh ", "vùng "))), default=n, key=_oblast
        )
        if p.get("kind") == "province" and p["country"] != "VN"
        else n
        for n, p in places.items()
    }
    for canonical, forms in names["places"].items():
        if canonical in places:
            name_entry(forms[lang], written[canonical], place=True, city=True)
    for form, canonical in data["place_forms"][lang].items():
        if canonical in places:
            name_entry(form, written[canonical], place=True, city=True)
    # "the Moscow region", "Irkutsk Oblast", "Иркутская область", "Подмосковье": the province
    # a city gives its name to, as Vietnamese writes it ("tỉnh Irkutsk").
    regions = data["regions"]
    for canonical, forms in names["places"].items():
        if places.get(canonical, {}).get("kind") == "city" and places[canonical]["country"] != "VN":
            for shape in _region_shapes(forms[lang], lang, regions[lang]["words"]):
                name_entry(shape, f"tỉnh {canonical}", place=True, city=True)
        elif _governed(places.get(canonical, {})) and " " not in forms[lang]:
            # "Sakhalin Oblast", "Сахалинская область": a province named by one word.
            for shape in _region_shapes(forms[lang], lang, regions[lang]["words"]):
                name_entry(shape, written[canonical], place=True, city=True)
    for form, canonical in regions[lang]["forms"].items():
        if canonical in places:
            name_entry(form, written[canonical], place=True, city=True)
    # The title of whoever heads a place ("глава Приморья", "head of Kazan"): a governor for a
    # province, a mayor for a city; a Vietnamese one's people's committee chairman.
    heads = data["local_heads"]
    governors: dict[str, str] = {}
    for n, p in places.items():
        if p["country"] == "VN":
            governors[n] = _CHAIR
        elif p.get("kind") == "city":
            governors[n] = heads["city"]
            governors[f"tỉnh {n}"] = heads["province"]
        elif _governed(p):
            governors[written[n]] = heads["province"]
        elif p.get("kind") == "province":
            # A republic ("the head of Bashkortostan"): its head's title is its own, and
            # articles write it in many ways; he is its leader ("lãnh đạo Bashkortostan"),
            # as a Vietnamese question says (a place after "lãnh đạo" ranks, not filters).
            governors[n] = heads["other"]
    # "the head of Rosatom", "глава Росатома": the one office the data has of that body.
    for words, title in _body_heads(lang, names, offices, heads[lang]):
        entries.append(_Entry(words, title, title=True, subject=True))
    for canonical, forms in names["sectors"].items():
        name_entry(forms[lang], canonical)
    for code, forms in names["countries"].items():
        if code in countries:
            name_entry(forms[lang].removeprefix("the "), countries[code], place=True)
    if lang == "en":
        # "deputy foreign ministers", "health ministers of the two countries": a title in
        # the plural is the same office (the table lists most in the singular only).
        known = {e.words for e in entries}
        entries += [
            replace(e, words=(*e.words[:-1], e.words[-1] + "s"))
            for e in list(entries)
            if e.title
            and e.words[-1] == "minister"
            and (*e.words[:-1], "ministers") not in known
            # "Vietnamese and Russian prime ministers": a shared title (_shared_title).
            and not set(e.words) & _SIDE_WORDS
        ]
    index: dict[str, list[_Entry]] = {}
    for e in entries:
        index.setdefault(_key(e.words[0]), []).append(e)
    for k in index:  # longest first; phrases (listed first) win ties
        index[k].sort(key=lambda e: -len(e.words))
    # Words that mark a question as English: its cue and function words and the words of
    # its phrases and titles, less those that could be an accentless Vietnamese syllable.
    titles = [f[lang] for k in ("offices", "sectors") for f in names[k].values()]
    words = {w for form in [*raw["phrases"], *raw["titles"], *titles] for w in _lower(form).split()}
    words |= set(raw["drop"])
    words |= {_lower(w) for w in raw.get("cues", [])}
    # A word the Vietnamese titles write the same way ("Rosatom", "Gazprom", "Duma") is a
    # name, evidence of no language.
    shared = {w for o in offices.values() for w in _lower(o["title"]).split()}
    cues = frozenset(
        w
        for w in words
        if w.isalpha()
        and (w in raw.get("cues", []) or (not is_vietnamese_word(w) and w not in shared))
        # "Admiral Tributs" is a ship Vietnamese news names in Latin letters too
        and w not in raw.get("not_cues", [])
    )
    return _Table(
        entries={k: tuple(v) for k, v in index.items()},
        drop=tuple(_lower(w) for w in raw["drop"]),
        cues=cues,
        in_place=frozenset(raw.get("in_place", [])),
        local=data["local_titles"],
        envoys=frozenset(data["envoy_titles"]),
        heads=frozenset(data["place_heads"]),
        body_heads=frozenset(data["shared_titles"]["body"]),
        russian=russian,
        place_nouns=tuple(raw.get("place_nouns", ())),
        org_nouns=tuple(raw.get("org_nouns", ())),
        head_words=tuple(raw.get("head_words", ())),
        local_heads=tuple(heads[lang]),
        governors=governors,
        local_leaders=tuple(heads["leaders"][lang]),
        aides=tuple(raw.get("aides", ())),
        ports=tuple(raw.get("ports", ())),
        titles=frozenset(e.text for e in entries if e.title),
        editions=frozenset(
            e.words[0][:-1] for e in entries if len(e.words) == 1 and e.words[0].endswith("-*")
        ),
    )


_OF_BODY = kept_regex(r"^.+? of (?:the )?([A-Z].+)$")


def _body_heads(
    lang: str, names: dict, offices: dict, head_words: list[str]
) -> list[tuple[tuple[str, ...], str]]:
    """Phrases that name a body's head by a head word ("head of Rosatom", "Rosatom chief",
    "глава Росатома", "главой «Роснефти»") and the title of the one office the data has of
    that body (the English form "… of <body>"; the Russian form's words after its
    lower-case title words are the body in the genitive). Bodies of several offices, a
    deputy's and countries ("President of Russia") are left out: a head word says nothing
    of which one."""
    countries = {f["en"].removeprefix("the ") for f in names["countries"].values()}
    bodies: dict[str, list[tuple[str, str]]] = {}
    for oid, forms in names["offices"].items():
        office = offices.get(oid)
        if oid.startswith("_") or not office or office.get("generic") or not office["title"]:
            continue
        if office["title"].startswith(("Phó", "Thứ trưởng")):
            continue
        m = _OF_BODY.match(forms["en"])
        if m and m.group(1) not in countries:
            bodies.setdefault(m.group(1), []).append((forms["ru"], office["title"]))
    out: list[tuple[tuple[str, ...], str]] = []
    for body, held in bodies.items():
        if len(held) != 1:
            continue
        ru, title = held[0]
        if lang == "en":
            shapes = [f"{h} of {body}" for h in head_words] + [
                f"{h} of the {body}" for h in head_words
            ]
            shapes += [f"{body} {h}" for h in head_words]
            out += [(_key_words(x), title) for x in shapes]
            continue
        words = ru.split()
        k = 1
        while k < len(words) and words[k][:1].islower() and words[k][:1] != "«":
            k += 1  # "Генеральный директор Росатома", "Председатель правления Газпрома"
        if k == len(words):
            continue
        rest = _name_words(" ".join(words[k:]))
        out += [((h, *rest), title) for h in head_words]
    return out


def _governed(place: dict) -> bool:
    """A foreign province a governor heads (an oblast or krai: "vùng X", "tỉnh X"), not a
    republic, whose head has a title of its own."""
    return (
        place.get("kind") == "province"
        and place.get("country") != "VN"
        and any(a.startswith(("vùng ", "tỉnh ")) for a in place.get("aliases", []))
    )


def _oblast(alias: str) -> bool:
    """ "tỉnh X" before "vùng X": how articles most often title a governor's province."""
    return not alias.startswith("tỉnh ")


def _region_shapes(city: str, lang: str, words: list[str]) -> list[str]:
    """How a province named after ``city`` is written: "Irkutsk region", "Irkutsk Oblast";
    "Иркутская область", "Хабаровский край" (the adjective of a city in "-ск")."""
    if lang == "en":
        return [f"{city} {w}" for w in words]
    if city.endswith("ск"):
        return [f"{city}{w}" for w in words]
    if city[-1:] in _HARD_FINAL and " " not in city and "-" not in city:
        return [f"{city}ск{w}" for w in words]  # "Тамбовская", "Воронежская область"
    return []


_HARD_FINAL = frozenset("бвгджзклмнпрстфхш")


def _is_subject(lex: Lexicon, text: str) -> bool:
    """Whether a phrase's Vietnamese names a person, office, place or sector (not a question
    word or a kind of meeting): the question then has a subject beside its unknown words.
    The two sides ("Vietnam", "Russia") are none: every meeting has them ("Vietnam Russia
    concert" asks about a concert)."""
    if fold_key(text) in folded_names(BILATERAL):
        return False
    return text[:1].isupper() or bool(lex.find_sectors(text))


def _is_title(lex: Lexicon, text: str) -> bool:
    return any(m.start == 0 for m in lex.find_offices(text))


def _chaired(lex: Lexicon, body: str) -> bool:
    """Whether a body has a chairman the lexicon knows ("Chủ tịch Hội …", "Chủ tịch Liên
    hiệp …"): its "president" is that chairman, not a head of state."""
    return _is_title(lex, f"{_CHAIR} {body}")


def _key(pattern: str) -> str:
    return pattern.lstrip("~")[:2]


def _matches(word: str, pattern: str) -> bool:
    if pattern.startswith("~"):
        return _case_form(word, pattern[1:])
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def _case_form(word: str, form: str) -> bool:
    """Whether ``word`` is ``form`` in some Russian case: "Дананге" of "Дананг", "Нижнем"
    of "Нижний", "Ростове-на-Дону" of "Ростов-на-Дону"."""
    if word == form:
        return True
    if "-" in form:  # "Ростове-на-Дону" declines its head, "Санкт-Петербурге" its tail
        head, _, rest = form.partition("-")
        w_head, _, w_rest = word.partition("-")
        if w_head == head:
            return _case_form(w_rest, rest)
        return w_rest == rest and _case_form(w_head, head)
    if len(form) > 4 and form[-2:] in _ADJECTIVE:
        stem = form[:-2]
        if word.startswith(stem) and word[len(stem) :] in _ADJECTIVE[form[-2:]]:
            return True
    # "Приморье" → "Приморья", "Подмосковьем": a neuter in "-ье" declines like "-ь".
    cut = form[-1] in "аяйь" or form.endswith(("ье", "ие"))
    stem = form[:-1] if len(form) >= 3 and cut else form  # "Уфа" → "в Уфе"
    return len(stem) >= 2 and word.startswith(stem) and word[len(stem) :] in _ENDINGS


# Adjectival place names ("Нижний Новгород", "Приморский край"): their case endings.
_ADJECTIVE = {
    "ий": frozenset(["ий", "его", "ого", "ему", "ому", "им", "ем", "ом"]),
    "ый": frozenset(["ый", "ого", "ому", "ым", "ом"]),
    "ой": frozenset(["ой", "ого", "ому", "ым", "ом"]),
    "ая": frozenset(["ая", "ой", "ую"]),
    "яя": frozenset(["яя", "ей", "юю"]),
}


# ------------------------------------------------------------------------ dates

_EN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
# Weekdays: "last Tuesday" → "thứ Ba tuần trước", "во вторник" → "hôm thứ Ba".
_WEEKDAY_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
_EN_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_RU_WEEKDAY = r"(понедельник|вторник|сред[уа]|четверг|пятниц[уа]|суббот[уа]|воскресенье)"


def _en_weekday(word: str) -> str:
    return _WEEKDAY_VI[["mo", "tu", "we", "th", "fr", "sa", "su"].index(word[:2].lower())]


def _ru_weekday(word: str) -> str:
    heads = ["пон", "вто", "сре", "чет", "пят", "суб", "вос"]
    return _WEEKDAY_VI[heads.index(word[:3].lower())]


_EN_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_RU_MONTH = (
    r"(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:ь|я|е|й|а|у)?"
)
_RU_STEMS = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
_YEAR = r"((?:19|20)\d\d)"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_PART = {"early": "đầu", "beginning of": "đầu", "the beginning of": "đầu", "start of": "đầu",
         "the start of": "đầu", "late": "cuối", "end of": "cuối", "the end of": "cuối",
         "mid": "giữa", "mid-": "giữa", "middle of": "giữa", "the middle of": "giữa",
         "начале": "đầu", "конце": "cuối", "середине": "giữa"}  # fmt: skip


_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "первом": 1, "втором": 2,
             "третьем": 3, "четвёртом": 4, "четвертом": 4}  # fmt: skip


def _en_month(name: str) -> int:
    name = name.lower().rstrip(".")
    return next(i for i, m in enumerate(_EN_MONTHS, 1) if m.startswith(name[:3]))


def _ru_month(stem: str) -> int:
    return _RU_STEMS.index(stem.lower()) + 1


_YEAR_WORD = r"(?:\s*(?:года|году|год|г\.))?"
# A season in Vietnamese words; spring as English and Russian speak of it, March to May
# (Vietnamese "mùa xuân" runs from the lunar new year to April; the others cover theirs).
_SEASON = {"spring": "từ tháng 3 đến tháng 5", "summer": "mùa hè", "autumn": "mùa thu"}
_SEASON |= {"fall": "mùa thu", "winter": "mùa đông", "весной": "từ tháng 3 đến tháng 5"}
_SEASON |= {"летом": "mùa hè", "осенью": "mùa thu", "зимой": "mùa đông"}
# "before 2016", "после 2020 года": everything before or after the period (its first five
# letters, lower case, to the Vietnamese word).
_OPEN = {"befor": "trước", "prior": "trước", "after": "sau", "до": "trước", "ранее": "trước"}
_OPEN |= {"раньш": "trước", "после": "sau"}
_EN_SPAN = r"\s*(?:-|–|—|to|until|till|through|and)\s*"


def _days_vi(first: str, last: str, month: int, year: str | None) -> str:
    """A span of days in one month ("14-17 April 2019") in the words Vietnamese uses."""
    return f"từ ngày {int(first)} đến ngày {int(last)}/{month}" + (f"/{year}" if year else "")


_DATE_RULES: dict[str, list[tuple[re.Pattern[str], object]]] = {
    "en": [
        (kept_regex(rf"\b(before|after|prior\s+to)\s+{_EN_MONTH}\s+{_YEAR}\b", re.I),
         lambda m: f"{_OPEN[m[1].lower()[:5]]} tháng {_en_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(before|after|prior\s+to)\s+(?:the\s+year\s+)?{_YEAR}\b", re.I),
         lambda m: f"{_OPEN[m[1].lower()[:5]]} năm {m[2]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+)?(?:the\s+)?(first|second)\s+half\s+of\s+{_YEAR}\b", re.I),
         lambda m: f"6 tháng {'đầu' if m[1].lower() == 'first' else 'cuối'} năm {m[2]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+)?(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b", re.I),
         lambda m: f"{_SEASON[m[1].lower()]} năm {m[2]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+)?(?:the\s+)?(first|second|third|fourth)\s+quarter\s+of\s+{_YEAR}\b", re.I),
         lambda m: f"quý {_QUARTERS[m[1].lower()]}/{m[2]}"),
        (kept_regex(rf"\b(?:in\s+)?Q([1-4])\s+{_YEAR}\b", re.I), lambda m: f"quý {m[1]}/{m[2]}"),
        (kept_regex(r"\b(?:in\s+|over\s+|during\s+)?(?:the\s+)?(?:past|last)\s+(\d{1,2})\s+months\b", re.I),
         lambda m: f"{int(m[1])} tháng qua"),
        (kept_regex(r"\b(?:in\s+|over\s+|during\s+)?the\s+(?:past|last)\s+year\b", re.I), lambda m: "12 tháng qua"),
        (kept_regex(rf"\b(?:last|this)\s+{_EN_MONTH}\b", re.I), lambda m: f"tháng {_en_month(m[1])}"),
        (kept_regex(rf"\b(?:(?:from|between)\s+)?(?:the\s+)?{_DAY}{_EN_SPAN}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_EN_MONTH}(?:,?\s+{_YEAR})?\b", re.I),
         lambda m: _days_vi(m[1], m[2], _en_month(m[3]), m[4])),
        (kept_regex(rf"\b(?:(?:from|between)\s+)?{_EN_MONTH}\s+{_DAY}{_EN_SPAN}{_DAY}(?:,?\s+{_YEAR})?\b", re.I),
         lambda m: _days_vi(m[2], m[3], _en_month(m[1]), m[4])),
        (kept_regex(r"\b(\d{4})-(\d\d)-(\d\d)\b"),
         lambda m: f"ngày {int(m[3])}/{int(m[2])}/{m[1]}"),
        (kept_regex(rf"\b(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_EN_MONTH},?\s+{_YEAR}\b", re.I),
         lambda m: f"ngày {int(m[1])}/{_en_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(?:on\s+)?{_EN_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
         lambda m: f"ngày {int(m[2])}/{_en_month(m[1])}/{m[3]}"),
        (kept_regex(r"\b(?:between|from)\s+" + _YEAR + r"\s+(?:and|to|until|till)\s+" + _YEAR + r"\b", re.I),
         lambda m: f"từ năm {m[1]} đến năm {m[2]}"),
        # "the first week of June 2024", "the last week of June": as "tuần đầu/cuối tháng 6/2024"
        (kept_regex(rf"\b(?:in\s+|during\s+)?the\s+(first|last|final)\s+week\s+of\s+{_EN_MONTH}\s+{_YEAR}\b", re.I),
         lambda m: f"tuần {'đầu' if m[1].lower() == 'first' else 'cuối'} tháng {_en_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+)?(early|late|mid-?|the beginning of|beginning of|the start of|start of|the end of|end of|the middle of|middle of)\s*{_EN_MONTH}\s+{_YEAR}\b", re.I),
         lambda m: f"{_PART[m[1].lower()]} tháng {_en_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+)?{_EN_MONTH}\s+{_YEAR}\b", re.I),
         lambda m: f"tháng {_en_month(m[1])}/{m[2]}"),
        (kept_regex(rf"\b(?:on\s+)?{_EN_MONTH}\s+{_DAY}\b(?!\s*(?:times|meetings))", re.I),
         lambda m: f"ngày {int(m[2])}/{_en_month(m[1])}"),
        (kept_regex(rf"\b(?:on\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_EN_MONTH}\b", re.I),
         lambda m: f"ngày {int(m[1])}/{_en_month(m[2])}"),
        (kept_regex(rf"\b{_YEAR}\s*[-–]\s*{_YEAR}\b"), lambda m: f"từ năm {m[1]} đến năm {m[2]}"),
        (kept_regex(rf"\bsince\s+{_YEAR}\b", re.I), lambda m: f"từ năm {m[1]} đến nay"),
        # "the vision to 2030", "a target by 2030": a horizon, as "đến năm 2030" is read.
        (kept_regex(rf"\b(?:to|until|till|through|by)\s+{_YEAR}\b", re.I), lambda m: f"đến năm {m[1]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+)?(early|late|mid-?|the beginning of|beginning of|the start of|start of|the end of|end of|the middle of|middle of)\s*{_YEAR}\b", re.I),
         lambda m: f"{_PART[m[1].lower()]} năm {m[2]}"),
        (kept_regex(rf"\b(?:in\s+|during\s+|of\s+)?{_YEAR}\b", re.I), lambda m: f"năm {m[1]}"),
        (kept_regex(r"\b(?:in\s+)(" + _EN_MONTH + r")\b", re.I),
         lambda m: f"tháng {_en_month(m[2])}"),
        (kept_regex(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"),
         lambda m: f"tháng {_en_month(m[1])}"),
        (kept_regex(r"\b(?:in\s+|during\s+)?last\s+year\b", re.I), lambda m: "năm ngoái"),
        (kept_regex(r"\b(?:in\s+|during\s+)?this\s+year\b", re.I), lambda m: "năm nay"),
        (kept_regex(r"\b(?:in\s+|during\s+)?last\s+month\b", re.I), lambda m: "tháng trước"),
        (kept_regex(r"\b(?:in\s+|during\s+)?this\s+month\b", re.I), lambda m: "tháng này"),
        (kept_regex(rf"\blast\s+{_EN_WEEKDAY}\b", re.I), lambda m: f"{_en_weekday(m[1])} tuần trước"),
        (kept_regex(rf"\bthis\s+{_EN_WEEKDAY}\b", re.I), lambda m: f"{_en_weekday(m[1])} tuần này"),
        (kept_regex(rf"\b(?:on\s+)?{_EN_WEEKDAY}\b", re.I), lambda m: f"hôm {_en_weekday(m[1])}"),
        (kept_regex(r"\blast\s+week\b", re.I), lambda m: "tuần trước"),
        (kept_regex(r"\bthis\s+week\b", re.I), lambda m: "tuần này"),
        (kept_regex(r"\byesterday\b", re.I), lambda m: "hôm qua"),
        (kept_regex(r"\btoday\b", re.I), lambda m: "hôm nay"),
    ],
    "ru": [
        (kept_regex(rf"\b(весной|летом|осенью|зимой)\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"{_SEASON[m[1].lower()]} năm {m[2]}"),
        (kept_regex(rf"\b(?:в\s+|во\s+)?(первом|втором)\s+полугодии\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"6 tháng {'đầu' if m[1].lower() == 'первом' else 'cuối'} năm {m[2]}"),
        (kept_regex(rf"\b(?:в\s+|во\s+)?(первом|втором|третьем|четвёртом|четвертом)\s+квартале\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"quý {_QUARTERS[m[1].lower()]}/{m[2]}"),
        (kept_regex(r"\bза\s+последние\s+(\d{1,2})\s+месяц\w*", re.I), lambda m: f"{int(m[1])} tháng qua"),
        (kept_regex(r"\bза\s+последний\s+год\b", re.I), lambda m: "12 tháng qua"),
        (kept_regex(rf"\b(?:(?:с|со|между)\s+)?(\d{{1,2}})\s*(?:-|–|—|по|до|и)\s*(\d{{1,2}})\s+{_RU_MONTH}(?:\s+{_YEAR}{_YEAR_WORD})?", re.I),
         lambda m: _days_vi(m[1], m[2], _ru_month(m[3]), m[4])),
        (kept_regex(rf"\b(\d{{1,2}})\s+{_RU_MONTH}\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"ngày {int(m[1])}/{_ru_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(\d{{1,2}})\.(\d{{1,2}})\.{_YEAR}\b"),
         lambda m: f"ngày {int(m[1])}/{int(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(?:с|со|между)\s+{_YEAR}\s+(?:по|до|и)\s+{_YEAR}(?:\s*(?:годы|годами|год|гг\.?|г\.))?", re.I),
         lambda m: f"từ năm {m[1]} đến năm {m[2]}"),
        (kept_regex(rf"\b(до|после|ранее|раньше)\s+{_RU_MONTH}\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"{_OPEN[m[1].lower()[:5]]} tháng {_ru_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(до|после|ранее|раньше)\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"{_OPEN[m[1].lower()[:5]]} năm {m[2]}"),
        # "в первую неделю июня 2024 года", "в последнюю неделю июня": "tuần đầu/cuối tháng 6/2024"
        (kept_regex(rf"\b(?:в\s+|на\s+)?(перв|последн)\w*\s+недел\w*\s+{_RU_MONTH}\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"tuần {'đầu' if m[1].lower() == 'перв' else 'cuối'} tháng {_ru_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(?:в\s+|во\s+)?(начале|конце|середине)\s+{_RU_MONTH}\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"{_PART[m[1].lower()]} tháng {_ru_month(m[2])}/{m[3]}"),
        (kept_regex(rf"\b(?:в\s+|во\s+)?{_RU_MONTH}\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"tháng {_ru_month(m[1])}/{m[2]}"),
        (kept_regex(rf"\b(\d{{1,2}})\s+{_RU_MONTH}\b", re.I),
         lambda m: f"ngày {int(m[1])}/{_ru_month(m[2])}"),
        (kept_regex(rf"\b{_YEAR}\s*[-–]\s*{_YEAR}", re.I), lambda m: f"từ năm {m[1]} đến năm {m[2]}"),
        (kept_regex(rf"\b(?:с|со|начиная с)\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"từ năm {m[1]} đến nay"),
        # "товарооборот … к 2025 году": a target's horizon, as "đến năm 2025" is read.
        (kept_regex(rf"\bк\s+{_YEAR}{_YEAR_WORD}", re.I), lambda m: f"đến năm {m[1]}"),
        (kept_regex(rf"\b(?:в\s+|во\s+)?(начале|конце|середине)\s+{_YEAR}{_YEAR_WORD}", re.I),
         lambda m: f"{_PART[m[1].lower()]} năm {m[2]}"),
        (kept_regex(rf"\b(?:в\s+|во\s+)?{_YEAR}{_YEAR_WORD}", re.I), lambda m: f"năm {m[1]}"),
        (kept_regex(r"\b(?:в\s+|во\s+)(январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:е|я)\b", re.I),
         lambda m: f"tháng {_ru_month(m[1])}"),
        (kept_regex(r"\bв\s+позапрошлом\s+году\b", re.I), lambda m: "năm kia"),
        (kept_regex(r"\b(?:в\s+)?прошлом\s+году\b", re.I), lambda m: "năm ngoái"),
        (kept_regex(r"\b(?:в\s+)?(?:этом|текущем|нынешнем)\s+году\b", re.I), lambda m: "năm nay"),
        (kept_regex(r"\b(?:в\s+)?прошлом\s+месяце\b", re.I), lambda m: "tháng trước"),
        (kept_regex(r"\b(?:в\s+)?(?:этом|текущем)\s+месяце\b", re.I), lambda m: "tháng này"),
        (kept_regex(rf"\b(?:в|во)\s+прошл\w+\s+{_RU_WEEKDAY}", re.I), lambda m: f"{_ru_weekday(m[1])} tuần trước"),
        (kept_regex(rf"\b(?:в|во)\s+эт\w+\s+{_RU_WEEKDAY}", re.I), lambda m: f"{_ru_weekday(m[1])} tuần này"),
        (kept_regex(rf"\b(?:в|во)\s+{_RU_WEEKDAY}", re.I), lambda m: f"hôm {_ru_weekday(m[1])}"),
        (kept_regex(r"\b(?:на\s+)?прошлой\s+неделе\b", re.I), lambda m: "tuần trước"),
        (kept_regex(r"\b(?:на\s+)?этой\s+неделе\b", re.I), lambda m: "tuần này"),
        (kept_regex(r"\bвчера\b", re.I), lambda m: "hôm qua"),
        (kept_regex(r"\bсегодня\b", re.I), lambda m: "hôm nay"),
    ],
}  # fmt: skip


@cache
def _event_rules(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Named events whose names hold a month (questions_i18n.json "events") and bodies whose
    names hold a date word ("agencies"), longest first; a form written with a capital letter
    is that event only when so written ("Октября")."""
    data = _data("questions_i18n.json")
    forms = {k: v for k, v in data[lang].get("events", {}).items()}
    # A body whose name holds a date word ("Россия сегодня": "today") is that body too.
    forms |= {
        form: body["vi"]
        for body in data["agencies"][1:]
        for form in body.get(lang, ())
        if "*" not in form and any(rx.search(form) for rx, _fn in _DATE_RULES[lang])
    }
    rules = [
        (
            kept_regex(
                rf"(?<!\w){re.escape(form)}(?!\w)",
                0 if any(c.isupper() for c in form) else re.IGNORECASE,
            ),
            vi,
        )
        for form, vi in sorted(forms.items(), key=lambda kv: -len(kv[0]))
        if not form.startswith("_")
    ]
    return tuple(rules)


def _events(text: str, lang: str, out: list[str]) -> str:
    """Named events ("October Revolution") → "§n§" markers, before a date rule reads a month."""
    for rx, vi in _event_rules(lang):
        while (m := rx.search(text)) is not None:
            out.append(vi)
            text = f"{text[: m.start()]} §{len(out) - 1}§ {text[m.end() :]}"
    return text


def _word_form(word: str) -> str:
    """A word of the data as a regex: "передал*" a stem, spaces any run of them."""
    stem = word.endswith("*")
    body = r"\s+".join(re.escape(w) for w in word.rstrip("*").split())
    return body + (r"\w*" if stem else "")


@cache
def _handed_letter(lang: str) -> tuple[re.Pattern[str], str, frozenset[str]]:
    """A verb of handing over, up to four words, a letter and "to" ("hands the General
    Secretary's letter to …"; questions_i18n.json "handed_letters"), what the words between
    name (its sender or its addressee), and the articles among them, which name no one."""
    forms = _data("questions_i18n.json")["handed_letters"][lang]
    verbs = "|".join(sorted(map(_word_form, forms["verbs"]), key=len, reverse=True))
    letters = "|".join(map(_word_form, forms["letters"]))
    to = "|".join(map(_word_form, forms["to"])) or "(?!)"
    rx = re.compile(
        rf"(?<!\w)(?:{verbs})(?!\w)(?P<between>(?:\s+[^\s.,;:?!]+){{0,4}}?)\s+(?:{letters})(?!\w)"
        rf"(?P<to>\s+(?:{to})(?!\w))?",
        re.I,
    )
    return rx, forms["between"], frozenset(forms["articles"])


def _handed(text: str, lang: str, out: list[str]) -> str:
    """A letter handed over → "§n§" markers for "trao thư" (with "của" before its sender and
    "gửi" before its addressee), the words naming them kept."""
    rx, between, articles = _handed_letter(lang)

    def marker(vi: str) -> str:
        out.append(vi)
        return f" §{len(out) - 1}§ "

    def mark(m: re.Match[str]) -> str:
        named = [w for w in m.group("between").split() if w.lower() not in articles]
        said = marker("trao thư")
        if named:
            said += marker("của" if between == "sender" else "gửi") + " ".join(named) + " "
        return said + (marker("gửi") if m.group("to") else "")

    return rx.sub(mark, text)


# "Армия-2021", "Army-2021": an event named with its edition's year.
_EDITION = kept_regex(r"\b([^\W\d_]+)-((?:19|20)\d\d)\b")


def _editions(text: str, table: _Table) -> str:
    """An event named with its year ("Армия-2021", where the table has "армия-*") → its
    name, which the table reads, and the year apart, which the date rules read."""

    def split(m: re.Match[str]) -> str:
        if _lower(m.group(1)) + "-" not in table.editions:
            return m.group()
        return f"{m.group(1)}-n {m.group(2)}"

    return _EDITION.sub(split, text)


def _dates(text: str, lang: str, out: list[str]) -> str:
    """Date phrases → "§n§" markers whose Vietnamese wording is ``out[n]``."""

    def mark(fn):  # type: ignore[no-untyped-def]
        def sub(m: re.Match[str]) -> str:
            try:
                out.append(fn(m))
            except (ValueError, StopIteration):
                return m.group(0)
            return f" §{len(out) - 1}§ "

        return sub

    for rx, fn in _DATE_RULES[lang]:
        text = rx.sub(mark(fn), text)
    return text


# "24th session", "24-е заседание": the number a session or a visit is given, in the
# words Vietnamese articles use for it (read by the question reader's ordinals).
_ORDINALS = {
    "en": kept_regex(r"\b(\d{1,3})(?:st|nd|rd|th)\b", re.IGNORECASE),
    "ru": kept_regex(r"(?<![\w-])(\d{1,3})-?(?:[еийм]|ое|ая|ой|ий|ый|го|му|ом)(?![\w-])"),
}


# "third session", "третье заседание": a spelled ordinal (second onwards: "first" is asked
# as the earliest, see _FIRST) before what is numbered, up to two words between.
_SPELLED_WORDS = {
    "en": (
        ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"),
        r"(?:session|meeting|round|plenary|dialogue|consultation|visit|trip)s?\b",
        r"\b({})",
    ),
    "ru": (
        ("втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят"),
        r"(?:заседани|сесси|раунд|встреч|диалог|консультаци|визит)\w*",
        r"(?<![\w-])({})\w*",
    ),
}
_SPELLED = {
    lang: (
        words,
        kept_regex(
            head.format("|".join(words)) + rf"(?=\s+(?:[\w-]+\s+){{0,2}}{what})", re.IGNORECASE
        ),
    )
    for lang, (words, what, head) in _SPELLED_WORDS.items()
}


# "the 75th anniversary of diplomatic relations", "the 80th National Day", "к 75-летию
# установления дипотношений", "20 лет партнерства": the years an anniversary counts, as
# Vietnamese writes them ("kỷ niệm 75 năm …"), so its event's table reads the year meant.
# "the 30th anniversary of the 1994 treaty": that year is the event's, the anniversary's is
# 2024.
_ANNIVERSARIES = {
    "en": kept_regex(
        r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:anniversary\b(?:\s+of)?(?:\s+the)?\s*()"
        r"(?:((?:19|20)\d\d)\s+)?|()()(?=(?:national|victory)\s+day\b))",
        re.IGNORECASE,
    ),
    # "20 лет партнерства" (not "за 5 лет": over five years), "30 лет договора 1994 года".
    "ru": kept_regex(
        r"(?<![\w-])(?<!за )(\d{1,3})(?:[-\s]?лети[еяюм]\w*|\s+лет(?=\s+[^\W\d]{4,}))"
        r"(?:((?:\s+[^\W\d]+){1,3}?)\s+((?:19|20)\d\d)(?:\s*(?:года|году|г\.))?(?!\d))?()",
        re.IGNORECASE,
    ),
}


def _anniversaries(text: str, lang: str, out: list[str]) -> str:
    """An anniversary's count → a "§n§" marker whose Vietnamese wording is ``out[n]``, then
    the event's words; a year written with the event is the event's."""

    def sub(m: re.Match[str]) -> str:
        years, words, year = int(m.group(1)), m.group(2) or "", m.group(3)
        out.append(f"năm {int(year) + years}" if year else f"kỷ niệm {years} năm")
        return f" §{len(out) - 1}§ {words} "

    return _ANNIVERSARIES[lang].sub(sub, text)


def _ordinals(text: str, lang: str, out: list[str]) -> str:
    """Ordinal numbers → "§n§" markers whose Vietnamese wording ("lần thứ 24") is ``out[n]``."""

    def sub(m: re.Match[str]) -> str:
        out.append(f"lần thứ {int(m.group(1))}")
        return f" §{len(out) - 1}§ "

    def spelled(m: re.Match[str]) -> str:
        out.append(f"lần thứ {stems.index(m.group(1).lower()) + 2}")
        return f" §{len(out) - 1}§ "

    stems, rx = _SPELLED[lang]
    return rx.sub(spelled, _ORDINALS[lang].sub(sub, text))


# ------------------------------------------------------------------------ detection


def _dates_found(text: str, lang: str) -> list[str]:
    """Date phrases in words of the language ("in May 2025", "last year"; not a bare year)."""
    found: list[str] = []
    for rx, _fn in _DATE_RULES[lang]:
        found += [m.group(0) for m in rx.finditer(text) if _LATIN.search(m.group(0))]
        text = rx.sub(" ", text)
    return found


@cache
def _phrases_read_as(lang: str) -> dict[str, tuple[str, ...]]:
    """The phrases of a language by the (folded) Vietnamese they read as, longest first."""
    out: dict[str, list[str]] = {}
    for k, v in _data("questions_i18n.json")[lang]["phrases"].items():
        if not k.startswith("_") and isinstance(v, str):
            out.setdefault(fold_key(v), []).append(k)
    return {v: tuple(sorted(ks, key=lambda k: -len(k.split()))) for v, ks in out.items()}


def as_asked(vietnamese: str, question: str, lang: Lang) -> str | None:
    """The words of an English or Russian question that were read as ``vietnamese``
    ("trade figures" for "số liệu thương mại"): a reply quotes the user's own words."""
    if lang == "vi":
        return None
    want = fold_key(vietnamese)
    words = [m.group() for m in _WORD.finditer(nfc(question))]
    low = [_lower(w) for w in words]
    for key in _phrases_read_as(lang).get(want, ()):
        parts = _key_words(key)
        for i in range(len(low) - len(parts) + 1):
            if all(_matches(low[i + j], p) for j, p in enumerate(parts)):
                return " ".join(words[i : i + len(parts)])
    return None


def detect(question: str, default: Lang = "vi") -> Lang:
    """The language a question is asked in: Cyrillic → "ru"; "en" only when English
    function and question words outnumber Vietnamese ones and no Vietnamese letter is used
    outside a capitalised name; anything else is read as Vietnamese (with or without
    diacritics), except a question of names alone ("Putin"), which is read in ``default``
    (the chat's language)."""
    text = nfc(question or "")
    cyr = len(_CYRILLIC.findall(text))
    if cyr and cyr >= len(_LATIN.findall(text)):
        return "ru"
    marked = [
        w for w in _WORD.findall(text) if _VIETNAMESE_LETTER.search(unicodedata.normalize("NFD", w))
    ]
    if any(not w[:1].isupper() for w in marked):
        return "vi"  # tone marks or Vietnamese letters in a word that is not a name
    # Names and places read the same in every language: only the other words count.
    lex = get_lexicon()
    spans = [(m.start, m.end) for m in (*lex.find_people(text), *lex.find_places(text))]
    # An acronym ("JINR", "LNG", "APEC") is written so in Vietnamese news too: no cue.
    tokens = [
        m
        for m in _WORD.finditer(text)
        if not any(a <= m.start() < b for a, b in spans)
        and not (len(m.group()) > 1 and m.group().isupper())
    ]
    words = [_lower(m.group()).removesuffix("'s") for m in tokens]
    table = _table("en")
    en = sum(1 for w in words if w in table.cues or w in _EN_ONLY)
    en += 2 * len(_dates_found(text, "en"))  # "in May 2025", "last year": English for sure
    # Vietnamese cue words, and syllable-shaped words English does not have ("dien", "hoi");
    # capitalised words are names ("Le Khac Nam") and do not make a question Vietnamese.
    # An English function word that spells a syllable ("to", "an") after an English word
    # ("visit to Sochi") is English there, whatever it could be elsewhere.
    english = {k for k, w in enumerate(words) if w in table.cues or w in _EN_ONLY}
    # Beside an English word, a lower-case word no Vietnamese syllable spells ("trade
    # mission") is English too; alone it may be a name typed in lower case ("lavrof").
    english |= (
        set()
        if not english
        else {
            k
            for k, (m, w) in enumerate(zip(tokens, words, strict=True))
            if len(w) > 3
            and not m.group()[:1].isupper()
            and w.isascii()
            and not is_vietnamese_word(w)
        }
    )
    en = max(en, len(english))
    vi = sum(
        1
        for k, (m, w) in enumerate(zip(tokens, words, strict=True))
        if not m.group()[:1].isupper()
        and not (k - 1 in english and w in table.drop)
        and (w in _VI_CUES or (w not in table.cues and w not in _EN_ONLY and is_vietnamese_word(w)))
    )
    if en > vi:
        return "en"  # "Trần Cẩm Tú receives Yakushev": a Vietnamese name in an English question
    return "vi" if vi or marked else default


_EN_ONLY = frozenset(m for m in _EN_MONTHS) | frozenset(
    [
        "when",
        "where",
        "who",
        "whom",
        "how",
        "many",
        "did",
        "meet",
        "met",
        "meeting",
        "talks",
        "visit",
        "latest",
        "recent",
    ]
)


# ------------------------------------------------------------------------ rewriting


def _translit(word: str) -> str:
    out = "".join(_TRANSLIT.get(c, c) for c in word.lower())
    return out[:1].upper() + out[1:] if word[:1].isupper() else out


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
) | {"ъ": "", "ь": ""}


def to_vietnamese(question: str, lang: Lang) -> str:
    """The question rewritten in the Vietnamese words the reader knows."""
    return question if lang == "vi" else _rewrite(question, lang)[0]


# A Cyrillic word typed with a Latin letter of the same shape ("То Ламa": the last "a" Latin,
# as a keyboard switched mid-word leaves it): the letter is the Cyrillic one.
_LOOK_ALIKES = "aeopcxyATEOPCXHKMBk"
_HOMOGLYPHS = str.maketrans(_LOOK_ALIKES, "аеорсхуАТЕОРСХНКМВк")
_MIXED_WORD = kept_regex(r"\b(?=\w*[а-яё])(?=\w*[a-z])\w+\b", re.IGNORECASE)


def cyrillic_typed(text: str) -> str:
    """``text`` with each Cyrillic word's Latin look-alike letters made Cyrillic."""
    return _MIXED_WORD.sub(_as_cyrillic, text)


def _as_cyrillic(m: re.Match[str]) -> str:
    word = m.group()
    latin = {c for c in word if "a" <= c.lower() <= "z"}
    return word.translate(_HOMOGLYPHS) if all(c in _LOOK_ALIKES for c in latin) else word


@cache
def _alike(lang: str) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The language's words written another way for the same office ("chairwoman"), as a
    regex over them and the word each is read as (questions_i18n.json "same_words")."""
    raw = _data("questions_i18n.json")[lang].get("same_words", {})
    same = {k: v for k, v in raw.items() if not k.startswith("_")}
    if not same:
        return None, {}
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, same))})\b", re.IGNORECASE), same


def _written_alike(text: str, lang: str) -> str:
    """``text`` with each word of "same_words" replaced by the one the tables hold, its
    capital kept ("National Assembly Chairwoman" → "National Assembly Chairman")."""
    rx, same = _alike(lang)
    if rx is None:
        return text

    def one(m: re.Match[str]) -> str:
        word = same[m.group().lower()]
        return word[:1].upper() + word[1:] if m.group()[:1].isupper() else word

    return rx.sub(one, text)


def _rewrite(question: str, lang: Lang) -> tuple[str, list[str], list[str]]:
    """The question in the reader's Vietnamese words, the bodies' abbreviations it named
    that only rank (folded), and those of them typed as where the meeting was (as typed)."""
    table = _table(lang)
    dates: list[str] = []
    # ", who came on behalf of Putin": a relative pronoun asks nothing.
    text = _written_alike(_RELATIVE.sub(",", nfc(question or "")), lang)
    if lang == "en":
        text = _AS_TITLE.sub(r"\g<title> \g<name>", text)
    if lang == "ru":
        # "секретарь Ханойского горкома": the place's adjective goes after the body, where
        # the title's phrase ("секретарь горкома") and the place are each read.
        text = _PLACE_BEFORE_BODY.sub(r"\2 \1", text)
    text = _handed(text, lang, dates)
    text = _YEARS_JOINED.sub(" ", _events(_editions(text, table), lang, dates))
    text = _ordinals(_dates(_anniversaries(text, lang, dates), lang, dates), lang, dates)
    # "Putin's", "Russia's": the possessive is dropped; where it was is kept (an envoy's
    # principal is the possessor: "Putin's envoy", not "Hoang Binh Quan, special envoy").
    tokens: list[tuple[str, str]] = []
    owners: set[int] = set()
    quoted: set[int] = set()  # tokens inside quotation marks: an event's or a body's name
    spans = [(q.start(), q.end()) for q in _QUOTED.finditer(text)]
    for m in _WORD.finditer(text):
        # "Ниньтхуан-1", "Ninh Thuan-1": a numbered plant or unit is named for its place.
        word = _NUMBERED.sub("", re.sub(r"['’]s$", "", m.group()))
        before = len(tokens)
        tokens += _split_joined(table, [(word, _lower(word))])
        if any(a < m.start() < b for a, b in spans):
            quoted.update(range(before, len(tokens)))
        if word != m.group():
            owners.add(len(tokens) - 1)
    soft = quoted | _organisation_words(table, tokens)
    out: list[str] = []
    loose: set[int] = set()  # positions in ``out`` of common words the tables do not know
    ranked: list[str] = []  # abbreviations of bodies ("KAMAZ"): phrases that only rank
    # Those typed where a place or an event goes ("at XYZF", "на ПМЭФ"), Latin, as typed.
    venues: list[str] = []
    subject = False  # a person, office, place, sector or date was read
    named = False  # out[-1] is a capitalised word the tables do not know (a surname)
    posted = False  # an ambassador's title (and country) was just read
    consul = False  # … a consul's, who serves in a city rather than a capital
    syllables = 0  # capitalised Vietnamese syllables the tables do not know, just read
    i = 0
    pending_in = False
    harbour = False  # a port was just named: the place that follows is the port's
    prev: _Entry | None = None  # the entry that wrote out[-1] (dropped words between kept)
    while i < len(tokens):
        raw, low = tokens[i]
        if low.startswith("§"):
            out.append(dates[int(low.strip("§"))])
            named = False
            prev = None
            i += 1
            continue
        entry = _common_word(_longest(table, tokens, i), raw)
        if entry is not None and syllables and _name_tail(entry, raw, low):
            entry = None  # "Doan Van Viet", "Pham Viet Nga": a name's syllable, no country
        if entry is not None and entry.person and _principal(table, tokens, i, len(entry.words)):
            i += len(entry.words)  # "Putin's aide Oreshkin": the aide met, not Putin
            continue
        if (
            entry is None
            and i > 0
            and any(_matches(tokens[i - 1][1], w) for w in table.aides)
            and (n := _known_person(tokens, i))
            and _principal(table, tokens, i, n)
        ):
            i += n  # "помощник Vladimir Putin Yuri Ushakov", the names already in Latin
            continue
        if entry is not None:
            # (Vietnam and Russia are sides, no places, but "в/во Вьетнам" says where;
            # "at the Vietnam-Russia Tropical Centre" names a body)
            nxt = i + len(entry.words)
            side_named = (
                entry.text in _COUNTRY_WORDS
                and not (nxt < len(tokens) and tokens[nxt][0][:1].isupper())
                # "в российско-вьетнамском центре": an adjective, of the body after it
                and not (_adjective_shape(low) or low.endswith("ско"))
            )
            located = (pending_in and (entry.place or side_named)) or (
                # "visit of Putin to Vietnam": not "thăm Việt Nam", someone between
                entry.words[0] == "to" and _VISIT in out and out[-1:] != [_VISIT]
            )
            if (
                posted
                and (located or entry.text.startswith("ở "))
                and (consul or _serves_in(entry.text.removeprefix("ở ")))
            ):
                # "the Vietnamese ambassador in Moscow": where the envoy serves, not where
                # the meeting was (an ambassador travels to the provinces: "посол Вьетнама
                # в Ульяновске" went there; a consul general serves in a city).
                posted = pending_in = False
                i += len(entry.words)
                continue
            if entry.text.startswith(_AMBASSADOR):
                consul = entry.text.startswith(_AMBASSADOR[1:])
            posted = entry.text.startswith(_AMBASSADOR) or (posted and entry.place)
            after = i + len(entry.words)
            if entry.city and (harbour or _facility(table, tokens, after)):
                # "at Quy Nhon port", "в порту Находки": the port named, which a meeting may
                # be held at or only mention; Vietnamese says "cảng Quy Nhơn", not "ở".
                out += [_PORT, entry.text]
                harbour = pending_in = False
                prev = None
                i = after + (1 if _facility(table, tokens, after) else 0)
                continue
            if located:
                out.append("ở")
            elif pending_in and not (entry.title or entry.person) and _event(entry.text):
                # "at the Eastern Economic Forum": where they met is an event, not the title
                # or name before it goes on.
                out.append("tại")
            if entry.person and syllables >= 2 and not is_vietnamese_word(entry.words[0]):
                out.append("và")  # "Le Hoai Trung Lavrov": two people, not one name
            syllables = 0
            owned = i - 1 in owners
            after = i + len(entry.words)
            # (a capitalised word the tables read as no person is no name: "Russian")
            before_name = (
                after < len(tokens)
                and tokens[after][0][:1].isupper()
                and getattr(_longest(table, tokens, after), "person", True)
            )
            if lang == "en" and entry.text in table.envoys and named and owned:
                out[-1:] = [entry.text, "của", out[-1]]  # "Putin's envoy" (a surname alone)
            elif _visitors_side(out, entry, low, lang, located):
                # "визит вьетнамских прокуроров", "visit of Russian deputies": the side that
                # came, not the country visited ("thăm Việt Nam"); left out, as a title
                # before it would take it for its own country.
                pass
            else:
                # "российский посол": a Russian country adjective goes after the title too.
                adjective = lang == "en" or (i > 0 and _adjective_shape(tokens[i - 1][1]))
                of = i > 0 and tokens[i - 1][1] == "of"
                _place_entry(
                    table, lang, out, prev, entry, located, owned, before_name, adjective, of
                )
            named = False
            subject = subject or (entry.subject and not entry.place)
            prev = None if located else entry
            pending_in = False
            i += len(entry.words)
            continue
        if (
            lang == "en"
            and prev is not None
            and prev.city
            and out
            and out[-1] == prev.text
            and any(_matches(low, w) for w in table.local_heads)
            and (title := _governor(table, prev.text, low))
        ):
            out[-1:] = [title, out[-1]]  # "Tatarstan head", "Khabarovsk chief"
            prev = _Entry((low,), title, title=True, subject=True)
            i += 1
            continue
        head = _local_head(table, tokens, i)
        if head is not None:
            out.append(head)  # "глава Приморского края" → "Thống đốc Primorye"
            named = False
            prev = _Entry((low,), head, title=True, subject=True)
            i += 1
            continue
        if _facility(table, tokens, i) and i + 1 < len(tokens):
            harbour = True  # "в порту X", "the port of X": said of the place that follows
            i += 1
            continue
        harbour = harbour and low in _ARTICLES
        if any(_matches(low, w) for w in table.place_nouns) or (pending_in and low in _ARTICLES):
            i += 1  # "in the province of Lam Dong", "в провинции Ламдонг": "in" still holds
            continue
        # "visit of Putin to Vietnam": where the visit went, said as "thăm … ở Việt Nam".
        pending_in = low in table.in_place or (lang == "en" and low == "to" and _VISIT in out)
        if i in soft and not _dropped(table, low):
            # A word of an organisation's or an event's name ("Pushkin Institute", "глава
            # Роскосмоса", «Армия-2022»): Vietnamese articles name them in their own words,
            # so beside what was understood it only hid the answer; it is no person. An
            # abbreviation ("KAMAZ", "ВТБ") they write as it is: it ranks the meetings whose
            # text holds it (a phrase of the query), and hides nothing.
            word = _translit(raw) if _CYRILLIC.search(raw) else raw
            # (Not one the place data holds: "SPIEF" would place the meeting in a city.)
            if _abbreviation(raw) and i not in quoted and not get_lexicon().find_places(word):
                ranked.append(fold_key(word))
                if i > 0 and tokens[i - 1][1] in table.in_place:
                    venues.append(word.upper() if raw.isupper() else word)  # "ВТБ": "VTB"
            loose.add(len(out))
            out.append(word)
            named = False
            syllables = 0
            prev = None
            i += 1
            continue
        if raw.islower() and len(low) >= 5 and low.endswith(_VERB_ENDINGS[lang]):
            i += 1  # "завершились", "adopted": a verb the table lacks, never a name
            continue
        if not _dropped(table, low) or _inside_name(tokens, i):
            if raw.isalpha() and not raw[:1].isupper():
                loose.add(len(out))
            elif (
                prev is not None
                and prev.text in table.envoys
                and (lang == "ru" or (i > 0 and tokens[i - 1][1] == "of"))
            ):
                # "посланник Чан Дай Куанга", "special envoy of Nguyễn Phú Trọng" (a name the
                # store spells, written back into the question): the envoy's principal.
                out.append("của")
            out.append(_translit(raw) if _CYRILLIC.search(raw) else raw)
            named = raw[:1].isupper()
            # "посол Gennady Bezdetko в Куангнгае": after the name, "in" is where he went,
            # not his post (as a known name's entry already says).
            posted = posted and not named
            vietnamese = named and _syllable(low)
            if named and not vietnamese and syllables >= 2 and lang == "en":
                # "Dinh The Huynh Zyuganov": a Vietnamese name ends where a word no Vietnamese
                # syllable spells begins; two people, not one name.
                out.insert(len(out) - 1, "và")
            syllables = syllables + 1 if vietnamese else 0
            # A name the tables do not know ("Kozhemyako") is a subject too; not a
            # capitalised first word ("Weather in Hanoi").
            subject = subject or (named and i > 0)
            prev = None
        i += 1
    for k in range(len(out) - 1):
        if out[k] in _GOVERNOR and out[k + 1] in _vietnamese_places():
            # "губернатор Кханьхоа", "мэр Дананга": a Vietnamese province or city is headed
            # by the chairman of its people's committee; Vietnamese has no governor or mayor.
            out[k] = _GOVERNOR[out[k]]
    home = _data("questions_i18n.json")["shared_titles"]["home"]
    for k in range(len(out) - 1):
        if out[k] in home and any(
            _vietnamese_person(" ".join(out[k + 1 : k + 1 + n])) for n in (1, 2, 3, 4)
        ):
            out[k] = home[out[k]]  # "президент То Лам": Vietnam's head of state is Chủ tịch nước
    out = _shared_title(out, table.titles, text, lang)
    if subject:
        # A common word neither table knows ("session", "рыба") cannot be found in a
        # Vietnamese article as typed; beside what was understood it only hid the answer.
        # Capitalised words stay: an unknown name is a constraint nothing satisfies.
        out = [w for k, w in enumerate(out) if k not in loose]
    return " ".join(out), ranked, venues


def _vietnamese_person(word: str) -> bool:
    person = get_lexicon().people.get(word)
    return person is not None and person.country == "VN"


def _shared_title(out: list[str], titles: frozenset[str], question: str, lang: str) -> list[str]:
    """ "the Vietnamese and Russian prime ministers", "премьер-министров Вьетнама и России":
    one title said of both countries joined by "and" ("Việt Nam Nga Thủ tướng", "Thủ tướng
    Việt Nam Nga") is each country's holder, meeting the other: "Thủ tướng Việt Nam với
    Thủ tướng Nga"."""
    shared = _data("questions_i18n.json")["shared_titles"]
    if not re.search(shared["joined"][lang], question, re.IGNORECASE):
        return out
    countries = shared["countries"]
    words: list[str] = []  # a title written with its country ("Thủ tướng Việt Nam") split
    for w in out:
        country = next((c for c in countries if w.endswith(f" {c}")), None)
        if country and w.removesuffix(f" {country}") in titles:
            words += [w.removesuffix(f" {country}"), country]
        else:
            words.append(w)
    for k in range(len(words) - 2):
        three = words[k : k + 3]
        held = [w for w in three if w in titles]
        pair = [w for w in three if w in countries]
        if len(held) == 1 and len(pair) == 2 and pair[0] != pair[1]:
            first, second = (_own_title(shared, held[0], c) for c in pair)
            return [*words[:k], *first, "với", *second, *words[k + 3 :]]
    return out


def _own_title(shared: dict, title: str, country: str) -> list[str]:
    """A title and the country whose holder it is, as Vietnamese writes Vietnam's own."""
    return [shared["home"].get(title, title) if country == _VIETNAM else title, country]


def _local_head(table: _Table, tokens: list[tuple[str, str]], i: int) -> str | None:
    """The title "глава"/"head" means before a place a governor or mayor heads ("глава
    Сахалинской области", "the head of the Kazan city"), if one follows."""
    if not any(_matches(tokens[i][1], w) for w in table.local_heads):
        return None
    j = i + 1
    while j < len(tokens) and (tokens[j][1] in _ARTICLES or _place_noun(table, tokens[j][1])):
        j += 1
    entry = _longest(table, tokens, j) if j < len(tokens) else None
    if entry is None or not entry.city:
        return None
    return _governor(table, entry.text, tokens[i][1])


def _governor(table: _Table, place: str, word: str) -> str | None:
    """The title of the head of ``place`` the word ("head", "leader") asks for: a Vietnamese
    place's leader is whoever leads it ("lãnh đạo"), its head the people's committee chairman."""
    title = (table.governors or {}).get(place)
    leaders = any(_matches(word, w) for w in table.local_leaders)
    return _LEADERS if title and leaders and place in _vietnamese_places() else title


def _principal(table: _Table, tokens: list[tuple[str, str]], i: int, n: int) -> bool:
    """Whether the person at ``i`` (``n`` words) is the principal of a named aide ("Putin's
    aide Oreshkin", "помощник Путина Ушаков"), who is the one met."""

    def aide(k: int) -> bool:
        return 0 <= k < len(tokens) and any(_matches(tokens[k][1], w) for w in table.aides)

    def named(k: int) -> bool:
        return k < len(tokens) and tokens[k][0][:1].isupper() and not tokens[k][1].startswith("§")

    return (aide(i + n) and named(i + n + 1)) or (aide(i - 1) and named(i + n))


def _known_person(tokens: list[tuple[str, str]], i: int) -> int:
    """How many capitalised Latin words from ``i`` on spell a person the data knows (a name
    the store's spelling was put in for before the question was read), else 0."""
    run: list[str] = []
    for raw, _ in tokens[i : i + 4]:
        if not (raw[:1].isupper() and _LATIN.match(raw)):
            break
        run.append(raw)
    if not run:
        return 0
    text = " ".join(run)
    found = [m for m in get_lexicon().find_people(text) if m.start == 0]
    if not found:
        return 0
    end = max(m.end for m in found)
    return len(text[:end].split())


def _facility(table: _Table, tokens: list[tuple[str, str]], k: int) -> bool:
    return k < len(tokens) and any(_matches(tokens[k][1], w) for w in table.ports)


_PORT = "cảng"


def _place_noun(table: _Table, low: str) -> bool:
    return any(_matches(low, w) for w in table.place_nouns)


def _name_tail(entry: _Entry, raw: str, low: str) -> bool:
    """A capitalised one-word place that is also a Vietnamese syllable ("Viet", "Nga", "Anh")
    right after the syllables of a name the tables do not know continues that name."""
    return (
        len(entry.words) == 1
        and (entry.place or entry.text in _COUNTRY_WORDS)
        and not entry.person
        and raw[:1].isupper()
        and _syllable(low)
    )


_QUOTED = kept_regex(r"«[^»]{1,80}»|\"[^\"]{1,80}\"|“[^”]{1,80}”|„[^“”]{1,80}[“”]")


def _organisation_words(table: _Table, tokens: list[tuple[str, str]]) -> set[int]:
    """Capitalised words the tables do not know that belong to an organisation's or an
    event's name rather than to a person's: those beside an organisation noun ("Pushkin
    Institute", "Federal Customs Service", "Института Пушкина", "Восточноазиатском саммите"),
    a body after a head's title in the genitive ("глава Роскосмоса Борисов", "глава
    Башкирии"), and abbreviations ("VTB", "ФТС")."""

    def unknown_capital(k: int) -> bool:
        raw, low = tokens[k]
        return (
            raw[:1].isupper()
            and not low.startswith("§")
            and _common_word(_longest(table, tokens, k), raw) is None
            and not _dropped(table, low)
        )

    out: set[int] = set()
    for k, (raw, low) in enumerate(tokens):
        if _abbreviation(raw) and unknown_capital(k):
            out.add(k)
        if any(_matches(low, w) for w in table.org_nouns):
            if raw[:1].isupper() and unknown_capital(k):
                out.add(k)
            j = k - 1  # "Federal Customs Service", "Восточноазиатском саммите"
            while j >= 0 and tokens[j][0].islower() and _adjective_shape(tokens[j][1]):
                j -= 1  # "Федеральная таможенная служба", "государственного университета"
            while (
                j >= 0
                and (tokens[j][0][:1].isupper() or _joining(tokens, j, unknown_capital))
                and not _person(table, tokens, j)
                and not (j < k - 1 and _named_person(table, tokens, j))
                # A name written back in Latin ("Anatoly Torkunov МГИМО …"): the script
                # changes where the body's name ends.
                and not (_CYRILLIC.search(raw) and _LATIN.match(tokens[j][0]))
                # A word with Vietnamese marks ("Nguyễn Xuân Phúc Russian Chamber of
                # Commerce"): a name written back, no English organisation's.
                and (tokens[j][0].isascii() or bool(_CYRILLIC.search(tokens[j][0])))
            ):
                if tokens[j][0][:1].isupper() and unknown_capital(j):
                    out.add(j)  # "International Military-Technical Forum"
                j -= 1
            j = k + 1  # "Institute of Oriental Studies"
            while j < len(tokens) and tokens[j][1] in _ARTICLES:
                j += 1
            if j > k + 1:
                while j < len(tokens) and unknown_capital(j) and _LATIN.match(tokens[j][0]):
                    out.add(j)
                    j += 1
            elif (
                j < len(tokens)
                and _CYRILLIC.match(tokens[j][0])
                and tokens[j][1].endswith(_GENITIVE)
                and unknown_capital(j)
            ):
                out.add(j)  # "Института Пушкина": the body's name in the genitive
            elif (
                j < len(tokens)
                and _CYRILLIC.match(tokens[j][0])
                and tokens[j][1].endswith(_VERBAL_NOUN)
                and unknown_capital(j)
            ):
                out.add(j)  # "форум Развитие парламентаризма": an event's name, no person's
        elif any(_matches(low, w) for w in table.head_words) and k + 1 < len(tokens):
            raw2, low2 = tokens[k + 1]
            nxt = tokens[k + 2][0] if k + 2 < len(tokens) else ""
            if (
                _CYRILLIC.search(raw2)
                and unknown_capital(k + 1)
                and low2.endswith(_GENITIVE)
                and not low2.endswith(_FEMININE_SURNAME)
                and (nxt[:1].isupper() or _NOMINATIVE_HEAD.match(low) or low2.endswith("ии"))
            ):
                out.add(k + 1)
    return out


# A Russian noun of action or state in the nominative ("Развитие", "Сотрудничество"): no
# person's name ends so.
_VERBAL_NOUN = ("ние", "тие", "ство")


def _joining(tokens: list[tuple[str, str]], j: int, unknown: Callable[[int], bool]) -> bool:
    """ "of" or "the" between two capitalised words of a body's or an event's name
    ("Development of Parliamentarism Forum")."""
    return tokens[j][1] in _ARTICLES and j > 0 and j + 1 < len(tokens) and unknown(j - 1)


# A Russian man's surname in the nominative ("Торкунов", "Лавров", "Путин"); the genitive a
# body's name takes ("Пушкина") or an adjective ("Российский") has other endings.
_RU_SURNAME = kept_regex(r"^[А-ЯЁ][а-яё]+(?:ов|ев|ёв|ин|ын)$")


def _named_person(table: _Table, tokens: list[tuple[str, str]], k: int) -> bool:
    """A capitalised word the tables do not know that names a person, not a body, when a
    word stands between it and the body's noun: right after a title ("rector Torkunov
    Diplomatic Academy", not "director Pushkin Institute") or shaped as a Russian surname
    ("Торкунов МГИМО Дипломатическая академия")."""
    if _RU_SURNAME.match(tokens[k][0]):
        return True
    if _adjective_shape(tokens[k][1]):
        return False  # "ректор Московского государственного университета": the body's
    for n in (1, 2, 3):
        entry = _longest(table, tokens, k - n) if k - n >= 0 else None
        if entry is not None and entry.title and len(entry.words) == n:
            return True
    return False


def _abbreviation(raw: str) -> bool:
    """An abbreviation: "ВТБ", "ТАСС", "СПбГУ", "МГИМО", "KAMAZ" (two capitals or more)."""
    return len(raw) >= 2 and raw.isalpha() and sum(c.isupper() for c in raw) >= 2


def _common_word(entry: _Entry | None, raw: str) -> _Entry | None:
    """``entry``, unless an abbreviation merely spells a common word it writes ("ГАЗ", the
    carmaker, is no "газ"): a name, place or office written in capitals still counts."""
    if entry is not None and _abbreviation(raw) and not entry.text[:1].isupper():
        return entry if entry.acronym else None
    return entry


def _visitors_side(out: list[str], entry: _Entry, low: str, lang: str, located: bool) -> bool:
    """A country's adjective right after the word for a visit ("визит российских …",
    "visit of Vietnamese …"): it names the visitors, whom a noun follows."""
    demonym = _adjective_shape(low) if lang == "ru" else low in _DEMONYMS
    return (
        not located
        and demonym
        and entry.text in _COUNTRY_WORDS
        and len(entry.words) == 1
        and bool(out)
        and out[-1] == _VISIT
    )


_DEMONYMS = frozenset(["vietnamese", "russian"])
_VISIT = "thăm"


def _adjective_shape(low: str) -> bool:
    """A lower-case Russian word shaped like an adjective ("таможенной", "военно-техническом")."""
    return _CYRILLIC.match(low) is not None and low.endswith(_ADJECTIVE_ENDINGS)


def _person(table: _Table, tokens: list[tuple[str, str]], k: int) -> bool:
    entry = _longest(table, tokens, k)
    return entry is not None and entry.person


# Endings of verbs and other common words (Russian reflexive, past plural, infinitive,
# present; English past, gerund, abstract nouns): no name a question asks ends so.
_VERB_ENDINGS_RU = (
    "лись",
    "лось",
    "лся",
    "лась",
    "ются",
    "ется",
    "ится",
    "ятся",
    "атся",
    "али",
    "или",
    "ели",
    "яли",
    "ыли",
    "ать",
    "ять",
    "ить",
    "еть",
    "ают",
    "яют",
    "уют",
    "ует",
)
_VERB_ENDINGS = {
    "ru": _VERB_ENDINGS_RU,
    "en": ("ed", "ing", "tion", "ment", "ness"),
}
_ADJECTIVE_ENDINGS = ("ая", "ой", "ый", "ий", "ое", "ом", "ую", "ых", "их", "ого", "ему", "ому")


# Genitive endings of a body's name after a head's title ("Роскосмоса", "Башкирии"), and
# the nominative endings of women's surnames that share them ("Русецкая", "Голикова").
_GENITIVE = ("а", "я", "ы", "и")
_FEMININE_SURNAME = ("ая", "ова", "ева", "ина", "ына", "кая")
_NOMINATIVE_HEAD = kept_regex(
    r"^(?:глава|руководитель|ректор|директор|гендиректор|председатель|начальник|управляющий)$"
)


_GOVERNOR = {
    "Thống đốc": "Chủ tịch",
    "Phó Thống đốc": "Phó Chủ tịch",
    "Thị trưởng": "Chủ tịch",
    "Phó Thị trưởng": "Phó Chủ tịch",
}


@cache
def _vietnamese_places() -> frozenset[str]:
    return frozenset(p["name"] for p in _data("places.json") if p["country"] == "VN")


# "к 100-летию Октября": the years of an anniversary, written apart so its phrase is read.
_YEARS_JOINED = kept_regex(r"(?<=\d)-(?=лет)")
_RELATIVE = kept_regex(r",\s*(?:who|which|that)\b", re.I)
# "To Lam as president", "Medvedev as prime minister": the office held then, written before
# the name as a title is ("President To Lam").
_AS_TITLE = kept_regex(
    r"\b(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+as\s+(?:the\s+|then\s+)?"
    r"(?P<title>(?i:(?:[a-z'’-]+\s+){0,3}?(?:president|premier|prime minister|minister"
    r"|chairman|chairwoman|speaker|general secretary|party chief|ambassador|governor|mayor)))\b"
)


def _inside_name(tokens: list[tuple[str, str]], i: int) -> bool:
    """A capitalised syllable between two capitalised words is part of a Vietnamese name
    ("Dinh The Huynh"), not the English article it spells; so is a family name that spells
    a function word before another syllable ("and Do Duc Duy", "with To Van Hung")."""
    if not (0 < i < len(tokens) - 1 and tokens[i][0][:1].isupper()):
        return False
    nxt = tokens[i + 1]
    if not (nxt[0][:1].isupper() and _syllable(nxt[1])):
        return False
    return _syllable(tokens[i][1]) and (
        tokens[i - 1][0][:1].isupper() or fold_key(tokens[i][1]) in vn_surnames()
    )


_COUNTRY_WORDS = frozenset(["Nga", "Việt Nam"])


def _place_entry(
    table: _Table,
    lang: str,
    out: list[str],
    prev: _Entry | None,
    entry: _Entry,
    located: bool,
    owned: bool = False,
    before_name: bool = False,
    adjective: bool = False,
    of: bool = False,
) -> None:
    """Append ``entry``'s words in Vietnamese order: a title before the place it heads
    ("party chief of Quang Ninh", "Quang Ninh party chief" → "Bí thư Quảng Ninh"), an English
    country word after the title it qualifies ("Russian justice minister" → "… Tư pháp Nga")."""
    if prev is not None and not located:
        if prev.body and entry.title and entry.text in table.body_heads and lang == "en":
            out[-1:] = [_CHAIR, out[-1]]  # "VUFO president" → "Chủ tịch Liên hiệp …"
            return
        if entry.body and prev.text in table.body_heads and out and out[-1] == prev.text:
            out[-1:] = [_CHAIR, entry.text]  # "president of VUFO", "президент РАН"
            return
        if (
            prev.text in table.envoys
            and entry.subject
            and not entry.place
            # "special envoy Oreshkin" is the envoy; "special envoy of Putin" his principal
            and not (lang == "en" and entry.person and not of)
        ):
            out += ["của", entry.text]  # "спецпосланник премьер-министра" → "… của Thủ tướng"
            return
        if (
            lang == "en"
            and entry.text in table.envoys
            and (owned or (prev.person and before_name))
            and prev.subject
            and not prev.place
        ):
            # "the Prime Minister's special envoy", "Putin special envoy Oreshkin"
            out[-1:] = [entry.text, "của", out[-1]]
            return
        if lang == "en" and prev.city and entry.text in table.heads:
            out[-1:] = [entry.text, out[-1]]  # "Hanoi chairman" → "Chủ tịch Hà Nội"
            return
        if prev.title and entry.text == _VIETNAM and _ministerial(prev.text) and before_name:
            return  # "министр транспорта Вьетнама Динь Ла Тханг": "Việt Nam Đinh" is Nam Định
        if (
            entry.text == "Nga"
            and prev.text in table.russian
            and out[-1:] == [prev.text]
            # English names the title's country after it only with "of": "Vietnam
            # education minister Russian scholarships" is Vietnam's minister
            and (lang != "en" or of)
        ):
            out[-1] = table.russian[prev.text]  # "министр образования России"
        if entry.city and prev.title and prev.text in table.local:
            out[-1] = table.local[prev.text]
        elif (
            entry.title
            and not prev.title
            and adjective
            and (prev.text in _COUNTRY_WORDS or (lang == "en" and prev.city))
        ):
            if prev.text == _VIETNAM and _ministerial(entry.text) and before_name:
                out[-1] = entry.text  # "Vietnam's transport minister"
                return
            title = table.local.get(entry.text, entry.text) if prev.city else entry.text
            if prev.text == "Nga":
                title = table.russian.get(title, title)  # "Russian education minister"
            out[-1:] = [title, out[-1]]
            return
    out.append(entry.text)


_VIETNAM = "Việt Nam"
_CHAIR = "Chủ tịch"
_LEADERS = "lãnh đạo"
_ARTICLES = frozenset(["the", "of"])
_AMBASSADOR = ("Đại sứ", "Tổng Lãnh sự")
# Where ambassadors of the two sides serve (countries.json capitals).
_CAPITALS = frozenset(c for c in map(capital, BILATERAL) if c)


def _serves_in(place: str) -> bool:
    """An ambassador 'in' a country or its capital is posted there; in another city he went."""
    return place in _CAPITALS or is_country_name(place)


def _ministerial(title: str) -> bool:
    """A minister's or deputy minister's title: "Việt Nam" between it and a Vietnamese name
    reads as a province ("Bộ trưởng Giao thông vận tải Việt Nam Đinh La Thăng": Nam Định)."""
    return title.startswith(("Bộ trưởng", "Thứ trưởng"))


def _split_joined(table: _Table, tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Vietnam-Russia", "Russia-Vietnam", "Viet-Russian": words joined by a hyphen that the
    table knows one by one are read one by one (a hyphenated name it knows whole, such as
    "Rostov-on-Don", stays whole)."""
    out: list[tuple[str, str]] = []
    for raw, low in tokens:
        parts = raw.split("-")
        if len(parts) > 1 and _longest(table, [(raw, low)], 0) is None:
            pieces = [(p, _lower(p)) for p in parts]
            if all(
                _longest(table, pieces, k) or _dropped(table, w) for k, (_, w) in enumerate(pieces)
            ):
                out += pieces
                continue
        out.append((raw, low))
    return out


def _longest(table: _Table, tokens: list[tuple[str, str]], i: int) -> _Entry | None:
    low = tokens[i][1]
    for e in table.entries.get(low[:2], ()):
        n = len(e.words)
        if i + n > len(tokens) or (e.short and not _short_name(tokens, i)):
            continue
        if all(_matches(tokens[i + k][1], e.words[k]) for k in range(n)):
            return e
    return None


def _short_name(tokens: list[tuple[str, str]], i: int) -> bool:
    """A leader's short name stands alone and capitalised ("When did Lam meet Putin?"); a
    syllable of a longer name ("Le Van Lam", "Lam Quang") or a lower-case word is not it."""

    def syllable(k: int) -> bool:
        if not (0 <= k < len(tokens) and tokens[k][0][:1].isupper()):
            return False
        raw = tokens[k][0]  # "Ле Ван Лам": a Cyrillic syllable is read by its sound
        return _syllable(_lower(_translit(raw) if _CYRILLIC.search(raw) else raw))

    return tokens[i][0][:1].isupper() and not syllable(i - 1) and not syllable(i + 1)


def _event(text: str) -> bool:
    """A recurring event or body meeting in sessions (store/data/questions.json "events")."""
    return any(is_event(group) for *_, group in find_agencies(fold_key(text)))


def _dropped(table: _Table, low: str) -> bool:
    return any(_matches(low, w) for w in table.drop)


def understand_in(
    question: str, today: date, lang: Lang | None = None, default: Lang = "vi"
) -> tuple[Query, Lang]:
    """Read a question in Vietnamese, English or Russian (``lang``, else detected) into the
    structured query the Vietnamese reader produces, and say which language it was."""
    # "@BriefBot …" in a group chat: a handle names the bot or a member, never a leader.
    question = without_handles(question)
    lang = lang or detect(question, default)
    if lang == "vi":
        return understand(question, today), "vi"
    text, ranked, venues = _rewrite(question, lang)
    q = understand(text, today)
    if ranked:
        phrases = list(dict.fromkeys([*q.phrases, *ranked]))
        q = q.model_copy(update={"phrases": phrases, "abbreviations": venues})
    return q, lang


def _syllable(low: str) -> bool:
    """A Vietnamese syllable, typed with marks or without ("Đinh", "Dinh")."""
    return is_vietnamese_word(fold_key(low))
