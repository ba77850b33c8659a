"""The GitHub Action, run step by step as GitHub runs a composite action.

action.yml is parsed, ``${{ inputs.* }}`` and ``${{ github.action_path }}`` are
substituted, and each step's script runs under ``bash -eo pipefail`` with the
variables a runner sets (GITHUB_ACTION_PATH, RUNNER_TEMP, GITHUB_OUTPUT,
GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, GITHUB_BASE_REF…) in a git repository
made here, with a bare "origin" beside it. The install step really creates
newslint's own virtualenv and pip-installs a copy of this checkout into it,
offline: pip is told (by its environment variables) to use no index, no
dependencies and no build isolation, and the test's site-packages are put on
PYTHONPATH so that the dependencies and setuptools are found without a network.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
import yaml

from helpers import ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ERROR = "Council story {i}\n\nThe the council met on Monday, officials said.\n"
WARNING = "Council story {i}\n\nThe council met,officials said, on Monday.\n"
CLEAN = "Council story\n\nThe council met on Monday, officials said.\n"
CONFIG = "select: [grammar/repeated-word, punctuation/missing-space-after-comma]\n"


def _git(repo: Path, *args: str) -> str:
    process = subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "init.defaultBranch=main", *args],
        cwd=repo, check=True, capture_output=True, text=True,
    )
    return process.stdout.strip()


@pytest.fixture(scope="module")
def action(tmp_path_factory):
    """A copy of this checkout where GitHub would check the action out, and a runner's temp folder."""
    base = tmp_path_factory.mktemp("runner")
    action_path = base / "_actions" / "newslint"
    shutil.copytree(
        ROOT, action_path,
        ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "build", "dist", "*.egg-info", ".pytest_cache",
                                      ".newslint_cache", ".hypothesis", "test-artifacts"),
    )
    runner_temp = base / "temp"
    runner_temp.mkdir()
    return action_path, runner_temp


def _steps(inputs: dict[str, str], action_path: Path) -> list[dict]:
    """Each step with ${{ inputs.x }} and ${{ github.action_path }} replaced, as GitHub does."""
    spec = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert spec["runs"]["using"] == "composite"
    unknown = set(inputs) - set(spec["inputs"])
    assert not unknown, f"not inputs of the action: {unknown}"
    values = {name: str(item.get("default", "")) for name, item in spec["inputs"].items()} | inputs

    def resolve(text: str) -> str:
        text = re.sub(r"\$\{\{\s*inputs\.([\w-]+)\s*\}\}", lambda m: values[m.group(1)], text)
        return re.sub(r"\$\{\{\s*github\.action_path\s*\}\}", str(action_path), text)

    steps = []
    for step in spec["runs"]["steps"]:
        assert "${{" not in step["run"], "scripts read inputs from env, never by expression (script injection)"
        assert step["shell"] == "bash"
        steps.append({"name": step["name"], "id": step.get("id"), "env": {k: resolve(str(v)) for k, v in step.get("env", {}).items()}, "run": step["run"]})
    return steps


def _runner_env(action_path: Path, runner_temp: Path, workspace: Path, **extra: str) -> dict[str, str]:
    purelib = sysconfig.get_paths()["purelib"]  # the test's packages: dependencies and setuptools, offline
    base_python = Path(getattr(sys, "_base_executable", sys.executable)).resolve().parent
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("GITHUB_", "RUNNER_", "PIP_", "VIRTUAL_ENV", "PYTHON"))
    }
    env.update(
        PATH=f"{base_python}{os.pathsep}{env.get('PATH', '/usr/bin:/bin')}",  # the runner's python3, not the test's venv
        PYTHONPATH=purelib,
        PIP_NO_INDEX="1", PIP_NO_DEPS="1", PIP_NO_BUILD_ISOLATION="0", PIP_DISABLE_PIP_VERSION_CHECK="1",
        GITHUB_ACTIONS="true", CI="true",
        GITHUB_ACTION_PATH=str(action_path), RUNNER_TEMP=str(runner_temp), GITHUB_WORKSPACE=str(workspace),
        GITHUB_OUTPUT=str(runner_temp / "output.txt"), GITHUB_STEP_SUMMARY=str(runner_temp / "summary.md"),
        GITHUB_EVENT_NAME="pull_request",
    )
    env.update(extra)
    for name in ("GITHUB_OUTPUT", "GITHUB_STEP_SUMMARY"):
        Path(env[name]).write_text("", encoding="utf-8")
    return env


def _run(step: dict, env: dict[str, str], workspace: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", step["run"]],
        cwd=workspace, env={**env, **step["env"]}, capture_output=True, text=True, timeout=240,
    )


def _outputs(env: dict[str, str]) -> dict[str, str]:
    return dict(line.split("=", 1) for line in Path(env["GITHUB_OUTPUT"]).read_text().splitlines() if "=" in line)


@pytest.fixture(scope="module")
def installed(action):
    """The install step, run once: newslint in its own virtualenv under RUNNER_TEMP."""
    action_path, runner_temp = action
    from importlib.metadata import version

    if int(version("setuptools").split(".")[0]) < 77:  # pyproject.toml's build requirement, found offline here
        pytest.skip(f"building newslint needs setuptools>=77; the test environment has {version('setuptools')}")
    workspace = runner_temp.parent / "empty"
    workspace.mkdir()
    env = _runner_env(action_path, runner_temp, workspace)
    install = _steps({}, action_path)[0]
    assert install["name"] == "Install newslint"
    process = _run(install, env, workspace)
    assert process.returncode == 0, process.stdout + process.stderr
    return action_path, runner_temp


@pytest.fixture
def newsroom(tmp_path):
    """A repository of articles on a pull request branch, with 'origin' (a bare repository) holding main."""
    origin = tmp_path / "origin.git"
    _git(tmp_path, "init", "-q", "--bare", str(origin))
    repo = tmp_path / "workspace"
    repo.mkdir()
    _git(repo, "init", "-q")
    (repo / ".newslint.yaml").write_text(CONFIG, encoding="utf-8")
    (repo / "README.md").write_text("# Our desk\n\nThe the stories live in articles/.\n", encoding="utf-8")
    (repo / "LICENSE.txt").write_text("Licence text with with a repeated word.\n", encoding="utf-8")
    (repo / ".github").mkdir()
    (repo / ".github" / "notes.md").write_text("The the workflow notes.\n", encoding="utf-8")
    articles = repo / "articles"
    articles.mkdir()
    (articles / "old-story.md").write_text(ERROR.format(i="old"), encoding="utf-8")
    (articles / "clean.md").write_text(CLEAN, encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "main")
    _git(repo, "remote", "add", "origin", str(origin))
    _git(repo, "push", "-q", "origin", "HEAD:refs/heads/main")
    _git(repo, "checkout", "-q", "-b", "feature")
    return repo


def _lint(installed, workspace: Path, inputs: dict[str, str], **extra: str):
    action_path, runner_temp = installed
    env = _runner_env(action_path, runner_temp, workspace, **extra)
    lint = _steps(inputs, action_path)[1]
    assert lint["id"] == "lint"
    process = _run(lint, env, workspace)
    return process, _outputs(env), Path(env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8")


def test_install_step_uses_its_own_virtualenv_not_the_runners_python(installed):
    _, runner_temp = installed
    venv = runner_temp / "newslint-venv"
    assert (venv / "pyvenv.cfg").is_file() and (venv / "bin" / "newslint").is_file()
    shebang = (venv / "bin" / "newslint").read_text(encoding="utf-8").splitlines()[0]
    assert shebang == f"#!{venv / 'bin' / 'python'}"
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import newslint; print(newslint.__file__)"],
        capture_output=True, text=True, cwd=venv, env={"PYTHONPATH": sysconfig.get_paths()["purelib"], "PATH": os.environ["PATH"]},
    ).stdout.strip()
    assert where.startswith(str(venv)), f"newslint was not installed into the action's venv: {where}"
    # the test's own environment still runs this checkout, untouched
    import newslint

    assert Path(newslint.__file__).resolve().is_relative_to(ROOT)


def test_default_paths_lint_the_articles_errors_first_within_the_caps(installed, newsroom):
    for i in range(12):
        (newsroom / "articles" / f"e{i:02}.md").write_text(ERROR.format(i=i), encoding="utf-8")
    for i in range(3):
        (newsroom / "articles" / f"a-w{i}.md").write_text(WARNING.format(i=i), encoding="utf-8")
    process, outputs, summary = _lint(installed, newsroom, {})
    assert process.returncode == 1, process.stderr
    lines = process.stdout.splitlines()
    annotations = [line for line in lines if line.startswith("::")]
    levels = [line[2:].split(" ", 1)[0] for line in annotations]
    assert levels == ["error"] * 10 + ["warning"] * 3 + ["notice"], process.stdout
    assert all(line.startswith("::error file=articles/") for line in annotations[:10])
    assert "3 more not shown as annotations (3 error)" in annotations[-1]
    assert "README" not in process.stdout and "LICENSE" not in process.stdout and ".github" not in process.stdout
    assert outputs == {"findings": "16", "errors": "13", "warnings": "3", "infos": "0", "exit-code": "1"}
    declared = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["outputs"]
    assert {spec["value"] for spec in declared.values()} == {f"${{{{ steps.lint.outputs.{name} }}}}" for name in outputs}
    assert "16 finding(s) in 16 of 17 article(s)" in summary
    assert "| error | 13 |" in summary and "| warning | 3 |" in summary
    rows = [row for row in summary.splitlines() if row.startswith(("| error | articles", "| warning | articles"))]
    assert len(rows) == 16 and rows[0].startswith("| error |") and rows[-1].startswith("| warning |")


def test_only_changed_lints_the_articles_the_pull_request_changed(installed, newsroom):
    (newsroom / "articles" / "new-story.md").write_text(WARNING.format(i="new"), encoding="utf-8")
    (newsroom / "README.md").write_text("# Our desk\n\nThe the stories, now more.\n", encoding="utf-8")
    (newsroom / "tool.py").write_text("x = 'the the'\n", encoding="utf-8")
    (newsroom / "drafts").mkdir()
    (newsroom / "drafts" / "excluded.md").write_text(ERROR.format(i="draft"), encoding="utf-8")
    (newsroom / ".newslint.yaml").write_text(CONFIG + "exclude: ['drafts/**']\n", encoding="utf-8")
    _git(newsroom, "add", ".")
    _git(newsroom, "commit", "-q", "-m", "a new story")
    process, outputs, summary = _lint(installed, newsroom, {"only-changed": "true"}, GITHUB_BASE_REF="main")
    assert process.returncode == 0, process.stderr  # one warning, fail-on: error
    annotations = [line for line in process.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and annotations[0].startswith("::warning file=articles/new-story.md,line=3,"), process.stdout
    assert outputs["findings"] == "1" and outputs["exit-code"] == "0"
    assert "changed in this pull request" in summary

    # a push: the files changed since the commit before it
    before = _git(newsroom, "rev-parse", "HEAD")
    (newsroom / "articles" / "pushed.md").write_text(ERROR.format(i="push"), encoding="utf-8")
    _git(newsroom, "add", ".")
    _git(newsroom, "commit", "-q", "-m", "pushed")
    event = newsroom.parent / "event.json"
    event.write_text(json.dumps({"before": before, "after": _git(newsroom, "rev-parse", "HEAD")}), encoding="utf-8")
    process, outputs, _ = _lint(installed, newsroom, {"only-changed": "true"}, GITHUB_EVENT_NAME="push", GITHUB_EVENT_PATH=str(event))
    assert process.returncode == 1
    assert [line.split(",", 1)[0] for line in process.stdout.splitlines() if line.startswith("::")] == ["::error file=articles/pushed.md"]

    # nothing changed that is an article: the step passes and says so
    (newsroom / "tool.py").write_text("y = 1\n", encoding="utf-8")
    _git(newsroom, "commit", "-q", "-am", "code only")
    before = _git(newsroom, "rev-parse", "HEAD~1")
    event.write_text(json.dumps({"before": before, "after": _git(newsroom, "rev-parse", "HEAD")}), encoding="utf-8")
    process, outputs, summary = _lint(installed, newsroom, {"only-changed": "true"}, GITHUB_EVENT_NAME="push", GITHUB_EVENT_PATH=str(event))
    assert process.returncode == 0 and outputs["findings"] == "0" and "No changed articles" in summary


def test_paths_args_baseline_and_sarif_inputs(installed, newsroom):
    _, runner_temp = installed
    newslint = runner_temp / "newslint-venv" / "bin" / "newslint"
    env = {"PYTHONPATH": sysconfig.get_paths()["purelib"], "PATH": os.environ["PATH"]}
    subprocess.run([str(newslint), "check", "--write-baseline", "known.json", "articles"], cwd=newsroom, env=env, check=True, capture_output=True)
    (newsroom / "articles" / "fresh.md").write_text(WARNING.format(i="fresh"), encoding="utf-8")
    process, outputs, _ = _lint(
        installed, newsroom,
        {"paths": "articles", "baseline": "known.json", "args": "--ignore grammar/repeated-word", "fail-on": "warning", "sarif-file": "out.sarif"},
    )
    assert process.returncode == 1
    annotations = [line for line in process.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 1 and annotations[0].startswith("::warning file=articles/fresh.md,")
    assert outputs["findings"] == "1" and outputs["exit-code"] == "1"
    sarif = json.loads((newsroom / "out.sarif").read_text(encoding="utf-8"))
    assert [r["ruleId"] for r in sarif["runs"][0]["results"]] == ["punctuation/missing-space-after-comma"]


def test_a_newslint_failure_fails_the_step_with_its_message(installed, newsroom):
    process, outputs, summary = _lint(installed, newsroom, {"config": "missing.yaml"})
    assert process.returncode == 2
    assert "::error title=newslint failed::newslint failed (exit 2): newslint: error: missing.yaml: cannot read config" in process.stdout
    assert outputs["exit-code"] == "2"
    assert "newslint failed (exit 2)" in summary and "0 finding(s)" not in summary


def test_a_newslint_killed_by_a_signal_fails_the_step_and_the_summary_says_so(tmp_path):
    """No report at all: the step fails with the signal's name instead of reporting '0 findings'."""
    fake = tmp_path / "newslint"
    fake.write_text("#!/bin/sh\necho 'newslint: out of memory' >&2\nkill -9 $$\n", encoding="utf-8")
    fake.chmod(0o755)
    (tmp_path / "story.md").write_text(CLEAN, encoding="utf-8")
    env = _runner_env(ROOT, tmp_path, tmp_path, NEWSLINT_BIN=str(fake), NEWSLINT_PATHS="story.md")
    process = subprocess.run([sys.executable, str(ROOT / "action" / "run.py")], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert process.returncode == 2
    assert "::error title=newslint failed::newslint was killed by SIGKILL: newslint: out of memory" in process.stdout
    assert _outputs(env)["exit-code"] == "137"
    summary = Path(env["GITHUB_STEP_SUMMARY"]).read_text(encoding="utf-8")
    assert "killed by SIGKILL" in summary and "finding(s)" not in summary
