"""``--format gitlab``: a GitLab Code Quality report (``artifacts: reports: codequality:``).

A JSON array of issues, each with ``description``, ``check_name``,
``fingerprint``, ``severity`` (info, minor, major, critical or blocker) and
``location.path`` with ``location.lines.begin``, the fields GitLab documents
("Code Quality report format"; a subset of the Code Climate issue spec).
GitLab matches issues between a merge request and its target branch by
fingerprint and shows one issue per fingerprint, so each is unique in the
report yet stable when lines move: the finding's edit-stable fingerprint, its
file and record, and its rank among identical findings there.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter

from newslint.output.places import file_span, located, record_note, relative_path
from newslint.output.report import Report, more_places

#: newslint's levels on GitLab's scale: an error is wrong in print (major), a warning needs a look
SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def render(report: Report) -> str:
    issues = []
    seen: Counter[tuple[str, str | None, str]] = Counter()
    for result, f in located(report):
        path = relative_path(f.path)
        key = (path, f.record, f.fingerprint or f"{f.rule}:{f.line}:{f.column}")
        seen[key] += 1
        fingerprint = hashlib.sha256("\0".join((*map(str, key), str(seen[key]))).encode("utf-8")).hexdigest()[:32]
        span = file_span(result, f)
        issues.append(
            {
                "type": "issue",
                "description": f.message + record_note(f) + (f" ({more_places(f)})" if f.related else ""),
                "check_name": f.rule,
                "fingerprint": fingerprint,
                "severity": SEVERITY[f.severity],
                "categories": ["Style"],
                "location": {"path": path, "lines": {"begin": span.line, "end": span.end_line}},
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
