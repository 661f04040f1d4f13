"""Meetings stored without a place are in a country by their kind and who is named first
(a visit goes to the other side, a reception is held at the host's): read on the meeting's
row, they are the meetings the facets of their kinds gave."""

from __future__ import annotations

import pytest

from store.language.models import Meeting, Participant
from store.services.answer import ask
from store.storage import search
from store.storage.db import Store
from tests.test_ask import TODAY, _fill


def _meeting(mid: str, kind: str, first: tuple[str, str, str], place: str | None = None) -> Meeting:
    name, title, country = first
    host = Participant(name="Nguyễn Văn Hòa", title="Vụ trưởng Bộ Ngoại giao", country="VN")
    return Meeting(
        id=mid,
        date="2024-05-14",
        place=place,
        kind=kind,
        participants=[Participant(name=name, title=title, country=country), host],
        summary=f"{title} {name} {kind}.",
        key_points=["Hai bên trao đổi về hợp tác giáo dục."],
    )


LAO = ("Bounmy Phommachanh", "Thứ trưởng Bộ Ngoại giao Lào", "LA")
RUS = ("Pavel Sorokin", "Thứ trưởng Bộ Năng lượng Nga", "RU")
VIE = ("Trần Quang Minh", "Thứ trưởng Bộ Công Thương", "VN")
MEETINGS = [
    _meeting("lao-visit", "thăm", LAO),  # a third country's visit: to Nga and to Việt Nam
    _meeting("rus-visit", "thăm", RUS),  # to Việt Nam
    _meeting("vie-visit", "thăm", VIE),  # to Nga
    _meeting("rus-host", "tiếp", RUS),  # in Nga
    _meeting("vie-host", "tiếp", VIE),  # in Việt Nam
    _meeting("rus-talks", "hội đàm", RUS),  # nowhere said
    _meeting("lao-moskva", "thăm", LAO, place="Moskva"),
    _meeting("lao-hanoi", "thăm", LAO, place="Hà Nội"),
]


@pytest.fixture
async def unplaced(empty_store: Store) -> Store:
    await _fill(empty_store, MEETINGS)
    return empty_store


async def _ids(store: Store, question: str) -> set[str]:
    return {m.id for m in (await ask(store, question, today=TODAY, limit=10)).results}


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("các cuộc gặp ở Nga năm 2024", {"lao-visit", "vie-visit", "rus-host", "lao-moskva"}),
        ("các cuộc gặp ở Việt Nam năm 2024", {"lao-visit", "rus-visit", "vie-host", "lao-hanoi"}),
        ("Bounmy Phommachanh ở Nga", {"lao-visit", "lao-moskva"}),
        ("Bounmy Phommachanh ở Việt Nam", {"lao-visit", "lao-hanoi"}),
        ("Pavel Sorokin ở Nga", {"rus-host"}),
        ("Trần Quang Minh ở Việt Nam", {"vie-host"}),
    ],
)
async def test_a_meeting_without_a_place_is_where_its_kind_and_first_name_put_it(
    unplaced: Store, monkeypatch: pytest.MonkeyPatch, question: str, want: set[str]
) -> None:
    assert await _ids(unplaced, question) == want
    monkeypatch.setattr(search, "_UNPLACED", {})  # each kind probed in the facets
    assert await _ids(unplaced, question) == want


async def test_a_driver_reading_rows_keeps_those_without_a_place(
    unplaced: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two places that share none hold together only for a meeting without one: the
    # full-text matches' rows are read for their day, and those with a place left there.
    question = "Thứ trưởng thăm Việt Nam ở Nga"
    # The title's words read from the full-text index (in a store this small they would be
    # checked on each candidate's text instead: see test_search_said).
    monkeypatch.setattr(search, "SAID_ROWS", 0)
    rowed: list[bool] = []
    without = search._without_place

    def spy(piece: search.Piece) -> search.Piece | None:
        out = without(piece)
        rowed.append(out is not None)
        return out

    monkeypatch.setattr(search, "_without_place", spy)
    assert await _ids(unplaced, question) == {"lao-visit"}
    assert any(rowed)
    monkeypatch.setattr(search, "_without_place", lambda piece: None)
    assert await _ids(unplaced, question) == {"lao-visit"}
