"""Build newslint/data/lexicon/collocations.txt.gz and spinner-synonyms.tsv.gz.

    apt-get download wordnet-base && dpkg -x wordnet-base_*.deb /tmp/wn
    pip download --no-deps symspellpy==6.10.1 -d /tmp/ss && unzip -o /tmp/ss/symspellpy-*.whl -d /tmp/ss
    python tools/lexicon_collocations.py /tmp/wn/usr/share/wordnet /tmp/ss/symspellpy

What ``newslint.lexicon.collocations`` needs to read a phrase as a synonym swap of a
common one ('atomic vitality' for 'nuclear energy'):

- collocations.txt.gz: English two-word sequences, sorted ``first second<TAB>mark`` lines.
  Mark ``K`` is a known sequence: one of the 243,342 bigrams of SymSpell's English bigram
  dictionary (Google Books Ngram counts, every one seen 6.4 million times or more) or a
  two-word WordNet 3.0 lemma; a known sequence is ordinary English and never a swap.
  Mark ``T`` is a term a swap may point back to: a SymSpell bigram seen ``--term-count``
  times or more with no function word in it, or an expected phrase of the TRAIN half of
  the Problematic Paper Screener's list (benchmarks.injection.language.tortured_half; the
  held-out half is never read).
- spinner-synonyms.tsv.gz: ``substitute<TAB>original original ...``: the words a spinner
  writes for a word of some term. From WordNet (lemmas of one synset, adjectives' similar-to
  links), kept when the substitute is at least ``--gap`` zipf rarer than the original
  (spinners reach for the rarer synonym: 'vitality' for 'energy') and is not a form of it
  ('smaller' for 'small'); and from the word-for-word
  alignments of the PPS train pairs ('vitality' -> 'energy' from 'atomic vitality').
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.injection.language import tortured_phrases  # noqa: E402  (the benchmark's own split)
from newslint.lexicon.collocations import FUNCTION_WORDS  # noqa: E402
from newslint.lexicon.frequency import zipf  # noqa: E402

OUT = ROOT / "newslint" / "data" / "lexicon"
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_POS = (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv"))


def words(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower().replace("_", " ").replace("’", "'")))


def wordnet(folder: Path) -> tuple[list[tuple[str, ...]], set[tuple[str, ...]]]:
    """Synonym groups (a synset's lemmas plus those of its similar-to synsets) and two-word lemmas."""
    synsets: dict[tuple[str, str], list[str]] = {}
    similar: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for pos, name in _POS:
        for line in (folder / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):  # the licence header
                continue
            fields = line.split(" | ")[0].split()
            count = int(fields[3], 16)
            synsets[(pos, fields[0])] = [re.sub(r"\(.*\)$", "", fields[4 + 2 * i]) for i in range(count)]
            at = 4 + 2 * count
            for k in range(int(fields[at])):
                symbol, offset, target = fields[at + 1 + 4 * k : at + 4 + 4 * k]
                if symbol == "&":  # similar to (adjective clusters)
                    similar[(pos, fields[0])].append(("a" if target in "as" else target, offset))
    groups, lemmas = [], set()
    for key, members in synsets.items():
        group = set(members)
        for other in similar.get(key, ()):
            group.update(synsets.get(other, ()))
        groups.append(tuple(sorted(group)))
        lemmas.update(w for w in map(words, members) if len(w) == 2)
    return groups, lemmas


def symspell(folder: Path) -> dict[tuple[str, str], int]:
    counts = {}
    for line in (folder / "frequency_bigramdictionary_en_243_342.txt").read_text(encoding="utf-8").splitlines():
        first, second, count = line.split()
        counts[(first, second)] = int(count)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wordnet", type=Path, help="WordNet 3.0 dict folder (data.noun, data.adj, ...)")
    parser.add_argument("symspell", type=Path, help="symspellpy's package folder (the bigram dictionary)")
    parser.add_argument("--term-count", type=int, default=20_000_000, help="Google Books count of a term")
    parser.add_argument("--gap", type=float, default=0.3, help="zipf by which a WordNet substitute is rarer")
    args = parser.parse_args()

    groups, lemmas = wordnet(args.wordnet)
    bigrams = symspell(args.symspell)
    train = tortured_phrases("train")
    terms = {b for b, n in bigrams.items() if n >= args.term_count and not set(b) & FUNCTION_WORDS}
    terms |= {w for w in map(words, train) if len(w) == 2}
    known = set(bigrams) | lemmas
    originals = {w for term in terms for w in term}

    substitutes: dict[str, set[str]] = defaultdict(set)
    for group in groups:
        for original in group:
            if original not in originals or original in FUNCTION_WORDS:
                continue
            for member in group:
                sub = words(member)
                if not 1 <= len(sub) <= 2 or sub == (original,) or set(sub) & FUNCTION_WORDS:
                    continue
                if sub[0][:5] == original[:5] or min(map(len, sub)) < 3:  # 'm' (million) is an abbreviation
                    continue  # 'smaller' for 'small' is a form of the word, not a thesaurus swap
                if zipf(original) - min(zipf(w) for w in sub) >= args.gap:
                    substitutes[" ".join(sub)].add(original)
    for expected, forms in train.items():
        for form in forms:
            pairs = list(zip(words(expected), words(form))) if len(words(expected)) == len(words(form)) else []
            for original, sub in pairs:
                if original != sub and original in originals and sub not in FUNCTION_WORDS:
                    substitutes[sub].add(original)

    note = ("# Derived by tools/lexicon_collocations.py from SymSpell's English bigram dictionary (MIT; counts from\n"
            "# Google Books Ngram), WordNet 3.0 (Princeton licence) and the PPS tortured-phrase list's train half\n"
            "# (CC BY 4.0); see newslint/data/lexicon/SOURCES.md.\n")
    rows = sorted(f"{a} {b}\t{'T' if (a, b) in terms else 'K'}" for a, b in known | terms)
    (OUT / "collocations.txt.gz").write_bytes(gzip.compress((note + "\n".join(rows) + "\n").encode(), 9, mtime=0))
    rows = sorted(f"{sub}\t{' '.join(sorted(meant))}" for sub, meant in substitutes.items())
    (OUT / "spinner-synonyms.tsv.gz").write_bytes(gzip.compress((note + "\n".join(rows) + "\n").encode(), 9, mtime=0))
    print(f"{len(known | terms)} sequences ({len(terms)} terms), {len(substitutes)} substitutes", file=sys.stderr)


if __name__ == "__main__":
    main()
