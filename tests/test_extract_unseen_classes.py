"""Extraction classes met on an unseen judge set (issue 9), on reports written for these tests:
the lead after a recalled earlier meeting, and a national body's seat that a principal's own
title names. Each class has two differently worded cases and a near-miss that keeps its reading."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings, names

FSB_AT_THE_MINISTRY = """Chiều 14/5, tại trụ sở Bộ Công an, Giám đốc Cơ quan An ninh Liên bang Nga (FSB) Alexander Bortnikov đã hội đàm với Bộ trưởng Bộ Công an Tô Lâm. Hai bên trao đổi về hợp tác phòng chống khủng bố và tội phạm công nghệ cao.
"""

SVR_AT_THE_MINISTRY = """Sáng 9/11, Giám đốc Cơ quan Tình báo đối ngoại Nga Sergei Naryshkin đã có cuộc hội đàm với Thứ trưởng Bộ Công an Lương Tam Quang tại trụ sở Bộ Công an. Hai bên nhất trí đẩy mạnh hợp tác an ninh, trao đổi thông tin.
"""

FSB_IN_MOSKVA = """Ngày 20/3, tại Moskva, Giám đốc Cơ quan An ninh Liên bang Nga Alexander Bortnikov đã hội đàm với Bộ trưởng Bộ Công an Tô Lâm. Hai bên trao đổi về hợp tác phòng chống khủng bố.
"""

MINISTER_HOSTS_AT_HIS_MINISTRY = """Chiều 22/4, tại trụ sở Bộ Quốc phòng, Bộ trưởng Quốc phòng Nga Sergei Shoigu đã tiếp Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đang thăm chính thức Liên bang Nga. Hai bên trao đổi về hợp tác kỹ thuật quân sự.
"""


# ------------------------------------------ a national seat whose host is named second


def test_the_ministry_a_vietnamese_title_names_stands_in_hanoi() -> None:
    for text, day in (
        (FSB_AT_THE_MINISTRY, date(2019, 6, 1)),
        (SVR_AT_THE_MINISTRY, date(2019, 11, 10)),
    ):
        m = meetings(text, day)[0]
        assert m.place == "Hà Nội"
        assert {c for _, c in names(m)} == {"VN", "RU"}


def test_a_named_city_and_a_russian_host_at_his_own_ministry_keep_moskva() -> None:
    assert meetings(FSB_IN_MOSKVA, date(2019, 6, 1))[0].place == "Moskva"
    assert meetings(MINISTER_HOSTS_AT_HIS_MINISTRY, date(2022, 6, 1))[0].place == "Moskva"
