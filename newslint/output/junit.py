"""``--format junit``: one test case per file, failed when the file has findings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from newslint.output.report import Report, more_places


def render(report: Report) -> str:
    summary = report.summary()
    suites = ET.Element("testsuites", name="newslint")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name="newslint",
        tests=str(len(report.results)),
        failures=str(sum(1 for r in report.results if r.findings)),
        errors=str(sum(1 for r in report.results if r.errors)),
    )
    for result in report.results:
        case = ET.SubElement(suite, "testcase", name=result.location, classname="newslint")
        if result.findings:
            failure = ET.SubElement(
                case, "failure", message=f"{len(result.findings)} problem(s)", type="newslint"
            )
            failure.text = "\n".join(
                f"{f.location}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}" + (f" ({more_places(f)})" if f.related else "")
                for f in result.findings
            )
        if result.errors:
            error = ET.SubElement(case, "error", message=result.errors[0], type="newslint")
            error.text = "\n".join(result.errors)
    suite.set("skipped", "0")
    suites.set("tests", str(summary["files"]))
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
