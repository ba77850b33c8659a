"""Phrase matching shared by the YAML rule kinds."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from newslint.document.model import Document

_HYPHEN_CHARS = "-\u2010\u2011\u2012"
_HYPHENS = "\\-\u2010\u2011\u2012"  # for character classes: the ASCII hyphen escaped
_APOSTROPHES = "'’"
_GAP = r"(?:\s+|[" + _HYPHENS + r"])"


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


def compile_alternatives(phrases: Iterable[str], patterns: Iterable[str] = (), ignore_case: bool = True) -> re.Pattern[str] | None:
    """One regex for literal ``phrases`` (whole words) and raw ``patterns``."""
    alternatives = [phrase_pattern(p) for p in sorted(set(phrases), key=len, reverse=True) if p.strip()]
    bounded = r"(?<![\w" + _HYPHENS + r"])(?:" + "|".join(alternatives) + r")(?![\w" + _HYPHENS + r"])" if alternatives else ""
    raw = [f"(?:{p})" for p in patterns]
    source = "|".join(x for x in [bounded, *raw] if x)
    if not source:
        return None
    return re.compile(source, re.IGNORECASE if ignore_case else 0)


def iter_matches(
    doc: Document, regex: re.Pattern[str], scope: frozenset[str] | None, skip_quotes: bool
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, match) in ``doc.text`` for every match inside a block in ``scope``."""
    quotes = [q for q in doc.quotes] if skip_quotes else []
    for block in doc.blocks:
        if scope is not None and block.kind not in scope:
            continue
        for match in regex.finditer(block.text):
            if not match.group():
                continue
            start, end = block.start + match.start(), block.start + match.end()
            if quotes and any(q.start <= start < q.end for q in quotes):
                continue
            yield start, end, match


def match_case(replacement: str, matched: str) -> str:
    """Give ``replacement`` the capitalisation of ``matched`` (Capitalised, UPPER or as is)."""
    if matched.isupper() and len(matched) > 1 and not replacement.isupper():
        return replacement.upper()
    if matched[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
