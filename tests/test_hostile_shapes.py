"""Hostile shapes from issue 11 (items 4, 5, 7) finish, and the per-file time budget works.

Each shape runs in its own ``newslint check`` process under a generous timeout: a hang detector
(these shapes took from 14 s to minutes before), not a speed claim. benchmarks/hostile_shapes.py
measures their time and peak memory.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.api import lint_text

HANG = 30  # seconds

_WORDS = "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliet".split()


def _check(tmp_path: Path, name: str, text: str, *args: str) -> subprocess.CompletedProcess:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-cache", "--format", "json", *args, str(path)],
        capture_output=True, text=True, timeout=HANG, cwd=tmp_path,
    )


def _findings(process: subprocess.CompletedProcess) -> list[dict]:
    data = json.loads(process.stdout)
    return data["findings"] if isinstance(data, dict) else data


def test_a_long_run_of_capitalised_words(tmp_path):
    run = " ".join(_WORDS[k * 7 % len(_WORDS)] for k in range(3333))
    process = _check(tmp_path, "a.txt", f"He said {run} was there.\n", "--select", "casing/mixed-case-name")
    assert process.returncode == 0, process.stderr


def test_a_long_run_of_capitalised_words_with_lowercase_ones_still_finds_the_slip(tmp_path):
    name = "Technology Partnership Fund"
    run = " ".join(w if k % 2 else w.lower() for k, w in enumerate(_WORDS * 300))
    text = (f"The {name} opened. The {name} will invest. Applications to the Technology Partnership fund close. "
            f"Later {run} came.\n")
    process = _check(tmp_path, "a.txt", text, "--select", "casing/mixed-case-name")
    findings = _findings(process)
    assert process.returncode in (0, 1), process.stderr
    spans = [text[f["column"] - 1 : f["end_column"] - 1] for f in findings if f["line"] == 1]
    assert "fund" in spans


def test_a_hundred_thousand_glued_commas(tmp_path):
    text = "It was " + "a," * 50_000 + "a.\n"
    process = _check(tmp_path, "a.txt", text, "--select", "punctuation/missing-space-after-comma")
    assert process.returncode in (0, 1), process.stderr
    assert len(_findings(process)) == 50_000


@pytest.mark.parametrize(
    "name,text",
    [
        ("deep.html", "<html><body>" + "<div>" * 20_000 + "<p>It was the the best plan.</p>" + "</div>" * 20_000 + "</body></html>\n"),
        ("headings.html", "<html><body>" + "".join(f"<h2>Section {k}</h2><p>It was the best plan.</p>" for k in range(10_000)) + "</body></html>\n"),
        ("headings.md", "".join(f"## Section {k}\n\nIt was the best plan.\n\n" for k in range(10_000))),
        ("links.html", "<html><body><p>" + " ".join(f'<a href="https://example.com/{k}">link {k}</a>' for k in range(20_000)) + "</p></body></html>\n"),
        ("links.md", " ".join(f"[link {k}](https://example.com/{k})" for k in range(20_000)) + "\n"),
    ],
)
def test_markup_shapes(tmp_path, name, text):
    # the rules that read headings and blocks (casing and SEO share the keyword-list analysis)
    process = _check(tmp_path, name, text, "--select", "casing,seo,structure,consistency,punctuation")
    assert process.returncode in (0, 1), process.stderr


def test_deep_html_positions_stay_exact(tmp_path):
    text = "<html><body>" + "<div>" * 20_000 + "<p>It was the the best plan.</p>" + "</div>" * 20_000 + "</body></html>\n"
    process = _check(tmp_path, "deep.html", text, "--select", "grammar/repeated-word")
    found = [f for f in _findings(process) if f["rule"].endswith("repeated-word")]
    assert found, process.stdout
    start = text.index("the the")
    assert text[found[0]["column"] - 1 : found[0]["end_column"] - 1].lower() in ("the the", "the")
    assert found[0]["column"] - 1 in (start, start + 4)


ARTICLE = "The minister said the plan was the best one.\n\nIt was a good day for the city, officials said.\n"


def test_time_budget_spent_checks_the_file_only_partly(tmp_path):
    (tmp_path / "b.txt").write_text(ARTICLE, encoding="utf-8")
    process = _check(tmp_path, "a.txt", ARTICLE, "--time-budget", "0.001", str(tmp_path / "b.txt"))
    assert process.returncode == 2
    messages = [line for line in process.stderr.splitlines() if "checked only partly" in line]
    assert len(messages) == 2, process.stderr  # one per file: the run went on
    assert "the 0.001 s time budget ran out before rule " in messages[0]
    assert "rules skipped" in messages[0]


def test_time_budget_from_the_config(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("time-budget: 0.001\n", encoding="utf-8")
    process = _check(tmp_path, "a.txt", ARTICLE)
    assert process.returncode == 2 and "checked only partly" in process.stderr


def test_generous_time_budget_checks_everything(tmp_path):
    process = _check(tmp_path, "a.txt", ARTICLE, "--time-budget", "600")
    assert process.returncode == 0, process.stderr
    assert "checked only partly" not in process.stderr


@pytest.mark.parametrize("value", ["0", "-1"])
def test_time_budget_must_be_positive(tmp_path, value):
    process = _check(tmp_path, "a.txt", ARTICLE, "--time-budget", value)
    assert process.returncode == 2 and "--time-budget must be more than 0" in process.stderr


def test_time_budget_in_config_must_be_positive(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("time-budget: 0\n", encoding="utf-8")
    process = _check(tmp_path, "a.txt", ARTICLE)
    assert process.returncode == 2 and "'time-budget' must be a number of seconds" in process.stderr


def test_api_lints_whole_article_within_default_budget():
    assert lint_text("It was the the best plan.", path="a.txt", select=["grammar/repeated-word"])
