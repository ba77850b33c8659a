"""Which files a run lints, and reading one safely.

Named files are linted as given; directories are walked recursively for
articles, skipping what ``.gitignore``/``.ignore`` and the config's
``exclude`` leave out, newslint's own package data, anything that is not a
regular file (a FIFO would block forever, ``/dev/zero`` never ends) and file
symlinks that lead out of the folder being walked (a repository from a
stranger must not make newslint print ``/etc/shadow`` in its excerpts).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from newslint.frontends import EXTENSIONS
from newslint.ignorefiles import IgnoreRules, ignored_path

_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}
_SKIP_SUFFIXES = (".egg-info", ".dist-info")  # build metadata: never articles
_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))

#: ``excluded(path)``: why the config leaves ``path`` out (a truthy reason), or a falsy value.
Excluded = Callable[[str], object]


@dataclass
class PathProblem:
    path: str
    message: str
    #: "error" (exit 2) or "warning" (printed, the run's exit code unchanged)
    level: str = "error"


@dataclass
class WalkOptions:
    excluded: Excluded | None = None
    collections: bool = False
    respect_gitignore: bool = True
    #: Apply exclusions to files named on the command line too (pre-commit names files one by one).
    force_exclude: bool = False


def collect_files(
    paths: list[str], excluded: Excluded | None = None, collections: bool = False, **options
) -> tuple[list[str], list[PathProblem]]:
    """Article files under ``paths`` in a stable order, and problems with the paths themselves.

    A file named on the command line is linted whatever its extension (unless
    ``force_exclude`` and it is excluded); in a directory only ``.txt``,
    ``.md``, ``.markdown``, ``.html`` and ``.htm`` are (and ``.jsonl``
    collections when ``collections``).
    """
    walk = WalkOptions(excluded, collections, **options)
    suffixes = set(EXTENSIONS) | ({".jsonl", ".ndjson"} if collections else set())
    files: list[str] = []
    problems: list[PathProblem] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            files.append(path)

    for given in paths:
        if os.path.isdir(given):
            reason = _directory_excluded(given, walk)
            if reason:
                problems.append(PathProblem(given, f"{given}: not linted: the folder is excluded ({reason}); name its files to lint them"))
                continue
            found, dropped = _walk(given, walk, suffixes, problems)
            if not found:
                problems.append(PathProblem(given, _nothing_found(given, dropped)))
            for path in sorted(found):
                add(path)
        elif os.path.lexists(given):
            if walk.force_exclude and _file_excluded(given, walk):
                continue  # as ruff does: pre-commit hands over every staged file, excluded or not
            outside = _link_outside(given)
            if outside:
                problems.append(PathProblem(given, f"{given}: not linted: a symlink to a file outside this folder and the current one ({outside})"))
                continue
            add(given)
        else:
            problems.append(PathProblem(given, f"{given}: no such file or directory"))
    return files, problems


def _link_outside(path: str) -> str | None:
    """The target of a named file symlink that leads out of both its folder and the current folder."""
    if not os.path.islink(path):
        return None
    target = os.path.realpath(path)
    for folder in (os.path.realpath(os.path.dirname(path) or "."), os.path.realpath(".")):
        if _inside(target, folder):
            return None
    return target


def _inside(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:  # another drive on Windows
        return False


def _nothing_found(given: str, dropped: dict[str, int]) -> str:
    if not dropped:
        return f"{given}: no articles (.txt, .md, .html) found in this directory"
    reasons = "; ".join(f"{count} {reason}" for reason, count in sorted(dropped.items()))
    return f"{given}: not linted: every article in this folder is excluded ({reasons})"


def _directory_excluded(directory: str, walk: WalkOptions) -> str | None:
    if os.path.abspath(directory) == _PACKAGE_DIR or os.path.abspath(directory).startswith(_PACKAGE_DIR + os.sep):
        return "newslint's own package data is not articles"
    if walk.excluded is not None:
        reason = walk.excluded(directory)
        if reason:
            return reason if isinstance(reason, str) else "by the config's 'exclude'"
    return None


def _file_excluded(path: str, walk: WalkOptions) -> bool:
    if walk.excluded is not None and walk.excluded(path):
        return True
    return walk.respect_gitignore and ignored_path(path) is not None


def _walk(root: str, walk: WalkOptions, suffixes: set[str], problems: list[PathProblem]) -> tuple[list[str], dict[str, int]]:
    """Articles below ``root``, and how many were left out, by reason."""
    result: list[str] = []
    dropped: dict[str, int] = {}
    real_root = os.path.realpath(root)
    rules = {os.path.abspath(root): IgnoreRules.above(root).entering(root) if walk.respect_gitignore else IgnoreRules()}

    def drop(reason: str) -> None:
        dropped[reason] = dropped.get(reason, 0) + 1

    for directory, subdirs, names in os.walk(root):
        here = rules.pop(os.path.abspath(directory), IgnoreRules())
        kept = []
        for name in sorted(subdirs):
            path = os.path.join(directory, name)
            if name.startswith(".") or name in _SKIP_DIRS or name.endswith(_SKIP_SUFFIXES):
                continue
            if os.path.abspath(path) == _PACKAGE_DIR:
                continue  # newslint's word lists are data, not articles
            if here.match(path, is_dir=True):
                drop("ignored by .gitignore/.ignore (--no-respect-gitignore lints them)")
                continue
            if walk.excluded is not None and walk.excluded(path):
                drop("excluded by the config's 'exclude'")
                continue
            kept.append(name)
            rules[os.path.abspath(path)] = here.entering(path) if walk.respect_gitignore else here
        subdirs[:] = kept
        for name in names:
            if Path(name).suffix.lower() not in suffixes or name.startswith("."):
                continue
            path = os.path.join(directory, name)
            if here.match(path, is_dir=False):
                drop("ignored by .gitignore/.ignore (--no-respect-gitignore lints them)")
                continue
            if walk.excluded is not None and walk.excluded(path):
                drop("excluded by the config's 'exclude'")
                continue
            problem = _not_an_article_file(path, real_root)
            if problem == "":
                continue  # a FIFO, socket or device among the articles: not a file to read
            if problem:
                problems.append(PathProblem(path, problem, level="warning"))
                continue
            result.append(path)
    return result, dropped


def _not_an_article_file(path: str, real_root: str) -> str | None:
    """None for a regular file inside the tree; "" to skip silently; else why it is skipped."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            target = os.path.realpath(path)
            if not _inside(target, real_root):
                return f"{path}: skipped: a symlink to a file outside the folder being linted ({target})"
            info = os.stat(path)
    except (OSError, ValueError):
        return ""  # a dangling link, or a file gone since the walk listed it
    return None if stat.S_ISREG(info.st_mode) else ""


# -- reading ----------------------------------------------------------------------------------


class Unreadable(Exception):
    """Why a file was not read (the message follows "path: ")."""


def describe_size(size: int) -> str:
    """A size the way ``--max-file-size`` is written: 300 bytes, 512KB, 10MB, 10.5MB."""
    if size < 1000:
        return f"{size} byte{'s' if size != 1 else ''}"
    for unit, factor in (("GB", 1000**3), ("MB", 1000**2), ("KB", 1000)):
        if size >= factor:
            return f"{size / factor:.1f}".rstrip("0").rstrip(".") + unit
    return f"{size} bytes"


def _too_large(size: int | None, limit: int) -> Unreadable:
    if size is None:  # it grew while being read, or a special file reports no size
        return Unreadable(f"skipped: larger than the {describe_size(limit)} limit (max-file-size)")
    shown = describe_size(size)
    if shown == describe_size(limit):  # rounding must not make "10MB is over the 10MB limit"
        shown = f"{size:,} bytes"
    return Unreadable(f"skipped: {shown} is over the {describe_size(limit)} limit (max-file-size)")


def read_article(path: str, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, never more than ``limit``.

    Opened without blocking, so a FIFO is refused instead of waiting for a
    writer forever; read with a bound, so ``/dev/zero`` or a file growing
    while it is read cannot exhaust memory.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise Unreadable("no such file") from None
    except IsADirectoryError:
        raise Unreadable("is a directory") from None
    except OSError as error:
        raise Unreadable(f"cannot read: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable(f"skipped: not a regular file ({_kind(info.st_mode)})")
        if info.st_size > limit:
            raise _too_large(info.st_size, limit)
        try:
            data = stream.read(limit + 1)
        except OSError as error:
            raise Unreadable(f"cannot read: {error.strerror or error}") from None
        if len(data) > limit:
            raise _too_large(None, limit)
    return data


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"
