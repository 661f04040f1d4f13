"""Check that two checkouts extract the same meetings from the same articles, byte for byte.

Usage: python bench/extract_check.py CORPUS... [--synth 2000] [--base /work/main]
       python bench/extract_check.py --dump OUT --code DIR CORPUS... [--synth N]

A speed change to the extractor must not change what it finds. Each CORPUS is a labelled
corpus folder (articles.jsonl + articles/ID.txt, fed with its url and publication date as
the scorer feeds them) or a folder of article files (.txt, .jsonl, .html: the seeds);
--synth adds that many bench/synth.py articles. Both checkouts (--base, and this one) run
in their own interpreter and write every article's meetings — every field, excluded ones
too — as one JSON line; the first differing article is printed. Exit code 1 on a difference.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 12, 1)


def _plain(value: Any) -> Any:
    """A JSON-able copy of a record with every dataclass field, excluded ones too."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(v) for v in value), key=repr)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, date):
        return value.isoformat()
    return value


def _articles(corpora: list[Path], synth: int) -> list[tuple[str, Any]]:
    from store.language.models import Article
    from store.services.sources import load_paths, read_jsonl

    out: list[tuple[str, Any]] = []
    for corpus in corpora:
        gold = corpus / "articles.jsonl"
        if gold.exists() and (corpus / "articles").is_dir():
            rows = [
                json.loads(line)
                for line in gold.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ]
            lines = [
                json.dumps(
                    {
                        "url": row.get("url"),
                        "published": row.get("published"),
                        "text": (corpus / "articles" / f"{row['id']}.txt").read_text(
                            encoding="utf-8"
                        ),
                    },
                    ensure_ascii=False,
                )
                for row in rows
            ]
            read = read_jsonl("\n".join(lines), corpus / "articles.jsonl")
            for row, article in zip(rows, read, strict=True):
                out.append((f"{corpus.name}/{row['id']}", article))
        else:
            files = sorted(p for p in corpus.iterdir() if p.is_file())
            for article in load_paths(files):
                if isinstance(article, Article):
                    out.append((f"{corpus.name}/{article.source}", article))
    if synth:
        from synth import Generator

        out += [(f"synth/{n}", a) for n, a in enumerate(Generator().articles(synth, 0))]
    return out


def dump(out: Path, corpora: list[Path], synth: int) -> None:
    from store.language.extract import extract_meetings

    articles = _articles(corpora, synth)
    start = time.process_time()
    with out.open("w", encoding="utf-8") as f:
        for key, article in articles:
            text_hash = hashlib.sha1(article.text.encode()).hexdigest()[:12]
            try:
                meetings: Any = _plain(extract_meetings(article, TODAY))
            except Exception as exc:  # noqa: BLE001 - a failure is an output too
                meetings = f"error: {type(exc).__name__}: {exc}"
            line = {"key": key, "text": text_hash, "meetings": meetings}
            f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    cpu = time.process_time() - start
    print(
        f"{len(articles)} articles, extraction CPU {cpu / len(articles) * 1000:.2f} ms an article"
    )


def _run(code: Path, out: Path, corpora: list[Path], synth: int) -> None:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--dump", str(out), "--code", str(code)]
    cmd += ["--synth", str(synth), *map(str, corpora)]
    print(f"{code}: ", end="", flush=True)
    subprocess.run(cmd, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, nargs="*")
    parser.add_argument("--synth", type=int, default=0, help="generated articles to add")
    parser.add_argument("--base", type=Path, default=Path("/work/main"), help="checkout to compare")
    parser.add_argument("--code", type=Path, default=HERE.parent, help=argparse.SUPPRESS)
    parser.add_argument("--dump", type=Path, help="write this checkout's output and stop")
    args = parser.parse_args()
    corpora = [c.resolve() for c in args.corpora]
    if args.dump:
        sys.path[:0] = [str(args.code.resolve()), str(HERE)]
        dump(args.dump, corpora, args.synth)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        base, mine = Path(tmp) / "base.jsonl", Path(tmp) / "mine.jsonl"
        _run(args.base.resolve(), base, corpora, args.synth)
        _run(HERE.parent, mine, corpora, args.synth)
        a = base.read_text(encoding="utf-8").splitlines()
        b = mine.read_text(encoding="utf-8").splitlines()
    differ = [(x, y) for x, y in zip(a, b, strict=False) if x != y]
    if len(a) != len(b):
        print(f"article counts differ: {len(a)} and {len(b)}")
        return 1
    if differ:
        print(f"{len(differ)} of {len(a)} articles differ; the first:")
        print(f"  base: {differ[0][0][:3000]}\n  mine: {differ[0][1][:3000]}")
        return 1
    print(f"identical: {len(a)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
