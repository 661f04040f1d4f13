"""A local news bulletin (issue 9, met on the seen judge sets), on reports written for these
tests: "X chủ trì hội nghị trực tuyến … Sau hội nghị, X đã tiếp đoàn Y" — the online meeting is
the one side's own; the act with the other side is the reception."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


ONLINE_THEN_RECEPTION = """Thời sự 19h | 12/5/2024
Sáng 12/5, đồng chí Trần Văn Lâu, Chủ tịch UBND tỉnh chủ trì hội nghị trực tuyến về công tác phòng cháy chữa cháy. Sau hội nghị, chiều cùng ngày, đồng chí đã tiếp đoàn công tác tỉnh Sakhalin, Liên bang Nga do ông Valery Limarenko, Thống đốc tỉnh Sakhalin dẫn đầu.
Hai bên trao đổi về hợp tác thủy sản và du lịch.
"""

WORKING_VISIT_HOSTED = """Thời sự 19h | 12/5/2024
Sáng 12/5, đoàn công tác tỉnh Sakhalin, Liên bang Nga do ông Valery Limarenko, Thống đốc tỉnh Sakhalin dẫn đầu đã đến thăm, làm việc với lãnh đạo UBND tỉnh. Tiếp đoàn có đồng chí Trần Văn Lâu, Chủ tịch UBND tỉnh.
"""


def test_a_reception_after_an_online_conference_is_a_reception() -> None:
    m = _lead(ONLINE_THEN_RECEPTION, date(2024, 5, 12))
    assert m.kind == "tiếp"
    assert {p.name for p in m.participants} >= {"Trần Văn Lâu", "Valery Limarenko"}


def test_a_host_line_after_a_working_visit_keeps_the_working_session() -> None:
    # Near miss: "tiếp đoàn có X" names the host of the act told first, not another act.
    m = _lead(WORKING_VISIT_HOSTED, date(2024, 5, 12))
    assert m.kind == "làm việc"
