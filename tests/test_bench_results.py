"""The README's Measurements table is rendered from the bench scripts' recorded figures."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _results_module():
    spec = importlib.util.spec_from_file_location("bench_results", ROOT / "bench" / "results.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


results = _results_module()


def test_record_keeps_the_figure_with_its_command_date_and_machine(tmp_path, monkeypatch):
    monkeypatch.setattr(results, "RESULTS", tmp_path)
    monkeypatch.setattr(sys, "argv", [str(ROOT / "bench" / "bench_disk.py"), "--n", "2000"])
    path = results.record("disk", figure="3.10 MB per 1,000 meetings", met=False)
    entry = json.loads(path.read_text(encoding="utf-8"))
    assert entry["figure"] == "3.10 MB per 1,000 meetings"
    assert entry["command"] == "python bench/bench_disk.py --n 2000"
    assert entry["met"] is False
    assert entry["machine"]["cores"] >= 1 and entry["when"].endswith("UTC")


def test_a_path_outside_the_project_is_recorded_by_its_last_part(tmp_path, monkeypatch):
    monkeypatch.setattr(results, "RESULTS", tmp_path / "results")
    corpus = tmp_path / "corpus" / "dev2"
    corpus.mkdir(parents=True)
    monkeypatch.setattr(sys, "argv", ["bench/measure_dev.py", str(corpus), "--audit"])
    entry = json.loads(results.record("corpus_dev2", figure="x").read_text(encoding="utf-8"))
    assert entry["command"] == "python bench/measure_dev.py …/dev2 --audit"


def test_table_shows_recorded_rows_in_order_and_unrun_ones_as_such(tmp_path, monkeypatch):
    monkeypatch.setattr(results, "RESULTS", tmp_path)
    monkeypatch.setattr(sys, "argv", ["bench/bench_ingest.py"])
    results.record("ingest", figure="612 articles/s | peak 90 MiB", met=True)
    results.record("an_extra_bench", figure="7 things")
    rows = results.table(tmp_path).splitlines()
    keys = [r.key for r in results.ROWS]
    ingest = next(i for i, line in enumerate(rows) if "612 articles/s" in line)
    disk = next(i for i, line in enumerate(rows) if "bench_disk.py" in line)
    assert (ingest < disk) == (keys.index("ingest") < keys.index("disk"))
    assert "612 articles/s \\| peak 90 MiB" in rows[ingest] and rows[ingest].endswith("| yes |")
    assert "not run since this table was generated" in rows[disk]
    assert "7 things" in rows[-1]  # a key no row names still shows, last
    assert len(rows) == 2 + len(results.ROWS) + 1


def test_render_replaces_only_the_marked_table(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["bench/bench_ingest.py"])
    store = tmp_path / "results"
    monkeypatch.setattr(results, "RESULTS", store)
    results.record("ingest", figure="501 articles/s", met=True)
    readme = tmp_path / "README.md"
    readme.write_text(
        f"# Title\n\nbefore\n{results.START}\n| old |\n{results.END}\nafter\n", encoding="utf-8"
    )
    old, new = results.render(readme, store)
    assert "| old |" in old and "| old |" not in new
    assert new.startswith("# Title\n\nbefore\n") and new.endswith(f"{results.END}\nafter\n")
    assert "501 articles/s" in new
    readme.write_text("no markers here", encoding="utf-8")
    with pytest.raises(SystemExit):
        results.render(readme, store)


def test_the_readme_table_is_rendered_from_the_recorded_figures():
    old, new = results.render()
    assert old == new, "README.md's Measurements table is stale: run python bench/results.py"
