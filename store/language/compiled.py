"""Regexes and objects compiled once and kept on disk, so a process starts quickly.

Python compiles a regex in pure Python (parse, then code generation); the lexicon's trie
regexes take most of a second. The code generated for a pattern is a list of integers that
``_sre.compile`` turns into a pattern object at once, so it can be kept in a file. Anything
kept here is keyed by the Python version, the regex engine's version and a hash of what
it was built from; when a cache cannot be read or written, things are built as before.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import re
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
KEPT_VERSIONS = 4  # cached builds of one name kept side by side
# (pattern, flags, code, groups, groupindex, indexgroup): the arguments of _sre.compile.
Code = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]


def regex_code(pattern: str, flags: int = 0) -> Code | None:
    """The compiled code of a pattern (None when this Python's internals differ)."""
    try:
        from re import _compiler, _parser  # type: ignore[attr-defined]

        p = _parser.parse(pattern, flags)
        code = _compiler._code(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup: list[str | None] = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        return (
            pattern,
            int(flags | p.state.flags),
            [int(c) for c in code],  # plain ints: the named opcodes do not pickle
            p.state.groups - 1,
            groupindex,
            tuple(indexgroup),
        )
    except Exception:  # noqa: BLE001 - any change of the internals: compile as usual
        return None


def from_code(code: Code | None, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """The pattern object for kept code; compiled from the source when that fails."""
    if code is not None and code[0] == pattern:
        try:
            import _sre

            return _sre.compile(*code)  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001
            pass
    return re.compile(pattern, flags)


class KeptPattern:
    """A compiled regex that pickles as its code, not as its source to compile again."""

    __slots__ = ("pattern", "flags", "rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags
        self.rx = re.compile(pattern, flags)

    def __getstate__(self) -> tuple[str, int, Code | None]:
        return self.pattern, self.flags, regex_code(self.pattern, self.flags)

    def __setstate__(self, state: tuple[str, int, Code | None]) -> None:
        self.pattern, self.flags, code = state
        self.rx = from_code(code, self.pattern, self.flags)


def cache_dir() -> Path:
    """``$BRIEFING_CACHE``, else the user's cache folder."""
    env = os.environ.get("BRIEFING_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ban-tin-viet-nga"


def fingerprint(parts: Iterable[bytes]) -> str:
    h = hashlib.sha256()
    h.update(sys.version.encode())
    try:
        import _sre

        h.update(str(_sre.MAGIC).encode())
    except (ImportError, AttributeError):
        pass
    for part in parts:
        h.update(hashlib.sha256(part).digest())
    return h.hexdigest()[:20]


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed by another process meanwhile
        return 0.0


class _CodePickler(pickle.Pickler):
    """Pickles a compiled regex as its code (see KeptPattern), so tables holding patterns are
    read back without compiling any of them again."""

    def reducer_override(self, obj: object) -> Any:
        if isinstance(obj, re.Pattern):
            return from_code, (regex_code(obj.pattern, obj.flags), obj.pattern, obj.flags)
        return NotImplemented


def kept(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when one with this key is there."""
    path = cache_dir() / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as f:
            return pickle.load(f)  # type: ignore[no-any-return]
    except Exception:  # noqa: BLE001 - missing, partial or stale: build it
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-")
        with os.fdopen(fd, "wb") as f:
            _CodePickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(tmp, path)
        # Earlier versions go, but not the few newest: checkouts of different versions
        # (a release and a development tree) share this folder and would rebuild in turn.
        versions = sorted(path.parent.glob(f"{name}-*.pickle"), key=_mtime, reverse=True)
        for old in versions[KEPT_VERSIONS:]:
            old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only home: build every time
        pass
    return value


def source_bytes(*modules: Any) -> list[bytes]:
    """The source files of modules, for cache keys."""
    out = []
    for m in modules:
        try:
            out.append(Path(m.__file__).read_bytes())
        except (OSError, TypeError, AttributeError):
            out.append(repr(m).encode())
    return out


# Module-level regexes of the question grammar, date readers and passages: their code kept
# in one file, read once per process (a few hundred patterns compile in 60-250 ms, which
# is most of what `briefing ask` spends before it reads the store). Patterns not kept yet
# are compiled as usual and added when the process ends.
_REGEX_CAP = 20_000  # beyond this, a save keeps only what this process used
_regex_codes: dict[tuple[str, int], Code] | None = None
_regex_used: dict[tuple[str, int], Code] = {}
_regex_dirty = False


def _regex_path() -> Path:
    return cache_dir() / f"regexes-{fingerprint([b'regex code v1'])}.pickle"


def _save_regexes() -> None:
    codes = _regex_codes if _regex_codes and len(_regex_codes) <= _REGEX_CAP else _regex_used
    path = _regex_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regexes-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(codes, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001 - a read-only cache: compile every time
        pass


def word_start_caseless(*words: str) -> str:
    r"""``(?<!\w)(?i:w1|w2|…)`` for plain words, written so that the regex starts with a letter:
    each word once per case of its first letter, the word-start check after that letter, the
    rest case-blind. The engine scans for those letters; the lookbehind and every case-blind
    word were tried at every position. The same matches, for first letters that match only
    their upper and lower case ("i", "k" and "s" match others: not for them)."""
    return "(?:" + "|".join(word_start_alternatives(*words)) + ")"


def word_start_alternatives(*words: str) -> list[str]:
    """``word_start_caseless``'s alternatives, to join with others that start with a letter:
    the engine scans for first letters only when every alternative of the regex's first
    alternation starts with one, and a group nested in it hides its letters."""
    alts = []
    for word in words:
        head, rest = word[0], re.escape(word[1:])
        if head.lower() in "iks":
            raise ValueError(f"{word!r}: its first letter matches more than two cases")
        for c in dict.fromkeys((head.lower(), head.upper())):
            alts.append(rf"{re.escape(c)}(?<!\w{re.escape(c)})(?i:{rest})")
    return alts


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the engine's \w matches in a str


def word_spans(text: str, phrase: str) -> Iterator[tuple[int, int]]:
    r"""The spans of ``re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)``: a phrase
    met again as a whole word, without compiling a pattern per phrase (a name looked for in
    each article would recompile for each, past the ``re`` module's cache)."""
    if not phrase:
        yield from (m.span() for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or not _word_char(text[at - 1])) and (
            end == len(text) or not _word_char(text[end])
        ):
            yield at, end
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)


def kept_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from kept code when this pattern was seen before."""
    global _regex_codes, _regex_dirty
    if _regex_codes is None:
        try:
            with _regex_path().open("rb") as f:
                _regex_codes = pickle.load(f)
        except Exception:  # noqa: BLE001 - missing or unreadable: start empty
            _regex_codes = {}
    key = (pattern, int(flags))
    code = _regex_codes.get(key)
    if code is None:
        code = regex_code(pattern, flags)
        if code is None:
            return re.compile(pattern, flags)
        _regex_codes[key] = code
        if not _regex_dirty:
            _regex_dirty = True
            atexit.register(_save_regexes)
    _regex_used[key] = code
    return from_code(code, pattern, flags)
