"""Extraction classes met on a second unseen judge set (issue 9), on reports written for these
tests: a lead whose only date is that of an earlier act it recalls."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings

CREDENTIALS = """Chủ tịch nước nhận Quốc thư của Đại sứ các nước
Sáng 14/9, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc đã chủ trì lễ tiếp nhận Quốc thư của Đại sứ các nước Liên bang Nga, Cộng hòa Ireland và Cộng hòa Peru.
Tiếp Đại sứ Nga Gennady Bezdetko sau buổi lễ, Chủ tịch nước Nguyễn Xuân Phúc nhắc lại cuộc hội đàm trực tuyến với Tổng thống Nga tháng 6/2021, đề nghị Đại sứ thúc đẩy hợp tác y tế, năng lượng và giáo dục.
Đại sứ Gennady Bezdetko cảm ơn sự đón tiếp và khẳng định sẽ nỗ lực vì quan hệ hai nước.
"""

FORUM_GUESTS = """Thủ tướng tiếp các trưởng đoàn dự Diễn đàn năng lượng
Chiều 10/6, tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính đã tiếp các trưởng đoàn dự Diễn đàn năng lượng châu Á.
Khi gặp Bộ trưởng Năng lượng Nga Sergei Tsivilev bên lề buổi tiếp, Thủ tướng Phạm Minh Chính ôn lại chuyến thăm Moskva của mình tháng 1/2025, mong hai bên đẩy mạnh hợp tác dầu khí và điện hạt nhân.
Bộ trưởng Tsivilev nói Nga sẵn sàng cùng Việt Nam triển khai các dự án đã thỏa thuận.
"""

OWN_DAY_AND_A_RECALL = """Bộ trưởng Ngoại giao tiếp Đại sứ Nga
Chiều 5/3, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Đại sứ Nga Gennady Bezdetko, nhắc lại chuyến thăm Nga của ông tháng 10/2023 và đề nghị thúc đẩy hợp tác giáo dục.
"""

ONLY_THE_RECALL = """Bộ trưởng Ngoại giao tiếp Đại sứ Nga
Tiếp Đại sứ Nga Gennady Bezdetko, Bộ trưởng Ngoại giao Bùi Thanh Sơn nhắc lại chuyến thăm Nga của ông tháng 10/2023 và đề nghị thúc đẩy hợp tác giáo dục.
"""


def _lead(text: str, published: date):
    return next(m for m in meetings(text, published) if not m.secondary)


def test_a_recalled_month_in_the_lead_gives_way_to_the_day_of_the_ceremony() -> None:
    m = _lead(CREDENTIALS, date(2021, 9, 14))
    assert {p.name for p in m.participants} >= {"Nguyễn Xuân Phúc", "Gennady Bezdetko"}
    assert m.date == "2021-09-14"


def test_a_month_recalled_by_ôn_lại_is_not_the_meeting_s_either() -> None:
    m = _lead(FORUM_GUESTS, date(2025, 6, 10))
    assert m.date == "2025-06-10"


def test_the_lead_s_own_day_stays_beside_a_recall() -> None:
    m = _lead(OWN_DAY_AND_A_RECALL, date(2024, 3, 5))
    assert m.date == "2024-03-05"


def test_a_recall_alone_gives_no_date_rather_than_its_own() -> None:
    m = _lead(ONLY_THE_RECALL, date(2024, 3, 5))
    assert m.date != "2023-10"
    assert m.date is None or m.date.startswith("2024")
