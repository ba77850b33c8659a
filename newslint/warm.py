"""Linters kept warm in a long-running process: shared by ``newslint serve`` and ``newslint lsp``.

Both lint text that never touched the disk, with a selection on top of a
config, many times per process: the first lint imports every rule and loads
the data they read, so each server pays it once at startup, not on the first
article a person sends.
"""

from __future__ import annotations

from typing import Iterable

from newslint.engine.registry import Registry
from newslint.engine.runner import Linter

FORMATS = ("text", "markdown", "html")
#: The name an article gets when it has none (its extension picks the format).
DEFAULT_NAMES = {"text": "article.txt", "markdown": "article.md", "html": "article.html"}
WARM_UP_TEXT = (
    "# Council approves new budget\n\nThe council voted on Tuesday to approve a budget of $12m, "
    "its chairman said. \u201cWe have listened,\u201d she told reporters.\n"
)


def warm_up(linter: Linter) -> None:
    """Import every rule and load the data they read (lexicons, dictionaries) before the first real article."""
    for fmt in FORMATS:
        linter.lint_text(DEFAULT_NAMES[fmt], WARM_UP_TEXT, fmt=fmt)


def split_known(registry: Registry, selectors: Iterable[str]) -> tuple[list[str], list[str]]:
    """``selectors`` split into those naming rules of ``registry`` and the others.

    A client's settings may name rules this newslint does not have (a LanguageTool
    client sends WHITESPACE_RULE, an editor keeps settings from another version):
    the known ones still apply instead of the whole selection failing.
    """
    known, unknown = [], []
    for selector in selectors:
        (known if registry.known_selector(selector) else unknown).append(selector)
    return known, unknown
