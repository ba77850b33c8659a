"""Harper alone (harper-py with its default lints) on the benchmark's rendered files.

This is the comparison the issue asks for: what the engine newslint embeds finds
by itself, with every default lint on and no newslint filtering. Harper reads
plain text and Markdown and has no HTML mode. harper-py falls back to Markdown
for an unknown language, and its Markdown parser skips HTML blocks, so a page
read that way yields no lint at all; an ``.html`` file is given to it as plain
text instead (tags and character references included, as a user without an
HTML front end would).

Harper's spans are offsets in code points of the string it was given, the same
unit as the renderer's gold positions, so a lint hits when its span overlaps a
gold span's ``[start, end)`` in the file.
"""

from __future__ import annotations

_LINTER = None
LANGUAGE = {"txt": "plaintext", "md": "markdown", "html": "plaintext"}


def _linter():
    global _LINTER
    if _LINTER is None:
        import harper

        _LINTER = harper.Linter()  # American dialect and the default lint configuration
    return _LINTER


def lint(text: str, fmt: str) -> list[tuple[int, int, str]]:
    """Harper's lints as ``(start, end, lint kind)``, offsets in code points of ``text``."""
    return [(l.span.start, l.span.end, l.lint_kind) for l in _linter().lint(text, language=LANGUAGE[fmt])]
