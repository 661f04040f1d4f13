"""Round 45 of answering, over articles written for these tests (tests/round45_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store, search_text
from tests.asking import store_with
from tests.extracting import meetings, written

TODAY = date(2026, 12, 7)
ARTICLES = Path(__file__).resolve().parent / "round45_articles"


store = store_with(ARTICLES)


def _told_by(res: object) -> list[set[str]]:
    """Each result's sources, by file prefix."""
    return [{s.split("/")[-1][:3] for s in m.sources} for m in res.results]  # type: ignore[attr-defined]


async def test_investment_typed_in_lower_case_is_the_sector(store: Store) -> None:
    # "hợp tác đầu tư": the investment talks (t01), not "đầu Trung ương".
    res = await ask(store, "hợp tác đầu tư", today=TODAY)
    assert res.results and "t01" in _told_by(res)[0], res.answer
    assert "đầu tư" in res.understood.sectors, res.understood


async def test_the_occasion_a_lead_names_is_searched_beside_a_headline_summary(
    store: Store,
) -> None:
    # t02's summary is its headline (in capitals, naming both); the forum it was held at,
    # SPIEF, is only in the lead's sentence, which the search text holds too.
    lead = meetings(written(ARTICLES, "t02"))[0]
    assert lead.summary.isupper() and "SPIEF" not in lead.summary, lead.summary
    assert "spief" in search_text(lead), search_text(lead)
    res = await ask(store, "Nguyễn Chí Dũng gặp Reshetnikov bên lề SPIEF", today=TODAY)
    told = _told_by(res)
    assert told and "t02" in told[0] and not any("t04" in t for t in told), res.answer
    # Near miss: a forum the page does not name finds nothing of it.
    res = await ask(
        store, "Nguyễn Chí Dũng gặp Reshetnikov bên lề Diễn đàn Kinh tế phương Đông", today=TODAY
    )
    assert not any("t02" in t for t in _told_by(res)), res.answer


async def test_talks_where_the_data_knows_no_city_are_found_by_the_country(store: Store) -> None:
    # t05: "tại thị trấn nghỉ dưỡng Cholpon-Ata (Kyrgyzstan)": no city the data knows, so no
    # place recorded; asked in Kyrgyzstan, the talks are offered with the place unstated
    # and the country named in the article.
    for question in (
        "Nguyễn Xuân Phúc gặp Medvedev ở Kyrgyzstan",
        "medvedev kyrgyzstan",
        "cholpon-ata kyrgyzstan medvedev",
    ):
        res = await ask(store, question, today=TODAY)
        told = _told_by(res)
        assert told and "t05" in told[0], (question, res.answer)
        assert "Kyrgyzstan" in res.answer.split("\n")[0], (question, res.answer)
    # Near miss: another country the article does not name finds nothing there.
    res = await ask(store, "Nguyễn Xuân Phúc gặp Medvedev ở Kazakhstan", today=TODAY)
    assert not res.results, res.answer


async def test_a_figure_asked_with_a_body_that_meets_asks_for_its_session(store: Store) -> None:
    # "khóa họp Ủy ban liên Chính phủ năm 2019 kim ngạch 10 tỷ USD": the session (t06), whose
    # report gives the figure; not "a figure, not a meeting".
    res = await ask(
        store, "khóa họp ủy ban liên chính phủ năm 2019 kim ngạch 10 tỷ USD", today=TODAY
    )
    told = _told_by(res)
    assert told and "t06" in told[0], res.answer
    # Near miss: the figure asked of the two countries alone is still a figure.
    res = await ask(store, "kim ngạch thương mại Việt Nga năm 2019", today=TODAY)
    assert not res.results, res.answer


async def test_a_talk_told_in_passing_during_a_visit_elsewhere_is_not_offered_for_a_city_named(
    store: Store,
) -> None:
    # t07: Mishustin in Hà Nội; "Trong chuyến thăm, … còn hội kiến Chủ tịch Quốc hội" has no
    # place of its own, and the page names Cần Thơ among the partner cities: the reception
    # was part of the Hà Nội visit, never "perhaps in Cần Thơ".
    for question in ("Trần Thanh Mẫn tiếp Mishustin ở Cần Thơ", "Mishustin ở Cần Thơ"):
        res = await ask(store, question, today=TODAY)
        assert (
            not any("t07" in t for t in _told_by(res)) or "không ghi nơi gặp" not in res.answer
        ), (
            question,
            res.answer,
        )
    # Near miss: asked without the city, the reception is found.
    res = await ask(store, "Trần Thanh Mẫn hội kiến Mishustin", today=TODAY)
    assert any("t07" in t for t in _told_by(res)), res.answer


async def test_a_page_naming_a_venue_of_the_city_asked_offers_its_unplaced_talks(
    store: Store,
) -> None:
    # t08, a live page: the welcome at "Trụ sở Chính phủ" (a Hà Nội venue) in one update, the
    # talks in the next with no place. Asked in Hà Nội, the talks are offered, and the note
    # names what the page says: the venue, not the city it never writes.
    res = await ask(store, "Nguyễn Chí Dũng hội đàm Reshetnikov ở Hà Nội tháng 4/2023", today=TODAY)
    told = _told_by(res)
    assert told and "t08" in told[0], res.answer
    assert "«Trụ sở Chính phủ»" in res.answer.split("\n")[0], res.answer
    # Near miss: another city with no venue on the page finds nothing there.
    res = await ask(
        store, "Nguyễn Chí Dũng hội đàm Reshetnikov ở Đà Nẵng tháng 4/2023", today=TODAY
    )
    assert not any("t08" in t for t in _told_by(res)), res.answer
