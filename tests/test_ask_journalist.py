"""Questions read the way a journalist means them, over the seeds, tests/articles and the
articles written for these tests (tests/journalist_articles): an undated meeting whose
article gives no publication date, a title asked of its finer rank, a reception with no
city, a word of an article searched literally, and words that only look like function
words ("giá", "cấp", "kiểm").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.query import understand
from store.services.answer import AskResult
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import asked_both_ways

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).resolve().parent / "journalist_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


async def _both(store: Store, question: str) -> list[AskResult]:
    return await asked_both_ways(store, question, TODAY)


def _names(r: AskResult) -> set[str]:
    return {p.name for p in r.results[0].participants} if r.results else set()


# ------------------------------------------- undated meetings and the participants' terms


async def test_an_undated_meeting_without_a_publication_date_is_kept_by_the_terms(
    store: Store,
) -> None:
    for r in await _both(store, "Vương Đình Huệ hội đàm Volodin năm 2022"):
        assert _names(r) == {"Vương Đình Huệ", "Vyacheslav Volodin"}, r.answer
        assert r.results[0].date is None
        assert "không rõ" in r.answer


async def test_terms_that_exclude_the_period_still_exclude_the_meeting(store: Store) -> None:
    # Vương Đình Huệ chaired the National Assembly from 2021 to 2024.
    for r in await _both(store, "Vương Đình Huệ hội đàm Volodin năm 2017"):
        assert not r.results, r.answer


# ------------------------------------------- titles, their finer ranks, receptions


def test_a_deputy_title_includes_the_first_deputy() -> None:
    q = understand("Phó Thủ tướng Nga sang Việt Nam đầu năm 2025", TODAY)
    assert any("Denis Manturov" in g.names for g in q.groups)


async def test_a_reception_without_a_city_is_in_the_hosts_country(store: Store) -> None:
    for r in await _both(store, "đầu năm 2025 Phó Thủ tướng Nga sang Việt Nam"):
        assert "Denis Manturov" in _names(r), r.answer


async def test_a_reception_without_a_city_is_not_in_the_guests_country(store: Store) -> None:
    for r in await _both(store, "Denis Manturov ở Nga năm 2025"):
        assert not r.results, r.answer


# ------------------------------------------- literal words of the question


async def test_a_phrase_after_a_what_question_is_searched_in_the_articles(store: Store) -> None:
    for r in await _both(store, "hai bên thống nhất gì về kiểm dịch nông sản"):
        assert "Dmitry Patrushev" in _names(r), r.answer


async def test_upgrading_relations_is_an_on_topic_word(store: Store) -> None:
    for r in await _both(store, "nâng cấp quan hệ đối tác chiến lược toàn diện ở Hà Nội"):
        assert r.results, r.answer


@pytest.mark.parametrize(
    "question", ["giá nông sản ở Moskva", "giá nhà ở Hà Nội", "cấp cứu ở Moskva"]
)
async def test_price_words_are_not_function_words(store: Store, question: str) -> None:
    for r in await _both(store, question):
        assert not r.results, r.answer


async def test_every_further_literal_word_of_the_question_ranks(store: Store) -> None:
    # Both articles hold "đoàn"; only the undated, older one speaks of "lập pháp".
    for r in await _both(store, "đoàn Volodin kinh nghiệm lập pháp"):
        assert r.results and r.results[0].date is None, r.answer
        assert _names(r) == {"Vương Đình Huệ", "Vyacheslav Volodin"}


# ------------------------------------------- messages, condolences and occasions


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("viếng Tô Lâm Putin", "điện chia buồn"),
        ("Tô Lâm Putin qua đời", "điện chia buồn"),
        ("Putin gửi lời chúc Lương Cường", "điện mừng"),
    ],
)
async def test_words_of_a_message_rank_that_kind_first(
    store: Store, question: str, kind: str
) -> None:
    for r in await _both(store, question):
        assert r.results and r.results[0].kind == kind, r.answer


def test_words_of_a_message_prefer_without_requiring() -> None:
    q = understand("đoàn Nga viếng Tổng Bí thư", TODAY)
    assert q.prefer_kinds == ["điện chia buồn"] and q.kinds == []


@pytest.mark.parametrize(
    "question", ["Putin gửi điện mừng Quốc khánh 2/9/2024", "điện mừng Ngày Chiến thắng 9/5/2024"]
)
def test_an_occasion_named_by_its_day_is_the_end_of_a_short_window(question: str) -> None:
    q = understand(question, TODAY)
    assert q.date_to is not None and q.date_from is not None
    assert 5 <= (q.date_to - q.date_from).days <= 10


def test_a_plain_day_stays_one_day() -> None:
    q = understand("Tô Lâm gặp Putin 2/9/2024", TODAY)
    assert q.date_from == q.date_to == date(2024, 9, 2)


# ------------------------------------------- places the place data lacks


@pytest.mark.parametrize("question", ["Tula TP Đồng Hới", "Tula"])
async def test_a_place_named_only_in_a_title_or_the_text_finds_its_article(
    store: Store, question: str
) -> None:
    for r in await _both(store, question):
        assert "Dmitry Milyaev" in _names(r), r.answer
        if question == "Tula":
            assert "không phải nơi diễn ra" in r.answer
        else:  # a place of each side: the reception was in Đồng Hới, one of them
            assert "không phải nơi diễn ra" not in r.answer, r.answer


@pytest.mark.parametrize("question", ["thời tiết Tula", "giá nhà ở Tula", "Tula TP Huế"])
async def test_a_place_with_words_no_article_holds_finds_nothing(
    store: Store, question: str
) -> None:
    for r in await _both(store, question):
        assert not r.results, r.answer


# ------------------------------------------- institutions in full or as acronyms


@pytest.mark.parametrize(
    "question", ["Chánh án TANDTC tiếp Đại sứ Nga", "chanh an tandtc tiep dai su nga"]
)
def test_an_acronym_of_an_institution_is_not_an_unknown_name(question: str) -> None:
    q = understand(question, TODAY)
    assert q.unknown_names == []
    assert "toa an nhan dan toi cao" in q.phrases


async def test_an_acronym_finds_the_institution_written_in_full(store: Store) -> None:
    for r in await _both(store, "Chánh án TANDTC tiếp Đại sứ Nga"):
        assert _names(r) == {"Nguyễn Hòa Bình", "Gennady Bezdetko"}, r.answer


async def test_words_beside_a_year_alone_must_appear(store: Store) -> None:
    for r in await _both(store, "tòa án nhân dân tối cao năm 2022"):
        assert r.results and all(
            "Nguyễn Hòa Bình" in {p.name for p in m.participants} for m in r.results
        ), r.answer


async def test_foreign_words_typed_together_need_only_be_in_one_article(store: Store) -> None:
    for r in await _both(store, "ô tô Avtotor RDIF"):
        assert "Denis Manturov" in _names(r), r.answer
