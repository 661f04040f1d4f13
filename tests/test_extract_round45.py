"""Round 45 of extraction classes, on reports written for these tests
(tests/round45_articles)."""

from __future__ import annotations

from pathlib import Path

from store.language.cards import sentences
from store.language.citation import headline
from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round45_articles"


def test_a_day_before_an_anniversary_it_prepares_has_that_year() -> None:
    # "Chiều 12/12 … chuẩn bị kỷ niệm 75 năm … (30/1/1950 - 30/1/2025)": the occasion is the
    # days around the anniversary's own day, so 12/12/2024 (inferred), not ten months
    # after it.
    lead = meetings(written(ARTICLES, "t03"))[0]
    assert names(lead) == {("Võ Thị Ánh Xuân", "VN"), ("Gennady Bezdetko", "RU")}, names(lead)
    assert (lead.date, lead.date_inferred) == ("2024-12-12", True), lead.date
    # Near miss: a January day before the anniversary is in the anniversary's year.
    near = meetings(rewritten(ARTICLES, "t03", "Chiều 12/12", "Chiều 12/1"))[0]
    assert (near.date, near.date_inferred) == ("2025-01-12", True), near.date


def test_an_abbreviation_with_a_dot_does_not_end_a_sentence() -> None:
    # "St. Petersburg" goes on after its dot, in cards' sentences and in the headline a
    # page without a title gets from its lead.
    text = "Nhân dịp dự Diễn đàn tại thành phố St. Petersburg, Liên bang Nga, ông đã hội đàm."
    assert sentences(text) == [text]
    assert "Petersburg" in (headline(None, text) or "")
    # Near miss: an ordinary full stop before a capital still ends one.
    assert len(sentences("Ông đến Moskva. Sau đó ông thăm Kazan.")) == 2


_FORUM = (
    "Nhân dịp dự Diễn đàn Kinh tế phương Đông lần thứ 5, ngày 4/9, tại thành phố Vladivostok,"
    " Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ đã hội đàm với Thống đốc vùng Primorsky"
    " Oleg Kozhemyako."
)


def test_an_edition_s_ordinal_is_no_weekday() -> None:
    # "lần thứ 5, ngày 4/9": the forum's fifth edition, not "thứ 5" (Thursday), which only
    # 2025 would fit: no year is known.
    lead = meetings(_FORUM)[0]
    assert lead.date is None, lead.date
    # Near miss: a weekday written as such still picks the year it fits.
    near = meetings(
        _FORUM.replace(
            "Diễn đàn Kinh tế phương Đông lần thứ 5, ngày", "diễn đàn, sáng thứ Năm, ngày"
        )
    )[0]
    assert (near.date, near.date_inferred) == ("2025-09-04", True), near.date


def test_a_day_of_history_on_the_same_date_lends_no_year() -> None:
    # "nhân dịp kỷ niệm ngày sinh Karl Marx (5/5/1818)" beside "Chiều 5/5": 1818 is the
    # birth's year, not the meeting's.
    text = (
        "Chiều 5/5, tại Moskva, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Phan Anh Sơn đã"
        " làm việc với Chủ tịch Hội hữu nghị Nga - Việt Vladimir Bukharov nhân dịp kỷ niệm ngày"
        " sinh Karl Marx (5/5/1818)."
    )
    assert meetings(text)[0].date is None, meetings(text)[0].date
    # Near miss: the same day written in full with a year of ours is its year.
    near = text.replace("(5/5/1818)", "(ngày 5/5/2023)").replace("Karl Marx", "ông")
    assert meetings(near)[0].date == "2023-05-05", meetings(near)[0].date


_HEADED = (
    "Báo Đà Nẵng điện tử | Thứ Hai, 24/02/2026\n"
    "Nhân dịp dự Diễn đàn Kinh tế phương Đông, chiều 4/9, tại thành phố Vladivostok, Chủ tịch"
    " UBND thành phố Đà Nẵng Lê Trung Chinh đã hội đàm với Thống đốc vùng Primorsky Oleg"
    " Kozhemyako."
)


def test_a_site_s_name_beside_today_s_date_gives_no_year() -> None:
    # "Báo … | Thứ Hai, 24/02/2026" at the top of the page is the site's today (no time of
    # its own): the year the article speaks of is not it.
    assert meetings(_HEADED)[0].date is None, meetings(_HEADED)[0].date
    # Near miss: with its time, the line is the byline: the last 4/9 before it.
    near = meetings(_HEADED.replace("24/02/2026\n", "24/02/2026 08:15\n"))[0]
    assert near.date == "2025-09-04", near.date


def test_a_vietnamese_envoy_named_by_role_alone_is_the_vietnamese_side() -> None:
    # "Tổng Lãnh sự Việt Nam tại Vladivostok" with no name: the role, as written, meets the
    # governor, as a Russian consul named by role does.
    text = (
        "Ngày 17/2/2023, tại thành phố Vladivostok, Tổng Lãnh sự Việt Nam tại Vladivostok đã"
        " chào xã giao Thống đốc vùng Primorsky Oleg Kozhemyako nhân dịp bắt đầu nhiệm kỳ."
    )
    found = meetings(text)
    assert found and names(found[0]) == {
        ("Tổng Lãnh sự Việt Nam tại Vladivostok", "VN"),
        ("Oleg Kozhemyako", "RU"),
    }, [names(m) for m in found]
    # Near miss: a Vietnamese office that names no country is the page's own official,
    # told elsewhere by name: no side of its own.
    other = "Ngày 5/3/2024, tại Nha Trang, Phó Chủ tịch UBND tỉnh Khánh Hòa đã tiếp Thống đốc vùng Primorsky Oleg Kozhemyako."
    assert not meetings(other), [names(m) for m in meetings(other)]


def test_a_city_of_the_region_named_later_is_where_they_met() -> None:
    # "trong chuyến công tác tại Cộng hòa Tatarstan, … tại thủ phủ Kazan": Kazan.
    text = (
        "Trong chuyến công tác tại Cộng hòa Tatarstan, ngày 19/10/2016, Đại sứ Việt Nam tại Liên"
        " bang Nga Nguyễn Thanh Sơn đã có buổi làm việc với Tổng thống Cộng hòa Tatarstan Rustam"
        " Minnikhanov tại thủ phủ Kazan."
    )
    assert meetings(text)[0].place == "Kazan", meetings(text)[0].place
    # Near miss: the region alone is the place.
    alone = text.replace(" tại thủ phủ Kazan", "")
    assert meetings(alone)[0].place == "Tatarstan", meetings(alone)[0].place


def test_a_photo_of_an_act_shown_at_an_exhibition_is_no_report_of_it() -> None:
    # "trưng bày …, trong đó có ảnh Tổng thống X hội đàm với Y": a picture on a wall, not a
    # meeting this page reports (nor its sectors the exhibition's themes).
    text = (
        "Tối 2/2/2025, tại Hà Nội, triển lãm ảnh về quan hệ hai nước đã khai mạc. Khu trưng"
        " bày về các chuyến thăm cấp cao, trong đó có ảnh Tổng thống Vladimir Putin hội đàm"
        " với Chủ tịch nước Tô Lâm tại Phủ Chủ tịch năm 2024."
    )
    assert not meetings(text), [names(m) for m in meetings(text)]
    # Near miss: a caption's label ("Ảnh 4: …") tells the act itself.
    caption = "Ảnh 4: Tổng thống Vladimir Putin hội đàm với Chủ tịch nước Tô Lâm tại Phủ Chủ tịch ngày 20/6/2024."
    assert meetings(caption) and meetings(caption)[0].date == "2024-06-20"


def test_pictures_that_record_visits_report_none_of_them() -> None:
    # "Các bức ảnh ghi lại … những chuyến thăm của Tổng thống X tại Hà Nội": an exhibition's
    # pictures, not a visit this page reports.
    text = (
        "Triển lãm ảnh tư liệu mở cửa tại Bảo tàng Hà Nội. Các bức ảnh ghi lại nhiều dấu mốc,"
        " từ chuyến đi Liên Xô của Chủ tịch Tôn Đức Thắng tới những chuyến thăm của Tổng thống"
        " Vladimir Putin tại Hà Nội."
    )
    assert not meetings(text), [names(m) for m in meetings(text)]
    # Near miss: a visit the page reports is one.
    told = "Chiều 19/6/2024, Tổng thống Vladimir Putin tới Hà Nội, bắt đầu chuyến thăm cấp Nhà nước theo lời mời của Tổng Bí thư Nguyễn Phú Trọng."
    assert meetings(told), told


def test_the_white_house_beside_a_russian_host_is_in_moskva() -> None:
    # "hội kiến Thủ tướng Nga X tại Nhà Trắng": the Russian Government's house, in Moskva.
    text = "Sáng 29/6/2017, Chủ tịch nước Trần Đại Quang đã hội kiến Thủ tướng Nga Dmitry Medvedev tại Nhà Trắng."
    assert meetings(text)[0].place == "Moskva", meetings(text)[0].place
    # Near miss: the city written with its own marks is that city.
    city = text.replace(" tại Nhà Trắng.", ".").replace(
        "Sáng 29/6/2017,", "Sáng 29/6/2017, tại Nha Trang,"
    )
    assert meetings(city)[0].place == "Nha Trang", meetings(city)[0].place
