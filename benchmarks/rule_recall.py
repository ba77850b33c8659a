"""Recall of chosen rules on the injection benchmark's errors, including rules that are off by default.

``benchmarks.injection.run`` scores newslint's default rules and the rule ids each kind names.
This script asks another question: would these rules, turned on, find the injected errors?
It builds the benchmark's own cases (same sample, seed, injectors and renderings), lints
each one with only ``--rules`` selected, and counts a hit when a finding of those rules
overlaps the gold span; it also gives their warning/error findings per 1,000 words on the
clean renderings.

    python -m benchmarks.rule_recall --rules wording/swapped-collocation \\
        --kinds spinner-phrase,spinner-phrase-listed --articles 100
"""

from __future__ import annotations

import argparse
from collections import Counter

from benchmarks.injection import corpus
from benchmarks.injection.run import build_cases, load_kinds
from newslint.api import lint_text


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rules", required=True, help="comma-separated rule ids to select (and to count)")
    parser.add_argument("--kinds", required=True, help="comma-separated injection kinds")
    parser.add_argument("--articles", type=int, default=40, help="articles per corpus")
    parser.add_argument("--corpora", default="bbc,human,reuters")
    parser.add_argument("--formats", default="txt,md,html")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=0, help="print up to N hits and N misses per kind")
    args = parser.parse_args(argv)

    rules = args.rules.split(",")
    registry = load_kinds()
    kinds = [registry[k] for k in args.kinds.split(",")]
    sample = [a for c in args.corpora.split(",") for a in corpus.sample(c, args.articles, args.seed)]
    cases = build_cases(sample, kinds, args.formats.split(","), args.seed)
    total, found = Counter(), Counter()
    shown: dict[tuple[str, bool], list[str]] = {}
    words = noise = 0
    for case in cases:
        findings = [f for f in lint_text(case.text, path=case.path, select=rules) if f.rule in rules]
        if case.kind == "clean":
            words += len(case.text.split())
            noise += sum(1 for f in findings if f.severity in ("warning", "error"))
            continue
        hit = any(f.src_start < g.end and g.start < f.src_end for f in findings for g in case.gold)
        total[case.kind] += 1
        found[case.kind] += hit
        shown.setdefault((case.kind, hit), []).append(case.note)
    print(f"rules: {', '.join(rules)}; {len(sample)} articles, formats {args.formats}")
    for kind in sorted(total):
        print(f"  {kind:28} n={total[kind]:4}  found {found[kind]:4}  {100 * found[kind] / total[kind]:5.1f}%")
        for hit in (True, False):
            for note in sorted(set(shown.get((kind, hit), [])))[: args.show]:
                print(f"      {'hit ' if hit else 'miss'} {note}")
    print(f"  clean renderings: {noise} warning/error findings in {words} words "
          f"({1000 * noise / max(words, 1):.2f} per 1,000; whitespace words)")


if __name__ == "__main__":
    main()
