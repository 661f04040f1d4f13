"""How an article's sentences are read for a question: which are a page's chrome, which
sectors a sentence names, and how much an article is about the asked sector."""

from __future__ import annotations

import random

from store.language import passages
from store.storage.search import sector_set, sector_terms

FILLER = ["hai", "ben", "hop", "tac", "va", "cac", "linh", "vuc", "nga", "viet", "nam", "an"]


def test_sector_names_are_found_word_by_word_as_the_regex_finds_them() -> None:
    # The word walk replaced one regex over every sector name (five times slower): at each
    # word the longest name starting there, names overlapping ("an ninh năng lượng").
    keys = list(passages._sector_keys())
    rnd = random.Random(7)
    for _ in range(3000):
        words: list[str] = []
        for _ in range(rnd.randint(1, 8)):
            words += rnd.choice(keys).split() if rnd.random() < 0.5 else [rnd.choice(FILLER)]
        folded = " " + " ".join(words) + " "
        assert passages._sectors_in(folded) == passages._sectors_by_regex(folded), folded
    # Not a sentence as parsing folds it: the regex reads it as before.
    assert passages._sectors_in("dau khi  va y te") == passages._sectors_by_regex(
        "dau khi  va y te"
    )


def _focus(text: str, sector: str) -> float:
    return passages.focus(passages.parse(text), sector_terms([sector]), sector_set([sector]))


def test_an_article_naming_the_sector_alone_is_more_about_it_than_one_listing_many() -> None:
    alone = (
        "Hai bên thúc đẩy hợp tác dầu khí\n\n"
        "Chiều 3/4/2025, tại Hà Nội, hai bên đã trao đổi về hợp tác dầu khí trên thềm lục địa."
    )
    listed = (
        "Hai bên thúc đẩy hợp tác nhiều mặt\n\n"
        "Chiều 3/4/2025, tại Hà Nội, hai bên đã trao đổi về hợp tác dầu khí, y tế, giáo dục, "
        "quốc phòng và du lịch giữa hai nước."
    )
    elsewhere = (
        "Hai bên thúc đẩy hợp tác giáo dục\n\n"
        "Chiều 3/4/2025, tại Hà Nội, hai bên đã trao đổi về việc đào tạo sinh viên ngành y."
    )
    assert _focus(alone, "dầu khí") > _focus(listed, "dầu khí") > _focus(elsewhere, "dầu khí") == 0


def test_a_sites_menu_and_a_run_of_tags_are_not_sentences() -> None:
    text = (
        "Thời sự  Thế giới  Kinh doanh  Giải trí  Thể thao.\n\n"
        "Trang chủ | Chính trị | Đối ngoại | Quốc phòng | Video.\n\n"
        "Nga Việt Nam Hợp Tác Dầu Khí Năng Lượng Thủ Tướng.\n\n"
        "Chiều 3/4/2025, tại Hà Nội, Thủ tướng Phạm Minh Chính đã tiếp Phó Thủ tướng Nga "
        "Dmitry Chernyshenko sang thăm và làm việc tại Việt Nam."
    )
    sentences = passages.parse(text).sentences
    assert len(sentences) == 1 and sentences[0].startswith("Chiều 3/4/2025")
