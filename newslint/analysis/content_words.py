"""Content words: the words of a phrase that carry its meaning, as SEO tools count them.

Yoast and its peers ignore function words ("the", "of", "for") when they match
a keyphrase, and treat "Korea-China" as the two words "Korea" and "China".
Word forms are folded lightly (case, possessive, plural -s) so that "talks"
matches "talk" and "Korea's" matches "Korea"; :func:`stem` goes one step further
for matching ("collected", "collecting" and "collects" are one word). A year is
a content word ("bin collections 2027" is a three-word phrase, as a search box
reads it), and so is any number of two digits or more ("England 17-18 France");
a single digit, often a piece of a decimal ("2.1"), is not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

# Sub-word tokens: hyphenated compounds split into their parts; an apostrophe stays inside.
TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may sit between two words of one run: a space, a hyphen ("Korea-China"), the dot of
# an abbreviation ("U.S. talks"). A spaced dash, a comma or a bar ("Title | Site") ends a run.
_JOINER = re.compile(r"\s+|[-\u2010\u2011'’]|\.\s?|")
_POSSESSIVE = re.compile(r"['’]s?$")
_CONTRACTION = re.compile(r"(?:n't|'ll|'ve|'re|'d|'m)$")
_YEAR = re.compile(r"(?:19|20|21)\d\d")

# English function words, words news headlines use as glue rather than topic ("says",
# "new", "update", "live"), units of quantities ("mln dlrs", "pct") and the wire's
# table abbreviations ("shr 51 cts vs 43 cts"): none of them makes a phrase a keyphrase.
FUNCTION_WORDS = frozenset(
    """
    a about above across after again against ago all almost along already also although always am among an and
    another any anyone anything are around as at away back be became because become been before being below
    between both but by can cannot could did do does doing done down during each either else enough even ever
    every few for from further get gets getting go goes going got had has have having he her here hers herself
    him himself his how however i if in inside instead into is it its itself just least less like many may me
    might more most much must my myself near neither never next no nor not now of off on once one only onto or
    other others our ours ourselves out over own per perhaps quite rather same several shall she should since so
    some something soon still such than that the their theirs them themselves then there these they this those
    though through thus to too toward towards under unless until up upon us very via was we well were what
    whatever when where whether which while who whom whose why will with within without would yet you your
    yours yourself
    s t don didn doesn isn wasn aren weren won wouldn couldn shouldn hasn haven hadn ll ve re d m
    mr mrs ms dr
    says said say saying tells told new latest update updated updates live breaking watch video videos photo
    photos report lead news
    first two three four five six seven eight nine ten
    million billion trillion mln bln dlr dlrs pct percent cent cents cts stg yen franc francs ton tons tonne tonnes
    bpd kg km lbs
    vs v shr qtr oper revs
    """.split()
)


class Word(NamedTuple):
    """A word of analysed text: its folded form, its spelling and its span."""

    key: str
    text: str
    start: int
    end: int
    is_function: bool


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The form words are compared in: lowercase, no possessive, no plural -s."""
    key = _POSSESSIVE.sub("", word.lower()).replace("’", "'")
    if len(key) > 4 and key.endswith("ies"):
        return key[:-3] + "y"
    if len(key) > 3 and key.endswith("s") and not key.endswith(("ss", "us", "is", "os")):
        return key[:-1]
    return key


@lru_cache(maxsize=65536)
def stem(key: str) -> str:
    """A folded word without its verb ending, for matching word forms.

    Deliberately light: -ing and -ed go when four letters are left, a doubled consonant
    is undone and a final -e dropped, so "collected", "collecting" and "collect" match,
    as do "closed", "closing" and "close", and "planned" and "plan".
    """
    base = key
    for ending in ("ing", "ed"):
        if key.endswith(ending) and len(key) - len(ending) >= 4:
            base = key[: -len(ending)]
            if base[-1] == base[-2] and base[-1] not in "lsz":
                base = base[:-1]
            break
    if len(base) > 4 and base.endswith("e"):
        base = base[:-1]
    return base


def is_year(token: str) -> bool:
    return bool(_YEAR.fullmatch(token))


@lru_cache(maxsize=65536)
def is_function_word(key: str) -> bool:
    return key in FUNCTION_WORDS or (key.isdigit() and len(key) < 2) or bool(_CONTRACTION.search(key))


def words(text: str, offset: int = 0) -> list[Word]:
    """Every word of ``text`` (hyphenated compounds split), with spans shifted by ``offset``."""
    result = []
    for match in TOKEN_RE.finditer(text):
        key = fold(match.group())
        result.append(Word(key, match.group(), offset + match.start(), offset + match.end(), is_function_word(key)))
    return result


def content_keys(text: str) -> list[str]:
    """The folded content words of ``text``, in order."""
    return [w.key for w in words(text) if not w.is_function]


def runs(text: str, offset: int = 0) -> list[list[Word]]:
    """Runs of content words not separated by punctuation: where a phrase may be read.

    Function words are skipped but do not end a run ("Beijing for summit talks"
    reads as the run Beijing, summit, talks); a comma, colon, dash or bracket does.
    """
    result: list[list[Word]] = []
    current: list[Word] = []
    previous_end = None
    for word in words(text, offset):
        if previous_end is not None and not _JOINER.fullmatch(text, previous_end - offset, word.start - offset):
            if current:
                result.append(current)
            current = []
        previous_end = word.end
        if not word.is_function:
            current.append(word)
    if current:
        result.append(current)
    return result


def ngrams(run: list[Word], max_length: int = 4) -> list[tuple[int, int]]:
    """Index ranges ``[i, j)`` of the n-grams of a run, shortest first."""
    return [(i, i + n) for n in range(1, max_length + 1) for i in range(len(run) - n + 1)]
