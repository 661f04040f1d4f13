"""Round 32 of extraction classes, on reports written for these tests
(tests/round32_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round32_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_day_named_by_its_weekday_alone_is_marked_inferred() -> None:
    # "Tối thứ Năm" in a report published on Thursday 16/3/2023: that Thursday, by the
    # assumption that the weekday is of the publication's week; marked as inferred.
    lead = meetings(_text("t06"), date(2023, 3, 16))[0]
    assert (lead.date, lead.date_inferred, lead.time_of_day) == ("2023-03-16", True, "tối")
    lead = meetings(_text("t06"), date(2023, 3, 17))[0]
    assert (lead.date, lead.date_inferred) == ("2023-03-16", True), lead.date
    # With its week named ("tuần này") the day is still counted from the publication's week,
    # not written: inferred too.
    text = _text("t06").replace("Tối thứ Năm", "Tối thứ Năm tuần này")
    lead = meetings(text, date(2023, 3, 17))[0]
    assert (lead.date, lead.date_inferred) == ("2023-03-16", True), lead.date
    # Near misses: the weekday with its day, or "tối qua", states the day.
    for said in ("Tối thứ Năm (16/3)", "Tối qua"):
        text = _text("t06").replace("Tối thứ Năm", said)
        lead = meetings(text, date(2023, 3, 17))[0]
        assert (lead.date, lead.date_inferred) == ("2023-03-16", False), (said, lead.date)


def test_an_act_between_bodies_takes_the_people_named_right_after_it() -> None:
    # "đoàn công tác tỉnh Thanh Hóa đã có buổi làm việc với Chính quyền vùng Kaluga", then
    # "Thống đốc Vladislav Shapsha cho biết …", "Đồng chí Đỗ Trọng Hưng … đề nghị …".
    lead = meetings(_text("t07"), date(2025, 5, 22))[0]
    assert names(lead) == {("Đỗ Trọng Hưng", "VN"), ("Vladislav Shapsha", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2025-05-21", "Kaluga", "làm việc")
    assert "đoàn công tác tỉnh Thanh Hóa" in lead.evidence["participants"]
    # Near misses: an act of Russia with a third country, a Vietnamese leader named after it
    # ("Putin hội đàm với Tập Cận Bình … Putin dự kiến thăm Việt Nam … Nguyễn Phú Trọng"), is
    # no meeting; nor is a contact told without its day.
    assert meetings(_text("t09"), date(2024, 5, 16)) == []
    undated = _text("t07").replace("chiều 21/5 (giờ địa phương)", "trong năm nay")
    assert meetings(undated, date(2025, 5, 22)) == []


def test_a_headline_pairing_two_cities_is_no_dateline() -> None:
    # "TP.HCM - Moskva: Tăng cường hợp tác …" pairs the partners; it does not place the talks
    # (held in Moskva, which the report does not say) in Ho Chi Minh City.
    lead = meetings(_text("t08"), date(2025, 10, 10))[0]
    assert names(lead) == {("Nguyễn Văn Nên", "VN"), ("Sergei Sobyanin", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2025-10-09", None), (lead.date, lead.place)
    # Near miss: a dateline before the report's first sentence still places it.
    text = _text("t08").replace("(Thanh Niên) - Tối 9-10", "MOSKVA (Thanh Niên) - Tối 9-10")
    assert meetings(text, date(2025, 10, 10))[0].place == "Moskva"


def test_an_online_exchange_is_an_online_meeting() -> None:
    # "đã có cuộc trao đổi trực tuyến với ông X": an online meeting, with no place.
    lead = meetings(_text("t10"), date(2021, 7, 15))[0]
    assert names(lead) == {("Nguyễn Thanh Long", "VN"), ("Kirill Dmitriev", "RU")}, names(lead)
    assert (lead.date, lead.kind, lead.place) == ("2021-07-15", "họp trực tuyến", None)
    # Near miss: "hai bên trao đổi về …" inside a meeting is no act of its own.
    text = _text("t10").replace("đã có cuộc trao đổi trực tuyến với", "trao đổi về vắc xin với")
    assert meetings(text, date(2021, 7, 15)) == []


def test_a_ceremony_both_sides_attend_is_the_story_only_when_nothing_else_is() -> None:
    # "Đại sứ quán Liên bang Nga tổ chức lễ kỷ niệm Ngày nước Nga", then "Phó Thủ tướng X đã
    # tới dự", "Đại sứ Y điểm lại …": the reception is the page's Vietnam-Russia event.
    lead = meetings(_text("t11"), date(2024, 6, 11))[0]
    assert names(lead) == {("Trần Hồng Hà", "VN"), ("Gennady Bezdetko", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2024-06-11", "Hà Nội", "dự lễ")
    # Below a page's chrome (the site's date, masthead and menu) it is found the same.
    chrome = "Thứ Ba, 11/06/2024\nBÁO ĐIỆN TỬ CHÍNH PHỦ\nThời sự  Chính trị  Kinh tế\n"
    lead = meetings(chrome + _text("t11"), date(2024, 6, 11))[0]
    assert names(lead) == {("Trần Hồng Hà", "VN"), ("Gennady Bezdetko", "RU")}, names(lead)
    # Near miss: beside talks, a wreath-laying is neither the story nor a window of its own
    # ("đặt vòng hoa …, sau đó hội kiến Y" is the meeting with Y).
    found = meetings(_text("t12"), date(2025, 9, 18))
    assert [(m.kind, m.secondary) for m in found] == [("hội đàm", False), ("hội kiến", True)]
    assert names(found[1]) == {("Trần Thanh Mẫn", "VN"), ("Valentina Matviyenko", "RU")}
