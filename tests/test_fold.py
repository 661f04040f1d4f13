"""Folding is what makes accentless questions work; these properties must always hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from store.language.fold import fold, fold_key, words


def test_vietnamese_marks_and_d_are_folded() -> None:
    assert fold("Tổng Bí thư Tô Lâm") == "tong bi thu to lam"
    assert fold("Đà Nẵng") == "da nang"
    assert fold("Mát-xcơ-va") == "mat-xco-va"
    assert fold_key("Thủ tướng Nga, Mikhail Mishustin!") == "thu tuong nga mikhail mishustin"
    assert words("  Hội   đàm ") == ["hoi", "dam"]


def test_nfd_input_folds_like_nfc() -> None:
    import unicodedata

    text = "Chủ tịch nước Lương Cường"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text)


@given(st.text(max_size=300))
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(
    st.text(
        alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ",
        max_size=80,
    )
)
def test_fold_ignores_case_and_marks(text: str) -> None:
    assert fold(text.upper()) == fold(text)
    assert all(ch in "abcdefghijklmnopqrstuvwxyz " for ch in fold(text))


def test_a_text_with_lines_made_blank_is_folded_from_the_kept_fold() -> None:
    from store.language.fold import remember, remember_blanked
    from store.language.related_links import blank_related

    lines = [
        "Hôm nay, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nga tại Hà Nội.",
        "Hai bên trao đổi về hợp tác năng lượng, giáo dục và quốc phòng.",
        "Tin liên quan",
        "Chủ tịch nước tiếp Bộ trưởng Ngoại giao Nga",
        "Việt Nam và Nga ký kết thỏa thuận mới",
        "",
        "Đoàn công tác sẽ làm việc tại Moskva đến hết tuần này.",
    ]
    text = "\n".join(lines) + "\n" + "Đoạn cuối của bài viết dài hơn để văn bản dài. " * 8
    blanked = blank_related(text)
    assert blanked != text and len(blanked) == len(text)
    expected = fold(blanked)
    # The fold kept for the text (marked here by capitals) is what the blanked text's is made
    # of: its lines as they were, the blank ones blank.
    remember(text, fold(text).upper())
    remember_blanked(text, blanked)
    assert fold(blanked) == expected.upper()
    # Folding that changes the text's length ("ß" is "ss") gives nothing to slice: the blanked
    # text is folded as it is.
    grown = text.replace("Hôm nay", "Straße")
    remember(grown, fold(grown).upper())
    remember_blanked(grown, blank_related(grown))
    assert fold(blank_related(grown)) == fold(blank_related(grown)).lower()


def test_long_texts_lose_every_mark_common_or_rare() -> None:
    """Long texts drop Vietnamese marks by ``replace`` before the regex: the same fold as
    stripping every combining character, rarer marks and marks left decomposed included."""
    import unicodedata

    from store.language.fold import _fold_chars

    def reference(text: str) -> str:
        text = text.replace("đ", "d").replace("Đ", "d")
        bare = "".join(
            c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
        )
        return unicodedata.normalize("NFC", bare).casefold().replace("đ", "d")

    for text in [
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nga tại Hà Nội. " * 3,
        "Ва́ся, Йошкар-Ола, Ёлкин " * 4,
        "a\u0340\u0341b c\u0323\u0302d e\u031b\u0309 " * 8,
        "Tiếng Việt" * 8 + "\u0300\u0301",
    ]:
        assert len(text) > 64 and _fold_chars(text) == reference(text)
