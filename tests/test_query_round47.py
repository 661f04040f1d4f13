"""Round 47 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in
from store.language.query import understand
from store.language.wording_i18n import foreign_text

TODAY = date(2026, 12, 7)


def test_a_titled_name_the_data_lacks_is_described_by_its_title() -> None:
    # "Tổng Công tố Nga Krasnov": the title and its country describe the one named, not a
    # second person to find ("Tổng Công tố Nga" asked beside Krasnov found nothing).
    q = understand("Tổng Công tố Nga Krasnov gặp Việt Nam", TODAY)
    assert not any(g.label.startswith("Tổng Công tố") for g in q.groups), q.groups
    # Near miss: the title and its country alone ask for that side's holders.
    q = understand("Tổng Công tố Nga", TODAY)
    assert [g.label for g in q.groups] == ["Tổng Công tố Nga"], q.groups


def test_a_third_countrys_official_is_a_side_not_a_venue() -> None:
    # "gặp Bộ trưởng Quốc phòng Nhật Bản": Japan's minister is the other side, another pair
    # of countries; not Japan as where a Vietnam–Russia meeting was held (a call whose
    # article mentions Japan was offered).
    q = understand("Phan Văn Giang gặp Bộ trưởng Quốc phòng Nhật Bản", TODAY)
    assert q.foreign == ["Nhật Bản"] and q.abroad == [], (q.foreign, q.abroad)
    # Near miss: a country named bare beside one side may be where they met.
    q = understand("Phan Văn Giang Nhật Bản", TODAY)
    assert q.abroad == ["JP"], q.abroad


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("Did Nguyen Xuan Phuc meet Medvedev in spring 2019?", "en"),
        ("Встреча Нгуен Суан Фука с Медведевым весной 2019 года", "ru"),
        ("Phúc gặp Medvedev tháng 3-5/2019", None),
        ("phuc gap medvedev thang 3 - 5 nam 2019", None),
    ],
)
def test_spring_in_english_and_russian_and_a_span_of_months(
    question: str, lang: str | None
) -> None:
    # Spring as English and Russian speak of it, March to May (Vietnamese "mùa xuân" ends in
    # April: talks of 21 May were not found); "tháng 3-5/2019" read as those months (it was
    # no period at all).
    q = understand_in(question, TODAY, lang)[0] if lang else understand(question, TODAY)
    assert (q.date_from, q.date_to) == (date(2019, 3, 1), date(2019, 5, 31)), q.date_label


def test_vietnamese_spring_and_a_months_span_backwards_stay_as_they_were() -> None:
    # Near misses: "mùa xuân 2019" keeps its months; "tháng 5-3/2019" is no span.
    q = understand("Phúc gặp Medvedev mùa xuân 2019", TODAY)
    assert (q.date_from, q.date_to) == (date(2019, 1, 1), date(2019, 4, 30)), q.date_label
    assert understand("Phúc gặp Medvedev tháng 5-3/2019", TODAY).date_from is None


def test_another_country_is_named_in_the_chats_language() -> None:
    # "Trung Quốc" in a Russian reply is "Китай", not a transcription of the Vietnamese name.
    assert "Китай" in foreign_text(["Trung Quốc"], "ru")
    assert "China" in foreign_text(["Trung Quốc"], "en")
    # Near miss: a leader asked keeps the leader's form.
    (leader,) = understand("Tô Lâm gặp Tập Cận Bình", TODAY).foreign
    assert "Си Цзиньпин" in foreign_text([leader], "ru")
