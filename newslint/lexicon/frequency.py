"""How common an English word is, and which common word a rare token is a slip for.

Frequencies come from ``data/lexicon/word-frequencies.txt.gz``, derived from
wordfreq's English list (``tools/lexicon_frequency.py``; data CC BY-SA 4.0) as
zipf values: log10 of a word's frequency per billion words, so "said" is 6.0,
"receive" 4.8, "destroy" 4.5 and the slip "destory" 1.6. A token is a slip for a
word when that word is one or two edits away (a letter dropped, added, changed,
or two letters swapped) and far more common; candidates are ranked by how common
they are and how likely the edit is as a slip (neighbouring keys, a doubled
letter, a vowel for a vowel), a noisy-channel reading of the token:
"recieve" -> "receive", "sayd" -> "said", "recrod" -> "record".

The table holds 300,000 words as sorted ``word<TAB>centibels`` lines and is
bisected, not loaded into a dict (which costs ~0.4 s at start); it is read on
the first question and kept for the process.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from newslint.built_cache import kept_between_runs

_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "word-frequencies.txt.gz"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"

#: a correction must be this much commoner than the token (in zipf: 1.5 is ~30 times)
GAP = 1.5
#: and common in itself (2.5 is once in three million words)
COMMON = 2.5

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEY_AT = {key: (row, column + 0.5 * row) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}
_VOWELS = set("aeiouy")
# How likely each kind of edit is as a slip, as log10 of a rough probability. Swapped letters
# and doubled or undoubled letters are the commonest slips; a vowel for a vowel and "c" for "s"
# are how words are misspelt by ear ("biginning", "responce"); a key's neighbour is a slip of the
# finger; a contraction without its apostrophe ("wouldnt") is commonest of all; anything else is rarer.
_COST = {
    "swap": -0.7, "undouble": -0.5, "double": -0.6, "near": -0.8, "sound": -0.8,
    "drop": -1.0, "add": -1.3, "change": -1.5, "two": -2.2, "apostrophe": -0.3, "two swaps": -1.6,
}
_SOUND_ALIKE = {frozenset(pair) for pair in ("cs", "ck", "sz", "fv", "mn")}


@lru_cache(maxsize=1)
@kept_between_runs
def _rows() -> list[str]:
    return gzip.decompress(_DATA.read_bytes()).decode("utf-8").split("\n")


@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """The word's zipf frequency (lowercase as written), 0.0 when the table lacks it."""
    rows = _rows()
    key = word + "\t"
    i = bisect_left(rows, key)
    if i < len(rows) and rows[i].startswith(key):
        return 9 - int(rows[i][len(key):]) / 100
    return 0.0


def corrections(token: str, also: Iterable[str] = ()) -> list[str]:
    """Common words ``token`` (lowercase) is likely a slip for, likeliest first; empty when
    none is close and far more common (then the token is rare, not a slip). ``also`` adds
    candidates of any distance up to two (a speller's suggestions)."""
    return list(_corrections(token, tuple(also)))


@lru_cache(maxsize=8192)
def _corrections(token: str, also: tuple[str, ...]) -> tuple[str, ...]:
    floor = max(COMMON, zipf(token) + GAP)
    scored: dict[str, float] = {}
    for candidate, kind in _one_edit(token):
        frequency = zipf(candidate) - _first_letter(token, candidate)
        if frequency >= floor:
            scored[candidate] = max(scored.get(candidate, -99.0), frequency + _COST[kind])
    # Two neighbours swapped twice ("eyasr" for "years"): fingers out of order, every letter typed.
    for candidate in _two_swaps(token):
        frequency = zipf(candidate) - _first_letter(token, candidate)
        if candidate not in scored and frequency >= floor:
            scored[candidate] = frequency + _COST["two swaps"]
    for candidate in also:
        candidate = candidate.lower()
        frequency = zipf(candidate) - _first_letter(token, candidate)
        if candidate not in scored and candidate.replace("'", "").isalpha() and frequency >= floor:
            distance = damerau_levenshtein(token, candidate)
            if 0 < distance <= 2:
                kind = "two" if distance == 2 else _kind_of_one_edit(token, candidate)
                scored[candidate] = frequency + _COST[kind]
    return tuple(sorted(scored, key=lambda c: (-scored[c], c)))


def commoner_by(candidate: str, token: str) -> float:
    """How much commoner ``candidate`` is than ``token``, in zipf, as a slip's correction
    (a changed first letter counts against it)."""
    return zipf(candidate) - _first_letter(token, candidate) - zipf(token)


def _first_letter(token: str, candidate: str) -> float:
    """First letters are seldom mistyped: a candidate that changes one ("skilling" for "killing",
    "dinked" for "linked", measured on BBC news) needs to be ten times commoner still and is
    ranked lower. Two first letters swapped are an ordinary slip ("wtih")."""
    if token[0] == candidate[0] or token[:2] == candidate[1::-1]:
        return 0.0
    return 1.0


def _two_swaps(word: str) -> Iterable[str]:
    """Every string two swaps of neighbouring letters (apart) from ``word``."""
    for i in range(len(word) - 3):
        if word[i] == word[i + 1]:
            continue
        once = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for j in range(i + 2, len(word) - 1):
            if once[j] != once[j + 1]:
                yield once[:j] + once[j + 1] + once[j] + once[j + 2 :]


def is_two_swaps(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is ``word`` with two pairs of neighbouring letters swapped back."""
    return len(word) == len(candidate) and candidate in set(_two_swaps(word))


def _one_edit(word: str) -> Iterable[tuple[str, str]]:
    """Every string one edit from ``word``, with the kind of slip that edit undoes."""
    for i in range(len(word)):
        dropped = word[:i] + word[i + 1 :]
        # an extra letter typed: doubled ("proffessor") or a neighbour of the one before or after it
        if i > 0 and word[i] == word[i - 1]:
            yield dropped, "double"
        elif _near(word[i], word[i - 1 : i]) or _near(word[i], word[i + 1 : i + 2]):
            yield dropped, "near"
        else:
            yield dropped, "add"
        if i + 1 < len(word) and word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :], "swap"
        for letter in _LETTERS:
            if letter != word[i]:
                yield word[:i] + letter + word[i + 1 :], _change_kind(word[i], letter)
    for i in range(len(word) + 1):
        for letter in _LETTERS:
            # a letter left out: a doubled one undoubled ("begining") or any other
            doubled = word[i - 1 : i] == letter or word[i : i + 1] == letter
            yield word[:i] + letter + word[i:], "undouble" if doubled else "drop"
    for i in range(max(1, len(word) - 3), len(word)):
        yield word[:i] + "'" + word[i:], "apostrophe"  # "wouldnt", "theyre"


def _change_kind(typed: str, meant: str) -> str:
    if _near(typed, meant):
        return "near"
    if typed in _VOWELS and meant in _VOWELS or frozenset((typed, meant)) in _SOUND_ALIKE:
        return "sound"
    return "change"


def _kind_of_one_edit(token: str, candidate: str) -> str:
    return next((kind for c, kind in _one_edit(token) if c == candidate), "change")


def _near(a: str, b: str) -> bool:
    """Whether two keys neighbour each other on a QWERTY keyboard."""
    if not b or a not in _KEY_AT or b not in _KEY_AT:
        return False
    (row_a, col_a), (row_b, col_b) = _KEY_AT[a], _KEY_AT[b]
    return abs(row_a - row_b) <= 1 and abs(col_a - col_b) <= 1 and a != b


def damerau_levenshtein(a: str, b: str) -> int:
    """Edit distance where swapping two adjacent letters counts as one edit."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]
