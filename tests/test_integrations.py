"""The pre-commit hook and the GitHub Action, run for real."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from helpers import ROOT

ARTICLE = "# Officials meet\n\nThe minister met the the delegation on Monday.\n"
CLEAN = "# Officials meet\n\nThe minister met the delegation on Monday, officials said.\n"


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.mark.network
def test_pre_commit_hook_with_try_repo(tmp_path):
    """`pre-commit try-repo` installs newslint from this checkout (pip, from PyPI) and runs the hook."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path / "newsroom"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / "story.md").write_text(ARTICLE, encoding="utf-8")
    (repo / "clean.md").write_text(CLEAN, encoding="utf-8")
    (repo / "notes.py").write_text("x = 'the the'\n", encoding="utf-8")
    (repo / ".newslint.yaml").write_text("select: [grammar/repeated-word]\n", encoding="utf-8")
    _git(repo, "add", ".")
    # try-repo clones committed files: snapshot the working tree as it is now into its own repo
    checkout = tmp_path / "newslint-checkout"
    shutil.copytree(
        ROOT, checkout, ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "build", "*.egg-info", ".pytest_cache")
    )
    _git(checkout, "init", "-q")
    _git(checkout, "add", ".")
    _git(checkout, "-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "-q", "-m", "snapshot")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    process = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(checkout), "newslint", "--all-files", "--verbose"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    output = process.stdout + process.stderr
    if "Could not find a version" in output or "Failed to establish a new connection" in output:
        pytest.skip("PyPI is not reachable: " + output[-500:])
    assert process.returncode == 1, output
    assert "story.md:3:18: error grammar/repeated-word 'the' is repeated" in output
    assert "notes.py" not in output.split("newslint", 1)[-1]  # only articles are passed to the hook
    (repo / "story.md").write_text(CLEAN, encoding="utf-8")
    process = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(checkout), "newslint", "--all-files"],
        cwd=repo,
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert process.returncode == 0, process.stdout + process.stderr


def test_pre_commit_hooks_file_is_valid():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    by_id = {hook["id"]: hook for hook in hooks}
    assert by_id["newslint"]["entry"] == "newslint check --force-exclude"  # pre-commit names excluded files too
    assert by_id["newslint"]["language"] == "python"
    assert set(by_id["newslint"]["types_or"]) == {"markdown", "plain-text", "html"}
    assert "--fix" in by_id["newslint-fix"]["entry"]


def _action_steps(inputs: dict[str, str]) -> list[tuple[str, dict[str, str], str]]:
    """(name, env, script) of each step, with ${{ inputs.x }} resolved as GitHub does."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    defaults = {name: spec.get("default", "") for name, spec in action["inputs"].items()}
    values = {**defaults, **inputs}

    def resolve(text: str) -> str:
        return re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], text)

    steps = []
    for step in action["runs"]["steps"]:
        assert "${{" not in step["run"], "scripts read inputs from env, never by expression"
        env = {key: resolve(str(value)) for key, value in step.get("env", {}).items()}
        steps.append((step["name"], env, step["run"]))
    return steps


def test_github_action_steps_produce_annotations_outputs_sarif_and_a_summary(tmp_path):
    workspace = tmp_path / "workspace"
    (workspace / "articles").mkdir(parents=True)
    (workspace / "articles" / "story.md").write_text(ARTICLE, encoding="utf-8")
    (workspace / "articles" / "clean.md").write_text(CLEAN, encoding="utf-8")
    (workspace / "newslint.yaml").write_text("select: [grammar/repeated-word]\n", encoding="utf-8")
    github_output = tmp_path / "output.txt"
    step_summary = tmp_path / "summary.md"
    github_output.touch()
    step_summary.touch()
    steps = _action_steps({"paths": "articles", "config": "newslint.yaml", "sarif-file": "newslint.sarif"})
    install, run = steps
    assert install[0] == "Install newslint" and "$GITHUB_ACTION_PATH" in install[2]
    env = {
        **os.environ,
        **run[1],
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "GITHUB_ACTIONS": "true",
        "GITHUB_ACTION_PATH": str(ROOT),
        "GITHUB_WORKSPACE": str(workspace),
        "GITHUB_OUTPUT": str(github_output),
        "GITHUB_STEP_SUMMARY": str(step_summary),
    }
    process = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", run[2]], cwd=workspace, env=env, capture_output=True, text=True)
    assert process.returncode == 1, process.stderr
    assert process.stdout == (
        "::error file=articles/story.md,line=3,col=18,endLine=3,endColumn=25,"
        "title=newslint grammar/repeated-word::'the' is repeated\n"
    )
    assert "findings=1\nexit-code=1\n" in github_output.read_text()
    assert "1 finding(s) in 2 file(s)." in step_summary.read_text()
    assert "| grammar | 1 |" in step_summary.read_text()
    sarif = json.loads((workspace / "newslint.sarif").read_text())
    assert sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "articles/story.md"

    # fail-on never: annotations still printed, the step passes
    steps = _action_steps({"paths": "articles", "config": "newslint.yaml", "fail-on": "never"})
    env.update(steps[1][1])
    process = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", steps[1][2]], cwd=workspace, env=env, capture_output=True, text=True)
    assert process.returncode == 0 and process.stdout.startswith("::error ")
