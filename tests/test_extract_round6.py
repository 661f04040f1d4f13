"""Classes that gave no meeting, a wrong name, place or date on unseen articles (issue 9,
round 6), on short reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.models import Meeting
from tests import extracting
from tests.extracting import names


def meetings(text: str, published: date | None = None) -> list[Meeting]:
    return extracting.meetings(text, published)


def lead(text: str, published: date | None = None) -> Meeting:
    found = meetings(text, published)
    assert found, "no meeting"
    return found[0]


# ------------------------------------- a year-less day resolved from the publication date

YEARLESS = [
    (
        " date 2014-05-21 \nTrưởng Ban Đối ngoại Trung ương tiếp đoàn Đảng Nước Nga Thống nhất\n"
        "Chiều 20/5, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Hoàng Văn Minh đã tiếp ông Pavel "
        "Kozlov, Phó Chủ tịch Duma Quốc gia Nga.",
        date(2014, 5, 21),
        "2014-05-20",
    ),
    (
        "Phó Thủ tướng làm việc với đoàn đại biểu Đảng Nước Nga Thống nhất\n"
        "Sáng 3/11, Phó Thủ tướng Trịnh Văn Đông đã làm việc với ông Anton Belov, Phó Chủ tịch "
        "Duma Quốc gia Nga, tại trụ sở Chính phủ.",
        date(2017, 11, 4),
        "2017-11-03",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), YEARLESS)
def test_a_headline_ending_in_a_holiday_word_leaves_the_leads_day(
    text: str, published: date, day: str
) -> None:
    assert lead(text, published).date == day


def test_a_holiday_in_the_dates_own_sentence_is_still_no_meeting_day() -> None:
    m = lead(
        "Nhân dịp kỷ niệm ngày Thống nhất 30/4, sáng 2/5, tại Hà Nội, Thủ tướng Phạm Minh Chính "
        "đã tiếp Đại sứ Nga Gennady Bezdetko.",
        date(2025, 5, 2),
    )
    assert m.date == "2025-05-02"


# ------------------------------------------ both sides unknown to the people data (class 1)

UNLISTED_PAIRS = [
    (  # a party office before a Vietnamese name
        "Thường trực Ban Bí thư tiếp đoàn Đảng Cộng sản Nga\nChiều 14/12/2017, tại Hà Nội, "
        "Thường trực Ban Bí thư Trần Văn Khải đã tiếp ông Yuri Afonin, Phó Chủ tịch thứ nhất "
        "Đảng Cộng sản Liên bang Nga.",
        ("Trần Văn Khải", "VN"),
        ("Yuri Afonin", "RU"),
    ),
    (  # "đồng chí X, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư", a guest "đang thăm"
        "Tiếp đoàn đại biểu Đảng Cộng sản Nga\nSáng 9/6/2015, tại trụ sở Trung ương Đảng, đồng "
        "chí Lê Quang Thiện, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã tiếp ông Vladimir "
        "Kashin, Phó Chủ tịch Đảng Cộng sản Liên bang Nga, đang thăm Việt Nam.",
        ("Lê Quang Thiện", "VN"),
        ("Vladimir Kashin", "RU"),
    ),
    (  # an ambassador and a governor of a region the place data lacks
        "Đại sứ làm việc với lãnh đạo tỉnh Tver\nNgày 17/5/2019, tại thành phố Tver, Đại sứ Việt "
        "Nam tại Liên bang Nga Phạm Đức Trung đã làm việc với Thống đốc tỉnh Tver Igor "
        "Mikhailovich Rudenya.",
        ("Phạm Đức Trung", "VN"),
        ("Igor Rudenya", "RU"),
    ),
    (  # an academic honorific before the guest, the title after him
        "Phó Chủ tịch nước tiếp Chủ tịch Viện Hàn lâm Khoa học Nga\nSáng 6/11/2019, tại Phủ Chủ "
        "tịch, Phó Chủ tịch nước Nguyễn Thị Hoa đã tiếp Viện sĩ Pavel Orlov, Chủ tịch Viện Hàn "
        "lâm Khoa học Nga.",
        ("Nguyễn Thị Hoa", "VN"),
        ("Pavel Orlov", "RU"),
    ),
    (  # on behalf of the President, "tiếp và trao Huân chương … cho Giáo sư X"
        "Trao Huân chương Hữu nghị cho nhà khoa học Nga\nChiều 2/3/2021, tại Hà Nội, thay mặt "
        "Chủ tịch nước, Phó Chủ tịch nước Nguyễn Thị Hoa đã tiếp và trao Huân chương Hữu nghị cho "
        "Giáo sư Anatoly Sokolov, Viện trưởng Viện Nghiên cứu Đông phương Nga.",
        ("Nguyễn Thị Hoa", "VN"),
        ("Anatoly Sokolov", "RU"),
    ),
    (  # a delegation led by a committee chair: the leader is the participant
        "Ủy ban Kinh tế của Quốc hội làm việc tại Duma\nNgày 21/9/2023, tại Moskva, đoàn đại "
        "biểu Ủy ban Kinh tế của Quốc hội Việt Nam do Chủ nhiệm Ủy ban Đặng Văn Lực dẫn đầu đã làm "
        "việc với ông Mikhail Matveyev, Chủ tịch Ủy ban Kinh tế Duma Quốc gia Nga.",
        ("Đặng Văn Lực", "VN"),
        ("Mikhail Matveyev", "RU"),
    ),
    (  # a general's rank before the guest, his offices after
        "Bộ trưởng Quốc phòng tiếp đoàn quân sự Nga\nNgày 19/10/2018, tại Hà Nội, Đại tướng Ngô "
        "Xuân Lịch, Bộ trưởng Bộ Quốc phòng đã tiếp Thượng tướng Oleg Salyukov, Tổng Tư lệnh Lục "
        "quân Nga.",
        ("Ngô Xuân Lịch", "VN"),
        ("Oleg Salyukov", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), UNLISTED_PAIRS)
def test_officials_nobody_listed_still_meet(
    text: str, host: tuple[str, str], guest: tuple[str, str]
) -> None:
    m = lead(text)
    assert names(m) == {host, guest}
    assert m.date is not None


def test_a_vietnamese_name_in_the_lead_lends_no_country_to_the_guest() -> None:
    # "Đức" in a Vietnamese name is no Germany; the governor's Russian name and region count.
    m = lead(
        "Tổng Lãnh sự làm việc với Thống đốc tỉnh Novgorod\nNgày 2/8/2022, tại Veliky Novgorod, "
        "Tổng Lãnh sự Việt Nam tại Saint Petersburg Hoàng Đức Nam đã làm việc với Thống đốc tỉnh "
        "Novgorod Andrei Nikitin."
    )
    assert ("Andrei Nikitin", "RU") in names(m)


def test_the_guests_title_written_after_the_name_is_kept() -> None:
    m = lead(
        "Phó Chủ tịch nước tiếp Viện sĩ Nga\nSáng 6/11/2019, tại Hà Nội, Phó Chủ tịch nước Nguyễn "
        "Thị Hoa đã tiếp Viện sĩ Pavel Orlov, Chủ tịch Viện Hàn lâm Khoa học Nga."
    )
    titles = {p.name: p.title for p in m.participants}
    assert titles["Pavel Orlov"] == "Chủ tịch Viện Hàn lâm Khoa học Nga"


# A known leader titled with an office the people data does not list for them: their listed
# terms neither date the meeting nor replace the title the article gives.
UNLISTED_OFFICE = [
    "Thường trực Ban Bí thư tiếp đoàn Nga\nNgày 10/5, Thường trực Ban Bí thư Võ Văn Thưởng đã "
    "tiếp ông Pavel Kozlov, Phó Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga.",
    "Trưởng Ban Tuyên giáo tiếp đoàn Nga\nChiều 22/8, Trưởng Ban Tuyên giáo Trung ương Võ Văn "
    "Thưởng đã tiếp ông Pavel Kozlov, Phó Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga.",
]


@pytest.mark.parametrize("text", UNLISTED_OFFICE)
def test_an_office_the_data_lacks_neither_dates_nor_retitles(text: str) -> None:
    m = lead(text)
    assert ("Võ Văn Thưởng", "VN") in names(m)
    assert m.date is None  # no year written, no publication date: none guessed
    titles = {p.name: p.title for p in m.participants}
    assert titles["Võ Văn Thưởng"] != "Chủ tịch nước"


def test_an_office_the_data_lacks_takes_the_publication_year() -> None:
    m = lead(UNLISTED_OFFICE[0], date(2022, 5, 11))
    assert m.date == "2022-05-10"
    assert ("Võ Văn Thưởng", "VN") in names(m)


# ---------------------------------------------- a named person beats an office's holder (4)

APPOSED = [
    (
        "Tăng cường hợp tác quốc phòng\nNgày 3/4/2019, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ "
        "trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Đại tướng Oleg Vasilyevich Romanenko, Tổng "
        "Tham mưu trưởng Lực lượng vũ trang Liên bang Nga, Thứ trưởng thứ nhất Bộ Quốc phòng Nga.",
        "Oleg Romanenko",
        "Tổng Tham mưu trưởng",
    ),
    (
        "Bộ trưởng Công an tiếp Thứ trưởng Nội vụ Nga\nChiều 8/8/2024, tại Hà Nội, Đại tướng Lương "
        "Tam Quang, Bộ trưởng Bộ Công an đã tiếp Thượng tướng Igor Zverev, Thứ trưởng thứ nhất Bộ "
        "Nội vụ Nga.",
        "Igor Zverev",
        "Thứ trưởng thứ nhất",
    ),
]


@pytest.mark.parametrize(("text", "guest", "title"), APPOSED)
def test_a_ranked_guest_takes_the_office_written_after_the_name(
    text: str, guest: str, title: str
) -> None:
    m = lead(text)
    ru = [p for p in m.participants if p.country == "RU"]
    assert [p.name for p in ru] == [guest]
    assert ru[0].title is not None and ru[0].title.startswith(title)


def test_a_title_in_a_named_persons_apposition_adds_no_office_holder() -> None:
    # The guest's surname alone is not recognised; the minister's office after it is still his.
    for m in meetings(
        "Thủ tướng tiếp lãnh đạo Nga\nChiều 5/3/2020, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc đã "
        "tiếp ông Zhukovsky, Phó Thủ tướng, Bộ trưởng Công Thương Nga."
    ):
        assert "Denis Manturov" not in {p.name for p in m.participants}


def test_a_defence_delegation_led_by_a_general_is_not_the_ministers() -> None:
    m = lead(
        "Hội đàm quốc phòng Việt - Nga\nNgày 3/4/2019, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Bộ "
        "trưởng Bộ Quốc phòng đã hội đàm với đoàn đại biểu quân sự cấp cao Bộ Quốc phòng Nga do "
        "Đại tướng Oleg Romanenko, Tổng Tham mưu trưởng Lực lượng vũ trang Nga, Thứ trưởng thứ "
        "nhất Bộ Quốc phòng Nga dẫn đầu.\nĐại tướng Oleg Romanenko chuyển lời chào của Bộ trưởng "
        "Quốc phòng Nga Sergei Shoigu tới Đại tướng Ngô Xuân Lịch."
    )
    assert {n for n, c in names(m) if c == "RU"} == {"Oleg Romanenko"}


def test_a_russian_region_in_the_title_gives_the_country() -> None:
    # Neither the given name nor the surname says Russian; the region does.
    m = lead(
        "Bộ trưởng Nội vụ tiếp Thống đốc tỉnh Tambov\nNgày 4/9/2023, tại Hà Nội, Bộ trưởng Bộ "
        "Nội vụ Phạm Thị Thanh Trà đã tiếp Thống đốc tỉnh Tambov Zurab Beridze."
    )
    assert ("Zurab Beridze", "RU") in names(m)


# ------------------------------------------------------ uncommon Vietnamese surnames (2)

WHOLE_NAMES = [
    # rarer family names the surname data now lists
    ("Phó Chủ tịch Quốc hội Uông Văn Lộc", "Uông Văn Lộc"),
    ("Phó Chủ tịch Quốc hội Tòng Thị Hạnh", "Tòng Thị Hạnh"),
    ("Bí thư Tỉnh ủy Lào Cai Giàng A Chu", "Giàng A Chu"),
    ("Chủ tịch UBND tỉnh Bắc Ninh Mẫn Đức Tài", "Mẫn Đức Tài"),
    # a family name no list has: three marked syllables right after the title are one name
    ("Thứ trưởng Bộ Ngoại giao Khiêm Quốc Tuấn", "Khiêm Quốc Tuấn"),
    ("Phó Chủ tịch Quốc hội Dịch Thị Lan", "Dịch Thị Lan"),
    # a province the place data lacks, then the holder's full name
    ("Chủ tịch UBND tỉnh Mường Khương Lò Văn Sáng", "Lò Văn Sáng"),
]


@pytest.mark.parametrize(("title", "name"), WHOLE_NAMES)
def test_a_title_followed_by_vietnamese_syllables_gives_the_whole_name(
    title: str, name: str
) -> None:
    m = lead(
        f"Tiếp Tổng Lãnh sự Nga\nChiều 11/10/2019, tại Hà Nội, {title} đã tiếp Tổng Lãnh sự Nga "
        "tại Đà Nẵng Andrei Kozlov."
    )
    assert (name, "VN") in names(m)
    titles = {p.name: p.title for p in m.participants}
    assert name.split()[0] not in (titles[name] or "")  # no syllable of the name in the title


def test_a_province_named_like_a_country_makes_no_foreign_office() -> None:
    # "Lào Cai" begins with "Lào" (Laos): the secretary is still Vietnamese.
    m = lead(
        "Tiếp Tổng Lãnh sự Nga\nChiều 4/4/2018, tại thành phố Lào Cai, Bí thư Tỉnh ủy Lào Cai "
        "Nguyễn Văn Vịnh đã tiếp Tổng Lãnh sự Nga tại Đà Nẵng Andrei Kozlov."
    )
    assert names(m) == {("Nguyễn Văn Vịnh", "VN"), ("Andrei Kozlov", "RU")}


# ----------------------------------------------- the place from a seat of government (3)

SEATS = [
    (  # a Vietnamese city's seat: the city the host's title names
        "Lãnh đạo Cần Thơ tiếp Tổng Lãnh sự Nga\nSáng 14/3/2023, tại trụ sở UBND thành phố, Chủ "
        "tịch UBND thành phố Cần Thơ Trần Việt Trường đã tiếp Tổng Lãnh sự Nga tại TP Hồ Chí Minh "
        "Alexei Popov.",
        "Cần Thơ",
    ),
    (  # a province's party seat, the seat after the verb: the city the province's seat is in
        "Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Nga\nChiều 2/11/2021, Bí thư Tỉnh ủy Bình Định Hồ Quốc "
        "Dũng đã tiếp Tổng Lãnh sự Nga tại Đà Nẵng Dmitry Kozlov tại trụ sở Tỉnh ủy.",
        "Quy Nhơn",
    ),
    (  # a Russian region's seat: the city the governor's region is governed from
        "Thống đốc tiếp Đại sứ Việt Nam\nNgày 21/4/2022, tại trụ sở Chính quyền tỉnh, Thống đốc "
        "tỉnh Ulyanovsk Alexei Russkikh đã tiếp Đại sứ Việt Nam tại Nga Đặng Minh Khôi.",
        "Ulyanovsk",
    ),
    (  # a building "ở thủ đô X": the city after "ở"
        "Làm việc tại Duma\nNgày 6/6/2024, tại tòa nhà Duma Quốc gia ở thủ đô Moskva, Phó Chủ "
        "tịch Quốc hội Nguyễn Đức Hải đã hội kiến ông Leonid Kalashnikov, Chủ tịch Ủy ban Duma "
        "Quốc gia Nga về các vấn đề SNG.",
        "Moskva",
    ),
    (
        "Làm việc với Bộ Năng lượng Nga\nNgày 18/9/2020, tại trụ sở Bộ Năng lượng Liên bang Nga ở "
        "thủ đô Moskva, Thứ trưởng Bộ Công Thương Cao Quốc Hưng đã làm việc với Thứ trưởng Năng "
        "lượng Nga Pavel Sorokin.",
        "Moskva",
    ),
]


@pytest.mark.parametrize(("text", "place"), SEATS)
def test_a_seat_of_government_gives_the_hosts_city(text: str, place: str) -> None:
    assert lead(text).place == place


def test_a_russian_ministrys_seat_with_no_city_is_in_moskva() -> None:
    m = lead(
        "Làm việc với Bộ Năng lượng Nga\nNgày 18/9/2020, tại trụ sở Bộ Năng lượng Liên bang Nga, "
        "Thứ trưởng Bộ Công Thương Cao Quốc Hưng đã làm việc với Thứ trưởng Năng lượng Nga Pavel "
        "Sorokin."
    )
    assert m.place == "Moskva"


def test_a_seat_whose_host_title_names_no_place_gives_no_place() -> None:
    m = lead(
        "Tiếp Tổng Lãnh sự Nga\nSáng 14/3/2023, tại trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh "
        "Trần Văn Lâm đã tiếp Tổng Lãnh sự Nga tại TP Hồ Chí Minh Alexei Popov."
    )
    assert m.place is None


# ---------------------------------------------------- the talks' day, not the visit's span (5)

SPANS = [
    (  # the visit's span first, then the talks' day
        "Hội đàm Việt - Nga về tư pháp\nThực hiện chuyến thăm chính thức Liên bang Nga từ ngày 8 "
        "đến 12/7/2018, sáng 9/7 (giờ địa phương), tại Moskva, Bộ trưởng Bộ Tư pháp Lê Thành Long "
        "đã hội đàm với Bộ trưởng Tư pháp Nga Alexander Konovalov.",
        None,
        "2018-07-09",
    ),
    (  # the talks' day first, the span after it
        "Hội đàm Việt - Nga về tư pháp\nChiều 10/7 (giờ địa phương), trong khuôn khổ chuyến thăm "
        "chính thức Liên bang Nga từ ngày 8 đến 12/7/2018, tại Moskva, Bộ trưởng Bộ Tư pháp Lê "
        "Thành Long đã hội đàm với Bộ trưởng Tư pháp Nga Alexander Konovalov.",
        None,
        "2018-07-10",
    ),
    (  # no year in the text: the publication's
        "Hội đàm Việt - Nga\nThực hiện chuyến thăm làm việc tại Liên bang Nga từ ngày 21 đến 25/10, "
        "sáng 23/10 (giờ địa phương), tại Moskva, Thứ trưởng Bộ Công an Trần Quốc Tỏ đã hội đàm với "
        "Thứ trưởng Nội vụ Nga Igor Zubov.",
        date(2019, 10, 24),
        "2019-10-23",
    ),
    (  # a counterpart whose chamber the office data names only now ("Chủ tịch Phòng …")
        "Hội đàm với Phòng Xã hội Nga\nThực hiện chuyến thăm chính thức Liên bang Nga từ ngày 15 đến "
        "19/6/2018, chiều 17/6 (giờ địa phương), tại Moskva, Chủ tịch Ủy ban Trung ương MTTQ Việt "
        "Nam Đỗ Văn Chiến đã có cuộc hội đàm với Chủ tịch Phòng Xã hội Nga Valery Fadeyev.",
        None,
        "2018-06-17",
    ),
]


@pytest.mark.parametrize(("text", "published", "day"), SPANS)
def test_talks_during_a_visit_take_their_own_day(
    text: str, published: date | None, day: str
) -> None:
    m = lead(text, published)
    assert (m.date, m.kind) == (day, "hội đàm")
    assert {c for _, c in names(m)} == {"VN", "RU"}


def test_a_visit_record_keeps_the_start_of_its_span() -> None:
    m = lead(
        "Chủ tịch Quốc hội thăm chính thức Liên bang Nga\nTheo lời mời của Chủ tịch Duma Quốc gia "
        "Nga Vyacheslav Volodin, Chủ tịch Quốc hội Vương Đình Huệ thăm chính thức Liên bang Nga từ "
        "ngày 9 đến 12/9/2023; sáng 10/9, Chủ tịch Quốc hội đã đặt vòng hoa tại Mộ Chiến sĩ vô danh."
    )
    assert (m.date, m.kind) == ("2023-09-09", "thăm")


# ---------------------------------------------- several pairs exchanging messages (6)

MESSAGE_PAIRS = [
    (  # "Cùng ngày, …; … cũng …" in one sentence after the first pair's
        "Điện mừng kỷ niệm quan hệ ngoại giao\nNhân kỷ niệm 74 năm thiết lập quan hệ ngoại giao, "
        "ngày 30/1, Chủ tịch nước Võ Văn Thưởng và Tổng thống Vladimir Putin đã trao đổi điện mừng. "
        "Cùng ngày, Thủ tướng Phạm Minh Chính và Thủ tướng Mikhail Mishustin đã trao đổi điện mừng; "
        "Chủ tịch Quốc hội Vương Đình Huệ và Chủ tịch Duma Quốc gia Vyacheslav Volodin cũng trao "
        "đổi điện mừng.",
        6,
    ),
    (  # one pair per paragraph, the last with "cũng" alone
        "Trao đổi điện mừng\nNgày 30/1, Chủ tịch nước Võ Văn Thưởng và Tổng thống Vladimir Putin "
        "đã trao đổi điện mừng.\nCùng ngày, Thủ tướng Phạm Minh Chính và Thủ tướng Mikhail "
        "Mishustin đã trao đổi điện mừng.\nBộ trưởng Ngoại giao Bùi Thanh Sơn và Ngoại trưởng Sergei "
        "Lavrov cũng trao đổi điện mừng.",
        6,
    ),
    (  # messages sent one way, one pair unknown to the people data
        "Điện mừng\nNgày 30/1, Chủ tịch nước Võ Văn Thưởng và Tổng thống Vladimir Putin đã trao đổi "
        "điện mừng. Cùng ngày, Thủ tướng Phạm Minh Chính gửi điện mừng tới Thủ tướng Mikhail "
        "Mishustin; Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Lê Văn Thành gửi điện mừng tới Chủ "
        "tịch Phòng Xã hội Nga Sergei Pavlov.",
        6,
    ),
]


@pytest.mark.parametrize(("text", "count"), MESSAGE_PAIRS)
def test_every_pair_of_an_occasions_messages_is_one_record(text: str, count: int) -> None:
    found = meetings(text, date(2024, 1, 30))
    assert len(found) == 1
    m = found[0]
    assert m.kind == "điện mừng" and m.date == "2024-01-30"
    assert len(m.participants) == count
    assert {p.country for p in m.participants} == {"VN", "RU"}


def test_a_bare_title_read_as_vietnams_still_names_a_russians_own_office() -> None:
    m = lead(
        "Hội đàm\nChiều 2/10/2021, tại Moskva, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ "
        "trưởng Ngoại giao Sergei Lavrov."
    )
    titles = {p.name: p.title for p in m.participants}
    assert titles["Sergei Lavrov"] == "Ngoại trưởng Nga"


def test_another_persons_title_earlier_in_the_sentence_is_not_the_recipients() -> None:
    m = lead(
        "Tổng Bí thư gửi điện mừng\nTổng Bí thư Nguyễn Phú Trọng ngày 8/5 gửi điện mừng đến ông "
        "Putin nhân dịp ông nhậm chức Tổng thống Nga.",
        date(2018, 5, 9),
    )
    titles = {p.name: p.title for p in m.participants}
    assert titles["Vladimir Putin"] != "Tổng Bí thư"


def test_the_office_written_before_a_rank_is_the_title() -> None:
    m = lead(
        "Tiếp Thứ trưởng Quốc phòng Nga\nNgày 20/8/2019, tại Hà Nội, Thứ trưởng Bộ Quốc phòng, "
        "Thượng tướng Hoàng Văn Quyết đã tiếp Thứ trưởng Quốc phòng Nga Alexander Fomin."
    )
    titles = {p.name: p.title for p in m.participants}
    assert titles["Hoàng Văn Quyết"] == "Thứ trưởng Bộ Quốc phòng"


def test_two_guests_each_with_a_title_after_the_name_are_both_principals() -> None:
    m = lead(
        "Tổng Bí thư tiếp lãnh đạo Nga\nSáng 10/10/2024, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp ông "
        "Pavel Sorokin, Thứ trưởng Bộ Năng lượng Nga, và ông Dmitry Volvach, Thứ trưởng Bộ Ngoại "
        "giao Nga."
    )
    assert {n for n, c in names(m) if c == "RU"} == {"Pavel Sorokin", "Dmitry Volvach"}


def test_a_russian_name_after_ong_is_a_person_whatever_the_title() -> None:
    # No office the data knows follows the name; the given name and "ông" make it a person.
    m = lead(
        "Phó Thủ tướng tiếp lãnh đạo Nga\nChiều 14/5/2019, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh "
        "đã tiếp ông Mikhail Vorontsov, người đứng đầu bộ máy điều hành tỉnh Tomsk."
    )
    assert ("Mikhail Vorontsov", "RU") in names(m)


def test_a_western_name_after_ong_is_not_read_as_russian() -> None:
    for m in meetings(
        "Tiếp\nChiều 14/5/2019, tại Hà Nội, Phó Thủ tướng Phạm Bình Minh đã tiếp ông Peter "
        "Hartwell, đại diện một quỹ đầu tư."
    ):
        assert "Peter Hartwell" not in {p.name for p in m.participants}


APPOSED_UNLISTED = [
    # the unlisted office written after the name, with a rank or a word of address before it
    "Tiếp\nNgày 12/6, tại Hà Nội, Đại tướng Lương Cường, Chủ nhiệm Tổng cục Chính trị Quân đội "
    "nhân dân Việt Nam đã tiếp Thượng tướng Andrei Kartapolov, Thứ trưởng Quốc phòng Nga.",
    "Tiếp\nNgày 12/6, tại Hà Nội, ông Võ Văn Thưởng, Thường trực Ban Bí thư, đã tiếp ông Pavel "
    "Kozlov, Phó Chủ tịch Ủy ban Quốc tế Duma Quốc gia Nga.",
]


@pytest.mark.parametrize("text", APPOSED_UNLISTED)
def test_an_unlisted_office_after_the_name_infers_no_year(text: str) -> None:
    m = lead(text)
    assert m.date is None
    assert all(p.title != "Chủ tịch nước" for p in m.participants)


def test_a_known_generals_office_after_the_name_is_his_title() -> None:
    m = lead(
        "Hội đàm\nChiều 20/10/2020, tại Hà Nội, Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ "
        "trưởng Bộ Quốc phòng nước Cộng hòa xã hội chủ nghĩa Việt Nam đã hội đàm trực tuyến với Bộ "
        "trưởng Quốc phòng Nga Sergei Shoigu."
    )
    titles = {p.name: p.title for p in m.participants}
    assert titles["Ngô Xuân Lịch"] == "Bộ trưởng Bộ Quốc phòng"


def test_a_national_seat_never_takes_a_guests_region() -> None:
    m = lead(
        "Phó Thủ tướng tiếp Thống đốc\nChiều 5/7/2019, tại trụ sở Chính phủ, Phó Thủ tướng Trịnh "
        "Đình Dũng đã tiếp Thống đốc vùng Primorsky Oleg Kozhemyako."
    )
    assert m.place in (None, "Hà Nội")
