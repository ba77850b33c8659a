"""Which rules run on a file, at which severity, with which options.

Selectors work as in ruff: ``all``, a category (``casing``), any prefix of
an id (``casing/lower``) or a full id. Layers apply in order: the config, the
overrides whose globs match the file, then the command line. In a layer,
``select`` replaces the set (and may turn on rules that are off by default),
``extend-select`` adds to it, ``ignore`` removes from it. For severity the
most specific selector wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable

from newslint.config import Selection
from newslint.engine.rule import Rule, Severity, option_key


def matches(selector: str, rule_id: str) -> bool:
    selector = selector.strip()
    return selector.lower() == "all" or rule_id.startswith(selector)


def _specificity(selector: str) -> int:
    return 0 if selector.lower() == "all" else len(selector) + (1000 if "/" in selector else 0)


@dataclass
class ActiveRule:
    rule: Rule
    severity: Severity
    options: dict[str, Any]
    #: True when the config or command line set this rule's severity; it then
    #: wins over a severity the rule gives an individual finding.
    severity_overridden: bool = False


def candidate_ids(ids: Iterable[str], layers: list[Selection]) -> list[str]:
    """The rules that can end up enabled, so that only they need importing.

    After a layer's ``select`` the set no longer depends on which rules are on by
    default: only rules some ``select``/``extend-select`` names can be enabled.
    Without any ``select``, every rule's default matters.
    """
    ids = list(ids)
    if not any(layer.select is not None for layer in layers):
        return ids
    selectors = [s for layer in layers for s in (*(layer.select or []), *layer.extend_select)]
    return [rule_id for rule_id in ids if any(matches(s, rule_id) for s in selectors)]


def resolve(rules: Iterable[Rule], layers: Iterable[Selection]) -> list[ActiveRule]:
    rules = list(rules)
    layers = list(layers)
    enabled = {rule.id for rule in rules if rule.enabled_by_default}
    severity_overrides: dict[str, str] = {}
    options: dict[str, dict[str, Any]] = {}
    for layer in layers:
        if layer.select is not None:
            enabled = {rule.id for rule in rules if any(matches(s, rule.id) for s in layer.select)}
        enabled |= {rule.id for rule in rules if any(matches(s, rule.id) for s in layer.extend_select)}
        enabled -= {rule.id for rule in rules if any(matches(s, rule.id) for s in layer.ignore)}
        severity_overrides.update(layer.severity)
        for rule_id, values in layer.rules.items():
            options.setdefault(rule_id, {}).update(values)
    active = []
    for rule in rules:
        if rule.id not in enabled:
            continue
        level = rule.severity
        best = -1
        for selector, value in severity_overrides.items():
            if matches(selector, rule.id) and _specificity(selector) >= best:
                best = _specificity(selector)
                level = Severity.parse(value)
        merged = {name: option.default for name, option in rule.options.items()}
        merged.update(options.get(rule.id, {}))
        active.append(ActiveRule(rule, level, merged, best >= 0))
    return active


def option_errors(registry, layers: Iterable[Selection]) -> list[tuple[str, int | None]]:
    """(message, line) for each option a config sets wrongly: unknown rule, unknown option, wrong type."""
    errors = []
    for layer in layers:
        for rule_id, values in layer.rules.items():
            rule = registry.get(rule_id)
            for name, value in values.items():
                line = layer.option_lines.get((rule_id, name))
                option = rule.options.get(name) if rule else None
                if rule is None:
                    errors.append((f"rules: {rule_id!r} is not a full rule id (options need the exact id)", line))
                elif option is None:
                    known = ", ".join(sorted(option_key(known) for known in rule.options)) or "none"
                    errors.append((f"rule {rule_id} has no option {option_key(name)!r} (its options: {known})", line))
                elif not option.accepts(value):
                    errors.append(
                        (f"option {option_key(name)!r} of {rule_id} must be like {option.default!r}, not {value!r}", line)
                    )
    return errors
