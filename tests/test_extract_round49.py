"""Round 49 of extraction classes, on reports written for these tests
(tests/round49_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round49_articles"


def test_a_visit_recalled_after_the_meeting_lends_it_no_month() -> None:
    # t01 (no date, no publication date): "… gặp nhau bên lề … tại Jakarta, trao đổi về việc
    # thực hiện kết quả chuyến thăm Liên bang Nga của Chủ tịch nước hồi tháng 3": March is the
    # visit's; with the year an anniversary gives (2025) the meeting was dated 3/2025.
    lead = meetings(written(ARTICLES, "t01"))[0]
    assert lead.place == "Jakarta" and lead.date is None, (lead.date, lead.place)
    # Near miss: the meeting itself told as one of March, its month it keeps (inferred).
    near = meetings(
        rewritten(ARTICLES, "t01", "đã gặp nhau bên lề", "đã gặp nhau hồi tháng 3 bên lề")
    )[0]
    assert near.date == "2025-03" and near.date_inferred, (near.date, near.date_inferred)


def test_a_side_named_by_title_and_country_is_the_one_titled_so_before() -> None:
    # t06 (no year): "Tổng thống Vladimir Putin chủ trì …", then "Thủ tướng Phạm Minh Chính
    # có cuộc gặp với Tổng thống Nga": no meeting was read (the title with its country was
    # not the one written without it).
    found = meetings(written(ARTICLES, "t06"))
    assert found and {p.name for p in found[0].participants} == {
        "Phạm Minh Chính",
        "Vladimir Putin",
    }, found
    assert found[0].place == "Kazan" and found[0].date is None, (found[0].place, found[0].date)
    # Near miss: the other country's title is no one the article named.
    near = meetings(rewritten(ARTICLES, "t06", "với Tổng thống Nga", "với Tổng thống Pháp"))
    assert not any(
        "Vladimir Putin" in {p.name for p in m.participants} and len(m.participants) == 2
        for m in near
    ), near


def test_two_sides_named_by_title_alone_are_the_ones_named_so_before() -> None:
    # t07 (no year): the session "do Tổng thống Vladimir Putin chủ trì", then "Bên lề phiên
    # họp, Thủ tướng có cuộc gặp song phương với Tổng thống Nga": no meeting was read.
    found = meetings(written(ARTICLES, "t07"))
    pairs = [{p.name for p in m.participants} for m in found]
    assert {"Phạm Minh Chính", "Vladimir Putin"} in pairs, found
    # Near miss: meetings in general ("các cuộc gặp … qua các thời kỳ") are no one meeting.
    near = meetings(
        rewritten(
            ARTICLES,
            "t07",
            "Bên lề phiên họp, Thủ tướng có cuộc gặp song phương với Tổng thống Nga.",
            "Một triển lãm bên lề giới thiệu các cuộc gặp giữa Thủ tướng với Tổng thống Nga"
            " qua các thời kỳ.",
        )
    )
    assert {"Phạm Minh Chính", "Vladimir Putin"} not in [
        {p.name for p in m.participants} for m in near
    ], near
