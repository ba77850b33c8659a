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


@dataclass
class Report:
    results: list[FileResult]
    rules: dict[str, Rule]
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    errors: list[str] = field(default_factory=list)  # run-level problems (registry, config)
    #: the --fail-on level of the run ("never": nothing fails); JUnit fails a file only at or above it
    fail_on: str = "error"

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.results for f in result.findings]

    def summary(self) -> dict[str, Any]:
        findings = self.findings
        words = sum(r.words for r in self.results)
        by_severity = Counter(f.severity for f in findings)
        return {
            "files": sum(1 for r in self.results if r.linted),  # a skipped file was not linted
            "files_with_findings": sum(1 for r in self.results if r.findings),
            "words": words,
            "findings": len(findings),
            "findings_per_1000_words": round(len(findings) * 1000 / words, 3) if words else 0.0,
            "by_severity": {level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
            "by_category": dict(sorted(Counter(f.category for f in findings).items())),
            "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
            "fixable": sum(1 for f in findings if f.fix and f.fix.applicability == "safe"),
            "hidden_by_baseline": sum(r.hidden_by_baseline for r in self.results),
            "errors": len(self.errors) + sum(len(r.errors) for r in self.results),
            "attribution": self._attribution(),
        }

    def _attribution(self) -> dict[str, Any] | None:
        """Claims that carry attribution, over every article where the attribution rules ran."""
        claims = sum(r.metrics.get("attribution_claims", 0) for r in self.results)
        attributed = sum(r.metrics.get("attribution_attributed", 0) for r in self.results)
        if not any("attribution_claims" in r.metrics for r in self.results):
            return None
        return {"claims": claims, "attributed": attributed, "share": round(attributed / claims, 3) if claims else None}
