"""Lint and fix from Python, as the CLI and ``newslint serve`` do.

::

    from newslint.api import lint_text, fix_text

    findings = lint_text(text, format="markdown", metadata={"byline": "Ana Ruiz"},
                         config={"select": ["grammar", "journalism"], "dialect": "en-GB"})
    for f in findings:                       # positions are 1-based code points, end exclusive
        print(f.line, f.column, f.rule, f.severity, f.message)
        if f.fix:                            # the fix travels with its finding
            print(f.fix.replacement, f.fix.applicability, f.edits())  # edits: (start, end, text) offsets

    fixed = fix_text(text, format="markdown")  # safe fixes; unsafe=True adds the suggestions
    fixed.text, fixed.edits, fixed.findings    # the new text, what changed, what is left

``config`` is a config file's path or a mapping with the keys of
``.newslint.yaml`` (kebab-case, checked as a file is: a wrong key or rule id
raises :class:`newslint.config.ConfigError`). A mapping is the integrator's
own, trusted as ``--config`` is; ``newslint serve`` refuses a request's keys
that start programs or read the server's disk before it gets here.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable, Union

from newslint.config import Config, Selection, build_config
from newslint.engine.finding import Finding
from newslint.engine.runner import ConfigResolver, FileResult, Linter

FORMATS = ("text", "markdown", "html")
ConfigSource = Union[Path, str, Mapping[str, Any], None]


# -- configs --------------------------------------------------------------------------------


def config_from_mapping(data: Mapping[str, Any], name: str = "config", root: Path | None = None) -> Config:
    """A config from a mapping with the keys of ``.newslint.yaml``; relative paths in it start at ``root`` (the cwd)."""
    if not isinstance(data, Mapping):
        raise TypeError(f"config must be a path or a mapping with the keys of .newslint.yaml, not {type(data).__name__}")
    return build_config(_plain(data), {}, name, root or Path.cwd())


def _plain(value: Any) -> Any:
    """Mappings and sequences as the dicts and lists a YAML file reads into (what the checks expect)."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


class FixedConfig(ConfigResolver):
    """Every article gets one given config (no config files are looked up)."""

    def __init__(self, config: Config) -> None:
        super().__init__(use_files=False)
        self.explicit = config


def _linter(config: ConfigSource, select, ignore) -> Linter:
    if isinstance(config, Mapping):
        resolver: ConfigResolver = FixedConfig(config_from_mapping(config))
    elif config:
        resolver = ConfigResolver(Path(config))
    else:
        resolver = ConfigResolver(use_files=False)
    selection = Selection(select=list(select) if select is not None else None, ignore=list(ignore or []))
    linter = Linter(resolver, selection)
    linter.check_config(resolver.for_path("article.txt"))  # an unknown rule id fails here, before any text
    return linter


def _checked(format: str | None, metadata: Mapping[str, Any] | None) -> dict[str, str] | None:
    if format is not None and format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)} (or None: from the path), not {format!r}")
    if metadata is None:
        return None
    if not isinstance(metadata, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in metadata.items()):
        raise TypeError("metadata must map field names to strings, e.g. {'headline': '…', 'byline': '…', 'date': '2026-12-02'}")
    return dict(metadata) or None


def _done(result: FileResult) -> FileResult:
    if result.errors:
        raise RuntimeError("; ".join(result.errors))
    return result


# -- linting --------------------------------------------------------------------------------


def lint_text(
    text: str,
    path: str = "article.txt",
    *,
    format: str | None = None,
    metadata: Mapping[str, str] | None = None,
    config: ConfigSource = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
) -> list[Finding]:
    """Findings for ``text``, each with its fix (``finding.fix``) when it has one.

    ``path`` names the article (its extension picks the format unless
    ``format`` is given, and a config's ``overrides`` match it); it is never
    opened. ``metadata`` (headline, byline, date…) fills what the article's
    own front matter or ``<head>`` lacks, as a CMS knows it.
    """
    fields = _checked(format, metadata)
    linter = _linter(config, select, ignore)
    return _done(linter.lint_text(path, text, fmt=format, metadata=fields)).findings


def lint_paths(
    paths: Iterable[str | Path],
    *,
    config: ConfigSource = None,
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


# -- fixing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    """One change the fixes made: ``original`` (``text[start:end]`` of the text before) became ``replacement``.

    Offsets are code points of the text before; ``line``/``column`` are 1-based
    and the end is exclusive, as findings' positions are.
    """

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    original: str
    replacement: str
    #: The rules whose fixes made the change.
    rules: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "rules": list(self.rules)}


@dataclass(frozen=True)
class FixedText:
    text: str
    #: What changed, in the original text's positions.
    edits: list[Edit]
    #: What is left: the findings of the fixed text (the ones with no certain fix, and those inside quotations).
    findings: list[Finding]

    @property
    def changed(self) -> bool:
        return bool(self.edits)


def fix_text(
    text: str,
    path: str = "article.txt",
    *,
    format: str | None = None,
    metadata: Mapping[str, str] | None = None,
    config: ConfigSource = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    unsafe: bool = False,
) -> FixedText:
    """``text`` with its fixes applied, as ``newslint check --fix`` applies them.

    Safe fixes only, unless ``unsafe=True`` (then the suggestions an editor
    should confirm too); a fix is never applied inside a direct quotation.
    """
    fields = _checked(format, metadata)
    linter = _linter(config, select, ignore)
    first = _done(linter.lint_text(path, text, fmt=format, metadata=fields))
    fixed = _done(fix_linted(linter, first, format, fields, unsafe))
    return FixedText(fixed.source, applied_edits(text, fixed.source, first.findings, unsafe), fixed.findings)


def fix_linted(linter: Linter, first: FileResult, fmt: str | None, metadata: Mapping[str, str] | None, unsafe: bool) -> FileResult:
    """The lint of ``first``'s text after its fixes; every pass reads the text with the same format and metadata."""
    from newslint.batch import fix_result

    return fix_result(_Described(linter, fmt, metadata), first, unsafe)


class _Described:
    """The linter as fix passes use it: each re-lint keeps the article's format and metadata (not its name alone)."""

    def __init__(self, linter: Linter, fmt: str | None, metadata: Mapping[str, str] | None) -> None:
        self._linter, self._fmt, self._metadata = linter, fmt, metadata

    def lint_text(self, path: str, text: str, **options: Any) -> FileResult:
        return self._linter.lint_text(path, text, **{"fmt": self._fmt, "metadata": self._metadata, **options})


def applied_edits(before: str, after: str, findings: Iterable[Finding], unsafe: bool = False) -> list[Edit]:
    """The changes that turned ``before`` into ``after``, with the rules (of ``findings``) whose fixes made them."""
    from newslint.document.sourcemap import LineIndex

    lines = LineIndex(before)
    applied = ("safe", "unsafe") if unsafe else ("safe",)
    fixers = [f for f in findings if f.fix is not None and f.fix.applicability in applied]
    edits = []
    for start, end, replacement in text_edits(before, after):
        rules = tuple(sorted({f.rule for f in fixers for s, e, _ in f.edits() if s <= end and start <= e}))
        edits.append(Edit(start, end, *lines.position(start), *lines.position(end), before[start:end], replacement, rules))
    return edits


def text_edits(before: str, after: str) -> list[tuple[int, int, str]]:
    """The edits ``(start, end, replacement)`` in ``before``'s code points that turn it into ``after``.

    Compared line by line first, then word by word inside changed lines: a long
    article with a few fixes costs little, and a corrected word is one edit.
    """
    edits: list[tuple[int, int, str]] = []
    a_lines, b_lines = before.splitlines(keepends=True), after.splitlines(keepends=True)
    a_starts, b_starts = _starts(a_lines), _starts(b_lines)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_lines, b_lines, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        a_from = a_starts[i1]
        old, new = _TOKEN.findall(before[a_from : a_starts[i2]]), _TOKEN.findall(after[b_starts[j1] : b_starts[j2]])
        old_starts = _starts(old)
        for ctag, c1, c2, d1, d2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            if ctag != "equal":
                edits.append((a_from + old_starts[c1], a_from + old_starts[c2], "".join(new[d1:d2])))
    return edits


_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.DOTALL)


def _starts(pieces: list[str]) -> list[int]:
    starts = [0]
    for piece in pieces:
        starts.append(starts[-1] + len(piece))
    return starts
