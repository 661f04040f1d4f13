"""Telegram HTML rendering: escaping, links, the 4,096 limit, and the checker itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from handlers import render as r
from tests.botkit import check_telegram_html, utf16_len, visible_text

any_text = st.text(
    alphabet=st.characters(blacklist_categories=()),
    max_size=5000,
)
hostile = st.one_of(
    any_text,
    st.lists(
        st.sampled_from(
            ["<", ">", "&", "&amp;", "<b>", "</b>", "http://a.b/<x>&y", "🙂", "\n", " ", "a", "é"]
        ),
        max_size=3000,
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(hostile)
def test_any_text_renders_to_valid_html(text: str) -> None:
    for markup in (r.esc(text), r.linkify(text), r.answer_html(text)):
        fitted = r.fit(markup)
        if visible_text(fitted).strip():  # handlers never send a blank reply
            check_telegram_html(fitted)


@settings(max_examples=200, deadline=None)
@given(any_text, st.integers(min_value=1, max_value=5000))
def test_trim_respects_utf16_limit(text: str, limit: int) -> None:
    assert utf16_len(r.trim(text, limit)) <= limit


def test_escaping() -> None:
    assert r.esc("<b>Tô Lâm & Putin</b>") == "&lt;b&gt;Tô Lâm &amp; Putin&lt;/b&gt;"
    assert r.esc("a\x00b\u202ec\td") == "abc\td"


def test_urls_become_links_named_after_the_site() -> None:
    html = r.linkify("Nguồn: https://www.vietnamplus.vn/a-b.html. Xem thêm")
    assert (
        html == 'Nguồn: <a href="https://www.vietnamplus.vn/a-b.html">vietnamplus.vn</a>. Xem thêm'
    )
    check_telegram_html(html)
    assert r.source_html("000_fa3ace93dbad29b0.txt") == "000_fa3ace93dbad29b0.txt"
    assert r.source_html('https://x.vn/?q="<a>"').startswith(
        '<a href="https://x.vn/?q=&quot;&lt;a&gt;&quot;">'
    )


def test_known_sources_are_linked_whole() -> None:
    url = "https://bao.vn/tin?a=1&b=<2>"
    html = r.linkify(f"Nguồn: {url} (và 1 nguồn khác)", urls=[url, "000_x.txt"])
    assert (
        html
        == 'Nguồn: <a href="https://bao.vn/tin?a=1&amp;b=&lt;2&gt;">bao.vn</a> (và 1 nguồn khác)'
    )
    check_telegram_html(html)


@settings(max_examples=200, deadline=None)
@given(hostile, st.lists(hostile, max_size=3))
def test_linkify_with_any_known_urls_is_valid(text: str, urls: list[str]) -> None:
    urls = [f"https://x.vn/{u}" for u in urls]
    markup = r.fit(r.answer_html(text + " " + " ".join(urls), urls=urls))
    if visible_text(markup).strip():
        check_telegram_html(markup)


def test_answer_first_short_line_is_bold() -> None:
    html = r.answer_html("Ngày 8/5/2025.\nTô Lâm <gặp> Mishustin.")
    assert html == "<b>Ngày 8/5/2025.</b>\nTô Lâm &lt;gặp&gt; Mishustin."


def test_fit_trims_long_markup_to_plain_text() -> None:
    long = "<b>" + r.esc("Tô Lâm & Putin " * 600) + "</b>"
    fitted = r.fit(long)
    check_telegram_html(fitted)
    assert fitted.endswith("…")


def test_strip_tags_for_the_console() -> None:
    assert (
        r.strip_tags('<b>Ngày</b> &lt;8/5&gt; <a href="https://a.vn/x">a.vn</a>')
        == "Ngày <8/5> a.vn (https://a.vn/x)"
    )


@pytest.mark.parametrize(
    "bad",
    [
        "<b>x",
        "x</b>",
        "<b><i>x</b></i>",
        "<span>x</span>",
        "a < b",
        "a > b",
        "&nbsp;",
        "a & b",
        '<a href="javascript:x">y</a>',
        "",
        "<code><b>x</b></code>",
    ],
)
def test_checker_rejects_invalid_html(bad: str) -> None:
    with pytest.raises(AssertionError):
        check_telegram_html(bad)


def test_an_outlet_named_inside_a_title_is_not_the_link() -> None:
    # The outlet "Công Thương" is also a ministry's name: only the source is linked.
    from store.language.models import Citation, Meeting, Participant
    from store.language.wording import meeting_line

    url = "https://congthuong.vn/bai-viet-1.html"
    m = Meeting(
        kind="làm việc",
        participants=[
            Participant(name="Nguyễn Hồng Diên", title="Bộ trưởng Bộ Công Thương", country="VN")
        ],
        citations=[
            Citation(article_id="a", source=url, url=url, outlet="Công Thương", title="Tin")
        ],
    )
    card = "Làm việc: Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên\nNguồn: Công Thương · Tin"
    html = r.cited_html(card, [m])
    assert html.count("<a ") == 1 and "Nguồn: <a" in html
    line = "Bộ trưởng Bộ Công Thương · " + meeting_line(m)
    html = r.cited_html(line, [m])
    assert html.count("<a ") == 1 and "(<a" in html
