"""The pre-commit hook, run for real (the GitHub Action is run step by step in tests/test_action.py)."""

from __future__ import annotations

import os
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
