"""Round 49 of reading questions: a national office beside a place of the other country, an
abbreviated central committee, a call asked in Russian."""

from __future__ import annotations

from datetime import date

from store.language.foreign_question import to_vietnamese
from store.language.query import understand

TODAY = date(2026, 12, 7)


def test_a_national_office_takes_no_place_of_the_other_country_into_its_title() -> None:
    # "Bộ trưởng Quốc phòng Nga Cam Ranh" was read as one title ("… Nga Cam Ranh"), whom
    # no one holds.
    q = understand("Bộ trưởng Quốc phòng Nga Cam Ranh", TODAY)
    assert q.places == ["Khánh Hòa"] and q.groups, (q.places, q.leaders)
    assert q.groups[0].office == "ru_defence", q.groups[0]
    # Near miss: a governor's title takes the place it governs.
    q = understand("Thống đốc Primorye thăm Đà Nẵng", TODAY)
    assert q.places == ["Đà Nẵng"], q.places


def test_an_abbreviated_central_committee_is_read_in_full() -> None:
    # "UBTƯ" was a name not in the data, and the question had no answer.
    for question in ("Chủ tịch UBTƯ MTTQ Việt Nam tiếp Đại sứ Nga", "chu tich ubtw mttq"):
        q = understand(question, TODAY)
        assert not q.unknown_names, (question, q.unknown_names)


def test_a_call_asked_in_russian_is_a_call() -> None:
    # "звонил" (called) was no kind: a message of congratulation came first.
    q = understand(to_vietnamese("Путин звонил Лыонг Кыонгу", "ru"), TODAY)
    assert q.kinds == ["điện đàm"], q.kinds
    # Near miss: a meeting asked stays a meeting.
    q = understand(to_vietnamese("Путин встречался с Лыонг Кыонгом", "ru"), TODAY)
    assert q.kinds != ["điện đàm"], q.kinds
