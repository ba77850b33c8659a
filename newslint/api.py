"""Lint from Python, as the CLI does."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from newslint.config import Config, Selection
from newslint.engine.finding import Finding
from newslint.engine.runner import ConfigResolver, FileResult, Linter


def _linter(config: Path | str | None, select, ignore) -> Linter:
    resolver = ConfigResolver(Path(config)) if config else ConfigResolver(use_files=False)
    selection = Selection(select=list(select) if select is not None else None, ignore=list(ignore or []))
    return Linter(resolver, selection)


def lint_text(
    text: str,
    path: str = "article.txt",
    *,
    format: str | None = None,
    config: Path | str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Findings for ``text``; ``path`` names it (its extension picks the format unless ``format`` is given)."""
    linter = _linter(config, select, ignore)
    resolved = linter.configs.for_path(path) if config else Config()
    result = linter.lint_text(path, text, fmt=format, config=resolved)
    if result.errors:
        raise RuntimeError("; ".join(result.errors))
    return result.findings


def lint_paths(
    paths: Iterable[str | Path],
    *,
    config: Path | str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[FileResult]:
    """One :class:`FileResult` per article file under ``paths`` (directories recurse)."""
    from newslint.files import collect_files

    linter = _linter(config, select, ignore)
    files, problems = collect_files([str(p) for p in paths])
    results = [linter.lint_file(path) for path in files]
    for problem in problems:
        results.append(FileResult(problem.path, errors=[problem.message]))
    return results
