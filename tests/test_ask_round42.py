"""Round 42 of reading questions, over articles written for these tests
(tests/round42_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import assert_found_first, store_with

TODAY = date(2026, 12, 6)
ARTICLES = Path(__file__).resolve().parent / "round42_articles"


store = store_with(ARTICLES)


def _files(res: object) -> list[str]:
    return [m.sources[0].split("/")[-1][:3] for m in res.results]  # type: ignore[attr-defined]


async def test_a_firm_asked_in_a_month_finds_its_undated_meeting_reported_then(
    store: Store,
) -> None:
    # q02: an undated reception on a page of 24/3/2022, a month no dated meeting of the store
    # falls in. The firm's name, capitalised (an unknown name that articles hold) or in lower
    # case (a word of the index), with the month or the year: the meeting reported then.
    for question in (
        "Sovcomflot tháng 3/2022",
        "sovcomflot thang 3/2022",
        "Sovcomflot năm 2022",
    ):
        res = await ask(store, question, today=TODAY)
        assert _files(res)[:1] == ["q02"], (question, res.answer)
        assert "ngày đăng bài" in res.answer, res.answer
    # Near miss: a month the page came out after, or a year before it, holds nothing.
    for question in ("Sovcomflot tháng 2/2022", "sovcomflot nam 2021"):
        res = await ask(store, question, today=TODAY)
        assert not res.results, (question, res.answer)


async def test_a_figure_of_a_firm_the_articles_name_is_still_a_figure(store: Store) -> None:
    # "How many tonnes did Sovcomflot carry": the firm is in an article (q02), but no one
    # and no meeting is asked: a figure, not a meeting.
    for question in ("Sovcomflot chở bao nhiêu tấn dầu", "Tatneft sản lượng dầu"):
        res = await ask(store, question, today=TODAY)
        assert not res.results, (question, res.answer)
        assert "không thuộc phạm vi" in res.answer, res.answer
    # Near miss: the firm alone, and the firm with the person who received its head, are
    # the meeting.
    for question in ("Sovcomflot", "Sovcomflot Nguyễn Văn Thể bao nhiêu tấn"):
        res = await ask(store, question, today=TODAY)
        assert _files(res)[:1] == ["q02"], (question, res.answer)


async def test_an_institution_counts_once_however_many_of_its_names_a_meeting_holds(
    store: Store,
) -> None:
    # q03 names "Tập đoàn Dầu khí Quốc gia Việt Nam (Petrovietnam)" and Tatneft; q01 names
    # Petrovietnam and Lukoil. Asked for both firms, the meeting holding both comes first:
    # two names of one institution are not two words of the question. Typed in pieces
    # ("petro viet nam"), the firm's name is still read.
    await assert_found_first(
        store,
        (("Petrovietnam Lukoil", "vi"), ("petro viet nam lukoil", "vi")),
        "q01",
        TODAY,
    )
    # Near miss: the other firm asked brings the other meeting first.
    await assert_found_first(store, (("Petrovietnam Tatneft", "vi"),), "q03", TODAY)


async def test_a_name_ending_in_a_syllable_no_meeting_holds_is_looked_for_whole(
    store: Store,
) -> None:
    # q03's article names "bể Nam Côn Sơn" below its lead: "Sơn" is in no meeting's index,
    # the name whole is in one article.
    await assert_found_first(store, (("Nam Côn Sơn", "vi"), ("bể Nam Côn Sơn", "vi")), "q03", TODAY)
    # Near miss: a name no article writes is still reported as unknown.
    res = await ask(store, "bể Nam Côn Đảo Sơn", today=TODAY)
    assert not res.results, res.answer


async def test_a_delegation_of_a_place_finds_the_place_however_the_article_writes_it(
    store: Store,
) -> None:
    # q04: "đoàn đại biểu TPHCM" worked in Lipetsk. The delegation asked with the city's
    # name in another form, with the year or the place they worked in: that meeting, and
    # no note that the city asked was "only mentioned" (it was whose delegation it was).
    for question in (
        "đoàn TP Hồ Chí Minh năm 2019",
        "đoàn Thành phố Hồ Chí Minh tại Lipetsk",
        "doan tphcm o lipetsk",
        "đoàn đại biểu TPHCM ở Lipetsk",
    ):
        res = await ask(store, question, today=TODAY)
        assert _files(res)[:1] == ["q04"], (question, res.answer)
        assert "được nêu trong bài viết" not in res.answer, (question, res.answer)
    # Near miss: another city's delegation finds no meeting there.
    res = await ask(store, "đoàn Hà Nội tại Lipetsk", today=TODAY)
    assert "q04" not in _files(res), res.answer


async def test_a_numbered_session_told_further_on_is_found_whatever_sector_is_asked(
    store: Store,
) -> None:
    # q05: talks of two deputy ministers; "Sau hội đàm, hai Thứ trưởng cùng điều hành phiên
    # họp thứ năm của Tiểu ban hợp tác nông nghiệp". The session asked is that one, also
    # beside a sector its record does not list: never "no article reports session 5".
    for question in (
        "phiên họp thứ năm Tiểu ban hợp tác nông nghiệp",
        "phien hop thu 5 tieu ban nong nghiep",
        "phiên họp thứ năm Tiểu ban hợp tác nông nghiệp về du lịch",
    ):
        res = await ask(store, question, today=TODAY)
        assert _files(res)[:1] == ["q05"], (question, res.answer)
    # Near miss: another session number is no report of it, and is said so.
    res = await ask(store, "phiên họp thứ sáu Tiểu ban hợp tác nông nghiệp", today=TODAY)
    assert not res.results and "lần thứ 6" in res.answer, res.answer


async def test_what_a_meeting_mentioned_is_asked_without_the_word_mention(store: Store) -> None:
    # "cuộc hội đàm nào nhắc tới …", "… được đề cập tại …": the mention verb is no word a
    # meeting must hold.
    for question in (
        "cuộc hội đàm nào nhắc tới dịch bệnh động vật",
        "cuoc hoi dam nao nhac den dich benh dong vat",
    ):
        res = await ask(store, question, today=TODAY)
        assert _files(res)[:1] == ["q05"], (question, res.answer)
