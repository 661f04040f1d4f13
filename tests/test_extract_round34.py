"""Round 34 of extraction classes, on reports written for these tests
(tests/round34_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names

ARTICLES = Path(__file__).resolve().parent / "round34_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_an_act_beside_the_summit_is_where_the_summit_is() -> None:
    # "Bên lề hội nghị, chiều cùng ngày, …" after "Hôm nay, tại Trung tâm Hội nghị Jakarta,
    # thủ đô Jakarta, Hội nghị Cấp cao … đã bước vào phiên họp": the summit is named with its
    # city, told as held with no verb of holding.
    lead = meetings(_text("t01"), date(2023, 9, 6))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Sergei Lavrov", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2023-09-06", "Jakarta", "tiếp")
    # Near miss: an act beside an event no earlier sentence names ("bên lề lễ ký kết") is not
    # placed where the summit is.
    other = _text("t01").replace("Bên lề hội nghị, chiều", "Bên lề lễ ký kết, chiều")
    assert other != _text("t01")
    assert meetings(other, date(2023, 9, 6))[0].place is None


def test_an_event_named_for_its_city_places_an_act_beside_it() -> None:
    # "Hội nghị An ninh quốc tế Moskva lần thứ 11 khai mạc …", then "Chiều 16/8, bên lề hội
    # nghị, X đã gặp Y": the day written before "bên lề", the city in the event's name.
    lead = meetings(_text("t02"), date(2023, 8, 17))[0]
    assert names(lead) == {("Hoàng Xuân Chiến", "VN"), ("Alexander Fomin", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2023-08-16", "Moskva")
    # Near miss: an event told as held on other days says nothing of the act's place.
    other = _text("t02").replace("lần thứ 11 khai mạc với", "lần thứ 11 khai mạc ngày 14/8 với", 1)
    other = other.replace(other.splitlines()[0], "Khai mạc hội nghị về an ninh quốc tế", 1)
    assert other.count("ngày 14/8") == 1 and other.count("Moskva") == 1
    assert meetings(other, date(2023, 8, 17))[0].place is None


def test_an_act_beside_a_forum_is_in_the_city_its_delegates_came_to() -> None:
    # "Đại diện hơn 40 quốc gia đã có mặt tại Kazan để dự Diễn đàn …", then "Sáng 24/5, bên
    # lề Diễn đàn, X đã hội đàm với Y".
    lead = meetings(_text("t03"), date(2023, 5, 25))[0]
    assert names(lead) == {("Trần Hồng Hà", "VN"), ("Alexei Overchuk", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2023-05-24", "Kazan", "hội đàm")
    # Near miss: the forum's city told of another gathering ("hội thảo"), not of the forum.
    other = _text("t03").replace("để dự Diễn đàn Kinh tế", "để dự hội thảo về Liên minh Kinh tế")
    assert other != _text("t03")
    assert meetings(other, date(2023, 5, 25))[0].place is None


def test_an_act_a_round_up_lists_is_told_with_its_parties_after() -> None:
    # "Trong ngày 31/10, Chủ tịch nước đã có các cuộc gặp với [Chile], [Canada] và Phó Thủ
    # tướng Nga X", then "Tại cuộc gặp với Phó Thủ tướng Nga X, Chủ tịch nước Lương Cường đề
    # nghị … thỏa thuận đạt được trong chuyến thăm … tháng 5/2025": the round-up's day, not the
    # month of the visit recalled.
    lead = meetings(_text("t04"), date(2025, 10, 31))[0]
    assert names(lead) == {("Lương Cường", "VN"), ("Alexei Overchuk", "RU")}, names(lead)
    assert (lead.date, lead.kind, lead.date_inferred) == ("2025-10-31", "gặp", False)
    # Near miss: a round-up that does not list him says nothing of when they met, and a page
    # about other countries' leaders does not report a meeting on the month recalled.
    other = _text("t04").replace(
        ", Thủ tướng Canada Mark Carney và Phó Thủ tướng Nga Alexei Overchuk",
        " và Thủ tướng Canada Mark Carney",
    )
    assert other != _text("t04")
    assert all(m.date != "2025-05" for m in meetings(other, date(2025, 10, 31)))


def test_the_month_of_a_visit_whose_agreements_are_named_is_not_the_acts() -> None:
    # "Tại buổi tiếp X, Thủ tướng đề nghị triển khai các thỏa thuận đạt được trong chuyến thăm
    # Nga của Tổng Bí thư Tô Lâm tháng 5/2025": May is the visit's month, not the reception's.
    text = (
        "Thủ tướng tiếp Phó Thủ tướng Nga\n\n"
        "Tại buổi tiếp Phó Thủ tướng Nga Alexei Overchuk, Thủ tướng Phạm Minh Chính đề nghị hai"
        " bên triển khai hiệu quả các thỏa thuận đạt được trong chuyến thăm Nga của Tổng Bí thư"
        " Tô Lâm tháng 5/2025, thúc đẩy hợp tác thương mại và năng lượng.\n\n"
        "Ông Overchuk chuyển lời thăm hỏi của Tổng thống Putin.\n"
    )
    lead = meetings(text, date(2025, 10, 28))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Alexei Overchuk", "RU")}, names(lead)
    assert lead.date is None, lead.date
    # Near miss: the reception's own day, written in the sentence, is kept.
    dated = text.replace("Alexei Overchuk, Thủ tướng", "Alexei Overchuk chiều 27/10, Thủ tướng")
    assert meetings(dated, date(2025, 10, 28))[0].date == "2025-10-27"


def test_an_act_right_after_a_one_day_event_is_on_its_day_not_at_its_hour() -> None:
    # "Lễ diễu binh … đã diễn ra … sáng 9/5 …", two more sentences, then "Ngay sau lễ diễu
    # binh, tại Điện Kremlin, X đã có cuộc gặp với Y": the parade's day; its hour is not the
    # meeting's, which came after.
    lead = meetings(_text("t05"), date(2025, 5, 9))[0]
    assert names(lead) == {("Tô Lâm", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert (lead.date, lead.date_inferred, lead.time_of_day) == ("2025-05-09", False, None)
    # Near miss: an event told over several days gives the act after it no day.
    span = _text("t05").replace("Quảng trường Đỏ sáng 9/5", "Quảng trường Đỏ từ 8 đến 9/5")
    assert span != _text("t05")
    assert meetings(span, date(2025, 5, 9))[0].date != "2025-05-09"


def test_a_captioned_ceremony_takes_the_day_the_body_tells_it_on() -> None:
    # "Tối 1/9, tại Moskva, Đại sứ quán … tổ chức chiêu đãi …. Thứ trưởng … Rudenko đã tới
    # dự. Đại sứ Đặng Minh Khôi điểm lại …", the photo's caption naming both at the reception
    # with no day: the reception is the body's, with its day and place.
    lead = meetings(_text("t06"), date(2023, 9, 2))[0]
    assert names(lead) == {("Đặng Minh Khôi", "VN"), ("Andrei Rudenko", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2023-09-01", "Moskva", "dự lễ")
    # Near miss: a caption showing someone the body does not name at the reception stays
    # the caption's (no day lent to it).
    other = _text("t06").replace(
        "Đại sứ Đặng Minh Khôi và Thứ trưởng Andrei Rudenko tại",
        "Đại sứ Đặng Minh Khôi và Phó Thủ tướng Nga Alexander Novak tại",
    )
    assert other != _text("t06")
    lead = meetings(other, date(2023, 9, 2))[0]
    assert lead.date is None, lead.date


def test_an_act_told_with_its_month_then_as_held_on_a_day_takes_the_day() -> None:
    # "Hồi đầu tháng 10, …, X đã có cuộc gặp với Y." then "Cuộc gặp diễn ra hôm 3/10.": a
    # report written weeks after, its act's day told in the next sentence.
    lead = meetings(_text("t07"), date(2024, 10, 28))[0]
    assert names(lead) == {("Nguyễn Kim Sơn", "VN"), ("Valery Falkov", "RU")}, names(lead)
    assert (lead.date, lead.date_inferred, lead.place) == ("2024-10-03", False, "Kazan")
    # Near miss: a day outside the month told is not the act's; the month stays.
    other = _text("t07").replace("diễn ra hôm 3/10.", "diễn ra hôm 3/9.")
    assert other != _text("t07")
    assert meetings(other, date(2024, 10, 28))[0].date == "2024-10"


def test_a_russian_named_by_a_title_naming_vietnam_first_is_russian() -> None:
    # "ông Sergei Ivanovich Tarasov, Chủ tịch Hội những người từng công tác tại Việt Nam của
    # Nga": the first country the title names is the one its members served in; the name is
    # Russian, and so is the association.
    lead = meetings(_text("t09"), date(2023, 5, 15))[0]
    assert names(lead) == {("Võ Thị Ánh Xuân", "VN"), ("Sergei Tarasov", "RU")}, names(lead)
    assert (lead.date, lead.kind) == ("2023-05-14", "tiếp")
    # Near miss: a Vietnamese name under such a title stays Vietnamese.
    other = (
        _text("t09")
        .replace(
            "Chiều 14/5, tại Phủ Chủ tịch, Phó Chủ tịch nước Võ Thị Ánh Xuân tiếp",
            "Chiều 14/5, tại Moskva, Đại sứ Nga Gennady Bezdetko tiếp",
        )
        .replace("ông Sergei Ivanovich Tarasov", "ông Nguyễn Văn Tạo")
    )
    assert other.count("Nguyễn Văn Tạo") == 1
    who = {p.name: p.country for m in meetings(other, date(2023, 5, 15)) for p in m.participants}
    assert who.get("Nguyễn Văn Tạo") in (None, "VN"), who


def test_a_dateline_may_give_the_hour_and_weekday_before_the_day() -> None:
    # "Moskva, chiều thứ Năm 12/9 — Bộ trưởng X đã hội đàm với Y": the dateline's city.
    text = (
        "Bộ trưởng Công Thương hội đàm với Bộ trưởng Công nghiệp và Thương mại Nga\n\n"
        "Moskva, chiều thứ Năm 12/9 — Bộ trưởng Công Thương Nguyễn Hồng Diên đã hội đàm với Bộ"
        " trưởng Công nghiệp và Thương mại Nga Anton Alikhanov về hợp tác công nghiệp ô tô và"
        " năng lượng.\n"
    )
    lead = meetings(text, date(2024, 9, 13))[0]
    assert names(lead) == {("Nguyễn Hồng Diên", "VN"), ("Anton Alikhanov", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2024-09-12", "Moskva"), (lead.date, lead.place)
    # Near miss: a city and a day opening a sentence with no dash is no dateline.
    plain = text.replace(
        "Moskva, chiều thứ Năm 12/9 — Bộ", "Theo tin từ Moskva, chiều thứ Năm 12/9, Bộ"
    )
    assert meetings(plain, date(2024, 9, 13))[0].place is None


def test_a_headlines_act_takes_the_day_the_body_tells_of_its_two_by_title() -> None:
    # The headline names both chairmen; the body tells the talks of "Chủ tịch Quốc hội và Chủ
    # tịch Duma Quốc gia Nga" with no names, on "Chiều 9/9, tại Nhà Quốc hội".
    lead = meetings(_text("t10"), date(2025, 9, 10))[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Vyacheslav Volodin", "RU")}, names(lead)
    assert (lead.date, lead.place, lead.kind) == ("2025-09-09", "Hà Nội", "hội đàm")
    # Near miss: one side's title alone is another act of his, not the headline's talks.
    other = _text("t10").replace(
        "Chủ tịch Quốc hội và Chủ tịch Duma Quốc gia Nga đã hội đàm",
        "Chủ tịch Quốc hội đã hội đàm với đoàn doanh nghiệp",
    )
    assert other != _text("t10")
    assert meetings(other, date(2025, 9, 10))[0].date is None


def test_a_page_of_photos_is_read_from_its_captions() -> None:
    # Every line is a photo's caption: the two ministers at the welcome, "Hai Bộ trưởng bước
    # vào phòng hội đàm", "Cuộc hội đàm diễn ra sáng 9/12 …". Read as the page's sentences.
    lead = meetings(_text("t11"), date(2025, 12, 9))[0]
    assert names(lead) == {("Phan Văn Giang", "VN"), ("Andrei Belousov", "RU")}, names(lead)
    assert (lead.date, lead.kind) == ("2025-12-09", "hội đàm"), (lead.date, lead.kind)
    # Near miss: a page whose body names people keeps its captions as captions.
    body = "Bộ trưởng Phan Văn Giang phát biểu tại hội nghị quân chính toàn quân.\n\n"
    assert all(m.date != "2025-12-09" for m in meetings(body + _text("t11"), date(2025, 12, 9)))
