"""Builds a :class:`Document` block by block; shared by every front end."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.document.model import BLOCK_SEPARATOR, Block, Document, MetaField, ParseProblem
from newslint.document.sourcemap import TextBuilder
from newslint.frontends.entities import ENTITY_RE, decode_entity

_WS = re.compile(r"[ \t\n\r\f]+")  # HTML whitespace: a no-break space is not collapsed


@dataclass
class _Piece:
    text: str
    src_start: int
    src_end: int
    verbatim: bool


class BlockBuffer:
    """The text of one block while a front end collects it."""

    def __init__(self, kind: str, level: int = 0) -> None:
        self.kind = kind
        self.level = level
        self.pieces: list[_Piece] = []

    def add_verbatim(self, text: str, src_start: int) -> None:
        if text:
            self.pieces.append(_Piece(text, src_start, src_start + len(text), True))

    def add_replacement(self, text: str, src_start: int, src_end: int) -> None:
        if text:
            self.pieces.append(_Piece(text, src_start, src_end, False))

    def add_source(self, source: str, start: int, end: int, entity_spans: list[tuple[int, int]] | None) -> None:
        """Add ``source[start:end]`` with character references decoded."""
        position = start
        if "&" in source[start:end]:
            for match in ENTITY_RE.finditer(source, start, end):
                decoded = decode_entity(match.group())
                if decoded is None:
                    continue
                self.add_verbatim(source[position : match.start()], position)
                self.add_replacement(decoded, match.start(), match.end())
                if entity_spans is not None:
                    entity_spans.append(match.span())
                position = match.end()
        self.add_verbatim(source[position:end], position)

    def is_blank(self) -> bool:
        return all(not p.text.strip() for p in self.pieces)

    def normalized(self, collapse_whitespace: bool) -> list[_Piece]:
        pieces = _collapse(self.pieces) if collapse_whitespace else list(self.pieces)
        return _trim(pieces)


def _collapse(pieces: list[_Piece]) -> list[_Piece]:
    """Runs of whitespace become one space, as a browser renders them."""
    out: list[_Piece] = []
    for piece in pieces:
        if not piece.verbatim:
            if _WS.fullmatch(piece.text):
                _push_space(out, piece.src_start, piece.src_end)
            else:
                out.append(piece)
            continue
        position = 0
        for match in _WS.finditer(piece.text):
            if match.start() > position:
                out.append(_Piece(piece.text[position : match.start()], piece.src_start + position, piece.src_start + match.start(), True))
            _push_space(out, piece.src_start + match.start(), piece.src_start + match.end(), match.group() == " ")
            position = match.end()
        if position < len(piece.text):
            out.append(_Piece(piece.text[position:], piece.src_start + position, piece.src_end, True))
    return out


def _push_space(out: list[_Piece], start: int, end: int, verbatim: bool = False) -> None:
    if out and out[-1].text == " ":
        last = out[-1]
        out[-1] = _Piece(" ", last.src_start, max(end, last.src_end), False)
    else:
        out.append(_Piece(" ", start, end, verbatim and end - start == 1))


def _trim(pieces: list[_Piece]) -> list[_Piece]:
    while pieces and not pieces[0].text.strip():
        pieces.pop(0)
    while pieces and not pieces[-1].text.strip():
        pieces.pop()
    if not pieces:
        return pieces
    first = pieces[0]
    if first.verbatim and first.text[0].isspace():
        cut = len(first.text) - len(first.text.lstrip())
        pieces[0] = _Piece(first.text[cut:], first.src_start + cut, first.src_end, True)
    last = pieces[-1]
    if last.verbatim and last.text[-1].isspace():
        kept = len(last.text.rstrip())
        pieces[-1] = _Piece(last.text[:kept], last.src_start, last.src_start + kept, True)
    return pieces


class Assembler:
    """Collects blocks and metadata, then produces the Document."""

    def __init__(self, path: str, fmt: str, source: str, collapse_whitespace: bool = False) -> None:
        self.path = path
        self.format = fmt
        self.source = source
        self.collapse_whitespace = collapse_whitespace
        self.builder = TextBuilder()
        self.blocks: list[Block] = []
        self.metadata: dict[str, MetaField] = {}
        self.problems: list[ParseProblem] = []
        self.entity_spans: list[tuple[int, int]] = []
        self.body_start = 0
        self.has_front_matter = False
        self._last_src_end = 0

    def add_block(self, buffer: BlockBuffer) -> Block | None:
        pieces = buffer.normalized(self.collapse_whitespace)
        if not pieces:
            return None
        if self.blocks:
            gap_end = max(pieces[0].src_start, self._last_src_end)
            self.builder.add_replacement(BLOCK_SEPARATOR, self._last_src_end, gap_end)
        start = len(self.builder)
        for piece in pieces:
            if piece.verbatim:
                self.builder.add_verbatim(piece.text, piece.src_start)
            else:
                self.builder.add_replacement(piece.text, piece.src_start, piece.src_end)
        text = "".join(p.text for p in pieces)
        block = Block(buffer.kind, start, start + len(text), text, buffer.level, len(self.blocks))
        self.blocks.append(block)
        self._last_src_end = pieces[-1].src_end
        return block

    def build(self) -> Document:
        text, offsets = self.builder.build()
        return Document(
            path=self.path,
            format=self.format,
            source=self.source,
            text=text,
            offsets=offsets,
            blocks=self.blocks,
            metadata=self.metadata,
            problems=self.problems,
            entity_spans=sorted(self.entity_spans),
            body_start=self.body_start,
            has_front_matter=self.has_front_matter,
        )
