"""Extraction, class by class (issue 9), on short reports written for these tests.

Each case is a general pattern of Vietnamese news writing with names, offices and dates
varied; the longer, cluttered articles are in tests/articles (test_extract_gold.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from store.language.extract import extract_meetings
from store.language.models import Article, Meeting
from store.language.names import russian_name

TODAY = date(2026, 11, 24)


def meetings(text: str, published: date | None = None) -> list[Meeting]:
    return extract_meetings(Article(text=text, source="t.txt", published=published), today=TODAY)


def people(m: Meeting) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in m.participants}


# --------------------------------------------------------------- officials missing from the lexicon

PROBES = [
    (
        "Chiều 12/6, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Đức Hải đã tiếp Đại sứ Nga "
        "Gennady Bezdetko.",
        {("Lê Đức Hải", "VN"), ("Gennady Bezdetko", "RU")},
    ),
    (
        "Sáng 3/9, Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn An làm việc với Thống đốc vùng "
        "Primorye Oleg Kozhemyako về hợp tác du lịch.",
        {("Nguyễn Văn An", "VN"), ("Oleg Kozhemyako", "RU")},
    ),
    (
        "Ngày 20/5, Bí thư Tỉnh ủy Nghệ An Trần Hữu Phong đã hội kiến Đại sứ Liên bang Nga "
        "Gennady Bezdetko nhân dịp kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh.",
        {("Trần Hữu Phong", "VN"), ("Gennady Bezdetko", "RU")},
    ),
    (
        "Chiều 8/4, tại trụ sở Bộ Ngoại giao, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Thứ trưởng "
        "Ngoại giao Nga Andrei Rudenko đang thăm Việt Nam.",
        {("Bùi Thanh Sơn", "VN"), ("Andrei Rudenko", "RU")},
    ),
    (
        "Tối 15/10, Chủ tịch nước Lương Cường đã tiếp Đại sứ Nga tại Việt Nam Igor Petrov "
        "đến trình Quốc thư.",
        {("Lương Cường", "VN"), ("Igor Petrov", "RU")},
    ),
    (
        "Thủ tướng Phạm Minh Chính hội kiến Chủ tịch Tập đoàn Rostec Igor Petrov trong chuyến "
        "công tác tại Moskva ngày 11/11.",
        {("Phạm Minh Chính", "VN"), ("Igor Petrov", "RU")},
    ),
    (
        "Chiều 2/3, Chủ tịch UBND tỉnh Lâm Đồng, ông Nguyễn Văn An đã tiếp Tổng Lãnh sự Nga tại "
        "TP Hồ Chí Minh, ông Alexei Popov.",
        {("Nguyễn Văn An", "VN"), ("Alexei Popov", "RU")},
    ),
    (
        "Sáng 17/1, Phó Chủ tịch UBND TP Đà Nẵng Hồ Kỳ Minh đã làm việc với ngài Dmitry "
        "Orlov, Phó Thị trưởng thành phố Vladivostok.",
        {("Hồ Kỳ Minh", "VN"), ("Dmitry Orlov", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "want"), PROBES)
def test_officials_found_by_their_title(text: str, want: set[tuple[str, str]]) -> None:
    found = meetings(text, date(2025, 11, 30))
    assert found, text
    assert people(found[0]) == want
    names = " ".join(p.name for p in found[0].participants)
    assert "Lâm Đồng" not in names and "Quảng Ninh" not in names


def test_unknown_titles_as_written() -> None:
    m = meetings(
        "Chiều 9/9, Chủ tịch UBND TP Cần Thơ Trần Việt Trường tiếp ông Igor Shestakov, Thống "
        "đốc vùng Kaluga.",
        date(2025, 9, 10),
    )[0]
    titles = {p.name: p.title for p in m.participants}
    assert titles["Trần Việt Trường"] == "Chủ tịch UBND TP Cần Thơ"
    assert titles["Igor Shestakov"] == "Thống đốc vùng Kaluga"


# --------------------------------------------------------------- Russian names


@pytest.mark.parametrize(
    ("tokens", "want"),
    [
        (["Andrey", "Vladimirovich", "Yatskin"], "Andrey Yatskin"),
        (["Kozlov", "Alexander", "Alexandrovich"], "Alexander Kozlov"),
        (["Oleg", "Kabanov", "Vladimirovich"], "Oleg Kabanov"),
        (["Lavrov", "Sergey"], "Sergey Lavrov"),
        (["Irina", "Petrovna", "Morozova"], "Irina Morozova"),
        (["Nikolai", "Platonovich"], None),
    ],
)
def test_russian_name_orders(tokens: list[str], want: str | None) -> None:
    assert russian_name(tokens) == want


def test_patronymic_is_never_a_given_name() -> None:
    m = meetings(
        "Ngày 14/4, Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp Thứ trưởng Công Thương Nga "
        "Alexei Vladimirovich Gruzdev.",
        date(2025, 4, 15),
    )[0]
    assert ("Alexei Gruzdev", "RU") in people(m)


def test_spelling_variants_map_to_the_known_person() -> None:
    m = meetings(
        "Chiều 5/6, Bộ trưởng Giáo dục và Đào tạo Nguyễn Kim Sơn hội đàm với Bộ trưởng Khoa "
        "học và Giáo dục đại học Nga Valeriy Falkov. Ông Valerii Falkov cảm ơn phía Việt Nam.",
        date(2024, 6, 6),
    )[0]
    assert people(m) == {("Nguyễn Kim Sơn", "VN"), ("Valery Falkov", "RU")}


def test_a_namesake_is_not_the_leader() -> None:
    m = meetings(
        "Sáng 21/3, Thứ trưởng Bộ Công an Lê Quốc Hùng tiếp Phó Chủ tịch Ủy ban Điều tra Nga "
        "Alexander Lavrov. Ông Lavrov đề nghị hai bên trao đổi thông tin.",
        date(2024, 3, 22),
    )[0]
    assert ("Alexander Lavrov", "RU") in people(m)
    assert all(p.name != "Sergei Lavrov" for p in m.participants)


# --------------------------------------------------------------- who met


def test_envoy_not_principal() -> None:
    m = meetings(
        "Ngày 6/2, tại Moskva, Đặc phái viên của Chủ tịch nước Lương Cường, Phó Thủ tướng Bùi "
        "Thanh Sơn đã hội kiến Thủ tướng Nga Mikhail Mishustin.",
        date(2025, 2, 7),
    )[0]
    assert people(m) == {("Bùi Thanh Sơn", "VN"), ("Mikhail Mishustin", "RU")}


def test_people_greeted_are_not_parties() -> None:
    m = meetings(
        "Chiều 4/12, Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Quốc phòng Nga Andrei Belousov. "
        "Thủ tướng gửi lời thăm hỏi tới Tổng thống Vladimir Putin và Thủ tướng Mikhail "
        "Mishustin.",
        date(2024, 12, 5),
    )[0]
    assert people(m) == {("Phạm Minh Chính", "VN"), ("Andrei Belousov", "RU")}


def test_on_behalf_of_a_leader() -> None:
    m = meetings(
        "Sáng 9/5, thay mặt Tổng Bí thư Tô Lâm, Chủ tịch Quốc hội Trần Thanh Mẫn đã gặp Chủ "
        "tịch Duma Quốc gia Nga Vyacheslav Volodin tại Moskva.",
        date(2025, 5, 9),
    )[0]
    assert people(m) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}


def test_witnesses_are_not_parties() -> None:
    m = meetings(
        "Ngày 8/5, tại Moskva, Bộ trưởng Công Thương Nguyễn Hồng Diên trao văn kiện hợp tác cho "
        "Bộ trưởng Năng lượng Nga Sergei Tsivilev tại buổi làm việc, dưới sự chứng kiến của Tổng "
        "Bí thư Tô Lâm và Tổng thống Vladimir Putin.",
        date(2025, 5, 9),
    )[0]
    assert people(m) == {("Nguyễn Hồng Diên", "VN"), ("Sergei Tsivilev", "RU")}


def test_condolences_are_a_message_not_a_meeting() -> None:
    found = meetings(
        "Ngày 10/3, Chủ tịch nước Võ Văn Thưởng gửi điện chia buồn tới Tổng thống Nga Vladimir "
        "Putin về vụ khủng bố tại ngoại ô Moskva hôm 8/3.",
        date(2024, 3, 10),
    )
    assert found and found[0].kind == "điện chia buồn"
    assert found[0].place is None and found[0].date == "2024-03-10"


# --------------------------------------------------------------- lead and kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Chiều 2/10, Thủ tướng Phạm Minh Chính tiếp Thủ tướng Nga Mikhail Mishustin tại "
            "Phủ Chủ tịch.",
            "tiếp",
        ),
        (
            "Bộ trưởng Ngoại giao Nga Sergei Lavrov đang ở thăm Việt Nam đã hội đàm với Phó "
            "Thủ tướng Bùi Thanh Sơn chiều 12/7.",
            "hội đàm",
        ),
        (
            "Nhân dịp dự Hội nghị cấp cao BRICS và làm việc tại Kazan, tối 23/10, Thủ tướng "
            "Phạm Minh Chính đã có cuộc gặp Tổng thống Vladimir Putin.",
            "gặp",
        ),
        (
            "Sáng 19/3, Phó Thủ tướng Trần Hồng Hà và Phó Thủ tướng Nga Dmitry Chernyshenko "
            "đồng chủ trì Khóa họp lần thứ 25 Ủy ban liên Chính phủ Việt - Nga.",
            "đồng chủ trì",
        ),
        (
            "Chiều 30/7, Bộ trưởng Giáo dục Nguyễn Kim Sơn có buổi làm việc với Bộ trưởng Khoa "
            "học và Giáo dục đại học Nga Valery Falkov.",
            "làm việc",
        ),
    ],
)
def test_the_act_reported_is_the_kind(text: str, kind: str) -> None:
    found = meetings(text, date(2024, 11, 1))
    assert found and found[0].kind == kind


def test_a_visit_that_begins_is_not_its_purpose() -> None:
    m = meetings(
        "Sáng 16/6, Chủ tịch Quốc hội Trần Thanh Mẫn lên đường thăm chính thức Liên bang Nga "
        "và đồng chủ trì Phiên họp Ủy ban hợp tác liên Nghị viện theo lời mời của Chủ tịch "
        "Duma Quốc gia Vyacheslav Volodin.",
        date(2025, 6, 16),
    )[0]
    assert m.kind == "thăm"
    assert people(m) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}


def test_press_meeting_is_no_kind() -> None:
    m = meetings(
        "Trong cuộc gặp gỡ báo chí sau hội đàm với Tổng Bí thư Tô Lâm tại Moskva chiều 10/5, "
        "Tổng thống Vladimir Putin nói hai nước sẽ mở rộng hợp tác năng lượng.",
        date(2025, 5, 10),
    )[0]
    assert m.kind == "hội đàm"


def test_recalled_visit_is_not_the_lead() -> None:
    found = meetings(
        "Chiều 2/9, tại Bắc Kinh, Chủ tịch nước Lương Cường đã gặp Tổng thống Nga Vladimir "
        "Putin. Hai bên hài lòng về kết quả sau chuyến thăm chính thức Liên bang Nga vào tháng "
        "5 vừa qua của Tổng Bí thư Tô Lâm",
        date(2025, 9, 3),
    )
    assert found[0].kind == "gặp" and found[0].date == "2025-09-02"
    assert not found[0].secondary


# --------------------------------------------------------------- dates, places, sectors


def test_year_from_the_event_name_beside_the_day() -> None:
    m = meetings(
        "Bên lề Hội nghị Cấp cao APEC 2017 tại Đà Nẵng, chiều 10/11, Chủ tịch nước Trần Đại "
        "Quang đã hội đàm với Tổng thống Nga Vladimir Putin."
    )[0]
    assert (m.date, m.date_inferred, m.place) == ("2017-11-10", False, "Đà Nẵng")


def test_a_date_against_the_titles_is_not_kept() -> None:
    m = meetings(
        "Sáng 12/4, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nga Gennady Bezdetko tại Trụ sở "
        "Chính phủ.",
        date(2018, 4, 13),
    )[0]
    assert m.date is None or not m.date.startswith("2018")


def test_venue_with_its_city_in_brackets() -> None:
    m = meetings(
        "Sáng 4/7, tại Nhà khách Chính phủ Nga (Moskva), Phó Thủ tướng Trần Hồng Hà hội kiến "
        "Phó Thủ tướng Nga Alexander Novak.",
        date(2024, 7, 4),
    )[0]
    assert m.place == "Moskva"


def test_maritime_and_finer_wording_are_sectors() -> None:
    m = meetings(
        "Chiều 6/8, tại Hà Nội, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Thư ký Hội đồng "
        "An ninh Nga Sergei Shoigu. Hai bên nhất trí hợp tác trong lĩnh vực biển, phòng chống "
        "dịch bệnh và sản xuất vắc xin.",
        date(2024, 8, 7),
    )[0]
    assert {"hợp tác biển", "y tế"} <= set(m.sectors)
    assert any("vắc xin" in s for s in m.sectors)  # the article's own wording, once


def test_evidence_names_the_sentences() -> None:
    m = meetings(
        "Tin tức thời sự.\nNgày 15/5, tại Moskva, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ "
        "tướng Nga Mikhail Mishustin. Hai bên nhất trí tăng cường hợp tác dầu khí.",
        date(2025, 5, 16),
    )[0]
    assert m.evidence["date"].startswith("Ngày 15/5")
    assert "tại Moskva" in m.evidence["place"]
    assert "Mikhail Mishustin" in m.evidence["participants"]


def test_the_late_leader_a_condolence_is_about_is_no_party() -> None:
    found = meetings(
        "Sáng 26/7, tại Hà Nội, Chủ tịch nước Tô Lâm tiếp Chủ tịch Duma Quốc gia Nga Vyacheslav "
        "Volodin. Chủ tịch nước cảm ơn Tổng thống Putin đã gửi điện chia buồn và cử đoàn dự Quốc "
        "tang cố Tổng Bí thư Nguyễn Phú Trọng.",
        date(2024, 7, 26),
    )
    assert people(found[0]) == {("Tô Lâm", "VN"), ("Vyacheslav Volodin", "RU")}
    assert all("Nguyễn Phú Trọng" not in {p.name for p in m.participants} for m in found)


def test_a_recalled_call_takes_no_date_from_the_visit() -> None:
    found = meetings(
        "Chiều 3/3, tại Điện Kremlin, Tổng thống Vladimir Putin tiếp Phó Thủ tướng Bùi Thanh Sơn. "
        "Tổng thống đánh giá cao kết quả cuộc điện đàm với Tổng Bí thư Tô Lâm hồi đầu năm.",
        date(2025, 3, 4),
    )
    calls = [m for m in found if m.kind == "điện đàm"]
    assert all(m.date is None for m in calls)


def test_a_quoted_message_is_the_story() -> None:
    m = meetings(
        "Tối 2/7, Thủ tướng Phạm Minh Chính rời Moskva, kết thúc chuyến thăm chính thức Liên "
        "bang Nga theo lời mời của Thủ tướng Mikhail Mishustin.\nNội dung bức điện như sau:\n"
        '"Nhân dịp kết thúc chuyến thăm, tôi xin gửi lời cảm ơn chân thành tới Ngài Thủ tướng '
        'về sự đón tiếp trọng thị."',
        date(2025, 7, 3),
    )[0]
    assert m.kind == "điện cảm ơn" and m.place is None
    assert people(m) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")}


def test_airport_greeters_are_not_the_hosts() -> None:
    m = meetings(
        "Chiều 5/11, Thủ tướng Nga Mikhail Mishustin đến Hà Nội, bắt đầu chuyến thăm chính thức "
        "Việt Nam. Đón Thủ tướng tại sân bay Nội Bài có Bộ trưởng Bộ Ngoại giao Lê Hoài Trung.",
        date(2025, 11, 6),
    )[0]
    assert m.kind == "thăm" and ("Lê Hoài Trung", "VN") not in people(m)


def test_no_later_title_for_a_dated_meeting() -> None:
    m = meetings(
        "Ngày 3/6, Phó Thủ tướng Trần Hồng Hà tiếp Thống đốc vùng Primorye Oleg Kozhemyako và "
        "ông Lương Cường, Thường trực Ban Bí thư.",
        date(2024, 6, 4),
    )[0]
    titles = {p.name: p.title for p in m.participants}
    assert titles.get("Lương Cường") != "Chủ tịch nước"


def test_first_of_a_comma_list_of_titles() -> None:
    m = meetings(
        "Chiều 4/3, Phó Chủ tịch Quốc hội Nguyễn Khắc Định tiếp Phó Chủ tịch Duma Quốc gia Nga, "
        "Chủ tịch Nhóm nghị sĩ hữu nghị với Việt Nam Boris Chernyshov.",
        date(2025, 3, 5),
    )[0]
    titles = {p.name: p.title for p in m.participants}
    assert titles["Boris Chernyshov"].startswith("Phó Chủ tịch Duma Quốc gia")


def test_coordinated_across_photo_asides() -> None:
    m = meetings(
        "Chiều 14/10, tại Moskva, Chủ tịch nước Lương Cường (bên phải) cùng Phó Thủ tướng Bùi "
        "Thanh Sơn hội kiến Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin (thứ ba từ trái sang) "
        "và Phó Chủ tịch Duma Quốc gia Irina Yarovaya.",
        date(2025, 10, 15),
    )[0]
    assert people(m) == {
        ("Lương Cường", "VN"),
        ("Bùi Thanh Sơn", "VN"),
        ("Vyacheslav Volodin", "RU"),
        ("Irina Yarovaya", "RU"),
    }


def test_meetings_in_general_do_not_make_a_visit_a_meeting() -> None:
    m = meetings(
        "Chiều 10/4, Bộ trưởng Ngoại giao Nga Sergei Lavrov đến Hà Nội, bắt đầu chuyến thăm chính "
        "thức Việt Nam theo lời mời của Bộ trưởng Ngoại giao Bùi Thanh Sơn. Hai bên nhất trí tăng "
        "cường các cuộc gặp gỡ cấp cao.",
        date(2025, 4, 11),
    )[0]
    assert m.kind == "thăm"


# --------------------------------------------------------------- years: titles held as a whole


@pytest.mark.parametrize(
    "text",
    [
        # The double title held in Aug-Oct 2024 and again from April 2026: no year to choose.
        "THỨ BẢY, NGÀY 21 THÁNG 11 NĂM 2026 08:02\nChiều 9/10, tại Hà Nội, Tổng Bí thư, Chủ tịch "
        "nước Tô Lâm tiếp Thống đốc vùng Khabarovsk Dmitry Demeshin.",
        # The state's full name between the title and the name does not split the title.
        "Thứ Ba, 14/01/2025\nSáng 2/9, Tổng Bí thư, Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt "
        "Nam Tô Lâm đã tiếp Đại sứ Nga Gennady Bezdetko.",
        # The headline's double title binds the lead's single one.
        "Tổng Bí thư, Chủ tịch nước Tô Lâm điện đàm với Tổng thống Putin\nTối 24/8, Tổng Bí thư Tô "
        "Lâm đã điện đàm với Tổng thống Nga Vladimir Putin. Hai nhà lãnh đạo nhất trí thúc đẩy "
        "hợp tác năng lượng trong năm 2025.",
    ],
)
def test_no_year_where_a_double_title_fits_several(text: str) -> None:
    m = meetings(text)[0]
    assert m.date is None, m.date


def test_the_only_year_a_title_fits_is_inferred() -> None:
    m = meetings("Chiều 20/6, Chủ tịch nước Tô Lâm tiếp Bộ trưởng Quốc phòng Nga Andrei Belousov.")[
        0
    ]
    assert (m.date, m.date_inferred) == ("2024-06-20", True)


def test_a_double_title_is_shown_whole() -> None:
    m = meetings(
        "Ngày 12/9/2024, tại Hà Nội, Tổng Bí thư, Chủ tịch nước Tô Lâm tiếp Chủ tịch Duma Quốc "
        "gia Nga Vyacheslav Volodin."
    )[0]
    titles = {p.name: p.title for p in m.participants}
    assert titles["Tô Lâm"] == "Tổng Bí thư, Chủ tịch nước"


# --------------------------------------------------------------- years written beside the day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Trong khuôn khổ chuyến thăm chính thức Liên bang Nga từ ngày 6 đến 9/9/2016, sáng 8/9 "
            "(giờ địa phương), tại Moskva, Thủ tướng Nguyễn Xuân Phúc đã hội kiến Chủ tịch Duma "
            "Quốc gia Nga Vyacheslav Volodin.",
            "2016-09-08",
        ),
        (
            "Tối 30/11 (giờ địa phương), Chủ tịch nước Nguyễn Xuân Phúc đã đến Moskva, bắt đầu "
            "chuyến thăm chính thức Liên bang Nga từ ngày 30/11 đến 2/12/2021 theo lời mời của "
            "Tổng thống Vladimir Putin.",
            "2021-11-30",
        ),
        (
            "Bộ trưởng Ngoại giao Nga Sergei Lavrov thăm chính thức Việt Nam ngày 5 - 6/7/2022. "
            "Đây là chuyến thăm thứ mười của ông. Chiều 6/7, tại Hà Nội, Thủ tướng Phạm Minh Chính "
            "đã tiếp Bộ trưởng Ngoại giao Nga Sergei Lavrov.",
            "2022-07-06",
        ),
    ],
)
def test_the_year_a_range_writes_dates_its_days(text: str, day: str) -> None:
    m = meetings(text)[0]
    assert (m.date, m.date_inferred) == (day, False)


def test_a_written_range_beats_a_later_publication_year() -> None:
    # A report published years later ("bài viết năm 2024" recalling a visit) dates the day by
    # the range it writes, not by its own year.
    m = meetings(
        "Chủ tịch nước Nguyễn Xuân Phúc thăm chính thức Liên bang Nga từ ngày 29/11 đến "
        "2/12/2021.\nNgày 30/11, tại Điện Kremlin, Chủ tịch nước Nguyễn Xuân Phúc đã hội đàm "
        "với Tổng thống Vladimir Putin.",
        date(2024, 11, 24),
    )[0]
    assert (m.date, m.date_inferred) == ("2021-11-30", False)


def test_a_range_across_the_new_year_is_no_anniversary() -> None:
    m = meetings(
        "Chiều 30/12, tại Moskva, Bộ trưởng Công an Tô Lâm hội đàm với Bộ trưởng Nội vụ Nga "
        "Vladimir Kolokoltsev, trong chuyến thăm từ ngày 29/12/2019 đến 2/1/2020."
    )[0]
    assert (m.date, m.date_inferred) == ("2019-12-30", False)


# --------------------------------------------------------------- a recalled visit's own people


@pytest.mark.parametrize(
    "mention",
    [
        "Nhắc lại kết quả chuyến thăm cấp Nhà nước của Tổng thống Vladimir Putin tới Việt Nam hồi "
        "tháng 6, Chủ tịch Quốc hội Trần Thanh Mẫn đề nghị hai bên cụ thể hóa các thỏa thuận.",
        "Việt Nam coi trọng triển khai kết quả chuyến thăm cấp Nhà nước của Tổng thống Vladimir "
        "Putin tới Việt Nam hồi tháng 6, Chủ tịch Quốc hội nhấn mạnh.",
        "Chủ tịch Quốc hội Trần Thanh Mẫn khẳng định Việt Nam coi trọng kết quả chuyến thăm cấp "
        "Nhà nước tới Việt Nam của Tổng thống Vladimir Putin hồi tháng 6; đồng thời đề nghị Chủ "
        "tịch Quốc hội và Thủ tướng Nga thúc đẩy hợp tác.",
    ],
)
def test_who_mentions_a_visit_is_no_party_to_it(mention: str) -> None:
    found = meetings(
        "Chiều 9/9 (giờ địa phương), tại Moskva, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến "
        "Thủ tướng Nga Mikhail Mishustin. " + mention,
        date(2024, 9, 10),
    )
    assert people(found[0]) == {("Trần Thanh Mẫn", "VN"), ("Mikhail Mishustin", "RU")}
    visits = [m for m in found if ("Vladimir Putin", "RU") in people(m)]
    assert visits and all(people(m) == {("Vladimir Putin", "RU")} for m in visits)
    assert all(m.date == "2024-06" for m in visits)


def test_a_recalled_visit_takes_no_year_from_a_mention() -> None:
    found = meetings(
        "Chiều 9/9, tại Moskva, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Thủ tướng Nga "
        "Mikhail Mishustin. Hai bên đánh giá cao chuyến thăm của Tổng thống Vladimir Putin tới "
        "Việt Nam hồi tháng 6. Năm 2025 hai nước kỷ niệm 75 năm quan hệ ngoại giao."
    )
    visits = [m for m in found if ("Vladimir Putin", "RU") in people(m)]
    assert all(m.date is None for m in visits)


def test_a_ministry_named_for_planning_plans_nothing() -> None:
    m = meetings(
        "Chiều 18/10, Thứ trưởng Bộ Kế hoạch và Đầu tư Trần Quốc Phương làm việc với bà Natalia "
        "Stapran, Vụ trưởng Vụ châu Á, Bộ Phát triển Kinh tế Nga, về hợp tác đầu tư.",
        date(2024, 10, 19),
    )[0]
    assert people(m) == {("Trần Quốc Phương", "VN"), ("Natalia Stapran", "RU")}


def test_an_invitation_to_visit_is_no_visit() -> None:
    found = meetings(
        "Chiều 3/4, tại Hà Nội, Chủ tịch nước Lương Cường tiếp Chủ tịch Duma Quốc gia Nga "
        "Vyacheslav Volodin. Chủ tịch nước chuyển lời mời Tổng thống Vladimir Putin thăm Việt "
        "Nam vào thời gian thích hợp.",
        date(2025, 4, 4),
    )
    assert all(m.kind != "thăm" for m in found)


# --------------------------------------------------------------- titles that list a ministry's fields


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sáng 18/4, tại Hà Nội, Bộ trưởng Bộ Thông tin và Truyền thông Nguyễn Mạnh Hùng đã hội "
            "đàm với Bộ trưởng Phát triển kỹ thuật số, Truyền thông và Thông tin đại chúng Liên "
            "bang Nga Maksut Shadayev.",
            {("Nguyễn Mạnh Hùng", "VN"), ("Maksut Shadayev", "RU")},
        ),
        (
            "Chiều 2/11, Thứ trưởng Bộ Thông tin và Truyền thông Phan Tâm tiếp Thứ trưởng Phát "
            "triển kỹ thuật số, truyền thông và thông tin đại chúng Nga Alexander Shoitov.",
            {("Phan Tâm", "VN"), ("Alexander Shoitov", "RU")},
        ),
        (
            "Ngày 27/5, tại Moskva, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã "
            "làm việc với Thứ trưởng Văn hóa Nga Andrei Malyshev.",
            {("Nguyễn Văn Hùng", "VN"), ("Andrei Malyshev", "RU")},
        ),
    ],
)
def test_ministry_names_that_list_fields(text: str, want: set[tuple[str, str]]) -> None:
    m = meetings(text, date(2025, 11, 30))[0]
    assert people(m) == want


def test_a_marked_name_is_read_with_its_marks() -> None:
    # "Lê Văn Thanh" is not the former Deputy PM "Lê Văn Thành".
    m = meetings(
        "Sáng 9/11, Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Thanh đã làm việc với "
        "Thứ trưởng Lao động và Bảo vệ xã hội Nga Andrei Pudov tại Hà Nội.",
        date(2023, 11, 10),
    )[0]
    assert ("Lê Văn Thanh", "VN") in people(m)


# --------------------------------------------------------------- name first, title after; online


def test_name_then_title_in_an_online_session() -> None:
    m = meetings(
        "Ngày 14/3, tại điểm cầu Hà Nội, Bộ trưởng Bộ Y tế Nguyễn Thanh Long có buổi làm việc "
        "trực tuyến với ông Alexander Gintsburg, Giám đốc Trung tâm Gamaleya của Nga, về chuyển "
        "giao công nghệ sản xuất vắc xin.",
        date(2022, 3, 15),
    )[0]
    assert people(m) == {("Nguyễn Thanh Long", "VN"), ("Alexander Gintsburg", "RU")}
    assert (m.kind, m.place) == ("làm việc", None)
    titles = {p.name: p.title for p in m.participants}
    assert titles["Alexander Gintsburg"] == "Giám đốc Trung tâm Gamaleya của Nga"


def test_a_known_person_keeps_the_title_written_after_the_name() -> None:
    m = meetings(
        "Chiều 5/2, Phó Thủ tướng Lê Minh Khái đã làm việc với ông Kirill Dmitriev, Tổng Giám đốc "
        "Quỹ Đầu tư trực tiếp Nga (RDIF), về hợp tác đầu tư.",
        date(2023, 2, 6),
    )[0]
    titles = {p.name: p.title for p in m.participants}
    assert titles["Kirill Dmitriev"].startswith("Tổng Giám đốc Quỹ Đầu tư trực tiếp Nga")


# --------------------------------------------------------------- the article's own list of fields


def test_listed_fields_are_kept_as_written() -> None:
    m = meetings(
        "Chiều 14/5, tại Moskva, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc "
        "phòng Nga Andrei Belousov. Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực đào tạo "
        "quân sự, huấn luyện chung, công nghiệp quốc phòng và y học quân sự.",
        date(2025, 5, 15),
    )[0]
    assert {"quốc phòng", "đào tạo quân sự", "công nghiệp quốc phòng"} <= set(m.sectors)


def test_a_list_of_goals_is_no_list_of_fields() -> None:
    m = meetings(
        "Chiều 14/5, tại Moskva, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng Quốc "
        "phòng Nga Andrei Belousov. Hai bên nhất trí hợp tác vì hòa bình, ổn định và phát triển "
        "của khu vực.",
        date(2025, 5, 15),
    )[0]
    assert not {"ổn định", "hòa bình", "vì hòa bình"} & set(m.sectors)
