"""Generator for ``store/data/sector_dict_N.txt``: the preset dictionary meetings' sector
lists are compressed with in SQLite (store.storage.packed).

Usage: python tools/build_sector_dict.py N [--out store/data]

Every sector name and synonym of store/data/sectors.json as a JSON string, comma-separated
as a stored list writes them, the names last (nearest the text: they are what lists hold
most). A list of ten sectors (200 bytes) takes 31. Never rebuilt once stored lists use it:
build the next number and add it to packed.SECTOR_DICTIONARIES instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(data: Path) -> str:
    sectors = json.loads((data / "sectors.json").read_text(encoding="utf-8"))
    names = [s["name"] for s in sectors]
    synonyms = [x for s in sectors for x in s.get("synonyms", []) if x not in names]
    ordered = list(dict.fromkeys([*synonyms, *names]))
    return ",".join(json.dumps(x, ensure_ascii=False) for x in ordered)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("number", type=int)
    parser.add_argument("--out", type=Path, default=ROOT / "store" / "data")
    args = parser.parse_args()
    path = args.out / f"sector_dict_{args.number}.txt"
    if path.exists():
        raise SystemExit(f"{path} exists: stored lists may use it, so it is never rebuilt")
    path.write_text(build(ROOT / "store" / "data"), encoding="utf-8")
    print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
