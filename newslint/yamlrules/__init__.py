"""Declarative rules in YAML, one file per rule, one module per rule kind (as Vale's checks).

A rule's id is its place in the pack: ``<pack>/wording/tortured-phrases.yaml``
is ``wording/tortured-phrases``. Adding a kind is one module here and one
line in :data:`KINDS`.
"""

from __future__ import annotations

from pathlib import Path

from newslint.built_cache import kept
from newslint.engine.registry import pack_rule_id
from newslint.yamlrules.base import YamlRule, YamlRuleError
from newslint.yamlrules.capitalization import CapitalizationRule
from newslint.yamlrules.consistency import ConsistencyRule
from newslint.yamlrules.existence import ExistenceRule
from newslint.yamlrules.occurrence import OccurrenceRule
from newslint.yamlrules.substitution import SubstitutionRule

KINDS: dict[str, type[YamlRule]] = {
    "existence": ExistenceRule,
    "substitution": SubstitutionRule,
    "occurrence": OccurrenceRule,
    "consistency": ConsistencyRule,
    "capitalization": CapitalizationRule,
}


def load_rule_file(path: Path, pack_root: Path) -> YamlRule:
    rule_id = pack_rule_id(path, pack_root)
    if rule_id is None:
        raise YamlRuleError(str(path), None, "a rule file must sit in a category folder: <pack>/<category>/<name>.yaml")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise YamlRuleError(str(path), None, f"cannot read: {error}") from None
    # built once per edit of the file or of newslint: the parse and its plurals cost a tenth of a cold run
    return kept(f"pack {rule_id} {path}", lambda: _build(path, rule_id), raw)


def _build(path: Path, rule_id: str) -> YamlRule:
    from newslint.yamlutil import YamlSyntaxError, load_with_lines  # PyYAML only when a file is built

    try:
        data, lines = load_with_lines(path.read_text(encoding="utf-8"))
    except YamlSyntaxError as error:
        raise YamlRuleError(str(path), error.line, str(error)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise YamlRuleError(str(path), None, f"cannot read: {error}") from None
    if not isinstance(data, dict):
        raise YamlRuleError(str(path), 1, "a rule file must be a mapping")
    kind = data.get("kind")
    if kind not in KINDS:
        known = ", ".join(KINDS)
        raise YamlRuleError(str(path), lines.get(("kind",), 1), f"unknown rule kind {kind!r} (known: {known})")
    return KINDS[kind](rule_id, data, lines, str(path))
