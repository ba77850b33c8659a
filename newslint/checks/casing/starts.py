"""Sentences, list items and headings that start with a lowercase letter.

Shared by the casing rules: ``casing/sentence-start`` reports these words,
and ``casing/lowercase-name`` leaves them alone so that "lee underscored…"
is reported once, not twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.analysis import shared
from newslint.document.model import Block, Document
from newslint.document.words import WORD_RE

# Blocks whose sentences must start with a capital. Table cells hold data
# ("yes", "km", "n/a") and are left alone.
_CHECKED_KINDS = {"paragraph", "blockquote", "caption", "list_item", "heading", "headline"}
_WHERE = {"list_item": "list item", "blockquote": "paragraph", "caption": "paragraph"}
# Numbering and opening quotes before the first word: "3.1 Trade", "b) the", "“this".
_LEAD = re.compile(r"(?:\s|[\"“‘'«]|\d{1,3}(?:\.\d{1,3})+(?=\s)|\d{1,3}[.)](?=\s|$)|[ivx]{1,4}[.)]|[a-h][.)](?=\s))*")
# A word with a capital inside is written so on purpose: "iPhone", "eBay".
_INNER_CAPITAL = re.compile(r".[A-Z]")
# A fragment this short ("by 2030.") is a leftover, not a sentence: capitals will not fix it.
_MIN_WORDS = 3
# Abbreviations the sentence splitter may take for a sentence end before a lowercase word.
_ABBREVIATIONS = {
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la",
    "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt",
    "va", "wash", "wis", "wyo", "corp", "inc", "ltd", "co", "bros", "gov", "rep", "sen", "jr", "sr",
    "st", "ave", "dept", "univ", "approx", "est", "ca", "cf", "al", "fig", "viz", "etc", "vs", "mins",
    "hrs", "yrs", "pct", "mln", "bln", "dlrs", "nos", "no", "tel", "ext", "lb", "lbs", "oz", "pts", "yds",
    "sq", "mos", "wk", "wks", "cos", "wisc", "cal", "tex", "kans", "nebr", "penn", "mfg", "assoc", "intl",
    "natl", "govt", "reps", "sens",
}
_TOKEN_BEFORE = re.compile(r"(\S+?)[\"'”’)\]]*\s*$")
# A block that ends like a sentence (or introduces a list).
_ENDS_SENTENCE = re.compile(r"[.!?…:][\"'”’)\]]*$")
# The sentence before clearly ended: a lowercase word of some length, then . ! or ?
_CLEAR_END = re.compile(r"(?:[a-z]{3,}[.!?]|[.!?][\"'”’)]+)\s+$")


@dataclass(frozen=True)
class LowercaseStart:
    start: int  # offsets of the word in doc.text
    end: int
    word: str
    where: str  # "sentence", "paragraph", "list item", "heading" or "headline"
    certain: bool  # capitalising it is certainly right (block start or a clear sentence end)


def lowercase_starts(doc: Document, accepted: frozenset[str] = frozenset()) -> list[LowercaseStart]:
    """Every lowercase start in ``doc`` that an editor would capitalise (cached per document)."""
    return shared(doc, "casing.lowercase_starts", lambda d: _compute(d, accepted))


def accepted_words(config) -> frozenset[str]:
    """Words of the user's vocabulary (``vocabulary: accept``), written as accepted."""
    return frozenset(word for entry in getattr(config, "accept", []) for word in entry.split())


def _compute(doc: Document, accepted: frozenset[str]) -> list[LowercaseStart]:
    result: list[LowercaseStart] = []
    lists = _list_styles(doc)
    for block in doc.blocks:
        if block.kind not in _CHECKED_KINDS:
            continue
        for number, sentence in enumerate(doc.sentences_in(block)):
            first = _first_word(doc.text, sentence.start, sentence.end)
            if first is None:
                continue
            start, end, word = first
            if not word[0].islower() or _INNER_CAPITAL.search(word) or word in accepted:
                continue
            if is_address(doc.text, start, end) or _after_ellipsis(doc.text, start, sentence.start):
                continue
            if len(WORD_RE.findall(doc.text, start, sentence.end)) < _MIN_WORDS:
                continue
            if doc.text[sentence.start] in "([":
                continue  # a note in brackets: "(seeds in brackets)", "(after extra time)"
            if number == 0:
                if block.kind == "list_item" and not lists.get(block.index, False):
                    continue  # a list whose items are mostly lowercase is written so on purpose
                if block.kind != "list_item" and _continues_previous(doc, block):
                    continue  # a paragraph broken mid-sentence: a layout fault, not a casing one
                result.append(LowercaseStart(start, end, word, _WHERE.get(block.kind, block.kind), True))
                continue
            before = doc.text[block.start : sentence.start]
            if _after_abbreviation(before):
                continue
            result.append(LowercaseStart(start, end, word, "sentence", bool(_CLEAR_END.search(before))))
    return result


def _first_word(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    lead = _LEAD.match(text, start, end)
    position = lead.end() if lead else start
    match = WORD_RE.match(text, position, end)
    if match is None or not match.group()[0].isalpha():
        return None
    return match.start(), match.end(), match.group()


def is_address(text: str, start: int, end: int) -> bool:
    """Part of a web address, e-mail address, handle or file name: "archyde.com"."""
    before = text[start - 1] if start > 0 else " "
    after = text[end : end + 2]
    return before in "@#/._" or after[:1] in "@/_" or (after[:1] == "." and after[1:2].isalnum())


def _after_ellipsis(text: str, start: int, sentence_start: int) -> bool:
    """"… and then", "a strange match . . . momentum swings": the sentence goes on."""
    around = text[max(0, sentence_start - 8) : start].replace(" ", "")
    return "…" in around or "..." in around


def _continues_previous(doc: Document, block: Block) -> bool:
    """The block before ends mid-sentence ("…range from China's" / "economic power to…").

    A headline never ends with a full stop, so a paragraph after it is not let off.
    """
    if block.index == 0:
        return False
    previous = doc.blocks[block.index - 1]
    text = previous.text.rstrip()
    if previous.kind not in ("paragraph", "heading", "list_item", "blockquote") or not text:
        return False
    # "…for the U.S." / "government agency": wire copy wrapped after an abbreviation
    return not _ENDS_SENTENCE.search(text) or _after_abbreviation(text + " ")


def _after_abbreviation(before: str) -> bool:
    match = _TOKEN_BEFORE.search(before)
    if not match:
        return False
    token = match.group(1)
    if not token.endswith("."):
        return False
    bare = token.rstrip(".").lstrip("\"'“‘(").rsplit("-", 1)[-1]  # "(R-Wash." is "Wash."
    return bare.lower() in _ABBREVIATIONS or "." in bare or (len(bare) == 1 and bare.isalpha())


def _list_styles(doc: Document) -> dict[int, bool]:
    """For each list item: do its sibling items mostly start with a capital?

    Siblings are the items of the same list; a list of one or two items is judged
    by the article's other list items ("- Tourism boost" / "- education linkage").
    """
    items = [b for b in doc.blocks if b.kind == "list_item"]
    cases = {b.index: _starts_capitalised(doc, b) for b in items}
    groups: list[list[Block]] = []
    for block in items:
        if groups and block.index == groups[-1][-1].index + 1 and block.level == groups[-1][-1].level:
            groups[-1].append(block)
        else:
            groups.append([block])
    styles: dict[int, bool] = {}
    for group in groups:
        for item in group:
            others = [cases[o.index] for o in group if o is not item and cases[o.index] is not None]
            if len(others) < 2:
                others = [cases[o.index] for o in items if o is not item and cases[o.index] is not None]
            upper = sum(1 for c in others if c)
            styles[item.index] = upper >= 2 and upper > len(others) - upper
    return styles


def _starts_capitalised(doc: Document, block: Block) -> bool | None:
    first = _first_word(doc.text, block.start, block.end)
    return None if first is None else first[2][0].isupper()
