"""newslint: a content-quality linter for published news.

The public API::

    from newslint import lint_text, lint_paths, fix_text
    findings = lint_text("A visit too China.", path="story.txt")
    fixed = fix_text("A visit too China.").text  # "A visit to China."

Rules are :class:`newslint.Rule` subclasses (see ``newslint/checks``), YAML
files (see ``rules/``) or plugins in the ``newslint.rules`` entry-point group.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# Imported on first use, so that `newslint --version` and a rule module that
# only needs `Rule` do not load the whole engine.
_EXPORTS = {
    "lint_text": "newslint.api",
    "lint_paths": "newslint.api",
    "fix_text": "newslint.api",
    "Document": "newslint.document.model",
    "RuleContext": "newslint.engine.context",
    "Finding": "newslint.engine.finding",
    "Fix": "newslint.engine.finding",
    "CATEGORIES": "newslint.engine.rule",
    "Example": "newslint.engine.rule",
    "Option": "newslint.engine.rule",
    "Rule": "newslint.engine.rule",
    "Severity": "newslint.engine.rule",
    "bad": "newslint.engine.rule",
    "good": "newslint.engine.rule",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'newslint' has no attribute {name!r}")
