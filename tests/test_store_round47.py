"""Storing two reports of one pair's acts a day apart in Russia."""

from __future__ import annotations

import pytest

from store.language.models import Article, Meeting, Participant
from store.storage.db import NewArticle, Store
from store.storage.dedup import fingerprint


def _act(kind: str, day: str, tod: str, place: str) -> Meeting:
    people = [
        Participant(name="Trần Hồng Hà", country="VN"),
        Participant(name="Dmitry Chernyshenko", country="RU"),
    ]
    said = f"{tod.capitalize()} {day}, tại {place}, hai Phó Thủ tướng {kind}."
    return Meeting(
        kind=kind, participants=people, date=day, time_of_day=tod, place=place, summary=said
    )  # type: ignore[arg-type]


async def _stored(store: Store, *acts: Meeting) -> int:
    ids: set[str] = set()
    for i, act in enumerate(acts):
        text = f"{act.summary} Bài {i}."
        (stored,) = await store.add_articles(
            [NewArticle(Article(text=text, source=f"{i}.txt"), [act], fingerprint(text))]
        )
        ids.update(stored.meeting_ids)
    return len(ids)


@pytest.mark.parametrize(
    ("first", "second", "meetings"),
    [
        # Talks on the afternoon of the 14th in Moskva and a session co-chaired there on the
        # morning of the 15th: no zone less than six hours ahead puts them on one day, so
        # they are two acts (the session's report was stored as a source of the talks,
        # under their day).
        (("hội đàm", "chiều"), ("đồng chủ trì", "sáng"), 2),
        # Near miss: talks "tối 14/10" in Moskva are after midnight in Việt Nam's time, so a
        # report of them dated the 15th in the morning is the same meeting.
        (("hội đàm", "tối"), ("hội đàm", "sáng"), 1),
    ],
)
async def test_acts_a_day_apart_in_russia_by_their_hours(
    empty_store: Store, first: tuple[str, str], second: tuple[str, str], meetings: int
) -> None:
    one = _act(first[0], "2024-10-14", first[1], "Moskva")
    two = _act(second[0], "2024-10-15", second[1], "Moskva")
    assert await _stored(empty_store, one, two) == meetings
