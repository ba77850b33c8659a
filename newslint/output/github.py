"""``--format github``: workflow commands that GitHub Actions turns into annotations."""

from __future__ import annotations

from newslint.output.report import Report, more_places

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_result(result) -> str:
    lines = []
    for f in result.findings:
        properties = ",".join(
            (
                f"file={escape_property(f.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={escape_property('newslint ' + f.rule + (' in ' + f.record if f.record else ''))}",
            )
        )
        message = f.message + (f" ({more_places(f)})" if f.related else "")
        lines.append(f"::{_COMMAND[f.severity]} {properties}::{escape_data(message)}")
    for error in result.errors:
        lines.append(f"::error file={escape_property(result.path)},title=newslint::{escape_data(error)}")
    return "".join(line + "\n" for line in lines)


def render_footer(report: Report) -> str:
    return "".join(f"::error title=newslint::{escape_data(error)}\n" for error in report.errors)


def render(report: Report) -> str:
    return "".join(render_result(r) for r in report.results) + render_footer(report)
