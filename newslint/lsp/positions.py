"""Offsets in code points (newslint's) to LSP positions (line, character in the negotiated encoding) and back.

LSP counts a line's characters in UTF-16 code units unless client and server
agreed on UTF-8 or UTF-32 at initialize: an emoji before a finding is two
UTF-16 units, four UTF-8 units, one code point. Lines end at ``\\n``, ``\\r\\n``
or ``\\r``, as the protocol says.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

from newslint.document.units import UTF8, UTF16, UTF32, CodeUnits

_LINE_END = re.compile(r"\r\n|\r|\n")


_ENCODINGS = {types.PositionEncodingKind.Utf8: UTF8, types.PositionEncodingKind.Utf32: UTF32}


class PositionMap:
    """Positions in one text, for one position encoding."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.units = CodeUnits(text, _ENCODINGS.get(encoding, UTF16))
        self.starts = [0]  # code-point offset where each line starts
        self.ends = []  # where each line's content ends (before its line break)
        for match in _LINE_END.finditer(text):
            self.ends.append(match.start())
            self.starts.append(match.end())
        self.ends.append(len(text))

    def position(self, offset: int) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        # an offset between '\r' and '\n' belongs to the end of its line
        return types.Position(line=line, character=self.units.between(start, min(offset, self.ends[line])))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(max(start, end)))

    def offset(self, position: types.Position) -> int:
        """The code-point offset of an LSP position (past a line's end: the line's end, as the protocol says)."""
        if position.line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[position.line], self.ends[position.line]
        return self.units.offset(self.units.count(start) + position.character, start, end)
