"""Round 46 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import to_vietnamese, understand_in
from store.language.query import understand
from store.language.question_words import figure_words

TODAY = date(2026, 12, 7)


def test_a_place_after_the_intergovernmental_committee_is_where_it_met() -> None:
    # "Ủy ban liên Chính phủ … Moskva": "liên chính phủ" is no government Moskva owns
    # ("Chính phủ Moskva"); Moskva is where the session was.
    q = understand("Akimov Trịnh Đình Dũng ủy ban liên chính phủ Moskva", TODAY)
    assert q.places == ["Moskva"] and not q.owned_places, (q.places, q.owned_places)
    # Near miss: the city's own government stays its owner, not a place to meet in.
    q = understand("Chính phủ Moskva hợp tác với Hà Nội", TODAY)
    assert "Moskva" not in q.places, q.places


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("To Lam Putin Victory Day 2025", "en"),
        ("Tô Lâm Putin dịp Ngày Chiến thắng 2025", "vi"),
    ],
)
def test_an_occasion_asked_reaches_the_days_of_the_visit_after_it(question: str, lang: str) -> None:
    # Victory Day 2025 (9 May): the days before it, and a visit's few days after it (the
    # talks in Moskva were on 10 May), not the whole year.
    q = understand_in(question, TODAY, lang)[0] if lang != "vi" else understand(question, TODAY)
    assert q.date_from and q.date_to, q.date_label
    assert q.date_from <= date(2025, 5, 9) and date(2025, 5, 10) <= q.date_to, (
        q.date_from,
        q.date_to,
    )
    assert q.date_from >= date(2025, 4, 30) and q.date_to <= date(2025, 5, 14), (
        q.date_from,
        q.date_to,
    )


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Vietnamese ambassador in Ulyanovsk on Ho Chi Minh's birthday", "en"),
        ("посол Вьетнама в Ульяновске у памятника Хо Ши Мину", "ru"),
    ],
)
def test_ho_chi_minh_the_person_is_not_the_city(question: str, lang: str) -> None:
    # A birthday and a monument are the President's, not Ho Chi Minh City's.
    q, _ = understand_in(question, TODAY, lang)
    assert q.places == ["Ulyanovsk"], q.places
    # Near miss: the city named as a city is still the city.
    q, _ = understand_in("Bezdetko in Ho Chi Minh City", TODAY, "en")
    assert "TP Hồ Chí Minh" in q.places, q.places


@pytest.mark.parametrize(
    ("question", "lang", "word"),
    [
        ("Vietnam Russia concert", "en", "concert"),
        ("Russia Vietnam football match", "en", "football"),
        ("Вьетнам Россия концерт", "ru", "kontsert"),
    ],
)
def test_the_two_sides_named_keep_an_unknown_word(question: str, lang: str, word: str) -> None:
    # "Vietnam", "Russia" narrow nothing (every meeting has them): beside them an unknown
    # word is what the question is about, kept for the off-topic check, not dropped.
    assert word in to_vietnamese(question, lang).lower(), to_vietnamese(question, lang)
    # Near miss: beside a person, a common word the tables lack is still dropped; a week
    # counted from a day is that day's period, not an unknown word.
    assert "concert" not in to_vietnamese("Putin Vietnam concert", "en").lower()
    week = "Which Vietnam-Russia meetings took place in the week before January 20, 2025?"
    assert "week" not in to_vietnamese(week, "en").lower(), to_vietnamese(week, "en")


def test_hoan_kiem_lake_is_no_unknown_name() -> None:
    for question, lang in (
        ("Путин и Нгуен Фу Чонг чай у озера Хоанкием", "ru"),
        ("Putin Trong tea by Hoan Kiem Lake", "en"),
    ):
        q, _ = understand_in(question, TODAY, lang)
        assert not q.unknown_names and len(q.groups) == 2, (question, q.unknown_names)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Pham Binh Minh Lavrov at the United Nations", "en"),
        ("Фам Бинь Минь и Лавров в ООН", "ru"),
        ("Фам Бинь Минь и Лавров в штаб-квартире ООН", "ru"),
    ],
)
def test_the_united_nations_is_no_unknown_name(question: str, lang: str) -> None:
    # "the United Nations", "ООН": the body, not a person the data lacks (which would leave
    # the two ministers' meetings unanswered).
    q, _ = understand_in(question, TODAY, lang)
    assert not q.unknown_names and len(q.groups) == 2, (q.unknown_names, q.groups)
    # Near miss: its General Assembly is still the body, no place and no unknown name.
    q, _ = understand_in("UN General Assembly 2017 Lavrov", TODAY, "en")
    assert not q.places and not q.unknown_names, (q.places, q.unknown_names)


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        ("Thủ tướng Việt Nam hội đàm Thủ tướng Nga trước Đại hội XIII", None, date(2021, 1, 24)),
        ("Putin gặp ai sau Đại hội Đảng lần thứ 12", date(2016, 1, 29), TODAY),
        ("các cuộc gặp trong dịp Đại hội XIV", date(2026, 1, 19), date(2026, 1, 23)),
    ],
)
def test_a_party_congress_dates_a_period(question: str, first: date | None, last: date) -> None:
    # The Party congresses' days are data (questions.json): before one is before its first
    # day, after one after its last.
    q = understand(question, TODAY)
    assert q.date_to == last, (q.date_from, q.date_to)
    assert first is None or q.date_from == first, (q.date_from, q.date_to)
    assert "xiii" not in q.keywords and "xiv" not in q.keywords, q.keywords
    # Near miss: a Central Committee plenum's number is no congress.
    assert understand("Hội nghị Trung ương 13", TODAY).date_from is None


@pytest.mark.parametrize(
    "question",
    [
        "hiệp định đào tạo chuyên gia năng lượng nguyên tử năm 2013",
        "hiep dinh dao tao chuyen gia nang luong nguyen tu nam 2013",
        "Việt Nam tham gia Diễn đàn Kinh tế phương Đông",
    ],
)
def test_gia_of_chuyen_gia_is_no_price(question: str) -> None:
    # "chuyên gia" (experts), "tham gia": no "giá" asked, so no figure question (it was
    # answered as a question for a price).
    assert figure_words(question) == [], figure_words(question)
    # Near miss: a price asked, with or without marks, is one.
    assert figure_words("giá xăng ở Nga") and figure_words("gia xang o nga")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Medvedev received by To Lam after Trong's death", "en"),
        ("Медведев у То Лама после смерти Нгуен Фу Чонга", "ru"),
    ],
)
def test_the_one_whose_death_is_asked_is_not_met(question: str, lang: str) -> None:
    # "after Trong's death", "после смерти …": Trọng is named, not one of those who met.
    q, _ = understand_in(question, TODAY, lang)
    named = {*q.carried, *q.mourned}
    assert "Nguyễn Phú Trọng" in named, (q.carried, q.mourned)
    # Near miss: named without his death, he is one of those asked.
    q, _ = understand_in("Medvedev received by To Lam after Trong", TODAY, "en")
    assert "Nguyễn Phú Trọng" not in {*q.carried, *q.mourned}, (q.carried, q.mourned)


def test_the_central_committee_in_russian_is_no_unknown_name() -> None:
    # "в ЦК партии", "в ЦК КПВ": the Party's Central Committee, where Tô Lâm receives.
    for question in ("То Лам принял Мишустина в ЦК партии", "То Лам принял Мишустина в ЦК КПВ"):
        read = to_vietnamese(question, "ru")
        assert "Trung ương Đảng" in read and "TSK" not in read.upper(), read
