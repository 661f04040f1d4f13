"""Round 48 of extraction classes, on reports written for these tests
(tests/round48_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round48_articles"


def _titles(path_text: str) -> dict[str, str | None]:
    lead = meetings(path_text)[0]
    return {p.name: p.title for p in lead.participants}


def test_a_minister_named_by_rank_at_the_talks_keeps_the_office_the_article_gives() -> None:
    # t05: "Đại tướng Phan Văn Giang, …, Bộ trưởng Bộ Quốc phòng Việt Nam" in the lead,
    # "Đại tướng Sergei Shoigu" at the talks and "Bộ trưởng Shoigu" after: each his office,
    # not the rank (both were "Đại tướng").
    titles = _titles(written(ARTICLES, "t05"))
    assert "Bộ trưởng" in (titles["Phan Văn Giang"] or ""), titles
    assert (titles["Sergei Shoigu"] or "").startswith("Bộ trưởng"), titles
    # Near miss: named by his rank alone throughout, the rank it stays.
    near = _titles(
        rewritten(
            ARTICLES,
            "t05",
            "Bộ trưởng Shoigu nhấn mạnh",
            "Ông nhấn mạnh",
        )
    )
    assert near["Sergei Shoigu"] == "Đại tướng", near


def test_a_title_after_a_name_ends_where_the_act_begins() -> None:
    # "…, Bộ trưởng Bộ Quốc phòng Việt Nam vừa có chuyến thăm …": the title stops before
    # "vừa có" (it ran on to "… Việt Nam vừa có chuyến").
    text = rewritten(
        ARTICLES,
        "t05",
        "Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng Việt Nam đã đến thăm",
        "Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng Việt Nam vừa có chuyến thăm",
    )
    title = _titles(text)["Phan Văn Giang"] or ""
    assert title.endswith("Bộ trưởng Bộ Quốc phòng Việt Nam"), title


def test_the_meeting_told_again_by_a_more_exact_word_gives_its_day() -> None:
    # t13: the lead "… khi gặp nhau bên lề …", then "Cuộc hội kiến diễn ra chiều 16/10/2024
    # … tại …": the same meeting, in person, with its day (it was left undated).
    lead = meetings(written(ARTICLES, "t13"))[0]
    assert lead.date == "2024-10-16", lead.date
    # Near miss: a call told after it is another act, whose day is not the meeting's.
    near = meetings(rewritten(ARTICLES, "t13", "Cuộc hội kiến diễn ra", "Cuộc điện đàm diễn ra"))[0]
    assert near.date != "2024-10-16", near.date


def test_a_visit_begins_where_the_plane_lands_in_the_next_sentence() -> None:
    # t14: "… thăm chính thức Việt Nam từ ngày 8 đến 10/9/2025. Tối 8/9, chuyên cơ … hạ cánh
    # xuống sân bay Nội Bài, Hà Nội": the visit in Hà Nội (it had no place).
    lead = meetings(written(ARTICLES, "t14"))[0]
    assert lead.place == "Hà Nội", lead.place
    # Near miss: without the landing, the country visited names no city.
    near = meetings(
        rewritten(
            ARTICLES,
            "t14",
            "Tối 8/9, chuyên cơ chở bà Matviyenko và đoàn đã hạ cánh xuống sân bay Nội Bài, Hà Nội.",
            "",
        )
    )[0]
    assert near.place != "Hà Nội", near.place


def test_the_day_of_talks_between_others_is_not_the_leads() -> None:
    # t15: the reception by the Prime Minister, undated; "… cuộc hội đàm giữa Chủ tịch Quốc
    # hội với Chủ tịch Duma … hôm 10/9" is the day of the talks with another (it was the
    # reception's date, a day it was not held).
    lead = meetings(written(ARTICLES, "t15"))[0]
    assert lead.date != "2024-09-10", lead.date
    # Near miss: the same words of the talks between the lead's own two give its day.
    near = meetings(
        rewritten(
            ARTICLES,
            "t15",
            "với Chủ tịch Duma Quốc gia Vyacheslav Volodin hôm 10/9",
            "với Thủ tướng Mishustin hôm 10/9",
        )
    )[0]
    assert near.date == "2024-09-10", near.date
