"""Round 41 of extraction classes, on reports written for these tests
(tests/round41_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round41_articles"


def _text(prefix: str) -> str:
    return written(ARTICLES, prefix)


def _replaced(prefix: str, old: str, new: str) -> str:
    return rewritten(ARTICLES, prefix, old, new)


def test_a_caption_of_the_signing_is_not_the_story_of_the_talks() -> None:
    # A wire that opens with the visit, then "Ngay sau lễ đón, X đã hội đàm với Y", and a
    # photo caption "X và Y chứng kiến lễ ký …": the talks are the story, not the signing.
    published = date(2017, 12, 8)
    lead = meetings(_text("t01"), published)[0]
    assert names(lead) == {("Nguyễn Thị Kim Ngân", "VN"), ("Valentina Matviyenko", "RU")}
    assert (lead.kind, lead.date, lead.place) == ("hội đàm", "2017-12-08", "Moskva")
    # Near miss: without the talks, the visit the page opens with is the story, still not
    # the signing its caption shows.
    visit = _replaced(
        "t01",
        "Ngay sau lễ đón, Chủ tịch Quốc hội Nguyễn Thị Kim Ngân đã hội đàm với Chủ tịch Hội"
        " đồng Liên bang Valentina Matviyenko tại Moskva.",
        "Đây là chuyến thăm Nga đầu tiên của bà trên cương vị mới.",
    )
    assert meetings(visit, published)[0].kind == "thăm"


def test_the_act_told_of_both_named_before_outranks_the_photo_of_them() -> None:
    # "X và Y nhất trí …" (no act), then "Cuộc hội đàm diễn ra chiều 17/10 …", and a caption
    # "X gặp Y": the talks the text tells, with their day, not the caption's undated "gặp".
    published = date(2019, 10, 18)
    lead = meetings(_text("t02"), published)[0]
    assert names(lead) == {("Vũ Đức Đam", "VN"), ("Tatyana Golikova", "RU")}
    assert (lead.kind, lead.date) == ("hội đàm", "2019-10-17")
    # Near miss: with no act told of the two, the caption is all there is.
    alone = _replaced("t02", "Cuộc hội đàm diễn ra chiều 17/10 (giờ địa phương) tại Moskva, ", "")
    alone = alone.replace("trong chuyến công tác Liên bang Nga của Phó Thủ tướng.", "")
    lead = meetings(alone, published)[0]
    assert (lead.kind, lead.date) == ("gặp", None)


def test_a_two_word_outlet_tag_before_the_dateline() -> None:
    # "QĐND Online - Vladivostok, 4-9 - …" under "Thứ Năm, 5/9/2019 | Chính trị": the
    # outlet's tag of two words, then the dateline's city and day; the date line with its
    # section after a bar is the page's publication.
    lead = meetings(_text("t03"))[0]
    assert names(lead) == {("Trịnh Đình Dũng", "VN"), ("Yuri Trutnev", "RU")}
    assert (lead.kind, lead.date, lead.place) == ("hội đàm", "2019-09-04", "Vladivostok")
    # Near miss: a one-word tag reads the same.
    short = _replaced("t03", "QĐND Online - Vladivostok", "QĐND - Vladivostok")
    assert (meetings(short)[0].date, meetings(short)[0].place) == ("2019-09-04", "Vladivostok")


def test_a_weekday_of_last_week_is_worked_out_and_marked_so() -> None:
    # "hôm thứ Tư tuần trước" on a page of Monday 19/6/2023: Wednesday 14/6, a day counted
    # from the publication's week rather than written, so it is marked inferred.
    published = date(2023, 6, 19)
    lead = meetings(_text("t04"), published)[0]
    assert names(lead) == {("Lê Minh Khái", "VN"), ("Alexei Overchuk", "RU")}
    assert (lead.date, lead.date_inferred) == ("2023-06-14", True)
    # Near miss: "hôm qua" counts one day back from the page's date, as the page says.
    yesterday = _replaced("t04", "hôm thứ Tư tuần trước", "hôm qua")
    lead = meetings(yesterday, published)[0]
    assert (lead.date, lead.date_inferred) == ("2023-06-18", False)
