"""Curate wording/tortured-phrases entries from the TRAIN half of the Problematic Paper Screener list.

Reads ``../shared/corpus/`` at run time (research-only: nothing of it is copied into the
project) and prints YAML ``swap`` lines for the pack, with the counts that justify them:

- the split is the injection benchmark's (``benchmarks.injection.language.tortured_half``):
  only TRAIN pairs are considered, so the benchmark's held-out kind measures phrases the
  pack never saw;
- the expected phrase must be ordinary news English: it occurs in the clean news corpora
  (BBC, the human half of ai_vs_human_news, Reuters) at least ``--min-expected`` times;
- the tortured form must never occur in those corpora (a form news writes is not a sign);
- single-word forms are kept only when they are not words of the corpora either and are
  at least 8 letters ('indagation'), since a short bare word is too often a real one;
- ``--combine``: the word-for-word alternatives the list gives for one expected phrase are
  crossed ('counterfeit' x 'brainpower' from two listed forms), each cross kept only when
  it too never occurs in the corpora.

    .venv/bin/python tools/curate_tortured_phrases.py --min-expected 1 --combine > /tmp/entries.yaml
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.injection.language import tortured_phrases  # noqa: E402  (the benchmark's own split)

CORPUS = ROOT.parent / "shared" / "corpus"
CLEAN = ("bbc_news/bbc_news.jsonl", "ai_vs_human_news/human_news.jsonl", "reuters21578/reuters21578.jsonl")
# The pack's matcher treats a space and a hyphen alike and ignores case: so do the counts.
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Forms that are ordinary English as bare phrases (SOURCE.md's caveat) though absent from the sample.
# Each one read by hand as a phrase a news writer could choose ('a short blast of the horn').
# 'approval precision', 'plain forerunner' and 'throwing a vote' were
# struck here once; none occurs in the clean corpora and none is a phrase an editor would pass, so they
# are back in the pack.
_AMBIGUOUS = {
    # 'to be freelance', 'far from customary' and 'degree of displacement' are English in some positions
    # only: the pack lists them under swap-in-context, with the words that must (not) come before them
    "malignant growth", "information mining", "brain organization", "surface region",
    "short blast", "driving reason", "far from customary", "to be freelance", "degree of displacement",
    "heart ailments", "heart sickness", "coronary ailment", "horrible ramifications", "number juggling",
    "man-made intelligence", "fake knowledge", "fake insight", "wild issue",
    "universal exchange", "monetary fall", "data robbery", "harmony treaty", "lawful mind",
    "fake reasoning", "fake thinking", "synthetic knowledge",
    # struck when the bar went down to --min-expected 1: each reads as English in some sentence
    # ('sound just like', 'don't squander water', 'a savvy card player', 'anti-establishment disruption')
    "sound just", "blood ailments", "breast illness", "electrical gadget", "intemperate levels",
    "mortal perception", "therapeutic gadgets", "programming dialect", "clever card", "savvy card",
    "extraordinary id", "stoner experience", "video excellence", "squander water", "diminishing sugar",
    "research zeroed in", "establishment disruption", "money related trade", "caliber of administration",
    # --learn: word-for-phrase swaps that are English phrases alone ('casting a ballot', 'stowed away',
    # 'a precious stone', 'honest to goodness', 'a terrible individual', 'wooded area', 'eating routine',
    # 'sun-oriented rooms', 'sunlight-based therapies', 'a genuine world', 'bike rack capacity')
    "casting a ballot", "stowed away", "put away", "precious stone", "honest to goodness", "terrible individual",
    "wooded area", "eating routine", "sun oriented", "sunlight-based", "genuine world", "rack capacity",
    "seeks after", "takes after", "take look at", "union instead", "mental ability", "mental aptitude",
    "gaining knowledge", "getting to know", "getting-to-know", "zeroed in", "half breed", "half-breed",
    "cross breed", "cross-breed", "center point", "full of feeling", "multifaceted nature", "self-ruling",
    "substantially stretched", "worthy creature", "pastry specialist", "direct character", "lush territory",
    "performance center", "dangerous development", "beddy-bye", "pre-education", "over edge", "brute pressure",
    "ill-disposed", "self-association", "the shafts of the", "pores and skin most", "complete powerful",
    "shrewd relating", "shrewd circulation", "chaotic dot", "disordered dot", "supporter of discharges",
    "importance switch", "georgia home boy", "georgia home kid", "higher-reimbursement",
    "up to date knowupdated", "secret phrase sort of information based confirmation",
    # ('a key supply route', 'money-related worries', 'lower down the list', 'looks into claims',
    # 'an inexperienced House Speaker', 'joined along the border', 'a very gigantic')
    "supply route", "money-related", "lower down", "looks into", "inexperienced house", "joined along", "very gigantic",
}


def tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(text.lower().replace("’", "'")))


def clean_texts():
    for relative in CLEAN:
        path = CORPUS / relative
        if not path.exists():
            sys.exit(f"{path} is absent: the curation needs the clean corpora")
        with path.open(encoding="utf-8") as stream:
            for line in stream:
                record = json.loads(line)
                yield f"{record.get('title') or ''}\n{record['text']}"


def count(phrases: set[tuple[str, ...]]) -> Counter:
    """Occurrences of each word sequence in the clean corpora."""
    by_first: dict[str, set[int]] = {}
    for p in phrases:
        by_first.setdefault(p[0], set()).add(len(p))
    counts: Counter = Counter()
    for text in clean_texts():
        words = tokens(text)
        for i, word in enumerate(words):
            for n in by_first.get(word, ()):
                gram = words[i : i + n]
                if gram in phrases:
                    counts[gram] += 1
    return counts


def crosses(expected: str, forms: tuple[str, ...]) -> set[str]:
    """Word-for-word crosses of the listed forms of one expected phrase (same word count only)."""
    size = len(expected.split())
    aligned = [f.split() for f in forms if len(f.split()) == size]
    if size < 2 or len(aligned) < 2:
        return set()
    # a word the list gives in two forms or more is a synonym the spinner keeps choosing;
    # a short word ('ai brainpower') would cross into real English ('ai insights')
    options = []
    for i in range(size):
        seen = Counter(f[i] for f in aligned)
        options.append(sorted(w for w, n in seen.items() if n >= 2 and len(w) >= 4))
    words = expected.split()
    result = set()
    for combo in itertools.product(*options):
        # every word swapped: a half-swapped phrase ('big information') is too often real English
        if all(c != w for c, w in zip(combo, words)):
            result.add(" ".join(combo))
    return result - set(forms)


def learned(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Word-for-phrase swaps the list shows inside longer pairs, standing alone: 'vision loss' ->
    'imaginative and prescient loss' teaches 'imaginative and prescient' for 'vision', which the
    spinner writes wherever 'vision' stood. Only substitutes of two words or more (or hyphenated):
    a one-word swap ('vitality' for 'energy') is English alone and is wording/swapped-collocation's."""
    seen: dict[str, Counter] = {}
    for expected, forms in table.items():
        e = expected.split()
        for form in forms:
            f = form.split()
            head = next((i for i, (a, b) in enumerate(zip(e, f)) if a != b), min(len(e), len(f)))
            tail = next((j for j, (a, b) in enumerate(zip(reversed(e[head:]), reversed(f[head:]))) if a != b),
                        min(len(e), len(f)) - head)
            if head + tail == 0 or len(e) - head - tail != 1:
                continue  # the whole phrase swapped, or more than one word of it
            word, substitute = e[head], " ".join(f[head : len(f) - tail])
            if " " in substitute or "-" in substitute:
                seen.setdefault(substitute, Counter())[word] += 1
    return {substitute: words.most_common(1)[0][0] for substitute, words in seen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-expected", type=int, default=3, help="occurrences of the expected phrase in clean news")
    parser.add_argument("--combine", action="store_true", help="also cross the listed word alternatives")
    parser.add_argument("--learn", action="store_true", help="also the word-for-phrase swaps inside listed pairs")
    args = parser.parse_args()

    table = tortured_phrases("train")
    proposals: dict[str, tuple[str, str]] = {}  # form -> (expected, how)
    for expected, forms in table.items():
        for form in forms:
            proposals.setdefault(form, (expected, "listed"))
        if args.combine:
            for form in crosses(expected, forms):
                proposals.setdefault(form, (expected, "crossed"))
    if args.learn:
        for form, word in learned(table).items():
            proposals.setdefault(form, (word, "learned"))
    wanted = {tokens(p) for p in proposals} | {tokens(e) for e, _ in proposals.values()}
    counts = count({w for w in wanted if w})

    kept = []
    for form, (expected, how) in sorted(proposals.items(), key=lambda x: (x[1][0], x[0])):
        if counts[tokens(expected)] < args.min_expected or counts[tokens(form)] or form in _AMBIGUOUS:
            continue
        if " " not in form and "-" not in form and len(form) < 8:
            continue
        kept.append((expected, form, how))
    print(f"# {len(kept)} entries from {len(table)} train expected phrases "
          f"({sum(1 for k in kept if k[2] == 'crossed')} crossed)", file=sys.stderr)
    for expected, form, how in kept:
        print(f"  {form}: {expected}  # {how}, expected x{counts[tokens(expected)]}")


if __name__ == "__main__":
    main()
