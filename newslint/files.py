"""Which files a run lints: named files as given, directories recursively."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from newslint.frontends import EXTENSIONS

_SKIP_DIRS = {"node_modules", "__pycache__", "venv", "site-packages"}


@dataclass
class PathProblem:
    path: str
    message: str


def collect_files(paths: list[str], excluded=None, collections: bool = False) -> tuple[list[str], list[PathProblem]]:
    """Article files under ``paths`` in a stable order, and problems with the paths themselves.

    A file named on the command line is linted whatever its extension; in a
    directory only ``.txt``, ``.md``, ``.markdown``, ``.html`` and ``.htm`` are
    (and ``.jsonl`` collections when ``collections``).
    ``excluded(path)`` may drop files found in directories.
    """
    suffixes = set(EXTENSIONS) | ({".jsonl", ".ndjson"} if collections else set())
    files: list[str] = []
    problems: list[PathProblem] = []
    seen: set[str] = set()
    for given in paths:
        if os.path.isdir(given):
            found = sorted(_walk(given, excluded, suffixes))
            if not found:
                problems.append(PathProblem(given, f"{given}: no articles (.txt, .md, .html) found in this directory"))
            for path in found:
                if path not in seen:
                    seen.add(path)
                    files.append(path)
        elif os.path.exists(given):
            if given not in seen:
                seen.add(given)
                files.append(given)
        else:
            problems.append(PathProblem(given, f"{given}: no such file or directory"))
    return files, problems


def _walk(root: str, excluded, suffixes: set[str]) -> list[str]:
    result = []
    for directory, subdirs, names in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith(".") and d not in _SKIP_DIRS)
        for name in names:
            if Path(name).suffix.lower() in suffixes and not name.startswith("."):
                path = os.path.join(directory, name)
                if excluded is None or not excluded(path):
                    result.append(path)
    return result
