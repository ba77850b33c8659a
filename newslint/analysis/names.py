"""The article's own proper nouns, learnt from how the article writes them.

A word the article capitalises in the middle of a sentence is (part of) a
name: "Wi Sung-lac", "Zhao Leji", "Gyeongju". Spelling rules accept such
words; casing rules use them to spot the same word written in lowercase
elsewhere ("zhao Leji"). Capitals at the start of a sentence, a heading or a
list item prove nothing, so they are not counted.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newslint.analysis import shared
from newslint.document.model import Document
from newslint.document.words import WORD_RE

# Capitalised words that are not names even mid-sentence in news copy.
_NOT_NAMES = {"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "OK"}
_SPLIT_PARTS = re.compile(r"[-\u2010\u2011]")


@dataclass
class ArticleNames:
    #: lowercase word -> Counter of its capitalised spellings seen mid-sentence
    capitalized: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    #: lowercase word -> number of times it is written all lowercase mid-sentence
    lowercase: Counter[str] = field(default_factory=Counter)
    #: runs of two or more capitalised words mid-sentence ("Lee Jae Myung"), with counts
    sequences: Counter[str] = field(default_factory=Counter)

    def is_name(self, word: str) -> bool:
        """True when the article capitalises ``word`` mid-sentence more than it lowercases it."""
        key = word.lower()
        seen = sum(self.capitalized.get(key, Counter()).values())
        return seen > 0 and seen >= self.lowercase.get(key, 0)

    def preferred(self, word: str) -> str | None:
        """The article's most common capitalised spelling of ``word``."""
        forms = self.capitalized.get(word.lower())
        return forms.most_common(1)[0][0] if forms else None


def article_names(doc: Document) -> ArticleNames:
    return shared(doc, "names", _compute)


def _compute(doc: Document) -> ArticleNames:
    names = ArticleNames()
    sentence_starts = {s.start for s in doc.sentences}
    for block in doc.blocks:
        run: list[str] = []
        for match in WORD_RE.finditer(block.text):
            word = match.group()
            start = block.start + match.start()
            initial = start in sentence_starts or _after_opening_mark(doc.text, start, block.start)
            if not word[0].isalpha():
                _close_run(names, run)
                run = []
                continue
            if word[0].isupper() and not initial and word not in _NOT_NAMES:
                for part in [word, *_SPLIT_PARTS.split(word)]:
                    if part and part[0].isupper():
                        names.capitalized[part.lower()][part] += 1
                run.append(word)
                continue
            if word.islower():
                names.lowercase[word] += 1
            _close_run(names, run)
            run = [word] if word[0].isupper() else []
        _close_run(names, run)
    return names


def _after_opening_mark(text: str, start: int, block_start: int) -> bool:
    """A word right after an opening quote or bracket starts a sentence of its own."""
    i = start - 1
    while i >= block_start and text[i] in "\"“‘'([":
        i -= 1
    return i < start - 1 and (i < block_start or text[i] in " \t")


def _close_run(names: ArticleNames, run: list[str]) -> None:
    if len(run) >= 2:
        names.sequences[" ".join(run)] += 1
