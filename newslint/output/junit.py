"""``--format junit``: one test case per file, failed only by findings at or above ``--fail-on``.

A file whose findings are all below the run's fail-on level passes (as the exit
code does); its findings are listed in the test case's ``system-out`` and
counted in its properties, so nothing is lost.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from newslint.engine.rule import Severity
from newslint.output.places import file_span, record_note
from newslint.output.report import Report, more_places


def _fails(severity: str, fail_on: str) -> bool:
    return fail_on != "never" and Severity.parse(severity) >= Severity.parse(fail_on)


def _line(result, finding) -> str:
    span = file_span(result, finding)
    return (
        f"{finding.path}:{span.line}:{span.column}: {finding.severity} {finding.rule} {finding.message}"
        + record_note(finding)
        + (f" ({more_places(finding)})" if finding.related else "")
    )


def render(report: Report) -> str:
    suites = ET.Element("testsuites", name="newslint")
    suite = ET.SubElement(suites, "testsuite", name="newslint", tests=str(len(report.results)))
    failures = 0
    for result in report.results:
        case = ET.SubElement(suite, "testcase", name=result.location, classname="newslint")
        failing = [f for f in result.findings if _fails(f.severity, report.fail_on)]
        others = [f for f in result.findings if not _fails(f.severity, report.fail_on)]
        if result.findings:
            properties = ET.SubElement(case, "properties")
            for level in ("error", "warning", "info"):
                ET.SubElement(properties, "property", name=f"newslint.{level}", value=str(sum(1 for f in result.findings if f.severity == level)))
        if failing:
            failures += 1
            failure = ET.SubElement(
                case, "failure", message=f"{len(failing)} problem(s) at or above {report.fail_on}", type="newslint"
            )
            failure.text = "\n".join(_line(result, f) for f in failing)
        if result.errors:
            error = ET.SubElement(case, "error", message=result.errors[0], type="newslint")
            error.text = "\n".join(result.errors)
        if others:  # below fail-on: reported, not failed
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(_line(result, f) for f in others)
    suite.set("failures", str(failures))
    suite.set("errors", str(sum(1 for r in report.results if r.errors)))
    suite.set("skipped", "0")
    suites.set("tests", str(report.summary()["files"]))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
