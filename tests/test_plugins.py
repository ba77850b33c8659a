"""Third-party rule packages are found through the ``newslint.rules`` entry-point group.

The demo package is built and pip-installed (offline) into a fresh virtualenv
that sees newslint and its dependencies from the test environment.
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from helpers import ROOT

PLUGIN = '''
from newslint import Rule, Severity, bad, good


class NoBreakingNews(Rule):
    id = "wording/no-breaking-news"
    severity = Severity.WARNING
    summary = "The phrase 'breaking news' in copy."
    rationale = "Our desk never labels stories as breaking news in the body text."
    examples = (bad("This is breaking news from the capital."), good("Officials met in the capital."))

    def check(self, doc, ctx):
        needle = "breaking news"
        for block in doc.blocks:
            start = block.text.lower().find(needle)
            if start != -1:
                ctx.report(block.start + start, block.start + start + len(needle), "do not label copy as breaking news")


def broken():
    raise RuntimeError("this plugin is broken on purpose")
'''


def _venv_with_plugin(tmp_path: Path, entry_points: str) -> Path:
    package = tmp_path / "plugin"
    (package / "newslint_demo_plugin").mkdir(parents=True)
    (package / "newslint_demo_plugin" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    (package / "pyproject.toml").write_text(
        textwrap.dedent(
            f"""
            [build-system]
            requires = ["setuptools>=70.1"]
            build-backend = "setuptools.build_meta"

            [project]
            name = "newslint-demo-plugin"
            version = "1.0"

            [project.entry-points."newslint.rules"]
            {entry_points}
            """
        ),
        encoding="utf-8",
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    site = Path(
        subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True).stdout.strip()
    )
    # newslint and its dependencies come from the test environment, the plugin is installed for real
    (site / "_newslint_test_env.pth").write_text(f"{sysconfig.get_paths()['purelib']}\n{ROOT}\n", encoding="utf-8")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-build-isolation", "--no-index", str(package)],
        capture_output=True,
        text=True,
    )
    if install.returncode != 0:
        pytest.fail(f"could not install the demo plugin: {install.stdout}\n{install.stderr}")
    return python


def test_plugin_rule_is_listed_explained_and_run(tmp_path):
    python = _venv_with_plugin(tmp_path, 'demo = "newslint_demo_plugin:NoBreakingNews"')
    rules = subprocess.run([str(python), "-m", "newslint", "rules"], capture_output=True, text=True)
    row = next(line for line in rules.stdout.splitlines() if line.startswith("wording/no-breaking-news"))
    assert " plugin " in row
    story = tmp_path / "story.txt"
    story.write_text("Headline\nThis is Breaking News: the talks failed.\n", encoding="utf-8")
    check = subprocess.run(
        [str(python), "-m", "newslint", "check", "--no-config", "--format", "json", "--select", "wording/no-breaking-news", str(story)],
        capture_output=True,
        text=True,
    )
    findings = json.loads(check.stdout)["findings"]
    assert [(f["rule"], f["line"], f["column"], f["end_column"]) for f in findings] == [("wording/no-breaking-news", 2, 9, 22)]
    explain = subprocess.run([str(python), "-m", "newslint", "explain", "wording/no-breaking-news"], capture_output=True, text=True)
    assert "plugin demo" in explain.stdout


def test_broken_plugin_is_named_and_other_rules_still_run(tmp_path):
    python = _venv_with_plugin(tmp_path, 'demo = "newslint_demo_plugin:broken"\nmissing = "newslint_demo_plugin:Nothing"')
    story = tmp_path / "story.txt"
    story.write_text("Headline\nWe met the the team.\n", encoding="utf-8")
    check = subprocess.run(
        [str(python), "-m", "newslint", "check", "--no-config", "--format", "json", "--select", "grammar/repeated-word", str(story)],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 2
    assert "plugin demo (newslint_demo_plugin:broken): cannot load: RuntimeError: this plugin is broken on purpose" in check.stderr
    assert "plugin missing (newslint_demo_plugin:Nothing): cannot load: AttributeError" in check.stderr
    assert "Traceback" not in check.stderr
    assert [f["rule"] for f in json.loads(check.stdout)["findings"]] == ["grammar/repeated-word"]
