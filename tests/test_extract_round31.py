"""Round 31 of extraction classes (issue 9), on reports written for these tests
(tests/round31_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round31_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_the_event_a_meeting_was_beside_places_it() -> None:
    # "X và Y thảo luận về …, bên lề Diễn đàn … tại Vladivostok. Cuộc gặp diễn ra chiều 5/9":
    # the meeting is told in two sentences, the place in the first, the day in the second.
    lead = meetings(_text("t01"))[0]
    assert names(lead) == {("Trần Hồng Hà", "VN"), ("Yuri Trutnev", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2024-09-05", "Vladivostok"), (lead.date, lead.place)
    assert "bên lề Diễn đàn" in lead.evidence["place"]
    # Near miss: a place the two sides talked of ("việc tổ chức … tại Vladivostok") is not
    # where they met.
    text = _text("t01").replace(
        "thảo luận về hợp tác phát triển vùng Viễn Đông, bên lề Diễn đàn Kinh tế phương Đông"
        " lần thứ 9 tại Vladivostok",
        "thảo luận về việc tổ chức các phiên của Diễn đàn Kinh tế phương Đông lần thứ 10"
        " tại Vladivostok",
    )
    near = meetings(text)[0]
    assert (near.date, near.place) == ("2024-09-05", None), (near.date, near.place)


def test_a_region_named_for_its_capital_reads_in_any_spelling_of_it() -> None:
    # "tại vùng Xa-ma-ra": the region (Samara Oblast), though the data spells the
    # transliteration only for the city, and "vùng Samara" only for the region.
    lead = meetings(_text("t02"))[0]
    assert names(lead) == {("Đặng Việt Dũng", "VN"), ("Nikolai Merkushkin", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2017-06-13", "Samara Oblast"), (lead.date, lead.place)
    # Near miss: the city written as a city is the city.
    text = _text("t02").replace("tại vùng Xa-ma-ra", "tại thành phố Xa-ma-ra")
    assert meetings(text)[0].place == "Samara", meetings(text)[0].place


def test_an_act_told_as_also_done_follows_the_story() -> None:
    # "Chiều 21/11, tại Moskva, Bộ trưởng đã hội đàm với X … Bộ trưởng Y cũng đã gặp Z": the
    # talks told first, of the minister by title only, are the story; the meeting also held
    # is beside it.
    found = meetings(_text("t03"))
    lead = found[0]
    assert names(lead) == {("Nguyễn Kim Sơn", "VN"), ("Valery Falkov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2023-11-21", "Moskva", "hội đàm")
    assert any(m.secondary and ("Viktor Sadovnichy", "RU") in names(m) for m in found)
    # Near miss: a headline naming the meeting also held makes it the story.
    text = _text("t03").replace(
        "Thêm học bổng Hiệp định cho sinh viên Việt Nam sang Nga",
        "Bộ trưởng Nguyễn Kim Sơn gặp Hiệu trưởng Viktor Sadovnichy",
    )
    assert ("Viktor Sadovnichy", "RU") in names(meetings(text)[0])


def test_a_city_in_brackets_before_the_lead_is_its_dateline() -> None:
    # "(Ashgabat) - Trong khuôn khổ chuyến công tác dự Diễn đàn …, chiều 12/12, X gặp Y":
    # the report is filed from the city the meeting was held in.
    lead = meetings(_text("t04"))[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2025-12-12", "Ashgabat"), (lead.date, lead.place)
    # Near miss: a paper's mark in brackets is no place.
    text = _text("t04").replace("(Ashgabat) - ", "(Báo Nhân Dân) - ")
    assert meetings(text)[0].place is None, meetings(text)[0].place


def test_a_body_doing_something_is_no_field_of_cooperation() -> None:
    # "đề nghị TASS hỗ trợ đào tạo phóng viên ảnh, biên tập viên …": the agency is the
    # subject of what is asked, not part of a field's name.
    lead = meetings(_text("t05"))[0]
    assert names(lead) == {("Vũ Việt Trang", "VN"), ("Mikhail Gusman", "RU")}, names(lead)
    assert not any("TASS" in s for s in lead.sectors), lead.sectors
    # Near miss: the same training asked as joint work is a field, as written.
    text = _text("t05").replace("đề nghị TASS hỗ trợ đào tạo", "đề nghị hợp tác đào tạo")
    assert "đào tạo phóng viên ảnh" in meetings(text)[0].sectors, meetings(text)[0].sectors


def test_voice_in_a_body_s_name_does_not_end_the_title() -> None:
    # "Phó Tổng Giám đốc Đài Tiếng nói Việt Nam (VOV) Phạm Mạnh Hùng": "nói" (says) in
    # "Tiếng nói" (Voice) is the broadcaster's name, not a verb after the title.
    lead = meetings(_text("t06"))[0]
    assert names(lead) == {("Phạm Mạnh Hùng", "VN"), ("Andrei Kovalyov", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2023-06-14", "Hà Nội"), (lead.date, lead.place)


def test_a_hospital_named_like_a_person_is_no_one() -> None:
    # "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ": "Bạch" and "Mai" are family names too, but
    # the director is Đào Xuân Cơ, not "Mai Đào Xuân Cơ"; and "Giám đốc Bệnh viện Bạch Mai,
    # ông Đào Xuân Cơ" names no "Bạch Mai".
    want = {("Đào Xuân Cơ", "VN"), ("Oleg Salagay", "RU")}
    assert names(meetings(_text("t08"))[0]) == want
    text = _text("t08").replace(
        "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ", "Giám đốc Bệnh viện Bạch Mai, ông Đào Xuân Cơ,"
    )
    assert names(meetings(text)[0]) == want
    # Near miss: a title straight before a four-syllable name keeps it whole.
    text = _text("t08").replace(
        "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ", "Thứ trưởng Bộ Y tế Trần Lê Quang Minh"
    )
    assert ("Trần Lê Quang Minh", "VN") in names(meetings(text)[0])


def test_a_body_s_building_is_its_seat() -> None:
    # "tại tòa nhà Đu-ma Quốc gia": the Duma's building, in Moskva, as "trụ sở Duma Quốc gia".
    text = _text("t04").replace(
        "(Ashgabat) - Trong khuôn khổ chuyến công tác dự Diễn đàn quốc tế về hòa bình và tin cậy,"
        " chiều 12/12,",
        "Chiều 12/12, tại tòa nhà Đu-ma Quốc gia,",
    )
    lead = meetings(text)[0]
    assert (lead.date, lead.place) == ("2025-12-12", "Moskva"), (lead.date, lead.place)
    # Near miss: a building the data does not place is no place.
    text = text.replace("tòa nhà Đu-ma Quốc gia", "tòa nhà Trung tâm Hội nghị")
    assert meetings(text)[0].place is None, meetings(text)[0].place


def test_timed_entries_under_a_heading_that_gives_their_day() -> None:
    # "KUALA LUMPUR – Diễn biến ngày 26/10:" over "14:45 – Bên lề Hội nghị, X gặp Y": the
    # entries happen on the day their heading gives (the year from the byline).
    lead = meetings(_text("t09"))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Alexei Overchuk", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2025-10-26", "Kuala Lumpur"), (lead.date, lead.place)
    # Near miss: a heading with no day gives none (the byline is no live page's).
    text = _text("t09").replace("Diễn biến ngày 26/10:", "Diễn biến trong ngày")
    assert meetings(text)[0].date is None, meetings(text)[0].date


def test_a_live_page_s_headline_act_is_on_the_page_s_day() -> None:
    # "TRỰC TIẾP: X hội đàm với Y", "Cập nhật 10/05/2025 22:40", then timed entries: the talks
    # the live page reports are on its day.
    lead = meetings(_text("t10"))[0]
    assert names(lead) == {("Tô Lâm", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert lead.date == "2025-05-10", lead.date
    # Near miss: the same headline without the live mark is no live page's.
    text = _text("t10").replace("TRỰC TIẾP: ", "")
    assert meetings(text)[0].date is None, meetings(text)[0].date


def test_a_live_page_s_visit_gives_way_to_the_talks_its_entries_tell() -> None:
    # "Theo dõi diễn biến chuyến thăm … của Thủ tướng Nga X ngày 14/1", the reception by Y,
    # then "09:40 — Y và X bắt đầu hội đàm": the talks are the story, where the reception was.
    lead = meetings(_text("t11"))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2025-01-14", "Hà Nội", "hội đàm")
    # Near miss: with no act of theirs told, the visit is the story.
    text = _text("t11").replace(
        "09:40 — Thủ tướng Phạm Minh Chính và Thủ tướng Mikhail Mishustin bắt đầu hội đàm. ",
        "09:40 — ",
    )
    assert meetings(text)[0].kind == "thăm", meetings(text)[0].kind


def test_a_russian_party_s_name_is_no_one_and_its_comrades_are_people() -> None:
    # "đồng chí Vladimir Yakushev, Bí thư Hội đồng Tổng đảng Nước Nga Thống nhất": the party
    # (United Russia) names no one ("Nước Nga Thống" was read as a Vietnamese name), and a
    # Russian addressed as "đồng chí" is a participant as one addressed as "ông" is.
    lead = meetings(_text("t14"))[0]
    assert names(lead) == {("Lê Hoài Trung", "VN"), ("Vladimir Yakushev", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2025-07-05", "Hà Nội"), (lead.date, lead.place)
    # Near miss: "Nga" is a given name too, after a body that holds "Việt Nam".
    text = _text("t14").replace(
        "đồng chí Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương,",
        "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam Hà Thị Nga",
    )
    assert ("Hà Thị Nga", "VN") in names(meetings(text)[0])


def test_a_handover_in_person_is_a_meeting() -> None:
    # "Đại sứ X đã bàn giao lô máy thở … cho Thứ trưởng Y": a handover ceremony, in person,
    # as a letter handed over is (kinds.json "delivery").
    lead = meetings(_text("t15"))[0]
    assert names(lead) == {("Nguyễn Trường Sơn", "VN"), ("Konstantin Vnukov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2021-07-12", "Hà Nội", "bàn giao")
    # Near miss: letters exchanged are no meeting.
    text = _text("t15").replace(
        "đã bàn giao lô máy thở và thiết bị xét nghiệm cho", "đã trao đổi qua thư với"
    )
    assert meetings(text) == [], meetings(text)


def test_the_friendship_union_s_chairman_is_a_participant() -> None:
    # "Chủ tịch VUFO Phan Anh Sơn": the Vietnam Union of Friendship Organizations by its
    # acronym is a body whose chairman is named after it (as "Chủ tịch Liên hiệp …" is).
    lead = meetings(_text("t16"))[0]
    assert names(lead) == {("Phan Anh Sơn", "VN"), ("Gennady Bezdetko", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2024-01-12", "Hà Nội", "tiếp")
    # Near miss: the chairman named before his title is the same participant.
    text = _text("t16").replace("Chủ tịch VUFO Phan Anh Sơn", "ông Phan Anh Sơn, Chủ tịch VUFO,")
    assert names(meetings(text)[0]) == names(lead), names(meetings(text)[0])
