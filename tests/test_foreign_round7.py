"""English and Russian questions in forms met on unseen articles, round 7: heads of bodies
written with the body's name ("Pushkin Institute rector", "глава Роскосмоса", "глава
Татарстана"), events in quotation marks («Армия-2021»), central banks, a patronymic between
a Russian's names, Vietnamese names that end in a country's syllable ("Trinh Duc Anh", "Doan
Van Viet"), family names that spell an English word ("Do", "To"), provinces named after their
city in Russian ("Оренбургская область"), phone calls, online talks, relative years and
counts. Each row's three questions must find the same meetings, over the seeds and
tests/round7_foreign_articles (written for these tests)."""

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
ARTICLES = Path(__file__).parent / "round7_foreign_articles"

TWINS: list[tuple[str, str, str]] = [
    # The head of a republic, a university, a company, a bank: the body is named, not a person.
    (
        "Rustam Minnikhanov ở Đà Nẵng",
        "Tatarstan head Minnikhanov in Da Nang",
        "глава Татарстана Минниханов в Дананге",
    ),
    (
        "Chủ tịch Đà Nẵng tiếp Minnikhanov",
        "the Da Nang chairman received Minnikhanov, head of the Republic of Tatarstan",
        "председатель Дананга принял главу Республики Татарстан Минниханова",
    ),
    (
        "Lê Trung Chinh tiếp Minnikhanov tháng 9/2023",
        "Le Trung Chinh and the head of Tatarstan in September 2023",
        "Ле Чунг Тинь и глава Татарстана в сентябре 2023 года",
    ),
    (
        "Sadovnichy tiếp Nguyễn Kim Sơn",
        "Moscow State University rector Sadovnichy received Nguyen Kim Son",
        "ректор МГУ Садовничий принял Нгуен Ким Шона",
    ),
    (
        "Hiệu trưởng Sadovnichy ở Moskva năm 2023",
        "Lomonosov University rector Sadovnichy in Moscow in 2023",
        "ректор Московского государственного университета Садовничий в Москве в 2023 году",
    ),
    (
        "Sadovnichy và Bộ trưởng Giáo dục Việt Nam thỏa thuận gì về học bổng",
        "what did rector Sadovnichy and Vietnam's education minister agree on scholarships",
        "о чём договорились ректор Садовничий и министр образования Вьетнама по стипендиям",
    ),
    (
        "Kudryashov ở Vũng Tàu",
        "Zarubezhneft CEO Kudryashov in Vung Tau",
        "гендиректор Зарубежнефти Кудряшов в Вунгтау",
    ),
    (
        "Trịnh Đức Anh tiếp Kudryashov",
        "Trinh Duc Anh received the head of Zarubezhneft Kudryashov",
        "Чинь Дык Ань принял главу компании Зарубежнефть Кудряшова",
    ),
    (
        "Trịnh Đức Anh gặp lãnh đạo Nga khi nào",
        "when did Trinh Duc Anh meet Russian officials",
        "когда Чинь Дык Ань встречался с российскими руководителями",
    ),
    (
        "Lê Minh Hưng hội đàm với Nabiullina ở đâu",
        "where did State Bank governor Le Minh Hung hold talks with Nabiullina",
        "где глава Госбанка Вьетнама Ле Минь Хынг провёл переговоры с Набиуллиной",
    ),
    (
        "Thống đốc Ngân hàng Nhà nước hội đàm với Nabiullina năm 2019",
        "talks between the State Bank of Vietnam governor and Central Bank chief Nabiullina in 2019",
        "переговоры главы Госбанка Вьетнама и председателя Центробанка Набиуллиной в 2019 году",
    ),
    (
        "Nabiullina thanh toán bằng đồng nội tệ",
        "Bank of Russia governor Nabiullina on payments in national currencies",
        "председатель Банка России Набиуллина о платежах в национальных валютах",
    ),
    # A patronymic between the names; a province named after its city.
    (
        "Đặng Minh Khôi làm việc với Thống đốc tỉnh Orenburg",
        "ambassador Dang Minh Khoi and the Orenburg governor",
        "посол Данг Минь Кхой и губернатор Оренбургской области",
    ),
    (
        "Thống đốc tỉnh Orenburg Pasler ở Orenburg tháng 4/2024",
        "Orenburg Oblast governor Denis Pasler in Orenburg in April 2024",
        "губернатор Оренбургской области Денис Паслер в Оренбурге в апреле 2024 года",
    ),
    (
        "Pasler nông nghiệp",
        "Denis Vladimirovich Pasler on agriculture",
        "Денис Владимирович Паслер о сельском хозяйстве",
    ),
    # Names that end in a country's syllable; a family name that spells an English word.
    (
        "Đoàn Văn Việt hội đàm trực tuyến với Zubov",
        "Doan Van Viet held online talks with Zubov",
        "Доан Ван Вьет провёл переговоры по видеосвязи с Зубовым",
    ),
    (
        "Thứ trưởng Công an Đoàn Văn Việt hội đàm với Thứ trưởng Nội vụ Nga khi nào",
        "when did deputy public security minister Doan Van Viet talk with Russia's deputy interior minister",
        "когда замминистра общественной безопасности Доан Ван Вьет провёл переговоры с замминистра внутренних дел России",
    ),
    (
        "Zubov Đoàn Văn Việt tội phạm mạng",
        "Zubov and Doan Van Viet on cybercrime",
        "Зубов и Доан Ван Вьет о киберпреступности",
    ),
    # A name ending in a city's name, typed without marks; a name as the Russian press
    # spells it ("Chung" → "Чунг").
    (
        "Lê Hồng Vinh tiếp Thống đốc tỉnh Ulyanovsk",
        "Le Hong Vinh received the Ulyanovsk governor",
        "Ле Хонг Винь принял губернатора Ульяновской области",
    ),
    (
        "Morozov gặp Lê Hồng Vinh ở Vinh",
        "Morozov and Le Hong Vinh in Vinh",
        "Морозов и Ле Хонг Винь в городе Винь",
    ),
    (
        "Nguyễn Đức Chung tiếp Sobyanin",
        "Hanoi chairman Nguyen Duc Chung and Moscow mayor Sobyanin",
        "председатель Ханоя Нгуен Дык Чунг и мэр Москвы Собянин",
    ),
    (
        "Sobyanin ở Hà Nội tháng 11/2019",
        "Sobyanin met Nguyen Duc Chung in November 2019",
        "Собянин встретился с Нгуен Дык Чунгом в ноябре 2019 года",
    ),
    # Events in quotation marks.
    (
        "Phan Văn Giang hội đàm với Shoigu tháng 8/2021",
        'Phan Van Giang and Shoigu at the "Army-2021" forum',
        "Фан Ван Жанг и Шойгу на форуме «Армия-2021»",
    ),
    (
        "Bộ trưởng Quốc phòng Việt Nam hội đàm với Shoigu ở đâu",
        "where did Vietnam's defence minister meet Shoigu during the Army-2021 International Military-Technical Forum",
        "где министр обороны Вьетнама встречался с Шойгу на Международном военно-техническом форуме «Армия-2021»",
    ),
    # A committee chair of the Duma; a phone call.
    (
        "Vũ Hải Hà điện đàm với Slutsky",
        "phone call between Vu Hai Ha and Slutsky",
        "телефонный разговор Ву Хай Ха со Слуцким",
    ),
    (
        "Slutsky điện đàm ngày nào",
        "when did Duma international affairs committee chairman Slutsky have a phone call",
        "когда председатель комитета Госдумы по международным делам Слуцкий провёл телефонный разговор",
    ),
    (
        "Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga điện đàm năm 2022",
        "the head of the State Duma Committee on International Affairs spoke by phone in 2022",
        "глава международного комитета Госдумы говорил по телефону в 2022 году",
    ),
    # Seed meetings in new forms: relative years, counts, kinds.
    (
        "Tô Lâm gặp Mishustin năm ngoái",
        "To Lam's meetings with Mishustin last year",
        "встречи То Лама с Мишустиным в прошлом году",
    ),
    (
        "Tô Lâm gặp Mishustin bao nhiêu lần",
        "how many times have To Lam and Mishustin met",
        "сколько раз встречались То Лам и Мишустин",
    ),
    (
        "Tô Lâm tiếp Đại sứ Nga năm ngoái",
        "To Lam received the Russian ambassador last year",
        "То Лам принял посла России в прошлом году",
    ),
    (
        "Tô Lâm gặp Medvedev ở Bình Nhưỡng",
        "To Lam and the United Russia chairman in Pyongyang",
        "То Лам и председатель партии «Единая Россия» в Пхеньяне",
    ),
    (
        "Bùi Thanh Sơn hội đàm với Lavrov",
        "talks of foreign minister Bui Thanh Son with his Russian counterpart Lavrov",
        "переговоры министра иностранных дел Буй Тхань Шона с российским коллегой Лавровым",
    ),
    (
        "Thủ tướng Nga ở Hà Nội tháng 1/2025",
        "the Russian head of government in Hanoi in January 2025",
        "глава российского правительства в Ханое в январе 2025 года",
    ),
    (
        "Nabiullina ở Moskva",
        "Russia's central bank governor Nabiullina in Moscow",
        "глава Центробанка России Набиуллина в Москве",
    ),
    (
        "Tô Lâm hội kiến Mishustin ở Moskva",
        "To Lam and Mishustin in the Russian capital",
        "То Лам и Мишустин в российской столице",
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
        "Mishustin met the Da Nang governor",
        "встреча Мишустина с губернатором Дананга",
        "Roscosmos chief in Da Nang",
        "глава Роскосмоса в Дананге",
        "переговоры Путина с премьер-министром Таиланда",
        "Vietnam-Russia trade turnover last year",
        "товарооборот России и Вьетнама в 2023 году",
    ],
)
async def test_no_meeting_satisfies_these(store: Store, question: str) -> None:
    got = await ask(store, question, today=TODAY)
    assert not got.results, got.answer


@pytest.mark.parametrize(
    "question,lang,vietnamese",
    [
        ("Doan Van Viet met Lavrov", "en", "Doan Van Viet gặp Lavrov"),
        ("Pham Viet Nga met Putin", "en", "Pham Viet Nga gặp Putin"),
        ("phone call between Lut and Do Duc Duy", "en", "điện đàm Lut Do Duc Duy"),
        ("глава Роскосмоса Борисов", "ru", "Borisov"),
        ("глава ВТБ Костин", "ru", "Kostin"),
        ("ректор Института Пушкина Русецкая", "ru", "Hiệu trưởng Rusetskaya"),
        ("Pushkin Institute rector Rusetskaya", "en", "Hiệu trưởng Rusetskaya"),
        ("руководитель Федеральной таможенной службы Булавин", "ru", "Bulavin"),
        ("губернатор Кханьхоа", "ru", "Chủ tịch Khánh Hòa"),
        ("Khanh Hoa governor", "en", "Chủ tịch Khánh Hòa"),
        ("губернатор Тамбовской области", "ru", "Thống đốc tỉnh Tambov"),
        ("Russian Security Council Secretary", "en", "Thư ký Hội đồng An ninh Nga"),
        ("first deputy Duma speaker Zhukov", "en", "Phó Chủ tịch thứ nhất Duma Quốc gia Zhukov"),
        ("To Lam in the Russian capital", "en", "Tô Lâm ở Moskva"),
        ("То Лам в российской столице", "ru", "Tô Lâm ở Moskva"),
    ],
)
def test_rewritten_in_vietnamese_order(question: str, lang: str, vietnamese: str) -> None:
    assert to_vietnamese(question, lang) == vietnamese  # type: ignore[arg-type]


async def test_a_title_after_a_name_with_a_patronymic_is_that_persons(store: Store) -> None:
    """ "ông Denis Vladimirovich Pasler, Thống đốc tỉnh Orenburg": the title is kept though the
    lexicon knows the surname alone."""
    got = await ask(store, "Pasler", today=TODAY)
    titles = [p.title for m in got.results for p in m.participants if p.name == "Denis Pasler"]
    assert titles == ["Thống đốc tỉnh Orenburg"], got.answer
