"""What every report writer gets: the results of a run and the rules behind them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newslint.engine.finding import Finding
from newslint.engine.rule import Rule
from newslint.engine.runner import FileResult


def more_places(finding: Finding, width: int = 80) -> str:
    """The finding's further places as ``line:col`` (as many as fit in ``width``), or "" when it has none."""
    if not finding.related:
        return ""
    places = [f"{r.line}:{r.column}" for r in finding.related]
    shown: list[str] = []
    for i, place in enumerate(places):
        rest = len(places) - i
        if shown and len(", ".join([*shown, place])) + (len(f", … {rest} more") if rest > 1 else 0) > width:
            shown.append(f"… {rest} more")
            break
        shown.append(place)
    return f"{len(places)} more place{'s' if len(places) != 1 else ''}: " + ", ".join(shown)


def fix_action(finding: Finding) -> str:
    """What the finding's fix does, in a few words."""
    replacements = [finding.fix.replacement, *(r.replacement for r in finding.related if r.replacement is not None)]
    distinct = list(dict.fromkeys(replacements))
    if len(replacements) == 1 and not finding.related:
        return f"replace with {distinct[0]!r}" if distinct[0] else "remove it"
    # places the fix leaves alone (inside a quotation) are the editor's
    which = f"all {len(replacements)}" if len(replacements) == finding.count else f"{len(replacements)} of {finding.count}"
    if distinct == [""]:
        return f"remove {which}"
    if len(distinct) == 1:
        return f"replace {which} with {distinct[0]!r}"
    return f"replace {which}, each with its own text ({', '.join(repr(d) for d in distinct[:4])}{', …' if len(distinct) > 4 else ''})"


class Totals:
    """What a summary, --statistics and the exit code need of a run, added up file by file.

    The report keeps these counts instead of every file's result, so a run over
    any number of articles holds no more than a few counters.
    """

    def __init__(self) -> None:
        self.files = self.files_with_findings = self.words = self.hidden_by_baseline = self.file_errors = 0
        self.by_rule_severity: Counter[tuple[str, str]] = Counter()
        self.by_category: Counter[str] = Counter()
        self.fixable_by_rule: Counter[str] = Counter()
        self.claims = self.attributed = 0
        self.attribution_ran = False

    @classmethod
    def of(cls, results) -> Totals:
        totals = cls()
        for result in results:
            totals.add(result)
        return totals

    def add(self, result: FileResult) -> None:
        self.files += result.linted  # a skipped file was not linted
        self.files_with_findings += bool(result.findings)
        self.words += result.words
        self.hidden_by_baseline += result.hidden_by_baseline
        self.file_errors += len(result.errors)
        for f in result.findings:
            self.by_rule_severity[f.rule, f.severity] += 1
            self.by_category[f.category] += 1
            if f.fix and f.fix.applicability == "safe":
                self.fixable_by_rule[f.rule] += 1
        if "attribution_claims" in result.metrics:
            self.attribution_ran = True
        self.claims += result.metrics.get("attribution_claims", 0)
        self.attributed += result.metrics.get("attribution_attributed", 0)

    @property
    def findings(self) -> int:
        return sum(self.by_rule_severity.values())

    def by(self, index: int) -> Counter[str]:
        """Findings per rule (index 0) or per severity (index 1)."""
        counts: Counter[str] = Counter()
        for key, count in self.by_rule_severity.items():
            counts[key[index]] += count
        return counts

    def summary(self, run_errors: int) -> dict[str, Any]:
        findings, words, by_severity = self.findings, self.words, self.by(1)
        return {
            "files": self.files,
            "files_with_findings": self.files_with_findings,
            "words": words,
            "findings": findings,
            "findings_per_1000_words": round(findings * 1000 / words, 3) if words else 0.0,
            "by_severity": {level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
            "by_category": dict(sorted(self.by_category.items())),
            "by_rule": dict(sorted(self.by(0).items())),
            "fixable": sum(self.fixable_by_rule.values()),
            "hidden_by_baseline": self.hidden_by_baseline,
            "errors": run_errors + self.file_errors,
            "attribution": self._attribution(),
        }

    def _attribution(self) -> dict[str, Any] | None:
        """Claims that carry attribution, over every article where the attribution rules ran."""
        if not self.attribution_ran:
            return None
        claims, attributed = self.claims, self.attributed
        return {"claims": claims, "attributed": attributed, "share": round(attributed / claims, 3) if claims else None}


@dataclass
class Report:
    """A run's report. ``results`` holds every file's result only for the writers that need them all
    (html, junit…); the streamed writers get each result as it comes and read the counts in ``totals``."""

    results: list[FileResult] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    errors: list[str] = field(default_factory=list)  # run-level problems (registry, config)
    #: the --fail-on level of the run ("never": nothing fails); JUnit fails a file only at or above it
    fail_on: str = "error"
    #: the counts of the run; None: counted from ``results``
    totals: Totals | None = None

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.results for f in result.findings]

    def counts(self) -> Totals:
        return self.totals if self.totals is not None else Totals.of(self.results)

    def summary(self) -> dict[str, Any]:
        return self.counts().summary(len(self.errors))
