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
