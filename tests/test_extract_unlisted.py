"""Offices, names and cities an earlier version did not read: heads of state audit,
inspection and general departments, family names that also start an organisation
("Đoàn"), provincial cities with compound names; on short reports written for these tests."""

from __future__ import annotations

import pytest

from tests.extracting import meetings, names

REPORTS = [
    (
        "Hợp tác kiểm toán Việt – Nga\n\nSáng 9/10/2019, tại Hà Nội, Tổng Kiểm toán Nhà nước Hồ Đức"
        " Phớc đã hội đàm với ông Alexei Kudrin, Chủ tịch Phòng Kiểm toán Liên bang Nga.",
        {("Hồ Đức Phớc", "VN"), ("Alexei Kudrin", "RU")},
        "Tổng Kiểm toán Nhà nước",
    ),
    (
        "Tin đối ngoại\n\nChiều 2/6/2022, tại Moskva, Chủ tịch Phòng Kiểm toán Liên bang Nga Boris"
        " Kovalchuk đã tiếp Phó Tổng Kiểm toán Nhà nước Đặng Thế Vinh.",
        {("Đặng Thế Vinh", "VN"), ("Boris Kovalchuk", "RU")},
        "Phó Tổng Kiểm toán Nhà nước",
    ),
    (
        "Tin đối ngoại\n\nSáng 14/5/2021, tại Hà Nội, Tổng Thanh tra Chính phủ Đoàn Hồng Phong đã"
        " hội đàm với ông Igor Krasnov, Tổng Công tố Liên bang Nga.",
        {("Đoàn Hồng Phong", "VN"), ("Igor Krasnov", "RU")},
        "Tổng Thanh tra Chính phủ",
    ),
    (
        "Hải quan hai nước\n\nNgày 20/3/2018, tại Hà Nội, Tổng cục trưởng Tổng cục Hải quan Nguyễn"
        " Văn Cẩn đã làm việc với ông Vladimir Bulavin, Người đứng đầu Cơ quan Hải quan Liên bang Nga.",
        {("Nguyễn Văn Cẩn", "VN"), ("Vladimir Bulavin", "RU")},
        "Tổng cục trưởng Tổng cục Hải quan",
    ),
    (
        "Tin ngoại giao\n\nChiều 11/9/2020, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Đoàn Thị Minh"
        " Châu đã tiếp ông Pavel Sorokin, Phó Giám đốc Cục châu Á, Bộ Ngoại giao Nga.",
        {("Đoàn Thị Minh Châu", "VN"), ("Pavel Sorokin", "RU")},
        "Thứ trưởng Bộ Ngoại giao",
    ),
]


@pytest.mark.parametrize("text,who,vn_title", REPORTS, ids=[r[2] for r in REPORTS])
def test_heads_of_state_bodies_meet_by_their_titles(
    text: str, who: set[tuple[str, str]], vn_title: str
) -> None:
    found = meetings(text)
    assert found, "no meeting"
    assert names(found[0]) == who
    vn = next(p for p in found[0].participants if p.country == "VN")
    assert vn.title == vn_title


def test_an_organisation_that_starts_with_a_family_name_is_no_person() -> None:
    text = (
        "Giao lưu thanh niên\n\nSáng 5/7/2023, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp đoàn"
        " đại biểu Đoàn Thanh niên Nga do ông Grigory Gurov dẫn đầu."
    )
    for m in meetings(text):
        assert all(not p.name.startswith("Đoàn") for p in m.participants)


@pytest.mark.parametrize(
    "venue,city",
    [
        ("tại TP. Phan Rang - Tháp Chàm", "Phan Rang - Tháp Chàm"),
        ("tại thành phố Quy Nhơn", "Quy Nhơn"),
        ("tại phố cổ Hội An", "Hội An"),
        ("tại TP Buôn Ma Thuột", "Buôn Ma Thuột"),
    ],
)
def test_provincial_cities_are_named_whole(venue: str, city: str) -> None:
    text = (
        f"Tin địa phương\n\nChiều 12/3/2024, {venue}, Chủ tịch UBND tỉnh Trần Văn Lâm đã tiếp"
        " ông Kirill Popov, Phó Tổng Giám đốc Tập đoàn Rosatom, về hợp tác năng lượng."
    )
    found = meetings(text)
    assert found and found[0].place == city
