"""Round 44 of extraction classes, on reports written for these tests
(tests/round44_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round44_articles"


def _titles(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in meetings(text, None)[0].participants}


def test_a_party_s_name_in_a_title_does_not_end_it() -> None:
    # "… với Phó Chủ tịch Hội đồng Tổng thể Đảng Nước Nga Thống nhất X": "Đảng" folds to
    # "dang" like "đang" (is doing), yet it is a word of the title the article gives X —
    # not an office the people data lists for him at another time.
    text = (
        "Ngày 12/4, tại Moskva, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung đã làm việc với"
        " Phó Chủ tịch Hội đồng Tổng thể Đảng Nước Nga Thống nhất Andrei Turchak."
    )
    titles = _titles(text)
    assert titles["Andrei Turchak"] == (
        "Phó Chủ tịch Hội đồng Tổng thể Đảng Nước Nga Thống nhất"
    ), titles
    # Near miss: "đang" between a title and the name is a verb: the title is no one's.
    other = text.replace("Đảng Nước Nga Thống nhất Andrei", "đang ở thăm ông Andrei")
    titles = _titles(other)
    assert "Hội đồng Tổng thể" not in (titles["Andrei Turchak"] or ""), titles


def test_the_party_s_general_council_secretary_is_an_office() -> None:
    # "Tổng Thư ký Hội đồng Tổng thể Đảng Nước Nga Thống nhất Andrei Turchak": the office
    # the article gives him (held 2017-2024), not another one the data lists for him.
    titles = _titles(written(ARTICLES, "t01"))
    assert titles["Andrei Turchak"] == ("Tổng Thư ký Hội đồng Tổng thể Đảng Nước Nga Thống nhất"), (
        titles
    )
    assert titles["Lê Hoài Trung"] == "Trưởng Ban Đối ngoại Trung ương", titles


def test_a_rank_alone_before_a_name_is_shown_as_written() -> None:
    # "Đại tướng X" with no office: the rank the article writes, not the name of the
    # category of ranks ("Tướng lĩnh").
    text = (
        "Chiều 14/5, tại Hà Nội, Đại tướng Phan Văn Giang đã hội đàm với Đại tướng Andrei"
        " Belousov. Hai bên bàn về hợp tác quốc phòng."
    )
    titles = _titles(text)
    assert titles == {"Phan Văn Giang": "Đại tướng", "Andrei Belousov": "Đại tướng"}, titles
    # Near miss: a rank of a service, then the office after the name: the office.
    text = text.replace(
        "Đại tướng Andrei Belousov.",
        "Thượng tướng hải quân Andrei Belousov, Bộ trưởng Quốc phòng Liên bang Nga.",
    )
    assert _titles(text)["Andrei Belousov"] == "Bộ trưởng Quốc phòng Nga", _titles(text)


def test_a_headline_act_retold_with_its_month_has_that_month() -> None:
    # The headline names both; the body tells the act again as "Tháng 3/2025, tại …":
    # the month is all the text says of its day, stated, not inferred.
    lead = meetings(written(ARTICLES, "t02"), None)[0]
    assert (lead.kind, lead.date, lead.date_inferred) == ("tiếp", "2025-03", False)
    # Near miss: a month told as past in the body ("hồi tháng 3/2024") is not the act's.
    other = rewritten(ARTICLES, "t02", "Tháng 3/2025, tại", "Hồi tháng 3/2024, tại")
    assert meetings(other, None)[0].date is None


def test_a_month_recalled_on_an_undated_page_is_counted_from_the_report_s_month() -> None:
    # No publication date; the report's act is of March 2025 (its retold month, above) and
    # it recalls a visit "hồi tháng 1": January 2025, inferred, as on a page of March 2025.
    visit = [m for m in meetings(written(ARTICLES, "t02"), None) if m.kind == "thăm"]
    assert [(m.date, m.date_inferred) for m in visit] == [("2025-01", True)]
    # A month after the report's is of the year before ("hồi tháng 6": June 2024).
    later = rewritten(ARTICLES, "t02", "hồi tháng 1,", "hồi tháng 6,")
    visit = [m for m in meetings(later, None) if m.kind == "thăm"]
    assert [(m.date, m.date_inferred) for m in visit] == [("2024-06", True)]
    # Near miss: with no year anywhere in the report, the recalled month stays undated.
    yearless = rewritten(ARTICLES, "t02", "Tháng 3/2025, tại", "Mới đây, tại")
    visit = [m for m in meetings(yearless, None) if m.kind == "thăm"]
    assert [m.date for m in visit] == [None]


def test_a_side_named_by_its_role_alone_is_that_role() -> None:
    # "Chủ tịch UBND tỉnh X đã tiếp Tổng Lãnh sự Liên bang Nga tại TP. Hồ Chí Minh": the
    # consul is not named, nor known to the data; the role, word for word as the article
    # writes it, is the Russian side — one meeting, though the headline writes it shorter.
    found = meetings(written(ARTICLES, "t03"), None)
    assert [names(m) for m in found] == [
        {("Nguyễn Văn Thọ", "VN"), ("Tổng Lãnh sự Liên bang Nga tại TP. Hồ Chí Minh", "RU")}
    ], found
    assert (found[0].kind, found[0].date) == ("tiếp", "2021-09-14")
    # Near misses: another country's consul, or a role that names no side, is no meeting.
    korean = rewritten(ARTICLES, "t03", "Liên bang Nga tại TP.", "Hàn Quốc tại TP.").replace(
        "Tổng Lãnh sự Nga", "Tổng Lãnh sự Hàn Quốc"
    )
    assert meetings(korean, None) == []
    bare = rewritten(ARTICLES, "t03", "Liên bang Nga tại TP. Hồ Chí Minh đến", "đến").replace(
        "Tổng Lãnh sự Nga", "Tổng Lãnh sự"
    )
    assert meetings(bare, None) == []


def test_a_role_named_with_its_holder_before_is_that_holder() -> None:
    # "Cùng ngày, Tổng Công tố Liên bang Nga đã chào xã giao Chủ tịch nước X" after the
    # Prosecutor General was named: he is the one who called, not a role of no one.
    text = (
        "Sáng 22/11/2022, tại Hà Nội, Viện trưởng Viện KSND tối cao Lê Minh Trí đã hội đàm với"
        " Tổng Công tố Igor Krasnov. Hai bên bàn về tương trợ tư pháp.\n\nCùng ngày, Tổng Công"
        " tố Liên bang Nga đã chào xã giao Chủ tịch nước Nguyễn Xuân Phúc."
    )
    found = [names(m) for m in meetings(text, None)]
    assert {("Nguyễn Xuân Phúc", "VN"), ("Igor Krasnov", "RU")} in found, found
