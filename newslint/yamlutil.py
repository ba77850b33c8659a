"""YAML with the line of every key, so config and rule-pack errors can name it.

YAML read here comes from articles and from repositories nobody vetted, so it is bounded: an
alias bomb ("billion laughs"), an alias that contains itself, nesting thousands deep, a value
YAML cannot build (``2024-13-45``, a 5,000-digit number) or a list used as a key becomes a
:class:`YamlSyntaxError` at its line, never a hang or a traceback.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

KeyPath = tuple[Any, ...]


class YamlSyntaxError(ValueError):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.line = line


#: libyaml's parser when PyYAML has it (much faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


#: Most values a document may expand to once aliases are followed, and deepest nesting. Real
#: configs, packs and front matter stay far below both; a billion-laughs bomb is past the first
#: within its third line, and an alias inside itself is past the second at once.
MAX_VALUES = 100_000
MAX_DEPTH = 100


def compose(text: str) -> yaml.Node | None:
    """The node tree of ``text``, checked to be small and acyclic once aliases are expanded."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        line = mark.line + 1 if mark else None  # where the parser stopped
        start, _, message = explain(error, text)
        cause = text.count("\n", 0, start) + 1  # where the writer has to look
        where = f" (line {cause})" if mark and cause != line else ""
        raise YamlSyntaxError(f"not valid YAML: {message}{where}", line) from None
    except RecursionError:
        raise YamlSyntaxError(f"YAML nested more than {MAX_DEPTH} levels deep", None) from None
    if node is not None:
        check_size(node)
    return node


# -- syntax errors in an editor's words -------------------------------------------------------

_KEY_THEN_VALUE = re.compile(r"\s*(?:-\s+)?([^\s:#'\"][^:#]*?)\s*:\s+(\S.*)")
_EMPTY_KEY = re.compile(r"\s*(?:-\s+)?([^\s:#'\"][^:#]*?)\s*:\s*$")


def explain(error: yaml.YAMLError, text: str, what: str = "YAML") -> tuple[int, int, str]:
    """Where a syntax error in ``text`` is, as (start, end) offsets, and what is wrong, in the
    words of the person who wrote it rather than the parser's ("mapping values are not allowed
    here" is "a colon inside a value: put the value in quotes"). The span is on a line the
    writer can see: a line of nothing but tabs is passed over for the line it indents.
    ``what`` names the text in the message ("front matter", or "YAML" for a config).
    """
    problem = str(getattr(error, "problem", None) or error)
    context = str(getattr(error, "context", None) or "")
    problem_mark = getattr(error, "problem_mark", None)
    context_mark = getattr(error, "context_mark", None)
    lines = text.splitlines(keepends=True) or [""]
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def at(line: int, column: int) -> int:
        return min(starts[min(line, len(lines))] + column, len(text))

    def visible(line: int) -> str:
        return lines[line].rstrip("\r\n") if line < len(lines) else ""

    def whole_line(line: int) -> tuple[int, int]:
        content = visible(line)
        indent = len(content) - len(content.lstrip(" \t"))
        return at(line, indent), at(line, max(len(content.rstrip()), indent + 1))

    def one(mark) -> tuple[int, int]:
        start = at(mark.line, mark.column)
        return start, min(start + 1, len(text))

    mark = problem_mark or context_mark
    if mark is None:
        return 0, min(1, len(text)), f"{what} cannot be read: {problem}"
    line, column = mark.line, mark.column
    before = visible(line)[:column]

    if "'\\t'" in problem or "tab" in problem:
        if before.strip():
            key = before.rstrip()
            if key.endswith(":"):
                return (*one(mark), f"a tab character after '{key.strip()}': put a space between a key and its value")
            return (*one(mark), f"a tab character here: {what} must use spaces, not tabs")
        shown = next((n for n in range(line, len(lines)) if visible(n).strip()), line)
        parent = next((visible(n) for n in range(line - 1, -1, -1) if visible(n).strip()), "")
        empty_key = _EMPTY_KEY.fullmatch(parent)
        hint = f", or write the value on one line after '{empty_key.group(1)}:'" if empty_key else ""
        message = f"a tab character indents this line: {what} must be indented with spaces{hint}"
        indented = visible(shown)
        tab = indented[: len(indented) - len(indented.lstrip(" \t"))].find("\t")
        if tab < 0:
            return (*whole_line(shown), message)
        start = at(shown, tab)  # the first tab of a line the writer can see
        return start, start + 1, message

    if "mapping values are not allowed" in problem:
        key_value = _KEY_THEN_VALUE.match(visible(line))
        if key_value and len(key_value.group(0)) - len(key_value.group(2)) <= column:
            key, value = key_value.group(1), key_value.group(2).rstrip()
            quoted = value.replace('"', '\\"')
            return (*one(mark), f'a colon inside the value of \'{key}\': put the value in quotes ({key}: "{quoted}")')
        return (*whole_line(line), "this line is indented more than the key above it: line the keys up, one 'key: value' per line")

    if "quoted scalar" in context and context_mark is not None:
        return (*one(context_mark), "a quotation mark opens a value and is never closed")

    if "could not find expected ':'" in problem:
        where = context_mark.line if context_mark is not None else line
        return (*whole_line(where), "this line has no colon: write each line as 'key: value'")

    if "flow sequence" in context and context_mark is not None:
        return (*one(context_mark), "a list opened with '[' is not closed with ']' (to keep the brackets as text, put the value in quotes)")
    if "flow mapping" in context and context_mark is not None:
        return (*one(context_mark), "a '{' opens a mapping that is not closed with '}' (to keep the braces as text, put the value in quotes)")

    if "undefined alias" in problem or ("anchor" in context or "alias" in context) and context_mark is not None:
        target = context_mark if context_mark is not None and ("anchor" in context or "alias" in context) else mark
        sign = visible(target.line)[target.column : target.column + 1] or "*"
        return (*one(target), f"a value cannot start with '{sign}' (YAML reads it as a reference): put the value in quotes")

    started = re.match(r"found character '(.)' that cannot start any token", problem)
    if started:
        return (*one(mark), f"a value cannot start with '{started.group(1)}': put the value in quotes")

    if "unknown escape character" in problem:
        return (*one(mark), "a backslash inside double quotes starts an escape YAML does not know: use single quotes, or write \\\\")

    if "expected <block end>" in problem or "expected <block mapping start>" in problem or "did not find expected key" in problem:
        if before.rstrip().endswith(("'", '"')):
            start = at(line, column)
            return start, at(line, max(len(visible(line).rstrip()), column + 1)), "text after the closing quotation mark: quote the whole value, or none of it"
        if problem.endswith("'-'"):
            return (*whole_line(line), "a list item where a key was expected: indent the list under its key")
        return (*whole_line(line), "this line does not line up with the keys above it: check its indentation")

    detail = f"{problem} ({context})" if context else problem
    return (*one(mark), f"{what} stops making sense here: {detail}")


def check_size(root: yaml.Node) -> None:
    """Refuse a node tree too big or too deep once its aliases are expanded."""
    values = 0
    stack = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        values += 1
        if values > MAX_VALUES:
            raise YamlSyntaxError(
                f"YAML expands to more than {MAX_VALUES:,} values through its aliases (an alias bomb?)",
                node.start_mark.line + 1,
            )
        if depth > MAX_DEPTH:
            raise YamlSyntaxError(
                f"YAML nested more than {MAX_DEPTH} levels deep (or an alias refers to itself)", node.start_mark.line + 1
            )
        if isinstance(node, yaml.MappingNode):
            stack.extend((part, depth + 1) for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def construct(node: yaml.Node, loader: yaml.SafeLoader | None = None) -> Any:
    """The Python value of a checked node; a value YAML cannot build is a :class:`YamlSyntaxError`."""
    loader = loader or yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, TypeError, OverflowError) as error:
        # ValueError: '2024-13-45' as a date, an integer past Python's digit limit; TypeError: a list as a key.
        problem = getattr(error, "problem", None) or str(error)
        raise YamlSyntaxError(f"value cannot be read: {problem}", node.start_mark.line + 1) from None


def load_with_lines(text: str) -> tuple[Any, dict[KeyPath, int]]:
    """The data in ``text`` and a map from each key path to its 1-based line."""
    node = compose(text)
    if node is None:
        return None, {}
    lines: dict[KeyPath, int] = {}
    return _construct(node, (), lines, yaml.SafeLoader("")), lines


def _construct(node: yaml.Node, key_path: KeyPath, lines: dict[KeyPath, int], loader: yaml.SafeLoader) -> Any:
    lines.setdefault(key_path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlSyntaxError("a key must be a plain value, not a list or a mapping", key_node.start_mark.line + 1)
            key = construct(key_node, loader)
            lines[key_path + (key,)] = key_node.start_mark.line + 1
            result[key] = _construct(value_node, key_path + (key,), lines, loader)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, key_path + (i,), lines, loader) for i, item in enumerate(node.value)]
    return construct(node, loader)


def line_of(lines: dict[KeyPath, int], key_path: KeyPath) -> int | None:
    """The line of ``key_path``, or of its nearest ancestor that has one."""
    while key_path and key_path not in lines:
        key_path = key_path[:-1]
    return lines.get(key_path)
