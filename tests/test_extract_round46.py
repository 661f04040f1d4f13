"""Round 46 of extraction classes, on reports written for these tests
(tests/round46_articles)."""

from __future__ import annotations

from pathlib import Path

from tests.extracting import meetings, names, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round46_articles"


def test_a_year_the_meeting_is_counted_from_is_not_its_year() -> None:
    # "gặp lại Chủ tịch Duma Quốc gia sau lần thăm Nga năm 2018": the meeting came after
    # that visit; with no date of publication and titles that fit 2017–2023, its year is
    # not known (it was inferred 2018).
    lead = meetings(written(ARTICLES, "t02"))[0]
    assert names(lead) == {("Nguyễn Phú Trọng", "VN"), ("Vyacheslav Volodin", "RU")}, names(lead)
    assert lead.date is None, lead.date
    # Near miss: a year the page tells as its own still gives the year.
    near = meetings(rewritten(ARTICLES, "t02", "Sáng 12/9,", "Sáng 12/9/2019,"))[0]
    assert near.date == "2019-09-12", near.date


def test_a_dateline_written_the_old_way_gives_the_city() -> None:
    # "MÁT-XCƠ-VA, 21-5 - Chiều 21-5 …": the city in capitals with its hyphens, not a
    # paper's mark "MÁT-" before a city "XCƠ-VA".
    lead = meetings(written(ARTICLES, "t05"))[0]
    assert names(lead) == {("Nguyễn Xuân Phúc", "VN"), ("Dmitry Medvedev", "RU")}, names(lead)
    assert (lead.date, lead.place) == ("2019-05-21", "Moskva"), (lead.date, lead.place)
    # Near miss: a paper's mark with its dash apart still leaves the city after it.
    near = meetings(rewritten(ARTICLES, "t05", "MÁT-XCƠ-VA, 21-5 -", "TTXVN - Sochi, 21-5 -"))[0]
    assert near.place == "Sochi", near.place


def test_the_kremlin_written_the_old_way_is_in_moskva() -> None:
    # "tại Điện Krem-li": the old transliteration of the Kremlin is the same venue.
    text = rewritten(
        ARTICLES,
        "t05",
        "MÁT-XCƠ-VA, 21-5 - Chiều 21-5 (giờ địa phương),",
        "Chiều 21-5, tại Điện Krem-li,",
    )
    assert meetings(text)[0].place == "Moskva", meetings(text)[0].place


def test_the_one_a_funeral_is_for_met_no_one() -> None:
    # "Nhân dịp sang viếng Chủ tịch nước Trần Đại Quang, Thủ tướng … đã tiếp ông Kosachev":
    # the late President is whom the delegation came to mourn, not who received it (he was
    # read as the host, and the Prime Minister's reception as a second meeting).
    found = meetings(written(ARTICLES, "t08"))
    assert [names(m) for m in found] == [
        {("Nguyễn Xuân Phúc", "VN"), ("Konstantin Kosachev", "RU")}
    ], [names(m) for m in found]
    # Near miss: a President named as the one who receives is a participant.
    near = meetings(
        rewritten(
            ARTICLES,
            "t08",
            "Nhân dịp sang viếng Chủ tịch nước Trần Đại Quang, Thủ tướng Nguyễn Xuân Phúc",
            "Chủ tịch nước Trần Đại Quang",
        )
    )
    assert ("Trần Đại Quang", "VN") in names(near[0]), names(near[0])


def test_the_frame_s_place_yields_to_the_act_s_own() -> None:
    # "Trong khuôn khổ chuyến thăm … và dự Hội nghị Cấp cao ASEAN - Nga tại Sochi, … hội đàm
    # với … tại thủ đô Moskva": the summit was in Sochi, the talks in Moskva.
    lead = meetings(written(ARTICLES, "t10"))[0]
    assert (lead.date, lead.place) == ("2016-05-17", "Moskva"), (lead.date, lead.place)
    # Near miss: with no place of the act's own, the frame's place stands.
    near = meetings(rewritten(ARTICLES, "t10", " tại thủ đô Moskva.", "."))[0]
    assert near.place == "Sochi", near.place


def test_a_city_written_after_a_ministry_s_seat_is_where_it_is() -> None:
    # "tại Trụ sở Bộ Quốc phòng, Hà Nội": written out, not the Russian guest's capital
    # (the Russian minister is named first, and his title names the ministry too).
    lead = meetings(written(ARTICLES, "t11"))[0]
    assert lead.place == "Hà Nội", lead.place
    # Near miss: the seat alone, with the Russian minister named first, is in Moskva.
    near = meetings(
        rewritten(ARTICLES, "t11", "tại Trụ sở Bộ Quốc phòng, Hà Nội.", "tại trụ sở Bộ Quốc phòng.")
    )[0]
    assert near.place == "Moskva", near.place


def test_a_year_recalled_further_back_in_the_sentence_is_not_the_meeting_s() -> None:
    # "… nhắc lại chuyến thăm chính thức Liên bang Nga của Tổng Bí thư năm 2018": the recall
    # is more than forty characters before the year; still not the meeting's year.
    text = rewritten(
        ARTICLES,
        "t02",
        "gặp lại Chủ tịch Duma Quốc gia sau lần thăm Nga năm 2018",
        "gặp lại Chủ tịch Duma Quốc gia, nhắc lại chuyến thăm chính thức Liên bang Nga của"
        " Tổng Bí thư năm 2018",
    )
    assert meetings(text)[0].date is None, meetings(text)[0].date
