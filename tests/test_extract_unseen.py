"""Extraction classes that failed on unseen articles (issue 9, round 4), each on short reports
written for these tests: venues the place data lacks, month-only dates, a year written on the
same day elsewhere, "đồng chí X, <title>, <title>" appositions."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import meetings, names

# ------------------------------------------------------------------ places the data lacks

VENUES = [
    (
        "Tối 9/9 (giờ địa phương), tại thành phố Auckland, New Zealand, bên lề Hội nghị cấp cao, "
        "Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Nga Vladimir Putin.",
        "Auckland",
    ),
    (
        "Sáng 4/11, tại Fortaleza (Brazil), nhân dịp dự hội nghị, Chủ tịch nước Lương Cường đã có "
        "cuộc gặp Thủ tướng Nga Mikhail Mishustin.",
        "Fortaleza",
    ),
    (
        "Chiều 21/4, tại TP. Buôn Ma Thuột, Bí thư Tỉnh ủy Đắk Lắk Nguyễn Đình Trung đã tiếp "
        "đoàn công tác do ông Vladimir Vladimirov, Thống đốc vùng Stavropol, dẫn đầu.",
        "Buôn Ma Thuột",
    ),
    (
        "Ngày 2/8, ở thành phố Rio de Janeiro, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với "
        "Bộ trưởng Ngoại giao Nga Sergei Lavrov.",
        "Rio de Janeiro",
    ),
]


@pytest.mark.parametrize(("text", "place"), VENUES)
def test_a_venue_city_the_data_lacks(text: str, place: str) -> None:
    found = meetings(text, date(2024, 11, 30))
    assert found and found[0].place == place


def test_the_city_of_a_local_authority_venue() -> None:
    text = (
        "Chiều 7-11, tại trụ sở UBND TP Hồ Chí Minh, Phó Chủ tịch UBND TPHCM Võ Văn Hoan đã "
        "tiếp ông Alexander Beglov, Thống đốc thành phố Saint Petersburg (Liên bang Nga)."
    )
    m = meetings(text, date(2023, 11, 8))[0]
    assert m.place is not None and "Hồ Chí Minh" in m.place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Chủ tịch UBND tỉnh Kiên Giang Lâm Minh Thành đã tiếp Tổng Lãnh sự Nga tại TP Hồ Chí "
            "Minh Alexei Popov tại thành phố Rạch Giá ngày 2/3.",
            "Rạch Giá",
        ),
        (
            "Ngày 17/4, Phó Thủ tướng Trần Hồng Hà đã tiếp Đại sứ Việt Nam tại Liên bang Nga Đặng "
            "Minh Khôi cùng Đại sứ Nga Gennady Bezdetko.",
            None,
        ),
    ],
)
def test_where_a_mission_is_posted_is_no_venue(text: str, place: str | None) -> None:
    m = meetings(text, date(2024, 4, 18))[0]
    assert m.place == place


@pytest.mark.parametrize(
    "text",
    [
        # a city in a title or in a delegation's name is no venue
        "Ngày 5/6, Thủ tướng Phạm Minh Chính tiếp Thống đốc vùng Khabarovsk Mikhail Degtyarev "
        "và đoàn đại biểu thành phố Khabarovsk.",
        # a bracket that holds no country names no city
        "Ngày 5/6, tại Hội trường Diên Hồng (tầng 2), Chủ tịch Quốc hội Vương Đình Huệ hội kiến "
        "Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko.",
    ],
)
def test_no_venue_from_a_title_or_a_bracket(text: str) -> None:
    m = meetings(text, date(2022, 6, 6))[0]
    assert m.place in (None, "Hà Nội")
    assert m.place is None or "Khabarovsk" not in m.place


# ------------------------------------------------------------------ vague and split dates


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        (
            "Trong chuyến công tác tại Liên bang Nga đầu tháng 9 vừa qua, Bộ trưởng Bộ Công Thương "
            "Nguyễn Hồng Diên đã có buổi làm việc với Bộ trưởng Năng lượng Nga Sergei Tsivilev "
            "tại Moskva.",
            date(2025, 9, 28),
            "2025-09",
        ),
        (
            "Hồi cuối tháng 3, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Nga Dmitry "
            "Chernyshenko tại Hà Nội về hợp tác khoa học.",
            date(2024, 4, 16),
            "2024-03",
        ),
    ],
)
def test_a_month_alone_is_a_month_marked_inferred(text: str, published: date, month: str) -> None:
    m = meetings(text, published)[0]
    assert (m.date, m.date_inferred) == (month, True)


@pytest.mark.parametrize(
    ("lead", "month"),
    [("Hồi tháng trước", "2024-09"), ("Đầu tháng này", "2024-10"), ("Cuối tháng trước", "2024-09")],
)
def test_a_month_counted_from_the_publication(lead: str, month: str) -> None:
    text = (
        f"{lead}, Bộ trưởng Công an Lương Tam Quang đã hội đàm với Thư ký Hội đồng An ninh Nga "
        "Sergei Shoigu tại Moskva về hợp tác phòng chống tội phạm."
    )
    m = meetings(text, date(2024, 10, 20))[0]
    assert (m.date, m.date_inferred) == (month, True)


def test_months_ago_is_no_month() -> None:
    text = (
        "Cách đây 3 tháng trước, Bộ trưởng Công an Lương Tam Quang đã hội đàm với Thư ký Hội đồng "
        "An ninh Nga Sergei Shoigu tại Moskva."
    )
    m = meetings(text, date(2024, 10, 20))[0]
    assert m.date is None or m.date_inferred


def test_a_day_without_year_takes_it_from_the_same_day_written_in_full() -> None:
    text = (
        "Chiều 23/9, tại Hà Nội, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng "
        "Tư pháp Nga Konstantin Chuychenko.\n\n"
        "Hai bên trao đổi về tương trợ tư pháp và đào tạo cán bộ.\n\n"
        "Hai Bộ trưởng ký Kế hoạch hợp tác, Hà Nội, ngày 23/9/2021. Ảnh: Bộ Tư pháp"
    )
    m = meetings(text)[0]
    assert (m.date, m.date_inferred) == ("2021-09-23", False)


def test_another_full_day_gives_no_year() -> None:
    text = (
        "Chiều 23/9, tại Hà Nội, Bộ trưởng Bộ Tư pháp Lê Thành Long đã hội đàm với Bộ trưởng "
        "Tư pháp Nga Konstantin Chuychenko.\n\n"
        "Thỏa thuận giữa hai Bộ được ký ngày 14/5/2015 tại Moskva."
    )
    m = meetings(text)[0]
    assert m.date != "2015-09-23"


# ------------------------------------------------------------------ appositions


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ngày 12/10, đồng chí Nguyễn Văn Quảng, Ủy viên Trung ương Đảng, Viện trưởng Viện "
            "kiểm sát nhân dân tối cao, đã hội đàm với ông Igor Krasnov, Tổng Công tố Liên bang "
            "Nga, tại Moskva.",
            {("Nguyễn Văn Quảng", "VN"), ("Igor Krasnov", "RU")},
        ),
        (
            "Sáng 2/4, Bí thư Tỉnh ủy Khánh Hòa, đồng chí Hồ Quang Bình đã tiếp ông Dmitri "
            "Kobylkin, Thống đốc vùng Yamalo, tại Nha Trang.",
            {("Hồ Quang Bình", "VN"), ("Dmitri Kobylkin", "RU")},
        ),
    ],
)
def test_comrade_with_a_chain_of_titles(text: str, want: set[tuple[str, str]]) -> None:
    found = meetings(text, date(2024, 10, 20))
    assert found and names(found[0]) == want


# ------------------------------------------------------------------ delegations, agencies, messages


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Theo lời mời của Thống đốc vùng Primorye Oleg Kozhemyako, Đoàn đại biểu tỉnh Khánh "
            "Hòa do Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Nguyễn Tấn Tuân dẫn đầu đã tới "
            "Vladivostok, bắt đầu chuyến thăm làm việc từ ngày 3 đến 6/7.",
            {("Nguyễn Tấn Tuân", "VN"), ("Oleg Kozhemyako", "RU")},
        ),
        (
            "Đoàn công tác TP Hải Phòng do Chủ tịch UBND TP Lê Văn Thành dẫn đầu đã đến Saint "
            "Petersburg ngày 14/6, bắt đầu chuyến thăm theo lời mời của Thống đốc Alexander "
            "Beglov.",
            {("Lê Văn Thành", "VN"), ("Alexander Beglov", "RU")},
        ),
    ],
)
def test_a_delegation_led_by_an_official_of_the_city_already_named(
    text: str, want: set[tuple[str, str]]
) -> None:
    found = meetings(text, date(2019, 7, 8))
    assert found and names(found[0]) == want


def test_a_province_name_is_no_person() -> None:
    text = (
        "Chiều 9/5, Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu đã tiếp Tổng Lãnh sự Nga tại TP Hồ Chí "
        "Minh Alexei Popov."
    )
    for m in meetings(text, date(2020, 5, 10)):
        assert all("Vũng Tàu" not in p.name and "Bà Rịa" not in p.name for p in m.participants)


def test_the_head_of_an_agency_named_after_the_minister() -> None:
    text = (
        "Sáng 3/2, Bộ trưởng Bộ Y tế Đào Hồng Lan đã họp trực tuyến với Bộ trưởng Bộ Y tế Liên "
        "bang Nga Mikhail Murashko và bà Irina Volkova, Người đứng đầu Cơ quan Liên bang về "
        "kiểm soát dịch bệnh, về hợp tác sản xuất vắc xin."
    )
    m = meetings(text, date(2023, 2, 4))[0]
    assert names(m) == {
        ("Đào Hồng Lan", "VN"),
        ("Mikhail Murashko", "RU"),
        ("Irina Volkova", "RU"),
    }


def test_every_pair_of_a_congratulatory_message() -> None:
    text = (
        "Nhân dịp kỷ niệm Quốc khánh Liên bang Nga, ngày 11/6, Tổng Bí thư Nguyễn Phú Trọng đã gửi "
        "điện mừng tới Tổng thống Vladimir Putin; Thủ tướng Phạm Minh Chính gửi điện mừng tới "
        "Thủ tướng Mikhail Mishustin.\n\n"
        "Trong điện mừng, các nhà lãnh đạo chúc nhân dân Nga hạnh phúc."
    )
    (m,) = meetings(text, date(2022, 6, 11))
    assert m.kind == "điện mừng" and m.place is None
    assert names(m) == {
        ("Nguyễn Phú Trọng", "VN"),
        ("Phạm Minh Chính", "VN"),
        ("Vladimir Putin", "RU"),
        ("Mikhail Mishustin", "RU"),
    }


def test_a_meeting_lead_adds_no_one_from_its_own_sentence() -> None:
    text = (
        "Chiều 5/9, tại Vladivostok, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Vladimir "
        "Putin; Phó Thủ tướng Trần Hồng Hà làm việc với Phó Thủ tướng Nga Yury Trutnev."
    )
    m = meetings(text, date(2023, 9, 6))[0]
    assert names(m) == {("Phạm Minh Chính", "VN"), ("Vladimir Putin", "RU")}


# ------------------------------------------------------------------ sectors in the article's words

AGREEMENT = (
    "Chiều 8/10, tại Hà Nội, Bộ trưởng Bộ Tư pháp Nguyễn Hải Ninh đã hội đàm với Bộ trưởng Tư pháp "
    "Nga Konstantin Chuychenko.\n\n"
    "Bộ trưởng Nguyễn Hải Ninh đề nghị hai bên mở rộng hợp tác bồi dưỡng công chứng viên ở các "
    "trường luật, giảm thủ tục giấy tờ cho công dân.\n\n"
    "Phía Nga sẵn sàng chia sẻ kinh nghiệm về đăng ký hộ tịch, quản lý án treo và xây dựng văn "
    "bản pháp luật.\n\n"
    "Hai bên nhất trí tăng cường hiểu biết lẫn nhau, tăng cường trao đổi kinh nghiệm thi hành án, "
    "phối hợp trong dẫn độ tội phạm về kinh tế; trong đó chú trọng giám định tư pháp, "
    "trao đổi đoàn và gặp gỡ định kỳ."
)


def test_the_fields_an_agreement_names_as_written() -> None:
    m = meetings(AGREEMENT, date(2025, 10, 9))[0]
    for wording in (
        "bồi dưỡng công chứng viên",
        "đăng ký hộ tịch",
        "trao đổi kinh nghiệm thi hành án",
        "dẫn độ tội phạm",
        "giám định tư pháp",
    ):
        assert wording in m.sectors, (wording, m.sectors)
    assert "tư pháp" in m.sectors  # the broad field, from the data
    # no goal, procedure or courtesy is a field
    for noise in ("giảm thủ tục giấy tờ", "hiểu biết lẫn nhau", "trao đổi đoàn", "gặp gỡ định kỳ"):
        assert all(noise not in s for s in m.sectors), (noise, m.sectors)


def test_relief_after_a_disaster_is_a_field() -> None:
    text = (
        "Sáng 20/10, tại trụ sở Bộ Ngoại giao, Thứ trưởng Ngoại giao Đặng Hoàng Giang đã tiếp Đại sứ "
        "Nga Gennady Bezdetko. Thứ trưởng cảm ơn phía Nga đã gửi hàng viện trợ nhân đạo giúp các "
        "tỉnh miền Trung khắc phục hậu quả thiên tai sau lũ lụt."
    )
    m = meetings(text, date(2025, 10, 21))[0]
    assert {"cứu trợ nhân đạo", "phòng chống thiên tai"} <= set(m.sectors)


def test_a_long_sector_list_keeps_the_lead_and_the_article_wording() -> None:
    broad = ["du lịch", "văn hóa", "y tế", "nông nghiệp", "thương mại", "giao thông vận tải"]
    other_names = [
        "du khách",
        "vắc xin",
        "nông sản",
        "thủy sản",
        "đường bay",
        "cảng biển",
        "hàng không",
    ]
    body = "\n\n".join(
        f"Hai bên cũng nhắc tới {f} trong phát biểu." for f in [*broad, *other_names]
    )
    text = (
        "Chiều 6/5, tại Moskva, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga Mikhail "
        "Mishustin về hợp tác dầu khí.\n\n"
        f"{body}\n\n"
        "Hai bên nhất trí mở rộng hợp tác khai thác mỏ than, phối hợp trong đào tạo kỹ sư mỏ."
    )
    m = meetings(text, date(2025, 5, 7))[0]
    assert len(m.sectors) <= 15, m.sectors
    assert m.sectors[0] == "dầu khí"
    assert {"khai thác mỏ than", "đào tạo kỹ sư mỏ", *broad} <= set(m.sectors), m.sectors


def test_the_leadership_of_a_party_is_no_office_holder() -> None:
    text = (
        "Chiều 5/6, tại Moskva, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương Lê Hoài "
        "Trung đã hội kiến Tổng thống Vladimir Putin.\n\n"
        "Trong chuyến công tác, ông Lê Hoài Trung cũng đã tiếp xúc với lãnh đạo Đảng Nước Nga "
        "Thống nhất và một số bộ, ngành của Nga."
    )
    found = meetings(text, date(2024, 6, 6))
    assert all("Dmitry Medvedev" not in {p.name for p in m.participants} for m in found)
