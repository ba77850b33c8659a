"""Every rule's own examples are tests: bad ones must produce the rule's finding
(and ``fixed`` must be what --fix makes of them), good ones must not."""

from __future__ import annotations

import pytest

from newslint.config import Selection
from newslint.engine.fixes import apply_fixes
from newslint.engine.registry import load_registry
from newslint.engine.rule import CATEGORIES
from newslint.engine.runner import Linter

REGISTRY = load_registry(())
RULES = REGISTRY.sorted_rules()
EXTENSIONS = {"text": "txt", "markdown": "md", "html": "html"}


def _cases():
    for rule in RULES:
        for i, example in enumerate(rule.examples):
            yield pytest.param(rule, example, id=f"{rule.id}-{'bad' if example.bad else 'good'}-{i}")


def _lint(rule, example):
    selection = Selection(select=[rule.id], rules={rule.id: dict(example.options)} if example.options else {})
    linter = Linter(cli_selection=selection)
    path = f"example.{EXTENSIONS[example.format]}"
    return linter, path, linter.lint_text(path, example.text, fmt=example.format)


def test_registry_loads_cleanly():
    assert REGISTRY.errors == []
    assert RULES


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented(rule):
    assert rule.category in CATEGORIES
    assert rule.summary.strip() and rule.rationale.strip()
    if rule.id != "metadata/unreadable-encoding":  # its input is bytes: tested in test_bad_input
        assert any(e.bad for e in rule.examples), "needs at least one bad example"
        assert any(not e.bad for e in rule.examples), "needs at least one good example"


@pytest.mark.parametrize("rule,example", list(_cases()))
def test_rule_example(rule, example):
    linter, path, result = _lint(rule, example)
    assert result.errors == []
    own = [f for f in result.findings if f.rule == rule.id]
    if not example.bad:
        assert own == [], f"good example flagged: {[(f.line, f.column, f.message) for f in own]}"
        return
    assert own, "bad example not flagged"
    if example.fixed is not None:
        fixed, applied = apply_fixes(example.text, own)
        assert applied, "bad example has 'fixed' but no safe fix was offered"
        assert fixed == example.fixed
