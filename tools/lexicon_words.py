"""Derive ``words.txt``: English words of a standard spell-checker size that Harper lacks.

Source: SCOWL (Debian package ``scowl``), the word lists of levels 10-60 (60 is the size
SCOWL's author recommends for spell checking) for English, American, British (-ise and
-ize), Canadian and Australian spelling, and the variants SCOWL calls common and acceptable
(``variant_1``, ``variant_2``: "yuppy"); not those it calls seldom used (``variant_3``).
Only plain lowercase words of three letters or more that Harper's speller knows in neither
American nor British English are written: "hared", "neurone", "yuppy" are words however
rare they are in wordfreq's counts. Rarer levels (70+) are left out: they hold the real
words that are the commonest slips in news copy ("agio", "fledging", "northing", "scathes").

Rebuild::

    apt-get download scowl && dpkg-deb -x scowl_*.deb /tmp/scowl
    python tools/lexicon_words.py /tmp/scowl/usr/share/dict/scowl > newslint/data/lexicon/words.txt
"""

from __future__ import annotations

import sys
from pathlib import Path

LEVEL = 60
LISTS = ("english", "american", "british", "british_z", "canadian", "australian", "variant_1", "variant_2")


def scowl_words(folder: Path) -> set[str]:
    words: set[str] = set()
    for path in folder.iterdir():
        stem, _, level = path.name.rpartition(".")
        if not level.isdigit() or int(level) > LEVEL or stem.removesuffix("-words") not in LISTS or not stem.endswith("-words"):
            continue
        for word in path.read_bytes().decode("latin-1").split():
            if len(word) >= 3 and word.isascii() and word.isalpha() and word.islower():
                words.add(word)
    return words


def main(argv: list[str]) -> None:
    from newslint.engines import harper

    words = scowl_words(Path(argv[1]))
    lacking = harper.misspelled_in(words, "en-US") & harper.misspelled_in(words, "en-GB")
    print(f"# English words of SCOWL levels 10-{LEVEL} that Harper's speller lacks; derived by tools/lexicon_words.py,")
    print("# see SOURCES.md (SCOWL's licence: SCOWL-COPYRIGHT.txt beside this file).")
    for word in sorted(lacking):
        print(word)


if __name__ == "__main__":
    main(sys.argv)
