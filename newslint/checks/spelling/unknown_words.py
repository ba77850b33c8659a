"""Words Harper's speller does not know, sorted into misspellings and other-dialect spellings.

Harper's dictionary is built for software docs; news is full of names and of
words it lacks. A word is a misspelling only when every way of explaining it
fails, in this order (the first that matches decides):

1. a known misspelling (``data/spelling/common-misspellings.txt``): always reported;
2. not a plain lowercase word: names ("Zhao", "Myung’s"), acronyms ("THAAD"),
   mixed case ("iPod"), numbers and units ("£5bn"), parts of hyphenated
   compounds ("Eun‑soo"), foreign words with accents, URLs and handles;
3. the article's own names written in lowercase, or a word whose only fault is
   its case ("korea"): those belong to the casing rules;
4. the config's ``vocabulary.accept`` and newslint's news vocabulary
   (``data/spelling/news-words.txt``);
5. correct in another English dialect ("colour" in en-US copy): reported by
   spelling/dialect-spelling instead;
6. a compound of known words ("hagfish", "cybercrime"), a plural Harper lacks
   ("clades"), or a term the article uses more than once ("benzonitrile");
7. no correction close enough to be a slip of the keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newslint.analysis import shared
from newslint.analysis.names import article_names
from newslint.checks.spelling.morphology import PREFIXES, compounds, derivations
from newslint.engines import harper

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.document.model import Document

_POSSESSIVE = re.compile(r"['’]s?$")
# What surrounds a word when it is part of a larger token: "£5bn", "co-ordinator", "caf&#233;".
_TOKEN_EDGE = "\"“”‘’'()[]{},;:!?…"
_NOT_PROSE = re.compile(r"[\d@/#&_\\=<>|~^*+$£€¥%]|\w\.\w|[-\u2010\u2011]")
_OTHER_DIALECTS = ("en-US", "en-GB")
_DATA = Path(__file__).resolve().parent.parent.parent / "data" / "spelling"


@dataclass(frozen=True)
class UnknownWord:
    start: int  # offsets into doc.text
    end: int
    word: str
    kind: str  # "misspelled" | "dialect"
    suggestion: str | None
    certain: bool = False  # a known misspelling: the suggestion is the fix


def unknown_words(doc: Document, config: Config) -> list[UnknownWord]:
    accept = tuple(sorted(set(config.accept)))
    key = f"spelling:{config.dialect}:{hash(accept)}"
    return shared(doc, key, lambda d: _classify(d, config))


@lru_cache(maxsize=1)
def common_misspellings() -> dict[str, str]:
    return dict(line.split(None, 1) for line in _data_lines("common-misspellings.txt"))


@lru_cache(maxsize=1)
def news_words() -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines("news-words.txt"))


def _data_lines(name: str) -> list[str]:
    text = (_DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _classify(doc: Document, config: Config) -> list[UnknownWord]:
    lints = harper.lints(doc, config).get("SpellCheck", [])
    if not lints:
        return []
    names = article_names(doc)
    accepted = {word.lower() for entry in config.accept for word in entry.split()}
    misspellings = common_misspellings()
    result: list[UnknownWord] = []
    candidates: list[tuple[harper.HarperLint, str]] = []
    for lint in lints:
        base = _POSSESSIVE.sub("", lint.text)
        key = base.lower()
        if key in misspellings and not (base[0].isupper() and names.is_name(base)):
            fix = misspellings[key]
            fix = fix[0].upper() + fix[1:] if base[0].isupper() else fix
            result.append(UnknownWord(lint.start, lint.start + len(base), base, "misspelled", fix, certain=True))
            continue
        if not _plain_word(doc.text, lint, base) or _name_particle(doc.text, lint.end, base):
            continue
        if key in accepted or key in news_words() or key in names.capitalized:
            continue
        first = lint.replacements[0] if lint.replacements else None
        if first is not None and _POSSESSIVE.sub("", first).lower() == key:
            continue  # only its case is wrong: "korea" -> "Korea"
        candidates.append((lint, base))
    if candidates:
        result.extend(_judge(doc, config, candidates))
    result.sort(key=lambda w: w.start)
    return result


def _plain_word(text: str, lint: harper.HarperLint, base: str) -> bool:
    """A lowercase, unaccented word of three letters or more standing on its own."""
    if len(base) < 3 or not base.isascii() or not base.isalpha() or not base.islower():
        return False
    start, end = lint.start, lint.end
    if text[end : end + 1] in ("(", "[") or text[start - 1 : start] in (")", "]"):
        return False  # "reduc(ing)": a word cut by brackets
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _TOKEN_EDGE:
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] not in _TOKEN_EDGE:
        end += 1
    token = text[start:end].rstrip(".")
    return not token.startswith(".") and not _NOT_PROSE.search(token)


def _name_particle(text: str, end: int, base: str) -> bool:
    """A short lowercase word before a capitalised one: "van der Sar", "Luigi del Neri", "Ariadne auf Naxos"."""
    return len(base) <= 5 and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()


def _judge(doc: Document, config: Config, candidates: list[tuple[harper.HarperLint, str]]) -> list[UnknownWord]:
    words = {base for _, base in candidates}
    query = set(words)
    for word in words:
        for derivation in derivations(word):
            query.add(derivation.stem)
            query.update(derivation.siblings)
        query.update(part for pair in compounds(word) for part in pair if part not in PREFIXES)
    dialects = [config.dialect, *(d for d in _OTHER_DIALECTS if d != config.dialect)]
    unknown = {dialect: harper.misspelled_in(query, dialect) for dialect in dialects}

    def known(word: str) -> bool:
        return any(word not in missing for missing in unknown.values())

    lowered = doc.text.lower()
    result = []
    for lint, base in candidates:
        first = lint.replacements[0] if lint.replacements else None
        if any(base not in unknown[d] for d in dialects[1:]):
            result.append(UnknownWord(lint.start, lint.start + len(base), base, "dialect", first))
            continue
        slip = _misspelled_derivation(base, known)
        if slip is None and (_explained(base, known) or _repeated(lowered, base)):
            continue
        suggestion = slip or first
        if suggestion is not None and _distance(base, suggestion.lower()) <= (1 if len(base) <= 5 else 2):
            result.append(UnknownWord(lint.start, lint.start + len(base), base, "misspelled", suggestion))
    return result


def _misspelled_derivation(word: str, known) -> str | None:
    """The right spelling of a derivation spelt wrong: "preferring" for "prefering"."""
    for derivation in derivations(word):
        if known(derivation.stem):
            for sibling in derivation.siblings:
                if known(sibling):
                    return sibling
    return None


def _explained(word: str, known) -> bool:
    """A regular derivation ("fallers", "enablement") or a compound of known words."""
    if any(known(derivation.stem) for derivation in derivations(word)):
        return True
    return any((a in PREFIXES or known(a)) and known(b) for a, b in compounds(word))


def _repeated(lowered_text: str, word: str) -> bool:
    """A term the article uses more than once, in any number, is deliberate ("quagga", "quaggas")."""
    stem = word[:-1] if word.endswith("s") else word
    pattern = r"(?<![\w'’-])" + re.escape(stem) + r"(?:s|es)?(?![\w-])"
    return len(re.findall(pattern, lowered_text)) > 1


def _distance(a: str, b: str) -> int:
    """Damerau–Levenshtein distance (adjacent transpositions count as one edit)."""
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
