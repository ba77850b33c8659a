"""A config that came with the linted repository is not trusted to run programs or send text away.

In CI newslint lints pull requests from strangers; their `.newslint.yaml` must not start Java
from the checkout, post every article to a server of theirs, or read rule packs from elsewhere
on the runner. A config named with `--config`, or any config under `--trust-config`, may.
"""

from __future__ import annotations

import os

import pytest

from helpers import run_cli

STORY = "The council met on Monday and approved the the budget, officials said.\n"


@pytest.fixture
def repo(tmp_path):
    project = tmp_path / "checkout"
    (project / ".git").mkdir(parents=True)
    (project / "story.txt").write_text(STORY, encoding="utf-8")
    return project


def _check(repo, config: str, *args: str, env: dict | None = None):
    (repo / ".newslint.yaml").write_text(config, encoding="utf-8")
    return run_cli("check", "--no-cache", "--select", "grammar/repeated-word", *args, "story.txt", cwd=repo,
                   env={**os.environ, **(env or {})})


REFUSED = {
    "a program to start": ("languagetool:\n  path: ./lt\n", 2),
    "text sent to another machine": ("languagetool:\n  url: http://collector.example.net:8081\n", 2),
    "a rule pack outside the project": ("rule-dirs: [/usr]\n", 1),
    "a cache written outside the project": ("cache-dir: ../../elsewhere\n", 1),
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_found_config_may_not(repo, name):
    config, line = REFUSED[name]
    process = _check(repo, config)
    stderr = process.stderr.decode()
    assert process.returncode == 2, stderr
    assert f".newslint.yaml:{line}:" in stderr and "--trust-config" in stderr
    assert len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    assert process.stdout == b""


@pytest.mark.parametrize("name", ["a program to start", "text sent to another machine"])
def test_trust_config_allows_it(repo, name):
    config, _ = REFUSED[name]
    assert _check(repo, config, "--trust-config").returncode == 1  # linted: the doubled word is found
    assert _check(repo, config, env={"NEWSLINT_TRUST_CONFIG": "1"}).returncode == 1


def test_a_config_named_on_the_command_line_is_trusted(repo, tmp_path):
    (tmp_path / "ours.yaml").write_text(REFUSED["text sent to another machine"][0], encoding="utf-8")
    process = run_cli("check", "--no-cache", "--select", "grammar/repeated-word", "--config", str(tmp_path / "ours.yaml"),
                      "story.txt", cwd=repo)
    assert process.returncode == 1, process.stderr.decode()


def test_a_local_languagetool_server_is_fine(repo):
    process = _check(repo, "languagetool:\n  url: http://localhost:8081\n")
    assert process.returncode == 1, process.stderr.decode()


def test_a_rule_pack_inside_the_project_is_fine(repo):
    (repo / "house" / "wording").mkdir(parents=True)
    assert _check(repo, "rule-dirs: [house]\n").returncode == 1


def test_discovery_stops_at_the_repository_root(repo):
    # A config in a folder above the checkout (a runner's work directory) does not apply to it.
    (repo.parent / ".newslint.yaml").write_text("ignore: [grammar]\n", encoding="utf-8")
    process = run_cli("check", "--no-cache", "story.txt", cwd=repo)
    assert b"grammar/repeated-word" in process.stdout
    # Without the repository boundary the parent's config is the nearest one and applies.
    (repo / ".git").rmdir()
    process = run_cli("check", "--no-cache", "story.txt", cwd=repo)
    assert b"grammar/repeated-word" not in process.stdout


def test_a_found_configs_cache_dir_is_used(repo):
    # cache-dir in the project's own config was accepted and then ignored (the cache went to .newslint_cache)
    (repo / ".newslint.yaml").write_text("cache-dir: build/newslint-cache\n", encoding="utf-8")
    process = run_cli("check", "--select", "grammar/repeated-word", "story.txt", cwd=repo)
    assert process.returncode == 1, process.stderr.decode()
    assert any((repo / "build" / "newslint-cache").iterdir())
    assert not (repo / ".newslint_cache").exists()
