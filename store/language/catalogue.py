"""User-facing strings, one catalogue per language (store/data/i18n/{vi,en,ru}.json).

``say(lang, key, **values)`` formats a string; an unknown language falls back to
Vietnamese. Lists are kept as one string split on "|" (``items``).
"""

from __future__ import annotations

import json
from functools import cache

from store.language.packaged import files

LANGS = ("vi", "en", "ru")
DEFAULT = "vi"


@cache
def catalogue(lang: str) -> dict[str, str]:
    lang = lang if lang in LANGS else DEFAULT
    path = files("store").joinpath(f"data/i18n/{lang}.json")
    return json.loads(path.read_text(encoding="utf-8"))


def say(lang: str, key: str, **values: object) -> str:
    text = catalogue(lang).get(key)
    if text is None:
        text = catalogue(DEFAULT)[key]
    if not values:
        return text
    for name, value in values.items():
        if str(value).endswith("."):  # "7 сентября 2018 г." ends the sentence itself
            text = text.replace(f"{{{name}}}.", f"{{{name}}}")
    return text.format(**values)


def items(lang: str, key: str) -> list[str]:
    return say(lang, key).split("|")


def normalise(code: str | None) -> str | None:
    """A language code as Telegram or a user gives it ("en-GB", "RU", "tiếng việt") → vi/en/ru."""
    if not code:
        return None
    code = code.strip().lower()
    aliases = {
        "vi": "vi", "vn": "vi", "viet": "vi", "tiếng việt": "vi", "tieng viet": "vi",
        "vietnamese": "vi", "en": "en", "english": "en", "eng": "en", "tiếng anh": "en",
        "tieng anh": "en", "ru": "ru", "russian": "ru", "rus": "ru", "русский": "ru",
        "tiếng nga": "ru", "tieng nga": "ru",
    }  # fmt: skip
    return aliases.get(code) or aliases.get(code.split("-")[0].split("_")[0])
