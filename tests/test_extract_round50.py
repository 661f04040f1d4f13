"""Round 50 of extraction classes, on reports written for these tests
(tests/round50_articles): retrospectives, interviews and programmes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round50_articles"


def _pairs(found: list) -> list[set[str]]:
    return [{p.name for p in m.participants} for m in found if len(m.participants) > 1]


def test_an_interviewee_and_a_review_of_visits_make_no_meeting() -> None:
    # t01: the headline "Đại sứ X: …" quotes the ambassador, and the answer lists visits each
    # with its own month and one side ("chuyến thăm Nga của Thủ tướng A tháng 5/2016,
    # chuyến thăm Việt Nam của Thủ tướng B tháng 11/2018, …"): the ambassador was read as
    # meeting Medvedev.
    found = meetings(written(ARTICLES, "t01"))
    people = {p.name for m in found for p in m.participants}
    assert "Ngô Đức Mạnh" not in people, found
    assert {"Nguyễn Xuân Phúc", "Dmitry Medvedev"} not in _pairs(found), found
    # Near miss: a headline quoting the ambassador on his own talks makes him their party.
    own = meetings(
        rewritten(
            ARTICLES,
            "t01",
            "Chuyến thăm của Thủ tướng là dấu mốc mới trong quan hệ Việt - Nga",
            "Hội đàm với Thứ trưởng Ngoại giao Nga Andrey Rudenko đạt kết quả thực chất",
        )
    )
    assert own and {p.name for p in own[0].participants} == {"Ngô Đức Mạnh", "Andrei Rudenko"}
    # Near miss: one item of the list tells the two sides meeting: that meeting is read.
    near = meetings(
        rewritten(
            ARTICLES,
            "t01",
            "chuyến thăm Nga của Thủ tướng Nguyễn Xuân Phúc tháng 5/2016,",
            "chuyến thăm Nga của Thủ tướng Nguyễn Xuân Phúc tháng 5/2016, khi ông hội đàm"
            " với Thủ tướng Dmitry Medvedev tại Sochi;",
        )
    )
    met = [m for m in near if {p.name for p in m.participants} >= {"Nguyễn Xuân Phúc"}]
    assert any("Dmitry Medvedev" in {p.name for p in m.participants} for m in met), near


def test_acts_listed_after_a_planned_one_are_planned_too() -> None:
    # t02: "Theo chương trình, X sẽ hội đàm với A; hội kiến B, gặp C và dự …": "gặp C" was
    # read as held (the plan's word only reached the first verb of the clause).
    found = meetings(written(ARTICLES, "t02"))
    assert found and found[0].kind == "thăm", found
    assert not [m for m in found if m.kind in {"gặp", "hội kiến", "hội đàm"}], found
    # Near miss: the same acts reported as held are meetings.
    near = meetings(
        rewritten(
            ARTICLES,
            "t02",
            "Theo chương trình, Chủ tịch Quốc hội sẽ",
            "Sáng 11/9, Chủ tịch Quốc hội đã",
        )
    )
    assert any(m.kind in {"hội đàm", "hội kiến", "gặp"} for m in near), near


def test_a_visit_the_meeting_came_after_lends_it_no_month() -> None:
    # t03: "Sau chuyến thăm … hồi tháng 1, … với cuộc hội đàm giữa X và Y tại Moskva cuối
    # tháng 8" (the year in the headline) was dated 1/2019, the visit's month.
    lead = meetings(written(ARTICLES, "t03"))[0]
    assert lead.date == "2019-08" and lead.date_inferred, (lead.date, lead.date_inferred)
    # Near miss: the talks themselves told as of another time keep no month of the report.
    near = meetings(
        rewritten(
            ARTICLES,
            "t03",
            "Sau chuyến thăm chính thức Việt Nam của Bộ trưởng Quốc phòng Nga hồi tháng 1, quan",
            "Quan",
        )
    )[0]
    assert near.date == "2019-08", near.date


def test_the_act_a_retrospective_singles_out_is_its_lead() -> None:
    # t04: "Bên cạnh cuộc hội đàm với A …, một điểm nhấn trong chuyến thăm … là cuộc hội kiến
    # với B": the talks beside it were taken for the lead (the visit's frame hid "là").
    lead = meetings(written(ARTICLES, "t04"))[0]
    assert lead.kind == "hội kiến", lead.kind
    assert {p.name for p in lead.participants} == {"Phạm Minh Chính", "Vyacheslav Volodin"}, lead
    # Near miss: without the copula the act is one more within the visit's frame, and the
    # talks told first lead.
    near = meetings(
        rewritten(
            ARTICLES, "t04", "Phạm Minh Chính là cuộc hội kiến", "Phạm Minh Chính và cuộc hội kiến"
        )
    )[0]
    assert near.kind == "hội đàm" and "Mikhail Mishustin" in {p.name for p in near.participants}, (
        near
    )


def test_the_place_left_before_the_meeting_is_not_its_place() -> None:
    # t05: "Tiếp tục chuyến thăm …, sau các hoạt động tại Saint Petersburg, X đã tới thủ đô
    # Moskva và hội đàm với Y": placed in Saint Petersburg.
    lead = meetings(written(ARTICLES, "t05"))[0]
    assert lead.place == "Moskva", lead.place
    # So is it when the act names its venue after its verb ("… đã hội đàm với Y tại Nhà Chính
    # phủ Nga"); with neither, the activities' place is all the sentence says.
    venue = meetings(rewritten(ARTICLES, "t05", "đã tới thủ đô Moskva và hội đàm", "đã hội đàm"))[0]
    assert venue.place == "Moskva", venue.place
    near = meetings(
        rewritten(ARTICLES, "t05", "đã tới thủ đô Moskva và hội đàm", "đã hội đàm").replace(
            " tại Nhà Chính phủ Nga.", "."
        )
    )[0]
    assert near.place == "Saint Petersburg", near.place


def test_an_official_of_a_third_countrys_city_is_of_that_country() -> None:
    # t06: "Bí thư Thành ủy Thượng Hải Trần Cát Ninh" (a Chinese name read the Sino-Vietnamese
    # way, a Vietnamese office's words) received in Saint Petersburg: read as a Vietnam–Russia
    # meeting.
    assert meetings(written(ARTICLES, "t06")) == []
    # Near miss: the same words for a Vietnamese city make him Vietnamese.
    near = meetings(
        rewritten(
            ARTICLES,
            "t06",
            "Thượng Hải (Trung Quốc) do Bí thư Thành ủy Thượng Hải",
            "Hải Phòng (Việt Nam) do Bí thư Thành ủy Hải Phòng",
        )
    )
    assert near and ("Trần Cát Ninh", "VN") in {(p.name, p.country) for p in near[0].participants}


def test_a_country_bracketed_before_a_name_is_its_side() -> None:
    # t07: "Chủ tịch Ban Chấp hành thành phố Gomel (Belarus) Vladimir Privalov": a Russian
    # given name made him Russian.
    assert meetings(written(ARTICLES, "t07")) == []
    near = meetings(rewritten(ARTICLES, "t07", "Gomel (Belarus)", "Kaluga (Nga)"))
    assert near and ("Vladimir Privalov", "RU") in {
        (p.name, p.country) for p in near[0].participants
    }


def test_initials_after_a_surname_are_no_one_else() -> None:
    # t08: "ông Patrushev N.P., Thư ký Hội đồng An ninh Liên bang Nga": "N P" was a third
    # participant, titled so.
    lead = meetings(written(ARTICLES, "t08"))[0]
    assert {p.name for p in lead.participants} == {"Tô Lâm", "Nikolai Patrushev"}, lead
    # Near miss: his full name gives the same two.
    near = meetings(rewritten(ARTICLES, "t08", "ông Patrushev N.P.,", "ông Nikolai Patrushev,"))
    assert {p.name for p in near[0].participants} == {"Tô Lâm", "Nikolai Patrushev"}


def test_a_counterpart_of_a_third_country_is_of_that_country() -> None:
    # t09: "người đồng cấp Trung Quốc Lý Thượng Phúc", then "Bộ trưởng Lý Thượng Phúc": a
    # Sino-Vietnamese name, read as Vietnamese, made a Russia-China meeting Vietnam's.
    assert meetings(written(ARTICLES, "t09")) == []
    text = rewritten(
        ARTICLES,
        "t09",
        "người đồng cấp Trung Quốc Lý Thượng Phúc",
        "người đồng cấp Việt Nam Phan Văn Giang",
    ).replace("Bộ trưởng Lý Thượng Phúc", "Bộ trưởng Phan Văn Giang")
    near = meetings(text)
    assert near and ("Phan Văn Giang", "VN") in {(p.name, p.country) for p in near[0].participants}


def test_a_live_page_timed_with_h_and_a_colon_takes_its_days_date() -> None:
    # t11, published 14/1/2025: entries timed "15h20: …" were not read as a live page's, and
    # the talks had no day (timed "15:20 …" they had the page's).
    lead = meetings(written(ARTICLES, "t11"), published=date(2025, 1, 14))[0]
    assert (lead.date, lead.date_inferred) == ("2025-01-14", True), (lead.date, lead.date_inferred)
    # Near miss: a time inside a sentence ("lúc 15h20: …" is no entry) makes no live page.
    text = (
        written(ARTICLES, "t11")
        .replace("15h20: Hội đàm", "Lúc 15h20: Hội đàm")
        .replace("14h30: Lễ đón", "Lúc 14h30: Lễ đón")
    )
    near = meetings(text, published=date(2025, 1, 14))[0]
    assert near.date is None, near.date
