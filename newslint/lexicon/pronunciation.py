"""The first sound of a word, as the indefinite article before it shows: "an hour", "a union".

Words are looked up in ``data/lexicon/first-sounds.tsv``, a prefix table derived
from the CMU Pronouncing Dictionary (``tools/lexicon_pronunciation.py``): a word
takes the answer of its longest listed prefix, so "unidentified" and
"unidentifiable" both take "an" while "unique" and "university" take "a".
Spelling alone cannot say so; sound can. Besides words:

- initialisms are read letter by letter ("an MEP", "an FBI agent", "a US firm"),
  and an acronym that can be said as a word may be read either way ("a NATO summit");
- numbers are read as said ("an 18-year-old", "an 8% rise", "a 1990s hit",
  "an 11th-hour deal"; "1800s" may be "eighteen hundreds" or "one thousand ...");
- an unstressed h allows both ("an historic", British; "a historic").
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

A, AN = frozenset({"a"}), frozenset({"an"})
BOTH = A | AN
_ANSWERS = {"a": A, "an": AN, "both": BOTH}
_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "first-sounds.tsv"

# Letters whose names start with a vowel sound: "an F", "an M", "an S", "an X" (and H, "aitch",
# which Irish and Australian English say "haitch": either).
_LETTER_NAMES = {letter: AN for letter in "aefilmnorsx"} | {"h": BOTH}
# Consonants that can begin an English syllable together: an acronym starting with one of these
# (or a vowel) may be said as a word ("NATO", "SNAP"); "FBI", "NHS" cannot.
_ONSETS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr kn ph pl pr ps qu sc sch scr sh shr sk sl sm sn sp spl spr "
    "squ st str sw th thr tr tw wh wr".split()
)
_VOWEL_LETTERS = "aeiou"
_NUMBER = re.compile(r"\d[\d,]*")


@lru_cache(maxsize=1)
def _table() -> dict[str, frozenset[str]]:
    table = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            prefix, answer = line.split("\t")
            table[prefix] = _ANSWERS[answer]
    return table


def articles(token: str) -> frozenset[str]:
    """The indefinite articles that may stand before ``token`` as written: {"a"}, {"an"} or both
    (either is said, or the sound cannot be told)."""
    if not token:
        return BOTH
    if token[0].isdigit():
        return _number(token)
    word = re.split(r"[-\u2010\u2011.]", token, maxsplit=1)[0]
    if len(word) == 1 and (word.isupper() or len(token) > 1):
        return _LETTER_NAMES.get(word.lower(), A)  # "an X-ray", "a U-turn", "an F-16", "a U.S. envoy"
    if len(word) > 1 and word.isupper() and word.isalpha():
        return _acronym(word.lower())
    if word[:2].isupper() or word[:1].isupper() and any(c.isdigit() for c in word):
        return _LETTER_NAMES.get(word[0].lower(), A)  # read by its letters: "an MSc", "an MI6 agent", "an F1 car"
    if word.islower() and word.isalpha() and not any(c in _VOWEL_LETTERS + "y" for c in word):
        return _LETTER_NAMES.get(word[0], A)  # a lowercase initialism: "an ntl spokesman"
    if any(c.isupper() for c in word[1:]):
        # Said as letters or as a word: "an MoD spokesman", "a McDonald's", "an iPod".
        return _LETTER_NAMES.get(word[0].lower(), A) | word_articles(word.lower())
    return word_articles(word.lower())


@lru_cache(maxsize=4096)
def word_articles(word: str) -> frozenset[str]:
    """The articles before a lowercase word, from its longest prefix in the table."""
    table = _table()
    key = word + "$"
    found = BOTH
    for i in range(1, len(key) + 1):
        found = table.get(key[:i], found)
    return found


def _acronym(letters: str) -> frozenset[str]:
    by_letter = _LETTER_NAMES.get(letters[0], A)
    if not _sayable(letters):
        return by_letter
    return by_letter | word_articles(letters)  # "a NATO summit" and "an NATO" reading are both possible


def _sayable(letters: str) -> bool:
    """Whether an acronym could be said as a word: a vowel after a consonant cluster English allows."""
    first_vowel = next((i for i, c in enumerate(letters) if c in _VOWEL_LETTERS), None)
    if first_vowel is None:
        return False
    return first_vowel <= 1 or letters[:first_vowel] in _ONSETS


def _number(token: str) -> frozenset[str]:
    """How a number begins when said: "eight", "eleven", "eighteen", "eighty" take "an"."""
    digits = _NUMBER.match(token).group()
    if "," in digits.strip(","):
        head = digits.split(",")[0]  # "18,000": eighteen thousand
        return _below_thousand(head)
    digits = digits.rstrip(",")
    if len(digits) == 4 and digits[:2] in ("11", "18"):
        return BOTH  # "1800s": eighteen hundreds, or one thousand eight hundred
    if len(digits) > 3 and digits[0] != "0":
        head = digits[: (len(digits) - 1) % 3 + 1]  # "18000": eighteen thousand; "8000": eight thousand
        return _below_thousand(head)
    return _below_thousand(digits)


def _below_thousand(digits: str) -> frozenset[str]:
    digits = digits.lstrip("0") or "0"
    if len(digits) == 3:
        return AN if digits[0] == "8" else A  # "eight hundred"; "a hundred", "one hundred"
    if len(digits) == 2:
        return AN if digits in ("11", "18") or digits[0] == "8" else A
    return AN if digits == "8" else A
