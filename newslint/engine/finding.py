"""A finding: one problem at one exact place in one file.

One root cause is one finding: a slip a tool repeated mechanically (seventeen
'&#x27;' references, sixty non-breaking hyphens) is reported once, at its
first place, with every other place in :attr:`Finding.related`; the finding's
fix then writes each place's own replacement, all or none.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Fix:
    """Replace the finding's span of the original file with ``replacement``.

    ``safe`` fixes are certain and applied by ``--fix``; ``unsafe`` ones are
    suggestions an editor should confirm.
    """

    replacement: str
    applicability: str = "safe"  # "safe" | "unsafe"

    def to_dict(self) -> dict[str, str]:
        return {"replacement": self.replacement, "applicability": self.applicability}


@dataclass(frozen=True)
class Related:
    """Another place of the same root cause as the finding, and what its fix writes there."""

    line: int
    column: int
    end_line: int
    end_column: int
    src_start: int
    src_end: int
    #: What the finding's fix writes here (None: the fix leaves this place alone).
    replacement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "line": self.line, "column": self.column, "end_line": self.end_line, "end_column": self.end_column,
        }
        if self.replacement is not None:
            data["replacement"] = self.replacement
        return data


@dataclass
class Finding:
    path: str
    rule: str
    category: str
    severity: str
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    fix: Fix | None = None
    # Source offsets (code points) of the span; used for fixes and fingerprints.
    src_start: int = field(default=0, repr=False)
    src_end: int = field(default=0, repr=False)
    fingerprint: str = field(default="", repr=False)
    #: The record id when the article came from a JSON Lines collection.
    record: str | None = None
    #: Further places of the same root cause, in source order (the finding's span is the first).
    related: tuple[Related, ...] = ()

    @property
    def count(self) -> int:
        """How many places the finding stands for."""
        return 1 + len(self.related)

    def edits(self) -> list[tuple[int, int, str]]:
        """The fix as source edits ``(src_start, src_end, replacement)``, the finding's own span first."""
        if self.fix is None:
            return []
        edits = [(self.src_start, self.src_end, self.fix.replacement)]
        edits += [(r.src_start, r.src_end, r.replacement) for r in self.related if r.replacement is not None]
        return edits

    @property
    def location(self) -> str:
        """How people read the article's name: ``path``, or ``path#record`` inside a collection."""
        return f"{self.path}#{self.record}" if self.record is not None else self.path

    def sort_key(self) -> tuple[Any, ...]:
        return (self.line, self.column, self.end_line, self.end_column, self.rule, self.message)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "path": self.path,
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "message": self.message,
            "fix": self.fix.to_dict() if self.fix else None,
            "fingerprint": self.fingerprint,
        }
        if self.record is not None:
            data["record"] = self.record
        if self.related:
            data["related"] = [r.to_dict() for r in self.related]
        return data
