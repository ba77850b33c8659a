"""English words that a standard spell-checker dictionary holds and Harper's lacks.

``data/lexicon/words.txt`` lists the words of SCOWL's size-60 lists (the size its
author recommends for spell checking; English, American, British, Canadian and
Australian spelling, common and acceptable variants) that Harper's speller knows
in neither American nor British English: "hared", "yuppy", "chillies", "arvo".
A word there is a word, however rarely wordfreq counts it, so the speller never
calls it a slip for a commoner one ("hared away from halfway" is not "hard").
Derived by ``tools/lexicon_words.py``; source and licence in SOURCES.md.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "words.txt"


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    lines = _DATA.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_word(word: str) -> bool:
    """Whether ``word`` (lowercase) is an English word of the dictionary Harper lacks."""
    return word in _words()
