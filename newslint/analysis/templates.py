"""Where an article's template scaffolding sits: section numbering, template
section labels ("Evergreen context", "Engagement prompts") and the section
each block belongs to.

Content-farm generators and chatbot drafts fill a fixed template; the
template's own section names and numbering survive into the published text.
Rules in ``artifact/`` and ``structure/`` read these facts from here so that
they agree on what a label, an enumerator and a section are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.analysis import shared
from newslint.document.model import Block, Document

#: List bullets and section numbers before a label: "- ", "9. ", "10. 1. ", "3.1 ", "1) ".
ENUMERATOR = re.compile(r"(?:[-*+•–]\s+|\d{1,3}[.)]\s*|\d{1,3}(?:\.\d{1,3})+[.)]?\s+)+")

# Section names of article templates and chatbot briefs. None of them titles a
# section of edited news; each must be the whole heading or be followed by a
# colon or a dash ("Evergreen context: Why this matters").
_LABELS = r"""
    evergreen[ ](?:context|content|background|angle|section|explainer)
  | engagement[ ](?:prompts?|questions?|hooks?|section|ideas)
  | reader[ ](?:engagement|prompts?|questions?|interaction|poll)
  | discussion[ ](?:prompts?|questions?)
  | questions?[ ]for[ ](?:readers|the[ ]reader|discussion|reflection)
  | call[ -]to[ -]action
  | social[ ]media[ ](?:posts?|copy|captions?|teasers?|blurbs?|snippets?)
  | suggested[ ](?:headlines?|titles?|tweets?|images?|photos?|captions?|social[ ]posts?|pull[ ]quotes?)
  | (?:alternative|alternate)[ ](?:headlines?|titles?)
  | headline[ ](?:options|ideas|suggestions|variations)
  | (?:image|photo|visual)[ ](?:suggestions?|prompts?|ideas)
  | target[ ]audience
"""
_LABEL = re.compile(r"(?:" + _LABELS + r")(?=\s*(?:$|[:：]|\s[–—-]\s|\s*\())", re.IGNORECASE | re.VERBOSE)
# Labels whose section holds questions addressed to readers.
_ENGAGEMENT = re.compile(r"engagement|reader|discussion|questions?[ ]for", re.IGNORECASE)


@dataclass(frozen=True)
class Label:
    """A template section label inside one block (offsets into ``doc.text``)."""

    block: int
    start: int
    end: int
    text: str

    @property
    def engagement(self) -> bool:
        return bool(_ENGAGEMENT.match(self.text))


@dataclass
class Templates:
    #: block index -> the template label that block starts with
    labels: dict[int, Label]
    #: block index -> index of the heading block whose section it is in (None before the first heading)
    section_of: list[int | None]

    def label_of_section(self, block_index: int) -> Label | None:
        heading = self.section_of[block_index]
        return self.labels.get(heading) if heading is not None else None


def label_start(block: Block) -> int:
    """Offset in ``block.text`` after any list bullet or section numbering."""
    match = ENUMERATOR.match(block.text)
    return match.end() if match else 0


def templates(doc: Document) -> Templates:
    return shared(doc, "templates", _compute)


def _compute(doc: Document) -> Templates:
    labels: dict[int, Label] = {}
    section_of: list[int | None] = []
    current: int | None = None
    for block in doc.blocks:
        # A table may well have a "Target audience" row; a template's sections are headings and entries.
        match = _LABEL.match(block.text, label_start(block)) if block.kind not in ("table_cell", "caption") else None
        if match:
            labels[block.index] = Label(block.index, block.start + match.start(), block.start + match.end(), match.group())
        # A label standing alone ("**Engagement prompts**" in Markdown) opens a section like a heading.
        alone = match is not None and not block.text[match.end() :].strip(" :：")
        if block.kind in ("heading", "headline") or (alone and block.kind == "paragraph"):
            current = block.index
            section_of.append(None)
        else:
            section_of.append(current)
    return Templates(labels, section_of)
