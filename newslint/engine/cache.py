"""Results of unchanged articles are not computed again.

An entry is keyed by everything that decides the findings: the article's
text, its path (and JSONL record id), format and metadata, the rules in
effect with their severities and options, the code and data of every rule
source, and the newslint version. Entries are JSON files written atomically,
so concurrent runs (or worker processes) may share one cache; an entry that
cannot be read is ignored and written again.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from newslint import __version__
from newslint.engine.finding import Finding, Fix, Related

SCHEMA = 2  # 2: findings carry their related places
DEFAULT_DIR = ".newslint_cache"


def default_cache_dir() -> Path:
    return Path(os.environ.get("NEWSLINT_CACHE_DIR") or DEFAULT_DIR)


class ResultCache:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self._ready = False

    def key(self, *parts: Any) -> str:
        digest = hashlib.sha256(f"newslint {__version__} cache {SCHEMA}".encode())
        for part in parts:
            digest.update(b"\0")
            digest.update(part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, default=str).encode())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"v{SCHEMA}" / key[:2] / f"{key}.json"

    def load(self, key: str) -> dict[str, Any] | None:
        try:
            with open(self._path(key), encoding="utf-8") as stream:
                data = json.load(stream)
            return data if isinstance(data, dict) and data.get("schema") == SCHEMA else None
        except (OSError, ValueError):
            return None  # absent or corrupt: lint again and overwrite

    def restore(self, key: str, path: str, record: str | None) -> tuple[list[Finding], int, dict[str, Any]] | None:
        """The findings, word count and metrics stored under ``key``; None when absent or not of the right shape.

        An entry can be valid JSON with the right schema and still be unusable
        (edited, truncated by another tool, written by a buggy version): a miss.
        """
        data = self.load(key)
        if data is None:
            return None
        try:
            findings = [finding_from_cache(path, record, row) for row in data["findings"]]
            words, metrics = data["words"], data["metrics"]
        except (KeyError, TypeError, ValueError):
            return None
        if type(words) is not int or not isinstance(metrics, dict) or not all(map(_well_formed, findings)):
            return None
        return findings, words, metrics

    def store(self, key: str, payload: dict[str, Any]) -> None:
        path = self._path(key)
        try:
            self._prepare()
            path.parent.mkdir(mode=0o700, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            # entries quote article text: readable by their owner only, whatever the umask
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(descriptor, "w", encoding="utf-8") as stream:
                json.dump({"schema": SCHEMA, **payload}, stream, ensure_ascii=False, separators=(",", ":"))
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only or full disk never fails a lint run

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.directory / f"v{SCHEMA}").mkdir(mode=0o700, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by newslint: the cache is not for version control\n*\n", encoding="utf-8")
        self._ready = True


def finding_to_cache(finding: Finding) -> list[Any]:
    fix = [finding.fix.replacement, finding.fix.applicability] if finding.fix else None
    return [
        finding.rule, finding.category, finding.severity, finding.line, finding.column, finding.end_line,
        finding.end_column, finding.message, fix, finding.src_start, finding.src_end, finding.fingerprint,
        [[r.line, r.column, r.end_line, r.end_column, r.src_start, r.src_end, r.replacement] for r in finding.related],
    ]


def finding_from_cache(path: str, record: str | None, row: list[Any]) -> Finding:
    rule, category, severity, line, column, end_line, end_column, message, fix, start, end, fingerprint, related = row
    return Finding(
        path, rule, category, severity, line, column, end_line, end_column, message,
        Fix(*fix) if fix else None, start, end, fingerprint, record, tuple(Related(*r) for r in related),
    )


def _well_formed(finding: Finding) -> bool:
    numbers = (finding.line, finding.column, finding.end_line, finding.end_column, finding.src_start, finding.src_end)
    texts = (finding.rule, finding.category, finding.message, finding.fingerprint)
    fix = finding.fix
    return (
        all(type(n) is int for n in numbers)
        and all(isinstance(t, str) for t in texts)
        and finding.severity in ("error", "warning", "info")
        and (fix is None or isinstance(fix.replacement, str) and fix.applicability in ("safe", "unsafe"))
        and all(type(n) is int for r in getattr(finding, "related", ()) for n in (r.line, r.column, r.src_start, r.src_end))
    )
