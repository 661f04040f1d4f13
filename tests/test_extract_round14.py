"""Extraction classes met on an unseen judge set (issue 9), on reports written for these
tests: a photo story whose caption quotes a Russian principal by surname alone."""

from __future__ import annotations

from datetime import date

from tests.extracting import meetings

PHOTO_STORY = """Chùm ảnh: Thứ trưởng Ngoại giao Đỗ Hùng Việt tiếp Thứ trưởng Ngoại giao Nga Mikhail Galuzin
Cập nhật 09:10, 15/11/2022

Chiều 14/11, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Hùng Việt đã tiếp Thứ trưởng Ngoại giao Nga Mikhail Galuzin.
Thứ trưởng Đỗ Hùng Việt tiếp Thứ trưởng Mikhail Galuzin tại trụ sở Bộ Ngoại giao. (Ảnh: Minh Quân)
Thứ trưởng Galuzin cho biết Nga mong muốn mở rộng hợp tác với Việt Nam trong các lĩnh vực y tế, du lịch và nông nghiệp. (Ảnh: Minh Quân)
Quang cảnh buổi tiếp. (Ảnh: Minh Quân)
"""

PHOTO_STORY_OTHER_SPEAKER = """Chùm ảnh: Bộ trưởng Công Thương tiếp Bộ trưởng Nông nghiệp Nga
Thứ Ba, 21/05/2024 18:00

Chiều 21/5, tại Hà Nội, Bộ trưởng Công Thương Nguyễn Hồng Diên đã tiếp Bộ trưởng Nông nghiệp Nga Dmitry Patrushev.
Bộ trưởng Nguyễn Hồng Diên tiếp Bộ trưởng Dmitry Patrushev. (Ảnh: Hải Yến)
Ông Patrushev đề nghị tăng xuất khẩu nông sản, thủy sản sang Nga. (Ảnh: Hải Yến)
Đại sứ Bezdetko nhắc tới hợp tác giáo dục và văn hóa giữa hai nước. (Ảnh: Hải Yến)
"""


def test_a_caption_quoting_a_principal_by_surname_gives_the_sectors() -> None:
    (m,) = meetings(PHOTO_STORY, date(2022, 11, 15))
    assert {"y tế", "du lịch", "nông nghiệp"} <= set(m.sectors)


def test_a_caption_quoting_someone_else_does_not() -> None:
    (m,) = [x for x in meetings(PHOTO_STORY_OTHER_SPEAKER, date(2024, 5, 21)) if not x.secondary]
    assert "nông nghiệp" in m.sectors or "thủy sản" in m.sectors
    assert "văn hóa" not in m.sectors
