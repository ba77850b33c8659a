"""Inline suppressions and baselines: adopt newslint on an archive, see only new problems."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import findings, run_cli

RULES = ["grammar/repeated-word", "punctuation/missing-space-after-comma"]


def lines_found(text: str, path: str = "story.md") -> list[tuple[int, str]]:
    return [(f.line, f.rule) for f in findings(text, RULES, path=path)]


def test_disable_and_enable_a_stretch_for_all_rules():
    text = (
        "# Headline\n\n"
        "We met the the team,she said.\n\n"
        "<!-- newslint-disable -->\n"
        "We met the the team,she said.\n\n"
        "<!-- newslint-enable -->\n"
        "We met the the team.\n"
    )
    assert lines_found(text) == [(3, "grammar/repeated-word"), (3, "punctuation/missing-space-after-comma"), (9, "grammar/repeated-word")]


def test_disable_only_named_rules_by_id_or_category():
    text = "# Headline\n\n<!-- newslint-disable punctuation -->\nWe met the the team,she said.\n"
    assert lines_found(text) == [(4, "grammar/repeated-word")]
    text = "# Headline\n\n<!-- newslint-disable grammar/repeated-word, punctuation/missing-space-after-comma -->\nWe met the the team,she said.\n"
    assert lines_found(text) == []


def test_disable_next_line_only():
    text = (
        "# Headline\n\n"
        "<!-- newslint-disable-next-line grammar/repeated-word -->\n"
        "We met the the team.\n\n"
        "We met the the team.\n"
    )
    assert lines_found(text) == [(6, "grammar/repeated-word")]


def test_suppressions_work_in_html_and_plain_text():
    html = "<p>We met the the team.</p>\n<!-- newslint-disable-next-line -->\n<p>We met the the team.</p>\n"
    assert lines_found(html, "page.html") == [(1, "grammar/repeated-word")]
    text = "Headline\n<!-- newslint-disable-next-line -->\nWe met the the team.\n"
    assert lines_found(text, "story.txt") == []


ARCHIVE_STORY = "Headline here\nOld story with the the slip.\nAnother line,here.\n"


def test_baseline_hides_known_findings_and_survives_edits_elsewhere(tmp_path: Path):
    story = tmp_path / "archive" / "story.txt"
    story.parent.mkdir()
    story.write_text(ARCHIVE_STORY, encoding="utf-8")
    baseline = tmp_path / "newslint-baseline.json"
    select = ("--no-config", "--select", ",".join(RULES))

    process = run_cli("check", *select, "--write-baseline", str(baseline), str(story))
    assert process.returncode == 0
    recorded = json.loads(baseline.read_text())
    assert recorded["version"] == 1
    assert [(e["path"], e["rule"]) for e in recorded["findings"]] == [
        ("archive/story.txt", "grammar/repeated-word"),
        ("archive/story.txt", "punctuation/missing-space-after-comma"),
    ]

    # an editor inserts paragraphs above and adds a new slip: only the new one is reported
    story.write_text("Headline here\nA new intro.\nNew text with a a slip.\n" + ARCHIVE_STORY.split("\n", 1)[1], encoding="utf-8")
    process = run_cli("check", *select, "--format", "json", "--baseline", str(baseline), str(story))
    data = json.loads(process.stdout)
    assert [(f["line"], f["rule"]) for f in data["findings"]] == [(3, "grammar/repeated-word")]
    assert data["summary"]["hidden_by_baseline"] == 2
    assert process.returncode == 1


def test_baseline_is_relative_to_its_own_directory(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text(ARCHIVE_STORY, encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    select = ("--no-config", "--select", ",".join(RULES))
    run_cli("check", *select, "--write-baseline", str(baseline), "story.txt", cwd=tmp_path)
    elsewhere = run_cli("check", *select, "--baseline", str(baseline), str(story), cwd=tmp_path.parent)
    assert elsewhere.returncode == 0, elsewhere.stdout.decode()


def test_a_fixed_finding_that_reappears_elsewhere_is_new(tmp_path: Path):
    story = tmp_path / "story.txt"
    story.write_text("Headline\nWe met the the team.\n", encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    select = ("--no-config", "--select", "grammar/repeated-word")
    run_cli("check", *select, "--write-baseline", str(baseline), str(story))
    story.write_text("Headline\nWe met the team. They saw a a film.\n", encoding="utf-8")
    data = json.loads(run_cli("check", *select, "--format", "json", "--baseline", str(baseline), str(story)).stdout)
    assert [f["message"] for f in data["findings"]] == ["'a' is repeated"]


def test_a_broken_baseline_file_is_a_clear_error(tmp_path: Path):
    baseline = tmp_path / "baseline.json"
    baseline.write_text("{not json", encoding="utf-8")
    story = tmp_path / "story.txt"
    story.write_text("Headline\nText.\n", encoding="utf-8")
    process = run_cli("check", "--baseline", str(baseline), str(story))
    assert process.returncode == 2
    assert "Traceback" not in process.stderr.decode()


# -- disable-line, and the comments checked as ruff checks noqa ---------------------------------


def test_disable_line_covers_the_comments_own_line():
    text = (
        "# Headline\n\n"
        "We met the the team,she said. <!-- newslint-disable-line grammar/repeated-word -->\n\n"
        "We met the the team.\n"
    )
    assert lines_found(text) == [(3, "punctuation/missing-space-after-comma"), (5, "grammar/repeated-word")]


def _check(tmp_path: Path, text: str, *args: str) -> list[dict]:
    story = tmp_path / "story.md"
    story.write_text(text, encoding="utf-8")
    process = run_cli("check", "--no-config", "--format", "json", *args, str(story))
    assert "Traceback" not in process.stderr.decode()
    return json.loads(process.stdout)["findings"]


def test_a_suppression_naming_an_unknown_rule_is_reported_at_the_name(tmp_path: Path):
    text = "# Headline\n\n<!-- newslint-disable-next-line grammar/repeated-wrod -->\nWe met the the team.\n"
    found = _check(tmp_path, text, "--select", "grammar/repeated-word,suppression")
    assert [(f["rule"], f["severity"], f["line"], f["column"], f["end_column"]) for f in found] == [
        ("suppression/unknown-rule", "warning", 3, 33, 54),
        ("grammar/repeated-word", "error", 4, 8, 15),  # the misspelt suppression hid nothing
    ]
    assert found[0]["message"] == (
        "'grammar/repeated-wrod' names no rule, category or prefix, so this suppression hides nothing for it; "
        "did you mean 'grammar/repeated-word'?"
    )


def test_unknown_rule_is_on_by_default_and_knows_categories_and_prefixes(tmp_path: Path):
    text = "# Headline\n\n<!-- newslint-disable spelling, gram, all -->\nText.\n<!-- newslint-enable spellng -->\n"
    found = _check(tmp_path, text)
    assert [(f["rule"], f["line"]) for f in found if f["rule"].startswith("suppression/")] == [("suppression/unknown-rule", 5)]


def test_unused_suppressions_are_reported_only_when_asked(tmp_path: Path):
    text = (
        "# Headline\n\n"
        "<!-- newslint-disable-next-line grammar/repeated-word -->\n"
        "We met the the team.\n"  # used
        "<!-- newslint-disable-next-line grammar/repeated-word -->\n"
        "We met the team.\n"  # unused
        "Then we left. <!-- newslint-disable-line -->\n"  # unused, blanket
        "<!-- newslint-disable-next-line spelling -->\n"
        "Spelling did not run.\n"  # not judged: the rule it names did not run
    )
    assert not [f for f in _check(tmp_path, text, "--select", "grammar/repeated-word") if f["rule"].startswith("suppression/")]
    found = [f for f in _check(tmp_path, text, "--select", "grammar/repeated-word,suppression") if f["rule"] == "suppression/unused"]
    assert [(f["line"], f["column"], f["message"], f["fix"]["applicability"]) for f in found] == [
        (5, 1, "unused suppression: there is no grammar/repeated-word finding on line 6 to hide; remove the comment", "safe"),
        (7, 15, "unused suppression: there is no finding on line 7 to hide; remove the comment", "unsafe"),
    ]


def test_a_misspelt_suppression_comment_is_reported_and_suppresses_nothing(tmp_path: Path):
    text = "# Headline\n\n<!-- newslint-disabel-next-line grammar -->\nWe met the the team.\n"
    found = _check(tmp_path, text)
    assert [(f["rule"], f["line"], f["column"], f["end_column"]) for f in found[:2]] == [
        ("suppression/unknown-directive", 3, 6, 32),
        ("grammar/repeated-word", 4, 8, 15),
    ]
    assert found[0]["message"] == (
        "'newslint-disabel-next-line' is not a newslint comment, so it turns nothing off: did you mean 'newslint-disable-next-line'?"
    )


def test_fix_removes_an_unused_suppression(tmp_path: Path):
    story = tmp_path / "story.md"
    story.write_text("# Headline\n\n<!-- newslint-disable-next-line grammar/repeated-word -->\nWe met the team.\n", encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "grammar/repeated-word,suppression/unused", "--fix", str(story))
    assert process.returncode == 0, process.stdout
    assert story.read_text(encoding="utf-8") == "# Headline\n\nWe met the team.\n"
