"""Applying fixes: only certain ones, never overlapping, written atomically."""

from __future__ import annotations

import os
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
    pieces: list[str] = []
    position = 0
    applied = 0
    for finding in fixes:
        if finding.src_start < position:
            continue
        pieces.append(source[position : finding.src_start])
        pieces.append(finding.fix.replacement)
        position = finding.src_end
        applied += 1
    pieces.append(source[position:])
    return "".join(pieces), applied


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so a reader sees the old or the new file, never half."""
    directory = path.resolve().parent
    mode = path.stat().st_mode if path.exists() else None
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".newslint-tmp", dir=directory)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode & 0o7777)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
