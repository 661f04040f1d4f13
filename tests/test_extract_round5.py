"""Classes that gave no meeting or a wrong participant on unseen articles (issue 9, round 5),
on short reports written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.models import Meeting
from tests import extracting
from tests.extracting import names


def meetings(text: str, published: date | None = date(2025, 1, 10)) -> list[Meeting]:
    return extracting.meetings(text, published)


# -------------------------------------------- "thay mặt <office>, <deputy of that office> X"

ON_BEHALF = [
    (
        "Ngày 18/9, tại Hà Nội, thay mặt Chủ tịch nước, Phó Chủ tịch nước Võ Thị Ánh Xuân đã "
        "tiếp Chủ tịch Đảng Cộng sản Liên bang Nga Gennady Andreyevich Zyuganov.",
        ("Võ Thị Ánh Xuân", "VN"),
        ("Gennady Zyuganov", "RU"),
    ),
    (
        "Thay mặt Thủ tướng, Phó Thủ tướng Trần Hồng Hà đã tiếp Thống đốc tỉnh Tula Dmitry "
        "Sergeyevich Milyaev ngày 3/10 tại Hà Nội.",
        ("Trần Hồng Hà", "VN"),
        ("Dmitry Milyaev", "RU"),
    ),
    (
        "Chiều 27/6, thay mặt Chủ tịch Quốc hội, Phó Chủ tịch Quốc hội Lê Minh Tuấn làm việc "
        "với ông Oleg Nikolaevich Sorokin, Chủ tịch Ủy ban Năng lượng của Duma Quốc gia Nga. "
        "Ông Sorokin cảm ơn sự đón tiếp.",
        ("Lê Minh Tuấn", "VN"),
        ("Oleg Sorokin", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), ON_BEHALF)
def test_the_deputy_acting_for_an_office_is_the_host(
    text: str, host: tuple[str, str], guest: tuple[str, str]
) -> None:
    found = meetings(text)
    assert found, "no meeting"
    assert names(found[0]) == {host, guest}
    titles = {p.name: p.title for p in found[0].participants}
    assert titles[host[0]] is not None and titles[host[0]].startswith("Phó")


def test_an_envoy_with_a_double_title_principal_still_represents() -> None:
    found = meetings(
        "Ngày 5/3, Đặc phái viên của Tổng Bí thư, Chủ tịch nước Tô Lâm, Phó Thủ tướng Trần "
        "Hồng Hà đã gặp Tổng thống Nga Vladimir Putin tại Moskva."
    )
    assert found
    assert "Tô Lâm" not in {n for n, _ in names(found[0])}


# ------------------------------------------------------ events and companies are not people

NOT_PEOPLE = [
    "Ngày 4/7, tại Moskva, Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã gặp Bộ "
    "trưởng Thể thao Nga trước thềm World Cup.",
    "Ngày 9/2, Phó Thủ tướng Lê Thành Long hội kiến Phó Thủ tướng Nga trong khuôn khổ Olympic "
    "Sochi.",
    "Ngày 15/8, Bộ trưởng Y tế Đào Hồng Lan làm việc với Phó Bộ trưởng Y tế Nga nhân dịp "
    "Sputnik Light được cấp phép.",
    "Ngày 2/9, Phó Thủ tướng Trần Hồng Hà tiếp Thứ trưởng Năng lượng Nga bên lề Expo Innoprom.",
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_an_event_after_a_title_is_no_participant(text: str) -> None:
    for m in meetings(text):
        for p in m.participants:
            words = set(p.name.split())
            assert not words & {"World", "Cup", "Olympic", "Sochi", "Sputnik", "Light", "Expo"}
            assert p.title is None or not any(
                w in p.title for w in ("trước thềm", "khuôn khổ", "nhân dịp", "bên lề")
            )


NAMED_AFTER_TITLE = [
    (
        "Ngày 4/7, tại Moskva, Bộ trưởng Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng đã gặp Bộ "
        "trưởng Thể thao Nga Mikhail Valentinovich Degtyarev trước thềm Spartakiad.",
        ("Mikhail Degtyarev", "RU"),
    ),
    (
        "Ngày 2/9, Phó Thủ tướng Trần Hồng Hà tiếp Phó Tổng Giám đốc Tập đoàn Rosatom Nikolai "
        "Andreyevich Spassky bên lề Diễn đàn Atomexpo.",
        ("Nikolai Spassky", "RU"),
    ),
    (
        "Ngày 2/9, Phó Thủ tướng Bùi Thanh Sơn hội kiến Chủ tịch Gazprom Neft Alexander "
        "Valeryevich Dyukov nhân dịp Diễn đàn Kinh tế Phương Đông.",
        ("Alexander Dyukov", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "guest"), NAMED_AFTER_TITLE)
def test_the_person_after_a_title_before_an_occasion(text: str, guest: tuple[str, str]) -> None:
    found = meetings(text)
    assert found
    assert guest in names(found[0])
    assert len(found[0].participants) == 2


# ---------------------------------------------------------- "… ở (thủ đô|thành phố) City"

VENUE_IN_CITY = [
    (
        "Ngày 11/3, tại trụ sở Hội đồng Liên bang ở thủ đô Moskva, Phó Chủ tịch Quốc hội Nguyễn "
        "Đức Hải hội đàm với Phó Chủ tịch Hội đồng Liên bang Nga Nikolai Zhuravlev.",
        "Moskva",
    ),
    (
        "Ngày 20/5, tại tòa nhà Chính phủ Liên bang Nga ở thủ đô Moskva, Phó Thủ tướng Lê Thành "
        "Long hội đàm với Phó Thủ tướng Nga Dmitry Chernyshenko.",
        "Moskva",
    ),
    (
        "Ngày 14/8, tại trụ sở Chính quyền tỉnh Sverdlovsk ở thành phố Yekaterinburg, Đại sứ Đặng "
        "Minh Khôi làm việc với Thống đốc tỉnh Sverdlovsk Denis Vladimirovich Pasler.",
        "Yekaterinburg",
    ),
    (
        "Sáng 22/10 (giờ Moskva), Thứ trưởng Ngoại giao Đỗ Hùng Việt đã hội đàm với Thứ trưởng "
        "Ngoại giao Nga Andrei Rudenko.",
        "Moskva",
    ),
]


@pytest.mark.parametrize(("text", "place"), VENUE_IN_CITY)
def test_the_city_of_a_venue_or_the_capital_clock(text: str, place: str) -> None:
    found = meetings(text)
    assert found
    assert found[0].place == place


def test_the_capital_clock_does_not_place_a_governor_in_moskva() -> None:
    found = meetings(
        "Chiều 17/4 (giờ Moskva), Đại sứ Đặng Minh Khôi làm việc với Thống đốc tỉnh Tula "
        "Dmitry Milyaev."
    )
    assert found
    assert found[0].place is None


# ------------------------------------------- Russian officials the people data does not hold

UNKNOWN_RUSSIANS = [
    (
        "Sáng 19/3, Phó Thủ tướng Lê Thành Long tiếp Tỉnh trưởng tỉnh Kursk Roman Vladimirovich "
        "Starovoit tại trụ sở Chính phủ.",
        ("Lê Thành Long", "VN"),
        ("Roman Starovoit", "RU"),
    ),
    (
        "Ngày 8/10, Bí thư Tỉnh ủy Bình Định Nghiêm Văn Toàn tiếp Thống đốc tỉnh Orenburg Yevgeny "
        "Sergeyevich Solntsev cùng đoàn công tác.",
        ("Nghiêm Văn Toàn", "VN"),
        ("Yevgeny Solntsev", "RU"),
    ),
    (
        "Chiều 30/5, Chủ tịch UBND TP Cần Thơ Trần Việt Trường tiếp Thị trưởng thành phố Perm "
        "Eduard Olegovich Sosnin.",
        ("Trần Việt Trường", "VN"),
        ("Eduard Sosnin", "RU"),
    ),
    (
        "Ngày 2/12, tại Hà Nội, Trưởng Ban Đối ngoại Trung ương Lê Hoài Trung làm việc với ông "
        "Yuri Alexandrovich Afonin, Phó Chủ tịch Đảng Cộng sản Liên bang Nga. Ông Afonin khẳng "
        "định Đảng coi trọng quan hệ với Đảng Cộng sản Việt Nam.",
        ("Lê Hoài Trung", "VN"),
        ("Yuri Afonin", "RU"),
    ),
]


@pytest.mark.parametrize(("text", "host", "guest"), UNKNOWN_RUSSIANS)
def test_an_official_the_data_lacks_is_a_participant(
    text: str, host: tuple[str, str], guest: tuple[str, str]
) -> None:
    found = meetings(text)
    assert found, "no meeting"
    assert names(found[0]) == {host, guest}


def test_marketing_is_still_no_reception() -> None:
    assert meetings("Ngày 5/6, Bộ trưởng Công Thương Nguyễn Hồng Diên tiếp thị trường Nga.") == []


def test_an_honorific_after_a_comma_is_no_part_of_the_title() -> None:
    found = meetings(
        "Ngày 6/11, Phó Thủ tướng Trần Hồng Hà tiếp Giám đốc điều hành Quỹ RDIF, ông Kirill "
        "Dmitriev, nhân dịp Diễn đàn Đầu tư."
    )
    assert found
    titles = {p.name: p.title for p in found[0].participants}
    assert titles["Kirill Dmitriev"] == "Giám đốc điều hành Quỹ RDIF"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Phó Thủ tướng tiếp Thị trưởng thành phố Omsk", ["tiếp"]),
        ("BỘ TRƯỞNG CÔNG THƯƠNG TIẾP TỤC THÚC ĐẨY HỢP TÁC VỚI NGA", []),
        ("Doanh nghiệp Nga tiếp thị sản phẩm tại Đà Nẵng", []),
    ],
)
def test_a_capital_inside_a_blocking_phrase_starts_a_title(text: str, kinds: list[str]) -> None:
    from store.language.lexicon import get_lexicon

    assert [m.key for m in get_lexicon().find_kinds(text)] == kinds
