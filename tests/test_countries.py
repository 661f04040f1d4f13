"""Country names are matched as written: ordinary words that fold to one never count."""

from store.language.countries import (
    BILATERAL,
    country_in,
    country_name,
    find_countries,
    flag,
    folded_names,
    is_country_name,
)


def test_names_with_marks_and_capitals() -> None:
    assert country_in("Ngoại trưởng Ấn Độ Subrahmanyam Jaishankar") == "IN"
    assert country_in("Chủ tịch nước thăm chính thức Liên bang Nga") == "RU"
    assert country_in("HỢP TÁC VIỆT NAM - NGA") == "RU"  # the last name wins
    assert [c for _, c in find_countries("Việt Nam và Nhật Bản")] == ["VN", "JP"]


def test_ordinary_words_are_not_countries() -> None:
    assert country_in("Tổng Bí thư bắt tay Thủ tướng. (Ảnh: TTXVN)") is None
    assert country_in("Đoàn đi qua ngã ba, anh em cùng dự") is None


def test_is_country_name_ignores_marks_and_case() -> None:
    assert is_country_name("an do") and is_country_name("LIÊN BANG NGA")
    assert not is_country_name("Gennady Bezdetko")


def test_names_and_flags_come_from_the_one_country_list() -> None:
    assert country_name("RU") == "Nga" and country_name("KR") == "Hàn Quốc"
    assert country_name("XX") is None and country_name(None) is None
    assert flag("VN") == "🇻🇳" and flag("RU") == "🇷🇺" and flag("") == "" and flag("?") == ""
    words = folded_names(BILATERAL)
    assert words["lien bang nga"] == "RU" and words["viet nam"] == "VN"
    assert "han quoc" not in words
