"""``--format html``: one self-contained page an editor opens in a browser.

Each article is shown as its original text with every finding highlighted at
its exact span, beside a list of the findings (rule, severity, message, place,
fix) and filters by severity and category. Nothing is fetched: the style and
the script are inline, and a Content-Security-Policy lets only those two run,
so an article's own ``<script>`` (escaped anyway) could not.

Overlapping findings are split, not nested: the text is cut at every start and
end of a span, and each piece is one ``<mark>`` naming (``data-f``) every
finding that covers it, so a character belongs to exactly the findings whose
span contains it.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections import Counter
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Iterator

from newslint import __version__
from newslint.document.sourcemap import LineIndex
from newslint.engine.finding import Finding
from newslint.engine.runner import FileResult
from newslint.output.report import Report, fix_action

SEVERITIES = ("error", "warning", "info")
_ICON = {"error": "\u2716", "warning": "\u25b2", "info": "\u25cf"}  # ✖ ▲ ●: told apart without colour


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    return resources.files("newslint.output").joinpath(name).read_text(encoding="utf-8")


def _csp_hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode("ascii") + "'"


def _text(text: str) -> str:
    # a carriage return as a reference: the HTML parser would turn a raw CR (and CRLF) into LF
    return escape(text, quote=False).replace("\r", "&#13;")


def _attr(text: str) -> str:
    return escape(text, quote=True).replace("\r", "&#13;").replace("\n", "&#10;")


# -- where findings are ---------------------------------------------------------------------


def spans(finding: Finding, lines: LineIndex) -> list[tuple[int, int]]:
    """Code-point offsets ``[start, end)`` in the article text of each place of ``finding`` (its own first)."""
    places = [(finding.line, finding.column, finding.end_line, finding.end_column)]
    places += [(r.line, r.column, r.end_line, r.end_column) for r in finding.related]
    return [(_offset(lines, line, column), _offset(lines, end_line, end_column)) for line, column, end_line, end_column in places]


def _offset(lines: LineIndex, line: int, column: int) -> int:
    """The offset of 1-based ``line:column`` (clamped to the text)."""
    if line > len(lines.starts):
        return lines.length
    return min(lines.starts[max(line, 1) - 1] + max(column, 1) - 1, lines.length)


def segments(length: int, places: list[tuple[str, int, int]]) -> Iterator[tuple[int, int, list[str]]]:
    """The text cut at every place's start and end: ``(start, end, ids covering it)`` in order.

    One sweep over the cuts (an article with thousands of findings stays linear
    in what it prints). An empty place, an insertion point, is an empty segment
    at its offset.
    """
    order = {fid: i for i, (fid, _, _) in enumerate(places)}
    opening: dict[int, list[str]] = {}
    closing: dict[int, list[str]] = {}
    points: dict[int, list[str]] = {}
    for fid, start, end in places:
        if start == end:
            points.setdefault(start, []).append(fid)
        else:
            opening.setdefault(start, []).append(fid)
            closing.setdefault(end, []).append(fid)
    cuts = sorted({0, length, *opening, *closing, *points})
    active: dict[str, int] = {}  # how many of a finding's places cover the text here (they may touch)
    for i, cut in enumerate(cuts):
        for fid in closing.get(cut, ()):
            active[fid] -= 1
            if not active[fid]:
                del active[fid]
        for fid in opening.get(cut, ()):
            active[fid] = active.get(fid, 0) + 1
        if cut in points:
            yield cut, cut, sorted(set(points[cut]), key=order.__getitem__)
        if i + 1 < len(cuts):
            yield cut, cuts[i + 1], sorted(active, key=order.__getitem__)


# -- the page -------------------------------------------------------------------------------


def render(report: Report) -> str:
    css, script = _asset("html_report.css"), _asset("html_report.js")
    summary = report.summary()
    articles, rows_by_category, next_id = [], Counter(), 1
    texts = ArticleTexts(report.results)
    for number, result in enumerate(report.results, 1):
        body, next_id = _article(number, result, next_id, texts)
        articles.append(body)
        rows_by_category.update(f.category for f in result.findings)
    csp = f"default-src 'none'; style-src {_csp_hash(css)}; script-src {_csp_hash(script)}; img-src data:; form-action 'none'; base-uri 'none'"
    return "".join(
        [
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
            f'<meta http-equiv="Content-Security-Policy" content="{_attr(csp)}">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>newslint report: {summary['findings']} finding(s) in {summary['files']} article(s)</title>\n",
            f"<style>{css}</style>\n</head>\n<body>\n",
            _header(report, summary, rows_by_category),
            '<main id="nl-articles">\n',
            *articles,
            "</main>\n",
            f"<script>{script}</script>\n</body>\n</html>\n",
        ]
    )


def _header(report: Report, summary: dict, categories: Counter) -> str:
    by_severity = summary["by_severity"]
    counts = ", ".join(_plural(by_severity[s], s) for s in SEVERITIES)
    errors = "".join(f"<li>{_text(e)}</li>" for e in report.errors)
    severity_boxes = "".join(
        f'<label class="nl-legend nl-{s}"><input type="checkbox" name="severity" value="{s}" checked> '
        f'<mark class="nl-sample nl-{s}">{_ICON[s]} {s}</mark> ({by_severity[s]})</label>'
        for s in SEVERITIES
    )
    category_boxes = "".join(
        f'<label><input type="checkbox" name="category" value="{_attr(c)}" checked> {_text(c)} ({n})</label>'
        for c, n in sorted(categories.items())
    )
    contents = "".join(
        f'<li><a href="#a{i}">{_text(r.location)}</a> {_counts(r.findings)}</li>' for i, r in enumerate(report.results, 1)
    )
    return (
        f'<header>\n<h1>newslint report</h1>\n<p id="nl-summary">{summary["files"]} article(s), {summary["words"]} words, '
        f'{summary["findings"]} finding(s): {counts}; {summary["fixable"]} with a safe fix. newslint {__version__}.</p>\n'
        + (f'<ul class="nl-run-errors">{errors}</ul>\n' if errors else "")
        + '<p class="nl-key">Highlights: errors underlined solid, warnings dashed, info dotted; hover a highlight for its findings, '
        "click a finding in a list to see it in the text.</p>\n"
        + '<form id="nl-filters">\n'
        f'<fieldset><legend>Severity</legend>{severity_boxes}</fieldset>\n'
        f'<fieldset><legend>Category</legend>{category_boxes or "<span>none</span>"}</fieldset>\n'
        "</form>\n"
        f'<nav><details><summary>Articles</summary><ol>{contents}</ol></details></nav>\n</header>\n'
    )


def _counts(findings: list[Finding]) -> str:
    by_severity = Counter(f.severity for f in findings)
    parts = [f'<span class="nl-count nl-{s}">{_ICON[s]} {_plural(by_severity[s], s)}</span>' for s in SEVERITIES if by_severity[s]]
    return f'<span class="nl-counts">{" ".join(parts) or "no findings"}</span>'


def _plural(count: int, severity: str) -> str:
    return f"{count} {severity}{'s' if count != 1 and severity != 'info' else ''}"


def _article(number: int, result: FileResult, next_id: int, texts: ArticleTexts) -> tuple[str, int]:
    findings = sorted(result.findings, key=Finding.sort_key)
    ids = {id(f): f"f{next_id + i}" for i, f in enumerate(findings)}
    out = [f'<section class="nl-article" id="a{number}">\n<h2>{_text(result.location)}</h2>\n<p>{_counts(findings)} \u00b7 {result.words} words</p>\n']
    out += [f'<p class="nl-file-error">{_text(e)}</p>\n' for e in result.errors]
    text = texts.get(result) if findings else None
    if findings and text is None:
        out.append('<p class="nl-file-error">The article\'s text could not be read back: findings are listed without it.</p>\n')
    if text is not None:
        lines = LineIndex(text)
        places = [(ids[id(f)], s, e) for f in findings for s, e in spans(f, lines)]
        out.append(f'<pre class="nl-text">{_highlighted(text, places, {ids[id(f)]: f for f in findings})}</pre>\n')
    if findings:
        out.append('<ol class="nl-findings">\n')
        out += [_row(ids[id(f)], f) for f in findings]
        out.append("</ol>\n")
    out.append("</section>\n")
    return "".join(out), next_id + len(findings)


def _highlighted(text: str, places: list[tuple[str, int, int]], by_id: dict[str, Finding]) -> str:
    out, anchored = [], set()
    starts: dict[int, list[str]] = {}
    for fid, start, _ in places:
        if fid not in anchored:  # the list's link goes to the finding's first place
            anchored.add(fid)
            starts.setdefault(start, []).append(fid)
    for start, end, covering in segments(len(text), places):
        out += [f'<span class="nl-anchor" id="{fid}"></span>' for fid in starts.pop(start, [])]
        piece = _text(text[start:end])
        if not covering:
            out.append(piece)
            continue
        severity = min((by_id[fid].severity for fid in covering), key=SEVERITIES.index)
        title = "\n".join(f"{by_id[fid].severity}: {by_id[fid].rule}: {by_id[fid].message}" for fid in covering)
        empty = " nl-point" if start == end else ""
        out.append(f'<mark class="nl-hl nl-{severity}{empty}" data-f="{" ".join(covering)}" title="{_attr(title)}">{piece}</mark>')
    return "".join(out)


def _row(fid: str, f: Finding) -> str:
    fix = ""
    if f.fix is not None:
        label = "fix" if f.fix.applicability == "safe" else "suggestion"
        fix = f' <span class="nl-fix">{label}: {_text(fix_action(f))}</span>'
    more = f' <span class="nl-more">(and {len(f.related)} more place{"s" if len(f.related) != 1 else ""})</span>' if f.related else ""
    return (
        f'<li class="nl-row nl-{f.severity}" data-f="{fid}" data-severity="{f.severity}" data-category="{_attr(f.category)}">'
        f'<a href="#{fid}"><span class="nl-sev">{_ICON[f.severity]} {f.severity}</span> '
        f'<span class="nl-place">{f.line}:{f.column}</span> <code class="nl-rule">{_text(f.rule)}</code></a> '
        f'<span class="nl-message">{_text(f.message)}</span>{more}{fix}</li>\n'
    )


# -- the article's text ---------------------------------------------------------------------


class ArticleTexts:
    """The text each result's positions refer to: kept by the run, else read back from disk.

    Reading back (decoded exactly as the linter decodes) lets a run drop each
    article's text once it is linted and still write this report. A collection
    is read once, keeping only the records that have findings.
    """

    def __init__(self, results: list[FileResult]) -> None:
        self._wanted: dict[str, set[str]] = {}
        for r in results:
            if r.source is None and r.record is not None and r.findings:
                self._wanted.setdefault(r.path, set()).add(r.record)
        self._records: dict[str, dict[str, str]] = {}

    def get(self, result: FileResult) -> str | None:
        if result.source is not None:
            return result.source
        if result.path == "-":
            return None
        if result.record is not None:
            if result.path not in self._records:
                self._records[result.path] = _record_texts(result.path, self._wanted.get(result.path, set()))
            return self._records[result.path].get(result.record)
        from newslint.files import Unreadable, read_article
        from newslint.frontends.decoding import decode

        try:
            return decode(read_article(result.path, os.stat(result.path).st_size)).text  # it was linted: not too large
        except (Unreadable, OSError):
            return None


def _record_texts(path: str, wanted: set[str]) -> dict[str, str]:
    """The texts of the ``wanted`` records of a JSON Lines collection (default field names)."""
    from newslint.batch import Article
    from newslint.jsonl import JsonlFields, read_jsonl

    return {item.record: item.text for item in read_jsonl(path, JsonlFields()) if isinstance(item, Article) and item.record in wanted}
