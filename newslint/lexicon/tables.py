"""Reading the lexicon's two-column data files (key, tab, value; "#" starts a comment line).

One regular-expression pass over the whole text: a Python loop splitting each of
100,000-300,000 lines was most of what a cold run paid for a table.
"""

from __future__ import annotations

import re

_ENTRY = re.compile(r"^([^#\n][^\t\n]*)\t([^\t\n]*)$", re.MULTILINE)


def two_columns(text: str) -> list[tuple[str, str]]:
    """The (key, value) lines of ``text``, in order, comment and blank lines left out."""
    return _ENTRY.findall(text)
