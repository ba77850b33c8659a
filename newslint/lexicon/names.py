"""Given names and surnames: what a lowercase "maria" or "lopez" is when the story never capitalises it.

Read once from ``data/lexicon/names.tsv``, derived from the 1990 US Census name files
(public domain) by ``tools/lexicon_names.py`` (see SOURCES.md). Names that are
common English words ("will", "may", "rose", "bush", "brown", "young") are not in it;
names that are also rarer words ("maria", "john", "dean", "lee") are marked, so a
rule can ask for more context before it trusts them. Given names that are common words
("josh", "angel", "will") are listed apart: ``known_name`` never returns them, and
``common_word_name`` does, for a rule that has the story's own evidence beside them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslint.built_cache import kept_between_runs

_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "names.tsv"


@dataclass(frozen=True, slots=True)
class KnownName:
    name: str  # lowercase
    given: bool
    surname: bool
    share: float  # percent of the 1990 US population
    also_word: bool  # also an English word of middling frequency ("maria", "dean")

    @property
    def pure(self) -> bool:
        """Only a name: its lowercase form is no English word."""
        return not self.also_word


#: The words that end a company's name, as a company writes them: "Wardley Ltd", "McMoRan Inc".
#: ("plc" is left out: British firms write it in lowercase.)
COMPANY_SUFFIXES = {"ltd": "Ltd", "inc": "Inc", "corp": "Corp", "llc": "LLC", "gmbh": "GmbH", "bhd": "Bhd"}


def known_name(word: str) -> KnownName | None:
    """The census name ``word`` is (any case, accents ignored), if any."""
    return _entry(0, strip_accents(word.lower()))


def common_word_name(word: str) -> KnownName | None:
    """A census given name that is also a common English word ("josh", "angel", "basil"),
    which alone proves nothing: trust it only with the story's evidence beside it."""
    return _entry(1, strip_accents(word.lower()))


def is_given_name(word: str) -> bool:
    found = known_name(word)
    return found is not None and found.given


def is_surname(word: str) -> bool:
    found = known_name(word)
    return found is not None and found.surname


def strip_accents(word: str) -> str:
    """"Fernández" -> "Fernandez"."""
    if word.isascii():
        return word
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=8192)
def _entry(which: int, key: str) -> KnownName | None:
    """The name ``key`` in table ``which`` (0: names, 1: common words), built when first asked:
    building all 20,000 entries at load cost more than the lookups of a cold run."""
    found = _table()[which].get(key)
    if found is None:
        return None
    kinds, share, word = found.split("\t")
    return KnownName(key, "g" in kinds, "s" in kinds, float(share), word != "")


@lru_cache(maxsize=1)
@kept_between_runs
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(names, given names that are common words), each name -> the rest of its line."""
    table: dict[str, str] = {}
    common: dict[str, str] = {}
    for line in _DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, rest = line.partition("\t")
            (common if rest.endswith("\tc") else table)[name] = rest
    return table, common
