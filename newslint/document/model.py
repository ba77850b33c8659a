"""The one representation of an article that every rule reads.

``Document.text`` is the *analysis text*: the article's readable words with
markup removed and character references decoded, one block after another,
separated by a blank line. Offsets into it (``Block.start``, a regex match)
become exact source positions through :meth:`Document.source_span`.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

from newslint.document.sourcemap import LineIndex, OffsetMap
from newslint.document.spans import SpanIndex

#: Kinds of body blocks a front end can produce.
BLOCK_KINDS = ("headline", "heading", "paragraph", "list_item", "table_cell", "blockquote", "caption")

#: Separator put between blocks in the analysis text.
BLOCK_SEPARATOR = "\n\n"


@dataclass
class Block:
    kind: str
    start: int
    end: int
    text: str
    level: int = 0  # heading level, list depth, or table row number
    index: int = 0


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    block: int  # index into Document.blocks


@dataclass(frozen=True)
class Quote:
    """Quoted words: ``start`` at the opening mark, ``end`` after the closing one.

    An unclosed quote runs to the end of its block (news style leaves the
    closing mark off a paragraph whose quote continues in the next one).
    """

    start: int
    end: int
    block: int
    closed: bool
    mark: str  # the opening character

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1 if self.closed else self.end


@dataclass(frozen=True)
class MetaField:
    """A metadata value (front matter key, ``<meta>`` content) and where it is in the source."""

    value: object
    src_start: int | None = None
    src_end: int | None = None


@dataclass(frozen=True)
class ParseProblem:
    """Something a front end found wrong with the input itself, reported by the rule ``rule``."""

    rule: str
    src_start: int
    src_end: int
    message: str


@dataclass
class Document:
    path: str
    format: str  # "text" | "markdown" | "html"
    source: str
    text: str
    offsets: OffsetMap
    blocks: list[Block]
    metadata: dict[str, MetaField] = field(default_factory=dict)
    problems: list[ParseProblem] = field(default_factory=list)
    #: Source spans of character references (``&#x27;``) decoded into the text.
    entity_spans: list[tuple[int, int]] = field(default_factory=list)
    #: Source span of the body (after front matter), for rules that read raw source.
    body_start: int = 0
    #: True when the article opens with a front matter block (valid or not).
    has_front_matter: bool = False

    # -- positions -----------------------------------------------------------------

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)

    def position(self, src_offset: int) -> tuple[int, int]:
        return self.lines.position(src_offset)

    # -- structure -----------------------------------------------------------------

    @cached_property
    def headline(self) -> Block | None:
        for block in self.blocks:
            if block.kind == "headline":
                return block
        return None

    @cached_property
    def sentences(self) -> list[Sentence]:
        from newslint.document.sentences import split_sentences

        result: list[Sentence] = []
        for block in self.blocks:
            for start, end in split_sentences(block.text):
                result.append(Sentence(block.start + start, block.start + end, block.index))
        return result

    @cached_property
    def quotes(self) -> list[Quote]:
        from newslint.document.quotes import find_quotes

        result: list[Quote] = []
        for block in self.blocks:
            for start, end, closed, mark in find_quotes(block.text):
                result.append(Quote(block.start + start, block.start + end, block.index, closed, mark))
        return result

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < max(self.blocks[i].end, self.blocks[i].start + 1):
            return self.blocks[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def quote_at(self, offset: int) -> Quote | None:
        """The first quotation (in document order) holding ``offset``, by bisection: rules ask per
        word, and a scan of every quotation made them quadratic in the article's size."""
        if not self._quotes_in_order:  # out of document order (no front end makes them so): the plain scan
            return next((q for q in self.quotes if q.start <= offset < q.end), None)
        i = self.quote_spans.first(offset)
        return None if i is None else self.quotes[i]

    @cached_property
    def quote_spans(self) -> SpanIndex:
        """The quotations' (start, end), to ask ``offset in doc.quote_spans`` in O(log n)."""
        return SpanIndex((q.start, q.end) for q in self.quotes)

    @cached_property
    def _quotes_in_order(self) -> bool:
        return self.quote_spans.spans == [(q.start, q.end) for q in self.quotes]

    def sentences_in(self, block: Block) -> Iterator[Sentence]:
        i = bisect.bisect_left(self._sentence_starts, block.start)
        while i < len(self.sentences) and self.sentences[i].block == block.index:
            yield self.sentences[i]
            i += 1

    # -- words ---------------------------------------------------------------------

    @cached_property
    def words(self) -> list[tuple[int, int]]:
        from newslint.document.words import word_spans

        return [(b.start + s, b.start + e) for b in self.blocks for s, e in word_spans(b.text)]

    @property
    def word_count(self) -> int:
        return len(self.words)

    def meta(self, *names: str) -> MetaField | None:
        """The first non-empty metadata field among ``names``."""
        for name in names:
            value = self.metadata.get(name)
            if value is not None and value.value not in (None, ""):
                return value
        return None
