"""Every string a Telegram user reads comes from the catalogue, in all three languages.

Two checks, both static (AST) so that a new reply is caught before anyone runs it:
- a Vietnamese literal in the Telegram surface (handlers/, the bot modules that send to
  chats, and the store modules whose reasons reach chats) that is not in ``tests/fixtures/vi_literals_left.json`` fails the test: a reply must
  be a ``say(lang, key)`` lookup. That file lists what is still to be moved (it may only
  shrink: a listed literal that no longer exists fails too, so the list stays honest).
  Docstrings, log lines and words compared against input (``==``, ``in``, regexes) are not
  replies and are not counted.
- every ``say``/``items`` call with a literal key names a key present in vi, en and ru, and
  passes every placeholder the three strings use.
"""

from __future__ import annotations

import ast
import json
import re
import string
from pathlib import Path

from store.language.catalogue import LANGS, catalogue

ROOT = Path(__file__).resolve().parent.parent
LEFT = Path(__file__).parent / "fixtures" / "vi_literals_left.json"
# The Telegram surface: what these modules send is read by chat users. The operator's
# console and CLI (bot/cli*, console, settings, startup errors) speak Vietnamese by design.
# Store modules whose reasons and notes reach chats (a refused feed, a skipped file, a page
# not fetched, an answer's notes) say them with a catalogue Reason or say(), not a literal.
STORE_REPORTS = [
    ROOT / "store" / "services" / f"{m}.py"
    for m in ("feeds", "opml", "web", "sources", "ingest", "answer")
]
SURFACE = [*sorted((ROOT / "handlers").glob("*.py")), ROOT / "bot" / "digests.py", *STORE_REPORTS]
_VI = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.IGNORECASE
)
_LOG = {"debug", "info", "warning", "error", "exception", "critical"}


def _text(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    assert isinstance(node, ast.JoinedStr)
    return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)


def _not_replies(tree: ast.AST) -> set[int]:
    """Nodes whose strings are not sent: docstrings, log calls, input vocabulary."""
    skip: set[int] = set()

    def under(node: ast.AST) -> None:
        skip.update(id(n) for n in ast.walk(node))

    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            under(body[0])
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Attribute) and (
                f.attr in _LOG or (isinstance(f.value, ast.Name) and f.value.id == "re")
            ):
                under(node)
        if isinstance(node, ast.Compare):
            under(node)
    return skip


def vi_literals(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _not_replies(tree)
    found = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Constant) and isinstance(node.value, str)
        ):
            text = _text(node)
            if _VI.search(text):
                found.append(text)
        if isinstance(node, ast.JoinedStr):
            skip.update(id(n) for n in ast.walk(node))  # its parts are counted with it
    return found


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_vietnamese_reply_outside_the_catalogue() -> None:
    left: dict[str, list[str]] = json.loads(LEFT.read_text(encoding="utf-8"))
    new, gone = [], []
    for path in SURFACE:
        found = vi_literals(path)
        allowed = left.get(_rel(path), [])
        new += [f"{_rel(path)}: {t!r}" for t in found if t not in allowed]
        gone += [f"{_rel(path)}: {t!r}" for t in allowed if t not in found]
    assert not new, "Vietnamese text sent to users outside the catalogue:\n" + "\n".join(new)
    assert not gone, f"moved to the catalogue; drop from {LEFT.name}:\n" + "\n".join(gone)


def test_the_finder_finds_a_new_literal_reply(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        '"""Trả lời."""\n'
        "async def f(message, lang):\n"
        '    if message.text == "xoá":\n'
        '        log.info("đã xoá")\n'
        '    await message.reply_text(say(lang, "answer.none"))\n'
        '    await message.reply_text(f"Đã xoá {message.text}")\n',
        encoding="utf-8",
    )
    assert vi_literals(module) == ["Đã xoá {}"]


def _fields(text: str) -> set[str]:
    return {f.split(".")[0].split("[")[0] for _, f, _, _ in string.Formatter().parse(text) if f}


def _lookups() -> list[tuple[str, str, set[str] | None]]:
    """(where, key, keyword names passed — None when ``**values`` hides them)."""
    out = []
    for path in [*ROOT.glob("handlers/*.py"), *ROOT.glob("bot/*.py"), *ROOT.glob("store/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            key = node.args[1]
            if name not in {"say", "items"} or not isinstance(key, ast.Constant):
                continue
            given = {k.arg for k in node.keywords}
            out.append(
                (f"{_rel(path)}:{node.lineno}", str(key.value), None if None in given else given)
            )
    return out


def test_every_key_used_exists_in_every_language_with_its_placeholders() -> None:
    lookups = _lookups()
    assert len(lookups) > 50  # the walk sees the code
    problems = []
    for where, key, given in lookups:
        for lang in LANGS:
            text = catalogue(lang).get(key)
            if text is None:
                problems.append(f"{where}: {key!r} missing in {lang}")
            elif given is not None and not _fields(text) <= given:
                problems.append(f"{where}: {key!r} in {lang} needs {_fields(text) - given}")
    assert not problems, "\n".join(problems)
