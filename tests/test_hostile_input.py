"""Hostile articles, collections and rule packs: a message and the rest of the run, never a hang or a traceback."""

from __future__ import annotations

import json

import pytest

from helpers import run_cli


def test_a_jsonl_record_nested_100k_deep_is_skipped_with_its_line(tmp_path):
    archive = tmp_path / "archive.jsonl"
    deep = '{"id": 1, "text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    archive.write_text(deep + "\n" + json.dumps({"id": 2, "text": "We met the the team."}) + "\n", encoding="utf-8")
    process = run_cli("check", "--no-cache", "--format", "json", "archive.jsonl", cwd=tmp_path)
    stderr = process.stderr.decode()
    assert process.returncode == 2 and "Traceback" not in stderr
    assert "archive.jsonl:1: skipped: JSON nested too deeply" in stderr
    assert [f["record"] for f in json.loads(process.stdout)["findings"]] == ["2"], "the next record is linted"


def _pack(tmp_path, pattern: str):
    pack = tmp_path / "house" / "wording"
    pack.mkdir(parents=True)
    (pack / "house-pattern.yaml").write_text(
        f"kind: existence\nsummary: A house pattern.\nrationale: Our style.\npatterns: [{json.dumps(pattern)}]\n",
        encoding="utf-8",
    )
    (tmp_path / ".newslint.yaml").write_text("rule-dirs: [house]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("We met the the team " + "a" * 40 + "!\n", encoding="utf-8")
    return run_cli("check", "--no-cache", "story.txt", cwd=tmp_path)


@pytest.mark.parametrize("pattern", ["(a+)+$", r"(\w+\s?)*x", r"(?:x(?:ab)*)+y"])
def test_a_pack_pattern_that_backtracks_without_bound_is_refused_at_load(tmp_path, pattern):
    process = _pack(tmp_path, pattern)
    stderr = process.stderr.decode()
    assert "house-pattern.yaml:4:" in stderr and "repeat inside a repeat" in stderr, stderr
    assert b"grammar/repeated-word" in process.stdout, "the other rules still run"


@pytest.mark.parametrize("pattern", [r"(?:[A-Z][a-z]++ ){2,}", r"\b(?:very )+", r"(?:\d+,)?\d+"])
def test_ordinary_and_possessive_pack_patterns_load(tmp_path, pattern):
    process = _pack(tmp_path, pattern)
    assert process.stderr == b"", process.stderr.decode()


def test_a_pack_pattern_with_a_global_flag_is_refused_at_load_not_in_every_article(tmp_path):
    process = _pack(tmp_path, "(?s)team.a")
    stderr = process.stderr.decode()
    assert "house-pattern.yaml:4:" in stderr and "global flags" in stderr, stderr
    assert "Traceback" not in stderr
    assert b"grammar/repeated-word" in process.stdout


@pytest.mark.parametrize(
    "shape",
    ['"." * 100_000', '"He said it. " * 10_000', '"1. " * 30_000', '"No. " * 30_000'],
)
def test_sentence_splitting_is_linear_on_pathological_paragraphs(shape):
    # Each took 48 s to minutes when the splitter rescanned from the paragraph start; now well
    # under a second. The bound is a hang detector, not a speed claim (speed lives in benchmarks/).
    import subprocess
    import sys

    code = f"from newslint.document.sentences import split_sentences; split_sentences({shape})"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


@pytest.mark.parametrize("container", ["blockquote", "list"])
def test_text_nested_past_the_markdown_parser_limit_is_still_linted_at_its_place(tmp_path, container):
    if container == "blockquote":
        lines = [">" * 5000 + " We met the the team."]
    else:
        lines = ["  " * i + "- item" for i in range(2000)] + ["  " * 2000 + "- We met the the team."]
    (tmp_path / "deep.md").write_text("Title\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    process = run_cli("check", "--no-cache", "--format", "json", "--select", "grammar/repeated-word", "deep.md", cwd=tmp_path)
    (finding,) = json.loads(process.stdout)["findings"]
    assert (finding["line"], finding["column"]) == (2 + len(lines), lines[-1].index("the the") + 1)


def test_fingerprints_of_100k_findings_on_one_line_are_linear():
    # Each fingerprint used to split the whole line: 100,000 commas took 23 s and 5 GB.
    import subprocess
    import sys

    code = """
from newslint.engine.baseline import fingerprint_findings
from newslint.engine.finding import Finding
source = "a," * 100_000
findings = [Finding.__new__(Finding) for _ in range(100_000)]
for i, f in enumerate(findings):
    f.rule, f.src_start, f.src_end = "punctuation/missing-space-after-comma", 2 * i + 1, 2 * i + 2
fingerprint_findings(findings, source)
assert len({f.fingerprint for f in findings}) == 100_000
"""
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)


def test_fingerprints_still_ignore_edits_elsewhere_on_a_long_line():
    from newslint.engine.baseline import fingerprint_findings
    from newslint.engine.finding import Finding

    def fingerprint(source: str, start: int, end: int) -> str:
        finding = Finding.__new__(Finding)
        finding.rule, finding.src_start, finding.src_end = "grammar/repeated-word", start, end
        fingerprint_findings([finding], source)
        return finding.fingerprint

    tail = " and the plan was approved the the next day by the council."
    one = "Budget talks went on. " * 40 + tail
    two = "Budget talks went on for hours. " * 40 + tail  # the same line, edited far before the slip
    assert fingerprint(one, one.index("the the"), one.index("the the") + 7) == fingerprint(
        two, two.index("the the"), two.index("the the") + 7
    )


def test_a_newline_in_a_file_name_does_not_split_the_text_report_line(tmp_path):
    (tmp_path / "odd\nname.txt").write_text("The the plan was approved.\n", encoding="utf-8")
    process = run_cli("check", "--no-cache", "--select", "grammar/repeated-word", "-q", "odd\nname.txt", cwd=tmp_path)
    lines = process.stdout.decode().splitlines()
    assert process.returncode == 1
    assert lines == ["odd\u240aname.txt:1:1: error grammar/repeated-word 'The' is repeated"]


def test_glued_full_stops_in_one_long_token_are_linear():
    # 'ab.Cdab.Cd…' with no space: each full stop searched the block from its start and re-read the whole token
    from newslint.api import lint_text

    found = lint_text("It was " + "ab.Cd" * 20_000 + ".\n", select=["punctuation/missing-space-after-period"])
    assert len(found) == 20_000
