"""Linting many articles: files and JSON Lines records, in worker processes, in order.

Each worker process builds its own :class:`Linter` (and, lazily, its own
grammar engine) once; results come back in the order the articles were
given, so ``--jobs 4`` prints exactly what ``--jobs 1`` prints.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from newslint.config import Selection
from newslint.engine.baseline import Baseline
from newslint.engine.cache import ResultCache
from newslint.engine.fixes import FixRefused, apply_fixes, write_fixed
from newslint.engine.runner import ConfigResolver, FileResult, Linter
from newslint.engines import harper
from newslint.frontends.decoding import can_encode, encode

if TYPE_CHECKING:
    from concurrent.futures import Future

MAX_FIX_PASSES = 5
_CHUNK = 8  # articles per task sent to a worker


@dataclass(frozen=True)
class Article:
    """One unit of work: a file to read, or a record of a collection with its text."""

    path: str
    record: str | None = None
    text: str | None = None
    metadata: dict[str, Any] | None = None
    #: Where a worker reads the file when ``path`` (as shown to users) is relative to another machine's cwd.
    read_from: str | None = None
    #: Where a JSON Lines record sits in its file (a newslint.jsonl.RecordPlace), for the reports.
    place: Any = None


@dataclass
class RunOptions:
    """Everything a worker needs to lint like the parent would (picklable)."""

    config_file: Path | None = None
    use_config_files: bool = True
    #: configs found beside the articles may start engines and send text away (--trust-config)
    trust_config: bool = False
    selection: Selection = field(default_factory=Selection)
    baseline_file: Path | None = None
    max_file_size: int | None = None
    #: seconds of rules per file (--time-budget); None: the config's
    time_budget: float | None = None
    cache_dir: Path | None = None
    fix: str = "none"  # "none" | "fix" (write) | "diff" (compute only) | "stdout"
    unsafe_fixes: bool = False

    def build_linter(self) -> Linter:
        configs = ConfigResolver(self.config_file, use_files=self.use_config_files, trust_found=self.trust_config)
        baseline = Baseline(self.baseline_file) if self.baseline_file else None
        cache = ResultCache(self.cache_dir) if self.cache_dir else None
        harper.keep_answers(cache)  # the speller's answers between runs too, when results are cached
        return Linter(configs, self.selection, baseline, self.max_file_size, cache, time_budget=self.time_budget)


def lint_article(linter: Linter, article: Article, options: RunOptions) -> FileResult:
    if article.text is None:
        result = linter.lint_file(article.read_from or article.path, display_path=article.path)
    else:
        result = linter.lint_text(article.path, article.text, fmt="text" if article.record else None, metadata=article.metadata, record=article.record)
        result.place = article.place
    if options.fix != "none" and result.source is not None and article.record is None:
        try:
            result = fix_result(linter, result, options.unsafe_fixes)
            if options.fix == "fix":
                _write_fixes(result, article.read_from or article.path)
        except Exception as error:  # one file's failure never stops the others (or shows a traceback)
            result.errors.append(f"{result.path}: not fixed: {type(error).__name__}: {error}")
    return result


def fix_result(linter: Linter, result: FileResult, unsafe: bool) -> FileResult:
    """Apply fixes until none are left (at most a few passes); the last lint describes the fixed text.

    A fix whose text the file's encoding cannot hold is left out with a
    warning (the finding stays); a fix that brings back text seen in an
    earlier pass (two rules undoing each other) ends the passes, so running
    --fix again changes nothing more.
    """
    if result.decoded is not None and result.decoded.bad_byte is not None:
        result.errors.append(f"{result.path}: not fixed: the file has bytes that are not {result.decoded.encoding}")
        return result
    original = result.source
    current = result
    seen = {original}
    warnings: list[str] = []
    for _ in range(MAX_FIX_PASSES):
        findings = _encodable(current.findings, result.decoded, warnings)
        fixed, applied = apply_fixes(current.source, findings, include_unsafe=unsafe)
        if not applied or fixed in seen:
            break
        seen.add(fixed)
        current = linter.lint_text(result.path, fixed, decoded=result.decoded)
    current.original_source = original
    current.warnings.extend(dict.fromkeys(warnings))
    return current


def _encodable(findings, decoded, warnings: list[str]):
    """The findings whose fix the file's encoding can hold; a warning for each other fix."""
    if decoded is None or decoded.encoding.startswith("utf"):
        return findings
    kept = []
    for finding in findings:
        if finding.fix is not None and not all(can_encode(text, decoded) for _, _, text in finding.edits()):
            warnings.append(
                f"{finding.location}:{finding.line}:{finding.column}: {finding.rule}: fix not applied: "
                f"{finding.fix.replacement!r} cannot be written in {decoded.encoding}, the file's encoding"
            )
            continue
        kept.append(finding)
    return kept


def _write_fixes(result: FileResult, path: str) -> None:
    if result.source == result.original_source or result.errors or result.path == "-":
        return
    try:
        write_fixed(Path(path), encode(result.source, result.decoded))
    except FixRefused as refusal:
        result.errors.append(f"{result.path}: not fixed: {refusal}")
    except OSError as error:
        result.errors.append(f"{result.path}: cannot write fixes: {error.strerror or error}")


# -- workers --------------------------------------------------------------------------------

_WORKER: tuple[Linter, RunOptions] | None = None


def _start_worker(options: RunOptions) -> None:
    global _WORKER
    _WORKER = (options.build_linter(), options)
    from multiprocessing.util import Finalize

    Finalize(None, harper.save_answers, exitpriority=0)  # when the pool shuts the worker down


def _work(articles: list[Article]) -> list[FileResult]:
    linter, options = _WORKER
    results = [lint_article(linter, article, options) for article in articles]
    if options.fix == "none":
        for result in results:
            result.decoded = None  # not needed by the parent: less to send back
    return results


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def lint_all(articles: Iterable[Article], options: RunOptions, jobs: int, linter: Linter | None = None) -> Iterator[FileResult]:
    """Results for ``articles`` in their order, linted in ``jobs`` worker processes."""
    articles = iter(articles)
    first = [article for _, article in zip(range(_CHUNK * 2), articles)]
    if jobs <= 1 or len(first) < 3:
        linter = linter or options.build_linter()
        try:
            for article in itertools.chain(first, articles):  # lazily: a JSON Lines archive never sits in memory
                yield lint_article(linter, article, options)
        finally:
            harper.save_answers()
        return
    # the pool machinery (multiprocessing, pickling) costs ~0.1 s to import: only when there are workers
    from concurrent.futures import ProcessPoolExecutor

    chunks = _chunks(itertools.chain(first, articles))
    in_flight: deque[Future[list[FileResult]]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(options,)) as pool:
        for chunk in chunks:
            in_flight.append(pool.submit(_work, chunk))
            if len(in_flight) >= jobs * 4:  # bounded: an archive of millions never sits in memory
                yield from in_flight.popleft().result()
        while in_flight:
            yield from in_flight.popleft().result()


def _chunks(articles: Iterable[Article]) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for article in articles:
        chunk.append(article)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
