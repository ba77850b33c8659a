"""Inline suppressions written as comments in the article.

``<!-- newslint-disable [RULE…] -->`` … ``<!-- newslint-enable [RULE…] -->``
turn rules off for a stretch of lines; ``<!-- newslint-disable-next-line
[RULE…] -->`` for the next line only; ``<!-- newslint-disable-line [RULE…] -->``
for the line the comment is on. RULE is any selector (id, prefix or category);
none means every rule. They work in every format, since an HTML comment is
inert in Markdown and HTML and easy to spot in plain text.

The comments are checked as ruff checks ``noqa`` comments (RUF100): a
misspelt comment (``suppression/unknown-directive``) and a selector that names
no rule (``suppression/unknown-rule``) are reported, both on by default, and
so, when asked for, is a suppression that hid nothing (``suppression/unused``,
opt-in, like RUF100).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newslint.document.sourcemap import LineIndex
from newslint.engine.context import RawFinding
from newslint.engine.finding import Fix
from newslint.engine.rule import Rule, Severity
from newslint.engine.selection import matches

if TYPE_CHECKING:
    from newslint.document.model import Document
    from newslint.engine.registry import Registry

UNKNOWN_RULE = "suppression/unknown-rule"
UNKNOWN_DIRECTIVE = "suppression/unknown-directive"
DIRECTIVES = ("disable", "enable", "disable-line", "disable-next-line")
UNUSED = "suppression/unused"
_ABOUT_COMMENTS = "suppression/"

_COMMENT = re.compile(r"<!--\s*(newslint-([A-Za-z]+(?:-[A-Za-z]+)*))(.*?)-->", re.DOTALL)
_SELECTOR = re.compile(r"[^\s,]+")


@dataclass(frozen=True)
class Comment:
    """One ``newslint-…`` comment: its action, selectors with their source spans, and its own span."""

    action: str  # one of DIRECTIVES, or what a misspelt comment says instead
    selectors: tuple[tuple[str, int, int], ...]  # (selector, start, end) in the source
    start: int
    end: int
    directive: tuple[int, int] = (0, 0)  # the span of 'newslint-…'

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(selector for selector, _, _ in self.selectors)


@dataclass(eq=False)
class Suppression:
    selectors: tuple[str, ...]  # empty: every rule
    first_line: int
    last_line: int  # inclusive
    comment: Comment | None = None
    #: set when a finding was hidden by it (suppression/unused reports those never used)
    used: bool = field(default=False, compare=False)

    def covers(self, rule_id: str, line: int) -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
        if rule_id.startswith(_ABOUT_COMMENTS):
            # a blanket comment would hide the very finding about it: only naming the rule does
            return any(s.startswith(_ABOUT_COMMENTS) and matches(s, rule_id) for s in self.selectors)
        return not self.selectors or any(matches(s, rule_id) for s in self.selectors)


class Suppressions(list):
    """The suppressions of a document (a list of :class:`Suppression`) and every comment they came from."""

    def __init__(self, items=(), comments: list[Comment] | None = None) -> None:
        super().__init__(items)
        self.comments: list[Comment] = comments or []


def find_comments(source: str) -> list[Comment]:
    comments = []
    for match in _COMMENT.finditer(source):
        offset = match.start(3)
        selectors = tuple((m.group(), offset + m.start(), offset + m.end()) for m in _SELECTOR.finditer(match.group(3)))
        comments.append(Comment(match.group(2), selectors, match.start(), match.end(), match.span(1)))
    return comments


def find_suppressions(source: str, lines: LineIndex) -> Suppressions:
    if "newslint-" not in source:
        return Suppressions()
    comments = find_comments(source)
    result = Suppressions(comments=comments)
    open_ranges: dict[tuple[str, ...], tuple[int, Comment]] = {}
    for comment in comments:
        selectors = comment.names
        line = lines.position(comment.start)[0]
        end_line = lines.position(comment.end)[0]
        if comment.action == "disable-next-line":
            result.append(Suppression(selectors, end_line + 1, end_line + 1, comment))
        elif comment.action == "disable-line":
            result.append(Suppression(selectors, line, end_line, comment))
        elif comment.action == "disable":
            open_ranges.setdefault(selectors, (line, comment))
        elif comment.action == "enable":
            closing = [key for key in open_ranges if not selectors or key == selectors or set(selectors) & set(key)]
            for key in closing:
                first, opened = open_ranges.pop(key)
                result.append(Suppression(key, first, line, opened))
    for key, (line, opened) in open_ranges.items():
        result.append(Suppression(key, line, lines.line_count, opened))
    return result


def is_suppressed(suppressions: list[Suppression], rule_id: str, line: int) -> bool:
    hit = False
    for suppression in suppressions:
        if suppression.covers(rule_id, line):
            suppression.used = hit = True
    return hit


# -- checking the comments themselves ------------------------------------------------------------


class SuppressionRule(Rule):
    """A rule about the suppression comments. It has nothing to look at until every other rule
    has run, so the engine reports its findings (:func:`audit_suppressions`) when it is active."""

    severity = Severity.WARNING

    def check(self, doc, ctx) -> None:
        pass


def audit_suppressions(
    doc: Document, suppressions: Suppressions, raw: list[RawFinding], active: dict[str, Any], registry: Registry
) -> list[RawFinding]:
    """Findings about the suppression comments, for the rules ``suppression/…`` when they are active.

    ``raw`` are the other rules' findings, before suppressions hide them: a suppression is
    used when it covers one. ``active`` maps the id of each rule that ran to its entry.
    """
    unknown_rule, unused = active.get(UNKNOWN_RULE), active.get(UNUSED)
    unknown_directive = active.get(UNKNOWN_DIRECTIVE)
    if not suppressions.comments or (unknown_rule is None and unused is None and unknown_directive is None):
        return []
    found: list[RawFinding] = []
    mistaken: set[int] = set()  # comments with an unknown selector: that is their one finding
    for comment in suppressions.comments:
        if comment.action not in DIRECTIVES:  # its names mean nothing: the comment is the one finding
            if unknown_directive is not None:
                found.append(RawFinding(unknown_directive.rule, *comment.directive, _directive_message(comment.action), None, None))
            continue
        for selector, start, end in comment.selectors:
            if registry.known_selector(selector):
                continue
            mistaken.add(id(comment))
            if unknown_rule is not None:
                found.append(RawFinding(unknown_rule.rule, start, end, _unknown_message(selector, registry), None, None))
    if unused is None:
        return found
    for item in raw:
        line = doc.position(item.src_start)[0]
        for suppression in suppressions:
            if not suppression.used and suppression.covers(item.rule.id, line):
                suppression.used = True
    for suppression in suppressions:
        comment = suppression.comment
        if suppression.used or comment is None or id(comment) in mistaken:
            continue
        if not all(any(matches(selector, rule_id) for rule_id in active) for selector in suppression.selectors):
            continue  # a rule it names did not run: whether it would hide something is unknown
        start, end = _whole_comment(doc.source, comment)
        # a named rule ran and found nothing: certain; a blanket one may be for rules that are off
        fix = Fix("", "safe" if suppression.selectors else "unsafe")
        found.append(RawFinding(unused.rule, start, end, _unused_message(suppression), fix, None))
    return found


def _directive_message(action: str) -> str:
    close = difflib.get_close_matches(action.lower(), DIRECTIVES, n=1, cutoff=0.6)
    hint = f"did you mean 'newslint-{close[0]}'?" if close else "newslint knows -disable, -enable, -disable-line and -disable-next-line"
    return f"'newslint-{action}' is not a newslint comment, so it turns nothing off: {hint}"


def _unknown_message(selector: str, registry: Registry) -> str:
    names = [*registry.ids, *sorted({rule_id.split("/", 1)[0] for rule_id in registry.ids})]
    close = difflib.get_close_matches(selector, names, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else " ('newslint rules' lists them)"
    return f"'{selector}' names no rule, category or prefix, so this suppression hides nothing for it{hint}"


def _unused_message(suppression: Suppression) -> str:
    lines = (
        f"line {suppression.first_line}" if suppression.first_line == suppression.last_line
        else f"lines {suppression.first_line}-{suppression.last_line}"
    )
    what = f"no {', '.join(suppression.selectors)} finding" if suppression.selectors else "no finding"
    return f"unused suppression: there is {what} on {lines} to hide; remove the comment"


def _whole_comment(source: str, comment: Comment) -> tuple[int, int]:
    """The comment's span, with its line when the comment is all the line holds (what removing it removes)."""
    line_start = source.rfind("\n", 0, comment.start) + 1
    line_end = source.find("\n", comment.end)
    line_end = len(source) if line_end < 0 else line_end
    if source[line_start : comment.start].strip() or source[comment.end : line_end].strip():
        return comment.start, comment.end
    return line_start, min(line_end + 1, len(source))
