"""Which key phrases an article is stuffed with: one verdict the SEO rules share.

A key phrase (see :mod:`newslint.analysis.keyphrases`) is *stuffed* when the
body repeats it beyond what edited news does, measured as Yoast measures it:
matches per 100 words of body, where a sentence (a subheading and a list item
are sentences too) matches as often as it holds every content word of the
phrase, in any order and word form, weighted by 0.7 + n/3 for an n-word phrase.

Repetition in the structure lowers the bar: a phrase that also stands in two or
more subheadings or list items was placed there for a search engine, so it is
stuffed above Yoast's own recommended maximum (3% weighted) instead of the 5.5%
edited news can reach on a short story about one thing. A long story can hide
its repeats in a normal overall density by packing them into one passage, so
the densest 100 words are measured too.

One stuffed phrase is one root cause. ``seo/keyword-density`` reports it once,
at its densest stretch, and names the other places it was stuffed into; the
title, meta and subheading rules ask :func:`stuffed_with` and stay quiet about
a phrase (or a word of one) already reported.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from newslint.analysis import shared
from newslint.analysis.content_words import stem
from newslint.analysis.keyphrases import BodySentence, KeyPhrase, Keyphrases, is_subheading, keyphrases, span_of
from newslint.document.model import Document

#: Weighted density edited news stays under, even on a short story about one thing.
MAX_DENSITY = 5.5
#: Yoast's recommended maximum weighted density, the bar for a phrase repeated in the structure too.
STRUCTURAL_DENSITY = 3.0
MIN_MATCHES = 6
#: Matches where the words stand together, in order: natural prose varies a repeated topic.
MIN_VERBATIM = 4
#: Subheadings and list items holding the phrase that make it structural stuffing.
MIN_STRUCTURAL = 2
#: Yoast measures per 100 words; the densest stretch is the 100-word window with most matches.
WINDOW_WORDS = 100
#: Weighted matches per 100 words in the densest stretch that make a long story stuffed even when its
#: overall density is normal: the repeats were packed into one passage. BBC copy reaches 6.8 (five
#: matches of a two-word phrase in 100 words, four of a three-word one) and Reuters 8.2 ("buffer
#: stock", "prime rate" six times in a paragraph of a story about them), so the bar is 9: seven
#: matches of a two-word phrase, six of a three-word one. When the phrase also fills two
#: subheadings or list items, 8 (six, or five).
STRETCH_DENSITY = 9.0
STRUCTURAL_STRETCH_DENSITY = 8.0
MIN_STRETCH = 4
_STRUCTURE = ("heading", "list_item")
#: A list item longer than this is a paragraph with a bullet, not a slot for a search phrase.
MAX_STRUCTURE_WORDS = 20


@dataclass(frozen=True)
class Stuffing:
    phrase: KeyPhrase
    count: int  # Yoast matches in the body
    words: int  # body words
    density: float  # weighted
    limit: float  # the weighted density it went over
    verbatim: int
    headings: int  # subheadings holding the phrase
    items: int  # list items holding it
    span: tuple[int, int]  # the densest stretch, first match to last, in doc.text
    stretch: int  # matches in the densest 100 words
    packed: bool = False  # stuffed by the density of its densest stretch, not of the whole body

    @property
    def raw_density(self) -> float:
        return self.count * 100 / self.words


def weighted_density(count: int, words: int, length: int) -> float:
    """Yoast's keyphrase density: matches per 100 words, weighted up for longer phrases (0.7 + n/3)."""
    return count * 100 / words * (0.7 + length / 3)


def stuffed_phrases(doc: Document, max_density: float = MAX_DENSITY, min_matches: int = MIN_MATCHES) -> list[Stuffing]:
    """Stuffed key phrases, longest first; a phrase inside a longer stuffed one is not listed again."""
    return shared(doc, f"stuffing:{max_density}:{min_matches}", lambda d: _find(d, max_density, min_matches))


def stuffed_with(doc: Document, keys) -> Stuffing | None:
    """The stuffed phrase (at the default limits) that ``keys`` (folded words) belong to, if any.

    A phrase belongs to a stuffed one when it shares two of its words, or its only word."""
    wanted = set(keys)
    for found in stuffed_phrases(doc):
        shared_words = wanted & set(found.phrase.keys)
        if len(shared_words) >= min(2, len(wanted)) and shared_words:
            return found
    return None


def _find(doc: Document, max_density: float, min_matches: int) -> list[Stuffing]:
    kp = keyphrases(doc)
    if not kp.body_words:
        return []
    floor = min(max_density, STRUCTURAL_DENSITY)
    result: list[Stuffing] = []
    for phrase in kp.candidates:
        # The rarest word bounds the matches: most phrases end here, before the body is read.
        bound = min(kp.body_count(key) for key in phrase.keys)
        if bound < min_matches or (
            weighted_density(bound, kp.body_words, phrase.length) <= floor
            and weighted_density(bound, WINDOW_WORDS, phrase.length) <= STRETCH_DENSITY
        ):
            continue
        if any(set(phrase.keys) <= set(other.phrase.keys) for other in result):
            continue  # a longer stuffed phrase covers this one
        found = _measure(kp, phrase, max_density, min_matches)
        if found is not None:
            result.append(found)
    return result


def _measure(kp: Keyphrases, phrase: KeyPhrase, max_density: float, min_matches: int) -> Stuffing | None:
    matches = kp.matches(phrase)
    count = sum(n for _, n in matches)
    if count < min_matches:
        return None
    blocks = {body.sentence.block for body, _ in matches if body.kind in _STRUCTURE}
    structural = [kp.doc.blocks[i] for i in blocks if _is_structure(kp.doc, kp.doc.blocks[i])]
    headings = sum(1 for block in structural if block.kind == "heading")
    items = len(structural) - headings
    in_structure = headings + items >= MIN_STRUCTURAL
    if kp.names_only(phrase) and not in_structure:
        # Names recur: a profile names its subject on every line. A name also pushed into two subheadings
        # or list items is judged like any phrase (measured: exempting it there loses a tenth of the
        # stuffed short stories of the injection benchmark, 96% -> 86%).
        return None
    spans, exact = _match_spans(matches, phrase)
    if exact < MIN_VERBATIM:
        return None
    density = weighted_density(count, kp.body_words, phrase.length)
    limit = min(STRUCTURAL_DENSITY, max_density) if in_structure else max_density
    span, stretch = _densest(kp, spans)
    if density <= limit:
        packed_limit = STRUCTURAL_STRETCH_DENSITY if in_structure else STRETCH_DENSITY
        packed_limit *= max(1.0, max_density / MAX_DENSITY)  # a user's higher limit raises this one too
        if weighted_density(stretch, WINDOW_WORDS, phrase.length) <= packed_limit or stretch < MIN_STRETCH:
            return None
        return Stuffing(phrase, count, kp.body_words, density, packed_limit, exact, headings, items, span, stretch, True)
    return Stuffing(phrase, count, kp.body_words, density, limit, exact, headings, items, span, stretch)


def _is_structure(doc: Document, block) -> bool:
    """A subheading or a short list item, not a paragraph bulleted by a plain-text file or a table row."""
    if len(block.text.split()) > MAX_STRUCTURE_WORDS:
        return False
    return block.kind != "heading" or is_subheading(doc, block)


def _match_spans(matches: list[tuple[BodySentence, int]], phrase: KeyPhrase) -> tuple[list[tuple[int, int]], int]:
    """One span per match: each verbatim run of the phrase, else the shortest stretch holding its words.

    Also returns how many matches were verbatim (the words together, in order)."""
    n = phrase.length
    spans: list[tuple[int, int]] = []
    exact = 0
    for body, count in matches:
        stems = body.stems
        runs = [i for i in range(len(stems) - n + 1) if tuple(stems[i : i + n]) == phrase.stems]
        exact += len(runs)
        spans.extend((body.words[i].start, body.words[i + n - 1].end) for i in runs[:count])
        if len(runs) < count:
            loose = span_of(body.words, phrase.stems, stem) or (body.sentence.start, body.sentence.end)
            spans.extend([loose] * (count - len(runs)))
    return sorted(set(spans)), exact


def _densest(kp: Keyphrases, spans: list[tuple[int, int]]) -> tuple[tuple[int, int], int]:
    """The stretch from the first to the last match of the 100 words holding the most matches, and its count."""
    starts = kp.word_starts
    positions = [bisect.bisect_left(starts, span[0]) for span in spans]
    best, best_count = 0, 0
    for i, position in enumerate(positions):
        count = bisect.bisect_left(positions, position + WINDOW_WORDS) - i
        if count > best_count:
            best, best_count = i, count
    return (spans[best][0], spans[best + best_count - 1][1]), best_count
