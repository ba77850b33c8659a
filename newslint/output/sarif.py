"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning.

Columns are code points, so the run declares ``columnKind: unicodeCodePoints``
(SARIF's default would be UTF-16 code units).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from newslint import __version__
from newslint.output.places import file_span, record_note, relative_path, replacement_text
from newslint.output.report import Report
from newslint.output.stream import JsonArray, JsonSpool, render_streamed, write_json

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return "stdin" if path == "-" else quote(relative_path(path))


def _rule_descriptor(rule) -> dict:
    examples = "\n".join(("Bad: " if e.bad else "Good: ") + e.text.strip() for e in rule.examples[:4])
    help_text = rule.rationale + (f"\n\n{examples}" if examples else "")
    return {
        "id": rule.id,
        "name": rule.id.split("/", 1)[1].replace("-", " "),
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": help_text, "markdown": help_text.replace("\n", "  \n")},
        "defaultConfiguration": {"level": _LEVEL[str(rule.severity)], "enabled": bool(rule.enabled_by_default)},
        "properties": {"category": rule.category, "tags": [rule.category, "newslint"], "source": rule.source},
    }


def _region(span) -> dict:
    return {"startLine": span.line, "startColumn": span.column, "endLine": span.end_line, "endColumn": span.end_column}


def _result(file_result, f) -> dict:
    """One finding as a SARIF result (its ``ruleIndex`` is added when the run's rules are known)."""
    result = {
        "ruleId": f.rule,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message + record_note(f)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(f.path), "uriBaseId": "%SRCROOT%"},
                    "region": _region(file_span(file_result, f)),
                }
            }
        ],
        "partialFingerprints": {"newslint/v1": f.fingerprint},
    }
    if f.record is not None:
        # a record of a JSON Lines collection: the region is on the record's line of the file;
        # where the finding is inside the record's text goes in the properties
        result["locations"][0]["logicalLocations"] = [{"name": f.record, "kind": "member"}]
        result["properties"] = {
            "record": f.record,
            "recordTextRegion": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column},
        }
    if f.related:
        # the same root cause at further places (one finding, not one per place)
        result["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(f.path), "uriBaseId": "%SRCROOT%"},
                    "region": _region(file_span(file_result, r)),
                },
                "message": {"text": f"the same problem, place {i + 1} of {f.count}"},
            }
            for i, r in enumerate(f.related, start=1)
        ]
    if f.fix is not None:
        replacements = [
            {"deletedRegion": result["locations"][0]["physicalLocation"]["region"], "insertedContent": {"text": replacement_text(file_result, f.fix.replacement)}}
        ] + [
            {"deletedRegion": _region(file_span(file_result, r)), "insertedContent": {"text": replacement_text(file_result, r.replacement)}}
            for r in f.related
            if r.replacement is not None
        ]
        result["fixes"] = [
            {
                "description": {"text": f"{f.fix.applicability} fix"},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": _uri(f.path), "uriBaseId": "%SRCROOT%"},
                        "replacements": replacements,
                    }
                ],
            }
        ]
    return result


def _indexed(result: dict, index: dict[str, int]) -> dict:
    """``result`` with its rule's place in the run's rule list, after its fingerprint (where it has always stood)."""
    if result["ruleId"] not in index:
        return result
    items = list(result.items())
    at = [key for key, _ in items].index("partialFingerprints") + 1
    return dict([*items[:at], ("ruleIndex", index[result["ruleId"]]), *items[at:]])


def _notification(error: str) -> dict:
    return {"level": "error", "message": {"text": error}}


class Writer:
    """Results wait in a spool on disk: the rule list before them is known only at the end of the run."""

    def __init__(self, out, report: Report) -> None:
        self.out, self.report = out, report
        self.results = JsonSpool()
        self.file_errors: list[str] = []

    def add(self, file_result) -> None:
        for f in file_result.findings:
            self.results.add(_result(file_result, f))
        self.file_errors.extend(file_result.errors)

    def finish(self) -> None:
        report = self.report
        rule_ids = sorted(report.rules)
        index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
        notifications = [_notification(error) for error in [*self.file_errors, *report.errors]]
        run = {
            "tool": {
                "driver": {
                    "name": "newslint",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "informationUri": "https://github.com/newslint/newslint",
                    "rules": [_rule_descriptor(report.rules[rule_id]) for rule_id in rule_ids],
                }
            },
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "results": JsonArray(_indexed(result, index) for result in self.results),
            "invocations": [
                {"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}
            ],
        }
        write_json(self.out, {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]})
        self.results.close()


def render(report: Report) -> str:
    return render_streamed(Writer, report)
