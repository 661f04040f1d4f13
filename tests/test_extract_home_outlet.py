"""A local paper writes its own city's seat of government without naming the city ("tại trụ
sở UBND thành phố, Chủ tịch UBND thành phố X đã tiếp …"): the meeting is in the paper's home
(store/data/outlets.json `homes`, or a domain "bao" + the place's name: baodanang.vn). A
national outlet's report keeps no city it does not state."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.extract import extract_meetings
from store.language.models import Article

TEXT = (
    "Lãnh đạo thành phố tiếp Tổng Lãnh sự Nga\n"
    "Chiều 12/3, tại trụ sở UBND thành phố, Chủ tịch UBND thành phố Lê Trung Chinh đã tiếp "
    "ông Alexey Popov, Tổng Lãnh sự Nga tại Đà Nẵng, trao đổi về du lịch và giáo dục."
)


def _place(url: str) -> str | None:
    article = Article(text=TEXT, source=url, url=url, published=date(2024, 3, 13))
    found = extract_meetings(article, date(2026, 12, 1))
    assert found and {p.name for p in found[0].participants} >= {"Alexey Popov"}
    return found[0].place


@pytest.mark.parametrize(
    ("url", "place"),
    [
        ("https://baodanang.vn/chinh-tri/tiep-tong-lanh-su-nga-3971.html", "Đà Nẵng"),
        ("https://m.baokhanhhoa.vn/chinh-tri/tiep-tong-lanh-su-nga-3971.html", "Nha Trang"),
        ("https://hanoimoi.vn/tiep-tong-lanh-su-nga-3971.html", "Hà Nội"),
    ],
)
def test_a_local_papers_city_seat_is_its_home(url: str, place: str) -> None:
    assert _place(url) == place


@pytest.mark.parametrize(
    "url",
    ["https://vnexpress.net/tiep-tong-lanh-su-nga-3971.html", "https://baoquocte.vn/x-3971.html"],
)
def test_a_national_outlet_states_no_city_it_does_not_write(url: str) -> None:
    assert _place(url) is None
