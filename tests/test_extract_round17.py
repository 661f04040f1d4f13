"""Extraction classes from the lead's second round of 4 Dec 2026 (issue 9), on short reports
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import meetings

# ------------- "tại trụ sở Bộ X" without a country is Vietnam's, whoever's title names Russia's

BARE_MINISTRY = [
    (
        "Chiều 5/3, tại trụ sở Bộ Y tế, Bộ trưởng Đào Hồng Lan đã hội đàm với Bộ trưởng Y tế "
        "Liên bang Nga Mikhail Murashko nhân chuyến thăm Việt Nam của Bộ trưởng.",
        date(2024, 3, 6),
    ),
    (
        "Sáng 12/4, tại trụ sở Bộ Công Thương, Bộ trưởng Nguyễn Hồng Diên đã tiếp Bộ trưởng "
        "Công Thương Nga Anton Alikhanov.",
        date(2025, 4, 12),
    ),
]


@pytest.mark.parametrize(("text", "published"), BARE_MINISTRY)
def test_a_bare_ministry_seat_is_hanoi_though_a_russian_title_names_the_ministry(
    text: str, published: date
) -> None:
    assert meetings(text, published)[0].place == "Hà Nội"


def test_a_russian_host_receiving_at_his_ministry_is_in_moscow() -> None:
    text = (
        "Chiều 20/8, tại trụ sở Bộ Quốc phòng, Bộ trưởng Quốc phòng Nga Sergei Shoigu đã tiếp "
        "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam."
    )
    assert meetings(text, date(2022, 8, 21))[0].place == "Moskva"


# ---------------------------- the Youth Union's leaders, and "anh"/"chị" as words of address

YOUTH = [
    (
        "Sáng 14/4, tại điểm cầu Hà Nội, anh Bùi Quang Huy, Bí thư thứ nhất Trung ương Đoàn đã "
        "hội đàm trực tuyến với chị Ksenia Razuvaeva, Cục trưởng Cục Thanh niên Liên bang Nga.",
        {("Bùi Quang Huy", "VN"), ("Ksenia Razuvaeva", "RU")},
    ),
    (
        "Chiều 14/4, tại Hà Nội, Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh Bùi Quang Huy "
        "đã tiếp Cục trưởng Cục Thanh niên Liên bang Nga Grigory Gurov.",
        {("Bùi Quang Huy", "VN"), ("Grigory Gurov", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "who"), YOUTH)
def test_youth_union_leaders_and_their_russian_counterparts(
    text: str, who: set[tuple[str, str]]
) -> None:
    found = meetings(text, date(2023, 4, 14))
    assert found and who <= {(p.name, p.country) for p in found[0].participants}


def test_anh_in_a_name_is_no_word_of_address() -> None:
    text = (
        "Chiều 14/4, tại Hà Nội, Bộ trưởng Bộ Công Thương Trần Tuấn Anh đã tiếp Bộ trưởng Năng "
        "lượng Nga Alexander Novak."
    )
    names = {p.name for p in meetings(text, date(2019, 4, 14))[0].participants}
    assert "Trần Tuấn Anh" in names


# ------------------------------- credentials received are credentials presented, from the host

CREDENTIALS = [
    "Tại Điện Kremlin ngày 3/12, Tổng thống Nga Vladimir Putin đã tiếp nhận quốc thư của Đại sứ "
    "các nước mới được bổ nhiệm, trong đó có Đại sứ Việt Nam Đặng Minh Khôi.",
    "Sáng 3/12, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng nhận Quốc thư của Đại sứ Liên bang "
    "Nga Gennady Bezdetko.",
]


@pytest.mark.parametrize("text", CREDENTIALS)
def test_credentials_received_are_credentials(text: str) -> None:
    assert meetings(text, date(2023, 12, 3))[0].kind == "trình quốc thư"


def test_a_reception_is_still_a_reception() -> None:
    text = "Ngày 3/12, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Năng lượng Nga Sergei Tsivilev."
    assert meetings(text, date(2024, 12, 3))[0].kind == "tiếp"


# ------------------------------- what both sides talked about: "Hai bên trao đổi về A, B và C"

TALKED_ABOUT = [
    (
        "Sáng 18/10, tại Hà Nội, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Tạ Quang Đông đã tiếp "
        "Thứ trưởng Văn hóa Nga Andrei Malyshev. Hai bên trao đổi về việc trao đổi đoàn nghệ "
        "thuật, đào tạo nghệ sĩ và bảo tồn di sản văn hóa.",
        {"trao đổi đoàn nghệ thuật", "bảo tồn di sản văn hóa"},
    ),
    (
        "Chiều 18/10, tại Moskva, Bộ trưởng Giao thông Vận tải Trần Hồng Minh đã hội đàm với Bộ "
        "trưởng Giao thông Nga Andrei Nikitin. Hai Bộ trưởng bàn về vận tải container đường sắt, "
        "đào tạo kỹ sư đường sắt và kết nối cảng biển.",
        {"vận tải container đường sắt", "đào tạo kỹ sư đường sắt"},
    ),
]


@pytest.mark.parametrize(("text", "want"), TALKED_ABOUT)
def test_the_fields_both_sides_talked_about(text: str, want: set[str]) -> None:
    assert want <= set(meetings(text, date(2025, 10, 18))[0].sectors)


def test_international_issues_are_no_field() -> None:
    text = (
        "Sáng 18/10, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Ngoại trưởng "
        "Nga Sergei Lavrov. Hai bên trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm."
    )
    sectors = meetings(text, date(2025, 10, 18))[0].sectors
    assert not any("quốc tế" in s or "vấn đề" in s for s in sectors)
