"""Phrase matching shared by the YAML rule kinds."""

from __future__ import annotations

import re
from functools import cached_property
from typing import Iterable, Iterator

from newslint.analysis import shared
from newslint.document.model import Document
from newslint.engine import deadline

_HYPHEN_CHARS = "-\u2010\u2011\u2012"
_HYPHENS = "\\-\u2010\u2011\u2012"  # for character classes: the ASCII hyphen escaped
_APOSTROPHES = "'’"
_GAP = r"(?:\s+|[" + _HYPHENS + r"])"
_WORD = re.compile(r"[^\W_]+")


def normalize_phrase(text: str) -> str:
    """Case, spacing, hyphen and apostrophe variants of a phrase compare equal."""
    text = re.sub(r"\s+", " ", text.strip().lower())
    text = re.sub("[" + _HYPHENS + "]", "-", text)
    return re.sub("[" + _APOSTROPHES + "]", "'", text)


def phrase_pattern(phrase: str) -> str:
    """Regex source for a literal phrase: any spacing (or a hyphen for a space), any hyphen, any apostrophe."""
    parts = []
    for ch in phrase.strip():
        if ch.isspace():
            # "game changer" also matches "game-changer": compounds are spelt both ways
            if not parts or parts[-1] != _GAP:
                parts.append(_GAP)
        elif ch in _HYPHEN_CHARS:
            parts.append("[" + _HYPHENS + "]")
        elif ch in _APOSTROPHES:
            parts.append("[" + _APOSTROPHES + "]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


class Matcher:
    """A phrase list compiled into one regex on first use, with the words a text must
    contain for it to match at all (most articles contain none: no regex to build or run)."""

    def __init__(self, source: str, flags: int, keys: tuple[frozenset[str], ...] | None) -> None:
        self._source = source
        self._flags = flags
        #: The lowercase words of each phrase; None when raw patterns make a word check impossible.
        self.keys = keys

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self._source, self._flags)

    def may_match(self, doc: Document) -> bool:
        """False when no phrase has all its words in the document: skip the regex."""
        if self.keys is None:
            return True
        words = shared(doc, "lowercase_words", _lowercase_words)
        return any(key <= words for key in self.keys)


def compile_alternatives(phrases: Iterable[str], patterns: Iterable[str] = (), ignore_case: bool = True) -> Matcher | None:
    """One matcher for literal ``phrases`` (whole words) and raw ``patterns`` (checked by the caller)."""
    phrases = sorted({p for p in phrases if p.strip()}, key=len, reverse=True)
    patterns = list(patterns)
    alternatives = [phrase_pattern(p) for p in phrases]
    bounded = r"(?<![\w" + _HYPHENS + r"])(?:" + "|".join(alternatives) + r")(?![\w" + _HYPHENS + r"])" if alternatives else ""
    raw = [f"(?:{p})" for p in patterns]
    source = "|".join(x for x in [bounded, *raw] if x)
    if not source:
        return None
    keys = None
    if not patterns:
        # lowercase words: a superset test, so it holds for case-sensitive lists too
        keys = tuple({frozenset(_WORD.findall(p.lower())) for p in phrases})
    return Matcher(source, re.IGNORECASE if ignore_case else 0, keys)


def _lowercase_words(doc: Document) -> set[str]:
    return set(_WORD.findall(doc.text.lower()))


def iter_matches(
    doc: Document, matcher: Matcher, scope: frozenset[str] | None, skip_quotes: bool
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, match) in ``doc.text`` for every match inside a block in ``scope``."""
    if not matcher.may_match(doc):
        return
    quotes = doc.quote_spans if skip_quotes else None
    for block in doc.blocks:
        if scope is not None and block.kind not in scope:
            continue
        deadline.check()  # the file's time budget, between blocks of a huge page
        for match in matcher.regex.finditer(block.text):
            if not match.group():
                continue
            start, end = block.start + match.start(), block.start + match.end()
            if quotes and start in quotes:
                continue
            yield start, end, match


def match_case(replacement: str, matched: str) -> str:
    """Give ``replacement`` the capitalisation of ``matched``: UPPER, Title Case, Capitalised or as is."""
    if matched.isupper() and len(matched) > 1 and not replacement.isupper():
        return replacement.upper()
    words = _WORD.findall(matched)
    if len(words) > 1 and all(w[0].isupper() for w in words):
        return re.sub(r"[^\W_]+", lambda m: m.group()[0].upper() + m.group()[1:], replacement)
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
