"""Render an article as ``.txt``, ``.md`` or ``.html`` and find each gold span in the final file.

Every character of a block is emitted with its own rendering (itself, a Markdown
backslash escape, an HTML character reference), and markup opens before or closes
after characters, so each source character knows where its rendering begins and
ends in the file. A gold span ``[start, end)`` of a block maps to the file range
from the beginning of character ``start`` to the end of character ``end - 1``,
inside any markup that wraps it. Positions are reported as newslint reports
findings: 1-based line and column in code points, end exclusive.

Markdown and HTML carry markup around the error: a word or two near the gold span
in bold, a link around other words, and sometimes a link around the gold token
itself. HTML also escapes ``&``, ``<``, ``>`` and some quotes and apostrophes as
character references, and wraps the article in site chrome (``<nav>``, ``<footer>``)
that a linter must skip. Reuters plain text is hard-wrapped at 65 characters as
the wire was, and half the Markdown files at 78, so errors also sit across line
breaks.
"""

from __future__ import annotations

import json
import random
import re
import zlib
from dataclasses import dataclass

from benchmarks.injection.base import Article, Span

FORMATS = ("txt", "md", "html")
URL = "https://example.org/x"
_WORD = re.compile(r"[A-Za-z0-9][\w'’-]*[A-Za-z0-9]|[A-Za-z0-9]")
_MD_ESCAPE = set("*`[]<\\_")
_MD_LINE_START = re.compile(r"[#>+-]|\d+[.)]")
_MD_UNSAFE_LINE_START = re.compile(r"[#>+*=|-]|\d+[.)]|\\")
WIRE_WIDTH = 65      # Reuters-21578 is hard-wrapped at about 65 characters
MARKDOWN_WIDTH = 78


@dataclass(frozen=True)
class Position:
    start: int          # code-point offsets in the file, end exclusive
    end: int
    line: int           # 1-based
    column: int         # 1-based, code points
    end_line: int
    end_column: int     # exclusive

    def range(self) -> tuple[int, int, int, int]:
        return (self.line, self.column, self.end_line, self.end_column)


@dataclass(frozen=True)
class Markup:
    block: int   # -1 = the title
    start: int
    end: int
    kind: str    # "bold" or "link"


@dataclass
class Rendered:
    fmt: str
    text: str
    positions: list[Position]   # one per gold span, in order


def line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def position(text: str, start: int, end: int) -> Position:
    return Position(start, end, *line_column(text, start), *line_column(text, end))


# -- markup plan -----------------------------------------------------------------------------


def _words(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _WORD.finditer(text)]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def plan_markup(article: Article, gold: list[Span], rng: random.Random) -> list[Markup]:
    """Bold a word or two near each gold span, link other words, sometimes link the gold token itself.

    With no gold span (a clean rendering) the same kinds of markup go to random places.
    """
    plan: list[Markup] = []
    taken: dict[int, list[tuple[int, int]]] = {}

    def free(block: int, span: tuple[int, int]) -> bool:
        return not any(_overlaps(span, other) for other in taken.get(block, []))

    def add(block: int, span: tuple[int, int], kind: str) -> None:
        # one character of space between two markups, so "**a**[b](…)" never fuses
        taken.setdefault(block, []).append((span[0] - 1, span[1] + 1))
        plan.append(Markup(block, span[0], span[1], kind))

    def text_of(block: int) -> str:
        return article.title if block == -1 else article.blocks[block].text

    def markable(block: int) -> bool:
        return block == -1 or article.blocks[block].kind != "raw"

    for g in gold:
        taken.setdefault(g.block, []).append((g.start - 1, g.end + 1))
    for g in gold:
        if not markable(g.block):
            continue
        words = _words(text_of(g.block))
        inside = [i for i, w in enumerate(words) if _overlaps(w, (g.start, g.end))]
        token = (g.start, g.end)
        single_token = len(inside) == 1 and words[inside[0]] == token
        if single_token and rng.random() < 0.35:
            plan.append(Markup(g.block, g.start, g.end, "link"))  # markup right around the error
        if not inside:
            continue
        # A word or two near the error (before or after, up to three words away) in bold.
        near = [i for i in range(inside[0] - 3, inside[-1] + 4) if 0 <= i < len(words) and i not in inside]
        rng.shuffle(near)
        for i in near:
            length = rng.choice((1, 1, 2))
            j = min(i + length - 1, len(words) - 1)
            if any(k in inside for k in range(i, j + 1)):
                j = i
            span = (words[i][0], words[j][1])
            if free(g.block, span):
                add(g.block, span, "bold")
                break
    # Links (and a bold phrase) elsewhere: in a gold block and in one or two other blocks.
    blocks = [i for i, b in enumerate(article.blocks) if b.kind != "raw"]
    chosen = {g.block for g in gold if g.block >= 0} | set(rng.sample(blocks, min(2, len(blocks))))
    for block in sorted(chosen):
        words = _words(text_of(block))
        if len(words) < 4:
            continue
        for kind in ("link", "link", "bold"):
            i = rng.randrange(len(words))
            j = min(i + rng.choice((0, 0, 1, 2)), len(words) - 1)
            span = (words[i][0], words[j][1])
            if free(block, span):
                add(block, span, kind)
    return plan


# -- character renderings -------------------------------------------------------------------


def _md_char(text: str, i: int) -> str:
    c = text[i]
    if c in _MD_ESCAPE:
        return "\\" + c
    return c


def _html_char(text: str, i: int, rng: random.Random) -> str:
    c = text[i]
    if c == "&":
        return "&amp;"
    if c == "<":
        return "&lt;"
    if c == ">":
        return "&gt;"
    if c == '"':
        return "&quot;" if rng.random() < 0.5 else c
    if c == "’":
        return rng.choice(("&#8217;", "&rsquo;", c))
    if c == "'" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha():
        return rng.choice(("&#8217;", "&rsquo;", c, c))  # a publishing system's curly apostrophe
    if c == "£":
        return rng.choice(("&pound;", "&#163;", c))
    return c


class _Writer:
    """Accumulates the file and records where each block character's rendering begins and ends."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.begin: dict[int, list[int]] = {}
        self.finish: dict[int, list[int]] = {}

    def write(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def column(self) -> int:
        """Characters written since the last line break."""
        for back, part in enumerate(reversed(self.parts)):
            if "\n" in part:
                return sum(len(p) for p in self.parts[len(self.parts) - back :]) + len(part) - part.rindex("\n") - 1
        return self.length

    def block(self, index: int, text: str, render_char, markup: list[Markup], open_close, line_start_escape=None,
              wrap: int | None = None, unsafe_line_start: re.Pattern | None = None):
        opens: dict[int, list[Markup]] = {}
        closes: dict[int, list[Markup]] = {}
        for m in markup:
            if m.block == index:
                opens.setdefault(m.start, []).append(m)
                closes.setdefault(m.end, []).append(m)
        begin, finish = [], []
        for i in range(len(text)):
            for m in closes.get(i, []):
                self.write(open_close[m.kind][1])
            for m in opens.get(i, []):
                self.write(open_close[m.kind][0])
            rendered = render_char(text, i)
            if wrap and text[i] == " " and self._breaks(text, i, wrap, unsafe_line_start):
                rendered = "\n"  # a hard-wrapped line, as wire copy and hand-written Markdown have
            if i == 0 and line_start_escape is not None:
                rendered = line_start_escape(text, rendered)
            # an escape or a character reference belongs to its character: the span covers all of it
            begin.append(self.length)
            self.write(rendered)
            finish.append(self.length)
        for m in closes.get(len(text), []):
            self.write(open_close[m.kind][1])
        self.begin[index] = begin
        self.finish[index] = finish

    def _breaks(self, text: str, i: int, width: int, unsafe: re.Pattern | None) -> bool:
        following = text[i + 1 :].split(" ", 1)[0]
        if self.column() + 1 + len(following) <= width:
            return False
        # never start a line with what Markdown would read as a list item, heading or quote
        return unsafe is None or not unsafe.match(text, i + 1)

    def text(self) -> str:
        return "".join(self.parts)

    def positions(self, text: str, gold: list[Span]) -> list[Position]:
        return [position(text, self.begin[g.block][g.start], self.finish[g.block][g.end - 1]) for g in gold]


def _plain(text: str, i: int) -> str:
    return text[i]


_NO_MARKUP: dict = {}


def render_txt(article: Article, gold: list[Span], rng: random.Random) -> Rendered:
    w = _Writer()
    w.block(-1, article.title, _plain, [], _NO_MARKUP)
    w.write("\n")
    previous = None
    for index, block in enumerate(article.blocks):
        w.write("\n" if previous == "item" and block.kind == "item" else "\n\n")
        if block.kind == "item":
            w.write("- ")
        wrap = WIRE_WIDTH if article.corpus == "reuters" and block.kind == "paragraph" else None
        w.block(index, block.text, _plain, [], _NO_MARKUP, wrap=wrap)
        previous = block.kind
    w.write("\n")
    text = w.text()
    return Rendered("txt", text, w.positions(text, gold))


def _md_line_start(text: str, rendered: str) -> str:
    match = _MD_LINE_START.match(text)
    if not match:
        return rendered
    if match[0][0].isdigit():
        return rendered  # the digit itself is fine; the '.' after it is escaped below
    return "\\" + rendered


def _yaml(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def render_md(article: Article, gold: list[Span], rng: random.Random, markup: list[Markup]) -> Rendered:
    w = _Writer()
    w.write("---\n")
    w.write(f"title: {_yaml(article.title)}\n")
    for key, value in article.metadata.items():
        if value:
            w.write(f"{key}: {_yaml(str(value))}\n")
    w.write("---\n\n# ")
    wrappers = {"bold": ("**", "**"), "link": ("[", f"]({URL})")}
    # half the articles are hard-wrapped in Markdown, the same ones in clean and injected renderings
    wrap = MARKDOWN_WIDTH if zlib.crc32(article.id.encode()) % 2 else None

    def char(text: str, i: int) -> str:
        rendered = _md_char(text, i)
        if text[i] in ".)" and re.fullmatch(r"\d+", text[:i] or "x"):
            return "\\" + rendered  # "1987." opening a paragraph would start an ordered list
        return rendered

    w.block(-1, article.title, char, markup, wrappers)
    previous = None
    for index, block in enumerate(article.blocks):
        w.write("\n" if previous == "item" and block.kind == "item" else "\n\n")
        if block.kind == "raw":
            w.block(index, block.text, _plain, [], wrappers)
        else:
            w.write({"heading": "## ", "item": "- "}.get(block.kind, ""))
            w.block(index, block.text, char, markup, wrappers, _md_line_start,
                    wrap=wrap if block.kind == "paragraph" else None, unsafe_line_start=_MD_UNSAFE_LINE_START)
        previous = block.kind
    w.write("\n")
    text = w.text()
    return Rendered("md", text, w.positions(text, gold))


def _escape_attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _first_sentence(article: Article, gold: list[Span]) -> str:
    busy = {g.block for g in gold}
    for index, block in enumerate(article.blocks):
        if block.kind == "paragraph" and index not in busy:
            return re.split(r"(?<=[.!?])\s", block.text, maxsplit=1)[0]
    return ""


def render_html(article: Article, gold: list[Span], rng: random.Random, markup: list[Markup]) -> Rendered:
    w = _Writer()
    meta = article.metadata
    w.write('<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')
    w.write(f"<title>{_escape_attribute(article.title)}</title>\n")
    description = _first_sentence(article, gold)
    if description:
        w.write(f'<meta name="description" content="{_escape_attribute(description)}">\n')
    if meta.get("author"):
        w.write(f'<meta name="author" content="{_escape_attribute(meta["author"])}">\n')
    if meta.get("date"):
        w.write(f'<meta property="article:published_time" content="{_escape_attribute(meta["date"])}">\n')
    w.write("</head>\n<body>\n")
    w.write('<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> '
            '<a href="/weather">Weather</a></nav>\n')
    w.write("<article>\n<h1>")
    wrappers = {"bold": ("<strong>", "</strong>"), "link": (f'<a href="{URL}">', "</a>")}

    def char(text: str, i: int) -> str:
        return _html_char(text, i, rng)

    w.block(-1, article.title, char, markup, wrappers)
    w.write("</h1>\n")
    in_list = False
    for index, block in enumerate(article.blocks):
        if block.kind == "item" and not in_list:
            w.write("<ul>\n")
            in_list = True
        elif block.kind != "item" and in_list:
            w.write("</ul>\n")
            in_list = False
        tag = {"heading": "h2", "item": "li"}.get(block.kind, "p")
        w.write(f"<{tag}>")
        if block.kind == "raw":
            w.block(index, block.text, lambda t, i: {"&": "&amp;", "<": "&lt;", ">": "&gt;"}.get(t[i], t[i]), [], wrappers)
        else:
            w.block(index, block.text, char, markup, wrappers)
        w.write(f"</{tag}>\n")
    if in_list:
        w.write("</ul>\n")
    w.write("</article>\n")
    w.write('<footer><p>&copy; 2026 Example News. All rights reserved. <a href="/privacy">Privacy policy</a> '
            '<a href="/contact">Contact us</a></p></footer>\n</body>\n</html>\n')
    text = w.text()
    return Rendered("html", text, w.positions(text, gold))


def render(article: Article, fmt: str, gold: list[Span] | tuple = (), seed: object = 0) -> Rendered:
    """``article`` as a file of format ``fmt`` with the file position of each gold span.

    ``seed`` fixes the markup and the character references, so a rendering is reproducible.
    """
    gold = list(gold)
    rng = random.Random(f"{seed}/{article.id}/{fmt}")
    if fmt == "txt":
        return render_txt(article, gold, rng)
    markup = plan_markup(article, gold, rng)
    if fmt == "md":
        return render_md(article, gold, rng, markup)
    if fmt == "html":
        return render_html(article, gold, rng, markup)
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")


_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#8217;": "’", "&rsquo;": "’",
             "&pound;": "£", "&#163;": "£", "&#39;": "'"}


def unescape(fmt: str, text: str) -> str:
    """A gold span's file text with its escapes undone (for comparing it with the injected token)."""
    if fmt == "html":
        return re.sub("|".join(map(re.escape, _ENTITIES)), lambda m: _ENTITIES[m[0]], text)
    if fmt == "md":
        text = re.sub(r"\\(.)", r"\1", text)
    return text.replace("\n", " ")  # a hard-wrapped line break stands for the space it replaced
