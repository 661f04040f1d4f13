"""What the bot answers, and what it does not: off-topic questions, small talk, other
countries, words it does not know.

A question is answered with meetings only when something it names is in the store; the
rest gets a short reply saying what the bot covers, never an unrelated meeting.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.fold import fold
from store.language.query import understand
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

TODAY = date(2026, 12, 1)
ASK_ARTICLES = Path(__file__).resolve().parent / "ask_articles"

# Everyday questions a Telegram user may send to any bot: exchange rates, fuel and gold
# prices, lottery, weather, scholarships, football, recipes, traffic, health, celebrities,
# other countries' politics, shopping, admin chores, English, keyboard noise.
OFF_TOPIC = [
    "tỷ giá đô la hôm nay",
    "ty gia usd vietcombank",
    "giá xăng tuần này",
    "gia xang ron 95 hom nay",
    "giá vàng SJC hôm nay",
    "giá vàng nhẫn tăng hay giảm",
    "kết quả xổ số miền Bắc",
    "ket qua xo so mien nam thu 7",
    "xổ số Vietlott Power 6/55",
    "thời tiết Đà Nẵng",
    "thoi tiet ha noi ngay mai",
    "thời tiết Sài Gòn cuối tuần có mưa không",
    "dự báo bão số 3",
    "nhiệt độ Hà Nội hôm nay",
    "học bổng du học Nhật",
    "hoc bong du hoc han quoc 2025",
    "học bổng thạc sĩ Úc",
    "du học Mỹ cần bao nhiêu tiền",
    "lịch thi đấu bóng đá Việt Nam",
    "đội tuyển Việt Nam đá với Thái Lan",
    "ket qua bong da ngoai hang anh",
    "Messi ghi bao nhiêu bàn",
    "Ronaldo chuyển sang câu lạc bộ nào",
    "công thức nấu phở bò",
    "cach lam banh xeo",
    "món ăn ngon ở Hà Nội",
    "cách nấu canh chua cá lóc",
    "tắc đường ở Hà Nội giờ cao điểm",
    "kẹt xe Sài Gòn",
    "đường Nguyễn Trãi có bị ngập không",
    "giá vé máy bay đi Đà Nẵng",
    "bệnh viện nào khám tim tốt nhất",
    "triệu chứng sốt xuất huyết",
    "cách giảm cân nhanh",
    "thuốc hạ sốt cho trẻ em",
    "ca sĩ Mỹ Tâm",
    "Sơn Tùng MTP ra bài hát mới",
    "phim Mai của Trấn Thành",
    "hoa hậu Việt Nam 2024 là ai",
    "bầu cử tổng thống Mỹ",
    "Trump và Biden tranh luận",
    "Thủ tướng Nhật Bản từ chức",
    "Tổng thống Pháp Macron thăm Trung Quốc",
    "Thủ tướng Anh mới là ai",
    "bầu cử Quốc hội Đức",
    "giá iPhone 16",
    "Samsung Galaxy S24 giá bao nhiêu",
    "cách cài Telegram trên máy tính",
    "lãi suất ngân hàng nào cao nhất",
    "vay mua nhà trả góp",
    "giá cổ phiếu VNM",
    "chứng khoán hôm nay",
    "giá nhà chung cư Hà Nội",
    "thuê căn hộ quận 7",
    "điểm chuẩn đại học Bách khoa",
    "lịch nghỉ Tết 2026",
    "tết âm lịch năm nay vào ngày nào",
    "lịch âm hôm nay",
    "xem tuổi vợ chồng",
    "cung hoàng đạo tháng 5",
    "mã bưu điện Hà Nội",
    "số điện thoại cấp cứu",
    "cách làm căn cước công dân",
    "thủ tục đổi bằng lái xe",
    "giờ mở cửa bưu điện",
    "tuyển dụng kế toán Hà Nội",
    "việc làm thêm cho sinh viên",
    "lương tối thiểu vùng 2025",
    "giá cà phê hôm nay",
    "giá lợn hơi",
    "giá nhà ở Moskva",
    "gia nha o moskva bao nhieu",
    "giá cả ở Sankt Peterburg",
    "cấp cứu ở Đà Nẵng",
    "dự báo bão ở TP Hồ Chí Minh",
    "du bao bao o vladivostok",
    "giá gạo xuất khẩu",
    "dự báo thời tiết Moskva",
    "nhiệt độ ở Nga mùa đông",
    "mua vé xem bóng đá",
    "khách sạn gần hồ Gươm",
    "quán cà phê đẹp ở Đà Lạt",
    "tour du lịch Phú Quốc giá rẻ",
    "chó mèo bị ốm",
    "cách trồng hoa hồng",
    "mẹo học tiếng Anh",
    "dịch từ hello sang tiếng Việt",
    "what is the weather today",
    "how much is a flight to Moscow",
    "best restaurants in Hanoi",
    "bitcoin price now",
    "python list comprehension",
    "asdfghjkl",
    "qwerty uiop",
    "123456789",
    "!!!???",
    "hahaha",
    "ok",
    "lol",
    "Apple ra mắt sản phẩm mới",
    "Elon Musk mua Twitter",
    "Tesla giá bao nhiêu",
    "Google Maps chỉ đường",
    "động đất ở Nhật Bản",
    "cháy rừng ở Úc",
    "Chiến sự Israel và Hamas",
    "Hàn Quốc thiết quân luật",
    "Triều Tiên phóng tên lửa",
    "Ấn Độ phóng tàu vũ trụ",
    "Trung Quốc và Mỹ đàm phán thương mại",
    "Thủ tướng Ấn Độ Modi thăm Mỹ",
    "giá điện sinh hoạt tăng",
    "hóa đơn tiền nước",
    "tiền điện tháng này",
    "cách nộp thuế thu nhập cá nhân",
    "bảo hiểm xã hội một lần",
    "kết quả thi THPT quốc gia",
    "sách hay nên đọc",
    "truyện Kiều của Nguyễn Du",
    "nhạc Trịnh Công Sơn",
    "lịch chiếu phim CGV",
    "giải Oscar 2025",
    "World Cup 2026 tổ chức ở đâu",
    "SEA Games 33",
    "tin tức showbiz",
    "ngân hàng Vietcombank mở cửa mấy giờ",
]


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ASK_ARTICLES]))
    return seeded_store


def test_off_topic_suite_is_large_and_varied() -> None:
    assert len(set(OFF_TOPIC)) >= 100


async def test_off_topic_questions_get_no_meeting(store: Store) -> None:
    wrong = []
    for question in OFF_TOPIC:
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            if r.results or r.total:
                wrong.append(f"{typed!r}: {r.answer.splitlines()[0]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize(
    "question",
    ["thời tiết Đà Nẵng", "giá xăng tuần này", "tỷ giá đô la", "kết quả xổ số miền Bắc"],
)
async def test_off_topic_reply_says_what_the_bot_covers(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results
    assert "Việt Nam – Nga" in r.answer
    assert r.answer.count("«") >= 2  # the words not covered, and questions to try


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("xin chào", "greeting"),
        ("Chào bot!", "greeting"),
        ("cảm ơn", "thanks"),
        ("cam on ban nhieu nhe", "thanks"),
        ("bạn là ai?", "identity"),
        ("ban la ai", "identity"),
        ("giúp gì được?", "help"),
        ("bạn làm được gì", "help"),
        ("tạm biệt", "bye"),
    ],
)
async def test_small_talk_gets_a_short_friendly_reply(
    store: Store, question: str, kind: str
) -> None:
    assert understand(question, TODAY).chat == kind
    r = await ask(store, question, today=TODAY)
    assert not r.results
    assert len(r.answer) < 400
    assert r.answer.count("«") == 2  # two example questions
    for example in r.suggestions:
        tried = await ask(store, example, today=TODAY)
        assert tried.results, example  # the examples it offers do find meetings


@pytest.mark.parametrize("question", ["Tô Lâm gặp Putin, cảm ơn", "xin chào Putin"])
def test_a_question_with_a_greeting_is_still_a_question(question: str) -> None:
    assert understand(question, TODAY).chat is None


@pytest.mark.parametrize("question", ["Nga", "nga", "Việt Nam", "viet nam", "Liên bang Nga"])
async def test_a_bare_country_lists_the_latest_meetings(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert len(r.results) >= 2
    days = [m.date for m in r.results if m.date]
    assert days == sorted(days, reverse=True)


@pytest.mark.parametrize(
    "question",
    [
        "Lavrov thăm Hàn Quốc",
        "lavrov tham han quoc",
        "Putin gặp lãnh đạo Ấn Độ",
        "hợp tác vũ trụ với Ấn Độ",
        "Tổng thống Pháp gặp Tô Lâm",
        "Tô Lâm gặp Tổng thống Mỹ",
        "Thủ tướng Nhật Bản thăm Việt Nam",
        "Tập Cận Bình gặp Putin",
        "Tô Lâm gặp Biden",
    ],
)
async def test_another_pair_of_countries_is_not_answered(store: Store, question: str) -> None:
    r = await ask(store, question, today=TODAY)
    assert not r.results
    assert "Việt Nam – Nga" in r.answer


async def test_a_place_in_a_third_country_is_still_a_place(store: Store) -> None:
    """ "ở Trung Quốc" is where the meeting was; Vietnam–Russia meetings were held there."""
    r = await ask(store, "Võ Văn Thưởng gặp Putin ở Trung Quốc", today=TODAY)
    q = understand("Võ Văn Thưởng gặp Putin ở Trung Quốc", TODAY)
    assert q.countries == ["CN"] and not q.foreign
    for m in r.results:
        assert m.place in ("Bắc Kinh", "Thiên Tân")


async def test_a_country_discussed_is_a_topic_not_a_side(store: Store) -> None:
    q = understand("Tô Lâm và Putin bàn về Ukraine", TODAY)
    assert not q.foreign
    r = await ask(store, "Tô Lâm và Putin bàn về Ukraine", today=TODAY)
    assert r.results


@pytest.mark.parametrize(
    ("question", "unknown"),
    [
        ("Tô Lâm gặp Xylotrov", ["Xylotrov"]),
        ("to lam gap xylotrov", ["xylotrov"]),
        ("Lê Văn Tám gặp Putin", ["Lê Văn Tám"]),
        ("hello world, Putin gặp ai?", []),
        ("asdfghjkl qwerty Putin", []),
        ("<b>Putin</b> gặp ai", []),
        ("what is the weather, Putin?", []),
    ],
)
def test_only_name_shaped_words_are_unknown_names(question: str, unknown: list[str]) -> None:
    assert understand(question, TODAY).unknown_names == unknown


def test_at_most_three_unknown_names_are_reported() -> None:
    q = understand("Tô Lâm gặp Abakov, Bekirov, Cemalov, Dorinski và Efremko", TODAY)
    assert q.unknown_names == ["Abakov", "Bekirov", "Cemalov"]


async def test_unknown_names_are_reported_as_typed(store: Store) -> None:
    r = await ask(store, "Lê Văn Tám gặp Putin khi nào", today=TODAY)
    assert not r.results
    assert "«Lê Văn Tám»" in r.answer
