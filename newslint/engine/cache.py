"""Results of unchanged articles are not computed again.

An entry is keyed by everything that decides the findings: the article's
text, its path (and JSONL record id), format and metadata, the rules in
effect with their severities and options, the code and data of every rule
source, and the newslint version. Entries are JSON files written atomically,
so concurrent runs (or worker processes) may share one cache; an entry that
cannot be read is ignored and written again.

The cache is bounded (200 MB unless ``NEWSLINT_CACHE_MAX_SIZE`` says otherwise):
reading an entry marks it used, and when the entries outgrow the bound the
least recently used go first, down to 80% of it. A process checks the size
after writing a tenth of the bound, and at its first write when no process
has checked for an hour, so neither one archive run nor a thousand pre-commit
runs let it grow without end. ``newslint clean`` removes it.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import shutil
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from newslint import __version__
from newslint.engine.finding import Finding, Fix, Related

SCHEMA = 2  # 2: findings carry their related places
DEFAULT_DIR = ".newslint_cache"
DEFAULT_MAX_SIZE = 200 * 1000**2
_PRUNE_INTERVAL = 3600.0  # seconds between size checks when little is written
_PRUNE_TO = 0.8  # evict down to this share of the bound, so the next check is not the next write
_IGNORE_FILE = "# created by newslint: the cache is not for version control\n*\n"
_SCHEMA_FOLDER = re.compile(r"v\d+")


def default_cache_dir() -> Path:
    return Path(os.environ.get("NEWSLINT_CACHE_DIR") or DEFAULT_DIR)


def default_max_size() -> int:
    """``NEWSLINT_CACHE_MAX_SIZE`` (e.g. 50MB) or 200 MB; a ValueError names a bad value."""
    value = os.environ.get("NEWSLINT_CACHE_MAX_SIZE")
    if not value:
        return DEFAULT_MAX_SIZE
    from newslint.config import parse_size

    try:
        size = parse_size(value)
    except ValueError:
        size = 0
    if size <= 0:
        raise ValueError(f"NEWSLINT_CACHE_MAX_SIZE must be a size such as 200MB, not {value!r}")
    return size


class ResultCache:
    def __init__(self, directory: Path, max_size: int | None = None) -> None:
        self.directory = Path(directory)
        self.max_size = default_max_size() if max_size is None else max_size
        self._ready = False
        self._written = 0  # bytes this process stored since it last checked the size
        self._checked = False

    def key(self, *parts: Any) -> str:
        digest = hashlib.sha256(f"newslint {__version__} cache {SCHEMA}".encode())
        for part in parts:
            digest.update(b"\0")
            digest.update(part if isinstance(part, bytes) else json.dumps(part, sort_keys=True, default=str).encode())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"v{SCHEMA}" / key[:2] / f"{key}.json"

    def load(self, key: str) -> dict[str, Any] | None:
        path = self._path(key)
        try:
            with open(path, encoding="utf-8") as stream:
                data = json.load(stream)
        except (OSError, ValueError):
            return None  # absent or corrupt: lint again and overwrite
        if not (isinstance(data, dict) and data.get("schema") == SCHEMA):
            return None
        try:
            os.utime(path)  # used now: the last to be evicted
        except OSError:
            pass
        return data

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
            self._written += _write_private(path, {"schema": SCHEMA, **payload})
        except OSError:
            return  # a read-only or full disk never fails a lint run
        if self._written > self.max_size // 10 or not self._checked and self._check_due():
            self.prune()

    def answers(self, name: str) -> AnswerFile:
        """The answers an engine keeps between runs under ``name`` (which names what decides them)."""
        return AnswerFile(self.directory / f"v{SCHEMA}" / "answers" / f"{name}.json", self._prepare)

    def _check_due(self) -> bool:
        self._checked = True
        try:
            return time.time() - (self.directory / f"v{SCHEMA}" / ".checked").stat().st_mtime > _PRUNE_INTERVAL
        except OSError:
            return True

    def prune(self) -> int:
        """Evict the least recently used entries while they take more than the bound; bytes freed.

        Entries of other schema versions are never read again and go first, with any
        temporary file a killed run left behind.
        """
        self._written = 0
        entries: list[tuple[float, int, Path]] = []
        freed = 0
        now = time.time()
        try:
            folders = list(os.scandir(self.directory))
        except OSError:
            return 0
        for folder in folders:
            if folder.name == f"v{SCHEMA}":
                for path, stat in _files(Path(folder.path)):
                    if path.name.endswith(".tmp") and now - stat.st_mtime > _PRUNE_INTERVAL:
                        freed += _remove(path, stat.st_size)
                    elif path.suffix == ".json":
                        entries.append((stat.st_mtime, stat.st_size, path))
            elif folder.is_dir(follow_symlinks=False) and _SCHEMA_FOLDER.fullmatch(folder.name):
                freed += sum(stat.st_size for _, stat in _files(Path(folder.path)))
                shutil.rmtree(folder.path, ignore_errors=True)
        total = sum(size for _, size, _ in entries)
        if total > self.max_size:
            goal = self.max_size * _PRUNE_TO
            for _, size, path in sorted(entries, key=lambda entry: entry[0]):
                if total <= goal:
                    break
                freed += _remove(path, size)
                total -= size
        try:
            (self.directory / f"v{SCHEMA}" / ".checked").touch()
        except OSError:
            pass
        return freed

    def _prepare(self) -> None:
        if self._ready:
            return
        self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        (self.directory / f"v{SCHEMA}").mkdir(mode=0o700, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text(_IGNORE_FILE, encoding="utf-8")
        self._ready = True


class AnswerFile:
    """An engine's answers about words kept between runs: one JSON object of word -> answer.

    Read once per process; each process (a worker too) writes what it added at the end
    of its run: under an exclusive lock it reads the file again, merges and replaces it
    atomically, so concurrent runs never corrupt it and each keeps the other's answers.
    It lives beside the result entries (0600, counted in the size bound, removed by
    ``newslint clean``); a file that cannot be read is a cold start, never an error.
    """

    def __init__(self, path: Path, prepare: Callable[[], None] = lambda: None) -> None:
        self.path = path
        self._prepare = prepare  # makes the cache folder as the result entries have it

    def load(self) -> dict[str, Any]:
        try:
            with open(self.path, encoding="utf-8") as stream:
                data = json.load(stream)
            os.utime(self.path)  # used now: the last to be evicted
        except (OSError, ValueError):
            return {}
        answers = data.get("answers") if isinstance(data, dict) and data.get("schema") == SCHEMA else None
        return answers if isinstance(answers, dict) else {}

    def save(self, additions: dict[str, Any], limit: int, merge: Callable[[Any, Any], Any] | None = None) -> None:
        """Add ``additions`` to the stored answers (``merge(stored, added)`` decides a word both hold),
        keeping at most ``limit`` words: the oldest stored ones go first."""
        try:
            self._prepare()
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            with _locked(self.path.with_name(f".{self.path.name}.lock")):
                answers = self.load()
                for word, answer in additions.items():
                    answers[word] = merge(answers[word], answer) if merge and word in answers else answer
                if len(answers) > limit:
                    answers = dict(itertools.islice(answers.items(), len(answers) - limit, None))
                _write_private(self.path, {"schema": SCHEMA, "answers": answers})
        except OSError:
            return  # a read-only or full disk never fails a lint run


def _write_private(path: Path, data: Any) -> int:
    """Write ``data`` as JSON to ``path`` atomically (a temporary file renamed over it); the bytes written.

    What the cache holds quotes article text: readable by its owner only, whatever the umask.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with open(descriptor, "w", encoding="utf-8") as stream:
        json.dump(data, stream, ensure_ascii=False, separators=(",", ":"))
        size = stream.tell()
    os.replace(temporary, path)
    return size


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    """An exclusive lock on ``path`` (created 0600) while the block runs; no lock where fcntl is absent."""
    try:
        import fcntl
    except ImportError:  # Windows: the write-rename alone keeps the file whole
        yield
        return
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def _files(folder: Path):
    """(path, stat) of every file under ``folder``."""
    for root, _, names in os.walk(folder):
        for name in names:
            path = Path(root, name)
            try:
                yield path, path.stat()
            except OSError:
                continue  # removed by another process meanwhile


def _remove(path: Path, size: int) -> int:
    try:
        path.unlink()
        return size
    except OSError:
        return 0


def remove_cache(directory: Path) -> int | None:
    """Delete the cache folder ``directory`` (``newslint clean``); the bytes it held, None when there is none.

    Only a folder newslint made is removed: one holding its ``.gitignore`` and schema
    folders and nothing else, so a mistyped ``--cache-dir`` never deletes anything else.
    """
    if not directory.exists() and not directory.is_symlink():
        return None
    if directory.is_symlink() or not directory.is_dir():
        raise ValueError(f"{directory} is not a folder newslint made: not removed")
    names = sorted(child.name for child in directory.iterdir())
    strangers = [n for n in names if n != ".gitignore" and not (_SCHEMA_FOLDER.fullmatch(n) and (directory / n).is_dir())]
    try:
        marked = (directory / ".gitignore").read_text(encoding="utf-8") == _IGNORE_FILE
    except (OSError, UnicodeDecodeError):
        marked = False
    if strangers or not marked:
        what = f"it holds {', '.join(strangers[:3])}" if strangers else "it has no .gitignore written by newslint"
        raise ValueError(f"{directory} does not look like a newslint cache ({what}): not removed")
    size = sum(stat.st_size for _, stat in _files(directory))
    shutil.rmtree(directory)
    return size


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
