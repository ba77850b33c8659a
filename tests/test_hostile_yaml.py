"""YAML nobody vetted — front matter, a repository's config, a rule pack — is read with bounds.

An alias bomb, an alias inside itself, nesting thousands deep, a value YAML cannot build or a
list as a key gives a finding (front matter) or one clear message with exit 2 (config, pack),
within seconds and without a traceback; the rest of the run goes on.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys

import pytest

from helpers import run_cli


def _billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]")
    return "\n".join(lines) + "\n"


HOSTILE = {
    "alias bomb": _billion_laughs(),
    "alias inside itself": "tags: &a [*a]\n",
    "3,000-deep lists": "tags: " + "[" * 3000 + "]" * 3000 + "\n",
}
UNBUILDABLE = {
    "impossible date": "date: 2024-13-45\n",
    "5,000-digit integer": "count: " + "9" * 5000 + "\n",
}
STORY = "The council approved the the budget on Monday, officials said.\n"


def _run_bounded(*args: str, cwd):
    """newslint with 1 GB of address space and 60 s: a bomb that expands fails the test, not the machine."""

    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2**30, 2**30))

    return subprocess.run(
        [sys.executable, "-m", "newslint", *args], cwd=cwd, capture_output=True, timeout=60, preexec_fn=limit
    )


@pytest.mark.parametrize("name", [*HOSTILE, *UNBUILDABLE])
def test_hostile_front_matter_is_a_finding_and_the_body_is_linted(tmp_path, name):
    yaml_text = {**HOSTILE, **UNBUILDABLE}[name]
    (tmp_path / "story.md").write_text(f"---\ntitle: Budget\n{yaml_text}---\n\n{STORY}", encoding="utf-8")
    process = _run_bounded("check", "--no-cache", "--format", "json", "story.md", cwd=tmp_path)
    assert process.returncode == 1, process.stderr.decode()
    assert b"Traceback" not in process.stderr
    findings = json.loads(process.stdout)["findings"]
    rules = [f["rule"] for f in findings]
    assert "metadata/invalid-front-matter" in rules
    assert "grammar/repeated-word" in rules, "the body is still linted"
    front = next(f for f in findings if f["rule"] == "metadata/invalid-front-matter")
    assert 2 <= front["line"] <= 11, "reported inside the front matter"


@pytest.mark.parametrize(
    "name, config",
    [
        *HOSTILE.items(),
        ("list as a key", "? [a, b]\n: c\n"),
        ("unknown tag", "ignore: !python/object:os.system [echo]\n"),
        ("impossible date", "ignore: [casing]\nsince: 2024-13-45\n"),
    ],
)
def test_hostile_config_is_one_message_and_exit_2(tmp_path, name, config):
    (tmp_path / ".newslint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    process = _run_bounded("check", "--no-cache", "story.txt", cwd=tmp_path)
    stderr = process.stderr.decode()
    assert process.returncode == 2, stderr
    assert "Traceback" not in stderr
    assert ".newslint.yaml" in stderr
    assert len(stderr.strip().splitlines()) == 1, stderr


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_rule_pack_is_named_and_the_other_rules_run(tmp_path, name):
    pack = tmp_path / "house" / "wording"
    pack.mkdir(parents=True)
    (pack / "bomb.yaml").write_text("kind: existence\nsummary: x\n" + HOSTILE[name], encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    process = _run_bounded("check", "--no-cache", "story.txt", cwd=tmp_path)
    stderr = process.stderr.decode()
    assert "Traceback" not in stderr
    assert "bomb.yaml" in stderr
    assert b"grammar/repeated-word" in process.stdout, "the built-in rules still run"


def test_an_ordinary_anchor_and_alias_still_work(tmp_path):
    (tmp_path / ".newslint.yaml").write_text(
        "ignore: &quiet [readability]\noverrides:\n  - files: ['archive/**']\n    ignore: *quiet\n", encoding="utf-8"
    )
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    process = run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)
    assert process.returncode == 1, process.stderr.decode()
