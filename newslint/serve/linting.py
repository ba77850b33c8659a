"""The warm engine behind the service: one linter built at startup, reused by every request.

A request may carry its own config (the keys of ``.newslint.yaml``). Building a
linter for it is cheap (the rule registry is cached per process), and identical
configs (a CMS sends the same one with every save) share one linter through a
small LRU, so a request config never grows memory without bound.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from newslint.api import FixedConfig, config_from_mapping, fix_linted
from newslint.config import Config, ConfigError, Selection
from newslint.engine.runner import ConfigResolver, FileResult, Linter
from newslint.frontends import EXTENSIONS
from newslint.warm import DEFAULT_NAMES, FORMATS, split_known, warm_up

#: Keys a request's config may not set: they start programs, send text elsewhere or read the server's disk.
UNSAFE_CONFIG_KEYS = ("languagetool", "rule-dirs", "cache-dir")


class BadRequest(Exception):
    """The request is wrong (answered 400 with this message)."""


@dataclass(frozen=True)
class Article:
    text: str
    path: str
    fmt: str | None
    metadata: dict[str, str] | None
    config: dict[str, Any] | None


class Engine:
    """Lints request texts with linters that stay warm between requests."""

    def __init__(self, config_file: Path | None = None, cache_size: int = 32) -> None:
        resolver = ConfigResolver(config_file) if config_file else ConfigResolver(use_files=False)
        self.base_config = resolver.for_path("article.txt")
        self.base = Linter(resolver)
        self._cache_size = cache_size
        self._by_config: OrderedDict[str, Linter] = OrderedDict()
        self._lock = threading.Lock()

    def warm_up(self) -> None:
        """Import every rule and load the data they read (lexicons, dictionaries) before the first request."""
        warm_up(self.base)

    # -- requests ------------------------------------------------------------------------

    def check(self, article: Article, linter: Linter | None = None) -> FileResult:
        linter = linter or self.linter_for(article.config)
        return self._lint(linter, article, article.text)

    def fix(self, article: Article) -> tuple[FileResult, FileResult]:
        """The first lint and the lint of the text after safe fixes (fixes inside quotations are never applied)."""
        linter = self.linter_for(article.config)
        first = self._lint(linter, article, article.text)
        return first, fix_linted(linter, first, article.fmt, article.metadata, unsafe=False)

    def _lint(self, linter: Linter, article: Article, text: str) -> FileResult:
        try:
            result = linter.lint_text(article.path, text, fmt=article.fmt, metadata=article.metadata)
        except ConfigError as error:
            raise BadRequest(f"config: {error.message}") from None
        return result

    def linter_for(self, config: dict[str, Any] | None) -> Linter:
        """The linter for a request's config (which replaces the server's, as ``--config`` would)."""
        if not config:
            return self.base
        key = "config:" + json.dumps(config, sort_keys=True, ensure_ascii=False)
        return self._cached(key, lambda: Linter(FixedConfig(request_config(config))))

    def linter_with(self, select: list[str] | None, extend: list[str], ignore: list[str], dialect: str | None) -> Linter:
        """The server's config with a selection on top, as command-line options are (the LanguageTool API's rule lists).

        Rule ids newslint does not know are left out: LanguageTool clients send their own (WHITESPACE_RULE…).
        """
        registry = self.base.registry_for(self.base_config)
        known = lambda ids: split_known(registry, ids)[0]  # noqa: E731
        select = known(select) if select is not None else None
        extend, ignore = known(extend), known(ignore)
        if select is None and not extend and not ignore and dialect in (None, self.base_config.dialect):
            return self.base
        key = "selection:" + json.dumps([select, extend, ignore, dialect])

        def build() -> Linter:
            config = self.base_config
            if dialect and dialect != config.dialect:
                config = dataclasses.replace(config, dialect=dialect, dialect_explicit=True)
            return Linter(FixedConfig(config), Selection(select=select, extend_select=extend, ignore=ignore))

        return self._cached(key, build)

    def _cached(self, key: str, build: Callable[[], Linter]) -> Linter:
        with self._lock:
            if key in self._by_config:
                self._by_config.move_to_end(key)
                return self._by_config[key]
        linter = build()
        try:
            linter.check_config(linter.configs.for_path("article.txt"))
        except ConfigError as error:
            raise BadRequest(f"config: {error.message}") from None
        with self._lock:
            self._by_config[key] = linter
            while len(self._by_config) > self._cache_size:
                self._by_config.popitem(last=False)
        return linter

    def rules(self) -> list[dict[str, Any]]:
        registry = self.base.registry_for(self.base_config)
        return [
            {"id": r.id, "category": r.category, "severity": str(r.severity), "enabled": r.enabled_by_default, "summary": r.summary}
            for r in registry.sorted_rules()
        ]

    def rule(self, rule_id: str):
        return self.base.registry_for(self.base_config).get(rule_id)


def request_config(data: dict[str, Any]) -> Config:
    """A config from a request body: checked as a config file is, minus what only the server's owner may set."""
    if not isinstance(data, dict):
        raise BadRequest("'config' must be an object with the keys of .newslint.yaml")
    unsafe = [key for key in UNSAFE_CONFIG_KEYS if key in data]
    if unsafe:
        raise BadRequest(f"config: {', '.join(map(repr, unsafe))} may not be set by a request (set it in the server's --config file)")
    try:
        return config_from_mapping(data, "request config")
    except ConfigError as error:
        raise BadRequest(f"config: {error.message}") from None


def article_name(path: Any, fmt: str | None) -> str:
    """The name a request gives its article: used to pick format and overrides, never opened."""
    if path is None:
        return DEFAULT_NAMES[fmt or "text"]
    if not isinstance(path, str) or not path.strip() or "\0" in path or len(path) > 1000:
        raise BadRequest("'path' must be a non-empty name like 'politics/story.md'")
    parts = [p for p in path.replace("\\", "/").split("/") if p not in ("", ".")]
    if ".." in parts:
        raise BadRequest("'path' is a name for the article, not a file-system path: '..' is not allowed")
    name = "/".join(parts) or DEFAULT_NAMES[fmt or "text"]
    if fmt is None and not any(name.lower().endswith(ext) for ext in EXTENSIONS):
        name += ".txt"
    return name

