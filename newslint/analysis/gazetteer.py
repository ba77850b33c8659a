"""Countries, regions, large cities and nationalities: words that are always capitalised.

Read once from ``newslint/data/casing/places.txt``. A place that is also an
ordinary lowercase word ("china", "turkey", "polish") is marked ambiguous
there: callers only trust it with more evidence (a hyphenated name such as
"Korea-china", or the article's own capitalised spelling).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from newslint.analysis.names import name_key, strip_possessive


_PLACES = Path(__file__).resolve().parent.parent / "data" / "casing" / "places.txt"


@dataclass(frozen=True)
class Place:
    name: str  # proper spelling, possibly several words ("South Korea")
    ambiguous: bool
    #: for an ambiguous place, the only words its lowercase form is an ordinary word before
    #: ("fries", "toast" for "french"); empty: before any word
    lowercase_before: frozenset[str] = frozenset()

    def ordinary_before(self, following: str | None) -> bool:
        """Whether the lowercase form is an ordinary word when ``following`` comes next."""
        return self.ambiguous and (not self.lowercase_before or (following or "").lower() in self.lowercase_before)


@dataclass
class Gazetteer:
    #: name_key of a one-word place, or of its plural -> Place
    words: dict[str, Place]
    #: name_key of the first word of a multi-word place -> its places, longest first
    phrases: dict[str, tuple[Place, ...]]

    def lookup(self, word: str) -> Place | None:
        """The place or nationality ``word`` is (plurals and possessives included)."""
        return self.words.get(name_key(strip_possessive(word)))

    def phrases_starting(self, word: str) -> tuple[Place, ...]:
        return self.phrases.get(name_key(word), ())

    @cached_property
    def keys(self) -> frozenset[str]:
        """Every one-word place and every first word of a longer one, as name keys."""
        return frozenset(self.words) | frozenset(self.phrases)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    words: dict[str, Place] = {}
    phrases: dict[str, list[Place]] = {}
    text = _PLACES.read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, ambiguous, before = line.partition(" ?")
        place = Place(name.strip(), bool(ambiguous), frozenset(before.split()))
        name = place.name
        parts = name.split()
        if len(parts) == 1:
            words[name_key(name)] = place
            if name[-1] not in "sh":  # "Koreans", "Americans"; not "Swisses"
                words.setdefault(name_key(name) + "s", place)
        else:
            phrases.setdefault(name_key(parts[0]), []).append(place)
    return Gazetteer(
        words,
        {k: tuple(sorted(v, key=lambda p: -len(p.name.split()))) for k, v in phrases.items()},
    )
