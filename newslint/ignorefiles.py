"""``.gitignore`` and ``.ignore`` files, read the way git (and ripgrep, and ruff) read them.

Rules of a directory's ignore files apply to everything below it; a deeper
file's rules win over a shallower one's, a later line over an earlier one,
and ``.ignore`` over ``.gitignore`` in the same directory. Above the folder
being walked, only the ignore files up to the repository root (the folder
holding ``.git``) count, plus ``.git/info/exclude``: a stray ``.gitignore`` in
a shared parent folder outside the repository never hides articles.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

IGNORE_FILES = (".gitignore", ".ignore")


@dataclass(frozen=True)
class _Pattern:
    base: str  # the directory of the ignore file (absolute)
    regex: re.Pattern[str]
    negated: bool
    directories_only: bool
    source: str  # "path/.gitignore:3", for messages


def _translate(pattern: str) -> str:
    """A gitignore glob as a regular expression over a '/'-separated relative path."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("/**", i) and i + 3 == len(pattern):
            out.append("/.*")
            i += 3
        elif pattern[i] == "*":
            while i < len(pattern) and pattern[i] == "*":
                i += 1
            out.append("[^/]*")
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            if body[0] in "!^":
                body = "^" + body[1:]
            out.append("[" + body.replace("\\", "\\\\") + "]")
            i = end + 1
        elif pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(re.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return "".join(out)


def parse_ignore_file(path: str, base: str) -> list[_Pattern]:
    try:
        with open(path, encoding="utf-8", errors="replace") as stream:
            lines = stream.read(1_000_000).splitlines()
    except OSError:
        return []
    patterns = []
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        stripped = line.rstrip(" ")
        if stripped.endswith("\\") and len(stripped) < len(line):
            stripped += " "  # "foo\ " keeps its escaped space
        negated = stripped.startswith("!")
        if negated:
            stripped = stripped[1:]
        directories_only = stripped.endswith("/")
        stripped = stripped.rstrip("/")
        if not stripped:
            continue
        anchored = "/" in stripped
        body = _translate(stripped.lstrip("/"))
        regex = re.compile(("" if anchored else "(?:.*/)?") + body + r"\Z", re.DOTALL)
        patterns.append(_Pattern(base, regex, negated, directories_only, f"{path}:{number}"))
    return patterns


def repository_root(directory: str) -> str | None:
    """The nearest folder at or above ``directory`` holding ``.git``."""
    current = Path(os.path.abspath(directory))
    for folder in (current, *current.parents):
        if (folder / ".git").exists():
            return str(folder)
    return None


class IgnoreRules:
    """The ignore patterns in effect in one directory."""

    def __init__(self, patterns: tuple[_Pattern, ...] = ()) -> None:
        self.patterns = patterns

    @classmethod
    def above(cls, directory: str) -> IgnoreRules:
        """The rules from the repository root down to (not including) ``directory`` itself."""
        directory = os.path.abspath(directory)
        root = repository_root(directory)
        if root is None:
            return cls()
        rules = cls(tuple(parse_ignore_file(os.path.join(root, ".git", "info", "exclude"), root)))
        chain = []
        current = Path(directory).parent
        while len(str(current)) >= len(root) and str(current).startswith(root):
            chain.append(str(current))
            if str(current) == root:
                break
            current = current.parent
        for folder in reversed(chain):
            rules = rules.entering(folder)
        return rules

    def entering(self, directory: str) -> IgnoreRules:
        """These rules plus those of ``directory``'s own ignore files."""
        directory = os.path.abspath(directory)
        added: list[_Pattern] = []
        for name in IGNORE_FILES:
            path = os.path.join(directory, name)
            if os.path.isfile(path):
                added += parse_ignore_file(path, directory)
        return IgnoreRules(self.patterns + tuple(added)) if added else self

    def match(self, path: str, is_dir: bool) -> _Pattern | None:
        """The pattern that ignores ``path``, or None (a negated pattern re-includes)."""
        path = os.path.abspath(path)
        relative_to: dict[str, str | None] = {}
        for pattern in reversed(self.patterns):
            if pattern.directories_only and not is_dir:
                continue
            if pattern.base not in relative_to:
                relative = os.path.relpath(path, pattern.base)
                inside = relative != "." and not relative.startswith("..")
                relative_to[pattern.base] = relative.replace(os.sep, "/") if inside else None
            relative = relative_to[pattern.base]
            if relative is not None and pattern.regex.match(relative):
                return None if pattern.negated else pattern
        return None


def ignored_path(path: str) -> _Pattern | None:
    """The pattern ignoring ``path`` or a folder it is in (for a path named, not reached by walking).

    Every ancestor is checked against all the rules above ``path``: a deeper
    ignore file's patterns never reach a folder outside their own base.
    """
    path = os.path.abspath(path)
    root = repository_root(os.path.dirname(path))
    if root is None:
        return None
    rules = IgnoreRules.above(path)
    relative = Path(os.path.relpath(path, root)).parts
    for depth in range(1, len(relative) + 1):
        item = os.path.join(root, *relative[:depth])
        found = rules.match(item, is_dir=depth < len(relative) or os.path.isdir(item))
        if found:
            return found
    return None
