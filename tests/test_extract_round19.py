"""Round 19 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date | None):
    return next(m for m in meetings(text, published) if not m.secondary)


def _names(m) -> list[str]:
    return [p.name for p in m.participants]


# A plan word inside a capitalised name ("Ban Chuẩn bị") before the verb plans nothing.
PLAN_WORD_IN_NAME = """Thủ tướng tiếp Phó Thủ tướng Nga
Sáng 12/3/2023, tại trụ sở Ban Chuẩn bị Hội nghị, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga Dmitry Chernyshenko.
"""

# Near miss: the same words as a plan at the head of the sentence stay a plan.
PLAN_AT_HEAD = """Thủ tướng sẽ tiếp Phó Thủ tướng Nga
Theo chương trình, chiều 12/3/2023, Thủ tướng Phạm Minh Chính sẽ tiếp Phó Thủ tướng Nga Dmitry Chernyshenko.
"""


def test_a_plan_word_inside_a_name_plans_nothing() -> None:
    m = _lead(PLAN_WORD_IN_NAME, date(2023, 3, 12))
    assert _names(m) == ["Phạm Minh Chính", "Dmitry Chernyshenko"]
    assert (m.date, m.kind) == ("2023-03-12", "tiếp")


def test_a_plan_at_the_head_of_the_sentence_stays_a_plan() -> None:
    assert all(
        m.date != "2023-03-12" or m.secondary for m in meetings(PLAN_AT_HEAD, date(2023, 3, 1))
    )


# A site's top bar: its "today" beside a hotline and a login link, then the menu.
SITE_BAR = """Thứ Hai, 09/03/2026 | 08:05  Đường dây nóng: 0243 888 999 | Đăng nhập
Thời sự  Kinh tế  Quốc tế
Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Nga
{lead}
Hai bên trao đổi về hợp tác du lịch và giáo dục.
"""

# Near miss: the same date and time below the headline is the article's byline.
BYLINE_BELOW = """Thời sự  Kinh tế  Quốc tế
Bí thư Tỉnh ủy tiếp Tổng Lãnh sự Nga
Thứ Hai, 09/03/2026 | 08:05
{lead}
Hai bên trao đổi về hợp tác du lịch và giáo dục.
"""

FULL_DAY = "Chiều 14-6-2022, tại Đà Nẵng, Chủ tịch nước Nguyễn Xuân Phúc đã tiếp Phó Thủ tướng Nga Yury Trutnev."
TODAY_ONLY = (
    "Sáng nay, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga Dmitry Chernyshenko."
)


def test_a_site_bar_today_is_no_publication_date() -> None:
    # Taken as the publication date, it made the stated day of 2022 an old one and dropped it.
    assert _lead(SITE_BAR.format(lead=FULL_DAY), None).date == "2022-06-14"
    assert _lead(SITE_BAR.format(lead=TODAY_ONLY), None).date is None


def test_a_dated_line_below_the_headline_is_the_byline() -> None:
    assert _lead(BYLINE_BELOW.format(lead=TODAY_ONLY), None).date == "2026-03-09"


# The year the titles point to lies after the article's publication: no meeting of its.
TITLE_AFTER_PUBLICATION = """Điện đàm cấp cao Việt Nam - Nga
Chiều 20/6, Chủ tịch nước Tô Lâm đã điện đàm với Tổng thống Nga Vladimir Putin.
"""


def test_a_year_is_never_inferred_past_the_publication() -> None:
    # Published in 2019, "Chủ tịch nước Tô Lâm" fits only 2024: no date rather than 2024.
    assert _lead(TITLE_AFTER_PUBLICATION, date(2019, 6, 21)).date is None
    # Near miss: published in his term, the day takes the publication's year.
    assert _lead(TITLE_AFTER_PUBLICATION, date(2024, 6, 21)).date == "2024-06-20"


# "Tiếp đoàn, X …": the opening clause's subject received the delegation the lead reports.
RECEIVED_DELEGATION = """Lãnh đạo tỉnh Đồng Nai làm việc tại vùng Sverdlovsk
Mới đây, đoàn công tác tỉnh Đồng Nai do ông Cao Tiến Dũng, Chủ tịch UBND tỉnh Đồng Nai dẫn đầu đã đến thăm và làm việc tại thành phố Yekaterinburg, vùng Sverdlovsk.
Tiếp đoàn, Thống đốc vùng Sverdlovsk Evgeny Kuyvashev cho biết các doanh nghiệp của vùng muốn tìm hiểu thị trường Việt Nam, nhất là trong luyện kim và chế tạo máy.
Ông Cao Tiến Dũng đề nghị hai địa phương đẩy mạnh hợp tác về thương mại và giáo dục.
"""

RECEIVED_ON_ITS_DAY = """Tổng Lãnh sự Việt Nam làm việc tại Tatarstan
Trong hai ngày 12-13/9/2019, Tổng Lãnh sự Việt Nam tại Vladivostok Trần Văn Tuấn đã dẫn đầu đoàn công tác đến thăm và làm việc tại vùng Primorye.
Tiếp đoàn hôm 13/9, Thống đốc vùng Primorye Oleg Kozhemyako giới thiệu tiềm năng hợp tác về nghề cá và cảng biển.
"""

# An invitation to visit, with the time to come after the verb, is no visit.
INVITED_NEXT_YEAR = """Lãnh đạo TP Cần Thơ làm việc tại Nga
Vừa qua, Chủ tịch UBND TP Cần Thơ Trần Việt Trường đã có buổi làm việc với lãnh đạo Ngân hàng Gazprombank.
Ông mời Thống đốc vùng Omsk Vitaly Khotsenko dẫn đoàn doanh nghiệp sang thăm TP Cần Thơ vào năm tới.
"""


def test_tiep_doan_names_who_received_the_delegation() -> None:
    m = _lead(RECEIVED_DELEGATION, None)
    assert _names(m) == ["Cao Tiến Dũng", "Evgeny Kuyvashev"]
    assert (m.kind, m.place) == ("tiếp", "Yekaterinburg")


def test_tiep_doan_takes_the_day_of_the_reception() -> None:
    m = _lead(RECEIVED_ON_ITS_DAY, date(2019, 9, 14))
    assert _names(m) == ["Trần Văn Tuấn", "Oleg Kozhemyako"]
    assert (m.kind, m.date) == ("tiếp", "2019-09-13")


def test_an_invitation_to_visit_next_year_is_no_visit() -> None:
    assert all(
        "Vitaly Khotsenko" not in _names(m) for m in meetings(INVITED_NEXT_YEAR, date(2024, 3, 2))
    )


# Near miss: talks about the year to come were held.
TALKS_ABOUT_NEXT_YEAR = """Thứ trưởng Ngoại giao hội đàm với Thứ trưởng Ngoại giao Nga
Ngày 5/3/2024, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Hùng Việt hội đàm với Thứ trưởng Ngoại giao Nga Andrey Rudenko về kế hoạch hợp tác trong năm tới.
"""


def test_talks_about_the_year_to_come_were_held() -> None:
    m = _lead(TALKS_ABOUT_NEXT_YEAR, date(2024, 3, 5))
    assert (m.date, m.kind) == ("2024-03-05", "hội đàm")


# A working session told after the trip it was part of: the trip's month (inferred: the
# session's own day is not told), its province's city, and the title written in full there.
SESSION_ON_TRIP = """Đại sứ Việt Nam thăm tỉnh Irkutsk
Trong tháng 6/2021, Đại sứ Việt Nam tại Liên bang Nga Đặng Minh Khôi đã có chuyến thăm và làm việc tại tỉnh Irkutsk.
Tại buổi làm việc với Thống đốc tỉnh Irkutsk Igor Kobzev, Đại sứ Đặng Minh Khôi đề nghị hai bên đẩy mạnh hợp tác về giáo dục và du lịch.
"""

# A month stated for the act itself stays stated.
SESSION_IN_MONTH = """Bộ trưởng Công Thương làm việc với Bộ trưởng Năng lượng Nga
Trong tháng 6/2021, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên đã làm việc với Bộ trưởng Năng lượng Nga Nikolai Shulginov tại Moskva.
"""


def test_a_session_on_a_trip_takes_the_trips_month_marked_inferred() -> None:
    m = _lead(SESSION_ON_TRIP, None)
    assert _names(m) == ["Đặng Minh Khôi", "Igor Kobzev"]
    assert (m.date, m.date_inferred) == ("2021-06", True)
    assert m.place is not None and m.place.startswith("Irkutsk")
    assert m.participants[0].title == "Đại sứ Việt Nam tại Nga"


def test_a_month_told_of_the_act_itself_is_stated() -> None:
    m = _lead(SESSION_IN_MONTH, None)
    assert (m.date, m.date_inferred) == ("2021-06", False)


# The city set after the venue, as an apposition: the venue's city.
VENUE_THEN_CITY = """Tổng Bí thư hội đàm với Tổng thống Nga
Ngày 8/9/2018, tại khu nghỉ dưỡng Rosa Khutor, thành phố Sochi, Tổng Bí thư Nguyễn Phú Trọng đã hội đàm với Tổng thống Nga Vladimir Putin.
"""

# A summit abroad's city, given by the wire's dateline.
SUMMIT_DATELINE = """Thủ tướng gặp Thủ tướng Nga tại Brunei
BANDAR SERI BEGAWAN (TTXVN) - Chiều 9/10/2013, bên lề Hội nghị Cấp cao Đông Á, Thủ tướng Nguyễn Tấn Dũng đã gặp Thủ tướng Nga Dmitry Medvedev.
"""


def test_a_city_set_after_the_venue_is_the_place() -> None:
    m = _lead(VENUE_THEN_CITY, date(2018, 9, 8))
    assert m.place == "Sochi"


def test_a_summit_capital_in_the_dateline_is_the_place() -> None:
    assert _lead(SUMMIT_DATELINE, date(2013, 10, 9)).place == "Bandar Seri Begawan"


# Near miss: a trip the sentence before recalls, made by someone else, lends no month.
RECALLED_TRIP_BEFORE = """Chủ tịch nước hội kiến Tổng thống Nga
Hai bên đánh giá cao kết quả chuyến thăm cấp Nhà nước của Tổng thống Vladimir Putin tới Việt Nam vào tháng 6/2024.
Tại Điện Kremlin, Chủ tịch nước Lương Cường đã hội kiến Tổng thống Vladimir Putin.
"""


def test_a_recalled_trip_before_the_act_lends_no_month() -> None:
    m = _lead(RECALLED_TRIP_BEFORE, None)
    assert m.date != "2024-06"


# The headline says where the act the lead tells was.
HEADLINE_PLACE = """Bộ trưởng Nguyễn Kim Sơn làm việc tại Đại học Tổng hợp quốc gia Moskva
Nhân chuyến công tác tại Liên bang Nga tháng 3/2024, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã làm việc với Hiệu trưởng Viktor Sadovnichy.
"""

# Near miss: a headline about someone else's act lends no place.
HEADLINE_OTHERS = """Thủ tướng Phạm Minh Chính làm việc tại Moskva
Nhân chuyến công tác tại Liên bang Nga tháng 3/2024, Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn đã làm việc với Hiệu trưởng Viktor Sadovnichy.
"""


def test_the_headline_places_the_act_the_lead_tells() -> None:
    assert _lead(HEADLINE_PLACE, None).place == "Moskva"


def test_a_headline_of_another_persons_act_places_nothing() -> None:
    assert _lead(HEADLINE_OTHERS, None).place is None


# Academic titles address a person as "ông" does, on either side.
ACADEMICS = """Viện Hàn lâm làm việc với Viện Hàn lâm Khoa học Nga
Ngày 14/5/2013, GS.TSKH Nguyễn Văn Hiệu đã làm việc với Viện sĩ Vladimir Fortov tại Moskva.
"""

# The trip told just before the act places it: "đã thăm và làm việc tại … ở thành phố N".
TRIP_CITY_BEFORE = """Đoàn Viện Hàn lâm thăm Tomsk
Từ ngày 3-6/9/2016, đoàn công tác của Viện Hàn lâm Khoa học và Công nghệ Việt Nam do ông Châu Văn Minh dẫn đầu đã thăm và làm việc tại Đại học Bách khoa Tomsk ở thành phố Tomsk.

Ngày 4/9, ông Châu Văn Minh đã làm việc với ông Andrey Yakovlev, Hiệu trưởng Đại học Bách khoa Tomsk.
"""

# "đang thăm và làm việc tại thành phố": the host's own city, which his title names.
HOST_CITY = """Chủ tịch Đà Nẵng tiếp Thống đốc Kaliningrad
Sáng 12/4/2017, Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ đã tiếp ông Anton Alikhanov, Thống đốc tỉnh Kaliningrad, đang thăm và làm việc tại thành phố.
"""

# A year someone is invited to ("mời … dự APEC 2017") lends no year to the meeting.
INVITED_YEAR = """Chủ tịch nước gặp Tổng thống Nga bên lề APEC
Ngày 19/11 (giờ địa phương), tại Lima, Chủ tịch nước Trần Đại Quang đã có cuộc gặp với Tổng thống Vladimir Putin. Chủ tịch nước mời Tổng thống Putin sang dự Tuần lễ Cấp cao APEC 2017 tại Đà Nẵng.
"""

# The wire's dated dateline is the "today" of its "chiều nay", not the later publication.
DATED_DATELINE = """Thủ tướng hội đàm với Thủ tướng Nga
MOSKVA, 14-5 - Chiều nay (giờ địa phương), tại Moskva, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Dmitry Medvedev.
"""

# An event named for its city frames the act ("Trong khuôn khổ Diễn đàn … St. Petersburg").
FRAMED_BY_EVENT = """PVN làm việc với Gazprom
Trong khuôn khổ Diễn đàn Kinh tế quốc tế St. Petersburg, ngày 16/6/2016, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Nguyễn Vũ Trường Sơn đã làm việc với Chủ tịch Tập đoàn Gazprom Alexei Miller về việc cung cấp khí và chế biến khí.
"""


def test_academic_titles_address_both_sides() -> None:
    m = _lead(ACADEMICS, date(2013, 5, 15))
    assert _names(m) == ["Nguyễn Văn Hiệu", "Vladimir Fortov"]


def test_the_trip_told_before_places_the_act() -> None:
    m = _lead(TRIP_CITY_BEFORE, date(2016, 9, 7))
    assert (m.date, m.place) == ("2016-09-04", "Tomsk")


def test_the_locality_visited_is_the_hosts_city() -> None:
    assert _lead(HOST_CITY, date(2017, 4, 12)).place == "Đà Nẵng"


def test_a_year_of_an_invitation_is_no_year_of_the_meeting() -> None:
    assert _lead(INVITED_YEAR, None).date != "2017-11-19"


def test_a_dated_dateline_is_the_today_of_its_relative_days() -> None:
    assert _lead(DATED_DATELINE, date(2019, 5, 15)).date == "2019-05-14"


def test_an_event_named_for_its_city_frames_the_act() -> None:
    m = _lead(FRAMED_BY_EVENT, date(2016, 6, 17))
    assert m.place == "Saint Petersburg" and "dầu khí" in m.sectors


# An anniversary names its year unwritten: "80 năm Chiến thắng" is 2025.
ANNIVERSARY_YEAR = """Bộ trưởng Quốc phòng hội đàm tại Moskva
Chiều 3/9, tại Moskva, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nga Andrei Belousov. Bộ trưởng Belousov cảm ơn Việt Nam đã cử khối diễu binh dự Lễ kỷ niệm 80 năm Chiến thắng tại Quảng trường Đỏ.
"""

# Near miss: another victory's anniversary names no year of this one.
OTHER_VICTORY = """Bộ trưởng Quốc phòng hội đàm tại Moskva
Chiều 3/9, tại Moskva, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng đã hội đàm với Bộ trưởng Quốc phòng Nga Andrei Belousov. Hai bên nhắc đến lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.
"""


def test_an_anniversary_names_its_year() -> None:
    m = _lead(ANNIVERSARY_YEAR, None)
    assert (m.date, m.date_inferred) == ("2025-09-03", True)


def test_another_victorys_anniversary_names_no_year() -> None:
    assert _lead(OTHER_VICTORY, None).date is None


# An act proposed is no field of cooperation: "đề nghị gia hạn …", "khôi phục đường bay".
PROPOSED_ACTS = """Tổng Giám đốc PVN làm việc với Zarubezhneft
Ngày 3/10/2024, tại Moskva, Tổng Giám đốc Tập đoàn Dầu khí Việt Nam Lê Mạnh Hùng đã làm việc với Tổng Giám đốc Zarubezhneft Sergey Kudryashov. Ông Kudryashov đề nghị gia hạn một số hợp đồng dầu khí và khôi phục đường bay thẳng giữa Vũng Tàu và Moskva.
"""


def test_a_proposed_act_is_no_sector() -> None:
    sectors = _lead(PROPOSED_ACTS, date(2024, 10, 4)).sectors
    assert "dầu khí" in sectors
    assert not [s for s in sectors if s.startswith(("gia hạn", "khôi phục"))]


# A ministry's seat named without its country is the host's; a longer ministry's name in the
# guest's title ("Bộ Xây dựng và Nhà ở … Liên bang Nga") is another body.
SEAT_OF_HOST_MINISTRY = """Bộ trưởng Xây dựng tiếp Bộ trưởng Nga
Sáng 16/10/2014, tại trụ sở Bộ Xây dựng, Bộ trưởng Trịnh Đình Dũng đã tiếp và làm việc với Bộ trưởng Bộ Xây dựng và Nhà ở - Tiện ích công cộng Liên bang Nga Mikhail Men.
"""


def test_a_longer_ministry_in_the_guests_title_is_another_body() -> None:
    assert _lead(SEAT_OF_HOST_MINISTRY, date(2014, 10, 16)).place == "Hà Nội"
