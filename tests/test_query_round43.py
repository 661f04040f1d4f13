"""Round 43 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in
from store.language.query import understand

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "run"),
    [
        ("trường trung học việt nga năm 2019", "truong trung hoc"),
        ("Trường Trung học Việt - Nga 2019", "truong trung hoc"),
        ("Viện Công nghệ Việt - Nga tháng 5/2020", "vien cong nghe"),
        ("Hội Hữu nghị Việt - Nga", "hoi huu nghi"),
    ],
)
def test_viet_beside_nga_is_the_pair_of_sides_not_a_word_of_the_name(
    question: str, run: str
) -> None:
    # "… Việt - Nga": an article writes the name with the pair or without it ("Trường Trung
    # học", "trường Việt - Nga"); "Việt" alone is no word it must hold next to the name.
    q = understand(question, TODAY)
    assert q.runs == [run], q.runs


def test_viet_not_beside_nga_stays_a_word() -> None:
    # Near miss: "người Việt tại Nga" is the Vietnamese people, a word the article holds.
    q = understand("cộng đồng người Việt tại Nga năm 2019", TODAY)
    assert q.runs == ["cong dong nguoi viet"], q.runs


@pytest.mark.parametrize(
    ("question", "holder"),
    [
        ("Vietnam education minister Russian scholarships", "Nguyễn Kim Sơn"),
        ("Vietnam education minister and Russian language teaching", "Nguyễn Kim Sơn"),
        ("Vietnam defence minister Russian weapons", "Phan Văn Giang"),
    ],
)
def test_an_english_title_after_its_country_keeps_it_before_a_russian_topic(
    question: str, holder: str
) -> None:
    # "Vietnam education minister Russian scholarships": Vietnam's minister; "Russian" is
    # the scholarships', and, capitalised, it is no name either.
    q, lang = understand_in(question, TODAY)
    assert lang == "en"
    assert holder in q.leaders, q.leaders
    assert not {"Olga Vasilyeva", "Sergei Shoigu", "Andrei Belousov"} & set(q.leaders), q.leaders


@pytest.mark.parametrize(
    "question", ["education minister of Russia", "the Russian education minister"]
)
def test_the_russian_minister_asked_in_english_is_still_russias(question: str) -> None:
    # Near miss: the country with "of", or as an adjective before the title.
    q, _ = understand_in(question, TODAY)
    assert "Olga Vasilyeva" in q.leaders and "Nguyễn Kim Sơn" not in q.leaders, q.leaders


@pytest.mark.parametrize(
    "question",
    ["Чыонг Тан Шанг на Дне Победы 2015", "Чыонг Тан Шанг в День Победы 2015"],
)
def test_victory_day_in_the_russian_locative(question: str) -> None:
    # "на Дне Победы": the day (the week before it, and the few days its visits go on
    # after it) of 2015, no unknown name "Dne".
    q, lang = understand_in(question, TODAY)
    assert lang == "ru" and not q.unknown_names, q.unknown_names
    assert (q.date_from, q.date_to) == (date(2015, 5, 2), date(2015, 5, 12))


def test_at_the_government_office_is_where_the_prime_minister_receives() -> None:
    # "Who received Lavrov at the Government Office": the building ("Trụ sở Chính phủ"), in
    # Hà Nội; no unknown name "Office".
    q, _ = understand_in("Who received Lavrov at the Government Office in July 2022?", TODAY)
    assert "tru so chinh phu" in q.phrases and q.places == ["Hà Nội"], (q.phrases, q.places)
    assert not q.unknown_names, q.unknown_names


@pytest.mark.parametrize(
    "question",
    [
        "Tổng Bí thư Tô Lâm đến Moskva tháng 5/2025",
        "putin toi ha noi",
        "Thủ tướng Mishustin đến Việt Nam",
        "Putin arrived in Hanoi",
        "Путин прибыл в Ханой",
    ],
)
def test_arriving_somewhere_prefers_the_visit(question: str) -> None:
    q, _ = understand_in(question, TODAY)
    assert q.prefer_kinds == ["thăm"] and not q.kinds, (q.prefer_kinds, q.kinds)


@pytest.mark.parametrize(
    "question",
    ["Putin gặp Tô Lâm khi đến Hà Nội", "từ tháng 3 đến tháng 5/2018 Putin", "Putin ở Hà Nội"],
)
def test_a_meeting_or_a_span_is_no_arrival(question: str) -> None:
    # Near miss: an act asked, "đến" of a span of months, or only where.
    q, _ = understand_in(question, TODAY)
    assert "thăm" not in q.prefer_kinds, q.prefer_kinds


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("Nguyen Phu Trong tea with Putin", "uong tra"),
        ("Нгуен Фу Чонг и Путин чаепитие 2024", "uong tra"),
        ("state banquet for Medvedev in Hanoi", "tiec chieu dai"),
        ("банкет в честь Медведева", "tiec chieu dai"),
    ],
)
def test_tea_and_banquets_asked_in_english_or_russian(question: str, phrase: str) -> None:
    # The words an article writes for them ("uống trà", "tiệc chiêu đãi"), not dropped.
    q, _ = understand_in(question, TODAY)
    assert phrase in q.phrases, q.phrases


def test_friendship_asked_in_english_or_russian() -> None:
    # "friendship agreement", "соглашение о дружбе": the word articles write ("hữu nghị").
    for question in ("Da Nang Vladivostok friendship agreement", "Дананг Владивосток дружба"):
        q, _ = understand_in(question, TODAY)
        assert "huu" in q.keywords and "friendship" not in q.keywords, q.keywords
