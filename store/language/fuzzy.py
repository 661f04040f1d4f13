"""rapidfuzz's modules, imported when a fuzzy match is first needed.

Importing rapidfuzz loads some forty modules (8-13 ms here, as long as answering takes); a
question whose words the lexicon knows as written never needs a fuzzy match, so `briefing
ask` would pay for it before every such answer. Use these names as the modules themselves:
``from store.language.fuzzy import fuzz, process`` then ``fuzz.ratio(a, b)``.
"""

from __future__ import annotations

import importlib
from typing import Any


class _OnFirstUse:
    """Stands in for a module and imports it when one of its names is first read."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attr: str) -> Any:
        module = importlib.import_module(self._name)
        # Later reads find the names in this object's own dict, as fast as a module's.
        self.__dict__.update(vars(module))
        return getattr(module, attr)


fuzz: Any = _OnFirstUse("rapidfuzz.fuzz")
process: Any = _OnFirstUse("rapidfuzz.process")
OSA: Any = _OnFirstUse("rapidfuzz.distance.OSA")
LCSseq: Any = _OnFirstUse("rapidfuzz.distance.LCSseq")
