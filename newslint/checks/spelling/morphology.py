"""How an unknown word may be built from known ones: derivations and compounds.

Harper's dictionary lacks many regular derivations news uses ("fallers",
"enablement", "filmic") and closed compounds ("hagfish", "cybercrime").
Reading them as stem + suffix must not excuse the commonest slips, which are
derivations spelt wrong ("prefering", "puting", "comeing"): a derivation is
accepted only when no *sibling* spelling of it (the consonant doubled or
undoubled, the stem's final e dropped) is itself a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PREFIXES = (
    "anti", "bio", "co", "counter", "cyber", "de", "dis", "down", "eco", "euro", "geo", "hyper", "inter",
    "intra", "macro", "mega", "micro", "mid", "mis", "multi", "nano", "neo", "neuro", "non", "out", "over",
    "post", "pre", "pro", "pseudo", "re", "semi", "sub", "super", "tele", "trans", "ultra", "un", "under", "up",
)

# (suffix, what the stem ends with instead): "expectancies" = "expectancy" + "ies" for "y".
_SUFFIXES = (
    ("ies", "y"), ("ied", "y"), ("ier", "y"), ("iers", "y"), ("ily", "y"), ("iness", "y"),
    ("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"),
    ("er", ""), ("er", "e"), ("ers", ""), ("ers", "e"), ("or", ""), ("ors", ""), ("ly", ""), ("ally", ""),
    ("ness", ""), ("ment", ""), ("ments", ""), ("able", ""), ("able", "e"), ("ic", ""), ("ery", ""),
    ("ism", ""), ("ist", ""), ("ists", ""), ("ish", ""), ("less", ""), ("ful", ""),
)
_VOWELS = set("aeiou")


@dataclass(frozen=True)
class Derivation:
    stem: str
    #: spellings that, if they are words, show this one is a slip ("preferring" for "prefering")
    siblings: tuple[str, ...]


def derivations(word: str) -> list[Derivation]:
    result = []
    for suffix, ending in _SUFFIXES:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        raw = word[: -len(suffix)]
        if suffix == "d" and not raw.endswith("e"):
            continue  # "-d" follows an "e" ("agreed"); "sayd" is not "say" + "d"
        if suffix == "s" and raw.endswith(("s", "x", "z")):
            continue  # those take "-es": "keepss" is no plural of "keeps"
        stems = [raw + ending]
        if not ending and len(raw) > 3 and raw[-1] == raw[-2] and raw[-1] not in _VOWELS:
            stems.append(raw[:-1])  # "dimmable" from "dim"
        for stem in stems:
            result.append(Derivation(stem, _siblings(raw, suffix, ending)))
    return result


def _siblings(raw: str, suffix: str, ending: str) -> tuple[str, ...]:
    if ending or suffix[0] not in "aeiouy":
        return ()
    siblings = []
    if _ends_consonant_vowel_consonant(raw):
        siblings.append(raw + raw[-1] + suffix)  # "prefering" -> "preferring"
    if len(raw) > 3 and raw[-1] == raw[-2] and raw[-1] not in _VOWELS:
        siblings.append(raw[:-1] + suffix)  # "worshipping" -> "worshiping"
    if raw.endswith("e") and suffix != "able":
        siblings.append(raw[:-1] + suffix)  # "comeing" -> "coming"
    return tuple(siblings)


def _ends_consonant_vowel_consonant(raw: str) -> bool:
    return (
        len(raw) >= 3
        and raw[-1] not in _VOWELS and raw[-1] not in "wxy"
        and raw[-2] in _VOWELS
        and raw[-3] not in _VOWELS
    )


def compounds(word: str) -> list[tuple[str, str]]:
    """Ways to read ``word`` as two words of three letters or more, or a prefix and a word."""
    pairs = [(word[:i], word[i:]) for i in range(3, len(word) - 2)]
    return pairs + [(p, word[len(p):]) for p in PREFIXES if word.startswith(p) and len(word) - len(p) >= 4]


# Spelling differences between British and American English, as (British, American) patterns,
# anchored where the difference lives so that a typo ("bilion", "managment") does not pass for
# the other dialect's form: "colour", "organise", "centre", "programme", "travelled", "focussed".
_ENDINGS = r"(?=s?$|ed$|ing$|ite|able|ful|ist|ism|less|hood|ly$)"
_DIALECT_SWAPS = tuple(
    (re.compile(british), re.compile(american) if american else None, british_form, american_form)
    for british, american, british_form, american_form in (
        (r"our" + _ENDINGS, r"(?<=[^aeiou])or" + _ENDINGS, "our", "or"),  # colour, favourite
        (r"is(?=e|ing|a|i)", r"iz(?=e|ing|a|i)", "is", "iz"),  # organise, organisation
        (r"ys(?=e|ing|i)", r"yz(?=e|ing|i)", "ys", "yz"),  # analyse
        (r"tre(?=s?$)", r"ter(?=s?$)", "tre", "ter"),  # centre
        (r"tred$", r"tered$", "tred", "tered"),  # centred
        (r"mme(?=s?$)", r"(?<=a)m(?=s?$)", "mme", "m"),  # programme
        (r"ogue(?=s?$)", r"og(?=s?$)", "ogue", "og"),  # catalogue
        (r"ence(?=s?$)", r"ense(?=s?$)", "ence", "ense"),  # defence
        (r"ll(?=(?:ed|ing|er|ers|or|ors|ery)$)", r"(?<=[aeiou])l(?=(?:ed|ing|er|ers|or|ors|ery)$)", "ll", "l"),  # travelled
        # fulfil, enrol, appal; not "reall", which is "real" or "really" mistyped
        (r"(?<=\w{3})(?<=[^aeiou][aio])l(?=(?:s|ment|ments)?$)", r"(?<=\w{3})(?<=[^aeiou][aio])ll(?=(?:s|ment|ments)?$)", "l", "ll"),
        (r"(?<=[aeiou]s)s(?=ed$|ing$)", r"(?<=[aeiou]s)(?=ed$|ing$)", "s", ""),  # focussed
        (r"(?<=judg|ledg|lodg)e(?=ment)", r"(?<=judg|ledg|lodg)(?=ment)", "e", ""),  # judgement
        (r"(?<=[gz])e(?=ing$|able$)", r"(?<=[gz])(?=ing$|able$)", "e", ""),  # ageing, sizeable
        (r"ae", None, "ae", "e"),  # anaemia
        (r"oe(?=[^s]|$)", None, "oe", "e"),  # oestrogen
    )
)


def dialect_variants(word: str) -> list[str]:
    """Spellings of ``word`` in another English dialect, some of them not words at all."""
    result = []
    for british, american, british_form, american_form in _DIALECT_SWAPS:
        for pattern, replacement in ((british, american_form), (american, british_form)):
            for match in pattern.finditer(word) if pattern is not None else ():
                result.append(word[: match.start()] + replacement + word[match.end():])
    return list(dict.fromkeys(v for v in result if v != word))
