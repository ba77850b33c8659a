"""Offsets in the analysis text mapped back to the original file.

Front ends build the analysis text (markup removed, entities decoded,
line wraps joined) with a :class:`TextBuilder`. Every piece of analysis text
remembers where it came from, so a rule's match can be reported at the exact
characters of the original file without re-finding the matched text (the bug
class that gives Vale wrong columns).

All offsets are code-point indices into Python ``str`` objects.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    """Analysis text ``[start, start+length)`` came from ``source[src_start:src_end]``.

    ``verbatim`` segments are character-for-character copies of the source;
    the others (a decoded ``&#x27;``, a joined line break) are atomic: any
    position inside them maps to their start or end.
    """

    start: int
    length: int
    src_start: int
    src_end: int
    verbatim: bool


class TextBuilder:
    """Accumulates analysis text together with its source mapping."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def add_verbatim(self, text: str, src_start: int) -> None:
        """Append ``text``, which is exactly ``source[src_start:src_start+len(text)]``."""
        if not text:
            return
        last = self._segments[-1] if self._segments else None
        if last and last.verbatim and last.src_end == src_start and last.start + last.length == self._length:
            self._segments[-1] = Segment(last.start, last.length + len(text), last.src_start, src_start + len(text), True)
        else:
            self._segments.append(Segment(self._length, len(text), src_start, src_start + len(text), True))
        self._parts.append(text)
        self._length += len(text)

    def add_replacement(self, text: str, src_start: int, src_end: int) -> None:
        """Append ``text`` standing for ``source[src_start:src_end]`` as one unit."""
        if not text:
            return
        self._segments.append(Segment(self._length, len(text), src_start, src_end, False))
        self._parts.append(text)
        self._length += len(text)

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._segments)


class OffsetMap:
    """Maps analysis-text offsets to source offsets."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self._starts = [s.start for s in segments]

    def _segment_index(self, offset: int) -> int:
        return max(bisect.bisect_right(self._starts, offset) - 1, 0)

    def start(self, offset: int) -> int:
        """Source offset of the character at analysis ``offset`` (a span start)."""
        if not self.segments:
            return 0
        seg = self.segments[self._segment_index(offset)]
        inside = offset - seg.start
        if inside >= seg.length:  # past the end of the text
            return seg.src_end
        return seg.src_start + inside if seg.verbatim else seg.src_start

    def end(self, offset: int) -> int:
        """Source offset just after analysis character ``offset - 1`` (a span end)."""
        if not self.segments:
            return 0
        if offset <= 0:
            return self.segments[0].src_start
        seg = self.segments[self._segment_index(offset - 1)]
        inside = offset - seg.start
        if seg.verbatim:
            return seg.src_start + min(inside, seg.length)
        return seg.src_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of analysis span ``[start, end)``; empty spans stay empty."""
        if end <= start:
            point = self.start(start)
            return point, point
        return self.start(start), self.end(end)

    def is_verbatim(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` is an unaltered copy of one source stretch."""
        if end <= start:
            return True
        index = self._segment_index(start)
        seg = self.segments[index] if self.segments else None
        return bool(seg and seg.verbatim and start >= seg.start and end <= seg.start + seg.length)


class LineIndex:
    """Source offsets to 1-based (line, column) in code points.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as editors count them.
    """

    def __init__(self, source: str) -> None:
        starts = [0]
        i = 0
        n = len(source)
        find_n = source.find
        while True:
            nl = find_n("\n", i)
            cr = find_n("\r", i, nl if nl != -1 else n)
            if cr != -1 and cr < n:
                # a lone \r (not followed by \n) or \r\n
                nxt = cr + 2 if cr + 1 < n and source[cr + 1] == "\n" else cr + 1
                starts.append(nxt)
                i = nxt
                continue
            if nl == -1:
                break
            starts.append(nl + 1)
            i = nl + 1
        self.starts = starts
        self.length = n
        self._source = source

    def position(self, offset: int) -> tuple[int, int]:
        offset = min(max(offset, 0), self.length)
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Source offsets of 1-based ``line`` without its line break."""
        start = self.starts[line - 1]
        end = self.starts[line] if line < len(self.starts) else self.length
        while end > start and self._source[end - 1] in "\r\n":
            end -= 1
        return start, end

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column - 1

    @property
    def line_count(self) -> int:
        return len(self.starts)
