"""YAML front matter at the top of a text or Markdown article.

A front matter block that is not valid YAML is reported (at the line YAML
complains about) and the body is linted anyway; simple ``key: value`` lines
are still salvaged so metadata rules can read the headline and date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newslint.document.model import MetaField, ParseProblem

_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
_SIMPLE_LINE = re.compile(r"^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)

INVALID_FRONT_MATTER = "metadata/invalid-front-matter"


@dataclass
class FrontMatter:
    metadata: dict[str, MetaField] = field(default_factory=dict)
    problems: list[ParseProblem] = field(default_factory=list)
    body_start: int = 0
    present: bool = False


def parse_front_matter(source: str) -> FrontMatter:
    opening = _OPEN.match(source)
    if not opening:
        return FrontMatter()
    closing = _CLOSE.search(source, opening.end())
    if not closing:
        return FrontMatter(
            problems=[ParseProblem(INVALID_FRONT_MATTER, 0, 3, "front matter opened with '---' is never closed")],
            present=True,
        )
    import yaml  # PyYAML only for a file that has front matter

    from newslint.yamlutil import YamlSyntaxError, check_size, construct, explain

    content_start = opening.end()
    content = source[content_start : closing.start()]
    result = FrontMatter(body_start=closing.end(), present=True)
    try:
        node = yaml.compose(content, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        start, end, message = explain(error, content, "front matter")
        return _invalid(result, content, content_start, content_start + start, message, content_start + end)
    except RecursionError:
        return _invalid(result, content, content_start, content_start, "front matter is nested too deeply to read")
    if node is not None:
        try:
            check_size(node)  # an alias bomb or a self-referring alias is refused, not expanded
        except YamlSyntaxError as error:
            offset = content_start + _line_offset(content, error.line)
            return _invalid(result, content, content_start, offset, f"front matter cannot be read: {error}")
    if node is None:
        return result
    if not isinstance(node, yaml.MappingNode):
        result.problems.append(
            ParseProblem(
                INVALID_FRONT_MATTER,
                content_start + node.start_mark.index,
                content_start + node.end_mark.index,
                "front matter must be a mapping of keys to values",
            )
        )
        return result
    loader = yaml.SafeLoader("")
    for key_node, value_node in node.value:
        try:
            key = str(construct(key_node, loader))
            value = construct(value_node, loader)
        except YamlSyntaxError as error:
            offset = content_start + key_node.start_mark.index
            result.problems.append(ParseProblem(INVALID_FRONT_MATTER, offset, offset + 1, f"front matter {error}"))
            continue
        start = content_start + value_node.start_mark.index
        end = content_start + value_node.end_mark.index
        if isinstance(value_node, yaml.ScalarNode) and value_node.style in ("'", '"'):
            start, end = start + 1, max(end - 1, start + 1)
        result.metadata[key.lower()] = MetaField(value, start, end)
    return result


def _invalid(result: FrontMatter, content: str, content_start: int, offset: int, message: str, end: int | None = None) -> FrontMatter:
    """Report the front matter at ``offset`` (to ``end``) and keep what simple ``key: value`` lines say."""
    end = end if end is not None and end > offset else offset + 1 if offset < content_start + len(content) else offset
    result.problems.append(ParseProblem(INVALID_FRONT_MATTER, offset, end, message))
    result.metadata = _salvage(content, content_start)
    return result


def _line_offset(content: str, line: int | None) -> int:
    return sum(len(text) for text in content.splitlines(keepends=True)[: (line or 1) - 1])


def _salvage(content: str, content_start: int) -> dict[str, MetaField]:
    fields: dict[str, MetaField] = {}
    for match in _SIMPLE_LINE.finditer(content):
        value = match.group(2)
        start, end = match.span(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value, start, end = value[1:-1], start + 1, end - 1
        fields.setdefault(match.group(1).lower(), MetaField(value, content_start + start, content_start + end))
    return fields
