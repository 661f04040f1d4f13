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
