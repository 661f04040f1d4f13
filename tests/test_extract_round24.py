"""Round 24 of extraction classes (issue 9), on reports written for these tests
(tests/round24_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round24_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_the_one_mourned_is_no_party_to_the_condolences() -> None:
    found = meetings(_text("t03"))
    lead = found[0]
    people = names(lead)
    assert ("Nguyễn Thị Kim Ngân", "VN") in people and ("Trần Đại Quang", "VN") not in people, (
        people
    )
    # "trong đó có cuộc hội đàm tại Moskva": an act recalled is no field of cooperation.
    assert not any("hội đàm" in s or "làm việc" in s for s in lead.sectors), lead.sectors
    # The talks the message recalls keep no month of the message.
    assert all(m.date is None for m in found[1:]), [(m.date, m.kind) for m in found]
    # Near miss: the one a message is sent to is its recipient, not the mourned.
    text = (
        _text("t03")
        .replace("Chủ tịch Quốc hội Nguyễn Thị Kim Ngân và nhân dân Việt Nam trước việc", "")
        .replace("Trần Đại Quang từ trần.", "Trần Đại Quang.")
    )
    assert ("Trần Đại Quang", "VN") in names(meetings(text)[0])


def test_a_day_told_again_by_the_home_clock_is_not_the_meetings() -> None:
    lead = meetings(_text("t04"))[0]
    assert lead.date == "2024-11-15" and lead.time_of_day == "chiều", (lead.date, lead.time_of_day)
    # Near miss: with no day of the place written, "sáng nay" is the day.
    text = _text("t04").replace(
        "chiều 15/11 theo giờ địa phương (sáng nay theo giờ Hà Nội)", "sáng nay"
    )
    assert meetings(text)[0].date == "2024-11-16"


def test_before_going_to_a_city_the_act_was_where_the_sentence_places_it() -> None:
    found = [
        m for m in meetings(_text("t07")) if "Andrei Rudenko" in {p.name for p in m.participants}
    ]
    assert found and found[0].place == "Moskva", [(m.place, m.date) for m in found]
    # Near miss: "sau khi đến Kazan" is arriving there.
    text = _text("t07").replace(
        "Trước khi đến Kazan, ngày 4/6 tại Moskva", "Sau khi đến Kazan, ngày 4/6"
    )
    found = [m for m in meetings(text) if "Andrei Rudenko" in {p.name for p in m.participants}]
    assert found and found[0].place == "Kazan", [(m.place, m.date) for m in found]


def test_a_title_someone_once_held_names_no_holder_of_it() -> None:
    found = meetings(_text("t08"))
    assert all(("Phạm Minh Chính", "VN") not in names(m) for m in found), [names(m) for m in found]
    # Near miss: a bare title as the other side of an act is its holder on that day.
    text = _text("t08").replace(
        ", khi ông Phúc còn là Thủ tướng,", ". Ngày 20/1/2022, Thủ tướng đã tiếp Đại sứ Bezdetko"
    )
    assert any(("Phạm Minh Chính", "VN") in names(m) for m in meetings(text))


def test_a_commander_in_chief_and_the_fsb_director_keep_their_offices() -> None:
    lead = meetings(_text("t02"))[0]
    titles = {p.name: p.title for p in lead.participants}
    assert titles["Sergey Surovikin"] == "Tổng Tư lệnh Lực lượng Hàng không vũ trụ Nga", titles
    lead = meetings(_text("t06"))[0]
    titles = {p.name: p.title for p in lead.participants}
    assert titles.get("Alexander Bortnikov") == "Giám đốc Cơ quan An ninh Liên bang Nga", titles


def test_a_republic_head_named_by_a_transliteration_and_its_original() -> None:
    lead = meetings(_text("t09"))[0]
    titles = {p.name: p.title for p in lead.participants}
    assert titles.get("Aysen Nikolaev", "").startswith("Người đứng đầu Cộng hòa Sakha"), titles
    # Near miss: with no original in brackets, the name stays as the article writes it.
    text = _text("t09").replace(" (Aysen Nikolaev)", "")
    assert "Ai-xen Ni-cô-lai-ép" in {p.name for p in meetings(text)[0].participants}


def test_the_act_told_with_its_day_at_a_visit_is_the_lead() -> None:
    lead = meetings(_text("t10"))[0]
    assert (lead.kind, lead.date) == ("hội kiến", "2017-06-13"), (lead.kind, lead.date)
    # Near miss: "Tại buổi hội kiến," with no day of its own refers back to the visit.
    text = _text("t10").replace("Tại buổi hội kiến ngày 13/6,", "Tại buổi hội kiến,")
    assert meetings(text)[0].date != "2017-06-13"


def test_a_supreme_court_chairman_is_named_by_his_title() -> None:
    lead = meetings(_text("t11"))[0]
    assert ("Vyacheslav Lebedev", "RU") in names(lead), names(lead)


def test_a_headlines_plain_meet_names_the_talks_told_first() -> None:
    lead = meetings(_text("t12"))[0]
    assert ("Sergei Shoigu", "RU") in names(lead) and lead.place == "Moskva", (
        names(lead),
        lead.place,
    )
    # Near miss: a headline naming the act by its own verb keeps it.
    text = _text("t12").replace(
        "gặp Bộ trưởng Quốc phòng Nga tại Moskva", "gặp Thứ trưởng Quốc phòng Nga Alexander Fomin"
    )
    assert ("Alexander Fomin", "RU") in names(meetings(text)[0])


def test_a_headline_naming_the_other_side_by_office_names_its_holders_act() -> None:
    lead = meetings(_text("t13"))[0]
    assert ("Alexander Bortnikov", "RU") in names(lead), names(lead)
    # Near miss: a headline naming the other office names the later act.
    text = _text("t13").replace(
        "làm việc với Giám đốc Cơ quan An ninh Liên bang Nga",
        "làm việc với Thư ký Hội đồng An ninh Nga",
        1,
    )
    assert ("Nikolai Patrushev", "RU") in names(meetings(text)[0])


def test_a_recurring_events_year_in_the_headline_dates_the_act_at_it() -> None:
    lead = meetings(_text("t17"))[0]
    assert lead.date == "2019-09-05" and not lead.date_inferred, (lead.date, lead.date_inferred)
    # Near miss: a year the headline gives to something else dates nothing.
    text = _text("t17").replace("tại EEF 2019", "năm 2019")
    assert meetings(text)[0].date is None
