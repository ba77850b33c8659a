"""The words Harper's speller knows, per dialect, as shipped data (``harper_words.txt.gz``).

A yes/no spelling question about a listed word is a set lookup, so ``harper.Linter``
(about a second of cold start) is built only when something else needs Harper.
Every listed word was verified with harper-py itself, asked exactly as
``newslint.engines.harper`` asks (``tools/lexicon_harper_words.py``), so a listed word
is known. Any other case of a listed lowercase word is known too ("Colour", "COLOUR",
"HealthCare"), unless the ``#not-by-case`` section says otherwise: Harper accepts a word
whose lowercase form it knows.

A letters-only word outside the list is unknown only when the list is authoritative: a
dialect where its completeness was measured (en-US, en-GB), and the installed harper-py is
the version it was verified against (its stamp), since another version has another
dictionary. Otherwise :func:`answer` says nothing and Harper is asked, as before the list.
"""

from __future__ import annotations

import functools
import gzip
from bisect import bisect_left
from pathlib import Path

#: newslint's dialects (engines.harper._DIALECTS), one letter each in the data file
DIALECT_LETTERS = {"en-US": "U", "en-GB": "B", "en-AU": "A", "en-CA": "C", "en-IN": "I"}
#: the dialects where the list's completeness was measured exact when it was built (no letters-only
#: token of the clean corpora, in any case, that Harper knows and the list lacks; SOURCES.md):
#: there a word outside the list is unknown. Elsewhere Harper is asked about it.
AUTHORITATIVE = frozenset({"en-US", "en-GB"})
_DATA = Path(__file__).resolve().parent.parent / "data" / "lexicon" / "harper_words.txt.gz"


class _Lexicon:
    """The file's sections; the words every dialect knows are bisected in the sorted lines
    rather than put in a set (a set of 94,000 words cost a cold start ~50 ms more)."""

    def __init__(self, text: str):
        self.lines = text.split("\n")
        self.stamp = self.lines[0].removeprefix("# harper-py ").strip()
        self.first = next(i for i, line in enumerate(self.lines) if not line.startswith("# "))  # after the header
        self.partial_at = self.lines.index("#partial", self.first)
        case_at = self.lines.index("#not-by-case", self.partial_at)
        self.partial = dict(line.split("\t", 1) for line in self.lines[self.partial_at + 1 : case_at])
        self.not_by_case = dict(line.split("\t", 1) for line in self.lines[case_at + 1 :] if line)

    def listed(self, word: str, letter: str) -> bool:
        at = bisect_left(self.lines, word, self.first, self.partial_at)
        return (at < self.partial_at and self.lines[at] == word) or letter in self.partial.get(word, "")

    def known(self, word: str, letter: str) -> bool:
        if self.listed(word, letter):
            return True
        # Harper knows a word whose lowercase form it knows ("Colour", "COLOUR", "HealthCare")
        lower = word.lower()
        return lower != word and self.listed(lower, letter) and letter not in self.not_by_case.get(word, "")


@functools.cache
def _lexicon() -> _Lexicon:
    try:
        return _Lexicon(gzip.decompress(_DATA.read_bytes()).decode("utf-8"))
    except (OSError, EOFError, UnicodeDecodeError, ValueError, StopIteration):
        # a missing or damaged file (a broken install): no word is listed and Harper answers them all
        return _Lexicon("# harper-py (unreadable)\n#partial\n#not-by-case\n")


@functools.cache
def _installed_matches_stamp() -> bool:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("harper-py") == _lexicon().stamp
    except PackageNotFoundError:
        return False


def stamp() -> str:
    """The harper-py version the list was verified against."""
    return _lexicon().stamp


def answer(word: str, dialect: str, authoritative: bool | None = None) -> bool | None:
    """True when Harper's speller knows ``word`` in ``dialect``, False when it does not, None
    when only Harper can say (the list is not authoritative, or the word is not letters only:
    the list holds letters-only words). ``authoritative`` None: a measured dialect, and the
    installed harper-py's version equals the stamp."""
    lexicon = _lexicon()
    if lexicon.known(word, DIALECT_LETTERS.get(dialect, "U")):  # another dialect name: Harper reads it as American
        return True
    if authoritative is None:
        authoritative = dialect in AUTHORITATIVE and _installed_matches_stamp()
    return False if authoritative and word.isalpha() else None
