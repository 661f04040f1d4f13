"""Round 49 of reading questions: a national office beside a place of the other country, an
abbreviated central committee, a call asked in Russian, a venue a visit went to."""

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


def test_a_venue_a_visit_went_to_is_where_it_was_asked_to_be() -> None:
    # "Putin thăm nhà máy lọc dầu Dung Quất": the refinery was read as a subject an article
    # may name, and talks in Hà Nội whose article names it answered the visit.
    for question in ("Putin thăm nhà máy lọc dầu Dung Quất", "Shoigu thăm cảng Cam Ranh"):
        q = understand(question, TODAY)
        assert q.places and q.venues == q.places, (question, q.places, q.venues)
    # Near misses: a venue typed among keywords is a subject; a city visited stays a place.
    q = understand("tàu ngầm Kilo cảng Cam Ranh Shoigu", TODAY)
    assert q.places == ["Khánh Hòa"] and not q.venues, (q.places, q.venues)
    q = understand("Putin thăm Hà Nội", TODAY)
    assert q.places == ["Hà Nội"] and not q.venues, (q.places, q.venues)
