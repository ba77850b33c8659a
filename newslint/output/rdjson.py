"""``--format rdjson``: the Reviewdog Diagnostic Format, for ``reviewdog -f=rdjson``.

One ``DiagnosticResult`` object (reviewdog's proto/rdf/reviewdog.proto and its
JSON schema, proto/rdf/jsonschema/DiagnosticResult.json). Ranges have an
exclusive end and, as reviewdog counts them, columns in UTF-8 bytes; a
finding's fix becomes one suggestion per place it writes.
"""

from __future__ import annotations

import json

from newslint.document.sourcemap import LineIndex
from newslint.document.units import UTF8, CodeUnits
from newslint.output.places import file_span, located, record_note, relative_path, replacement_text
from newslint.output.report import Report, more_places

_SEVERITY = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}
SOURCE = {"name": "newslint", "url": "https://github.com/newslint/newslint"}


class _Columns:
    """UTF-8 byte columns of one file's source offsets."""

    def __init__(self, result) -> None:
        self.result = result
        text = result.source if result.source is not None and result.place is None else None
        self.lines = LineIndex(text) if text is not None else None
        self.bytes = CodeUnits(text, UTF8) if text is not None else None

    def position(self, offset: int, line: int, column: int) -> dict[str, int]:
        place = self.result.place
        if place is not None:
            return {"line": place.line, "column": place.byte_column(offset)}
        if self.lines is None:  # no text to count bytes in: code points are the best we have
            return {"line": line, "column": column}
        start = self.lines.starts[line - 1]
        return {"line": line, "column": self.bytes.between(start, offset) + 1}

    def range(self, item) -> dict[str, dict[str, int]]:
        span = file_span(self.result, item)
        return {
            "start": self.position(item.src_start, span.line, span.column),
            "end": self.position(item.src_end, span.end_line, span.end_column),
        }


def render(report: Report) -> str:
    diagnostics = []
    columns: dict[int, _Columns] = {}
    for result, f in located(report):
        counter = columns.setdefault(id(result), _Columns(result))
        diagnostic = {
            "message": f.message + record_note(f) + (f" ({more_places(f)})" if f.related else ""),
            "location": {"path": relative_path(f.path), "range": counter.range(f)},
            "severity": _SEVERITY[f.severity],
            "code": {"value": f.rule},
        }
        if f.fix is not None:
            places = [(f, f.fix.replacement)] + [(r, r.replacement) for r in f.related if r.replacement is not None]
            diagnostic["suggestions"] = [
                {"range": counter.range(place), "text": replacement_text(result, text)} for place, text in places
            ]
        diagnostics.append(diagnostic)
    return json.dumps({"source": SOURCE, "diagnostics": diagnostics}, indent=2, ensure_ascii=False) + "\n"
