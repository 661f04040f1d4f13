"""Round 47 of extraction classes, on reports written for these tests
(tests/round47_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round47_articles"


def test_talks_of_others_told_after_the_lead_do_not_name_its_kind() -> None:
    # "… đã có cuộc gặp với Tổng thống Putin. Tổng thống Putin … đánh giá cao kết quả hội đàm
    # giữa Chủ tịch Quốc hội X và Chủ tịch Duma Y hôm trước": the talks were X's with Y; the
    # lead stays a meeting (it was read as talks with Putin).
    lead = meetings(written(ARTICLES, "t03"))[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Vladimir Putin", "RU")}, names(lead)
    assert lead.kind == "gặp", lead.kind
    # Near miss: the next sentence telling the same two's talks still says how they met.
    near = meetings(
        rewritten(
            ARTICLES,
            "t03",
            "Tổng thống Putin chào mừng Chủ tịch Quốc hội thăm Nga, đánh giá cao kết quả hội"
            " đàm giữa Chủ tịch Quốc hội Trần Thanh Mẫn và Chủ tịch Duma Quốc gia Vyacheslav"
            " Volodin hôm trước.",
            "Tại cuộc hội đàm, Tổng thống Putin chào mừng Chủ tịch Quốc hội Trần Thanh Mẫn"
            " thăm Nga.",
        )
    )[0]
    assert near.kind == "hội đàm", near.kind


def test_an_act_done_lately_is_not_dated_by_the_dateline() -> None:
    # "Kazan, 18/6/2024 - … Đại sứ X vừa có chuyến công tác …, trong đó có buổi làm việc với
    # Y": the day of the report, as a publication date is; the act was before it, on a day
    # the text does not give (it was dated 18/6, not even marked inferred).
    lead = meetings(written(ARTICLES, "t04"))[0]
    assert names(lead) == {("Đặng Minh Khôi", "VN"), ("Rustam Minnikhanov", "RU")}, names(lead)
    assert lead.date is None, lead.date
    # Near miss: an act the report tells as done, not lately, keeps the dateline's day.
    near = meetings(rewritten(ARTICLES, "t04", "vừa có chuyến công tác", "đã có chuyến công tác"))
    assert near[0].date == "2024-06-18", near[0].date


def test_a_site_bar_with_its_name_and_hotline_dates_nothing() -> None:
    # "Báo Đà Nẵng | Thứ Năm, 05/02/2026 | Đường dây nóng: …": the site's today beside its
    # name and its hotline, not a year the report speaks of; "Chiều 12/11" was dated
    # 12/11/2026, nine months after the page itself.
    lead = meetings(written(ARTICLES, "t05"))[0]
    assert names(lead) == {("Lê Trung Chinh", "VN"), ("Alexander Beglov", "RU")}, names(lead)
    assert lead.date is None, lead.date
    # Near miss: a year the report writes is its year.
    near = meetings(rewritten(ARTICLES, "t05", "Chiều 12/11,", "Chiều 12/11/2025,"))[0]
    assert near.date == "2025-11-12", near.date


def test_a_vietnamese_title_of_a_province_abroad_is_that_countrys() -> None:
    # "Bí thư Tỉnh ủy tỉnh Cát Lâm (Trung Quốc) Hoàng Cường": a party secretary of a Chinese
    # province, not a Vietnamese official; the reception is no Vietnam–Russia meeting (it was
    # stored as one).
    assert meetings(written(ARTICLES, "t06")) == []
    # Near miss: a Vietnamese province so bracketed stays Vietnamese.
    near = meetings(
        rewritten(
            ARTICLES,
            "t06",
            "Bí thư Tỉnh ủy tỉnh Cát Lâm (Trung Quốc) Hoàng Cường",
            "Bí thư Tỉnh ủy tỉnh Khánh Hòa (Việt Nam) Nguyễn Hải Ninh",
        )
    )
    assert [names(m) for m in near] == [{("Nguyễn Hải Ninh", "VN"), ("Oleg Kozhemyako", "RU")}], [
        names(m) for m in near
    ]
