"""People as unseen pages write them (issue 9 §5): a known person's surname misspelt by one
letter, old Vietnamese transliterations of Russian names, and interviews where the speaker
tells his own meeting. Short reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extracting import meetings, names

# ------------------------------------------------------------------ one letter off a known name

TYPOS = [
    # the title is the office he held that day
    (
        "Sáng 12/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng "
        "Ngoại giao Liên bang Nga Sergey Lavorv về hợp tác năng lượng.",
        date(2023, 3, 12),
        "Sergei Lavrov",
    ),
    (
        "Chiều 20/9, tại Moskva, Đại tướng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng "
        "Nga Sergei Shoigy về hợp tác quốc phòng.",
        date(2021, 9, 21),
        "Sergei Shoigu",
    ),
    # no title, but the same article spells him right elsewhere
    (
        "Ngày 4/7, tại Moskva, Phó Thủ tướng Trần Hồng Hà đã làm việc với ông Igor Sechim. "
        "Ông Igor Sechin đánh giá cao hợp tác dầu khí giữa hai nước.",
        date(2024, 7, 5),
        "Igor Sechin",
    ),
]


@pytest.mark.parametrize(("text", "published", "who"), TYPOS)
def test_a_known_name_one_letter_off_is_him(text: str, published: date, who: str) -> None:
    m = meetings(text, published)[0]
    assert (who, "RU") in names(m)


def test_one_misspelt_lead_and_a_right_headline_are_one_meeting() -> None:
    text = (
        "Thủ tướng tiếp Ngoại trưởng Nga Sergei Lavrov\n"
        "Chiều 6/9 (giờ địa phương), tại Vientiane, Lào, Thủ tướng Phạm Minh Chính đã tiếp Bộ "
        "trưởng Ngoại giao Nga Sergei Lavorv.\n"
        "Thủ tướng đề nghị hai bên thúc đẩy hợp tác dầu khí, năng lượng."
    )
    found = meetings(text, date(2024, 10, 7))
    assert len(found) == 1
    assert found[0].date == "2024-09-06" and found[0].place == "Viêng Chăn"
    assert ("Sergei Lavrov", "RU") in names(found[0])


NAMESAKES = [
    # another given name: the son, not the father
    (
        "Ngày 15/6, tại Hà Nội, Bộ trưởng Nông nghiệp Lê Minh Hoan đã tiếp Bộ trưởng Nông "
        "nghiệp Nga Dmitry Patrushov.",
        date(2022, 6, 16),
        "Nikolai Patrushev",
    ),
    # the title is an office he never held
    (
        "Ngày 3/4, tại Hà Nội, Bộ trưởng Y tế Đào Hồng Lan đã tiếp Thứ trưởng Y tế Nga Sergei "
        "Lavrob.",
        date(2024, 4, 4),
        "Sergei Lavrov",
    ),
    # two letters off is another surname
    (
        "Ngày 8/10, tại Moskva, Phó Thủ tướng Lê Minh Khái làm việc với Phó Thủ tướng Nga "
        "Alexander Novikov.",
        date(2023, 10, 9),
        "Alexander Novak",
    ),
]


@pytest.mark.parametrize(("text", "published", "not_him"), NAMESAKES)
def test_a_namesake_is_not_the_known_person(text: str, published: date, not_him: str) -> None:
    found = meetings(text, published)
    assert all(not_him not in {p.name for p in m.participants} for m in found)
