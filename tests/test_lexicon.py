"""The domain lexicon: data integrity, dated offices, and mention finding."""

from __future__ import annotations

import copy
import json
import unicodedata
from datetime import date
from importlib import resources

import pytest

from store.language.lexicon import (
    SPACES_BUT_SPACE,
    Lexicon,
    LexiconError,
    Mention,
    get_lexicon,
)


@pytest.fixture(scope="module")
def lex() -> Lexicon:
    return get_lexicon()


def unmarked(text: str) -> str:
    """What a user types on a phone without a Vietnamese keyboard (case kept)."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def keys(mentions: list[Mention]) -> list[str]:
    return [m.key for m in mentions]


def raw_data() -> dict[str, list]:
    base = resources.files("store") / "data"
    return {
        n: json.loads((base / f"{n}.json").read_text(encoding="utf-8"))
        for n in ("people", "offices", "places", "sectors", "kinds")
    }


# ------------------------------------------------------------------ data integrity


def test_every_tenure_references_an_office_and_has_sane_dates(lex: Lexicon) -> None:
    assert len(lex.people) >= 80
    for person in lex.people.values():
        assert person.country in {"VN", "RU"} or len(person.country) == 2
        for t in person.tenures:
            assert t.office in lex.offices, (person.name, t.office)
            assert not lex.offices[t.office].generic, (person.name, t.office)
            assert t.end is None or t.end >= t.start, (person.name, t)
            assert t.flag in (None, "uncertain", "attested")
            assert t.title


def test_every_alias_resolves_to_its_own_person(lex: Lexicon) -> None:
    for person in lex.people.values():
        for alias in (person.name, *person.aliases):
            assert lex.person(alias) == person.name, alias
            found = lex.find_people(alias)
            assert [(m.key, m.surface) for m in found] == [(person.name, alias)], alias


def test_vietnamese_people_have_no_bare_given_name_alias(lex: Lexicon) -> None:
    for person in lex.people.values():
        if person.country == "VN":
            for alias in person.aliases:
                assert len(alias.split()) >= 2, (person.name, alias)


def test_every_office_pattern_finds_its_office(lex: Lexicon) -> None:
    for office in lex.offices.values():
        for pattern in office.patterns:
            found = lex.find_offices(pattern)
            assert [(m.key, m.surface) for m in found] == [(office.id, pattern)], pattern


def test_every_place_alias_and_venue_resolves(lex: Lexicon) -> None:
    assert len(lex.places) >= 55
    for place in lex.places.values():
        assert place.kind in ("city", "province")
        for alias in (place.name, *place.aliases, *place.venues):
            assert lex.canonical_place(alias) == place.name, alias
            assert keys(lex.find_places(alias)) == [place.name], alias


def test_every_sector_synonym_resolves_and_parents_exist(lex: Lexicon) -> None:
    assert len(lex.sectors) >= 30
    for sector in lex.sectors.values():
        assert sector.proper or sector.name == sector.name.lower()
        assert sector.parent is None or sector.parent in lex.sectors
        for syn in (sector.name, *sector.synonyms):
            assert lex.canonical_sector(syn) == sector.name, syn
            assert keys(lex.find_sectors(syn)) == [sector.name], syn


def test_every_kind_pattern_finds_its_kind(lex: Lexicon) -> None:
    for kind in lex.kinds.values():
        for pattern in kind.patterns:
            assert keys(lex.find_kinds(pattern)) == [kind.kind], pattern


def test_flagged_rows_keep_their_flag_and_say_why(lex: Lexicon) -> None:
    bezdetko = lex.people["Gennady Bezdetko"].tenures
    assert [(t.office, t.flag, t.end) for t in bezdetko] == [("ru_amb_vn", "attested", None)]
    assert bezdetko[0].note and "2026" in bezdetko[0].note
    flagged = [t for p in lex.people.values() for t in p.tenures if t.flag]
    assert flagged and all(t.note for t in flagged)


# ---------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["people"][0]["offices"].append(
                {"office": "nope", "start": "2020-01-01", "end": None}
            ),
            "unknown office",
        ),
        (
            lambda d: d["people"][0]["offices"].append(
                {"office": "vn_pm", "start": "2020-01-01", "end": "2019-01-01"}
            ),
            "before start",
        ),
        (
            lambda d: d["people"][0]["offices"].append(
                {"office": "vn_pm", "start": "2020-13-01", "end": None}
            ),
            "not a date",
        ),
        (
            lambda d: d["people"][0]["offices"].append(
                {"office": "vn_pm", "start": "2020-01-01", "end": None, "flag": "maybe"}
            ),
            "flag",
        ),
        (lambda d: d["people"][0]["aliases"].append("Vladimir Putin"), "already belongs to"),
        (lambda d: d["people"][0]["aliases"].append("Lâm"), "single word"),
        (lambda d: d["people"][0].pop("country"), "missing 'country'"),
        (lambda d: d["sectors"][0].update(parent="dầu khí"), "cycle"),
        (lambda d: d["sectors"][0].update(parent="không có"), "unknown parent"),
        (lambda d: d["places"][0]["aliases"].append("Hanoi"), "already belongs to"),
        (lambda d: d["offices"][0]["patterns"].append("Thủ tướng Nga"), "already belongs to"),
        (lambda d: d["kinds"][0].update(priority="cao"), "wrong type"),
        (lambda d: d["kinds"][0].update(flags=["far away"]), "flags must be among"),
        (lambda d: d["kinds"][0].update(flags=["message"]), "a message is remote"),
        (lambda d: d["kinds"][0].update(flags=["plain"]), "exactly one kind"),
        (
            lambda d: [k.update(flags=[]) for k in d["kinds"] if "plain" in k.get("flags", [])],
            "exactly one kind",
        ),
    ],
)
def test_bad_data_is_rejected_with_a_clear_message(mutate, message: str) -> None:
    data = copy.deepcopy(raw_data())
    # The mutations assume a Vietnamese first entry.
    data["people"].sort(key=lambda p: p["country"] != "VN")
    mutate(data)
    with pytest.raises(LexiconError, match=message):
        Lexicon.from_data(**data)


def test_unreadable_file_names_the_file(tmp_path) -> None:
    for name, content in raw_data().items():
        (tmp_path / f"{name}.json").write_text(
            json.dumps(content, ensure_ascii=False), encoding="utf-8"
        )
    assert Lexicon.load(tmp_path).people
    (tmp_path / "places.json").write_text("[{", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"places\.json"):
        Lexicon.load(tmp_path)


# --------------------------------------------------------------- dated offices


@pytest.mark.parametrize(
    ("office", "when", "who"),
    [
        ("vn_president", date(2024, 6, 20), ["Tô Lâm"]),
        ("vn_president", date(2025, 3, 1), ["Lương Cường"]),
        ("vn_president", date(2024, 10, 21), ["Lương Cường"]),  # handover day: the incoming holder
        ("vn_president", date(2023, 2, 1), ["Võ Thị Ánh Xuân"]),
        ("vn_gen_sec", date(2020, 1, 1), ["Nguyễn Phú Trọng"]),
        ("vn_gen_sec", date(2025, 5, 8), ["Tô Lâm"]),
        ("vn_pm", date(2017, 11, 11), ["Nguyễn Xuân Phúc"]),
        ("vn_na_chair", date(2025, 4, 6), ["Trần Thanh Mẫn"]),
        ("vn_mps", date(2025, 5, 29), ["Lương Tam Quang"]),
        ("ru_pm", date(2015, 4, 6), ["Dmitry Medvedev"]),
        ("ru_pm", date(2024, 6, 20), ["Mikhail Mishustin"]),
        ("ru_president", date(2010, 1, 1), ["Dmitry Medvedev"]),
        ("ru_defence", date(2018, 1, 23), ["Sergei Shoigu"]),
        ("ru_defence", date(2025, 1, 1), ["Andrei Belousov"]),
        ("ru_sc_secretary", date(2017, 7, 25), ["Nikolai Patrushev"]),
        ("ru_sc_secretary", date(2025, 5, 29), ["Sergei Shoigu"]),
        ("ru_amb_vn", date(2025, 4, 2), ["Gennady Bezdetko"]),
        ("ru_fc_chair", date(2019, 1, 1), ["Valentina Matviyenko"]),
        ("ru_duma_chair", date(2015, 1, 1), ["Sergei Naryshkin"]),
        ("jp_pm", date(2023, 1, 1), ["Fumio Kishida"]),
        ("vn_pm", date(2009, 1, 1), ["Nguyễn Tấn Dũng"]),
    ],
)
def test_holders_by_date(lex: Lexicon, office: str, when: date, who: list[str]) -> None:
    assert lex.holders(office, when) == who


def test_current_holders(lex: Lexicon) -> None:
    assert lex.holders("ru_president", None) == ["Vladimir Putin"]
    assert lex.holders("ru_pm", None) == ["Mikhail Mishustin"]
    assert lex.holders("vn_gen_sec", None) == ["Tô Lâm"]
    assert lex.holders("generic_governor", None) == []
    assert lex.holders("no_such_office", date(2020, 1, 1)) == []


@pytest.mark.parametrize(
    ("name", "when", "title"),
    [
        ("Tô Lâm", date(2024, 6, 20), "Chủ tịch nước"),
        ("Tô Lâm", date(2024, 9, 1), "Tổng Bí thư"),  # both offices: the senior one
        ("Tô Lâm", date(2017, 7, 25), "Bộ trưởng Bộ Công an"),
        ("Tô Lâm", date(2024, 5, 22), "Chủ tịch nước"),
        ("Võ Thị Ánh Xuân", date(2023, 2, 1), "Quyền Chủ tịch nước"),
        ("Lê Hoài Trung", date(2025, 9, 15), "Quyền Bộ trưởng Bộ Ngoại giao"),
        ("Lê Hoài Trung", date(2026, 2, 24), "Bộ trưởng Bộ Ngoại giao"),
        ("Dmitry Medvedev", date(2015, 4, 6), "Thủ tướng Nga"),
        ("Dmitry Medvedev", date(2025, 10, 10), "Chủ tịch Đảng Nước Nga Thống nhất"),
        ("Vladimir Putin", date(2011, 6, 1), "Thủ tướng Nga"),
        ("Putin", date(2024, 6, 20), "Tổng thống Nga"),  # an alias works too
        ("Nikolai Patrushev", date(2025, 9, 16), "Trợ lý Tổng thống Nga"),
        ("Phạm Bình Minh", date(2018, 3, 23), "Phó Thủ tướng"),
        ("Gennady Bezdetko", date(2021, 1, 1), None),  # before his first attested day
        ("Không Có Ai", date(2021, 1, 1), None),
    ],
)
def test_title_at(lex: Lexicon, name: str, when: date, title: str | None) -> None:
    assert lex.title_at(name, when) == title


def test_latest_title_without_a_date(lex: Lexicon) -> None:
    assert lex.title_at("Nguyễn Phú Trọng", None) == "Tổng Bí thư"  # last office, now ended
    assert lex.title_at("Mikhail Mishustin", None) == "Thủ tướng Nga"
    assert lex.title_at("Sergei Shoigu", None) == "Thư ký Hội đồng An ninh Nga"


def test_tenure_span(lex: Lexicon) -> None:
    assert lex.tenure_span("Nguyễn Phú Trọng") == (date(2006, 6, 26), date(2024, 7, 19))
    start, end = lex.tenure_span("Mikhail Mishustin")
    assert start == date(2020, 1, 16) and end is None
    assert lex.tenure_span("Không Có Ai") is None


# ------------------------------------------------------------------ people


PEOPLE_SENTENCES = [
    ("Sáng nay, Tổng thống V.Putin đã tiếp đoàn.", "Vladimir Putin", "V.Putin"),
    ("Sáng nay, Tổng thống V. Putin đã tiếp đoàn.", "Vladimir Putin", "V. Putin"),
    ("Tổng thống Nga V.V.Putin chủ trì cuộc họp.", "Vladimir Putin", "V.V.Putin"),
    ("Chủ tịch nước hội đàm với Tổng thống Pu-tin tại Hà Nội.", "Vladimir Putin", "Pu-tin"),
    ("Ông Vla-đi-mia Pu-tin phát biểu.", "Vladimir Putin", "Vla-đi-mia Pu-tin"),
    ("Báo Nga viết: Владимир Путин прибыл.", "Vladimir Putin", "Владимир Путин"),
    (
        "Thủ tướng Nga M.V.Mishustin hội kiến Chủ tịch Quốc hội.",
        "Mikhail Mishustin",
        "M.V.Mishustin",
    ),
    ("Thủ tướng Mi-su-xtin cảm ơn Việt Nam.", "Mikhail Mishustin", "Mi-su-xtin"),
    (
        "Phó Chủ tịch Hội đồng An ninh Đmi-tơ-ri Mét-vê-đép đến Hà Nội.",
        "Dmitry Medvedev",
        "Đmi-tơ-ri Mét-vê-đép",
    ),
    ("Thủ tướng Dmitri Medvedev thăm chính thức Việt Nam.", "Dmitry Medvedev", "Dmitri Medvedev"),
    ("Ông Mét-vê-đép nhấn mạnh quan hệ hai nước.", "Dmitry Medvedev", "Mét-vê-đép"),
    (
        "Thư ký Hội đồng An ninh Shoigu Sergey Kuzhugetovich hội đàm với Bộ trưởng.",
        "Sergei Shoigu",
        "Shoigu Sergey Kuzhugetovich",
    ),
    ("Đại tướng Xéc-gây Sôi-gu duyệt đội danh dự.", "Sergei Shoigu", "Xéc-gây Sôi-gu"),
    (
        "Ngoại trưởng Lavrov Sergey Viktorovich trả lời báo chí.",
        "Sergei Lavrov",
        "Lavrov Sergey Viktorovich",
    ),
    ("Bộ trưởng La-vơ-rốp khẳng định lập trường.", "Sergei Lavrov", "La-vơ-rốp"),
    ("Ông Lavrov cho biết như vậy.", "Sergei Lavrov", "Lavrov"),
    ("Tổng giám đốc Aleksey Likhachev gặp Thủ tướng.", "Alexei Likhachev", "Aleksey Likhachev"),
    ("Chủ tịch Tập đoàn Alexey Miller phát biểu.", "Alexei Miller", "Alexey Miller"),
    ("Phó Thủ tướng Maksim Akimov đồng chủ trì khóa họp.", "Maxim Akimov", "Maksim Akimov"),
    (
        "Chủ tịch Hội đồng Liên bang Valentina Matvienko đón đoàn.",
        "Valentina Matviyenko",
        "Valentina Matvienko",
    ),
    ("Đại sứ G.S.Bezdetko ra sân bay đón.", "Gennady Bezdetko", "G.S.Bezdetko"),
    (
        "ngài Bezdetko Gennady Stepanovich, Đại sứ Nga",
        "Gennady Bezdetko",
        "Bezdetko Gennady Stepanovich",
    ),
    (
        "Chủ tịch Duma Vyacheslav Victorovich Volodin mời đoàn.",
        "Vyacheslav Volodin",
        "Vyacheslav Victorovich Volodin",
    ),
    ("Tổng Bí thư Tô Lâm tiếp Đại sứ.", "Tô Lâm", "Tô Lâm"),
    ("Chủ tịch nước Lương Cường dự APEC.", "Lương Cường", "Lương Cường"),
    ("Thủ tướng Lý Cường đón đoàn Việt Nam.", "Li Qiang", "Lý Cường"),
    ("Chủ tịch Tập Cận Bình chủ trì chiêu đãi.", "Xi Jinping", "Tập Cận Bình"),
    ("Nhà lãnh đạo Kim Jong-un tiếp Tổng thống Nga.", "Kim Jong Un", "Kim Jong-un"),
    ("Thủ tướng Ấn Độ Narendra Modi điện đàm.", "Narendra Modi", "Narendra Modi"),
]


@pytest.mark.parametrize(("sentence", "name", "surface"), PEOPLE_SENTENCES)
def test_people_alias_families(lex: Lexicon, sentence: str, name: str, surface: str) -> None:
    found = [m for m in lex.find_people(sentence) if m.key == name]
    assert [m.surface for m in found] == [surface]
    m = found[0]
    assert sentence[m.start : m.end] == surface
    assert lex.people[name].country in {"VN", "RU", "CN", "KP", "IN"}


@pytest.mark.parametrize(("sentence", "name", "surface"), PEOPLE_SENTENCES)
def test_people_found_without_diacritics(
    lex: Lexicon, sentence: str, name: str, surface: str
) -> None:
    plain = unmarked(sentence)
    assert name in keys(lex.find_people(plain))
    assert name in keys(lex.find_people(plain.lower()))


def test_longest_alias_wins_and_mentions_do_not_overlap(lex: Lexicon) -> None:
    text = "Tổng thống Vladimir Vladimirovich Putin và Thủ tướng Mikhail Mishustin"
    found = lex.find_people(text)
    assert [(m.key, m.surface) for m in found] == [
        ("Vladimir Putin", "Vladimir Vladimirovich Putin"),
        ("Mikhail Mishustin", "Mikhail Mishustin"),
    ]


def test_whole_words_only(lex: Lexicon) -> None:
    assert lex.find_people("Putinism và Lavrovich không phải tên người.") == []
    assert lex.find_people("sân bay Vnukovo") == []  # not ambassador Vnukov


def test_any_space_or_dash_between_a_names_parts(lex: Lexicon) -> None:
    # Every separator the matching text makes one space: a non-breaking or thin space, a
    # line break, a tab, a hyphen or dash ("Mát-xcơ-va"); the list of spaces is Unicode's.
    spaces = "".join(c for c in map(chr, range(0x110000)) if c.isspace() and c != " ")
    assert spaces == SPACES_BUT_SPACE
    for sep in [*spaces, " ", "-", "\u2013", ". "]:
        text = f"Tổng Bí thư Tô{sep}Lâm tiếp Tổng thống Vladimir{sep}Putin"
        found = lex.find_people(text)
        assert [(m.key, m.surface) for m in found] == [
            ("Tô Lâm", f"Tô{sep}Lâm"),
            ("Vladimir Putin", f"Vladimir{sep}Putin"),
        ], repr(sep)


ORDINARY = [
    "Tôi làm việc ở Hà Nội từ năm ngoái.",
    "Anh ấy tên là Lâm, quê ở Sơn La, học trường Minh Khai.",
    "Quang cảnh buổi lễ rất trang trọng, thể hiện sự coi trọng quan hệ hai nước.",
    "Việt Nam muốn trở thành cường quốc biển, minh bạch và thành công.",
    "Nhà máy thủy điện Hòa Bình là công trình trọng điểm của Liên Xô giúp xây dựng.",
    "Chủ tịch nước nhấn mạnh tầm quan trọng của hợp tác lâm nghiệp và thương mại.",
    "Các bên thống nhất tiếp tục trao đổi đoàn các cấp, nhất là cấp cao.",
    "Người dân tham dự lễ hội, xem đua thuyền và ăn tô phở nóng.",
]


@pytest.mark.parametrize("sentence", ORDINARY)
def test_no_people_in_ordinary_sentences(lex: Lexicon, sentence: str) -> None:
    assert lex.find_people(sentence) == []
    assert lex.find_people(unmarked(sentence)) == []


def test_marks_tell_apart_words_that_fold_alike(lex: Lexicon) -> None:
    text = (
        "Đây là một trong những yếu tố làm phức tạp hợp tác, theo lời đại diện hai bên tại cuộc họp "
        "báo chung sau hội đàm chiều nay."
    )
    assert lex.find_people(text) == []  # "tố làm" is not "Tô Lâm"
    assert keys(lex.find_people("Tổng Bí thư Tô Lâm phát biểu")) == ["Tô Lâm"]
    assert keys(lex.find_people("tong bi thu to lam phat bieu")) == ["Tô Lâm"]
    # A question typed with some marks: those present must agree, missing ones are tolerated.
    assert keys(lex.find_people("Lương Cuong gặp Putin ở đâu")) == ["Lương Cường", "Vladimir Putin"]


def test_offsets_are_into_the_original_text(lex: Lexicon) -> None:
    nfd = unicodedata.normalize(
        "NFD", "Hôm qua, Tổng Bí thư Tô Lâm hội đàm với Tổng thống V.Putin."
    )
    found = lex.find_people(nfd)
    assert keys(found) == ["Tô Lâm", "Vladimir Putin"]
    for m in found:
        assert nfd[m.start : m.end] == m.surface
    assert unicodedata.normalize("NFC", found[0].surface) == "Tô Lâm"
    # Folding that grows the text ("ß" → "ss", "ﬁ" → "fi") must not shift offsets either.
    text = "Straße ﬁnal: Thủ tướng Mishustin và Tô Lâm"
    found = lex.find_people(text)
    assert [(m.key, text[m.start : m.end]) for m in found] == [
        ("Mikhail Mishustin", "Mishustin"),
        ("Tô Lâm", "Tô Lâm"),
    ]


def test_alias_index_for_fuzzy_matching(lex: Lexicon) -> None:
    index = lex.alias_index()
    assert ("putin", "Vladimir Putin") in index
    assert ("to lam", "Tô Lâm") in index
    assert ("v v putin", "Vladimir Putin") in index
    assert all(k == k.lower() and k.isascii() for k, _ in index)


# ------------------------------------------------------------------ offices


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Thủ tướng Chính phủ Liên bang Nga Dmitri Medvedev", "ru_pm"),
        ("Thủ tướng Liên bang (LB) Nga Mikhail Mishustin", "ru_pm"),
        ("Thủ tướng Phạm Minh Chính", "vn_pm"),
        ("Thủ tướng Chính phủ Phạm Minh Chính", "vn_pm"),
        ("Chủ tịch nước Lương Cường", "vn_president"),
        ("Tổng Bí thư Tô Lâm", "vn_gen_sec"),
        ("Chủ tịch Quốc hội Trần Thanh Mẫn", "vn_na_chair"),
        ("Bộ trưởng Bộ Công an Lương Tam Quang", "vn_mps"),
        ("Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang", "vn_defence"),
        ("Tổng thống Nga Vladimir Putin", "ru_president"),
        ("Chủ tịch Duma Quốc gia Vyacheslav Volodin", "ru_duma_chair"),
        ("Chủ tịch Đuma Quốc gia Quốc hội Liên bang Nga", "ru_duma_chair"),
        ("Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko", "ru_fc_chair"),
        ("Phó Chủ tịch Hội đồng Liên bang Nga Konstantin Kosachev", "ru_fc_deputy_chair"),
        ("Ngoại trưởng Nga Sergei Lavrov", "ru_fm"),
        ("Bộ trưởng Ngoại giao Nga Sergey Lavrov", "ru_fm"),
        ("Đại sứ Liên bang Nga tại Việt Nam Gennady Bezdetko", "ru_amb_vn"),
        ("Đại sứ Nga Gennady Bezdetko", "ru_amb_vn"),
        ("Đại sứ Việt Nam tại LB Nga Đặng Minh Khôi", "vn_amb_ru"),
        ("Phó Chủ tịch Hội đồng An ninh Liên bang Nga Dmitry Medvedev", "ru_sc_deputy_chair"),
        ("Chủ tịch Đảng Nước Nga Thống nhất Dmitry Medvedev", "ru_ur_chair"),
        ("Tổng Giám đốc Rosatom Alexey Likhachev", "ru_rosatom_ceo"),
        ("Tổng Giám đốc Tập đoàn Zarubezhneft Sergei Kudryashov", "ru_zarubezhneft_ceo"),
        ("Thủ tướng Ấn Độ Narendra Modi", "in_pm"),
        ("Thống đốc tỉnh Irkutsk", "generic_governor"),
        ("Chủ tịch UBND tỉnh Nghệ An", "generic_province_chair"),
    ],
)
def test_office_titles(lex: Lexicon, text: str, office: str) -> None:
    found = lex.find_offices(text)
    assert found and found[0].key == office and found[0].start == 0
    assert lex.find_offices(unmarked(text))[0].key == office


def test_offices_carry_title_rank_and_country(lex: Lexicon) -> None:
    pm = lex.offices["ru_pm"]
    assert (pm.country, pm.title, pm.generic) == ("RU", "Thủ tướng Nga", False)
    assert (
        lex.offices["vn_gen_sec"].rank
        < lex.offices["vn_president"].rank
        < lex.offices["vn_pm"].rank
    )
    assert (
        lex.offices["generic_governor"].generic and lex.offices["generic_governor"].country is None
    )


def test_not_titles(lex: Lexicon) -> None:
    assert lex.find_offices("Đại sứ quán Nga tại Hà Nội tổ chức lễ kỷ niệm.") == []
    assert lex.find_offices("Chủ nhiệm Văn phòng Chủ tịch nước dự buổi lễ.") == []
    text = (
        "Giá cả trên thị trường thế giới biến động mạnh trong năm qua, theo các chuyên gia kinh tế."
    )
    assert lex.find_offices(text) == []  # "thị trường" is not "Thị trưởng"


@pytest.mark.parametrize(
    "text",
    [
        "Phó Thư ký Hội đồng An ninh Nga Aleksandr Grebenkin",
        "phó thư ký Hội đồng An ninh Nga Aleksandr Grebenkin",
        "Phó Bộ trưởng Quốc phòng Nga",
        "phó bộ trưởng Quốc phòng Nga",
        "Phó Trợ lý Tổng thống Nga",
    ],
)
def test_a_deputy_is_no_holder_of_the_office(lex: Lexicon, text: str) -> None:
    # "Phó" before an office names its deputy, whether or not the data has that deputy's form.
    for written in (text, unmarked(text)):
        (found,) = lex.find_offices(written)
        assert found.start == 0 and lex.offices[found.key].generic
        assert found.key not in {"ru_sc_secretary", "ru_defence", "ru_presidential_aide"}


def test_party_seats_are_titles_in_any_case(lex: Lexicon) -> None:
    for seat in (
        "ủy viên Ban Thường vụ Tỉnh ủy",
        "Ủy viên Ban Thường vụ Thành ủy",
        "ủy viên Bộ Chính trị",
    ):
        assert keys(lex.find_offices(f"ông Lê Văn A, {seat}, phó chủ tịch UBND tỉnh")) == [
            "vn_party_member",
            "generic_vice_chair",
        ]


# ------------------------------------------------------------------- places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Chiều 24/2, tại Điện Kremlin, Tổng thống hội kiến Bộ trưởng.", "Moskva"),
        ("Lễ đón chính thức tại sân bay Vnukovo 2.", "Moskva"),
        ("Đoàn đến sân bay Domodedovo lúc 1h45.", "Moskva"),
        ("Tổng Bí thư tiếp Đại sứ tại trụ sở Trung ương Đảng.", "Hà Nội"),
        ("Đoàn xe di chuyển đến Phủ Chủ tịch.", "Hà Nội"),
        ("Thủ tướng tiếp ông tại Trụ sở Chính phủ.", "Hà Nội"),
        ("Hai nhà lãnh đạo hội đàm tại Nhà khách quốc gia Kumsusan.", "Bình Nhưỡng"),
        ("Lễ đón diễn ra tại Đại lễ đường Nhân dân.", "Bắc Kinh"),
        ("Chủ tịch nước tiếp khách tại Dinh Độc Lập.", "TP Hồ Chí Minh"),
        ("Hội đàm tại dinh thự Bocharov Ruchei.", "Sochi"),
        ("Tổng Bí thư đã đến Mát-xcơ-va.", "Moskva"),
        ("Tổng Bí thư đã đến Mát xcơ va.", "Moskva"),
        ("Tổng Bí thư đã đến Matxcơva.", "Moskva"),
        ("Hội nghị BRICS tại thành phố Kazan.", "Kazan"),
        ("Diễn đàn tổ chức ở Xanh Pê-téc-bua.", "Saint Petersburg"),
        ("Đoàn đến Vla-đi-vô-xtốc dự Diễn đàn.", "Vladivostok"),
        ("Hội đàm tại TP.HCM chiều nay.", "TP Hồ Chí Minh"),
        ("Hội nghị IPU tại thủ đô Tashkent, Uzbekistan.", "Tashkent"),
        ("Bên lề APEC tại Lima (Peru).", "Lima"),
        ("Làm việc với tỉnh Nghệ An.", "Nghệ An"),
    ],
)
def test_places_and_venues(lex: Lexicon, text: str, place: str) -> None:
    assert keys(lex.find_places(text)) == [place]
    assert keys(lex.find_places(unmarked(text))) == [place]


def test_canonical_place(lex: Lexicon) -> None:
    assert lex.canonical_place("Matxcova") == "Moskva"
    assert lex.canonical_place("Moscow") == "Moskva"
    assert lex.canonical_place("thủ đô Moskva") == "Moskva"
    assert lex.canonical_place("Pyongyang") == "Bình Nhưỡng"
    assert lex.canonical_place("tp hcm") == "TP Hồ Chí Minh"
    assert lex.canonical_place("Điện Kremlin") == "Moskva"
    assert lex.canonical_place("Atlantis") is None
    assert lex.places["Moskva"].country == "RU" and lex.places["Nghệ An"].kind == "province"


def test_places_that_fold_alike(lex: Lexicon) -> None:
    text = "Du khách Nga yêu thích bãi biển Nha Trang, còn Nhà Trắng ra thông cáo về chuyến đi của ông."
    assert [m.surface for m in lex.find_places(text)] == ["Nha Trang"]


# ------------------------------------------------------------------- sectors


def test_sector_tree(lex: Lexicon) -> None:
    assert lex.sectors["dầu khí"].parent == "năng lượng"
    assert lex.sectors["điện hạt nhân"].parent == "năng lượng"
    assert lex.sector_descendants("năng lượng") >= {
        "năng lượng",
        "dầu khí",
        "điện hạt nhân",
        "năng lượng tái tạo",
    }
    assert lex.sector_descendants("dầu khí") == {"dầu khí"}
    assert lex.sector_descendants("nang luong") == lex.sector_descendants("năng lượng")
    assert lex.sector_descendants("không có") == set()


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [
        ("năng lượng - dầu khí", "dầu khí"),
        ("năng lượng – dầu khí", "dầu khí"),
        ("dầu khí-năng lượng", "dầu khí"),
        ("thăm dò, khai thác dầu khí", "dầu khí"),
        ("năng lượng nguyên tử", "điện hạt nhân"),
        ("quốc phòng - an ninh", "quốc phòng"),
        ("an ninh – quốc phòng", "quốc phòng"),
        ("kỹ thuật-quân sự", "quốc phòng"),
        ("kỹ thuật - quân sự", "quốc phòng"),
        ("AI", "trí tuệ nhân tạo"),
        ("chuyển đổi số", "kinh tế số"),
        ("giáo dục và đào tạo", "giáo dục - đào tạo"),
        ("khoa học-công nghệ", "khoa học - công nghệ"),
        ("hop tac dau khi", "dầu khí"),
        ("lĩnh vực năng lượng tái tạo", "năng lượng tái tạo"),
    ],
)
def test_canonical_sector(lex: Lexicon, phrase: str, sector: str) -> None:
    assert lex.canonical_sector(phrase) == sector


def test_sectors_in_article_text(lex: Lexicon) -> None:
    text = (
        "Hai bên nhất trí thúc đẩy hợp tác trong các lĩnh vực an ninh, quốc phòng, thương mại - đầu tư, "
        "dược phẩm và trí tuệ nhân tạo (AI); lãnh đạo Bộ Quốc phòng và Tập đoàn Dầu khí Việt Nam cùng dự. "
        "Ai cũng thấy những kết quả đạt được trong thời gian qua rất đáng ghi nhận."
    )
    assert keys(lex.find_sectors(text)) == [
        "an ninh",
        "quốc phòng",
        "thương mại",
        "đầu tư",
        "dược phẩm",
        "trí tuệ nhân tạo",
        "trí tuệ nhân tạo",
    ]


def test_sector_words_need_the_right_marks(lex: Lexicon) -> None:
    text = "Các dự án đã được triển khai đúng tiến độ và được đánh giá cao trong thời gian qua ở nhiều địa phương."
    assert lex.find_sectors(text) == []  # "được" is not "dược"


# --------------------------------------------------------------------- kinds


def test_kind_priorities(lex: Lexicon) -> None:
    order = ["hội đàm", "hội kiến", "tiếp", "gặp", "thăm"]
    prios = [lex.kind_priority(k) for k in order]
    assert prios == sorted(prios, reverse=True) and len(set(prios)) == len(prios)
    assert lex.kind_priority("không có") == 0


def test_what_a_kind_means_comes_from_the_data(lex: Lexicon) -> None:
    # Calls and written messages happen at a distance; only messages are not contacts.
    assert lex.kind_is("điện đàm", "remote") and not lex.kind_is("điện đàm", "message")
    for kind in ("điện mừng", "điện cảm ơn", "điện chia buồn"):
        assert lex.kind_is(kind, "remote") and lex.kind_is(kind, "message"), kind
    assert not lex.kind_is("hội đàm", "remote") and lex.kind_is("thăm", "visit")
    assert lex.kind_is("làm việc", "working_session") and not lex.kind_is("tiếp", "visit")
    assert not lex.kind_is("không có", "remote")  # an unknown kind means nothing
    assert set(lex.kinds_with("message")) < set(lex.kinds_with("remote"))
    with pytest.raises(ValueError):
        lex.kind_is("điện đàm", "far away")


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Thủ tướng hội đàm với Thủ tướng Nga.", ["hội đàm"]),
        ("Tổng Bí thư tiếp thân mật Đại sứ.", ["tiếp"]),
        ("Hai nhà lãnh đạo có cuộc điện đàm.", ["điện đàm"]),
        ("Hai bên nói chuyện qua điện thoại.", ["điện đàm"]),
        ("Chủ tịch nước gửi điện mừng.", ["điện mừng"]),
        ("Hai Phó Thủ tướng đồng chủ trì khóa họp.", ["đồng chủ trì"]),
        ("Tổng thống bắt đầu thăm cấp Nhà nước tới Việt Nam.", ["thăm"]),
        ("Bộ trưởng có buổi làm việc với Thứ trưởng.", ["làm việc"]),
        ("putin tham viet nam", ["thăm"]),
        ("to lam gap putin", ["gặp"]),
    ],
)
def test_kinds(lex: Lexicon, text: str, kinds: list[str]) -> None:
    assert keys(lex.find_kinds(text)) == kinds


def test_kind_words_inside_other_words(lex: Lexicon) -> None:
    text = (
        "Hai bên tiếp tục thúc đẩy thăm dò dầu khí, trực tiếp tham dự các diễn đàn và chuyển lời thăm hỏi; "
        "doanh nghiệp gặp khó khăn về thanh toán cần được hỗ trợ kịp thời trong thời gian tới."
    )
    assert lex.find_kinds(text) == []


def test_blocking_phrase_needs_its_marks(lex: Lexicon) -> None:
    # "tiếp Thủ tướng" folds like the block "tiếp thu", but its marks say otherwise.
    found = lex.find_kinds(
        "Chủ tịch nước tiếp Thủ tướng Nga tại Phủ Chủ tịch, rồi hai bên tiếp thu ý kiến."
    )
    assert [(m.key, m.surface) for m in found] == [("tiếp", "tiếp")]
    assert lex.find_kinds("Hai bên sẽ tiếp tục trao đổi và tiếp thu các đề xuất.") == []


def test_a_proper_sector_is_found_capitalised_inside_a_sentence(lex: Lexicon) -> None:
    # A body's proper name that is itself the field ("Liên minh Kinh tế Á - Âu") is kept where
    # a capitalised common sector word ("Bộ Quốc phòng") is part of a name and dropped.
    text = "Hai bên bàn về hiệp định với Liên minh Kinh tế Á-Âu và Bộ Quốc phòng."
    assert keys(lex.find_sectors(text)) == ["Liên minh Kinh tế Á - Âu"]


def test_a_mention_starts_after_any_non_word_character_and_never_inside_a_word(
    lex: Lexicon,
) -> None:
    # Characters past the BMP too: an emoji ends a word, a mathematical letter does not.
    assert [m.start for m in lex.find_people("gặp😀Putin")] == [4]
    assert [m.start for m in lex.find_people("gặp 𝐀 Putin")] == [6]
    assert lex.find_people("gặp𝐀Putin") == []
    assert [m.start for m in lex.find_places("x𐐀Moskva và 😀Moskva")] == [13]
    assert [m.start for m in lex.find_places("(Moskva)…«Moskva»")] == [1, 10]
    assert lex.find_places("xMoskva Moskvax") == []


def test_no_data_file_states_a_key_twice() -> None:
    # A key written twice in one object is silently the last one's: the first is dead data.
    def unique(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
        return dict(pairs)

    folder = resources.files("store") / "data"
    files = [f for f in folder.iterdir() if f.name.endswith(".json")]
    files += [f for f in (folder / "i18n").iterdir() if f.name.endswith(".json")]
    assert len(files) > 20
    for f in files:
        json.loads(f.read_text(encoding="utf-8"), object_pairs_hook=unique)
