"""A summary lead names the meeting without its venue; the report's next sentence tells it
again with its own kind and the venue (written for these tests). The venue is the meeting's."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings

SUMMARY_THEN_RECEPTION = """Thứ Năm, 14/3/2019, 17:20 (GMT+7)
Kinh doanh > Quốc tế

Tập đoàn điện lực Nga muốn đầu tư nhiệt điện ở Việt Nam

Ông Boris Kovalchuk, Tổng giám đốc Tập đoàn Inter RAO, bày tỏ mong muốn tham gia các dự án nhiệt điện khi gặp Phó thủ tướng Trịnh Đình Dũng chiều nay.

Tiếp ông Boris Kovalchuk tại trụ sở Chính phủ, ông Trịnh Đình Dũng, phó thủ tướng, cho biết Việt Nam cần thêm nguồn điện cho giai đoạn tới.
"""

SUMMARY_THEN_CALL = """Chủ tịch nước Võ Văn Thưởng đề nghị tăng cường hợp tác nghị viện và giáo dục khi gặp ông Vyacheslav Volodin, Chủ tịch Duma Quốc gia Nga, sáng nay.

Hội kiến ông Vyacheslav Volodin tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng cho biết Việt Nam coi trọng quan hệ với Nga.
"""


def test_the_retelling_sentence_gives_the_venue_of_a_summary_lead() -> None:
    m = meetings(SUMMARY_THEN_RECEPTION, date(2019, 3, 14))[0]
    assert (m.date, m.place) == ("2019-03-14", "Hà Nội")


def test_a_call_retold_at_the_presidential_palace() -> None:
    m = meetings(SUMMARY_THEN_CALL, date(2023, 11, 28))[0]
    assert (m.date, m.place) == ("2023-11-28", "Hà Nội")
