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
