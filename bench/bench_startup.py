"""Wall time of ``briefing ask`` beside ``python -c "import telegram"``, run alternately.

Usage: python bench/bench_startup.py [--db PATH] [--runs 10] [--question "…"]

Both are fresh processes of this virtualenv's Python; the compiled lexicon is in its disk
cache (one warm-up run of each first), and the project's modules are byte-compiled first as
pip byte-compiles python-telegram-bot's at install (with PYTHONDONTWRITEBYTECODE set, as on
this machine, the editable install would otherwise parse every module from source each run). Prints the median and the range of each, and the
ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "bench"))

from results import record  # noqa: E402

# A cache folder of this checkout's own: the compiled lexicon's cache keeps one version, so
# another checkout's process on this machine (other data, other code) would replace it and
# every run here would compile the lexicon again. XDG_CACHE_HOME, not BRIEFING_CACHE: a
# BRIEFING_ variable makes `ask` read its settings, which it skips when none is set.
ENV = {**os.environ, "XDG_CACHE_HOME": f"/tmp/bench_startup_cache_{ROOT.name}"}
CPU: dict[str, list[float]] = {}  # CPU seconds (user + system) of each command's runs


def wall(cmd: list[str]) -> float:
    """Wall seconds of one run; its CPU seconds go to CPU, which a loaded machine inflates
    far less than the wall time (the shared cores here often run 3-4 processes each)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    took = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    CPU.setdefault(cmd[-1], []).append(cpu)
    return took


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=None, help="default: a store of the seeds")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--question", default="Tô Lâm gặp Putin năm 2024")
    args = parser.parse_args()
    db = args.db
    if db is None:
        db = Path("/tmp/bench_startup_seeds.db")
        if not db.exists():
            subprocess.run(
                [str(BIN / "briefing"), "--db", str(db), "ingest", str(ROOT / "seeds")],
                check=True,
                stdout=subprocess.DEVNULL,
            )
    ask = [str(BIN / "briefing"), "--db", str(db), "ask", args.question]
    telegram = [sys.executable, "-c", "import telegram"]
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "bot", "handlers", "store"],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall(ask), wall(telegram)  # warm the OS page cache and the lexicon cache
    ours: list[float] = []
    theirs: list[float] = []
    for i in range(args.runs):
        for which in (0, 1) if i % 2 == 0 else (1, 0):
            (ours if which == 0 else theirs).append(wall(ask if which == 0 else telegram))

    def cell(v: list[float]) -> str:
        return f"{statistics.median(v):.2f} s ({min(v):.2f}–{max(v):.2f})"

    cpu_ours, cpu_theirs = CPU[ask[-1]][1:], CPU[telegram[-1]][1:]  # without the warm-up
    print(f"briefing ask ({db.name}): wall {cell(ours)}, CPU {cell(cpu_ours)}")
    print(f'python -c "import telegram": wall {cell(theirs)}, CPU {cell(cpu_theirs)}')
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(
        f"ratio of medians: wall {ratio:.2f},"
        f" CPU {statistics.median(cpu_ours) / statistics.median(cpu_theirs):.2f}"
    )
    record(
        "startup",
        figure=f"briefing ask wall {cell(ours)}, import telegram {cell(theirs)}, medians"
        f" {ratio:.2f}× ({args.runs} runs each)",
        met=ratio <= 1.0,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
