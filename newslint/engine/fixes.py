"""Applying fixes: only certain ones, never overlapping, written atomically."""

from __future__ import annotations

import bisect
from contextlib import contextmanager
from typing import IO, Iterator
import os
import stat
import tempfile
from pathlib import Path

from newslint.engine.finding import Finding


def apply_fixes(source: str, findings: list[Finding], include_unsafe: bool = False) -> tuple[str, int]:
    """The source with every applicable fix applied, and how many were applied.

    When two fixes overlap, the first (in source order) wins; the other is
    left for the next pass, when the text it refers to may have changed.
    """
    wanted = ("safe", "unsafe") if include_unsafe else ("safe",)
    fixes = sorted(
        (f for f in findings if f.fix is not None and f.fix.applicability in wanted),
        key=lambda f: (f.src_start, f.src_end),
    )
    taken: list[tuple[int, int, str]] = []  # accepted edits, sorted
    applied = 0
    for finding in fixes:
        edits = finding.edits()  # a finding with related places fixes all of them or none
        if any(_collides(taken, start, end) for start, end, _ in edits):
            continue
        for edit in edits:
            bisect.insort(taken, edit)
        applied += 1
    pieces: list[str] = []
    position = 0
    for start, end, replacement in taken:
        pieces.append(source[position:start])
        pieces.append(replacement)
        position = end
    pieces.append(source[position:])
    return "".join(pieces), applied


def _collides(taken: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps an accepted edit (touching ends, and insertions at an end, do not)."""
    i = bisect.bisect_left(taken, (start,))
    if i and taken[i - 1][1] > start:
        return True  # the edit before runs past this one's start
    while i < len(taken) and taken[i][0] < end:
        if taken[i][1] > start:
            return True
        i += 1
    return False


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old or the new file, never half."""
    with replaced_atomically(path) as stream:
        stream.write(data)


@contextmanager
def replaced_atomically(path: Path, text: bool = False) -> Iterator[IO]:
    """A stream (bytes, or UTF-8 text) whose content replaces ``path`` at once when the block ends.

    A symlink is written through (its target changes, the link stays); a new
    file gets the permissions the umask gives, an existing one keeps its own.
    """
    target = Path(os.path.realpath(path))
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint-tmp", dir=target.parent)
    try:
        with (os.fdopen(handle, "w", encoding="utf-8", newline="") if text else os.fdopen(handle, "wb")) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


class FixRefused(Exception):
    """Why fixed text was not written back (the message follows "path: not fixed: ")."""


def write_fixed(path: Path, data: bytes) -> None:
    """Write an article's fixed text back: through a symlink, keeping hard links, never over a read-only file."""
    target = Path(os.path.realpath(path))
    info = target.stat()
    if not stat.S_ISREG(info.st_mode):
        raise FixRefused("not a regular file")
    if not info.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise FixRefused("the file is read-only (make it writable to let --fix change it)")
    if info.st_nlink > 1:
        _rewrite_in_place(target, data)
    else:
        write_atomically(target, data)


def _rewrite_in_place(target: Path, data: bytes) -> None:
    """Overwrite a hard-linked file in place, so every name still shows the same (fixed) text.

    Replacing it would give this name a new inode and leave the other links
    with the old text. The fixed text goes to a temporary file first: if the
    rewrite is interrupted, the complete new text is there beside the file.
    """
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint-tmp", dir=target.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
        stream.flush()
        os.fsync(stream.fileno())
    with open(target, "r+b") as stream:
        stream.write(data)
        stream.truncate()
        stream.flush()
        os.fsync(stream.fileno())
    os.unlink(temporary)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
