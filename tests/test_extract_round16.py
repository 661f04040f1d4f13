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


# --------------------------------- a photo story: the captions that open with a day report it

PHOTO_STORIES = [
    (
        "Chùm ảnh: Bộ trưởng Quốc phòng tiếp Tùy viên Quốc phòng Nga\n"
        "Thứ Ba, 14-3-2017, 18:20\n"
        "Sáng 14-3, tại trụ sở Bộ Quốc phòng, Đại tướng Ngô Xuân Lịch tiếp Đại sứ Liên bang Nga "
        "Konstantin Vasilievich Vnukov đến chào xã giao. (Ảnh: NGỌC HẢI)\n"
        "Đại tướng Ngô Xuân Lịch cảm ơn Đại sứ Konstantin Vnukov đã góp phần vào chuyến thăm Liên "
        "bang Nga của Chủ tịch nước Trần Đại Quang và cuộc gặp với Tổng thống Putin tại Sochi "
        "tháng 5 năm ngoái.\n"
        "Hai bên chụp ảnh lưu niệm. (Ảnh: NGỌC HẢI)",
        date(2017, 3, 14),
        "2017-03-14",
        {("Ngô Xuân Lịch", "VN"), ("Konstantin Vnukov", "RU")},
    ),
    (
        "Ảnh: Chủ tịch UBND TP Hải Phòng tiếp đoàn tỉnh Kaluga\n"
        "Chiều 9/6, tại trụ sở UBND thành phố, Chủ tịch UBND TP Hải Phòng Nguyễn Văn Tùng tiếp "
        "Thống đốc tỉnh Kaluga Vladislav Shapsha và đoàn công tác. Ảnh: Tuấn Anh\n"
        "Chủ tịch Nguyễn Văn Tùng đánh giá cao vai trò của Thống đốc Vladislav Shapsha trong chuyến "
        "thăm tỉnh Kaluga của Phó Thủ tướng Lê Văn Thành tháng 3 vừa qua.\n"
        "Đại diện hai bên trao quà lưu niệm. Ảnh: Tuấn Anh",
        date(2022, 6, 10),
        "2022-06-09",
        {("Nguyễn Văn Tùng", "VN"), ("Vladislav Shapsha", "RU")},
    ),
]


@pytest.mark.parametrize(("text", "published", "day", "who"), PHOTO_STORIES)
def test_a_photo_storys_caption_with_its_day_is_the_report(
    text: str, published: date, day: str, who: set[tuple[str, str]]
) -> None:
    m = meetings(text, published)[0]
    assert m.date == day and who <= names(m)


def test_a_caption_repeating_the_lead_adds_no_meeting() -> None:
    text = (
        "Thủ tướng tiếp Đại sứ Nga\n"
        "Chiều 12/6, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Liên bang Nga "
        "Konstantin Vnukov nhân dịp Quốc khánh Nga.\n"
        "Chiều 12/6, tại trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc tiếp Đại sứ Konstantin "
        "Vnukov. Ảnh: VGP/Quang Hiếu\n"
        "Hai bên trao đổi về hợp tác năng lượng và thương mại."
    )
    found = meetings(text, date(2019, 6, 12))
    assert len(found) == 1 and found[0].date == "2019-06-12"


# ------------------ "Tiếp nối cuộc gặp tại Moskva tháng 4/2019, …": the earlier act's place and verb

COUNTED_FROM = [
    (
        "Tiếp nối cuộc gặp tại Sochi tháng 5/2018, sáng 12/10, Bộ trưởng Bộ Quốc phòng Phan Văn "
        "Giang đã hội đàm trực tuyến với Bộ trưởng Quốc phòng Nga Sergei Shoigu.",
        date(2021, 10, 12),
        ("2021-10-12", None, "hội đàm"),
    ),
    (
        "Sau lần gặp giữa đoàn Đà Nẵng và lãnh đạo vùng Primorye tại Diễn đàn Kinh tế phương Đông ở "
        "Vladivostok hồi tháng 9-2023, ông Lê Trung Chinh, chủ tịch UBND TP Đà Nẵng, chiều 14-3 tiếp "
        "ông Oleg Kozhemyako, thống đốc vùng Primorye, tại trụ sở UBND thành phố Đà Nẵng.",
        date(2024, 3, 14),
        ("2024-03-14", "Đà Nẵng", "tiếp"),
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), COUNTED_FROM)
def test_the_act_counted_from_lends_no_place_or_verb(
    text: str, published: date, want: tuple[str, str | None, str]
) -> None:
    m = meetings(text, published)[0]
    assert (m.date, m.place, m.kind) == want


def test_a_place_after_the_earlier_acts_clause_is_the_acts_own() -> None:
    text = (
        "Sau cuộc hội đàm, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng tiếp Chủ tịch Hạ viện "
        "Nga Vyacheslav Volodin trong ngày 11/9."
    )
    assert meetings(text, date(2023, 9, 11))[0].place == "Hà Nội"


# ------------------------------------------- social security and vocational training are fields

SOCIAL_FIELDS = [
    (
        "Chiều 3/6, tại Hà Nội, Bộ trưởng Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung đã hội "
        "đàm với Bộ trưởng Lao động và Bảo trợ xã hội Nga Anton Kotyakov. Hai bên nhất trí tăng "
        "cường hợp tác trong lĩnh vực an sinh xã hội, bảo hiểm xã hội và dạy nghề.",
        {"lao động", "an sinh xã hội", "dạy nghề"},
    ),
    (
        "Sáng 3/6, tại Moskva, Thứ trưởng Lê Văn Thanh đã làm việc với Thứ trưởng Lao động Nga "
        "Andrei Pudov. Thứ trưởng đề nghị phía Nga chia sẻ kinh nghiệm về an sinh xã hội và giáo "
        "dục nghề nghiệp.",
        {"lao động", "giáo dục - đào tạo"},
    ),
]


@pytest.mark.parametrize(("text", "want"), SOCIAL_FIELDS)
def test_social_security_and_vocational_training_are_fields(text: str, want: set[str]) -> None:
    m = meetings(text, date(2022, 6, 4))[0]
    assert want <= set(m.sectors)


def test_deposit_insurance_is_no_social_security() -> None:
    text = (
        "Chiều 3/6, tại Hà Nội, Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng đã tiếp Thống đốc "
        "Ngân hàng Trung ương Nga Elvira Nabiullina. Hai bên trao đổi về bảo hiểm tiền gửi."
    )
    assert "lao động" not in meetings(text, date(2022, 6, 4))[0].sectors


# -------------- background first, then today's act of the same two with one of them named

CONTINUED = [
    (
        "Tháng 9/2018, tại Vladivostok, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nga Dmitry "
        "Medvedev đã hội đàm bên lề Diễn đàn Kinh tế phương Đông. Hơn một năm sau, hai Thủ tướng "
        "trao đổi qua điện thoại.\n"
        "Trong cuộc điện đàm chiều qua, Thủ tướng Nguyễn Xuân Phúc đề nghị đẩy nhanh các dự án "
        "dầu khí.\n"
        "Thủ tướng Dmitry Medvedev khẳng định Nga coi trọng quan hệ với Việt Nam.",
        date(2019, 12, 11),
        ("2019-12-10", "điện đàm", {("Nguyễn Xuân Phúc", "VN"), ("Dmitry Medvedev", "RU")}),
    ),
    (
        "Năm 2022, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Nga Sergei Lavrov đã gặp "
        "nhau tại Phnom Penh.\n"
        "Tại cuộc hội đàm trực tuyến sáng nay, Bộ trưởng Bùi Thanh Sơn nhấn mạnh hợp tác giáo "
        "dục.\n"
        "Ngoại trưởng Sergei Lavrov cảm ơn Việt Nam.",
        date(2023, 5, 16),
        ("2023-05-16", "hội đàm", {("Bùi Thanh Sơn", "VN"), ("Sergei Lavrov", "RU")}),
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), CONTINUED)
def test_todays_act_after_the_background_is_the_lead(
    text: str, published: date, want: tuple[str, str, set[tuple[str, str]]]
) -> None:
    m = meetings(text, published)[0]
    assert (m.date, m.kind) == want[:2] and want[2] <= names(m)


def test_a_later_act_without_the_other_principal_is_no_lead() -> None:
    text = (
        "Năm 2022, Bộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Nga Sergei Lavrov đã gặp "
        "nhau tại Phnom Penh.\n"
        "Tại cuộc họp báo sáng nay, Bộ trưởng Bùi Thanh Sơn nhấn mạnh hợp tác giáo dục.\n"
        "Phóng viên nhiều hãng tin quốc tế dự họp báo."
    )
    m = meetings(text, date(2023, 5, 16))
    assert not m or m[0].date != "2023-05-16"


def test_a_dated_caption_of_an_ordinary_report_stays_a_caption() -> None:
    text = (
        "Chủ tịch nước hội đàm với Tổng thống Nga\n"
        "30/11/2021, 21:40\n"
        "Chiều 29/11, Chủ tịch nước Nguyễn Xuân Phúc cùng đoàn đại biểu cấp cao Việt Nam đến thủ "
        "đô Moskva, bắt đầu chuyến thăm chính thức Liên bang Nga. (Ảnh: TTXVN)\n"
        "Chiều 30/11, tại Điện Kremlin, Chủ tịch nước Nguyễn Xuân Phúc đã hội đàm với Tổng thống "
        "Nga Vladimir Putin."
    )
    m = meetings(text, date(2021, 11, 30))[0]
    assert m.kind == "hội đàm" and ("Vladimir Putin", "RU") in names(m)
