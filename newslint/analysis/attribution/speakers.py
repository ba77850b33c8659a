"""Named experts: generic credentials, and whether a person is quoted again in the story."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

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
    on its own ("Li", not "Li Qiang", who is someone else)."""
    words = name_words(name)
    if not words:
        return False
    full = " ".join(words)
    wanted = set(words)
    for facts in article.sentences:
        if exclude[0] <= facts.start < exclude[1] or not (facts.cues or facts.speech):
            continue
        sentence = doc.text[facts.start : facts.end]
        if full in sentence:
            return True
        tokens = WORD_RE.findall(sentence)
        for i, token in enumerate(tokens):
            if token in wanted and not _name_neighbour(tokens, i - 1) and not _name_neighbour(tokens, i + 1):
                return True
    return False


def _name_neighbour(tokens: list[str], i: int) -> bool:
    """A capitalised word inside the sentence next to a name word ("Li Qiang" is not "Li")."""
    return 0 < i < len(tokens) and tokens[i][0].isupper() and tokens[i] not in _HONORIFICS
