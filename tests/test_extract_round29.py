"""Round 29 of extraction classes (issue 9), on reports written for these tests
(tests/round29_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round29_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_both_sides_agreeing_then_the_meeting_told_as_the_subject() -> None:
    # "X và Y nhất trí … đạt được trong chuyến thăm của Z …. Cuộc gặp diễn ra chiều 4/8 tại
    # thủ đô Phnom Penh": the two who agreed met there and then; Z made another trip.
    found = meetings(_text("t03"))
    lead = found[0]
    assert names(lead) == {("Bùi Thanh Sơn", "VN"), ("Sergei Lavrov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.secondary) == ("2022-08-04", "Phnôm Pênh", False)
    # The evidence of who met holds their names.
    assert "Sergei Lavrov" in lead.evidence["participants"], lead.evidence
    # Near miss: with one side named before it, "the meeting" is nobody's.
    text = _text("t03").replace(" và Ngoại trưởng Nga Sergei Lavrov", "")
    assert not any("Sergei Lavrov" in {p.name for p in m.participants} for m in meetings(text))


def test_a_dateline_with_its_country_after_a_comma_and_a_dash() -> None:
    lead = meetings(_text("t04"))[0]
    assert (lead.date, lead.place) == ("2019-10-25", "Minsk"), (lead.date, lead.place)
    # Near miss: a country alone before the dash is no city.
    text = _text("t04").replace("Minsk, Belarus — ", "Belarus — ")
    assert meetings(text)[0].place is None


def test_acts_of_an_opening_clause_are_not_the_sentences_own() -> None:
    # "Sau các cuộc hội đàm với A và hội kiến với B, chiều 14/1, …, C đã hội kiến D": C and D
    # met; the clause lists the visitor's earlier acts, and no itinerary makes it a list.
    found = meetings(_text("t05"))
    lead = found[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Mikhail Mishustin", "RU")}, names(lead)
    assert (lead.date, lead.kind, lead.secondary) == ("2025-01-14", "hội kiến", False)
    # The recalled reception is beside it, in the month the text gives.
    recalled = next(m for m in found if "Aleksandr Babakov" in {p.name for p in m.participants})
    assert recalled.secondary and recalled.date == "2024-09", recalled.date
    # Near miss: an act told after "sau khi" with its own people stays the sentence's.
    text = _text("t05").replace(
        "Sau các cuộc hội đàm với Thủ tướng Phạm Minh Chính và hội kiến với Tổng Bí thư Tô Lâm, ",
        "",
    )
    assert names(meetings(text)[0]) == names(lead)


def test_a_bodys_name_is_no_sector_and_a_sea_issue_still_is() -> None:
    # "đề nghị Viện Công tố Nga": no parliamentary cooperation ("nghị Viện"); the paper's
    # name in the footer ("Báo Bảo vệ pháp luật") no field of the talks.
    lead = meetings(_text("t02"))[0]
    assert names(lead) == {("Lê Minh Trí", "VN"), ("Igor Krasnov", "RU")}, names(lead)
    assert "hợp tác nghị viện" not in lead.sectors, lead.sectors
    assert not any("pháp luật" in s or s == "an ninh" for s in lead.sectors), lead.sectors
    assert "tư pháp" in lead.sectors, lead.sectors
    # Near misses: the sea issue named with the sea's name, and words capitalised out of
    # respect ("hai Đảng", "liên Nghị viện"), are still fields.
    assert "hợp tác biển" in meetings(_text("t03"))[0].sectors
    text = _text("t02").replace(
        "Viện trưởng Lê Minh Trí đề nghị Viện Công tố Nga",
        "Hai bên nhất trí thúc đẩy hợp tác liên Nghị viện và hợp tác giữa hai Đảng; Viện trưởng"
        " Lê Minh Trí đề nghị Viện Công tố Nga",
    )
    sectors = meetings(text)[0].sectors
    assert {"hợp tác nghị viện", "hợp tác giữa hai đảng"} <= set(sectors), sectors


def test_a_visit_to_a_country_is_not_where_the_summit_it_also_attends_is() -> None:
    # "bắt đầu chuyến thăm chính thức Liên bang Nga …, đồng thời dự Hội nghị … APEC … tại
    # Vladivostok": the summit's city, not the visit's (its talks may be in the capital).
    lead = meetings(_text("t09"))[0]
    assert lead.kind == "thăm" and lead.place is None, (lead.kind, lead.place)
    assert names(lead) == {("Nguyễn Tấn Dũng", "VN"), ("Dmitry Medvedev", "RU")}
    # Near miss: a visit with no country named is framed by the act it attends.
    text = _text("t09").replace(
        "chuyến thăm chính thức Liên bang Nga từ", "chuyến thăm chính thức từ"
    )
    assert meetings(text)[0].place == "Vladivostok"


def test_a_local_host_receives_in_the_city_the_visitors_came_to_an_event_in() -> None:
    # "X, Phó Chủ tịch UBND thành phố Đà Nẵng, đã tiếp đoàn …, sang dự Lễ hội … tại thành
    # phố": the city is the host's.
    lead = meetings(_text("t10"))[0]
    assert (lead.date, lead.place) == ("2023-10-14", "Đà Nẵng"), (lead.date, lead.place)
    # Near miss: an event with no "tại thành phố" says nothing of where.
    text = _text("t10").replace(" tại thành phố.", ".")
    assert meetings(text)[0].place is None


def test_a_session_chaired_by_its_bare_noun_takes_the_day_told_before() -> None:
    # "… khóa họp lần thứ 21 … đã được tổ chức trực tuyến … vào chiều thứ Năm. X và Y đồng chủ
    # trì khóa họp.": the session just told, on that Thursday (the archive date's).
    lead = meetings(_text("t11"))[0]
    assert names(lead) == {("Trịnh Đình Dũng", "VN"), ("Yuri Trutnev", "RU")}, names(lead)
    assert (lead.kind, lead.date) == ("đồng chủ trì", "2020-11-26"), (lead.kind, lead.date)
    # Near miss: a session named as another one ("khóa họp năm sau") is not the one told.
    text = _text("t11").replace("đồng chủ trì khóa họp.", "sẽ đồng chủ trì khóa họp năm sau.")
    assert all(m.date != "2020-11-26" or m.kind != "đồng chủ trì" for m in meetings(text))


def test_a_year_planned_for_in_the_days_sentence_is_not_its_year() -> None:
    # No byline: "Chiều 18/12, … đến chào và trao đổi về kế hoạch hoạt động năm 2025": the
    # plan is for 2025, the call was before it; no year is stated for the day.
    lead = meetings(_text("t16"))[0]
    assert names(lead) == {("Đoàn Văn Thái", "VN"), ("Gennady Bezdetko", "RU")}, names(lead)
    assert lead.date is None or lead.date_inferred, (lead.date, lead.date_inferred)
    assert lead.date != "2025-12-18", lead.date
    # Near miss: a year the sentence gives its own event is the day's ("tại Diễn đàn … 2024").
    text = _text("t16").replace(
        "đến chào và trao đổi về kế hoạch hoạt động năm 2025 của Hội Hữu nghị Việt - Nga",
        "nhân dịp Tuần lễ hữu nghị năm 2024",
    )
    assert meetings(text)[0].date == "2024-12-18", meetings(text)[0].date


def test_a_title_before_a_day_is_not_the_title_of_the_name_after_it() -> None:
    # "Thừa ủy quyền của Đại tướng X, Bộ trưởng Bộ Công an, ngày 14/11, tại Thủ đô Moskva,
    # Thượng tướng Y, …, Thứ trưởng Bộ Công an đã làm việc với …": the minister's title is X's.
    lead = meetings(_text("t17"))[0]
    titles = {p.name: p.title for p in lead.participants}
    assert titles.get("Bùi Văn Nam") == "Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an", titles
    # Near miss: a title right before the name is still its holder's.
    text = _text("t17").replace(
        "Thượng tướng Bùi Văn Nam, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an",
        "Thứ trưởng Bộ Công an Bùi Văn Nam",
    )
    titles = {p.name: p.title for p in meetings(text)[0].participants}
    assert titles.get("Bùi Văn Nam") == "Thứ trưởng Bộ Công an", titles


def test_a_body_named_for_ho_chi_minh_names_no_participant() -> None:
    # "Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh Nguyễn Xuân Thắng": the academy's
    # name ends with Hồ Chí Minh's; he is no one met in 2023.
    lead = meetings(_text("t19"))[0]
    assert names(lead) == {("Nguyễn Xuân Thắng", "VN"), ("Alexander Yakovenko", "RU")}, names(lead)
    # Near miss: the city of that name is still the place.
    text = _text("t19").replace("tại Hà Nội", "tại TP Hồ Chí Minh")
    assert meetings(text)[0].place == "TP Hồ Chí Minh", meetings(text)[0].place
