"""Round 46 of answering, over articles written for these tests (tests/round46_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.language.countries import visit_told
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 7)
ARTICLES = Path(__file__).resolve().parent / "round46_articles"


store = store_with(ARTICLES)


def _told_by(res: object) -> list[set[str]]:
    """Each result's sources, by file prefix."""
    return [{s.split("/")[-1][:3] for s in m.sources} for m in res.results]  # type: ignore[attr-defined]


async def test_a_visit_the_lead_tells_places_its_meeting_in_that_country(store: Store) -> None:
    # t01: "Phó Thủ tướng … Abramchenko thăm làm việc tại Việt Nam từ ngày 15 đến 17/11": no
    # city named, but the sentence its date was read from has him visiting Vietnam.
    for question in (
        "Phó Thủ tướng Nga Abramchenko sang Việt Nam khi nào?",
        "abramchenko tham viet nam",
    ):
        res = await ask(store, question, today=TODAY)
        told = _told_by(res)
        assert told and "t01" in told[0], (question, res.answer)
        assert "đang thăm Việt Nam" in res.answer, res.answer
    # Near miss: he did not visit Russia for it.
    res = await ask(store, "Abramchenko gặp Lê Văn Thành ở Nga", today=TODAY)
    assert not any("t01" in t for t in _told_by(res)), res.answer


def test_a_visit_planned_or_recalled_places_nothing() -> None:
    assert visit_told("VN", "Ông A thăm làm việc tại Việt Nam từ ngày 4 đến 7/4.")
    for sentence in (
        "Ngày 3/4, hai bên trao đổi để chuẩn bị cho chuyến thăm Việt Nam của Tổng thống.",
        "Ngày 3/4, ông cho biết Tổng thống sẽ thăm Việt Nam.",
        "Ngày 3/4, ông nhắc lại dịp ông thăm Việt Nam năm 2017.",
        "Ngày 3/4, Thủ tướng thăm chính thức Nga.",
    ):
        assert not visit_told("VN", sentence), sentence


async def test_a_farewell_call_asked_is_the_reception_its_text_says_it_was(store: Store) -> None:
    # t03: "tiếp Đại sứ … đến chào từ biệt" is recorded as a reception; asked for the
    # farewell call, it comes before the same envoy's later reception (t04), and the reply
    # does not say there is none (tests/articles t48 is his farewell call on the President).
    res = await ask(store, "đại sứ nga chào từ biệt", today=TODAY, limit=10)
    told = _told_by(res)
    assert {"t03"} in told and {"t04"} in told, res.answer
    assert told.index({"t03"}) < told.index({"t04"}), res.answer
    assert "Không có cuộc chào từ biệt" not in res.answer, res.answer
    # Near miss: the envoy asked without the farewell lists the newest first.
    res = await ask(store, "đại sứ nga Vnukov", today=TODAY)
    assert _told_by(res)[0] == {"t04"}, res.answer


async def test_a_phrase_beside_a_year_found_in_the_article_outside_its_key_sentences(
    store: Store,
) -> None:
    # t07's last sentence names "quan hệ ngoại giao", which no key sentence of its meeting
    # holds (t04's does): with only a year beside it, the 2022 meeting whose article says it.
    for question in ("quan hệ ngoại giao năm 2022", "quan he ngoai giao 2022"):
        res = await ask(store, question, today=TODAY)
        told = _told_by(res)
        assert told and "t07" in told[0], (question, res.answer)
    # Near miss: another year finds that year's meeting, never t07.
    res = await ask(store, "quan hệ ngoại giao năm 2021", today=TODAY)
    assert _told_by(res)[:1] == [{"t04"}], res.answer
    res = await ask(store, "quan hệ ngoại giao năm 2019", today=TODAY)
    assert not res.results, res.answer


async def test_a_session_reported_in_a_period_with_no_meeting_dated_in_it(
    empty_store: Store,
) -> None:
    # t09 reports the 22nd session with no day of its own, on a page of 30/10/2019; no
    # meeting is dated late in 2019. Every term of the question only checks, and the period
    # drives the search (it raised an error instead).
    await ingest(empty_store, load_paths([next(ARTICLES.glob("t09_*.txt"))]), today=TODAY)
    for question in (
        "cuoi nam 2019 khoa hop uy ban lien chinh phu viet nga",
        "khóa họp ủy ban liên chính phủ cuối năm 2019",
    ):
        res = await ask(empty_store, question, today=TODAY)
        assert _told_by(res) == [{"t09"}], (question, res.answer)
    # Near miss: another period finds nothing.
    res = await ask(empty_store, "khóa họp ủy ban liên chính phủ cuối năm 2020", today=TODAY)
    assert not res.results, res.answer
