"""The README stays true: its rule table, its commands and its rule count match the code."""

from __future__ import annotations

import re

from helpers import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


TABLE = README.split("<!-- rules-table:start -->\n", 1)[1].split("<!-- rules-table:end -->", 1)[0]


def test_rules_table_matches_the_registry():
    process = run_cli("rules", "--format", "markdown", cwd=ROOT)
    assert process.returncode == 0, process.stderr.decode()
    assert TABLE == process.stdout.decode(), "regenerate the README table with: newslint rules --format markdown"


def test_rule_count_in_prose_matches_the_registry():
    rows = [line for line in TABLE.splitlines() if line.startswith("| `")]
    stated = re.search(r"^(\d+) rules in (\d+) categories", README, re.MULTILINE)
    categories = {row.split("`")[1].split("/")[0] for row in rows}
    assert stated and int(stated.group(1)) == len(rows) and int(stated.group(2)) == len(categories)


def test_ci_runs_the_readme_test_command():
    commands = re.findall(r"```sh\n(.*?)\n```", README, re.DOTALL)[:2]
    assert "newslint check examples/" in commands[0]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    for step in ("python3 -m venv .venv", "pip install -e '.[test]'", "python -m pytest"):
        assert step in commands[1] and step in ci


# A block of output the README shows is introduced by a comment naming the command that prints it:
# <!-- output of: newslint check examples/content-farm-fisheries.txt -->
_SHOWN_OUTPUT = re.compile(r"<!-- output of: newslint (.+?) -->\n```\w*\n(.*?)```", re.DOTALL)


def test_readme_sample_output_is_what_newslint_prints():
    shown = _SHOWN_OUTPUT.findall(README)
    assert shown, "the README shows sample output under an '<!-- output of: newslint ... -->' comment"
    for command, block in shown:
        process = run_cli(*command.split(), cwd=ROOT, env={"NO_COLOR": "1", "PATH": "/usr/bin:/bin"})
        assert process.returncode in (0, 1), process.stderr.decode()
        assert block in process.stdout.decode(), f"`newslint {command}` no longer prints:\n{block}"
