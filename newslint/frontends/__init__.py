"""Format front ends: each turns one kind of file into a :class:`Document`.

Plain text and Markdown share YAML front matter handling; HTML reads its
metadata from ``<head>``. A ``.txt`` file written in Markdown (front matter or
``#`` headings, as crawlers save articles) is read as Markdown.
"""

from __future__ import annotations

import re

from newslint.document.model import Document
from newslint.frontends.frontmatter import parse_front_matter

#: File extensions newslint reads, by format.
EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

_MARKDOWN_SIGNS = re.compile(r"^#{1,6}[ \t]+\S|^```|\]\([^)\s]+\)|\*\*[^*\n]+\*\*", re.MULTILINE)


def format_for(path: str) -> str:
    lowered = path.lower()
    for extension, fmt in EXTENSIONS.items():
        if lowered.endswith(extension):
            return fmt
    return "text"


def parse_document(path: str, source: str, fmt: str | None = None) -> Document:
    """Parse ``source`` (already decoded) as the article at ``path``."""
    fmt = fmt or format_for(path)
    if fmt == "html":
        from newslint.frontends.html import parse_html

        return parse_html(path, source)
    front = parse_front_matter(source)
    if fmt == "text" and (front.present or _MARKDOWN_SIGNS.search(source, front.body_start)):
        fmt = "markdown"
    if fmt == "markdown":
        from newslint.frontends.markdown import parse_markdown

        return parse_markdown(path, source, front)
    from newslint.frontends.plaintext import parse_plaintext

    return parse_plaintext(path, source, front)
