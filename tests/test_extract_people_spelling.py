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


# ------------------------------------------------------------------ old Vietnamese transliterations

KNOWN_TRANSLITERATED = [
    (
        "Chiều 14-3, tại Hà Nội, Chủ tịch Quốc hội Nguyễn Sinh Hùng đã hội đàm với Chủ tịch "
        "Đu-ma Quốc gia Nga Xéc-gây Na-rư-xkin, đang thăm chính thức Việt Nam.",
        date(2014, 3, 15),
        "Sergei Naryshkin",
    ),
    (
        "Sáng 6-4, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Tấn Dũng đã hội đàm với Thủ tướng "
        "Liên bang Nga Đmi-tơ-ri Mét-vê-đi-ép về hợp tác dầu khí, năng lượng.",
        date(2015, 4, 7),
        "Dmitry Medvedev",
    ),
    (
        "MÁT-XCƠ-VA, 25-11 (TTXVN) - Chiều 24-11, Bộ trưởng Ngoại giao Phạm Bình Minh đã gặp "
        "đồng chí X. La-vrốp, Bộ trưởng Ngoại giao Liên bang Nga, tại Mát-xcơ-va.",
        date(2014, 11, 25),
        "Sergei Lavrov",
    ),
]


@pytest.mark.parametrize(("text", "published", "who"), KNOWN_TRANSLITERATED)
def test_a_transliterated_name_is_the_known_person(text: str, published: date, who: str) -> None:
    m = meetings(text, published)[0]
    assert (who, "RU") in names(m)


def test_an_unknown_transliterated_name_is_kept_as_written_with_its_title() -> None:
    text = (
        "Chiều 2-6, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Hoàng Bình Quân đã tiếp đoàn "
        "đại biểu Đảng Nước Nga Thống nhất do đồng chí Ô-lếch Mô-rô-dốp, Phó Chủ tịch Đu-ma "
        "Quốc gia Nga dẫn đầu."
    )
    m = meetings(text, date(2013, 6, 3))[0]
    russian = [p for p in m.participants if p.country == "RU"]
    assert [p.name for p in russian] == ["Ô-lếch Mô-rô-dốp"]
    assert russian[0].title is not None and "Phó Chủ tịch Đu-ma" in russian[0].title
    assert m.date == "2013-06-02"


NOT_MAPPED = [
    # a surname close to no one's: kept as written, no known person
    (
        "Sáng 9-9, tại Hà Nội, Phó Thủ tướng Hoàng Trung Hải đã tiếp ông Xéc-gây Ma-trô-xốp, "
        "Thứ trưởng Năng lượng Liên bang Nga.",
        date(2013, 9, 10),
        "Xéc-gây Ma-trô-xốp",
    ),
    # a known surname with another given name: a namesake, as written
    (
        "Sáng 19-5, tại Hà Nội, Bộ trưởng Công Thương Vũ Huy Hoàng đã tiếp ông An-đrây Lê-vin, "
        "Phó Chủ tịch Phòng Thương mại và Công nghiệp Liên bang Nga.",
        date(2014, 5, 20),
        "An-đrây Lê-vin",
    ),
]


@pytest.mark.parametrize(("text", "published", "who"), NOT_MAPPED)
def test_a_transliterated_namesake_stays_as_written(text: str, published: date, who: str) -> None:
    m = meetings(text, published)[0]
    assert (who, "RU") in names(m)


def test_a_hyphenated_place_after_a_place_word_is_no_person() -> None:
    text = (
        "Chiều 11-10, tại Hà Nội, Phó Chủ tịch nước Nguyễn Thị Doan đã tiếp Thống đốc vùng "
        "Nhi-giơ-ni Nốp-gô-rốt Va-lê-ri San-xép, đang thăm Việt Nam để thúc đẩy hợp tác giữa "
        "các địa phương của Liên bang Nga với Việt Nam."
    )
    m = meetings(text, date(2012, 10, 12))[0]
    assert {p.name for p in m.participants if p.country == "RU"} == {"Va-lê-ri San-xép"}


def test_a_hyphenated_place_alone_after_a_place_word_is_no_one() -> None:
    text = (
        "Sáng 12-10, tại Hà Nội, Bộ trưởng Công Thương Vũ Huy Hoàng đã tiếp đoàn đại biểu vùng "
        "Nhi-giơ-ni Nốp-gô-rốt do Phó Thống đốc vùng Nhi-giơ-ni Nốp-gô-rốt dẫn đầu, bàn về "
        "hợp tác giữa các địa phương của Liên bang Nga với Việt Nam."
    )
    for m in meetings(text, date(2012, 10, 13)):
        assert all("Nốp-gô-rốt" not in p.name for p in m.participants)
