"""``--format json``: one object, ``{"version": 1, "findings": [...], "summary": {...}, "files": [...]}``.

The schema is documented in the README (section "JSON output") and checked by the tests.
"""

from __future__ import annotations

import json

from newslint import __version__
from newslint.output.report import Report


def render(report: Report) -> str:
    payload = {
        "version": 1,
        "newslint": __version__,
        "findings": [f.to_dict() for f in report.findings],
        "summary": report.summary(),
        "files": [
            {"path": r.path, "words": r.words, "findings": len(r.findings), "metrics": r.metrics, "errors": r.errors}
            for r in report.results
        ],
        "errors": report.errors,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
