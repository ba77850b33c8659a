"""Spans of quoted words inside one block.

Double quotes (curly or straight) are found first; single quotes (curly or
straight) are found separately, so a nested quote and a British-style
single-quoted quote are both spans. An apostrophe ("Korea’s", "players’
union", "rock ’n’ roll") is not a quote mark: a single closing mark counts
only when an opening one is pending in the same block.
"""

from __future__ import annotations

_OPEN_CONTEXT = set(" \t\n([{—–-/") | {"\u00a0"}


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in "“‘\"'") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isalnum()


def _scan(text: str, openers: str, closers: str, straight: str) -> list[tuple[int, int, bool, str]]:
    spans: list[tuple[int, int, bool, str]] = []
    start = -1
    for i, ch in enumerate(text):
        if ch not in openers and ch not in closers and ch != straight:
            continue
        if start < 0:
            if ch in openers or (ch == straight and _opens(text, i)):
                start = i
        elif (ch in closers or ch == straight) and _closes(text, i):
            # ’ inside a word ("I’m") is an apostrophe, not the end of a quote
            spans.append((start, i + 1, True, text[start]))
            start = -1
        elif ch in openers and ch != straight and _opens(text, i):
            # a new quote opens before the last one closed: the last one is left open.
            spans.append((start, i, False, text[start]))
            start = i
    if start >= 0:
        spans.append((start, len(text), False, text[start]))
    return spans


def find_quotes(text: str) -> list[tuple[int, int, bool, str]]:
    """(start, end, closed, opening mark) for each quote, sorted by start."""
    if not any(ch in text for ch in "\"“”'‘’"):
        return []
    doubles = _scan(text, "“«", "”»", '"')
    singles = [s for s in _scan(text, "‘", "’", "'") if s[1] - s[0] > 2 and (s[2] or s[3] == "‘")]
    # a single "quote" that is really apostrophes across words: require an opening in a plausible spot
    singles = [s for s in singles if s[3] == "‘" or _opens(text, s[0])]
    return sorted(doubles + singles)
