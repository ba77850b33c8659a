"""A finding: one problem at one exact place in one file."""

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
        return data
