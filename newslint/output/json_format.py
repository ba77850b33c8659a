"""``--format json``: one object, ``{"version": 1, "findings": [...], "summary": {...}, "files": [...]}``.

The schema is documented in the README (section "JSON output") and checked by the tests.
A finding of a JSON Lines record keeps ``line``/``column`` inside the record's text and adds
``file_position``: the same span on the record's line of the ``.jsonl`` file.
"""

from __future__ import annotations

from newslint import __version__
from newslint.output.places import file_span
from newslint.output.report import Report
from newslint.output.stream import JsonArray, JsonSpool, render_streamed, write_json


def _finding(result, finding) -> dict:
    data = finding.to_dict()
    if result.place is not None:
        data["file_position"] = file_span(result, finding)._asdict()
    return data


class Writer:
    """Findings and the file list wait in spools on disk; the summary, known at the end, goes between them."""

    def __init__(self, out, report: Report) -> None:
        self.out, self.report = out, report
        self.findings, self.files = JsonSpool(), JsonSpool()

    def add(self, result) -> None:
        for f in result.findings:
            self.findings.add(_finding(result, f))
        self.files.add({"path": result.path, "words": result.words, "findings": len(result.findings), "metrics": result.metrics, "errors": result.errors})

    def finish(self) -> None:
        payload = {
            "version": 1,
            "newslint": __version__,
            "findings": JsonArray(self.findings),
            "summary": self.report.summary(),
            "files": JsonArray(self.files),
            "errors": self.report.errors,
        }
        write_json(self.out, payload)
        self.findings.close()
        self.files.close()


def render(report: Report) -> str:
    return render_streamed(Writer, report)
