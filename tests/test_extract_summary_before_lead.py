"""Principals and facts a lead's own sentence does not give. A summary naming the act but not
its people ("… trong cuộc gặp giữa bộ trưởng hai nước ở Moskva hôm qua"), then the lead naming
the people with no day or place of its own: the lead's day and venue are the summary's. An
official named only with "ông" who "đã có cuộc gặp"/"có buổi làm việc" with a Russian is a
principal. An act with no day "bên lề" an event the text says was held in a city is in that
city. Two wordings of each and near-misses that keep their reading."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings, names

SUMMARY_BEFORE_NAMED_TALKS = """Tin tức  Thế giới  Kinh doanh  Giáo dục
Thứ sáu, 14/3/2025, 07:15 (GMT+7)
Việt Nam và Nga mở rộng đào tạo kỹ sư đường sắt
Hai nước tăng số suất học bổng ngành đường sắt lên gấp đôi, theo thỏa thuận đạt được trong cuộc hội đàm giữa bộ trưởng giao thông hai nước tại Hà Nội chiều qua.
Ông Trần Hồng Minh, bộ trưởng Xây dựng, hội đàm với ông Roman Starovoit, bộ trưởng Giao thông Nga, đang thăm Việt Nam.
Hai bên nhất trí thúc đẩy hợp tác đường sắt, cảng biển và đào tạo nguồn nhân lực.
"""

SUMMARY_WITH_PLAIN_MEET = """Nga muốn nhập thêm cà phê và hạt điều của Việt Nam
Thứ Ba, 9/9/2025 06:30
Nga đề nghị tăng nhập khẩu nông sản nhiệt đới trong cuộc gặp giữa thứ trưởng hai bộ ở Moskva hôm qua.
Thứ trưởng Bộ Công Thương Phan Thị Thắng làm việc với Thứ trưởng Bộ Phát triển Kinh tế Nga Vladimir Ilyichev về thương mại và đầu tư.
"""

SUMMARY_OF_ANOTHER_ACT = """Việt Nam và Nga mở rộng hợp tác năng lượng
Thứ Ba, 9/9/2025 06:30
Lãnh đạo hai nước đã điện đàm hôm 2/9 nhân dịp Quốc khánh Việt Nam.
Ông Nguyễn Hồng Diên, bộ trưởng Công Thương, hội đàm với ông Sergei Tsivilev, bộ trưởng Năng lượng Nga, về dầu khí và điện hạt nhân.
"""

SUMMARY_NAMING_OTHERS = """Hợp tác giáo dục Việt - Nga
Thứ Ba, 9/9/2025 06:30
Hôm qua tại Moskva, Bộ trưởng Giáo dục Nguyễn Kim Sơn đã gặp Bộ trưởng Khoa học Nga Valery Falkov.
Thứ trưởng Hoàng Minh Sơn làm việc với Hiệu trưởng Đại học Tổng hợp Kazan Lenar Safin về trao đổi sinh viên.
"""


def test_named_talks_take_the_day_and_city_of_the_summary_before_them() -> None:
    m = meetings(SUMMARY_BEFORE_NAMED_TALKS, date(2025, 3, 14))[0]
    assert (m.date, m.place, m.kind) == ("2025-03-13", "Hà Nội", "hội đàm")
    assert names(m) == {("Trần Hồng Minh", "VN"), ("Roman Starovoit", "RU")}


def test_a_summary_saying_only_they_met_lends_its_day_to_a_working_session() -> None:
    m = meetings(SUMMARY_WITH_PLAIN_MEET, date(2025, 9, 9))[0]
    assert (m.date, m.place) == ("2025-09-08", "Moskva")
    assert names(m) == {("Phan Thị Thắng", "VN"), ("Vladimir Ilyichev", "RU")}


def test_a_summary_of_another_kind_of_act_lends_nothing() -> None:
    # The leaders' phone call of 2/9 is not the ministers' talks: no day is known for them.
    m = next(x for x in meetings(SUMMARY_OF_ANOTHER_ACT, date(2025, 9, 9)) if not x.secondary)
    assert names(m) == {("Nguyễn Hồng Diên", "VN"), ("Sergei Tsivilev", "RU")}
    assert m.date != "2025-09-02"


def test_a_sentence_naming_its_own_people_is_another_act() -> None:
    found = meetings(SUMMARY_NAMING_OTHERS, date(2025, 9, 9))
    kazan = [m for m in found if ("Lenar Safin", "RU") in names(m)]
    assert kazan and all(m.date != "2025-09-08" for m in kazan)


SIDELINE_MEETING_OF_A_PROVINCIAL_LEADER = """Tỉnh Lạng Sơn tham dự Diễn đàn Kinh tế quốc tế St. Petersburg
Đoàn công tác tỉnh Lạng Sơn do ông Hoàng Văn Nghiệm, Bí thư Tỉnh ủy dẫn đầu đã tham dự diễn đàn. Chiều 16/6, ông Hoàng Văn Nghiệm đã có cuộc gặp với Thống đốc vùng Leningrad Alexander Drozdenko. Hai bên trao đổi về hợp tác logistics và nông nghiệp.
"""

WORKING_SESSION_OF_A_CITY_LEADER = """Sáng 9/10, tại Ekaterinburg, ông Trần Văn Lâm có buổi làm việc với ông Denis Pasler, Thống đốc tỉnh Sverdlovsk, về hợp tác công nghiệp và giáo dục.
"""

SPEECH_NOT_A_MEETING = """Chiều 16/6, tại phiên thảo luận của diễn đàn, ông Hoàng Văn Nghiệm có bài phát biểu về tiềm năng du lịch. Thống đốc vùng Leningrad Alexander Drozdenko cũng tham dự phiên thảo luận.
"""


def test_an_official_named_only_with_ong_who_had_a_meeting_is_its_principal() -> None:
    m = meetings(SIDELINE_MEETING_OF_A_PROVINCIAL_LEADER, date(2025, 6, 17))[0]
    assert (m.date, m.kind) == ("2025-06-16", "gặp")
    assert names(m) == {("Hoàng Văn Nghiệm", "VN"), ("Alexander Drozdenko", "RU")}


def test_a_working_session_written_with_co_buoi() -> None:
    m = meetings(WORKING_SESSION_OF_A_CITY_LEADER, date(2025, 10, 10))[0]
    assert (m.date, m.place, m.kind) == ("2025-10-09", "Yekaterinburg", "làm việc")
    assert names(m) == {("Trần Văn Lâm", "VN"), ("Denis Pasler", "RU")}


def test_a_speech_at_the_same_session_is_no_meeting() -> None:
    found = meetings(SPEECH_NOT_A_MEETING, date(2025, 6, 17))
    assert not any(("Hoàng Văn Nghiệm", "VN") in names(m) for m in found)


ENERGY_WEEK_SIDELINES = """Việt Nam dự Tuần lễ Năng lượng Nga
Tuần lễ Năng lượng Nga lần thứ 7 diễn ra tại Moskva từ ngày 11 đến 13/10, với sự tham gia của đại biểu hơn 80 nước.
Bên lề tuần lễ, Bộ trưởng Công Thương Nguyễn Hồng Diên đã có cuộc gặp với Phó Thủ tướng Nga Alexander Novak, trao đổi về hợp tác dầu khí.
"""

FORUM_SIDELINES = """Đoàn Việt Nam tại Diễn đàn Kinh tế quốc tế St. Petersburg
Diễn đàn Kinh tế quốc tế St. Petersburg năm nay được tổ chức tại St. Petersburg từ ngày 5 đến 8/6.
Phó Thủ tướng Trần Hồng Hà dẫn đầu đoàn Việt Nam dự diễn đàn. Bên lề diễn đàn, Phó Thủ tướng Trần Hồng Hà hội kiến Phó Thủ tướng Nga Dmitry Chernyshenko về hợp tác khoa học và giáo dục.
"""

SIDELINES_OF_ANOTHER_EVENT = """Việt Nam dự Tuần lễ Năng lượng Nga
Tuần lễ Năng lượng Nga lần thứ 7 diễn ra tại Moskva từ ngày 11 đến 13/10.
Bên lề hội nghị APEC, Bộ trưởng Công Thương Nguyễn Hồng Diên đã có cuộc gặp với Phó Thủ tướng Nga Alexander Novak.
"""


def test_an_undated_act_beside_an_event_is_in_the_event_city() -> None:
    m = meetings(ENERGY_WEEK_SIDELINES, date(2025, 10, 14))[0]
    assert m.place == "Moskva"
    assert names(m) == {("Nguyễn Hồng Diên", "VN"), ("Alexander Novak", "RU")}


def test_an_undated_act_beside_a_forum_is_in_the_forum_city() -> None:
    m = meetings(FORUM_SIDELINES, date(2025, 6, 9))[0]
    assert m.place == "Saint Petersburg"
    assert names(m) == {("Trần Hồng Hà", "VN"), ("Dmitry Chernyshenko", "RU")}


def test_an_act_beside_another_event_takes_no_city_from_the_first() -> None:
    m = meetings(SIDELINES_OF_ANOTHER_EVENT, date(2025, 10, 14))[0]
    assert m.place != "Moskva"
