"""Extraction classes met on a second unseen judge set (issue 9), on reports written for these
tests: a lead whose only date is that of an earlier act it recalls."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings

CREDENTIALS = """Chủ tịch nước nhận Quốc thư của Đại sứ các nước
Sáng 14/9, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc đã chủ trì lễ tiếp nhận Quốc thư của Đại sứ các nước Liên bang Nga, Cộng hòa Ireland và Cộng hòa Peru.
Tiếp Đại sứ Nga Gennady Bezdetko sau buổi lễ, Chủ tịch nước Nguyễn Xuân Phúc nhắc lại cuộc hội đàm trực tuyến với Tổng thống Nga tháng 6/2021, đề nghị Đại sứ thúc đẩy hợp tác y tế, năng lượng và giáo dục.
Đại sứ Gennady Bezdetko cảm ơn sự đón tiếp và khẳng định sẽ nỗ lực vì quan hệ hai nước.
"""

FORUM_GUESTS = """Thủ tướng tiếp các trưởng đoàn dự Diễn đàn năng lượng
Chiều 10/6, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp các trưởng đoàn dự Diễn đàn năng lượng châu Á.
Khi gặp Bộ trưởng Năng lượng Nga Sergei Tsivilev bên lề buổi tiếp, Thủ tướng Phạm Minh Chính ôn lại chuyến thăm Moskva của mình tháng 1/2025, mong hai bên đẩy mạnh hợp tác dầu khí và điện hạt nhân.
Bộ trưởng Tsivilev nói Nga sẵn sàng cùng Việt Nam triển khai các dự án đã thỏa thuận.
"""

OWN_DAY_AND_A_RECALL = """Bộ trưởng Ngoại giao tiếp Đại sứ Nga
Chiều 5/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nga Gennady Bezdetko, nhắc lại chuyến thăm Nga của ông tháng 10/2023 và đề nghị thúc đẩy hợp tác giáo dục.
"""

ONLY_THE_RECALL = """Bộ trưởng Ngoại giao tiếp Đại sứ Nga
Tiếp Đại sứ Nga Gennady Bezdetko, Bộ trưởng Ngoại giao Bùi Thanh Sơn nhắc lại chuyến thăm Nga của ông tháng 10/2023 và đề nghị thúc đẩy hợp tác giáo dục.
"""


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


def test_a_recalled_month_in_the_lead_gives_way_to_the_day_of_the_ceremony() -> None:
    m = _lead(CREDENTIALS, date(2021, 9, 14))
    assert {p.name for p in m.participants} >= {"Nguyễn Xuân Phúc", "Gennady Bezdetko"}
    assert m.date == "2021-09-14"


def test_a_month_recalled_by_ôn_lại_is_not_the_meeting_s_either() -> None:
    m = _lead(FORUM_GUESTS, date(2025, 6, 10))
    assert m.date == "2025-06-10"


def test_the_lead_s_own_day_stays_beside_a_recall() -> None:
    m = _lead(OWN_DAY_AND_A_RECALL, date(2024, 3, 5))
    assert m.date == "2024-03-05"


def test_a_recall_alone_gives_no_date_rather_than_its_own() -> None:
    m = _lead(ONLY_THE_RECALL, date(2024, 3, 5))
    assert m.date != "2023-10"
    assert m.date is None or m.date.startswith("2024")


# A city's round-up of the day's receptions: another country's guest first, then "Cùng ngày, …"
# the Russian delegation, led "do ông X, <chức vụ> dẫn đầu".
ROUND_UP_CONSUL_FIRST = """BÁO CẦN THƠ
Thứ Năm, 7/11/2024 - 17:10
Lãnh đạo thành phố tiếp khách quốc tế
Sáng 7-11, Chủ tịch UBND thành phố Trần Việt Trường đã tiếp Tổng Lãnh sự Hàn Quốc tại TP Hồ Chí Minh Shin Choong Il đến chào xã giao.
Cùng ngày, Phó Chủ tịch UBND thành phố Nguyễn Thực Hiện tiếp đoàn doanh nghiệp vùng Sverdlovsk (Liên bang Nga) do ông Vasily Kozlov, Bộ trưởng Quan hệ quốc tế vùng Sverdlovsk dẫn đầu. Hai bên trao đổi về hợp tác nông nghiệp, thủy sản và giáo dục.
"""

ROUND_UP_OTHER_WORDING = """Hoạt động đối ngoại của lãnh đạo tỉnh
Sáng 20/5, Bí thư Tỉnh ủy Lê Quang Tùng tiếp Đại sứ Ấn Độ tại Việt Nam Sandeep Arya.
Chiều cùng ngày, Chủ tịch UBND tỉnh Võ Văn Hưng làm việc với đoàn công tác Cộng hòa Bashkortostan (Liên bang Nga) do ông Andrei Nazarov, Thủ tướng Chính phủ Cộng hòa Bashkortostan dẫn đầu, bàn hợp tác dầu khí và du lịch.
"""

# The near miss: a third country's talks, Russia only recalled, with no day of its own.
THIRD_COUNTRY_RECALLING_RUSSIA = """Chủ tịch nước hội đàm với Tổng thống Indonesia
Sáng 12/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã hội đàm với Tổng thống Indonesia Prabowo Subianto.
Chủ tịch nước cũng thông tin về kết quả chuyến thăm của Tổng thống Nga Vladimir Putin hồi tháng 6 năm ngoái.
"""


def test_a_round_up_item_on_the_same_day_is_the_vietnam_russia_report() -> None:
    m = _lead(ROUND_UP_CONSUL_FIRST, date(2024, 11, 7))
    assert {(p.name, p.country) for p in m.participants} == {
        ("Nguyễn Thực Hiện", "VN"),
        ("Vasily Kozlov", "RU"),
    }
    assert m.date == "2024-11-07"
    assert m.kind == "tiếp"


def test_a_round_up_item_that_afternoon_is_one_too() -> None:
    m = _lead(ROUND_UP_OTHER_WORDING, date(2023, 5, 20))
    assert ("Andrei Nazarov", "RU") in {(p.name, p.country) for p in m.participants}
    assert m.date == "2023-05-20"


def test_a_third_country_s_talks_recalling_russia_make_no_meeting() -> None:
    assert [m for m in meetings(THIRD_COUNTRY_RECALLING_RUSSIA, date(2025, 3, 12))] == []


# "Pháp" inside a body's legal name ("Ủy ban Pháp luật", "Vụ Pháp chế") is no France.
LAW_COMMITTEE = """Ủy ban Pháp luật của Quốc hội hội đàm với đoàn Duma Quốc gia Nga
Sáng 16/5, tại Nhà Quốc hội, Chủ nhiệm Ủy ban Pháp luật của Quốc hội Nguyễn Khắc Định đã hội đàm với Phó Chủ tịch Duma Quốc gia Nga Pyotr Tolstoy. Hai bên trao đổi kinh nghiệm lập pháp.
"""

LEGAL_DEPARTMENT = """Bộ Tư pháp làm việc với Bộ Tư pháp Nga
Chiều 9/10, tại Hà Nội, Vụ trưởng Vụ Pháp chế Trần Văn Thành đã làm việc với Thứ trưởng Bộ Tư pháp Nga Andrei Loginov về hợp tác pháp luật.
"""

FRENCH_AMBASSADOR = """Chủ tịch Quốc hội tiếp Đại sứ Pháp
Chiều 9/10, tại Hà Nội, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp Đại sứ Pháp Olivier Brochet.
"""


def test_a_law_committee_s_chairman_is_vietnamese() -> None:
    m = _lead(LAW_COMMITTEE, date(2022, 5, 16))
    assert {(p.name, p.country) for p in m.participants} == {
        ("Nguyễn Khắc Định", "VN"),
        ("Pyotr Tolstoy", "RU"),
    }


def test_a_legal_department_s_head_is_vietnamese() -> None:
    m = _lead(LEGAL_DEPARTMENT, date(2024, 10, 9))
    assert ("Trần Văn Thành", "VN") in {(p.name, p.country) for p in m.participants}
    assert m.date == "2024-10-09"


def test_france_itself_is_still_another_country() -> None:
    assert meetings(FRENCH_AMBASSADOR, date(2024, 10, 9)) == []


# A committee's long name: "Ủy ban về …", its fields in lower case, then its chamber and state.
COMMITTEE_ON = """Phó Chủ tịch Quốc hội tiếp đoàn Hội đồng Liên bang Nga
Chiều 11/4, tại Nhà Quốc hội, Phó Chủ tịch Quốc hội Nguyễn Đức Hải đã tiếp Chủ tịch Ủy ban về Chính sách kinh tế Hội đồng Liên bang Nga Andrei Kutepov đang thăm Việt Nam.
"""

COMMITTEE_FIELDS = """Ủy ban Kinh tế làm việc với đoàn Duma Quốc gia Nga
Sáng 20/9, tại Hà Nội, Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh đã làm việc với Chủ tịch Ủy ban Khoa học và giáo dục Duma Quốc gia Nga Sergei Kabyshev.
"""

# The near miss: "về" after a title that is no committee's still ends it ("… nói về …").
SPOKE_ABOUT = """Bộ trưởng Nga nói về hợp tác với Việt Nam
Chiều 20/9, tại Hà Nội, Bộ trưởng Công Thương Nguyễn Hồng Diên đã hội đàm với Bộ trưởng Công Thương Nga Anton Alikhanov về thương mại và năng lượng.
"""


def test_a_committee_on_a_field_names_its_chairman() -> None:
    m = _lead(COMMITTEE_ON, date(2024, 4, 11))
    assert ("Andrei Kutepov", "RU") in {(p.name, p.country) for p in m.participants}
    assert m.date == "2024-04-11"


def test_a_committee_s_lower_case_fields_run_on_to_its_chamber_and_name() -> None:
    m = _lead(COMMITTEE_FIELDS, date(2023, 9, 20))
    assert {(p.name, p.country) for p in m.participants} == {
        ("Vũ Hồng Thanh", "VN"),
        ("Sergei Kabyshev", "RU"),
    }


def test_về_after_a_minister_s_name_still_ends_his_title() -> None:
    m = _lead(SPOKE_ABOUT, date(2024, 9, 20))
    assert {(p.name, p.country) for p in m.participants} == {
        ("Nguyễn Hồng Diên", "VN"),
        ("Anton Alikhanov", "RU"),
    }
    assert {"thương mại", "năng lượng"} <= set(m.sectors)


# A photo credit run into the sentence after it, in brackets or ending on a small letter: the
# sentence is the report's own, so the fields it names are the meeting's.
CREDIT_IN_BRACKETS_GLUED = """Bộ trưởng Tư pháp hội đàm với Bộ trưởng Tư pháp Nga
Ngày 3/6, tại Moskva, Bộ trưởng Tư pháp Nguyễn Hải Ninh đã hội đàm với Bộ trưởng Tư pháp Liên bang Nga Konstantin Chuychenko.
Bộ trưởng Nguyễn Hải Ninh hội đàm với Bộ trưởng Konstantin Chuychenko. (Ảnh: Hải Linh/TTXVN)Hai bên nhất trí tăng cường hợp tác về chuyển đổi số trong công tác hộ tịch.
"""

CREDIT_NAME_GLUED = """Tỉnh Đồng Nai tiếp đoàn vùng Kaluga
Sáng 14/3, tại Biên Hòa, Chủ tịch UBND tỉnh Võ Tấn Đức tiếp đoàn công tác vùng Kaluga (Liên bang Nga) do ông Vladislav Shapsha, Thống đốc vùng Kaluga dẫn đầu.
Chủ tịch UBND tỉnh Võ Tấn Đức tặng quà ông Vladislav Shapsha. Ảnh: T.HùngHai bên thống nhất hợp tác trong các lĩnh vực chế biến gỗ, cơ khí chế tạo và logistics.
"""

# The near miss: a credit written as one word with two capitals ends its caption, no more.
CREDIT_ALONE = """Tỉnh Đồng Nai tiếp đoàn vùng Kaluga
Sáng 14/3, tại Biên Hòa, Chủ tịch UBND tỉnh Võ Tấn Đức tiếp đoàn công tác vùng Kaluga (Liên bang Nga) do ông Vladislav Shapsha, Thống đốc vùng Kaluga dẫn đầu.
Đoàn công tác vùng Kaluga tham quan trung tâm logistics của tỉnh. Ảnh: BaoDongNai
Hai bên trao đổi về hợp tác du lịch.
"""


def test_a_sentence_glued_to_a_bracketed_credit_gives_its_fields() -> None:
    m = _lead(CREDIT_IN_BRACKETS_GLUED, date(2024, 6, 4))
    assert "chuyển đổi số" in m.sectors


def test_a_sentence_glued_to_a_credit_s_last_name_gives_its_fields() -> None:
    m = _lead(CREDIT_NAME_GLUED, date(2024, 3, 14))
    assert "cơ khí chế tạo" in m.sectors or "chế biến gỗ" in m.sectors


def test_a_credit_alone_makes_its_line_a_caption_still() -> None:
    m = _lead(CREDIT_ALONE, date(2024, 3, 14))
    assert "logistics" not in m.sectors


# People the data does not know, introduced by a title in the lead, named again in full in a
# caption: the caption quotes a principal, so its fields are the meeting's.
HOST_NAMED_AGAIN = """Chủ tịch Hội Nông dân Việt Nam tiếp đoàn Liên minh Nông dân Nga
Sáng 6/6, tại Hà Nội, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn đã tiếp ông Arkady Zlochevsky, Chủ tịch Liên minh Ngũ cốc Nga cùng đoàn công tác.
Chủ tịch Lương Quốc Đoàn đề nghị mở rộng hợp tác về du lịch nông thôn và chế biến nông sản. Ảnh: Hà Anh
"""

HOST_NAMED_AGAIN_IN_THE_BODY = """Cần Thơ tiếp đoàn vùng Tula
Chiều 17/10, tại Cần Thơ, Chủ tịch UBND thành phố Cần Thơ Trần Việt Trường đã tiếp ông Ivan Sidorov, Phó Thống đốc vùng Tula (Nga).
Quang cảnh buổi tiếp tại trụ sở UBND thành phố. (Ảnh: CT)
Chủ tịch Trần Việt Trường mong muốn hai địa phương hợp tác về thủy sản và logistics. (Ảnh: CT)
"""

# The near miss: a caption naming someone else in full, whom no title introduced before.
CAPTION_NAMES_ANOTHER = """Chủ tịch Hội Nông dân Việt Nam tiếp đoàn Liên minh Nông dân Nga
Sáng 6/6, tại Hà Nội, Chủ tịch Hội Nông dân Việt Nam Lương Quốc Đoàn đã tiếp ông Arkady Zlochevsky, Chủ tịch Liên minh Ngũ cốc Nga cùng đoàn công tác.
Ông Trần Minh Khoa giới thiệu sản phẩm du lịch nông thôn với khách. Ảnh: Hà Anh
"""


def test_a_caption_naming_the_host_again_gives_his_fields() -> None:
    m = _lead(HOST_NAMED_AGAIN, date(2024, 6, 6))
    assert "du lịch" in m.sectors


def test_a_second_caption_naming_the_host_again_gives_his_fields() -> None:
    m = _lead(HOST_NAMED_AGAIN_IN_THE_BODY, date(2024, 10, 17))
    assert {"thủy sản", "logistics"} <= set(m.sectors)


def test_a_caption_naming_someone_else_still_gives_nothing() -> None:
    m = _lead(CAPTION_NAMES_ANOTHER, date(2024, 6, 6))
    assert "du lịch" not in m.sectors


# Degrees written together before a name ("PGS.TS.", "GS.TSKH.") end no sentence: the lead
# keeps its day and venue.
ACADEMY_HOST = """Giám đốc Học viện tiếp Hiệu trưởng Đại học Tổng hợp Kazan
Ngày 9/12/2024, tại trụ sở Học viện Chính sách và Phát triển, Hà Nội, PGS.TS. Nguyễn Thị Minh, Giám đốc Học viện đã tiếp ông Lenar Safin, Hiệu trưởng Đại học Liên bang Kazan (Nga). Hai bên nhất trí hợp tác đào tạo và nghiên cứu khoa học.
"""

INSTITUTE_HOST = """Viện Hàn lâm tiếp đoàn Viện Hàn lâm Khoa học Nga
Năm 2022, đoàn Viện Nghiên cứu biển đã sang Vladivostok làm việc với Viện Hải dương học Thái Bình Dương.
Chiều 2/10, tại Đà Nẵng, GS.TSKH. Trần Văn Lâm, Viện trưởng Viện Nghiên cứu biển đã tiếp ông Mikhail Flint, Viện trưởng Viện Hải dương học Liên bang Nga. Hai bên bàn về hợp tác khoa học biển.
"""

# The near miss: an acronym closing a sentence still closes it.
ACRONYM_ENDS_A_SENTENCE = """Hợp tác đào tạo với MGIMO
Năm 2019, Học viện đã ký thỏa thuận trao đổi sinh viên với MGIMO. Ngày 9/12/2024, tại Hà Nội, PGS.TS. Nguyễn Thị Minh, Giám đốc Học viện đã tiếp ông Lenar Safin, Hiệu trưởng Đại học Liên bang Kazan (Nga).
"""


def test_degrees_run_together_before_the_host_s_name_end_no_sentence() -> None:
    m = _lead(ACADEMY_HOST, date(2024, 12, 9))
    assert (m.date, m.place) == ("2024-12-09", "Hà Nội")
    assert ("Lenar Safin", "RU") in {(p.name, p.country) for p in m.participants}


def test_a_science_doctor_s_degrees_end_no_sentence_either() -> None:
    m = _lead(INSTITUTE_HOST, date(2024, 10, 2))
    assert (m.date, m.place) == ("2024-10-02", "Đà Nẵng")
    assert m.summary.startswith("Chiều 2/10, tại Đà Nẵng, GS.TSKH. Trần Văn Lâm")


def test_an_acronym_closing_a_sentence_still_closes_it() -> None:
    m = _lead(ACRONYM_ENDS_A_SENTENCE, date(2024, 12, 9))
    assert (m.date, m.place) == ("2024-12-09", "Hà Nội")


# "kinh nghiệm của <cơ quan> trong/về A, B, C": the fields of that body's experience, as
# written, like "kinh nghiệm về A, B".
_BEZDETKO_MET = (
    "Chiều 5/3, tại Hà Nội, Bộ trưởng Công Thương Nguyễn Hồng Diên đã tiếp Đại sứ Nga "
    "Gennady Bezdetko. "
)


def test_the_experience_of_a_russian_body_in_fields_names_them() -> None:
    text = _BEZDETKO_MET + (
        "Bộ trưởng đánh giá cao kinh nghiệm của Bộ Nông nghiệp Nga trong du lịch nông thôn, "
        "giáo dục nghề nghiệp, chế biến thủy sản."
    )
    m = _lead(text, date(2024, 3, 5))
    assert {"du lịch nông thôn", "chế biến thủy sản"} <= set(m.sectors)


def test_the_experience_of_russian_firms_about_fields_names_them() -> None:
    text = _BEZDETKO_MET + (
        "Bộ trưởng mong muốn học hỏi kinh nghiệm của các doanh nghiệp Nga về khai thác dầu khí "
        "ngoài khơi, vận hành điện hạt nhân và đào tạo kỹ sư."
    )
    m = _lead(text, date(2024, 3, 5))
    assert {"khai thác dầu khí ngoài khơi", "vận hành điện hạt nhân"} <= set(m.sectors)


def test_an_ambassador_s_years_of_experience_are_no_field() -> None:
    text = _BEZDETKO_MET + (
        "Bộ trưởng đánh giá cao kinh nghiệm của Đại sứ trong nhiều năm công tác tại Việt Nam."
    )
    assert _lead(text, date(2024, 3, 5)).sectors == []


# Sport's own fields (data): anti-doping work and sports medicine are sport.
ANTI_DOPING = """Ủy ban Olympic Việt Nam làm việc với RUSADA
Sáng 12/9, tại Hà Nội, Chủ tịch Ủy ban Olympic Việt Nam Nguyễn Văn Hùng đã làm việc với ông Yuri Ganus, Tổng Giám đốc Cơ quan RUSADA của Nga. Hai bên bàn về phòng chống doping trong các giải đấu.
"""

SPORTS_MEDICINE = """Thứ trưởng Y tế tiếp đoàn Đại học Y khoa Moskva
Chiều 8/5, tại Hà Nội, Thứ trưởng Bộ Y tế Trần Văn Thuấn đã tiếp ông Pyotr Glybochko, Hiệu trưởng Đại học Y khoa quốc gia thứ nhất Moskva (Nga). Hai bên trao đổi về hợp tác y học thể thao.
"""

# The near miss: traditional medicine is health, not sport.
TRADITIONAL_MEDICINE = """Bộ trưởng Y tế tiếp Thứ trưởng Y tế Nga
Chiều 8/5, tại Hà Nội, Bộ trưởng Y tế Đào Hồng Lan đã tiếp Thứ trưởng Bộ Y tế Nga Oleg Salagay. Hai bên trao đổi về hợp tác y học cổ truyền.
"""


def test_anti_doping_work_is_sport() -> None:
    assert "thể thao" in _lead(ANTI_DOPING, date(2019, 9, 12)).sectors


def test_sports_medicine_is_sport_as_written() -> None:
    m = _lead(SPORTS_MEDICINE, date(2024, 5, 8))
    assert {"thể thao", "y học thể thao"} <= set(m.sectors)


def test_traditional_medicine_stays_health() -> None:
    m = _lead(TRADITIONAL_MEDICINE, date(2024, 5, 8))
    assert "y tế" in m.sectors
    assert "thể thao" not in m.sectors
