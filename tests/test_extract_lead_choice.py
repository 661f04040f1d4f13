"""Which meeting is an article's lead when it also tells another act (issue 9, lead selection),
over reports written for these tests (tests/lead_articles), read through Store.ingest and ask:

- an act told as earlier ("Trước đó", "Nhân dịp chuyến thăm trước", "từng … năm ngoái", a
  trailing ", sau khi làm việc với …") yields the lead to the act the headline reports and
  keeps its own people, date and place — never the report's day or city;
- the host of a visit named in the next sentence ("Tiếp đoàn có", "Đón đoàn có", "Cùng tiếp
  đoàn có", "Làm việc với đoàn có", "Tham dự buổi làm việc có") is the lead's counterpart,
  with the title that sentence gives; a greeter at the airport is not;
- a one-sided headline names the lead even when the body tells other talks first; a headline
  lead over a background paragraph takes its day from the body sentence telling that act;
- negatives: a recalled act the headline names stays the lead; "Sau hội đàm, hai bên …" keeps
  the talks; a provincial leader's own schedule before the reception does not displace it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest

from store.language.models import Meeting
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

HERE = Path(__file__).resolve().parent / "lead_articles"
TODAY = date(2026, 11, 24)


@dataclass
class Act:
    """What one meeting of a report must say: its people exactly; its date and place as
    written (None: the text does not say, so neither may the record)."""

    people: set[str]
    date: str | None
    place: str | None
    titles: dict[str, str] = field(default_factory=dict)  # a title each must start with
    inferred: bool = False  # the date is a guess the record marks as one


@dataclass
class Report:
    lead: Act | None
    recalled: list[Act] = field(default_factory=list)


REPORTS = {
    # The brief's shape: a visit to a university, its rector the host; talks with the
    # minister in Moskva told after it as "Trước đó".
    "l01": Report(
        Act(
            {"Nguyễn Kim Sơn", "Lenar Safin"},
            "2024-10-17",
            "Kazan",
            {"Lenar Safin": "Hiệu trưởng"},
        ),
        # "Trước đó" on the same trip: its month at most, marked inferred, never the day.
        [Act({"Nguyễn Kim Sơn", "Sergey Kravtsov"}, "2024-10", "Moskva", inferred=True)],
    ),
    # The recalled talks carry a day of their own; the host is named by "Đón đoàn có".
    "l02": Report(
        Act({"Nguyễn Hồng Diên", "Dmitry Sergeev"}, "2024-06-06", "Yekaterinburg"),
        [Act({"Nguyễn Hồng Diên", "Maxim Reshetnikov"}, "2024-06-04", "Moskva")],
    ),
    # Told in order, the talks first: the one-sided headline names the institute's work.
    "l03": Report(
        Act(
            {"Đào Hồng Lan", "Alexander Dmitriev"},
            "2024-07-13",
            "Saint Petersburg",
            {"Alexander Dmitriev": "Viện trưởng"},
        ),
        [Act({"Đào Hồng Lan", "Mikhail Murashko"}, "2024-07-11", "Moskva")],
    ),
    # "Tham dự buổi làm việc có" names the host; the talks of an earlier trip take no month
    # of this one.
    "l04": Report(
        Act({"Nguyễn Mạnh Hùng", "Ilya Petrenko"}, "2024-09-10", "Novosibirsk"),
        [Act({"Nguyễn Mạnh Hùng", "Maksut Shadaev"}, None, "Moskva")],
    ),
    # No host named: the port visit is no Vietnam–Russia meeting, and the talks told as
    # earlier stay a recall with their own city and no day of the visit's.
    "l05": Report(None, [Act({"Lê Minh Hoan", "Dmitry Patrushev"}, None, "Moskva")]),
    # Negative: the headline names the talks told as "Trước đó": they stay the lead.
    "l06": Report(Act({"Bùi Thanh Sơn", "Sergei Lavrov"}, "2024-09-24", "Moskva")),
    # "Sau hội đàm, hai bên …" keeps the talks; a meeting of last year takes no month of them.
    "l07": Report(
        Act({"Phạm Minh Chính", "Mikhail Mishustin"}, "2025-01-14", "Hà Nội"),
        [Act({"Phạm Minh Chính", "Vladimir Putin"}, None, None)],
    ),
    # ", sau khi làm việc với X tại Moskva": X belongs to that earlier act only.
    "l08": Report(
        Act({"Trần Hồng Hà", "Vladimir Pereguda"}, "2024-10-21", "Sosnovy Bor"),
        [Act({"Trần Hồng Hà", "Alexei Likhachev"}, "2024-10", "Moskva", inferred=True)],
    ),
    # A Russian delegation received by a Vietnamese host ("Cùng tiếp đoàn có").
    "l09": Report(
        Act({"Vladimir Mazur", "Nguyễn Văn Tuấn"}, "2024-04-12", "Hà Nội"),
        [Act({"Vladimir Mazur", "Phan Văn Mãi"}, "2024-04-10", "TP Hồ Chí Minh")],
    ),
    # Negative: who greeted at the airport met no one; the visit is one side's.
    "l10": Report(Act({"Huỳnh Thành Đạt"}, "2024-09-26", "Novosibirsk")),
    # Negative: the provincial leader's own morning does not displace the reception.
    "l11": Report(Act({"Nguyễn Tấn Tuân", "Alexander Popov"}, "2024-05-08", "Nha Trang")),
    # "Trước đó" in the lead's own paragraph: neither its day nor its city is lent.
    "l12": Report(
        Act({"Huỳnh Thành Đạt", "Pavel Logachev"}, "2024-09-26", "Novosibirsk"),
        [Act({"Huỳnh Thành Đạt", "Valery Falkov"}, "2024-09", None, inferred=True)],
    ),
    # A headline lead over a background paragraph: the body tells the act later, its host
    # named by title alone, with the day and the venue; "Hồi tháng 1" is a recall.
    "l13": Report(
        Act({"Phạm Minh Chính", "Sergei Tsivilev"}, "2025-04-09", "Hà Nội"),
        [Act({"Phạm Minh Chính", "Mikhail Mishustin"}, "2025-01", "Hà Nội", inferred=True)],
    ),
    # Negative: the body's dated act with the same verb has a third country's guest: it lends
    # the headline's meeting neither its day nor its city.
    "l14": Report(Act({"Phạm Minh Chính", "Vladimir Putin"}, None, None)),
    # Negative: a headline naming the trip to the country, not one institution: the talks
    # told first stay the lead.
    "l15": Report(Act({"Lương Tam Quang", "Vladimir Kolokoltsev"}, "2025-03-11", "Moskva")),
}


def _article(key: str) -> Path:
    (path,) = HERE.glob(f"{key}_*.txt")
    return path


def _wrong(m: Meeting, want: Act) -> list[str]:
    got = {p.name for p in m.participants}
    out = []
    if got != want.people:
        out.append(f"people {sorted(got)}")
    if m.date != want.date or m.date_inferred != want.inferred:
        out.append(f"date {m.date} (inferred: {m.date_inferred})")
    if m.place != want.place:
        out.append(f"place {m.place}")
    for name, title in want.titles.items():
        held = next((p.title or "" for p in m.participants if p.name == name), "")
        if not held.startswith(title):
            out.append(f"title of {name}: {held!r}")
    return out


@pytest.mark.parametrize("key", sorted(REPORTS))
async def test_the_lead_and_what_is_recalled(empty_store: Store, key: str) -> None:
    await ingest(empty_store, load_paths([_article(key)]))
    found = await empty_store.meetings()
    want = REPORTS[key]
    leads = [m for m in found if not m.secondary]
    if want.lead is None:
        assert not leads, [sorted(p.name for p in m.participants) for m in leads]
    else:
        assert len(leads) == 1, [sorted(p.name for p in m.participants) for m in leads]
        assert not _wrong(leads[0], want.lead), _wrong(leads[0], want.lead)
    others = [m for m in found if m.secondary]
    for act in want.recalled:
        match = [m for m in others if {p.name for p in m.participants} == act.people]
        assert match, f"no recalled meeting of {sorted(act.people)}"
        assert not _wrong(match[0], act), _wrong(match[0], act)
    assert len(others) == len(want.recalled)


@pytest.fixture
async def store(empty_store: Store) -> Store:
    await ingest(empty_store, load_paths([HERE]))
    return empty_store


@pytest.mark.parametrize(
    ("question", "key", "place"),
    [
        ("Nguyễn Kim Sơn làm việc ở Kazan", "l01", "Kazan"),
        ("Lenar Safin", "l01", "Kazan"),
        ("Nguyễn Hồng Diên Yekaterinburg", "l02", "Yekaterinburg"),
        ("Đào Hồng Lan Saint Petersburg", "l03", "Saint Petersburg"),
        ("Trần Hồng Hà thăm nhà máy điện hạt nhân", "l08", "Sosnovy Bor"),
    ],
)
async def test_asking_finds_the_lead_where_it_was(
    store: Store, question: str, key: str, place: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    top = r.results[0]
    assert key in top.sources[0] and top.place == place, r.answer


@pytest.mark.parametrize(
    ("question", "key", "lead_day", "lead_city"),
    [
        ("Nguyễn Kim Sơn gặp Kravtsov", "l01", "2024-10-17", "Kazan"),
        ("Trần Hồng Hà làm việc với Likhachev", "l08", "2024-10-21", "Sosnovy Bor"),
        ("Huỳnh Thành Đạt làm việc với Falkov", "l12", "2024-09-26", "Novosibirsk"),
    ],
)
async def test_a_recalled_meeting_keeps_no_day_or_city_of_the_report(
    store: Store, question: str, key: str, lead_day: str, lead_city: str
) -> None:
    r = await ask(store, question, today=TODAY)
    assert r.results, r.answer
    top = r.results[0]
    assert key in top.sources[0] and top.secondary, r.answer
    assert not (top.date or "").startswith(lead_day) and top.place != lead_city, r.answer
