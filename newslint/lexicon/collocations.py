"""Common two-word phrases of English, and the synonyms article spinners swap into them.

A spinner rewrites 'nuclear energy' as 'atomic vitality' and 'water treatment' as
'aquatic handling': each word replaced by a thesaurus synonym, the phrase no longer one
anybody writes. :func:`swapped_term` reads a few words that way: it undoes one or both
swaps with the synonyms of ``data/lexicon/spinner-synonyms.tsv.gz`` and answers the
common phrase they came from, when the words as written are not themselves a known
sequence of English.

``data/lexicon/collocations.txt.gz`` holds the sequences (``tools/lexicon_collocations.py``):
'known' ones, any of the 243,342 most frequent bigrams of Google Books (SymSpell's bigram
dictionary) or a two-word WordNet lemma, which are never a swap; and 'terms', a swap's
possible origin, the bigrams seen 20 million times or more without a function word, and the
expected phrases of the train half of the Problematic Paper Screener's list. Both files are
read on the first question and kept for the process.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path
from typing import Optional, Sequence

_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon"

#: Words a phrase of interest never swaps: a swap of 'the' or 'more' is grammar, not a spinner's thesaurus.
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for by with from into onto upon and or but nor so yet as is are was were be been
    being am it its this that these those he she they we you i me him her us them his hers their theirs our ours
    my mine your yours not no there here then than when where who whom whose which what why how all any both each
    few more most other some such only own same too very can will just should now may might must shall would could
    do does did done have has had having get got about above after again against before below between down during
    off out over under further once up while because if until also ever never even one two three four five six
    seven eight nine ten first second last next new many much""".split()
)


def _lines(name: str) -> list[str]:
    text = gzip.decompress((_DATA / name).read_bytes()).decode("utf-8")
    return [line for line in text.split("\n") if line and not line.startswith("#")]


@lru_cache(maxsize=1)
def _sequences() -> tuple[frozenset[str], frozenset[str]]:
    known, terms = [], []
    for line in _lines("collocations.txt.gz"):
        pair, mark = line.split("\t")
        known.append(pair)
        if mark == "T":
            terms.append(pair)
    return frozenset(known), frozenset(terms)


@lru_cache(maxsize=1)
def _substitutes() -> dict[str, tuple[str, ...]]:
    return {sub: tuple(meant.split()) for sub, meant in (line.split("\t") for line in _lines("spinner-synonyms.tsv.gz"))}


def known(first: str, second: str) -> bool:
    """Whether ``first second`` (lowercase) is an ordinary sequence of English."""
    return f"{first} {second}" in _sequences()[0]


def is_term(first: str, second: str) -> bool:
    """Whether ``first second`` (lowercase) is a common phrase a spinner's swap may come from."""
    return f"{first} {second}" in _sequences()[1]


def meant_by(substitute: str) -> tuple[str, ...]:
    """The words a spinner writes ``substitute`` (one or two lowercase words) for; () when none."""
    return _substitutes().get(substitute, ())


def _readings(words: Sequence[str], at: int) -> list[tuple[int, str, bool]]:
    """How the words from ``at`` may read: (words used, the word meant, swapped?)."""
    readings = [(1, words[at], False)]
    for size in (1, 2):
        if at + size > len(words):
            break
        if size == 2 and known(words[at], words[at + 1]):
            continue  # 'home office' is itself a phrase, not one word's substitute
        phrase = " ".join(words[at : at + size])
        readings.extend((size, meant, True) for meant in meant_by(phrase))
        if phrase.endswith("s") and not phrase.endswith("ss"):  # 'constabulary officers': the lemma is singular
            readings.extend((size, meant + "s", True) for meant in meant_by(phrase[:-1]))
    return readings


def swapped_term(words: Sequence[str]) -> Optional[tuple[int, str]]:
    """(words used, the common phrase) when the first words of ``words`` (lowercase, one phrase:
    no punctuation between them) read as a synonym swap of a common two-word phrase; else None.

    >>> swapped_term(["atomic", "vitality", "plants"])
    (2, 'nuclear energy')
    """
    if not words or words[0] in FUNCTION_WORDS:
        return None
    for used, first, swapped in _readings(words, 0):
        if used >= len(words) or words[used] in FUNCTION_WORDS:
            continue
        for more, second, also in _readings(words, used):
            if not (swapped or also):
                continue
            if used + more == 2 and known(words[0], words[1]):
                continue  # the words as written are English ('great success')
            if is_term(first, second):
                return used + more, f"{first} {second}"
    return None
