"""The package's own files (store/data), found beside this module.

``importlib.resources.files`` does the same for a package that may sit in a zip archive,
at the price of importing its readers and ``zipfile`` (20–30 ms of a 0.25 s
``briefing ask`` that ``import telegram`` never pays). This package is installed as plain
files (pip, editable or not), so its folder is enough.
"""

from __future__ import annotations

from pathlib import Path

_ROOTS = {"store": Path(__file__).resolve().parent.parent}


def files(package: str) -> Path:
    """The folder of ``package`` (only ``store``), as ``importlib.resources.files`` gives it."""
    return _ROOTS[package]
