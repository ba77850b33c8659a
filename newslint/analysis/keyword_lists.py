"""Keyword lists left in the copy: "SEO keywords", "Keywords:", "Tags:" and the phrases under them.

Content farms paste the search phrases they target into the article, under a
label ("9. SEO-Friendly Keywords", "Keywords: a, b, c", "Related searches") as
a list of short noun phrases that repeat the headline's words. A section counts
as a keyword list when its label says so and at least three verbless entries
follow that repeat the headline (or each other): a "Tags: Politics, World" line
of unrelated site sections is not stuffing.

Labels vary without end ("Popular keywords", "Trending now", "Search terms"),
so the shape of the entries decides as well: under any short label, five or
more entries that read as search queries (a few words, no verb, no sentence
punctuation) and nearly all carry the story's key terms, one term in most of
them, are a keyword list whatever the label says. A fact box ("Key facts",
"What changes") holds clauses and figures, not the headline's words over and over.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from newslint.analysis import shared
from newslint.analysis.content_words import content_keys
from newslint.analysis.metadata_fields import field as meta_field, text_of
from newslint.document.model import Block, Document

_NUMBERING = r"(?:\d{1,3}(?:\.\d{1,3})*[.)]?\s*)?"
_HYPHEN = r"[\s\-\u2010\u2011]*"
_KEYWORDS = r"key" + _HYPHEN + r"(?:words?|phrases?)(?:\s+ideas)?"
_LABEL_WORDS = (
    r"(?:(?:SEO|search)\b[^:\n]{0,30}?\b(?:" + _KEYWORDS + r"|terms|tags)"
    # "Keywords", "Tags", "Topics" alone, or after a word that says what kind ("Related searches")
    r"|(?:(?:target|focus|primary|secondary|related|LSI|long" + _HYPHEN + r"tail|popular|top|trending|suggested|"
    r"recommended|common|more)\s+)?(?:" + _KEYWORDS + r"|search\s+(?:terms|phrases|queries)|hash" + _HYPHEN + r"tags|"
    r"tags|topics)"
    r"|(?:related|popular|top|trending|suggested|recommended|common)\s+searches|searches\s+related\s+to"
    r"|people\s+also\s+search(?:\s+for)?)\b"
)
# A label on its own ("SEO Keywords Integrated Naturally", "Keywords:"), at most a few more words.
_LABEL_ALONE = re.compile(r"\s*" + _NUMBERING + r"(?P<label>" + _LABEL_WORDS + r")(?P<rest>[^:.!?]{0,40}?)\s*:?\s*$", re.IGNORECASE)
# A label with its entries on the same line: "Keywords: Beijing summit, Korea-China ties, …".
_LABEL_INLINE = re.compile(r"\s*" + _NUMBERING + r"(?P<label>" + _LABEL_WORDS + r")\s*:\s*(?P<entries>\S.*)$", re.IGNORECASE)
_SEO = re.compile(r"\bSEO\b", re.IGNORECASE)
_ENTRY_SEPARATOR = re.compile(r"\s*[,;|]\s*|\s+(?=#)")
# Words that make an entry a clause rather than a noun phrase.
_VERBS = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|do|does|did|says|said|"
    r"say|told|made|makes|make|gets|got|went|goes|became|becomes|remains|remained)\b",
    re.IGNORECASE,
)
# Searches are typed as questions without the question mark: "what is THAAD", "how to apply for a visa".
_QUERY = re.compile(r"(?:what|how|when|where|why|who|which|is|are|can|does|do)\s+\S+", re.IGNORECASE)
_MAX_ENTRY_WORDS = 8
_COMPOSED = 0.6  # share of entries made only of words the article uses elsewhere
_MAX_REST_WORDS = 4
_MIN_ENTRIES = 3
# Under a label that does not say "keywords": more entries, shorter, and nearly all on the story's terms.
_SHAPE_MIN_ENTRIES = 5
_SHAPE_MAX_ENTRY_WORDS = 6
_SHAPE_MAX_LABEL_WORDS = 5
_SHAPE_ON_TOPIC = 0.8  # share of entries holding a key term of the story
_SHAPE_ONE_TERM = 0.6  # share of entries holding its most frequent key term
_LABEL_LINE = re.compile(r"\s*" + _NUMBERING + r"[^\W\d_][^.!?;,]*?:?\s*$")
# Clauses, not search queries: a verb past the first word ("Collections start in May").
_CLAUSE_VERB = re.compile(
    r"\s(?:start|starts|begin|begins|arrive|arrives|include|includes|open|opens|close|closes|rise|rises|fall|"
    r"falls|cut|cuts|add|adds|win|wins|lose|loses|face|faces|hit|hits|plan|plans|need|needs|want|wants|take|"
    r"takes|give|gives|show|shows|come|comes|run|runs|stay|stays|cost|costs|change|changes|move|moves|"
    r"\w+ed)\b",
    re.IGNORECASE,
)
# Words of a URL or title that say nothing about the story.
_GENERIC_TERMS = frozenset({"http", "https", "www", "com", "html", "htm", "php", "org", "net", "co", "uk"})
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*[.)]\s")  # "10. Rapid Reference": the next section


@dataclass
class KeywordList:
    """One keyword-list section: its span in ``doc.text`` and the spans of its entries."""

    start: int
    end: int
    label: str
    says_seo: bool
    entries: list[tuple[int, int]] = field(default_factory=list)


def keyword_lists(doc: Document) -> list[KeywordList]:
    return shared(doc, "keyword_lists", _compute)


def in_keyword_list(doc: Document, offset: int) -> bool:
    """Whether ``offset`` lies in a keyword-list section: its entries' casing is that section's problem."""
    return any(section.start <= offset < section.end for section in keyword_lists(doc))


def _compute(doc: Document) -> list[KeywordList]:
    headline_keys = set(content_keys(_headline_text(doc))) - _GENERIC_TERMS
    found: list[KeywordList] = []
    blocks = doc.blocks
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind in ("headline", "table_cell", "caption", "list_item"):
            i += 1
            continue
        candidate, consumed = _section_at(doc, i)
        if candidate is None:
            candidate, consumed = _shaped_section_at(doc, i, headline_keys)
        elif not _repeats_topic(doc, candidate, headline_keys):
            candidate = None
        if candidate is not None:
            found.append(candidate)
            i += consumed
            continue
        i += 1
    return found


def _section_at(doc: Document, index: int) -> tuple[KeywordList | None, int]:
    block = doc.blocks[index]
    inline = _LABEL_INLINE.match(block.text)
    if inline:
        entries = _inline_entries(block, inline.start("entries"))
        if len(entries) >= _MIN_ENTRIES and all(_is_entry(block.text[s - block.start : e - block.start]) for s, e in entries):
            label = inline.group("label")
            return KeywordList(block.start, block.end, label, bool(_SEO.search(label)), entries), 1
        return None, 1
    alone = _LABEL_ALONE.match(block.text)
    if not alone or len(alone.group("rest").split()) > _MAX_REST_WORDS:
        return None, 1
    entries = []
    j = index + 1
    # Entries are bullets, or bare lines (which a plain-text file reads as short paragraphs or headings).
    kinds = ("list_item",) if j < len(doc.blocks) and doc.blocks[j].kind == "list_item" else ("paragraph", "heading")
    while j < len(doc.blocks) and doc.blocks[j].kind in kinds and _is_entry(doc.blocks[j].text):
        entries.append((doc.blocks[j].start, doc.blocks[j].end))
        j += 1
    if len(entries) < _MIN_ENTRIES:
        return None, 1
    label = alone.group("label")
    return KeywordList(block.start, entries[-1][1], label, bool(_SEO.search(block.text)), entries), j - index


def _shaped_section_at(doc: Document, index: int, story_keys: set[str]) -> tuple[KeywordList | None, int]:
    """A short label of any wording followed by entries shaped like search queries on the story's terms."""
    block = doc.blocks[index]
    inline = re.match(r"\s*(?P<label>[^\W\d_][^:.!?]{0,40}):\s*(?P<entries>\S.*)$", block.text)
    if inline and len(inline.group("label").split()) <= _SHAPE_MAX_LABEL_WORDS:
        entries = _inline_entries(block, inline.start("entries"))
        texts = [doc.text[s:e] for s, e in entries]
        if _search_queries(texts, story_keys):
            return KeywordList(block.start, block.end, inline.group("label"), False, entries), 1
        return None, 1
    if not _LABEL_LINE.match(block.text) or len(block.text.split()) > _SHAPE_MAX_LABEL_WORDS:
        return None, 1
    j = index + 1
    kinds = ("list_item",) if j < len(doc.blocks) and doc.blocks[j].kind == "list_item" else ("paragraph", "heading")
    entries = []
    while j < len(doc.blocks) and doc.blocks[j].kind in kinds and len(doc.blocks[j].text.split()) <= _MAX_ENTRY_WORDS:
        if not _query_shaped(doc.text[doc.blocks[j].start : doc.blocks[j].end]):
            return None, 1  # _search_queries would refuse the list: stop now, not at the end of the
            # article (10k short headings each scanned every block after it: quadratic, issue 11)
        entries.append((doc.blocks[j].start, doc.blocks[j].end))
        j += 1
    if not _search_queries([doc.text[s:e] for s, e in entries], story_keys):
        return None, 1
    label = block.text.strip().rstrip(":")
    return KeywordList(block.start, entries[-1][1], label, bool(_SEO.search(label)), entries), j - index


def _search_queries(texts: list[str], story_keys: set[str]) -> bool:
    """Entries that read as search queries aimed at the story: short, verbless, on its key terms."""
    if len(texts) < _SHAPE_MIN_ENTRIES or not story_keys:
        return False
    if not all(_query_shaped(t) for t in texts):
        return False
    keyed = [set(content_keys(t)) & story_keys for t in texts]
    on_topic = sum(1 for keys in keyed if keys)
    if on_topic < _SHAPE_ON_TOPIC * len(texts):
        return False
    top = Counter(k for keys in keyed for k in keys).most_common(1)
    return bool(top) and top[0][1] >= _SHAPE_ONE_TERM * len(texts)


def _query_shaped(text: str) -> bool:
    return _is_entry(text) and len(text.split()) <= _SHAPE_MAX_ENTRY_WORDS and not _CLAUSE_VERB.search(text)


def _inline_entries(block: Block, start: int) -> list[tuple[int, int]]:
    entries = []
    position = start
    text = block.text
    for separator in list(_ENTRY_SEPARATOR.finditer(text, start)) + [None]:
        end = separator.start() if separator else len(text.rstrip(" ."))
        piece = text[position:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            entries.append((block.start + position + lead, block.start + position + len(piece.rstrip())))
        if separator:
            position = separator.end()
    return entries


def _is_entry(text: str) -> bool:
    """A search phrase: a few words, no sentence punctuation, no verb after the first word (a query may
    open with one: "what is THAAD", and "remains" or "costs" may be the noun that leads a phrase)."""
    stripped = text.strip()
    return (
        bool(stripped)
        and not _SECTION_NUMBER.match(stripped)
        and len(stripped.split()) <= _MAX_ENTRY_WORDS
        and ":" not in stripped
        and stripped[-1] not in ".!?"
        and (not _VERBS.search(stripped, len(stripped.split()[0])) or bool(_QUERY.match(stripped)))
        and any(ch.isalpha() for ch in stripped)
    )


def _repeats_topic(doc: Document, section: KeywordList, headline_keys: set[str]) -> bool:
    """Entries aimed at the story's searches: they repeat the headline's words or one another's, or
    they are phrases of two or more words built out of the article's own words ("cold case news")."""
    keyed = [set(content_keys(doc.text[s:e])) for s, e in section.entries]
    with_headline = sum(1 for keys in keyed if keys & headline_keys)
    if with_headline >= 2 and with_headline * 3 >= len(keyed):
        return True
    sharing = sum(1 for i, keys in enumerate(keyed) if any(keys & other for j, other in enumerate(keyed) if j != i))
    if sharing >= _MIN_ENTRIES and sharing * 2 >= len(keyed):
        return True
    # A tag line of site sections ("Europe, Business, Transport") is single words the story need not use.
    outside = Counter(content_keys(doc.text[: section.start] + " " + doc.text[section.end :]))
    composed = sum(1 for keys in keyed if keys and all(outside[k] for k in keys))
    phrases = sum(1 for keys in keyed if len(keys) >= 2)
    linked = with_headline >= 1 or sharing >= 2
    return linked and composed >= _COMPOSED * len(keyed) and phrases * 2 >= len(keyed)


def _headline_text(doc: Document) -> str:
    parts = [doc.headline.text] if doc.headline else []
    for name in ("headline", "url"):
        value = meta_field(doc, name)
        if value is not None:
            parts.append(re.sub(r"[-_/]+", " ", text_of(value.value)) if name == "url" else text_of(value.value))
    return " ".join(parts)
