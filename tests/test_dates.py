"""Vietnamese date grammar: article mentions, publication dates, question ranges."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.language.dates import (
    DateMention,
    DateRange,
    find_dates,
    find_published,
    parse_question_dates,
)

PUB = date(2025, 5, 9)
TODAY = date(2026, 3, 13)


def _view(m: DateMention) -> tuple:
    return (
        m.text,
        m.year,
        m.month,
        m.day,
        m.end_year,
        m.end_month,
        m.end_day,
        m.time_of_day,
        m.relative,
    )


def _dates(text: str, published: date | None = PUB) -> list[tuple]:
    found = find_dates(text, published)
    for m in found:
        assert text[m.start : m.end] == m.text
    return [_view(m) for m in found]


# --------------------------------------------------------------------------- article: forms

ARTICLE_FORMS = [
    # (sentence, expected mentions: text, y, m, d, end y/m/d, time of day, relative)
    (
        "Tối 8-5 (giờ Việt Nam), tại Moskva, Chủ tịch nước đã hội kiến Tổng thống Nga.",
        [("Tối 8-5", None, 5, 8, None, None, None, "tối", False)],
    ),
    (
        "Chiều 14/1, tại Phủ Chủ tịch, hai bên đã trao đổi về hợp tác năng lượng.",
        [("Chiều 14/1", None, 1, 14, None, None, None, "chiều", False)],
    ),
    (
        "Đoàn đại biểu đã có cuộc làm việc ngày 10/10 tại Thủ đô.",
        [("ngày 10/10", None, 10, 10, None, None, None, None, False)],
    ),
    (
        "Ông cho biết, cuộc bầu cử hôm 8/5 diễn ra suôn sẻ.",
        [("hôm 8/5", None, 5, 8, None, None, None, None, False)],
    ),
    (
        "Nhân dịp ngày 20.6, lãnh đạo hai nước đã gửi điện mừng.",
        [("ngày 20.6", None, 6, 20, None, None, None, None, False)],
    ),
    (
        "Sáng 3.9, đoàn đã rời sân bay Nội Bài.",
        [("Sáng 3.9", None, 9, 3, None, None, None, "sáng", False)],
    ),
    (
        "Hiệp định được ký ngày 10/10/2025 tại Hà Nội.",
        [("ngày 10/10/2025", 2025, 10, 10, None, None, None, None, False)],
    ),
    (
        "Văn bản có hiệu lực từ 10-10-2025.",
        [("10-10-2025", 2025, 10, 10, None, None, None, None, False)],
    ),
    (
        "Lễ ký diễn ra 12.6.1990 tại Moskva.",
        [("12.6.1990", 1990, 6, 12, None, None, None, None, False)],
    ),
    (
        "Hà Nội, ngày 9 tháng 5 năm 2025",
        [("ngày 9 tháng 5 năm 2025", 2025, 5, 9, None, None, None, None, False)],
    ),
    (
        "Hội nghị khai mạc ngày 9 tháng 5 tại Moskva.",
        [("ngày 9 tháng 5", None, 5, 9, None, None, None, None, False)],
    ),
    (
        "Thứ Ba, 16 Tháng Chín 2025",
        [("16 Tháng Chín 2025", 2025, 9, 16, None, None, None, None, False)],
    ),
    (
        "Chuyến thăm dự kiến vào tháng Mười Một năm 2025.",
        [("tháng Mười Một năm 2025", 2025, 11, None, None, None, None, None, False)],
    ),
    (
        "Tết năm ấy rơi vào tháng Giêng.",
        [("tháng Giêng", None, 1, None, None, None, None, None, False)],
    ),
    (
        "Sau chuyến thăm cấp Nhà nước vào tháng 6/2024, quan hệ tiếp tục phát triển.",
        [("tháng 6/2024", 2024, 6, None, None, None, None, None, False)],
    ),
    (
        "Hai bên nhất trí họp lại vào tháng 5/2025.",
        [("tháng 5/2025", 2025, 5, None, None, None, None, None, False)],
    ),
    (
        "Từ tháng 1 năm 2025, thủ tục được đơn giản hóa.",
        [("tháng 1 năm 2025", 2025, 1, None, None, None, None, None, False)],
    ),
    (
        "Năm 2025 đánh dấu 75 năm quan hệ ngoại giao.",
        [("Năm 2025", 2025, None, None, None, None, None, None, False)],
    ),
    (
        "Kế hoạch cho giai đoạn năm 2021-2025 đã hoàn thành.",
        [("năm 2021-2025", 2021, None, None, 2025, None, None, None, False)],
    ),
    (
        "Hội nghị được tổ chức 29/11 - 2/12/2021 tại Sochi.",
        [("29/11 - 2/12/2021", 2021, 11, 29, 2021, 12, 2, None, False)],
    ),
    (
        "Triển lãm mở cửa 28/12 - 2/1/2022 tại Hà Nội.",
        [("28/12 - 2/1/2022", 2021, 12, 28, 2022, 1, 2, None, False)],
    ),
    (
        "Thủ tướng Nga thăm chính thức Việt Nam từ ngày 5 đến 7-4-2015.",
        [("từ ngày 5 đến 7-4-2015", 2015, 4, 5, 2015, 4, 7, None, False)],
    ),
    (
        "Đoàn công tác tại Nga từ 28/6 đến 1/7.",
        [("từ 28/6 đến 1/7", None, 6, 28, None, 7, 1, None, False)],
    ),
    (
        "Chuyến thăm diễn ra từ ngày 26/6 đến ngày 02/7.",
        [("từ ngày 26/6 đến ngày 02/7", None, 6, 26, None, 7, 2, None, False)],
    ),
    (
        "Phiên họp kéo dài từ ngày 8.9 đến ngày 10.9.2024 tại Moskva.",
        [("từ ngày 8.9 đến ngày 10.9.2024", 2024, 9, 8, 2024, 9, 10, None, False)],
    ),
    (
        "Diễn ra từ ngày 25-28/9, chuyến thăm đạt nhiều kết quả.",
        [("từ ngày 25-28/9", None, 9, 25, None, 9, 28, None, False)],
    ),
    (
        "Diễn đàn lần thứ ba (17–20-10) thu hút nhiều nguyên thủ.",
        [("17–20-10", None, 10, 17, None, 10, 20, None, False)],
    ),
    (
        "Hội nghị thượng đỉnh diễn ra từ ngày 23-24/10/2024 tại Kazan.",
        [("từ ngày 23-24/10/2024", 2024, 10, 23, 2024, 10, 24, None, False)],
    ),
    (
        "Lễ kỷ niệm 80 năm Quốc khánh (2/9/1945-2/9/2025) được tổ chức trọng thể.",
        [("2/9/1945-2/9/2025", 1945, 9, 2, 2025, 9, 2, None, False)],
    ),
    (
        "Ngoại trưởng sẽ ở Hà Nội trong hai ngày 5 và 6-7, theo thông báo tối 4-7.",
        [
            ("ngày 5", None, 7, 5, None, None, None, None, False),
            ("6-7", None, 7, 6, None, None, None, None, False),
            ("tối 4-7", None, 7, 4, None, None, None, "tối", False),
        ],
    ),
    (
        "Đoàn làm việc tại Moskva các ngày 10, 11 và 12/3.",
        [
            ("ngày 10", None, 3, 10, None, None, None, None, False),
            ("11", None, 3, 11, None, None, None, None, False),
            ("12/3", None, 3, 12, None, None, None, None, False),
        ],
    ),
    (
        "Các đại sứ quán tổ chức lễ kỷ niệm tối 9 và 10.6.",
        [
            ("tối 9", None, 6, 9, None, None, None, "tối", False),
            ("10.6", None, 6, 10, None, None, None, "tối", False),
        ],
    ),
    (
        "Chuyên cơ hạ cánh lúc 1h45 (giờ địa phương) ngày 8/5.",
        [("ngày 8/5", None, 5, 8, None, None, None, None, False)],
    ),
    (
        "Chiều tối 8/5, đoàn đến sân bay. Rạng sáng 9/5, lễ duyệt binh bắt đầu.",
        [
            ("Chiều tối 8/5", None, 5, 8, None, None, None, "tối", False),
            ("Rạng sáng 9/5", None, 5, 9, None, None, None, "sáng", False),
        ],
    ),
    (
        "Hai bên gặp nhau sáng ngày 23/3.",
        [("sáng ngày 23/3", None, 3, 23, None, None, None, "sáng", False)],
    ),
    (
        "Lễ kỷ niệm Quốc khánh 2/9 năm nay rất trang trọng.",
        [
            ("2/9", None, 9, 2, None, None, None, None, False),
            ("năm nay", 2025, None, None, None, None, None, None, True),
        ],
    ),
    (
        "Cuộc gặp ngày 8/5 năm 2025 có ý nghĩa lịch sử.",
        [("ngày 8/5 năm 2025", 2025, 5, 8, None, None, None, None, False)],
    ),
    (
        "Hội nghị sẽ diễn ra vào tháng 12 năm nay.",
        [("tháng 12 năm nay", 2025, 12, None, None, None, None, None, True)],
    ),
    (
        "Từ tháng 3 đến tháng 5/2025, kim ngạch tăng mạnh.",
        [("Từ tháng 3 đến tháng 5/2025", 2025, 3, None, 2025, 5, None, None, False)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ARTICLE_FORMS)
def test_article_forms(text: str, expected: list[tuple]) -> None:
    assert _dates(text) == expected


RELATIVE = [
    (
        "Sáng nay, Thủ tướng tiếp Đại sứ Nga.",
        [("Sáng nay", 2025, 5, 9, None, None, None, "sáng", True)],
    ),
    (
        "Chiều nay, hai bên ký kết thỏa thuận.",
        [("Chiều nay", 2025, 5, 9, None, None, None, "chiều", True)],
    ),
    ("Hôm nay, đoàn rời Hà Nội.", [("Hôm nay", 2025, 5, 9, None, None, None, None, True)]),
    ("Tối qua, đoàn đã đến Moskva.", [("Tối qua", 2025, 5, 8, None, None, None, "tối", True)]),
    (
        "Phát biểu ngày hôm qua, ông nhấn mạnh…",
        [("ngày hôm qua", 2025, 5, 8, None, None, None, None, True)],
    ),
    ("Hôm qua, Bộ Ngoại giao thông báo.", [("Hôm qua", 2025, 5, 8, None, None, None, None, True)]),
    ("Hôm qua các bộ trưởng đã ký kết.", [("Hôm qua", 2025, 5, 8, None, None, None, None, True)]),
    ("Tối hôm qua, đoàn đến Kazan.", [("Tối hôm qua", 2025, 5, 8, None, None, None, "tối", True)]),
    (
        "Ngày mai, lễ duyệt binh sẽ diễn ra.",
        [("Ngày mai", 2025, 5, 10, None, None, None, None, True)],
    ),
    (
        "Sáng nay (9/5), tại Quảng trường Đỏ, lễ duyệt binh diễn ra.",
        [("Sáng nay (9/5)", 2025, 5, 9, None, None, None, "sáng", True)],
    ),
    (
        "Trưa nay, 9.5, đoàn đã rời khách sạn.",
        [("Trưa nay, 9.5", 2025, 5, 9, None, None, None, "trưa", True)],
    ),
    ("Các tập đoàn ngày nay chú trọng chuyển đổi số.", []),
    ("Năm năm nay, quan hệ phát triển tốt.", []),
    ("Ánh sáng qua khe cửa.", []),
    ("Ông đã qua đời tối qua đời trước.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE)
def test_relative_days_use_publication_date(text: str, expected: list[tuple]) -> None:
    assert _dates(text) == expected


def test_relative_days_without_publication_date_yield_nothing() -> None:
    assert _dates("Sáng nay, hai bên hội đàm. Hôm qua đoàn đã đến. Ngày mai về nước.", None) == []
    # An explicit date next to the relative word still counts, without a year.
    assert _dates("Sáng nay (16/4), đoàn đến Nghệ An.", None) == [
        ("Sáng nay (16/4)", None, 4, 16, None, None, None, "sáng", False)
    ]
    assert _dates("Dự kiến vào tháng 12 năm nay.", None) == [
        ("tháng 12 năm nay", None, 12, None, None, None, None, None, False)
    ]


NOT_DATES = [
    "Tăng trưởng đạt 2.5% trong quý.",
    "Phiên bản 3.2 của phần mềm được phát hành.",
    "Cuộc gặp bắt đầu lúc 20h và kết thúc lúc 1h45.",
    "Theo giờ địa phương, đoàn đến lúc 14h30.",
    "Kim ngạch đạt 2,6 tỷ USD, tăng 12,5%.",
    "Đội tuyển thắng 2-1 trong trận giao hữu.",
    "Hơn 2/3 số đại biểu tán thành.",
    "Trung tâm hoạt động 24/7.",
    "Tỷ lệ 1/2 được giữ nguyên.",
    "Ca bệnh COVID-19/5 người.",
    "Đường dây nóng: 0903.343.439.",
    "Nghị định số 15/2024/NĐ-CP có hiệu lực.",
    "Sau 6 tháng đầu năm, sản lượng tăng.",
    "Mỗi tháng hai lần, đoàn kiểm tra.",
    "Ghi rõ ngày tháng năm sinh.",
    "Kỷ niệm 5 năm 2020 được tổ chức.",
    "Tiêm kích Su-30 và MiG-29.",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert _dates(text) == []


INVALID = [
    "Ngày 31/2 không tồn tại.",
    "ngày 30/2/2024",
    "ngày 29/2/2023",
    "ngày 31/4",
    "ngày 12/13",
    "tháng 13/2020",
    "ngày 0/5",
    "ngày 32 tháng 1",
]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_dates_rejected(text: str) -> None:
    assert _dates(text) == []


def test_backwards_range_is_not_a_range() -> None:
    assert _dates("từ ngày 28 đến 25/9") == [("25/9", None, 9, 25, None, None, None, None, False)]


def test_leap_day_accepted() -> None:
    assert _dates("ngày 29/2/2024") == [
        ("ngày 29/2/2024", 2024, 2, 29, None, None, None, None, False)
    ]
    assert _dates("ngày 29/2") == [("ngày 29/2", None, 2, 29, None, None, None, None, False)]


def test_reading_order_and_offsets() -> None:
    text = "Chiều 14/1, hai bên hội đàm. Ngày 15/1 ký kết; tháng 6/2024 là mốc quan trọng."
    found = find_dates(text)
    assert [m.text for m in found] == ["Chiều 14/1", "Ngày 15/1", "tháng 6/2024"]
    assert [m.start for m in found] == sorted(m.start for m in found)


@pytest.mark.parametrize("space", ["\u00a0", "\u3000", "\u202f", "\u2009"])
def test_unusual_spaces(space: str) -> None:
    text = f"Chiều{space}14/1, ngày{space}9{space}tháng{space}5{space}năm{space}2025."
    assert [(m.text, m.year, m.month, m.day) for m in find_dates(text)] == [
        (f"Chiều{space}14/1", None, 1, 14),
        (f"ngày{space}9{space}tháng{space}5{space}năm{space}2025", 2025, 5, 9),
    ]


def test_nfd_text_offsets_refer_to_input() -> None:
    nfc = "Tối 8-5, tại Moskva, Tổng Bí thư hội kiến Thủ tướng. Tháng 6/2024 ông thăm Việt Nam."
    nfd = unicodedata.normalize("NFD", nfc)
    a, b = find_dates(nfc), find_dates(nfd)
    assert [(m.year, m.month, m.day, m.time_of_day) for m in a] == [
        (m.year, m.month, m.day, m.time_of_day) for m in b
    ]
    assert [unicodedata.normalize("NFC", nfd[m.start : m.end]) for m in b] == [m.text for m in a]
    assert all(nfd[m.start : m.end] == m.text for m in b)


def test_dates_span_lines_never() -> None:
    assert _dates("ngày\n8/5") == [("8/5", None, 5, 8, None, None, None, None, False)]


# --------------------------------------------------------------------------- published


URLS = [
    (
        "https://tuoitre.vn/ngoai-truong-nga-tham-viet-nam-20240326123456789.htm",
        (date(2024, 3, 26), "day"),
    ),
    ("https://vtv.vn/the-gioi/hoi-dam-viet-nga-20190521093012345.htm", (date(2019, 5, 21), "day")),
    ("https://nld.com.vn/thoi-su/doan-dai-bieu-2022061109301512.htm", (date(2022, 6, 11), "day")),
    ("https://kevesko.vn/20190412/7654321.html", (date(2019, 4, 12), "day")),
    ("https://example.vn/tin/2023/11/07/hop-tac-nang-luong.html", (date(2023, 11, 7), "day")),
    ("https://baodia.vn/chinh-tri/202407/hai-tinh-ket-nghia-abc12/", (date(2024, 7, 1), "month")),
    ("https://baodia.vn/2021/03/chuyen-tham.html", (date(2021, 3, 1), "month")),
    (
        "https://nld.com.vn/chu-tich-quoc-hoi-tiep-196240615101520333.htm",
        (date(2024, 6, 15), "day"),
    ),
    (
        "https://baochinhphu.vn/thu-tuong-tiep-doanh-nghiep-nga-102230912141516789.htm",
        (date(2023, 9, 12), "day"),
    ),
    ("https://baodantoc.vn/thu-tuong-tiep-tong-giam-doc-1729743819694.htm", None),  # epoch ms
    ("https://vtcnews.vn/bo-truong-quoc-phong-tham-viet-nam-ar377083.html", None),
    ("https://example.vn/print/12345678.html", None),  # 8-digit id, not a path segment date
]


@pytest.mark.parametrize(("url", "expected"), URLS)
def test_published_from_url(url: str, expected: tuple[date, str] | None) -> None:
    assert find_published("Nội dung bài viết không có ngày.", url) == expected


def test_published_prefix_wins() -> None:
    text = " date 2019-07 Bộ trưởng hai nước hội đàm tại Hà Nội."
    assert find_published(text, "https://tuoitre.vn/x-20240326123456789.htm") == (
        date(2019, 7, 1),
        "month",
    )
    assert find_published(" date 2025-10-10 Tổng Bí thư gặp…") == (date(2025, 10, 10), "day")


def test_url_wins_over_byline() -> None:
    text = "Tiêu đề bài viết về hợp tác Việt - Nga\n12:03 | 08/05/2015 GMT+7\nNội dung."
    assert find_published(text, "https://kevesko.vn/20160329/1411295.html") == (
        date(2016, 3, 29),
        "day",
    )


BYLINES = [
    (
        "Việt Nam và Nga thúc đẩy hợp tác năng lượng trong giai đoạn mới\n"
        "21:06 02.04.2025 (Đã cập nhật: 21:17 02.04.2025)\nChiều 2/4, tại Hà Nội, …",
        date(2025, 4, 2),
    ),
    (
        "Trang chủ Chính trị - Xã hội Tin tuần này\n12:03 | 08/05/2015 GMT+7\n\n"
        "Chủ tịch nước đến thủ đô Moskva\n",
        date(2015, 5, 8),
    ),
    (
        "Thời sự Quốc tế\n\nToàn cảnh lễ đón tại sân bay\n\n30/11/2021, 05:50\n\nChiều 29/11, …",
        date(2021, 11, 30),
    ),
    (
        "Tổng Bí thư gửi điện mừng Tổng thống Nga\n\nMinh Anh 20/03/2018 09:11\n\nNội dung…",
        date(2018, 3, 20),
    ),
    (
        "Lãnh đạo hai nước gửi điện mừng\n\nTin tức - Ngày đăng : 17:00, 12/06/2023\n\nNhân dịp…",
        date(2023, 6, 12),
    ),
    (
        "Hai bộ trưởng hội đàm tại Moskva 31/05/2025 08:05\n\nNgày 29-5, tại Moskva…",
        date(2025, 5, 31),
    ),
    ("Tiêu đề\n\nPV - 07:15, 24/10/2024\n\nChiều 23/10, …", date(2024, 10, 24)),
    ("Tin tức\nNgày đăng: 04/07/2017\nNội dung", date(2017, 7, 4)),
    (
        "Tổng thống Nga mời lãnh đạo Việt Nam thăm Moskva.\nNội dung bài viết dài.\nReuters\n"
        "Nguồn : VOA, 26/03/2024",
        date(2024, 3, 26),
    ),
    (
        "Hai nước ký kết nhiều văn kiện hợp tác quan trọng tại Hà Nội\n19/08/2024\n"
        + "Chiều nay, tại Hà Nội, lãnh đạo hai nước đã chứng kiến lễ ký kết nhiều văn kiện hợp tác "
        "trong các lĩnh vực năng lượng, giáo dục và y tế.\n",
        date(2024, 8, 19),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_published_from_byline(text: str, expected: date) -> None:
    assert find_published(text) == (expected, "day")


SITE_HEADERS = [
    # A bare "today" date among navigation clutter before the headline.
    "13/03/2026\nx\n+\naa\n-\n\nThủ tướng tiếp Chủ tịch Tập đoàn Dầu khí Nga\n\n(ĐCSVN) - Chiều 26/4, …",
    # A weekday header before the headline, no time.
    "Thứ Ba, ngày 24/11/2026\nBộ trưởng Ngoại giao Nga thăm Việt Nam\nTTO - Ngoại trưởng Nga sẽ ở Việt Nam…",
    "Thứ 7, ngày 20 tháng 8 năm 2022\nNgoại trưởng Nga thăm Việt Nam\nTTO - Ngoại trưởng…",
    # The page's first line, a date with a clock time: the site's "today" all the same.
    "Thứ Năm, 16/09/2025 14:20 (GMT+7)\nBộ trưởng tiếp Trợ lý Tổng thống Nga\n",
    "CHỦ NHẬT, NGÀY 03 THÁNG 11 NĂM 2024 08:15\n\nHai nước thúc đẩy hợp tác năng lượng\n\nSáng nay…",
    "Thứ Hai, 09/03/2026, 07:02 (GMT+7)\nTin tức - Thời sự\nChiều 14-9, Phó Thủ tướng…",
    # Dates in the body are not bylines either.
    "Tiêu đề về hợp tác hai nước\nDanh sách dự án được cập nhật ngày 10/3/2025.\nNội dung",
    "Tiêu đề\nLễ ký kết diễn ra 8/5/2025 lúc 10:30, tại trụ sở Chính phủ, với sự chứng kiến của "
    "lãnh đạo hai nước và đại diện nhiều bộ ngành, doanh nghiệp lớn của Việt Nam và Nga.",
    "Tiêu đề bài viết\nNgày 10/10/2025, tại Bình Nhưỡng, Tổng Bí thư đã gặp Chủ tịch Đảng Nước Nga Thống nhất.",
    "",
]


@pytest.mark.parametrize("text", SITE_HEADERS)
def test_site_headers_are_not_publication_dates(text: str) -> None:
    assert find_published(text) is None


def test_published_accepts_nfd() -> None:
    text = unicodedata.normalize("NFD", "Tin tức - Ngày đăng : 17:00, 12/06/2023\nNội dung")
    assert find_published(text) == (date(2023, 6, 12), "day")


# --------------------------------------------------------------------------- questions

QUESTIONS = [
    # (question with diacritics, folded variant, start, end, label)
    (
        "Tô Lâm gặp Putin hôm 8/5",
        "to lam gap putin hom 8/5",
        date(2025, 5, 8),
        date(2025, 5, 8),
        "8/5/2025",
    ),
    ("ngày 10/3 có gì", "ngay 10/3 co gi", date(2026, 3, 10), date(2026, 3, 10), "10/3/2026"),
    ("8/5/2025", "8/5/2025", date(2025, 5, 8), date(2025, 5, 8), "8/5/2025"),
    ("ngày 8 tháng 5", "ngay 8 thang 5", date(2025, 5, 8), date(2025, 5, 8), "8/5/2025"),
    (
        "ngày 8 tháng 5 năm 2024",
        "ngay 8 thang 5 nam 2024",
        date(2024, 5, 8),
        date(2024, 5, 8),
        "8/5/2024",
    ),
    ("hôm 8-5", "hom 8-5", date(2025, 5, 8), date(2025, 5, 8), "8/5/2025"),
    ("tháng 5/2025", "thang 5/2025", date(2025, 5, 1), date(2025, 5, 31), "tháng 5/2025"),
    (
        "tháng 10/2025 có cuộc gặp nào",
        "thang 10/2025 co cuoc gap nao",
        date(2025, 10, 1),
        date(2025, 10, 31),
        "tháng 10/2025",
    ),
    ("tháng 1 năm 2025", "thang 1 nam 2025", date(2025, 1, 1), date(2025, 1, 31), "tháng 1/2025"),
    ("tháng 5", "thang 5", date(2025, 5, 1), date(2025, 5, 31), "tháng 5/2025"),
    ("tháng 3", "thang 3", date(2026, 3, 1), date(2026, 3, 31), "tháng 3/2026"),
    (
        "tháng Mười Một 2025",
        "thang muoi mot 2025",
        date(2025, 11, 1),
        date(2025, 11, 30),
        "tháng 11/2025",
    ),
    ("tháng 5 năm ngoái", "thang 5 nam ngoai", date(2025, 5, 1), date(2025, 5, 31), "tháng 5/2025"),
    ("năm 2019", "nam 2019", date(2019, 1, 1), date(2019, 12, 31), "năm 2019"),
    (
        "Putin thăm Việt Nam 2017",
        "putin tham viet nam 2017",
        date(2017, 1, 1),
        date(2017, 12, 31),
        "năm 2017",
    ),
    ("quý 1", "quy 1", date(2026, 1, 1), date(2026, 3, 31), "quý 1/2026"),
    ("quý 2", "quy 2", date(2025, 4, 1), date(2025, 6, 30), "quý 2/2025"),
    ("quý I/2025", "quy I/2025", date(2025, 1, 1), date(2025, 3, 31), "quý 1/2025"),
    ("quý 3 năm 2024", "quy 3 nam 2024", date(2024, 7, 1), date(2024, 9, 30), "quý 3/2024"),
    ("quý IV năm ngoái", "quy iv nam ngoai", date(2025, 10, 1), date(2025, 12, 31), "quý 4/2025"),
    ("đầu năm", "dau nam", date(2026, 1, 1), date(2026, 4, 30), "đầu năm 2026"),
    ("giữa năm", "giua nam", date(2025, 5, 1), date(2025, 8, 31), "giữa năm 2025"),
    ("cuối năm", "cuoi nam", date(2025, 9, 1), date(2025, 12, 31), "cuối năm 2025"),
    ("đầu năm nay", "dau nam nay", date(2026, 1, 1), date(2026, 4, 30), "đầu năm 2026"),
    ("cuối năm 2024", "cuoi nam 2024", date(2024, 9, 1), date(2024, 12, 31), "cuối năm 2024"),
    ("đầu năm ngoái", "dau nam ngoai", date(2025, 1, 1), date(2025, 4, 30), "đầu năm 2025"),
    ("đầu tháng 10", "dau thang 10", date(2025, 10, 1), date(2025, 10, 10), "đầu tháng 10/2025"),
    (
        "cuối tháng 10",
        "cuoi thang 10",
        date(2025, 10, 21),
        date(2025, 10, 31),
        "cuối tháng 10/2025",
    ),
    (
        "cuối tháng 2/2024",
        "cuoi thang 2/2024",
        date(2024, 2, 21),
        date(2024, 2, 29),
        "cuối tháng 2/2024",
    ),
    (
        "6 tháng đầu năm",
        "6 thang dau nam",
        date(2026, 1, 1),
        date(2026, 6, 30),
        "6 tháng đầu năm 2026",
    ),
    (
        "nửa cuối năm ngoái",
        "nua cuoi nam ngoai",
        date(2025, 7, 1),
        date(2025, 12, 31),
        "nửa cuối năm 2025",
    ),
    ("năm nay", "nam nay", date(2026, 1, 1), date(2026, 12, 31), "năm 2026"),
    ("năm ngoái", "nam ngoai", date(2025, 1, 1), date(2025, 12, 31), "năm 2025"),
    ("năm trước", "nam truoc", date(2025, 1, 1), date(2025, 12, 31), "năm 2025"),
    ("2 năm trước", "2 nam truoc", date(2024, 1, 1), date(2024, 12, 31), "năm 2024"),
    ("tháng này", "thang nay", date(2026, 3, 1), date(2026, 3, 31), "tháng 3/2026"),
    ("tháng trước", "thang truoc", date(2026, 2, 1), date(2026, 2, 28), "tháng 2/2026"),
    ("tuần này", "tuan nay", date(2026, 3, 9), date(2026, 3, 15), "tuần 9/3–15/3/2026"),
    ("tuần trước", "tuan truoc", date(2026, 3, 2), date(2026, 3, 8), "tuần 2/3–8/3/2026"),
    ("hôm qua", "hom qua", date(2026, 3, 12), date(2026, 3, 12), "12/3/2026"),
    ("hôm nay", "hom nay", date(2026, 3, 13), date(2026, 3, 13), "13/3/2026"),
    ("gần đây", "gan day", date(2025, 12, 13), date(2026, 3, 13), "90 ngày gần đây"),
    ("mới đây", "moi day", date(2025, 12, 13), date(2026, 3, 13), "90 ngày gần đây"),
    ("3 năm qua", "3 nam qua", date(2023, 3, 14), date(2026, 3, 13), "3 năm qua"),
    (
        "từ tháng 3 đến tháng 5/2025",
        "tu thang 3 den thang 5/2025",
        date(2025, 3, 1),
        date(2025, 5, 31),
        "tháng 3/2025 – tháng 5/2025",
    ),
    (
        "từ tháng 11 đến tháng 2/2025",
        "tu thang 11 den thang 2/2025",
        date(2024, 11, 1),
        date(2025, 2, 28),
        "tháng 11/2024 – tháng 2/2025",
    ),
    (
        "từ 2019 đến nay",
        "tu 2019 den nay",
        date(2019, 1, 1),
        date(2026, 3, 13),
        "từ năm 2019 đến nay",
    ),
    ("2019 - 2021", "2019 - 2021", date(2019, 1, 1), date(2021, 12, 31), "năm 2019 – năm 2021"),
    (
        "năm 2023 đến nay",
        "nam 2023 den nay",
        date(2023, 1, 1),
        date(2026, 3, 13),
        "từ năm 2023 đến nay",
    ),
    (
        "giữa 2019 và 2021",
        "giua 2019 va 2021",
        date(2019, 1, 1),
        date(2021, 12, 31),
        "năm 2019 – năm 2021",
    ),
    # A span of days in one month; without a year, the latest that has begun.
    ("từ 14 đến 17/4", "tu 14 den 17/4", date(2025, 4, 14), date(2025, 4, 17), "14–17/4/2025"),
    ("14-17/4/2014", "14-17/4/2014", date(2014, 4, 14), date(2014, 4, 17), "14–17/4/2014"),
    (
        "từ ngày 14 đến ngày 17 tháng 4 năm 2014",
        "tu ngay 14 den ngay 17 thang 4 nam 2014",
        date(2014, 4, 14),
        date(2014, 4, 17),
        "14–17/4/2014",
    ),
    (
        "ngày 2 – 5 tháng Ba",
        "ngay 2 - 5 thang ba",
        date(2026, 3, 2),
        date(2026, 3, 5),
        "2–5/3/2026",
    ),
]


@pytest.mark.parametrize(("question", "folded", "start", "end", "label"), QUESTIONS)
def test_question_ranges(question: str, folded: str, start: date, end: date, label: str) -> None:
    for q in (question, folded, unicodedata.normalize("NFD", question), question.upper()):
        r = parse_question_dates(q, TODAY)
        assert r is not None, q
        assert (r.start, r.end, r.label) == (start, end, label), q


def test_question_spans_point_into_the_question() -> None:
    q = "Tô Lâm gặp Putin tháng 5/2025 ở đâu?"
    r = parse_question_dates(q, TODAY)
    assert r is not None and [q[a:b] for a, b in r.spans] == ["tháng 5/2025"]
    nfd = unicodedata.normalize("NFD", "Thủ tướng gặp Mishustin cuối năm 2024")
    r = parse_question_dates(nfd, TODAY)
    assert r is not None and [unicodedata.normalize("NFC", nfd[a:b]) for a, b in r.spans] == [
        "cuối năm 2024"
    ]
    r = parse_question_dates("putin va to lam 2024 va 2025", TODAY)
    assert r is not None and (r.start, r.end) == (date(2024, 1, 1), date(2025, 12, 31))
    assert len(r.spans) == 2


@pytest.mark.parametrize("question", ["tỷ số 2-1", "17-14/4", "tỷ lệ 10-20%", "từ 30 đến 31/4"])
def test_no_span_of_days_where_none_is_written(question: str) -> None:
    # A score, a span written backwards, a percentage, a day April does not have.
    assert parse_question_dates(question, TODAY) is None


def test_day_after_today_goes_to_last_year() -> None:
    r = parse_question_dates("12/12", TODAY)
    assert r is not None and r.start == date(2025, 12, 12)
    r = parse_question_dates("ngày 29/2", TODAY)
    assert r is not None and r.start == date(2024, 2, 29)


NOT_QUESTION_DATES = [
    "Putin 2 lần",
    "5 lĩnh vực hợp tác",
    "cuộc gặp mới nhất",
    "lần gần nhất Tô Lâm gặp Putin",
    "cuộc gặp gần đây nhất",
    "cuoc gap moi nhat",
    "hợp tác dầu khí",
    "quy định về visa",
    "Quỹ 1 tỷ USD",
    "thắng 2-1",
    "8-5",
    "2.5%",
    "gặp 2000 người",
    "tháng 13",
    "ngay 31/4",
    "Putin gặp Tô Lâm khi nào?",
    "",
    "   ",
    "<b>SELECT * FROM meetings;</b>",
]


@pytest.mark.parametrize("question", NOT_QUESTION_DATES)
def test_question_without_dates(question: str) -> None:
    assert parse_question_dates(question, TODAY) is None


def test_oil_is_not_the_start_of_the_year() -> None:
    # "dầu năm 2024" (oil … 2024) must not read as "đầu năm 2024".
    r = parse_question_dates("giá dầu năm 2024", TODAY)
    assert r is not None and (r.start, r.end, r.label) == (
        date(2024, 1, 1),
        date(2024, 12, 31),
        "năm 2024",
    )


def test_where_before_the_year_is_not_the_start_of_the_year() -> None:
    # Typed without marks, "o dau nam 2021" is "ở đâu năm 2021" (where, in 2021).
    for q in ("putin gap phuc o dau nam 2021", "gap tai dau nam 2021", "Ở ĐÂU NĂM 2021"):
        r = parse_question_dates(q, TODAY)
        assert r is not None and (r.start, r.end, r.label) == (
            date(2021, 1, 1),
            date(2021, 12, 31),
            "năm 2021",
        ), q
    # Near misses: "đầu năm" written with its marks, or after another word, is the start.
    for q in ("gặp ở đầu năm 2021", "gap dau nam 2021"):
        r = parse_question_dates(q, TODAY)
        assert r is not None and r.label == "đầu năm 2021", q


def test_next_month_versus_june() -> None:
    r = parse_question_dates("tháng sau", TODAY)
    assert r is not None and r.start == date(2026, 4, 1)
    r = parse_question_dates("tháng sáu", TODAY)
    assert r is not None and r.start == date(2025, 6, 1)


# --------------------------------------------------------------------------- properties

_TOKENS = [
    "ngày ",
    "tháng ",
    "năm ",
    "hôm ",
    "nay",
    "qua",
    "mai",
    "Chiều ",
    "từ ",
    " đến ",
    "quý ",
    "đầu ",
    "/",
    ".",
    "-",
    "–",
    ",",
    " ",
    "(",
    ")",
    "\n",
    "\u00a0",
    "\u3000",
    "\u0301",
    "%",
    "😀",
    "\x00",
    "\x1b",
]
_noise = st.one_of(
    st.text(max_size=4096),
    st.lists(
        st.one_of(st.sampled_from(_TOKENS), st.integers(0, 2100).map(str), st.text(max_size=3)),
        max_size=600,
    ).map(lambda parts: "".join(parts)[:4096]),
)


@settings(max_examples=200, deadline=None)
@given(
    _noise, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
)
def test_find_dates_never_raises(text: str, published: date | None) -> None:
    for m in find_dates(text, published):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        if m.month is not None:
            assert 1 <= m.month <= 12


@settings(max_examples=200, deadline=None)
@given(_noise, st.one_of(st.none(), st.text(max_size=200)))
def test_find_published_never_raises(text: str, url: str | None) -> None:
    found = find_published(text, url)
    assert found is None or found[1] in ("day", "month")


@settings(max_examples=300, deadline=None)
@given(_noise, st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)))
def test_question_ranges_are_ordered(question: str, today: date) -> None:
    r = parse_question_dates(question, today)
    if r is not None:
        assert isinstance(r, DateRange)
        assert r.start <= r.end
        assert r.label
        for a, b in r.spans:
            assert 0 <= a < b <= len(question)


# --------------------------------------------------------------------------- days the text dates


def test_relative_days_count_from_a_day_the_text_dates() -> None:
    text = "Sáng nay, hai Bộ trưởng hội đàm. Ngày mai 19/9, đoàn sẽ thăm Đà Nẵng. Tối qua đoàn đến."
    found = {d.text: (d.year, d.month, d.day) for d in find_dates(text)}
    assert found["Sáng nay"] == (None, 9, 18)
    assert found["Ngày mai 19/9"] == (None, 9, 19)
    assert found["Tối qua"] == (None, 9, 17)


def test_a_dated_today_carries_its_year_and_crosses_months() -> None:
    text = "Hôm nay (1/3/2024), hai bên ký kết văn kiện. Chiều qua, đoàn đã đến Hà Nội."
    found = {d.text: (d.year, d.month, d.day) for d in find_dates(text)}
    assert found["Chiều qua"] == (2024, 2, 29)


def test_without_any_dated_day_relative_days_stay_unknown() -> None:
    assert find_dates("Sáng nay, hai Bộ trưởng đã hội đàm tại Hà Nội.") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("kỷ niệm 30 năm ký Hiệp ước (1994-2024)", (1994, 2024)),
        ("75 năm quan hệ ngoại giao ( 1950 – 2025 )", (1950, 2025)),
    ],
)
def test_bracketed_year_spans(text: str, years: tuple[int, int]) -> None:
    (d,) = find_dates(text)
    assert (d.year, d.end_year, d.month) == (*years, None)


# "thứ Ba tuần trước" in a report published on Thursday 18/4/2019: the Tuesday of the week
# before (9/4), not this week's (16/4); "tuần qua" is read two ways by writers, so no day.
@pytest.mark.parametrize(
    "text,day",
    [
        (
            "Chiều thứ Ba tuần trước, Bộ trưởng Trần Văn Nam đã tiếp ông Igor Petrov.",
            date(2019, 4, 9),
        ),
        ("Hôm Chủ nhật tuần trước, hai bên đã hội đàm.", date(2019, 4, 14)),
        ("Sáng thứ Hai tuần này, Thủ tướng đã tiếp Đại sứ Nga.", date(2019, 4, 15)),
        ("Chiều thứ Ba, Bộ trưởng đã tiếp ông Igor Petrov.", date(2019, 4, 16)),
        ("Chiều thứ Ba tuần qua, Bộ trưởng đã tiếp ông Igor Petrov.", None),
        ("Sáng thứ Sáu tuần tới, Bộ trưởng sẽ tiếp ông Igor Petrov.", None),
    ],
)
def test_a_weekday_of_the_week_named(text: str, day: date | None) -> None:
    found = find_dates(text, date(2019, 4, 18))
    got = [date(d.year, d.month, d.day) for d in found if d.day]
    assert got == ([day] if day else []), found


def test_a_bare_year_to_come_is_no_period() -> None:
    # "tầm nhìn 2030": a target's year; "năm 2030" written out is still asked as a year.
    today = date(2026, 12, 4)
    assert parse_question_dates("tầm nhìn 2030", today) is None
    r = parse_question_dates("năm 2030", today)
    assert r is not None and r.label == "năm 2030"
