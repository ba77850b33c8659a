"""Every example in the README runs: shell blocks are executed, configs are loaded, code is run.

Each fenced block of README.md is matched to the check that exercises it (by its language and
the section it stands in). A new block that no check claims fails `test_every_block_is_exercised`,
so the README cannot grow an example nobody runs.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from helpers import ROOT, run_cli

README = (ROOT / "README.md").read_text(encoding="utf-8")
EXAMPLES = ROOT / "examples"
BIN = Path(sys.executable).parent


def _blocks() -> list[tuple[str, str, str]]:
    """(section heading, language, body) of every fenced block, indented ones included."""
    blocks, section = [], ""
    lines = README.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            section = line.lstrip("# ").strip()
        fence = re.match(r"^(\s*)```(\w*)$", line)
        if fence:
            indent, language, body = fence[1], fence[2], []
            i += 1
            while lines[i].strip() != "```":
                body.append(lines[i][len(indent):])
                i += 1
            blocks.append((section, language, "\n".join(body) + "\n"))
        i += 1
    return blocks


BLOCKS = _blocks()


def _block(section: str, language: str, contains: str = "") -> str:
    found = [body for s, lang, body in BLOCKS if s == section and lang == language and contains in body]
    assert len(found) == 1, f"expected one {language} block in '{section}' containing {contains!r}, found {len(found)}"
    return found[0]


# (section, language, text it contains) of every block and the test that runs it.
CLAIMED = {
    ("newslint", "sh", "newslint check examples/"): "test_ci_runs_the_readme_test_command (tests/test_readme.py) and .ci/run",
    ("newslint", "sh", "pytest"): "test_ci_runs_the_readme_test_command (tests/test_readme.py) and .ci/run",
    ("Engines", "yaml", "languagetool:"): "test_languagetool_config_loads_and_says_once_it_is_unreachable",
    ("Usage", "sh", "newslint check story.md"): "test_usage_commands_run",
    ("Usage", "", "examples/content-farm-fisheries.txt"): "test_readme_sample_output_is_what_newslint_prints (tests/test_readme.py)",
    ("Options of `newslint check`", "", "newslint check --statistics examples/wire-leftovers.md"): "test_statistics_example_is_what_newslint_prints",
    ("Formats", "json", '"version": 1'): "test_json_example_has_the_keys_newslint_prints",
    ("Configuration", "yaml", "extend-select"): "test_configuration_example_is_a_valid_config",
    ("Suppressions and baselines", "markdown", "newslint-disable"): "test_suppression_example_suppresses",
    ("Suppressions and baselines", "sh", "--write-baseline"): "test_baseline_commands_run",
    ("Integrations", "yaml", "repos:"): "test_pre_commit_example_names_a_real_hook",
    ("Integrations", "yaml", "uses: newslint/newslint"): "test_actions_example_uses_real_inputs",
    ("Integrations", "python", "lint_text"): "test_python_api_example_runs",
    ("Integrations", "", "warning grammar/to-too to"): "test_python_api_example_runs",
    ("Integrations", "python", "lint_bag"): "test_dask_example_runs_on_a_local_cluster",
    ("Integrations", "sh", "newslint serve"): "test_serve_commands_name_real_options",
    ("Integrations", "json", "POST /v1/check"): "test_serve_example_request_is_answered",
    ("Integrations", "sh", "newslint lsp"): "test_lsp_commands_name_real_options",
    ("Integrations", "json", "glspc.server.command"): "test_lsp_editor_settings_are_the_tested_ones",
    ("Integrations", "lua", "vim.lsp.config"): "test_lsp_editor_settings_are_the_tested_ones",
    ("Writing rules", "yaml", "kind: substitution"): "test_rule_pack_example_works_as_a_pack",
    ("Writing rules", "toml", "newslint.rules"): "test_plugin_entry_point_example_is_valid_toml",
}


def test_every_block_is_exercised():
    for section, language, body in BLOCKS:
        claimed = [key for key in CLAIMED if key[0] == section and key[1] == language and key[2] in body]
        assert claimed, f"README block in '{section}' ({language or 'plain'}) is run by no test:\n{body}"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    """A working folder holding the files the README's commands name, made from our own examples."""
    shutil.copy(EXAMPLES / "wire-leftovers.md", tmp_path / "story.md")
    (tmp_path / "desk").mkdir()
    shutil.copy(EXAMPLES / "clean-council-budget.md", tmp_path / "desk")
    (tmp_path / "archive" / "2025").mkdir(parents=True)
    shutil.copy(EXAMPLES / "crawled-page.html", tmp_path / "archive" / "2025")
    story = (EXAMPLES / "content-farm-fisheries.txt").read_text(encoding="utf-8")
    (tmp_path / "archive.jsonl").write_text(json.dumps({"id": "a-1", "text": story}) + "\n", encoding="utf-8")
    return tmp_path


def _run_shell_block(block: str, cwd: Path) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"}
    for line in block.splitlines():
        command = line.split("  #", 1)[0].strip()
        if not command:
            continue
        process = subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True, timeout=300)
        stderr = process.stderr.decode()
        assert process.returncode in (0, 1), f"`{command}` exited {process.returncode}: {stderr}"
        assert "Traceback" not in stderr, f"`{command}` crashed:\n{stderr}"
        # (`--diff` after `--fix` has nothing left to show, and `init` writes a file.)
        quiet = command.startswith("newslint init") or "--diff" in command
        assert process.stdout or process.stderr or quiet, f"`{command}` printed nothing"


def test_usage_commands_run(desk):
    block = _block("Usage", "sh", "newslint check story.md")
    _run_shell_block(block, desk)
    assert (desk / ".newslint.yaml").is_file(), "`newslint init` writes a config"


def test_baseline_commands_run(desk):
    block = _block("Suppressions and baselines", "sh", "--write-baseline")
    _run_shell_block(block, desk)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "NO_COLOR": "1"}
    again = subprocess.run(
        ["newslint", "check", "--baseline", "newslint-baseline.json", "archive/"], cwd=desk, env=env, capture_output=True
    )
    assert again.returncode == 0 and b"No problems found" in again.stdout


def _config_run(folder: Path, config: str, *args: str):
    (folder / ".newslint.yaml").write_text(config, encoding="utf-8")
    return run_cli("check", "--no-cache", *args, str(folder / "story.md"), cwd=folder)


def test_configuration_example_is_a_valid_config(desk):
    config = _block("Configuration", "yaml", "extend-select")
    (desk / "house-style").mkdir()  # the example names a rule directory of the desk's own
    process = _config_run(desk, config)
    stderr = process.stderr.decode()
    assert process.returncode in (0, 1), stderr
    # Everything in it is accepted; the only message is the optional engine that is not running here.
    assert [line for line in stderr.splitlines() if "LanguageTool" not in line] == []
    assert stderr.count("LanguageTool") <= 1


def test_languagetool_config_loads_and_says_once_it_is_unreachable(desk):
    config = _block("Engines", "yaml", "languagetool:")
    port = _free_port_nobody_listens_on()
    process = _config_run(desk, config.replace("8081", str(port)))
    stderr = process.stderr.decode()
    assert process.returncode in (0, 1), stderr
    assert stderr.count("unreachable") == 1, stderr


def _free_port_nobody_listens_on() -> int:
    # The example's port 8081 might be taken on a developer's machine; any closed port shows the same.
    import socket

    with socket.socket() as probe:  # the test fixture blocks connecting, not binding
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_json_example_has_the_keys_newslint_prints(desk):
    shown = json.loads(re.sub(r'"…": 0', '"x": 0', _block("Formats", "json", '"version": 1')))
    process = run_cli("check", "--format", "json", "--no-cache", "story.md", "archive.jsonl", cwd=desk)
    printed = json.loads(process.stdout)
    assert set(shown) == set(printed)
    assert set(shown["summary"]) == set(printed["summary"])
    assert set(shown["files"][0]) <= set(printed["files"][0])
    record_finding = next(f for f in printed["findings"] if "record" in f)
    assert set(shown["findings"][0]) == set(record_finding)
    assert shown["version"] == printed["version"]


def test_suppression_example_suppresses(tmp_path):
    block = _block("Suppressions and baselines", "markdown", "newslint-disable")
    story = "# Reading list\n\nThe council met on Monday to choose the speakers.\n\n" + block
    unsuppressed = re.sub(r"<!--.*?-->\n", "", story)
    (tmp_path / "on.md").write_text(story, encoding="utf-8")
    (tmp_path / "off.md").write_text(unsuppressed, encoding="utf-8")
    process = run_cli("check", "--format", "json", "--no-cache", "on.md", "off.md", cwd=tmp_path)
    paths = [f["path"] for f in json.loads(process.stdout)["findings"]]
    assert "off.md" in paths, "without the comments the lowercase name is reported"
    assert "on.md" not in paths


def test_pre_commit_example_names_a_real_hook():
    example = yaml.safe_load(_block("Integrations", "yaml", "repos:"))
    hooks = {hook["id"] for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    (repo,) = example["repos"]
    for hook in repo["hooks"]:
        assert hook["id"] in hooks
        process = run_cli("check", *hook.get("args", []), "--no-cache", str(EXAMPLES / "clean-council-budget.md"))
        assert process.returncode in (0, 1), process.stderr.decode()


def test_actions_example_uses_real_inputs():
    steps = yaml.safe_load(_block("Integrations", "yaml", "uses: newslint/newslint"))
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    (ours,) = [step for step in steps if step["uses"].startswith("newslint/newslint")]
    assert set(ours["with"]) <= set(action["inputs"])
    assert ours["with"]["fail-on"] in ("error", "warning", "info", "never")


def test_python_api_example_runs(desk, capsys, monkeypatch):
    monkeypatch.chdir(desk)
    exec(compile(_block("Integrations", "python", "lint_text"), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert printed == _block("Integrations", "", "warning grammar/to-too to")


@pytest.mark.allow_network  # a cluster of local worker processes talking over 127.0.0.1
def test_dask_example_runs_on_a_local_cluster(desk, capsys):
    distributed = pytest.importorskip("distributed")
    code = _block("Integrations", "python", "lint_bag")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        # Only the cluster's address and the archive's place differ from what the README shows.
        code = code.replace("tcp://scheduler:8786", cluster.scheduler_address)
        code = code.replace("/shared/archive/2019-*.jsonl", str(desk / "archive.jsonl"))
        namespace: dict = {}
        exec(compile(code, "README.md", "exec"), namespace)
        namespace["client"].close()
    summary = capsys.readouterr().out
    assert "'articles': 1" in summary and "attribution" in summary


def test_rule_pack_example_works_as_a_pack(tmp_path):
    block = _block("Writing rules", "yaml", "kind: substitution")
    target = tmp_path / block.splitlines()[0].split()[1]  # the comment names where the file goes
    target.parent.mkdir(parents=True)
    target.write_text(block, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rule-dirs: [house-style]\nselect: [wording/banned-cliches]\n")
    (tmp_path / "story.txt").write_text("Officials said they utilize data in order to plan.\n", encoding="utf-8")
    process = run_cli("check", "--no-cache", "--fix", "story.txt", cwd=tmp_path)
    assert process.returncode == 0, process.stderr.decode()
    assert (tmp_path / "story.txt").read_text(encoding="utf-8") == "Officials said they use data to plan.\n"


def test_plugin_entry_point_example_is_valid_toml():
    table = tomllib.loads(_block("Writing rules", "toml", "newslint.rules"))
    assert table["project"]["entry-points"]["newslint.rules"] == {"our-desk": "our_desk_rules:RULES"}


def test_shell_blocks_name_only_real_options():
    """Every `--option` a README command uses is one `newslint check --help` knows."""
    help_text = run_cli("check", "--help").stdout.decode()
    for section, language, body in BLOCKS:
        if language != "sh":
            continue
        for command in body.splitlines():
            words = shlex.split(command.split("  #", 1)[0], comments=True) if command.strip() else []
            if words[:2] == ["newslint", "check"]:
                for word in words:
                    if word.startswith("--"):
                        assert word.split("=")[0] in help_text, f"{word} in '{section}' is not an option"


def test_serve_commands_name_real_options():
    pytest.importorskip("starlette")
    block = _block("Integrations", "sh", "newslint serve")
    help_text = run_cli("serve", "--help").stdout.decode()
    assert "NEWSLINT_SERVE_TOKEN" in help_text
    for word in re.findall(r"--[a-z-]+", block):
        assert word in help_text, f"{word} is not an option of newslint serve"
    assert "pip install 'newslint[serve]'" in block


def test_serve_example_request_is_answered():
    pytest.importorskip("starlette")
    pytest.importorskip("httpx")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient
    from newslint.serve import create_app

    method, body = _block("Integrations", "json", "POST /v1/check").split("\n", 1)
    verb, route = method.split()
    with TestClient(create_app()) as client:
        answer = client.request(verb, route, json=json.loads(body))
    assert answer.status_code == 200, answer.text
    rules = {f["rule"] for f in answer.json()["findings"]}
    assert {"casing/sentence-start", "spelling/misspelled-word"} <= rules
    assert not any(rule.startswith("readability/") for rule in rules)


def test_lsp_commands_name_real_options():
    pytest.importorskip("pygls")
    block = _block("Integrations", "sh", "newslint lsp")
    help_text = run_cli("lsp", "--help").stdout.decode()
    for word in re.findall(r"--[a-z-]+", block):
        assert word in help_text, f"{word} is not an option of newslint lsp"
    assert "pip install 'newslint[lsp]'" in block


def test_lsp_editor_settings_are_the_tested_ones():
    # tests/test_lsp.py starts the server with exactly these settings
    fixtures = ROOT / "tests" / "fixtures" / "lsp"
    assert _block("Integrations", "json", "glspc.server.command") == (fixtures / "vscode-settings.json").read_text(encoding="utf-8")
    assert _block("Integrations", "lua", "vim.lsp.config") == (fixtures / "neovim.lua").read_text(encoding="utf-8")


def test_statistics_example_is_what_newslint_prints():
    block = _block("Options of `newslint check`", "", "newslint check --statistics examples/wire-leftovers.md")
    command, _, shown = block.partition("\n")
    process = run_cli(*shlex.split(command.removeprefix("$ newslint ")), "--no-cache", cwd=ROOT)
    assert process.stdout.decode() == shown
