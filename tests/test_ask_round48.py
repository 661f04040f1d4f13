"""Round 48 of answering, over articles written for these tests (tests/round48_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from store.services.answer import ask
from store.storage.db import Store
from tests.asking import store_with

TODAY = date(2026, 12, 7)
ARTICLES = Path(__file__).resolve().parent / "round48_articles"


store = store_with(ARTICLES)


def _told_by(res: object) -> list[set[str]]:
    """Each result's sources, by file prefix."""
    return [{s.split("/")[-1][:3] for s in m.sources} for m in res.results]  # type: ignore[attr-defined]


async def test_a_funeral_asked_is_not_answered_with_the_visitors_other_meetings(
    store: Store,
) -> None:
    # t01: Medvedev's talks in 2019, whose article names Nguyễn Phú Trọng as someone he also
    # met. Asked at Trọng's funeral, no meeting of his there is recorded (his talks were
    # offered as the answer).
    res = await ask(store, "Medvedev dự lễ tang Tổng Bí thư Nguyễn Phú Trọng", today=TODAY)
    assert not res.results, res.answer
    # Near miss: the one who came to the funeral (t02) is found.
    res = await ask(store, "Volodin dự lễ tang Tổng Bí thư Nguyễn Phú Trọng", today=TODAY)
    assert _told_by(res)[:1] == [{"t02"}], res.answer


async def test_a_venue_asked_is_where_the_article_says_they_met(store: Store) -> None:
    # t03: the reception at the Party's headquarters in Hà Nội. Asked at the Presidential
    # Palace, another venue of the same city, nothing is recorded there (the reception was
    # given as the answer).
    res = await ask(store, "Tô Lâm tiếp Matviyenko tại Phủ Chủ tịch", today=TODAY)
    assert not res.results and "Phủ Chủ tịch" in res.answer, res.answer
    # Near misses: the venue it names, and a venue named in another of its spellings.
    res = await ask(store, "Tô Lâm tiếp Matviyenko tại Trụ sở Trung ương Đảng", today=TODAY)
    assert _told_by(res)[:1] == [{"t03"}], res.answer
    res = await ask(store, "Mishustin đến sân bay Nội Bài", today=TODAY)
    assert "t04" in _told_by(res)[0], res.answer
    res = await ask(
        store, "Phan Văn Mãi gặp Beglov tại Diễn đàn Kinh tế quốc tế St. Petersburg", today=TODAY
    )
    assert _told_by(res)[:1] == [{"t11"}], res.answer


async def test_a_minister_named_by_rank_at_the_talks_is_found_by_his_office(
    store: Store,
) -> None:
    # t05 (no date, no publication date): "Đại tướng Sergei Shoigu" at the talks, "Bộ trưởng
    # Shoigu" in the next sentence. Asked by his office, the talks (nothing was found).
    res = await ask(store, "Phan Văn Giang hội đàm Bộ trưởng Quốc phòng Nga", today=TODAY)
    assert _told_by(res)[:1] == [{"t05"}], res.answer
    # Near miss: an office he never held is still no answer.
    res = await ask(store, "Phan Văn Giang hội đàm Bộ trưởng Ngoại giao Nga", today=TODAY)
    assert not any("t05" in t for t in _told_by(res)), res.answer


async def test_a_day_without_a_year_finds_a_title_the_people_data_lacks(store: Store) -> None:
    # t06: the head of the Propaganda Commission (no holder in the people data) on 5/9/2022;
    # asked "ngày 5/9" with no year, the reception of that day in 2022 (nothing was found).
    res = await ask(store, "Trưởng Ban Tuyên giáo Trung ương tiếp Đại sứ Nga ngày 5/9", today=TODAY)
    assert _told_by(res)[:1] == [{"t06"}], res.answer
    assert "5/9/2022" in res.answer, res.answer
    # Near miss: a day he received no one.
    res = await ask(store, "Trưởng Ban Tuyên giáo Trung ương tiếp Đại sứ Nga ngày 6/9", today=TODAY)
    assert not any("t06" in t for t in _told_by(res)), res.answer


async def test_the_visit_a_meeting_prepared_is_not_a_participant(store: Store) -> None:
    # t07: a reception to prepare Mishustin's visit to Vietnam; Mishustin was read as one who
    # met (nothing was found).
    res = await ask(
        store,
        "Ban Đối ngoại Trung ương tiếp Đại sứ Nga chuẩn bị chuyến thăm của Mishustin",
        today=TODAY,
    )
    assert _told_by(res)[:1] == [{"t07"}], res.answer


async def test_an_undated_report_is_no_older_than_its_ministers_term(store: Store) -> None:
    # t08 (no date): Bùi Thanh Sơn, minister from April 2021, recalls Putin's visit "hồi
    # tháng 6". The visit cannot have been in 2019 (it was offered as one that might).
    res = await ask(store, "Putin thăm Việt Nam năm 2019", today=TODAY)
    assert not res.results, res.answer
    # Near miss: a year his term allows (the store has no dated visit then).
    res = await ask(store, "Putin thăm Việt Nam năm 2021", today=TODAY)
    assert any("t08" in t for t in _told_by(res)), res.answer


async def test_a_given_name_alone_is_any_leader_of_that_name_the_store_has(
    store: Store,
) -> None:
    # t09: Lê Thanh Hải, whom the people data lacks; "ông Hải" was read as Hoàng Trung Hải
    # only (nothing was found).
    for question in ("ông Hải tiếp Poltavchenko", "Ông Hải tiếp Thống đốc Poltavchenko ở TP.HCM"):
        res = await ask(store, question, today=TODAY)
        assert _told_by(res)[:1] == [{"t09"}], (question, res.answer)
    # Near miss: another given name is not his.
    res = await ask(store, "ông Hùng tiếp Poltavchenko", today=TODAY)
    assert not any("t09" in t for t in _told_by(res)), res.answer


async def test_a_vietnamese_provinces_leader_is_its_party_secretary_too(store: Store) -> None:
    # t10: the province's Party secretary received the governor; "Khanh Hoa leader" was read
    # as the people's committee chairman (nothing was found).
    for question, lang in (
        ("Khanh Hoa leader receives Irkutsk governor in Nha Trang", "en"),
        ("руководитель Кханьхоа принял губернатора Иркутской области", "ru"),
    ):
        res = await ask(store, question, today=TODAY, lang=lang)  # type: ignore[arg-type]
        assert _told_by(res)[:1] == [{"t10"}], (question, res.answer)


async def test_a_leader_only_recalled_by_an_article_met_no_one_asked(store: Store) -> None:
    # t12: Sang's talks with Putin recall the 2001 declaration Trần Đức Lương signed. Asked
    # whom Lương held talks with, no meeting (Sang's talks were the answer).
    res = await ask(store, "Trần Đức Lương hội đàm Putin", today=TODAY)
    assert not res.results, res.answer
    # Near miss: his name alone finds the article naming him, saying he only is named there.
    res = await ask(store, "Trần Đức Lương", today=TODAY)
    assert _told_by(res)[:1] == [{"t12"}], res.answer
    assert "chỉ được nhắc" in res.answer, res.answer


async def test_a_country_citizens_are_evacuated_from_is_what_was_discussed(
    store: Store,
) -> None:
    # t16: the ministers' call on evacuating citizens. "… khỏi Ukraine" made Ukraine a side
    # and "khỏi" a word no article held with the rest (the call was not found).
    res = await ask(
        store, "điện đàm ngoại trưởng hai nước về sơ tán công dân khỏi Ukraine", today=TODAY
    )
    assert _told_by(res)[:1] == [{"t16"}], res.answer
    # Near miss: the same words of another errand find no call.
    res = await ask(store, "thủ tục sơ tán khỏi Ukraine", today=TODAY)
    assert not any("t16" in t for t in _told_by(res)), res.answer
