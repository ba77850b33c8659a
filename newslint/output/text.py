"""Human-readable output: ``path:line:col: severity rule message``, the line, a caret."""

from __future__ import annotations

import unicodedata

from newslint.output.places import file_span, record_note
from newslint.output.report import Report, fix_action, more_places
from newslint.output.stream import render_streamed

_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "bold": "\033[1m", "dim": "\033[2m", "reset": "\033[0m"}
_WINDOW = 100  # characters of a long line shown around the span
#: Terminal control characters from an article (an ESC sequence could recolour, retitle or
#: clear the terminal) are shown as their visible pictures, one column each: carets stay aligned.
_CONTROLS = {**{c: 0x2400 + c for c in range(0x20)}, 0x7F: 0x2421, **{c: 0xFFFD for c in range(0x80, 0xA0)}}


def _visible(text: str) -> str:
    return text.translate(_CONTROLS)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1 for ch in text)


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_COLORS[style]}{text}{_COLORS['reset']}" if color else text


def _excerpt(line_text: str, column: int, length: int) -> tuple[str, str]:
    """The line (or a window of it) and the caret line under the span."""
    start = column - 1
    if len(line_text) > _WINDOW:
        left = max(0, min(start - 30, len(line_text) - _WINDOW))
        shown = line_text[left : left + _WINDOW]
        prefix = "…" if left else ""
        suffix = "…" if left + _WINDOW < len(line_text) else ""
        start -= left
        line_text = prefix + shown + suffix
        start += len(prefix)
    line_text = _visible(line_text.replace("\t", " "))
    length = max(1, min(length, len(line_text) - start))
    caret = " " * _width(line_text[:start]) + "^" * max(1, _width(line_text[start : start + length]))
    return line_text, caret


def render_result(result, color: bool, quiet: bool) -> str:
    """One file's findings, each with its source line and a caret under the span."""
    out: list[str] = []
    source_lines = result.source.splitlines() if result.source is not None and not quiet else []
    for f in result.findings:
        # a JSON Lines record's finding is placed on the record's line of the file (the
        # excerpt below is the record's text, with its own line numbers)
        span = file_span(result, f)
        out.append(
            f"{_paint(_visible(f.path), 'bold', color)}:{span.line}:{span.column}: "
            f"{_paint(f.severity, f.severity, color)} {_paint(f.rule, 'dim', color)} {_visible(f.message + record_note(f))}"
        )
        if source_lines and f.line <= len(source_lines):
            line_text = source_lines[f.line - 1]
            length = (f.end_column - f.column) if f.end_line == f.line else len(line_text) - f.column + 1
            shown, caret = _excerpt(line_text, f.column, length)
            gutter = str(f.line)
            out.append(f"  {gutter} | {shown}")
            out.append(f"  {' ' * len(gutter)} | {_paint(caret, f.severity, color)}")
            if f.related:
                out.append(f"  {' ' * len(gutter)} = {more_places(f)}")
            if f.fix is not None:
                label = "fix" if f.fix.applicability == "safe" else "suggestion"
                out.append(f"  {' ' * len(gutter)} = {label}: {fix_action(f)}")
    return "".join(line + "\n" for line in out)


def render_statistics(report: Report) -> str:
    """--statistics: the number of findings per rule, most first, instead of the findings (as ruff does)."""
    totals = report.counts()
    counts, fixable = totals.by_rule_severity, totals.fixable_by_rule
    out = [
        f"{count:6d}  {severity:7}  {rule}{' [*]' if fixable[rule] else ''}"
        for (rule, severity), count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    if fixable:
        out.append("[*] fixable with --fix")
    if not counts and not report.quiet:
        files = report.summary()["files"]
        out.append(f"No problems found in {files} file{'s' if files != 1 else ''}.")
    return "".join(line + "\n" for line in out)


def render_footer(report: Report) -> str:
    """The summary line (or, with --statistics, the table in its place)."""
    if report.statistics:
        return render_statistics(report)
    out: list[str] = []
    if not report.quiet:
        summary = report.summary()
        levels = summary["by_severity"]
        files = f"{summary['files']} file{'s' if summary['files'] != 1 else ''}"
        if summary["findings"]:
            out.append(
                f"Found {summary['findings']} problem{'s' if summary['findings'] != 1 else ''} "
                f"({levels['error']} error, {levels['warning']} warning, {levels['info']} info) "
                f"in {summary['files_with_findings']} of {files}."
            )
            if summary["fixable"]:
                out.append(f"{summary['fixable']} fixable with --fix.")
        else:
            out.append(f"No problems found in {files}.")
        if summary["hidden_by_baseline"]:
            out.append(f"{summary['hidden_by_baseline']} known problem(s) hidden by the baseline.")
    return "".join(line + "\n" for line in out)


class Writer:
    """Each file's findings as it is linted; the summary line at the end."""

    def __init__(self, out, report: Report) -> None:
        self.out, self.report = out, report

    def add(self, result) -> None:
        if not self.report.statistics:  # --statistics: the table only
            self.out.write(render_result(result, self.report.color, self.report.quiet))

    def finish(self) -> None:
        self.out.write(render_footer(self.report))


def render(report: Report) -> str:
    return render_streamed(Writer, report)
