"""Round 45 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language import wording_i18n
from store.language.foreign_question import understand_in
from store.language.models import Meeting, Participant
from store.language.query import understand

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("question", "sector"),
    [
        ("hợp tác đầu tư", "đầu tư"),
        ("các cuộc gặp về đầu tư tháng 5/2013", "đầu tư"),
        ("bộ tư pháp nga", "tư pháp"),
    ],
)
def test_a_word_with_its_marks_is_no_abbreviation_in_a_lower_case_question(
    question: str, sector: str
) -> None:
    # A question typed all in lower case reads short forms in any case ("tt putin"), but
    # "tư" (of "đầu tư", "Bộ Tư pháp") is a word with its marks, not "TƯ" (Trung ương).
    q = understand(question, TODAY)
    assert sector in q.sectors and "trung" not in q.keywords, (q.sectors, q.keywords)


def test_the_central_committee_s_short_form_is_still_read_as_written() -> None:
    # Near miss: "TƯ" in capitals, and "tw" (no word), still stand for Trung ương.
    for question in ("Ban Đối ngoại TƯ", "ban doi ngoai tw"):
        q = understand(question, TODAY)
        assert q.agencies and "ban doi ngoai trung uong" in q.agencies[0], q.agencies


@pytest.mark.parametrize(
    "question",
    [
        "Medvedev sang VN năm ngoái (2019) hội đàm với ai?",
        "Medvedev sang Việt Nam năm ngoái, tức năm 2019",
    ],
)
def test_a_relative_year_explained_by_a_written_one_is_that_year(question: str) -> None:
    # The asker counted "năm ngoái" from another day and wrote the year out: 2019, not
    # the span from 2019 to last year.
    q = understand(question, TODAY)
    assert (q.date_from, q.date_to) == (date(2019, 1, 1), date(2019, 12, 31)), q.date_label
    # Near miss: "năm ngoái" alone is the year before today's.
    alone = understand("Medvedev sang VN năm ngoái", TODAY)
    assert (alone.date_from, alone.date_to) == (date(2025, 1, 1), date(2025, 12, 31))


def test_the_duma_s_speaker_in_english_is_its_chairman() -> None:
    # "State Duma Speaker" is a title, never a name the data lacks.
    q, _ = understand_in("Kim Ngan meets the State Duma speaker", TODAY, "en")
    assert not q.unknown_names and "Chủ tịch Duma Quốc gia Nga" in [g.label for g in q.groups], (
        q.unknown_names,
        [g.label for g in q.groups],
    )


def test_russian_short_names_of_the_assembly_and_the_government_house() -> None:
    # "Нацсобрание" is the National Assembly; "Дом правительства" the Russian Government's
    # house in Moscow: neither is an unknown name.
    q, _ = understand_in("Косачев переговоры с вице-спикером Нацсобрания Вьетнама", TODAY, "ru")
    assert not q.unknown_names and "pho chu tich quoc hoi" in q.roles, (q.unknown_names, q.roles)
    q, _ = understand_in("Медведев переговоры с Нгуен Фу Чонгом в Доме правительства", TODAY, "ru")
    assert not q.unknown_names and q.places == ["Moskva"], (q.unknown_names, q.places)


def test_preparing_an_anniversary_asks_the_year_before_it_too() -> None:
    # "chuẩn bị kỷ niệm 75 năm quan hệ ngoại giao" (2025): the run-up, from 2024.
    q = understand("VUFO tiếp Đại sứ Nga chuẩn bị kỷ niệm 75 năm quan hệ ngoại giao", TODAY)
    assert (q.date_from, q.date_to) == (date(2024, 1, 1), date(2025, 12, 31)), q.date_label
    # Near miss: "nhân kỷ niệm" is the anniversary's year alone.
    q = understand("VUFO tiếp Đại sứ Nga nhân kỷ niệm 75 năm quan hệ ngoại giao", TODAY)
    assert (q.date_from, q.date_to) == (date(2025, 1, 1), date(2025, 12, 31)), q.date_label


@pytest.mark.parametrize(
    "question",
    ["hội nghị thượng đỉnh ASEAN - Nga ở Sochi năm 2016", "thuong dinh asean nga sochi"],
)
def test_a_summit_is_the_same_event_called_either_way(question: str) -> None:
    # "thượng đỉnh" and "Cấp cao" name a summit alike: the page's "Hội nghị Cấp cao ASEAN -
    # Nga" is the one asked.
    q = understand(question, TODAY)
    assert any("hoi nghi cap cao asean nga" in g for g in q.events), q.events


def test_a_summit_named_in_english_or_russian_is_that_event() -> None:
    for question, lang in (
        ("Vietnam Russia meeting at the Sochi ASEAN-Russia summit 2016", "en"),
        ("встреча на саммите Россия-АСЕАН в Сочи 2016", "ru"),
    ):
        q, _ = understand_in(question, TODAY, lang)
        assert any("hoi nghi cap cao asean nga" in g for g in q.events), (question, q.events)


def test_a_side_named_by_role_reads_as_its_office_in_english_and_russian() -> None:
    # Not the Vietnamese words stripped of their marks ("Tong Lanh su Viet Nam tai …").
    role = Participant(name="Tổng Lãnh sự Việt Nam tại Vladivostok", title=None, country="VN")
    m = Meeting(participants=[role])
    assert wording_i18n.person(role, m, "en") == "Consul General (Vietnam, Vladivostok)"
    assert wording_i18n.person(role, m, "ru") == "Генеральный консул (Вьетнам, Владивосток)"
    # Near miss: a person's name stays a name.
    named = Participant(name="Lê Trung Chinh", title=None, country="VN")
    assert wording_i18n.person(named, m, "en") == "Le Trung Chinh"


@pytest.mark.parametrize(
    ("question", "first", "last"),
    [
        (
            "Tuần trước (tính từ ngày 17/5/2025) Tổng Bí thư gặp ai?",
            date(2025, 5, 5),
            date(2025, 5, 11),
        ),
        (
            "cuoc gap viet nga tuan truoc tinh tu ngay 21/1/2025",
            date(2025, 1, 13),
            date(2025, 1, 19),
        ),
        ("tháng trước tính từ 15/2/2024", date(2024, 1, 1), date(2024, 1, 31)),
    ],
)
def test_a_relative_date_counted_from_a_written_day(question: str, first: date, last: date) -> None:
    # The asker counts "tuần trước" from the day written after it, not from today; the span
    # is no stretch from that day to now.
    q = understand(question, TODAY)
    assert (q.date_from, q.date_to) == (first, last), q.date_label
    # Near miss: alone, the week before today's.
    alone = understand("tuần trước Tổng Bí thư gặp ai?", TODAY)
    assert alone.date_to == date(2026, 12, 6), alone.date_label


def test_an_acting_president_in_russian_and_english_is_a_title() -> None:
    # "Врио президента", "исполняющая обязанности президента", "Acting President": the
    # acting head of state, never an unknown name ("Vrio").
    for question, lang in (
        ("Врио президента Вьетнама Данг Тхи Нгок Тхинь приняла посла Внукова", "ru"),
        ("Acting President Dang Thi Ngoc Thinh receives Ambassador Vnukov", "en"),
    ):
        q, _ = understand_in(question, TODAY, lang)
        labels = [g.label for g in q.groups]
        assert not q.unknown_names and "Đặng Thị Ngọc Thịnh" in labels, (
            question,
            q.unknown_names,
            labels,
        )


def test_june_typed_without_marks_before_a_year_is_june() -> None:
    # "thang sau 2017" typed without any marks: "tháng sáu" (June) — a next month has no year
    # of its own; nor is a year after a relative one with no separator its explanation.
    q = understand("tran dai quang tham nga thang sau 2017", TODAY)
    assert (q.date_from, q.date_to) == (date(2017, 6, 1), date(2017, 6, 30)), q.date_label
    # Near miss: "tháng sau" in a question with marks is next month.
    q = understand("Tô Lâm thăm Nga tháng sau", TODAY)
    assert q.date_from == date(2027, 1, 1), q.date_label
