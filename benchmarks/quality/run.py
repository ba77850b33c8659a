"""Precision and recall of newslint on articles written for it, per rule and per category.

Each article in ``articles/`` has its expected findings in ``expected.yaml``:
``must`` lists the findings it must produce as ``[rule, line, "exact span text"]`` (a
rule id or category prefix); every other finding counts as a false positive, and
``must_not`` documents the traps the article sets (a finding matching one is a false
positive too, and is named as such). ``thresholds.json`` holds the level reached; the test
suite fails when precision or recall of a category drops below it.

    python benchmarks/quality/run.py                       # the table
    python benchmarks/quality/run.py --show                # with every miss and false positive
    python benchmarks/quality/run.py --update-thresholds   # record the current level
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
EXPECTED = HERE / "expected.yaml"
THRESHOLDS = HERE / "thresholds.json"


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Outcome:
    by_rule: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    by_category: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    total: Tally = field(default_factory=Tally)

    def count(self, rule: str, kind: str) -> None:
        for tally in (self.by_rule[rule], self.by_category[rule.split("/")[0]], self.total):
            setattr(tally, kind, getattr(tally, kind) + 1)


def _matches(selector: str, line: int, text: str, finding, span: str, at: int | None = None) -> bool:
    """``at``: the line of the place of ``finding`` that ``span`` is (default: the finding's own)."""
    # An expected text ending in "…" names the start of a long span (a stuffed stretch of copy).
    same = span.startswith(text[:-1]) if text.endswith("…") else span == text
    return finding.rule.startswith(selector) and (finding.line if at is None else at) == line and same


def evaluate() -> Outcome:
    from newslint.engine.runner import Linter

    expected = yaml.safe_load(EXPECTED.read_text(encoding="utf-8")) or {}
    linter = Linter()
    outcome = Outcome()
    for article in sorted(ARTICLES.iterdir()):
        spec = expected.get(article.name, {}) or {}
        must = [tuple(entry) for entry in spec.get("must", [])]
        must_not = [tuple(entry) for entry in spec.get("must_not", [])]
        source = article.read_text(encoding="utf-8")
        result = linter.lint_text(str(article), source)
        matched: set[int] = set()
        for finding in result.findings:
            span = source[finding.src_start : finding.src_end]
            # one root cause is one finding: its related places answer the expected findings at them too
            hits = []
            for place in (finding, *finding.related):
                text = source[place.src_start : place.src_end]
                hit = next((i for i, m in enumerate(must) if i not in matched and _matches(*m, finding, text, place.line)), None)
                if hit is not None:
                    matched.add(hit)
                    hits.append(hit)
            if hits:
                for _ in hits:
                    outcome.count(finding.rule, "tp")
                continue
            outcome.count(finding.rule, "fp")
            trap = next((m for m in must_not if _matches(*m, finding, span)), None)
            label = f" (a trap: {trap[0]})" if trap else ""
            outcome.false_positives.append(f"{article.name}:{finding.line}:{finding.column} {finding.rule} {span!r}{label}: {finding.message}")
        for i, (selector, line, text) in enumerate(must):
            if i not in matched:
                rule = selector if "/" in selector else f"{selector}/?"
                outcome.count(rule, "fn")
                outcome.misses.append(f"{article.name}:{line} {selector} {text!r}")
    return outcome


def check_thresholds(outcome: Outcome) -> list[str]:
    """Categories whose precision or recall fell below the recorded level."""
    thresholds = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
    drops = []
    for category, levels in thresholds.items():
        tally = outcome.by_category.get(category, Tally())
        for measure in ("precision", "recall"):
            if getattr(tally, measure) + 1e-9 < levels[measure]:
                drops.append(f"{category} {measure} {getattr(tally, measure):.3f} < {levels[measure]:.3f}")
    return drops


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", action="store_true", help="list every miss and false positive")
    parser.add_argument("--update-thresholds", action="store_true", help="record the current level as the regression gate")
    args = parser.parse_args()
    outcome = evaluate()
    print(f"{'':44} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}")
    for title, table in (("category", outcome.by_category), ("rule", outcome.by_rule)):
        print(title)
        for name, t in sorted(table.items()):
            print(f"  {name:42} {t.tp:4d} {t.fp:4d} {t.fn:4d} {t.precision:9.3f} {t.recall:7.3f}")
    t = outcome.total
    print(f"  {'all':42} {t.tp:4d} {t.fp:4d} {t.fn:4d} {t.precision:9.3f} {t.recall:7.3f}")
    if args.show:
        print("\nmissed:", *outcome.misses, sep="\n  ")
        print("\nfalse positives:", *outcome.false_positives, sep="\n  ")
    if args.update_thresholds:
        levels = {c: {"precision": round(t.precision, 3), "recall": round(t.recall, 3)} for c, t in sorted(outcome.by_category.items())}
        THRESHOLDS.write_text(json.dumps(levels, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {THRESHOLDS}")
    elif THRESHOLDS.exists():
        drops = check_thresholds(outcome)
        if drops:
            print("\nbelow the recorded level:", *drops, sep="\n  ")
            sys.exit(1)


if __name__ == "__main__":
    main()
