"""Questions naming what only the store knows: participants the lexicon does not list
(spelt the way a user romanises them), offices with their organisation and place, places
an article speaks of, and the organisations, products and fora its paragraphs name.

Over the seeds, tests/articles and tests/ask_articles (a06–a10 were written for these).
"""

from __future__ import annotations

from datetime import date

import pytest

from store.language.models import Meeting
from store.language.question_names import store_name_matches, translit_key
from store.services.answer import AskResult, ask
from store.services.ingest import ingest
from store.storage.db import Store
from tests.asking import asked_both_ways, with_ask_articles

TODAY = date(2026, 12, 1)


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    return await with_ask_articles(seeded_store)


async def _both(store: Store, question: str) -> list[AskResult]:
    return await asked_both_ways(store, question, TODAY)


def _names(m: Meeting) -> set[str]:
    return {p.name for p in m.participants}


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Shaposnikov", "Shaposhnikov"),
        ("Lavrow", "Lavrov"),
        ("Kozhemyaco", "Kozhemyako"),
        ("Degtyaryov", "Degtyarev"),
        ("Sergey", "Sergei"),
        ("Lubimova", "Lyubimova"),
    ],
)
def test_romanisations_share_a_key(typed: str, stored: str) -> None:
    assert store_name_matches(typed, [f"Ivan {stored}", "Pyotr Ivanov"]) == [f"Ivan {stored}"]


def test_doubled_letters_and_endings_do_not_count() -> None:
    assert translit_key("Kirillov") == translit_key("Kirilov")
    assert translit_key("Ivanoff") == translit_key("Ivanov")


def test_store_names_match_whole_names_and_never_a_syllable_or_a_given_name() -> None:
    names = ["Nguyễn Tấn Tuân", "Mikhail Degtyarev", "Olga Lyubimova"]
    assert store_name_matches("nguyen tan tuan", names) == ["Nguyễn Tấn Tuân"]
    assert store_name_matches("Tuân", names) == []
    assert store_name_matches("Olga", names) == []
    assert store_name_matches("Ivanov", names) == []


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Degtiarev gặp ai", "Mikhail Degtyarev"),
        ("ông Asantsew thăm Hải Phòng khi nào", "Dmitry Asantsev"),
        ("Lubimova hội đàm với Bộ trưởng Việt Nam", "Olga Lyubimova"),
        ("Nguyễn Tấn Tuân tiếp ai", "Nguyễn Tấn Tuân"),
    ],
)
async def test_participants_only_the_store_knows_are_found_by_spelling(
    store: Store, question: str, person: str
) -> None:
    for r in await _both(store, question):
        assert r.results, r.answer
        assert person in _names(r.results[0])
        assert not r.unknown_names


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Thống đốc vùng Khabarovsk gặp lãnh đạo Việt Nam", "Mikhail Degtyarev"),
        ("Chủ tịch UBND tỉnh Khánh Hòa tiếp Thống đốc vùng Khabarovsk", "Nguyễn Tấn Tuân"),
        ("Chủ tịch Duma thành phố Novosibirsk", "Dmitry Asantsev"),
        ("Bí thư Thành ủy Hải Phòng gặp ai", "Lê Tiến Châu"),
        ("Bộ trưởng Văn hóa Nga", "Olga Lyubimova"),
        # The office and its place, written apart from how the article joined them.
        ("Thống đốc Khabarovsk gặp ai", "Mikhail Degtyarev"),
        ("Chủ tịch Duma Novosibirsk", "Dmitry Asantsev"),
    ],
)
async def test_offices_the_office_data_lacks_match_stored_titles(
    store: Store, question: str, person: str
) -> None:
    for r in await _both(store, question):
        assert r.results, r.answer
        assert person in _names(r.results[0])


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Khusnullin điện hạt nhân Ninh Thuận", "Marat Khusnullin"),
        ("Trần Lưu Quang Ninh Thuận", "Marat Khusnullin"),
    ],
)
async def test_a_place_the_article_speaks_of_is_not_the_venue(
    store: Store, question: str, person: str
) -> None:
    for r in await _both(store, question):
        assert r.results, r.answer
        assert person in _names(r.results[0])
        assert "được nêu trong bài" in r.answer or r.results[0].place is None


@pytest.mark.parametrize(
    "question",
    ["thống đốc vùng Khabarovsk Khánh Hòa", "thống đốc vùng Khabarovsk ở Khánh Hòa"],
)
async def test_a_province_holds_the_meetings_in_its_cities(store: Store, question: str) -> None:
    for r in await _both(store, question):
        assert r.results, r.answer
        assert "Mikhail Degtyarev" in _names(r.results[0])
        assert r.results[0].place == "Nha Trang"  # in Khánh Hòa: the venue, not a mention
        assert "được nêu trong bài" not in r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Overchuk Ninh Thuận",  # no article of his names it
        "Khusnullin gặp Trần Lưu Quang ở Ninh Thuận",  # the venue was asked for
    ],
)
async def test_a_place_no_article_names_or_asked_as_the_venue_finds_nothing(
    store: Store, question: str
) -> None:
    for r in await _both(store, question):
        assert not r.results


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("RDIF", "Alexei Overchuk"),
        ("Zarubezhneft", "Alexei Overchuk"),
        ("Cấp cao Đông Á", "Marat Khusnullin"),
        ("Trần Lưu Quang gặp Phó Thủ tướng Nga bên lề Cấp cao Đông Á", "Marat Khusnullin"),
        ("Khusnullin EEF", "Marat Khusnullin"),
    ],
)
async def test_names_of_organisations_and_fora_are_phrases_of_the_articles(
    store: Store, question: str, person: str
) -> None:
    r = await ask(store, question, today=TODAY, limit=10)
    assert r.results, r.answer
    assert person in _names(r.results[0])
    assert not r.unknown_names


@pytest.mark.parametrize("question", ["Rosneftegaz gặp ai", "Novikombank", "Quỹ XYZF"])
async def test_a_word_no_article_holds_is_still_unknown(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results


NAMESAKE = (
    "Thứ trưởng Bộ Công Thương tiếp Thứ trưởng Năng lượng Nga\n\n"
    "Chiều 12/3/2024, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Minh Tuệ đã tiếp ông Pavel "
    "Medvedev, Thứ trưởng Bộ Năng lượng Liên bang Nga, sang làm việc về hợp tác dầu khí và "
    "điện lực giữa hai nước."
)


async def test_a_surname_alone_means_every_namesake_the_store_has(store: Store) -> None:
    from store.language.models import Article

    await ingest(store, [Article(text=NAMESAKE, source="namesake.txt")])
    # The lexicon knows Dmitry Medvedev; the store also met another Medvedev.
    for result in await _both(store, "Medvedev dầu khí"):
        assert any("Pavel Medvedev" in _names(m) for m in result.results[:1])
    # With the given name typed, only that person.
    for result in await _both(store, "Dmitry Medvedev dầu khí"):
        assert all("Pavel Medvedev" not in _names(m) for m in result.results)
    for result in await _both(store, "Medvedev dầu khí"):
        assert result.results, result.answer


NAMESAKES = [
    (
        "Thứ trưởng Bộ Công Thương tiếp Phó Thống đốc tỉnh Tomsk\n\n"
        "Chiều 20/5/2024, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Minh Tuệ đã tiếp ông Anton "
        "Zuev, Phó Thống đốc tỉnh Tomsk (Nga), sang làm việc về hợp tác giáo dục và khoa học "
        "giữa các địa phương hai nước."
    ),
    (
        "Thứ trưởng Phan Minh Tuệ làm việc với lãnh đạo Tập đoàn Uralkali\n\n"
        "Sáng 14/9/2023, tại Hà Nội, Thứ trưởng Bộ Công Thương Phan Minh Tuệ đã làm việc với ông "
        "Roman Zuev, Phó Tổng Giám đốc Tập đoàn Uralkali của Nga, về việc cung ứng phân bón cho "
        "nông nghiệp Việt Nam."
    ),
]


async def test_a_full_name_in_lower_case_is_that_person_not_every_namesake(store: Store) -> None:
    from store.language.models import Article

    await ingest(store, [Article(text=t, source=f"zuev{i}.txt") for i, t in enumerate(NAMESAKES)])
    # Anton Zuev's meeting is the newer: the surname alone would bring it first.
    for typed in ("lần gần nhất Phan Minh Tuệ gặp roman zuev", "roman zuev gặp ai"):
        for result in await _both(store, typed):
            assert result.results, result.answer
            assert all("Roman Zuev" in _names(m) for m in result.results), result.answer
    for result in await _both(store, "lần gần nhất Phan Minh Tuệ gặp zuev"):
        assert "Anton Zuev" in _names(result.results[0]), result.answer
