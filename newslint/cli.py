"""The ``newslint`` command: check, rules, explain, init.

Exit codes: 0 when nothing is at or above the fail level, 1 when something
is, 2 for a usage, config or I/O error (after linting every file that could
be linted).
"""

from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path

import click

from newslint import __version__
from newslint.config import FAIL_LEVELS, SEVERITIES, ConfigError, Selection
from newslint.engine.baseline import Baseline, write_baseline
from newslint.engine.fixes import apply_fixes, write_atomically
from newslint.engine.rule import Severity
from newslint.engine.runner import ConfigResolver, FileResult, Linter
from newslint.files import collect_files
from newslint.frontends.decoding import encode
from newslint.output import FORMATS, Report

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_MAX_FIX_PASSES = 5


def _split(values: tuple[str, ...]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _severity_overrides(values: tuple[str, ...]) -> dict[str, str]:
    overrides = {}
    for value in values:
        rule, sep, level = value.partition("=")
        if not sep or level.strip().lower() not in SEVERITIES:
            raise click.BadParameter(f"{value!r}: expected RULE=LEVEL with LEVEL one of {', '.join(SEVERITIES)}", param_hint="--severity")
        overrides[rule.strip()] = level.strip().lower()
    return overrides


def _extra_reports(values: tuple[str, ...]) -> list[tuple[str, Path]]:
    reports = []
    for value in values:
        name, sep, file = value.partition("=")
        if not sep or name not in FORMATS or not file:
            raise click.BadParameter(f"{value!r}: expected FORMAT=FILE with FORMAT one of {', '.join(sorted(FORMATS))}", param_hint="--report")
        reports.append((name, Path(file)))
    return reports


def _use_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """A content-quality linter for published news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(sorted(FORMATS)), default="text", show_default=True, help="Report format.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, path_type=Path), help="Write the report to FILE instead of standard output.")
@click.option("--report", "extra_reports", multiple=True, metavar="FORMAT=FILE", help="Also write a report in FORMAT to FILE (repeatable), e.g. sarif=newslint.sarif.")
@click.option("--select", multiple=True, help="Run only these rules: ids, prefixes or categories (comma-separated; 'all' for every rule).")
@click.option("--extend-select", multiple=True, help="Run these rules in addition to the selected ones.")
@click.option("--ignore", multiple=True, help="Do not run these rules (ids, prefixes or categories).")
@click.option("--severity", "severity", multiple=True, metavar="RULE=LEVEL", help="Change a rule's (or prefix's, or category's) severity.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), help="Exit 1 when a finding is at or above this level. [default: error]")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff, also apply fixes that need an editor's confirmation.")
@click.option("--diff", is_flag=True, help="Show the safe fixes as a diff instead of applying them.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Use this config file for every article.")
@click.option("--no-config", is_flag=True, help="Ignore config files; use the defaults.")
@click.option("--stdin-filename", help="The name to give the article read from '-' (sets format and config).")
@click.option("--statistics", is_flag=True, help="Show the number of findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no source excerpts, no summary.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), help="Hide findings recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False, path_type=Path), help="Record every current finding in FILE and exit 0.")
@click.option("--max-file-size", help="Skip files larger than this (e.g. 20MB). [default: 10MB]")
@click.option("--strict-engines", is_flag=True, help="Exit 2 when a configured optional engine (LanguageTool) cannot be used.")
def check(
    paths, output_format, output_file, extra_reports, select, extend_select, ignore, severity, fail_on, fix, unsafe_fixes, diff,
    config_file, no_config, stdin_filename, statistics, quiet, baseline_file, write_baseline_file, max_file_size,
    strict_engines,
) -> None:
    """Lint articles: files, directories (recursively) or '-' for standard input."""
    if config_file and no_config:
        raise click.UsageError("--config and --no-config cannot be used together")
    if fix and diff:
        raise click.UsageError("use --fix or --diff, not both")
    reports = _extra_reports(extra_reports)
    try:
        selection = Selection(
            select=_split(select) or None,
            extend_select=_split(extend_select),
            ignore=_split(ignore),
            severity=_severity_overrides(severity),
        )
        size_limit = None
        if max_file_size:
            from newslint.config import parse_size

            size_limit = parse_size(max_file_size)
        configs = ConfigResolver(config_file, use_files=not no_config)
        baseline = Baseline(baseline_file) if baseline_file else None
    except click.BadParameter:
        raise
    except (ConfigError, ValueError, OSError) as error:
        _fail(str(error))
    linter = Linter(configs, selection, baseline, size_limit)

    results: list[FileResult] = []
    stdout_text = None
    try:
        if not paths:
            paths = (".",)
        if "-" in paths:
            if len(paths) > 1:
                raise click.UsageError("'-' (standard input) cannot be combined with other paths")
            name = stdin_filename or "-"
            data = sys.stdin.buffer.read()
            result = linter.lint_bytes(name, data, config=configs.for_path(name if stdin_filename else "stdin.txt"))
            results.append(result)
            if fix or diff:
                fixed = _fix_result(linter, result, unsafe_fixes)
                if fix:
                    stdout_text = fixed.source
        else:
            excluded = None
            if not no_config:
                excluded = lambda path: configs.for_path(path).is_excluded(path)  # noqa: E731
            files, problems = collect_files(list(paths), excluded)
            for path in files:
                result = linter.lint_file(path)
                if (fix or diff) and result.source is not None:
                    result = _fix_file(linter, result, write=fix, unsafe=unsafe_fixes)
                results.append(result)
            for problem in problems:
                results.append(FileResult(problem.path, errors=[problem.message]))
    except ConfigError as error:
        _fail(str(error))

    registry_errors = sorted({e for config in configs.loaded() for e in linter.registry_for(config).errors})
    notices = list(dict.fromkeys(n for r in results for n in r.notices))
    for notice in notices:
        click.echo(f"newslint: {'error' if strict_engines else 'warning'}: {notice}", err=True)
    if strict_engines and notices:
        registry_errors.append("an optional engine could not be used (--strict-engines)")
    if write_baseline_file:
        count = write_baseline(write_baseline_file, [f for r in results for f in r.findings])
        click.echo(f"Wrote {count} finding(s) to {write_baseline_file}.", err=True)
        _print_errors(results, registry_errors)
        sys.exit(EXIT_ERROR if _has_errors(results, registry_errors) else EXIT_OK)

    if diff:
        changed = _print_diffs(results)
        _print_errors(results, registry_errors)
        sys.exit(EXIT_ERROR if _has_errors(results, registry_errors) else EXIT_FINDINGS if changed else EXIT_OK)

    rules = {}
    for config in configs.loaded():
        rules.update(linter.registry_for(config).rules)
    target = sys.stderr if stdout_text is not None else sys.stdout
    report = Report(
        results, rules, color=not output_file and _use_color(target), statistics=statistics, quiet=quiet, errors=registry_errors
    )
    rendered = FORMATS[output_format](report)
    if output_file:
        write_atomically(output_file, rendered.encode("utf-8"))
    else:
        target.write(rendered)
    plain = Report(results, rules, statistics=statistics, quiet=quiet, errors=registry_errors)
    for extra_format, extra_file in reports:
        try:
            write_atomically(extra_file, FORMATS[extra_format](plain).encode("utf-8"))
        except OSError as error:
            registry_errors.append(f"cannot write report {extra_file}: {error.strerror or error}")
    if stdout_text is not None:
        sys.stdout.write(stdout_text)
    if output_format not in ("github",):
        _print_errors(results, registry_errors)
    level = fail_on or _configured_fail_level(configs, results) or "error"
    sys.exit(_exit_code(results, registry_errors, level))


def _configured_fail_level(configs: ConfigResolver, results: list[FileResult]) -> str | None:
    levels = [configs.for_path(r.path).fail_on for r in results if r.path != "-"]
    levels = [level for level in levels if level]
    return levels[0] if levels else None


def _exit_code(results: list[FileResult], registry_errors: list[str], level: str) -> int:
    if _has_errors(results, registry_errors):
        return EXIT_ERROR
    if level == "never":
        return EXIT_OK
    threshold = Severity.parse(level)
    if any(Severity.parse(f.severity) >= threshold for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def _has_errors(results: list[FileResult], registry_errors: list[str]) -> bool:
    return bool(registry_errors) or any(r.errors for r in results)


def _print_errors(results: list[FileResult], registry_errors: list[str]) -> None:
    for error in registry_errors:
        click.echo(f"newslint: error: {error}", err=True)
    for result in results:
        for error in result.errors:
            click.echo(f"newslint: error: {error}", err=True)


def _fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


# -- fixes --------------------------------------------------------------------------------

def _fix_result(linter: Linter, result: FileResult, unsafe: bool) -> FileResult:
    """Apply fixes until none are left (or a few passes); the last result describes the fixed text."""
    if result.decoded is not None and result.decoded.bad_byte is not None:
        result.errors.append(f"{result.path}: not fixed: the file has bytes that are not {result.decoded.encoding}")
        return result
    original = result.source
    current = result
    for _ in range(_MAX_FIX_PASSES):
        fixed, applied = apply_fixes(current.source, current.findings, include_unsafe=unsafe)
        if not applied or fixed == current.source:
            break
        current = linter.lint_text(result.path, fixed, decoded=result.decoded)
    current.original_source = original
    return current


def _fix_file(linter: Linter, result: FileResult, write: bool, unsafe: bool) -> FileResult:
    fixed = _fix_result(linter, result, unsafe)
    original = fixed.original_source
    if write and fixed.source != original and not fixed.errors:
        try:
            write_atomically(Path(result.path), encode(fixed.source, result.decoded))
        except OSError as error:
            fixed.errors.append(f"{result.path}: cannot write fixes: {error.strerror or error}")
    return fixed


def _print_diffs(results: list[FileResult]) -> bool:
    changed = False
    for result in results:
        original = result.original_source
        if original is None or original == result.source:
            continue
        changed = True
        diff = difflib.unified_diff(
            original.splitlines(keepends=True),
            result.source.splitlines(keepends=True),
            fromfile=f"a/{result.path}",
            tofile=f"b/{result.path}",
        )
        for line in diff:
            sys.stdout.write(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return changed


# -- other commands ---------------------------------------------------------------------

@main.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Include the rule directories of this config.")
@click.option("--all", "show_all", is_flag=True, help="Show where each rule is defined.")
def rules(output_format, config_file, show_all) -> None:
    """List every rule: id, category, default severity, on by default, source."""
    registry = _registry(config_file)
    items = registry.sorted_rules()
    if output_format == "json":
        import json

        payload = [
            {
                "id": r.id, "category": r.category, "severity": str(r.severity), "enabled": r.enabled_by_default,
                "source": r.source, "origin": r.origin, "summary": r.summary,
            }
            for r in items
        ]
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        width = max((len(r.id) for r in items), default=10)
        click.echo(f"{'rule':{width}}  {'category':12}  {'severity':8}  {'default':7}  {'source':12}  summary")
        for r in items:
            line = f"{r.id:{width}}  {r.category:12}  {str(r.severity):8}  {'on' if r.enabled_by_default else 'off':7}  {r.source:12}  {r.summary}"
            click.echo(line + (f"  [{r.origin}]" if show_all else ""))
    for error in registry.errors:
        click.echo(f"newslint: error: {error}", err=True)
    sys.exit(EXIT_ERROR if registry.errors else EXIT_OK)


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Include the rule directories of this config.")
def explain(rule_id, config_file) -> None:
    """Show what a rule checks, why, its options and examples."""
    registry = _registry(config_file)
    rule = registry.rules.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, list(registry.rules), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " Run 'newslint rules' for the list."
        _fail(f"unknown rule {rule_id!r}.{hint}")
    lines = [
        f"{rule.id}  ({rule.category}, {rule.severity}, {'on' if rule.enabled_by_default else 'off'} by default)",
        "",
        "What it does",
        f"  {rule.summary}",
        "",
        "Why",
        *(f"  {line}" for line in _wrap(rule.rationale)),
    ]
    if rule.options:
        lines += ["", "Options (config: rules: {" + rule.id + ": {option: value}})"]
        for name, option in sorted(rule.options.items()):
            lines.append(f"  {name} (default {option.default!r}): {option.description}")
    if rule.examples:
        lines += ["", "Examples"]
        for example in rule.examples:
            label = "bad " if example.bad else "good"
            text = example.text.strip().replace("\n", "\n        ")
            lines.append(f"  {label}  {text}")
            if example.fixed is not None:
                lines.append(f"  fixed {example.fixed.strip()}")
    lines += ["", f"Defined in: {rule.origin} ({rule.source})"]
    click.echo("\n".join(lines))


def _wrap(text: str, width: int = 88) -> list[str]:
    import textwrap

    return textwrap.wrap(" ".join(text.split()), width) or [""]


def _registry(config_file: Path | None):
    from newslint.config import load_config
    from newslint.engine.registry import load_registry

    try:
        rule_dirs = tuple(load_config(config_file).rule_dirs) if config_file else ()
    except ConfigError as error:
        _fail(str(error))
    return load_registry(rule_dirs)


STARTER_CONFIG = """\
# newslint configuration. Every key is optional; this file shows the defaults
# and the most common changes. Docs: README.md, section "Configuration".

# Which rules run. Selectors are rule ids (casing/lowercase-name), id prefixes
# (casing/), categories (casing) or "all".
# select: [all]                 # replace the default set
extend-select: []               # add rules that are off by default
ignore: []                      # rules you never want

# Per-rule severity (error, warning or info).
severity: {}
#   readability: info

# Exit with status 1 when a finding is at or above this level (or "never").
fail-on: error
# Do not report findings below this level.
min-severity: info

# Spelling dialect: en-US or en-GB (also en-AU, en-CA, en-IN).
dialect: en-US

# Words your newsroom uses that a dictionary does not know, and words to flag.
vocabulary:
  accept: []
  reject: []

# Extra YAML rule packs: folders of <category>/<rule-name>.yaml files.
rule-dirs: []

# Rule options, by full rule id; `newslint explain RULE` lists a rule's options.
rules: {}

# Different settings for some files (globs relative to this file).
overrides: []
#  - files: ["archive/**"]
#    ignore: [readability]

# Paths never linted when walking directories.
exclude: []

# Files larger than this are skipped with a message.
max-file-size: 10MB
"""


@main.command()
@click.option("--force", is_flag=True, help="Overwrite an existing .newslint.yaml.")
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
def init(force, directory) -> None:
    """Write a commented starter .newslint.yaml."""
    target = directory / ".newslint.yaml"
    if target.exists() and not force:
        _fail(f"{target} already exists (use --force to overwrite)")
    try:
        directory.mkdir(parents=True, exist_ok=True)
        write_atomically(target, STARTER_CONFIG.encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {target}: {error.strerror or error}")
    click.echo(f"Wrote {target}")
