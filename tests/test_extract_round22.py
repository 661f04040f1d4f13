"""Round 22 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date

from store.language.dates import find_published, site_header_end
from tests.extracting import meetings, names

# A site's masthead, then its bar with the site's today beside the hotline; the report
# gives its day without a year.
MASTHEAD_BAR = """BÁO BIÊN PHÒNG ĐIỆN TỬ
{bar}
Sáng 12-6, tại Hà Nội, Trung tướng Lê Đức Thái, Tư lệnh Bộ đội Biên phòng, đã tiếp đoàn đại biểu Cơ quan Biên phòng Liên bang Nga do Đại tướng Vladimir Kulishov dẫn đầu.
Tư lệnh Bộ đội Biên phòng đề nghị hai bên tăng cường trao đổi thông tin, phối hợp phòng chống tội phạm xuyên quốc gia.
Bộ trưởng Quốc phòng dự kiến tiếp đoàn vào chiều cùng ngày.
"""


def test_a_bar_date_under_a_masthead_is_the_sites_today() -> None:
    text = MASTHEAD_BAR.format(bar="Thứ Tư, 14/01/2026 | 09:12 | Đường dây nóng: 069.555.123")
    assert find_published(text) is None
    assert text[: site_header_end(text)].endswith("069.555.123")
    for m in meetings(text):
        assert m.date is None or not m.date.startswith("2026"), m.date
        # No holder of an office is read off the site's today.
        assert all(p.name != "Phan Văn Giang" for p in m.participants), names(m)


def test_a_timed_byline_under_a_masthead_still_dates_the_report() -> None:
    # Near miss: a date and time without the bar's words is the byline.
    found = find_published(MASTHEAD_BAR.format(bar="Thứ Tư, 14/06/2017 | 09:12"))
    assert found is not None and found[0].isoformat() == "2017-06-14"


# A visitor's own office told as "trên cương vị …", with no host named.
CAPACITY = """Bộ trưởng Quốc phòng Nga đến Hà Nội
Chiều 11/11/2019, Đại tướng Sergei Shoigu, Bộ trưởng Quốc phòng Liên bang Nga, đã đến Hà Nội, bắt đầu chuyến thăm chính thức Việt Nam theo lời mời của Bộ Quốc phòng Việt Nam.
Đây là chuyến thăm Việt Nam thứ ba của Đại tướng Sergei Shoigu trên cương vị {title}.
Trong thời gian ở Việt Nam, đoàn dự kiến hội đàm và làm việc với một số cơ quan, đơn vị quân đội.
"""


def test_an_office_held_in_the_capacity_of_the_visitor_names_no_host() -> None:
    for title in ("Bộ trưởng Quốc phòng", "tân Bộ trưởng Quốc phòng"):
        found = meetings(CAPACITY.format(title=title))
        assert found, title
        for m in found:
            assert {c for _, c in names(m)} == {"RU"}, (title, names(m))


# A name in hyphenated Vietnamese syllables right after a body's name that ends in "Liên
# bang": the federation's, no state ("bang Texas") whose name would go on.
FEDERATION_COUNCIL = """Phó Chủ tịch Quốc hội tiếp đoàn Hội đồng Liên bang Nga
Chiều 11/3/2021, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Uông Chu Lưu đã tiếp {title} {name} đang thăm và làm việc tại Việt Nam.
Hai bên trao đổi về hợp tác giữa các ủy ban của hai cơ quan lập pháp.
"""


def test_a_hyphenated_name_after_the_federation_councils_title() -> None:
    for title in ("Phó Chủ tịch Hội đồng Liên bang", "Phó Chủ tịch thứ nhất Hội đồng Liên bang"):
        m = meetings(FEDERATION_COUNCIL.format(title=title, name="Côn-xtan-tin Cô-xa-chép"))[0]
        assert ("Konstantin Kosachev", "RU") in names(m), (title, names(m))


# A Russian initial Latin spells with two letters ("Yu.", "Zh.") inside a run of initials.
TWO_LETTER_INITIAL = """Bộ trưởng Phùng Xuân Nhạ tiếp Bộ trưởng Giáo dục Nga
Sáng 25/4/2019, tại Hà Nội, Bộ trưởng Bộ Giáo dục và Đào tạo Phùng Xuân Nhạ đã tiếp Bộ trưởng Bộ Giáo dục Liên bang Nga {name} cùng đoàn công tác.
Hai bên thống nhất tăng số suất học bổng và mở rộng dạy tiếng Nga tại các trường phổ thông.
"""


def test_a_two_letter_initial_is_an_initial() -> None:
    for name in ("O.Yu.Vasilyeva", "O.Yu. Vasilyeva", "O. Yu. Vasilyeva"):
        m = meetings(TWO_LETTER_INITIAL.format(name=name))[0]
        assert ("Olga Vasilyeva", "RU") in names(m), (name, names(m))


def test_an_unknown_name_after_two_letter_initials_keeps_the_first() -> None:
    m = meetings(TWO_LETTER_INITIAL.format(name="Zh.A. Ivanova"))[0]
    assert [p.name for p in m.participants if p.country == "RU"] == ["Zh Ivanova"], names(m)


# "Nhân dịp tham dự <event named for its city>": the act was in that city.
ATTENDING = """Bộ trưởng Quốc phòng hội đàm với người đồng cấp Nga
{lead}, chiều 15-8-2019, Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm với Đại tướng Sergei Shoigu, Bộ trưởng Quốc phòng Liên bang Nga.
Hai bên đánh giá cao kết quả hợp tác quốc phòng thời gian qua.
"""


def test_attending_an_event_named_for_its_city_places_the_act() -> None:
    for lead, place in (
        ("Nhân dịp tham dự Diễn đàn Kinh tế quốc tế St. Petersburg", "Saint Petersburg"),
        ("Nhân dịp dự Hội nghị An ninh quốc tế Moskva lần thứ 8", "Moskva"),
    ):
        assert meetings(ATTENDING.format(lead=lead))[0].place == place, lead


def test_an_occasion_that_is_no_event_attended_gives_no_city() -> None:
    # Near miss: "nhân dịp" a visit by Moscow's delegation says nothing of where they met.
    lead = "Nhân dịp chuyến thăm của đoàn đại biểu thành phố Moskva"
    assert meetings(ATTENDING.format(lead=lead))[0].place is None


def test_a_date_line_marked_as_the_readers_clock_is_the_sites_today() -> None:
    # "(giờ hiện tại)": the page shows the time it is read at, not when it was written.
    text = MASTHEAD_BAR.format(bar="Thứ Hai, 20/02/2023 | 14:05 (giờ hiện tại)")
    assert find_published(text) is None
    assert all(m.date is None for m in meetings(text)), [m.date for m in meetings(text)]
    # Near miss: the same line without the mark is the report's byline.
    found = find_published(MASTHEAD_BAR.format(bar="Thứ Hai, 20/02/2023 | 14:05"))
    assert found is not None and found[0].isoformat() == "2023-02-20"


# A body's branch in another city than its seat: "tại Bộ Tư lệnh … (cơ sở Đà Nẵng)".
BRANCH = """Tư lệnh Cảnh sát biển tiếp đoàn Cơ quan Biên phòng Nga
Sáng 18/6/2024, tại Bộ Tư lệnh Cảnh sát biển Việt Nam ({branch}), Trung tướng Lê Quang Đạo, Tư lệnh Cảnh sát biển Việt Nam, đã tiếp Chuẩn Đô đốc Andrei Tonkikh dẫn đầu đoàn tàu tuần tra của Cơ quan Biên phòng Liên bang Nga.
Hai bên trao đổi về tìm kiếm cứu nạn và phòng, chống tội phạm trên biển.
"""


def test_a_bodys_branch_in_brackets_places_the_act() -> None:
    for branch in ("cơ sở Đà Nẵng", "chi nhánh tại Đà Nẵng", "Đà Nẵng"):
        assert meetings(BRANCH.format(branch=branch))[0].place == "Đà Nẵng", branch


# A headline's talks, dated by a body sentence about the evening's ceremony; the talks are
# told later as "chiều cùng ngày".
HEADLINE_THEN_CEREMONY = """Văn hóa - Nghệ thuật
Bộ trưởng Nguyễn Văn Hùng hội đàm với Bộ trưởng Văn hóa Nga
Tối 9/9, tại Nhà hát Lớn Hà Nội, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng và Bộ trưởng Văn hóa Liên bang Nga Olga Lyubimova đã dự lễ khai mạc Những ngày Văn hóa Nga tại Việt Nam.
Trước đó, chiều cùng ngày, hai Bộ trưởng đã có cuộc hội đàm tại trụ sở Bộ. Hai bên nhất trí đẩy mạnh hợp tác điện ảnh và bảo tàng.
"""


def test_the_hour_of_another_act_is_not_the_headlines() -> None:
    m = meetings(HEADLINE_THEN_CEREMONY, date(2023, 9, 9))[0]
    assert m.kind == "hội đàm" and m.date == "2023-09-09", (m.kind, m.date)
    assert m.time_of_day != "tối"


def test_a_body_sentence_telling_the_headlines_act_keeps_its_hour() -> None:
    # Near miss: the body tells the same act with its hour.
    text = HEADLINE_THEN_CEREMONY.replace("đã dự lễ khai mạc", "đã hội đàm về").replace(
        "Tối 9/9", "Chiều 9/9"
    )
    assert meetings(text, date(2023, 9, 9))[0].time_of_day == "chiều"


def test_the_errand_after_a_posted_title_is_not_part_of_it() -> None:
    # "…, Tổng Lãnh sự Nga tại Đà Nẵng đến chào từ biệt": the title ends at the errand.
    for title, errand in (
        ("Tổng Lãnh sự Nga tại Đà Nẵng", "đến chào từ biệt nhân dịp kết thúc nhiệm kỳ"),
        ("Tùy viên Quốc phòng Nga tại Việt Nam", "đến chào xã giao"),
        ("Tổng Lãnh sự Nga tại Đà Nẵng", "sang thăm và làm việc"),
    ):
        text = (
            "Chiều 11/8/2022, tại Hà Nội, Thứ trưởng Ngoại giao Nguyễn Minh Vũ đã tiếp ông"
            f" Alexei Popov, {title} {errand}.\n"
        )
        m = meetings(text)[0]
        assert [p.title for p in m.participants if p.country == "RU"] == [title], errand


def test_initials_glued_to_a_russian_surname_after_an_academic_title() -> None:
    # "Viện sĩ V.E.Fortov, Chủ tịch RAS" in a sentence that names Vietnam last: the initials
    # and the surname's ending say Russian, not the sentence's last country.
    text = (
        "Ngày 18/6/2014, tại Moskva, GS.VS Châu Văn Minh, Chủ tịch Viện Hàn lâm Khoa học và Công"
        " nghệ Việt Nam đã có buổi làm việc với Viện sĩ {name}, Chủ tịch RAS.\n"
    )
    for name in ("V.E.Fortov", "V.E. Fortov", "A.M.Sergeev"):
        m = meetings(text.format(name=name))[0]
        assert {c for _, c in names(m)} == {"VN", "RU"}, (name, names(m))
