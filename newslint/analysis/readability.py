"""Readability measures of an article's running prose, computed offline.

textstat's syllable-based scores load the CMU pronouncing dictionary through
nltk, which downloads it at run time (and importing textstat takes about 0.4 s,
nltk's import), and it splits sentences itself, so list items and table cells
would count as sentences. Here the published formulas run on the document's
own sentences of paragraphs and block quotes, with a rule-based syllable count
(pyphen, textstat's fallback, undercounts: "area" and "idea" get one):

- Flesch Reading Ease = 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words)
- Flesch-Kincaid grade = 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59
- Automated Readability Index = 4.71 (characters/words) + 0.5 (words/sentences) - 21.43
- Coleman-Liau index = 0.0588 L - 0.296 S - 15.8 (L letters, S sentences per 100 words)
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from newslint.analysis import shared
from newslint.document.model import Document, Sentence

#: Blocks whose sentences are running prose: list items and table cells are not sentences.
PROSE_KINDS = ("paragraph", "blockquote")

_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# A final e that is not spoken: "make", "named", "takes", "while" (but "table", "wanted", "boxes").
_SILENT_ENDING = re.compile(r"(?:(?<=[^aeiouyl])e|(?<=[aeiouy]l)e|(?<=[^aeiouytd])ed|(?<=[^aeiouysxzcgh])es)$")
_SILENT_E_INSIDE = re.compile(r"(?<=[^aeiouy])e(?=ly$|ment$|ful$|less$|ness$)")
# Vowel pairs spoken as two syllables: "period", "media", "video", "create", "area", "January",
# "being", "player", "tourism" (but not "nation", "million", "people", "quality", "language").
_TWO_SYLLABLES = re.compile(
    r"(?<=[^aeiouytscxgl])i(?:o|a|u|e(?!s$|d$|w|r$))|eo(?![pu])|ea(?=t(?:e|ed|es|ing|ion)?$)|ea$|oe(?=t)|uo"
    r"|(?<![qg])ua(?!i)|(?<=[aeiouy])ing$|(?<=[aeiou])y(?=[aeiou])(?!e[ds]?$)|ism$"
)
_POSSESSIVE = re.compile(r"['’]s?$")
# Runs of letters (lowercase text): the parts of a word that have syllables ("well-known" is two).
_LETTERS = re.compile(r"[a-z]+(?:['’][a-z]+)*")
# "Backs: Mike Blair (Edinburgh), Andy Craig (Glasgow), …": at least 8 commas, one per 7 words or fewer.
_MIN_LIST_SEPARATORS = 8
_WORDS_PER_LIST_ITEM = 7


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of an English word, by rule (about nine words in ten exactly right)."""
    word = _POSSESSIVE.sub("", word.lower())
    if not word.isalpha():
        return 1 if word else 0
    if len(word) <= 3:
        return 1
    extra = len(_TWO_SYLLABLES.findall(word))
    stem = _SILENT_E_INSIDE.sub("", word)
    stem = _SILENT_ENDING.sub("", stem) or stem
    if stem.startswith("y"):
        stem = stem[1:]
    return max(1, len(_VOWEL_GROUP.findall(stem)) + extra)


@dataclass
class SentenceStats:
    sentence: Sentence
    words: int
    #: a list set as a sentence (a team sheet, a list of winners): commas, not clauses
    listing: bool = False


@dataclass
class Readability:
    sentences: list[SentenceStats] = field(default_factory=list)
    words: int = 0
    letters: int = 0
    characters: int = 0
    syllables: int = 0
    #: sentences that count for the scores (lists set as sentences do not)
    prose_sentences: int = 0

    @property
    def words_per_sentence(self) -> float:
        return self.words / self.prose_sentences if self.words else 0.0

    @property
    def flesch_reading_ease(self) -> float:
        return 206.835 - 1.015 * self.words_per_sentence - 84.6 * self.syllables / self.words

    @property
    def flesch_kincaid_grade(self) -> float:
        return 0.39 * self.words_per_sentence + 11.8 * self.syllables / self.words - 15.59

    @property
    def automated_readability_index(self) -> float:
        return 4.71 * self.characters / self.words + 0.5 * self.words_per_sentence - 21.43

    @property
    def coleman_liau_index(self) -> float:
        return 0.0588 * 100 * self.letters / self.words - 0.296 * 100 * self.prose_sentences / self.words - 15.8

    @property
    def grade(self) -> float:
        """The mean of the three grade-level formulas: each alone errs on some kinds of copy."""
        return (self.flesch_kincaid_grade + self.automated_readability_index + self.coleman_liau_index) / 3


def readability(doc: Document) -> Readability:
    return shared(doc, "readability", _compute)


def _compute(doc: Document) -> Readability:
    result = Readability()
    starts = [start for start, _ in doc.words]
    prose: list[str] = []
    for sentence in doc.sentences:
        if doc.blocks[sentence.block].kind not in PROSE_KINDS:
            continue
        count = bisect.bisect_left(starts, sentence.end) - bisect.bisect_left(starts, sentence.start)
        if not count:
            continue
        separators = doc.text.count(",", sentence.start, sentence.end) + doc.text.count(";", sentence.start, sentence.end)
        listing = separators >= _MIN_LIST_SEPARATORS and separators * _WORDS_PER_LIST_ITEM >= count
        result.sentences.append(SentenceStats(sentence, count, listing))
        if not listing:  # a list is not prose: it would make the grade meaningless
            result.prose_sentences += 1
            result.words += count
            prose.append(doc.text[sentence.start : sentence.end])
    text = "\n".join(prose).lower()
    result.characters = sum(map(str.isalnum, text))
    result.letters = sum(map(str.isalpha, text))
    result.syllables = sum(syllables(word) * n for word, n in Counter(_LETTERS.findall(text)).items())
    return result
