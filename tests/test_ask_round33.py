"""Round 33 of reading questions, over articles written for these tests
(tests/round33_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.language.anniversaries import asked_anniversaries
from store.language.dates import parse_question_dates
from store.language.fold import fold
from store.language.foreign_question import understand_in
from store.language.query import understand
from store.services.answer import ask
from store.storage.db import Store
from tests.asking import assert_found_first, store_with

TODAY = date(2026, 12, 5)
ARTICLES = Path(__file__).resolve().parent / "round33_articles"


store = store_with(ARTICLES)


def _found(res) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.sources[0].split("/")[-1][:3] for m in res.results]


def test_before_and_after_a_period_are_open_ended() -> None:
    # "trước năm 2016" is every day before 2016, "sau tháng 5/2025" every day after May.
    before = parse_question_dates("Lavrov trước năm 2016", TODAY)
    assert before is not None and before.end == date(2015, 12, 31), before
    assert before.start < date(2000, 1, 1) and before.label == "trước năm 2016"
    after = parse_question_dates("Tô Lâm gặp Putin sau tháng 5/2025", TODAY)
    assert after is not None and (after.start, after.end) == (date(2025, 6, 1), TODAY), after
    assert parse_question_dates("lavrov truoc nam 2016", TODAY) == before
    # Near misses: "thứ Sáu 7/9" is a weekday, "năm trước" and "tuần trước" are last year and
    # last week, and "sáu 2020" (six) is the year.
    friday = parse_question_dates("Putin thứ Sáu 7/9", TODAY)
    assert friday is not None and friday.start == friday.end, friday
    last_year = parse_question_dates("Lavrov năm trước", TODAY)
    assert last_year is not None and last_year.start == date(2025, 1, 1), last_year
    six = parse_question_dates("hội đàm sáu 2020", TODAY)
    assert six is not None and (six.start, six.end) == (date(2020, 1, 1), date(2020, 12, 31))


async def test_meetings_before_or_after_a_year_in_three_languages(store: Store) -> None:
    # Vnukov at a reception in 2017 (t01) and at an anniversary in 2018 (t03).
    await assert_found_first(
        store,
        (
            ("Đại sứ Vnukov trước năm 2018", "vi"),
            ("Ambassador Vnukov before 2018", "en"),
            ("посол Внуков до 2018 года", "ru"),
        ),
        "t01",
        TODAY,
    )
    for question, lang in (
        ("Đại sứ Vnukov sau năm 2017", "vi"),
        ("Ambassador Vnukov after 2017", "en"),
        ("посол Внуков после 2017 года", "ru"),
    ):
        res = await ask(store, question, today=TODAY, lang=lang)
        assert "t03" in _found(res) and "t01" not in _found(res), (question, res.answer)
    res = await ask(store, "Đại sứ Vnukov trước năm 2018", today=TODAY)
    assert len(res.results) == 1, res.answer
    # Near miss: the year itself is within it.
    res = await ask(store, "Đại sứ Vnukov năm 2018", today=TODAY)
    assert _found(res) == ["t03"], res.answer


async def test_an_anniversary_asked_with_the_reception_or_the_embassy(store: Store) -> None:
    # "kỷ niệm 65 năm quan hệ ngoại giao chiêu đãi": the anniversary's year (2015) is asked,
    # whatever the question names after it; "đại sứ quán" is a word of the domain.
    await assert_found_first(
        store,
        (
            ("kỷ niệm 65 năm quan hệ ngoại giao chiêu đãi", "vi"),
            ("kỷ niệm 65 năm quan hệ ngoại giao đại sứ quán Nga", "vi"),
            ("đại sứ quán Nga chiêu đãi kỷ niệm 65 năm quan hệ ngoại giao", "vi"),
            ("65th anniversary of diplomatic relations reception Russian embassy", "en"),
            ("приём в посольстве России к 65-летию дипломатических отношений", "ru"),
        ),
        "t04",
        TODAY,
    )
    # Near miss: another pair's relations ("Việt Nam - Lào") count another anniversary.
    assert asked_anniversaries(fold("kỷ niệm 60 năm quan hệ ngoại giao Việt Nam - Lào")) == []


def test_an_occasion_is_not_read_inside_a_persons_name() -> None:
    # "Đặng Quốc Khánh Kozlov 2023": a minister's given name, not Vietnam's National Day.
    for typed in ("Đặng Quốc Khánh Kozlov 2023", "dang quoc khanh kozlov 2023"):
        q = understand(typed, TODAY)
        assert (q.date_from, q.date_to) == (date(2023, 1, 1), date(2023, 12, 31)), typed
    # Near miss: the occasion asked with a year is its day and the week before it.
    q = understand("Đặng Minh Khôi chiêu đãi Quốc khánh 2023", TODAY)
    assert (q.date_from, q.date_to) == (date(2023, 8, 26), date(2023, 9, 2)), q.date_label


def test_a_former_title_before_a_name_the_data_lacks_is_who_he_was() -> None:
    # "nguyên Bộ trưởng Ngoại giao Nga Igor Ivanov": the man named, not the minister now.
    for typed, lang in (
        ("nguyên Bộ trưởng Ngoại giao Nga Igor Ivanov ở Hà Nội", "vi"),
        ("former Russian foreign minister Igor Ivanov in Hanoi", "en"),
    ):
        q = understand_in(typed, TODAY, lang)[0]
        assert not any(g.office for g in q.groups), (typed, q.groups)
    # Near miss: the title alone is the office.
    q = understand("Bộ trưởng Ngoại giao Nga ở Hà Nội", TODAY)
    assert any(g.office for g in q.groups), q.groups


def test_a_place_typed_with_marks_its_name_lacks_is_another_word() -> None:
    # "Nhà Trắng" (the White House) folds as "Nha Trang" does, but is no city of Khánh Hòa.
    assert understand("gặp ở Nhà Trắng", TODAY).places == []
    # Near misses: the city as written, or unmarked, or a typo of a marked name.
    for typed, place in (
        ("gặp ở Nha Trang", "Nha Trang"),
        ("gap o nha trang", "Nha Trang"),
        ("gặp ở Hà Nôi", "Hà Nội"),
    ):
        assert understand(typed, TODAY).places == [place], typed
