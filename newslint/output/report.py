"""What every report writer gets: the results of a run and the rules behind them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newslint.engine.finding import Finding
from newslint.engine.rule import Rule
from newslint.engine.runner import FileResult


@dataclass
class Report:
    results: list[FileResult]
    rules: dict[str, Rule]
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    errors: list[str] = field(default_factory=list)  # run-level problems (registry, config)

    @property
    def findings(self) -> list[Finding]:
        return [f for result in self.results for f in result.findings]

    def summary(self) -> dict[str, Any]:
        findings = self.findings
        words = sum(r.words for r in self.results)
        by_severity = Counter(f.severity for f in findings)
        return {
            "files": len(self.results),
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
