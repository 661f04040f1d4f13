"""Round 20 of reading questions, over articles written for these tests
(tests/round20_articles): a body named with its city ("Đại học Quốc gia TP Hồ Chí Minh") is
the body asked for; its city is part of its name, not where the meeting was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.foreign_question import to_vietnamese
from store.language.query import understand
from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with, top_source

TODAY = date(2026, 12, 4)
ARTICLES = Path(__file__).resolve().parent / "round20_articles"


store = store_with(ARTICLES)


@pytest.mark.parametrize(
    "question",
    [
        "Đại học Quốc gia TP Hồ Chí Minh hợp tác đại học Nga",
        "dai hoc quoc gia tp ho chi minh hop tac voi nga",
        "Đại học Quốc gia TP Hồ Chí Minh",
    ],
)
async def test_a_body_named_with_its_city_is_the_body(store: Store, question: str) -> None:
    assert "t01_" in await top_source(store, question, TODAY)


async def test_the_city_asked_as_where_they_met_stays_a_place(store: Store) -> None:
    # Near miss: "ở TP Hồ Chí Minh" after the words asks where the meeting was.
    assert "t02_" in await top_source(store, "hợp tác đại học ở TP Hồ Chí Minh", TODAY)


async def test_a_named_event_before_at_and_a_city(store: Store) -> None:
    # The event's name ends where "ở" leads to the city; its words are the article's.
    assert "t03_" in await top_source(
        store, "Hội chợ Nông sản Mùa thu Vàng ở Moskva có cuộc gặp nào", TODAY
    )
    assert "t03_" in await top_source(store, "hoi cho nong san mua thu vang o moskva", TODAY)


async def test_a_year_a_programme_runs_to_is_no_period(store: Store) -> None:
    # "đến năm 2035" is the programme's horizon, a phrase of its article, no date asked.
    assert "t04_" in await top_source(store, "Chương trình hợp tác giáo dục đến năm 2035", TODAY)
    # Near miss: a past year after "đến" is still a period.
    res = await ask(store, "hợp tác giáo dục từ năm 2020 đến năm 2023", today=TODAY)
    assert all(m.date is None or m.date[:4] <= "2023" for m in res.results)


async def test_two_cities_of_a_route_one_of_them_the_venue(store: Store) -> None:
    # Where they met is one of the two; the words asked are in the article.
    res = await ask(store, "Da Nang Kazan duong bay thang", today=TODAY)
    assert res.results and "t05_" in res.results[0].sources[0]
    # Only the city that was not the venue is said to be merely named.
    assert "Kazan»" not in res.answer


async def test_an_english_event_after_at_is_where_they_met(store: Store) -> None:
    # "at the Eastern Economic Forum" is the venue, not more of the governor's title.
    question = "Quang Ninh chairman meets Primorsky governor at Eastern Economic Forum"
    assert "t06_" in await top_source(store, question, TODAY, lang="en")
    assert "Primorye tại Diễn đàn Kinh tế phương Đông" in to_vietnamese(question, "en")


@pytest.mark.parametrize(
    "question",
    [
        "Стратегический диалог по вопросам обороны: Фомин и Нгуен Чи Винь",
        "Заседание стратегического диалога под председательством Фомина и Нгуен Чи Виня",
    ],
)
async def test_russian_words_of_a_session_are_no_names(store: Store, question: str) -> None:
    # "Заседание", "Стратегический", capitalised at the head of the question, are words.
    assert "t07_" in await top_source(store, question, TODAY, lang="ru")


async def test_a_phrase_of_one_article_typed_without_marks(store: Store) -> None:
    # Said only in the article's last paragraph, typed without marks: that article's meeting.
    assert "t08_" in await top_source(store, "phuc hoi rung ngap man", TODAY)
    # Near miss: words of no article stay off-topic, typed either way.
    assert not (await ask(store, "gia vang hom nay", today=TODAY)).results


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Supreme People's Procuracy talks with the Russian Prosecutor General", "en"),
        ("Чайка и Верховная народная прокуратура Вьетнама", "ru"),
    ],
)
async def test_the_procuracy_named_in_english_and_russian(
    store: Store, question: str, lang: str
) -> None:
    assert "t09_" in await top_source(store, question, TODAY, lang=lang)  # type: ignore[arg-type]


async def test_a_street_is_no_leaders_given_name(store: Store) -> None:
    # "bac son" typed without marks is the street Bắc Sơn, not "bác Sơn".
    assert "t10_" in await top_source(store, "putin dat vong hoa bac son", TODAY)
    # Near miss: a person still follows "ba" before a joining word ("bà Ngân gặp Putin").
    q = understand("ba ngan gap putin", TODAY)
    assert any("Nguyễn Thị Kim Ngân" in g.names for g in q.groups)


async def test_a_figure_asked_is_no_meeting(store: Store) -> None:
    # "đạt bao nhiêu" asks for a figure; "bao nhiêu lần" still counts meetings.
    assert not (await ask(store, "thuong mai viet nga nam 2019 dat bao nhieu", today=TODAY)).results
    res = await ask(store, "Trần Hồng Hà gặp Kozlov bao nhiêu lần", today=TODAY)
    assert res.total == 1


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Châu Văn Minh Phân viện Siberia Novosibirsk", "vi"),
        ("Асеев Сибирское отделение РАН и вьетнамская академия наук", "ru"),
        (
            "Siberian Branch of the Russian Academy of Sciences and the Vietnamese academy of science",
            "en",
        ),
    ],
)
async def test_a_branch_of_an_academy_is_no_name(store: Store, question: str, lang: str) -> None:
    # "Phân viện", "Сибирское отделение": an institution's name, not more of a person's.
    assert "t11_" in await top_source(store, question, TODAY, lang=lang)  # type: ignore[arg-type]


async def test_a_phrase_only_an_undated_meeting_holds_in_the_period(store: Store) -> None:
    # No 2017 meeting says "bác sĩ nội trú"; an undated one the ministers' terms allow does.
    res = await ask(store, "đào tạo bác sĩ nội trú năm 2017", today=TODAY)
    assert res.results and "t12_" in res.results[0].sources[0]
    assert res.results[0].date is None and "Ngày gặp không rõ" in res.answer
    # Near miss: the sector alone keeps the period's dated meeting first.
    assert "t13_" in await top_source(store, "hợp tác y tế năm 2017", TODAY)


async def test_a_youth_union_delegation_is_no_person(store: Store) -> None:
    # "đoàn Trung ương Đoàn": a delegation of the Youth Union, not a "Đoàn Trung …".
    question = "đoàn Trung ương Đoàn do Bí thư thứ nhất dẫn đầu làm việc ở Moskva"
    assert "t14_" in await top_source(store, question, TODAY)
    res = await ask(store, "Party delegation meets youth agency deputy head in Moscow", today=TODAY)
    assert "Party" not in res.unknown_names


@pytest.mark.parametrize(
    "question",
    ["Bộ Lao động - Thương binh và Xã hội hợp tác với Nga", "Bộ LĐTBXH làm việc với Nga"],
)
async def test_a_ministry_in_full_finds_its_abbreviation(store: Store, question: str) -> None:
    assert "t15_" in await top_source(store, question, TODAY)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("bảo hộ công dân Việt Nam ở Ukraine, điện đàm với Ngoại trưởng Nga", "vi"),
        ("Bui Thanh Son dien dam Lavrov so tan cong dan Ukraine", "vi"),
        (
            "Phone call between Bui Thanh Son and Lavrov on evacuating Vietnamese citizens from Ukraine",
            "en",
        ),
        ("Телефонный разговор Лаврова с Буй Тхань Шоном об эвакуации граждан с Украины", "ru"),
    ],
)
async def test_a_country_where_citizens_are_is_a_topic(
    store: Store, question: str, lang: str
) -> None:
    # Ukraine is where the citizens to protect are: no venue, and no other pair of countries.
    assert "t16_" in await top_source(store, question, TODAY, lang=lang)  # type: ignore[arg-type]


async def test_a_third_country_beside_both_sides_is_still_the_venue(store: Store) -> None:
    # Near miss: named bare beside a Vietnamese and a Russian, it is where they met.
    res = await ask(store, "Bùi Thanh Sơn Lavrov Campuchia", today=TODAY)
    assert not res.results and "Campuchia" in res.answer


async def test_an_anniversary_names_the_year_asked(store: Store) -> None:
    # "65 năm quan hệ ngoại giao" is 2015 (relations from 1950), not the 70th in 2020.
    assert "t17_" in await top_source(store, "ngay van hoa nga 65 nam quan he ngoai giao", TODAY)
    assert "t18_" in await top_source(store, "Vũ Đức Đam 70 năm quan hệ ngoại giao", TODAY)


async def test_a_title_typed_half_marked_names_no_one_else(store: Store) -> None:
    # "bt" is written out "bộ trưởng": its "trưởng" is no family name "Trương".
    question = "bt cong an tran dai quang tiep patrushev o ha noi"
    assert "t19_" in await top_source(store, question, TODAY)


@pytest.mark.parametrize(
    ("question", "lang"),
    [("Полтавченко принял секретаря парткома в Смольном", "ru"), ("Poltavchenko at Smolny", "en")],
)
async def test_the_smolny_named_in_russian_and_english(
    store: Store, question: str, lang: str
) -> None:
    assert "t20_" in await top_source(store, question, TODAY, lang=lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    [
        "Встреча Нго Суан Лича с Фоминым",
        "Фомин встретился с Нго Суан Личем",
        "Нго Суан Лич и Фомин",
    ],
)
async def test_a_vietnamese_name_in_russian_press_spelling_and_cases(
    store: Store, question: str
) -> None:
    # "Лич" is how the press writes Lịch ("Лить" in the practical transcription), in any case.
    assert "t21_" in await top_source(store, question, TODAY, lang="ru")


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Chủ tịch nước gửi điện chia buồn Tổng thống Putin vụ lũ lụt, có cuộc gặp nào", "vi"),
        ("Vietnamese president condolences to Putin over the floods, did they meet", "en"),
    ],
)
async def test_a_message_asked_as_a_meeting_is_said_to_be_none(
    store: Store, question: str, lang: str
) -> None:
    res = await ask(store, question, today=TODAY, lang=lang)  # type: ignore[arg-type]
    assert not res.results and "t22_" in res.answer


async def test_a_message_asked_as_such_is_shown(store: Store) -> None:
    # Near miss: asked about the message itself, the message is the answer.
    assert "t22_" in await top_source(
        store, "Chủ tịch nước gửi điện chia buồn Tổng thống Putin vụ lũ lụt", TODAY
    )
