"""Round 44 of reading questions: what a question asks, read without a store."""

from __future__ import annotations

from datetime import date

import pytest

from store.language.foreign_question import understand_in
from store.language.query import understand

TODAY = date(2026, 12, 7)


def _people(question: str) -> list[tuple[str, list[tuple[str, date | None, date | None]]]]:
    q = understand(question, TODAY)
    return [(g.label, [(a.name, a.start, a.end) for a in g.alternatives]) for g in q.groups]


def test_titles_listed_with_a_comma_are_one_person_who_held_both() -> None:
    # "Tổng Bí thư hội kiến Thủ tướng, Chủ tịch Đảng Nước Nga Thống nhất" (a headline, the
    # name left out): one Russian who was Prime Minister and the party's chairman at once,
    # within the days he held both — not a third person, a Prime Minister of either side.
    groups = _people("Tổng Bí thư hội kiến Thủ tướng, Chủ tịch Đảng Nước Nga Thống nhất")
    assert [label for label, _ in groups] == [
        "Tổng Bí thư",
        "Thủ tướng, Chủ tịch Đảng Nước Nga Thống nhất",
    ], groups
    held = {name: (start, end) for name, start, end in groups[1][1]}
    assert set(held) == {"Vladimir Putin", "Dmitry Medvedev"}, groups
    start, end = held["Dmitry Medvedev"]
    assert start is not None and start.year == 2012 and end is not None and end.year == 2020


@pytest.mark.parametrize(
    "question", ["Chủ tịch nước, Tổng Bí thư gặp Putin", "tong bi thu, chu tich nuoc gap putin"]
)
def test_two_vietnamese_titles_listed_are_their_holder_while_he_held_both(question: str) -> None:
    groups = dict(_people(question))
    both = next(v for k, v in groups.items() if "," in k)
    assert {name for name, _s, _e in both} == {"Nguyễn Phú Trọng", "Tô Lâm"}, groups
    for name, start, end in both:
        # Trọng: 2018-2021 (President while General Secretary); Tô Lâm: from August 2024.
        assert start is not None and start.year in (2018, 2024, 2026), (name, start, end)


def test_titles_no_one_held_together_stay_two_people() -> None:
    # Near miss: a Prime Minister and a National Assembly chairman listed are two.
    labels = [label for label, _ in _people("Thủ tướng, Chủ tịch Quốc hội gặp Putin")]
    assert labels == ["Vladimir Putin", "Thủ tướng", "Chủ tịch Quốc hội"], labels


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("ban doi ngoai trung uong lam viec dang nuoc nga thong nhat", "ban doi ngoai tw"),
        ("Ban Tuyên giáo TW tiếp đoàn Nga", "ban tuyen giao trung uong"),
        ("Ban Tổ chức Trung ương Đảng làm việc với Nga", "ban to chuc trung uong"),
    ],
)
def test_a_central_party_commission_is_an_institution_asked(question: str, form: str) -> None:
    # The Party's central commissions, written in full or with "TW"/"TƯ": one institution
    # whose name a meeting's text must hold in any of its forms.
    q = understand(question, TODAY)
    assert any(form in group for group in q.agencies), q.agencies


@pytest.mark.parametrize(
    "question",
    [
        "Belousov gặp Phan Văn Giang trong chuyến thăm của Tổng thống Putin tới Hà Nội",
        "Lavrov gặp ai trong chuyến thăm Việt Nam của Putin năm 2024",
        "lavrov gap ai khi putin tham viet nam",
        "nhân dịp Putin sang thăm Việt Nam, Lavrov gặp ai",
    ],
)
def test_a_visitor_named_as_the_occasion_need_not_be_met(question: str) -> None:
    # The visit is when they met: its visitor is named (the search may do without him) and
    # its "thăm" is no kind asked of the meeting.
    q = understand(question, TODAY)
    assert q.carried == ["Vladimir Putin"], (q.carried, [g.label for g in q.groups])
    assert "thăm" not in q.kinds, q.kinds


@pytest.mark.parametrize(
    "question", ["Putin thăm Việt Nam năm 2024", "Tô Lâm gặp Putin khi thăm Nga"]
)
def test_a_visit_asked_is_still_a_visit(question: str) -> None:
    # Near miss: the visitor is all that is asked, or the visit is the asked one's own.
    q = understand(question, TODAY)
    assert q.carried == [] and "thăm" in q.kinds, (q.carried, q.kinds)


@pytest.mark.parametrize(
    "question",
    [
        "xuất khẩu thủy sản, trái cây sang Nga Lê Minh Hoan",
        "xuat khau rau qua, thuy san sang Nga",
    ],
)
def test_goods_sent_to_a_country_name_no_meeting_place(question: str) -> None:
    # "xuất khẩu thủy sản, trái cây sang Nga": where the goods go (a list of them before it),
    # not where a meeting was; fruit and seafood are farming asked.
    q = understand(question, TODAY)
    assert q.countries == [], q.countries
    assert "nông nghiệp" in q.sectors, q.sectors


def test_a_visit_to_a_country_is_still_where_it_went() -> None:
    # Near miss: "thăm Nga" is a visit there.
    assert understand("Lê Minh Hoan thăm Nga", TODAY).countries == ["RU"]


def test_the_defender_of_the_fatherland_day_is_an_occasion_s_day() -> None:
    # "nhân Ngày Người bảo vệ Tổ quốc năm 2023": 23 February and the days before it, when
    # the calls for it come; in English it is the same day, never an unknown name.
    q = understand(
        "Nguyễn Tân Cương tiếp Đại sứ Bezdetko nhân Ngày Người bảo vệ Tổ quốc năm 2023", TODAY
    )
    assert q.date_to == date(2023, 2, 23) and q.date_from is not None, q.date_label
    en, _ = understand_in(
        "Nguyen Tan Cuong receives Ambassador Bezdetko on Defender of the Fatherland Day 2023",
        TODAY,
        "en",
    )
    assert en.date_to == date(2023, 2, 23) and not en.unknown_names, (
        en.date_label,
        en.unknown_names,
    )


def test_a_meeting_on_the_sidelines_of_a_visit_has_the_visitor_as_its_occasion() -> None:
    # "bên lề chuyến thăm Nga của Chủ tịch nước": the President's visit is when they met.
    q = understand(
        "Bùi Thanh Sơn gặp Lavrov bên lề chuyến thăm Nga của Chủ tịch nước năm 2021", TODAY
    )
    assert q.carried == ["Chủ tịch nước"], (q.carried, [g.label for g in q.groups])
    assert "thăm" not in q.kinds and q.countries == [], (q.kinds, q.countries)
