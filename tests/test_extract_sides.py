"""Who is on which side (issue 9, round 3): a third country's leader is never on the
Vietnamese or the Russian side, and someone a sentence only acts for ("thay mặt", "Đặc phái
viên của", "chuyển thư của") met no one. Short reports written for these tests, names,
offices, countries and order varied."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.extract import extract_meetings
from store.language.models import Article, Meeting

TODAY = date(2026, 11, 24)


def meetings(text: str, published: date = date(2025, 6, 30)) -> list[Meeting]:
    return extract_meetings(Article(text=text, source="t.txt", published=published), today=TODAY)


def sides(m: Meeting) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in m.participants:
        out.setdefault(p.country or "?", set()).add(p.name)
    return out


# ------------------------------------------------------------------ third-country participants

THIRD_COUNTRY = [
    # Russia's leader meets a third country's at a forum a Vietnamese delegation attends.
    "Tổng thống Putin hội đàm với Thủ tướng Malaysia bên lề diễn đàn\n\n"
    "VLADIVOSTOK - Chiều 4/9, bên lề Diễn đàn Kinh tế Phương Đông, Tổng thống Nga Vladimir "
    "Putin đã hội đàm với Thủ tướng Malaysia Anwar Ibrahim.\n\n"
    "Diễn đàn có sự tham gia của đoàn đại biểu Việt Nam do Phó Thủ tướng Trần Hồng Hà dẫn "
    "đầu.",
    # The apposition names the country; a Vietnamese leader is in the city on other business.
    "Chiều 22/10, Tổng thống Nga Vladimir Putin đã tiếp ông Narendra Modi, Thủ tướng Ấn Độ, "
    "bên lề Hội nghị thượng đỉnh BRICS.\n\nTrước đó, Thủ tướng Phạm Minh Chính đã đến Kazan "
    "dự hội nghị.",
    # A Russian Prime Minister and a Lao one; the Vietnamese ambassador only attends.
    "Sáng 18/3 tại Moskva, Thủ tướng Nga Mikhail Mishustin đã hội đàm với Thủ tướng Lào "
    "Sonexay Siphandone đang thăm chính thức Liên bang Nga.\n\nTham dự lễ đón có Đại sứ Việt "
    "Nam tại Nga Đặng Minh Khôi.",
    # A parliament speaker of a third country: the title is that country's, not Vietnam's.
    "Ngày 10/6, tại Moskva, Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin đã hội đàm với "
    "Chủ tịch Quốc hội Lào Saysomphone Phomvihane.",
    # A minister of a third country in Hà Nội, the state written in full.
    "Sáng 2/12 tại Hà Nội, Bộ trưởng Quốc phòng nước Cộng hòa Indonesia Sjafrie Sjamsoeddin "
    "đã hội đàm với Bộ trưởng Quốc phòng Phan Văn Giang.",
    # A foreign ministers' meeting at a conference whose name holds a Vietnamese title.
    "Ngày 26/7, tại Vientiane, Bộ trưởng Ngoại giao Nga Sergei Lavrov đã gặp Ngoại trưởng Ấn "
    "Độ Subrahmanyam Jaishankar bên lề Hội nghị Bộ trưởng Ngoại giao ASEAN.",
    # The third country's leader named by title alone: no Vietnamese office holder for it.
    "Tổng thống Putin tiếp Thủ tướng Thái Lan tại Điện Kremlin ngày 14/5.",
]


@pytest.mark.parametrize("text", THIRD_COUNTRY)
def test_a_third_country_leader_makes_no_vietnam_russia_meeting(text: str) -> None:
    assert meetings(text) == []


def test_a_third_country_leader_stays_off_both_sides_of_a_real_meeting() -> None:
    found = meetings(
        "Tối 15/11, tại Lima, bên lề Hội nghị cấp cao APEC, Chủ tịch nước Lương Cường đã hội "
        "kiến Tổng thống Nga Vladimir Putin.\n\nCùng ngày, Tổng thống Putin cũng đã hội đàm "
        "với Chủ tịch Trung Quốc Tập Cận Bình; Chủ tịch nước Lương Cường đã gặp Thủ tướng "
        "Singapore Lawrence Wong."
    )
    assert len(found) == 1
    assert sides(found[0]) == {"VN": {"Lương Cường"}, "RU": {"Vladimir Putin"}}


def test_a_title_naming_russia_puts_its_holder_on_the_russian_side() -> None:
    found = meetings(
        "Chiều 9/4 tại Hà Nội, Bộ trưởng Công an Lương Tam Quang đã hội đàm với Bộ trưởng "
        "Công an Nga Sergei Volkonsky về phòng, chống tội phạm."
    )
    assert found and sides(found[0]) == {"VN": {"Lương Tam Quang"}, "RU": {"Sergei Volkonsky"}}
