"""newslint: a content-quality linter for published news.

The public API::

    from newslint import lint_text, lint_paths
    findings = lint_text("A visit too China.", path="story.txt")

Rules are :class:`newslint.Rule` subclasses (see ``newslint/checks``), YAML
files (see ``rules/``) or plugins in the ``newslint.rules`` entry-point group.
"""

from __future__ import annotations

__version__ = "0.1.0"

from newslint.api import lint_paths, lint_text  # noqa: E402
from newslint.document.model import Document  # noqa: E402
from newslint.engine.context import RuleContext  # noqa: E402
from newslint.engine.finding import Finding, Fix  # noqa: E402
from newslint.engine.rule import CATEGORIES, Example, Option, Rule, Severity, bad, good  # noqa: E402

__all__ = [
    "CATEGORIES", "Document", "Example", "Finding", "Fix", "Option", "Rule", "RuleContext", "Severity",
    "__version__", "bad", "good", "lint_paths", "lint_text",
]
