"""The newslint command as users run it: output formats, selection, exit codes, fixes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers import SARIF_SCHEMA, requires_sarif_schema, run_cli

FOUNDATION = "grammar/repeated-word,punctuation/missing-space-after-comma,metadata"

ARTICLE = (
    "Officials meet in capital\n"
    "The minister met the the delegation on Monday,officials said.\n"
    "Talks ended without a deal.\n"
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def check(*args, cwd=None, stdin=None):
    return run_cli("check", "--no-config", "--select", FOUNDATION, *args, cwd=cwd, stdin=stdin)


def test_text_format_shows_location_rule_line_and_caret(article):
    process = check(str(article))
    out = process.stdout.decode()
    assert process.returncode == 1
    assert f"{article}:2:18: error grammar/repeated-word 'the' is repeated" in out
    assert f"{article}:2:46: warning punctuation/missing-space-after-comma missing space after comma" in out
    lines = out.splitlines()
    at = lines.index(next(line for line in lines if ":2:18:" in line))
    assert lines[at + 1] == "  2 | The minister met the the delegation on Monday,officials said."
    assert lines[at + 2] == "    |                  ^^^^^^^"
    assert lines[at + 3] == "    = fix: replace with 'the'"
    assert "Found 2 problems (1 error, 1 warning, 0 info) in 1 of 1 file." in out
    assert "2 fixable with --fix." in out


def test_no_color_unless_terminal_and_no_color_env(article):
    env_out = check(str(article)).stdout.decode()
    assert "\033[" not in env_out


def test_exit_codes_follow_fail_on(article, tmp_path):
    assert check(str(article)).returncode == 1
    assert check(str(article), "--ignore", "grammar").returncode == 0  # only a warning left
    assert check(str(article), "--ignore", "grammar", "--fail-on", "warning").returncode == 1
    assert check(str(article), "--fail-on", "never").returncode == 0
    clean = tmp_path / "clean.txt"
    clean.write_text("Headline\nAll is well, officials said.\n", encoding="utf-8")
    assert check(str(clean)).returncode == 0


def test_select_ignore_and_severity_by_id_prefix_and_category(article):
    def rules(*args):
        data = json.loads(run_cli("check", "--no-config", "--format", "json", str(article), *args).stdout)
        return sorted({(f["rule"], f["severity"]) for f in data["findings"]})

    assert rules("--select", "grammar/repeated-word") == [("grammar/repeated-word", "error")]
    assert rules("--select", "punctuation") == [("punctuation/missing-space-after-comma", "warning")]
    assert rules("--select", "grammar/rep") == [("grammar/repeated-word", "error")]
    assert rules("--select", FOUNDATION, "--ignore", "grammar") == [("punctuation/missing-space-after-comma", "warning")]
    assert rules("--select", "grammar/repeated-word", "--severity", "grammar=info") == [("grammar/repeated-word", "info")]
    assert rules(
        "--select", FOUNDATION, "--severity", "grammar=info", "--severity", "grammar/repeated-word=warning"
    ) == [("grammar/repeated-word", "warning"), ("punctuation/missing-space-after-comma", "warning")]


def test_unknown_selector_is_a_usage_error(article):
    process = run_cli("check", "--no-config", "--select", "grammar/no-such-rule", str(article))
    assert process.returncode == 2
    assert "no rule matches 'grammar/no-such-rule'" in process.stderr.decode()
    assert "Traceback" not in process.stderr.decode()


def test_bad_severity_option_is_a_usage_error(article):
    process = run_cli("check", "--severity", "grammar=fatal", str(article))
    assert process.returncode == 2
    assert "RULE=LEVEL" in process.stderr.decode()


def test_json_format_has_every_finding_field_and_a_summary(article):
    data = json.loads(check("--format", "json", str(article)).stdout)
    assert data["version"] == 1
    finding = data["findings"][0]
    assert set(finding) == {
        "path", "rule", "category", "severity", "line", "column", "end_line", "end_column", "message", "fix", "fingerprint",
    }
    assert finding == {
        "path": str(article), "rule": "grammar/repeated-word", "category": "grammar", "severity": "error",
        "line": 2, "column": 18, "end_line": 2, "end_column": 25, "message": "'the' is repeated",
        "fix": {"replacement": "the", "applicability": "safe"}, "fingerprint": finding["fingerprint"],
    }
    summary = data["summary"]
    assert summary["findings"] == 2 and summary["files"] == 1
    assert summary["by_severity"] == {"error": 1, "warning": 1, "info": 0}
    assert summary["by_category"] == {"grammar": 1, "punctuation": 1}
    assert summary["words"] == 19
    assert data["files"][0]["path"] == str(article)


@requires_sarif_schema
def test_sarif_validates_against_the_2_1_0_schema(article, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    process = check("--format", "sarif", str(article), cwd=tmp_path)
    sarif = json.loads(process.stdout)
    jsonschema.validate(sarif, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["grammar/repeated-word"]["shortDescription"]["text"]
    assert rules["grammar/repeated-word"]["help"]["text"]
    result = run["results"][0]
    assert result["ruleId"] == "grammar/repeated-word"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "grammar/repeated-word"
    assert result["level"] == "error"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "story.txt"
    assert location["region"] == {"startLine": 2, "startColumn": 18, "endLine": 2, "endColumn": 25}
    assert result["partialFingerprints"]["newslint/v1"]


def test_github_format_escapes_properties_and_messages(tmp_path):
    path = tmp_path / "a,b:c.txt"
    path.write_text("Headline\nWe met the the team, he said.\n", encoding="utf-8")
    out = check("--format", "github", path.name, cwd=tmp_path).stdout.decode()
    assert out == (
        "::error file=a%2Cb%3Ac.txt,line=2,col=8,endLine=2,endColumn=15,"
        "title=newslint grammar/repeated-word::'the' is repeated\n"
    )


def test_junit_format_has_one_testcase_per_file(article, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("Headline\nAll is well, officials said.\n", encoding="utf-8")
    root = ET.fromstring(check("--format", "junit", str(article), str(clean)).stdout)
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == [str(article), str(clean)]
    assert cases[0].find("failure") is not None and cases[1].find("failure") is None
    assert "2:18: error grammar/repeated-word" in cases[0].find("failure").text


def test_statistics_and_quiet(article):
    out = check("--statistics", "--quiet", str(article)).stdout.decode().splitlines()
    # the table only, as ruff prints it (tests/test_small_things.py checks --statistics alone)
    assert "     1  error    grammar/repeated-word [*]" in out
    assert not any(line.startswith((f"{article}:", "Found", "  2 |")) for line in out)


def test_output_file(article, tmp_path):
    target = tmp_path / "report.json"
    process = check("--format", "json", "-o", str(target), str(article))
    assert process.stdout == b""
    assert json.loads(target.read_text())["summary"]["findings"] == 2


def test_stdin_with_filename(tmp_path):
    process = check("--format", "json", "-", "--stdin-filename", "story.md", stdin="# Headline\n\nWe met the the team.\n")
    data = json.loads(process.stdout)
    assert [(f["path"], f["line"], f["column"]) for f in data["findings"]] == [("story.md", 3, 8)]


def test_directories_recurse_over_article_extensions_only(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("# Title\n\nThe the end.\n", encoding="utf-8")
    (tmp_path / "a" / "two.html").write_text("<p>The the end.</p>", encoding="utf-8")
    (tmp_path / "a" / "skip.py").write_text("the the\n", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("the the\n", encoding="utf-8")
    data = json.loads(check("--format", "json", str(tmp_path)).stdout)
    assert sorted(Path(f["path"]).name for f in data["findings"]) == ["one.md", "two.html"]


# -- fixes --------------------------------------------------------------------------------


def test_fix_applies_safe_fixes_in_place_and_reports_what_is_left(article):
    process = check("--fix", str(article))
    assert article.read_text(encoding="utf-8") == (
        "Officials meet in capital\nThe minister met the delegation on Monday, officials said.\nTalks ended without a deal.\n"
    )
    assert process.returncode == 0
    assert "No problems found" in process.stdout.decode()


def test_fix_keeps_crlf_and_encoding(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes("Caf\u00e9 talks\r\nThey met the the envoy,she said.\r\n".encode("utf-8-sig"))
    check("--fix", str(path))
    assert path.read_bytes() == "Caf\u00e9 talks\r\nThey met the envoy, she said.\r\n".encode("utf-8-sig")


def test_diff_shows_fixes_without_writing(article):
    process = check("--diff", str(article))
    out = process.stdout.decode()
    assert process.returncode == 1
    assert "-The minister met the the delegation on Monday,officials said." in out
    assert "+The minister met the delegation on Monday, officials said." in out
    assert article.read_text(encoding="utf-8") == ARTICLE


def test_fix_from_stdin_prints_the_fixed_text(tmp_path):
    process = check("--fix", "-", "--stdin-filename", "story.txt", stdin="Headline\nWe met the the team.\n")
    assert process.stdout.decode() == "Headline\nWe met the team.\n"


def test_fix_does_not_apply_unsafe_fixes(tmp_path):
    from newslint.engine.finding import Finding, Fix
    from newslint.engine.fixes import apply_fixes

    source = "abc def ghi"
    findings = [
        Finding("x", "r/a", "grammar", "error", 1, 1, 1, 4, "m", Fix("ABC", "unsafe"), 0, 3),
        Finding("x", "r/b", "grammar", "error", 1, 5, 1, 8, "m", Fix("DEF", "safe"), 4, 7),
        Finding("x", "r/c", "grammar", "error", 1, 5, 1, 12, "m", Fix("overlap", "safe"), 4, 11),
    ]
    assert apply_fixes(source, findings) == ("abc DEF ghi", 1)
    assert apply_fixes(source, findings, include_unsafe=True) == ("ABC DEF ghi", 2)


# -- other commands -------------------------------------------------------------------------


def test_rules_command_lists_every_rule():
    out = run_cli("rules").stdout.decode()
    header, *rows = out.splitlines()
    assert header.split()[:5] == ["rule", "category", "severity", "default", "source"]
    assert any(row.startswith("grammar/repeated-word") and " builtin " in row for row in rows)
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    assert {"id", "category", "severity", "enabled", "source", "origin", "summary"} <= set(data[0])


def test_explain_shows_documentation_and_examples():
    out = run_cli("explain", "grammar/repeated-word").stdout.decode()
    assert out.startswith("grammar/repeated-word  (grammar, error, on by default)")
    assert "Why" in out and "Examples" in out and "bad " in out and "good" in out
    assert "repeated_word.py" in out


def test_explain_unknown_rule_suggests_close_ids():
    process = run_cli("explain", "grammar/repeated-words")
    assert process.returncode == 2
    assert "Did you mean: grammar/repeated-word" in process.stderr.decode()


def test_init_writes_a_starter_config_that_loads(tmp_path):
    assert run_cli("init", str(tmp_path)).returncode == 0
    config = tmp_path / ".newslint.yaml"
    assert "fail-on: error" in config.read_text()
    assert run_cli("init", str(tmp_path)).returncode == 2  # refuses to overwrite
    article = tmp_path / "a.txt"
    article.write_text("Headline\nAll is well.\n", encoding="utf-8")
    assert run_cli("check", str(article)).returncode == 0


def test_python_dash_m_and_version():
    process = run_cli("--version")
    assert process.returncode == 0 and b"newslint, version" in process.stdout
