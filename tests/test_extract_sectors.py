"""Sectors stated once (issue 9, round 3): one canonical form per sector (sectors.json), the
article's finer wording only where it adds something, ordered by prominence. Short reports
written for these tests."""

from __future__ import annotations

import re
from datetime import date

from store.language.extract import extract_meetings
from store.language.fold import fold
from store.language.lexicon import get_lexicon
from store.language.models import Article, Meeting

TODAY = date(2026, 11, 24)


def main(text: str) -> Meeting:
    found = extract_meetings(
        Article(text=text, source="t.txt", published=date(2025, 9, 12)), today=TODAY
    )
    assert found
    return found[0]


def _form(s: str) -> str:
    return " ".join(sorted(re.sub(r"[-–,]|\bva\b", " ", fold(s)).split()))


LONG = (
    "Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Nga về năng lượng và quốc phòng - an ninh\n\n"
    "Chiều 11/9, tại Moskva, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Nga Mikhail "
    "Mishustin. Hai bên nhất trí tăng cường tin cậy chính trị, thúc đẩy hợp tác an ninh - quốc "
    "phòng, khoa học-công nghệ và khoa học - công nghệ, giáo dục và đào tạo.\n\n"
    "Về năng lượng, hai Thủ tướng hoan nghênh tiến độ dự án nhà máy điện hạt nhân và hợp tác "
    "điện hạt nhân; Nga sẵn sàng mở cửa thị trường cho hàng hóa Việt Nam. Hai bên thúc đẩy "
    "hợp tác trong các lĩnh vực dầu khí, năng lượng tái tạo, đào tạo nhân lực ngành điện và "
    "y tế.\n\n"
    "Thủ tướng Mishustin đánh giá cao hợp tác năng lượng - dầu khí, đặc biệt tại Liên doanh "
    "Vietsovpetro. Hai bên cũng trao đổi về du lịch."
)


def test_each_sector_once_in_its_canonical_form() -> None:
    m = main(LONG)
    lex = get_lexicon()
    forms = [_form(s) for s in m.sectors]
    assert len(forms) == len(set(forms)), m.sectors  # no spacing, hyphen or order variant twice
    for s in m.sectors:
        key = lex.canonical_sector(s)
        # A listed form of a sector is its canonical name: no synonym beside it.
        assert key is None or s == key or key not in m.sectors or _form(s) != _form(key), s
    assert {"quốc phòng", "an ninh", "khoa học - công nghệ", "giáo dục - đào tạo"} <= set(m.sectors)
    assert "điện hạt nhân" in m.sectors and "nhà máy điện hạt nhân" not in m.sectors
    assert not {"an ninh - quốc phòng", "khoa học-công nghệ", "giáo dục và đào tạo"} & set(
        m.sectors
    )


def test_words_that_are_no_sector_are_dropped() -> None:
    m = main(LONG)
    assert not {"tin cậy chính trị", "mở cửa thị trường", "hàng hóa"} & set(m.sectors)
    assert "chính trị - ngoại giao" not in m.sectors  # political trust is no field


AGREED_ACTS = (
    "Chiều 10/4, tại Hà Nội, Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần Quang Bảo hội "
    "đàm với Thứ trưởng Nông nghiệp Nga Arkady Gromov. Hai bên nhất trí tăng số chuyến hàng nông "
    "sản, phối hợp xây dựng lộ trình cụ thể cho thủy sản, coi nông nghiệp là trụ cột hợp tác. "
    "Thứ trưởng Trần Quang Bảo đề nghị đẩy nhanh thủ tục thú y, tìm hiểu cơ hội đầu tư và chế "
    "biến nông sản; trong đó có nuôi trồng thủy sản, đấu tranh phòng, chống buôn lậu và nông "
    "nghiệp công nghệ cao."
)


def test_an_act_or_a_frame_proposed_is_no_field() -> None:
    m = main(AGREED_ACTS)
    # The fields the proposals name stay, as written.
    assert {"chế biến nông sản", "nuôi trồng thủy sản", "nông nghiệp công nghệ cao"} <= set(
        m.sectors
    )
    assert {"nông nghiệp", "thú y", "đấu tranh phòng, chống buôn lậu"} <= set(m.sectors)
    # An act leading the phrase ("tăng", "đẩy nhanh", "tìm hiểu") or a frame ("lộ trình",
    # "cơ hội") makes it no field, and "phòng, chống" is one field, not two halves.
    for noise in ("tăng", "lộ trình", "đẩy nhanh", "tìm hiểu", "cơ hội", "coi"):
        assert all(noise not in s for s in m.sectors), (noise, m.sectors)
    assert "đấu tranh phòng" not in m.sectors


def test_headline_sectors_first_then_by_how_many_sentences_name_them() -> None:
    m = main(LONG)
    head = {"năng lượng", "quốc phòng", "an ninh"}
    assert set(m.sectors[:3]) == head, m.sectors
    rest = [s for s in m.sectors if s not in head]
    assert rest.index("dầu khí") < rest.index("du lịch")  # two sentences against one


def test_finer_wording_stays_beside_the_sector() -> None:
    m = main(
        "Chiều 14/5, tại Moskva, Bộ trưởng Quốc phòng Phan Văn Giang hội đàm với Bộ trưởng "
        "Quốc phòng Nga Andrei Belousov. Hai bên nhất trí đẩy mạnh hợp tác trong các lĩnh vực "
        "đào tạo quân sự, công nghiệp quốc phòng và quân y."
    )
    assert m.sectors[0] == "quốc phòng"
    assert {"đào tạo quân sự", "công nghiệp quốc phòng"} <= set(m.sectors)
    assert m.sectors.count("quốc phòng") == 1


def test_a_tone_never_moves_to_the_next_word() -> None:
    m = main(
        "Chiều 3/4, tại Hà Nội, Tổng Bí thư Tô Lâm đã tiếp Phó Thủ tướng Nga Dmitry "
        "Chernyshenko. Tổng Bí thư đề nghị hai bên tiếp thu ý kiến doanh nghiệp về hợp tác du "
        "lịch."
    )
    assert "nông nghiệp" not in m.sectors and "du lịch" in m.sectors
