"""The city a meeting's venue implies, for meetings stored without a city.

An article may say only where in a city the meeting was: "tại Phủ Chủ tịch", "tại Nhà
Quốc hội", "tại Điện Kremlin", "tại trụ sở Bộ Quốc phòng". A place asked for ("sang Hà
Nội") is then satisfied by the venue, and the reply says the city was inferred. Named
venues come from store/data/places.json; the seats of a country's national institutions
("trụ sở Bộ …", "Nhà Quốc hội") from store/data/questions.json "capital_seats": in the
capital (store/data/countries.json) of the country named right after them, else of Vietnam
(a Vietnamese article names the Russian ministry "Bộ Quốc phòng Nga", its own simply "Bộ
Quốc phòng").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache

from store.language.compiled import kept_regex
from store.language.countries import BILATERAL, capital, folded_names
from store.language.fold import fold, fold_key
from store.language.lexicon import get_lexicon
from store.language.packaged import files


@dataclass(frozen=True)
class Venue:
    city: str  # canonical place name
    venue: str  # as the data writes it


@cache
def _tables() -> tuple[re.Pattern[str], dict[str, Venue], re.Pattern[str], dict[str, str]]:
    lex = get_lexicon()
    named: dict[str, Venue] = {}
    for place in lex.places.values():
        for v in place.venues:
            key = fold_key(v)
            if len(key) >= 5:
                named.setdefault(key, Venue(place.name, v))
    raw = json.loads(files("store").joinpath("data/questions.json").read_text(encoding="utf-8"))
    seats = raw.get("capital_seats", {})
    capitals = {
        fold_key(name): city
        for name, code in folded_names(BILATERAL).items()
        if (city := capital(code)) is not None
    }
    forms = sorted((fold_key(s) for s in seats.get("seats", [])), key=len, reverse=True)
    by_len = sorted(named, key=len, reverse=True)
    # Kept compiled (40 ms to compile: paid by the first place question of each process).
    named_rx = kept_regex(r"(?<![a-z0-9])(?:" + "|".join(map(re.escape, by_len)) + r")(?![a-z0-9])")
    countries = "|".join(map(re.escape, sorted(capitals, key=len, reverse=True))) or "(?!)"
    seat_rx = kept_regex(
        r"(?<![a-z0-9])(?:tai|o)\s+(" + "|".join(map(re.escape, forms)) + r")"
        r"((?:\s+\w+){0,6}?\s+(?:" + countries + r")(?![a-z0-9]))?"
    )
    return named_rx, named, seat_rx, capitals


def prepare() -> None:
    """Build the venue tables at start-up, not in the first question about a place."""
    _tables()


def venue_city(text: str) -> Venue | None:
    """The city the first venue of ``text`` (a meeting's lead sentence) implies, if any."""
    folded = fold_key(text)
    if not folded:
        return None
    named_rx, named, seat_rx, capitals = _tables()
    m = named_rx.search(folded)
    if m is not None:
        return named[m.group()]
    plain = " ".join(text.split())
    folded_plain = fold(plain)  # punctuation kept: a comma ends the seat's name
    s = seat_rx.search(folded_plain)
    if s is None:
        return None
    tail = s.group(2) or ""
    country = next((c for c in capitals if tail.endswith(f" {c}")), None)
    city = capitals.get(country or "viet nam")
    if city is None:
        return None
    if len(folded_plain) != len(plain):
        return Venue(city, s.group(1) + tail)
    # As the article writes it, up to the end of the institution's name.
    end = re.search(r"[,.;:()]|$", plain[s.start(1) : s.start(1) + 80])
    shown = plain[s.start(1) : s.start(1) + (end.start() if end else 80)].strip()
    return Venue(city, shown)


# A word that tells one venue of a city from another: long enough not to be one of the
# words every seat shares ("nhà", "phủ", "trụ sở", "bộ"). Spellings of one venue share one
# by its first letters ("Điện Kremlin", "Điện Kremli", "Điện Krem-li").
_DISTINCT = 5
_SEAT = "tru so "


def _marks(written: str, city: set[str]) -> set[str]:
    """The distinctive words' first letters, a hyphenated word read whole ("Krem-li")."""
    words = fold_key(written.replace("-", "")).split()
    return {w[:_DISTINCT] for w in words if len(w) >= _DISTINCT and w not in city}


def venue_forms(typed: str) -> list[str]:
    """The folded spellings of a venue typed in a question (store/data/places.json): itself
    and the city's venues whose words hold its own or are held by them ("sân bay quốc tế Nội
    Bài"), or that share a distinctive word with it ("Kremlin": "Điện Kremli"), none that only
    share the city's name."""
    lex = get_lexicon()
    key = fold_key(typed)
    place = lex.places.get(lex.canonical_place(typed) or "")
    if place is None:
        return [key]
    city = {w for n in (place.name, *place.aliases) for w in fold_key(n).replace("-", "").split()}
    own = _marks(typed, city)
    words = set(key.split()) - city
    forms = [key]
    for v in place.venues:
        other = fold_key(v)
        more = set(other.split()) - city
        # One's words within the other's ("sân bay Nội Bài", "sân bay quốc tế Nội Bài"), or
        # a distinctive word shared.
        if other != key and (
            (words and more and (words <= more or more <= words)) or (own & _marks(v, city))
        ):
            forms.append(other)
    # "trụ sở Bộ Quốc phòng" is written "tại Bộ Quốc phòng" as often, "Nhà Trắng Nga" as
    # "Nhà Trắng" (its country left to the text around it).
    forms += [f.removeprefix(_SEAT) for f in forms if f.startswith(_SEAT)]
    countries = {w for n in folded_names(BILATERAL) if len(n.split()) <= 3 for w in n.split()}
    core = " ".join(w for w in key.split() if w not in countries | city)
    if len(core.split()) >= 2:
        forms.append(core)
    # "Diễn đàn Kinh tế quốc tế St. Petersburg" names its city as any of its spellings.
    names = sorted(
        {fold_key(n) for n in (place.name, *place.aliases)} - {""}, key=len, reverse=True
    )
    for f in list(forms):
        if said := next((n for n in names if f" {n} " in f" {f} "), None):
            forms += [f" {f} ".replace(f" {said} ", f" {n} ").strip() for n in names]
    return list(dict.fromkeys(forms))
