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


# ------------------------------------------------------------------ interviews told in the first person

INTERVIEWS = [
    (
        "Hợp tác đào tạo với Nga có nhiều triển vọng\n"
        "Nhân dịp đầu năm mới, phóng viên đã phỏng vấn ông Trịnh Quốc Bảo, Hiệu trưởng Trường "
        "Đại học Mỏ - Địa chất.\n"
        "- PV: Xin ông cho biết những hoạt động nổi bật của nhà trường thời gian qua?\n"
        "- Ông Trịnh Quốc Bảo: Sáng 15/1, tại Moskva, tôi đã có cuộc gặp với Bộ trưởng Khoa "
        "học và Giáo dục đại học Nga Valery Falkov. Hai bên trao đổi về học bổng và đào tạo "
        "nguồn nhân lực.\n"
        "- PV: Còn kế hoạch năm nay thì sao, thưa ông?\n",
        date(2025, 1, 20),
        {("Trịnh Quốc Bảo", "VN"), ("Valery Falkov", "RU")},
        "2025-01-15",
    ),
    (
        "Vietsovpetro mở rộng hợp tác với đối tác Nga\n"
        "Tạp chí đã trao đổi với bà Lê Thị Thu Hà, Phó Tổng giám đốc Vietsovpetro, về chuyến "
        "công tác tại Nga.\n"
        "– PV: Thưa bà, chuyến công tác vừa qua có kết quả gì?\n"
        "– Bà Lê Thị Thu Hà: Chiều 3/9, tại Kazan, tôi cùng ông Rustam Minnikhanov, Người đứng "
        "đầu Cộng hòa Tatarstan, đã có buổi làm việc về hợp tác dầu khí và hóa dầu.\n",
        date(2024, 9, 10),
        {("Lê Thị Thu Hà", "VN"), ("Rustam Minnikhanov", "RU")},
        "2024-09-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "who", "day"), INTERVIEWS)
def test_the_speaker_of_an_answer_is_the_one_who_met(
    text: str, published: date, who: set[tuple[str, str]], day: str
) -> None:
    m = meetings(text, published)[0]
    assert names(m) == who and m.date == day
    # the speaker keeps the title the page gives him when it introduces him
    speaker = next(p for p in m.participants if p.country == "VN")
    assert speaker.title is not None and speaker.title.split()[0] in {"Hiệu", "Phó"}


NOT_THE_SPEAKER = [
    # "chúng tôi" is his side, not him
    "Tạp chí đã trao đổi với ông Phạm Văn Nam, Tổng giám đốc công ty.\n"
    "- PV: Thưa ông, hai bên đã làm những gì?\n"
    "- Ông Phạm Văn Nam: Chiều 5/5, tại Moskva, chúng tôi đã có buổi làm việc với Tập đoàn "
    "Rosatom về đào tạo nhân lực.\n",
    # an unlabelled "tôi" in a quotation names no speaker
    "Chiều 5/5, tại Moskva, một chuyên gia cho biết: tôi và ông Alexei Likhachev đã có buổi "
    "làm việc về đào tạo nhân lực hạt nhân.\n",
]


@pytest.mark.parametrize("text", NOT_THE_SPEAKER)
def test_no_speaker_without_a_labelled_first_person(text: str) -> None:
    assert meetings(text, date(2024, 5, 10)) == []


# ------------------------------------------------------------------ an earlier act the lead counts from

AFTER_AN_EARLIER_ACT = [
    (
        "MOSKVA, 20/6 (TTXVN) - Sau cuộc gặp với Bộ trưởng Ngoại giao Nga Sergei Lavrov ngày "
        "18/6, sáng 19/6, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã hội kiến Thủ "
        "tướng Nga Dmitry Medvedev.",
        date(2014, 6, 20),
        "2014-06-19",
        {"Phạm Bình Minh", "Dmitry Medvedev"},
    ),
    (
        "Sau buổi làm việc với Tổng Giám đốc Rosatom Alexei Likhachev hôm 3/4, ngày 4/4, tại "
        "Moskva, Phó Thủ tướng Trần Hồng Hà đã hội đàm với Phó Thủ tướng Nga Dmitry "
        "Chernyshenko về hợp tác năng lượng.",
        date(2024, 4, 5),
        "2024-04-04",
        {"Trần Hồng Hà", "Dmitry Chernyshenko"},
    ),
    # near miss: "sau hội đàm" before a signing — the talks stay the act
    (
        "Chiều 14/1, tại Hà Nội, sau hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Nga Mikhail "
        "Mishustin đã chứng kiến lễ ký kết các văn kiện hợp tác.",
        date(2025, 1, 15),
        "2025-01-14",
        {"Phạm Minh Chính", "Mikhail Mishustin"},
    ),
]


@pytest.mark.parametrize(("text", "published", "day", "who"), AFTER_AN_EARLIER_ACT)
def test_the_act_reported_not_the_one_it_comes_after(
    text: str, published: date, day: str, who: set[str]
) -> None:
    m = meetings(text, published)[0]
    assert m.date == day and {p.name for p in m.participants} == who


# ------------------------------------------------------------------ natural gas and gas-fired power

GAS = [
    "Chiều 10/5, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp ông Alexei Miller, Chủ tịch "
    "Ban điều hành Gazprom. Hai bên trao đổi về cung cấp khí thiên nhiên cho Việt Nam.",
    "Chiều 10/5, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp ông Alexei Miller, Chủ tịch "
    "Ban điều hành Gazprom. Gazprom quan tâm tới các dự án nhiệt điện khí tại miền Nam.",
]


@pytest.mark.parametrize("text", GAS)
def test_natural_gas_and_gas_power_are_oil_and_gas(text: str) -> None:
    m = meetings(text, date(2024, 5, 11))[0]
    assert "dầu khí" in m.sectors


def test_electrification_is_no_gas() -> None:
    text = (
        "Chiều 10/5, tại Hà Nội, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Giao thông Nga "
        "Roman Starovoit. Hai bên trao đổi về điện khí hóa đường sắt."
    )
    m = meetings(text, date(2024, 5, 11))[0]
    assert "dầu khí" not in m.sectors


BARE_TYPOS = [
    (
        "Chiều 9/7, tại Jakarta, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Ngoại trưởng Nga "
        "Lavrop bên lề hội nghị.",
        date(2023, 7, 10),
        "Sergei Lavrov",
    ),
    (
        "Sáng 22/11, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bộ trưởng Quốc phòng Nga "
        "Shoigo đang thăm chính thức Việt Nam.",
        date(2016, 11, 23),
        "Sergei Shoigu",
    ),
]


@pytest.mark.parametrize(("text", "published", "who"), BARE_TYPOS)
def test_a_bare_surname_one_letter_off_the_title_holder_is_him(
    text: str, published: date, who: str
) -> None:
    m = meetings(text, published)[0]
    assert (who, "RU") in names(m)


def test_a_bare_surname_one_letter_off_someone_of_another_office_stays_as_written() -> None:
    text = (
        "Chiều 9/7, tại Hà Nội, Thứ trưởng Ngoại giao Hà Kim Ngọc đã tiếp Thứ trưởng Ngoại giao "
        "Nga Lavrop."
    )
    m = meetings(text, date(2023, 7, 10))[0]
    assert "Sergei Lavrov" not in {p.name for p in m.participants}
