"""Extraction accuracy on a labelled corpus, measured by the shared scorer (and fact audit).

Usage: python bench/measure_dev.py PATH/TO/corpus/dev2 [--show 50] [--audit] [--scorer PATH]

A thin wrapper: it runs ``score_corpus.py extract`` (``… ask`` too where the corpus has
queries.jsonl; with --audit, ``audit_facts.py``)
from the corpus's tools folder (``PATH/TO/tools/``, or --scorer) in the project root, so the
figure is exactly the strict one — every article ingested together through ``briefing
ingest --json`` with its publication date, the lead meeting judged, merges counted. The
corpus is read only by those tools, never by the project. The summary lines are recorded
for the README's table (bench/results.py).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from results import record  # noqa: E402


def _run(cmd: list[str]) -> tuple[int, str]:
    """Run one scorer, echoing its output; return its exit code and last summary line."""
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    sys.stdout.write(proc.stdout)
    sys.stderr.write(proc.stderr)
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    return proc.returncode, lines[-1] if lines else ""


def _share(summary: str) -> float | None:
    """The percentage of a scorer's summary line ("…: 59/59 = 100.0%")."""
    match = re.search(r"= ([\d.]+)%", summary)
    return float(match.group(1)) if match else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="a corpus folder (articles.jsonl, articles/)")
    parser.add_argument("--show", type=int, default=50, help="misses to print")
    parser.add_argument("--audit", action="store_true", help="also run the fact audit")
    parser.add_argument(
        "--scorer", type=Path, help="score_corpus.py (default: CORPUS/../../tools/)"
    )
    args = parser.parse_args()
    corpus = args.corpus.resolve()
    tools = corpus.parent.parent / "tools"
    scorer = args.scorer or tools / "score_corpus.py"
    if not scorer.exists():
        print(f"no scorer at {scorer}; pass --scorer PATH")
        return 2
    code, extraction = _run(
        [sys.executable, str(scorer), "extract", str(corpus), "--show", str(args.show)]
    )
    figure, met = extraction, (_share(extraction) or 0) >= 95
    if (corpus / "queries.jsonl").exists():
        asked_code, asked = _run([sys.executable, str(scorer), "ask", str(corpus)])
        code = max(code, asked_code)
        figure += f"; {asked}"
        met = met and (_share(asked) or 0) >= 97
    audit = scorer.parent / "audit_facts.py"
    if args.audit and audit.exists():
        audit_code, audited = _run([sys.executable, str(audit), str(corpus)])
        code = max(code, audit_code)
        figure += f"; {audited}"
        found = re.search(r"(\d+) unsupported facts", audited)
        met = met and found is not None and found.group(1) == "0"
    record(f"corpus_{corpus.name}", figure=figure, met=met)
    return code


if __name__ == "__main__":
    sys.exit(main())
