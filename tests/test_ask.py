"""Questions over the seeded store (seeds + tests/articles), asked with and without diacritics.

Expectations come from tests/articles/gold.jsonl and the seeds (DESIGN §2): each case says
what every result must satisfy, which meeting must be among the results, or that there
must be none. Meetings are recognised by participants, date and place, never by id.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from store.language.citation import cite
from store.language.fold import fold
from store.language.models import Meeting, Participant
from store.language.query import understand
from store.language.wording import format_date, meeting_card, meeting_line, participants_text
from store.services.answer import AskResult, ask
from store.services.ingest import ingest
from store.storage.db import Store, date_bounds

TODAY = date(2026, 12, 1)
Pred = Callable[[Meeting], bool]


# ------------------------------------------------------------------------ predicates


def people(*names: str) -> Pred:
    return lambda m: set(names) <= {p.name for p in m.participants}


def any_of(*names: str) -> Pred:
    return lambda m: bool(set(names) & {p.name for p in m.participants})


def none_of(*names: str) -> Pred:
    return lambda m: not set(names) & {p.name for p in m.participants}


def on(day: str) -> Pred:
    return lambda m: m.date == day


def within(first: str, last: str) -> Pred:
    def check(m: Meeting) -> bool:
        a, b = date_bounds(m.date)
        return a is not None and first <= a and b <= last

    return check


def at(*places: str) -> Pred:
    return lambda m: m.place in places


def in_russia(m: Meeting) -> bool:
    """Held in a Russian city, or a visit to Russia whose city the article does not name."""
    if m.place in (*RUSSIA, "Nga"):
        return True
    return m.place is None and m.kind == "thăm" and m.participants[0].country == "VN"


def kind(*kinds: str) -> Pred:
    return lambda m: m.kind in kinds


def sector(*names: str) -> Pred:
    return lambda m: bool(set(names) & set(m.sectors))


def both(*preds: Pred) -> Pred:
    return lambda m: all(p(m) for p in preds)


RUSSIA = ("Moskva", "Saint Petersburg", "Sochi", "Kazan", "Vladivostok")
ENERGY = ("năng lượng", "dầu khí", "điện hạt nhân", "năng lượng tái tạo")


@dataclass
class Case:
    q: str
    every: Pred | None = None  # holds for every result
    some: Pred | None = None  # holds for at least one result
    top: Pred | None = None  # holds for the first result
    empty: bool = False
    intent: str | None = None
    count: int | None = None  # exact number of results
    today: date = TODAY


async def _ask_all(store: Store, q: str, today: date) -> AskResult:
    return await ask(store, q, today=today, limit=50)


def _check(case: Case, r: AskResult, label: str) -> list[str]:
    errs: list[str] = []
    res = r.results
    if case.empty:
        if res or r.total:
            errs.append(f"{label}: expected no result, got {[meeting_line(m) for m in res]}")
        return errs
    if not res:
        errs.append(f"{label}: no result (understood {r.understood.public()})")
        return errs
    if r.total < len(res) or (case.count is None and r.total != len(res)):
        errs.append(f"{label}: total {r.total} for {len(res)} results")
    if case.every:
        bad = [meeting_line(m) for m in res if not case.every(m)]
        if bad:
            errs.append(f"{label}: results breaking the constraint: {bad}")
    if case.some and not any(case.some(m) for m in res):
        errs.append(f"{label}: expected meeting missing from {[meeting_line(m) for m in res]}")
    if case.top and not case.top(res[0]):
        errs.append(f"{label}: wrong first result {meeting_line(res[0])}")
    if case.intent and r.understood.intent != case.intent:
        errs.append(f"{label}: intent {r.understood.intent} != {case.intent}")
    if case.count is not None and len(res) != case.count:
        errs.append(f"{label}: {len(res)} results, expected {case.count}")
    return errs


async def _run(store: Store, cases: list[Case]) -> None:
    """Ask each question with and without diacritics; both must pass and agree."""
    errors: list[str] = []
    for case in cases:
        plain = fold(case.q)
        r1 = await _ask_all(store, case.q, case.today)
        r2 = await _ask_all(store, plain, case.today)
        errors += _check(case, r1, repr(case.q))
        errors += _check(case, r2, repr(plain))
        if [m.id for m in r1.results] != [m.id for m in r2.results] or r1.total != r2.total:
            errors.append(f"{case.q!r}: accentless question gives other results")
        if r1.understood.public() != r2.understood.public():
            errors.append(
                f"{case.q!r}: understood {r1.understood.public()} vs {r2.understood.public()}"
            )
        if not r1.unknown_names and r1.answer != r2.answer:
            errors.append(f"{case.q!r}: answers differ:\n{r1.answer}\n---\n{r2.answer}")
    assert not errors, "\n".join(errors)


# ---------------------------------------------------------------------------- cases

NAMES = [
    Case(
        "Tô Lâm gặp Mikhail Mishustin",
        every=people("Tô Lâm", "Mikhail Mishustin"),
        some=both(on("2025-05-08"), at("Moskva")),
    ),
    Case(
        "Tô Lâm tiếp Mishustin ở Hà Nội",
        every=both(people("Tô Lâm", "Mikhail Mishustin"), at("Hà Nội")),
        some=on("2025-01-14"),
    ),
    Case("Mishustin", every=people("Mikhail Mishustin")),
    Case("Thủ tướng Mi-su-xtin", every=people("Mikhail Mishustin")),
    Case(
        "Mét-vê-đép",
        every=people("Dmitry Medvedev"),
        some=both(on("2025-10-10"), at("Bình Nhưỡng")),
    ),
    Case("Putin", every=people("Vladimir Putin")),
    Case(
        "Vladimir Vladimirovich Putin gặp Trần Đại Quang",
        every=people("Vladimir Putin", "Trần Đại Quang"),
        some=both(on("2017-11-11"), at("Đà Nẵng")),
    ),
    Case("Sergey Lavrov", every=people("Sergei Lavrov")),
    Case(
        "La-vơ-rốp gặp Phạm Minh Chính",
        every=people("Sergei Lavrov", "Phạm Minh Chính"),
        some=on("2022-07-06"),
    ),
    Case("Shoygu", every=people("Sergei Shoigu"), some=both(on("2025-09-16"), at("Moskva"))),
    Case(
        "Matvienko",
        every=people("Valentina Matviyenko"),
        some=both(on("2017-10-15"), at("Saint Petersburg")),
    ),
    Case("Nguyễn Thị Kim Ngân", every=people("Nguyễn Thị Kim Ngân")),
    Case("Bezdetko", every=people("Gennady Bezdetko"), some=on("2025-04-02")),
    Case(
        "Mikhelson",
        every=people("Leonid Mikhelson"),
        some=both(on("2023-11-23"), at("TP Hồ Chí Minh")),
    ),
    Case("Lương Tam Quang", every=people("Lương Tam Quang")),
]

TYPOS = [
    Case("Mishutin", every=people("Mikhail Mishustin")),
    Case("Tô Lâm gặp Mishustn", every=people("Tô Lâm", "Mikhail Mishustin")),
    Case("Lavrof", every=people("Sergei Lavrov")),
    Case(
        "chernyshenco",
        every=people("Dmitry Chernyshenko"),
        some=both(on("2025-09-04"), at("Vladivostok")),
    ),
    Case("bezdetco", every=people("Gennady Bezdetko")),
    Case("Medvedef ở Bình Nhưỡng", every=both(people("Dmitry Medvedev"), at("Bình Nhưỡng"))),
    Case("Matviyenco", every=people("Valentina Matviyenko")),
    Case(
        "nguyen xuan phuk gap putin",
        every=people("Nguyễn Xuân Phúc", "Vladimir Putin"),
        some=both(on("2021-11-30"), at("Sochi")),
    ),
    Case("Shoigu Lương Tam Quag", every=people("Sergei Shoigu", "Lương Tam Quang")),
]

TITLES = [
    Case(
        "Chủ tịch nước gặp Putin tháng 6/2024",
        every=both(people("Tô Lâm", "Vladimir Putin"), within("2024-06-01", "2024-06-30")),
        some=on("2024-06-20"),
    ),
    Case(
        "Chủ tịch nước năm 2025",
        every=both(people("Lương Cường"), within("2025-01-01", "2025-12-31")),
    ),
    Case(
        "Chủ tịch nước hội đàm với Tổng thống Nga năm 2021",
        every=people("Nguyễn Xuân Phúc", "Vladimir Putin"),
        some=at("Sochi"),
    ),
    Case("Thủ tướng Nga năm 2015", every=people("Dmitry Medvedev")),
    Case("Thủ tướng Nga năm 2020", every=people("Mikhail Mishustin"), some=on("2020-09-25")),
    Case(
        "Tổng Bí thư tiếp Đại sứ Nga",
        every=both(people("Gennady Bezdetko"), none_of("Võ Văn Thưởng")),
        some=on("2025-04-02"),
    ),
    Case(
        "Chủ tịch Quốc hội gặp Ngoại trưởng Nga",
        every=people("Trần Thanh Mẫn", "Sergei Lavrov"),
        some=on("2026-11-20"),
    ),
    Case(
        "Thủ tướng gặp Putin ở Kazan",
        every=both(people("Phạm Minh Chính", "Vladimir Putin"), at("Kazan")),
    ),
    Case("Phó Thủ tướng Nga năm 2019", every=people("Maxim Akimov")),
    Case(
        "Tổng thống Nga năm 2017",
        every=both(people("Vladimir Putin"), within("2017-01-01", "2017-12-31")),
    ),
    Case("Chủ tịch Quốc hội năm 2017", every=people("Nguyễn Thị Kim Ngân")),
    Case("Tổng thống gặp Tô Lâm", every=people("Vladimir Putin", "Tô Lâm")),
]

DATES = [
    Case(
        "Tô Lâm gặp Mishustin ngày 8/5",
        every=on("2025-05-08"),
        some=at("Moskva"),
        today=date(2025, 6, 1),
    ),
    Case(
        "hôm 14/1 Tô Lâm tiếp ai",
        every=both(on("2025-01-14"), people("Tô Lâm", "Mikhail Mishustin")),
        today=date(2025, 2, 1),
    ),
    Case("Tô Lâm gặp Mishustin 8/5/2025", every=both(on("2025-05-08"), at("Moskva"))),
    Case(
        "tháng 5/2025",
        every=within("2025-05-01", "2025-05-31"),
        some=both(people("Tô Lâm", "Vladimir Putin"), on("2025-05-10")),
    ),
    Case(
        "tháng 1 năm 2025",
        every=within("2025-01-01", "2025-01-31"),
        some=both(people("Tô Lâm", "Mikhail Mishustin"), on("2025-01-14")),
    ),
    Case(
        "cuộc gặp năm 2019", every=within("2019-01-01", "2019-12-31"), some=people("Maxim Akimov")
    ),
    Case("quý 1", every=within("2026-01-01", "2026-03-31"), some=on("2026-01-27")),
    Case(
        "quý 1 năm 2025",
        every=within("2025-01-01", "2025-03-31"),
        some=people("Tô Lâm", "Mikhail Mishustin"),
    ),
    Case(
        "quý 4/2017",
        every=within("2017-10-01", "2017-12-31"),
        some=people("Trần Đại Quang", "Vladimir Putin"),
    ),
    Case(
        "đầu năm 2026",
        every=within("2026-01-01", "2026-04-30"),
        some=both(people("Tô Lâm", "Vladimir Putin"), on("2026-01-27")),
    ),
    Case("giữa năm 2025", every=within("2025-05-01", "2025-08-31"), some=on("2025-05-10")),
    Case(
        "cuối năm 2017",
        every=within("2017-09-01", "2017-12-31"),
        some=people("Nguyễn Thị Kim Ngân"),
    ),
    Case(
        "năm ngoái Tô Lâm gặp ai", every=both(people("Tô Lâm"), within("2025-01-01", "2025-12-31"))
    ),
    Case(
        "tháng trước Lavrov gặp ai",
        every=both(people("Sergei Lavrov"), within("2026-11-01", "2026-11-30")),
        some=people("Trần Thanh Mẫn"),
    ),
    Case(
        "gần đây có cuộc gặp nào",
        every=within("2026-09-02", "2026-12-01"),
        some=people("Trần Thanh Mẫn", "Sergei Lavrov"),
    ),
    Case(
        "từ tháng 3 đến tháng 5/2025",
        every=within("2025-03-01", "2025-05-31"),
        some=on("2025-04-02"),
    ),
    Case(
        "Tô Lâm năm 2024",
        every=both(people("Tô Lâm"), within("2024-01-01", "2024-12-31")),
        some=on("2024-06-20"),
    ),
    Case(
        "lần gần nhất Tô Lâm gặp Mishustin",
        every=both(on("2025-05-08"), people("Tô Lâm", "Mikhail Mishustin")),
        count=1,
    ),
    Case(
        "Tô Lâm gặp Putin lần gần nhất khi nào",
        every=both(people("Tô Lâm", "Vladimir Putin"), on("2026-01-27")),
        count=1,
    ),
]

PLACES = [
    Case("Tô Lâm ở Matxcơva", every=both(people("Tô Lâm"), at("Moskva")), some=on("2025-05-10")),
    Case(
        "cuộc gặp tại Mát-xcơ-va năm 2025",
        every=both(at("Moskva"), within("2025-01-01", "2025-12-31")),
    ),
    Case("Moscow", every=at("Moskva")),
    Case("Điện Kremlin", every=at("Moskva")),
    Case("Xô-tri", every=at("Sochi"), some=people("Nguyễn Xuân Phúc", "Vladimir Putin")),
    Case("Pyongyang", every=at("Bình Nhưỡng")),
    Case("Xanh Pê-téc-bua", every=at("Saint Petersburg")),
    Case("Sài Gòn", every=at("TP Hồ Chí Minh")),
    Case(
        "Hà Nội năm 2022",
        every=both(at("Hà Nội"), within("2022-01-01", "2022-12-31")),
        some=people("Sergei Lavrov"),
    ),
    Case("Vla-đi-vô-xtốc", every=at("Vladivostok")),
    Case("gặp ở Nga năm 2025", every=both(in_russia, within("2025-01-01", "2025-12-31"))),
    Case("Đà Nẵng", every=at("Đà Nẵng")),
]

SECTORS = [
    Case("năng lượng", every=sector(*ENERGY)),
    Case("dầu khí", every=sector("dầu khí")),
    Case("dầu mỏ và khí đốt", every=sector("dầu khí")),
    Case("điện hạt nhân", every=sector("điện hạt nhân")),
    Case("năng lượng nguyên tử", every=sector("điện hạt nhân")),
    Case("hợp tác AI", every=sector("trí tuệ nhân tạo"), some=people("Dmitry Chernyshenko")),
    Case(
        "trí tuệ nhân tạo năm 2025",
        every=both(sector("trí tuệ nhân tạo"), within("2025-01-01", "2025-12-31")),
    ),
    Case("vắc xin", every=sector("y tế", "dược phẩm")),
    Case("quân sự", every=sector("quốc phòng")),
    Case("chuyển đổi số", every=sector("kinh tế số")),
    Case(
        "Tô Lâm và Putin thỏa thuận gì về năng lượng",
        every=both(people("Tô Lâm", "Vladimir Putin"), sector(*ENERGY)),
        intent="what",
    ),
    Case("du lịch năm 2017", every=both(sector("du lịch"), within("2017-01-01", "2017-12-31"))),
]

KINDS = [
    Case("điện đàm", every=kind("điện đàm")),
    Case(
        "Tô Lâm điện đàm với Putin",
        every=both(kind("điện đàm"), people("Tô Lâm", "Vladimir Putin")),
        some=on("2026-01-27"),
    ),
    Case(
        "các cuộc hội đàm năm 2025", every=both(kind("hội đàm"), within("2025-01-01", "2025-12-31"))
    ),
    # The kind asked for ranks first; meetings recorded as another kind are not lost.
    Case(
        "Tô Lâm tiếp ai",
        every=people("Tô Lâm"),
        top=kind("tiếp"),
        some=people("Gennady Bezdetko"),
    ),
    Case("điện mừng", every=kind("điện mừng")),
    Case("Tô Lâm hội kiến Putin", every=people("Tô Lâm", "Vladimir Putin")),
]

INTENTS = [
    Case(
        "Tô Lâm gặp Bezdetko khi nào",
        every=people("Tô Lâm", "Gennady Bezdetko"),
        some=on("2025-04-02"),
        intent="when",
    ),
    Case(
        "Tô Lâm gặp Medvedev ở đâu",
        every=people("Tô Lâm", "Dmitry Medvedev"),
        some=at("Bình Nhưỡng"),
        intent="where",
    ),
    Case(
        "ai đã gặp Putin ở Kazan",
        every=both(people("Vladimir Putin"), at("Kazan")),
        some=people("Phạm Minh Chính"),
        intent="who",
    ),
    Case(
        "Putin đã gặp lãnh đạo Việt Nam bao nhiêu lần",
        every=people("Vladimir Putin"),
        intent="count",
    ),
    Case(
        "Lavrov và Bùi Thanh Sơn nhất trí những gì",
        every=people("Sergei Lavrov", "Bùi Thanh Sơn"),
        intent="what",
    ),
    Case(
        "Tô Lâm đã gặp những ai năm 2025",
        every=both(people("Tô Lâm"), within("2025-01-01", "2025-12-31")),
        intent="who",
    ),
    Case("cuộc gặp mới nhất", intent="latest", count=1),
]

OUT_OF_SCOPE = [
    Case("Tô Lâm gặp Biden", empty=True),
    Case("Tô Lâm gặp Macron", empty=True),
    Case("Tô Lâm gặp Obama khi nào", empty=True),
    Case("Donald Trump", empty=True),
    Case("cuộc gặp năm 2018", empty=True),
    Case("Medvedev tháng 5/2025", empty=True),
    Case("Nguyễn Văn Bình gặp Lavrov", empty=True),
    Case("Putin ở Đà Nẵng năm 2025", empty=True),
    Case("Lavrov ở Kazan", empty=True),
    Case("tháng 2/2016", empty=True),
    Case("Tô Lâm gặp Putin ở Sochi", empty=True),
    Case("Tô Lâm điện đàm với Mishustin", empty=True),
    Case("Chủ tịch nước Trần Đại Quang năm 2025", empty=True),
    Case("Thủ tướng Nga năm 2013 ở Hà Nội", empty=True),
    Case("Tổng thống Pháp gặp Tô Lâm", empty=True),
]


@pytest.mark.parametrize(
    "cases",
    [NAMES, TYPOS, TITLES, DATES, PLACES, SECTORS, KINDS, INTENTS, OUT_OF_SCOPE],
    ids=[
        "names",
        "typos",
        "titles",
        "dates",
        "places",
        "sectors",
        "kinds",
        "intents",
        "out_of_scope",
    ],
)
async def test_questions(seeded_store: Store, cases: list[Case]) -> None:
    await _run(seeded_store, cases)


def test_enough_questions() -> None:
    cases = NAMES + TYPOS + TITLES + DATES + PLACES + SECTORS + KINDS + INTENTS + OUT_OF_SCOPE
    assert len({c.q for c in cases}) >= 80


# --------------------------------------------------------------------- understanding

ORDINARY = [
    "gặp",
    "hợp tác",
    "năm",
    "ở đâu",
    "khi nào",
    "thỏa thuận",
    "lãnh đạo",
    "tháng",
    "cuộc hội đàm",
    "quan hệ",
    "đầu tư",
    "tiếp",
    "bàn về",
    "nhất trí",
    "hai nước",
    "đối tác chiến lược",
    "chuyến thăm",
    "tăng cường",
    "phát triển",
    "kinh nghiệm",
    "truyền thống",
    "hữu nghị",
    "nhân dân",
    "ngoại giao",
    "gặp gỡ",
    "thúc đẩy",
    "ký kết",
    "văn kiện",
    "bao nhiêu",
    "những ai",
    "mới nhất",
    "gần đây",
    "thăm chính thức",
    "cấp nhà nước",
    "song phương",
    "trao đổi",
    "điện thoại",
    "kết quả",
    "chương trình",
    "Việt Nam",
    "Nga",
    "Liên bang Nga",
    "hội nghị",
    "diễn đàn",
    "bên lề",
    "kỷ niệm",
    "chiến thắng",
]


@pytest.mark.parametrize("phrase", ORDINARY)
def test_ordinary_words_are_never_names(phrase: str) -> None:
    for text in (phrase, fold(phrase), f"Tô Lâm {phrase}", f"to lam {fold(phrase)}"):
        q = understand(text, TODAY)
        assert set(q.leaders) <= {"Tô Lâm"}, (text, q.leaders)
        assert not q.unknown_names, (text, q.unknown_names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mishutin", "Mikhail Mishustin"),
        ("Lavrof", "Sergei Lavrov"),
        ("chernyshenco", "Dmitry Chernyshenko"),
        ("bezdetco", "Gennady Bezdetko"),
        ("mishustn", "Mikhail Mishustin"),
        ("medvedef", "Dmitry Medvedev"),
        ("shoigu", "Sergei Shoigu"),
        ("nguyen xuan phuk", "Nguyễn Xuân Phúc"),
        ("pham minh chinh", "Phạm Minh Chính"),
        ("Luong Cuong", "Lương Cường"),
    ],
)
def test_names_with_typos_and_without_marks(text: str, name: str) -> None:
    assert understand(text, TODAY).leaders == [name]


@pytest.mark.parametrize(
    ("text", "when", "name"),
    [
        ("Chủ tịch nước", "tháng 6/2024", "Tô Lâm"),
        ("Chủ tịch nước", "tháng 3/2025", "Lương Cường"),
        ("Chủ tịch nước", "năm 2022", "Nguyễn Xuân Phúc"),
        ("Thủ tướng Nga", "năm 2016", "Dmitry Medvedev"),
        ("Thủ tướng Nga", "tháng 5/2025", "Mikhail Mishustin"),
        ("Tổng Bí thư", "năm 2020", "Nguyễn Phú Trọng"),
        ("Tổng Bí thư", "tháng 10/2025", "Tô Lâm"),
        ("Đại sứ Nga", "tháng 4/2025", "Gennady Bezdetko"),
        ("Tổng thống Nga", "năm 2010", "Dmitry Medvedev"),
        ("Chủ tịch Duma Quốc gia", "năm 2015", "Sergei Naryshkin"),
        ("Chủ tịch Duma", "năm 2020", "Vyacheslav Volodin"),
    ],
)
def test_titles_resolve_for_the_period(text: str, when: str, name: str) -> None:
    for question in (f"{text} {when}", fold(f"{text} {when}")):
        q = understand(question, TODAY)
        assert name in q.leaders, (question, q.leaders)
        assert len(q.leaders) == 1, (question, q.leaders)


def test_unknown_names_are_collected() -> None:
    assert understand("Tô Lâm gặp Karamazov", TODAY).unknown_names == ["Karamazov"]
    assert understand("to lam gap karamazov", TODAY).unknown_names == ["karamazov"]
    # Another country's leader the data lists is out of scope, not unknown.
    assert understand("to lam gap macron", TODAY).foreign == ["Emmanuel Macron"]
    assert understand("Nguyễn Văn Bình gặp Lavrov", TODAY).unknown_names == ["Nguyễn Văn Bình"]


def test_structure_of_understanding() -> None:
    q = understand("Tô Lâm gặp Putin ở Matxcơva tháng 5/2025 về dầu khí khi nào?", TODAY)
    assert q.leaders == ["Tô Lâm", "Vladimir Putin"]
    assert (q.date_from, q.date_to) == (date(2025, 5, 1), date(2025, 5, 31))
    assert q.places == ["Moskva"]
    assert q.sectors == ["dầu khí"]
    assert q.intent == "when"


# ---------------------------------------------------------------------- answer shape


@pytest.mark.parametrize(
    "question", ["hai bên gặp nhau ở Bình Nhưỡng", "lanh dao hai nuoc gap nhau o Binh Nhuong"]
)
async def test_met_each_other_is_no_unknown_word(seeded_store: Store, question: str) -> None:
    """ "gặp nhau" (met each other) names no one and nothing: the place still finds them."""
    r = await _ask_all(seeded_store, question, TODAY)
    assert r.results, r.answer
    assert {p.name for p in r.results[0].participants} >= {"Tô Lâm", "Dmitry Medvedev"}


async def test_energy_includes_its_sub_sectors(seeded_store: Store) -> None:
    energy = {m.id for m in (await _ask_all(seeded_store, "năng lượng", TODAY)).results}
    oil = {m.id for m in (await _ask_all(seeded_store, "dầu khí", TODAY)).results}
    nuclear = {m.id for m in (await _ask_all(seeded_store, "điện hạt nhân", TODAY)).results}
    assert oil and nuclear
    assert oil | nuclear <= energy


async def test_nothing_found_says_so_and_suggests(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Medvedev tháng 5/2025", today=TODAY)
    assert r.results == [] and r.total == 0
    assert "Dmitry Medvedev" in r.answer and "tháng 5/2025" in r.answer
    assert any("10/2025" in s for s in r.suggestions), r.suggestions
    r = await ask(seeded_store, "Tô Lâm gặp Biden", today=TODAY)
    assert r.results == [] and r.suggestions


async def test_latest_lists_newest_first(seeded_store: Store) -> None:
    r = await _ask_all(seeded_store, "mới nhất", TODAY)
    starts = [date_bounds(m.date)[0] for m in r.results if m.date]
    assert starts == sorted(starts, reverse=True)
    newest = max(date_bounds(m.date)[0] for m in await seeded_store.meetings() if m.date)
    assert date_bounds(r.results[0].date)[0] == newest


async def test_paging(seeded_store: Store) -> None:
    every = await _ask_all(seeded_store, "Putin", TODAY)
    first = await ask(seeded_store, "Putin", today=TODAY, limit=2)
    second = await ask(seeded_store, "Putin", today=TODAY, limit=2, offset=2)
    assert first.total == second.total == every.total >= 4
    assert [m.id for m in first.results + second.results] == [m.id for m in every.results[:4]]
    assert len(first.results) == 2 and "1." in first.answer and "3." in second.answer


async def test_several_results_list_at_most_five_with_total(seeded_store: Store) -> None:
    r = await ask(seeded_store, "năng lượng", today=TODAY)
    assert len(r.results) == 5 and r.total > 5
    assert str(r.total) in r.answer.splitlines()[0]
    for m in r.results:
        assert meeting_line(m) in r.answer


async def test_single_answer_leads_with_the_asked_fact(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Tô Lâm tiếp Bezdetko khi nào", today=TODAY)
    assert r.results and r.total == 1
    assert format_date(r.results[0]) in r.answer.splitlines()[0]
    r = await ask(seeded_store, "Phạm Minh Chính gặp Putin ở đâu", today=TODAY)
    assert r.results[0].place == "Kazan"
    assert "Kazan" in r.answer.splitlines()[0]


async def test_public_json_contract(seeded_store: Store) -> None:
    r = await ask(seeded_store, "to lam gap putin khi nao", today=TODAY)
    doc = json.loads(json.dumps(r.public(), ensure_ascii=False))
    assert set(doc) == {"question", "understood", "answer", "results", "suggestions"}
    assert set(doc["understood"]) == {
        "leaders",
        "date_from",
        "date_to",
        "places",
        "sectors",
        "intent",
    }
    assert doc["results"] and all(isinstance(m["score"], float) for m in doc["results"])
    assert {
        "id",
        "date",
        "date_inferred",
        "time_of_day",
        "place",
        "kind",
        "participants",
        "sectors",
        "summary",
        "sources",
        "score",
    } <= set(doc["results"][0])


async def test_cards_are_short_for_every_meeting(seeded_store: Store) -> None:
    for m in await seeded_store.meetings():
        for intent in ("when", "where", "who", "what", "count", "latest", "list"):
            card = meeting_card(m, intent)
            body, _, source = card.rpartition("\nNguồn: ")
            # 600 characters of facts, then the source cited in full (never cut)
            assert 0 < len(body) <= 600 and source
            assert source.startswith(cite(m.citations[0]))
        assert "\n" not in meeting_line(m)


async def test_inferred_and_unknown_dates_are_shown_as_such(seeded_store: Store) -> None:
    r = await ask(seeded_store, "Tô Lâm tiếp Mishustin chiều 14/1/2025", today=TODAY)
    assert r.results and r.results[0].date_inferred
    assert "suy luận" in r.answer
    r = await ask(seeded_store, "Phạm Minh Chính Putin Kazan", today=TODAY)
    assert r.results and r.results[0].date is None
    assert "chưa rõ ngày" in r.answer


async def test_empty_and_noise_get_help(seeded_store: Store) -> None:
    for text in ("", "   ", "???", "xin chào", "\x00\x01"):
        r = await ask(seeded_store, text, today=TODAY)
        assert r.results == [] and r.answer


def test_formatting_helpers() -> None:
    m = Meeting(
        date="2025-05-08",
        time_of_day="tối",
        place="Moskva",
        kind="hội kiến",
        participants=[
            Participant(name="Tô Lâm", title="Tổng Bí thư", country="VN"),
            Participant(name="Mikhail Mishustin", title="Thủ tướng", country="RU"),
        ],
    )
    assert format_date(m) == "tối 8/5/2025"
    assert participants_text(m) == "Tổng Bí thư Tô Lâm – Thủ tướng Nga Mikhail Mishustin"
    assert format_date(
        m.model_copy(update={"date": "2025-01-14", "time_of_day": None, "date_inferred": True})
    ) == ("14/1/2025 (suy luận)")
    assert (
        format_date(m.model_copy(update={"date": "2024-06", "time_of_day": None})) == "tháng 6/2024"
    )
    assert format_date(m.model_copy(update={"date": None})) == "chưa rõ ngày"
    # A title that does not fit the date gives way to the one held then.
    june = m.model_copy(
        update={
            "date": "2024-06-20",
            "participants": [Participant(name="Tô Lâm", title="Tổng Bí thư", country="VN")],
        }
    )
    assert participants_text(june) == "Chủ tịch nước Tô Lâm"


FACETS_FROM_TABLES = """
SELECT 'l:' || place, coalesce(date_start, ''), seq, coalesce(date_end, '') FROM meetings WHERE place IS NOT NULL
UNION SELECT 'k:' || kind, coalesce(date_start, ''), seq, coalesce(date_end, '') FROM meetings
UNION SELECT 'p:' || p.name, coalesce(m.date_start, ''), m.seq, coalesce(m.date_end, '')
    FROM meeting_participants p JOIN meetings m ON m.id = p.meeting_id
UNION SELECT 's:' || s.sector, coalesce(m.date_start, ''), m.seq, coalesce(m.date_end, '')
    FROM meeting_sectors s JOIN meetings m ON m.id = s.meeting_id
"""


async def test_facet_index_follows_ingest(empty_store: Store) -> None:
    """The facet index stays equal to what the tables say through ingests and merges."""
    from store.services.sources import load_paths
    from tests.conftest import ARTICLES, SEEDS

    await ingest(empty_store, load_paths([SEEDS, ARTICLES]))
    await ingest(empty_store, load_paths([ARTICLES]))  # again: merges and no-ops
    have = set(
        await (
            await empty_store.conn.execute("SELECT facet, day, seq, day_end FROM meeting_facets")
        ).fetchall()
    )
    want = set(await (await empty_store.conn.execute(FACETS_FROM_TABLES)).fetchall())
    assert {tuple(r) for r in have} == {tuple(r) for r in want}
    assert want


# ------------------------------------------------------- a bigger store: planner paths


def _synthetic_meetings(n: int) -> list[Meeting]:
    """Meetings between office holders of the day, spread over 2012–2026 (deterministic)."""
    import random

    from store.language.lexicon import get_lexicon

    lex = get_lexicon()
    rnd = random.Random(5)
    vn_offices = ["vn_gen_sec", "vn_president", "vn_pm", "vn_fm"]
    ru_offices = ["ru_president", "ru_pm", "ru_fm", "ru_amb_vn"]
    places = ["Hà Nội", "Moskva", "Đà Nẵng", "Sochi", None]
    kinds = ["hội đàm", "hội kiến", "tiếp", "điện đàm", "điện mừng"]
    sectors = [
        "năng lượng",
        "dầu khí",
        "điện hạt nhân",
        "quốc phòng",
        "giáo dục - đào tạo",
        "du lịch",
    ]
    out: list[Meeting] = []
    while len(out) < n:
        day = date(2012, 1, 1).toordinal() + rnd.randrange(5400)
        when = date.fromordinal(day)
        vo, ro = rnd.choice(vn_offices), rnd.choice(ru_offices)
        vn, ru = lex.holders(vo, when), lex.holders(ro, when)
        if not vn or not ru:
            continue
        kind = rnd.choice(kinds)
        text = when.isoformat() if rnd.random() < 0.9 else when.isoformat()[:7]
        out.append(
            Meeting(
                id=f"syn{len(out):05d}",
                date=None if rnd.random() < 0.05 else text,
                place=None if kind.startswith("điện") else rnd.choice(places),
                kind=kind,
                participants=[
                    Participant(name=vn[0], title=lex.offices[vo].title, country="VN"),
                    Participant(name=ru[0], title=lex.offices[ro].title, country="RU"),
                ],
                sectors=rnd.sample(sectors, rnd.randint(0, 3)),
                summary=f"{vn[0]} {kind} {ru[0]}",
                secondary=rnd.random() < 0.2,
                key_points=[f"Hai bên bàn về {', '.join(sectors[:2])}."],
            )
        )
    return out


async def _fill(store: Store, meetings: list[Meeting]) -> None:
    from store.storage.db import pack_sectors, search_text

    rows = []
    for m in meetings:
        a, b = date_bounds(m.date)
        rows.append(
            (
                m.id,
                m.date,
                a,
                b,
                m.place,
                m.kind,
                m.summary,
                json.dumps(m.key_points),
                int(m.secondary),
                search_text(m),
                pack_sectors(m.sectors),
            )
        )
    await store.conn.executemany(
        "INSERT INTO meetings(id, date, date_start, date_end, place, kind, summary, key_points, secondary,"
        " folded_z, sectors_z) VALUES (?,?,?,?,?,?,?,?,?,pack_search(?),pack_sectors(?))",
        rows,
    )
    await store.conn.executemany(
        "INSERT INTO meeting_participants(meeting_id, pos, name, title, country) VALUES (?,?,?,?,?)",
        [
            (m.id, i, p.name, p.title, p.country)
            for m in meetings
            for i, p in enumerate(m.participants)
        ],
    )
    await store.conn.commit()


def holder(office: str) -> Pred:
    """A participant held the office at some time the meeting's date can mean."""
    from store.language.lexicon import get_lexicon

    lex = get_lexicon()

    def check(m: Meeting) -> bool:
        a, b = date_bounds(m.date)
        if a is None:
            return False
        names = {p.name for p in m.participants}
        return any(
            name in names and t.start.isoformat() <= b and (t.end is None or a <= t.end.isoformat())
            for name, t in lex.iter_tenures(office)
        )

    return check


BIG_QUESTIONS: list[tuple[str, Pred]] = [
    ("Putin", people("Vladimir Putin")),
    ("Lavrov năm 2019", both(people("Sergei Lavrov"), within("2019-01-01", "2019-12-31"))),
    ("Thủ tướng Nga gặp Tổng Bí thư", both(holder("ru_pm"), holder("vn_gen_sec"))),
    ("năng lượng ở Moskva", both(sector(*ENERGY), at("Moskva"))),
    ("điện đàm năm 2021", both(kind("điện đàm"), within("2021-01-01", "2021-12-31"))),
    ("cuộc gặp mới nhất", lambda m: True),
    (
        "Tô Lâm gặp Putin",
        both(people("Tô Lâm", "Vladimir Putin"), lambda m: m.kind not in ("điện mừng",)),
    ),
    (
        "Chủ tịch nước năm 2016",
        both(within("2016-01-01", "2016-12-31"), any_of("Trương Tấn Sang", "Trần Đại Quang")),
    ),
    (
        "dầu khí Hà Nội năm 2020",
        both(sector("dầu khí"), at("Hà Nội"), within("2020-01-01", "2020-12-31")),
    ),
]


async def test_planner_paths_on_a_bigger_store(
    empty_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Small thresholds force every plan (exact, walk, estimated totals); answers stay right."""
    import store.storage.search as search_module

    await _fill(empty_store, _synthetic_meetings(3000))
    monkeypatch.setattr(search_module, "COUNT_EXACT", 40)
    monkeypatch.setattr(search_module, "FACET_RANKED", 20)
    every = {m.id: m for m in await empty_store.meetings()}
    for question, pred in BIG_QUESTIONS:
        for limit, offset in ((5, 0), (5, 10)):
            r = await ask(empty_store, question, today=TODAY, limit=limit, offset=offset)
            assert r.results or (offset and r.total <= offset), question
            for m in r.results:
                assert pred(m), (question, meeting_line(m))
            assert r.total >= len(r.results) + (offset if r.results else 0)
            if not r.total_estimated:
                matching = [m for m in every.values() if pred(m)]
                assert r.total <= len(matching), question
        r = await ask(empty_store, question, today=TODAY, limit=5)
        if not r.total_estimated and "mới nhất" not in question:
            matching = [m for m in every.values() if pred(m)]
            assert r.total == len(matching), (question, r.total, len(matching))


# --------------------------------------------- reading a question as a journalist means it

ASK_ARTICLES = Path(__file__).resolve().parent / "ask_articles"  # written for these tests


@pytest.fixture
async def ask_store(seeded_store: Store) -> Store:
    """The seeded store plus the articles of tests/ask_articles."""
    from store.services.sources import load_paths

    await ingest(seeded_store, load_paths([ASK_ARTICLES]))
    return seeded_store


@pytest.fixture
async def seeds_only(empty_store: Store) -> Store:
    """What a new user has: the five seed articles."""
    from store.services.sources import load_paths
    from tests.conftest import SEEDS

    await ingest(empty_store, load_paths([SEEDS]))
    return empty_store


async def _both(store: Store, question: str, today: date = TODAY) -> list[AskResult]:
    """The answer to a question typed with and without diacritics."""
    return [await ask(store, q, today=today, limit=50) for q in (question, fold(question))]


@pytest.mark.parametrize(
    "question", ["Tô Lâm gặp Putin khi nào?", "thu tuong nga tham ha noi thang 1"]
)
async def test_welcome_and_help_examples_find_a_meeting(seeds_only: Store, question: str) -> None:
    """The questions the welcome and /help texts suggest, over the seeds a new user has."""
    for r in await _both(seeds_only, question):
        assert r.results, r.answer


async def test_visits_stand_in_when_no_article_names_both_leaders(seeds_only: Store) -> None:
    r = await ask(seeds_only, "Tô Lâm gặp Putin khi nào?", today=TODAY)
    assert "không nêu" in r.answer  # says the meeting itself is not reported
    for m in r.results:
        assert m.kind == "thăm"
        assert {p.name for p in m.participants} & {"Tô Lâm", "Vladimir Putin"}


async def test_a_title_beside_a_name_fixes_the_period(ask_store: Store) -> None:
    for r in await _both(ask_store, "Chủ tịch nước Tô Lâm hội đàm Tổng thống Putin"):
        assert r.results
        for m in r.results:  # his months as President: May–October 2024
            assert people("Tô Lâm", "Vladimir Putin")(m)
            assert within("2024-05-22", "2024-10-21")(m), meeting_line(m)


@pytest.mark.parametrize(
    ("question", "pred"),
    [
        (
            "TBT Tô Lâm gặp TT Putin",
            both(people("Tô Lâm", "Vladimir Putin"), within("2024-08-03", "2026-12-31")),
        ),
        ("CTN gặp TT Nga năm 2024", both(people("Tô Lâm", "Vladimir Putin"), on("2024-06-20"))),
        ("TTg gặp Thủ tướng Nga năm 2015", people("Nguyễn Tấn Dũng", "Dmitry Medvedev")),
        ("CT QH tiếp Ngoại trưởng Nga", people("Trần Thanh Mẫn", "Sergei Lavrov")),
        ("BT Ngoại giao hội đàm Lavrov", people("Bùi Thanh Sơn", "Sergei Lavrov")),
        (
            "PTT Trần Hồng Hà làm việc với Chernyshenko",
            people("Trần Hồng Hà", "Dmitry Chernyshenko"),
        ),
    ],
)
async def test_newsroom_abbreviations(ask_store: Store, question: str, pred: Pred) -> None:
    for r in await _both(ask_store, question):
        assert r.results, r.answer
        assert all(pred(m) for m in r.results), [meeting_line(m) for m in r.results]


async def test_a_title_means_every_holder_ranked_by_the_store(ask_store: Store) -> None:
    r = await ask(ask_store, "Chủ tịch nước gặp Tổng thống Nga", today=TODAY, limit=50)
    pairs = {(m.participants[0].name, m.date) for m in r.results}
    assert ("Lương Cường", None) in pairs  # undated, but the article gives him the title
    assert ("Tô Lâm", "2024-06-20") in pairs


async def test_an_office_matches_holders_the_lexicon_lacks(ask_store: Store) -> None:
    """ "Thống đốc vùng Primorye": the article names a governor the lexicon does not list;
    the place word inside the title is not where the meeting was."""
    for r in await _both(ask_store, "Thống đốc vùng Primorye gặp ai"):
        assert not r.understood.places
        assert any(p.name == "Oleg Kozhemyako" for m in r.results for p in m.participants)


@pytest.mark.parametrize(
    "question",
    [
        "Chủ tịch UBND TP Hồ Chí Minh tiếp Thống đốc vùng Primorye",
        "Thị trưởng St. Petersburg gặp Phó Thủ tướng",
        "Bí thư Thành ủy Hà Nội tiếp Đại sứ Nga",
    ],
)
def test_place_words_inside_titles_are_not_places(question: str) -> None:
    for typed in (question, fold(question)):
        q = understand(typed, TODAY)
        assert not q.places and not q.countries, typed


async def test_a_generic_role_is_soft(ask_store: Store) -> None:
    """ "đặc phái viên" is a role: it ranks, it never picks one envoy as a required person."""
    for r in await _both(ask_store, "Lê Hoài Trung đặc phái viên gặp Putin"):
        assert r.understood.leaders == ["Lê Hoài Trung", "Vladimir Putin"]
        assert people("Lê Hoài Trung", "Vladimir Putin")(r.results[0])
    for r in await _both(ask_store, "đặc phái viên gặp Putin"):
        assert r.understood.leaders == ["Vladimir Putin"]
        assert people("Lê Hoài Trung")(r.results[0])  # his title says "Đặc phái viên"
        assert all(people("Vladimir Putin")(m) for m in r.results)


async def test_a_visit_to_a_country_counts_without_its_city(ask_store: Store) -> None:
    for r in await _both(ask_store, "Putin thăm Việt Nam"):
        visit = [m for m in r.results if m.kind == "thăm" and on("2024-06")(m)]
        assert visit and visit[0].place in (None, "Việt Nam")  # no city named
        assert all(m.place in (None, "Việt Nam", "Hà Nội", "Đà Nẵng") for m in r.results)


async def test_an_undated_meeting_counts_when_its_report_fixes_the_period(
    ask_store: Store,
) -> None:
    for question in (
        "Nguyễn Thị Kim Ngân tiếp Đại sứ Nga năm 2019",
        "Kim Ngân tiếp Vnukov tháng 8/2019",
    ):
        for r in await _both(ask_store, question):
            assert [m.date for m in r.results] == [None], r.answer
            assert "không rõ ngày" in r.answer
    for r in await _both(ask_store, "Nguyễn Thị Kim Ngân tiếp Đại sứ Nga năm 2018"):
        assert not r.results


async def test_an_undated_meeting_counts_when_the_terms_fix_the_period(
    seeds_only: Store,
) -> None:
    """Lương Cường was President from October 2024: an undated meeting where the article
    calls him President falls inside a period that covers his whole term."""
    question = "Lương Cường gặp Putin từ tháng 10/2024 đến tháng 5/2026"
    for r in await _both(seeds_only, question):
        assert [m.date for m in r.results] == [None]
        assert "không rõ" in r.answer
    for r in await _both(seeds_only, "Lương Cường gặp Putin năm 2023"):
        assert not r.results


async def test_a_day_without_a_year_is_the_latest_with_a_meeting(ask_store: Store) -> None:
    for r in await _both(ask_store, "Tô Lâm gặp Mishustin ngày 8/5", date(2026, 12, 1)):
        assert [m.date for m in r.results] == ["2025-05-08"]
        assert "8/5/2025" in r.answer  # says which year was taken
    # Never a date still to come: on 7/5/2025, "8/5" cannot be 8/5/2025.
    for r in await _both(ask_store, "Tô Lâm gặp Mishustin ngày 8/5", date(2025, 5, 7)):
        assert not r.results


async def test_a_month_without_a_year_is_the_latest_with_a_meeting(ask_store: Store) -> None:
    for r in await _both(ask_store, "Thủ tướng Nga thăm Hà Nội tháng 1"):
        assert r.results and all(within("2025-01-01", "2025-01-31")(m) for m in r.results)
        assert "tháng 1/2025" in r.answer


async def test_recent_falls_back_to_the_newest_and_says_how_long_ago(ask_store: Store) -> None:
    for r in await _both(ask_store, "gần đây có cuộc gặp nào", date(2027, 9, 1)):
        assert r.results and r.results[0].date == "2026-11-20"
        assert "cách đây" in r.answer
    for r in await _both(ask_store, "lần gần nhất Tô Lâm gặp Medvedev", date(2027, 9, 1)):
        assert "cách đây" in r.answer


async def test_a_literal_phrase_ranks_first_after_mapping_to_a_sector(ask_store: Store) -> None:
    for r in await _both(ask_store, "khoa học cơ bản"):
        assert r.understood.sectors == ["khoa học - công nghệ"]
        assert people("Valery Falkov")(r.results[0]), meeting_line(r.results[0])


async def test_a_sector_ranks_by_how_much_the_article_is_about_it(ask_store: Store) -> None:
    """A newer article listing nuclear power among ten sectors ranks below one about it."""
    for r in await _both(ask_store, "điện hạt nhân"):
        assert people("Alexei Likhachev")(r.results[0]), meeting_line(r.results[0])
        names = [m.participants[0].name for m in r.results]
        assert "Trần Thanh Mẫn" in names  # the list-only meeting is still there


async def test_a_kind_prefers_and_says_what_it_was(ask_store: Store) -> None:
    for r in await _both(ask_store, "lần gần nhất Tô Lâm hội đàm với Mishustin"):
        assert r.results[0].kind == "hội kiến"
        assert "Đây là cuộc hội kiến" in r.answer


async def test_counting_counts_two_sided_meetings_and_says_so(ask_store: Store) -> None:
    for r in await _both(ask_store, "Tô Lâm gặp Putin bao nhiêu lần"):
        assert r.understood.intent == "count"
        assert "song phương" in r.answer
        assert r.total == len(r.results) >= 2
        assert all(len({p.country for p in m.participants}) == 2 for m in r.results)


async def test_what_answers_quote_the_sentences_about_the_sector(ask_store: Store) -> None:
    article = (ASK_ARTICLES / "a01_pho-thu-tuong-tiep-tong-giam-doc-rosatom.txt").read_text()
    for r in await _both(ask_store, "Trần Hồng Hà và Likhachev thỏa thuận gì về điện hạt nhân?"):
        quotes = r.quotes[r.results[0].id]
        assert 1 <= len(quotes) <= 2
        for sentence in quotes:
            assert sentence in article and sentence.endswith(".")  # whole sentences
            assert "hạt nhân" in sentence
            assert sentence in r.answer


async def test_what_without_a_sector_quotes_a_lead_sentence(ask_store: Store) -> None:
    r = await ask(ask_store, "Lavrov và Bùi Thanh Sơn nhất trí những gì", today=TODAY)
    quotes = r.quotes[r.results[0].id]
    assert len(quotes) == 1 and quotes[0] in r.answer


async def test_a_meeting_reported_in_passing_quotes_its_own_sentence(seeds_only: Store) -> None:
    # The Prime Ministers' talks are told in one sentence of a report about the General
    # Secretary's reception: that sentence is quoted, not the report's lead about another meeting.
    r = await ask(seeds_only, "Phạm Minh Chính hội đàm Mishustin", today=TODAY)
    top = r.results[0]
    assert top.secondary and {p.name for p in top.participants} >= {"Phạm Minh Chính"}
    quoted = r.quotes[top.id]
    assert quoted == [top.evidence["participants"]]
    assert "Phạm Minh Chính" in quoted[0] and quoted[0] in r.answer


async def test_json_gives_the_quotes_of_every_result(ask_store: Store) -> None:
    r = await ask(ask_store, "hợp tác điện hạt nhân", today=TODAY, quote_all=True)
    doc = r.public()
    assert doc["results"] and all(isinstance(x["quotes"], list) for x in doc["results"])
    assert any("hạt nhân" in q for x in doc["results"] for q in x["quotes"])
    assert {"id", "date", "place", "kind", "participants", "sources"} <= set(doc["results"][0])
