"""``--format json``: one object, ``{"version": 1, "findings": [...], "summary": {...}, "files": [...]}``.

The schema is documented in the README (section "JSON output") and checked by the tests.
A finding of a JSON Lines record keeps ``line``/``column`` inside the record's text and adds
``file_position``: the same span on the record's line of the ``.jsonl`` file.
"""

from __future__ import annotations

import json

from newslint import __version__
from newslint.output.places import file_span, located
from newslint.output.report import Report


def _finding(result, finding) -> dict:
    data = finding.to_dict()
    if result.place is not None:
        data["file_position"] = file_span(result, finding)._asdict()
    return data


def render(report: Report) -> str:
    payload = {
        "version": 1,
        "newslint": __version__,
        "findings": [_finding(result, f) for result, f in located(report)],
        "summary": report.summary(),
        "files": [
            {"path": r.path, "words": r.words, "findings": len(r.findings), "metrics": r.metrics, "errors": r.errors}
            for r in report.results
        ],
        "errors": report.errors,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
