"""Round 36 of question readings (store.language.query.understand)."""

from __future__ import annotations

from datetime import date

from store.language.query import understand

TODAY = date(2026, 12, 6)


def test_he_goes_to_a_place_is_no_given_name() -> None:
    # "… Putin khi ông sang Hà Nội năm 2024": the question capitalises its names; "ông" is
    # "he" and "sang" (go to) a verb before the place, not Trương Tấn Sang.
    asked = "Thủ tướng Phạm Minh Chính hội kiến Putin khi ông sang Hà Nội năm 2024"
    assert understand(asked, TODAY).leaders == ["Phạm Minh Chính", "Vladimir Putin"]
    # Near misses: the name capitalised, or typed in lower case with a joining word after
    # it, or all in lower case, is the person.
    for named in (
        "ông Sang gặp Putin năm 2013",
        "ông sang gặp Putin năm 2013",
        "ong sang gap putin nam 2013",
    ):
        assert "Trương Tấn Sang" in understand(named, TODAY).leaders, named
