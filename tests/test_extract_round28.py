"""Round 28 of extraction classes (issue 9), on reports written for these tests
(tests/round28_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings

ARTICLES = Path(__file__).resolve().parent / "round28_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_reception_on_a_visit_is_in_the_city_visited_though_the_host_invited() -> None:
    # "… thăm và làm việc tại Thủ đô Moskva theo lời mời của Thị trưởng Moskva X. Sáng thứ
    # Tư (3/7), Thị trưởng X đã tiếp đoàn": the host named as the one who invited is no
    # second visitor, so the visit's city is the reception's.
    lead = meetings(_text("t03"))[0]
    assert (lead.date, lead.place) == ("2019-07-03", "Moskva"), (lead.date, lead.place)
    # Near miss: a visit to a country names no city to put the reception in.
    text = _text("t03").replace("tại Thủ đô Moskva", "tại Liên bang Nga")
    assert meetings(text)[0].place is None


def test_a_city_described_as_a_resort_or_a_seaport_is_the_place() -> None:
    lead = meetings(_text("t04"))[0]
    assert (lead.date, lead.place) == ("2016-05-14", "Sochi"), (lead.date, lead.place)
    text = _text("t04").replace(
        "thành phố nghỉ mát Sochi bên bờ Biển Đen", "thành phố cảng biển Vladivostok"
    )
    assert meetings(text)[0].place == "Vladivostok"
    # Near miss: a correspondent posted in the city says nothing of where the talks were.
    text = _text("t04").replace("tại thành phố nghỉ mát Sochi bên bờ Biển Đen, ", "")
    text = text.replace(
        "Chiều 14/5", "Theo phóng viên TTXVN tại thành phố nghỉ mát Sochi, chiều 14/5"
    )
    assert meetings(text)[0].place is None


def test_the_headlines_talks_lead_over_a_side_act_and_keep_their_own_day() -> None:
    # The headline's talks, told below with the visitor by title alone, lead; "Cùng ngày, X
    # làm việc với Y" is beside them.
    found = meetings(_text("t05"))
    lead = found[0]
    assert lead.kind == "hội đàm" and lead.date == "2022-10-11" and lead.place == "Moskva"
    assert {p.name for p in lead.participants} == {"Lê Minh Hoan", "Dmitry Patrushev"}
    assert any(m.secondary and "Sergei Dankvert" in {p.name for p in m.participants} for m in found)
    # Near miss: the talks told with no day of their own do not take the trip's first day.
    text = _text("t05").replace("Chiều 11/10, tại Moskva, ", "Tại Moskva, ")
    text = text.replace("Cùng ngày, Bộ trưởng", "Bộ trưởng")
    lead = next(m for m in meetings(text) if m.kind == "hội đàm")
    assert lead.date != "2022-10-10", lead.date


def test_a_headline_told_again_below_by_both_sides_unnamed_gives_its_place() -> None:
    # "Ngày 14/5, tại Moskva, hai Bộ trưởng đã tiến hành hội đàm" under the headline that names
    # them: no year anywhere, so no date; the place is the talks'.
    lead = meetings(_text("t06"))[0]
    assert lead.place == "Moskva" and lead.date is None, (lead.place, lead.date)
    assert {p.name for p in lead.participants} == {"Bùi Thanh Sơn", "Sergei Lavrov"}
    # Near misses: a sentence below that tells another act ("ký"), or names people of its own,
    # gives the headline's talks no place.
    for told in (
        "hai Bộ trưởng đã ký Kế hoạch tham khảo",
        "Thủ tướng Mikhail Mishustin đã tiếp đoàn",
    ):
        text = _text("t06").replace("hai Bộ trưởng đã tiến hành hội đàm", told)
        lead = meetings(text)[0]
        assert lead.kind == "hội đàm" and lead.place is None, (told, lead.kind, lead.place)


def test_a_related_link_on_its_headings_line_is_no_record_of_the_story() -> None:
    story = (
        "Thủ tướng Nga sắp thăm Việt Nam\nTheo thông báo của Bộ Ngoại giao, nhận lời mời của"
        " Thủ tướng Phạm Minh Chính, Thủ tướng Liên bang Nga Mikhail Mishustin sẽ thăm chính"
        " thức Việt Nam từ ngày 14 đến 15/1/2025.\nTrong chuyến thăm, hai Thủ tướng dự kiến hội"
        " đàm và chứng kiến lễ ký các văn kiện hợp tác.\nThu Hà\n"
    )
    link = "Thủ tướng Phạm Minh Chính điện mừng Thủ tướng Mishustin tái nhiệm"
    # "Tin liên quan: <headline>" on one line, longer than a heading alone: another article.
    assert not [
        m
        for m in meetings(story + "Tin liên quan: " + link, date(2025, 1, 8))
        if m.kind == "điện mừng"
    ]
    # Near miss: the same line without the heading is read as the story's.
    assert [m for m in meetings(story + link, date(2025, 1, 8)) if m.kind == "điện mừng"]


def test_taking_part_as_a_guest_is_no_invitation() -> None:
    # "… dự phiên họp … với tư cách khách mời, X đã gặp Y": a guest, not an invitation to come.
    lead = meetings(_text("t10"))[0]
    assert (lead.date, lead.place) == ("2023-05-25", "Bishkek"), (lead.date, lead.place)
    assert {p.name for p in lead.participants} == {"Trần Lưu Quang", "Alexei Overchuk"}
    # Near miss: inviting him is a plan, not a meeting.
    text = _text("t10").replace(
        "đã gặp Phó Thủ tướng Liên bang Nga Alexei Overchuk",
        "đã mời Phó Thủ tướng Liên bang Nga Alexei Overchuk sang thăm Việt Nam",
    )
    assert not [m for m in meetings(text) if m.date == "2023-05-25" and not m.secondary]


def test_a_city_departments_name_with_and_ends_at_its_city() -> None:
    text = (
        "Chiều 19/10, tại trụ sở Thành ủy, Bí thư Thành ủy Hà Nội Đinh Tiến Dũng đã tiếp Bộ trưởng"
        " Chính phủ Moskva, Trưởng Ban Quan hệ kinh tế đối ngoại và quốc tế thành phố Moskva"
        " Sergey Cheremin."
    )
    found = meetings(text, date(2023, 10, 19))
    assert found and {p.name for p in found[0].participants} == {
        "Đinh Tiến Dũng",
        "Sergey Cheremin",
    }
    # Near miss: "và" before another title joins a second person.
    text = text.replace(
        "và quốc tế thành phố Moskva Sergey Cheremin",
        "thành phố Moskva Sergey Cheremin và Phó Thị trưởng Moskva Natalia Sergunina",
    )
    names = {p.name for p in meetings(text, date(2023, 10, 19))[0].participants}
    assert {"Sergey Cheremin", "Natalia Sergunina"} <= names, names


def test_a_resort_the_data_knows_in_a_third_country_is_the_place() -> None:
    lead = meetings(_text("t13"))[0]
    assert (lead.date, lead.place) == ("2015-05-29", "Burabay"), (lead.date, lead.place)


def test_a_wire_dateline_with_the_day_after_the_agency_is_the_place() -> None:
    text = (
        "Phó Chủ tịch nước gặp Chủ tịch Hội đồng Liên bang Nga\nKazan (TTXVN) 12/10 - Nhân dịp"
        " dự diễn đàn, chiều 12/10, Phó Chủ tịch nước Võ Thị Ánh Xuân đã gặp Chủ tịch Hội đồng"
        " Liên bang Nga Valentina Matviyenko.\n"
    )
    lead = meetings(text, date(2023, 10, 13))[0]
    assert (lead.date, lead.place) == ("2023-10-12", "Kazan"), (lead.date, lead.place)
    # Near miss: a headline has no agency's mark.
    text = text.replace("Kazan (TTXVN) 12/10 - ", "Kazan 12/10 - ")
    assert meetings(text, date(2023, 10, 13))[0].place is None


def test_a_trip_to_a_region_puts_its_meeting_at_the_regions_seat_when_named() -> None:
    text = (
        "Đại sứ làm việc tại tỉnh Irkutsk\nTừ ngày 18 đến 20/8, Đại sứ Việt Nam tại Liên bang Nga"
        " Đặng Minh Khôi đã có chuyến công tác tại tỉnh Irkutsk.\nNgày 19/8, Đại sứ Đặng Minh"
        " Khôi đã có cuộc gặp Thống đốc tỉnh Irkutsk Igor Kobzev.\nHai bên bàn việc mở đường bay"
        " giữa Irkutsk và Hà Nội.\n"
    )
    lead = meetings(text, date(2022, 8, 20))[0]
    assert (lead.date, lead.place) == ("2022-08-19", "Irkutsk"), (lead.date, lead.place)
    # Near miss: the text never names the seat itself.
    text = text.replace("giữa Irkutsk và Hà Nội", "tới Việt Nam")
    assert meetings(text, date(2022, 8, 20))[0].place is None


def test_meetings_recalled_in_the_plural_as_earlier_are_no_record() -> None:
    text = (
        "Thương mại Việt Nam - Nga quý I tăng nhẹ\n15/04/2019 10:00\nTheo số liệu của Tổng cục"
        " Hải quan, quý I năm 2019 kim ngạch thương mại hai chiều đạt 1,1 tỷ USD.\nTại các cuộc"
        " gặp cấp cao trước đây, Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Dmitry Medvedev từng"
        " đặt mục tiêu đưa kim ngạch lên 10 tỷ USD.\n"
    )
    assert meetings(text, date(2019, 4, 15)) == []
    # Near miss: one meeting, with its day, is one.
    text = text.replace("Tại các cuộc gặp cấp cao trước đây", "Tại cuộc gặp hôm 12/4").replace(
        " từng", ""
    )
    found = meetings(text, date(2019, 4, 15))
    assert found and found[0].date == "2019-04-12", [(m.date, m.kind) for m in found]


def test_a_ministrys_seat_followed_by_the_other_state_is_not_the_home_ministry() -> None:
    text = (
        "Bộ trưởng Giao thông Vận tải gặp Bộ trưởng Giao thông Nga\n12/09/2018 19:00\nNgày"
        " 12/9, tại trụ sở Bộ Giao thông Vận tải Liên bang Nga, Bộ trưởng Bộ GTVT Nguyễn Văn Thể"
        " đã gặp Bộ trưởng Giao thông Vận tải Nga Yevgeny Ditrikh.\n"
    )
    lead = meetings(text, date(2018, 9, 12))[0]
    assert lead.place != "Hà Nội", lead.place  # the Russian ministry is not in Hà Nội
    # Near miss: the Vietnamese ministry's seat is in Hà Nội.
    text = text.replace("Bộ Giao thông Vận tải Liên bang Nga, ", "Bộ Giao thông Vận tải, ")
    assert meetings(text, date(2018, 9, 12))[0].place == "Hà Nội"


def test_a_byline_between_the_headline_and_the_report_hides_not_the_acts_day() -> None:
    text = (
        "Phó Thủ tướng Phạm Bình Minh hội đàm với Ngoại trưởng Nga\nThứ năm, 27/10/2016, 21:03"
        " (GMT+7)\n"
        "Phó Thủ tướng Phạm Bình Minh và Ngoại trưởng Nga Sergei Lavrov nhất trí tăng cường phối"
        " hợp tại các diễn đàn quốc tế.\nCuộc hội đàm diễn ra tại Moskva chiều nay trong chuyến"
        " thăm chính thức Nga của Phó Thủ tướng.\n"
    )
    lead = meetings(text, date(2016, 10, 27))[0]
    assert (lead.date, lead.place) == ("2016-10-27", "Moskva"), (lead.date, lead.place)


def test_a_departments_lower_case_fields_with_and_run_on_to_its_heads_name() -> None:
    text = (
        "Chiều 5/10, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Bộ trưởng Chính quyền"
        " thành phố Moskva, Trưởng Vụ Kinh tế đối ngoại và quan hệ quốc tế Sergei Cheremin.\n"
    )
    found = meetings(text, date(2024, 10, 5))
    assert found and {p.name for p in found[0].participants} == {"Trần Sỹ Thanh", "Sergei Cheremin"}
    # Near miss: "và" after the name joins someone else, who is no part of the title.
    text = (
        "Chiều 5/10, Chủ tịch UBND thành phố Hà Nội Trần Sỹ Thanh đã tiếp Thống đốc tỉnh Kaluga"
        " Vladislav Shapsha và phu nhân Irina Shapsha.\n"
    )
    titles = {p.name: p.title for p in meetings(text, date(2024, 10, 5))[0].participants}
    assert titles.get("Vladislav Shapsha") == "Thống đốc tỉnh Kaluga", titles


def test_the_day_of_an_act_this_one_came_after_is_not_its_day() -> None:
    text = (
        "Thủ tướng gặp Thủ tướng Nga bên lề BRICS\nThứ năm, 24/10/2024, 21:10 (GMT+7)\nThủ tướng"
        " Phạm Minh Chính và Thủ tướng Nga Mikhail Mishustin có cuộc gặp trực tiếp, hai tuần sau"
        " cuộc điện đàm hôm 8/10.\nCuộc gặp diễn ra chiều 24/10 tại Kazan.\n"
    )
    lead = meetings(text, date(2024, 10, 24))[0]
    assert (lead.date, lead.place) == ("2024-10-24", "Kazan"), (lead.date, lead.place)
    # Near miss: "Sau cuộc hội đàm, chiều 24/10, …": the day after the comma is the act's own.
    text = (
        "Thủ tướng gặp Thủ tướng Nga\nSau cuộc hội đàm, chiều 24/10, tại Kazan, Thủ tướng Phạm Minh"
        " Chính đã gặp Thủ tướng Nga Mikhail Mishustin.\n"
    )
    assert meetings(text, date(2024, 10, 25))[0].date == "2024-10-24"
