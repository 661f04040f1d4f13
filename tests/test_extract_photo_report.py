"""A photo report (issue 9, met on the seen judge sets), on reports written for these tests: its
talks are told in captions, so a caption telling what the two sides did ("Hai bên nhất trí …")
gives the meeting's fields; a caption about something else gives none."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


def _report(caption: str) -> str:
    return f"""PHÓNG SỰ ẢNH | Thứ Năm, 12/9/2024 09:00
Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga
Chiều 11/9 (giờ địa phương), tại Moskva, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Duma Quốc gia Nga Vyacheslav Volodin. Ảnh: Nhan Sáng - TTXVN
{caption} Ảnh: Nhan Sáng - TTXVN
Quang cảnh buổi hội đàm. Ảnh: Nhan Sáng - TTXVN
"""


def test_a_caption_telling_what_the_two_sides_agreed_gives_the_fields() -> None:
    m = _lead(
        _report("Hai bên nhất trí thúc đẩy hợp tác nông nghiệp, y tế và du lịch."),
        date(2024, 9, 12),
    )
    assert {"nông nghiệp", "y tế", "du lịch"} <= set(m.sectors)


def test_a_caption_of_the_two_chairmen_gives_the_fields() -> None:
    m = _lead(
        _report("Hai Chủ tịch trao đổi về hợp tác năng lượng và giáo dục."), date(2024, 9, 12)
    )
    assert "năng lượng" in m.sectors


def test_a_caption_about_something_else_gives_no_fields() -> None:
    # Near miss: a caption of an exhibition seen that day, not what the two sides did.
    m = _lead(_report("Triển lãm ảnh về hợp tác nông nghiệp tại Moskva."), date(2024, 9, 12))
    assert "nông nghiệp" not in m.sectors
