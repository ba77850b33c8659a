"""American and British spellings, read once from ``newslint/data/consistency/dialect.txt``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "consistency" / "dialect.txt"
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


@lru_cache(maxsize=1)
def spellings() -> dict[str, Spelling]:
    """Lowercase word -> what its spelling says about the dialect."""
    table: dict[str, Spelling] = {}
    in_stems = False
    for raw in _DATA.read_text(encoding="utf-8").splitlines():
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
        us = us.lstrip("=")
        for suffix in suffixes or ["-"]:
            ending = "" if suffix == "-" else suffix
            table[us + ending] = Spelling(us + ending, US, uk + ending, "spelling", us_marker)
            table[uk + ending] = Spelling(uk + ending, UK, us + ending, "spelling")
    return table
