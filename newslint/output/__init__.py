"""Report writers, one module per format, each with ``render(report) -> str``.

Writers are imported when used, so the command line starts without them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newslint.output.report import Report

_MODULES = {"github": "github", "gitlab": "gitlab", "html": "html_report", "json": "json_format", "junit": "junit", "rdjson": "rdjson", "sarif": "sarif", "text": "text"}
FORMAT_NAMES = tuple(sorted(_MODULES))


def render(name: str, report: Report) -> str:
    return importlib.import_module(f"newslint.output.{_MODULES[name]}").render(report)
