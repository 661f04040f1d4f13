"""Round 20 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings


def _lead(text: str, published: date | None):
    return next(m for m in meetings(text, published) if not m.secondary)


def _side(m, country: str) -> list[str]:
    return [p.name for p in m.participants if p.country == country]


# Russian names as the party and provincial press write them: initials of the given name and
# the patronymic run into the surname, after "ông", after a rank, or after a title.
APPOSED_INITIALS = """Trưởng Ban Tuyên giáo tiếp đoàn Đảng Nước Nga Thống nhất
Chiều 11/4/2017, tại Hà Nội, đồng chí Võ Văn Thưởng, Trưởng Ban Tuyên giáo Trung ương đã tiếp đoàn đại biểu do ông {name}, Phó Chủ tịch Hội đồng Tổng thể Đảng Nước Nga Thống nhất dẫn đầu.
Hai bên trao đổi kinh nghiệm về công tác tuyên truyền và đào tạo cán bộ.
"""

RANKED_INITIALS = """Thứ trưởng Bộ Công an tiếp Thứ trưởng Bộ Nội vụ Nga
Sáng 9/10/2015, tại Trụ sở Bộ Công an, Thứ trưởng Bùi Văn Nam đã tiếp Trung tướng cảnh sát {name}, Thứ trưởng Bộ Nội vụ Liên bang Nga, đang có chuyến thăm làm việc tại Việt Nam.
Hai bên nhất trí tăng cường hợp tác phòng chống tội phạm ma túy và tội phạm công nghệ cao.
"""

TITLED_INITIALS = """Chủ tịch UBND tỉnh tiếp Thống đốc vùng Nga
Ngày 3/6/2016, tại Đà Lạt, Chủ tịch UBND tỉnh Lâm Đồng Đoàn Văn Việt đã tiếp Thống đốc vùng Tambov {name} và đoàn công tác.
Hai bên bàn về hợp tác nông nghiệp và du lịch.
"""


def test_initials_run_into_a_surname_after_ong_name_the_guest() -> None:
    for written in ("V.A.Lebedinsky", "V.A. Lebedinsky", "V. A. Lebedinsky", "V.Lebedinsky"):
        m = _lead(APPOSED_INITIALS.format(name=written), date(2017, 4, 11))
        assert _side(m, "VN") == ["Võ Văn Thưởng"], written
        assert _side(m, "RU") == ["V Lebedinsky"], written


def test_initials_after_a_rank_are_the_russian_side_by_the_surname() -> None:
    for written in ("S.N.Kuvshinov", "S. Kuvshinov"):
        m = _lead(RANKED_INITIALS.format(name=written), date(2015, 10, 9))
        assert _side(m, "VN") == ["Bùi Văn Nam"], written
        assert _side(m, "RU") == ["S Kuvshinov"], written
        assert m.date == "2015-10-09"


def test_initials_after_a_title_name_the_holder() -> None:
    m = _lead(TITLED_INITIALS.format(name="O.I.Betina"), date(2016, 6, 3))
    assert _side(m, "RU") == ["O Betina"]
    assert "Thống đốc vùng Tambov" in next(p.title for p in m.participants if p.country == "RU")


# A body named after someone: the namesake is no participant, and the body's name keeps the
# initials that begin it.
NAMESAKE = """Bộ trưởng làm việc tại Đại học Tổng hợp Moskva
Ngày 20/9/2019, tại Moskva, Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ đã làm việc với ông Pavel Sokolov, Phó Hiệu trưởng Đại học Tổng hợp Quốc gia Moskva mang tên M.V.Lomonosov.
Hai bên bàn về đào tạo sau đại học.
"""


def test_a_body_named_after_someone_does_not_make_him_a_participant() -> None:
    m = _lead(NAMESAKE, date(2019, 9, 20))
    assert _side(m, "RU") == ["Pavel Sokolov"]
    title = next(p.title for p in m.participants if p.country == "RU")
    assert title.endswith("mang tên M.V.Lomonosov")


# Near misses: initials of a Vietnamese outlet's city and a product's letter name no one.
NOT_INITIALS = """Phó Thủ tướng tiếp Bộ trưởng Y tế Nga
Ngày 5/2/2021, tại TP. HCM, Phó Thủ tướng Vũ Đức Đam đã tiếp Bộ trưởng Y tế Nga Mikhail Murashko về vắc xin Sputnik V. Hai bên nhất trí đẩy nhanh chuyển giao công nghệ.
"""


def test_letters_that_are_no_initials_add_no_one() -> None:
    m = _lead(NOT_INITIALS, date(2021, 2, 5))
    assert _side(m, "VN") == ["Vũ Đức Đam"]
    assert _side(m, "RU") == ["Mikhail Murashko"]


# A known person named by the surname alone after his given name spelt another way: the given
# name and patronymic are the name's, not the title's.
NAME_HEAD = """Tổng Giám đốc Petrovietnam làm việc với Tổng Giám đốc Zarubezhneft
Sáng thứ Năm, tại Hà Nội, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng đã có buổi làm việc với Tổng Giám đốc Công ty Cổ phần Zarubezhneft Sergey Ivanovich Kudryashov.
Hai bên bàn về hoạt động của Vietsovpetro.
"""


def test_a_name_written_in_full_leaves_the_title_before_it() -> None:
    m = _lead(NAME_HEAD, None)  # no date: the title as written
    ru = next(p for p in m.participants if p.country == "RU")
    assert ru.name == "Sergei Kudryashov"
    assert ru.title is not None and ru.title.endswith("Zarubezhneft")


# An act told first that opens on the story's own act ("Trước khi … hội đàm") or its day
# ("Cùng ngày") is beside the story; the act it points to leads.
BEFORE_THE_TALKS = """THƯỢNG HẢI (TTXVN) - Trước khi bước vào cuộc hội đàm chính thức, Thủ tướng Nguyễn Tấn Dũng đã gặp Thống đốc tỉnh Tomsk Sergei Zhvachkin.
Chiều 24/10/2013, tại Phủ Chủ tịch, Thủ tướng Nguyễn Tấn Dũng đã hội đàm với Thủ tướng Nga Dmitry Medvedev.
Hai bên bàn về dầu khí và năng lượng.
"""

SAME_DAY_FIRST = """Cùng ngày, Phó Thủ tướng Vương Đình Huệ đã tiếp Bộ trưởng Phát triển kinh tế Nga Maxim Oreshkin.
(Chinhphu.vn) - Ngày 16/11/2019, tại Hà Nội, Phó Thủ tướng Trịnh Đình Dũng và Phó Thủ tướng Nga Yury Borisov đã đồng chủ trì Phiên họp lần thứ 22 Ủy ban liên Chính phủ Việt - Nga.
Hai bên bàn về thương mại và đầu tư.
"""

# Near miss: alone in the article, the act opening on "Cùng ngày" is the story.
SAME_DAY_ALONE = """Phó Thủ tướng tiếp Bộ trưởng Nga
Cùng ngày 16/11/2019, tại Hà Nội, Phó Thủ tướng Vương Đình Huệ đã tiếp Bộ trưởng Phát triển kinh tế Nga Maxim Oreshkin.
Hai bên bàn về thương mại.
"""


def test_an_act_before_the_talks_gives_way_to_the_talks() -> None:
    m = _lead(BEFORE_THE_TALKS, date(2013, 10, 24))
    assert _side(m, "RU") == ["Dmitry Medvedev"]
    assert (m.kind, m.date) == ("hội đàm", "2013-10-24")


def test_an_act_of_the_same_day_told_first_gives_way_to_the_story() -> None:
    m = _lead(SAME_DAY_FIRST, date(2019, 11, 16))
    assert _side(m, "VN") == ["Trịnh Đình Dũng"]
    assert _side(m, "RU") == ["Yuri Borisov"]
    alone = _lead(SAME_DAY_ALONE, date(2019, 11, 16))
    assert _side(alone, "RU") == ["Maxim Oreshkin"]


# A month-dated working visit whose host is named in the next sentence ("Tiếp đoàn có …"),
# by initials: the host met them.
HOSTS_NEXT = """Trong chuyến công tác tại Liên bang Nga tháng 9/2016, đoàn Viện Hàn lâm Khoa học xã hội Việt Nam do GS.TS Nguyễn Quang Thuấn, Chủ tịch Viện Hàn lâm dẫn đầu đã làm việc với Viện Viễn Đông thuộc Viện Hàn lâm Khoa học Nga tại Moskva.
Tiếp đoàn có Viện sĩ M.L.Titarenko, Viện trưởng Viện Viễn Đông.
Hai bên bàn về nghiên cứu chung về khu vực châu Á - Thái Bình Dương.
"""


def test_a_host_named_next_by_initials_met_the_delegation() -> None:
    m = _lead(HOSTS_NEXT, None)
    assert _side(m, "VN") == ["Nguyễn Quang Thuấn"]
    assert _side(m, "RU") == ["M Titarenko"]
    assert m.place == "Moskva"


# A city described before its name is still where they met.
DESCRIBED_CITY = """Ngày 14/5/2018, tại thành phố cảng Vladivostok, Phó Thủ tướng Vương Đình Huệ đã làm việc với Phó Thủ tướng Nga Yury Trutnev về hợp tác vùng Viễn Đông.
"""


def test_a_described_city_is_the_place() -> None:
    assert _lead(DESCRIBED_CITY, date(2018, 5, 14)).place == "Vladivostok"


# The region named before, its governor after the bare "Thống đốc tỉnh".
GOVERNOR_OF_THE_REGION = """Ngày 9/6/2021, Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi đã có chuyến công tác tới tỉnh Kaluga và có buổi làm việc với Thống đốc tỉnh Vladislav Shapsha.
Hai bên bàn về đầu tư của doanh nghiệp Việt Nam vào khu công nghiệp của tỉnh.
"""


def test_a_governor_named_right_after_the_bare_title() -> None:
    m = _lead(GOVERNOR_OF_THE_REGION, date(2021, 6, 10))
    assert _side(m, "RU") == ["Vladislav Shapsha"]


# The head of an institute ("Viện") by title: a chairman like any other body's.
INSTITUTE_HEAD = """Tổng Kiểm toán Nhà nước hội đàm với Chủ tịch Viện Kiểm toán Nga
Ngày 23/5/2017, tại Moskva, Tổng Kiểm toán Nhà nước Hồ Đức Phớc đã hội đàm với Chủ tịch Viện Kiểm toán Liên bang Nga Tatyana Golikova.
Hai bên bàn về kiểm toán đầu tư công.
"""


def test_the_head_of_an_institute_is_titled_by_it() -> None:
    m = _lead(INSTITUTE_HEAD, date(2017, 5, 23))
    ru = next(p for p in m.participants if p.country == "RU")
    assert ru.name == "Tatyana Golikova"
    assert ru.title == "Chủ tịch Viện Kiểm toán Liên bang Nga"


# The story's act names one side by title ("Bộ trưởng đã hội đàm với …"); the only act with
# both names is told as before it ("Trước đó, sáng …"): the story leads, on its own day.
TITLED_STORY = """Bộ trưởng Nguyễn Xuân Cường hội đàm với Bộ trưởng Nông nghiệp Nga
Từ ngày 2-5/9, Bộ trưởng Bộ NN-PTNT Nguyễn Xuân Cường dẫn đầu đoàn công tác thăm Liên bang Nga. Chiều nay (3/9), tại Moskva, Bộ trưởng đã hội đàm với Bộ trưởng Nông nghiệp Nga Dmitry Patrushev.
Hai bên bàn về xuất khẩu thủy sản và trái cây.
Trước đó, sáng 3/9, Bộ trưởng Nguyễn Xuân Cường đã làm việc với ông Sergei Dankvert, Trưởng Cơ quan Giám sát thú y và kiểm dịch thực vật Nga.
"""


def test_the_story_named_by_title_leads_over_an_act_told_before() -> None:
    m = _lead(TITLED_STORY, date(2019, 9, 3))
    assert _side(m, "RU") == ["Dmitry Patrushev"]
    assert (m.date, m.kind, m.place) == ("2019-09-03", "hội đàm", "Moskva")


# A person the data lists only in a later office, introduced with the office held then and
# named bare in the act: the data's later term dates nothing, and the title is the article's.
EARLIER_OFFICE = """Nhân dịp dự Đại hội Đảng Nước Nga Thống nhất, đoàn đại biểu Đảng Cộng sản Việt Nam do đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Trưởng Ban Tuyên giáo Trung ương dẫn đầu đã có các hoạt động tại Moskva.
Hôm 22/6, đồng chí Võ Văn Thưởng đã gặp ông Dmitry Medvedev, Chủ tịch Đảng Nước Nga Thống nhất.
Hai bên trao đổi về công tác lý luận và đào tạo cán bộ.
"""


def test_a_later_office_in_the_data_dates_nothing() -> None:
    m = _lead(EARLIER_OFFICE, None)
    assert m.date is None
    vn = next(p for p in m.participants if p.country == "VN")
    assert vn.name == "Võ Văn Thưởng"
    assert vn.title is not None and "Trưởng Ban Tuyên giáo" in vn.title


def test_a_womans_given_name_names_her_after_ba() -> None:
    text = (
        Path(__file__).resolve().parent
        / "round20_articles"
        / "t14_trung-uong-doan-lam-viec-tai-moskva.txt"
    ).read_text("utf-8")
    m = _lead(text, date(2021, 8, 12))
    assert _side(m, "RU") == ["Kseniya Lebedinskaya"]
    assert _side(m, "VN") == ["Nguyễn Anh Tuấn"]


# A year told for a plan after it ("năm 2020 … sẽ kỷ niệm") dates nothing; the weekday given
# with the day picks the one year of the participants' terms it fits.
WEEKDAY_YEAR = """Chủ tịch Quốc hội hội đàm với Chủ tịch Hội đồng Liên bang Nga
Sáng thứ Tư (11/12), tại Nhà Quốc hội, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko.
Chủ tịch Quốc hội cho biết năm 2020 hai nước sẽ kỷ niệm 70 năm thiết lập quan hệ ngoại giao.
"""


def test_a_weekday_fixes_the_year_and_a_planned_year_does_not() -> None:
    m = _lead(WEEKDAY_YEAR, None)
    assert (m.date, m.date_inferred) == ("2019-12-11", True)
    # Near miss: without the weekday no year is certain, and the planned one is not taken.
    assert _lead(WEEKDAY_YEAR.replace("Sáng thứ Tư (11/12)", "Sáng 11/12"), None).date is None


# A month-dated visit by a delegation, then "X đã tiếp và làm việc với đoàn": X received it.
RECEIVED_THE_DELEGATION = """Trong chuyến thăm Việt Nam vào tháng 10/2019, đoàn công tác vùng Sakhalin do Thống đốc Valery Limarenko dẫn đầu đã đến thăm TP Đà Nẵng.
Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ đã tiếp và làm việc với đoàn.
Hai bên bàn về đường bay thẳng và du lịch.
"""


def test_the_host_who_received_the_delegation_met_its_leader() -> None:
    m = _lead(RECEIVED_THE_DELEGATION, None)
    assert _side(m, "VN") == ["Huỳnh Đức Thơ"]
    assert _side(m, "RU") == ["Valery Limarenko"]
    assert m.place == "Đà Nẵng"


# Both named at a ceremony, then "hai Bộ trưởng đã có cuộc hội đàm": the talks, on that day.
CEREMONY_THEN_TALKS = """Tối 14/9/2017, tại Nhà hát Lớn Hà Nội, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Ngọc Thiện và Bộ trưởng Văn hóa Nga Vladimir Medinsky đã dự lễ khai mạc Những ngày Văn hóa Nga.
Trước đó, chiều cùng ngày, hai Bộ trưởng đã có cuộc hội đàm tại trụ sở Bộ.
Hai bên nhất trí đẩy mạnh hợp tác điện ảnh.
"""


def test_talks_of_the_two_named_before_are_the_story() -> None:
    m = _lead(CEREMONY_THEN_TALKS, date(2017, 9, 15))
    assert _side(m, "RU") == ["Vladimir Medinsky"]
    assert (m.kind, m.date) == ("hội đàm", "2017-09-14")
    assert m.time_of_day is None  # the ceremony's evening is not the talks' hour
