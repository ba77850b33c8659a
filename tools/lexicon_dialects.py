"""Derive ``dialects.tsv`` (American/British spelling pairs) from SCOWL's VarCon-built word lists.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson) splits English into words
every dialect spells alike (``english-words.*``) and words only one dialect spells so:
``american-words.*``, ``british-words.*`` (-ise) and ``british_z-words.*`` (-ize,
Oxford spelling). Those lists are made from VarCon, SCOWL's variant table. Because
only dialect-specific words are paired, a word whose "variant" is a different
word both dialects use ("meter" the device, "story", "check") cannot enter the table.

A word of the American list is paired with a word of the British list when both
reduce to the same skeleton under the regular spelling differences (-or/-our,
-er/-re, -ize/-ise, -yze/-yse, -l-/-ll-, -ense/-ence, -og/-ogue, e/ae/oe,
-am/-amme, aging/ageing, plow/plough). Irregular pairs (tire/tyre, gray/grey,
curb/kerb) live in the hand list ``newslint/data/consistency/dialect.txt``, which the
lexicon merges on top of this table.

An American word that the Oxford (-ize) list also holds is a "z" pair: it only counts
against -ise, never as American spelling.

Rebuild (Debian's ``scowl`` package holds the lists)::

    apt-get download scowl && dpkg-deb -x scowl_*.deb /tmp/scowl
    python tools/lexicon_dialects.py /tmp/scowl/usr/share/dict/scowl > newslint/data/lexicon/dialects.tsv
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newslint.lexicon.frequency import damerau_levenshtein

# SCOWL size levels to read: 70 is the "large" dictionary; 80 and 95 hold rare and archaic words.
LEVELS = (10, 20, 35, 40, 50, 55, 60, 70)

# Pairs left out: variants in one dialect that consistency/spelling-variants reports
# (dialog/dialogue, catalog/catalogue, analog/analogue), and words both dialects use in
# different senses (British law writes 'judgment'; 'program' for software is
# handled by the rule).
EXCLUDED_US = {
    "dialog", "dialogs", "catalog", "catalogs", "cataloged", "cataloging", "analog", "analogs",
    "judgment", "judgments", "judgmental", "judgmentally", "acknowledgment", "acknowledgments",
    # skeleton collisions of unrelated words: the currency unit and the Latin "oecus", a name and "doura"
    "ecu", "ecus", "dora", "doras", "pandora", "pandoras",
}

# Regular differences, applied to both spellings; same skeleton + one American, one British word = a pair.
_SKELETON = [
    (re.compile(r"is(e|ed|es|ing|er|ers|ation|ations|able|ational|ationally)$"), r"iz\1"),
    (re.compile(r"ys(e|ed|es|ing|er|ers|ation)$"), r"yz\1"),
    (re.compile(r"our"), "or"),
    (re.compile(r"([^aeiou])re$"), r"\1er"),
    (re.compile(r"([^aeiou])res$"), r"\1ers"),
    (re.compile(r"([^aeiou])red$"), r"\1ered"),
    (re.compile(r"([^aeiou])tring$"), r"\1tering"),
    (re.compile(r"ll"), "l"),
    # not at a word's end: "strobilae" is a Latin plural, "snowshoed" a verb
    (re.compile(r"[ao]e(?=[a-z]{2})"), "e"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"ogue(s|d)?$"), r"og\1"),
    (re.compile(r"amme(s|d)?$"), r"am\1"),
    (re.compile(r"eing$"), "ing"),
    (re.compile(r"ough"), "ow"),
]


def skeleton(word: str) -> str:
    for pattern, replacement in _SKELETON:
        word = pattern.sub(replacement, word)
    return word


def read(folder: Path, name: str) -> set[str]:
    words: set[str] = set()
    for level in LEVELS:
        path = folder / f"{name}.{level}"
        if path.exists():
            text = path.read_bytes().decode("latin-1")
            words.update(w for w in text.split() if w.isalpha() and w.islower() and w.isascii())
    return words


def pairs(folder: Path) -> list[tuple[str, str, str]]:
    american, british, oxford = read(folder, "american-words"), read(folder, "british-words"), read(folder, "british_z-words")
    # a word in both lists ("among", "okay", "inquiry") is right in both dialects
    american, british = american - british, british - american
    by_skeleton: dict[str, list[str]] = {}
    for word in british:
        by_skeleton.setdefault(skeleton(word), []).append(word)
    result = []
    for us in sorted(american - EXCLUDED_US):
        candidates = by_skeleton.get(skeleton(us), [])
        if not candidates:
            continue
        uk = min(candidates, key=lambda w: (damerau_levenshtein(us, w), w))
        axis = "z" if us in oxford else "spelling"
        result.append((us, uk, axis))
    return result


def main(argv: list[str]) -> None:
    folder = Path(argv[1])
    print("# american\tbritish\taxis (z: -ize, also Oxford British; spelling: American only)")
    print("# Derived from SCOWL 2020.12.07 (VarCon) by tools/lexicon_dialects.py; see SOURCES.md.")
    for us, uk, axis in pairs(folder):
        print(f"{us}\t{uk}\t{axis}")


if __name__ == "__main__":
    main(sys.argv)
