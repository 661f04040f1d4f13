"""Answers in English and Russian: the same facts and sources as the Vietnamese wording
(``store.language.wording``), with names, titles, places, kinds and sectors in the
language's usual form (store/data/names_i18n.json; a Vietnamese it lacks is transcribed into
Cyrillic for Russian) and dates in its format.

Titles are those held at the meeting's date. What the articles say in their own words (a
key point, quoted sentences, headlines) stays Vietnamese and is marked as the source's.
"""

from __future__ import annotations

import calendar
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import cache

from store.language import cards
from store.language.cards import fitting_point
from store.language.catalogue import catalogue, items, say
from store.language.citation import cite, compact_source, date_note
from store.language.compiled import kept_regex
from store.language.countries import country_in, country_name, is_country_name
from store.language.cyrillic_names import russian_in_cyrillic, vietnamese_in_cyrillic
from store.language.fold import fold_key
from store.language.lexicon import DEPUTY, NO_DEPUTY, RANK, get_lexicon
from store.language.models import Meeting, Participant
from store.language.packaged import files
from store.language.query import LeaderGroup, Query
from store.language.question_words import country_names
from store.language.wording import CARD_MAX, QUOTE_MAX, title_at_meeting


@cache
def _names() -> dict[str, dict[str, dict[str, str]]]:
    raw = files("store").joinpath("data/names_i18n.json").read_text(encoding="utf-8")
    return json.loads(raw)


def _latin(text: str) -> str:
    """Vietnamese without its marks ("Hải Phòng" → "Hai Phong"): how English and Russian
    texts spell a Vietnamese name they have no form of their own for."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _form(kind: str, key: str, lang: str) -> str | None:
    return _names().get(kind, {}).get(key, {}).get(lang) or None


def name(person: str, lang: str, country: str | None = None) -> str:
    """ "Tô Lâm" → "To Lam" / "То Лам". A Vietnamese the data has no Russian form of is
    transcribed ("Lê Trung Chinh" → "Ле Чунг Тинь"); in English, and anyone else in
    Russian (a Chinese name in its Vietnamese reading: "Tập Cận Bình"), the name loses its
    marks. ``country``: the participant's, when the caller has it."""
    known = _form("people", person, lang)
    if known:
        return known
    if lang == "ru" and _vietnamese(person, country):
        cyrillic = vietnamese_in_cyrillic(person)
        if cyrillic:
            return cyrillic
    if lang == "ru" and _russian(person, country):
        # "Sergey Cheremin" → "Сергей Черемин": a Russian the articles name only in Latin.
        return russian_in_cyrillic(person) or person
    return _latin(person)


def _vietnamese(person: str, country: str | None) -> bool:
    listed = get_lexicon().people.get(person)
    return (country or (listed.country if listed else None) or "VN") == "VN"


def _russian(person: str, country: str | None) -> bool:
    listed = get_lexicon().people.get(person)
    return (country or (listed.country if listed else None)) == "RU"


def place(value: str, lang: str) -> str:
    """ "Moskva" → "Moscow" / "Москва"; a country a visit went to ("Nga") → "Russia"."""
    code = country_in(value) if is_country_name(value) else None
    return _form("places", value, lang) or (country(code, lang) if code else _latin(value))


def kind(value: str, lang: str) -> str:
    return _form("kinds", value, lang) or _latin(value)


def sector(value: str, lang: str) -> str:
    return _form("sectors", value, lang) or _latin(value)


def country(code: str, lang: str) -> str:
    return _form("countries", code, lang) or code


@cache
def _office_forms() -> dict[str, tuple[str, ...]]:
    """Folded Vietnamese title or pattern → the offices it names, in the data's order."""
    out: dict[str, list[str]] = {}
    for office in get_lexicon().offices.values():
        for form in (office.title, *office.patterns):
            ids = out.setdefault(fold_key(form), [])
            if office.id not in ids:
                ids.append(office.id)
    return {k: tuple(v) for k, v in out.items()}


def _fits(oid: str, country: str | None) -> bool:
    """An office of one country is no title of another's participant ("Phó Thủ tướng
    Campuchia" is not Vietnam's Deputy Prime Minister)."""
    own = get_lexicon().offices[oid].country
    return own is None or country is None or own == country


def _longest(folded: str, country: str | None) -> tuple[str, int] | None:
    """The office the longest known title the text starts with names ("Bộ trưởng Quốc
    phòng Nga …"), and how many words that title takes."""
    words = folded.split()
    home = fold_key(country_name(country) or "") if country else ""
    if home and f" {home} " not in f" {folded} ":
        # "Bộ trưởng Bộ Ngoại giao" of a Russian: the Russian minister's title, with the
        # country the article left out.
        for oid in _office_forms().get(f"{folded} {home}", ()):
            if get_lexicon().offices[oid].country == country:
                return oid, len(words)
    for n in range(len(words), 0, -1):
        for oid in _office_forms().get(" ".join(words[:n]), ()):
            if _fits(oid, country):
                return oid, n
    return None


@dataclass(frozen=True)
class _Post:
    office: str
    deputy: bool = False  # the deputy of ``office``, which the data has no office of
    first: bool = False
    place: str | None = None  # the place a generic office is of ("tỉnh Khánh Hòa")


@dataclass(frozen=True)
class _DeputyWords:
    principal: str  # the office as written without the deputy's words
    first: bool
    words: int  # how many of the title's words name the deputy, not the office


@cache
def _deputy_words() -> tuple[re.Pattern[str], dict[str, tuple[str, bool]], re.Pattern[str]]:
    data = _names()["deputies"]
    table = {fold_key(w["vi"]): (w["principal"], bool(w.get("first"))) for w in data["words"]}
    # Case-blind but not mark-blind: "Thứ trưởng" (a deputy minister) is not "Thủ trưởng".
    alternatives = "|".join(re.escape(w["vi"]) for w in data["words"])
    lead = re.compile(rf"^({alternatives})\s+(?=\S)", re.IGNORECASE)
    first = re.compile(rf"(?<!\w){re.escape(data['first'])}(?!\w)\s*", re.IGNORECASE)
    return lead, table, first


def _deputy(title: str) -> _DeputyWords | None:
    """ "Phó Thống đốc tỉnh Irkutsk" → the governor's deputy; "Thứ trưởng thứ nhất Bộ Quốc
    phòng" → the defence minister's first deputy."""
    lead, table, first_words = _deputy_words()
    m = lead.match(title)
    if m is None:
        return None
    principal, first = table[fold_key(m.group(1))]
    rest = title[m.end() :]
    # "thứ nhất" right after the office's head word or two: a first deputy.
    said = first_words.search(rest)
    if said is not None and len(rest[: said.start()].split()) <= 3:
        rest = rest[: said.start()] + rest[said.end() :]
        first = True
    taken = len(fold_key(title).split()) - len(fold_key(rest).split())
    return _DeputyWords(f"{principal} {rest}".strip(), first, taken - len(principal.split()))


@cache
def _is_deputy_office(oid: str) -> bool:
    return _deputy(get_lexicon().offices[oid].title) is not None or oid == DEPUTY


@cache
def _has_deputy(oid: str) -> bool:
    """Whether "Deputy …" of the office names anyone: not of a deputy, a rank, or two posts
    held together ("Tổng Bí thư, Chủ tịch nước Lào": its Vice President deputises one)."""
    return not (
        oid in NO_DEPUTY or _is_deputy_office(oid) or "," in get_lexicon().offices[oid].title
    )


def _post(title: str, p: Participant) -> _Post | None:
    """The office a title names, or whose deputy it names, and the place of a generic
    office of a place ("Chủ tịch UBND tỉnh Khánh Hòa": Khánh Hòa's)."""
    post = _office_post(title, p)
    if post is None or post.office not in _place_offices():
        return post
    return _Post(post.office, post.deputy, post.first, _title_place(title, p.country))


def _office_post(title: str, p: Participant) -> _Post | None:
    folded = fold_key(title)
    person = get_lexicon().people.get(p.name)
    if person is not None:
        for t in person.tenures:
            mine = fold_key(t.title)
            if mine and (folded == mine or folded.startswith(mine) or mine.startswith(folded)):
                return _Post(t.office)
    own = _longest(folded, p.country)
    deputy = _deputy(title)
    if deputy is None or (own is not None and own[0] in NO_DEPUTY - {DEPUTY}):
        return _Post(own[0]) if own else None  # "Phó Đô đốc" is a rank
    found = _longest(fold_key(deputy.principal), p.country)
    principal = None
    if found is not None and _has_deputy(found[0]):
        principal = found
    if own is not None and _is_deputy_office(own[0]):
        # The deputy's own office ("Phó Thủ tướng", "Thứ trưởng Ngoại giao Nga") unless it
        # names no office and the title names one more fully ("Thứ trưởng Bộ Năng lượng
        # Nga": the energy minister's deputy, not just a deputy minister).
        if principal is None or own[0] not in _names()["deputies"]["general"]:
            return _Post(own[0])
        covered = deputy.words + principal[1]
        bare = get_lexicon().offices[principal[0]].country is None
        if own[0] != DEPUTY and (covered < own[1] or (covered == own[1] and not bare)):
            return _Post(own[0])
    if principal is not None:
        return _Post(principal[0], deputy=True, first=deputy.first)
    if own is not None and _has_deputy(own[0]):
        # Matched inside the office it deputises ("Phó Thống đốc" among governors' titles).
        return _Post(own[0], deputy=True, first=deputy.first)
    return _Post(own[0]) if own else None


@cache
def _place_offices() -> dict[str, dict[str, dict[str, str]]]:
    return {k: v for k, v in _names()["place_offices"]["offices"].items()}


@cache
def _places_by_form() -> dict[str, tuple[str, str | None, str]]:
    """Folded place name or alias → (canonical name, country, kind); venues are left out
    ("Cam Ranh" lies in Khánh Hòa but is no name of it)."""
    out: dict[str, tuple[str, str | None, str]] = {}
    for place_ in get_lexicon().places.values():
        for form in (place_.name, *place_.aliases):
            out.setdefault(fold_key(form), (place_.name, place_.country, place_.kind))
    return out


_ASIDE = kept_regex(r"\s*\([^()]*\)\s*$")  # "Thống đốc tỉnh Irkutsk (Nga)"


def _title_place(title: str, country: str | None) -> str | None:
    """The place a title ends with ("… tỉnh Khánh Hòa", "… thành phố Kazan"), named as
    places.json does, if it lies in the participant's country."""
    words = fold_key(_ASIDE.sub("", title)).split()
    nouns = tuple(fold_key(n) for n in _names()["place_offices"]["admin_nouns"])
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        found = _places_by_form().get(tail)
        if found is None and tail.startswith(tuple(f"{n} " for n in nouns)):
            bare = next(tail[len(n) + 1 :] for n in nouns if tail.startswith(f"{n} "))
            found = _places_by_form().get(bare)
        if found is not None:
            name_, where, _kind = found
            return name_ if country is None or where == country else None
    return None


def _ru_place_genitive(form: str) -> str:
    """ "Иркутская область" → "Иркутской области", "Москва" → "Москвы", "Сочи" → "Сочи"."""
    rules = _names()["place_offices"]["ru_genitive"]
    if form in rules["names"]:
        return rules["names"][form]
    out = []
    for word in form.split():
        for end, new in rules["endings"]:
            if word.endswith(end):
                word = word[: -len(end)] + new
                break
        else:
            if word[-1:].lower() in _RU_CONSONANTS:
                word += rules["consonant"]
        out.append(word)
    return " ".join(out)


_RU_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def _place_text(post: _Post, lang: str) -> str | None:
    """A generic office of a place in the language: "Governor of Irkutsk Oblast"."""
    forms = _place_offices().get(post.office, {}).get(lang)
    listed = get_lexicon().places.get(post.place or "")
    if not forms or listed is None:
        return None
    shape = forms.get(listed.kind) or forms.get("any")
    if shape is None:
        return None
    shown = place(listed.name, lang)
    of = _ru_place_genitive(shown) if lang == "ru" else shown
    return shape.format(place=shown, place_of=of)


def _rank_text(held: str, lang: str) -> str | None:
    """ "Trung tướng" → "Lieutenant General" / "генерал-лейтенант"."""
    folded = fold_key(held).split()
    for rank, forms in _names()["ranks"].items():
        words = fold_key(rank).split()
        if not rank.startswith("_") and folded[: len(words)] == words:
            return forms.get(lang)
    return None


def _ru_genitive(form: str) -> str | None:
    """ "Министр иностранных дел России" → "министра иностранных дел России": the head words
    the data knows, in the genitive; the words after them already are."""
    table = _names()["deputies"]["ru_genitive"]
    words = form.split()
    n = 0
    while n < len(words) and words[n].lower() in table:
        words[n] = table[words[n].lower()]
        n += 1
    return " ".join(words) if n else None


def _post_text(post: _Post, lang: str) -> str | None:
    text = (_place_text(post, lang) if post.place else None) or _form("offices", post.office, lang)
    if not post.deputy or not text:
        return text
    of = None if post.place else _form("offices", post.office, f"{lang}_of")
    if of is None:
        of = _ru_genitive(text) if lang == "ru" else text
    if of is None:  # no genitive known: a deputy, without the office, rather than its holder
        return _form("offices", DEPUTY, lang)
    return say(lang, "title.first_deputy" if post.first else "title.deputy", office=of)


@cache
def _memberships() -> dict[str, dict[str, str]]:
    """Folded membership title ("Ủy viên Trung ương Đảng") → its forms."""
    raw = _names().get("memberships", {})
    return {fold_key(k): v for k, v in raw.items() if not k.startswith("_")}


# "Ủy viên Trung ương Đảng, Bí thư Thành ủy Hải Phòng": a title lists a rank and posts.
_TITLE_PARTS = kept_regex(r"[,;]|\s(?:kiêm|đồng thời là)\s")


def _membership(part: str) -> tuple[dict[str, str] | None, str]:
    """The membership a title part starts with, and the words after it ("Ủy viên Trung ương
    Đảng Bí thư Tỉnh ủy …" written without a comma)."""
    words = part.split()
    for n in range(len(words), 0, -1):
        forms = _memberships().get(fold_key(" ".join(words[:n])))
        if forms is not None:
            # "…, Bí thư Đảng đoàn, Chủ tịch …": past a comma, a list of titles goes on.
            return forms, ("," if words[n - 1].endswith(",") else "") + " ".join(words[n:])
    return None, part


def _held_text(held: str, p: Participant, lang: str) -> str | None:
    """The post a title names, in the language; a rank or a membership only when it names
    no post."""
    membership = rank = None
    for part in [held, *_TITLE_PARTS.split(held)]:
        forms, post = _membership(part.strip())
        if forms is not None:
            membership = membership or forms.get(lang)
        if not post or post.startswith((",", ";")):
            continue  # a list after the membership: its parts are read one by one
        found = _post(post, p)
        text = _post_text(found, lang) if found else None
        if found and text and found.office == RANK:
            # "Trung tướng, Phó Tổng Tham mưu trưởng …": the post; a rank alone by its name.
            rank = rank or _rank_text(post, lang) or text
            continue
        if text and (post != held or "," not in held or fold_key(held) in _office_forms()):
            return text
    return rank or membership


def title(p: Participant, m: Meeting, lang: str) -> str | None:
    """The participant's title at the meeting's date, in the language."""
    held = title_at_meeting(p, m)
    if not held:
        return None
    text = _held_text(held, p, lang)
    if not text:
        return None
    return text[:1].lower() + text[1:] if lang == "ru" else text


def person(p: Participant, m: Meeting, lang: str) -> str:
    """ "To Lam (General Secretary)", "Михаил Мишустин (председатель Правительства России)"."""
    role = _role_text(p, lang)
    if role is not None:
        return role
    held = title(p, m, lang)
    shown = name(p.name, lang, p.country)
    return f"{shown} ({held})" if held else shown


# "… tại Vladivostok": where a role is posted.
_POSTED_AT = kept_regex(r"\btại\s+(.+)$")


def _role_text(p: Participant, lang: str) -> str | None:
    """A side the article names by its role alone, no name ("Tổng Lãnh sự Việt Nam tại
    Vladivostok"): the office in the language, with the country and the place the role
    names ("Consul General (Vietnam, Vladivostok)"); None for a person's name."""
    if p.title or p.name in get_lexicon().people:
        return None
    office = _held_text(p.name, p, lang)
    if office is None:
        return None
    office = office[:1].upper() + office[1:]  # it stands for the person: a name's place
    country = country_in(p.name)
    at = _POSTED_AT.search(p.name)
    where = get_lexicon().canonical_place(at.group(1)) if at else None
    told = [
        x
        for x in (country and _form("countries", country, lang), where and place(where, lang))
        if x
    ]
    return f"{office} ({', '.join(told)})" if told else office


def _sides(m: Meeting, fmt) -> str:  # type: ignore[no-untyped-def]
    order: dict[str, list[str]] = {}
    for p in m.participants:
        order.setdefault(p.country or "?", []).append(fmt(p))
    return " – ".join(", ".join(v) for v in order.values())


def participants(m: Meeting, lang: str) -> str:
    return _sides(m, lambda p: person(p, m, lang)) or say(lang, "people.unknown")


# ------------------------------------------------------------------------ dates


def _day(y: int, mo: int, d: int, lang: str) -> str:
    return say(lang, "date.day", day=d, month=items(lang, "months.of")[mo - 1], year=y)


def day_text(d: date, lang: str) -> str:
    return _day(d.year, d.month, d.day, lang)


def month_name(mo: int, lang: str) -> str:
    """ "5" (of "tháng 5"), "May", "май"."""
    return items(lang, "months")[mo - 1]


def _month(y: int, mo: int, lang: str) -> str:
    return say(lang, "date.month", month=items(lang, "months")[mo - 1], year=y)


def format_date(m: Meeting, lang: str) -> str:
    """ "8 May 2025 (evening)", "8 мая 2025 г. (вечером)", "June 2024", "date not reported"."""
    if not m.date:
        return say(lang, "date.unknown")
    parts = [int(x) for x in m.date.split("-")]
    if len(parts) == 3:
        text = _day(*parts, lang)
        if m.time_of_day:
            text = say(lang, "date.with_time", date=text, time=say(lang, f"time.{m.time_of_day}"))
    else:
        text = _month(*parts, lang) if len(parts) == 2 else say(lang, "date.year", year=parts[0])
    return text + (say(lang, "date.inferred") if m.date_inferred else "")


def period(first: date | None, last: date | None, lang: str) -> str | None:
    """A period asked for: "May 2025", "2020 – 2023", "8 May 2025"."""
    if first is None or last is None:
        return None

    def one(d: date, end: bool) -> str:
        whole_year = (d.month, d.day) == ((12, 31) if end else (1, 1))
        return (
            say(lang, "date.year", year=d.year)
            if whole_year
            else _day(d.year, d.month, d.day, lang)
        )

    if first == last:
        return _day(first.year, first.month, first.day, lang)
    if first.year == last.year and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return say(lang, "date.year", year=first.year)
    month_end = calendar.monthrange(first.year, first.month)[1]
    if (first.year, first.month) == (last.year, last.month) and (first.day, last.day) == (
        1,
        month_end,
    ):
        return _month(first.year, first.month, lang)
    return say(lang, "date.range", first=one(first, False), last=one(last, True))


def ago(day: date, today: date, lang: str) -> str:
    days = (today - day).days
    if days <= 0:
        return say(lang, "ago.today")
    if days < 14:
        return say(lang, "ago.days", n=days)
    if days < 60:
        return say(lang, "ago.weeks", n=round(days / 7))
    if days < 730:
        return say(lang, "ago.months", n=round(days / 30.4))
    return say(lang, "ago.years", n=days // 365)


# ------------------------------------------------------------------------ cards


def sources_line(m: Meeting, lang: str) -> str:
    if m.citations:
        more = len(m.citations) - 1
        tail = say(lang, "card.more_sources", n=more) if more > 0 else ""
        return say(lang, "card.source", value=cite(m.citations[0]) + tail)
    if m.sources:
        more = len(m.sources) - 1
        tail = say(lang, "card.more_sources", n=more) if more > 0 else ""
        return say(lang, "card.source", value=m.sources[0] + tail)
    return ""


def sectors_text(sectors: list[str], lang: str, limit: int = 5) -> str:
    # A finer wording the data has no form of ("thăm dò, khai thác dầu khí") is left out
    # rather than shown as Vietnamese without its marks; its parent sector is listed.
    sectors = [x for x in sectors if _form("sectors", x, lang)] or sectors
    shown = ", ".join(sector(s, lang) for s in sectors[:limit])
    more = len(sectors) - limit
    return shown + (say(lang, "sectors.more", n=more) if more > 0 else "")


def _remote(m: Meeting) -> bool:
    return not m.place and get_lexicon().kind_is(m.kind, "remote")


def meeting_line(m: Meeting, lang: str, with_source: bool = True) -> str:
    """One compact line: date · place · kind: names (source)."""
    names = _sides(m, lambda p: name(p.name, lang, p.country)) or say(lang, "people.unknown")
    source = compact_source(m) if with_source else ""
    tail = f" ({source})" if source else ""
    when = format_date(m, lang) + date_note(m, lang)  # a source giving another day
    if _remote(m):
        return f"{when} · {kind(m.kind, lang)}: {names}{tail}"
    where = place(m.place, lang) if m.place else say(lang, "place.unknown")
    return f"{when} · {where} · {kind(m.kind, lang)}: {names}{tail}"


def _quoted(quotes: list[str], intent: str, lang: str) -> str:
    chosen: list[str] = []
    for sentence in quotes[: 2 if intent == "what" else 1]:
        if chosen and sum(len(x) for x in chosen) + len(sentence) > QUOTE_MAX:
            break
        chosen.append(" ".join(sentence.split()))
    if not chosen:
        return ""
    return say(lang, "card.quote", value=" ".join(f"«{x}»" for x in chosen))


def meeting_card(
    m: Meeting, lang: str, intent: str = "list", quotes: list[str] | None = None
) -> str:
    """The card of one meeting, leading with the fact asked for."""
    when = say(lang, "card.when", value=format_date(m, lang) + date_note(m, lang))
    if m.place:
        where_value = place(m.place, lang)
    elif _remote(m):
        where_value = say(lang, "place.remote", kind=kind(m.kind, lang))
    else:
        where_value = say(lang, "place.unknown")
    where = say(lang, "card.where", value=where_value)
    label = kind(m.kind, lang)
    who = f"{label[:1].upper()}{label[1:]}: {participants(m, lang)}"
    sectors = say(lang, "card.sectors", value=sectors_text(m.sectors, lang)) if m.sectors else ""
    quoted = _quoted(quotes or [], intent, lang)
    point = "" if quoted else (m.key_points[0] if m.key_points else m.summary) or ""
    if intent == "when":
        head = [when, who, where]
    elif intent == "where":
        head = [where, who, when]
    else:
        head = [who, when, where]
    lines = [x for x in [*head, sectors] if x]
    budget = CARD_MAX - sum(len(x) + 1 for x in lines) - 40
    if point and budget > 40:
        # The article's own words: Vietnamese, and said to be the source's.
        key = say(
            lang, "card.point_vi", value=fitting_point([point, *m.key_points, m.summary], budget)
        )
        lines = [key, *lines] if intent == "what" else [*lines, key]
    text = "\n".join(lines)
    if quoted:
        text = f"{quoted}\n{text}" if intent == "what" else f"{text}\n{quoted}"
    source = sources_line(m, lang)
    return "\n".join([text, source] if source else [text])


# ------------------------------------------------------------------------ answers


def office(office_id: str, lang: str) -> str | None:
    """An office's title in English or Russian ("ru_president" → "President of Russia")."""
    return _form("offices", office_id, lang)


def group_label(g: LeaderGroup, lang: str) -> str:
    if g.office is None:
        return name(g.label, lang)
    office = _form("offices", g.office, lang) or _latin(g.label)
    names = [name(n, lang) for n in g.names]
    if g.names == [g.label]:  # a title typed with the name: the name once
        return names[0]
    if 0 < len(names) <= 2:
        return f"{office} ({', '.join(names)})"
    return office


def understood_text(q: Query, lang: str) -> str:
    parts = []
    if q.groups:
        parts.append(
            say(lang, "understood.leaders", value=", ".join(group_label(g, lang) for g in q.groups))
        )
    if q.role_labels:
        parts.append(say(lang, "understood.roles", value=", ".join(q.role_labels)))
    if q.unknown_names:
        parts.append(say(lang, "understood.unknown", value=", ".join(q.unknown_names)))
    when = period(q.date_from, q.date_to, lang)
    if when:
        parts.append(say(lang, "understood.period", value=when))
    places = [place(p, lang) for p in q.places] + [country(c, lang) for c in q.countries]
    if places:
        parts.append(say(lang, "understood.places", value=", ".join(places)))
    if q.agency_labels:
        parts.append(say(lang, "understood.agencies", value=", ".join(q.agency_labels)))
    if q.sectors:
        parts.append(
            say(lang, "understood.sectors", value=", ".join(sector(s, lang) for s in q.sectors))
        )
    if q.kinds:
        parts.append(say(lang, "understood.kinds", value=", ".join(kind(k, lang) for k in q.kinds)))
    if q.in_person:
        parts.append(say(lang, "understood.in_person"))
    if parts:
        return say(lang, "understood", value="; ".join(parts))
    return say(lang, "understood.nothing")


__all__ = ["items"]


def examples(lang: str, n: int = 2) -> str:
    return say(lang, "or").join(f"«{e}»" for e in items(lang, "examples")[:n])


def chat_text(kind_: str, lang: str) -> str:
    key = f"chat.{kind_}" if f"chat.{kind_}" in _keys(lang) else "chat.greeting"
    return (
        say(lang, key, scope=say(lang, "scope"))
        + "\n"
        + say(lang, "chat.try", examples=examples(lang))
    )


def _keys(lang: str) -> set[str]:
    return set(catalogue(lang))


def foreign_text(names: list[str], lang: str) -> str:
    """Another pair of countries asked about: each country (by its Vietnamese name) or
    person in the chat's language ("Trung Quốc" → "Китай", not a transcription)."""
    codes = {label: code for code, label in country_names()}
    what = ", ".join(country(codes[n], lang) if n in codes else name(n, lang) for n in names)
    return say(lang, "foreign", what=what) + "\n" + say(lang, "chat.try", examples=examples(lang))


def off_topic_text(words: list[str], q: Query, lang: str, figure: bool = False) -> str:
    shown = ", ".join(f"«{w}»" for w in words[:3])
    lines = [
        say(lang, "off_topic.figure" if figure else "off_topic", words=shown),
        say(lang, "scope"),
    ]
    if q.sectors:
        lines.append(say(lang, "off_topic.sector", value=sector(q.sectors[0], lang)))
    lines.append(say(lang, "chat.try", examples=examples(lang)))
    return "\n".join(lines)


def help_text(lang: str) -> str:
    return say(lang, "help.not_understood", examples=examples(lang, 3))


@cache
def _canonical_forms(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    pairs = [
        (key, forms[lang])
        for kind_ in ("people", "places", "sectors")
        for key, forms in _names()[kind_].items()
        if forms.get(lang)
    ]
    # Offices by their Vietnamese titles ("Thủ tướng Nga" → "Prime Minister of Russia").
    pairs += [
        (o.title, form)
        for o in get_lexicon().offices.values()
        if (form := office(o.id, lang)) and o.country in ("VN", "RU")
    ]
    pairs.sort(key=lambda kv: -len(kv[0]))
    return tuple((re.compile(rf"(?<!\w){re.escape(k)}(?!\w)"), v) for k, v in pairs)


_MONTH_LABEL = kept_regex(r"\btháng (\d{1,2})/(\d{4})\b")
_YEAR_LABEL = kept_regex(r"\bnăm (\d{4})\b")
_AT = kept_regex(r"\s*\bở\s+")  # "Medvedev ở Bình Nhưỡng": the Vietnamese "in"
_MEETS = kept_regex(r"\s+gặp\s+")  # "Thủ tướng Nga gặp Tô Lâm": an office and whom it met


def localize_question(text: str, lang: str) -> str:
    """A suggested question (names, sectors, places, months) in the language, so that the
    button asks it in the language the user asked in: "Vladimir Putin Tô Lâm" → "Vladimir
    Putin To Lam", "tháng 5/2025" → "May 2025"."""
    if lang == "vi":
        return text
    for rx, form in _canonical_forms(lang):
        text = rx.sub(form, text)
    text = _AT.sub(say(lang, "question.at"), text)
    text = _MEETS.sub(say(lang, "question.meets"), text)
    text = _MONTH_LABEL.sub(lambda m: _month(int(m[2]), int(m[1]), lang), text)
    return _YEAR_LABEL.sub(lambda m: say(lang, "date.year", year=m[1]), text)


def button_label(m: Meeting, lang: str, today: date | None = None) -> str:
    """A meeting's button ("8/5 · Mishustin", "8/5 · Мишустин"): when, and with whom."""
    if lang == "vi":
        return cards.button_label(m, today=today)
    when = cards.short_date(m, today) if m.date else say(lang, "date.unknown")
    p = cards.counterpart_of(m)
    who = (
        kind(m.kind, lang)
        if p is None
        else cards.short_name(name(p.name, lang, p.country), p.country)
    )
    return f"{when} · {who}"
