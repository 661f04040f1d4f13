"""Page shapes that decide which day, place and lead a report has (written for these tests):
live-blog entries under clock times, "cùng ngày" opening a paragraph, a recalled act written
before the reported one, an event named again by its noun, a trip's span of days, and a
governor's region on a trip. Each class has two wordings and a near miss that must not move.
"""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings, names

# ------------------------------------------------------------------------ live-blog pages

LIVE_TITLED = """BÁO ĐIỆN TỬ  Thời sự  Đối ngoại
TRỰC TIẾP: Thủ tướng dự Hội nghị Cấp cao ASEAN 35 - ngày cuối
Thứ Hai, 07:45, 04/11/2019
Cập nhật liên tục
18:10
Thủ tướng kết thúc các hoạt động tại Hội nghị, lên đường về nước.
16:25
Thủ tướng Nguyễn Xuân Phúc gặp Thủ tướng Nga Dmitry Medvedev
Bên lề Hội nghị Cấp cao Đông Á lần thứ 14 tại Bangkok, Thủ tướng Nguyễn Xuân Phúc đã có cuộc gặp Thủ tướng Liên bang Nga Dmitry Medvedev. Hai bên nhất trí thúc đẩy hợp tác dầu khí, năng lượng và quốc phòng.
10:30
Thủ tướng dự Hội nghị Cấp cao ASEAN - Hàn Quốc.
"""

LIVE_INLINE = """TIN TỨC 24H
Trực tiếp: Chủ tịch Quốc hội thăm chính thức Liên bang Nga, ngày thứ hai
Thứ Hai, 11/09/2023 - 20:15
Cập nhật liên tục
17:40 Đoàn đại biểu Quốc hội gặp gỡ cộng đồng người Việt tại Moskva.
14:20 Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin
Tại trụ sở Duma Quốc gia, Chủ tịch Quốc hội Vương Đình Huệ hội đàm với Chủ tịch Duma Quốc gia Vyacheslav Volodin, nhất trí tăng cường hợp tác nghị viện và giáo dục.
09:00 Chủ tịch Quốc hội đặt vòng hoa tại Mộ Chiến sĩ vô danh.
"""


def test_live_blog_entry_takes_the_page_day_and_its_own_place() -> None:
    m = meetings(LIVE_TITLED, date(2019, 11, 4))[0]
    assert names(m) == {("Nguyễn Xuân Phúc", "VN"), ("Dmitry Medvedev", "RU")}
    assert (m.date, m.date_inferred, m.place) == ("2019-11-04", False, "Bangkok")
    assert "04/11/2019" in m.evidence["date"]


def test_live_blog_entry_written_after_its_clock_takes_the_page_day() -> None:
    m = meetings(LIVE_INLINE, date(2023, 9, 11))[0]
    assert names(m) == {("Vương Đình Huệ", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (m.date, m.date_inferred, m.place) == ("2023-09-11", False, "Moskva")


def test_page_running_over_two_days_gives_no_day_below_another_day() -> None:
    two_days = LIVE_INLINE.replace(
        "14:20 Chủ tịch", "Ngày 10/9\n22:10 Đoàn đại biểu Quốc hội đến Moskva.\n14:20 Chủ tịch"
    )
    assert meetings(two_days, date(2023, 9, 11))[0].date is None


def test_page_without_live_marks_lends_no_day() -> None:
    plain = LIVE_TITLED.replace("TRỰC TIẾP: ", "").replace("Cập nhật liên tục\n", "")
    m = meetings(plain, date(2019, 11, 4))[0]
    assert m.date is None  # a report's clock lines alone say nothing of its meeting's day


# ------------------------------------------------- "cùng ngày" opening a paragraph

SAME_DAY_OPENING = """Tuần phim Nga tại Việt Nam năm 2024 khai mạc tối 16/10 tại Trung tâm Chiếu phim Quốc gia, Hà Nội, với bộ phim hoạt hình mới nhất của điện ảnh Nga.

Trước lễ khai mạc, chiều cùng ngày, Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã tiếp Bộ trưởng Văn hóa Nga Olga Lyubimova tại trụ sở Bộ. Hai bên nhất trí đẩy mạnh hợp tác điện ảnh và du lịch.
"""

SAME_DAY_ARRIVAL = """Sáng 21/6, đoàn công tác của Chính phủ Việt Nam đã đến thành phố Kazan, bắt đầu chương trình làm việc tại Cộng hòa Tatarstan.

Tối cùng ngày, Phó Thủ tướng Trần Hồng Hà hội kiến Người đứng đầu Cộng hòa Tatarstan Rustam Minnikhanov. Hai bên trao đổi về hợp tác dầu khí và giáo dục.
"""


def test_same_day_opening_a_paragraph_is_the_day_written_last() -> None:
    m = meetings(SAME_DAY_OPENING, date(2024, 10, 17))[0]
    assert names(m) == {("Nguyễn Văn Hùng", "VN"), ("Olga Lyubimova", "RU")}
    assert (m.date, m.time_of_day) == ("2024-10-16", "chiều")


def test_same_day_after_an_arrival_is_the_arrival_day() -> None:
    m = meetings(SAME_DAY_ARRIVAL, date(2024, 6, 22))[0]
    assert names(m) == {("Trần Hồng Hà", "VN"), ("Rustam Minnikhanov", "RU")}
    assert (m.date, m.time_of_day) == ("2024-06-21", "tối")


def test_same_day_after_a_span_of_days_has_no_day() -> None:
    span = SAME_DAY_OPENING.replace("khai mạc tối 16/10", "diễn ra từ ngày 14 đến 18/10")
    assert meetings(span, date(2024, 10, 17))[0].date is None


# ------------------------------------------ an act of another time written before the lead

RECALLED_CALL_FIRST = """Hồi tháng 3, trong cuộc điện đàm với Bộ trưởng Năng lượng Nga Nikolai Shulginov, Bộ trưởng Công Thương Nguyễn Hồng Diên đã đề nghị phía Nga hỗ trợ cung ứng phân bón; tiếp nối trao đổi đó, chiều thứ Năm, tại trụ sở Bộ Công Thương, Bộ trưởng Nguyễn Hồng Diên đã tiếp Đại sứ Nga Gennady Bezdetko.
Hai bên trao đổi về hợp tác năng lượng và thương mại.
"""

AFTER_TALKS_WITH_ANOTHER = """MOSKVA, 12-9 (TTXVN) - Sau cuộc hội đàm với Chủ tịch Duma Quốc gia Vyacheslav Volodin ngày 11-9, chiều 12-9 (giờ địa phương), Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Hội đồng Liên bang Nga Valentina Matviyenko.
Hai bên nhất trí tăng cường hợp tác nghị viện và giáo dục.
"""


def test_call_recalled_first_gives_way_to_the_reception_reported() -> None:
    m = meetings(RECALLED_CALL_FIRST, date(2022, 6, 10))[0]
    assert names(m) == {("Nguyễn Hồng Diên", "VN"), ("Gennady Bezdetko", "RU")}
    assert (m.kind, m.date) == ("tiếp", "2022-06-09")


def test_talks_after_another_act_take_their_own_day() -> None:
    m = meetings(AFTER_TALKS_WITH_ANOTHER, date(2023, 9, 13))[0]
    assert names(m) == {("Vương Đình Huệ", "VN"), ("Valentina Matviyenko", "RU")}
    assert (m.kind, m.date) == ("hội đàm", "2023-09-12")


def test_act_the_sentence_is_at_stays_its_act() -> None:
    at_call = (
        "Chiều 7/12, Thủ tướng Phạm Minh Chính điện đàm với Tổng giám đốc Rosatom Alexei "
        "Likhachev. Tại cuộc điện đàm, vui mừng gặp lại Tổng giám đốc Alexei Likhachev, Thủ "
        "tướng đề nghị thúc đẩy hợp tác năng lượng hạt nhân."
    )
    m = meetings(at_call, date(2025, 12, 8))[0]
    assert (m.kind, m.date) == ("điện đàm", "2025-12-07")


# ---------------------------------------------------------------- consultations as the lead

CONSULTATIONS = """CỔNG THÔNG TIN BỘ NGOẠI GIAO
Năm 2023, Việt Nam và Nga kỷ niệm 10 năm quan hệ Đối tác chiến lược toàn diện. Bộ Ngoại giao đã tiến hành tham vấn với nhiều đối tác về chương trình nghị sự năm 2024.
Trong khuôn khổ đó, ngày 18/3/2024, tại Moskva, Thứ trưởng Bộ Ngoại giao Đỗ Hùng Việt và Thứ trưởng Ngoại giao Liên bang Nga Andrei Rudenko đã tiến hành tham vấn về hợp tác khu vực châu Á - Thái Bình Dương.
Nhân dịp này, Thứ trưởng Đỗ Hùng Việt đã chào xã giao Thứ trưởng thứ nhất Bộ Ngoại giao Nga Vladimir Titov.
"""


def test_consultations_lead_over_the_courtesy_call_made_on_the_occasion() -> None:
    m = meetings(CONSULTATIONS)[0]
    assert names(m) == {("Đỗ Hùng Việt", "VN"), ("Andrei Rudenko", "RU")}
    assert (m.kind, m.date, m.place) == ("tham vấn", "2024-03-18", "Moskva")


def test_seeking_opinions_is_no_meeting() -> None:
    text = (
        "Ngày 5/6, Bộ Tư pháp đã tham vấn ý kiến chuyên gia Nga về dự thảo luật, trong đó có "
        "Thứ trưởng Tư pháp Nga Andrei Loginov."
    )
    assert all(m.kind != "tham vấn" for m in meetings(text, date(2024, 6, 6)))


# ------------------------------------------------ an event named again by its noun

SESSION_ONLINE = """Phiên họp lần thứ 6 của Nhóm công tác cấp cao Việt - Nga về các dự án ưu tiên đã diễn ra ngày 27/4 theo hình thức trực tuyến.
Phiên họp do Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng và Bộ trưởng Phát triển kinh tế Nga Maxim Reshetnikov đồng chủ trì. Hai bên rà soát các dự án dầu khí, năng lượng và nông nghiệp.
"""

CONFERENCE_IN_CITY = """Hội nghị hợp tác giữa các địa phương Việt Nam - Nga lần thứ 3 đã diễn ra sáng 12/10 tại thành phố Vladivostok.
Hội nghị do Phó Thủ tướng Trần Hồng Hà và Phó Thủ tướng Nga Yury Trutnev đồng chủ trì, với sự tham gia của lãnh đạo nhiều tỉnh hai nước.
"""


def test_session_named_again_takes_the_day_of_the_sentence_before() -> None:
    m = meetings(SESSION_ONLINE, date(2023, 4, 28))[0]
    assert names(m) == {("Nguyễn Chí Dũng", "VN"), ("Maxim Reshetnikov", "RU")}
    assert (m.date, m.place) == ("2023-04-27", None)


def test_conference_named_again_takes_the_day_and_city_of_the_sentence_before() -> None:
    m = meetings(CONFERENCE_IN_CITY, date(2023, 10, 13))[0]
    assert names(m) == {("Trần Hồng Hà", "VN"), ("Yuri Trutnev", "RU")}
    assert (m.date, m.place) == ("2023-10-12", "Vladivostok")


def test_another_event_before_lends_no_day() -> None:
    other = SESSION_ONLINE.replace("Phiên họp lần thứ 6", "Diễn đàn doanh nghiệp lần thứ 6", 1)
    assert meetings(other, date(2023, 4, 28))[0].date is None


# ------------------------------------------ a trip's span of days, a governor's region

TRIP_SPAN = """Kaluga, thành phố cách Moskva gần 200 km, có nhiều doanh nghiệp Việt Nam hoạt động.
Trong chuyến công tác từ ngày 14-16/5, Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi đã làm việc với Thống đốc tỉnh Kaluga Vladislav Shapsha. Hai bên trao đổi về hợp tác nông nghiệp và công nghiệp.
"""


def test_act_on_a_trip_of_several_days_has_its_month_only() -> None:
    m = meetings(TRIP_SPAN, date(2024, 5, 18))[0]
    assert names(m) == {("Đặng Minh Khôi", "VN"), ("Vladislav Shapsha", "RU")}
    assert (m.date, m.date_inferred) == ("2024-05", True)


def test_act_on_a_trip_is_at_the_seat_of_the_hosts_region_the_text_names() -> None:
    assert meetings(TRIP_SPAN, date(2024, 5, 18))[0].place == "Kaluga"


def test_region_whose_city_the_text_never_names_gives_no_place() -> None:
    unnamed = TRIP_SPAN.replace("Kaluga, thành phố", "Thành phố", 1)
    assert meetings(unnamed, date(2024, 5, 18))[0].place is None


def test_day_written_inside_the_trip_is_kept() -> None:
    dated = TRIP_SPAN.replace("14-16/5, Đại sứ", "14-16/5, sáng 15/5, Đại sứ")
    assert meetings(dated, date(2024, 5, 18))[0].date == "2024-05-15"


def test_visit_over_several_days_keeps_its_first_day() -> None:
    visit = (
        "Thủ tướng Nga Mikhail Mishustin thăm chính thức Việt Nam từ ngày 14-15/1 theo lời mời "
        "của Thủ tướng Phạm Minh Chính."
    )
    m = meetings(visit, date(2025, 1, 16))[0]
    assert m.date == "2025-01-14"


def test_local_leader_on_his_own_trip_is_not_placed_at_home() -> None:
    guest = (
        "Vladivostok là thành phố cảng lớn nhất vùng Viễn Đông của Nga.\n"
        "Trong chuyến công tác từ ngày 3-5/4, Thống đốc vùng Primorye Oleg Kozhemyako đã làm "
        "việc với Bộ trưởng Công Thương Nguyễn Hồng Diên về hợp tác thương mại."
    )
    m = meetings(guest, date(2024, 4, 8))[0]
    assert names(m) == {("Oleg Kozhemyako", "RU"), ("Nguyễn Hồng Diên", "VN")}
    assert m.place is None


def test_trip_to_the_other_country_names_no_host_region_there() -> None:
    to_vietnam = TRIP_SPAN.replace(
        "Trong chuyến công tác từ", "Trong chuyến công tác tại Việt Nam từ"
    )
    assert meetings(to_vietnam, date(2024, 5, 18))[0].place is None


def test_byline_written_after_its_clock_is_the_page_day() -> None:
    timed = LIVE_TITLED.replace("Thứ Hai, 07:45, 04/11/2019", "07:45 | 04/11/2019")
    assert meetings(timed, date(2019, 11, 4))[0].date == "2019-11-04"


def test_live_mark_inside_a_menu_makes_no_live_page() -> None:
    menu = LIVE_TITLED.replace("TRỰC TIẾP: Thủ tướng", "Video  Trực tiếp  Podcast\nThủ tướng")
    menu = menu.replace("Cập nhật liên tục\n", "")
    assert meetings(menu, date(2019, 11, 4))[0].date is None


# ------------------------------------------------ an act beside an event told before it

BESIDE_FORUM = """Diễn đàn Kinh tế Phương Đông lần thứ 8 diễn ra từ ngày 10 - 13/9 tại Vladivostok với hơn 6.000 đại biểu từ nhiều nước. Phó Thủ tướng Trần Hồng Hà dẫn đầu đoàn Việt Nam dự phiên toàn thể.
Bên lề diễn đàn, chiều 11/9, Phó Thủ tướng Trần Hồng Hà đã hội kiến Phó Thủ tướng Nga Yuri Trutnev. Hai bên trao đổi về hợp tác năng lượng và du lịch.
"""

BESIDE_EXHIBITION = """Triển lãm Quốc phòng quốc tế Việt Nam 2024 được tổ chức từ ngày 19 đến 22/12 tại Hà Nội, với gần 250 doanh nghiệp quốc phòng tham gia.
Bên lề sự kiện, sáng 20/12, Bộ trưởng Quốc phòng Phan Văn Giang đã tiếp Thứ trưởng Quốc phòng Nga Alexander Fomin. Hai bên nhất trí tăng cường hợp tác quốc phòng.
"""


def test_act_beside_a_forum_is_in_the_city_that_holds_it() -> None:
    m = meetings(BESIDE_FORUM, date(2023, 9, 12))[0]
    assert names(m) == {("Trần Hồng Hà", "VN"), ("Yuri Trutnev", "RU")}
    assert (m.date, m.place) == ("2023-09-11", "Vladivostok")


def test_act_beside_an_exhibition_is_in_the_city_that_holds_it() -> None:
    m = meetings(BESIDE_EXHIBITION, date(2024, 12, 21))[0]
    assert names(m) == {("Phan Văn Giang", "VN"), ("Alexander Fomin", "RU")}
    assert (m.date, m.place) == ("2024-12-20", "Hà Nội")


def test_event_on_other_days_places_no_act_beside_it() -> None:
    later = BESIDE_FORUM.replace("chiều 11/9", "chiều 15/9")
    assert meetings(later, date(2023, 9, 16))[0].place is None
