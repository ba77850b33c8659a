"""Where a report places a finding: in the file, and for a JSON Lines record, on that record's line.

A record's finding keeps its line and column inside the record's text
(``finding.line``/``column``, what ``--format json`` calls ``line``); the
file position is the record's line of the ``.jsonl`` file and the column of the
same character in the raw JSON (see :class:`newslint.jsonl.RecordPlace`).
"""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Iterator, NamedTuple

from newslint.engine.finding import Finding, Related
from newslint.engine.runner import FileResult
from newslint.output.report import Report


class Span(NamedTuple):
    line: int
    column: int
    end_line: int
    end_column: int


def file_span(result: FileResult, item: Finding | Related) -> Span:
    """The finding's (or a further place's) span in the file itself."""
    place = result.place
    if place is None:
        return Span(item.line, item.column, item.end_line, item.end_column)
    return Span(place.line, place.column(item.src_start), place.line, place.column(item.src_end))


def record_note(finding: Finding) -> str:
    """' (record ID, line L, column C of its text)' for a record's finding, else ''."""
    if finding.record is None:
        return ""
    return f" (record {finding.record}, line {finding.line}, column {finding.column} of its text)"


def located(report: Report) -> Iterator[tuple[FileResult, Finding]]:
    """Every finding with the result it belongs to, in report order."""
    for result in report.results:
        for finding in result.findings:
            yield result, finding


def relative_path(path: str) -> str:
    """``path`` as a repository tool wants it: relative to the working directory when inside it, '/'-separated, no './'."""
    return path if path == "-" else _relative(path, os.getcwd())


@functools.lru_cache(maxsize=4096)
def _relative(path: str, cwd: str) -> str:
    candidate = Path(path)
    try:
        relative = Path(os.path.relpath(candidate.resolve(), Path(cwd).resolve()))
        if not relative.as_posix().startswith(".."):
            candidate = relative
    except (ValueError, OSError):
        pass
    return candidate.as_posix()


def replacement_text(result: FileResult, text: str) -> str:
    """What a fix writes into the file: inside a record's JSON string, ``text`` JSON-escaped."""
    return text if result.place is None else json.dumps(text, ensure_ascii=False)[1:-1]
