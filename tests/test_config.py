"""Configuration files: discovery, every setting, and clear errors with file and line."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from helpers import run_cli

TEXT = "Officials meet\nThey met the the envoy on Monday,officials said.\n"
FOUNDATION = ["grammar/repeated-word", "punctuation/missing-space-after-comma"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def found(*args, cwd=None) -> list[tuple[str, str]]:
    process = run_cli("check", "--format", "json", *args, cwd=cwd)
    assert process.returncode in (0, 1), process.stderr.decode()
    return sorted((f["rule"], f["severity"]) for f in json.loads(process.stdout)["findings"])


def test_config_is_found_by_walking_up_from_the_file(tmp_path):
    write(tmp_path / ".newslint.yaml", f"select: {FOUNDATION}\nseverity:\n  punctuation: error\n")
    article = write(tmp_path / "desk" / "politics" / "story.txt", TEXT)
    assert found(str(article)) == [("grammar/repeated-word", "error"), ("punctuation/missing-space-after-comma", "error")]


def test_pyproject_tool_section(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.newslint]\nselect = ["grammar/repeated-word"]\n')
    article = write(tmp_path / "story.txt", TEXT)
    assert found(str(article)) == [("grammar/repeated-word", "error")]


def test_no_config_and_explicit_config(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [grammar/repeated-word]\n")
    other = write(tmp_path / "other.yaml", "select: [punctuation]\n")
    article = write(tmp_path / "story.txt", TEXT)
    assert found(str(article)) == [("grammar/repeated-word", "error")]
    assert found("--config", str(other), str(article)) == [("punctuation/missing-space-after-comma", "warning")]
    assert ("grammar/repeated-word", "error") in found("--no-config", str(article))


def test_overrides_by_glob_and_cli_on_top(tmp_path):
    write(
        tmp_path / ".newslint.yaml",
        f"""
        select: {FOUNDATION}
        overrides:
          - files: ["archive/**"]
            ignore: [punctuation]
            severity: {{grammar/repeated-word: info}}
        """,
    )
    current = write(tmp_path / "current" / "a.txt", TEXT)
    archived = write(tmp_path / "archive" / "2019" / "b.txt", TEXT)
    assert found(str(current)) == [("grammar/repeated-word", "error"), ("punctuation/missing-space-after-comma", "warning")]
    assert found(str(archived)) == [("grammar/repeated-word", "info")]
    assert found("--ignore", "grammar", str(archived)) == []


def test_min_severity_and_fail_on_from_config(tmp_path):
    write(tmp_path / ".newslint.yaml", f"select: {FOUNDATION}\nmin-severity: error\nfail-on: never\n")
    article = write(tmp_path / "story.txt", TEXT)
    assert found(str(article)) == [("grammar/repeated-word", "error")]
    assert run_cli("check", str(article)).returncode == 0
    assert run_cli("check", "--fail-on", "error", str(article)).returncode == 1


def test_exclude_skips_paths_when_walking_directories(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [grammar/repeated-word]\nexclude: ['drafts/**']\n")
    write(tmp_path / "drafts" / "a.txt", TEXT)
    write(tmp_path / "live" / "b.txt", TEXT)
    data = json.loads(run_cli("check", "--format", "json", str(tmp_path)).stdout)
    assert [Path(f["path"]).name for f in data["findings"]] == ["b.txt"]


@pytest.mark.parametrize(
    "config,line,message",
    [
        ("select: [grammar]\nselct: [x]\n", 2, "unknown key 'selct' (did you mean 'select'?)"),
        ("fail-on: sometimes\n", 1, "'fail-on' must be one of error, warning, info, never"),
        ("select: grammar\n", 1, "'select' must be a list of rule ids"),
        ("ignore:\n  - grammar\n  - casing/no-such-rule\n", 3, "no rule matches 'casing/no-such-rule'"),
        ("severity:\n  grammar: loud\n", 1, "'severity' must be a mapping"),
        ("rules:\n  grammar/repeated-word:\n    colour: red\n", 3, "rule grammar/repeated-word has no option 'colour'"),
        ("overrides:\n  - ignore: [grammar]\n", 2, "an override needs 'files'"),
        ("vocabulary:\n  accept: [Yonhap]\n  rejct: [x]\n", 3, "unknown key 'rejct'"),
        ("dialect: en-XX\n", 1, "'dialect' must be one of en-US"),
        ("select: [grammar\n", 2, "not valid YAML"),
        ("rule-dirs: [nowhere]\n", 1, "rule directory 'nowhere' does not exist"),
    ],
)
def test_config_errors_name_file_and_line(tmp_path, config, line, message):
    config_file = write(tmp_path / ".newslint.yaml", config)
    article = write(tmp_path / "story.txt", TEXT)
    process = run_cli("check", str(article))
    err = process.stderr.decode()
    assert process.returncode == 2, err
    assert f"{config_file}:{line}: " in err, err
    assert message in err
    assert "Traceback" not in err


def test_pyproject_errors_name_the_line(tmp_path):
    config_file = write(tmp_path / "pyproject.toml", '[tool.newslint]\nselect = ["grammar"]\nfail-on = "loud"\n')
    article = write(tmp_path / "story.txt", TEXT)
    process = run_cli("check", str(article))
    assert process.returncode == 2
    assert f"{config_file}:3: 'fail-on' must be one of" in process.stderr.decode()


def test_yaml_rule_pack_from_a_user_directory(tmp_path):
    write(
        tmp_path / "house-style" / "wording" / "banned-cliches.yaml",
        """
        kind: existence
        summary: Cliches the desk has banned.
        rationale: The style guide bans these phrases.
        severity: error
        message: "'{match}' is banned by the house style"
        tokens: [at the end of the day, game changer]
        examples:
          bad: ["It was a game changer."]
          good: ["It changed the game."]
        """,
    )
    write(tmp_path / ".newslint.yaml", "rule-dirs: [house-style]\nselect: [wording/banned-cliches]\n")
    article = write(tmp_path / "story.txt", "Headline\nAt the end of the day, the Game-Changer failed.\n")
    data = json.loads(run_cli("check", "--format", "json", str(article)).stdout)
    assert [(f["rule"], f["line"], f["column"], f["end_column"], f["message"]) for f in data["findings"]] == [
        ("wording/banned-cliches", 2, 1, 22, "'At the end of the day' is banned by the house style"),
        ("wording/banned-cliches", 2, 28, 40, "'Game-Changer' is banned by the house style"),
    ]
    rules = run_cli("rules", "--config", str(tmp_path / ".newslint.yaml")).stdout.decode()
    assert "wording/banned-cliches" in rules and " pack " in rules


@pytest.mark.parametrize("key", ["max-words", "max_words"])
def test_rule_options_are_written_in_kebab_case_like_every_other_key(tmp_path, key):
    sentence = " ".join(["The council said the plan would go ahead"] * 5) + ".\n"  # 40 words
    (tmp_path / "story.txt").write_text("Council plan\n\n" + sentence, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        f"select: [readability/long-sentence]\nrules:\n  readability/long-sentence: {{{key}: 35}}\n", encoding="utf-8"
    )
    process = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert process.returncode in (0, 1), process.stderr.decode()
    assert b"readability/long-sentence" in process.stdout


def test_an_unknown_rule_option_is_named_in_kebab_case(tmp_path):
    (tmp_path / "story.txt").write_text("Council plan\n\nThe council met.\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules:\n  readability/long-sentence: {max-word: 40}\n", encoding="utf-8")
    process = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert process.returncode == 2
    assert "has no option 'max-word' (its options: max-words)" in process.stderr.decode()
