"""Round 40 of extraction classes, on reports written for these tests
(tests/round40_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round40_articles"


def _text(prefix: str) -> str:
    return written(ARTICLES, prefix)


def _replaced(prefix: str, old: str, new: str) -> str:
    return rewritten(ARTICLES, prefix, old, new)


def test_a_retrospective_keeps_the_full_date_written_in_its_acts_sentence() -> None:
    # "Ngày 24-3-2014, tại …, X đã hội đàm với Y" on a page of 2024: a day years before the
    # publication is history as a rule, but written whole before the act's own verb it is
    # the act's day.
    published = date(2024, 3, 22)
    lead = meetings(_text("t01"), published)[0]
    assert names(lead) == {("Nguyễn Sinh Hùng", "VN"), ("Sergei Naryshkin", "RU")}
    assert (lead.kind, lead.date, lead.place) == ("hội đàm", "2014-03-24", "Moskva")
    # Near misses: a day on which the titles say neither held his office is not theirs; a day
    # told in another sentence is lent to no act of long ago.
    before = _replaced("t01", "Ngày 24-3-2014, tại", "Ngày 24-3-2009, tại")
    assert meetings(before, published)[0].date is None
    apart = _replaced("t01", "Ngày 24-3-2014, tại", "Đó là ngày 24-3-2014. Tại")
    assert meetings(apart, published)[0].date is None


def test_talks_between_two_named_people_are_theirs_not_the_speakers() -> None:
    # "Phó Chủ nhiệm X: Điểm nhấn … là cuộc hội đàm ngày 11/9 … giữa Chủ tịch Quốc hội Y và
    # Chủ tịch Duma Z": an interview's answer labelled with its speaker; "giữa" names the
    # talks' two sides.
    found = meetings(_text("t02"), date(2023, 9, 11))
    lead = found[0]
    assert names(lead) == {("Vương Đình Huệ", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.kind, lead.date) == ("hội đàm", "2023-09-11")
    # "Nhân dịp Chủ tịch Quốc hội Y kết thúc chuyến thăm … Nga, Phó Chủ nhiệm X đã trả lời
    # phỏng vấn": the visit is Y's (named before "kết thúc"), not the speaker's.
    assert not any(("Nguyễn Mạnh Tiến", "VN") in names(m) for m in found)
    # Near miss: "giữa" naming no one ("hợp tác giữa hai cơ quan lập pháp") leaves the act to
    # the people told with it.
    own = (
        "Ngày 11/9, tại Moskva, Phó Chủ nhiệm Ủy ban Đối ngoại Nguyễn Mạnh Tiến đã hội đàm với"
        " Chủ tịch Duma Quốc gia Vyacheslav Volodin về hợp tác giữa hai cơ quan lập pháp."
    )
    lead = meetings(own, date(2023, 9, 11))[0]
    assert names(lead) == {("Nguyễn Mạnh Tiến", "VN"), ("Vyacheslav Volodin", "RU")}
    # Nor does "giữa" after the act's own people: the signing's pair is not the talks'.
    signed = (
        "Ngày 11/9, tại Moskva, Chủ tịch Quốc hội Vương Đình Huệ đã hội đàm với Chủ tịch Duma"
        " Quốc gia Vyacheslav Volodin, chứng kiến lễ ký thỏa thuận giữa Phó Chủ nhiệm Ủy ban"
        " Đối ngoại Nguyễn Mạnh Tiến và Phó Chủ tịch Duma Pyotr Tolstoy."
    )
    lead = meetings(signed, date(2023, 9, 11))[0]
    assert names(lead) == {("Vương Đình Huệ", "VN"), ("Vyacheslav Volodin", "RU")}


def test_that_day_of_a_retrospective_is_the_day_told_just_before() -> None:
    # "Sáu năm trước, ngày 26/11/2013, Thủ tướng X tới Hà Nội …" then "Tại cuộc hội kiến hôm
    # đó, Y và X …": "hôm đó" is the day the sentence before wrote in full, years before the
    # page.
    published = date(2019, 11, 26)
    lead = meetings(_text("t03"), published)[0]
    assert names(lead) == {("Trương Tấn Sang", "VN"), ("Dmitry Medvedev", "RU")}
    assert (lead.kind, lead.date) == ("hội kiến", "2013-11-26")
    # Near miss: without "hôm đó" the reception is told on no day of its own.
    later = _replaced("t03", "cuộc hội kiến hôm đó", "một cuộc hội kiến")
    assert meetings(later, published)[0].date is None


def test_the_act_told_after_trong_do_is_the_named_pairs() -> None:
    # "Các lãnh đạo Việt Nam lần lượt tiếp Thủ tướng Nga …, trong đó Chủ tịch Quốc hội X chiều
    # nay hội kiến ông Y": the leaders' receptions in general, then X's own act with Y.
    found = meetings(_text("t04"), date(2025, 1, 14))
    lead = found[0]
    assert names(lead) == {("Trần Thanh Mẫn", "VN"), ("Mikhail Mishustin", "RU")}
    assert (lead.kind, lead.date) == ("hội kiến", "2025-01-14")
    # "Cũng trong ngày, Phó Chủ tịch nước Z hội kiến Y": beside it, on the same day.
    beside = [m for m in found if ("Võ Thị Ánh Xuân", "VN") in names(m)]
    assert beside and beside[0].secondary and beside[0].date == "2025-01-14"
    # Near miss: "trong đó" naming no one before the act ("trong đó hai bên nhắc lại cuộc hội
    # kiến …") leaves the act that names them.
    recalled = (
        "Chiều 14/1, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp Thủ tướng Nga"
        " Mikhail Mishustin, trong đó hai bên nhắc lại cuộc hội kiến năm ngoái."
    )
    assert meetings(recalled, date(2025, 1, 14))[0].kind == "tiếp"
