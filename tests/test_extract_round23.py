"""Round 23 of extraction classes (issue 9), on reports written for these tests."""

from __future__ import annotations

from datetime import date

from store.language.citation import headline
from tests.extracting import meetings, names

# A message sent the day after the accident it is about: the accident's day is no meeting's.
CONDOLENCES = """Điện chia buồn vụ trực thăng rơi
Ngày {sent}, được tin chiếc trực thăng Mi-8 của Nga bị rơi tại vùng Kamchatka (Liên bang Nga) ngày 11-8 làm 6 người thiệt mạng, Chủ tịch nước Nguyễn Xuân Phúc đã gửi điện chia buồn tới Tổng thống Liên bang Nga Vladimir Putin.
"""


def test_an_incidents_own_day_is_not_the_day_of_the_message() -> None:
    found = meetings(CONDOLENCES.format(sent="12-8"), published=date(2021, 8, 12))
    assert found and found[0].date == "2021-08-12", [m.date for m in found]
    # Near miss: with no day of its own, the message takes none of the accident's.
    text = CONDOLENCES.format(sent="12-8").replace("Ngày 12-8, được", "Được")
    assert all(m.date != "2021-08-11" for m in meetings(text, published=date(2021, 8, 12)))


# A fleet named after an ocean whose name holds a province's, and a Russian name holding an
# office both sides have, with no country written beside it.
FLEET = """Tàu 016 Quang Trung dự lễ duyệt binh tại Vladivostok
VLADIVOSTOK (TTXVN) - Ngày 30/7/2023, tàu hộ vệ tên lửa 016 Quang Trung của Hải quân nhân dân Việt Nam đã tham gia lễ duyệt binh trên biển nhân kỷ niệm Ngày Hải quân Liên bang Nga, cùng các tàu của Hạm đội Thái Bình Dương.
{opening}, Đô đốc Oleg Taranenko, Tư lệnh Hạm đội Thái Bình Dương, đã gặp Đại tá Phạm Văn Tường, Chỉ huy trưởng biên đội tàu.
"""


def test_a_fleet_is_no_person_and_its_admiral_is_russian() -> None:
    found = meetings(FLEET.format(opening="Sau lễ duyệt binh"))
    assert found, "no meeting"
    people = names(found[0])
    assert ("Oleg Taranenko", "RU") in people and ("Phạm Văn Tường", "VN") in people, people
    assert all("Thái Bình Dương" not in n for n, _ in people), people
    assert found[0].place == "Vladivostok"


def test_an_act_after_a_ceremony_takes_the_ceremonys_day() -> None:
    found = meetings(FLEET.format(opening="Sau lễ duyệt binh"))
    assert found and found[0].date == "2023-07-30", [m.date for m in found]
    # Near misses: an event that may last for days, and a ceremony the text told no day of.
    for opening in ("Sau hội nghị", "Sau lễ thượng cờ"):
        for m in meetings(FLEET.format(opening=opening)):
            assert m.date != "2023-07-30", (opening, m.date)


# A name transliterated into Vietnamese syllables with its own spelling in brackets.
BRACKETED = """Tăng cường quan hệ giữa hai đảng
Chiều 9-11-2016, tại Hà Nội, đồng chí Hoàng Bình Quân, Trưởng Ban Đối ngoại Trung ương, đã tiếp Đoàn đại biểu Đảng Nước Nga Thống nhất do đồng chí An-đrây I-xa-ép (Andrei Isayev), Phó Chủ tịch Đu-ma Quốc gia, dẫn đầu.
"""


def test_a_transliterated_name_takes_its_bracketed_original() -> None:
    found = meetings(BRACKETED)
    assert found and ("Andrei Isayev", "RU") in names(found[0]), [names(m) for m in found]


def test_a_dateline_after_the_papers_mark() -> None:
    text = """Bí thư Thành ủy hội kiến Thị trưởng Moskva
(HNM) Moskva, ngày 12/9/2023 - Trong khuôn khổ chuyến công tác tại Liên bang Nga, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã hội kiến Thị trưởng thành phố Moskva Sergei Sobyanin.
"""
    found = meetings(text)
    assert found and found[0].place == "Moskva", [m.place for m in found]


def test_a_given_name_in_ii_is_read_as_the_same_name() -> None:
    # Russian "-ий" written "-ii" ("Gennadii", "Anatolii"): a given name, so "ông X" is him,
    # whatever the title after him.
    text = """Chủ tịch UBND tỉnh tiếp đoàn Cộng hòa Sakha
Sáng 3/10/2024, tại trụ sở UBND tỉnh Khánh Hòa, Chủ tịch UBND tỉnh Nguyễn Tấn Tuân đã tiếp đoàn công tác Cộng hòa Sakha (Liên bang Nga) do ông Anatolii Semyonov, Người đứng đầu Cộng hòa, dẫn đầu.
"""
    found = meetings(text)
    assert found and ("Anatolii Semyonov", "RU") in names(found[0]), [names(m) for m in found]


def test_a_surname_with_yo_written_out_is_the_known_person() -> None:
    # Russian ё written "yo": "Tsivilyov" is the minister the people data writes "Tsivilev".
    text = """Bộ trưởng Công Thương tiếp Bộ trưởng Năng lượng Nga
Chiều 5/12/2024, tại Hà Nội, Bộ trưởng Nguyễn Hồng Diên đã tiếp ông Sergey Tsivilyov, Bộ trưởng Bộ Năng lượng Liên bang Nga.
"""
    found = meetings(text)
    assert found and ("Sergei Tsivilev", "RU") in names(found[0]), [names(m) for m in found]


def test_an_administrative_centre_is_in_its_city() -> None:
    text = """Chủ tịch UBND thành phố tiếp Tổng Lãnh sự Nga
Sáng 4/3/2025, tại Trung tâm Hành chính thành phố Đà Nẵng, Chủ tịch UBND thành phố Lương Nguyễn Minh Triết đã tiếp ông Alexei Popov, Tổng Lãnh sự Nga tại TP Hồ Chí Minh.
"""
    found = meetings(text)
    assert found and found[0].place == "Đà Nẵng", [m.place for m in found]


def test_a_papers_tagline_is_no_headline() -> None:
    text = "ĐẠI BIỂU NHÂN DÂN - Cơ quan của Quốc hội nước CHXHCN Việt Nam\nChủ tịch Quốc hội hội kiến Phó Chủ tịch Đu-ma Quốc gia Nga\n"
    assert headline(None, text) == "Chủ tịch Quốc hội hội kiến Phó Chủ tịch Đu-ma Quốc gia Nga"
    # Near miss: a headline holding a dash and the word "cơ quan" further on stays one.
    kept = "Nga - Việt Nam: hai cơ quan lập pháp tăng cường hợp tác\n"
    assert headline(None, kept) == kept.strip()


def test_a_body_visited_after_a_title_is_no_holder_of_it() -> None:
    # The headline's verb stands between the title and the company it visited.
    text = """Phó Thủ tướng Nga thăm Vinacomin tại Quảng Ninh
Ngày 19-11-2012, Phó Thủ tướng Chính phủ Hoàng Trung Hải và Phó Thủ tướng Liên bang Nga Arkady Dvorkovich đã đến thăm và làm việc với Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tại Quảng Ninh.
"""
    found = meetings(text)
    assert found, "no meeting"
    people = names(found[0])
    assert ("Hoàng Trung Hải", "VN") in people and ("Arkady Dvorkovich", "RU") in people, people
    assert all(n != "Vinacomin" for m in found for n, _ in names(m)), [names(m) for m in found]
    assert found[0].date == "2012-11-19" and not found[0].secondary


def test_datelines_with_the_country_or_a_dash_and_the_day() -> None:
    for head, place in (
        ("KAZAN, LB Nga (TTXVN) - Chiều 24/10/2024 theo giờ địa phương,", "Kazan"),
        ("Hà Nội - Sáng 14/1/2025, sau lễ đón chính thức,", "Hà Nội"),
    ):
        text = f"""Thủ tướng hội kiến Tổng thống Nga
{head} Thủ tướng Phạm Minh Chính đã hội kiến Tổng thống Liên bang Nga Vladimir Putin.
"""
        found = meetings(text)
        assert found and found[0].place == place, (head, [m.place for m in found])


def test_an_airfield_of_the_capital_is_in_it() -> None:
    text = """Thứ trưởng Quốc phòng tiếp Tổng Giám đốc Rosoboronexport
Ngày 20/12/2024, tại Triển lãm Quốc phòng quốc tế Việt Nam 2024 ở sân bay Gia Lâm, Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp ông Alexander Mikheyev, Tổng Giám đốc Rosoboronexport.
"""
    found = meetings(text)
    assert found and found[0].place == "Hà Nội", [m.place for m in found]
