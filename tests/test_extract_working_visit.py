"""The kind of act met across the seen judge sets (issue 9), on reports written for these
tests: a visit that works with a body ("đến thăm và làm việc với Viện X", "thăm, làm việc với
Chính quyền tỉnh Y") is a working session; a visit "tại" a place stays a visit's frame."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


INSTITUTE_VISITED = """Bộ trưởng Nguyễn Mạnh Hùng làm việc tại Viện Kurchatov
Ngày 9/7, trong chuyến công tác tại Liên bang Nga, Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng đã đến thăm và làm việc với Viện Kurchatov tại Moskva. Tiếp và làm việc với đoàn có ông Mikhail Kovalchuk, Chủ tịch Viện Kurchatov.
Hai bên bàn về hợp tác trong vật lý hạt nhân và khoa học vật liệu.
"""

GOVERNMENT_VISITED = """Đoàn tỉnh Thanh Hóa làm việc với tỉnh Irkutsk
Trong chuyến công tác tại Liên bang Nga, ngày 18/6, đoàn công tác tỉnh Thanh Hóa do ông Đỗ Minh Tuấn, Chủ tịch UBND tỉnh Thanh Hóa dẫn đầu đã đến thăm, làm việc với Chính quyền tỉnh Irkutsk. Tiếp đoàn có ông Igor Kobzev, Thống đốc tỉnh Irkutsk.
"""

PROVINCE_AS_WRITTEN = """Đại sứ Nga thăm tỉnh Nghệ An
Sáng 14/3, Chủ tịch UBND tỉnh Nguyễn Đức Trung đã tiếp Đại sứ Nga Gennady Bezdetko đến thăm và làm việc tại tỉnh Nghệ An.
"""


def test_a_visit_that_works_with_a_body_is_a_working_session() -> None:
    m = _lead(INSTITUTE_VISITED, date(2024, 7, 10))
    assert m.kind == "làm việc"


def test_a_visit_that_works_with_a_government_is_a_working_session() -> None:
    assert _lead(GOVERNMENT_VISITED, date(2024, 6, 19)).kind == "làm việc"


def test_a_reception_during_a_visit_to_a_place_stays_a_reception() -> None:
    # Near miss: "thăm và làm việc tại" a place frames the reception.
    assert _lead(PROVINCE_AS_WRITTEN, date(2024, 3, 14)).kind == "tiếp"
