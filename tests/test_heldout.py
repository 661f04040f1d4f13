"""Held-out check: articles and questions written without seeing the extractor or search code.

tests/heldout/ holds 14 short articles in the style of Vietnamese news sites (12 Vietnam–Russia
meetings, 2 distractors), their gold labels (gold.jsonl, same schema as tests/articles) and 60
newsroom questions (questions.jsonl). The test ingests the articles into a fresh store, compares
each article's main meeting with the gold field by field, asks every question and checks the top
result. It prints the accuracies and every miss, and asserts only the floors below, so the
numbers show how well the rules generalise rather than failing on a single item.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from store.language.models import Meeting
from store.services.answer import AskResult, ask
from store.services.ingest import ingest
from store.services.sources import load_paths
from store.storage.db import Store

HELDOUT = Path(__file__).resolve().parent / "heldout"
FIELDS = ("participants", "date", "date_inferred", "time_of_day", "place", "kind", "sectors")
EXTRACTION_FLOOR = 0.85
QUESTION_FLOOR = 0.90


def _jsonl(name: str) -> list[dict[str, Any]]:
    lines = (HELDOUT / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _people(participants: list[Any]) -> set[tuple[str, str | None]]:
    out: set[tuple[str, str | None]] = set()
    for p in participants:
        out.add((p["name"], p["country"]) if isinstance(p, dict) else (p.name, p.country))
    return out


def _from(m: Meeting, file: str) -> bool:
    return any(Path(s).name == file for s in m.sources)


def _brief(m: Meeting) -> str:
    names = ", ".join(f"{p.name} ({p.country})" for p in m.participants)
    return (
        f"date={m.date} inferred={m.date_inferred} time={m.time_of_day} place={m.place} "
        f"kind={m.kind} secondary={m.secondary} [{names}] sectors={m.sectors} "
        f"sources={m.sources}"
    )


def _field_ok(field: str, got: Meeting, want: dict[str, Any]) -> bool:
    if field == "participants":
        return _people(got.participants) == _people(want["participants"])
    if field == "sectors":  # every gold sector must be found; extra ones are not penalised
        return set(want["sectors"]) <= set(got.sectors)
    return getattr(got, field) == want[field]


def _pick_main(mine: list[Meeting], gold: dict[str, Any]) -> Meeting | None:
    """The article's main meeting: its non-secondary meeting (the gold pair if several)."""
    main = [m for m in mine if not m.secondary]
    if not main:
        return None
    want = _people(gold["participants"])
    return next((m for m in main if _people(m.participants) == want), main[0])


def _check_extraction(meetings: list[Meeting]) -> float:
    gold_rows = _jsonl("gold.jsonl")
    hits = {f: 0 for f in FIELDS}
    totals = {f: 0 for f in FIELDS}
    distractor_hits = distractor_total = 0
    secondary_hits = secondary_total = 0
    misses: list[str] = []

    for row in gold_rows:
        file = row["file"]
        mine = [m for m in meetings if _from(m, file)]
        shown = "\n      ".join(_brief(m) for m in mine) or "(no meeting)"
        if row["distractor"]:
            distractor_total += 1
            if mine:
                misses.append(f"  {file}: distractor yielded meetings\n      {shown}")
            else:
                distractor_hits += 1
            continue

        gold = row["meetings"][0]
        main = _pick_main(mine, gold)
        if len([m for m in mine if not m.secondary]) > 1:
            misses.append(f"  {file}: note: several main meetings\n      {shown}")
        for field in FIELDS:
            totals[field] += 1
            if main is not None and _field_ok(field, main, gold):
                hits[field] += 1
            else:
                got = None if main is None else getattr(main, field)
                if field == "participants" and main is not None:
                    got = sorted(_people(main.participants))
                    want: Any = sorted(_people(gold["participants"]))
                elif field == "sectors":
                    want = f"⊇ {gold['sectors']}"
                else:
                    want = gold[field]
                misses.append(f"  {file}: {field}: got {got!r}, want {want!r}")
        if main is None:
            misses.append(f"  {file}: no main meeting\n      {shown}\n      notes: {row['notes']}")

        for sec in row["meetings"][1:]:
            secondary_total += 1
            pair = _people(sec["participants"])
            if any(_people(m.participants) == pair for m in mine):
                secondary_hits += 1
            else:
                misses.append(f"  {file}: secondary {sorted(pair)} not found (not in floor)")

    print("\n=== held-out extraction (main meeting per article) ===")
    for field in FIELDS:
        print(f"  {field:<14} {hits[field]:>2}/{totals[field]}  {hits[field] / totals[field]:.2f}")
    print(f"  {'distractors':<14} {distractor_hits:>2}/{distractor_total}")
    print(f"  {'secondary':<14} {secondary_hits:>2}/{secondary_total}  (reported only)")
    checked = sum(totals.values()) + distractor_total
    passed = sum(hits.values()) + distractor_hits
    overall = passed / checked
    print(f"  overall        {passed}/{checked}  {overall:.3f}")
    print("--- extraction misses ---")
    print("\n".join(misses) or "  (none)")
    return overall


def _question_ok(result: AskResult, expect: dict[str, Any]) -> bool:
    if expect["none"]:
        return not result.results
    if not result.results:
        return False
    top = result.results[0]
    names = {p.name for p in top.participants}
    if not set(expect["participants"]) <= names:
        return False
    return expect["date"] is None or top.date == expect["date"]


async def _check_questions(store: Store) -> float:
    cases = _jsonl("questions.jsonl")
    passed = 0
    misses: list[str] = []
    for case in cases:
        result = await ask(store, case["q"], today=date.fromisoformat(case["today"]))
        if _question_ok(result, case["expect"]):
            passed += 1
            continue
        top = _brief(result.results[0]) if result.results else "(no result)"
        answer = " ".join(result.answer.split())[:160]
        misses.append(
            f"  Q: {case['q']!r}\n"
            f"      expect: {json.dumps(case['expect'], ensure_ascii=False)}\n"
            f"      understood: {json.dumps(result.understood.public(), ensure_ascii=False)}\n"
            f"      results: {len(result.results)}; top: {top}\n"
            f"      answer: {answer}"
        )
    accuracy = passed / len(cases)
    print("\n=== held-out questions (top-1) ===")
    print(f"  {passed}/{len(cases)}  {accuracy:.3f}")
    print("--- question misses ---")
    print("\n".join(misses) or "  (none)")
    return accuracy


async def test_heldout_extraction_and_questions(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "h.db")
    try:
        # Only the articles: the folder's .jsonl files are labels, not sources.
        await ingest(store, load_paths(sorted(HELDOUT.glob("h[0-9][0-9]_*.txt"))))
        meetings = await store.meetings()
        extraction = _check_extraction(meetings)
        questions = await _check_questions(store)
    finally:
        await store.close()
    assert extraction >= EXTRACTION_FLOOR, f"extraction {extraction:.3f} < {EXTRACTION_FLOOR}"
    assert questions >= QUESTION_FLOOR, f"questions {questions:.3f} < {QUESTION_FLOOR}"
