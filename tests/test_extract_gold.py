"""Extraction checked against hand-labelled articles (tests/articles/*.txt|html + gold.jsonl).

The articles were written for this project in the style of Vietnamese news sites, with
their clutter, date forms and name spellings. Each gold line records what a careful reader
finds: the main meeting first, then meetings reported in passing (``secondary``); the
"notes" field says why. Distractors report no Vietnam–Russia meeting at all.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from store.language.models import Article, Meeting

ARTICLES = Path(__file__).resolve().parent / "articles"
TODAY = date(2026, 11, 24)

KINDS = {
    "hội đàm",
    "hội kiến",
    "tiếp",
    "gặp",
    "điện đàm",
    "thăm",
    "điện mừng",
    "điện chia buồn",
    "làm việc",
    "chào từ biệt",
    "đồng chủ trì",
}
TIMES = {"sáng", "trưa", "chiều", "tối", "đêm"}
PLACES = {
    "Moskva",
    "Hà Nội",
    "Bình Nhưỡng",
    "Sochi",
    "Kazan",
    "Saint Petersburg",
    "Vladivostok",
    "TP Hồ Chí Minh",
    "Đà Nẵng",
    "Kaluga",
    "Nga",
    "Việt Nam",
}
SECTORS = {
    "năng lượng",
    "dầu khí",
    "điện hạt nhân",
    "quốc phòng",
    "an ninh",
    "thương mại",
    "đầu tư",
    "kinh tế",
    "giáo dục - đào tạo",
    "khoa học - công nghệ",
    "trí tuệ nhân tạo",
    "kinh tế số",
    "du lịch",
    "văn hóa",
    "y tế",
    "nông nghiệp",
    "giao thông vận tải",
    "lao động",
    "hợp tác địa phương",
    "giao lưu nhân dân",
    "hợp tác biển",
    "năng lượng tái tạo",
    "logistics",
    "công nghiệp",
    "hợp tác nghị viện",
    "chính trị - ngoại giao",
}
DATE_FORM = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _read_gold() -> list[dict[str, Any]]:
    lines = (ARTICLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


GOLD = _read_gold()
MEETING_ROWS = [row for row in GOLD if not row["distractor"]]
DISTRACTOR_ROWS = [row for row in GOLD if row["distractor"]]
SECONDARY_CASES = [
    pytest.param(row["file"], m, id=f"{row['file'].rsplit('.', 1)[0]}-secondary{i}")
    for row in GOLD
    for i, m in enumerate(row["meetings"])
    if m["secondary"]
]


def _ids(rows: list[dict[str, Any]]) -> list[str]:
    return [row["file"].rsplit(".", 1)[0] for row in rows]


def _load(name: str) -> Article:
    path = ARTICLES / name
    if path.suffix == ".html":
        from store.services.sources import read_file  # lazy: the gold checks run without it

        found = list(read_file(path))
        assert len(found) == 1 and isinstance(found[0], Article), f"{name}: {found!r}"
        return found[0]
    return Article(text=path.read_text(encoding="utf-8"), source=name)


@cache
def _extract(name: str) -> tuple[Meeting, ...]:
    from store.language.extract import extract_meetings  # lazy, as in _load

    return tuple(extract_meetings(_load(name), today=TODAY))


def _people(participants: list[Any]) -> set[tuple[str, str | None]]:
    out: set[tuple[str, str | None]] = set()
    for p in participants:
        if isinstance(p, dict):
            out.add((p["name"], p["country"]))
        else:
            out.add((p.name, p.country))
    return out


def _show(meetings: tuple[Meeting, ...]) -> str:
    return "\n".join(json.dumps(m.public(), ensure_ascii=False) for m in meetings) or "(no meeting)"


# --- the extractor against the gold --------------------------------------------------------


@pytest.mark.parametrize("row", MEETING_ROWS, ids=_ids(MEETING_ROWS))
def test_main_meeting(row: dict[str, Any]) -> None:
    gold = row["meetings"][0]
    meetings = _extract(row["file"])
    assert meetings, f"{row['file']}: no meeting extracted ({row['notes']})"
    main = meetings[0]
    got = {
        "date": main.date,
        "date_inferred": main.date_inferred,
        "time_of_day": main.time_of_day,
        "place": main.place,
        "kind": main.kind,
        "participants": _people(main.participants),
        "secondary": main.secondary,
    }
    want = {
        "date": gold["date"],
        "date_inferred": gold["date_inferred"],
        "time_of_day": gold["time_of_day"],
        "place": gold["place"],
        "kind": gold["kind"],
        "participants": _people(gold["participants"]),
        "secondary": False,
    }
    assert got == want, f"{row['file']}\nnotes: {row['notes']}\nextracted:\n{_show(meetings)}"
    missing = set(gold["sectors"]) - set(main.sectors)
    assert not missing, f"{row['file']}: sectors {sorted(missing)} not found in {main.sectors}"


@pytest.mark.parametrize(("file", "gold"), SECONDARY_CASES)
def test_secondary_meeting_is_found(file: str, gold: dict[str, Any]) -> None:
    meetings = _extract(file)
    want = _people(gold["participants"])
    assert any(_people(m.participants) == want for m in meetings), (
        f"{file}: no meeting between {sorted(want)}\nextracted:\n{_show(meetings)}"
    )


@pytest.mark.parametrize("row", DISTRACTOR_ROWS, ids=_ids(DISTRACTOR_ROWS))
def test_distractor_yields_no_meeting(row: dict[str, Any]) -> None:
    meetings = _extract(row["file"])
    assert meetings == (), f"{row['file']} ({row['notes']})\nextracted:\n{_show(meetings)}"


# --- the gold itself -------------------------------------------------------------------------


def test_every_article_has_one_gold_line() -> None:
    files = sorted(p.name for p in ARTICLES.iterdir() if re.match(r"t\d\d_.+\.(txt|html)$", p.name))
    labelled = [row["file"] for row in GOLD]
    assert sorted(labelled) == files
    assert len(set(labelled)) == len(labelled)


@pytest.mark.parametrize("row", GOLD, ids=_ids(GOLD))
def test_gold_line_is_well_formed(row: dict[str, Any]) -> None:
    meetings = row["meetings"]
    assert row["notes"].strip()
    assert row["distractor"] == (meetings == [])
    for i, m in enumerate(meetings):
        assert m["secondary"] == (i > 0), "the main meeting comes first, and only once"
        assert m["kind"] in KINDS
        assert m["time_of_day"] is None or m["time_of_day"] in TIMES
        assert m["place"] is None or m["place"] in PLACES
        assert set(m["sectors"]) <= SECTORS
        countries = {p["country"] for p in m["participants"]}
        # One side only is a visit record (never a meeting between the two sides).
        assert countries == {"VN", "RU"} or (m["secondary"] and m["kind"] == "thăm")
        if m["date"] is None:
            assert m["date_inferred"] is False
        else:
            assert DATE_FORM.match(m["date"])
            if len(m["date"]) == 10:
                assert date(2015, 1, 1) <= date.fromisoformat(m["date"]) <= TODAY
    if row["file"].endswith(".txt"):
        size = len((ARTICLES / row["file"]).read_text(encoding="utf-8"))
        assert 800 <= size <= 3000
