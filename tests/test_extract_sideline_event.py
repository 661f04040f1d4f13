"""An act beside an event (issue 9, met on the seen judge sets), on reports written for these
tests: "bên lề Diễn đàn … St. Petersburg" or an event the place data knows, with no other place
written, puts the act in the event's city; a city told further on does not."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


def test_beside_a_forum_named_for_its_city() -> None:
    text = (
        "Ngày 5/9, bên lề Diễn đàn Năng lượng quốc tế Kazan 2024, Bộ trưởng Công Thương "
        "Nguyễn Hồng Diên đã hội đàm với Bộ trưởng Năng lượng Nga Sergei Tsivilev. "
        "Hai bên trao đổi về hợp tác dầu khí."
    )
    assert _lead(text, date(2024, 9, 6)).place == "Kazan"


def test_beside_an_event_the_data_places() -> None:
    text = (
        "Ngày 14/6, bên lề Diễn đàn Kinh tế quốc tế St. Petersburg, Phó Thủ tướng Trần Hồng Hà "
        "đã gặp Phó Thủ tướng Nga Alexander Novak. Hai bên trao đổi về hợp tác năng lượng."
    )
    assert _lead(text, date(2024, 6, 15)).place in {"Saint Petersburg", "St. Petersburg"}


def test_a_city_told_later_in_the_sentence_is_not_the_event_s() -> None:
    # Near miss: the city comes after a comma, in another clause (a visit planned there).
    text = (
        "Ngày 5/9, bên lề phiên họp toàn thể của diễn đàn, Bộ trưởng Nguyễn Hồng Diên đã gặp "
        "Bộ trưởng Năng lượng Nga Sergei Tsivilev, người sẽ thăm Kazan tuần tới."
    )
    assert _lead(text, date(2024, 9, 6)).place != "Kazan"
