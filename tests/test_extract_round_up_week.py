"""A round-up of a week (issue 9, met on the seen judge sets), on reports written for these
tests: an act told "trong tuần" under a heading that gives the week's days is in that week's
month; a week over two months, or an act with a day of its own, is not dated by it."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


def _round_up(span: str) -> str:
    return f"""BÁO CHÍNH PHỦ
Hoạt động đối ngoại của Chính phủ trong tuần ({span})
Tuần qua, lãnh đạo Chính phủ đã có nhiều hoạt động đối ngoại.
Trong tuần, tại Trụ sở Chính phủ, Phó Thủ tướng Trần Hồng Hà đã tiếp ông Alexei Chekunkov, Bộ trưởng Bộ Phát triển Viễn Đông và Bắc Cực Liên bang Nga. Hai bên trao đổi về hợp tác năng lượng.
Cũng trong tuần, Phó Thủ tướng Lê Thành Long tiếp Đại sứ Nhật Bản.
"""


def test_an_act_in_a_week_round_up_is_in_the_week_s_month() -> None:
    m = _lead(_round_up("từ 9 đến 15/9"), date(2024, 9, 16))
    assert m.date == "2024-09"


def test_a_week_written_with_its_year_dates_the_act_alike() -> None:
    m = _lead(_round_up("2 - 8/6/2023"), date(2023, 6, 9))
    assert m.date == "2023-06"


def test_a_week_over_two_months_gives_no_month() -> None:
    # Near miss: 28/10 – 3/11 spans two months.
    m = _lead(_round_up("từ 28/10 đến 3/11"), date(2024, 11, 4))
    assert m.date is None
