"""Linting one article: read, decode, parse, run the active rules, place findings.

One bad file never stops the others: everything that goes wrong with a file
(missing, unreadable, binary, too large, a rule that crashed) becomes a
message in :attr:`FileResult.errors` and the run goes on.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newslint.config import Config, ConfigError, Selection, find_config, load_config
from newslint.document.model import Document, MetaField, ParseProblem
from newslint.engine.baseline import Baseline, fingerprint_findings
from newslint.engine.cache import ResultCache, finding_to_cache
from newslint.engine import deadline
from newslint.engine.context import RawFinding, RuleContext
from newslint.engine.finding import Finding, Fix
from newslint.engine.registry import Registry, load_registry
from newslint.engine.rule import Severity
from newslint.engine.selection import ActiveRule, candidate_ids, option_errors, resolve
from newslint.engine.suppressions import audit_suppressions, find_suppressions, is_suppressed
from newslint.files import Unreadable, read_article
from newslint.frontends import parse_document
from newslint.frontends.decoding import Decoded, decode, looks_binary

UNREADABLE_ENCODING = "metadata/unreadable-encoding"


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    #: Problems with the file or the run, not with the article: printed on stderr, exit 2.
    errors: list[str] = field(default_factory=list)
    #: Notes about optional engines (unreachable server…): printed once, exit 2 only with --strict-engines.
    notices: list[str] = field(default_factory=list)
    words: int = 0
    metrics: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    decoded: Decoded | None = None
    hidden_by_baseline: int = 0
    #: The text before fixes, when --fix or --diff changed ``source``.
    original_source: str | None = None
    #: The record id when the article came from a JSON Lines collection.
    record: str | None = None
    #: Where that record sits in its file (newslint.jsonl.RecordPlace): reports place findings on its line.
    place: Any = None
    cached: bool = False
    #: False when the file was skipped (missing, binary, too large…): it is not counted as linted.
    linted: bool = False
    #: Things done differently than asked that are not failures (a fix left out): printed on stderr.
    warnings: list[str] = field(default_factory=list)

    @property
    def location(self) -> str:
        return f"{self.path}#{self.record}" if self.record is not None else self.path


class ConfigResolver:
    """The config for each file: ``--config``, ``--no-config``, or the nearest config file."""

    def __init__(self, explicit: Path | None = None, use_files: bool = True, trust_found: bool = False) -> None:
        self.explicit = load_config(explicit) if explicit else None  # named on the command line: trusted
        self.use_files = use_files
        self.trust_found = trust_found
        self._by_file: dict[Path, Config] = {}
        #: each folder's nearest config, looked up once per run (not ~57 stat calls per article)
        self._by_folder: dict[Path, Path | None] = {}
        self._default = Config()

    def for_path(self, path: str) -> Config:
        if self.explicit is not None:
            return self.explicit
        if not self.use_files:
            return self._default
        return self.for_folder(Path(path).parent if path else Path.cwd())

    def for_folder(self, folder: Path) -> Config:
        """The config of the articles in ``folder``."""
        if self.explicit is not None:
            return self.explicit
        if not self.use_files:
            return self._default
        if folder not in self._by_folder:
            self._by_folder[folder] = find_config(folder)
        found = self._by_folder[folder]
        if found is None:
            return self._default
        if found not in self._by_file:
            self._by_file[found] = load_config(found, trusted=self.trust_found)
        return self._by_file[found]

    def cache_dir(self) -> Path | None:
        """``cache-dir`` of ``--config``, else of the config found for the current folder, relative to its file."""
        config = self.for_folder(Path.cwd())
        return config.root / config.cache_dir if config.cache_dir else None

    def loaded(self) -> list[Config]:
        """Every config used so far."""
        if self.explicit is not None:
            return [self.explicit]
        return [self._default, *self._by_file.values()]


class Linter:
    """Lints articles with a config resolver and command-line selection layered on top."""

    def __init__(
        self,
        configs: ConfigResolver | None = None,
        cli_selection: Selection | None = None,
        baseline: Baseline | None = None,
        max_file_size: int | None = None,
        cache: ResultCache | None = None,
        time_budget: float | None = None,
    ) -> None:
        self.configs = configs or ConfigResolver(use_files=False)
        #: seconds of parsing and rules per file (--time-budget); None: each file's config says
        self.time_budget = time_budget
        self.cli_selection = cli_selection or Selection()
        self.baseline = baseline
        self.max_file_size = max_file_size
        self.cache = cache
        self._checked: set[int] = set()
        self._active_cache: dict[tuple[int, tuple[int, ...]], tuple[list[ActiveRule], str]] = {}

    # -- configuration -------------------------------------------------------------------

    def registry_for(self, config: Config) -> Registry:
        return load_registry(tuple(config.rule_dirs))

    def check_config(self, config: Config) -> Registry:
        """Load the registry for ``config`` and check its rule references (once)."""
        registry = self.registry_for(config)
        if id(config) not in self._checked:
            config.check_rule_references(registry.known_selector)
            layers = [config.selection, *(o.selection for o in config.overrides)]
            for message, line in option_errors(registry, layers):
                raise ConfigError(message, config.path, line)
            for selector in self._cli_selectors():
                if not registry.known_selector(selector):
                    raise ConfigError(f"no rule matches {selector!r} (given on the command line)")
            self._checked.add(id(config))
        return registry

    def _cli_selectors(self) -> list[str]:
        cli = self.cli_selection
        return [*(cli.select or []), *cli.extend_select, *cli.ignore, *cli.severity]

    def active_rules(self, path: str, config: Config) -> list[ActiveRule]:
        return self._active(path, config)[0]

    def _active(self, path: str, config: Config) -> tuple[list[ActiveRule], str]:
        """The rules in effect for ``path`` and a fingerprint of them (for the cache)."""
        registry = self.check_config(config)
        layers = config.selections_for(path)
        key = (id(config), tuple(id(layer) for layer in layers))
        if key not in self._active_cache:
            every = [*layers, self.cli_selection]
            active = resolve(registry.load(candidate_ids(registry.ids, every)), every)
            identity = ""
            if self.cache is not None:  # the fingerprint stats every rule file: only when caching
                settings = [(a.rule.id, str(a.severity), a.options) for a in active]
                identity = ResultCache("").key(
                    [registry.fingerprint, settings, config.min_severity, config.dialect, config.accept, config.reject, config.languagetool]
                )
            self._active_cache[key] = (active, identity)
        return self._active_cache[key]

    # -- linting -------------------------------------------------------------------------

    def lint_file(self, path: str, display_path: str | None = None) -> FileResult:
        """Lint the file at ``path``, reported as ``display_path`` (default: ``path``)."""
        shown = display_path or path
        result = FileResult(shown)
        config = self.configs.for_path(path)
        limit = self.max_file_size if self.max_file_size is not None else config.max_file_size
        try:
            data = read_article(path, limit)
        except Unreadable as problem:
            result.errors.append(f"{shown}: {problem}")
            return result
        return self.lint_bytes(shown, data, config=config, result=result)

    def lint_bytes(
        self, path: str, data: bytes, fmt: str | None = None, config: Config | None = None, result: FileResult | None = None
    ) -> FileResult:
        result = result or FileResult(path)
        if looks_binary(data):
            result.errors.append(f"{path}: skipped: binary file (contains NUL bytes), not an article")
            return result
        decoded = decode(data)
        return self.lint_text(path, decoded.text, fmt=fmt, config=config, result=result, decoded=decoded)

    def lint_text(
        self,
        path: str,
        text: str,
        fmt: str | None = None,
        config: Config | None = None,
        result: FileResult | None = None,
        decoded: Decoded | None = None,
        metadata: dict[str, Any] | None = None,
        record: str | None = None,
    ) -> FileResult:
        """Lint ``text`` as the article at ``path`` (``record`` inside a collection).

        ``metadata`` (a JSON Lines record's title, date…) fills ``doc.metadata``
        where the article itself has no such field.
        """
        started = time.perf_counter()
        result = result or FileResult(path)
        result.record = record
        config = config or self.configs.for_path(path)
        result.source = text
        result.decoded = decoded
        active, rules_key = self._active(path, config)
        bad_byte = decoded.bad_byte if decoded is not None else None
        cache_key = None
        if self.cache is not None:
            cache_key = self.cache.key(rules_key, path, record, fmt, metadata, bad_byte, text)
            cached = self.cache.restore(cache_key, path, record)
            if cached is not None:
                result.findings, result.words, metrics = cached
                result.metrics.update(metrics)
                result.cached = result.linted = True
                self._apply_baseline(result)
                return result
        try:
            doc = parse_document(path, text, fmt)
        except Exception as error:  # a front-end bug must not stop the run
            result.errors.append(f"{path}: cannot parse: {type(error).__name__}: {error}")
            return result
        for name, value in (metadata or {}).items():
            doc.metadata.setdefault(name.lower(), MetaField(value))
        if bad_byte is not None:
            doc.problems.append(
                ParseProblem(UNREADABLE_ENCODING, decoded.bad_char, decoded.bad_char + 1, decoded.bad_reason)
            )
        result.words = doc.word_count
        result.linted = True
        budget = self.time_budget if self.time_budget is not None else config.time_budget
        self._run_rules(doc, active, config, result, started + budget, budget)
        for finding in result.findings:
            finding.record = record
        if cache_key is not None and not result.errors and not result.notices:
            self.cache.store(
                cache_key,
                {"findings": [finding_to_cache(f) for f in result.findings], "words": result.words, "metrics": result.metrics},
            )
        self._apply_baseline(result)
        return result

    def _apply_baseline(self, result: FileResult) -> None:
        if self.baseline is None:
            return
        kept = [f for f in result.findings if not self.baseline.is_known(f)]
        result.hidden_by_baseline += len(result.findings) - len(kept)
        result.findings = kept

    def _run_rules(
        self, doc: Document, active: list[ActiveRule], config: Config, result: FileResult,
        stop_at: float = float("inf"), budget: float | None = None,
    ) -> None:
        raw: list[RawFinding] = []
        # the deadline covers the rules only: placing and filtering what they found is never cut short
        with deadline.until(stop_at):
            for index, entry in enumerate(active):
                if deadline.passed():
                    result.errors.append(_partly(doc, budget, f"before rule {entry.rule.id}", len(active) - index))
                    break
                ctx = RuleContext(doc, entry.rule, entry.options, config, raw, result.metrics, result.notices)
                try:
                    entry.rule.check(doc, ctx)
                except deadline.BudgetSpent:  # a long loop inside the rule saw the deadline pass
                    where = f"during rule {entry.rule.id} (its findings so far are kept)"
                    result.errors.append(_partly(doc, budget, where, len(active) - index - 1))
                    break
                except Exception as error:
                    result.errors.append(
                        f"{doc.path}: rule {entry.rule.id} failed: {type(error).__name__}: {error} (other rules still ran)"
                    )
        _protect_quotations(doc, raw)
        by_id = {entry.rule.id: entry for entry in active}
        minimum = Severity.parse(config.min_severity)
        suppressions = find_suppressions(doc.source, doc.lines)
        # the comments themselves: unknown rules named, suppressions that hide nothing (suppression/…)
        raw.extend(audit_suppressions(doc, suppressions, raw, by_id, self.registry_for(config)))
        findings = []
        for item in raw:
            rule_id = item.rule.id
            entry = by_id[rule_id]
            severity = entry.severity
            if item.severity is not None and not entry.severity_overridden:
                severity = item.severity
            if severity < minimum:
                continue
            line, column = doc.position(item.src_start)
            end_line, end_column = doc.position(max(item.src_end, item.src_start))
            if is_suppressed(suppressions, rule_id, line):
                continue
            findings.append(
                Finding(
                    path=doc.path,
                    rule=rule_id,
                    category=item.rule.category,
                    severity=str(severity),
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                    message=item.message,
                    fix=item.fix,
                    src_start=item.src_start,
                    src_end=item.src_end,
                    related=item.related,
                )
            )
        findings = _deduplicate(sorted(findings, key=Finding.sort_key))
        fingerprint_findings(findings, doc.source)
        result.findings.extend(findings)


def _partly(doc: Document, budget: float | None, where: str, skipped: int) -> str:
    """The message of a file whose time budget ran out ``where`` ("before rule X", "during rule X")."""
    return (
        f"{doc.path}: checked only partly: the {budget:g} s time budget ran out {where}; "
        f"{skipped} rule{'s' if skipped != 1 else ''} skipped (time-budget, --time-budget)"
    )


def _deduplicate(findings: list[Finding]) -> list[Finding]:
    result: list[Finding] = []
    seen: set[tuple[Any, ...]] = set()
    for finding in findings:
        key = (finding.rule, finding.src_start, finding.src_end, finding.message)
        if key not in seen:
            seen.add(key)
            result.append(finding)
    return result


def _protect_quotations(doc: Document, raw: list[RawFinding]) -> None:
    """A fix that edits the words inside a direct quotation (or a blockquote) is only a suggestion.

    A desk never silently changes what a person said: the finding stays, its
    fix becomes unsafe (shown, applied only with --unsafe-fixes). Replacing
    the quote marks themselves is not editing the words.
    """
    if not any(item.fix is not None and item.fix.applicability == "safe" for item in raw):
        return
    spans = sorted(
        [doc.source_span(*quote.inner) for quote in doc.quotes]
        + [doc.source_span(block.start, block.end) for block in doc.blocks if block.kind == "blockquote"]
    )
    if not spans:
        return
    starts = [start for start, _ in spans]
    reach = list(itertools.accumulate((end for _, end in spans), max))  # furthest end among the first i spans

    def quoted(start: int, end: int) -> bool:
        i = bisect.bisect_left(starts, max(end, start + 1))
        return i > 0 and reach[i - 1] > start

    for item in raw:
        if item.fix is None or item.fix.applicability != "safe":
            continue
        places = [(item.src_start, item.src_end), *((r.src_start, r.src_end) for r in getattr(item, "related", ()) if r.replacement is not None)]
        if any(quoted(start, end) for start, end in places):
            if item.related and not quoted(item.src_start, item.src_end):
                # one slip at many places: the fix leaves the quoted ones to the editor and stays safe for the rest
                item.related = tuple(
                    dataclasses.replace(r, replacement=None) if r.replacement is not None and quoted(r.src_start, r.src_end) else r
                    for r in item.related
                )
            else:
                item.fix = Fix(item.fix.replacement, "unsafe")
