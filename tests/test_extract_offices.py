"""Officials whose offices have no listed holders — heads of courts and prosecutors' offices
— are found by their title, on the side their country gives them; an online meeting is a
meeting held nowhere in particular. Short reports written for these tests; names, dates and
order varied."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.extract import extract_meetings
from store.language.models import Article

TODAY = date(2026, 11, 24)

REPORTS = [
    (
        "Chiều 14/5/2023, tại Hà Nội, Chánh án Tòa án nhân dân tối cao Lý Văn Khoa đã tiếp "
        "ông Pavel Sergeyevich Orlov, Phó Chánh án Tòa án tối cao Liên bang Nga.",
        "2023-05-14",
        {"VN": "Lý Văn Khoa", "RU": "Pavel Orlov"},
    ),
    (
        "Sáng 3/10/2022, tại Moskva, Viện trưởng Viện kiểm sát nhân dân tối cao Đinh Quang Vũ "
        "đã hội đàm với Tổng Công tố Liên bang Nga Igor Petrovich Volkov.",
        "2022-10-03",
        {"VN": "Đinh Quang Vũ", "RU": "Igor Volkov"},
    ),
]


@pytest.mark.parametrize(("text", "day", "people"), REPORTS)
def test_court_and_prosecution_heads_are_found(text: str, day: str, people: dict) -> None:
    (m,) = extract_meetings(Article(text=text, source="t.txt"), today=TODAY)
    assert str(m.date) == day
    got = {p.country: p.name for p in m.participants}
    assert got == people


@pytest.mark.parametrize(
    "act", ["đã họp trực tuyến với", "đã có cuộc họp trực tuyến với", "dự hội nghị trực tuyến với"]
)
def test_an_online_meeting_is_a_meeting_with_no_place(act: str) -> None:
    text = (
        f"Sáng 21/4/2021, Thứ trưởng Bộ Khoa học và Công nghệ Trần Văn Tùng {act} Thứ trưởng "
        "Bộ Giáo dục và Khoa học Liên bang Nga Aleksei Medvedev về hợp tác nghiên cứu."
    )
    (m,) = extract_meetings(Article(text=text, source="t.txt"), today=TODAY)
    assert str(m.date) == "2021-04-21" and m.kind == "họp trực tuyến" and m.place is None
    assert {p.country for p in m.participants} == {"VN", "RU"}
