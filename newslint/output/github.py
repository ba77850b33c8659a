"""``--format github``: workflow commands that GitHub Actions turns into annotations.

GitHub shows at most 10 error, 10 warning and 10 notice annotations per step
(and 50 per job) and drops the rest silently. So the most serious come first
(problems with the run, then errors, then warnings, then info), at most
:data:`PER_LEVEL` of each level are printed, and one closing ``::notice`` says
how many more there are and where to see them.
"""

from __future__ import annotations

import re
from collections import Counter

from newslint.output.places import file_span, record_note, relative_path
from newslint.output.report import Report, more_places
from newslint.output.stream import render_streamed

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}
#: GitHub's per-step limit for each annotation level
PER_LEVEL = 10


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, properties: dict[str, object], message: str) -> str:
    listed = ",".join(f"{name}={escape_property(str(value))}" for name, value in properties.items())
    return f"::{level} {listed}::{escape_data(message)}" if listed else f"::{level}::{escape_data(message)}"


def _annotation(result, finding) -> str:
    span = file_span(result, finding)
    title = f"newslint {finding.rule}" + (f" in record {finding.record}" if finding.record is not None else "")
    message = finding.message + record_note(finding) + (f" ({more_places(finding)})" if finding.related else "")
    properties = {
        "file": relative_path(finding.path), "line": span.line, "col": span.column,
        "endLine": span.end_line, "endColumn": span.end_column, "title": title,
    }
    return _command(_COMMAND[finding.severity], properties, message)


def _problem(result, error: str) -> str:
    """A file's problem as an error annotation, on its line when it names one (a bad JSON Lines record)."""
    properties: dict[str, object] = {"file": relative_path(result.path)}
    line = re.match(re.escape(result.path) + r":(\d+): ", error)
    if line:
        properties["line"] = int(line[1])
    return _command("error", {**properties, "title": "newslint"}, error)


class Writer:
    """Keeps the first :data:`PER_LEVEL` annotations of each level and counts the rest: GitHub shows no more."""

    def __init__(self, out, report: Report) -> None:
        self.out, self.report = out, report
        self.problems: list[str] = []  # run problems (exit 2) come before any finding
        self.problem_count = 0
        self.by_level: dict[str, list[str]] = {"error": [], "warning": [], "info": []}
        self.counts: Counter[str] = Counter()

    def add(self, result) -> None:
        for error in result.errors:
            self.problem_count += 1
            if len(self.problems) < PER_LEVEL:
                self.problems.append(_problem(result, error))
        for finding in result.findings:  # printed errors first, then warnings, then info; report order within each
            self.counts[finding.severity] += 1
            if len(self.by_level[finding.severity]) < PER_LEVEL:
                self.by_level[finding.severity].append(_annotation(result, finding))

    def finish(self) -> None:
        run_problems = [_command("error", {"title": "newslint"}, error) for error in self.report.errors]
        problems = self.problem_count + len(run_problems)
        counts = self.counts
        overflow = max(problems + counts["error"], counts["warning"], counts["info"]) > PER_LEVEL
        # room per level; the closing notice is a notice too, so it keeps a place among the notices
        room = {"error": max(0, PER_LEVEL - problems), "warning": PER_LEVEL, "info": PER_LEVEL - 1 if overflow else PER_LEVEL}
        lines = [*self.problems, *run_problems][:PER_LEVEL]
        hidden: Counter[str] = Counter()
        for level in ("error", "warning", "info"):
            lines += self.by_level[level][: room[level]]
            hidden[level] = max(0, counts[level] - room[level])
        if overflow:
            lines.append(_command("notice", {"title": "newslint: more findings"}, _more(hidden, max(0, problems - PER_LEVEL))))
        self.out.write("".join(line + "\n" for line in lines))


def render(report: Report) -> str:
    return render_streamed(Writer, report)


def _more(hidden: Counter[str], problems: int) -> str:
    count = sum(hidden.values())
    parts = [f"{hidden[level]} {level}" for level in ("error", "warning", "info") if hidden[level]]
    if problems:
        parts.insert(0, f"{problems} run problem{'s' if problems != 1 else ''}")
    return (
        f"{count + problems} more not shown as annotations ({', '.join(parts)}): GitHub shows {PER_LEVEL} per level in a step. "
        "See them in the job summary (newslint's Action), in a SARIF report (--report sarif=FILE) or with `newslint check` run locally."
    )
