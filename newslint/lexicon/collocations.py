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

from newslint.built_cache import kept_between_runs
from newslint.lexicon.tables import two_columns

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


def _text(name: str) -> str:
    return gzip.decompress((_DATA / name).read_bytes()).decode("utf-8")


@lru_cache(maxsize=1)
@kept_between_runs
def _sequences_text() -> tuple[str, int]:
    """The sequences file's text and where its first sequence starts (after the comment lines)."""
    text = _text("collocations.txt.gz")
    start = 0
    while text.startswith("#", start):
        start = text.index("\n", start) + 1
    return text, start


def _listed(pair: str) -> bool:
    """Whether ``pair`` is one of the file's sequences: a binary search over the text of the
    sorted file (``tools/lexicon_collocations.py`` writes it sorted). Only a reading that
    would otherwise be reported asks (about 3 an article), and a set of all 294,000 pairs
    cost a cold run more than a whole archive's questions."""
    text, low = _sequences_text()
    high = len(text)
    while low < high:  # low and high are line starts
        middle = (low + high) // 2
        start = text.rfind("\n", low, middle) + 1 or low
        tab = text.index("\t", start)
        key = text[start:tab]
        if key == pair:
            return True
        if key < pair:
            low = text.index("\n", tab) + 1
        else:
            high = start
    return False


@lru_cache(maxsize=1)
@kept_between_runs
def _terms() -> frozenset[str]:
    """The pairs marked T (15,000 of the 294,000 lines), found by their mark; asked for every swap read."""
    text = _sequences_text()[0] + "\n"  # the last line's mark, however the file ends
    terms = []
    at = text.find("\tT\n")
    while at != -1:
        terms.append(text[text.rfind("\n", 0, at) + 1 : at])
        at = text.find("\tT\n", at + 3)
    return frozenset(terms)


@lru_cache(maxsize=1)
@kept_between_runs
def _substitutes() -> dict[str, str]:
    return dict(two_columns(_text("spinner-synonyms.tsv.gz")))


def known(first: str, second: str) -> bool:
    """Whether ``first second`` (lowercase) is an ordinary sequence of English."""
    return _listed(f"{first} {second}")


def is_term(first: str, second: str) -> bool:
    """Whether ``first second`` (lowercase) is a common phrase a spinner's swap may come from."""
    return f"{first} {second}" in _terms()


def meant_by(substitute: str) -> tuple[str, ...]:
    """The words a spinner writes ``substitute`` (one or two lowercase words) for; () when none."""
    meant = _substitutes().get(substitute)
    return tuple(meant.split()) if meant else ()


def _readings(words: Sequence[str], at: int) -> list[tuple[int, str, bool]]:
    """How the words from ``at`` may read: (words used, the word meant, swapped?)."""
    readings = [(1, words[at], False)]
    for size in (1, 2):
        if at + size > len(words):
            break
        phrase = " ".join(words[at : at + size])
        swaps = [(size, meant, True) for meant in meant_by(phrase)]
        if phrase.endswith("s") and not phrase.endswith("ss"):  # 'constabulary officers': the lemma is singular
            swaps.extend((size, meant + "s", True) for meant in meant_by(phrase[:-1]))
        if swaps and not (size == 2 and known(words[at], words[at + 1])):
            readings.extend(swaps)  # not 'home office': itself a phrase, not one word's substitute
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
            if not (swapped or also) or not is_term(first, second):
                continue
            if used + more == 2 and known(words[0], words[1]):
                continue  # the words as written are English ('great success')
            return used + more, f"{first} {second}"
    return None
