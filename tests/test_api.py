"""The Python API for integrators: lint_text and fix_text with a format, metadata and a config mapping."""

from __future__ import annotations

from pathlib import Path

import pytest

import newslint
from newslint.api import Edit, fix_text, lint_text
from newslint.config import ConfigError

TEXT = "The mayor said the the plan was ready,and she went too the market where teh council met.\n"
PAGE = (
    "<html><head><title>Council approves budget</title></head>"
    "<body><h1>Council approves budget</h1><p>The council voted on Tuesday, its chairman said.</p></body></html>\n"
)


def rules_of(findings) -> set[str]:
    return {f.rule for f in findings}


def test_the_existing_call_still_works() -> None:
    findings = lint_text("The the end of the story.\n", path="a.md")
    (repeated,) = [f for f in findings if f.rule == "grammar/repeated-word"]
    assert (repeated.line, repeated.column, repeated.end_column) == (1, 1, 8)
    assert newslint.lint_text is lint_text and newslint.fix_text is fix_text


def test_a_config_mapping_selects_and_sets_severities() -> None:
    findings = lint_text(TEXT, config={"select": ["grammar"], "severity": {"grammar/to-too": "info"}})
    assert rules_of(findings) == {"grammar/repeated-word", "grammar/to-too"}
    assert next(f for f in findings if f.rule == "grammar/to-too").severity == "info"
    assert "punctuation/missing-space-after-comma" in rules_of(lint_text(TEXT))


def test_a_config_mapping_reads_as_the_same_file_does(tmp_path: Path) -> None:
    config = {"ignore": ["spelling"], "vocabulary": {"accept": ["teh"]}, "overrides": [{"files": ["*.md"], "ignore": ["grammar/to-too"]}]}
    (tmp_path / ".newslint.yaml").write_text(
        "ignore: [spelling]\nvocabulary:\n  accept: [teh]\noverrides:\n  - files: ['*.md']\n    ignore: [grammar/to-too]\n", encoding="utf-8"
    )
    for path in ("a.txt", "a.md"):
        from_mapping = [f.to_dict() for f in lint_text(TEXT, path=path, config=config)]
        from_file = [f.to_dict() for f in lint_text(TEXT, path=path, config=tmp_path / ".newslint.yaml")]
        assert from_mapping == from_file
    assert "grammar/to-too" in rules_of(lint_text(TEXT, path="a.txt", config=config))
    assert "grammar/to-too" not in rules_of(lint_text(TEXT, path="a.md", config=config))  # the override matched the path


def test_a_config_mapping_is_checked_as_a_file_is() -> None:
    with pytest.raises(ConfigError, match="unknown key 'fail_on'.*'fail-on'"):
        lint_text(TEXT, config={"fail_on": "warning"})
    with pytest.raises(ConfigError, match="no rule matches 'grammar/no-such-rule'"):
        lint_text(TEXT, config={"select": ["grammar/no-such-rule"]})
    with pytest.raises(ConfigError, match="dialect"):
        lint_text(TEXT, config={"dialect": "klingon"})
    with pytest.raises(TypeError):
        lint_text(TEXT, config=["select", "grammar"])  # type: ignore[arg-type]


def test_format_reads_the_text_as_that_kind_of_article() -> None:
    as_html = lint_text(PAGE, path="story", format="html")
    assert "metadata/missing-field" in rules_of(as_html)  # a page with no byline or date in its <head>
    as_text = lint_text(PAGE, path="story", format="text")
    assert "metadata/missing-field" not in rules_of(as_text)
    with pytest.raises(ValueError, match="format must be one of"):
        lint_text(PAGE, format="docx")


def test_metadata_fills_what_the_article_lacks() -> None:
    missing = [f.message for f in lint_text(PAGE, format="html") if f.rule == "metadata/missing-field"]
    assert any("byline" in m for m in missing) and any("date" in m for m in missing)
    known = {"byline": "Ana Ruiz", "date": "2026-12-02", "headline": "Council approves budget"}
    assert "metadata/missing-field" not in rules_of(lint_text(PAGE, format="html", metadata=known))
    with pytest.raises(TypeError, match="metadata"):
        lint_text(PAGE, format="html", metadata={"date": 2026})  # type: ignore[dict-item]


def test_findings_carry_their_fixes() -> None:
    findings = {f.rule: f for f in lint_text(TEXT)}
    to_too = findings["grammar/to-too"]
    assert (to_too.fix.replacement, to_too.fix.applicability) == ("to", "safe")
    assert to_too.edits() == [(to_too.src_start, to_too.src_end, "to")] and TEXT[to_too.src_start : to_too.src_end] == "too"
    assert findings["spelling/misspelled-word"].fix.applicability == "unsafe"


def test_fix_text_applies_safe_fixes_and_reports_the_edits() -> None:
    fixed = fix_text(TEXT)
    assert fixed.text == "The mayor said the plan was ready, and she went to the market where teh council met.\n"
    assert fixed.changed
    by_rule = {e.rules: e for e in fixed.edits}
    too = by_rule[("grammar/to-too",)]
    assert isinstance(too, Edit) and (too.original, too.replacement) == ("too", "to")
    assert TEXT[too.start : too.end] == "too" and (too.line, too.column, too.end_column) == (1, TEXT.index("too") + 1, TEXT.index("too") + 4)
    assert ("grammar/repeated-word",) in by_rule and ("punctuation/missing-space-after-comma",) in by_rule
    # what is left: the suggestion an editor must confirm
    assert rules_of(fixed.findings) == {"spelling/misspelled-word"}
    # applying the edits to the original text gives the fixed text
    rebuilt, position = [], 0
    for edit in sorted(fixed.edits, key=lambda e: e.start):
        rebuilt += [TEXT[position : edit.start], edit.replacement]
        position = edit.end
    assert "".join(rebuilt) + TEXT[position:] == fixed.text


def test_fix_text_unsafe_also_applies_suggestions() -> None:
    fixed = fix_text(TEXT, unsafe=True)
    assert fixed.text.endswith("where the council met.\n")
    assert any(e.rules == ("spelling/misspelled-word",) and e.original == "teh" for e in fixed.edits)


def test_fix_text_positions_are_code_points_after_an_emoji_and_crlf() -> None:
    text = "Seoul \U0001F600 \u6771\u4eac.\r\nShe went too the market.\r\n"
    fixed = fix_text(text)
    assert fixed.text == "Seoul \U0001F600 \u6771\u4eac.\r\nShe went to the market.\r\n"
    (edit,) = fixed.edits
    assert text[edit.start : edit.end] == "too" and (edit.line, edit.column) == (2, 10)


def test_fix_text_never_touches_a_direct_quotation() -> None:
    text = "\u201cWe went too the market,\u201d the mayor said. She went too the market.\n"
    fixed = fix_text(text)
    assert fixed.text == "\u201cWe went too the market,\u201d the mayor said. She went to the market.\n"


def test_fix_text_keeps_the_format_and_metadata_in_every_pass() -> None:
    # 'too too' then 'too': two passes; the second must still read the text as HTML (not by its name, 'story')
    page = "<html><head><title>Vote</title></head><body><p>The council went too too the vote.</p></body></html>\n"
    metadata = {"byline": "Ana Ruiz", "date": "2026-12-02"}
    fixed = fix_text(page, path="story", format="html")
    assert fixed.text == page.replace("too too", "to")
    (edit,) = fixed.edits
    assert edit.original == "too too" and edit.rules == ("grammar/repeated-word", "grammar/to-too")
    assert [f.to_dict() for f in fixed.findings] == [f.to_dict() for f in lint_text(fixed.text, path="story", format="html")]
    assert "metadata/missing-field" in rules_of(fixed.findings)  # the page has no byline: still read as a page
    with_metadata = fix_text(page, path="story", format="html", metadata=metadata)
    assert with_metadata.text == fixed.text and with_metadata.findings == []


def test_fix_text_with_nothing_to_fix() -> None:
    fixed = fix_text("The council met on Tuesday.\n")
    assert fixed.text == "The council met on Tuesday.\n" and fixed.edits == [] and not fixed.changed


def test_fix_text_takes_a_config_mapping() -> None:
    fixed = fix_text(TEXT, config={"ignore": ["grammar/to-too"]})
    assert "went too the" in fixed.text and "the the" not in fixed.text
