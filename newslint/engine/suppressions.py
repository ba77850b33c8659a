"""Inline suppressions written as comments in the article.

``<!-- newslint-disable [RULE…] -->`` … ``<!-- newslint-enable [RULE…] -->``
turn rules off for a stretch of lines; ``<!-- newslint-disable-next-line
[RULE…] -->`` for the next line only. RULE is any selector (id, prefix or
category); none means every rule. They work in every format, since an HTML
comment is inert in Markdown and HTML and easy to spot in plain text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.document.sourcemap import LineIndex
from newslint.engine.selection import matches

_COMMENT = re.compile(r"<!--\s*newslint-(disable-next-line|disable|enable)\b(.*?)-->", re.DOTALL)


@dataclass(frozen=True)
class Suppression:
    selectors: tuple[str, ...]  # empty: every rule
    first_line: int
    last_line: int  # inclusive

    def covers(self, rule_id: str, line: int) -> bool:
        return self.first_line <= line <= self.last_line and (
            not self.selectors or any(matches(s, rule_id) for s in self.selectors)
        )


def find_suppressions(source: str, lines: LineIndex) -> list[Suppression]:
    if "newslint-" not in source:
        return []
    result: list[Suppression] = []
    open_ranges: dict[tuple[str, ...], int] = {}
    for match in _COMMENT.finditer(source):
        action = match.group(1)
        selectors = tuple(s for s in re.split(r"[\s,]+", match.group(2).strip()) if s)
        line = lines.position(match.start())[0]
        end_line = lines.position(match.end())[0]
        if action == "disable-next-line":
            result.append(Suppression(selectors, end_line + 1, end_line + 1))
        elif action == "disable":
            open_ranges.setdefault(selectors, line)
        else:
            closing = [key for key in open_ranges if not selectors or key == selectors or set(selectors) & set(key)]
            for key in closing:
                result.append(Suppression(key, open_ranges.pop(key), line))
    for key, line in open_ranges.items():
        result.append(Suppression(key, line, lines.line_count))
    return result


def is_suppressed(suppressions: list[Suppression], rule_id: str, line: int) -> bool:
    return any(s.covers(rule_id, line) for s in suppressions)
