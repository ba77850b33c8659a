"""Published HTML pages: the article's text and its ``<head>`` metadata.

Uses the standard library's tolerant ``html.parser`` with character
references left undecoded, so every text run and reference has an exact
source position. Text is collected from ``<article>`` (else ``<main>``, else
``<body>``); scripts, styles, navigation, page header and footer, asides,
forms, code and hidden elements are skipped. Whitespace collapses as a
browser renders it.
"""

from __future__ import annotations

import html
import re
from html.entities import html5
from html.parser import HTMLParser

from newslint.document.model import Document, MetaField
from newslint.frontends.assembler import Assembler, BlockBuffer

_SKIP = {
    "script", "style", "noscript", "template", "svg", "math", "nav", "aside", "form", "button", "select",
    "textarea", "iframe", "object", "canvas", "pre", "code", "footer", "dialog", "head",
}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_BLOCK = {
    "p", "div", "section", "article", "main", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th",
    "tr", "table", "thead", "tbody", "blockquote", "figcaption", "caption", "figure", "dd", "dt", "dl", "hr",
    "header", "address", "body", "br", "details", "summary",
}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_CONTENT_ATTR = re.compile(r"""\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)
_HREF_ATTR = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.IGNORECASE)


def parse_html(path: str, source: str) -> Document:
    assembler = Assembler(path, "html", source, collapse_whitespace=True)
    if re.search(r"<article\b", source, re.IGNORECASE):
        scope = "article"
    elif re.search(r"<main\b|\brole\s*=\s*[\"']?main\b", source, re.IGNORECASE):
        scope = "main"
    else:
        scope = None
    parser = _ArticleParser(source, assembler, scope)
    parser.feed(source)
    parser.close()
    parser.flush()
    return assembler.build()


class _ArticleParser(HTMLParser):
    def __init__(self, source: str, assembler: Assembler, scope: str | None) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.assembler = assembler
        self.scope = scope
        self.line_offsets = [0] + [m.end() for m in re.finditer("\n", source)]
        self.stack: list[str] = []
        self.skip_depth: int | None = None  # stack depth where skipping began
        self.scope_depth = 0
        self.buffer: BlockBuffer | None = None
        self.headline_seen = False
        self.title: list[tuple[str, int, int]] | None = None
        self.title_done = False

    # -- positions -------------------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_offsets[line - 1] + column

    # -- state -------------------------------------------------------------------------

    def _collecting(self) -> bool:
        return self.skip_depth is None and (self.scope is None or self.scope_depth > 0)

    def _kind(self) -> tuple[str, int]:
        for tag in reversed(self.stack):
            if tag in _HEADINGS:
                if tag == "h1" and not self.headline_seen:
                    self.headline_seen = True
                    return "headline", 1
                return "heading", int(tag[1])
            if tag == "li":
                return "list_item", self.stack.count("ul") + self.stack.count("ol")
            if tag in ("td", "th"):
                return "table_cell", 0
            if tag == "blockquote":
                return "blockquote", 0
            if tag in ("figcaption", "caption"):
                return "caption", 0
        return "paragraph", 0

    def flush(self) -> None:
        if self.buffer is not None:
            self.assembler.add_block(self.buffer)
            self.buffer = None

    def _text_buffer(self) -> BlockBuffer:
        if self.buffer is None:
            kind, level = self._kind()
            self.buffer = BlockBuffer(kind, level)
        return self.buffer

    # -- tags --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self._offset()
        attributes = {name.lower(): value for name, value in attrs}
        if tag == "meta":
            self._meta(attributes, offset)
        elif tag == "link" and (attributes.get("rel") or "").lower() == "canonical" and attributes.get("href"):
            self._attribute_field("url", attributes["href"], offset, _HREF_ATTR)
        elif tag == "title" and not self.title_done:
            self.title = []
        elif tag == "html" and attributes.get("lang"):
            self.assembler.metadata["lang"] = MetaField(attributes["lang"])
        if tag in _BLOCK:
            self.flush()
        if tag in _VOID:
            if tag == "br" and self.buffer is not None:
                self.buffer.add_replacement(" ", offset, offset + len(self.get_starttag_text() or ""))
            return
        self.stack.append(tag)
        if tag == self.scope or (self.scope == "main" and attributes.get("role") == "main"):
            self.scope_depth += 1
        hidden = "hidden" in attributes or attributes.get("aria-hidden") == "true"
        skip = tag in _SKIP or hidden or (tag == "header" and self.scope_depth == 0)
        if self.skip_depth is None and skip:
            self.skip_depth = len(self.stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.title is not None:
            self._finish_title()
        if tag not in self.stack:
            return  # stray end tag: malformed HTML is tolerated
        if tag in _BLOCK or tag in _SKIP:
            self.flush()
        while self.stack:
            open_tag = self.stack.pop()
            depth = len(self.stack) + 1
            if self.skip_depth is not None and depth <= self.skip_depth:
                self.skip_depth = None
            if open_tag == self.scope or (self.scope == "main" and open_tag == "main"):
                self.scope_depth = max(self.scope_depth - 1, 0)
            if open_tag == tag:
                break

    # -- text --------------------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        offset = self._offset()
        if self.title is not None:
            self.title.append((data, offset, offset + len(data)))
            return
        if self._collecting():
            self._text_buffer().add_verbatim(data, offset)

    def _reference(self, raw_length_hint: str, decoded: str | None) -> None:
        offset = self._offset()
        end = offset + len(raw_length_hint)
        if end < len(self.source) and self.source[end] == ";":
            end += 1
        raw = self.source[offset:end]
        text = decoded if decoded is not None else raw
        if self.title is not None:
            self.title.append((text, offset, end))
        elif self._collecting():
            buffer = self._text_buffer()
            if decoded is None:
                buffer.add_verbatim(raw, offset)
            else:
                buffer.add_replacement(decoded, offset, end)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name, html5.get(name + ";") or html5.get(name))

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name, html.unescape("&#" + name + ";"))

    # -- metadata -----------------------------------------------------------------------

    def _finish_title(self) -> None:
        pieces = self.title or []
        self.title = None
        self.title_done = True
        value = " ".join("".join(p[0] for p in pieces).split())
        if pieces:
            self.assembler.metadata.setdefault("title", MetaField(value, pieces[0][1], pieces[-1][2]))

    def _meta(self, attributes: dict[str, str | None], offset: int) -> None:
        key = attributes.get("name") or attributes.get("property") or attributes.get("itemprop")
        if attributes.get("charset") or not key or attributes.get("content") is None:
            return
        self._attribute_field(key.lower(), attributes["content"] or "", offset, _CONTENT_ATTR)

    def _attribute_field(self, key: str, value: str, offset: int, pattern: re.Pattern[str]) -> None:
        raw_tag = self.get_starttag_text() or ""
        match = pattern.search(raw_tag)
        if match:
            group = next(i for i in (1, 2, 3) if match.group(i) is not None)
            start, end = offset + match.start(group), offset + match.end(group)
        else:
            start = end = offset
        self.assembler.metadata.setdefault(key, MetaField(value.strip(), start, end))
