"""Derive ``names.tsv`` (given names and surnames that are not common English words).

Source: the 1990 US Census name files (``dist.male.first``, ``dist.female.first``,
``dist.all.last``; public-domain US government data) as shipped by the PyPI package
``names`` (MIT). Each line there is NAME, percent of the population, cumulative
percent, rank.

A name that is also an ordinary English word is dropped unless it is far more common as
a name than the word is as a word: SCOWL's size levels (Debian package ``scowl``) tell
how common a word is. Words of levels 10-20 ("will", "may", "rose", "bush", "brown",
"young", "mark", "smith") are always dropped; words of levels 35-70 ("maria" the lunar
seas, "john", "dean") are kept only when the name is frequent, and marked ``w`` so rules
can ask for more context; rarer words (levels 80-95) do not count as words.

A given name left out as a word but common as a name (>= 0.01% of the population:
"josh", "angel", "basil", "monte", also "will", "mark") is listed too, marked ``c``:
``newslint.lexicon.names.common_word_name`` returns it for rules that have a story's
own evidence beside it ("England's josh Lewsey … Lewsey said"); ``known_name`` never does.

Rebuild::

    pip download --no-deps names -d /tmp/names && tar xzf /tmp/names/names-*.tar.gz -C /tmp/names
    apt-get download scowl && dpkg-deb -x scowl_*.deb /tmp/scowl
    python tools/lexicon_names.py /tmp/names/names-0.3.0/names /tmp/scowl/usr/share/dict/scowl \
        > newslint/data/lexicon/names.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

# Percent of the 1990 population below which a surname is left out (rank ~9,000: "Zhao").
MIN_SURNAME = 0.001
# A name that is also a less common word (SCOWL levels 35-70) is kept from this share on.
FREQUENT = {"g": 0.05, "s": 0.02}
COMMON_WORD_LEVEL = 20
WORD_LEVEL = 70
# A given name that is a common word is listed (marked "c") from this share on.
COMMON_WORD_GIVEN = 0.01


def word_levels(folder: Path) -> dict[str, int]:
    levels: dict[str, int] = {}
    for path in folder.iterdir():
        stem, _, level = path.name.rpartition(".")
        if not level.isdigit() or not stem.endswith("-words") or int(level) > WORD_LEVEL:
            continue
        for word in path.read_bytes().decode("latin-1").split():
            if word.islower():
                levels[word] = min(levels.get(word, 99), int(level))
    return levels


def census(path: Path) -> dict[str, float]:
    table: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, share, _, _ = line.split()
        table[name.lower()] = max(table.get(name.lower(), 0.0), float(share))
    return table


def main(argv: list[str]) -> None:
    names, scowl = Path(argv[1]), Path(argv[2])
    levels = word_levels(scowl)
    given = census(names / "dist.male.first")
    for name, share in census(names / "dist.female.first").items():
        given[name] = max(given.get(name, 0.0), share)
    surnames = {n: s for n, s in census(names / "dist.all.last").items() if s >= MIN_SURNAME}
    rows: dict[str, tuple[str, float, bool]] = {}
    common: dict[str, float] = {}
    for kind, table in (("g", given), ("s", surnames)):
        for name, share in table.items():
            if len(name) < 2 or not name.isalpha():
                continue
            level = levels.get(name)
            if level is not None and (level <= COMMON_WORD_LEVEL or share < FREQUENT[kind]):
                if kind == "g" and share >= COMMON_WORD_GIVEN:
                    common[name] = max(common.get(name, 0.0), share)
                continue
            kinds, best, word = rows.get(name, ("", 0.0, False))
            rows[name] = (kinds + kind, max(best, share), word or level is not None)
    for name in list(common):
        if name in rows:
            del common[name]  # kept as a surname or a rarer word: known_name has it
    print("# name\tkinds (g: given name, s: surname)\tpercent of the 1990 US population\tw: also an English word; c: a common word")
    print("# Derived from the 1990 US Census name files and SCOWL by tools/lexicon_names.py; see SOURCES.md.")
    for name in sorted(rows):
        kinds, share, word = rows[name]
        print(f"{name}\t{kinds}\t{share:g}\t{'w' if word else ''}")
    for name in sorted(common):
        print(f"{name}\tg\t{common[name]:g}\tc")


if __name__ == "__main__":
    main(sys.argv)
