"""British and American spellings of the same word ("criticized"/"criticised", "color"/"colour").

Two sources, merged once per process:

- ``data/lexicon/dialects.tsv``: every regular pair of SCOWL's VarCon-built word lists
  (derived by ``tools/lexicon_dialects.py``; see SOURCES.md). Only words that one
  dialect alone spells so are paired, so a "variant" that is a different word both
  dialects use ("meter" the device, "story") is not in it.
- ``data/consistency/dialect.txt``: the hand list of irregular pairs (tire/tyre,
  gray/grey, program/programme) and of American forms that are also British in another
  sense ("=tire", "=learned"); it wins where both hold a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslint.built_cache import kept_between_runs

_DATA = Path(__file__).resolve().parent.parent / "data"
_DERIVED = _DATA / "lexicon" / "dialects.tsv"
_HAND = _DATA / "consistency" / "dialect.txt"
_IZE_SUFFIXES = ("ze", "zes", "zed", "zing", "zer", "zers", "zation", "zations")

US, UK = "American", "British"


@dataclass(frozen=True)
class Spelling:
    word: str
    dialect: str  # US or UK
    other: str  # the same word in the other dialect
    #: "z" for -ize/-ise (Oxford British writes -ize too), "spelling" for the rest
    axis: str
    #: False when this form is also right in the other dialect ("learned", "tire")
    marker: bool = True
    #: the part of speech in which this form tells the dialect: "n" ("a license" is American,
    #: the verb "to license" British too), "v" ("practise" is British as a verb; "the practise"
    #: is the noun misspelt in both dialects); "" when every use tells
    sense: str = ""


def spelling(word: str) -> Spelling | None:
    """What the spelling of ``word`` (any case) says about its dialect, if anything."""
    return spellings().get(word.lower())


@lru_cache(maxsize=1)
@kept_between_runs
def spellings() -> dict[str, Spelling]:
    """Lowercase word -> what its spelling says about the dialect."""
    table: dict[str, Spelling] = {}
    for line in _DERIVED.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            us, uk, axis = line.split("\t")
            table.setdefault(us, Spelling(us, US, uk, axis))
            table.setdefault(uk, Spelling(uk, UK, us, axis))
    table.update(_hand_list())
    return table


def _hand_list() -> dict[str, Spelling]:
    table: dict[str, Spelling] = {}
    in_stems = False
    for raw in _HAND.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line == "[ize]":
            in_stems = True
            continue
        if in_stems:
            for stem in line.split():
                for suffix in _IZE_SUFFIXES:
                    us, uk = stem + suffix, stem + suffix.replace("z", "s", 1)
                    table[us] = Spelling(us, US, uk, "z")
                    table[uk] = Spelling(uk, UK, us, "z")
            continue
        us, uk, *suffixes = line.split()
        us_marker = not us.startswith("=")
        us, _, us_sense = us.lstrip("=").partition(":")
        uk, _, uk_sense = uk.partition(":")
        for suffix in suffixes or ["-"]:
            ending = "" if suffix == "-" else suffix
            table[us + ending] = Spelling(us + ending, US, uk + ending, "spelling", us_marker, us_sense)
            table[uk + ending] = Spelling(uk + ending, UK, us + ending, "spelling", True, uk_sense)
    return table
