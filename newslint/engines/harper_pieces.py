"""Which parts of a text go to Harper: the sentences where one of the Harper rules switched on can fire.

Harper's parse is the largest cost of a run, and every lint newslint keeps from it
needs a particular word: ``ThenThan`` a "then" or "than again", ``ModalOf`` a modal right
before "of", ``FreeRein`` the phrase "free reign". Those words, rule by rule, are in
``newslint/data/harper/triggers.tsv``, read from harper-core's source (weir rules,
phrase sets and the hand-written linters). A sentence with none of them holds no
lint newslint keeps, so it is not parsed: about four sentences in five of a news article.

Every rule kept works within a sentence, so Harper reaches the same verdicts on a
sentence alone as inside the whole text, provided the text is cut only where Harper
ends a sentence too: at a blank line, or after ., ! or ? before a capital, but not after
"U.S.", "a.m.", "A.", "500m.", "etc." or an ellipsis, which Harper reads as part of the
sentence (measured: every default Harper rule but spelling gives the same lints on 400
BBC articles whole and cut so, but for unclosed quotes and sentence length, which look
across sentences and are not kept). A lint's offsets shift back by its piece's start.
Neighbouring selected sentences go in one call, up to ``size`` characters (fewer calls;
Harper's cost per character grows with the length of what it is given). A Harper rule
with no row in the table cannot be judged, so it sends the whole text.

Words are matched leniently, so that a sentence Harper could lint is never left out:
lowercase, any apostrophe read as "'", hyphens and other punctuation as breaks between
words ("cutting-age" is "cutting age").
"""

from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path
from typing import Iterable

_TABLE = Path(__file__).resolve().parent.parent / "data" / "harper" / "triggers.tsv"
_WORD = re.compile(r"[^\W_]+(?:['’‘`ʼ][^\W_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
_BLANK_LINE = re.compile(r"\r?\n(?:\r?\n)+\s*")  # a paragraph break for Harper: two line breaks in a row
# Where a sentence ends for Harper too: ., ! or ? (closing quotes and brackets with it) before
# spaces and a capital, a digit or an opening quote; never "..." (an ellipsis ends no sentence for
# Harper), nor a period Harper reads as part of a word: "U.S.", "a.m.", "A.", "500m.", "etc.", "vs."
_SENTENCE_END = re.compile(r"(?<![.])(?:\.|[!?]+)(?![.])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"\S*\Z")
_NOT_AN_END = re.compile(r"\.|(?<![^\W\d_])[^\W\d_]\Z|(?i:\A(?:esp|etc|vs|al)\Z)")

#: a phrase: a run of adjacent words, each slot the set of words it accepts
Phrase = tuple[frozenset[str], ...]


def words(text: str) -> list[str]:
    """The words of ``text`` as the trigger table spells them: lowercase, apostrophes straightened."""
    return [match.group().lower().translate(_APOSTROPHES) for match in _WORD.finditer(text)]


@functools.cache
def table() -> dict[str, tuple[Phrase, ...]]:
    """Harper rule -> the phrases one of which it needs, from triggers.tsv."""
    sets: dict[str, frozenset[str]] = {}
    rules: dict[str, tuple[Phrase, ...]] = {}
    for line in _TABLE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, value = line.split("\t")[:2]
        if name.startswith("@"):
            sets[name[1:]] = frozenset(value.split())
            continue
        phrases = []
        for phrase in value.split(" ; "):
            phrases.append(tuple(sets[slot[1:]] if slot.startswith("@") else frozenset(slot.split("|"))
                                 for slot in phrase.split()))
        rules[name] = tuple(phrases)
    return rules


class Triggers:
    """The trigger phrases of a set of Harper rules, indexed by their first word."""

    def __init__(self, rules: Iterable[str]):
        known = table()
        rules = set(rules)
        #: rules the table has no row for: every paragraph goes to Harper for them
        self.always = frozenset(rule for rule in rules if rule not in known)
        # first word -> None when the word alone is a phrase, else second word -> the rest of each phrase
        self._index: dict[str, dict[str, list[Phrase]] | None] = {}
        for rule in sorted(rules - self.always):
            for phrase in known[rule]:
                for first in phrase[0]:
                    if len(phrase) == 1:
                        self._index[first] = None
                    elif (seconds := self._index.setdefault(first, {})) is not None:
                        for second in phrase[1]:
                            seconds.setdefault(second, []).append(phrase[2:])

    def hits(self, text: str) -> list[int]:
        """The offsets in ``text``, in order, where one of the phrases begins."""
        matches = list(_WORD.finditer(text))
        found = [match.group().lower().translate(_APOSTROPHES) for match in matches]
        index = self._index
        if index.keys().isdisjoint(found):
            return []
        starts = []
        last = len(found) - 1
        for i, word in enumerate(found):
            if word not in index:
                continue
            seconds = index[word]
            if seconds is None or i < last and any(
                    all(i + k < len(found) and found[i + k] in slot for k, slot in enumerate(rest, 2))
                    for rest in seconds.get(found[i + 1], ())):
                starts.append(matches[i].start())
        return starts

    def fire(self, text: str) -> bool:
        """Whether a rule could fire in ``text``: one of the phrases occurs in it."""
        return bool(self.always) or bool(self.hits(text))


@functools.cache
def triggers(rules: frozenset[str]) -> Triggers:
    return Triggers(rules)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each block of ``text`` between blank lines, in order."""
    spans = []
    start = 0
    for gap in _BLANK_LINE.finditer(text):
        if gap.start() > start:
            spans.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the sentences of the paragraph text[start:end], the spaces after each with it."""
    spans = []
    for cut in _SENTENCE_END.finditer(text, start, end):
        before = _WORD_BEFORE.search(text, max(start, cut.start() - 64), cut.start()).group()
        if cut.end() < end and not (text[cut.start()] == "." and _NOT_AN_END.search(before)):
            spans.append((start, cut.end()))
            start = cut.end()
    spans.append((start, end))
    return spans


def pieces(text: str, rules: frozenset[str], size: int) -> list[tuple[int, int]]:
    """(start, end) of the runs of sentences of ``text`` where one of ``rules`` could fire.
    Neighbouring runs (nothing but spaces and line breaks between them) are joined while the
    joined run stays within ``size`` characters; a longer sentence is one run, for the caller to cut."""
    found = triggers(rules)
    if found.always:
        return [(0, len(text))] if text else []
    hits = found.hits(text)
    runs: list[tuple[int, int]] = []
    if not hits:
        return runs
    for paragraph in paragraphs(text):
        if not _any_within(hits, *paragraph):
            continue
        for start, end in sentences(text, *paragraph):
            if not _any_within(hits, start, end):
                continue
            if runs and end - runs[-1][0] <= size and not text[runs[-1][1]:start].strip():
                runs[-1] = (runs[-1][0], end)
            else:
                runs.append((start, end))
    return runs


def _any_within(offsets: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end
