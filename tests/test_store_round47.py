"""Storing two reports of one pair's acts a day apart in Russia."""

from __future__ import annotations

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


async def test_a_day_act_in_russia_is_not_the_next_days_act_told_in_another_zone(
    empty_store: Store,
) -> None:
    # Talks on the afternoon of the 14th in Moskva and a session co-chaired there on the
    # morning of the 15th: no zone within five hours puts them on one day, so they are two
    # acts (the session's report was stored as a source of the talks, under their day).
    talks = _act("hội đàm", "2024-10-14", "chiều", "Moskva")
    session = _act("đồng chủ trì", "2024-10-15", "sáng", "Moskva")
    assert await _stored(empty_store, talks, session) == 2


async def test_an_evening_in_russia_may_be_the_next_morning_in_vietnam(
    empty_store: Store,
) -> None:
    # Near miss: talks "tối 14/10" in Moskva are after midnight in Việt Nam's time, so a
    # report of them dated the 15th in the morning is the same meeting.
    talks = _act("hội đàm", "2024-10-14", "tối", "Moskva")
    again = _act("hội đàm", "2024-10-15", "sáng", "Moskva")
    assert await _stored(empty_store, talks, again) == 1
