"""Plain-text articles: paragraphs, headings, list items and pipe tables.

Plain text comes in two shapes. CMS exports and crawlers write one
paragraph per line, with or without blank lines between them; wire copy is
hard-wrapped at a fixed width with indented paragraphs (Reuters). A run of
lines between blank lines is treated as hard-wrapped only when its lines are
all of similar, moderate length; otherwise every line is its own block.
"""

from __future__ import annotations

import re

from newslint.document.model import Document
from newslint.frontends.assembler import Assembler, BlockBuffer
from newslint.frontends.frontmatter import FrontMatter

_BULLET = re.compile(r"[ \t]*(?:[-*+•–]|\d{1,3}[.)])[ \t]+(?=\S)")
_NUMBERED = re.compile(r"[ \t]*(\d{1,3}(?:\.\d{1,3})*)[.)]?[ \t]*(?=[^\W\d_])")
_TABLE_SEPARATOR = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$")
_TERMINAL = ".!?,;:\"”’)…"
_MAX_HEADING_WORDS = 14
_MAX_HEADLINE_WORDS = 30

Line = tuple[int, int]  # source offsets of a line's text, without the line break


def parse_plaintext(path: str, source: str, front: FrontMatter) -> Document:
    assembler = Assembler(path, "text", source)
    assembler.metadata.update(front.metadata)
    assembler.problems.extend(front.problems)
    assembler.body_start = front.body_start
    assembler.has_front_matter = front.present
    logical = _logical_lines(source, front.body_start)
    for i, lines in enumerate(logical):
        _emit(assembler, source, logical, i, lines)
    return assembler.build()


def _physical_lines(source: str, start: int) -> list[Line]:
    lines = []
    for match in re.finditer(r"[^\r\n]*", source[start:]):
        s, e = match.span()
        if s == e and lines and lines[-1][1] == start + s:
            continue  # the empty match right after a line's text
        lines.append((start + s, start + e))
    return lines


def _logical_lines(source: str, start: int) -> list[list[Line]]:
    """Groups of physical lines that form one block each."""
    chunks: list[list[Line]] = [[]]
    for line in _physical_lines(source, start):
        if source[line[0] : line[1]].strip():
            chunks[-1].append(line)
        elif chunks[-1]:
            chunks.append([])
    logical: list[list[Line]] = []
    for chunk in chunks:
        if not chunk:
            continue
        if _is_hard_wrapped(source, chunk):
            logical.extend(_unwrap(source, chunk))
        else:
            logical.extend([line] for line in chunk)
    return logical


def _is_hard_wrapped(source: str, chunk: list[Line]) -> bool:
    """Lines of similar, moderate length: wire copy wrapped at a fixed width.

    A line may be short where a paragraph ends (the next line is indented), at the end,
    and first in a run of three or more (wire copy loses its dateline there:
    "SALVADOR, Feb 26 -"); two lines with a short first one are a title and a line.
    """
    if len(chunk) < 2:
        return False
    texts = [source[s:e] for s, e in chunk]
    if max(len(t) for t in texts) > 100:
        return False
    for i, text in enumerate(texts[:-1]):
        paragraph_end = texts[i + 1][:1] in (" ", "\t")
        if len(text) < 35 and not paragraph_end and not (i == 0 and len(chunk) >= 3):
            return False
    return not any(_is_table_row(t) or _BULLET.match(t) for t in texts)


def _unwrap(source: str, chunk: list[Line]) -> list[list[Line]]:
    width = max(e - s for s, e in chunk)
    groups: list[list[Line]] = []
    for s, e in chunk:
        text = source[s:e]
        indented = text[:1] in (" ", "\t")
        previous = groups[-1][-1] if groups else None
        ended_short = previous is not None and (
            source[previous[0] : previous[1]].rstrip().endswith((".", "!", "?", ":", "”", '"'))
            and previous[1] - previous[0] < 0.6 * width
        )
        if not groups or indented or ended_short:
            groups.append([(s, e)])
        else:
            groups[-1].append((s, e))
    return groups


def _is_table_row(text: str) -> bool:
    stripped = text.strip()
    return stripped.startswith("|") and stripped.count("|") >= 2


def _is_heading_text(text: str, max_words: int = _MAX_HEADING_WORDS) -> bool:
    stripped = text.strip()
    return (
        bool(stripped)
        and stripped[-1] not in _TERMINAL
        and len(stripped.split()) <= max_words
        and any(ch.isalpha() for ch in stripped)
    )


def _numbering_depth(source: str, line: Line) -> int | None:
    match = _NUMBERED.match(source, line[0], line[1])
    return match.group(1).count(".") + 1 if match else None


def _emit(assembler: Assembler, source: str, logical: list[list[Line]], index: int, lines: list[Line]) -> None:
    first_start, first_end = lines[0]
    text = source[first_start:first_end]
    if len(lines) == 1 and _is_table_row(text):
        _emit_table_row(assembler, source, lines[0], logical, index)
        return
    kind, level, content_start = "paragraph", 0, first_start
    bullet = _BULLET.match(source, first_start, first_end)
    depth = _numbering_depth(source, lines[0])
    single_heading = len(lines) == 1 and _is_heading_text(text)
    headline_like = len(lines) == 1 and _is_heading_text(text.rstrip().rstrip("?"), _MAX_HEADLINE_WORDS)
    if index == 0 and headline_like and len(logical) > 1 and not bullet:
        kind, level = "headline", 1
    elif depth is not None and single_heading and not _numbered_neighbour(source, logical, index, depth):
        kind, level = "heading", 2  # "3. Core Pledges": a numbered section heading keeps its number
    elif bullet:
        kind, content_start = "list_item", bullet.end()
        level = len(text) - len(text.lstrip())
    elif single_heading and index + 1 < len(logical):
        kind, level = "heading", 2
    buffer = BlockBuffer(kind, level)
    previous_end = None
    for s, e in lines:
        if previous_end is not None:
            buffer.add_replacement(" ", previous_end, s + len(source[s:e]) - len(source[s:e].lstrip()))
            s += len(source[s:e]) - len(source[s:e].lstrip())
        buffer.add_source(source, max(s, content_start), e, assembler.entity_spans)
        previous_end = e
    assembler.add_block(buffer)


def _numbered_neighbour(source: str, logical: list[list[Line]], index: int, depth: int) -> bool:
    return any(
        0 <= other < len(logical) and _numbering_depth(source, logical[other][0]) == depth
        for other in (index - 1, index + 1)
    )


def _emit_table_row(assembler: Assembler, source: str, line: Line, logical: list[list[Line]], index: int) -> None:
    start, end = line
    if _TABLE_SEPARATOR.match(source[start:end]):
        return
    row = 0  # rows of this table above this one (the header row is row 0)
    while index - row - 1 >= 0 and _is_table_row(source[slice(*logical[index - row - 1][0])]):
        row += 1
    position = source.index("|", start, end) + 1 if source[start:end].lstrip().startswith("|") else start
    while position < end:
        bar = _next_unescaped_bar(source, position, end)
        cell_end = bar if bar != -1 else end
        buffer = BlockBuffer("table_cell", row)
        buffer.add_source(source, position, cell_end, assembler.entity_spans)
        assembler.add_block(buffer)
        if bar == -1:
            break
        position = bar + 1


def _next_unescaped_bar(source: str, start: int, end: int) -> int:
    position = source.find("|", start, end)
    while position > start and source[position - 1] == "\\":
        position = source.find("|", position + 1, end)
    return position
