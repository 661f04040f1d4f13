"""Round 27 of extraction classes (issue 9), on reports written for these tests
(tests/round27_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings

ARTICLES = Path(__file__).resolve().parent / "round27_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_a_typo_year_beyond_the_report_gives_the_day_no_year() -> None:
    # A caption's "ngày 7/9/2081" under a report of 8/9/2018: the talks of "Chiều 7/9" keep
    # the report's year, and are not dropped as titles no one held in 2081.
    for published in (None, date(2018, 9, 8)):
        lead = meetings(_text("t04"), published)[0]
        assert lead.date == "2018-09-07", (published, lead.date)
        assert lead.place == "Sochi"
    # Near miss: a year the report could mean is still the day's, and contradicts the
    # titles here (Nguyễn Phú Trọng was no General Secretary in September 2027).
    text = _text("t04").replace("7/9/2081", "7/9/2027")
    assert meetings(text, date(2026, 9, 8))[0].date is None


def test_a_dateline_in_title_case_with_its_region_and_agency_is_the_place() -> None:
    lead = meetings(_text("t05"))[0]
    assert lead.place == "Lima" and lead.date == "2016-11-19", (lead.place, lead.date)
    # Near miss: a headline in title case ending with a dash and no agency is no dateline.
    text = _text("t05").replace("Lima, Peru (TTXVN) - ", "")
    text = text.replace("Thế giới | Châu Á - Thái Bình Dương", "Lima - Bình luận")
    assert meetings(text)[0].place != "Lima"


def test_heads_of_two_institutions_each_meet_the_visitor_on_their_own() -> None:
    found = meetings(_text("t07"))
    pairs = [({p.name for p in m.participants}, m.secondary) for m in found]
    assert pairs == [
        ({"Phạm Minh Chính", "Vladimir Putin"}, False),
        ({"Trần Thanh Mẫn", "Vladimir Putin"}, True),
    ], pairs
    assert all(m.date == "2024-06-20" and m.kind == "hội kiến" for m in found)
    # "Cùng ngày" tells the day, not that they met him together.
    text = _text("t07").replace("Chiều 20/6/2024, tại Hà Nội,", "Cùng ngày 20/6/2024, tại Hà Nội,")
    assert len(meetings(text)) == 2
    # Near misses: received together ("cùng"), or a head and his deputy: one meeting.
    for text in (
        _text("t07").replace("đã hội kiến", "đã cùng hội kiến"),
        _text("t07").replace("Chủ tịch Quốc hội Trần Thanh Mẫn", "Phó Thủ tướng Trần Hồng Hà"),
    ):
        found = meetings(text)
        assert len(found) == 1 and len(found[0].participants) == 3, [
            [p.name for p in m.participants] for m in found
        ]


def test_a_title_someone_was_appointed_to_is_no_other_holder_met() -> None:
    # "được Tổng thống Putin bổ nhiệm làm Bộ trưởng Quốc phòng": Belousov's own office, not
    # Vietnam's defence minister visiting: a Russia–China report holds no meeting of ours.
    assert meetings(_text("t14"), date(2024, 11, 28)) == []
    # Near miss: the same bare title as the one met is still its holder that day.
    text = _text("t14").replace(
        "kể từ khi được Tổng thống Vladimir Putin bổ nhiệm làm Bộ trưởng Quốc phòng hồi tháng 5.",
        "Trước đó, ngày 20/11/2024, tại Viêng Chăn, ông Belousov đã hội đàm với Bộ trưởng Quốc"
        " phòng Việt Nam.",
    )
    found = meetings(text, date(2024, 11, 28))
    assert any({p.name for p in m.participants} == {"Andrei Belousov", "Phan Văn Giang"} for m in found)
