"""Generator for ``store/data/body_dict_N.txt``: the preset dictionary article texts are
compressed with (store.storage.bodies).

Usage: python tools/build_body_dict.py N [--out store/data]

The dictionary is the domain's own vocabulary from the data files (office titles and their
patterns, sector names and synonyms, meeting kinds, place names and venues), so a news
report's titles, places and sector words become back-references. On the labelled dev
corpora it made texts 25% smaller than zlib alone (24% on bench/synth.py's). A dictionary is never edited
once stored texts use it (they name it by its Adler-32 checksum): build the next number
and add it to bodies.DICTIONARIES instead.

From number 2 on, the last 12 kB are the phrases news reports repeat ("hai bên nhất trí",
"quan hệ Đối tác chiến lược toàn diện"): runs of 3–8 words that recur in at least three of
the project's own articles (tests/articles, seeds), the most bytes saved first, and the
vocabulary fills what is left of the window. Another 9–10% off each text (on the labelled
dev and dev2 corpora, which it was not built from, and on bench/synth.py's).

From number 3 on, texts are deflated in store.storage.bodies.CHARSET (one byte a
Vietnamese letter), so sizes are counted in it and only strings it can write are kept:
the same sources fill the window with a third more of their vocabulary.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.storage import bodies  # noqa: E402

# In this order: zlib reaches the last 32 kB only, so the offices (the most strings) come
# first and what every report names (places, sectors, kinds) last.
SOURCES = ("offices.json", "places.json", "sectors.json", "kinds.json")
WINDOW = 32768  # zlib uses the dictionary's last 32 kB
PHRASE_SOURCES = ("tests/articles", "seeds")  # the project's own news texts (*.txt)
PHRASE_BYTES = 12000
PHRASE_TEXTS = 3  # a phrase recurs in this many texts at least


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _size(s: str, number: int) -> int | None:
    """Bytes ``s`` takes in dictionary ``number``'s encoding (None: it cannot be written)."""
    if number < 3:
        return len(s.encode())
    try:
        return len(bodies._to_charset(s))
    except UnicodeEncodeError:
        return None


def phrases(roots: list[Path], number: int = 2) -> str:
    """Word runs the texts under ``roots`` repeat, most bytes saved last (nearest the text)."""
    texts = sorted(p for root in roots for p in root.glob("*.txt"))
    seen_in: Counter[str] = Counter()
    for path in texts:
        words = re.findall(r"\S+", path.read_text(encoding="utf-8"))
        seen_in.update(
            {" ".join(words[i : i + n]) for n in range(3, 9) for i in range(len(words) - n + 1)}
        )
    sizes = {g: _size(g, number) for g, c in seen_in.items() if c >= PHRASE_TEXTS}
    ranked = sorted(
        (g for g, n in sizes.items() if n is not None),
        key=lambda g: (-seen_in[g] * (sizes[g] or 0), g),
    )
    out: list[str] = []
    size = 0
    for g in ranked:
        if any(g in taken for taken in out):
            continue
        out.append(g)
        size += (sizes[g] or 0) + 1
        if size > PHRASE_BYTES:
            break
    return "\n".join(reversed(out))


def build(data: Path, number: int = 1) -> str:
    tail = phrases([ROOT / p for p in PHRASE_SOURCES], number) if number >= 2 else ""
    room = WINDOW - ((_size(tail, number) or 0) + 1 if tail else 0)
    strings: dict[str, int] = {}
    for name in SOURCES:
        for s in _strings(json.loads((data / name).read_text(encoding="utf-8"))):
            # Not ids nor links, nor what the dictionary's encoding cannot write.
            n = _size(s, number) if 3 < len(s) < 80 and "://" not in s and "_" not in s else None
            if n is not None:
                strings[s] = n
    out: list[str] = []
    size = 0
    for s in reversed(list(strings)):
        size += strings[s] + 1
        if size > room:
            break
        out.append(s)
    vocabulary = " ".join(reversed(out))
    return f"{vocabulary}\n{tail}" if tail else vocabulary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("number", type=int)
    parser.add_argument("--out", type=Path, default=ROOT / "store" / "data")
    args = parser.parse_args()
    path = args.out / f"body_dict_{args.number}.txt"
    if path.exists():
        raise SystemExit(f"{path} exists: stored texts may use it, so it is never rebuilt")
    path.write_text(build(ROOT / "store" / "data", args.number), encoding="utf-8")
    print(path, path.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
