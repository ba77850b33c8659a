"""Small things a user trips on (issue 10): --statistics, front-matter messages, the cache's
bound and `newslint clean`, the pre-commit hook's batching. Each through the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, run_cli

TWO_SLIPS = "# Officials meet\n\nThe minister met the the delegation. And and then it ended.\n"
CLEAN = "# Officials meet\n\nThe minister met the delegation on Monday, officials said.\n"


def _lines(process) -> list[str]:
    return process.stdout.decode().splitlines()


def _one_error_line(process) -> str:
    err = process.stderr.decode()
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# -- --statistics ------------------------------------------------------------------------


def test_statistics_prints_only_the_table(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(TWO_SLIPS, encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "grammar/repeated-word", "--statistics", str(story))
    assert process.returncode == 1
    assert _lines(process) == ["     2  error    grammar/repeated-word [*]", "[*] fixable with --fix"]


def test_statistics_of_a_clean_run_says_so(tmp_path):
    story = tmp_path / "story.md"
    story.write_text(CLEAN, encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "grammar/repeated-word", "--statistics", str(story))
    assert process.returncode == 0 and _lines(process) == ["No problems found in 1 file."]


def test_statistics_into_a_file_is_the_table_too(tmp_path):
    story, report = tmp_path / "story.md", tmp_path / "stats.txt"
    story.write_text(TWO_SLIPS, encoding="utf-8")
    run_cli("check", "--no-config", "--select", "grammar/repeated-word", "--statistics", "-o", str(report), str(story))
    assert report.read_text().splitlines() == ["     2  error    grammar/repeated-word [*]", "[*] fixable with --fix"]


# -- the pre-commit hook -----------------------------------------------------------------


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_pre_commit_hook_prints_one_summary_for_many_files(tmp_path):
    """pre-commit runs the hook as .pre-commit-hooks.yaml declares it (offline: as a local system
    hook on this environment's newslint). Without require_serial it would split 40 files into one
    batch per CPU, each newslint printing its own summary and starting its own workers."""
    hook = next(h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text()) if h["id"] == "newslint")
    assert hook["require_serial"] is True
    newslint = Path(sys.executable).parent / "newslint"
    local = {**hook, "language": "system", "entry": hook["entry"].replace("newslint", str(newslint), 1)}
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    for index in range(40):
        (repo / f"story-{index:02d}.md").write_text(TWO_SLIPS if index in (3, 30) else CLEAN, encoding="utf-8")
    (repo / ".newslint.yaml").write_text("select: [grammar/repeated-word]\n", encoding="utf-8")
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}))
    _git(repo, "add", ".")
    env = {k: v for k, v in os.environ.items() if k != "PRE_COMMIT_NO_CONCURRENCY"}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), NEWSLINT_CACHE_DIR=str(tmp_path / "cache"))
    process = subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "newslint", "--all-files", "--verbose"],
        cwd=repo, capture_output=True, text=True, env=env, timeout=300,
    )
    output = process.stdout + process.stderr
    assert process.returncode == 1, output
    summaries = [line for line in output.splitlines() if line.startswith(("Found ", "No problems found"))]
    assert summaries == ["Found 4 problems (4 error, 0 warning, 0 info) in 2 of 40 files."], output


# -- metadata/invalid-front-matter in plain words, at a line the editor can see ------------

BODY = "\n\nTalks resumed on Monday, officials said.\n"


@pytest.mark.parametrize(
    "front,line,column,message",
    [
        # the crawler's shape (seed 004): a line of only tabs, then a tab-indented value
        ("title: Talks\nauthor:\n\t\t\n\t\tJane Doe", 5, 3,
         "a tab character indents this line: front matter must be indented with spaces, or write the value on one line after 'author:'"),
        ("title: Talks resume: a deal at last", 2, 20,
         """a colon inside the value of 'title': put the value in quotes (title: "Talks resume: a deal at last")"""),
        ("title: Talks\n  author: Jane Doe", 3, 3, "this line is indented more than the key above it"),
        ('title: "Talks resume\nauthor: Jane Doe', 2, 8, "a quotation mark opens a value and is never closed"),
        ("title: Talks\nauthor Jane Doe\ndate: 2026-01-01", 3, 1, "this line has no colon: write each line as 'key: value'"),
        ('title: "Talks" resume', 2, 16, "text after the closing quotation mark"),
        ("title: @Talks", 2, 8, "a value cannot start with '@': put the value in quotes"),
        ("tags: [a, b\ntitle: x", 2, 7, "a list opened with '[' is not closed with ']'"),
        ("title:\tTalks", 2, 7, "a tab character after 'title:': put a space between a key and its value"),
        ("title: Talks\nauthor: *jane", 3, 9, "a value cannot start with '*'"),
    ],
)
def test_front_matter_error_in_plain_words(tmp_path, front, line, column, message):
    story = tmp_path / "story.md"
    story.write_text(f"---\n{front}\n---{BODY}", encoding="utf-8")
    process = run_cli("check", "--no-config", "--select", "metadata/invalid-front-matter", "-q", str(story))
    found = _lines(process)
    assert len(found) == 1 and found[0].startswith(f"{story}:{line}:{column}: error metadata/invalid-front-matter {message}"), found


def test_config_yaml_error_in_plain_words(tmp_path):
    config = tmp_path / ".newslint.yaml"
    config.write_text("select: [grammar\n", encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(CLEAN, encoding="utf-8")
    process = run_cli("check", str(story))
    assert process.returncode == 2
    assert _one_error_line(process) == (
        f"newslint: error: {config}:2: not valid YAML: a list opened with '[' is not closed with ']' "
        "(to keep the brackets as text, put the value in quotes) (line 1)"
    )
