"""A Vietnamese name typed in Cyrillic that the data has no Russian form of (a person only an
article names) is read as the stored name, in any case form."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.cyrillic_names import match, rewrite
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).parent / "cyrillic_articles"
NAMES = [
    "Trần Cẩm Tú", "Nguyễn Văn Thắng", "Nguyễn Văn Thành", "Phạm Minh Chính", "Đỗ Đức Duy",
    "Lê Hoài Trung", "Trịnh Văn Quyết", "Bùi Thanh Sơn", "Phan Văn Giang", "Mikhail Mishustin",
]  # fmt: skip


@pytest.mark.parametrize(
    "cyrillic,stored",
    [
        ("Чан Кам Ту", "Trần Cẩm Tú"),
        ("Нгуен Ван Тханг", "Nguyễn Văn Thắng"),
        ("Нгуен Ван Тхань", "Nguyễn Văn Thành"),
        ("Нгуен Ван Тхангом", "Nguyễn Văn Thắng"),  # instrumental case
        ("Фам Минь Тинь", "Phạm Minh Chính"),
        ("До Дык Зуй", "Đỗ Đức Duy"),
        ("Ле Хоай Чунг", "Lê Hoài Trung"),
        ("Чинь Ван Куйет", "Trịnh Văn Quyết"),
        ("Буй Тхань Шон", "Bùi Thanh Sơn"),
        ("Фан Ван Зянга", "Phan Văn Giang"),  # genitive
    ],
)
def test_a_cyrillic_spelling_is_the_stored_name(cyrillic: str, stored: str) -> None:
    assert match(cyrillic, NAMES) == stored


# Names the press spells by sound, each letter pair a correspondence of the data, not a name:
# r/d/gi → З or Ж, uy/uê → юи/юэ, uyê → уе or уйе.
PRESS = ["Tô Huy Rứa", "Phạm Gia Khiêm", "Huỳnh Thành Đạt", "Vương Đình Huệ", "Nguyễn Văn Nên",
         "Dương Trung Quốc", "Trần Quốc Vượng", "Lê Thị Thu Hằng"]  # fmt: skip


@pytest.mark.parametrize(
    "cyrillic,stored",
    [
        ("То Хюи Зыа", "Tô Huy Rứa"),
        ("То Хюи Жыа", "Tô Huy Rứa"),
        ("Фам Жа Кхием", "Phạm Gia Khiêm"),
        ("Фам Зя Кхиему", "Phạm Gia Khiêm"),  # dative
        ("Хюинь Тхань Дат", "Huỳnh Thành Đạt"),
        ("Выонг Динь Хюэ", "Vương Đình Huệ"),
        ("Нгуйен Ван Нен", "Nguyễn Văn Nên"),
        ("Нгуен Ван Неном", "Nguyễn Văn Nên"),
        ("Зыонг Чунг Куок", "Dương Trung Quốc"),
        ("Чан Куок Выонг", "Trần Quốc Vượng"),
    ],
)
def test_a_press_spelling_is_the_stored_name(cyrillic: str, stored: str) -> None:
    assert match(cyrillic, PRESS) == stored


@pytest.mark.parametrize("cyrillic", ["Михаил Мишустин", "Ле Ван Хунг", "Чан Ван"])
def test_no_stored_name_no_match(cyrillic: str) -> None:
    assert match(cyrillic, NAMES) is None


def test_a_question_keeps_its_other_words() -> None:
    assert (
        rewrite("Когда Чан Кам Ту встречался с Мишустиным?", NAMES)
        == "Когда Trần Cẩm Tú встречался с Мишустиным?"
    )
    assert rewrite("Когда встреча?", NAMES) == "Когда встреча?"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


@pytest.mark.parametrize(
    "vi,ru",
    [
        (
            "Đặng Xuân Giáp gặp lãnh đạo Nga khi nào?",
            "Когда Данг Суан Зяп встречался с российскими руководителями?",
        ),
        ("Đặng Xuân Giáp gặp ai?", "С кем встречался Данг Суан Зяп?"),
        ("Lại Văn Thức hội kiến Sorokin ở đâu?", "Где Лай Ван Тхык встречался с Сорокиным?"),
        ("các cuộc gặp của Lại Văn Thức", "встречи с Лай Ван Тхыком"),
    ],
)
async def test_russian_question_finds_the_meeting_of_its_vietnamese_twin(
    store: Store, vi: str, ru: str
) -> None:
    want = await ask(store, vi, today=TODAY)
    got = await ask(store, ru, today=TODAY)
    assert want.results, want.answer
    assert got.lang == "ru"
    assert [m.id for m in got.results] == [m.id for m in want.results], got.answer
