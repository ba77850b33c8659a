"""Report writers, one module per format, each with ``render(report) -> str``; the formats a run
writes as it goes have a ``Writer`` too (see newslint.output.stream).

Writers are imported when used, so the command line starts without them.
"""

from __future__ import annotations

import importlib
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.output.report import Report

_MODULES = {"github": "github", "gitlab": "gitlab", "html": "html_report", "json": "json_format", "junit": "junit", "rdjson": "rdjson", "sarif": "sarif", "text": "text"}
FORMAT_NAMES = tuple(sorted(_MODULES))


def render(name: str, report: Report) -> str:
    return importlib.import_module(f"newslint.output.{_MODULES[name]}").render(report)


def writer(name: str, out: IO[str], report: Report):
    """The format's writer that takes each file's result as it comes (newslint.output.stream), or
    None when the format needs the whole run at once (it is given every result at the end)."""
    module = importlib.import_module(f"newslint.output.{_MODULES[name]}")
    return module.Writer(out, report) if hasattr(module, "Writer") else None
