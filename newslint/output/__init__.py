"""Report writers, one module per format. Each has ``render(report) -> str``."""

from __future__ import annotations

from newslint.output import github, json_format, junit, sarif, text
from newslint.output.report import Report

FORMATS = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
}

__all__ = ["FORMATS", "Report"]
