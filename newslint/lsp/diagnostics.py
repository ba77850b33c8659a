"""newslint findings as LSP diagnostics."""

from __future__ import annotations

from lsprotocol import types

from newslint.engine.finding import Finding
from newslint.lsp.positions import PositionMap

SOURCE = "newslint"
SEVERITIES = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}


def to_diagnostic(finding: Finding, positions: PositionMap, uri: str) -> types.Diagnostic:
    """One diagnostic per finding; the other places of the same slip are its related information.

    No ``codeDescription``: newslint's rules have no pages on the web; ``newslint explain RULE`` tells.
    """
    related = [
        types.DiagnosticRelatedInformation(
            location=types.Location(uri=uri, range=positions.range(place.src_start, place.src_end)),
            message=f"the same slip again ({finding.rule})",
        )
        for place in finding.related
    ]
    return types.Diagnostic(
        range=positions.range(finding.src_start, finding.src_end),
        message=finding.message,
        severity=SEVERITIES.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        source=SOURCE,
        related_information=related or None,
    )
