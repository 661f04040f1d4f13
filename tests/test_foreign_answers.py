"""Answers in the language asked: names, titles at the meeting's date, places, kinds and
dates in English or Russian; the articles' own words stay Vietnamese, marked as such."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib.resources import files
from pathlib import Path

from store.language.cyrillic_names import vietnamese_in_cyrillic
from store.language.lexicon import RANK, get_lexicon
from store.language.models import Meeting, Participant
from store.language.wording_i18n import (
    format_date,
    localize_question,
    name,
    period,
    person,
    title,
)
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

TODAY = date(2026, 12, 1)


async def test_english_card_names_titles_at_the_date(seeded_store: Store) -> None:
    r = await ask(seeded_store, "When did To Lam meet Putin in June 2024?", today=TODAY)
    assert r.lang == "en"
    assert r.answer.startswith("Date: 20 June 2024"), r.answer
    assert "To Lam (President of Vietnam)" in r.answer
    assert "Vladimir Putin (President of Russia)" in r.answer
    assert "Place: Hanoi" in r.answer
    assert "Tô Lâm" not in r.answer.split("\nSource:")[0].split("«")[0]


async def test_english_title_changes_with_the_date(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Where did To Lam meet Putin in May 2025?", today=TODAY)
    assert r.answer.startswith("Place: Moscow"), r.answer
    assert "To Lam (General Secretary)" in r.answer


async def test_russian_answer_with_case_forms(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Где То Лам встречался с Медведевым?", today=TODAY)
    assert r.lang == "ru"
    assert r.answer.startswith("Место: Пхеньян"), r.answer
    assert "То Лам" in r.answer and "Дмитрий Медведев" in r.answer
    assert "10 октября 2025 г." in r.answer


async def test_quotes_stay_vietnamese_and_are_marked(seeded_store: Store) -> None:
    r = await ask(seeded_store, "What did To Lam and Putin agree on oil and gas?", today=TODAY)
    assert r.results
    assert "The source says (in Vietnamese): «" in r.answer
    ru = await ask(seeded_store, "О чём договорились То Лам и Путин по нефти и газу?", today=TODAY)
    assert "Из источника (на вьетнамском): «" in ru.answer


async def test_list_in_russian(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Встречи Чан Тхань Мана в 2024 году", today=TODAY)
    assert r.lang == "ru" and len(r.results) >= 2
    assert r.answer.startswith("Найдено встреч — "), r.answer
    assert "Чан Тхань Ман" in r.answer


async def test_nothing_found_says_what_was_understood(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Putin oil and gas in March 2019", today=TODAY)
    assert not r.results
    assert r.answer.startswith("No meeting matches the question.")
    assert "period: March 2019" in r.answer and "sectors: oil and gas" in r.answer
    assert all("tháng" not in s for s in r.suggestions)


async def test_small_talk_and_off_topic_in_english(seeded_store: Store) -> None:
    hello = await ask(seeded_store, "hello", today=TODAY)
    assert hello.answer.startswith("Hello!")
    weather = await ask(seeded_store, "What is the weather in Hanoi tomorrow?", today=TODAY)
    assert not weather.results
    assert "outside my scope" in weather.answer


async def test_vietnamese_answers_do_not_change(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Tô Lâm gặp Medvedev ở đâu?", today=TODAY)
    assert r.lang == "vi"
    assert r.answer.startswith("Địa điểm: Bình Nhưỡng")


def test_dates_in_each_language() -> None:
    m = Meeting(
        id="x",
        date="2025-05-08",
        time_of_day="tối",
        place="Moskva",
        kind="hội kiến",
        participants=[Participant(name="Tô Lâm", country="VN")],
    )
    assert format_date(m, "en") == "8 May 2025 (evening)"
    assert format_date(m, "ru") == "8 мая 2025 г. (вечером)"
    month = m.model_copy(update={"date": "2024-06", "time_of_day": None, "date_inferred": True})
    assert format_date(month, "en") == "June 2024 (inferred)"
    assert format_date(month, "ru") == "июнь 2024 г. (установлено косвенно)"
    assert period(date(2025, 5, 1), date(2025, 5, 31), "en") == "May 2025"
    assert period(date(2020, 1, 1), date(2023, 12, 31), "ru") == "2020 г. – 2023 г."


def test_suggestions_are_asked_in_the_language() -> None:
    assert localize_question("Vladimir Putin Tô Lâm", "en") == "Vladimir Putin To Lam"
    assert localize_question("dầu khí tháng 5/2025", "ru") == "нефть и газ май 2025 г."


async def test_a_vietnamese_name_the_lexicon_lacks_typed_without_marks(seeded_store: Store) -> None:
    """An English question names a Vietnamese participant the lexicon does not list, in
    Latin letters without marks: the participant stored with them is meant."""
    r = await ask(seeded_store, "When did Tran Cam Tu meet Putin?", today=TODAY)
    assert r.lang == "en" and r.results, r.answer
    assert {"Trần Cẩm Tú", "Vladimir Putin"} <= {p.name for p in r.results[0].participants}
    assert r.answer.startswith("Date: 12 March 2025"), r.answer
    r = await ask(seeded_store, "When did Le Khac Nam meet Oleg Belyaev?", today=TODAY)
    assert r.lang == "en" and r.results, r.answer
    assert "Lê Khắc Nam" in {p.name for p in r.results[0].participants}


# ------------------------------------------- Vietnamese names the data has no Russian form of

NAME_ARTICLES = Path(__file__).parent / "i18n_name_articles"


async def _with_name_articles(store: Store) -> Store:
    await ingest(store, load_paths([NAME_ARTICLES]))
    return store


def _own_words(answer: str) -> str:
    """An answer without what it quotes and cites from the Vietnamese article."""
    return "\n".join(
        line for line in answer.splitlines() if "«" not in line and not line.startswith("Источник")
    )


async def test_russian_answer_transcribes_a_lower_official(seeded_store: Store) -> None:
    """A provincial secretary the people data does not list is named in Cyrillic in Russian,
    in Latin without marks in English, and as written in Vietnamese; the Russian governor
    beside him, whom the articles name in Latin, is written back in Cyrillic as a Russian
    (not read as Vietnamese); both titles keep the province they are of."""
    store = await _with_name_articles(seeded_store)
    assert "Huỳnh Quốc Chương" not in get_lexicon().people
    ru = await ask(store, "С кем встречался губернатор Омской области в Нячанге?", today=TODAY)
    assert ru.lang == "ru" and ru.results, ru.answer
    assert "Хюинь Куок Тьыонг" in ru.answer, ru.answer
    own = _own_words(ru.answer)
    assert "Huỳnh" not in own and "Huynh" not in own, own
    assert "Виталий Костин (губернатор Омской области)" in own, own
    assert "(секретарь партийного комитета провинции Кханьхоа)" in own, own
    assert "Из источника (на вьетнамском): «" in ru.answer  # the quote stays Vietnamese
    en = await ask(store, "Who did the governor of Omsk meet in Nha Trang?", today=TODAY)
    assert [m.id for m in en.results] == [m.id for m in ru.results]
    assert "Huynh Quoc Chuong" in en.answer, en.answer
    assert "Vitaly Kostin (Governor of Omsk Oblast)" in en.answer, en.answer
    assert not re.search("[А-Яа-я]", en.answer), en.answer
    vi = await ask(store, "Thống đốc tỉnh Omsk gặp ai ở Nha Trang?", today=TODAY)
    assert vi.lang == "vi" and [m.id for m in vi.results] == [m.id for m in ru.results]
    assert "Huỳnh Quốc Chương" in vi.answer and not re.search("[А-Яа-я]", vi.answer)


async def test_the_cyrillic_name_of_an_answer_asked_back_finds_the_meeting(
    seeded_store: Store,
) -> None:
    store = await _with_name_articles(seeded_store)
    for vietnamese, cyrillic in [
        ("Huỳnh Quốc Chương", "Хюинь Куок Тьыонг"),
        ("Nhữ Thị Thủy Giang", "Ньы Тхи Тхюи Зянг"),
    ]:
        vi = await ask(store, f"{vietnamese} gặp ai?", today=TODAY)
        assert len(vi.results) == 1, vi.answer
        ru = await ask(store, f"Встречи {cyrillic}", today=TODAY)
        assert ru.lang == "ru", ru.answer
        assert [m.id for m in ru.results] == [m.id for m in vi.results], ru.answer
        assert cyrillic in ru.answer, ru.answer


async def test_a_central_committee_member_is_no_politburo_member(seeded_store: Store) -> None:
    """A title naming only a party rank is shown by the body the article names."""
    store = await _with_name_articles(seeded_store)
    en = await ask(store, "Who did Nhu Thi Thuy Giang meet?", today=TODAY)
    assert en.results, en.answer
    assert "Nhu Thi Thuy Giang (Member of the Party Central Committee)" in en.answer, en.answer
    assert "Politburo" not in en.answer
    ru = await ask(store, "С кем встречалась Ньы Тхи Тхюи Зянг?", today=TODAY)
    assert "Ньы Тхи Тхюи Зянг (член ЦК КПВ)" in ru.answer, ru.answer
    assert "Политбюро" not in ru.answer


def test_names_in_russian() -> None:
    """The data's Russian form first; a Vietnamese name by the transcription; a Russian the
    articles name in Latin back in Cyrillic; other foreign names, including a Chinese name in
    its Vietnamese reading, only lose their marks."""
    assert name("Phan Văn Giang", "ru") == "Фан Ван Занг"  # the press form the data keeps
    assert name("Đoàn Hữu Nghị", "ru") == "Доан Хыу Нги"
    assert name("Đoàn Hữu Nghị", "en") == "Doan Huu Nghi"
    assert name("Nguyen Van Quyet", "ru") == "Нгуен Ван Кует"  # typed without marks
    assert name("Tập Cận Bình", "ru", "CN") == "Tap Can Binh"
    assert name("Hun Sen", "ru") == "Hun Sen"
    assert name("Vitaly Kostin", "ru", "RU") == "Виталий Костин"  # a Russian, written back
    assert name("Vitaly Kostin", "en", "RU") == "Vitaly Kostin"
    m = Meeting(id="y", date="2025-10-15", participants=[])
    p = Participant(name="Hoàng Thị Yến", title="Phó Chủ tịch UBND tỉnh", country="VN")
    assert person(p, m, "ru").startswith("Хоанг Тхи Йен ("), person(p, m, "ru")


def test_vietnamese_syllables_in_cyrillic() -> None:
    """Each rule of the transcription on names of our own."""
    cases = {
        "Trần Văn Phúc": "Чан Ван Фук",  # tr, ph
        "Nguyễn Xuân Dũng": "Нгуен Суан Зунг",  # uyê, x, d
        "Phạm Thị Khuê": "Фам Тхи Кхюэ",  # kh + uê
        "Lê Đức Huy": "Ле Дык Хюи",  # đ, ư, h + uy
        "Chu Gia Nhơn": "Тю Зя Нён",  # ch, gi, nh soften the vowel
        "Trương Chương": "Чыонг Тьыонг",  # ươ; ь stays before ы
        "Quách Quốc Sơn": "Куать Куок Шон",  # q, final ch, s
        "Bùi Thiện Nghĩa": "Буй Тхиен Нгиа",  # ngh, iê
        "Mạc Thị Em": "Мак Тхи Эм",  # a syllable opening with e
    }
    assert {n: vietnamese_in_cyrillic(n) for n in cases} == cases


# ------------------------------------------------------------- deputies shown as deputies

DEPUTY_ARTICLES = Path(__file__).parent / "i18n_deputy_articles"


async def _with_deputy_articles(store: Store) -> Store:
    await ingest(store, load_paths([DEPUTY_ARTICLES]))
    return store


async def test_a_deputy_governor_is_no_governor(seeded_store: Store) -> None:
    """ "Phó Thống đốc" is written among the governors' titles in the data: an English or
    Russian reader is told the deputy, and the Vietnamese host's deputy title likewise."""
    store = await _with_deputy_articles(seeded_store)
    en = await ask(store, "Who did the deputy governor of Irkutsk meet?", today=TODAY)
    assert en.lang == "en" and en.results, en.answer
    assert "Pavel Zaretsky (Deputy Governor of Irkutsk Oblast)" in en.answer, en.answer
    khoa = "Tran Minh Khoa (Deputy Chairman of the Lam Dong Provincial People's Committee)"
    assert khoa in en.answer, en.answer
    ru = await ask(store, "С кем встречался вице-губернатор Иркутской области?", today=TODAY)
    assert [m.id for m in ru.results] == [m.id for m in en.results], ru.answer
    assert "Павел Зарецкий (заместитель губернатора Иркутской области)" in ru.answer, ru.answer
    assert "(заместитель председателя Народного комитета провинции Ламдонг)" in ru.answer
    assert "(губернатор)" not in ru.answer and "(председатель" not in ru.answer


async def test_a_deputy_minister_is_the_deputy_of_his_ministry(seeded_store: Store) -> None:
    """ "Thứ trưởng Bộ X" names the minister of X's deputy: the ministry is kept, in the
    genitive after "заместитель" in Russian."""
    store = await _with_deputy_articles(seeded_store)
    en = await ask(store, "Pham Quoc Bao meetings", today=TODAY)
    assert en.lang == "en" and len(en.results) == 1, en.answer
    assert "Pham Quoc Bao (Deputy Minister of Industry and Trade of Vietnam)" in en.answer
    assert "Mikhail Orlovsky (Deputy Energy Minister of Russia)" in en.answer, en.answer
    ru = await ask(store, "Встречи Фам Куок Бао", today=TODAY)
    assert ru.lang == "ru" and [m.id for m in ru.results] == [m.id for m in en.results]
    assert "(заместитель министра промышленности и торговли Вьетнама)" in ru.answer, ru.answer
    assert "Михаил Орловский (заместитель министра энергетики России)" in ru.answer, ru.answer


async def test_a_committee_deputy_chair_beside_a_committee_chair(seeded_store: Store) -> None:
    """The deputy chairwoman of a committee is its deputy; the chairman across the table
    keeps his own title."""
    store = await _with_deputy_articles(seeded_store)
    en = await ask(store, "Who did Luong Thi Hong Nhung meet in Moscow?", today=TODAY)
    assert en.results, en.answer
    assert (
        "Luong Thi Hong Nhung (Deputy Chairman of the National Assembly's Committee for "
        "External Relations)" in en.answer
    ), en.answer
    assert "Grigory Lapin (Chairman of the State Duma Committee on International Affairs)" in (
        en.answer
    )
    ru = await ask(store, "С кем встречалась Лыонг Тхи Хонг Нюнг в Москве?", today=TODAY)
    assert [m.id for m in ru.results] == [m.id for m in en.results], ru.answer
    assert (
        "(заместитель председателя Комитета Национального собрания по внешним связям)" in ru.answer
    ), ru.answer
    assert "Григорий Лапин (председатель Комитета Государственной думы по международным делам)" in (
        ru.answer
    )


def _titled(held: str, country: str, lang: str, name: str = "Ivan Testov") -> str:
    """ "Ivan Testov (<the title in the language>)": the name as given, whatever script a
    Russian answer writes it in."""
    m = Meeting(id="t", date="2025-10-15", participants=[])
    shown = title(Participant(name=name, title=held, country=country), m, lang)
    return f"{name} ({shown})" if shown else name


def _assert_titled(cases: dict[tuple[str, str], tuple[str, str]]) -> None:
    """Each (title, country) is shown in English and Russian as the case says."""
    for (held, country), (en, ru) in cases.items():
        assert _titled(held, country, "en") == f"Ivan Testov ({en})", held
        assert _titled(held, country, "ru") == f"Ivan Testov ({ru})", held


def test_deputies_with_offices_of_their_own_and_principals_keep_them() -> None:
    cases = {
        ("Phó Chủ tịch nước", "VN"): ("Vice President of Vietnam", "вице-президент Вьетнама"),
        ("Phó Thủ tướng", "VN"): ("Deputy Prime Minister of Vietnam", "вице-премьер Вьетнама"),
        ("Phó Chủ tịch Quốc hội", "VN"): (
            "Vice Chairman of the National Assembly",
            "заместитель председателя Национального собрания",
        ),
        ("Phó Thủ tướng thứ nhất Nga", "RU"): (
            "First Deputy Prime Minister of Russia",
            "первый вице-премьер России",
        ),
        ("Thống đốc tỉnh Irkutsk (Nga)", "RU"): (
            "Governor of Irkutsk Oblast",
            "губернатор Иркутской области",
        ),
        ("Bộ trưởng Bộ Công Thương", "VN"): (
            "Minister of Industry and Trade of Vietnam",
            "министр промышленности и торговли Вьетнама",
        ),
        # A rank written with "Phó" deputises no one; a post beside a rank is shown.
        ("Phó Đô đốc", "VN"): ("Vice Admiral", "вице-адмирал"),
        ("Trung tướng, Phó Tổng Tham mưu trưởng QĐND Việt Nam", "VN"): (
            "Deputy Chief of the General Staff of the Vietnam People's Army",
            "заместитель начальника Генерального штаба Вьетнамской народной армии",
        ),
    }
    _assert_titled(cases)


def test_deputies_of_offices_the_data_names_only_with_their_holder() -> None:
    cases = {
        ("Phó Thống đốc tỉnh Irkutsk (Nga)", "RU"): (
            "Deputy Governor of Irkutsk Oblast",
            "заместитель губернатора Иркутской области",
        ),
        ("Phó Thị trưởng thành phố Moskva", "RU"): (
            "Deputy Mayor of Moscow",
            "заместитель мэра Москвы",
        ),
        ("Phó Tổng Giám đốc Rosatom", "RU"): (
            "Deputy Director General of Rosatom",
            "заместитель генерального директора Росатома",
        ),
        ("Đệ nhất Phó Chủ tịch Đảng Nước Nga Thống nhất", "RU"): (
            "First Deputy Chairman of the United Russia party",
            "первый заместитель председателя партии «Единая Россия»",
        ),
        ("Phó Cục trưởng Cục Hợp tác quốc tế", "VN"): (
            "Deputy Department Director",
            "заместитель директора департамента",
        ),
        ("Phó Tư lệnh Quân chủng Hải quân", "VN"): ("Deputy Commander", "заместитель командующего"),
        ("Phó Tổng Thư ký Quốc hội", "VN"): (
            "Deputy Secretary General",
            "заместитель генерального секретаря",
        ),
        ("Phó Viện trưởng Viện Nghiên cứu Châu Âu", "VN"): (
            "Deputy Head of Institute",
            "заместитель директора института",
        ),
        ("Phó Giám đốc Sở Ngoại vụ tỉnh Khánh Hòa", "VN"): (
            "Deputy Director",
            "заместитель директора",
        ),
        ("Phó Đại sứ Nga tại Việt Nam", "RU"): (
            "Deputy Ambassador of Russia",
            "заместитель посла России",
        ),
        ("Thứ trưởng thứ nhất Bộ Quốc phòng", "VN"): (
            "First Deputy Minister of National Defence of Vietnam",
            "первый заместитель министра национальной обороны Вьетнама",
        ),
    }
    _assert_titled(cases)


def test_an_office_of_another_country_is_not_the_participants() -> None:
    """A title written without its country ("Bộ trưởng Bộ Ngoại giao" of a Russian) is his
    country's office, never Vietnam's; "Thứ trưởng" of it likewise."""
    assert _titled("Bộ trưởng Bộ Ngoại giao", "RU", "en") == (
        "Ivan Testov (Foreign Minister of Russia)"
    )
    assert _titled("Thứ trưởng Bộ Ngoại giao", "RU", "ru") == (
        "Ivan Testov (заместитель министра иностранных дел России)"
    )
    assert _titled("Phó Thủ tướng Campuchia", "KH", "en") == (
        "Ivan Testov (Deputy Prime Minister of Cambodia)"
    )
    assert "Vietnam" not in _titled("Phó Chủ tịch nước Lào", "LA", "en")


def test_no_deputy_is_shown_as_the_office_he_deputises() -> None:
    """ "Phó" before any office the data has: never that office in English or Russian, and
    in Russian the office in the genitive after "заместитель" (by the head words the data
    knows, or the office's own form), not a bare "deputy"."""
    lex = get_lexicon()
    forms = json.loads(files("store").joinpath("data/names_i18n.json").read_text("utf-8"))
    for oid, office in lex.offices.items():
        if office.title.startswith(("Phó", "Thứ trưởng")) or oid in {"generic_deputy", RANK}:
            continue
        seat = ("член", "сенатор", "депутат")
        if "," in office.title or any(w in forms["offices"][oid]["ru"].lower() for w in seat):
            continue  # two posts held together; a seat, not a post
        for lang in ("en", "ru"):
            own = forms["offices"][oid][lang]
            held = _titled(f"Phó {office.title}", office.country or "VN", lang)
            assert held.lower() != f"Ivan Testov ({own})".lower(), (oid, held)
            assert held not in {"Ivan Testov (Deputy)", "Ivan Testov (заместитель)"}, (oid, held)


def test_military_ranks_are_named_each_by_its_own() -> None:
    """A rank alone is that rank in English and Russian, never "General" for every one."""
    cases = {
        ("Đại tướng", "VN"): ("General", "генерал армии"),
        ("Thượng tướng", "VN"): ("Colonel General", "генерал-полковник"),
        ("Trung tướng", "RU"): ("Lieutenant General", "генерал-лейтенант"),
        ("Thiếu tướng", "VN"): ("Major General", "генерал-майор"),
        ("Chuẩn Đô đốc", "VN"): ("Rear Admiral", "контр-адмирал"),
        ("Đại tá", "VN"): ("Colonel", "полковник"),
    }
    _assert_titled(cases)


def test_a_generic_office_keeps_the_place_it_is_of() -> None:
    """ "Chủ tịch UBND tỉnh X", "Thống đốc tỉnh Y", "Thị trưởng Z": the place stays in the
    title (in the Russian genitive where Russian declines it); a place the data does not
    name, or one of another country, leaves the bare office."""
    cases = {
        ("Chủ tịch UBND tỉnh Quảng Ninh", "VN"): (
            "Chairman of the Quang Ninh Provincial People's Committee",
            "председатель Народного комитета провинции Куангнинь",
        ),
        ("Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng", "VN"): (
            "Chairman of the Da Nang City People's Committee",
            "председатель Народного комитета города Дананг",
        ),
        ("Bí thư Tỉnh ủy Khánh Hòa", "VN"): (
            "Secretary of the Khanh Hoa Provincial Party Committee",
            "секретарь партийного комитета провинции Кханьхоа",
        ),
        ("Thống đốc vùng Primorye", "RU"): (
            "Governor of Primorsky Krai",
            "губернатор Приморского края",
        ),
        ("Thống đốc vùng Khabarovsk", "RU"): (
            "Governor of Khabarovsk Krai",
            "губернатор Хабаровского края",
        ),
        ("Thị trưởng thành phố Kazan", "RU"): ("Mayor of Kazan", "мэр Казани"),
        ("Phó Chủ tịch UBND tỉnh Khánh Hòa", "VN"): (
            "Deputy Chairman of the Khanh Hoa Provincial People's Committee",
            "заместитель председателя Народного комитета провинции Кханьхоа",
        ),
        ("Chủ tịch UBND thành phố Tam Kỳ", "VN"): (  # no place of the data
            "Chairman of the People's Committee",
            "председатель Народного комитета",
        ),
        ("Thống đốc tỉnh Khánh Hòa", "RU"): ("Governor", "губернатор"),
    }
    _assert_titled(cases)


def test_russians_named_in_latin_are_written_in_cyrillic() -> None:
    """Given names as the data spells them; surnames by the romanisation read backwards."""
    cases = {
        "Sergey Cheremin": "Сергей Черемин",
        "Yuriy Shchukin": "Юрий Щукин",
        "Arkady Zhukovskiy": "Аркадий Жуковский",
        "Natalya Tsvetkova": "Наталья Цветкова",
        "Dmitry Kharitonov": "Дмитрий Харитонов",
        "Aleksey Rybnikov": "Алексей Рыбников",
        "Nikolay Kalinovsky": "Николай Калиновский",
        "Yelena Yakovleva": "Елена Яковлева",
        "Andrei Chayka": "Андрей Чайка",
        "Anna Sergeyeva-Zhuk": "Анна Сергеева-Жук",
    }
    for latin, cyrillic in cases.items():
        assert name(latin, "ru", "RU") == cyrillic, latin
        assert name(latin, "en", "RU") == latin
    assert name("Vladimir Putin", "ru") == "Владимир Путин"  # the data's own form
    assert name("Anna Sergeyeva", "ru", "BY") == "Anna Sergeyeva"  # not known to be Russian


async def test_a_russian_written_back_in_cyrillic_is_found_asked_so(seeded_store: Store) -> None:
    store = await _with_name_articles(seeded_store)
    en = await ask(store, "Who did Vitaly Kostin meet?", today=TODAY)
    assert en.results, en.answer
    ru = await ask(store, "С кем встречался Виталий Костин?", today=TODAY)
    assert "Виталий Костин" in ru.answer, ru.answer
    assert [m.id for m in ru.results] == [m.id for m in en.results], ru.answer
