"""Small helpers for tests that lint text the way users do."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint import lint_text

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
FARM_SEED = SEEDS / "000_4e20ca78e8acc17c.txt"  # the content-farm article: every defect
WIRE_SEED = SEEDS / "004_78dd869b54907e0f.txt"  # the clean wire story, as a crawler saved it
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
# The seed articles and the SARIF schema live beside the checkout (they are not ours to copy in);
# a checkout without them runs every other test and says why these are skipped.
requires_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the seed articles are not at {SEEDS}")
requires_sarif_schema = pytest.mark.skipif(not SARIF_SCHEMA.is_file(), reason=f"the SARIF schema is not at {SARIF_SCHEMA}")


def findings(text: str, select: str | list[str] | None = None, path: str = "story.txt", **kwargs):
    """Findings for ``text`` with only ``select`` enabled (a rule id, prefix or list)."""
    if isinstance(select, str):
        select = [select]
    return lint_text(text, path=path, select=select, **kwargs)


def rules_found(text: str, select=None, **kwargs) -> list[str]:
    return [f.rule for f in findings(text, select, **kwargs)]


def spans(text: str, select=None, **kwargs) -> list[str]:
    """The text each finding points at, its related places included (plain text without markup)."""
    return [text[p.src_start : p.src_end] for p in places(findings(text, select, **kwargs))]


def places(found) -> list:
    """Every place the findings stand for, in source order: each finding's own span and its related
    places (one root cause is one finding, with the others as related places)."""
    return sorted((p for f in found for p in (f, *f.related)), key=lambda p: (p.src_start, p.src_end))


def run_cli(*args: str, cwd: Path | None = None, stdin: str | bytes | None = None, env: dict | None = None):
    """Run ``python -m newslint`` as a user would; returns the CompletedProcess."""
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "newslint", *args],
        cwd=cwd,
        input=data,
        capture_output=True,
        env=env,
        timeout=300,
    )


def cli_json(*args: str, cwd: Path | None = None, stdin=None) -> dict:
    process = run_cli("check", "--format", "json", *args, cwd=cwd, stdin=stdin)
    assert process.returncode in (0, 1), process.stderr.decode()
    return json.loads(process.stdout)
