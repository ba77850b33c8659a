"""The ``newslint`` command: check, rules, explain, init (``check`` itself lives in check_command)."""

from __future__ import annotations

import difflib
import sys
from pathlib import Path

import click

from newslint import __version__
from newslint.config import FAIL_LEVELS, ConfigError
from newslint.engine.rule import option_key
from newslint.output import FORMAT_NAMES

EXIT_OK, EXIT_ERROR = 0, 2


def _fail(message: str) -> None:
    click.echo(f"newslint: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """A content-quality linter for published news."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option("--format", "output_format", type=click.Choice(FORMAT_NAMES), default="text", show_default=True, help="Report format.")
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
@click.option("--trust-config", is_flag=True, envvar="NEWSLINT_TRUST_CONFIG",
              help="Let configs found beside the articles start LanguageTool, send text to a LanguageTool URL or use rule packs outside their project (a --config file always may).")
@click.option("--stdin-filename", help="The name to give the article read from '-' (sets format and config).")
@click.option("--statistics", is_flag=True, help="Show the number of findings per rule.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no source excerpts, no summary, no progress.")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), help="Hide findings recorded in this baseline file.")
@click.option("--write-baseline", "write_baseline_file", type=click.Path(dir_okay=False, path_type=Path), help="Record every current finding in FILE and exit 0.")
@click.option("--max-file-size", help="Skip files larger than this (e.g. 20MB). [default: 10MB]")
@click.option("--time-budget", type=float, metavar="SECONDS", help="Seconds of rules per file; when they run out, the remaining rules are skipped and the file is reported as checked only partly (exit 2). [default: 60]")
@click.option("--respect-gitignore/--no-respect-gitignore", default=True, help="When walking directories, leave out what .gitignore and .ignore files ignore. [default: respect]")
@click.option("--force-exclude/--no-force-exclude", default=False, help="Apply 'exclude' and .gitignore to files named on the command line too (for pre-commit).")
@click.option("--strict-engines", is_flag=True, help="Exit 2 when a configured optional engine (LanguageTool) cannot be used.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), help="Worker processes. [default: the number of CPUs]")
@click.option("--no-cache", is_flag=True, help="Lint every article even if it has not changed.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), help="Where to keep results of unchanged articles. [default: .newslint_cache]")
@click.option("--jsonl-text-field", default="text", show_default=True, help="In .jsonl collections: the field holding the article text.")
@click.option("--jsonl-id-field", default="id", show_default=True, help="In .jsonl collections: the field identifying a record.")
@click.option("--jsonl-title-field", help="In .jsonl collections: the field holding the headline (read as metadata).")
@click.option("--jsonl-metadata-field", multiple=True, help="In .jsonl collections: more fields to read as metadata (repeatable).")
@click.option("--dask-scheduler", metavar="ADDRESS", help="Lint on a Dask cluster (tcp://host:8786); needs newslint[dask].")
def check(**options) -> None:
    """Lint articles: files, directories (recursively), .jsonl collections, or '-' for standard input."""
    from newslint.check_command import run_check

    sys.exit(run_check(**options))


# -- other commands ---------------------------------------------------------------------

@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback unless you say otherwise).")
@click.option("--port", default=8081, show_default=True, type=click.IntRange(0, 65535), help="Port (8081: where LanguageTool clients look for a local server).")
@click.option("--token", envvar="NEWSLINT_SERVE_TOKEN", help="Require 'Authorization: Bearer TOKEN' on every request but /health. [env: NEWSLINT_SERVE_TOKEN]")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True, path_type=Path), help="The config for requests that bring none (default: newslint's defaults).")
@click.option("--max-body", default="1MB", show_default=True, help="Refuse larger requests with 413.")
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1), help="Seconds a request may take before it is answered 504.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1), help="Linting threads.")
@click.option("--queue", default=64, show_default=True, type=click.IntRange(min=0), help="Requests that may wait for a thread before new ones get 503.")
@click.option("--processes", default=1, show_default=True, type=click.IntRange(min=1), help="Server processes, each with warm engines and its own threads (one per CPU for throughput).")
def serve(host, port, token, config_file, max_body, timeout, workers, queue, processes) -> None:
    """Serve newslint over HTTP: a JSON API (/v1) and LanguageTool's (/v2). Needs newslint[serve]."""
    try:
        from newslint.serve import Limits, run
    except ImportError as error:
        _fail(f"newslint serve needs the 'serve' extra: pip install 'newslint[serve]' ({error})")
    from newslint.config import parse_size

    try:
        max_bytes = parse_size(max_body)
    except ValueError as error:
        _fail(f"--max-body: {error}")
    if host not in ("127.0.0.1", "localhost", "::1") and not token:
        click.echo(f"newslint: warning: listening on {host} without --token: anyone who can reach it can use it", err=True)
    limits = Limits(max_bytes=max_bytes, timeout=timeout, workers=workers, queue=queue, token=token or None)
    try:
        run(host, port, limits, config_file, processes)
    except ConfigError as error:
        _fail(str(error))


@main.command()
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default and only transport; editors often pass it).")
@click.option("--trust-config", is_flag=True, envvar="NEWSLINT_TRUST_CONFIG",
              help="Let configs found in the workspace start LanguageTool, send text to a LanguageTool URL or use rule packs outside their project.")
def lsp(stdio, trust_config) -> None:
    """Run the language server for editors (Markdown, plain text, HTML). Needs newslint[lsp]."""
    try:
        from newslint.lsp import run as run_lsp
    except ImportError as error:
        _fail(f"newslint lsp needs the 'lsp' extra: pip install 'newslint[lsp]' ({error})")
    run_lsp(trust_config)


@main.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
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
    elif output_format == "markdown":
        click.echo(rules_markdown(items), nl=False)
    else:
        width = max((len(r.id) for r in items), default=10)
        click.echo(f"{'rule':{width}}  {'category':12}  {'severity':8}  {'default':7}  {'source':12}  summary")
        for r in items:
            line = f"{r.id:{width}}  {r.category:12}  {str(r.severity):8}  {'on' if r.enabled_by_default else 'off':7}  {r.source:12}  {r.summary}"
            click.echo(line + (f"  [{r.origin}]" if show_all else ""))
    for error in registry.errors:
        click.echo(f"newslint: error: {error}", err=True)
    sys.exit(EXIT_ERROR if registry.errors else EXIT_OK)


def rules_markdown(items) -> str:
    """The rule table of the README, category by category."""
    lines = ["| rule | severity | default | what it reports |", "|---|---|---|---|"]
    for r in items:
        summary = r.summary.replace("|", "\\|")
        lines.append(f"| `{r.id}` | {r.severity} | {'on' if r.enabled_by_default else 'off'} | {summary} |")
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("rule_id")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Include the rule directories of this config.")
def explain(rule_id, config_file) -> None:
    """Show what a rule checks, why, its options and examples."""
    registry = _registry(config_file)
    rule = registry.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, registry.ids, n=3)
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
            lines.append(f"  {option_key(name)} (default {option.default!r}): {option.description}")
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

# Seconds of rules per file; past them the remaining rules are skipped with a message.
time-budget: 60
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
        from newslint.engine.fixes import write_atomically

        write_atomically(target, STARTER_CONFIG.encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {target}: {error.strerror or error}")
    click.echo(f"Wrote {target}")


@main.command()
@click.option("--cache-dir", type=click.Path(path_type=Path), help="The cache to remove. [default: .newslint_cache, or NEWSLINT_CACHE_DIR]")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Remove the cache this config's cache-dir names (default: the config found here).")
def clean(cache_dir, config_file) -> None:
    """Remove the cache of results that `newslint check` keeps here (as `ruff clean` does)."""
    from newslint.config import find_config, load_config
    from newslint.engine.cache import default_cache_dir, remove_cache

    if cache_dir is None:
        found = config_file or find_config(Path.cwd())
        try:
            config = load_config(found, trusted=config_file is not None) if found else None
        except ConfigError as error:
            _fail(f"{error} (name the cache with --cache-dir)")
        cache_dir = config.root / config.cache_dir if config and config.cache_dir else None
    directory = cache_dir or default_cache_dir()
    try:
        removed = remove_cache(directory)
    except ValueError as error:
        _fail(str(error))
    except OSError as error:
        _fail(f"cannot remove {directory}: {error.strerror or error}")
    if removed is None:
        click.echo(f"No cache at {directory}.")
    else:
        from newslint.files import describe_size

        click.echo(f"Removed {directory} ({describe_size(removed)}).")
