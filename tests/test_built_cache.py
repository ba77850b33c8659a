"""Built YAML rules and tables kept between runs (newslint/built_cache.py) and patterns compiled on first use."""

from __future__ import annotations

import pickle
import re

import pytest

from newslint.lazy_regex import lazy_compile
from newslint import yamlrules
from newslint.yamlrules import YamlRuleError, load_rule_file

RULE = """\
kind: substitution
summary: Spinner phrases.
rationale: Paraphrasing tools write them.
inflect: plural
swap:
  heart assault: heart attack
"""


@pytest.fixture
def pack(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_BUILT_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "house" / "wording").mkdir(parents=True)
    return tmp_path


def _load(pack):
    return load_rule_file(pack / "house" / "wording" / "spin.yaml", pack / "house")


def _entries(pack):
    return set((pack / "cache").glob("*.pickle"))


def _never_built(monkeypatch):
    def refuse(*args):
        raise AssertionError("built again")

    monkeypatch.setattr(yamlrules, "_build", refuse)


def test_a_built_rule_is_kept_and_read_back(pack, monkeypatch):
    (pack / "house" / "wording" / "spin.yaml").write_text(RULE, encoding="utf-8")
    first = _load(pack)
    _never_built(monkeypatch)
    again = _load(pack)
    assert again is not first and again.id == first.id == "wording/spin"
    assert again.groups[0].replacements == first.groups[0].replacements == {
        "heart assault": "heart attack", "heart assaults": "heart attacks"}


def test_an_edited_file_is_built_again_and_replaces_its_entry(pack):
    path = pack / "house" / "wording" / "spin.yaml"
    path.write_text(RULE, encoding="utf-8")
    _load(pack)
    before = _entries(pack)
    path.write_text(RULE.replace("heart attack", "cardiac arrest"), encoding="utf-8")
    assert _load(pack).groups[0].replacements["heart assault"] == "cardiac arrest"
    assert len(_entries(pack)) == len(before) and _entries(pack) != before


def test_a_broken_file_is_never_kept(pack):
    (pack / "house" / "wording" / "spin.yaml").write_text(RULE.replace("swap:", "swop:"), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(YamlRuleError, match="unknown key 'swop'"):
            _load(pack)
    assert not any(pickle.loads(entry.read_bytes()).__class__.__name__ == "SubstitutionRule" for entry in _entries(pack))


def test_an_unreadable_entry_is_ignored(pack):
    (pack / "house" / "wording" / "spin.yaml").write_text(RULE, encoding="utf-8")
    before = _entries(pack)
    _load(pack)
    (entry,) = _entries(pack) - before
    entry.write_bytes(b"not a pickle")
    assert _load(pack).groups[0].replacements["heart assault"] == "heart attack"
    assert pickle.loads(entry.read_bytes()).id == "wording/spin"  # written again


def test_off_keeps_nothing(pack, monkeypatch):
    monkeypatch.setenv("NEWSLINT_BUILT_CACHE_DIR", "off")
    (pack / "house" / "wording" / "spin.yaml").write_text(RULE, encoding="utf-8")
    assert _load(pack).id == "wording/spin"
    assert not (pack / "cache").exists()


def test_a_lexicon_table_is_kept_and_read_back(tmp_path, monkeypatch):
    from newslint.built_cache import kept

    monkeypatch.setenv("NEWSLINT_BUILT_CACHE_DIR", str(tmp_path))
    assert kept("table", lambda: {"colour": "color"}) == {"colour": "color"}
    assert kept("table", lambda: pytest.fail("built again")) == {"colour": "color"}
    assert kept("table", lambda: {"other": "source"}, b"another source") == {"other": "source"}
    assert len(list(tmp_path.glob("*.pickle"))) == 1  # the newest entry of a name replaces the older


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source, text = r"(?P<word>t\w+)", "take the tea to them"
    lazy, compiled = lazy_compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    assert lazy.pattern == source and "search" not in vars(lazy)  # nothing compiled yet
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert "search" in vars(lazy)  # bound once: later calls skip the stand-in
    assert lazy.sub("x", text) == compiled.sub("x", text)
    assert lazy.search("TEA")["word"] == "TEA" and lazy.groupindex == compiled.groupindex
    with pytest.raises(AttributeError):
        lazy.no_such_method
