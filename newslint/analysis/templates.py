"""Where an article's template scaffolding sits: section numbering, template
section labels ("Evergreen context", "Engagement prompts"), the generic
headings and disclaimers of content farms ("Key Takeaways", "What readers
should watch next", "Disclaimer: …"), a table of contents, and the section
each block belongs to.

Content-farm generators and chatbot drafts fill a fixed template; the
template's own section names and numbering survive into the published text.
Rules in ``artifact/`` and ``structure/`` read these facts from here so that
they agree on what a label, an enumerator and a section are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

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

# Headings a content template gives every story whatever it is about: they name a
# slot of the outline ("Key Takeaways", "Final thoughts", "Frequently asked questions")
# or address the reader ("What readers should watch next"), and hold no noun of the
# story except, at most, the place the "developments" come from. Edited news names its
# subheadings after what the section says ("Talks broke down in May"); the conventions
# it does share are left out: "What happens next?", "Why it matters" (Axios), "Analysis",
# "Background" alone, "Looking ahead".
_GENERIC = r"""
    (?:the[ ])?(?:key|main|top|quick|major|biggest|important|expert)[ ]
    (?:takeaways?|points(?:[ ]to[ ]remember)?|highlights|insights|findings|lessons|things[ ]to[ ]know|analysis|facts|perspectives|opinions|tips)
  | (?:the[ ])?takeaways?
  | (?:final|closing|concluding|last)[ ](?:thoughts|words|remarks|verdict|notes?)
  | (?:in[ ])?conclusion | (?:in[ ])?summary | to[ ]sum[ ](?:it[ ])?up | wrapping[ ]up | summing[ ]up | (?:the[ ])?bottom[ ]line
  | frequently[ ]asked[ ]questions(?:[ ]\(faqs?\))? | faqs? | common[ ]questions | people[ ]also[ ]ask
  | what[ ](?:readers|you|viewers|listeners|investors|fans|travell?ers|consumers|voters|residents|parents|we)[ ]
    (?:should|need[ ]to|must|can|might|will[ ]want[ ]to|ought[ ]to|have[ ]to)[ ]
    (?:know|watch(?:[ ]out)?(?:[ ]for)?|expect|look[ ](?:for|out[ ]for)|keep[ ](?:an[ ]eye[ ]on|in[ ]mind)|remember|consider|do|take[ ]away)
    (?:[ ](?:next|now|going[ ]forward|from[ ]here|in[ ]the[ ](?:coming|next)[ ](?:days|weeks|months|year)))?
  | (?:breaking|latest|recent|fresh|major|top|key)[ ](?:developments?|updates?|news|headlines)
    (?:[ ](?:from|in|on|out[ ]of|at)[ ](?:the[ ])?\S+(?:[ ]\S+){0,2})?
  | why[ ](?:this|it|the[ ]story|this[ ]story|the[ ]news|this[ ]news|it[ ]all)[ ](?:matters|is[ ]important)
    [ ](?:in[ ]the[ ]long[ ](?:run|term)|now|for[ ](?:readers|you|the[ ]future)|to[ ]you)
  | why[ ](?:the|this)[ ](?:story|news)[ ](?:matters|is[ ]important)
  | expert[ ](?:views|commentary|takes?)
  | (?:quick|rapid|fast)[ ](?:facts|reference|summary|recap|overview|takes?|guide)
  | at[ ]a[ ]glance | tl;?[ ]?dr | our[ ]take | (?:an[ ])?introduction
  | (?:related|recommended|suggested|further)[ ](?:reading|articles|posts|stories|links)
  | you[ ](?:may|might)[ ]also[ ](?:like|enjoy|be[ ]interested[ ]in) | read[ ](?:also|next)
"""
# Either side of a colon in an outline heading ("Rapid Reference: Key Takeaways",
# "Background: Why this matters"): a slot name that is generic only beside another.
_SLOT = r"""
    background | context | overview | summary | recap | reference | (?:quick|rapid)[ ]reference | explainer | analysis
  | why[ ](?:this|it|the[ ]story|this[ ]story)[ ](?:matters|is[ ]important) | what[ ](?:it|this)[ ]means | what(?:'s|’s|[ ]comes|[ ]happens)[ ]next
"""


# The heading and disclaimer patterns are compiled on first use (~20 ms at import): a story's
# paragraphs end a sentence and are never asked, and few stories hold a disclaimer's key words.
@cache
def _generic_re() -> re.Pattern[str]:
    return re.compile(r"(?:" + _GENERIC + r")", re.IGNORECASE | re.VERBOSE)


@cache
def _slot_re() -> re.Pattern[str]:
    return re.compile(r"(?:" + _GENERIC + r"|" + _SLOT + r")", re.IGNORECASE | re.VERBOSE)


_HEADING_END = re.compile(r"[\s:：?!.…]+$")
_HEADING_MAX_WORDS = 12
_TOPIC_WORDS = 3
# A disclaimer paragraph: "Disclaimer: …", or the sentences a generator adds in its place.
_DISCLAIMER_LABEL = re.compile(r"(?:important[ ])?disclaimer\s*(?:[:：]|\s[–—-]\s|$)", re.IGNORECASE)
_ADVICE = r"(?:financial|investment|legal|medical|professional|tax|health)"
_DISCLAIMER_SENTENCE = (
    # the story about its own purpose: "for informational purposes only", "does not constitute financial advice"
    r"\bthis\s+(?:article|content|post|story|piece|page|report)\s+(?:is|was)\s+(?:intended\s+|provided\s+|written\s+)?"
    r"(?:solely\s+|only\s+)?for\s+(?:general\s+)?(?:informational|information|educational|entertainment)(?:\s+and\s+\w+)?\s+purposes(?:\s+only)?"
    rf"|\b(?:does|do|should)\s+not\s+(?:constitute|be\s+(?:construed|considered|taken)\s+as)\s+(?:an?\s+)?{_ADVICE}(?:\s*(?:,|or|and)\s*{_ADVICE})*\s+advice"
    # about its own making: "compiled from publicly available sources", "information … is provided as is"
    r"|\bthis\s+(?:article|content|post|story|piece|report|summary)\s+(?:was|is|has\s+been)\s+(?:compiled|generated|prepared|assembled|written|created)"
    r"\s+(?:from|using|based\s+on)\s+(?:publicly\s+available|public|open|online)\s+(?:sources|information|data|reports)"
    r"|\b(?:the\s+)?information\s+(?:in|on|contained\s+in|provided\s+in)\s+this\s+(?:article|page|post|story|report)\s+is\s+provided\s+(?:as\s+is|for\b)"
    # what it is for and what the reader should do: "for general information only", "please consult a professional"
    r"|\bfor\s+general\s+information(?:al)?\s+(?:purposes\s+)?only\b"
    r"|\bplease\s+consult\s+(?:a|an|your)\s+(?:qualified\s+|licensed\s+|independent\s+)?(?:professional|advis[eo]r|financial\s+advis[eo]r|doctor|lawyer|expert)"
    r"\s+before\s+making\s+any\s+(?:decisions?|investments?)"
    # about its own future: "(details|coverage) may evolve with new developments"; a newsroom's
    # "This story will be updated as more information emerges" is a promise, not a disclaimer, and is left alone
    r"|\b(?:details|coverage|information|facts|this\s+(?:article|story|report|analysis|information|content))\s+(?:may|might|could|(?:is|are)\s+likely\s+to)\s+"
    r"(?:evolve|change|be\s+updated)\s+(?:as|with)\s+(?:(?:new|further|more)\s+(?:developments|information|details)|the\s+story\s+(?:develops|unfolds|evolves))"
)


@cache
def _disclaimer_sentence_re() -> re.Pattern[str]:
    return re.compile(_DISCLAIMER_SENTENCE, re.IGNORECASE)


# A short label a disclaimer opens with ("Note: This article was compiled from …").
_NOTE_LABEL = re.compile(r"(?:please[ ])?note\s*[:：]\s*", re.IGNORECASE)
_DISCLAIMER_KEYS = ("disclaimer", "purposes", "advice", "information only", "consult", "evolve", "change", "updated", "compiled", "generated", "provided", "prepared")

# A table of contents: titles that announce one outright, and "Contents", which also
# titles a list of what a report or a box set contains.
_TOC_EXPLICIT = re.compile(r"(?:table\s+of\s+contents|in\s+this\s+(?:article|story)|on\s+this\s+page|jump\s+to(?:\s+section)?)\s*:?", re.IGNORECASE)
_TOC_AMBIGUOUS = re.compile(r"(?:contents|article\s+contents)\s*:?", re.IGNORECASE)
_TOC_MIN_ENTRIES = 2
_TOC_KEYS = ("contents", "in this article", "in this story", "on this page", "jump to")


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


@dataclass(frozen=True)
class TableOfContents:
    title: int  # block index of "Table of Contents"
    entries: tuple[int, ...]  # block indices of its list entries
    explicit: bool  # titled so that it can be nothing else


@dataclass
class Templates:
    #: block index -> the template label that block starts with
    labels: dict[int, Label]
    #: block index -> index of the heading block whose section it is in (None before the first heading)
    section_of: list[int | None]
    #: tables of contents, which list the template's sections a second time
    tocs: list[TableOfContents]

    def label_of_section(self, block_index: int) -> Label | None:
        heading = self.section_of[block_index]
        return self.labels.get(heading) if heading is not None else None

    def in_toc(self, block_index: int) -> bool:
        return any(block_index == toc.title or block_index in toc.entries for toc in self.tocs)


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
    return Templates(labels, section_of, _tables_of_contents(doc))


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _tables_of_contents(doc: Document) -> list[TableOfContents]:
    found = []
    blocks = doc.blocks
    for block in blocks:
        if block.kind not in ("heading", "paragraph", "list_item"):
            continue
        explicit = bool(_TOC_EXPLICIT.fullmatch(block.text, label_start(block)))
        if not explicit and not _TOC_AMBIGUOUS.fullmatch(block.text, label_start(block)):
            continue
        entries = []
        for following in blocks[block.index + 1 :]:
            if following.kind != "list_item":
                break
            entries.append(following.index)
        if len(entries) < _TOC_MIN_ENTRIES:
            continue
        if explicit or _names_sections(doc, block.index, entries):
            found.append(TableOfContents(block.index, tuple(entries), explicit))
    return found


def toc_echoes(doc: Document) -> list[tuple[int, int]]:
    """Source spans of table-of-contents entries that repeat a heading (or block) of the article.

    Such an entry is a copy of its section's heading, so whatever a rule finds in
    it, it finds at the heading: one slip, reported there and not again here.
    """
    return shared(doc, "toc_echoes", _toc_echoes)


def _toc_echoes(doc: Document) -> list[tuple[int, int]]:
    lowered = doc.text.lower()
    if not any(key in lowered for key in _TOC_KEYS):
        return []  # most articles: no title a table of contents could have, so no templates to compute
    tocs = templates(doc).tocs
    if not tocs:
        return []
    inside = {i for toc in tocs for i in (toc.title, *toc.entries)}
    texts = {b.text[label_start(b) :].strip() for b in doc.blocks if b.index not in inside}
    spans = []
    for toc in tocs:
        for index in toc.entries:
            block = doc.blocks[index]
            if block.text[label_start(block) :].strip() in texts:
                spans.append(doc.source_span(block.start, block.end))
    return spans


def _names_sections(doc: Document, index: int, entries: list[int]) -> bool:
    """Most entries are subheadings of the article itself (not a box set's contents)."""
    headings = {_key(b.text[label_start(b) :]) for b in doc.blocks[index + 1 :] if b.kind == "heading"}
    named = sum(1 for e in entries if _key(doc.blocks[e].text[label_start(doc.blocks[e]) :]) in headings)
    return named * 2 > len(entries)


def generic_heading(block: Block) -> tuple[int, int] | None:
    """(start, end) in ``block.text`` of a content template's generic heading, or None.

    The heading must be the generic phrase as a whole ("Key Takeaways", "Breaking
    developments from Beijing"), or two slot names on either side of a colon
    ("Rapid Reference: Key Takeaways", "Background: Why this matters").
    """
    if block.kind not in ("heading", "paragraph", "list_item"):
        return None
    start = label_start(block)
    text = block.text
    trail = _HEADING_END.search(text, start)
    end = trail.start() if trail else len(text)
    if end <= start or len(text[start:end].split()) > _HEADING_MAX_WORDS:
        return None
    if block.kind != "heading" and text[end:].strip() not in ("", ":", "：", "?"):
        return None  # a paragraph that ends a sentence is prose, not a heading
    if _generic_re().fullmatch(text, start, end):
        return start, end
    colon = text.find(":", start, end)
    if colon != -1:
        before, after = text[start:colon].strip(), text[colon + 1 : end].strip()
        # "Rapid Reference: Key Takeaways" (two slots), "Universe: What you need to know" (a topic word and a slot)
        slot = _slot_re()
        if slot.fullmatch(after) and (slot.fullmatch(before) or len(before.split()) <= _TOPIC_WORDS and _generic_re().fullmatch(after)):
            return start, end
    return None


def disclaimer(doc: Document, block: Block) -> tuple[int, int] | None:
    """(start, end) in ``block.text`` of a template disclaimer: a "Disclaimer:" paragraph, or the
    sentences that say the story is 'for informational purposes only' or 'may evolve'."""
    if block.kind in ("headline", "table_cell", "caption"):
        return None
    text = block.text
    lowered = text.lower()
    if not any(key in lowered for key in _DISCLAIMER_KEYS):
        return None
    start = label_start(block)
    if _DISCLAIMER_LABEL.match(text, start):
        return start, len(text)
    matches = [m for m in _disclaimer_sentence_re().finditer(text) if doc.quote_at(block.start + m.start()) is None]
    if not matches:
        return None
    if _NOTE_LABEL.match(text, start):
        return start, len(text)  # "Note: …": the whole note is the template's
    first = doc.sentence_at(block.start + matches[0].start())
    last = doc.sentence_at(block.start + matches[-1].start())
    if first is None or last is None:
        return matches[0].start(), matches[-1].end()
    return first.start - block.start, last.end - block.start
