"""Round 10 of reading questions, over articles written for these tests
(tests/session_articles, beside the seeds, tests/articles and tests/ask_articles): a body
meeting in numbered sessions named with no person ("phiên họp Ủy ban liên Chính phủ lần thứ
24"; in English and Russian too), the number selecting the session; and newsroom shorthand
typed all in lower case before an unmarked name ("ct tp hcm phan van mai"), the place
being the office's, not the meeting's venue.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from store.language import passages
from store.language.fold import fold
from store.language.query import expand_shorthand
from store.language.question_words import ordinal_phrases
from store.services.answer import ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store
from tests.asking import answered_any_way, misses_both_ways, with_ask_articles

TODAY = date(2026, 12, 1)
HERE = Path(__file__).resolve().parent


@pytest.fixture
async def store(seeded_store: Store) -> Store:
    await with_ask_articles(seeded_store)
    await ingest(seeded_store, load_paths([HERE / "session_articles"]))
    return seeded_store


# (question, the article of the session asked): tests/articles t53 reports the 24th session
# of the intergovernmental commission, t04 the 22nd, tests/ask_articles a09 the 23rd.
SESSIONS = [
    ("phiên họp Ủy ban liên Chính phủ lần thứ 24", "t53_"),
    ("kỳ họp thứ 22 ủy ban liên chính phủ Việt - Nga", "t04_khoa-hop-22"),
    ("Ủy ban liên Chính phủ Việt – Nga họp lần thứ XXIII ở đâu", "a09_"),
    ("khóa họp thứ hai mươi ba", "-"),  # no body named: nothing selected by it
    ("phiên họp lần thứ 9 Tiểu ban hợp tác giáo dục", "t01_tieu-ban"),
    ("Tiểu ban giáo dục họp lần thứ 8 khi nào", "t02_tieu-ban"),
]


async def test_a_numbered_session_is_the_answer(store: Store) -> None:
    cases = [(q, want) for q, want in SESSIONS if want != "-"]
    wrong = await misses_both_ways(store, cases, TODAY)
    assert not wrong, "\n".join(wrong)
    # The number selects: the other sessions of the same body are not listed after it.
    for question, want in cases:
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            assert r.total == 1, (typed, r.answer)
            assert want in r.results[0].sources[0]


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("24th session of the intergovernmental commission", "en"),
        ("where was the 24th meeting of the Vietnam-Russia intergovernmental committee", "en"),
        ("24-е заседание межправительственной комиссии", "ru"),
    ],
)
async def test_a_numbered_session_in_english_and_russian(
    store: Store, question: str, lang: str
) -> None:
    r = await ask(store, question, today=TODAY, lang=lang)
    assert r.total == 1, r.answer
    assert "t53_" in r.results[0].sources[0]


async def test_a_session_the_store_lacks_is_said_to_be_missing(store: Store) -> None:
    for question in (
        "phiên họp Ủy ban liên Chính phủ lần thứ 25",
        "khóa họp thứ XXI ủy ban liên chính phủ",
        "Tiểu ban hợp tác giáo dục phiên họp thứ 7",
    ):
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            assert not r.results, (typed, r.answer)
            assert "Chưa có bài nào" in r.answer, (typed, r.answer)
    r = await ask(store, "25th session of the intergovernmental commission", today=TODAY)
    assert not r.results and "session number 25" in r.answer, r.answer


async def test_a_body_named_alone_finds_its_sessions(store: Store) -> None:
    for typed in ("Ủy ban liên Chính phủ Việt - Nga", "uy ban lien chinh phu"):
        r = await ask(store, typed, today=TODAY, limit=10)
        sources = " ".join(m.sources[0] for m in r.results)
        missing = [s for s in ("t53_", "t04_khoa-hop-22", "a09_") if s not in sources]
        assert not missing, (typed, missing, r.answer)


async def test_errands_sharing_the_words_get_no_meeting(store: Store) -> None:
    wrong = await answered_any_way(
        store,
        [
            "lịch họp ủy ban phường lần thứ 3",
            "hội nghị chi bộ lần thứ 4 họp ở đâu",
            "ngày 26/11 là thứ mấy",
        ],
        TODAY,
        lower=True,
    )
    assert not wrong, "\n".join(wrong)


# All lower case, no marks: the shorthand title, then the office's place, then the name.
SHORTHAND = [
    ("ct tp hcm phan van mai gap ai o nga", "t04_chu-tich-tp-hcm"),
    ("bt ha noi gap thi truong moskva", "t05_bi-thu-ha-noi"),
    ("bt thanh uy ha noi tiep sobyanin", "t05_bi-thu-ha-noi"),
    ("pct ubnd tinh khanh hoa nguyen tan tuan tiep tong lanh su nga", "t06_khanh-hoa"),
]


async def test_lower_case_shorthand_before_an_unmarked_name(store: Store) -> None:
    wrong = await misses_both_ways(store, SHORTHAND, TODAY)
    assert not wrong, "\n".join(wrong)
    # The city is the office's: the meeting in Moskva is not said to be elsewhere.
    r = await ask(store, SHORTHAND[0][0], today=TODAY)
    assert r.results[0].place == "Moskva", r.answer


@pytest.mark.parametrize(
    ("question", "want"),
    [
        ("bt tinh uy khanh hoa", "bi thu tinh uy khanh hoa"),
        ("pct ubnd tp hcm", "pho chu tich ubnd tp hcm"),
        ("pct tp hcm", "pho chu tich ubnd tp hcm"),
        ("pbt thanh uy ha noi", "pho bi thu thanh uy ha noi"),
        ("ct hdnd tinh khanh hoa", "chu tich hdnd tinh khanh hoa"),
    ],
)
def test_a_short_head_before_its_body_and_place(question: str, want: str) -> None:
    assert expand_shorthand(question) == want
    # Not a minister: "bt" before a party committee is its secretary.
    assert "bo truong" not in expand_shorthand(question)


# tests/session_articles t03 has no publication date and says only "Ngày 9/9": the terms
# of the two speakers overlap for years, so no year can be read for it.
async def test_a_year_less_day_finds_the_meeting_whose_article_gives_no_year(
    store: Store,
) -> None:
    for question in (
        "Volodin hội kiến Vương Đình Huệ hôm 9/9",
        "Vương Đình Huệ gặp Volodin ngày 9/9",
        "Chủ tịch Quốc hội Vương Đình Huệ hội kiến Chủ tịch Duma ngày 9/9 ở đâu",
    ):
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            assert r.results, (typed, r.answer)
            top = r.results[0]
            assert "t03_chu-tich-quoc-hoi" in top.sources[0], (typed, r.answer)
            assert top.date is None, "no year is invented"
            assert "9/9, bài không nêu năm" in r.answer, r.answer
            # Vương Đình Huệ chaired the National Assembly from spring 2021 to spring 2024:
            # an inference, said as one.
            assert "Suy luận từ nhiệm kỳ" in r.answer and "2021–2023" in r.answer, r.answer
    r = await ask(store, "Volodin met Vuong Dinh Hue on 9 September", today=TODAY, lang="en")
    assert r.results and "the article gives no year" in r.answer, r.answer
    # The month alone holds that day: the meeting, said to be of an unknown year.
    for typed in ("Volodin hội kiến Vương Đình Huệ tháng 9", "volodin hoi kien vuong dinh hue thang 9"):
        r = await ask(store, typed, today=TODAY)
        assert "t03_chu-tich-quoc-hoi" in r.results[0].sources[0], (typed, r.answer)
        assert r.results[0].date is None and "Tháng 9, bài không nêu năm" in r.answer, r.answer


async def test_another_day_or_a_year_is_not_that_meeting(store: Store) -> None:
    for question in (
        "Volodin hội kiến Vương Đình Huệ hôm 10/9",
        "Volodin hội kiến Vương Đình Huệ tháng 10",
        "Volodin hội kiến Vương Đình Huệ ngày 9/9/2022",
        "Volodin hội kiến Vương Đình Huệ tháng 9/2022",
        "Volodin hội kiến Vương Đình Huệ năm 2022",
    ):
        for typed in (question, fold(question)):
            r = await ask(store, typed, today=TODAY)
            assert "bài không nêu năm" not in r.answer, (typed, r.answer)
            # Never given as a meeting of that day or month: at most an undated one,
            # said to be undated.
            for m in r.results:
                if "t03_chu-tich-quoc-hoi" in m.sources[0]:
                    assert m.date is None and "Ngày gặp không rõ" in r.answer, r.answer


def test_the_session_reported_is_not_the_one_announced_or_recalled() -> None:
    text = (
        "Ủy ban liên Chính phủ Việt - Nga kết thúc phiên họp tại Hà Nội\n\n"
        "Sáng 3/10, hai Phó Thủ tướng đồng chủ trì Phiên họp lần thứ 31 Ủy ban liên Chính phủ"
        " Việt Nam - Nga và nhất trí tổ chức Phiên họp lần thứ 32 của Ủy ban tại Moskva.\n\n"
        "Hai bên rà soát việc thực hiện Biên bản Phiên họp lần thứ 30 Ủy ban liên Chính phủ"
        " đã ký năm trước và bàn các dự án năng lượng mới."
    )
    p = passages.parse(text)
    body = ["uy ban lien chinh phu"]
    assert passages.numbered(p, body, ordinal_phrases("lan thu 31"))
    assert passages.numbered(p, body, ordinal_phrases("phien hop thu xxxi"))
    assert not passages.numbered(p, body, ordinal_phrases("lan thu 32"))
    assert not passages.numbered(p, body, ordinal_phrases("lan thu 30"))
    assert not passages.numbered(p, body, ordinal_phrases("lan thu 33"))
