"""English and Russian questions in forms met on unseen articles: provinces named after a
city ("the Novosibirsk region governor", "губернатор Новосибирской области"), an envoy and
their principal, an ambassador's post (not the venue), organisations (the Audit Chamber),
local heads written before their place ("Lam Dong chairman"), possessive titles, and
common words no table knows beside a name. Each row's three questions must find the same
meetings, over the seeds and tests/round6_foreign_articles (written for these tests)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.foreign_question import to_vietnamese
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import assert_twins_agree

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).parent / "round6_foreign_articles"

TWINS: list[tuple[str, str, str]] = [
    # A province named after its city, in every shape.
    (
        "Thống đốc tỉnh Novosibirsk Travnikov",
        "the Novosibirsk region governor Travnikov",
        "губернатор Новосибирской области Травников",
    ),
    (
        "Thống đốc tỉnh Novosibirsk ở Đà Lạt",
        "governor of the Novosibirsk Oblast in Da Lat",
        "губернатор Новосибирской области в Далате",
    ),
    (
        "Chủ tịch UBND Lâm Đồng tiếp Thống đốc Novosibirsk tháng 3/2019",
        "Lam Dong chairman received the Novosibirsk governor in March 2019",
        "председатель Ламдонга принял губернатора Новосибирской области в марте 2019 года",
    ),
    (
        "Travnikov ở Đà Lạt năm 2019",
        "Travnikov's working visit to Da Lat in 2019",
        "рабочий визит Травникова в Далат в 2019 году",
    ),
    (
        "Thống đốc tỉnh Sverdlovsk Kuyvashev",
        "Sverdlovsk Oblast governor Kuyvashev",
        "губернатор Свердловской области Куйвашев",
    ),
    # An ambassador's post is where they serve, not where the meeting was.
    (
        "Đại sứ Việt Nam làm việc với Thống đốc tỉnh Sverdlovsk",
        "the Vietnamese ambassador in Moscow had a working session with the Sverdlovsk governor",
        "посол Вьетнама в Москве провёл рабочую встречу с губернатором Свердловской области",
    ),
    (
        "Nguyễn Thanh Sơn làm việc với Kuyvashev",
        "ambassador Nguyen Thanh Son working session with Kuyvashev",
        "посол Нгуен Тхань Шон и Куйвашев, рабочая встреча",
    ),
    (
        "Kuyvashev ở Yekaterinburg tháng 7/2016",
        "Kuyvashev in Yekaterinburg in July 2016",
        "Куйвашев в Екатеринбурге в июле 2016 года",
    ),
    # An envoy and their principal.
    (
        "Đặc phái viên của Chủ tịch nước gặp Dvorkovich",
        "the Vietnamese President's special envoy met Dvorkovich",
        "спецпосланник президента Вьетнама встретился с Дворковичем",
    ),
    (
        "Đặc phái viên của Trần Đại Quang hội kiến Dvorkovich",
        "Tran Dai Quang's envoy had a meeting with Dvorkovich",
        "специальный посланник Чан Дай Куанга и Дворкович",
    ),
    (
        "Hà Kim Ngọc thay mặt Chủ tịch nước gặp Dvorkovich",
        "Ha Kim Ngoc, who came on behalf of the Vietnamese President, met Dvorkovich",
        "Ха Ким Нгок от имени президента Вьетнама встретился с Дворковичем",
    ),
    (
        "Hà Kim Ngọc hội kiến Dvorkovich tháng 11/2016",
        "Ha Kim Ngoc courtesy call on Dvorkovich in November 2016",
        "Ха Ким Нгок и Дворкович в ноябре 2016 года",
    ),
    (
        "Dvorkovich dầu khí",
        "Dvorkovich oil and gas",
        "Дворкович нефть и газ",
    ),
    # Organisations and their heads.
    (
        "Chủ tịch Phòng Kiểm toán Nga Kudrin",
        "head of Russia's Audit Chamber Kudrin",
        "председатель Счётной палаты России Кудрин",
    ),
    (
        "Tổng Kiểm toán Nhà nước hội đàm với Kudrin",
        "State Auditor General held talks with Kudrin",
        "Генеральный государственный аудитор Вьетнама провёл переговоры с Кудриным",
    ),
    (
        "Kudrin ở Hà Nội năm 2019",
        "Kudrin in Hanoi in 2019",
        "Кудрин в Ханое в 2019 году",
    ),
    (
        "Hồ Đức Phớc gặp Kudrin khi nào?",
        "When did Ho Duc Phoc meet Kudrin?",
        "Когда Хо Дык Фок встречался с Кудриным?",
    ),
    # Seed meetings in new forms.
    (
        "Tô Lâm gặp Medvedev ở Bình Nhưỡng",
        "To Lam and Medvedev, a brief encounter in Pyongyang",
        "Медведев и То Лам, короткая беседа в Пхеньяне",
    ),
    (
        "Tô Lâm tiếp Đại sứ Nga Bezdetko",
        "To Lam received the Russian ambassador Bezdetko",
        "То Лам принял посла России Бездетко",
    ),
    (
        "Tô Lâm tiếp Bezdetko năm 2025",
        "To Lam received ambassador Bezdetko, who ends his term, in 2025",
        "То Лам принял посла Бездетко, завершающего свою миссию, в 2025 году",
    ),
    (
        "Tô Lâm gặp Mishustin ở Moskva",
        "To Lam's evening meeting with Mishustin in Moscow",
        "вечерняя встреча То Лама с Мишустиным в Москве",
    ),
    (
        "Thủ tướng Nga Mishustin ở Hà Nội",
        "Russia's Prime Minister Mishustin in Hanoi",
        "премьер-министр России Мишустин в Ханое",
    ),
    (
        "Lương Cường gặp Putin",
        "Vietnam's President Luong Cuong met Putin",
        "президент Вьетнама Лыонг Кыонг встретился с Путиным",
    ),
    (
        "Tô Lâm gặp Medvedev tháng 10/2025",
        "To Lam greeted Medvedev warmly in October 2025",
        "То Лам тепло приветствовал Медведева в октябре 2025 года",
    ),
    (
        "Medvedev gặp ai ở Bình Nhưỡng?",
        "Who did Medvedev meet in Pyongyang?",
        "С кем Медведев встречался в Пхеньяне?",
    ),
    (
        "Tô Lâm Mishustin năng lượng",
        "To Lam and Mishustin on energy cooperation",
        "То Лам и Мишустин, сотрудничество в энергетике",
    ),
    (
        "Tô Lâm Bezdetko Hà Nội",
        "To Lam and the Russian envoy Bezdetko in Hanoi",
        "То Лам и посол Бездетко в Ханое",
    ),
    (
        "Thống đốc tỉnh Novosibirsk gặp ai?",
        "Whom did the governor of the Novosibirsk region meet?",
        "С кем встречался губернатор Новосибирской области?",
    ),
    (
        "Chủ tịch UBND Lâm Đồng tiếp Travnikov",
        "Lam Dong chairman welcomed Travnikov and his delegation",
        "председатель Ламдонга принял Травникова и делегацию",
    ),
    (
        "Travnikov du lịch",
        "Travnikov on tourism and direct flights",
        "Травников, туризм и прямые рейсы",
    ),
    (
        "Kudrin kiểm toán",
        "Kudrin and the exchange of audit experience",
        "Кудрин и обмен опытом аудита",
    ),
    # A province holds the meetings in its cities; "province" / "провинция" add nothing.
    (
        "Travnikov ở Lâm Đồng",
        "Travnikov in Lam Dong province",
        "Травников в провинции Ламдонг",
    ),
    (
        "Thống đốc tỉnh Sverdlovsk ở tỉnh Sverdlovsk",
        "Sverdlovsk governor in the Sverdlovsk region",
        "губернатор Свердловской области в Свердловской области",
    ),
    # A Vietnamese name typed beside a Russian surname is two people.
    (
        "Hà Kim Ngọc Dvorkovich hội đàm",
        "Ha Kim Ngoc Dvorkovich talks",
        "Ха Ким Нгок Дворкович",
    ),
    # A Russian ministry as Vietnamese names it.
    (
        "Nguyễn Thiện Nhân hội đàm với Bộ trưởng Giáo dục Nga",
        "Nguyen Thien Nhan talks with the Russian education minister",
        "Нгуен Тхиен Нян и министр образования России",
    ),
    (
        "Dvorkovich năm 2016",
        "Dvorkovich's meeting with the presidential envoy in 2016",
        "встреча Дворковича с посланником в 2016 году",
    ),
]


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ARTICLES]))
    return seeded_store


@pytest.mark.parametrize("vi,en,ru", TWINS, ids=[t[1] for t in TWINS])
async def test_twins_answer_with_the_same_meetings(store: Store, vi: str, en: str, ru: str) -> None:
    await assert_twins_agree(store, vi, en, ru, TODAY)


@pytest.mark.parametrize(
    "question",
    [
        "weather in Hanoi tomorrow",
        "Kudrin in Da Lat",
        "Кудрин в Далате",
        "губернатор Новосибирской области в Москве",
        "the Novosibirsk region governor in Moscow",
    ],
)
async def test_no_meeting_satisfies_these(store: Store, question: str) -> None:
    got = await ask(store, question, today=TODAY)
    assert not got.results, got.answer


@pytest.mark.parametrize(
    "question,lang,vietnamese",
    [
        ("the Irkutsk region governor", "en", "Thống đốc tỉnh Irkutsk"),
        ("губернатор Иркутской области", "ru", "Thống đốc tỉnh Irkutsk"),
        ("губернатор Подмосковья", "ru", "Thống đốc tỉnh Moskva"),
        ("Hanoi chairman", "en", "Chủ tịch Hà Nội"),
        ("the Prime Minister's special envoy", "en", "Đặc phái viên của Thủ tướng"),
        ("спецпосланник премьер-министра", "ru", "Đặc phái viên của Thủ tướng"),
        ("Hoang Binh Quan special envoy", "en", "Hoang Binh Quan Đặc phái viên"),
        ("Chernyshenko on behalf of Putin", "en", "Chernyshenko thay mặt Putin"),
        ("Чернышенко от имени Путина", "ru", "Chernyshenko thay mặt Putin"),
        ("the Vietnamese ambassador in Moscow", "en", "Đại sứ Việt Nam"),
        ("Dinh The Huynh", "en", "Dinh The Huynh"),
        ("Dinh The Huynh Zyuganov", "en", "Dinh The Huynh và Zyuganov"),
        ("Russian education minister", "en", "Bộ trưởng Giáo dục Nga"),
        ("министр образования России", "ru", "Bộ trưởng Giáo dục Nga"),
        ("Travnikov in the province of Lam Dong", "en", "Travnikov ở Lâm Đồng"),
    ],
)
def test_rewritten_in_vietnamese_order(question: str, lang: str, vietnamese: str) -> None:
    assert to_vietnamese(question, lang) == vietnamese  # type: ignore[arg-type]
