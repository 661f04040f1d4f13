"""Round 42 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in

TODAY = date(2026, 12, 6)
FAR_EAST = "Yuri Trutnev"  # the presidential envoy to the Far East on that day


@pytest.mark.parametrize(
    "question",
    [
        # The office's English names, with "Presidential" before it (not a person's name)
        # and "Russian" inside it.
        "Presidential envoy to the Russian Far East received by Vietnamese deputy PM",
        "presidential envoy to the Far East",
        "Russian Far East envoy",
    ],
)
def test_the_presidential_envoy_to_the_far_east_asked_in_english(question: str) -> None:
    q, lang = understand_in(question, TODAY)
    assert lang == "en"
    assert FAR_EAST in q.leaders and not q.unknown_names, (q.leaders, q.unknown_names)


def test_another_envoy_in_english_is_not_the_far_easts() -> None:
    # Near miss: the Prime Minister's special envoy is someone else.
    q, _ = understand_in("special envoy of the Prime Minister", TODAY)
    assert FAR_EAST not in q.leaders, q.leaders


@pytest.mark.parametrize(
    "question",
    [
        "fourth session of the Vietnam-Russia inter-parliamentary cooperation committee",
        "4th session of the interparliamentary cooperation commission",
    ],
)
def test_the_inter_parliamentary_cooperation_committee_asked_in_english(question: str) -> None:
    q, _ = understand_in(question, TODAY)
    assert any("uy ban hop tac lien nghi vien" in forms for forms in q.agencies), q.agencies
    assert "lan thu 4" in q.ordinals, q.ordinals
    assert not q.unknown_names and "inter" not in " ".join(q.keywords), q.keywords


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        # An ordinal's number before a month is no day of it.
        (
            "Putin thăm VN lần thứ 3 tháng 11/2013 hội đàm với ai",
            date(2013, 11, 1),
            date(2013, 11, 30),
        ),
        ("lan thu 2 thang 5 nam 2025 gap ai", date(2025, 5, 1), date(2025, 5, 31)),
        # Near misses: a day written so is a day.
        ("gặp ngày 3 tháng 11/2013", date(2013, 11, 3), date(2013, 11, 3)),
        ("gặp nhau 2 tháng 5 năm 2025", date(2025, 5, 2), date(2025, 5, 2)),
    ],
)
def test_an_ordinal_before_a_month_is_no_day(question: str, first: date, last: date) -> None:
    q, _ = understand_in(question, TODAY)
    assert (q.date_from, q.date_to) == (first, last), q.date_label


@pytest.mark.parametrize(
    ("question", "lang", "event"),
    [
        ("Фам Минь Тинь встреча с Путиным в Казани на БРИКС", "ru", "brics"),
        ("саммит ШОС 2025", "ru", "sco"),
        ("Vietnam at the Shanghai Cooperation Organisation summit", "en", "sco"),
    ],
)
def test_brics_and_the_sco_asked_in_russian_or_english(
    question: str, lang: str, event: str
) -> None:
    q, _ = understand_in(question, TODAY, lang)  # type: ignore[arg-type]
    assert any(event in forms for forms in q.events), q.events
    assert not q.unknown_names, q.unknown_names


def test_the_verb_of_mentioning_is_no_phrase_to_look_for() -> None:
    # "hội đàm nào nhắc tới điện hạt nhân": the sector is asked, "nào nhắc tới" is no phrase
    # a meeting must hold.
    for question in ("hội đàm nào nhắc tới điện hạt nhân", "hoi dam nao nhac den Ninh Thuan"):
        q, _ = understand_in(question, TODAY)
        assert not any("nhac" in r.split() for r in q.runs), q.runs
    # Near miss: music ("âm nhạc") stays a phrase asked.
    q, _ = understand_in("hợp tác âm nhạc", TODAY)
    assert any("am nhac" in r for r in q.runs), q.runs
