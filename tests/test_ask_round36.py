"""Round 36 of reading questions, over articles written for these tests
(tests/round36_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import assert_found_first, store_with

TODAY = date(2026, 12, 6)
ARTICLES = Path(__file__).resolve().parent / "round36_articles"


store = store_with(ARTICLES)


def _sources(res: object) -> list[str]:
    return [r.sources[0].split("/")[-1] for r in res.results]  # type: ignore[attr-defined]


async def test_an_article_dated_to_its_month_bounds_its_undated_meeting(store: Store) -> None:
    # m01: a JSONL record published "2019-04" (the archive knows the month only); the talks
    # give no day. The meeting came before the end of April 2019: not in 2021, although both
    # deputy prime ministers were still in office then.
    res = await ask(store, "Trịnh Đình Dũng hội đàm Trutnev năm 2021", today=TODAY, limit=5)
    assert not res.results, res.answer
    # Near misses: the month and the year it came out in hold it, as reported then; a day
    # of that month is not known to, and a month typed without a year finds 2019.
    for asked in (
        "Trịnh Đình Dũng hội đàm Trutnev tháng 4/2019",
        "trinh dinh dung trutnev 2019",
        "Trịnh Đình Dũng gặp Trutnev tháng 4",
    ):
        res = await ask(store, asked, today=TODAY, limit=5)
        assert _sources(res)[:1] == ["viet-nga-hop-tac-nong-nghiep-thuy-san-4511.html"], (
            asked,
            res.answer,
        )
        assert "ngày đăng" in res.answer, (asked, res.answer)
    res = await ask(store, "Trịnh Đình Dũng hội đàm Trutnev ngày 10/4/2019", today=TODAY)
    assert not res.results, res.answer


async def test_a_byline_date_is_kept_with_the_article_it_dates(store: Store) -> None:
    # m02: a text file whose byline says "14/05/2019 09:15"; the talks give no day. The
    # publication is the article's, shown with its source and bounding its meeting.
    res = await ask(store, "Nguyễn Xuân Cường Dmitry Patrushev năm 2019", today=TODAY, limit=5)
    assert _sources(res)[:1] == ["m02_byline-ngay-khong-ngay-gap.txt"], res.answer
    assert res.results[0].citations[0].published == "2019-05-14", res.answer
    assert "14/05/2019" in res.answer, res.answer
    # Near miss: a year after it came out.
    res = await ask(store, "Nguyễn Xuân Cường Dmitry Patrushev năm 2020", today=TODAY, limit=5)
    assert not res.results, res.answer


async def test_a_forum_asked_with_the_pair_is_where_they_met(store: Store) -> None:
    # q01: Phạm Bình Minh – Lavrov talks in Moskva; the UN General Assembly is named nowhere.
    # Asked "bên lề Đại hội đồng Liên Hợp Quốc" (however capitalised), those talks are not it.
    for asked in (
        "Phạm Bình Minh gặp Lavrov bên lề Đại hội đồng Liên Hợp Quốc",
        "pham binh minh gap lavrov ben le dai hoi dong lien hop quoc",
    ):
        res = await ask(store, asked, today=TODAY, limit=5)
        assert "q01_hoi-dam-ngoai-truong-moskva.txt" not in _sources(res), (asked, res.answer)
    # Near miss: the pair asked alone.
    res = await ask(store, "Phạm Bình Minh hội đàm Lavrov năm 2019", today=TODAY, limit=5)
    assert _sources(res)[:1] == ["q01_hoi-dam-ngoai-truong-moskva.txt"], res.answer


async def test_a_visit_and_the_talks_held_during_it_are_two_records(store: Store) -> None:
    # q02: the Russian Prime Minister arrives on 14/1, beginning his visit; q03: the two Prime
    # Ministers' talks that afternoon. The visit's report is no source of the talks (it
    # tells none), nor the talks' of the visit: each is asked for by its own kind.
    res = await ask(store, "Mishustin thăm Việt Nam tháng 1/2025", today=TODAY, limit=5)
    visit = res.results[0]
    assert visit.kind == "thăm", res.answer
    assert "q02_thu-tuong-nga-den-ha-noi.txt" in visit.sources, res.answer
    assert "q03_hai-thu-tuong-hoi-dam.txt" not in visit.sources, res.answer
    res = await ask(store, "Phạm Minh Chính hội đàm Mishustin tháng 1/2025", today=TODAY, limit=5)
    talks = res.results[0]
    assert talks.kind == "hội đàm", res.answer
    assert "q03_hai-thu-tuong-hoi-dam.txt" in talks.sources, res.answer
    assert "q02_thu-tuong-nga-den-ha-noi.txt" not in talks.sources, res.answer


async def test_the_fourth_session_is_written_thu_tu(store: Store) -> None:
    # q04: talks, after which the two co-chaired "Phiên họp lần thứ tư Tiểu ban hợp tác văn
    # hóa": the fourth session, however the question writes the number.
    for asked in (
        "phiên họp thứ tư Tiểu ban hợp tác văn hóa",
        "phien hop lan thu 4 tieu ban hop tac van hoa",
    ):
        res = await ask(store, asked, today=TODAY, limit=5)
        assert _sources(res)[:1] == ["q04_phien-hop-lan-thu-tu-tieu-ban.txt"], (asked, res.answer)
    # Near miss: another session's number is not this report's.
    res = await ask(store, "phiên họp thứ ba Tiểu ban hợp tác văn hóa", today=TODAY, limit=5)
    assert "q04_phien-hop-lan-thu-tu-tieu-ban.txt" not in _sources(res), res.answer


async def test_a_long_phrase_held_nearly_names_the_meeting_it_happened_at(store: Store) -> None:
    # q05 (July 2012): "Hai nhà lãnh đạo nhất trí nâng quan hệ … lên tầm đối tác chiến lược
    # toàn diện", its headline "… nâng quan hệ lên tầm …"; q06 (November 2012): talks that
    # speak of the partnership in general. Each word is common; the phrase, nearly as
    # written, is q05's.
    res = await ask(
        store,
        "Việt Nam và Nga nhất trí nâng quan hệ lên đối tác chiến lược toàn diện tại cuộc hội"
        " đàm nào năm 2012",
        today=TODAY,
        limit=5,
    )
    assert _sources(res)[:1] == ["q05_nang-quan-he-len-tam.txt"], res.answer
    # Near miss: a phrase q06 holds is q06's.
    res = await ask(
        store,
        "hội đàm năm 2012 thúc đẩy hợp tác thương mại, đầu tư và năng lượng tái tạo",
        today=TODAY,
        limit=5,
    )
    assert _sources(res)[:1] == ["q06_thu-tuong-hoi-dam-thang-11.txt"], res.answer


async def test_how_many_documents_is_no_count_of_meetings(store: Store) -> None:
    # "ký bao nhiêu văn kiện" asks a figure the meeting's report gives (q05 signed a joint
    # statement), not how many meetings there were.
    res = await ask(
        store, "Trương Tấn Sang và Putin ký bao nhiêu văn kiện năm 2012", today=TODAY, limit=5
    )
    assert res.understood.intent != "count", res.answer
    assert _sources(res)[:1] == ["q05_nang-quan-he-len-tam.txt"], res.answer
    # Near miss: "bao nhiêu lần" counts the meetings.
    res = await ask(store, "Trương Tấn Sang gặp Putin bao nhiêu lần năm 2012", today=TODAY)
    assert res.understood.intent == "count", res.answer


async def test_the_far_east_asked_in_english_or_russian_is_vien_dong(store: Store) -> None:
    # m01: the two deputy prime ministers on Vietnamese investment "ở Vùng Viễn Đông". "Far
    # East", "Дальний Восток" are that region, not a name the data lacks.
    cases = (
        ("Trinh Dinh Dung Trutnev investment in the Russian Far East", "en"),
        ("Чинь Динь Зунг Трутнев инвестиции на Дальнем Востоке", "ru"),
    )
    await assert_found_first(store, cases, "viet-nga-hop-tac-nong-nghiep-thuy-san-4511.html", TODAY)


async def test_a_document_that_came_into_being_is_asked_on_topic(store: Store) -> None:
    # "… ra đời từ cuộc hội đàm nào?": "ra đời" (came into being) is the question's wording of
    # what a meeting produced, not a word the store must hold (it read as off topic, «ra»).
    res = await ask(
        store,
        "Tuyên bố chung về tăng cường quan hệ ra đời từ cuộc hội đàm nào năm 2012?",
        today=TODAY,
        limit=5,
    )
    assert _sources(res)[:1] == ["q05_nang-quan-he-len-tam.txt"], res.answer
