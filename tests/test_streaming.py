"""A run's reports are written as the files are linted: the parent keeps no file's result (issue 13)."""

from __future__ import annotations

import gc
import json
import weakref

import pytest
from click.testing import CliRunner

import newslint.check_command as check_command
from newslint.cli import main

SELECT = ("--no-config", "--no-cache", "--select", "grammar/repeated-word,punctuation/missing-space-after-comma")


def _desk(tmp_path, count: int = 30):
    desk = tmp_path / "desk"
    desk.mkdir()
    for i in range(count):
        slip = "the the" if i % 2 else "the"
        (desk / f"story-{i:03d}.txt").write_text(f"Story {i}\nThe minister met {slip} delegation on Monday,officials said.\n", encoding="utf-8")
    return desk


def _run_counting_live_results(tmp_path, monkeypatch, *args: str):
    """Run ``newslint check`` in-process; how many of the results linted so far are still alive
    each time the next one arrives."""
    linted: list[weakref.ref] = []
    alive: list[int] = []
    real = check_command.lint_all

    def counting(*a, **k):
        for result in real(*a, **k):
            gc.collect()
            alive.append(sum(ref() is not None for ref in linted))
            linted.append(weakref.ref(result))
            yield result

    monkeypatch.setattr(check_command, "lint_all", counting)
    monkeypatch.chdir(tmp_path)
    outcome = CliRunner().invoke(main, ["check", *SELECT, "--jobs", "1", *args, "desk"])
    return outcome, alive


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_the_parent_keeps_no_result_of_a_file_already_linted(tmp_path, monkeypatch, fmt):
    _desk(tmp_path)
    outcome, alive = _run_counting_live_results(tmp_path, monkeypatch, "--format", fmt)
    assert outcome.exit_code == 1, outcome.output
    assert len(alive) == 30
    assert max(alive) <= 1  # at most the one just reported, whatever the number of files
    assert "repeated" in outcome.stdout


def test_reports_for_files_and_statistics_keep_no_result_either(tmp_path, monkeypatch):
    _desk(tmp_path)
    args = ("--statistics", "-o", "out.json", "--format", "json", "--report", "sarif=out.sarif", "--report", "text=out.txt")
    outcome, alive = _run_counting_live_results(tmp_path, monkeypatch, *args)
    assert outcome.exit_code == 1, outcome.output
    assert max(alive) <= 1
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["summary"]["files"] == 30
    assert "grammar/repeated-word" in (tmp_path / "out.txt").read_text(encoding="utf-8")  # the table


def test_a_format_that_needs_the_whole_run_still_gets_every_result(tmp_path, monkeypatch):
    _desk(tmp_path)
    outcome, alive = _run_counting_live_results(tmp_path, monkeypatch, "--format", "junit")
    assert outcome.exit_code == 1
    assert alive[-1] == 29  # JUnit's suite is written at the end: it holds them (findings only)
    assert outcome.output.count("<testcase") == 30


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_streamed_json_is_what_one_dump_of_the_whole_report_gives(tmp_path, monkeypatch, fmt):
    desk = _desk(tmp_path, 12)
    # a record of a collection: escapes, non-ASCII text and a column on the record's line
    (desk / "archive.jsonl").write_text(
        json.dumps({"id": "r-1", "text": "Café \u201cnews\u201d\n\tThe the mayor said,\\ \"so\"."}, ensure_ascii=False) + "\n{broken\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    outcome = CliRunner().invoke(main, ["check", *SELECT, "--jobs", "1", "--format", fmt, "desk"])
    assert outcome.exit_code == 2  # the broken record
    data = json.loads(outcome.stdout)
    assert outcome.stdout == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    findings = data["findings"] if fmt == "json" else data["runs"][0]["results"]
    assert len(findings) == 19  # 6 repeated words in the stories, 12 missing spaces, 1 in the record


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_a_run_without_findings_writes_empty_arrays(tmp_path, monkeypatch, fmt):
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "clean.txt").write_text("Story\nThe minister met the delegation.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    outcome = CliRunner().invoke(main, ["check", *SELECT, "--jobs", "1", "--format", fmt, "desk"])
    assert outcome.exit_code == 0
    assert outcome.stdout == json.dumps(json.loads(outcome.stdout), indent=2, ensure_ascii=False) + "\n"
    assert ('"findings": []' if fmt == "json" else '"results": []') in outcome.stdout


def test_github_annotations_past_the_limit_are_counted_not_kept(tmp_path, monkeypatch):
    _desk(tmp_path, 40)  # 20 repeated words (errors), 40 missing spaces
    monkeypatch.chdir(tmp_path)
    outcome = CliRunner().invoke(main, ["check", *SELECT, "--jobs", "1", "--format", "github", "desk"])
    lines = outcome.output.splitlines()
    assert sum(line.startswith("::error ") for line in lines) == 10
    assert sum(line.startswith("::warning ") for line in lines) == 10
    assert "40 more not shown as annotations (10 error, 30 warning)" in lines[-1]


def test_only_a_format_that_reads_the_texts_at_the_end_keeps_them(tmp_path, monkeypatch):
    import newslint.output.sinks as sinks

    _desk(tmp_path, 3)
    given = {}
    original = sinks.render

    def spy(name, report):
        given[name] = [r.source for r in report.results]
        return original(name, report)

    monkeypatch.setattr(sinks, "render", spy)
    monkeypatch.chdir(tmp_path)
    for fmt in ("json", "junit", "rdjson"):
        CliRunner().invoke(main, ["check", *SELECT, "--jobs", "1", "--format", fmt, "desk"])
    assert "json" not in given  # written as the files are linted
    assert given["junit"] == [None, None, None]  # findings only
    assert all(source.startswith("Story ") for source in given["rdjson"])  # counts UTF-8 columns in the text
