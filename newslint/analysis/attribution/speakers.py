"""Named experts: generic credentials, and whether a person is quoted again in the story."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import TYPE_CHECKING

from newslint.analysis import shared
from newslint.analysis.attribution.lexicon import INSTITUTION_WORDS_RE, JOB_WORDS_RE
from newslint.document.model import Document
from newslint.document.words import WORD_RE

if TYPE_CHECKING:
    from newslint.analysis.attribution import ArticleAttribution

Span = tuple[int, int]

_NAME_WORD = re.compile(r"[A-Z][\w\u2010\u2011’'-]{0,40}\.?")
_HONORIFICS = frozenset("Dr Dr. Prof Prof. Professor Mr Mr. Mrs Mrs. Ms Ms.".split())
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from".split())


def generic_credential(credential: str) -> bool:
    """A title-cased job description with no institution: "International Relations Scholar".

    AP lowercases a job description after a name; a capitalised one on its own is one of the
    marks of the invented experts Press Gazette documented in 2025.
    """
    words = [w for w in WORD_RE.findall(credential) if w.lower() not in _SMALL_WORDS]
    return (
        bool(words)
        and all(w[0].isupper() for w in words)
        and JOB_WORDS_RE.search(credential) is not None
        and INSTITUTION_WORDS_RE.search(credential) is None
    )


def name_words(name: str) -> list[str]:
    return [w for w in _NAME_WORD.findall(name) if w not in _HONORIFICS and len(w.rstrip(".")) >= 2]


def quoted_elsewhere(doc: Document, article: ArticleAttribution, name: str, exclude: Span) -> bool:
    """Whether the person ``name`` appears again, outside ``exclude``, in a sentence that reports
    speech (a cue or a quote): "Kim said", "…, Li told Reuters". A word of the name counts only
    on its own ("Li", not "Li Qiang", who is someone else); the whole name counts anywhere in
    the sentence, as written."""
    words = name_words(name)
    if not words:
        return False
    speech = shared(doc, "attribution.speech-sentences", lambda d: _SpeechSentences(d.text, article))
    # the speech sentences that start inside ``exclude``: one range of them, as they are in order
    lo, hi = bisect.bisect_left(speech.starts, exclude[0]), bisect.bisect_left(speech.starts, exclude[1])
    return any(_outside(found, lo, hi) for found in (speech.holding(" ".join(words)), *map(speech.alone, set(words))))


def _outside(found: list[int], lo: int, hi: int) -> bool:
    """Whether the sorted sentence numbers ``found`` hold one outside [lo, hi)."""
    return bool(found) and (found[0] < lo or found[-1] >= hi)


class _SpeechSentences:
    """The sentences that report speech, indexed once per article: asked per expert, a scan of
    every sentence made the sourcing rules quadratic in the article's size."""

    def __init__(self, text: str, article: ArticleAttribution):
        sentences = [facts for facts in article.sentences if facts.cues or facts.speech]
        self.starts = [facts.start for facts in sentences]
        #: every speech sentence, in order, each after a NUL (no name holds one, so no match spans two)
        texts = [text[facts.start : facts.end] for facts in sentences]
        self._text = "".join("\0" + sentence for sentence in texts)
        self._offsets = list(itertools.accumulate((len(sentence) + 1 for sentence in texts), initial=0))
        #: capitalised word -> the sentences where it stands alone (a name word starts with A-Z)
        self._alone: dict[str, list[int]] = {}
        self._holding: dict[str, list[int]] = {}
        for number, sentence in enumerate(texts):
            tokens = WORD_RE.findall(sentence)
            for i, token in enumerate(tokens):
                if "A" <= token[0] <= "Z" and not _name_neighbour(tokens, i - 1) and not _name_neighbour(tokens, i + 1):
                    found = self._alone.setdefault(token, [])
                    if not found or found[-1] != number:
                        found.append(number)

    def alone(self, word: str) -> list[int]:
        """The numbers of the sentences where ``word`` stands with no capitalised word beside it."""
        return self._alone.get(word, [])

    def holding(self, phrase: str) -> list[int]:
        """The numbers of the sentences that contain ``phrase`` (as a string), in order."""
        found = self._holding.get(phrase)
        if found is None:
            found = self._holding[phrase] = []
            at = self._text.find(phrase)
            while at >= 0:
                number = bisect.bisect_right(self._offsets, at) - 1
                found.append(number)
                at = self._text.find(phrase, self._offsets[number + 1])  # the next sentence on
        return found


def _name_neighbour(tokens: list[str], i: int) -> bool:
    """A capitalised word inside the sentence next to a name word ("Li Qiang" is not "Li")."""
    return 0 < i < len(tokens) and tokens[i][0].isupper() and tokens[i] not in _HONORIFICS
