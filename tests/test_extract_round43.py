"""Round 43 of extraction classes, on reports written for these tests
(tests/round43_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings, rewritten, written

ARTICLES = Path(__file__).resolve().parent / "round43_articles"


def test_a_headline_act_retold_yesterday_on_a_page_dated_to_a_month_has_its_year() -> None:
    # " date 2017-03" before a headline act the body retells as "Sáng qua (giờ địa phương),
    # …": yesterday of a day in March 2017 (or the last of February) is surely in 2017; the
    # month is not, and no day is.
    lead = meetings(written(ARTICLES, "t01"), None)[0]
    assert (lead.kind, lead.date, lead.date_inferred) == ("hội kiến", "2017", True)
    assert {p.name for p in lead.participants} == {"Nguyễn Chí Dũng", "Maxim Oreshkin"}
    # Near miss: with no relative day in the body the page's month dates nothing.
    other = rewritten(ARTICLES, "t01", "Sáng qua (giờ địa phương), tại", "Tại")
    assert meetings(other, None)[0].date is None


def test_a_ministry_named_in_a_minister_s_title_is_no_plan() -> None:
    # "Bộ trưởng Kế hoạch và Đầu tư X đã hội kiến Y": "Kế hoạch" (plan) is the ministry's
    # name, capitalised after the title, not a plan to meet.
    dated = rewritten(ARTICLES, "t01", "Sáng qua (giờ địa phương)", "Ngày 14/3").replace(
        " date 2017-03 ", ""
    )
    lead = meetings(dated, date(2017, 3, 15))[0]
    assert (lead.kind, lead.date, lead.date_inferred) == ("hội kiến", "2017-03-14", False)
    # Near miss: the plan written as one ("có kế hoạch hội kiến") is no meeting held (what
    # is left is the minister's trip).
    planned = dated.replace("đã hội kiến Bộ trưởng", "có kế hoạch hội kiến Bộ trưởng")
    assert "hội kiến" not in {m.kind for m in meetings(planned, date(2017, 3, 15))}


def test_a_city_and_a_dash_opening_the_act_s_sentence_is_where_it_was_held() -> None:
    # "Sochi - Bên lề Diễn đàn …, X đã hội kiến Y" under a headline naming the act: the
    # sentence telling it opens with its city, a dateline with no day.
    lead = meetings(written(ARTICLES, "t02"), None)[0]
    assert (lead.kind, lead.place) == ("hội kiến", "Sochi")
    # Near miss: the city and a dash on a heading line of their own ("Sochi - Điểm hẹn …")
    # above an act that names no place say nothing of where it was held.
    heading = rewritten(ARTICLES, "t02", "Sochi - Bên lề", "Bên lề").replace(
        "Phó Thủ tướng Vương Đình Huệ hội kiến Phó Thủ tướng Nga Dmitry Kozak\n",
        "Sochi - Điểm hẹn của các nhà đầu tư\n",
    )
    assert meetings(heading, None)[0].place is None


def test_a_live_page_s_entries_are_of_the_page_s_day_its_byline_gives() -> None:
    # "TRỰC TIẾP: …", "Thứ Hai, 25/9/2023 | Thời sự", then "08:30 — X và Y bắt đầu hội đàm":
    # the entry is of the page's day (inferred: no entry writes it).
    lead = meetings(written(ARTICLES, "t03"), None)[0]
    assert (lead.kind, lead.date, lead.date_inferred) == ("hội đàm", "2023-09-25", True)
    # Near miss: a page with no live mark is no live page; its timed lines give no day.
    plain = rewritten(ARTICLES, "t03", "TRỰC TIẾP: ", "").replace("Cập nhật liên tục các", "Các")
    assert meetings(plain, None)[0].date is None


def test_a_visit_begins_in_the_city_of_the_airport_the_guest_landed_at() -> None:
    # "… đã hạ cánh xuống Sân bay quốc tế Nội Bài (Hà Nội), bắt đầu chuyến thăm …": the visit
    # record is placed where it began.
    lead = meetings(written(ARTICLES, "t04"), None)[0]
    assert (lead.kind, lead.place) == ("thăm", "Hà Nội")
    # Near miss: an airport a plane left from is no place the visit was.
    left = rewritten(ARTICLES, "t04", "đã hạ cánh xuống", "đã cất cánh từ")
    assert meetings(left, None)[0].place is None


def test_a_banquet_for_a_visit_is_the_story_not_the_visit() -> None:
    # "X chủ trì tiệc chiêu đãi trọng thể chào mừng Y thăm chính thức Việt Nam", "Phát biểu tại
    # tiệc chiêu đãi, X nhấn mạnh chuyến thăm …": the banquet is the page's act.
    lead = meetings(written(ARTICLES, "q03"), None)[0]
    assert (lead.kind, lead.date, lead.place) == ("dự lễ", "2018-11-18", "Hà Nội")
    # Near miss: a welcome ceremony for the visit leaves the visit the story.
    welcome = (
        rewritten(
            ARTICLES,
            "q03",
            "chủ trì tiệc chiêu đãi trọng thể chào mừng",
            "chủ trì lễ đón chính thức",
        )
        .replace("Phát biểu tại tiệc chiêu đãi", "Phát biểu tại buổi lễ")
        .replace("Dự tiệc chiêu đãi có", "Dự lễ đón có")
    )
    assert meetings(welcome, None)[0].kind == "thăm"


def test_talks_held_during_an_earlier_visit_are_not_the_report_s_act() -> None:
    # "Tối nay, X đã tới Sochi, bắt đầu tham dự Hội nghị … theo lời mời của Tổng thống Y.
    # Đây là lần thứ hai trong năm nay X tới Nga, sau chuyến thăm chính thức cuối tháng 3 với
    # cuộc hội kiến với Tổng thống Y tại Moskva.": the talks were in March, in Moskva; what the
    # page reports is the arrival. Never "hội kiến, Moskva" on the day of the page.
    found = meetings(written(ARTICLES, "t05"), None)
    assert (found[0].kind, found[0].date, found[0].place) == ("thăm", "2016-05-19", "Sochi")
    assert not [m for m in found if m.place == "Moskva" and m.date == "2016-05-19"], found


def test_talks_just_before_a_press_conference_are_the_day_s_act() -> None:
    # Near miss: "hôm nay phát biểu tại họp báo sau hội đàm với Y": the talks of that day,
    # told without a time of their own, are what the page reports.
    text = (
        "Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh hôm nay phát biểu tại họp báo sau"
        " hội đàm với Ngoại trưởng Nga Sergei Lavrov tại Hà Nội.\n\nHai bên nhất trí tăng cường"
        " hợp tác quốc phòng, năng lượng và thương mại."
    )
    lead = meetings(text, date(2018, 7, 30))[0]
    assert (lead.kind, lead.date, lead.place) == ("hội đàm", "2018-07-30", "Hà Nội")


def test_the_day_an_agreement_came_into_force_is_not_the_meeting_s() -> None:
    # "Bên lề Tuần lễ Cấp cao APEC, X đã có cuộc gặp với Y. Tại cuộc gặp, X đánh giá cao việc
    # Hiệp định … chính thức có hiệu lực từ ngày 5/10/2016.": the agreement's day, not the
    # meeting's (which the page does not give).
    text = (
        "Bên lề Tuần lễ Cấp cao APEC tại Lima, Chủ tịch nước Trần Đại Quang đã có cuộc gặp với"
        " Tổng thống Liên bang Nga Vladimir Putin. Tại cuộc gặp, Chủ tịch nước đánh giá cao"
        " việc Hiệp định thương mại tự do giữa Việt Nam và Liên minh Kinh tế Á - Âu chính thức"
        " có hiệu lực từ ngày 5/10/2016.\n\nHai bên nhất trí thúc đẩy hợp tác năng lượng."
    )
    lead = meetings(text, None)[0]
    assert (lead.kind, lead.place, lead.date) == ("gặp", "Lima", None)
    # Near miss: a day the next sentence gives the meeting itself is its day.
    own = text.replace("Tại cuộc gặp, Chủ tịch nước", "Tại cuộc gặp ngày 19/11/2016, Chủ tịch nước")
    assert meetings(own, None)[0].date == "2016-11-19"


_DAY_OF_A_VISIT = (
    " date 2018-11-19 Thủ tướng Nguyễn Xuân Phúc hội đàm với Thủ tướng Nga Medvedev\n\n"
    "Sáng 19/11, tại Trụ sở Chính phủ, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng"
    " Liên bang Nga Dmitry Medvedev đang thăm chính thức Việt Nam.\n\n"
    "Trước đó, cùng buổi sáng, Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng đã tiếp Thủ tướng"
    " Medvedev tại Trụ sở Trung ương Đảng.\n\n"
    "Trong chương trình chuyến thăm, Thủ tướng Nga còn hội kiến Chủ tịch Quốc hội Nguyễn Thị"
    " Kim Ngân và gặp Phó Thủ tướng Phạm Bình Minh."
)


def test_the_same_morning_is_the_day_of_the_act_told_before() -> None:
    # "Trước đó, cùng buổi sáng, X đã tiếp Y": the reception is of that morning's day.
    found = meetings(_DAY_OF_A_VISIT, None)
    reception = next(m for m in found if "Nguyễn Phú Trọng" in {p.name for p in m.participants})
    assert (reception.kind, reception.date, reception.time_of_day) == ("tiếp", "2018-11-19", "sáng")
    # Near miss: "Trước đó," alone leaves that day unsaid.
    other = meetings(_DAY_OF_A_VISIT.replace("Trước đó, cùng buổi sáng,", "Trước đó,"), None)
    reception = next(m for m in other if "Nguyễn Phú Trọng" in {p.name for p in m.participants})
    assert reception.date != "2018-11-19", reception.date


def test_each_verb_of_a_subject_named_by_title_alone_is_its_meeting() -> None:
    # "Thủ tướng Nga còn hội kiến A và gặp B": Medvedev met A, and B.
    found = meetings(_DAY_OF_A_VISIT, None)
    pairs = {frozenset(p.name for p in m.participants) for m in found}
    assert frozenset({"Nguyễn Thị Kim Ngân", "Dmitry Medvedev"}) in pairs, pairs
    assert frozenset({"Phạm Bình Minh", "Dmitry Medvedev"}) in pairs, pairs
    # Near miss: a verb with its own subject of the other side takes no one from the verb
    # before ("Thủ tướng Nga hội kiến A; Phó Thủ tướng B gặp Bộ trưởng C").
    own = _DAY_OF_A_VISIT.replace(
        "và gặp Phó Thủ tướng Phạm Bình Minh.",
        "; Phó Thủ tướng Phạm Bình Minh gặp Bộ trưởng Ngoại giao Nga Sergei Lavrov.",
    )
    pairs = {frozenset(p.name for p in m.participants) for m in meetings(own, None)}
    assert frozenset({"Phạm Bình Minh", "Dmitry Medvedev"}) not in pairs, pairs
