"""Extraction on short reports written for the tests: who met, where, when, the kind, and whole
reports in several outlets' styles (cases and their expectations: tests/report_cases.py)."""

from __future__ import annotations

from typing import Any

import pytest

from store.language.lexicon import get_lexicon
from store.language.models import Meeting
from tests import extracting
from tests.extracting import names
from tests.report_cases import CASES

# Expectations on the report's lead meeting (the first one).
_ON_LEAD = {
    "names",
    "has",
    "lacks",
    "side_ru",
    "date",
    "dated",
    "place",
    "place_in",
    "kind",
    "count",
    "countries",
    "titles",
    "title_prefix",
    "title_not",
    "title_lacks",
    "no_title",
    "sectors_has",
}
# Expectations on every meeting the report gives.
_ON_ALL = {
    "found",
    "nobody",
    "no_name_words",
    "no_title_words",
    "no_meeting_on",
    "meetings",
    "no_meeting_with",
}


def test_every_case_says_what_it_expects() -> None:
    for case in CASES:
        keys = set(case) - {"id", "text", "published"}
        assert keys, case["id"]
        assert keys <= _ON_LEAD | _ON_ALL, (case["id"], keys - _ON_LEAD - _ON_ALL)


def _check_all(case: dict[str, Any], found: list[Meeting]) -> None:
    if case.get("found") is False:
        assert found == []
    people = [p for m in found for p in m.participants]
    for name in case.get("nobody", ()):
        assert name not in {p.name for p in people}
    for p in people:
        assert not set(p.name.split()) & set(case.get("no_name_words", ()))
        assert p.title is None or not any(w in p.title for w in case.get("no_title_words", ()))
    if "no_meeting_on" in case:
        day = case["no_meeting_on"]
        assert not any(m.date == day and len(m.participants) > 1 for m in found)
    if "meetings" in case:
        assert len(found) == case["meetings"]
    for pair in case.get("no_meeting_with", ()):
        assert not any(set(pair) <= {p.name for p in m.participants} for m in found), pair


def _check_lead(case: dict[str, Any], m: Meeting) -> None:
    who = names(m)
    titles = {p.name: p.title for p in m.participants}
    if "names" in case:
        assert who == set(case["names"])
    assert set(case.get("has", ())) <= who
    for name in case.get("lacks", ()):
        assert name not in {n for n, _ in who}
    if "side_ru" in case:
        assert {n for n, c in who if c == "RU"} == set(case["side_ru"])
    if "date" in case:
        assert m.date == case["date"]
    if case.get("dated"):
        assert m.date is not None
    if "place" in case:
        assert m.place == case["place"]
    if "place_in" in case:
        assert m.place in case["place_in"]
    if "kind" in case:
        assert m.kind == case["kind"]
    if "count" in case:
        assert len(m.participants) == case["count"]
    if "countries" in case:
        assert {p.country for p in m.participants} == set(case["countries"])
    for name, title in case.get("titles", {}).items():
        assert titles[name] == title
    for name, head in case.get("title_prefix", {}).items():
        assert titles[name] is not None and titles[name].startswith(head)
    for name, title in case.get("title_not", {}).items():
        assert titles[name] != title
    for name, part in case.get("title_lacks", {}).items():
        assert part not in (titles[name] or "")
    if "no_title" in case:
        assert all(p.title != case["no_title"] for p in m.participants)
    assert set(case.get("sectors_has", ())) <= set(m.sectors)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_report(case: dict[str, Any]) -> None:
    found = extracting.meetings(case["text"], case["published"])
    _check_all(case, found)
    if set(case) & _ON_LEAD:
        assert found, "no meeting"
        _check_lead(case, found[0])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Phó Thủ tướng tiếp Thị trưởng thành phố Omsk", ["tiếp"]),
        ("BỘ TRƯỞNG CÔNG THƯƠNG TIẾP TỤC THÚC ĐẨY HỢP TÁC VỚI NGA", []),
        ("Doanh nghiệp Nga tiếp thị sản phẩm tại Đà Nẵng", []),
        ("Tổng Thư ký kết thúc chuyến thăm và ký kết Bản ghi nhớ", ["thăm", "ký kết"]),
        ("Người dân đăng ký kết hôn tại Hà Nội", []),
    ],
)
def test_a_capital_inside_a_blocking_phrase_starts_a_title(text: str, kinds: list[str]) -> None:
    assert [m.key for m in get_lexicon().find_kinds(text)] == kinds
