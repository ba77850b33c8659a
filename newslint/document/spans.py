"""Offsets inside any of many spans, answered by bisection instead of a scan of every span.

A rule that asks "is this word inside a quotation?" for every word of a long article would
otherwise cost words × quotations. The spans may nest or overlap (a quotation inside a
quotation): the index keeps, for the spans sorted by start, the furthest end reached so far.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, Iterator


class SpanIndex:
    """``offset in index`` is ``any(start <= offset < end for start, end in spans)``, in O(log n)."""

    __slots__ = ("spans", "_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted((start, end) for start, end in spans)
        self._starts = [start for start, _ in self.spans]
        self._reach = list(accumulate((end for _, end in self.spans), max))

    def __contains__(self, offset: int) -> bool:
        return self.first(offset) is not None

    def first(self, offset: int) -> int | None:
        """Where in ``spans`` (sorted) the first span holding ``offset`` is, or None."""
        i = bisect_right(self._reach, offset)  # the first span whose end, or an earlier one's, passes offset
        return i if i < len(self._starts) and self._starts[i] <= offset else None

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with [start, end), in order."""
        first = bisect_right(self._reach, start)  # every span before this one ends at or before start
        stop = bisect_left(self._starts, end)  # … and every one from this one on starts at or after end
        return [span for span in self.spans[first:stop] if span[1] > start]

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self.spans)

    def __len__(self) -> int:
        return len(self.spans)
