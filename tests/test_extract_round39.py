"""Round 39 of extraction classes, on reports written for these tests
(tests/round39_articles)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round39_articles"


def _text(prefix: str) -> str:
    return written(ARTICLES, prefix)


def _replaced(prefix: str, old: str, new: str) -> str:
    return rewritten(ARTICLES, prefix, old, new)


def test_a_visit_told_of_the_visitor_then_talks_of_both_sides_with_the_host() -> None:
    # "Thủ tướng Nga X thăm chính thức Việt Nam ngày 14 và 15/1 …" (the visitor alone), a
    # sentence naming no one, then "Sáng 14/1, tại Phủ Chủ tịch, Thủ tướng Y chủ trì lễ đón
    # chính thức, sau đó hai Thủ tướng hội đàm": the talks of the host and the visitor.
    lead = meetings(_text("t01"))[0]
    assert names(lead) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")}
    assert (lead.kind, lead.date, lead.place) == ("hội đàm", "2025-01-14", "Hà Nội")
    # The evidence holds both names: the visit's sentence and the act's.
    assert "Mishustin" in lead.evidence["participants"]
    assert "Phạm Minh Chính" in lead.evidence["participants"]
    # Near misses: no act of both sides ("Thủ tướng Y phát biểu") is no meeting of the two;
    # nor is a visit told as past ("đã thăm … năm ngoái").
    alone = _replaced("t01", "sau đó hai Thủ tướng hội đàm", "sau đó Thủ tướng phát biểu")
    assert not any(
        names(m) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")}
        for m in meetings(alone)
    )
    past = _replaced(
        "t01", "thăm chính thức Việt Nam ngày 14 và 15/1", "từng thăm chính thức Việt Nam"
    )
    assert not any(
        names(m) == {("Phạm Minh Chính", "VN"), ("Mikhail Mishustin", "RU")} for m in meetings(past)
    )


def test_talks_told_of_both_sides_named_just_before_lead_the_days_other_acts() -> None:
    # "X và Y nhất trí … . Hai nhà lãnh đạo hội đàm tại … ngày 10/9, trong chuyến thăm … của
    # ông X." then "Cùng ngày, ông X hội kiến Z": the talks lead; the reception is beside them.
    found = meetings(_text("t02"))
    lead = found[0]
    assert names(lead) == {("Vương Đình Huệ", "VN"), ("Vyacheslav Volodin", "RU")}
    assert (lead.kind, lead.date, lead.place) == ("hội đàm", "2023-09-10", "Moskva")
    assert "Volodin" in lead.evidence["participants"]
    beside = [m for m in found[1:] if ("Valentina Matviyenko", "RU") in names(m)]
    assert beside and all(m.secondary for m in beside)
    # Near miss: the second sentence naming someone else is not "the two" of the first.
    other = _replaced("t02", "của ông Vương Đình Huệ", "của Phó Chủ tịch Quốc hội Trần Thanh Mẫn")
    assert names(meetings(other)[0]) != {("Vương Đình Huệ", "VN"), ("Vyacheslav Volodin", "RU")}


def test_a_headlines_last_title_is_no_part_of_the_next_lines_title() -> None:
    # "Bộ trưởng Công an X hội đàm với Thư ký Hội đồng An ninh Nga" as the headline, then
    # "Bộ trưởng Bộ Công an X đã hội đàm …": X's title is his own, not the headline's tail.
    record = json.loads((ARTICLES / "q02_reports.jsonl").read_text().splitlines()[0])
    lead = meetings(record["text"], date.fromisoformat(record["published"]))[0]
    titles = {p.name: p.title for p in lead.participants}
    assert titles["Tô Lâm"] == "Bộ trưởng Bộ Công an"
    assert titles["Nikolai Patrushev"] == "Thư ký Hội đồng An ninh Nga"
    # Near miss: a double title on one line stays whole.
    double = record["text"].replace(
        "Bộ trưởng Bộ Công an Tô Lâm", "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an Tô Lâm"
    )
    titles = {p.name: p.title for p in meetings(double, date(2019, 3, 6))[0].participants}
    assert "Bộ trưởng Bộ Công an" in titles["Tô Lâm"]
    assert "Hội đồng An ninh" not in titles["Tô Lâm"]


def test_beside_the_forum_the_visitor_attended_that_day_in_a_city() -> None:
    # "Ngày 12/9, tại thành phố Vladivostok, đoàn … dự phiên toàn thể Diễn đàn …", then "Bên lề
    # Diễn đàn, chiều 12/9, X đã làm việc với Y": beside the forum attended there that day.
    lead = meetings(_text("t03"))[0]
    assert names(lead) == {("Nguyễn Tấn Tuân", "VN"), ("Oleg Kozhemyako", "RU")}
    assert (lead.date, lead.place) == ("2023-09-12", "Vladivostok")
    # Near misses: the forum attended another day; another event named beside.
    other_day = _replaced("t03", "Ngày 12/9, tại thành phố", "Ngày 11/9, tại thành phố")
    assert meetings(other_day)[0].place is None
    other_event = _replaced("t03", "Bên lề Diễn đàn,", "Bên lề Hội chợ,")
    assert meetings(other_event)[0].place is None


def test_a_visit_to_come_after_one_ending_is_no_meeting() -> None:
    # A page on talks in Laos ending "Kết thúc chuyến thăm Lào, Ngoại trưởng X sẽ tới Hà Nội,
    # bắt đầu chuyến thăm chính thức Việt Nam … theo lời mời của Bộ trưởng Y": the visit to
    # Vietnam is still to come (the visit ending is no act the sentence reports).
    found = meetings(_text("t04"), date(2022, 7, 5))
    assert not any(("Bùi Thanh Sơn", "VN") in names(m) for m in found), found
    # Near miss: told as done ("đã tới Hà Nội"), the visit is reported.
    done = _replaced("t04", "Lavrov sẽ tới Hà Nội", "Lavrov đã tới Hà Nội")
    lead = meetings(done, date(2022, 7, 5))[0]
    assert names(lead) == {("Bùi Thanh Sơn", "VN"), ("Sergei Lavrov", "RU")}
    assert (lead.kind, lead.place) == ("thăm", "Hà Nội")


def test_the_day_after_the_talks_named_as_the_lead_is_the_talks_own() -> None:
    # "Thủ tướng Nga cho biết …, sau cuộc hội đàm với Thủ tướng X tại Hà Nội hôm nay" (round
    # 38's t05, a page of 6/4/2015): the talks are the lead, and "hôm nay" is their day.
    text = written(ARTICLES.parent / "round38_articles", "t05")
    lead = meetings(text)[0]
    assert (lead.kind, lead.date) == ("hội đàm", "2015-04-06")
    # Near miss: a day after "sau cuộc …" of another act than the lead's is that act's.
    other = text.replace(
        "Thủ tướng Nga cho biết hai nước sẽ đẩy mạnh các dự án dầu khí và điện hạt nhân, sau"
        " cuộc hội đàm với Thủ tướng Nguyễn Tấn Dũng tại Hà Nội hôm nay.",
        "Hai tuần sau cuộc điện đàm hôm 23/3, Thủ tướng Nga Dmitry Medvedev đã gặp Thủ tướng"
        " Nguyễn Tấn Dũng tại Hà Nội.",
    )
    assert other != text
    lead = meetings(other)[0]
    assert lead.kind == "gặp" and lead.date != "2015-03-23", lead
