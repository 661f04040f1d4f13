"""Round 34 of question readings (store.language.query.understand)."""

from __future__ import annotations

from datetime import date

from store.language.foreign_question import understand_in
from store.language.query import understand
from store.language.question_words import chat_spelled

TODAY = date(2026, 12, 6)


def test_whose_clock_an_hour_is_on_is_no_place_and_no_word_to_find() -> None:
    # "tối 25/11 (giờ Moskva)", "rạng sáng 26/11 giờ Hà Nội", "theo giờ địa phương": a
    # dateline's clock, not where the talks were; "rạng sáng" is an hour like "sáng".
    for asked in (
        "hội đàm rạng sáng 26/11/2014 giờ Hà Nội",
        "Putin hội đàm tối 25/11/2014 (giờ Moskva)",
        "rang sang 26/11/2014 hoi dam gio ha noi",
        "Putin gặp Tô Lâm theo giờ địa phương ngày 10/5/2025",
    ):
        q = understand(asked, TODAY)
        assert q.places == [] and q.keywords == [] and q.phrases == [], (asked, q)
        assert q.date_from is not None and q.date_from == q.date_to, (asked, q.date_from)
    # Near miss: a place asked as where they met stays the place, the hour beside it or not.
    for asked in ("hội đàm ở Hà Nội rạng sáng 26/11/2014", "hội đàm tại Moskva lúc 9 giờ"):
        q = understand(asked, TODAY)
        assert q.places in (["Hà Nội"], ["Moskva"]), (asked, q.places)


def test_nam_ending_a_place_is_the_places_before_a_year() -> None:
    # "nam" is how "năm" (year) is typed without marks: "Quảng Nam 2019" read "Nam 2019" as
    # the year and left "Quảng" a word to find; "Việt Nam 2024" lost the country.
    q = understand("gặp ở Quảng Nam 2019", TODAY)
    assert (q.places, q.keywords, q.date_label) == (["Quảng Nam"], [], "năm 2019"), q
    for asked in ("Putin thăm Việt Nam 2024", "putin tham viet nam 2024"):
        q = understand(asked, TODAY)
        assert (q.countries, q.date_label) == (["VN"], "năm 2024"), (asked, q)
    # Near miss: "nam 2016" after a name is the year typed without marks.
    q = understand("Lavrov nam 2016", TODAY)
    assert (q.keywords, q.date_label) == ([], "năm 2016"), q


def test_a_chairwoman_holds_the_chairmans_office() -> None:
    # "National Assembly Chairwoman Nguyen Thi Kim Ngan": the office the tables write as
    # "chairman", not a name the data lacks.
    q, lang = understand_in(
        "National Assembly Chairwoman Nguyen Thi Kim Ngan talks with Duma speaker Volodin 2016",
        TODAY,
        "en",
    )
    assert lang == "en" and q.unknown_names == [], q.unknown_names
    assert set(q.leaders) == {"Nguyễn Thị Kim Ngân", "Vyacheslav Volodin"}, q.leaders
    assert q.date_label == "năm 2016", q.date_label
    # Near miss: a word that only holds "chairwoman" is left alone.
    q, _ = understand_in("Chairwomanship of ASEAN 2020 Lavrov", TODAY, "en")
    assert "Sergei Lavrov" in q.leaders, q.leaders


def test_a_title_word_folding_like_a_surname_starts_no_name() -> None:
    # "Trưởng Đại diện Thương mại Nga": "Trưởng" folds like the surname "Trương", but written
    # with its marks it is "head of", so "Trưởng Đại" is no one the data lacks.
    q = understand("Phan Thị Thắng tiếp Trưởng Đại diện Thương mại Nga", TODAY)
    assert q.unknown_names == ["Phan Thị Thắng"], q.unknown_names
    # Near misses: the surname written as one, with or without marks, still starts a name.
    for asked in ("Trương Đại Quang gặp Putin", "Truong Dai Quang gap Putin"):
        q = understand(asked, TODAY)
        assert q.unknown_names and q.unknown_names[0].endswith("Quang"), (asked, q.unknown_names)


def test_the_south_china_sea_and_an_fta_are_topics_not_names() -> None:
    # "… about the South China Sea?": no person "South" and no place China; "nói gì về FTA":
    # the trade agreement, not a name the data lacks.
    q, _ = understand_in(
        "What did Tran Dai Quang and Putin agree in Moscow in June 2017 about the South China Sea?",
        TODAY,
        "en",
    )
    assert q.unknown_names == [] and q.countries == [], (q.unknown_names, q.countries)
    assert {"bien", "dong"} <= set(q.keywords), q.keywords
    q, _ = understand_in("Южно-Китайское море Путин 2017", TODAY, "ru")
    assert {"bien", "dong"} <= set(q.keywords), q.keywords
    q = understand("Naryshkin Nguyễn Sinh Hùng nói gì về FTA năm 2015", TODAY)
    assert q.unknown_names == [] and "thương mại" in q.sectors, (q.unknown_names, q.sectors)
    # Near miss: "China" asked as a place is still China.
    q, _ = understand_in("Lavrov in China 2019", TODAY, "en")
    assert (q.countries, q.keywords) == (["CN"], []), (q.countries, q.keywords)
    q, _ = understand_in("Lavrov South China Sea 2019", TODAY, "en")
    assert (q.countries, q.keywords) == ([], ["bien", "dong"]), (q.countries, q.keywords)


def test_chat_spellings_are_read_as_the_words_they_stand_for() -> None:
    # "… ở Lima ko", "làm việc vs tỉnh …", "… vậy bot": "không", "với", and the bot addressed,
    # none a word a meeting must hold.
    q = understand("có cuộc gặp nào Việt Nga ở Jakarta ko", TODAY)
    assert (q.places, q.keywords) == (["Jakarta"], []), (q.places, q.keywords)
    q = understand("Zarubezhneft làm việc vs tỉnh Bà Rịa - Vũng Tàu năm 2022 vậy bot", TODAY)
    assert "vs" not in q.keywords and "bot" not in q.keywords, q.keywords
    assert q.places == ["Bà Rịa - Vũng Tàu"], q.places
    # Near misses: the same letters capitalised, or as an abbreviation, are left as written.
    for typed in ("Ko Wen-je gặp Lavrov", "Lavrov vs. Blinken", "Bot Hà Nội", "cảng KO"):
        assert chat_spelled(typed) == typed, typed


def test_lower_case_words_folding_like_a_name_are_no_misspelt_name() -> None:
    # "Bộ Tài nguyên thiên nhiên … Nga": "nguyên thiên nhiên" folds one letter from "Nguyễn
    # Thiện Nhân", but "nguyên" typed with its marks is no surname.
    q = understand("Bộ TN&MT hội đàm Bộ Tài nguyên thiên nhiên và Sinh thái Nga", TODAY)
    assert q.leaders == [], q.leaders
    # Near misses: the name typed without marks, or misspelt with its surname's, is his.
    for asked in ("nguyen thien nhan gap putin", "Nguyễn Thiện Nhâm gặp Putin"):
        assert "Nguyễn Thiện Nhân" in understand(asked, TODAY).leaders, asked


def test_ministry_abbreviations_typed_in_lower_case_are_the_ministries() -> None:
    # "bộ trưởng kh&cn … năm 2017": the minister of science and technology that year.
    q = understand("bộ trưởng kh&cn việt nam họp tiểu ban với nga năm 2017 ở hà nội", TODAY)
    assert q.leaders == ["Chu Ngọc Anh"] and "cn" not in q.keywords, (q.leaders, q.keywords)


def test_a_month_or_day_typed_the_iso_way_or_with_a_dot_is_read() -> None:
    # "2020-05", "2019-06-15", "6.2019": how spreadsheets and chat write dates.
    cases = {
        "điện đàm Mishustin 2020-05": (date(2020, 5, 1), date(2020, 5, 31)),
        "hội đàm 2019-06-15": (date(2019, 6, 15), date(2019, 6, 15)),
        "Lavrov 6.2019": (date(2019, 6, 1), date(2019, 6, 30)),
    }
    for asked, span in cases.items():
        q = understand(asked, TODAY)
        assert (q.date_from, q.date_to) == span and q.keywords == [], (
            asked,
            q.date_from,
            q.keywords,
        )
    # Near miss: two years joined by a dash are still a span of years.
    q = understand("Lavrov 2019-2021", TODAY)
    assert (q.date_from, q.date_to) == (date(2019, 1, 1), date(2021, 12, 31)), q.date_label


def test_a_word_typed_with_other_marks_is_not_a_leaders_given_name() -> None:
    # "Chủ tịch Phòng Thương mại …", "Thượng phụ Kirill": "Thương" and "Thượng" fold like the
    # given name of Võ Văn Thưởng, but their marks are other words'.
    for asked in (
        "Nguyễn Xuân Phúc tiếp Chủ tịch Phòng Thương mại và Công nghiệp Nga năm 2017",
        "Chủ tịch Quốc hội Nguyễn Thị Kim Ngân gặp Thượng phụ Kirill",
    ):
        assert "Võ Văn Thưởng" not in understand(asked, TODAY).leaders, asked
    # Near misses: the given name typed with its own marks, or with none, is his.
    for asked in ("Thủ tướng Phúc gặp Medvedev", "thu tuong phuc gap medvedev"):
        assert "Nguyễn Xuân Phúc" in understand(asked, TODAY).leaders, asked


def test_a_vietnamese_name_before_an_english_body_stays_a_name() -> None:
    # "Nguyen Xuan Phuc Russian Chamber of Commerce 2017", its name written back with marks:
    # the capitalised words before "Chamber" were read as the chamber's own name and dropped.
    q, _ = understand_in("Nguyễn Xuân Phúc Russian Chamber of Commerce 2017", TODAY, "en")
    assert q.leaders == ["Nguyễn Xuân Phúc"] and q.agencies, (q.leaders, q.agencies)
    q, _ = understand_in("Vũ Đức Đam Moscow State University 2020", TODAY, "en")
    assert q.leaders == ["Vũ Đức Đam"], q.leaders
    # Near miss: an English body's own capitalised words are still its name.
    q, _ = understand_in("Pushkin Institute Hanoi 2019", TODAY, "en")
    assert q.leaders == [] and q.places == ["Hà Nội"], (q.leaders, q.places)
