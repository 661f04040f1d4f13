"""Questions about officials the people data does not list, over the seeds, tests/articles,
tests/ask_articles and the articles written for these tests (tests/official_articles):
a title whose known holders are not the participant, party, parliament and academy
offices and organisations, places only the store knows with a sector beside them, an
envoy's principal, unmarked Vietnamese names holding a common word, and an undated
meeting under a year filter. Every question is asked with and without diacritics.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language.fold import fold
from store.language.query import understand
from store.services.answer import AskResult, ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from store.storage.search import titled_alike
from tests.asking import ASK_ARTICLES, asked_both_ways
from tests.test_ask_scope import OFF_TOPIC

TODAY = date(2026, 12, 1)
ARTICLES = Path(__file__).resolve().parent / "official_articles"


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await ingest(seeded_store, load_paths([ASK_ARTICLES, ARTICLES]))
    return seeded_store


async def _both(store: Store, question: str) -> list[AskResult]:
    return await asked_both_ways(store, question, TODAY)


def _people(r: AskResult, k: int = 0) -> set[str]:
    return {p.name for p in r.results[k].participants} if len(r.results) > k else set()


def _everyone(r: AskResult) -> set[str]:
    return {p.name for m in r.results for p in m.participants}


# ------------------------------------------- a title asked, a participant titled alike


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Vũ Đức Đam tiếp Bộ trưởng Giáo dục Nga", "Dmitry Livanov"),
        ("Bộ trưởng Giáo dục Nga sang Việt Nam năm 2014", "Dmitry Livanov"),
        ("Cao Đức Phát hội đàm Bộ trưởng Nông nghiệp Nga", "Elena Skrynnik"),
        ("Phó Chủ tịch nước tiếp Phó Chủ tịch Hội đồng Liên bang Nga năm 2013", "Nguyễn Thị Doan"),
    ],
)
async def test_a_title_finds_whom_the_article_titled_so(
    store: Store, question: str, person: str
) -> None:
    for r in await _both(store, question):
        assert person in _people(r), r.answer


async def test_holders_the_lexicon_knows_rank_above_participants_titled_alike(
    store: Store,
) -> None:
    for r in await _both(store, "Bộ trưởng Giáo dục Nga"):
        assert "Dmitry Livanov" in _everyone(r), r.answer  # never lost
        assert "Sergey Kravtsov" in _people(r), r.answer  # the holder first


@pytest.mark.parametrize(
    "question",
    [
        "Trưởng Ban Kinh tế Trung ương tiếp Babakov",
        "Trưởng Ban Kinh tế Trung ương Trần Tuấn Anh tiếp Phó Chủ tịch Duma",
    ],
)
async def test_a_title_listed_after_another_office_is_found(store: Store, question: str) -> None:
    """ "Ủy viên Bộ Chính trị, Trưởng Ban Kinh tế Trung ương": the title asked is the
    second office of the stored list."""
    for r in await _both(store, question):
        assert {"Trần Tuấn Anh", "Alexander Babakov"} <= _people(r), r.answer


@pytest.mark.parametrize(
    ("asked", "stored", "alike"),
    [
        ("bo truong giao duc", "bo truong giao duc va khoa hoc nga", True),
        ("bo truong nong nghiep", "bo truong bo nong nghiep lien bang nga", True),
        ("pho chu tich nuoc", "pho chu tich nuoc", True),
        ("thu tuong", "pho thu tuong", False),  # another office that contains the words
        ("bo truong giao duc", "thu truong bo giao duc", False),
        ("chu tich dang nuoc nga thong nhat", "chu tich hoi dong toi cao dang nuoc nga", False),
    ],
)
def test_a_title_written_more_fully_is_alike(asked: str, stored: str, alike: bool) -> None:
    assert titled_alike(tuple(asked.split()), tuple(stored.split())) is alike


# ------------------------------------------- party, parliament and academy offices


@pytest.mark.parametrize(
    ("question", "person"),
    [
        (
            "Trưởng Ban Đối ngoại Trung ương tiếp đoàn Đảng Cộng sản Liên bang Nga năm 2015",
            "Dmitry Novikov",
        ),
        ("Thường trực Ban Bí thư tiếp Chủ tịch Ủy ban Quốc tế Duma", "Leonid Slutsky"),
        ("Chủ nhiệm Ủy ban Đối ngoại Quốc hội sang Nga năm 2016", "Nguyễn Văn Giàu"),
        (
            "Chủ nhiệm Ủy ban Đối ngoại hội đàm Chủ tịch Ủy ban Quốc tế Hội đồng Liên bang",
            "Konstantin Kosachev",
        ),
        ("Chủ tịch Viện Hàn lâm Khoa học Nga sang Việt Nam", "Alexander Sergeev"),
        ("Trưởng Ban Tuyên giáo Trung ương hội kiến Patrushev", "Võ Văn Thưởng"),
    ],
)
async def test_party_and_parliament_offices_are_read_whole(
    store: Store, question: str, person: str
) -> None:
    for r in await _both(store, question):
        assert person in _people(r), r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Trưởng Ban Đối ngoại Trung ương tiếp đoàn Đảng Cộng sản Liên bang Nga",
        "Thường trực Ban Bí thư tiếp Chủ tịch Ủy ban Quốc tế Duma Quốc gia",
    ],
)
def test_an_office_is_one_title_and_a_party_is_no_persons_name(question: str) -> None:
    for typed in (question, fold(question)):
        q = understand(typed, TODAY)
        assert not q.unknown_names, typed
        assert not {"trung", "uong", "thuong", "truc"} & set(q.keywords), typed
        assert q.groups, typed


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("KPRF", "Dmitry Novikov"),
        ("Đảng Cộng sản Liên bang Nga", "Dmitry Novikov"),
        ("Đảng Nước Nga Thống nhất năm 2023", "Dmitry Medvedev"),
    ],
)
async def test_an_organisation_alone_finds_the_meetings_that_name_it(
    store: Store, question: str, person: str
) -> None:
    for r in await _both(store, question):
        assert r.results, r.answer
        assert all(person in _people(r, k) for k in range(len(r.results))), r.answer


# ------------------------------------------- places the data lacks, a sector beside them


@pytest.mark.parametrize(
    "question", ["Thái Nguyên Khakassia than", "Thái Nguyên Abakan than đá", "Khakassia"]
)
async def test_a_place_only_the_store_knows_with_a_sector(store: Store, question: str) -> None:
    for r in await _both(store, question):
        assert "Valentin Konovalov" in _people(r), r.answer


@pytest.mark.parametrize("question", ["hop tac than voi nga", "quang ninh than", "than da"])
def test_unmarked_coal_beside_a_place_or_a_trade_word_is_the_sector(question: str) -> None:
    assert "than" in understand(question, TODAY).sectors


@pytest.mark.parametrize(
    "question", ["quan he than thiet viet nga", "putin gui loi chao than ai to lam"]
)
def test_unmarked_than_elsewhere_is_not_coal(question: str) -> None:
    assert understand(question, TODAY).sectors == []


# ------------------------------------------- an envoy's principal


@pytest.mark.parametrize(
    "question",
    [
        "Đặc phái viên của Tổng Bí thư Nguyễn Phú Trọng sang Nga năm 2017",
        "Thay mặt Tổng Bí thư Nguyễn Phú Trọng hội kiến Patrushev",
    ],
)
async def test_an_envoy_is_asked_by_his_principal(store: Store, question: str) -> None:
    for r in await _both(store, question):
        assert _people(r) == {"Võ Văn Thưởng", "Nikolai Patrushev"}, r.answer


async def test_the_principals_own_meetings_only_when_no_envoy_met(store: Store) -> None:
    for r in await _both(store, "Đặc phái viên của Tổng Bí thư Nguyễn Phú Trọng năm 2015"):
        assert "Nguyễn Phú Trọng" in _people(r), r.answer
        assert "chính Nguyễn Phú Trọng" in r.answer


@pytest.mark.parametrize(
    "question",
    [
        "Đặc phái viên của Tổng thống Putin ở Hà Nội",
        "Putin's special envoy for people-to-people exchange in Hanoi",
        "спецпредставитель Путина в Ханое",
    ],
)
async def test_an_envoy_named_by_his_principals_title_is_found(store: Store, question: str) -> None:
    # The article calls him "Đặc phái viên của Tổng thống Liên bang Nga", never "Putin".
    for r in await _both(store, question):
        assert _people(r) == {"Nguyễn Ngọc Thiện", "Andrei Sokolov"}, r.answer
        assert "chính" not in r.answer


async def test_an_envoy_of_the_office_outside_the_principals_term_is_not_his(
    store: Store,
) -> None:
    # "Đặc phái viên của Tổng thống Nga" in 2011 acted for President Medvedev.
    for r in await _both(store, "Đặc phái viên của Putin"):
        assert "Pavel Orlov" not in _everyone(r), r.answer
        assert "Andrei Sokolov" in _everyone(r), r.answer
    for r in await _both(store, "Đặc phái viên của Tổng thống Medvedev"):
        assert _people(r) == {"Nguyễn Thiện Nhân", "Pavel Orlov"}, r.answer


async def test_an_undated_envoys_meeting_is_dated_by_its_report(store: Store) -> None:
    # "Mới đây": undated; the report's day puts it in a term, and without one it stays out.
    for r in await _both(store, "Đặc phái viên của Putin"):
        assert "Igor Vasnetsov" in _everyone(r), r.answer  # reported in 2019
        assert "Oleg Markov" not in _everyone(r), r.answer  # reported in 2011 (Medvedev)
        assert "Yuri Belov" not in _everyone(r), r.answer  # no report date
    for r in await _both(store, "Đặc phái viên của Medvedev"):
        assert "Oleg Markov" in _everyone(r), r.answer
        assert "Igor Vasnetsov" not in _everyone(r), r.answer


async def test_the_principals_own_meeting_is_not_his_envoys(store: Store) -> None:
    # Putin's own reception names his envoy among those present: not an envoy's meeting.
    for r in await _both(store, "Đặc phái viên của Tổng thống Putin"):
        assert "Vladimir Putin" not in _everyone(r), r.answer
        assert "Nguyễn Thị Kim Ngân" not in _everyone(r), r.answer


def test_the_principal_is_not_who_met() -> None:
    q = understand("Đặc phái viên của Tổng Bí thư Tô Lâm gặp Putin", TODAY)
    assert [(g.label, g.principal) for g in q.groups] == [
        ("Tô Lâm", True),
        ("Vladimir Putin", False),
    ]


# ------------------------------------------- unmarked names holding a common word


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("sobyanin nguyen van tham", "Nguyễn Văn Thắm"),  # "thăm": a kind
        ("kozhemyako le van dau", "Lê Văn Dầu"),  # "dầu": a sector
        ("le van dau khi nao", "Lê Văn Dầu"),
    ],
)
async def test_an_unmarked_full_name_is_the_stored_person(
    store: Store, question: str, person: str
) -> None:
    r = await ask(store, question, today=TODAY, limit=10)
    assert r.total == 1 and person in _people(r), r.answer
    assert person in r.understood.leaders
    assert "không phải" not in r.answer  # no kind read into the name


# ------------------------------------------- undated meetings under a year filter


async def test_an_undated_meeting_is_found_by_its_publication_year(store: Store) -> None:
    for r in await _both(store, "Nguyễn Thị Doan năm 2013"):
        assert "Ilyas Umakhanov" in _people(r), r.answer
        assert r.results[0].date is None
        assert "không rõ ngày" in r.answer


async def test_an_undated_meeting_stays_out_of_another_year(store: Store) -> None:
    for r in await _both(store, "Nguyễn Thị Doan năm 2015"):
        assert not r.results, r.answer


# ------------------------------------------- none of this opens the door to off-topic words


async def test_off_topic_questions_still_get_no_meeting(store: Store) -> None:
    for question in OFF_TOPIC:
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            assert not r.results, (typed, r.answer)
