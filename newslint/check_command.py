"""``newslint check``: collect articles, lint them (in parallel), stream the report.

Exit codes: 0 when nothing is at or above the fail level, 1 when something
is, 2 for a usage, config or I/O error (after linting everything that could
be linted).
"""

from __future__ import annotations

import difflib
import os
import sys
import time
from pathlib import Path
from typing import Iterator

import click

from newslint.batch import Article, RunOptions, default_jobs, lint_all
from newslint.distributed import ClusterUnavailable
from newslint.config import SEVERITIES, ConfigError, Selection, parse_size
from newslint.engine.baseline import write_baseline
from newslint.engine.cache import default_cache_dir
from newslint.engine.rule import Severity
from newslint.engine.runner import ConfigResolver, FileResult
from newslint.files import PathProblem, collect_files
from newslint.jsonl import JsonlFields, count_jsonl, is_collection, read_jsonl
from newslint.output import FORMAT_NAMES
from newslint.output.report import Report, Totals
from newslint.output.sinks import Sink

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
#: Formats given every result at the end that read the articles' texts (FileResult.source); the others
#: need findings only (html reads the text back from disk; text is printed as each file is linted),
#: so the run keeps no article's text for them.
_READS_TEXT = {"rdjson"}


class UsageFailure(Exception):
    """A problem with the command line, config or baseline: message, exit 2."""


def run_check(**o) -> int:
    try:
        return _Check(o).run()
    except UsageFailure as failure:
        click.echo(f"newslint: error: {failure}", err=True)
        return EXIT_ERROR


class _Check:
    def __init__(self, o: dict) -> None:
        self.o = o
        if o["config_file"] and o["no_config"]:
            raise click.UsageError("--config and --no-config cannot be used together")
        if o["fix"] and o["diff"]:
            raise click.UsageError("use --fix or --diff, not both")
        paths = o["paths"] or (".",)
        if "-" in paths and len(paths) > 1:
            raise click.UsageError("'-' (standard input) cannot be combined with other paths")
        self.paths = paths
        self.stdin = paths == ("-",)
        self.reports = _extra_reports(o["extra_reports"])
        mode = "diff" if o["diff"] else ("stdout" if self.stdin else "fix") if o["fix"] else "none"
        try:
            self.options = RunOptions(
                config_file=o["config_file"],
                use_config_files=not o["no_config"],
                trust_config=o["trust_config"],
                selection=Selection(
                    select=_split(o["select"]) or None,
                    extend_select=_split(o["extend_select"]),
                    ignore=_split(o["ignore"]),
                    severity=_severity_overrides(o["severity"]),
                ),
                baseline_file=o["baseline_file"],
                max_file_size=_max_file_size(o["max_file_size"]),
                time_budget=_time_budget(o["time_budget"]),
                fix=mode,
                unsafe_fixes=o["unsafe_fixes"],
            )
            self.linter = self.options.build_linter()  # reads the config and baseline: errors surface now
            if not o["no_cache"]:
                # the cache's place may come from the config just read
                configured = None if o["cache_dir"] else self.linter.configs.cache_dir()
                self.options.cache_dir = o["cache_dir"] or configured or default_cache_dir()
                self.linter = self.options.build_linter()  # (a NEWSLINT_CACHE_MAX_SIZE that is not a size: ValueError)
        except (ConfigError, ValueError, OSError) as error:
            raise UsageFailure(str(error)) from None
        self.jobs = o["jobs"] or default_jobs()
        self.jsonl = JsonlFields(o["jsonl_text_field"], o["jsonl_id_field"], o["jsonl_title_field"], list(o["jsonl_metadata_field"]))
        self.problems: list[PathProblem] = []
        self.warnings: list[str] = []  # printed on stderr; they do not change the exit code

    # -- articles --------------------------------------------------------------------------

    def articles(self) -> tuple[Iterator[Article], int]:
        """The articles to lint (lazily) and how many there are, for the progress bar."""
        configs = self.linter.configs

        def excluded(path: str) -> str | None:
            config = configs.for_path(path)
            return f"by 'exclude' in {config.path}" if config.is_excluded(path) else None

        files, problems = collect_files(
            list(self.paths),
            None if self.o["no_config"] else excluded,
            collections=True,
            respect_gitignore=self.o["respect_gitignore"],
            force_exclude=self.o["force_exclude"],
        )
        for problem in problems:
            if problem.level == "warning":
                self.warnings.append(problem.message)
            else:
                self.problems.append(problem)
        total = sum(count_jsonl(path) if is_collection(path) else 1 for path in files)

        def generate() -> Iterator[Article]:
            for path in files:
                self.linter.check_config(configs.for_path(path))  # a bad config stops the run here, once
                if is_collection(path):
                    for item in read_jsonl(path, self.jsonl):
                        if isinstance(item, PathProblem):
                            self.problems.append(item)
                        else:
                            yield item
                else:
                    yield Article(path)

        return generate(), total

    # -- run -------------------------------------------------------------------------------

    def run(self) -> int:
        o = self.o
        target = sys.stderr if self.stdin and o["fix"] else sys.stdout
        # --diff and --write-baseline print no report: they need every result (with its text, for --diff);
        # so does fixed standard input (one article)
        whole_run = bool(o["diff"] or o["write_baseline_file"] or self.stdin)
        totals = Totals()  # the counts every report's summary reads
        sinks = [] if o["diff"] or o["write_baseline_file"] else self._sinks(target, totals)
        keep_text = o["diff"] or self.stdin or any(s.collects and s.name in _READS_TEXT for s in sinks)
        tally = _Tally(self.linter.configs)
        kept: list[FileResult] = []

        def take(result: FileResult) -> None:
            totals.add(result)
            tally.add(result)
            for sink in sinks:
                sink.add(result)
            if not keep_text:
                result.source = result.decoded = None  # a flat parent over an archive of any size
            if whole_run:
                kept.append(result)

        try:
            for result in self._results():
                take(result)
        except ConfigError as error:
            raise UsageFailure(str(error)) from None
        except ClusterUnavailable as error:
            raise UsageFailure(str(error)) from None
        for problem in self.problems:
            take(FileResult(problem.path, errors=[problem.message]))
        for warning in [*self.warnings, *tally.warnings]:
            click.echo(f"newslint: warning: {warning}", err=True)

        errors = sorted({e for config in self.linter.configs.loaded() for e in self.linter.registry_for(config).errors})
        for notice in tally.notices:
            click.echo(f"newslint: {'error' if o['strict_engines'] else 'warning'}: {notice}", err=True)
        if o["strict_engines"] and tally.notices:
            errors.append("an optional engine could not be used (--strict-engines)")

        if o["write_baseline_file"]:
            try:
                count = write_baseline(o["write_baseline_file"], [f for r in kept for f in r.findings])
            except OSError as error:
                raise UsageFailure(f"cannot write the baseline {o['write_baseline_file']}: {error.strerror or error}") from None
            click.echo(f"Wrote {count} finding(s) to {o['write_baseline_file']}.", err=True)
            _print_errors(tally.errors, errors)
            return EXIT_ERROR if tally.errors or errors else EXIT_OK
        if o["diff"]:
            changed = _print_diffs(kept)
            _print_errors(tally.errors, errors)
            return EXIT_ERROR if tally.errors or errors else EXIT_FINDINGS if changed else EXIT_OK

        rules = {}
        if any(sink.name == "sarif" for sink in sinks):
            for config in self.linter.configs.loaded():  # SARIF describes every rule: import them all
                rules.update(self.linter.registry_for(config).rules)
        level = o["fail_on"] or tally.fail_level() or "error"
        for number, sink in enumerate(sinks):
            sink.report.rules, sink.report.errors, sink.report.fail_on = rules, errors, level
            try:
                sink.finish()
            except OSError as error:
                if not isinstance(sink.destination, Path):
                    raise
                what = "the report" if number == 0 else "report"  # (the --format report comes first)
                errors.append(f"cannot write {what} {sink.destination}: {error.strerror or error}")
        if self.stdin and o["fix"] and kept and kept[0].source is not None:
            sys.stdout.write(kept[0].source)
        if o["output_format"] != "github" or o["output_file"]:
            _print_errors(tally.errors, errors)
        return _exit_code(totals, tally, errors, level)

    def _sinks(self, target, totals: Totals) -> list[Sink]:
        """The --format report (first) and the --report ones; text is printed as each file is linted."""
        o = self.o
        live = not o["output_file"] and not (self.stdin and o["fix"])
        color = live and o["output_format"] == "text" and _use_color(target)
        main = Report(color=color, statistics=o["statistics"], quiet=o["quiet"], totals=totals)
        sinks = [Sink(o["output_format"], main, Path(o["output_file"]) if o["output_file"] else target, live=live)]
        for name, file in self.reports:
            sinks.append(Sink(name, Report(statistics=o["statistics"], quiet=o["quiet"], totals=totals), file))
        return sinks

    def _results(self) -> Iterator[FileResult]:
        if self.stdin:
            name = self.o["stdin_filename"] or "-"
            config = self.linter.configs.for_path(name if self.o["stdin_filename"] else "stdin.txt")
            result = self.linter.lint_bytes(name, sys.stdin.buffer.read(), config=config)
            if self.o["fix"] or self.o["diff"]:
                from newslint.batch import fix_result

                result = fix_result(self.linter, result, self.o["unsafe_fixes"])
            yield result
            return
        articles, total = self.articles()
        progress = _Progress(total, enabled=not self.o["quiet"] and sys.stderr.isatty())
        if self.o["dask_scheduler"]:
            from newslint.distributed import lint_on_cluster

            results = lint_on_cluster(self.o["dask_scheduler"], articles, self.options)
        else:
            results = lint_all(articles, self.options, self.jobs, linter=self.linter)
        try:
            for result in results:
                progress.advance()
                yield result
        finally:
            progress.close()


class _Progress:
    """A one-line progress counter on stderr for long runs on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.done = 0
        self.enabled = enabled and total >= 50
        self.started = time.monotonic()
        self.shown = 0.0

    def advance(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.2 and now - self.started > 1.0:
            rate = self.done / (now - self.started)
            sys.stderr.write(f"\rnewslint: {self.done}/{self.total} articles, {rate:.0f}/s ")
            sys.stderr.flush()
            self.shown = now

    def close(self) -> None:
        if self.enabled and self.shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


# -- helpers ------------------------------------------------------------------------------------


def _max_file_size(value: str | None) -> int | None:
    if not value:
        return None
    size = parse_size(value)
    if size <= 0:
        raise ValueError(f"--max-file-size must be more than 0, not {value!r}")
    return size


def _time_budget(value: float | None) -> float | None:
    if value is not None and not value > 0:
        raise ValueError(f"--time-budget must be more than 0 seconds, not {value!r}")
    return value


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
        if not sep or name not in FORMAT_NAMES or not file:
            raise click.BadParameter(f"{value!r}: expected FORMAT=FILE with FORMAT one of {', '.join(FORMAT_NAMES)}", param_hint="--report")
        reports.append((name, Path(file)))
    return reports


def _use_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


class _Tally:
    """What the end of a run needs of each result, kept as the results go by (never the results)."""

    def __init__(self, configs: ConfigResolver) -> None:
        self.configs = configs
        self.warnings: list[str] = []
        self.notices: dict[str, None] = {}  # each once, in the order they came
        self.errors: list[str] = []  # the files' problems: exit 2
        self._configured: str | None = None

    def add(self, result: FileResult) -> None:
        self.warnings.extend(result.warnings)
        self.notices.update(dict.fromkeys(result.notices))
        self.errors.extend(result.errors)
        # the fail level of the first existing file's config that sets one
        if self._configured is None and result.path != "-" and Path(result.path).exists():
            self._configured = self.configs.for_path(result.path).fail_on or None

    def fail_level(self) -> str | None:
        explicit = self.configs.explicit
        return self._configured or (explicit.fail_on if explicit else None)


def _exit_code(totals: Totals, tally: _Tally, errors: list[str], level: str) -> int:
    if errors or tally.errors:
        return EXIT_ERROR
    if level == "never":
        return EXIT_OK
    threshold = Severity.parse(level)
    if any(count and Severity.parse(severity) >= threshold for severity, count in totals.by(1).items()):
        return EXIT_FINDINGS
    return EXIT_OK


def _print_errors(file_errors: list[str], errors: list[str]) -> None:
    for error in [*errors, *file_errors]:
        click.echo(f"newslint: error: {error}", err=True)


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

