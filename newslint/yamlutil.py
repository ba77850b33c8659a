"""YAML with the line of every key, so config and rule-pack errors can name it."""

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


def load_with_lines(text: str) -> tuple[Any, dict[KeyPath, int]]:
    """The data in ``text`` and a map from each key path to its 1-based line."""
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise YamlSyntaxError(f"not valid YAML: {problem}", mark.line + 1 if mark else None) from None
    if node is None:
        return None, {}
    lines: dict[KeyPath, int] = {}
    return _construct(node, (), lines, yaml.SafeLoader("")), lines


def _construct(node: yaml.Node, key_path: KeyPath, lines: dict[KeyPath, int], loader: yaml.SafeLoader) -> Any:
    lines.setdefault(key_path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            lines[key_path + (key,)] = key_node.start_mark.line + 1
            result[key] = _construct(value_node, key_path + (key,), lines, loader)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_construct(item, key_path + (i,), lines, loader) for i, item in enumerate(node.value)]
    return loader.construct_object(node)


def line_of(lines: dict[KeyPath, int], key_path: KeyPath) -> int | None:
    """The line of ``key_path``, or of its nearest ancestor that has one."""
    while key_path and key_path not in lines:
        key_path = key_path[:-1]
    return lines.get(key_path)
