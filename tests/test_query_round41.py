"""Round 41 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("question", "leader"),
    [
        # A leader's given name right before another's name: the pair of a meeting, as a
        # group chat writes it ("cuộc hội đàm Phúc Putin", "Sang - Putin").
        ("cuộc hội đàm Phúc Putin ở đâu", "Nguyễn Xuân Phúc"),
        ("cuộc gặp Sang - Putin năm 2013", "Trương Tấn Sang"),
        ("Sang Putin hội đàm ở Sochi", "Trương Tấn Sang"),
        ("hội đàm Thưởng–Putin ở Bắc Kinh", "Võ Văn Thưởng"),
    ],
)
def test_a_given_name_paired_with_a_name_is_that_leader(question: str, leader: str) -> None:
    q, _ = understand_in(question, TODAY)
    assert leader in q.leaders, q.leaders
    assert "Vladimir Putin" in q.leaders


@pytest.mark.parametrize(
    "question",
    [
        # Near misses: in lower case, or inside a capitalised phrase, the word is no name.
        "cuộc hội đàm sang Putin",
        "Thủ tướng Chính phủ Putin",
    ],
)
def test_a_word_that_only_looks_like_a_given_name_is_none(question: str) -> None:
    q, _ = understand_in(question, TODAY)
    assert q.leaders == ["Vladimir Putin"], q.leaders


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Which Vietnamese leader met Putin at SPIEF?", "en"),
        ("Putin at the St Petersburg International Economic Forum", "en"),
        ("Путин на Петербургском международном экономическом форуме", "ru"),
    ],
)
def test_the_st_petersburg_forum_by_its_abbreviation_or_name(question: str, lang: str) -> None:
    # Read as the forum (held in Saint Petersburg), not dropped as a word nobody knows.
    q, _ = understand_in(question, TODAY, lang)
    forms = {f for forms in q.agencies for f in forms}
    assert "Saint Petersburg" in q.places or any("petersburg" in f for f in forms), q


def test_an_abbreviation_nobody_knows_is_kept_as_typed() -> None:
    q, _ = understand_in("Which Vietnamese leader met Putin at XYZF?", TODAY, "en")
    assert q.abbreviations == ["XYZF"]
    # Near miss: one the data knows is read as what it names.
    q, _ = understand_in("Which Vietnamese leader met Putin at SPIEF?", TODAY, "en")
    assert q.abbreviations == []


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # A figure reached "by" a year is that figure's target, not the period asked.
        ("kim ngạch 10 tỷ USD đến năm 2025", "vi"),
        ("trade turnover of 10 billion dollars by 2025", "en"),
        ("товарооборот 10 млрд долларов к 2025 году", "ru"),
    ],
)
def test_a_figure_by_a_year_sets_no_period(question: str, lang: str) -> None:
    q, _ = understand_in(question, TODAY, lang)
    assert q.date_from is None and q.date_to is None, q.date_label


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # Near misses: the figure in a year, or a span of years, is that period.
        ("kim ngạch thương mại năm 2025", "vi"),
        ("товарооборот в 2025 году", "ru"),
        ("Putin gặp Tô Lâm từ năm 2020 đến năm 2025", "vi"),
    ],
)
def test_a_year_beside_a_figure_is_still_a_period(question: str, lang: str) -> None:
    q, _ = understand_in(question, TODAY, lang)
    assert q.date_to == date(2025, 12, 31), q.date_label
