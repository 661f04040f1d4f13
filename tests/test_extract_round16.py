"""Extraction classes from the lead's round of 4 Dec 2026 (issue 9), on short reports written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.names import is_fathers_name, russian_name
from tests.extracting import meetings, names

# ------------------------------------------- a surname that ends like a patronymic is a surname

ICH_SURNAMES = [
    (
        "Sáng 14/5, tại Hà Nội, Phó Thủ tướng Trịnh Đình Dũng đã tiếp ông Oleg Yaroshevich, Tổng Giám "
        "đốc Tập đoàn Đường sắt Nga, về hợp tác đường sắt.",
        date(2019, 5, 14),
        "Oleg Yaroshevich",
    ),
    (
        "Chiều 2/11, tại Moskva, Bộ trưởng Công Thương Nguyễn Hồng Diên đã làm việc với ông "
        "Pavel Lukashevich, Chủ tịch Hội đồng quản trị Công ty Năng lượng Siberia.",
        date(2023, 11, 3),
        "Pavel Lukashevich",
    ),
]


@pytest.mark.parametrize(("text", "published", "who"), ICH_SURNAMES)
def test_a_surname_ending_in_ich_is_the_persons_surname(
    text: str, published: date, who: str
) -> None:
    m = meetings(text, published)[0]
    assert (who, "RU") in names(m)


def test_a_patronymic_is_built_on_a_given_name() -> None:
    assert is_fathers_name("Sergeyevich") and is_fathers_name("Nikolaevna")
    assert is_fathers_name("Pavlovich") and is_fathers_name("Yurievich")
    assert not is_fathers_name("Babich") and not is_fathers_name("Karankevich")
    # near-misses that must not change: the patronymic between or after the names
    assert russian_name(["Andrei", "Vladimirovich", "Yatskin"]) == "Andrei Yatskin"
    assert russian_name(["Yatskin", "Andrei", "Vladimirovich"]) == "Andrei Yatskin"
    assert russian_name(["Nikolai", "Sergeyevich"]) is None
    assert russian_name(["Viktor", "Viktorovich", "Karankevich"]) == "Viktor Karankevich"


# ------------------------------- "cuộc hội đàm diễn ra <day> tại <place>": the act's own day

HELD_LATER = [
    (
        "Đoàn công tác tỉnh Thanh Hóa do Chủ tịch UBND tỉnh Đỗ Minh Tuấn dẫn đầu đã hội kiến "
        "Thống đốc vùng Tula Alexei Dyumin trong chuyến công tác tại Liên bang Nga.\n"
        "Theo phóng viên TTXVN tại Moskva, cuộc hội kiến diễn ra sáng 12.9 (giờ địa phương) tại "
        "trụ sở chính quyền thành phố Tula.\n"
        "Hai bên nhất trí thúc đẩy hợp tác nông nghiệp và du lịch.",
        date(2019, 9, 13),
        "2019-09-12",
        "Tula",
    ),
    (
        "Bộ trưởng Y tế Đào Hồng Lan đã làm việc với Bộ trưởng Y tế Nga Mikhail Murashko về "
        "hợp tác đào tạo nhân lực y tế.\n"
        "Buổi làm việc được tổ chức chiều 5/4 tại Moskva, trong khuôn khổ chuyến công tác của "
        "đoàn Bộ Y tế Việt Nam.",
        date(2023, 4, 6),
        "2023-04-05",
        "Moskva",
    ),
]


@pytest.mark.parametrize(("text", "published", "day", "place"), HELD_LATER)
def test_the_act_told_as_held_later_gives_its_day_and_place(
    text: str, published: date, day: str, place: str
) -> None:
    m = meetings(text, published)[0]
    assert (m.date, m.place) == (day, place)


def test_another_event_held_later_lends_no_day() -> None:
    text = (
        "Bộ trưởng Y tế Đào Hồng Lan đã làm việc với Bộ trưởng Y tế Nga Mikhail Murashko về "
        "hợp tác đào tạo nhân lực y tế.\n"
        "Hội thảo y tế Việt – Nga diễn ra chiều 5/4 tại Sochi với sự tham gia của 200 đại biểu."
    )
    m = meetings(text, date(2023, 4, 6))[0]
    assert m.date != "2023-04-05" and m.place != "Sochi"
