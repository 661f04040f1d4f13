"""The compiled lexicon kept on disk behaves like one built from the data files."""

from __future__ import annotations

import os
import pickle
import re
from pathlib import Path

import pytest

from store.language import lexicon as lexicon_module
from store.language.compiled import KEPT_VERSIONS, KeptPattern, kept, word_spans
from store.language.lexicon import Lexicon

TEXT = (
    "Chiều 12/3, tại Mát-xcơ-va, Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga "
    "Mi-su-xtin về hợp tác dầu khí và giáo dục - đào tạo; Tong thong Putin gui dien mung."
)


def test_pattern_pickles_as_code_and_matches_alike() -> None:
    src = r"(?<!\w)(?:pu(?:tin|shkin)|la *vrov)(?!\w)"
    again = pickle.loads(pickle.dumps(KeptPattern(src, re.IGNORECASE)))
    assert again.rx.pattern == src
    assert again.rx.flags & re.IGNORECASE
    text = "Putin gặp La vrov và Pushkin, không phải putinx"
    assert [m.span() for m in again.rx.finditer(text)] == [
        m.span() for m in re.finditer(src, text, re.IGNORECASE)
    ]


def test_cached_lexicon_finds_what_a_fresh_one_finds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    lexicon_module.get_lexicon.cache_clear()
    try:
        first = lexicon_module.get_lexicon()  # built, then written
        assert len(list(tmp_path.glob("lexicon-*.pickle"))) == 1
        lexicon_module.get_lexicon.cache_clear()
        cached = lexicon_module.get_lexicon()  # read back
    finally:
        lexicon_module.get_lexicon.cache_clear()
    fresh = Lexicon.load()
    assert cached is not first
    for find in ("find_people", "find_offices", "find_places", "find_sectors", "find_kinds"):
        assert getattr(cached, find)(TEXT) == getattr(fresh, find)(TEXT), find
    assert cached.holders("ru_president", None) == fresh.holders("ru_president", None)


def test_unreadable_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    (tmp_path / "thing-k1.pickle").write_bytes(b"not a pickle")
    assert kept("thing", "k1", lambda: [1, 2]) == [1, 2]
    assert kept("thing", "k1", lambda: [3]) == [1, 2]  # now written
    assert kept("thing", "k2", lambda: [3]) == [3]  # another key: built beside the first


def test_only_the_newest_versions_stay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Checkouts of different versions share the cache: a few builds stay, older ones go."""
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    for age, key in enumerate(["k5", "k4", "k3", "k2", "k1"], start=1):
        kept("thing", key, lambda k=key: [k])
        os.utime(tmp_path / f"thing-{key}.pickle", (1_000_000 - age, 1_000_000 - age))
    assert kept("thing", "k6", lambda: ["k6"]) == ["k6"]
    names = sorted(p.name for p in tmp_path.glob("thing-*.pickle"))
    assert names == sorted(f"thing-{k}.pickle" for k in ["k6", "k5", "k4", "k3"][:KEPT_VERSIONS])


def test_cached_alias_index_equals_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.language import question_names

    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    question_names.alias_index.cache_clear()
    try:
        question_names.alias_index()  # built, then written
        question_names.alias_index.cache_clear()
        cached = question_names.alias_index()  # read back
    finally:
        question_names.alias_index.cache_clear()
    assert len(list(tmp_path.glob("aliases-*.pickle"))) == 1
    assert cached == question_names._build_alias_index()


def test_kept_regexes_match_as_compiled_ones_and_are_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.language import compiled

    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    monkeypatch.setattr(compiled, "_regex_codes", None)
    monkeypatch.setattr(compiled, "_regex_used", {})
    src = r"(?P<day>\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?|tháng\s+(\d{1,2})"
    text = "Sáng 9/10/2023 và THÁNG 6 năm sau, rồi 1 / 2"
    want = [(m.span(), m.groups(), m.groupdict()) for m in re.finditer(src, text, re.I)]
    first = compiled.kept_regex(src, re.I)
    compiled._save_regexes()
    assert len(list(tmp_path.glob("regexes-*.pickle"))) == 1
    monkeypatch.setattr(compiled, "_regex_codes", None)
    again = compiled.kept_regex(src, re.I)  # from the file: no compiling
    assert compiled._regex_codes and (src, int(re.I)) in compiled._regex_codes
    for rx in (first, again):
        assert [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)] == want
        assert rx.pattern == src and rx.flags & re.I


def test_words_at_a_word_start_in_any_case() -> None:
    from store.language.compiled import word_start_caseless

    fast = re.compile(word_start_caseless("ông", "bà", "đồng chí") + r"\s+(\w+)")
    slow = re.compile(r"(?<!\w)(?i:ông|bà|đồng chí)\s+(\w+)")
    for text in [
        "Ông Lavrov và bà Zakharova tiếp đồng chí Lê",
        "ÔNG A, BÀ B, ĐỒNG CHÍ C, Đồng chí D",
        "xông pha, gặp bàn, lông bà X, _ông Y, 1bà Z",
        "đồng  chí hai dấu cách, đồng chíE",
    ]:
        assert [m.group(1) for m in fast.finditer(text)] == [
            m.group(1) for m in slow.finditer(text)
        ]
    assert [m.group(1) for m in fast.finditer("Ông Lavrov, bà Zakharova")] == [
        "Lavrov",
        "Zakharova",
    ]
    with pytest.raises(ValueError):
        word_start_caseless("in")  # "i" matches "İ" and "ı" too


def test_kept_tables_hold_patterns_read_back_without_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table kept on disk may hold compiled regexes: they come back as code, not source."""
    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    src = r"(?<![a-z0-9])(?:giá xăng|tỷ giá)(?![a-z0-9])"
    built = kept("table", "k1", lambda: {"rx": re.compile(src, re.I), "n": 3})
    compiles: list[str] = []
    real = re._compiler.compile  # type: ignore[attr-defined]

    def counting(p: object, flags: int = 0) -> object:
        compiles.append(str(p))
        return real(p, flags)

    monkeypatch.setattr(re._compiler, "compile", counting)  # type: ignore[attr-defined]
    re.purge()
    again = kept("table", "k1", lambda: pytest.fail("rebuilt although kept"))
    assert compiles == []
    text = "Tỷ giá hôm nay, GIÁ XĂNG tuần này, giá xăngdầu"
    assert (
        [m.span() for m in again["rx"].finditer(text)]
        == [m.span() for m in built["rx"].finditer(text)]
        == [(0, 6), (16, 24)]
    )
    assert again["rx"].flags == built["rx"].flags and again["n"] == 3


def test_question_tables_read_back_answer_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.language import question_words

    monkeypatch.setenv("BRIEFING_CACHE", str(tmp_path))
    questions = [
        "TBT To Lam gap TT Putin",
        "giá xăng tuần này",
        "tình hình giao thông Hà Nội hôm nay",
        "kim ngạch xuất khẩu gạo",
        "viếng lễ tang Tổng Bí thư",
    ]

    def readings() -> list[object]:
        return [
            (
                question_words.expand_abbreviations(q),
                question_words.errand_words(q),
                question_words.figure_words(q),
                question_words.honour_ending(question_words.fold(q)),
                question_words.attended(question_words.fold(q)),
            )
            for q in questions
        ]

    monkeypatch.setattr(question_words, "_DATA", None)
    fresh = readings()  # built, then written
    assert len(list(tmp_path.glob("questions-*.pickle"))) == 1
    monkeypatch.setattr(question_words, "_DATA", None)
    assert readings() == fresh  # read back
    assert fresh[0][0] == "tong bi thu To Lam gap tong thong Putin"
    assert fresh[1][1] and not fresh[0][1]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Oleg Ivanov gặp Oleg Ivanovich, rồi Oleg Ivanov.", "Oleg Ivanov"),
        ("Oleg Ivanov_2 và (Oleg Ivanov)", "Oleg Ivanov"),
        ("aaaa", "aa"),  # overlapping occurrences: each match starts after the last one
        ("a a a", "a a"),
        ("Lê Văn Anh; Lê Văn Anhh; xLê Văn Anh", "Lê Văn Anh"),
        ("", "x"),
        ("ab", ""),
    ],
)
def test_word_spans_are_the_whole_word_regex_spans(text: str, phrase: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]
    assert list(word_spans(text, phrase)) == expected
