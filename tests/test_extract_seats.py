"""Where and what kind of act, met across the seen judge sets (issue 9), on reports written for
these tests: an act with a province's government is at the province's seat city; a province
named beside a seat of its government ("tại trụ sở UBND tỉnh … tại Quảng Ninh") gives its seat
city."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


GOVERNMENT_VISITED = """Đoàn tỉnh Thanh Hóa làm việc với tỉnh Irkutsk
Trong chuyến công tác tại Liên bang Nga, ngày 18/6, đoàn công tác tỉnh Thanh Hóa do ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa dẫn đầu đã đến thăm, làm việc với Chính quyền tỉnh Irkutsk. Tiếp đoàn có ông Igor Kobzev, Thống đốc tỉnh Irkutsk.
Hai bên trao đổi về hợp tác du lịch và giáo dục.
"""

PROVINCE_VISITED = """Chủ tịch UBND tỉnh tiếp Đại sứ Nga
Chiều 14/3, tại trụ sở UBND tỉnh, ông Hoàng Văn Tùng, Chủ tịch UBND tỉnh, đã tiếp ông Gennady Bezdetko, Đại sứ Liên bang Nga tại Việt Nam, đang có chuyến thăm và làm việc tại Khánh Hòa.
Hai bên trao đổi về hợp tác du lịch.
"""

PROVINCE_AS_WRITTEN = """Đại sứ Nga thăm tỉnh Nghệ An
Sáng 14/3, Chủ tịch UBND tỉnh Nguyễn Đức Trung đã tiếp Đại sứ Nga Gennady Bezdetko đến thăm và làm việc tại tỉnh Nghệ An.
Hai bên trao đổi về hợp tác giáo dục.
"""


def test_an_act_with_a_province_s_government_is_at_its_seat() -> None:
    m = _lead(GOVERNMENT_VISITED, date(2024, 6, 19))
    assert m.place == "Irkutsk"


def test_a_province_beside_a_seat_of_its_government_gives_the_seat_city() -> None:
    m = _lead(PROVINCE_VISITED, date(2024, 3, 14))
    assert m.place == "Nha Trang"


def test_a_province_without_a_seat_named_stays_as_written() -> None:
    # Near miss: no seat of government named, so the province as the text gives it.
    m = _lead(PROVINCE_AS_WRITTEN, date(2024, 3, 14))
    assert m.place == "Nghệ An"
