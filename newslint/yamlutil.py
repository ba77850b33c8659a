"""YAML with the line of every key, so config and rule-pack errors can name it.

YAML read here comes from articles and from repositories nobody vetted, so it is bounded: an
alias bomb ("billion laughs"), an alias that contains itself, nesting thousands deep, a value
YAML cannot build (``2024-13-45``, a 5,000-digit number) or a list used as a key becomes a
:class:`YamlSyntaxError` at its line, never a hang or a traceback.
"""

from __future__ import annotations

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
        problem = getattr(error, "problem", None) or str(error)
        raise YamlSyntaxError(f"not valid YAML: {problem}", mark.line + 1 if mark else None) from None
    except RecursionError:
        raise YamlSyntaxError(f"YAML nested more than {MAX_DEPTH} levels deep", None) from None
    if node is not None:
        check_size(node)
    return node


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
