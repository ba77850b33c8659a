"""Linting an archive on a Dask cluster (``pip install 'newslint[dask]'``).

From Python::

    import dask.bag as db
    from newslint.distributed import lint_bag, summarize

    articles = db.read_text("s3://archive/2019-*.jsonl").map(json.loads)   # or a bag of file paths
    results = lint_bag(articles, select=["attribution", "seo"])           # a bag of result dicts
    print(summarize(results))                                            # findings per rule, per category…

From the command line: ``newslint check --dask-scheduler tcp://host:8786 archive/``.
Workers need newslint installed (the same version) and the files (or shards)
at the same paths; every worker process builds its own linter once.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from typing import Any, Iterable, Iterator

from newslint.batch import Article, RunOptions, lint_article
from newslint.config import Selection
from newslint.engine.runner import FileResult, Linter

_LINTERS: dict[str, Linter] = {}


class ClusterUnavailable(Exception):
    """The Dask mode cannot run: the extra is not installed or the scheduler cannot be reached."""


def _linter(options: RunOptions) -> Linter:
    """One linter per worker process and set of options."""
    key = repr(options)
    if key not in _LINTERS:
        _LINTERS[key] = options.build_linter()
    return _LINTERS[key]


def _as_article(item: Any, text_field: str, id_field: str, title_field: str | None) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(item)
    if isinstance(item, dict):
        text = item.get(text_field)
        if not isinstance(text, str):
            raise ValueError(f"record has no text field {text_field!r}: {str(item)[:80]}")
        metadata = {"title": item[title_field]} if title_field and isinstance(item.get(title_field), str) else None
        return Article(str(item.get("path", "collection")), str(item.get(id_field, "?")), text, metadata)
    raise TypeError(f"cannot lint a {type(item).__name__}: give paths, Article objects or dicts with text")


def _lint_partition(items: Iterable[Any], options: RunOptions, fields: tuple[str, str, str | None]) -> list[FileResult]:
    linter = _linter(options)
    results = []
    for item in items:
        try:
            article = _as_article(item, *fields)
        except (TypeError, ValueError) as error:
            results.append(FileResult("collection", errors=[str(error)]))
            continue
        result = lint_article(linter, article, options)
        result.decoded = None
        results.append(result)
    return results


def result_to_dict(result: FileResult) -> dict[str, Any]:
    """A JSON-friendly view of one article's result."""
    return {
        "path": result.path,
        "record": result.record,
        "words": result.words,
        "findings": [f.to_dict() for f in result.findings],
        "errors": list(result.errors),
        "metrics": result.metrics,
    }


def lint_bag(
    bag,
    *,
    config: str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    text_field: str = "text",
    id_field: str = "id",
    title_field: str | None = None,
    options: RunOptions | None = None,
):
    """Lint a ``dask.bag`` of articles; returns a bag of result dicts (see :func:`result_to_dict`).

    Items may be file paths, :class:`newslint.batch.Article` objects, or dicts
    holding the article text (``text_field``) and an id (``id_field``).
    """
    from pathlib import Path

    options = options or RunOptions(
        config_file=Path(config) if config else None,
        use_config_files=config is None,
        selection=Selection(select=list(select) if select else None, ignore=list(ignore or [])),
    )
    fields = (text_field, id_field, title_field)
    return bag.map_partitions(_lint_partition, options, fields).map(result_to_dict)


def summarize(results) -> dict[str, Any]:
    """Findings per rule and per category, articles with errors, words: from a bag or an iterable of result dicts."""
    if hasattr(results, "compute"):
        return results.reduction(_partial_summary, _merge_summaries).compute()
    return _merge_summaries([_partial_summary(results)])


def _partial_summary(results: Iterable[dict[str, Any]]) -> dict[str, Any]:
    rules: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    articles = words = with_errors = with_error_findings = 0
    for result in results:
        articles += 1
        words += result["words"]
        with_errors += bool(result["errors"])
        with_error_findings += any(f["severity"] == "error" for f in result["findings"])
        for finding in result["findings"]:
            rules[finding["rule"]] += 1
            categories[finding["category"]] += 1
            severities[finding["severity"]] += 1
    return {
        "articles": articles,
        "words": words,
        "findings": sum(rules.values()),
        "articles_with_errors": with_errors,
        "articles_with_error_findings": with_error_findings,
        "by_rule": dict(rules),
        "by_category": dict(categories),
        "by_severity": dict(severities),
    }


def _merge_summaries(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    total: dict[str, Any] = {
        "articles": 0, "words": 0, "findings": 0, "articles_with_errors": 0, "articles_with_error_findings": 0,
        "by_rule": Counter(), "by_category": Counter(), "by_severity": Counter(),
    }
    for part in parts:
        for key in ("articles", "words", "findings", "articles_with_errors", "articles_with_error_findings"):
            total[key] += part[key]
        for key in ("by_rule", "by_category", "by_severity"):
            total[key].update(part[key])
    for key in ("by_rule", "by_category", "by_severity"):
        total[key] = dict(sorted(total[key].items()))
    total["findings_per_1000_words"] = round(total["findings"] * 1000 / total["words"], 3) if total["words"] else 0.0
    return total


def lint_on_cluster(address: str, articles: Iterator[Article], options: RunOptions, partition_size: int = 64) -> Iterator[FileResult]:
    """Lint ``articles`` on the Dask cluster at ``address``; results come back in order, a partition at a time."""
    try:
        import dask.bag as db
        from dask.distributed import Client
    except ImportError:
        raise ClusterUnavailable("--dask-scheduler needs the dask extra: pip install 'newslint[dask]'") from None
    try:
        client = Client(address)  # waits distributed.comm.timeouts.connect (30 s; DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
    except (OSError, TimeoutError, ValueError, TypeError) as error:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler at {address}: {error}") from None
    try:
        window = []
        batch: list[Article] = []
        fields = ("text", "id", None)
        for article in articles:
            if article.text is None and article.read_from is None:
                article = replace(article, read_from=os.path.abspath(article.path))  # workers have another cwd
            batch.append(article)
            if len(batch) == partition_size:
                window.append(client.compute(db.from_sequence(batch, npartitions=1).map_partitions(_lint_partition, options, fields)))
                batch = []
                if len(window) >= 16:  # bounded: keep the cluster busy without holding the archive
                    yield from window.pop(0).result()
        if batch:
            window.append(client.compute(db.from_sequence(batch, npartitions=1).map_partitions(_lint_partition, options, fields)))
        for future in window:
            yield from future.result()
    finally:
        client.close()

