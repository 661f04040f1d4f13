"""Round 35 of extraction classes, on reports written for these tests
(tests/round35_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round35_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_dateline_after_the_outlets_tag_gives_the_day_and_the_city() -> None:
    # "NLĐO - Hà Nội, 14-1 - Ngay sau lễ đón …": a day written with a dash, which alone may
    # be a score, read as the dateline's after the paper's tag.
    lead = meetings(_text("t01"), date(2025, 1, 14))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2025-01-14", "Hà Nội")
    # Near miss: words that are no city after the tag ("Tỷ số chung cuộc, 14-1 -") give no day.
    other = _text("t01").replace("NLĐO - Hà Nội, 14-1 -", "NLĐO - Tỷ số chung cuộc, 14-1 -")
    assert other != _text("t01")
    assert meetings(other, date(2025, 1, 14))[0].date is None


def test_the_place_of_what_came_before_is_not_where_the_sentence_goes_on_to() -> None:
    # "Sau chuỗi hoạt động tại thủ đô Moskva, chiều 9/5, Chủ tịch nước … đã đến Kazan và hội
    # kiến …": the reception is in Kazan.
    lead = meetings(_text("t02"), date(2025, 5, 10))[0]
    assert names(lead) == {("Lương Cường", "VN"), ("Rustam Minnikhanov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2025-05-09", "Kazan", "hội kiến")
    # Near miss: after a welcome "tại Điện Kremlin", with nowhere else gone to, the place stays.
    other = _text("t02").replace(
        "Sau chuỗi hoạt động tại thủ đô Moskva, chiều 9/5, Chủ tịch nước Lương Cường đã đến"
        " Kazan và hội kiến",
        "Sau lễ đón tại thủ đô Moskva, chiều 9/5, Chủ tịch nước Lương Cường đã hội kiến",
    )
    assert other != _text("t02")
    assert meetings(other, date(2025, 5, 10))[0].place == "Moskva"


def test_the_act_a_list_of_contacts_names_is_its_kind() -> None:
    # "Thủ tướng có loạt tiếp xúc song phương, trong đó có cuộc hội đàm với Tổng thống …".
    lead = meetings(_text("t03"), date(2024, 10, 25))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert lead.kind == "hội đàm"
    # Near miss: contacts with no act named among them stay a meeting.
    other = _text("t03").replace(", trong đó có cuộc hội đàm với", " với")
    assert other != _text("t03")
    assert meetings(other, date(2024, 10, 25))[0].kind == "gặp"


def test_abroad_the_visitors_own_city_is_not_where_they_met() -> None:
    # "Ngày 11/9 (giờ địa phương), đoàn … do Bí thư Thành ủy Hà Nội X dẫn đầu đã làm việc với
    # Thị trưởng Moskva Y": local time is the host's, and so is the city.
    lead = meetings(_text("t04"), date(2024, 9, 12))[0]
    assert names(lead) == {("Bùi Thị Minh Hoài", "VN"), ("Sergei Sobyanin", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2024-09-11", "Moskva")
    # Near miss: a host whose title names no city leaves the place unknown, never Hà Nội.
    other = _text("t04").replace("Thị trưởng Moskva Sergei Sobyanin.", "ông Sergei Sobyanin.")
    assert other != _text("t04")
    assert meetings(other, date(2024, 9, 12))[0].place is None


def test_a_second_host_titled_of_the_city_named_before_is_a_principal() -> None:
    # "… làm việc với Thị trưởng Yekaterinburg X và Chủ tịch Hội đồng đại biểu thành phố Y".
    lead = meetings(_text("t05"), date(2024, 7, 19))[0]
    assert names(lead) == {
        ("Nguyễn Văn Thọ", "VN"),
        ("Alexei Orlov", "RU"),
        ("Igor Volodin", "RU"),
    }, names(lead)
    assert (lead.date, lead.place) == ("2024-07-18", "Yekaterinburg")
    # Near miss: with one host named, and a sentence about the city after, no one joins.
    other = _text("t05").replace(" và Chủ tịch Hội đồng đại biểu thành phố Igor Volodin.", ".")
    other += " Tham dự còn có các doanh nghiệp của thành phố."
    assert names(meetings(other, date(2024, 7, 19))[0]) == {
        ("Nguyễn Văn Thọ", "VN"),
        ("Alexei Orlov", "RU"),
    }


def _titles(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in meetings(text, None)[0].participants}


def test_an_office_before_a_rank_is_the_title_shown() -> None:
    # "Bộ trưởng Bộ Công an, Đại tướng Tô Lâm" with no day to read the data's title by: the
    # office, not the generic rank next to the name.
    assert _titles(_text("t06"))["Tô Lâm"] == "Bộ trưởng Bộ Công an"
    # Near miss: the rank alone stays the rank, as written.
    other = _text("t06").replace("Bộ trưởng Bộ Công an, Đại tướng Tô Lâm", "Đại tướng Tô Lâm")
    assert other != _text("t06")
    assert _titles(other)["Tô Lâm"] == "Đại tướng"


def test_a_title_written_after_a_name_ends_before_the_next_ranked_name() -> None:
    # "Nhận lời mời của Đại tướng X, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng nước …,
    # Đại tướng Y, Bộ trưởng Quốc phòng Liên bang Nga dẫn đầu …": X's title ends at Y.
    titles = _titles(_text("t07"))
    assert titles["Phan Văn Giang"] == "Bộ trưởng Bộ Quốc phòng", titles
    # The Vietnamese office before Y's rank is X's: Y keeps his rank, not X's office.
    assert titles["Andrei Belousov"] == "Đại tướng", titles


def test_a_city_that_is_where_the_talks_are_held_today_is_their_place_and_day() -> None:
    # "Vladivostok, thành phố cảng sẽ đăng cai Diễn đàn … năm sau, hôm nay là nơi diễn ra
    # cuộc hội đàm giữa X và Y": the plan is the city's, the talks are today's, there.
    lead = meetings(_text("t08"), date(2014, 5, 22))[0]
    assert names(lead) == {("Hoàng Trung Hải", "VN"), ("Yuri Trutnev", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2014-05-22", "Vladivostok", "hội đàm")
    # Near miss: the talks themselves to come ("sẽ là nơi diễn ra") are no meeting.
    other = _text("t08").replace("năm sau, hôm nay là nơi", "năm sau, sẽ là nơi")
    assert other != _text("t08")
    assert meetings(other, date(2014, 5, 22)) == []


def test_a_year_the_text_tells_after_the_day_is_not_the_days_year() -> None:
    # "Ngày 14-5 …" and "Hiệp định … có hiệu lực từ tháng 10-2016 đã thúc đẩy …": 14/5/2016
    # would put the talks before what they say had happened; no year is guessed.
    assert meetings(_text("t09"))[0].date is None
    # Near miss: a month told before the day in that year leaves that year the one written.
    other = _text("t09").replace("từ tháng 10-2016", "từ tháng 3-2016")
    lead = meetings(other)[0]
    assert (lead.date, lead.date_inferred) == ("2016-05-14", True)


def test_an_archive_photo_shows_no_meeting_of_the_report() -> None:
    # "Ảnh tư liệu: X và Y tại một cuộc hội đàm" under an announced visit: no meeting.
    assert meetings(_text("t10"), date(2015, 3, 10)) == []
    # Near miss: a caption of the report's own photo names its meeting.
    other = _text("t10").replace("Ảnh tư liệu: ", "Ảnh: ")
    assert [m.kind for m in meetings(other, date(2015, 3, 10))] == ["hội đàm"]


def test_a_headline_whose_act_the_lead_announces_takes_no_day_of_the_plan() -> None:
    # "Chủ tịch Quốc hội Nga thăm chính thức Việt Nam" over "… sẽ thăm chính thức Việt Nam từ
    # ngày 3 đến 5/10/2023": the days are the plan's, not a visit's that happened.
    assert all(m.date is None for m in meetings(_text("t11"), date(2023, 9, 28)))
    # Near miss: a visit begun ("đã đến Hà Nội, bắt đầu thăm …") has its days.
    other = _text("t11").replace("sẽ thăm chính thức", "đã đến Hà Nội, bắt đầu thăm chính thức")
    assert other != _text("t11")
    assert meetings(other, date(2023, 10, 3))[0].date == "2023-10-03"


def test_of_two_titles_the_one_the_lead_reports_is_the_story() -> None:
    # A related report's title ("Phó Chủ tịch nước … tiếp …") above the page's own ("Chủ tịch
    # nước … hội kiến …"), then the lead "Ngày 8/9, … Chủ tịch nước … đã hội kiến …".
    found = meetings(_text("t12"), date(2023, 9, 8))
    assert names(found[0]) == {("Võ Văn Thưởng", "VN"), ("Valentina Matviyenko", "RU")}
    assert (found[0].date, found[0].place, found[0].kind) == ("2023-09-08", "Hà Nội", "hội kiến")
    # The other reception, told after it, is the page's too.
    assert ("Võ Thị Ánh Xuân", "VN") in names(found[1])


def test_what_was_proposed_when_they_met_is_no_plan_of_the_meeting() -> None:
    # "… là một trong những đề nghị của Bộ trưởng X khi hội đàm với Y ngày 2-4, tại Moskva":
    # proposals made at the talks, which were held.
    lead = meetings(_text("t13"), date(2025, 4, 3))[0]
    assert names(lead) == {("Bùi Thanh Sơn", "VN"), ("Sergei Lavrov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2025-04-02", "Moskva", "hội đàm")
    # Near miss: a proposal to hold talks is a plan.
    other = _text("t13").replace(
        "là một trong những đề nghị của Bộ trưởng Bùi Thanh Sơn khi hội đàm với",
        "được Bộ trưởng Bùi Thanh Sơn đề nghị hội đàm với",
    )
    assert other != _text("t13")
    assert meetings(other, date(2025, 4, 3)) == []


def test_the_day_of_the_act_an_opening_clause_counts_from_is_not_the_acts() -> None:
    # "Sau cuộc hội đàm với Thủ tướng X tại Điện Kremlin ở Moskva hôm 6/5, Tổng Bí thư … tiếp
    # tục có cuộc hội kiến với Y": 6/5 is the talks'; "Cuộc hội kiến diễn ra chiều 8/5".
    lead = meetings(_text("t14"), date(2025, 5, 9))[0]
    assert names(lead) == {("Tô Lâm", "VN"), ("Vyacheslav Volodin", "RU")}, names(lead)
    assert lead.date == "2025-05-08"


def test_a_list_of_attendees_reports_no_meeting_of_its_own() -> None:
    # "Tham dự hội đàm, về phía Nga có A, B và Trợ lý Tổng thống C; về phía Việt Nam có D …":
    # the attendees met no one in their own right (a talk between C and D was made of it,
    # C titled "Tổng thống Nga").
    found = meetings(_text("t15"), date(2013, 11, 12))
    assert [names(m) for m in found] == [{("Trương Tấn Sang", "VN"), ("Vladimir Putin", "RU")}], [
        names(m) for m in found
    ]
    # Near miss: an act told after "Tham dự …, X đã có cuộc gặp với Y" is one.
    other = _text("t15").replace(
        "Tham dự hội đàm, về phía Nga có Bộ trưởng Ngoại giao Sergei Lavrov, Phó Thủ tướng"
        " Arkady Dvorkovich và Trợ lý Tổng thống Yuri Ushakov; về phía Việt Nam có Phó Thủ"
        " tướng, Bộ trưởng Ngoại giao Phạm Bình Minh và lãnh đạo nhiều bộ, ngành.",
        "Tham dự hội đàm, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh đã có cuộc gặp"
        " riêng với Trợ lý Tổng thống Yuri Ushakov.",
    )
    assert other != _text("t15")
    aide = [m for m in meetings(other, date(2013, 11, 12)) if ("Yuri Ushakov", "RU") in names(m)]
    assert aide, "the aide's meeting is reported"
    titles = {p.name: p.title for p in aide[0].participants}
    assert (titles["Yuri Ushakov"] or "").startswith("Trợ lý Tổng thống"), titles
