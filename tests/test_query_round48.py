"""Round 48 of reading questions and pages: dates listed as alternatives, a country one leaves,
a Vietnamese place's leader, a lead sentence of titles and names."""

from __future__ import annotations

from datetime import date

from store.language import passages
from store.language.foreign_question import to_vietnamese
from store.language.query import understand

TODAY = date(2026, 12, 7)


def test_months_listed_as_alternatives_share_the_year_said_once() -> None:
    # "tháng 5 hoặc tháng 6 năm 2018" was May 2026 to June 2018 (a span of eight years).
    for question in (
        "Putin gặp lãnh đạo Việt Nam tháng 5 hoặc tháng 6 năm 2018",
        "putin gap lanh dao viet nam thang 5 hay thang 6/2018",
        "ngày 3/9 và 5/9/2019",
    ):
        q = understand(question, TODAY)
        assert q.date_from is not None and q.date_to is not None, question
        assert q.date_from.year == q.date_to.year and q.date_from <= q.date_to, (
            question,
            q.date_from,
            q.date_to,
        )
    q = understand("tháng 5 hoặc tháng 6 năm 2018", TODAY)
    assert (q.date_from, q.date_to) == (date(2018, 5, 1), date(2018, 6, 30))
    # Near miss: a range said with "đến" is read as before.
    q = understand("từ tháng 5 đến tháng 6 năm 2018", TODAY)
    assert (q.date_from, q.date_to) == (date(2018, 5, 1), date(2018, 6, 30))


def test_a_country_citizens_leave_is_what_they_talked_about() -> None:
    # "sơ tán công dân khỏi Ukraine": Ukraine was read as another side (a reply that the bot
    # covers Vietnam and Russia only).
    q = understand("điện đàm ngoại trưởng hai nước về sơ tán công dân khỏi Ukraine", TODAY)
    assert q.foreign == [], q.foreign
    # Near miss: Ukraine as a side still is one.
    assert understand("Việt Nam Ukraine hội đàm", TODAY).foreign


def test_a_vietnamese_provinces_leader_is_not_its_chairman_alone() -> None:
    assert to_vietnamese("Khanh Hoa leader", "en").startswith("lãnh đạo")
    assert to_vietnamese("руководитель Ханоя", "ru").startswith("lãnh đạo")
    # Near misses: its head is the people's committee chairman; a Russian region's leader
    # is its governor.
    assert "Chủ tịch" in to_vietnamese("head of Hanoi", "en")
    assert "Thống đốc" in to_vietnamese("Primorye leader", "en")


def test_a_lead_of_titles_and_names_is_a_sentence() -> None:
    # Mostly capitalised words ("Chủ tịch nước Tô Lâm … Chủ tịch Duma Quốc gia Nga …") made
    # the lead a site's menu, left out of what the page says.
    text = (
        "Chủ tịch nước tiếp Chủ tịch Duma\n\n"
        "(VOV) - Chiều 25/7/2024, tại Phủ Chủ tịch, Chủ tịch nước Tô Lâm đã tiếp Chủ tịch Duma "
        "Quốc gia Nga Vyacheslav Volodin sang dự Lễ Quốc tang Tổng Bí thư Nguyễn Phú Trọng.\n\n"
        "Hai bên trao đổi về quan hệ giữa hai nước.\n\n"
        "Tổng Bí thư Tô Lâm và Tổng thống Nga Vladimir Putin. Ảnh: TTXVN."
    )
    sentences = passages.parse(text).sentences
    assert any("Volodin" in s for s in sentences), sentences
    # Near miss: the photo's caption is still none.
    assert not any("Ảnh" in s or s.startswith("Tổng Bí thư Tô Lâm và") for s in sentences)


def test_the_presidential_palace_is_no_head_of_its_city() -> None:
    # "Phủ Chủ tịch Hà Nội": the venue, not "Chủ tịch (UBND TP) Hà Nội" and a word "phủ".
    for question in (
        "Trương Tấn Sang Putin Phủ Chủ tịch Hà Nội",
        "truong tan sang putin phu chu tich ha noi",
    ):
        q = understand(question, TODAY)
        assert q.roles == [] and q.places == ["Hà Nội"], (question, q.roles, q.places)
        assert [g.label for g in q.groups] == ["Trương Tấn Sang", "Vladimir Putin"], question
    # Near miss: the city's chairman typed as a newsroom does.
    assert understand("Chủ tịch Hà Nội tiếp Đại sứ Nga", TODAY).roles


def test_a_venue_is_looked_for_in_its_other_spellings() -> None:
    from store.language.question_venues import venue_forms

    # "Nhà Trắng Nga" (a Russian question's "Белый дом") is written "Nhà Trắng - trụ sở Chính
    # phủ Nga"; "sân bay Nội Bài" "Sân bay quốc tế Nội Bài"; the forum of St. Petersburg under
    # any spelling of the city.
    assert "nha trang" in venue_forms("Nhà Trắng Nga")
    assert "dien krem li" in venue_forms("Điện Kremlin")  # "Điện Krem-li", a word hyphenated
    assert "san bay quoc te noi bai" in venue_forms("sân bay Nội Bài")
    forum = venue_forms("Diễn đàn Kinh tế quốc tế St. Petersburg")
    assert "dien dan kinh te quoc te saint petersburg" in forum, forum
    # Near misses: a country's words only are dropped ("Phủ Chủ tịch Việt Nam" keeps "chủ"),
    # and a venue of the city sharing none of its words is another.
    palace = venue_forms("Phủ Chủ tịch Việt Nam")
    assert "phu chu tich" in palace and "phu tich" not in palace, palace
    assert not any("kremlin" in f for f in venue_forms("Novo-Ogaryovo"))
