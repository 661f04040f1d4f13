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


# ------------------------------------------------------------------------- acting for someone

ACTING_FOR = [
    # An envoy carries a letter; the leader who sent him met no one.
    (
        "Chiều 14/8, tại Moskva, Bộ trưởng Bộ Công an Lương Tam Quang đã hội đàm với Thư ký Hội "
        "đồng An ninh Nga Sergei Shoigu.\n\nTại cuộc gặp, ông Shoigu chuyển lời chào của Tổng "
        "thống Putin tới Tổng Bí thư và Chủ tịch nước.\n\nThay mặt Tổng Bí thư, Chủ tịch nước "
        "Tô Lâm, Đặc phái viên Lương Tam Quang đã gặp và chuyển thư tới Chủ tịch Duma Quốc gia "
        "Nga Vyacheslav Volodin.",
        {"Tô Lâm"},
        {"Sergei Shoigu", "Vyacheslav Volodin"},
    ),
    # "Được X ủy nhiệm", "theo ủy quyền của X": X is represented.
    (
        "Ngày 3/4, tại Moskva, Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko đã tiếp Phó "
        "Chủ tịch nước Võ Thị Ánh Xuân.\n\nĐược Chủ tịch nước Lương Cường ủy nhiệm, Phó Chủ tịch "
        "nước đã gặp Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin. Theo ủy quyền của Thủ tướng "
        "Phạm Minh Chính, bà cũng tiếp xúc với Phó Thủ tướng Nga Alexei Overchuk.",
        {"Lương Cường", "Phạm Minh Chính"},
        {"Valentina Matviyenko"},
    ),
    # The Russian side: "thay mặt Tổng thống Putin, ông … trao …", greetings both ways.
    (
        "Chiều 20/6, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp Phó Chủ tịch Hội đồng "
        "An ninh Nga Dmitry Medvedev.\n\nÔng Medvedev chuyển lời chào trân trọng và lời chúc sức "
        "khỏe tốt đẹp nhất của Tổng thống Vladimir Putin tới Tổng Bí thư. Thay mặt Tổng thống "
        "Putin, ông Medvedev đã gặp và trao Huân chương Hữu nghị cho Chủ tịch Quốc hội Trần "
        "Thanh Mẫn.",
        {"Vladimir Putin"},
        {"Dmitry Medvedev"},
    ),
    # The carrier of a greeting is not the subject of the relative clause after it.
    (
        "Chiều 20/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ Nga Gennady "
        "Bezdetko đến chào từ biệt.\n\nĐại sứ chuyển lời chào của Thủ tướng Nga Mikhail "
        "Mishustin, người đã gặp Thủ tướng Phạm Minh Chính tại Kazan, tới các nhà lãnh đạo Việt "
        "Nam.",
        set(),
        {"Gennady Bezdetko"},
    ),
]


@pytest.mark.parametrize(("text", "absent", "met_vn_side"), ACTING_FOR)
def test_someone_acted_for_or_greeted_is_no_participant(
    text: str, absent: set[str], met_vn_side: set[str]
) -> None:
    found = meetings(text)
    assert found
    everyone = {p.name for m in found for p in m.participants}
    assert not everyone & absent
    assert met_vn_side <= everyone
    for m in found:
        assert set(sides(m)) == {"VN", "RU"}, m


def test_a_relative_clause_reports_its_own_subjects_meeting() -> None:
    found = meetings(ACTING_FOR[3][0])
    assert {"Phạm Minh Chính", "Mikhail Mishustin"} in [
        {p.name for p in m.participants} for m in found
    ]
    assert all(
        {p.name for p in m.participants} != {"Phạm Minh Chính", "Gennady Bezdetko"} for m in found
    )


def test_met_and_handed_a_letter_is_a_meeting() -> None:
    found = meetings(
        "Ngày 2/10, tại Moskva, Tổng thống Nga Vladimir Putin đã tiếp Bộ trưởng Bộ Công an Lương "
        "Tam Quang.\n\nĐược Tổng Bí thư Tô Lâm ủy nhiệm, Bộ trưởng Lương Tam Quang cũng đã gặp và "
        "trao thư tới Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin."
    )
    pairs = [{p.name for p in m.participants} for m in found]
    assert {"Lương Tam Quang", "Vyacheslav Volodin"} in pairs
    assert all("Tô Lâm" not in pair for pair in pairs)
