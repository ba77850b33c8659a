"""The plural of an English noun, for phrase lists that name the singular once.

A spinner that writes 'neural organization' for 'neural network' writes 'neural
organizations' for 'neural networks': a list names the singular and asks
:func:`plural_phrase` for the other form instead of carrying both. The spelling rules
are the regular ones (-s, -es, -ies); '-man' nouns take '-men' when the dictionary of
word classes (``data/lexicon/word_classes.tsv``) knows that form as a plural.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from newslint.lexicon import confusables


def plural(noun: str) -> str:
    """The plural of a lowercase singular noun: 'gas' -> 'gases', 'preliminary' -> 'preliminaries'."""
    if noun.endswith("man") and confusables.PLURAL in confusables.classes(noun[:-3] + "men"):
        return noun[:-3] + "men"  # 'clergyman' -> 'clergymen', but 'human' -> 'humans'
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


@lru_cache(maxsize=4096)
def _countable(word: str) -> bool:
    """A singular noun (by the dictionary's classes) whose plural is worth matching."""
    found = confusables.classes(word)
    return confusables.NOUN in found and confusables.PLURAL not in found and not word.endswith(("ing", "ss"))


def plural_phrase(phrase: str) -> Optional[str]:
    """``phrase`` with its last word made plural when that word is a singular noun
    ('heart assault' -> 'heart assaults', 'self-disconnection' -> 'self-disconnections');
    None when it is not ('as pursues', 'get right of entry to', 'throwing a ticket')."""
    head, _, last = phrase.rpartition(" ")
    stem, hyphen, noun = last.rpartition("-")
    if not noun.isalpha() or not noun.islower() or not _countable(noun) or head.lower().split()[-1:] in (["a"], ["an"]):
        return None
    return f"{head} " * bool(head) + stem + hyphen + plural(noun)
