"""Code-point offsets (newslint's unit) counted in the code units other tools use.

reviewdog counts columns in UTF-8 bytes; LSP clients (unless they negotiate otherwise)
and LanguageTool's JavaScript clients count UTF-16 units; an emoji is one code point,
two UTF-16 units and four UTF-8 bytes. Only the characters wider than one unit are
indexed, so building is one pass and each conversion is a binary search: a long
one-line article costs no more per finding than a short one.
"""

from __future__ import annotations

import bisect
import re

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

# the characters that take more than one unit in each encoding
_WIDE = {UTF8: re.compile(r"[^\x00-\x7f]"), UTF16: re.compile(r"[\U00010000-\U0010ffff]"), UTF32: None}


def _width(char: str, encoding: str) -> int:
    if encoding == UTF8:
        return len(char.encode("utf-8", "surrogatepass"))
    return 2  # UTF-16: a character outside the BMP is a surrogate pair


class CodeUnits:
    """Code units before each code-point offset of one text, in one encoding."""

    def __init__(self, text: str, encoding: str = UTF16) -> None:
        if encoding not in _WIDE:
            raise ValueError(f"unknown encoding {encoding!r}: expected one of {', '.join(_WIDE)}")
        self.length = len(text)
        #: offsets of the wide characters, and the extra units up to and including each
        self._at: list[int] = []
        self._extra: list[int] = []
        pattern = _WIDE[encoding]
        if pattern is not None:
            extra = 0
            for match in pattern.finditer(text):
                extra += _width(match.group(), encoding) - 1
                self._at.append(match.start())
                self._extra.append(extra)

    def count(self, offset: int) -> int:
        """Code units in the text before code-point ``offset``."""
        k = bisect.bisect_left(self._at, offset)
        return offset + (self._extra[k - 1] if k else 0)

    def between(self, start: int, end: int) -> int:
        return self.count(end) - self.count(start)

    def offset(self, units: int, start: int = 0, end: int | None = None) -> int:
        """The first code-point offset in [start, end] with at least ``units`` code units
        before it (a count inside a wide character rounds up to the character's end; past
        ``end``: ``end``)."""
        end = self.length if end is None else end
        return min(end, bisect.bisect_left(range(start, end + 1), units, key=self.count) + start)
