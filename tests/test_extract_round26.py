"""Round 26 of extraction classes (issue 9), on reports written for these tests
(tests/round26_articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.extracting import meetings

ARTICLES = Path(__file__).resolve().parent / "round26_articles"


def _text(prefix: str) -> str:
    return next(ARTICLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


def test_the_year_of_a_whole_years_figure_does_not_date_the_meeting() -> None:
    # "kim ngạch … năm 2016 đạt hơn 3,8 tỷ USD" is told once 2016 is over: the session's
    # "Ngày 14/10" has no year the article gives.
    lead = meetings(_text("t01"))[0]
    assert lead.date is None, lead.date
    # Near misses: the year written with the day, or in the headline, still dates it.
    text = _text("t01").replace("Ngày 14/10,", "Ngày 14/10/2017,")
    assert meetings(text)[0].date == "2017-10-14"
    text = _text("t01").replace("Liên bang Nga\n", "Liên bang Nga năm 2017\n", 1)
    assert meetings(text)[0].date == "2017-10-14", meetings(text)[0].date


def test_a_bare_title_is_the_one_the_article_named_with_it_even_undated() -> None:
    # "Phó Chủ tịch Quốc hội X dẫn đầu … Sáng 20/6, … Phó Chủ tịch Quốc hội đã làm việc với
    # Y": no year anywhere, yet the working session is X's with Y, not the visit's.
    lead = meetings(_text("t02"))[0]
    people = {p.name for p in lead.participants}
    assert people == {"Nguyễn Đức Hải", "Konstantin Tolkachev"}, people
    assert lead.kind == "làm việc" and lead.date is None, (lead.kind, lead.date)
    # Near miss: two people of that title named before; the bare one is neither.
    text = _text("t02").replace(
        "do Phó Chủ tịch Quốc hội Nguyễn Đức Hải dẫn đầu",
        "do Phó Chủ tịch Quốc hội Nguyễn Đức Hải và Phó Chủ tịch Quốc hội Trần Quang Phương dẫn đầu",
    )
    for m in meetings(text):
        assert {p.name for p in m.participants} != {"Nguyễn Đức Hải", "Konstantin Tolkachev"}


def test_talks_a_report_recalls_keep_their_own_month_not_the_reports_day() -> None:
    lead = meetings(_text("t03"))[0]
    assert {p.name for p in lead.participants} == {"Nguyễn Kim Sơn", "Valery Falkov"}
    assert lead.date == "2022-06", lead.date
    # Told in passing by a report of something else: never the report's lead, quoted in
    # its own sentence.
    assert lead.secondary and "nhắc lại" in lead.summary, (lead.secondary, lead.summary)
    # Near miss: recalled without its month, the talks have no date (not 18/11/2023).
    text = _text("t03").replace(" hồi tháng 6/2022", "")
    found = [m for m in meetings(text) if "Valery Falkov" in {p.name for p in m.participants}]
    assert found and all(m.date != "2023-11-18" for m in found), [m.date for m in found]


def test_a_senator_or_member_of_parliament_the_data_lacks_is_read_by_title() -> None:
    lead = meetings(_text("t04"))[0]
    people = {(p.name, p.country) for p in lead.participants}
    assert people == {("Vũ Hải Hà", "VN"), ("Oleg Melnichenko", "RU")}, people
    text = _text("t04").replace("Thượng nghị sĩ Oleg", "Nghị sĩ Duma Quốc gia Nga Oleg", 1)
    assert ("Oleg Melnichenko", "RU") in {
        (p.name, p.country) for p in meetings(text)[0].participants
    }
    # Near miss: a parliamentary group without a name is no one.
    text = _text("t04").replace(
        "Thượng nghị sĩ Oleg Vladimirovich Melnichenko, Phó Chủ tịch Ủy ban Chính sách kinh tế",
        "đoàn Nhóm nghị sĩ hữu nghị Nga - Việt",
    )
    for m in meetings(text):
        assert not any("nghị" in p.name.lower() or "Nhóm" in p.name for p in m.participants), m


def test_a_delegation_led_by_someone_with_a_degree_has_its_leader() -> None:
    from store.language.delegations import delegation_leaders
    from store.language.document import analyse
    from store.language.lexicon import get_lexicon
    from store.language.models import Article

    doc = analyse(Article(text=_text("t05"), source="t.txt"), get_lexicon(), date(2026, 12, 5))
    assert [m.key for m, _ in delegation_leaders(doc)] == ["Nguyễn Đình Công"]
    lead = meetings(_text("t05"), published=date(2023, 9, 20))[0]
    assert lead.date == "2023-09-13" and lead.kind == "làm việc", (lead.date, lead.kind)


def test_initials_and_a_patronymics_initial_name_one_person_once() -> None:
    first = "\n\n".join(_text("t06").split("\n\n")[:2])
    for written, want in (
        ("GS. Dmitry Yu. Sednev", "Dmitry Sednev"),
        ("ông Dmitry A. Sednev", "Dmitry Sednev"),
        ("Viện sĩ Viktor A. Sednev", "Viktor Sednev"),
    ):
        found = {
            p.name
            for m in meetings(first.replace("GS. D.Yu. Sednev", written))
            for p in m.participants
        }
        assert want in found, (written, found)
    # Initials first, the full name later in the same report: one participant, in full.
    found = {p.name for m in meetings(_text("t06")) for p in m.participants}
    assert "Dmitry Sednev" in found and "D Sednev" not in found, found
    # Near miss: a name with a patronymic ("Valentina Ivanovna") gives no surname to match
    # an unknown "V.A. Ivanov" to; nor does a bare initial of another person.
    text = first.replace("GS. D.Yu. Sednev", "Viện sĩ V.A. Ivanov") + " Ông Viktor Ivanov cho biết."
    found = {p.name for m in meetings(text, published=date(2024, 10, 10)) for p in m.participants}
    assert "Valentina Matviyenko" not in found and "Viktor Ivanov" in found, found


def test_a_sites_today_beside_its_sections_dates_nothing() -> None:
    # "Thứ Năm, 12/03/2026 | 09:15  Trang chủ | Chính trị | …": the site's today and its
    # menu, not a byline; "Chiều 22/11" then has no year (it was given 2025).
    lead = meetings(_text("t15"))[0]
    assert {p.name for p in lead.participants} >= {"Nguyễn Mạnh Quyền"}, lead.participants
    assert lead.date is None, lead.date
    # Near miss: a byline under the headline still gives the year.
    text = _text("t15").replace("đô thị\n\n", "đô thị\n\nThứ Năm, 23/11/2023 - 08:00\n\n", 1)
    assert meetings(text)[0].date == "2023-11-22", meetings(text)[0].date


def test_a_governor_of_a_province_named_before_and_a_meeting_told_as_before() -> None:
    # "làm việc với Thống đốc tỉnh Vladislav Valeryevich Shapsha": the province named before.
    lead = meetings(_text("t16"))[0]
    assert {p.name for p in lead.participants} == {"Phạm Minh Chính", "Vladislav Shapsha"}
    assert lead.date == "2023-09-12", lead.date
    # Near miss: with no counterpart in Kaluga, the talks told as before lead — in the trip's
    # month, not on the report's day.
    text = _text("t16").replace(
        "làm việc với Thống đốc tỉnh Vladislav Valeryevich Shapsha", "làm việc với lãnh đạo tỉnh"
    )
    lead = meetings(text)[0]
    assert "Mikhail Mishustin" in {p.name for p in lead.participants}, lead.participants
    assert (lead.date, lead.date_inferred) == ("2023-09", True), lead.date


def test_a_weekday_just_past_picks_the_year_the_day_fell_on_it() -> None:
    # "Thứ Ba vừa qua (10/3)": 10/3/2026 was a Tuesday, 10/3/2025 a Monday.
    lead = meetings(_text("t17"))[0]
    assert (lead.date, lead.date_inferred) == ("2026-03-10", True), lead.date
    text = _text("t17").replace("Thứ Ba vừa qua", "Thứ Hai vừa qua")
    assert meetings(text)[0].date == "2025-03-10", meetings(text)[0].date
