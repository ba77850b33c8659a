"""Regular expressions compiled on first use instead of at import.

Python compiles a pattern in Python code, and a module-level ``re.compile`` of a long
alternation costs milliseconds whether or not an article ever reaches it: about a
hundred ms of every cold run went on patterns the run never used. :func:`lazy_compile`
returns a stand-in with the compiled pattern's methods; the first method used compiles
it (through ``re``'s own cache) and binds them all on the stand-in, so later calls cost
what calls on a compiled pattern cost.

Use it for patterns read through their methods (``X.search(text)``); a pattern handed
to ``re`` functions, ``isinstance`` checks or pickle wants ``re.compile``.
"""

from __future__ import annotations

import re

_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
          "groups", "groupindex", "flags")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern  # as re.Pattern.pattern: readable without compiling
        self._flags = flags

    def __getattr__(self, name: str):
        # only reached before the first use: afterwards every name in _BOUND is set on the instance
        if name not in _BOUND:
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for bound in _BOUND:
            setattr(self, bound, getattr(compiled, bound))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
