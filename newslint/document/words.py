"""Word tokens shared by every rule, so all rules agree on what a word is."""

from __future__ import annotations

import re

#: Apostrophes and hyphens that may sit inside a word ("Korea’s", "Jae‑Myung").
APOSTROPHES = "'’"
HYPHENS = "\u2010\u2011-"  # "-" last, so it is literal inside a character class

#: A word: letters or digits, with inner apostrophes, hyphens and periods
#: between digits ("2.5", "3,000" are one token each).
WORD_RE = re.compile(
    r"[^\W_](?:[^\W_]|[" + APOSTROPHES + HYPHENS + r"](?=[^\W_])|(?<=\d)[.,](?=\d))*"
)


def word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in WORD_RE.finditer(text)]


def is_capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()
