"""Markdown articles through markdown-it-py, with exact source positions.

markdown-it gives line ranges for blocks and the raw inline source of each
paragraph or cell (``inline.content``), but no columns, and its inline
children decode entities and drop markup. So each inline's content lines
are located in the source lines, and the children are walked with a cursor
over that raw content: text is matched character by character (escapes and
character references included), markup is skipped, and code spans and
images become one placeholder character (U+FFFC) that rules treat as opaque.
"""

from __future__ import annotations

import bisect
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from newslint.document.model import Document
from newslint.frontends.assembler import Assembler, BlockBuffer
from newslint.frontends.entities import ENTITY_RE, decode_entity
from newslint.frontends.frontmatter import FrontMatter

PLACEHOLDER = "\ufffc"
#: markdown-it stops parsing inside containers nested this deep and drops their text; newslint
#: reads such text as one plain paragraph instead (5,000 '>' or 2,000 list levels were lost).
MAX_NESTING = 50
_PARSER = MarkdownIt("commonmark", {"html": True, "maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])
_CONTAINER_MARKERS = re.compile(r"^[ \t]*(?:(?:>|[-*+]|\d{1,9}[.)])(?:[ \t]+|$))*")
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

_BLOCK_KIND = {"paragraph_open": "paragraph", "heading_open": "heading", "th_open": "table_cell", "td_open": "table_cell"}


def parse_markdown(path: str, source: str, front: FrontMatter) -> Document:
    assembler = Assembler(path, "markdown", source)
    assembler.metadata.update(front.metadata)
    assembler.problems.extend(front.problems)
    assembler.body_start = front.body_start
    assembler.has_front_matter = front.present
    body = source[front.body_start :]
    line_starts = _line_starts(source, front.body_start)
    tokens = _PARSER.parse(body)
    context: list[str] = []  # enclosing containers: blockquote, list_item
    kind = "paragraph"
    level = 0
    row_line = None
    cell_cursor = 0
    headline_taken = False
    for index, token in enumerate(tokens):
        if token.type in ("blockquote_open", "list_item_open") and _left_unparsed(tokens, index):
            buffer = BlockBuffer(context[-1] if context else "paragraph", context.count("list_item"))
            flat = _flattened(source, line_starts, token)
            _walk_inline(buffer, flat.content, _content_segments(source, line_starts, flat), flat.children,
                         assembler.entity_spans)
            assembler.add_block(buffer)
        if token.type in ("blockquote_open", "list_item_open"):
            context.append(token.type[:-5])
        elif token.type in ("blockquote_close", "list_item_close"):
            context.pop()
        elif token.type in _BLOCK_KIND:
            kind = _BLOCK_KIND[token.type]
            level = int(token.tag[1]) if token.type == "heading_open" else context.count("list_item")
            if kind == "heading" and level == 1 and not headline_taken:
                kind, headline_taken = "headline", True
            elif kind == "paragraph" and context:
                kind = context[-1]
        elif token.type == "tr_open":
            row_line, cell_cursor = token.map[0] if token.map else None, 0
        elif token.type == "inline" and token.map:
            buffer = BlockBuffer(kind, level)
            if kind == "table_cell" and row_line is not None:
                cell_cursor = _walk_cell(buffer, source, line_starts, row_line, cell_cursor, token, assembler)
            else:
                segments = _content_segments(source, line_starts, token)
                _walk_inline(buffer, token.content, segments, token.children or [], assembler.entity_spans)
            assembler.add_block(buffer)
        elif token.type == "hr":
            headline_taken = True  # a headline comes before the first rule, if at all
    return assembler.build()


def _left_unparsed(tokens: list[Token], index: int) -> bool:
    """A container at markdown-it's nesting limit, whose lines it did not parse."""
    token = tokens[index]
    return (
        token.level >= MAX_NESTING - 1
        and token.map is not None
        and index + 1 < len(tokens)
        and tokens[index + 1].type == token.type.replace("_open", "_close")
    )


def _flattened(source: str, line_starts: list[int], container: Token) -> Token:
    """The lines of a too-deep container, markers stripped, as one inline of plain text."""
    lines = []
    for line in range(container.map[0], min(container.map[1], len(line_starts))):
        text = source[line_starts[line] : _line_text_end(source, line_starts, line)]
        lines.append(text[_CONTAINER_MARKERS.match(text).end() :])
    content = "\n".join(lines)
    inline = Token("inline", "", 0, map=list(container.map), content=content)
    inline.children = [Token("text", "", 0, content=content)]
    return inline


def _line_starts(source: str, body_start: int) -> list[int]:
    starts = [body_start]
    for match in re.finditer(r"\r\n|\r|\n", source[body_start:]):
        starts.append(body_start + match.end())
    return starts


def _line_text_end(source: str, line_starts: list[int], line: int) -> int:
    end = line_starts[line + 1] if line + 1 < len(line_starts) else len(source)
    while end > line_starts[line] and source[end - 1] in "\r\n":
        end -= 1
    return end


def _content_segments(source: str, line_starts: list[int], token: Token) -> list[tuple[int, int]]:
    """Source offset where each line of ``token.content`` starts, and its length."""
    segments = []
    first_line = token.map[0]
    for i, content_line in enumerate(token.content.split("\n")):
        line = first_line + i
        if line >= len(line_starts):
            segments.append((len(source), len(content_line)))
            continue
        start = line_starts[line]
        end = _line_text_end(source, line_starts, line)
        found = source.rfind(content_line, start, end) if content_line else -1
        if found == -1:
            found = max(start, end - len(content_line)) if content_line else end
        segments.append((found, len(content_line)))
    return segments


class _ContentMap:
    """Offsets in an inline's content string to source offsets."""

    def __init__(self, content: str, segments: list[tuple[int, int]]) -> None:
        self.content = content
        self.line_starts = []
        position = 0
        for _, length in segments:
            self.line_starts.append(position)
            position += length + 1
        self.segments = segments

    def _line(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def source(self, offset: int) -> int:
        line = self._line(offset)
        src, length = self.segments[line]
        return src + min(offset - self.line_starts[line], length)


def _walk_inline(
    buffer: BlockBuffer,
    content: str,
    segments: list[tuple[int, int]],
    children: list[Token],
    entity_spans: list[tuple[int, int]],
) -> None:
    cmap = _ContentMap(content, segments)
    cursor = 0
    n = len(content)

    def emit_verbatim(start: int, end: int) -> None:
        # split at line breaks of the content: each line is contiguous in the source
        while start < end:
            line_end = content.find("\n", start, end)
            stop = end if line_end == -1 else line_end
            if stop > start:
                buffer.add_verbatim(content[start:stop], cmap.source(start))
            if line_end == -1:
                break
            buffer.add_replacement(" ", cmap.source(line_end), cmap.source(line_end + 1))
            start = line_end + 1

    def skip_to(marker: str) -> None:
        nonlocal cursor
        found = content.find(marker, cursor)
        if found != -1:
            cursor = found + len(marker)

    for child in children:
        kind = child.type
        if kind == "text":
            cursor = _match_text(buffer, content, cursor, child.content, cmap, emit_verbatim, entity_spans)
        elif kind == "softbreak" or kind == "hardbreak":
            newline = content.find("\n", cursor)
            if newline == -1:
                continue
            buffer.add_replacement(" ", cmap.source(cursor), cmap.source(newline + 1))
            cursor = newline + 1
            while cursor < n and content[cursor] in " \t":
                cursor += 1
        elif kind == "code_inline":
            start = content.find(child.markup, cursor)
            if start == -1:
                continue
            end = content.find(child.markup, start + len(child.markup))
            end = n if end == -1 else end + len(child.markup)
            buffer.add_replacement(PLACEHOLDER, cmap.source(start), cmap.source(end))
            cursor = end
        elif kind == "image":
            start = content.find("![", cursor)
            if start == -1:
                continue
            end = _link_end(content, _bracket_end(content, start + 1))
            buffer.add_replacement(PLACEHOLDER, cmap.source(start), cmap.source(end))
            cursor = end
        elif kind == "link_open":
            skip_to("<" if child.markup == "autolink" else "[")
        elif kind == "link_close":
            if cursor < n and content[cursor] == ">":
                cursor += 1
            elif cursor < n and content[cursor] == "]":
                cursor = _link_end(content, cursor + 1)
        elif kind == "html_inline":
            skip_to(child.content)
        elif child.markup:
            # emphasis, strong, strikethrough: the delimiter run is at the cursor
            if content.startswith(child.markup, cursor):
                cursor += len(child.markup)


def _match_text(buffer, content, cursor, text, cmap, emit_verbatim, entity_spans) -> int:
    """Consume ``text`` (decoded) from ``content`` (raw) starting at ``cursor``."""
    n = len(content)
    if content.startswith(text, cursor):
        emit_verbatim(cursor, cursor + len(text))
        return cursor + len(text)
    i = 0
    run_start = cursor
    while i < len(text) and cursor < n:
        ch = text[i]
        raw = content[cursor]
        if raw == ch and raw not in "\\&":
            cursor += 1
            i += 1
            continue
        if raw == "\\" and cursor + 1 < n and content[cursor + 1] == ch and ch in _ASCII_PUNCT:
            emit_verbatim(run_start, cursor)
            buffer.add_verbatim(ch, cmap.source(cursor + 1))
            cursor += 2
            i += 1
            run_start = cursor
            continue
        if raw == "&":
            match = ENTITY_RE.match(content, cursor)
            decoded = decode_entity(match.group()) if match else None
            if decoded and text.startswith(decoded, i):
                emit_verbatim(run_start, cursor)
                buffer.add_replacement(decoded, cmap.source(cursor), cmap.source(match.end()))
                entity_spans.append((cmap.source(cursor), cmap.source(match.end())))
                cursor = match.end()
                i += len(decoded)
                run_start = cursor
                continue
            if raw == ch:
                cursor += 1
                i += 1
                continue
        # markup the parser consumed (a delimiter it did not pair, say): skip it
        emit_verbatim(run_start, cursor)
        cursor += 1
        run_start = cursor
    emit_verbatim(run_start, cursor)
    return cursor


def _bracket_end(content: str, open_index: int) -> int:
    """Index just after the ``]`` matching the ``[`` at ``open_index``."""
    depth = 0
    i = open_index
    while i < len(content):
        ch = content[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(content)


def _link_end(content: str, after_bracket: int) -> int:
    """Skip a link's ``(destination "title")`` or ``[label]`` after its text."""
    n = len(content)
    if after_bracket < n and content[after_bracket] == "(":
        depth = 0
        i = after_bracket
        quote = None
        while i < n:
            ch = content[i]
            if ch == "\\":
                i += 2
                continue
            if quote:
                if ch == quote:
                    quote = None
            elif ch in "\"'" and content[i - 1].isspace():
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return n
    if after_bracket < n and content[after_bracket] == "[":
        close = content.find("]", after_bracket)
        return n if close == -1 else close + 1
    return after_bracket


def _walk_cell(buffer, source, line_starts, row_line, cursor, token, assembler) -> int:
    """Find this cell's raw content in its table row, from ``cursor`` on; walk it."""
    start = line_starts[row_line]
    end = _line_text_end(source, line_starts, row_line)
    row = source[start:end]
    if cursor == 0 and row.lstrip().startswith("|"):
        cursor = row.index("|") + 1
    found = row.find(token.content, cursor) if token.content else cursor
    if found == -1:
        found = cursor
    segments = [(start + found, len(token.content))]
    _walk_inline(buffer, token.content, segments, token.children or [], assembler.entity_spans)
    bar = row.find("|", found + len(token.content))
    return bar + 1 if bar != -1 else len(row)
