"""Generator for ``store/data/body_dict_N.txt``: the preset dictionary article texts are
compressed with (store.storage.bodies).

Usage: python tools/build_body_dict.py N [--out store/data]

The dictionary is the domain's own vocabulary from the data files (office titles and their
patterns, sector names and synonyms, meeting kinds, place names and venues), so a news
report's titles, places and sector words become back-references. On the labelled dev
corpora it made texts 25% smaller than zlib alone (24% on bench/synth.py's). A dictionary is never edited
once stored texts use it (they name it by its Adler-32 checksum): build the next number
and add it to bodies.DICTIONARIES instead.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# In this order: zlib reaches the last 32 kB only, so the offices (the most strings) come
# first and what every report names (places, sectors, kinds) last.
SOURCES = ("offices.json", "places.json", "sectors.json", "kinds.json")
WINDOW = 32768  # zlib uses the dictionary's last 32 kB


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def build(data: Path) -> str:
    strings: dict[str, None] = {}
    for name in SOURCES:
        for s in _strings(json.loads((data / name).read_text(encoding="utf-8"))):
            if 3 < len(s) < 80 and "://" not in s and "_" not in s:  # not ids nor links
                strings[s] = None
    out: list[str] = []
    size = 0
    for s in reversed(list(strings)):
        size += len(s.encode()) + 1
        if size > WINDOW:
            break
        out.append(s)
    return " ".join(reversed(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("number", type=int)
    parser.add_argument("--out", type=Path, default=ROOT / "store" / "data")
    args = parser.parse_args()
    path = args.out / f"body_dict_{args.number}.txt"
    if path.exists():
        raise SystemExit(f"{path} exists: stored texts may use it, so it is never rebuilt")
    path.write_text(build(ROOT / "store" / "data"), encoding="utf-8")
    print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
