"""What a rule sees while it checks one document, and how it reports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from newslint.engine.finding import Fix, Related

_TOC_RULE = "artifact/table-of-contents"

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
    #: Further places of the same root cause (see :class:`Related`).
    related: tuple[Related, ...] = ()


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
        related: Sequence[tuple[int, int, str | None]] = (),
    ) -> None:
        """Report analysis-text span ``[start, end)`` of ``doc.text``.

        A fix replaces the span's source characters. It stays safe only when
        the span is an unaltered copy of the source: replacing text that spans
        markup or a decoded reference would lose characters the rule never saw.
        ``related`` holds further places ``(start, end, replacement)`` of the same
        root cause; the fix writes each replacement too (None: leave it).
        """
        src_start, src_end = self.doc.source_span(start, end)
        spans = [(start, end), *((s, e) for s, e, r in related if r is not None)]
        if fix is not None and safe and not all(self.doc.offsets.is_verbatim(s, e) for s, e in spans):
            safe = False
        places = [(*self.doc.source_span(s, e), r) for s, e, r in related]
        self.report_source(src_start, src_end, message, fix=fix, safe=safe, severity=severity, related=places)

    def report_source(
        self,
        src_start: int,
        src_end: int,
        message: str,
        *,
        fix: str | None = None,
        safe: bool = True,
        severity: Severity | None = None,
        related: Sequence[tuple[int, int, str | None]] = (),
    ) -> None:
        """Report source span ``[src_start, src_end)`` of ``doc.source`` directly (``related``: source spans)."""
        if self._echoes_a_heading(src_start, src_end):
            # report at the first place outside the table of contents (its entries stay among the places, for the fix)
            outside = [place for place in sorted(related) if not self._echoes_a_heading(place[0], place[1])]
            if not outside:
                return
            first = outside[0]
            related = [(src_start, src_end, fix), *(place for place in related if place != first)]
            src_start, src_end = first[0], first[1]
            fix = first[2] if fix is not None else None
        fix_object = Fix(fix, "safe" if safe else "unsafe") if fix is not None else None
        places = tuple(
            Related(*self.doc.position(s), *self.doc.position(max(e, s)), s, e, r if fix is not None else None)
            for s, e, r in sorted(related)
        )
        self._sink.append(RawFinding(self.rule, src_start, src_end, message, fix_object, severity, places))

    def _echoes_a_heading(self, src_start: int, src_end: int) -> bool:
        """Inside a table-of-contents entry that copies a heading: the heading's finding says it once."""
        if self.rule.id == _TOC_RULE:
            return False
        from newslint.analysis.templates import toc_echoes  # analysis imports the engine: import when used

        return any(start <= src_start and src_end <= end for start, end in toc_echoes(self.doc))
