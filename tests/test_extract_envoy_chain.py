"""An envoy written after his principal's bare office ("Đặc phái viên của Thủ tướng, Bộ
trưởng X") is the participant; a principal with two offices of his own stays represented."""

from __future__ import annotations

import pytest

from tests import extracting

LEAD = "Tin\nNgày {day}, tại {city}, {who} đã hội kiến {host}."

ENVOYS = [
    (
        "Đặc phái viên của Thủ tướng, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên",
        "Phó Thủ tướng Liên bang Nga Alexander Novak",
        "Nguyễn Hồng Diên",
    ),
    (
        "Đặc phái viên của Thủ tướng Chính phủ, Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng",
        "Phó Thủ tướng Nga Dmitry Chernyshenko",
        "Nguyễn Chí Dũng",
    ),
    (
        "Đặc phái viên của Tổng Bí thư, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung",
        "Thư ký Hội đồng An ninh Nga Sergei Shoigu",
        "Lê Hoài Trung",
    ),
]


@pytest.mark.parametrize("who,host,envoy", ENVOYS, ids=["industry", "planning", "party"])
def test_the_envoy_after_a_bare_office_meets(who: str, host: str, envoy: str) -> None:
    text = LEAD.format(day="12/9/2024", city="Moskva", who=who, host=host)
    found = extracting.meetings(text)
    assert found, "no meeting"
    vn = [p.name for p in found[0].participants if p.country == "VN"]
    assert vn == [envoy]


def test_a_principal_with_two_offices_of_his_own_is_still_represented() -> None:
    who = "Đặc phái viên của Ủy viên Bộ Chính trị, Thủ tướng Phạm Minh Chính"
    text = LEAD.format(
        day="12/9/2024", city="Moskva", who=who, host="Phó Thủ tướng Nga Alexander Novak"
    )
    for m in extracting.meetings(text):
        assert "Phạm Minh Chính" not in {p.name for p in m.participants}
