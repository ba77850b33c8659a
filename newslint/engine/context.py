"""What a rule sees while it checks one document, and how it reports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslint.engine.finding import Fix

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.document.model import Document
    from newslint.engine.rule import Rule, Severity


@dataclass
class RawFinding:
    """A rule's report before positions are turned into lines and columns."""

    rule: Rule
    src_start: int
    src_end: int
    message: str
    fix: Fix | None
    severity: Severity | None


class RuleContext:
    """Passed to :meth:`Rule.check`: the rule's options, the config, and ``report``."""

    def __init__(
        self,
        doc: Document,
        rule: Rule,
        options: dict[str, Any],
        config: Config,
        sink: list[RawFinding],
        metrics: dict[str, Any] | None = None,
        notices: list[str] | None = None,
    ):
        self.doc = doc
        self.rule = rule
        self.options = options
        self.config = config
        self._sink = sink
        self._metrics = metrics if metrics is not None else {}
        self._notices = notices if notices is not None else []

    def notice(self, message: str) -> None:
        """Say something about the run, not the article (an optional engine is unreachable).

        The CLI prints each distinct notice once on stderr; it changes the exit
        code only with ``--strict-engines``.
        """
        self._notices.append(message)

    def metric(self, name: str, value: Any) -> None:
        """Record a document-level measurement; it appears in the JSON summary."""
        self._metrics[name] = value

    def report(
        self,
        start: int,
        end: int,
        message: str,
        *,
        fix: str | None = None,
        safe: bool = True,
        severity: Severity | None = None,
    ) -> None:
        """Report analysis-text span ``[start, end)`` of ``doc.text``.

        A fix replaces the span's source characters. It stays safe only when
        the span is an unaltered copy of the source: replacing text that spans
        markup or a decoded reference would lose characters the rule never saw.
        """
        src_start, src_end = self.doc.source_span(start, end)
        if fix is not None and safe and not self.doc.offsets.is_verbatim(start, end):
            safe = False
        self.report_source(src_start, src_end, message, fix=fix, safe=safe, severity=severity)

    def report_source(
        self,
        src_start: int,
        src_end: int,
        message: str,
        *,
        fix: str | None = None,
        safe: bool = True,
        severity: Severity | None = None,
    ) -> None:
        """Report source span ``[src_start, src_end)`` of ``doc.source`` directly."""
        fix_object = Fix(fix, "safe" if safe else "unsafe") if fix is not None else None
        self._sink.append(RawFinding(self.rule, src_start, src_end, message, fix_object, severity))
