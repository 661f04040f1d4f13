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
