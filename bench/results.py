"""The bench scripts' latest figures, and the README's Measurements table rendered from them.

Usage: python bench/results.py [--check]

Every bench script ends with ``record(KEY, figure=…, met=…)``: the figure it printed, with the
date, the machine (cores, memory, load average over the run) and the exact command, goes to
``bench/results/KEY.json``. This script rewrites the table between the README's
``<!-- measurements -->`` markers from those files, in the order of ``ROWS``; a row whose
script has not been run since shows that, never a figure typed by hand. ``--check`` exits 1
when the README's table differs from the files (CI-friendly, no rewrite).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
README = ROOT / "README.md"
START, END = "<!-- measurements -->", "<!-- /measurements -->"


@dataclass(frozen=True)
class Row:
    """One row of the table: what is measured, by which script, against which target."""

    key: str
    what: str
    script: str
    target: str


ROWS: tuple[Row, ...] = (
    Row(
        "corpus_dev",
        "labelled real news (the shared `corpus/dev`), strict: lead meeting's fields right, "
        "questions answered right, facts its text does not support",
        "python bench/measure_dev.py CORPUS/dev --audit",
        "fields ≥ 95%, questions ≥ 97%, 0 unsupported",
    ),
    Row(
        "corpus_dev2",
        "labelled real news (the shared `corpus/dev2`), strict: lead meeting's fields right, "
        "questions answered right, facts its text does not support",
        "python bench/measure_dev.py CORPUS/dev2 --audit",
        "fields ≥ 95%, questions ≥ 97%, 0 unsupported",
    ),
    Row(
        "ask_latency_100k",
        "`ask()` ms p50 / p99 / max at 100,000 generated articles built through ingest, every "
        "category, FTS5 bm25 timed alternately in the same run",
        "python bench/bench_ask.py --size 100k",
        "p99 ≤ 10 ms in every category; ≥ 20× FTS5 p99; no out-of-scope answer",
    ),
    Row(
        "ask_latency_10k",
        "`ask()` ms p50 / p99 / max at 10,000 generated articles built through ingest, every "
        "category, FTS5 bm25 timed alternately in the same run",
        "python bench/bench_ask.py --size 10k",
        "p99 ≤ 10 ms in every category; ≥ 20× FTS5 p99; no out-of-scope answer",
    ),
    Row(
        "ask_latency_1k",
        "`ask()` ms p50 / p99 / max at 1,000 generated articles built through ingest, every "
        "category, FTS5 bm25 timed alternately in the same run",
        "python bench/bench_ask.py --size 1k",
        "p99 ≤ 10 ms in every category; ≥ 20× FTS5 p99; no out-of-scope answer",
    ),
    Row(
        "ask_accuracy",
        "top-1 accuracy on the test questions, seeded store, beside FTS5 and a rapidfuzz scan",
        "python bench/bench_ask.py --accuracy",
        "ahead of both baselines",
    ),
    Row(
        "ingest",
        "ingest throughput: generated articles of realistic length (bench/synth.py) through "
        "`store.services.ingest.ingest`, 1 and 2 extraction workers alternately",
        "python bench/bench_ingest.py",
        "≥ 500 articles/s",
    ),
    Row(
        "disk",
        "store size per 1,000 meetings, generated articles ingested, VACUUMed",
        "python bench/bench_disk.py --n 2000",
        "≤ 2.5 MB",
    ),
    Row(
        "startup",
        '`briefing ask` wall beside `python -c "import telegram"`, alternately',
        "python bench/bench_startup.py",
        "no slower than importing telegram",
    ),
    Row(
        "updates",
        "updates/s through `Application.process_update` with a recording Bot API",
        "python bench/bench_updates.py",
        "≥ 800/s",
    ),
    Row(
        "private_questions_100k",
        "private questions per second through the update processor (50 users, questions of "
        "every category from the store), beside PTB's echo ceiling in the same run",
        "python bench/bench_updates.py --stores STORE",
        "the bot never the bottleneck below Telegram's limits",
    ),
    Row(
        "backends_100k",
        "`ask()` on PostgreSQL beside SQLite, alternately, over bench_ask.py's 100,000-article "
        "store copied into PostgreSQL with `briefing copy`",
        "python bench/bench_backends.py --from-sqlite DB",
        "the same answers; no question over 1 s",
    ),
    Row(
        "backends_10k",
        "`ask()` on PostgreSQL beside SQLite, alternately, over the same 10,000 generated "
        "articles ingested into each",
        "python bench/bench_backends.py --sizes 10000",
        "the same answers; no question over 1 s",
    ),
    Row(
        "digests",
        "digest composition of 10,000 subscriptions, and delivery to a recording Bot API",
        "python bench/bench_digests.py",
        "compose < 2 s; ≤ 30 messages in any second",
    ),
    Row(
        "replica_delivery",
        "digest delivery by 1, 2 and 4 replicas on one PostgreSQL database",
        "python bench/bench_replica_delivery.py",
        "Telegram's 30/s met, never exceeded",
    ),
    Row(
        "charts",
        "charts on 100,000 meetings (SQL aggregation; whole call with drawing)",
        "python bench/bench_charts.py",
        "≤ 1 s",
    ),
)


def machine() -> dict[str, object]:
    """What the figure was measured on: cores, memory, load average, Python."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f"{pages / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        memory = "?"
    try:
        load = "/".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load = "?"
    return {
        "cores": os.cpu_count(),
        "memory": memory,
        "load": load,
        "python": platform.python_version(),
    }


def _shown(arg: str) -> str:
    """An argument as the table shows it, quoted for a shell; a path outside the project (a
    corpus, a scorer) by its last part only, since a reader's clone has no such folder."""
    path = Path(arg)
    if not path.exists() or path.resolve().is_relative_to(ROOT):
        return shlex.quote(arg)
    return f"…/{shlex.quote(path.name)}"


def record(key: str, *, figure: str, met: bool | None = None) -> Path:
    """Keep the figure a bench script just printed as the latest for ``key``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{key}.json"
    command = "python " + " ".join(
        _shown(a) for a in [os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]]
    )
    entry = {
        "key": key,
        "figure": figure,
        "met": met,
        "command": command,
        "when": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
    }
    path.write_text(json.dumps(entry, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"recorded in {os.path.relpath(path, ROOT)} (render the README: python bench/results.py)")
    return path


def _unlisted(key: str) -> Row:
    """A row for a key ROWS does not name: a corpus measured by measure_dev.py, or any other."""
    if key.startswith("corpus_"):
        name = key.removeprefix("corpus_")
        return Row(
            key,
            f"labelled news written outside the project and kept from its developers (`{name}`),"
            " strict, as the dev corpora",
            "",
            "fields ≥ 95%, questions ≥ 97%, 0 unsupported",
        )
    return Row(key, key, "", "")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table(results: Path = RESULTS) -> str:
    """The Measurements table in Markdown, one row per known key plus any unknown ones."""
    entries = {
        p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(results.glob("*.json"))
    }
    known = {r.key for r in ROWS}
    rows = list(ROWS) + [_unlisted(k) for k in entries if k not in known]
    lines = [
        "| what | command | latest figure | measured | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        e = entries.get(row.key)
        if e is None:
            lines.append(
                f"| {_cell(row.what)} | `{row.script}` | not run since this table was generated"
                f" | – | {_cell(row.target)} | – |"
            )
            continue
        m = e["machine"]
        where = f"{e['when']}; {m['cores']} cores, {m['memory']}, load {m['load']} (1/5/15 min)"
        met = {True: "yes", False: "**no**", None: "–"}[e["met"]]
        lines.append(
            f"| {_cell(row.what)} | `{_cell(e['command'])}` | {_cell(e['figure'])} | {where}"
            f" | {_cell(row.target)} | {met} |"
        )
    return "\n".join(lines)


def render(readme: Path = README, results: Path = RESULTS) -> tuple[str, str]:
    """The README's text as it is, and as it should be with the table regenerated."""
    text = readme.read_text(encoding="utf-8")
    head, sep, rest = text.partition(START)
    _, sep2, tail = rest.partition(END)
    if not sep or not sep2:
        raise SystemExit(f"{readme.name} has no {START} … {END} markers")
    return text, f"{head}{START}\n{table(results)}\n{END}{tail}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the README is stale")
    args = parser.parse_args()
    old, new = render()
    if args.check:
        if old != new:
            print("README.md's Measurements table is stale: run python bench/results.py")
            return 1
        return 0
    if old != new:
        README.write_text(new, encoding="utf-8")
        print("README.md: Measurements table regenerated")
    else:
        print("README.md: Measurements table already current")
    return 0


if __name__ == "__main__":
    sys.exit(main())
