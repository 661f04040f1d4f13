"""Extraction accuracy on a labelled corpus, measured by the shared scorer (and fact audit).

Usage: python bench/measure_dev.py PATH/TO/corpus/dev2 [--show 50] [--audit] [--scorer PATH]

A thin wrapper: it runs ``score_corpus.py extract`` (and, with --audit, ``audit_facts.py``)
from the corpus's tools folder (``PATH/TO/tools/``, or --scorer) in the project root, so the
figure is exactly the strict one — every article ingested together through ``briefing
ingest --json`` with its publication date, the lead meeting judged, merges counted. The
corpus is read only by those tools, never by the project.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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
    runs = [[sys.executable, str(scorer), "extract", str(corpus), "--show", str(args.show)]]
    if args.audit:
        audit = scorer.parent / "audit_facts.py"
        if audit.exists():
            runs.append([sys.executable, str(audit), str(corpus)])
    code = 0
    for cmd in runs:
        code = max(code, subprocess.run(cmd, cwd=ROOT).returncode)
    return code


if __name__ == "__main__":
    sys.exit(main())
